import type { CollectionConfig, Config, Payload } from 'payload'

import type { AfterMediaPublic, ResolvedAIEthicsOptions } from '../types'

import { queueSweepAtStart, signSweepTask } from './sweep'
import { afterMediaPublic, queueSigningOnChange, signMediaTask } from './task'

/** The `config.custom` key under which apps find what to call when they make media public without a media write. */
export const AFTER_MEDIA_PUBLIC = 'afterMediaPublic'
/**
 * The `config.custom` key of the start-up sweep (`(payload) => Promise<void>`, ./sweep.ts): the plugin's onInit calls
 * it; an app may call it again, e.g. after restoring media from a backup.
 */
export const SIGN_SWEEP = 'aiEthicsSignSweep'

/**
 * Content Credentials wiring: the signing task and its queue's runner, the media hook that queues it, the listener
 * apps call, and the start-up sweep of public pictures never signed (./sweep.ts). The tasks are registered even
 * without a certificate (they then do nothing), so the database schema (the jobs' task names) does not depend on
 * whether a certificate is configured; nothing queues them then.
 */
export const withSigning = (options: ResolvedAIEthicsOptions, config: Config): Config => {
  const signing = options.signing
  const media = options.mediaCollection
  if (!signing || !media) return config
  const mediaConfig = config.collections?.find((collection) => collection.slug === media)
  if (
    !mediaConfig?.fields.some((field) => 'name' in field && field.name === signing.publishedField)
  ) {
    throw new Error(
      `aiEthicsPlugin: \`signing.publishedField\` is "${signing.publishedField}", but "${media}" has no such top-level field; name the checkbox that is true while the public gets the file.`,
    )
  }
  const withTask: Config = {
    ...config,
    jobs: {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        signMediaTask(media, signing),
        signSweepTask(media, signing),
      ],
    },
  }
  if (!signing.credentials) return withTask
  const autoRun = config.jobs?.autoRun
  if (signing.queueCron && typeof autoRun === 'function') {
    throw new Error(
      'aiEthicsPlugin: `jobs.autoRun` is a function, so the plugin cannot add its signing queue; set `signing.queueCron: false` and run the queue "' +
        signing.queue +
        '" in it.',
    )
  }
  return {
    ...withTask,
    collections: (config.collections ?? []).map((collection): CollectionConfig =>
      collection.slug === media
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                queueSigningOnChange(signing),
              ],
            },
          }
        : collection,
    ),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await queueSweepAtStart(payload, media, signing)
    },
    custom: {
      ...config.custom,
      [SIGN_SWEEP]: (payload: Payload) => queueSweepAtStart(payload, media, signing),
      [AFTER_MEDIA_PUBLIC]: [
        ...((config.custom?.[AFTER_MEDIA_PUBLIC] as AfterMediaPublic[]) ?? []),
        afterMediaPublic(signing),
      ],
    },
    jobs: {
      ...withTask.jobs,
      autoRun: signing.queueCron
        ? appendAutoRun(autoRun, { cron: signing.queueCron, limit: 5, queue: signing.queue })
        : autoRun,
    },
  }
}

type AutoRun = NonNullable<NonNullable<Config['jobs']>['autoRun']>
type AutoRunEntry = Exclude<AutoRun, (...args: never[]) => unknown>[number]

/** The host's autoRun (a list, or a function of Payload that returns one) with one more entry. */
const appendAutoRun = (autoRun: AutoRun | undefined, entry: AutoRunEntry): AutoRun =>
  typeof autoRun === 'function'
    ? async (payload) => [...(await autoRun(payload)), entry]
    : [...(autoRun ?? []), entry]
