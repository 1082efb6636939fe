import type { Payload } from 'payload'

import { orStopStart } from '../../../shared/startupError'
import { publicCacheSettings } from './settings'
import { joinSiblings } from './siblings'
import { processStore } from './store'
import { ensurePublicVersion } from './version'

/** Stores the entries the sibling server processes compute in this process's store too (./siblings.ts). */
export const joinSiblingProcesses = (): void =>
  joinSiblings(() => {
    const settings = publicCacheSettings()
    return settings.enabled ? processStore(settings.maxBytes, settings.ttlMs) : undefined
  })

/**
 * At start-up: a bad cache setting stops the server with one line naming the variable; the version row exists
 * before any request could race to create it; the entries sibling processes share are taken from then on.
 */
export const preparePublicCache = async (payload: Payload): Promise<void> => {
  orStopStart(publicCacheSettings)
  joinSiblingProcesses()
  // A script that applies the migrations itself (migrate, seed, the benchmarks' loaders) starts before the
  // key-value table exists; the version is created by its first write.
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  try {
    await ensurePublicVersion(payload)
  } catch (err) {
    // A database without the key-value table yet (before migrations) is not a reason to refuse to start.
    payload.logger.error({ err, msg: 'Could not prepare the public content version' })
  }
}
