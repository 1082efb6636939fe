// A second server process for the cross-process tests: its own Payload (same database) behind the same route
// handlers as test/delivery/server.ts. Started by test/delivery/peer.ts through scripts/run-ts.mjs; prints
// `PEER_READY <baseURL>` once it answers, and stops on SIGTERM.
import config from '@payload-config'
import { getPayload } from 'payload'

import { startApiServer } from './server'

const payload = await getPayload({ config })
const server = await startApiServer()
process.stdout.write(`PEER_READY ${server.baseURL} ${process.pid}\n`)

const stop = async () => {
  await server.close()
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
