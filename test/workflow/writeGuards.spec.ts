import type { Payload } from 'payload'

import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejectionOf } from '../helpers/errors'
import { unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest, type RestResult } from '../helpers/rest'
import { createDesk, createItemInState, type Desk, eventsFor, graphql } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

/** What a refused write must leave untouched: the latest version, the live version, the audit trail. */
const snapshot = async (id: number) => {
  const latest = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
  const live = await payload.findByID({ collection: 'articles', depth: 0, draft: false, id })
  const versions = await payload.countVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
  })
  return {
    latest: {
      _status: latest._status,
      title: latest.title,
      updatedAt: latest.updatedAt,
      workflowStatus: latest.workflowStatus,
    },
    live: { _status: live._status, title: live.title },
    versions: versions.totalDocs,
    events: (await eventsFor(payload, 'articles', id)).length,
  }
}

/** Payload's REST shape for an APIError thrown from a hook: `{ errors: [{ name, data, message }] }`. */
const expectRestRefusal = (res: RestResult, code: string, field: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(403)
  expect(res.body.errors).toHaveLength(1)
  expect(res.body.errors[0].data?.code).toBe(code)
  expect(res.body.errors[0].message).toMatch(new RegExp(`^${field}: `))
}

describe('the workflow state cannot be changed outside the workflow, through REST', () => {
  it('refuses a journalist who PATCHes _status: published on their own draft, and nothing changes', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const before = await snapshot(item.id)
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { _status: 'published', title: 'Sneaky' },
      token: desk.tokens.author,
    })
    expectRestRefusal(res, 'PUBLISH_THROUGH_WORKFLOW', '_status')
    expect(await snapshot(item.id)).toEqual(before)
    expect((await rest('GET', `/api/articles/${item.id}`)).status).toBe(404)
  })

  it('refuses a journalist who PATCHes workflowStatus, and nothing changes', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const before = await snapshot(item.id)
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Sneaky', workflowStatus: 'approved' },
      token: desk.tokens.author,
    })
    expectRestRefusal(res, 'WORKFLOW_STATE_READ_ONLY', 'workflowStatus')
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('refuses even the region editor: an approved item is published only by the workflow action', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    const before = await snapshot(item.id)
    for (const query of ['', '?draft=true', '?draft=false']) {
      const res = await rest('PATCH', `/api/articles/${item.id}${query}`, {
        json: { _status: 'published' },
        token: desk.tokens.editor,
      })
      expectRestRefusal(res, 'PUBLISH_THROUGH_WORKFLOW', '_status')
    }
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { workflowStatus: 'published' },
      token: desk.tokens.chief,
    })
    expectRestRefusal(res, 'WORKFLOW_STATE_READ_ONLY', 'workflowStatus')
    expect(await snapshot(item.id)).toEqual(before)
    expect((await rest('GET', `/api/articles/${item.id}`)).status).toBe(404)
  })

  it('refuses a bulk PATCH (update by where) that would publish', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'approved')
    const before = await snapshot(item.id)
    const res = await rest('PATCH', `/api/articles?where[id][equals]=${item.id}`, {
      json: { _status: 'published' },
      token: desk.tokens.chief,
    })
    expectRestRefusal(res, 'PUBLISH_THROUGH_WORKFLOW', '_status')
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('refuses creating an item that is already published or already approved', async () => {
    for (const [data, code, field] of [
      [{ _status: 'published' }, 'PUBLISH_THROUGH_WORKFLOW', '_status'],
      [{ workflowStatus: 'approved' }, 'WORKFLOW_STATE_READ_ONLY', 'workflowStatus'],
    ] as const) {
      const slug = `guarded-${unique()}`
      const res = await rest('POST', '/api/articles', {
        json: { region: desk.region.id, slug, title: 'Бірден жарияланған', ...data },
        token: desk.tokens.author,
      })
      expectRestRefusal(res, code, field)
      expect(
        (await payload.count({ collection: 'articles', where: { slug: { equals: slug } } }))
          .totalDocs,
      ).toBe(0)
    }
  })

  it('accepts the unchanged workflowStatus that the admin form sends back with every save', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Түзетілген', workflowStatus: 'draft' },
      token: desk.tokens.author,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await snapshot(item.id)
    expect(after.latest).toMatchObject({
      _status: 'draft',
      title: 'Түзетілген',
      workflowStatus: 'draft',
    })
    expect(after.events).toBe(0)
  })
})

describe('the workflow state cannot be changed outside the workflow, through GraphQL', () => {
  /** GraphQL answers 200 with `errors`; the refusal's status and code travel in `extensions`. */
  const expectGraphqlRefusal = (
    res: RestResult,
    operation: string,
    code: string,
    field: string,
  ) => {
    expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1)
    const [error] = res.body.errors
    expect(error.path).toEqual([operation])
    expect(error.extensions).toMatchObject({ data: { code }, statusCode: 403 })
    expect(error.message).toMatch(new RegExp(`^${field}: `))
    expect(res.body.data?.[operation] ?? null).toBeNull()
  }

  it('refuses updateArticle with workflowStatus: approved, and nothing changes', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const before = await snapshot(item.id)
    const res = await graphql(
      `mutation { updateArticle(id: ${item.id}, data: { workflowStatus: approved }) { id workflowStatus } }`,
      desk.tokens.editor,
    )
    expectGraphqlRefusal(res, 'updateArticle', 'WORKFLOW_STATE_READ_ONLY', 'workflowStatus')
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('refuses updateArticle with _status: published, with or without draft: true', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const before = await snapshot(item.id)
    for (const args of ['', ', draft: true']) {
      const res = await graphql(
        `mutation { updateArticle(id: ${item.id}${args}, data: { _status: published, title: "Sneaky" }) { id _status } }`,
        desk.tokens.author,
      )
      expectGraphqlRefusal(res, 'updateArticle', 'PUBLISH_THROUGH_WORKFLOW', '_status')
    }
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('refuses createArticle with _status: published', async () => {
    const slug = `graphql-${unique()}`
    const res = await graphql(
      `mutation { createArticle(data: { title: "Sneaky", slug: "${slug}", region: ${desk.region.id}, _status: published }) { id } }`,
      desk.tokens.author,
    )
    expectGraphqlRefusal(res, 'createArticle', 'PUBLISH_THROUGH_WORKFLOW', '_status')
    expect(
      (await payload.count({ collection: 'articles', where: { slug: { equals: slug } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('still lets the author save content through GraphQL (the refusals above are about the state only)', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const res = await graphql(
      `mutation { updateArticle(id: ${item.id}, data: { title: "GraphQL арқылы" }) { id title _status } }`,
      desk.tokens.author,
    )
    expect(res.body.errors, JSON.stringify(res.body)).toBeUndefined()
    expect(res.body.data.updateArticle).toMatchObject({ _status: 'draft', title: 'GraphQL арқылы' })
  })
})

describe('the workflow state cannot be changed outside the workflow, through the Local API with enforced access', () => {
  it('refuses workflowStatus and _status from a user, and nothing changes', async () => {
    // The author may still edit a draft, so their refusal comes from the workflow guard, not from update access.
    const draft = await createItemInState(payload, desk, 'articles', 'draft')
    const approved = await createItemInState(payload, desk, 'articles', 'approved')
    const before = [await snapshot(draft.id), await snapshot(approved.id)]
    const cases = [
      [
        draft,
        desk.people.author,
        { workflowStatus: 'in_review' },
        'WORKFLOW_STATE_READ_ONLY',
        'workflowStatus',
      ],
      [draft, desk.people.author, { _status: 'published' }, 'PUBLISH_THROUGH_WORKFLOW', '_status'],
      [
        approved,
        desk.people.editor,
        { workflowStatus: 'published' },
        'WORKFLOW_STATE_READ_ONLY',
        'workflowStatus',
      ],
      [
        approved,
        desk.people.editor,
        { _status: 'published' },
        'PUBLISH_THROUGH_WORKFLOW',
        '_status',
      ],
      [
        approved,
        desk.people.admin,
        { _status: 'published' },
        'PUBLISH_THROUGH_WORKFLOW',
        '_status',
      ],
    ] as const
    for (const [item, user, data, code, field] of cases) {
      const error = await rejectionOf(
        payload.update({
          collection: 'articles',
          data: data as never,
          id: item.id,
          overrideAccess: false,
          user,
        }),
      )
      expect(error, String(error?.stack ?? error)).toBeInstanceOf(APIError)
      expect(error.status).toBe(403)
      expect(error.data).toEqual({ code })
      expect(error.message).toMatch(new RegExp(`^${field}: `))
    }
    expect([await snapshot(draft.id), await snapshot(approved.id)]).toEqual(before)
  })

  it('refuses creating a published item for a user', async () => {
    const slug = `local-${unique()}`
    const error = await rejectionOf(
      payload.create({
        collection: 'articles',
        data: { _status: 'published', region: desk.region.id, slug, title: 'Sneaky' },
        overrideAccess: false,
        user: desk.people.chief,
      }),
    )
    expect(error.status).toBe(403)
    expect(error.data).toEqual({ code: 'PUBLISH_THROUGH_WORKFLOW' })
    expect(
      (await payload.count({ collection: 'articles', where: { slug: { equals: slug } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('who may edit an item, and in which state', () => {
  const latestOf = (id: number) =>
    payload.findByID({ collection: 'articles', depth: 0, draft: true, id })

  it('a journalist edits their own draft, and their own item returned with changes requested', async () => {
    for (const state of ['draft', 'changes_requested']) {
      const item = await createItemInState(payload, desk, 'articles', state)
      const title = `Өз мақалам ${unique()}`
      const res = await rest('PATCH', `/api/articles/${item.id}`, {
        json: { title },
        token: desk.tokens.author,
      })
      expect(res.status, `${state}: ${JSON.stringify(res.body)}`).toBe(200)
      expect(await latestOf(item.id)).toMatchObject({ title, workflowStatus: state })
    }
  })

  it('a journalist cannot edit their item once it is in review (or beyond)', async () => {
    for (const state of ['in_review', 'approved', 'scheduled']) {
      const item = await createItemInState(payload, desk, 'articles', state)
      const before = await snapshot(item.id)
      const res = await rest('PATCH', `/api/articles/${item.id}`, {
        json: { title: 'Кеш қалған түзету' },
        token: desk.tokens.author,
      })
      expect([403, 404], `${state}: ${res.status} ${JSON.stringify(res.body)}`).toContain(
        res.status,
      )
      expect(await snapshot(item.id)).toEqual(before)
    }
  })

  it("a journalist cannot edit a colleague's draft", async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const before = await snapshot(item.id)
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Әріптестің түзетуі' },
      token: desk.tokens.journalist,
    })
    expect([403, 404], JSON.stringify(res.body)).toContain(res.status)
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('an ethics reviewer reads drafts but cannot edit them', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const before = await snapshot(item.id)
    const read = await rest('GET', `/api/articles/${item.id}?draft=true&depth=0`, {
      token: desk.tokens.ethics,
    })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ title: before.latest.title, workflowStatus: 'in_review' })
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Этика түзетуі' },
      token: desk.tokens.ethics,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(403)
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('createdBy and updatedBy are set by the server, whatever the client sends', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const res = await rest('PATCH', `/api/articles/${item.id}?depth=0`, {
      json: {
        createdBy: desk.people.journalist.id,
        title: 'Авторлықты ауыстыру',
        updatedBy: desk.people.journalist.id,
      },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      createdBy: desk.people.author.id,
      title: 'Авторлықты ауыстыру',
      updatedBy: desk.people.editor.id,
    })

    const created = await rest('POST', '/api/articles?depth=0', {
      json: {
        createdBy: desk.people.editor.id,
        region: desk.region.id,
        title: 'Жаңа мақала',
        updatedBy: desk.people.editor.id,
      },
      token: desk.tokens.journalist,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc).toMatchObject({
      createdBy: desk.people.journalist.id,
      updatedBy: desk.people.journalist.id,
    })
  })
})
