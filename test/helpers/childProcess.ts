import { spawn } from 'node:child_process'
import path from 'node:path'

export type ChildResult = { code: null | number; output: string }

/**
 * Runs `node <args>` in the project folder with `env` (the test process's own when left out), collecting
 * everything it prints on stdout and stderr, and resolves once it ends; killed after `timeoutMs`.
 */
export const runNode = (
  args: string[],
  { env = process.env, timeoutMs }: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ChildResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: path.resolve('.'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

/**
 * Payload started in a fresh process the way the project's own scripts start it (`npm run seed`, `npm run migrate`:
 * `node --conditions=production scripts/run-ts.mjs <file>`), with the environment `env`, and behaving as in
 * production: under vitest failStartup throws instead of exiting, so the child does not inherit VITEST.
 */
export const startPayloadProcess = (env: NodeJS.ProcessEnv): Promise<ChildResult> => {
  const childEnv: NodeJS.ProcessEnv = { ...env, NODE_OPTIONS: '--no-deprecation' }
  delete childEnv.VITEST
  return runNode(
    ['--conditions=production', 'scripts/run-ts.mjs', 'test/fixtures/startPayload.ts'],
    { env: childEnv, timeoutMs: 90_000 },
  )
}
