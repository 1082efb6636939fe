import type { Access } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillReviewScope } from '../src'
import { buildTestConfig } from './config'
import {
  bootTestApp,
  createPost,
  createUser,
  decide,
  richText,
  type TestApp,
  type TestPost,
  type TestUser,
  updatePost,
} from './helpers'

// `reviewAccess`: the app says who reads the internal review (the flags quoting the text, the note, the decisions),
// on the documents and on the records; `scopeFields` copies what that rule needs onto each record.

const BOILERPLATE = 'Как языковая модель ИИ, я не могу оценивать решения маслихата.'
const reviewerRole = (user: unknown) =>
  Array.isArray((user as { roles?: unknown })?.roles) &&
  (user as { roles: string[] }).roles.includes('reviewer')
const ownerId = (doc: Record<string, unknown> | undefined) => {
  const owner = doc?.owner
  return owner && typeof owner === 'object' ? (owner as { id: unknown }).id : owner
}
// Reviewers read every review; an author the reviews of the posts she owns.
const records: Access = ({ req }) =>
  reviewerRole(req.user) ? true : req.user ? { 'scope.owner': { equals: req.user.id } } : false

let app: TestApp
let reviewer: TestUser
let author: TestUser
let otherAuthor: TestUser
let post: TestPost

beforeAll(async () => {
  app = await bootTestApp({
    name: 'review-access',
    plugin: {
      reviewAccess: {
        document: ({ doc, req }) =>
          reviewerRole(req.user) ||
          (Boolean(req.user) && String(ownerId(doc)) === String(req.user?.id)),
        records,
        scopeFields: ['owner'],
      },
    },
  })
  reviewer = await createUser(app.payload, ['reviewer'])
  author = await createUser(app.payload, ['author'])
  otherAuthor = await createUser(app.payload, ['author'])
  const created = await createPost(app.payload, { owner: author.id, title: 'Маслихат' })
  post = await updatePost(
    app.payload,
    created.id,
    { body: richText(BOILERPLATE) },
    { draft: true, locale: 'ru' },
  )
  expect(post.ethicsReview?.status).toBe('pending')
  const decided = await decide(app, reviewer, {
    collection: 'posts',
    decision: 'reject',
    id: post.id,
    note: 'Машина жазған мәтін.',
  })
  expect(decided.status, JSON.stringify(decided.body)).toBe(200)
})

afterAll(async () => {
  await app?.destroy()
})

describe('reviewAccess', () => {
  it('copies the scope fields of the reviewed document onto its record', async () => {
    const { docs } = await app.payload.find({ collection: 'ethics-reviews' as never, depth: 0 })
    expect(docs).toHaveLength(1)
    expect((docs[0] as unknown as { scope: unknown }).scope).toEqual({ owner: author.id })
  })

  it('records: the owner and reviewers read the record, another author does not (REST and GraphQL)', async () => {
    const count = async (user: TestUser) =>
      (await app.rest('GET', '/api/ethics-reviews', { token: user.token })).body.totalDocs
    expect(await count(author)).toBe(1)
    expect(await count(reviewer)).toBe(1)
    expect(await count(otherAuthor)).toBe(0)
    const gql = await app.graphql('{ EthicsReviews { docs { note } } }', {
      token: otherAuthor.token,
    })
    expect(gql.body.data.EthicsReviews.docs).toEqual([])
  })

  it('documents: the ethicsReview group is read by the owner and reviewers, not by another author', async () => {
    const read = async (user: TestUser) =>
      (await app.rest('GET', `/api/posts/${post.id}?draft=true&depth=0`, { token: user.token }))
        .body
    expect((await read(author)).ethicsReview?.note).toBe('Машина жазған мәтін.')
    expect((await read(reviewer)).ethicsReview?.status).toBe('rejected')
    const other = await read(otherAuthor)
    expect(other.id).toBe(post.id)
    expect(other).not.toHaveProperty('ethicsReview')
  })

  it('backfillReviewScope fills the scope of records written before it was configured', async () => {
    const { docs } = (await app.payload.find({
      collection: 'ethics-reviews' as never,
      depth: 0,
    })) as unknown as { docs: { id: number }[] }
    await app.payload.db.updateOne({
      collection: 'ethics-reviews' as never,
      data: { scope: { owner: null } },
      id: docs[0].id,
    })
    await backfillReviewScope(app.payload, ['owner'])
    const after = await app.payload.findByID({
      collection: 'ethics-reviews' as never,
      depth: 0,
      id: docs[0].id,
    })
    expect((after as unknown as { scope: unknown }).scope).toEqual({ owner: author.id })
  })

  it('refuses at start-up a scope field the guarded collections do not have, naming it', async () => {
    const config = buildTestConfig({
      name: 'review-access-bad',
      plugin: { reviewAccess: { scopeFields: ['region'] } },
    })
    await expect(config).rejects.toThrow(
      'reviewAccess.scopeFields names "region", which "posts" has no top-level field for.',
    )
  })
})
