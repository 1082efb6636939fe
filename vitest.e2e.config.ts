import { defineConfig } from 'vitest/config'

// End-to-end suite (`npm run test:e2e`, scripts/test-e2e.mjs): a real browser against `next start`. The runner
// prepares the database and the server and passes E2E_BASE_URL; `npm test` does not pick these files up.
export default defineConfig({
  test: {
    bail: 1,
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 120_000,
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    reporters: ['verbose'],
    testTimeout: 120_000,
  },
})
