import type { Payload } from 'payload'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { recordsOf } from '../../plugins/workflow/src/records'
import {
  createRegion,
  createUser,
  loginToken,
  type SignedInUser,
  unique,
} from '../helpers/factories'
import { rest, type RestResult } from '../helpers/rest'

export type Desk = {
  region: { id: number }
  otherRegion: { id: number }
  people: Record<
    'admin' | 'author' | 'chief' | 'editor' | 'editorElsewhere' | 'ethics' | 'journalist',
    SignedInUser
  >
  tokens: Record<keyof Desk['people'], string>
}

/** A region with its newsroom: the author, a colleague, the region's editor, an editor elsewhere, a chief editor, an admin, an ethics reviewer. */
export const createDesk = async (payload: Payload): Promise<Desk> => {
  const region = await createRegion(payload)
  const otherRegion = await createRegion(payload)
  const people = {
    admin: await createUser(payload, { roles: ['admin'] }),
    author: await createUser(payload, { regions: [region.id], roles: ['journalist'] }),
    chief: await createUser(payload, { roles: ['chief-editor'] }),
    editor: await createUser(payload, { regions: [region.id], roles: ['regional-editor'] }),
    editorElsewhere: await createUser(payload, {
      regions: [otherRegion.id],
      roles: ['regional-editor'],
    }),
    ethics: await createUser(payload, { roles: ['ethics-reviewer'] }),
    journalist: await createUser(payload, { regions: [region.id], roles: ['journalist'] }),
  }
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries(people).map(async ([key, user]) => [
        key,
        await loginToken(payload, user.email),
      ]),
    ),
  ) as Desk['tokens']
  return { otherRegion, people, region, tokens }
}

export type WorkflowCollection = 'articles' | 'videos'

const contentFor = (collection: WorkflowCollection) =>
  collection === 'videos' ? { videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } : {}

/**
 * An item written by the desk's author and put straight into the given state by trusted server code,
 * as if it had travelled there through the workflow.
 */
export const createItemInState = async (
  payload: Payload,
  desk: Desk,
  collection: WorkflowCollection,
  state: string,
): Promise<{ id: number }> => {
  const doc = await payload.create({
    collection,
    data: {
      region: desk.region.id,
      title: `Мақала ${unique()}`,
      ...contentFor(collection),
      _status: state === 'published' ? 'published' : 'draft',
      scheduledFor:
        state === 'scheduled' ? new Date(Date.now() + 3_600_000).toISOString() : undefined,
      workflowStatus: state,
    } as never,
    user: desk.people.author,
  })
  return { id: doc.id as number }
}

/** The workflow events recorded for one item, oldest first. */
/** The item's workflow events, as its timeline shows them (records made since it was created). */
export const eventsFor = async (payload: Payload, collection: string, id: number | string) => {
  const doc = await payload.findByID({
    collection: collection as 'articles',
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    select: { createdAt: true },
  })
  return (
    await payload.find({
      collection: 'workflow-events',
      depth: 0,
      limit: 100,
      sort: 'createdAt',
      where: recordsOf(collection, { createdAt: doc?.createdAt, id }),
    })
  ).docs
}

export const stateOf = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: number | string,
) =>
  (
    (await payload.findByID({ collection, depth: 0, draft: true, id })) as {
      workflowStatus?: string
    }
  ).workflowStatus

/** `POST /api/{collection}/{id}/workflow` as the given signed-in person. */
export const act = (
  collection: WorkflowCollection,
  id: number | string,
  token: string,
  body: { action: string; assignee?: number | string; comment?: string; publishAt?: string },
) => rest('POST', `/api/${collection}/${id}/workflow`, { json: body, token })

/** Walks an item through the workflow over REST, failing loudly on the first step that is not a 200. */
export const walk = async (
  collection: WorkflowCollection,
  id: number | string,
  steps: [token: string, body: Parameters<typeof act>[3]][],
): Promise<void> => {
  for (const [token, body] of steps) {
    const res = await act(collection, id, token, body)
    if (res.status !== 200)
      throw new Error(
        `${body.action} on ${collection}/${id} answered ${res.status}: ${JSON.stringify(res.body)}`,
      )
  }
}

const graphqlHandler = GRAPHQL_POST(config)

/** Sends a GraphQL operation through the same Next.js route handler as `/api/graphql`. */
export const graphql = async (query: string, token?: string): Promise<RestResult> => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await graphqlHandler(
    new Request('http://localhost:3000/api/graphql', {
      body: JSON.stringify({ query }),
      headers,
      method: 'POST',
    }),
  )
  const text = await response.text()
  try {
    return { body: JSON.parse(text), status: response.status }
  } catch {
    throw new Error(
      `GraphQL answered ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`,
    )
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export const eventually = async <T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The workflow actions that take an item from `draft` to each state, as the desk would (author submits, editor decides). */
export const PATH_TO_STATE: Record<
  string,
  { action: string; by: 'author' | 'editor'; comment?: string; publishAt?: () => string }[]
> = {
  draft: [],
  in_review: [{ action: 'submit', by: 'author' }],
  changes_requested: [
    { action: 'submit', by: 'author' },
    { action: 'request_changes', by: 'editor', comment: 'Дерек көзін көрсетіңіз.' },
  ],
  approved: [
    { action: 'submit', by: 'author' },
    { action: 'approve', by: 'editor' },
  ],
  scheduled: [
    { action: 'submit', by: 'author' },
    { action: 'approve', by: 'editor' },
    {
      action: 'schedule',
      by: 'editor',
      publishAt: () => new Date(Date.now() + 86_400_000).toISOString(),
    },
  ],
  published: [
    { action: 'submit', by: 'author' },
    { action: 'approve', by: 'editor' },
    { action: 'publish', by: 'editor' },
  ],
  archived: [
    { action: 'submit', by: 'author' },
    { action: 'approve', by: 'editor' },
    { action: 'publish', by: 'editor' },
    { action: 'unpublish', by: 'editor' },
  ],
}

/**
 * An item the desk's author wrote over REST and that then travelled to `state` through the real workflow. Unlike
 * `createItemInState`, its main row is what Payload left there (drafts are saved as versions only), as in production.
 */
export const itemThroughWorkflow = async (
  desk: Desk,
  state: string,
  {
    collection = 'articles',
    title = `Жол ${unique()}`,
  }: { collection?: WorkflowCollection; title?: string } = {},
): Promise<{ id: number; title: string }> => {
  const created = await rest('POST', `/api/${collection}?depth=0`, {
    json: { excerpt: 'Алғашқы анонс', region: desk.region.id, title, ...contentFor(collection) },
    token: desk.tokens.author,
  })
  if (created.status !== 201)
    throw new Error(
      `creating ${collection} answered ${created.status}: ${JSON.stringify(created.body)}`,
    )
  const id = created.body.doc.id as number
  await walk(
    collection,
    id,
    PATH_TO_STATE[state].map(({ action, by, comment, publishAt }) => [
      by === 'author' ? desk.tokens.author : desk.tokens.editor,
      { action, ...(comment ? { comment } : {}), ...(publishAt ? { publishAt: publishAt() } : {}) },
    ]),
  )
  return { id, title }
}

/** The item's versions, oldest first. */
export const versionsOf = async (
  payload: Payload,
  collection: WorkflowCollection,
  id: number | string,
) =>
  (
    await payload.findVersions({
      collection,
      depth: 0,
      limit: 100,
      sort: 'createdAt',
      where: { parent: { equals: id } },
    })
  ).docs
