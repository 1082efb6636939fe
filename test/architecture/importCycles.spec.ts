import { describe, expect, it } from 'vitest'

import { importCycles, runtimeImportGraph } from './importGraph'

// A module that imports, at load, a module that imports it back sees that module half-loaded: a constant it reads
// at load is `undefined` (or throws in its temporal dead zone) depending on which file was loaded first. The app's
// code (collections, plugins, src; not tests, benchmarks or scripts) has none.
const KNOWN_CYCLES: string[][] = []

describe('import cycles', () => {
  const cycles = importCycles(runtimeImportGraph())

  it('the walk sees the app (a graph that found nothing would pass anything)', () => {
    const files = [...runtimeImportGraph().keys()]
    expect(files.length).toBeGreaterThan(200)
    expect(files.some((file) => file.endsWith('plugins/workflow/src/transition.ts'))).toBe(true)
  })

  it('finds a cycle when there is one (the detector itself)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ])
    expect(importCycles(graph)).toHaveLength(1)
    expect(importCycles(graph)[0]).toHaveLength(3)
  })

  it('no runtime import cycle other than the known ones', () => {
    expect(cycles.map((cycle) => [...cycle].sort())).toEqual(KNOWN_CYCLES)
  })

  it('the workflow plugin is in no cycle', () => {
    expect(cycles.flat().filter((file) => file.startsWith('plugins/workflow/'))).toEqual([])
  })
})
