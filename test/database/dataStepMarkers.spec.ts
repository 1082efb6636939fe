import type { Payload } from 'payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import {
  DATA_STEPS,
  type DataStep,
  dataStepKey,
  runDataSteps,
} from '../../src/migrations/dataSteps'
import { bootPayload } from '../helpers/payload'

// Each data step of the migrations records in payload.kv that it completed (one key per step and version), so a
// migration added later runs only the steps this database has not run yet, instead of every step's full work again.

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})

let serial = 0
/** A step that counts its runs (and fails while `failing` is set), named afresh for each test. */
const countingStep = (version = 1) => {
  const step = {
    failing: false,
    name: `counting-${Date.now()}-${++serial}`,
    runs: 0,
    version,
    run: async () => {
      step.runs++
      if (step.failing) throw new Error('the step failed')
    },
  }
  return step satisfies DataStep
}

describe('data steps run once per version', () => {
  it('a completed step is skipped by the next migration; a new step runs', async () => {
    const first = countingStep()
    await runDataSteps(payload, undefined, [first])
    expect(first.runs).toBe(1)
    expect(await payload.kv.get(dataStepKey(first))).toMatchObject({
      completedAt: expect.any(String),
    })

    const added = countingStep()
    await runDataSteps(payload, undefined, [first, added])
    expect([first.runs, added.runs]).toEqual([1, 1])
  })

  it('a step whose version was raised runs again, once', async () => {
    const step = countingStep(1)
    await runDataSteps(payload, undefined, [step])
    const raised = { ...step, version: 2 }
    await runDataSteps(payload, undefined, [raised])
    await runDataSteps(payload, undefined, [raised])
    expect(step.runs).toBe(2)
  })

  it('a step that fails is not marked, stops the steps after it, and runs again next time', async () => {
    const failing = countingStep()
    const after = countingStep()
    failing.failing = true
    await expect(runDataSteps(payload, undefined, [failing, after])).rejects.toThrow(
      'the step failed',
    )
    expect(await payload.kv.get(dataStepKey(failing))).toBeNull()
    expect(after.runs).toBe(0)
    failing.failing = false
    await runDataSteps(payload, undefined, [failing, after])
    expect([failing.runs, after.runs]).toEqual([2, 1])
  })

  it('the marker is written in the migration’s transaction: rolled back with it, the step runs again', async () => {
    const step = countingStep()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await runDataSteps(payload, req, [step])
    await killTransaction(req)
    expect(await payload.kv.get(dataStepKey(step))).toBeNull()
    await runDataSteps(payload, undefined, [step])
    expect(step.runs).toBe(2)
    expect(await payload.kv.has(dataStepKey(step))).toBe(true)
  })

  it('the app’s steps have distinct names, and run through once they are all skipped', async () => {
    const names = DATA_STEPS.map((step) => step.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('ethics-queued-at')
    await runDataSteps(payload)
    const logged = vi.spyOn(payload.logger, 'info')
    await runDataSteps(payload)
    expect(logged.mock.calls.map(([message]) => message)).toEqual(
      DATA_STEPS.map((step) => `data step ${step.name} v${step.version}: done earlier, skipped`),
    )
    logged.mockRestore()
  })
})
