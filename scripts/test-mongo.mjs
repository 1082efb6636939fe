#!/usr/bin/env node
// Runs the same vitest suite against MongoDB. No MongoDB server can run on the project's build machines,
// so this needs MONGODB_URI pointing at a reachable server (a throwaway database: it is dropped first).
import { spawnSync } from 'node:child_process'

const uri = process.env.MONGODB_URI
if (!uri || !/^mongodb(\+srv)?:\/\//.test(uri)) {
  console.error(
    'MONGODB_URI: set it to a mongodb:// URI of a throwaway database to run the suite against MongoDB.',
  )
  process.exit(2)
}
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  env: { ...process.env, DATABASE_URI: uri },
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
