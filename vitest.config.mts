import path from 'path'
import { defineConfig } from 'vitest/config'

import { unavailabilityOf } from './src/db/errors'

// One suite, every database: DATABASE_URI picks the adapter (SQLite by default), as in Payload's own test harness.
const databaseUri = process.env.DATABASE_URI || `file:${path.resolve('.tmp/test.db')}`

export default defineConfig({
  // Vite 8 resolves tsconfig `paths` (@payload-config, @/*) itself; vite-tsconfig-paths cannot load because npm nests vite under vitest.
  resolve: { tsconfigPaths: true },
  test: {
    env: {
      DATABASE_URI: databaseUri,
      JOBS_AUTORUN: 'false',
      // Start-up errors are given in the operator's language (LC_ALL, LC_MESSAGES, LANG): specs that read them in
      // English must not depend on the machine's locale; test/i18n/operatorSettings.spec.ts sets its own.
      LANG: 'C.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      // Console e-mails (no SMTP_HOST) are info-level noise; the notification spec sets up its own SMTP receiver.
      LOG_LEVEL: 'warn',
      // Overridable, like DATABASE_URI, so two runs in one checkout do not wipe each other's uploads.
      MEDIA_DIR: path.resolve(process.env.MEDIA_DIR || '.tmp/test-media'),
      PAYLOAD_SECRET: 'test-secret',
      // Where HTTP uploads are spooled (useTempFiles); the media spec checks nothing is left there.
      UPLOAD_TEMP_DIR: path.resolve(process.env.UPLOAD_TEMP_DIR || '.tmp/test-upload-spool'),
    },
    environment: 'node',
    // Lexical's `node` entry points load their build through top-level await, which Node 20 can leave
    // unsettled (the process then exits silently); naming the condition picks the plain build directly.
    execArgv: ['--conditions=development'],
    fileParallelism: false,
    globalSetup: ['./test/globalSetup.ts'],
    hookTimeout: 180_000,
    include: ['test/**/*.spec.ts', 'plugins/**/*.spec.ts', 'bench/**/*.spec.ts'],
    // When the database goes away in the middle of a request, Payload leaves some rejections of its own
    // unhandled (its dataloader's reads); in production Next logs them and the server goes on. Only the outage
    // spec stops the database (test/database/databaseOutage.spec.ts): any other unhandled error fails the run.
    onUnhandledError: (error) => unavailabilityOf(error) !== 'DATABASE_UNAVAILABLE',
    pool: 'forks',
    testTimeout: 60_000,
  },
})
