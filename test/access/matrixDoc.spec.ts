import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { renderAccessMatrix } from './renderMatrix'

describe('docs/access-matrix.md', () => {
  it('is the current rendering of test/access/matrix.ts (run `npm run docs:access-matrix` after changing the matrix)', () => {
    expect(fs.readFileSync(path.resolve('docs/access-matrix.md'), 'utf8')).toBe(
      renderAccessMatrix(),
    )
  })
})
