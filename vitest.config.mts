import path from 'path'
import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

// One suite, every database: DATABASE_URI picks the adapter (SQLite by default), as in Payload's own test harness.
const databaseUri = process.env.DATABASE_URI || `file:${path.resolve('.tmp/test.db')}`

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    env: {
      DATABASE_URI: databaseUri,
      MEDIA_DIR: path.resolve('.tmp/test-media'),
      PAYLOAD_SECRET: 'test-secret',
    },
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['./test/globalSetup.ts'],
    hookTimeout: 180_000,
    include: ['test/**/*.spec.ts', 'plugins/**/*.spec.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
})
