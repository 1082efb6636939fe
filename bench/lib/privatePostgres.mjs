// A throwaway PostgreSQL server of our own (initdb + pg_ctl in a temporary folder, 127.0.0.1 only), for tests
// and load tests that stop and restart the database: never the machine's shared cluster. Runs the server as the
// `postgres` system user when this process is root (PostgreSQL refuses to run as root).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const binDir = () => {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    : []
  if (versions.length === 0)
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)',
    )
  return path.join(root, versions.sort((a, b) => Number(a) - Number(b)).at(-1), 'bin')
}

/**
 * Starts a private cluster on `port` and returns how to reach and control it. `stop()`/`start()`/`restart()`
 * wait until the server is down or accepting connections; `destroy()` stops it and removes its files.
 */
export const startPrivatePostgres = ({ port, name = 'newsroom-pg' }) => {
  const bin = binDir()
  const asRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))
  const data = path.join(dir, 'data')
  const logFile = path.join(dir, 'server.log')
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir])
  const run = (tool, args) =>
    execFileSync(
      asRoot ? 'runuser' : path.join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args,
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`
  const pgCtl = (...args) => run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', ...args])
  const start = () => pgCtl('-o', options, 'start')
  start()
  let destroyed = false
  return {
    port,
    uri: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
    start,
    /** `fast`: the server ends every session (what a restart by an operator or a container manager does). */
    stop: (mode = 'fast') => pgCtl('-m', mode, 'stop'),
    restart: (mode = 'fast') => pgCtl('-m', mode, '-o', options, 'restart'),
    destroy: () => {
      if (destroyed) return
      destroyed = true
      try {
        pgCtl('-m', 'immediate', 'stop')
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { force: true, recursive: true })
    },
  }
}
