import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Contributor, Region, Rubric } from '../src/payload-types'

import { expectInvalidFields, rejectionOf } from './helpers/errors'
import {
  createContributor,
  createRegion,
  createRubric,
  createUser,
  loginToken,
  type SignedInUser,
  unique,
} from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'

/** An id no document has: well inside a 32-bit integer so Postgres accepts it as an id. */
const MISSING_ID = 2_000_000_000

let payload: Payload
let editor: SignedInUser
let region: Region
let rubric: Rubric
let contributor: Contributor

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, { roles: ['chief-editor'] })
  region = await createRegion(payload)
  rubric = await createRubric(payload, { format: 'column', region: region.id })
  contributor = await createContributor(payload, { region: region.id })
})

afterAll(async () => {
  await payload.destroy()
})

const article = (overrides: Record<string, unknown> = {}) => ({
  contributors: [contributor.id],
  region: region.id,
  rubric: rubric.id,
  slug: `article-${unique()}`,
  title: 'Достық дастарханы',
  ...overrides,
})

/** Rows in the collection and in its version history: a refused write must add to neither. */
const stored = async () => ({
  docs: (await payload.count({ collection: 'articles' })).totalDocs,
  versions: (await payload.countVersions({ collection: 'articles' })).totalDocs,
})

describe('an article pointing at documents that do not exist', () => {
  // Builders, because the contributor only exists once beforeAll has run.
  const dangling = [
    {
      field: 'region',
      message: `region: no regions document with id ${MISSING_ID}`,
      overrides: () => ({ region: MISSING_ID }),
    },
    {
      field: 'rubric',
      message: `rubric: no rubrics document with id ${MISSING_ID}`,
      overrides: () => ({ rubric: MISSING_ID }),
    },
    {
      field: 'contributors',
      message: `contributors: no contributors document with id ${MISSING_ID}`,
      overrides: () => ({ contributors: [contributor.id, MISSING_ID] }),
    },
  ]

  // The three ways an article is written: an editor's save, a draft save, and trusted server code publishing
  // (the workflow's publish step and the seed run with overrideAccess).
  const writes = [
    { draft: false, how: 'an editor’s save', trusted: false },
    { draft: true, how: 'a draft save', trusted: false },
    { draft: false, how: 'a trusted publish', trusted: true },
  ]

  for (const { draft, how, trusted } of writes) {
    it.each(dangling)(
      `${how} with a missing $field is refused with a 400 naming $field, and nothing is written`,
      async ({ field, message, overrides }) => {
        const data = article(overrides())
        const before = await stored()
        const error = await rejectionOf(
          payload.create({
            collection: 'articles',
            data: trusted ? { ...data, _status: 'published' } : data,
            draft,
            ...(trusted ? {} : { overrideAccess: false, user: editor }),
          }),
        )
        const messages = expectInvalidFields(error, [field])
        expect(messages[field]).toBe(message)
        expect(await stored()).toEqual(before)
      },
    )
  }

  it('an update that points an existing article at a missing region is refused and leaves it unchanged', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: article(),
      overrideAccess: false,
      user: editor,
    })
    const versionsBefore = (
      await payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } } })
    ).totalDocs
    const error = await rejectionOf(
      payload.update({
        collection: 'articles',
        data: { region: MISSING_ID },
        id: doc.id,
        overrideAccess: false,
        user: editor,
      }),
    )
    expectInvalidFields(error, ['region'])
    // Neither the document nor its latest (draft) version points anywhere new.
    const latest = await payload.findByID({
      collection: 'articles',
      depth: 0,
      draft: true,
      id: doc.id,
    })
    expect(latest.region).toBe(region.id)
    expect(latest.updatedAt).toBe(doc.updatedAt)
    expect(
      (
        await payload.countVersions({
          collection: 'articles',
          where: { parent: { equals: doc.id } },
        })
      ).totalDocs,
    ).toBe(versionsBefore)
  })

  it('a hero image that does not exist is refused naming heroImage', async () => {
    const error = await rejectionOf(
      payload.create({
        collection: 'articles',
        data: article({ heroImage: MISSING_ID }),
        overrideAccess: false,
        user: editor,
      }),
    )
    expectInvalidFields(error, ['heroImage'])
  })

  it('over REST the refusal is a 400 whose body names the field', async () => {
    const before = await stored()
    const token = await loginToken(payload, editor.email)
    const { body, status } = await rest('POST', '/api/articles?draft=true', {
      json: article({ rubric: MISSING_ID }),
      token,
    })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        message: `rubric: no rubrics document with id ${MISSING_ID}`,
        path: 'rubric',
      }),
    ])
    expect(await stored()).toEqual(before)
  })

  it('the same article with existing relations is accepted (the check is not refusing everything)', async () => {
    const before = await stored()
    const doc = await payload.create({
      collection: 'articles',
      data: article(),
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(doc.region).toMatchObject({ id: region.id })
    expect((await stored()).docs).toBe(before.docs + 1)
  })
})

describe('other collections check their relations too', () => {
  it('a contributor in a region that does not exist is refused naming region', async () => {
    const before = (await payload.count({ collection: 'contributors' })).totalDocs
    const error = await rejectionOf(
      payload.create({
        collection: 'contributors',
        data: { fullName: 'Жоқ өңірдің авторы', mediaType: 'print', region: MISSING_ID },
        overrideAccess: false,
        user: editor,
      }),
    )
    expectInvalidFields(error, ['region'])
    expect((await payload.count({ collection: 'contributors' })).totalDocs).toBe(before)
  })

  it('a rubric whose home region does not exist is refused naming region', async () => {
    const error = await rejectionOf(
      payload.create({
        collection: 'rubrics',
        data: {
          format: 'column',
          name: 'Жоқ өңір айдары',
          region: MISSING_ID,
          slug: `rubric-${unique()}`,
        },
        overrideAccess: false,
        user: editor,
      }),
    )
    expectInvalidFields(error, ['region'])
  })

  it('a user attached to a region that does not exist is refused naming regions', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const before = (await payload.count({ collection: 'users' })).totalDocs
    const error = await rejectionOf(
      payload.create({
        collection: 'users',
        data: {
          email: `ghost-${unique()}@example.test`,
          name: 'Аты',
          password: 'a-long-password',
          regions: [region.id, MISSING_ID],
          roles: ['journalist'],
        },
        overrideAccess: false,
        user: admin,
      }),
    )
    const messages = expectInvalidFields(error, ['regions'])
    expect(messages.regions).toBe(`regions: no regions document with id ${MISSING_ID}`)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })
})
