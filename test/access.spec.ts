import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Contributor, Region } from '../src/payload-types'

import { expectApiError, rejectionOf } from './helpers/errors'
import {
  createContributor,
  createRegion,
  createUser,
  loginToken,
  type SignedInUser,
  unique,
} from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'

let payload: Payload
let editor: SignedInUser
let journalist: SignedInUser
let home: Region
let elsewhere: Region

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, { roles: ['chief-editor'] })
  home = await createRegion(payload)
  elsewhere = await createRegion(payload)
  journalist = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
})

afterAll(async () => {
  await payload.destroy()
})

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

describe('what anonymous readers see', () => {
  /** A tag only this file's articles carry, so queries see nothing written by other spec files. */
  const tag = `access-${unique()}`
  let published: Article
  let draft: Article
  let publishedWithPendingDraft: Article

  beforeAll(async () => {
    const base = { region: home.id, tags: [tag] }
    // Publishing goes through the editorial workflow (its own specs); here trusted server code publishes.
    published = await payload.create({
      collection: 'articles',
      data: {
        ...base,
        _status: 'published',
        slug: `published-${unique()}`,
        title: 'Жарияланған мақала',
      },
    })
    draft = await payload.create({
      collection: 'articles',
      data: { ...base, slug: `draft-${unique()}`, title: 'Жоба мақала' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    publishedWithPendingDraft = await payload.create({
      collection: 'articles',
      data: { ...base, _status: 'published', slug: `revised-${unique()}`, title: 'Бірінші нұсқа' },
    })
    await payload.update({
      collection: 'articles',
      data: { title: 'Жарияланбаған түзету' },
      draft: true,
      id: publishedWithPendingDraft.id,
      overrideAccess: false,
      user: editor,
    })
  })

  const anonymousFind = (draftMode = false) =>
    payload.find({
      collection: 'articles',
      depth: 0,
      draft: draftMode,
      overrideAccess: false,
      where: { tags: { equals: tag } },
    })

  it('list only published articles', async () => {
    const { docs } = await anonymousFind()
    expect(docs.map((doc) => doc.id).sort()).toEqual(
      [published.id, publishedWithPendingDraft.id].sort(),
    )
  })

  it('do not see drafts even when they ask for draft versions', async () => {
    const { docs } = await anonymousFind(true)
    expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
    expect(docs.map((doc) => doc.title)).not.toContain('Жарияланбаған түзету')
  })

  it('get a 404 for a draft by id', async () => {
    const error = await rejectionOf(
      payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false }),
    )
    expect(error.name).toBe('NotFound')
    expect(error.status).toBe(404)
  })

  it('see the published text of an article whose revision is still a draft', async () => {
    const doc = await payload.findByID({
      collection: 'articles',
      id: publishedWithPendingDraft.id,
      overrideAccess: false,
    })
    expect(doc.title).toBe('Бірінші нұсқа')
  })

  it('editors see the draft and the pending revision', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: editor,
      where: { tags: { equals: tag } },
    })
    expect(docs.map((doc) => doc.id)).toContain(draft.id)
    expect(docs.map((doc) => doc.title)).toContain('Жарияланбаған түзету')
  })

  it('over REST, an anonymous list holds only published articles', async () => {
    const { body, status } = await rest('GET', `/api/articles?where[tags][equals]=${tag}&depth=0`)
    expect(status).toBe(200)
    expect(body.docs.map((doc: Article) => doc.id).sort()).toEqual(
      [published.id, publishedWithPendingDraft.id].sort(),
    )
    expect(body.docs.map((doc: Article) => doc.title)).not.toContain('Жарияланбаған түзету')
    expect((await rest('GET', `/api/articles/${draft.id}`)).status).toBe(404)
  })

  it('over REST, ?draft=true does not reveal drafts or unpublished revisions to anonymous readers', async () => {
    const { body, status } = await rest(
      'GET',
      `/api/articles?where[tags][equals]=${tag}&draft=true&depth=0`,
    )
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
    for (const doc of body.docs as Article[]) {
      expect(doc._status).toBe('published')
      expect(doc.id).not.toBe(draft.id)
      expect(doc.title).not.toBe('Жарияланбаған түзету')
    }
  })
})

describe('accounts are for staff only', () => {
  it('anonymous readers cannot list users (403)', async () => {
    const error = await rejectionOf(payload.find({ collection: 'users', overrideAccess: false }))
    expectApiError(error, 403, 'You are not allowed to perform this action.')
  })

  it('anonymous readers cannot read a user by id over REST (403)', async () => {
    const { status } = await rest('GET', `/api/users/${journalist.id}`)
    expect(status).toBe(403)
  })

  it('staff can see colleagues', async () => {
    const found = await payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: journalist,
    })
    expect(found.email).toBe(editor.email)
  })
})

describe('contributor contact details', () => {
  let contributor: Contributor

  beforeAll(async () => {
    contributor = await createContributor(payload, {
      email: `reporter-${unique()}@example.test`,
      phone: '+7 701 000 00 00',
      region: home.id,
      user: journalist.id,
    })
  })

  it('are hidden from anonymous readers (Local API)', async () => {
    const doc = await payload.findByID({
      collection: 'contributors',
      depth: 0,
      id: contributor.id,
      overrideAccess: false,
    })
    expect(doc.fullName).toBe(contributor.fullName)
    expect(doc).not.toHaveProperty('email')
    expect(doc).not.toHaveProperty('phone')
    expect(doc).not.toHaveProperty('user')
  })

  it('are hidden from anonymous readers (REST)', async () => {
    const { body, status } = await rest('GET', `/api/contributors/${contributor.id}`)
    expect(status).toBe(200)
    expect(body.fullName).toBe(contributor.fullName)
    expect(body).not.toHaveProperty('email')
    expect(body).not.toHaveProperty('phone')
    expect(body).not.toHaveProperty('user')
  })

  it('cannot be probed by anonymous readers through a query on them', async () => {
    const error = await rejectionOf(
      payload.find({
        collection: 'contributors',
        overrideAccess: false,
        where: { email: { equals: contributor.email } },
      }),
    )
    expect(error.name).toBe('QueryError')
    expect(error.status).toBe(400)
    expect(error.message).toBe('The following path cannot be queried: email')
  })

  it('are visible to staff', async () => {
    const doc = await payload.findByID({
      collection: 'contributors',
      depth: 0,
      id: contributor.id,
      overrideAccess: false,
      user: journalist,
    })
    expect(doc.email).toBe(contributor.email)
    expect(doc.phone).toBe('+7 701 000 00 00')
    expect(doc.user).toBe(journalist.id)
  })
})

describe('journalists file content only in their own regions', () => {
  const count = async () => (await payload.count({ collection: 'articles' })).totalDocs

  it('an article in another region is refused with 403 naming region, and nothing is written', async () => {
    const before = await count()
    const error = await rejectionOf(
      payload.create({
        collection: 'articles',
        data: { region: elsewhere.id, slug: `elsewhere-${unique()}`, title: 'Бөтен өңір' },
        draft: true,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'region: you can only file content in your own region(s).')
    expect(await count()).toBe(before)
  })

  it('an article in their own region is accepted', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { region: home.id, slug: `home-${unique()}`, title: 'Өз өңірім' },
      draft: true,
      overrideAccess: false,
      user: journalist,
    })
    expect(idOf(doc.region)).toBe(home.id)
  })

  it('moving their article to another region is refused too', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { region: home.id, slug: `move-${unique()}`, title: 'Көшпелі мақала' },
      draft: true,
      overrideAccess: false,
      user: journalist,
    })
    const error = await rejectionOf(
      payload.update({
        collection: 'articles',
        data: { region: elsewhere.id },
        id: doc.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'region: you can only file content in your own region(s).')
    expect(
      idOf(
        (await payload.findByID({ collection: 'articles', depth: 0, id: doc.id, draft: true }))
          .region,
      ),
    ).toBe(home.id)
  })

  it('over REST the refusal is a 403 with the same message', async () => {
    const token = await loginToken(payload, journalist.email)
    const { body, status } = await rest('POST', '/api/articles', {
      json: { region: elsewhere.id, slug: `rest-elsewhere-${unique()}`, title: 'Бөтен өңір' },
      token,
    })
    expect(status).toBe(403)
    expect(body.code).toBe('FORBIDDEN')
    expect(body.errors).toEqual([
      { code: 'FORBIDDEN', message: 'region: you can only file content in your own region(s).' },
    ])
  })

  it('a national editor may file in any region', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { region: elsewhere.id, slug: `national-${unique()}`, title: 'Республикалық' },
      overrideAccess: false,
      user: editor,
    })
    expect(idOf(doc.region)).toBe(elsewhere.id)
  })
})

describe('createdBy is set by the server', () => {
  it('ignores a createdBy and updatedBy sent by the client (Local API)', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        createdBy: editor.id,
        region: home.id,
        slug: `forged-${unique()}`,
        title: 'Жалған автор',
        updatedBy: editor.id,
      },
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: journalist,
    })
    expect(doc.createdBy).toBe(journalist.id)
    expect(doc.updatedBy).toBe(journalist.id)
  })

  it('ignores a createdBy sent over REST', async () => {
    const token = await loginToken(payload, journalist.email)
    const { body, status } = await rest('POST', '/api/articles?draft=true&depth=0', {
      json: {
        createdBy: editor.id,
        region: home.id,
        slug: `forged-rest-${unique()}`,
        title: 'Жалған автор',
      },
      token,
    })
    expect(status).toBe(201)
    expect(body.doc.createdBy).toBe(journalist.id)
  })

  it('keeps the author when an editor edits, and records the editor as updatedBy', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { region: home.id, slug: `edited-${unique()}`, title: 'Түзетілетін' },
      draft: true,
      overrideAccess: false,
      user: journalist,
    })
    const edited = await payload.update({
      collection: 'articles',
      data: { createdBy: editor.id, title: 'Түзетілді' },
      depth: 0,
      id: doc.id,
      overrideAccess: false,
      user: editor,
    })
    expect(edited.createdBy).toBe(journalist.id)
    expect(edited.updatedBy).toBe(editor.id)
  })

  it('a journalist can edit their own article but not a colleague’s', async () => {
    const colleague = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
    const theirs = await payload.create({
      collection: 'articles',
      data: { region: home.id, slug: `theirs-${unique()}`, title: 'Әріптестің мақаласы' },
      draft: true,
      overrideAccess: false,
      user: colleague,
    })
    const error = await rejectionOf(
      payload.update({
        collection: 'articles',
        data: { title: 'Ұрланған' },
        id: theirs.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    // Refused by the workflow's edit rules, with a code (plugins/workflow/src/editRules.ts).
    expectApiError(error, 403, /^You may not edit this item/)
    expect(error.data).toEqual({ code: 'FORBIDDEN_ACTION' })
    const own = await payload.update({
      collection: 'articles',
      data: { title: 'Өзгертілді' },
      id: theirs.id,
      overrideAccess: false,
      user: colleague,
    })
    expect(own.title).toBe('Өзгертілді')
  })
})
