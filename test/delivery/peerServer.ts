// A second server process for the cross-process tests: its own Payload (same database) behind the same route
// handlers as test/delivery/server.ts. Started by test/delivery/peer.ts through scripts/run-ts.mjs; prints
// `PEER_READY <baseURL>` once it answers, and stops on SIGTERM.
import config from '@payload-config'
import { getPayload } from 'payload'

import { SIBLINGS, type SiblingChannel } from '../../plugins/delivery/src/publicCache/siblings'
import { startApiServer } from './server'

// With `startPeer({ siblings: true })`: the cache shares entries with the test process over the IPC channel, as a
// cluster worker does with its siblings (server.mjs). Set before Payload starts: its onInit joins the channel.
if (process.env.PEER_CACHE_SIBLINGS === '1' && process.send) {
  ;(globalThis as { [SIBLINGS]?: SiblingChannel })[SIBLINGS] = {
    send: (message) => process.send?.(message, () => {}),
    subscribe: (listener) => process.on('message', listener),
  }
}

const payload = await getPayload({ config })
const server = await startApiServer()
process.stdout.write(`PEER_READY ${server.baseURL} ${process.pid}\n`)

const stop = async () => {
  await server.close()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
