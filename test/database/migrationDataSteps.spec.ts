import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// A migration that reads or writes documents through the Local API uses the app's current config: every column
// of it must already exist. Run from an older migration, it fails on a new database as soon as a later migration
// adds a column to those collections (`no such column`), and `npm run migrate` stops half-way. So the data steps
// (src/migrations/dataSteps.ts) run in the newest migration of each adapter only, and no other migration imports
// the app's code.
const ADAPTERS = ['sqlite', 'postgres'] as const
const dir = (adapter: string) => path.resolve(__dirname, '../../src/migrations', adapter)

const migrationsOf = (adapter: string): string[] =>
  fs
    .readdirSync(dir(adapter))
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .sort()

/** Relative imports that leave the migrations folder: the app's collections, plugins or src modules. */
const appImports = (source: string): string[] =>
  [...source.matchAll(/from '(\.\.\/[^']+)'/g)].map((match) => match[1])

describe('the migrations and the data steps', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter}: only the newest migration runs the data steps, and no migration imports app code directly`, () => {
      const files = migrationsOf(adapter)
      expect(files.length).toBeGreaterThan(1)
      const newest = files.at(-1)!
      for (const file of files) {
        const source = fs.readFileSync(path.join(dir(adapter), file), 'utf8')
        const imports = appImports(source)
        if (file === newest) {
          expect(imports, file).toEqual(['../dataSteps'])
          expect(source, file).toMatch(/await runDataSteps\(payload, req\)/)
        } else {
          expect(
            imports,
            `${file} imports app code: move its data step to src/migrations/dataSteps.ts`,
          ).toEqual([])
        }
      }
    })
  }
})
