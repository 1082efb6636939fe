import type { CollectionSlug } from 'payload'

import { formatNames } from 'payload'

import { jpegBuffer, unique } from '../helpers/factories'
import type { Outcome, Persona } from './matrix'
import type { CollectionFixtures, Context, Fixture } from './matrixFixtures'
import { gqlId, graphqlStatus, type HttpResult } from './newsroom'

/** An operation of the matrix, read from its text: `[gql ]<op>[ <fixture>][: <variant>]`. */
export type ParsedOp = { graphql: boolean; op: string; target?: string; variant?: string }

export const parseOp = (text: string): ParsedOp => {
  const [head, variant] = text.split(': ')
  const tokens = head.split(' ').filter(Boolean)
  const graphql = tokens[0] === 'gql'
  if (graphql) tokens.shift()
  return { graphql, op: tokens[0], target: tokens[1], variant }
}

const REST_OPS = new Set([
  'count',
  'create',
  'delete',
  'duplicate',
  'ethics-queue',
  'ethics-review',
  'file',
  'find',
  'findByID',
  'preview-link',
  'read',
  'reports',
  'restoreVersion',
  'text',
  'update',
  'versionByID',
  'versions',
  'workflow-get',
])
const GRAPHQL_OPS = new Set([
  'count',
  'create',
  'delete',
  'find',
  'findByID',
  'restoreVersion',
  'update',
  'versionByID',
  'versions',
])
const WORKFLOW_ACTION =
  /^workflow-(submit|request_changes|approve|publish|schedule|unschedule|unpublish|reopen)$/

/** Whether the matrix spec knows how to run this operation (an unknown one fails the spec before anything runs). */
export const isKnownOp = ({ graphql, op }: ParsedOp): boolean =>
  graphql ? GRAPHQL_OPS.has(op) : REST_OPS.has(op) || WORKFLOW_ACTION.test(op)

/** Changes that would spoil a shared fixture for the rows after: done on a disposable copy when expected to succeed. */
const DESTRUCTIVE_UPDATES = new Set(['contributor', 'markedPublic', 'region B', 'roles', 'user'])
export const changesFixture = ({ op, variant }: ParsedOp): boolean =>
  ['delete', 'ethics-review', 'restoreVersion'].includes(op) ||
  WORKFLOW_ACTION.test(op) ||
  (op === 'update' && DESTRUCTIVE_UPDATES.has(variant ?? ''))

export const isSuccess = (outcome: Outcome): boolean =>
  typeof outcome !== 'number' || (outcome >= 200 && outcome < 300)

type RunArgs = {
  collection: string
  ctx: Context
  expected: Outcome
  /** This collection's fixtures (shared), and the target to act on (a copy when the operation changes it). */
  fixtures: Record<string, Fixture>
  makers?: CollectionFixtures
  parsed: ParsedOp
  persona: Persona
  target?: Fixture
}

const keysOf = (fixtures: Record<string, Fixture>, ids: unknown[]): string[] => {
  const byId = new Map(Object.entries(fixtures).map(([key, fixture]) => [String(fixture.id), key]))
  const order = Object.keys(fixtures)
  return [...new Set(ids.map((id) => byId.get(String(id)) ?? `?${String(id)}`))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  )
}

/** A list outcome written the matrix's way, in fixture order, so it compares with the expected cell. */
export const listOutcome = (keys: string[]): Outcome => `[${keys.join(' ')}]` as Outcome

const normaliseList = (cell: string, fixtures: Record<string, Fixture>): Outcome =>
  listOutcome(
    cell
      .slice(1, -1)
      .split(' ')
      .filter(Boolean)
      .sort((a, b) => Object.keys(fixtures).indexOf(a) - Object.keys(fixtures).indexOf(b)),
  )

/** The expected cell made comparable with what `runOp` returns. */
export const expectedOutcome = (cell: Outcome, fixtures: Record<string, Fixture>): Outcome =>
  typeof cell === 'string' && cell.startsWith('[') ? normaliseList(cell, fixtures) : cell

const idList = (fixtures: Record<string, Fixture>) =>
  Object.values(fixtures).map((fixture) => fixture.id)

const WORKFLOW_BODY: Record<string, Record<string, unknown>> = {
  request_changes: { comment: 'Дереккөзді көрсетіңіз.' },
  schedule: { publishAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
}

const uploadForm = async (): Promise<FormData> => {
  const data = await jpegBuffer(200, 120)
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(data)], { type: 'image/jpeg' }),
    `matrix-new-${unique()}.jpg`,
  )
  form.append('_payload', JSON.stringify({ alt: 'Жаңа сурет' }))
  return form
}

/** Runs one operation as one persona over HTTP and says what happened, in the matrix's terms. */
export const runOp = async ({
  collection,
  ctx,
  expected,
  fixtures,
  makers,
  parsed,
  persona,
  target,
}: RunArgs): Promise<Outcome> => {
  const { http } = ctx
  const { op, variant } = parsed
  const id = target?.id
  const wantsList = typeof expected === 'string' && expected.startsWith('[')
  const status = (result: HttpResult) => result.status as Outcome

  if (parsed.graphql) {
    // Payload's names for a slug (no collection here renames itself); a collection outside the schema gets a 400.
    const { plural, singular: Singular } = formatNames(collection)
    const Plural = Singular === plural ? `all${Singular}` : plural
    // Not every collection's GraphQL id operator has `in`: an OR of `equals` works on all.
    const where = `where: { OR: [${idList(fixtures)
      .map((id) => `{ id: { equals: ${gqlId(id)} } }`)
      .join(', ')}] }`
    const ask = async (field: string, query: string, variables?: Record<string, unknown>) => {
      const result = await http.graphql(persona, query, variables)
      return { data: result.body?.data?.[field], status: graphqlStatus(result, field) as Outcome }
    }
    switch (op) {
      case 'find': {
        const { data, status: code } = await ask(
          Plural,
          `{ ${Plural}(${where}, limit: 100) { docs { id } } }`,
        )
        return code !== 200 || !wantsList
          ? code
          : listOutcome(
              keysOf(
                fixtures,
                data.docs.map((doc: { id: unknown }) => doc.id),
              ),
            )
      }
      case 'count': {
        const { data, status: code } = await ask(
          `count${Plural}`,
          `{ count${Plural}(${where}) { totalDocs } }`,
        )
        if (code !== 200 || !wantsList) return code
        const wanted = expectedOutcome(expected, fixtures)
        return data.totalDocs === (wanted as string).slice(1, -1).split(' ').filter(Boolean).length
          ? wanted
          : (`[count ${data.totalDocs}]` as Outcome)
      }
      case 'findByID': {
        const field = variant ? ` ${variant} { id }` : ''
        const { data, status: code } = await ask(
          Singular,
          `{ ${Singular}(id: ${gqlId(id!)}) { id${field} } }`,
        )
        if (code !== 200 || !variant) return code
        const value = data?.[variant]
        return value === null || value === undefined || (Array.isArray(value) && value.length === 0)
          ? 'hidden'
          : 'shown'
      }
      case 'versions': {
        const parents = await versionParents(ctx, collection, fixtures)
        const { data, status: code } = await ask(
          `versions${Plural}`,
          `{ versions${Plural}(where: { parent: { in: [${idList(fixtures).map(gqlId).join(', ')}] } }, limit: 100) { docs { id } } }`,
        )
        return code !== 200
          ? code
          : listOutcome(
              keysOf(
                fixtures,
                data.docs.map((doc: { id: unknown }) => parents.get(String(doc.id))),
              ),
            )
      }
      case 'versionByID':
        return (
          await ask(
            `version${Singular}`,
            `{ version${Singular}(id: ${gqlId(target!.latestVersion!)}) { id } }`,
          )
        ).status
      case 'restoreVersion':
        return (
          await ask(
            `restoreVersion${Singular}`,
            `mutation { restoreVersion${Singular}(id: ${gqlId(target!.firstVersion!)}) { id } }`,
          )
        ).status
      case 'create':
        return (
          await ask(
            `create${Singular}`,
            `mutation ($data: mutation${Singular}Input!) { create${Singular}(data: $data) { id } }`,
            { data: await makers!.create![variant ?? ''](ctx) },
          )
        ).status
      case 'update':
        return (
          await ask(
            `update${Singular}`,
            `mutation ($data: mutation${Singular}UpdateInput!) { update${Singular}(id: ${gqlId(id!)}, data: $data) { id } }`,
            {
              data: makers!.update![variant ?? ''](ctx),
            },
          )
        ).status
      case 'delete':
        return (
          await ask(`delete${Singular}`, `mutation { delete${Singular}(id: ${gqlId(id!)}) { id } }`)
        ).status
    }
    throw new Error(`no GraphQL operation ${op}`)
  }

  const base = `/api/${collection}`
  const ids = idList(fixtures).join(',')
  switch (op) {
    case 'find': {
      const res = await http.get(
        persona,
        ids ? `${base}?depth=0&limit=100&where[id][in]=${ids}` : base,
      )
      return res.status !== 200 || !wantsList
        ? status(res)
        : listOutcome(
            keysOf(
              fixtures,
              res.body.docs.map((doc: { id: unknown }) => doc.id),
            ),
          )
    }
    case 'count': {
      const res = await http.get(persona, `${base}/count?where[id][in]=${ids}`)
      if (res.status !== 200 || !wantsList) return status(res)
      const wanted = expectedOutcome(expected, fixtures)
      return res.body.totalDocs ===
        (wanted as string).slice(1, -1).split(' ').filter(Boolean).length
        ? wanted
        : (`[count ${res.body.totalDocs}]` as Outcome)
    }
    case 'versions': {
      const res = await http.get(
        persona,
        `${base}/versions?depth=0&limit=100&where[parent][in]=${ids}`,
      )
      return res.status !== 200
        ? status(res)
        : listOutcome(
            keysOf(
              fixtures,
              res.body.docs.map((doc: { parent: unknown }) => doc.parent),
            ),
          )
    }
    case 'findByID':
      return status(await http.get(persona, `${base}/${id}?depth=0`))
    case 'text': {
      const res = await http.get(persona, `${base}/${id}?depth=0&draft=true`)
      if (res.status !== 200) return status(res)
      return res.body.title === target!.revisionTitle
        ? 'revision'
        : res.body.title === target!.liveTitle
          ? 'live'
          : (`[title ${res.body.title}]` as Outcome)
    }
    case 'read': {
      const res = await http.get(persona, `${base}/${id}?depth=0`)
      if (res.status !== 200) return status(res)
      const value = res.body[variant!]
      return value === undefined ||
        (variant === 'sessions' && (!Array.isArray(value) || value.length === 0))
        ? 'hidden'
        : 'shown'
    }
    case 'versionByID':
      return status(await http.get(persona, `${base}/versions/${target!.latestVersion}?depth=0`))
    case 'restoreVersion':
      return status(await http.post(persona, `${base}/versions/${target!.firstVersion}?depth=0`))
    case 'create':
      if (collection === 'media')
        return status(await http.postForm(persona, `${base}?depth=0`, await uploadForm()))
      return status(
        await http.post(persona, `${base}?depth=0`, await makers!.create![variant ?? ''](ctx)),
      )
    case 'update':
      return status(
        await http.patch(persona, `${base}/${id}?depth=0`, makers!.update![variant ?? ''](ctx)),
      )
    case 'delete':
      return status(await http.delete(persona, `${base}/${id}`))
    case 'duplicate':
      return status(await http.post(persona, `${base}/${id}/duplicate?depth=0`))
    case 'file':
      return status(
        await http.get(
          persona,
          `/api/media/file/${encodeURIComponent(target!.files![variant ?? 'original'])}`,
        ),
      )
    case 'preview-link':
      return status(await http.get(persona, `/api/preview-link/${collection}/${id}`))
    case 'workflow-get':
      return status(await http.get(persona, `${base}/${id}/workflow`))
    case 'ethics-review':
      return status(
        await http.post(persona, '/api/ai-ethics/review', {
          collection,
          decision: 'clear',
          id,
          note: 'Тексерілді.',
        }),
      )
    case 'reports': {
      const region = variant === 'region B' ? ctx.newsroom.regionB : ctx.newsroom.regionA
      return status(
        await http.get(
          persona,
          `/api/reports/contributions?from=2026-01-01&to=2026-01-31&groupBy=region&region=${region.slug}`,
        ),
      )
    }
    case 'ethics-queue':
      return status(await http.get(persona, '/api/ai-ethics/queue'))
  }
  const action = WORKFLOW_ACTION.exec(op)?.[1]
  if (action)
    return status(
      await http.post(persona, `${base}/${id}/workflow`, { action, ...WORKFLOW_BODY[action] }),
    )
  throw new Error(`no REST operation ${op}`)
}

/** Version id → fixture key, for the fixtures of one collection (read with full access). */
const versionParents = async (
  ctx: Context,
  collection: string,
  fixtures: Record<string, Fixture>,
) => {
  const { docs } = await ctx.payload.findVersions({
    collection: collection as CollectionSlug,
    depth: 0,
    limit: 1000,
    where: { parent: { in: idList(fixtures) } },
  })
  return new Map(
    docs.map((doc) => [String(doc.id), (doc as unknown as { parent: unknown }).parent]),
  )
}
