import { type ChildProcess, type Serializable, spawn } from 'node:child_process'
import readline from 'node:readline'

import { joinSiblingProcesses } from '../../plugins/delivery/src/publicCache/prepare'
import { SIBLINGS, type SiblingChannel } from '../../plugins/delivery/src/publicCache/siblings'

export type Peer = { baseURL: string; pid: number; stop: () => Promise<void> }

export type PeerOptions = {
  /**
   * Connects the peer's anonymous-read cache to this process's as server.mjs connects its cluster workers
   * (plugins/delivery/src/publicCache/siblings.ts): entries either process stores are sent to the other.
   */
  siblings?: boolean
  timeoutMs?: number
}

/**
 * Starts test/delivery/peerServer.ts in another Node process: a second Payload on the same database (the
 * environment is inherited: DATABASE_URI, PAYLOAD_SECRET, JOBS_AUTORUN=false…), as a second server process or
 * machine would be. Resolves with its address once it answers.
 */
export const startPeer = async ({
  siblings = false,
  timeoutMs = 150_000,
}: PeerOptions = {}): Promise<Peer> => {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--no-deprecation',
      '--conditions=production',
      'scripts/run-ts.mjs',
      'test/delivery/peerServer.ts',
    ],
    {
      env: { ...process.env, NODE_OPTIONS: '', PEER_CACHE_SIBLINGS: siblings ? '1' : '' },
      serialization: 'advanced',
      stdio: siblings ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    },
  )
  if (siblings) {
    ;(globalThis as { [SIBLINGS]?: SiblingChannel })[SIBLINGS] = {
      send: (message) => {
        if (child.connected) child.send(message as Serializable, () => {})
      },
      subscribe: (listener) => child.on('message', listener),
    }
    joinSiblingProcesses()
  }
  const output: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const ready = await new Promise<{ baseURL: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`the peer server did not start within ${timeoutMs} ms:\n${output.join('')}`),
        ),
      timeoutMs,
    )
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^PEER_READY (\S+) (\d+)$/.exec(line)
      if (match) {
        clearTimeout(timer)
        resolve({ baseURL: match[1], pid: Number(match[2]) })
      } else output.push(`${line}\n`)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the peer server exited with code ${code}:\n${output.join('')}`))
    })
  })
  return {
    ...ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
      }),
  }
}
