import type { Payload } from 'payload'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRegion, createUser, loginToken, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest, type RestResult } from '../helpers/rest'
import { eventsFor } from './helpers'

/*
 * Random sequences of workflow actions, edits (content and workflow fields) and version restores by random people
 * on a few items. After every step the item's state, its revision counter and its audit trail agree with each other
 * and with a model of the desk written here, independently of the implementation; every refusal has the status and
 * code the model expects; and at the end every item can still be taken to `published`.
 *
 * Bounded to run in well under a minute: WORKFLOW_PROPERTY_RUNS (10) sequences of up to WORKFLOW_PROPERTY_STEPS (25)
 * steps. A failure prints fast-check's seed and path; replay it with WORKFLOW_PROPERTY_SEED=<seed>
 * WORKFLOW_PROPERTY_PATH=<path>, and set WORKFLOW_PROPERTY_SHRINK=1 to let fast-check shrink it (slow: it replays).
 */

const RUNS = Number(process.env.WORKFLOW_PROPERTY_RUNS ?? 10)
const MAX_STEPS = Number(process.env.WORKFLOW_PROPERTY_STEPS ?? 25)

// ---------------------------------------------------------------------------------------------------------------
// The model: the desk workflow as README "The editorial workflow" states it.
// ---------------------------------------------------------------------------------------------------------------

const STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const
type State = (typeof STATES)[number]
const TABLE: Record<string, { from: State[]; to: State; authorMay: boolean }> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', authorMay: true },
  request_changes: { from: ['in_review'], to: 'changes_requested', authorMay: false },
  approve: { from: ['in_review'], to: 'approved', authorMay: false },
  publish: { from: ['approved', 'scheduled'], to: 'published', authorMay: false },
  schedule: { from: ['approved'], to: 'scheduled', authorMay: false },
  unschedule: { from: ['scheduled'], to: 'approved', authorMay: false },
  unpublish: { from: ['published'], to: 'archived', authorMay: false },
  reopen: { from: ['archived', 'approved', 'published'], to: 'draft', authorMay: false },
}
const ACTIONS = Object.keys(TABLE)
const AUTHOR_EDITABLE: State[] = ['draft', 'changes_requested']

const PERSONAS = [
  'journalistA',
  'journalistB',
  'editorA',
  'editorB',
  'chief',
  'ethics',
  'admin',
] as const
type Persona = (typeof PERSONAS)[number]
const PERSONA_ROLES: Record<Persona, { region?: 'A' | 'B'; role: string }> = {
  admin: { role: 'admin' },
  chief: { role: 'chief-editor' },
  editorA: { region: 'A', role: 'regional-editor' },
  editorB: { region: 'B', role: 'regional-editor' },
  ethics: { role: 'ethics-reviewer' },
  journalistA: { region: 'A', role: 'journalist' },
  journalistB: { region: 'B', role: 'journalist' },
}

type ModelItem = {
  author: Persona
  id: number
  live: boolean
  region: 'A' | 'B'
  revision: number
  state: State
}

const isEditorFor = (who: Persona, item: ModelItem) =>
  ['admin', 'chief-editor'].includes(PERSONA_ROLES[who].role) ||
  (PERSONA_ROLES[who].role === 'regional-editor' && PERSONA_ROLES[who].region === item.region)

/** Unpublishing concerns the live version even while a revision is under way. */
const startState = (action: string, item: Pick<ModelItem, 'live' | 'state'>): State =>
  action === 'unpublish' && item.live ? 'published' : item.state

type Expected = { code?: string; status: number }

const expectedAction = (who: Persona, action: string, item: ModelItem): Expected => {
  const rule = TABLE[action]
  if (!isEditorFor(who, item) && !(rule.authorMay && who === item.author)) {
    return {
      code: PERSONA_ROLES[who].role === 'regional-editor' ? 'FORBIDDEN_REGION' : 'FORBIDDEN_ACTION',
      status: 403,
    }
  }
  return rule.from.includes(startState(action, item))
    ? { status: 200 }
    : { code: 'INVALID_TRANSITION', status: 409 }
}

const applyAction = (action: string, item: Pick<ModelItem, 'live' | 'revision' | 'state'>) => {
  item.state = TABLE[action].to
  item.revision += 1
  if (action === 'publish') item.live = true
  if (action === 'unpublish') item.live = false
}

/** Who may change an item's content (edit or restore) in its current state, and the refusal otherwise. */
const expectedEdit = (who: Persona, item: ModelItem): Expected => {
  if (isEditorFor(who, item)) return { status: 200 }
  const { role } = PERSONA_ROLES[who]
  if (role === 'journalist' && who === item.author) {
    return AUTHOR_EDITABLE.includes(item.state)
      ? { status: 200 }
      : { code: 'NOT_EDITABLE_IN_STATE', status: 403 }
  }
  return { code: role === 'regional-editor' ? 'FORBIDDEN_REGION' : 'FORBIDDEN_ACTION', status: 403 }
}

/** A saved edit or restore of a published item starts a revision: `reopen`, published → draft, recorded. */
const applyEdit = (item: ModelItem) => {
  if (item.state === 'published') applyAction('reopen', item)
}

/** The shortest sequence of actions that takes the item to published and live (breadth-first over the model). */
const pathToPublished = (item: Pick<ModelItem, 'live' | 'state'>): string[] | undefined => {
  const key = (node: { live: boolean; state: State }) => `${node.state}/${node.live}`
  const queue = [{ live: item.live, path: [] as string[], state: item.state }]
  const seen = new Set([key(item)])
  while (queue.length) {
    const node = queue.shift()!
    if (node.state === 'published' && node.live) return node.path
    for (const action of ACTIONS) {
      if (!TABLE[action].from.includes(startState(action, node))) continue
      const next = { ...node, path: [...node.path, action], revision: 0 }
      applyAction(action, next)
      if (!seen.has(key(next))) {
        seen.add(key(next))
        queue.push(next)
      }
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------------------------
// The steps fast-check generates.
// ---------------------------------------------------------------------------------------------------------------

type Step =
  | { action: string; item: number; kind: 'act'; who: Persona }
  | { choice: number; item: number; kind: 'advance' }
  | { field: 'excerpt' | 'tags' | 'title'; item: number; kind: 'edit'; who: Persona }
  | { item: number; kind: 'editWorkflowField'; patch: Record<string, unknown>; who: Persona }
  | { item: number; kind: 'restore'; version: number; who: Persona }

const ITEMS = 3
const item = fc.nat(ITEMS - 1)
// People who can do something are drawn more often, so sequences get deep into the workflow.
const who = fc.oneof(
  { arbitrary: fc.constantFrom<Persona>('journalistA', 'editorA', 'chief'), weight: 3 },
  { arbitrary: fc.constantFrom<Persona>(...PERSONAS), weight: 2 },
)
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      action: fc.constantFrom(...ACTIONS),
      item,
      kind: fc.constant('act' as const),
      who,
    }),
    weight: 3,
  },
  // A move the model allows, by someone allowed: keeps sequences from stalling in refusals.
  {
    arbitrary: fc.record({ choice: fc.nat(1000), item, kind: fc.constant('advance' as const) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      field: fc.constantFrom('excerpt' as const, 'tags' as const, 'title' as const),
      item,
      kind: fc.constant('edit' as const),
      who,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      item,
      kind: fc.constant('editWorkflowField' as const),
      patch: fc.oneof(
        fc.record({ workflowStatus: fc.constantFrom(...STATES) }),
        fc.record({ workflowRevision: fc.integer({ max: 6, min: 0 }) }),
        fc.constant({ scheduledFor: '2031-01-01T08:00:00.000Z' }),
        fc.constant({ _status: 'published' }),
      ),
      who,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      item,
      kind: fc.constant('restore' as const),
      version: fc.double({ max: 1, maxExcluded: true, min: 0, noNaN: true }),
      who,
    }),
    weight: 2,
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Running a sequence against the real system.
// ---------------------------------------------------------------------------------------------------------------

let payload: Payload
let regions: Record<'A' | 'B', number>
let tokens: Record<Persona, string>

beforeAll(async () => {
  payload = await bootPayload()
  regions = { A: (await createRegion(payload)).id, B: (await createRegion(payload)).id }
  const entries = await Promise.all(
    PERSONAS.map(async (persona) => {
      const { region, role } = PERSONA_ROLES[persona]
      const user = await createUser(payload, {
        regions: region ? [regions[region]] : [],
        roles: [role as never],
      })
      return [persona, await loginToken(payload, user.email)] as const
    }),
  )
  tokens = Object.fromEntries(entries) as Record<Persona, string>
})

afterAll(async () => {
  await payload?.destroy()
})

const codeOf = (res: RestResult) => res.body?.code ?? res.body?.errors?.[0]?.data?.code

const bodyFor = (action: string) => ({
  action,
  ...(action === 'request_changes' ? { comment: 'Дерек көзін көрсетіңіз.' } : {}),
  ...(action === 'schedule' ? { publishAt: new Date(Date.now() + 86_400_000).toISOString() } : {}),
})

const describeStep = (step: Step, model: ModelItem) =>
  `${JSON.stringify(step)} on item ${model.id} (${model.state}${model.live ? ', live' : ''}, rev ${model.revision})`

/** The checks every step ends with: the refusal as expected, and state, counter and audit trail in agreement. */
const check = async (what: string, res: RestResult, expected: Expected, model: ModelItem) => {
  expect(res.status, `${what}: ${JSON.stringify(res.body).slice(0, 400)}`).toBe(expected.status)
  if (expected.code)
    expect(codeOf(res), `${what}: ${JSON.stringify(res.body).slice(0, 400)}`).toBe(expected.code)
  const latest = await payload.findByID({
    collection: 'articles',
    depth: 0,
    draft: true,
    id: model.id,
  })
  const live = await payload.db.findOne<{ _status?: string; id: number }>({
    collection: 'articles',
    where: { id: { equals: model.id } },
  })
  const events = await eventsFor(payload, 'articles', model.id)
  const state = {
    live: live?._status === 'published',
    revision: latest.workflowRevision ?? 0,
    state: latest.workflowStatus,
  }
  expect(state, `${what}: the item`).toEqual({
    live: model.live,
    revision: model.revision,
    state: model.state,
  })
  expect(events.length, `${what}: workflowRevision == number of events`).toBe(model.revision)
  if (events.length)
    expect(events.at(-1)!.to, `${what}: the last event's "to" == workflowStatus`).toBe(model.state)
}

const runStep = async (step: Step, items: ModelItem[]) => {
  const model = items[step.item]
  const what = describeStep(step, model)
  switch (step.kind) {
    case 'act':
    case 'advance': {
      let persona: Persona
      let action: string
      if (step.kind === 'act') {
        ;[persona, action] = [step.who, step.action]
      } else {
        const moves = ACTIONS.flatMap((candidate) =>
          PERSONAS.filter((p) => expectedAction(p, candidate, model).status === 200).map(
            (p) => [p, candidate] as const,
          ),
        )
        if (moves.length === 0) return
        ;[persona, action] = moves[step.choice % moves.length]
      }
      const expected = expectedAction(persona, action, model)
      const res = await rest('POST', `/api/articles/${model.id}/workflow`, {
        json: bodyFor(action),
        token: tokens[persona],
      })
      if (expected.status === 200) applyAction(action, model)
      return check(`${what}: ${persona} ${action}`, res, expected, model)
    }
    case 'edit': {
      const value = step.field === 'tags' ? [`t${unique()}`] : `${step.field} ${unique()}`
      const expected = expectedEdit(step.who, model)
      const res = await rest('PATCH', `/api/articles/${model.id}`, {
        json: { [step.field]: value },
        token: tokens[step.who],
      })
      if (expected.status === 200) applyEdit(model)
      await check(what, res, expected, model)
      if (expected.status === 200) {
        const latest = await payload.findByID({
          collection: 'articles',
          depth: 0,
          draft: true,
          id: model.id,
        })
        expect(latest[step.field], `${what}: the edit is saved`).toEqual(value)
      }
      return
    }
    case 'editWorkflowField': {
      let expected = expectedEdit(step.who, model)
      if ('_status' in step.patch) expected = { code: 'PUBLISH_THROUGH_WORKFLOW', status: 403 }
      else if (
        expected.status === 200 &&
        'workflowStatus' in step.patch &&
        step.patch.workflowStatus !== model.state
      ) {
        expected = { code: 'WORKFLOW_STATE_READ_ONLY', status: 403 }
      }
      const res = await rest('PATCH', `/api/articles/${model.id}`, {
        json: step.patch,
        token: tokens[step.who],
      })
      // Sending the fields back unchanged (as the admin form does) is an ordinary edit; other values are ignored.
      if (expected.status === 200) applyEdit(model)
      return check(what, res, expected, model)
    }
    case 'restore': {
      const versions = (
        await payload.findVersions({
          collection: 'articles',
          depth: 0,
          limit: 200,
          sort: 'createdAt',
          where: { parent: { equals: model.id } },
        })
      ).docs
      const version = versions[Math.floor(step.version * versions.length)]
      const expected = expectedEdit(step.who, model)
      const res = await rest('POST', `/api/articles/versions/${version.id}?draft=false`, {
        token: tokens[step.who],
      })
      if (expected.status === 200) applyEdit(model)
      await check(
        `${what}: version ${versions.indexOf(version) + 1}/${versions.length}`,
        res,
        expected,
        model,
      )
      if (expected.status === 200) {
        const latest = await payload.findByID({
          collection: 'articles',
          depth: 0,
          draft: true,
          id: model.id,
        })
        expect(latest.title, `${what}: the restored content`).toBe(version.version.title)
      }
    }
  }
}

const createItems = async (): Promise<ModelItem[]> => {
  const specs: { author: Persona; region: 'A' | 'B' }[] = [
    { author: 'journalistA', region: 'A' },
    { author: 'journalistA', region: 'A' },
    { author: 'journalistB', region: 'B' },
  ]
  return Promise.all(
    specs.map(async ({ author, region }) => {
      const res = await rest('POST', '/api/articles?depth=0', {
        json: { excerpt: 'Алғашқы анонс', region: regions[region], title: `Қасиет ${unique()}` },
        token: tokens[author],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return {
        author,
        id: res.body.doc.id as number,
        live: false,
        region,
        revision: 0,
        state: 'draft' as State,
      }
    }),
  )
}

describe('the workflow under random actions, edits and restores by anyone (property)', () => {
  it(`keeps state, revision counter and audit trail in agreement, refuses as specified, and can always publish (${RUNS} runs × ≤ ${MAX_STEPS} steps)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary, { maxLength: MAX_STEPS, minLength: 1 }),
        async (steps) => {
          const items = await createItems()
          for (const step of steps) await runStep(step, items)
          // Wherever the sequence left them, every item can still be taken to published, through the workflow.
          for (const model of items) {
            const path = pathToPublished(model)
            expect(path, `item ${model.id} (${model.state}) has a way to published`).toBeDefined()
            for (const action of path!) {
              const res = await rest('POST', `/api/articles/${model.id}/workflow`, {
                json: bodyFor(action),
                token: tokens.chief,
              })
              applyAction(action, model)
              await check(`finally ${action} item ${model.id}`, res, { status: 200 }, model)
            }
          }
        },
      ),
      {
        endOnFailure: process.env.WORKFLOW_PROPERTY_SHRINK !== '1',
        numRuns: RUNS,
        ...(process.env.WORKFLOW_PROPERTY_SEED
          ? {
              path: process.env.WORKFLOW_PROPERTY_PATH,
              seed: Number(process.env.WORKFLOW_PROPERTY_SEED),
            }
          : {}),
      },
    )
  }, 600_000)
})
