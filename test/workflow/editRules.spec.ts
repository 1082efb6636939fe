import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repairWorkflowCounters } from '../../plugins/workflow/src/repair'
import { rejectionOf } from '../helpers/errors'
import { bootPayload } from '../helpers/payload'
import { rest, type RestResult } from '../helpers/rest'
import {
  act,
  createDesk,
  type Desk,
  eventsFor,
  graphql,
  itemThroughWorkflow,
  versionsOf,
} from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const latestOf = (id: number) =>
  payload.findByID({ collection: 'articles', depth: 0, draft: true, id })

/** Everything a refused edit must leave as it was: the latest version, the live row, the versions, the audit trail. */
const snapshot = async (id: number) => {
  const latest = await latestOf(id)
  const live = await payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection: 'articles',
    where: { id: { equals: id } },
  })
  return {
    latest: {
      excerpt: latest.excerpt,
      tags: latest.tags,
      title: latest.title,
      updatedAt: latest.updatedAt,
      workflowRevision: latest.workflowRevision,
      workflowStatus: latest.workflowStatus,
    },
    live: { _status: live?._status, title: live?.title, updatedAt: live?.updatedAt },
    versions: (await versionsOf(payload, 'articles', id)).length,
    events: (await eventsFor(payload, 'articles', id)).length,
  }
}

/** The state machine, the revision counter and the audit trail agree. */
const expectConsistent = async (id: number) => {
  const latest = await latestOf(id)
  const events = await eventsFor(payload, 'articles', id)
  expect(latest.workflowRevision ?? 0, 'workflowRevision == number of events').toBe(events.length)
  if (events.length)
    expect(latest.workflowStatus, 'state == the last event').toBe(events.at(-1)!.to)
}

/** A refusal's code, from Payload's REST error shape (`errors[0].data.code`) or the workflow endpoint's (`code`). */
const codeOf = (res: RestResult) => res.body?.errors?.[0]?.data?.code ?? res.body?.code

const expectRefused = (res: RestResult, code: string, what: string) => {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(403)
  expect(codeOf(res), `${what}: ${JSON.stringify(res.body)}`).toBe(code)
}

describe('an author cannot edit an item that is no longer theirs to change (finding 2)', () => {
  it('the reported sequence: the editor fix stays, the author PATCH is refused with a code, the workflow goes on', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    const fix = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { excerpt: 'Редактор түзеткен анонс' },
      token: desk.tokens.editor,
    })
    expect(fix.status, JSON.stringify(fix.body)).toBe(200)
    const before = await snapshot(item.id)

    const sneaky = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { tags: ['x'] },
      token: desk.tokens.author,
    })
    expectRefused(sneaky, 'NOT_EDITABLE_IN_STATE', 'the author PATCH in review')
    expect(sneaky.body.errors[0].message).toMatch(/^in_review: /)
    expect(await snapshot(item.id)).toEqual(before)
    expect(await latestOf(item.id)).toMatchObject({
      excerpt: 'Редактор түзеткен анонс',
      workflowRevision: 1,
      workflowStatus: 'in_review',
    })

    const approve = await act('articles', item.id, desk.tokens.editor, { action: 'approve' })
    expect(approve.status, JSON.stringify(approve.body)).toBe(200)
    await expectConsistent(item.id)
  })

  describe.each(['in_review', 'approved', 'scheduled', 'published', 'archived'])(
    'an own item that went to %s through the workflow',
    (state) => {
      let item: { id: number; title: string }
      let firstVersion: string
      let before: Awaited<ReturnType<typeof snapshot>>

      beforeAll(async () => {
        item = await itemThroughWorkflow(desk, state)
        firstVersion = String((await versionsOf(payload, 'articles', item.id))[0].id)
        before = await snapshot(item.id)
      })

      it('REST PATCH (JSON, and multipart as the admin sends it) is refused with 403 NOT_EDITABLE_IN_STATE', async () => {
        expectRefused(
          await rest('PATCH', `/api/articles/${item.id}`, {
            json: { tags: ['x'] },
            token: desk.tokens.author,
          }),
          'NOT_EDITABLE_IN_STATE',
          'PATCH',
        )
        const form = new FormData()
        form.append('_payload', JSON.stringify({ title: 'Әкімшіліктен', workflowStatus: state }))
        const admin = await rest(
          'PATCH',
          `/api/articles/${item.id}?depth=0&draft=true&fallback-locale=null&locale=kk`,
          { form, token: desk.tokens.author },
        )
        expectRefused(admin, 'NOT_EDITABLE_IN_STATE', 'the admin save')
        expect(await snapshot(item.id)).toEqual(before)
      })

      it('a bulk PATCH with where is refused as a whole with 403 NOT_EDITABLE_IN_STATE', async () => {
        const res = await rest('PATCH', `/api/articles?where[id][equals]=${item.id}`, {
          json: { tags: ['x'] },
          token: desk.tokens.author,
        })
        expectRefused(res, 'NOT_EDITABLE_IN_STATE', 'bulk PATCH')
        expect(await snapshot(item.id)).toEqual(before)
      })

      it('GraphQL updateArticle is refused with 403 NOT_EDITABLE_IN_STATE', async () => {
        const res = await graphql(
          `mutation { updateArticle(id: ${item.id}, data: { tags: ["x"] }) { id } }`,
          desk.tokens.author,
        )
        expect(res.body.errors?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({
          data: { code: 'NOT_EDITABLE_IN_STATE' },
          statusCode: 403,
        })
        expect(await snapshot(item.id)).toEqual(before)
      })

      it('the Local API with overrideAccess: false is refused with 403 NOT_EDITABLE_IN_STATE', async () => {
        const error = await rejectionOf(
          payload.update({
            collection: 'articles',
            data: { tags: ['x'] },
            id: item.id,
            overrideAccess: false,
            user: desk.people.author,
          }),
        )
        expect(error.status, String(error?.stack ?? error)).toBe(403)
        expect(error.data).toEqual({ code: 'NOT_EDITABLE_IN_STATE' })
        expect(await snapshot(item.id)).toEqual(before)
      })

      it('restoring an own older version (REST as the admin sends it, and GraphQL) is refused with 403 NOT_EDITABLE_IN_STATE', async () => {
        expectRefused(
          await rest('POST', `/api/articles/versions/${firstVersion}?draft=false`, {
            token: desk.tokens.author,
          }),
          'NOT_EDITABLE_IN_STATE',
          'restore',
        )
        const res = await graphql(
          `mutation { restoreVersionArticle(id: ${firstVersion}) { id } }`,
          desk.tokens.author,
        )
        expect(res.body.errors?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({
          data: { code: 'NOT_EDITABLE_IN_STATE' },
          statusCode: 403,
        })
        expect(await snapshot(item.id)).toEqual(before)
      })

      it('the workflow still works afterwards', async () => {
        await expectConsistent(item.id)
        const next = {
          in_review: 'approve',
          approved: 'publish',
          scheduled: 'unschedule',
          published: 'unpublish',
          archived: 'reopen',
        }[state]!
        const res = await act('articles', item.id, desk.tokens.editor, { action: next })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        await expectConsistent(item.id)
      })
    },
  )

  it('people who may not edit at all are refused with a code that says why, on PATCH and restore', async () => {
    const item = await itemThroughWorkflow(desk, 'draft')
    const version = String((await versionsOf(payload, 'articles', item.id))[0].id)
    const before = await snapshot(item.id)
    for (const [who, code] of [
      ['journalist', 'FORBIDDEN_ACTION'],
      ['ethics', 'FORBIDDEN_ACTION'],
      ['editorElsewhere', 'FORBIDDEN_REGION'],
    ] as const) {
      expectRefused(
        await rest('PATCH', `/api/articles/${item.id}`, {
          json: { title: 'Бөгде' },
          token: desk.tokens[who],
        }),
        code,
        `${who} PATCH`,
      )
      expectRefused(
        await rest('POST', `/api/articles/versions/${version}`, { token: desk.tokens[who] }),
        code,
        `${who} restore`,
      )
    }
    expect(await snapshot(item.id)).toEqual(before)
  })

  it('the author still edits in draft and in changes_requested, also after the item was once published', async () => {
    const item = await itemThroughWorkflow(desk, 'published')
    await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Жаңа түзету' },
      token: desk.tokens.editor,
    })
    await act('articles', item.id, desk.tokens.editor, { action: 'submit' })
    await act('articles', item.id, desk.tokens.editor, {
      action: 'request_changes',
      comment: 'Авторға қайтарылды.',
    })
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Автор түзетті' },
      token: desk.tokens.author,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      title: 'Автор түзетті',
      workflowStatus: 'changes_requested',
    })
    await expectConsistent(item.id)
  })
})

describe('the workflow fields change only through the workflow', () => {
  it('an edit cannot reset the revision or set a schedule: they are kept, the edit is saved', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: {
        scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
        title: 'Редактор өңдеді',
        workflowRevision: 0,
      },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      scheduledFor: null,
      title: 'Редактор өңдеді',
      workflowRevision: 1,
      workflowStatus: 'in_review',
    })
    await expectConsistent(item.id)
  })

  it('editing a published item starts a revision that the audit trail records (reopen: published → draft)', async () => {
    const item = await itemThroughWorkflow(desk, 'published')
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Түзетілген нұсқа' },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const events = await eventsFor(payload, 'articles', item.id)
    expect(events.at(-1)).toMatchObject({
      action: 'reopen',
      actor: desk.people.editor.id,
      from: 'published',
      to: 'draft',
    })
    expect(await latestOf(item.id)).toMatchObject({
      _status: 'draft',
      title: 'Түзетілген нұсқа',
      workflowRevision: 4,
      workflowStatus: 'draft',
    })
    expect((await rest('GET', `/api/articles/${item.id}?depth=0`)).body.title).toBe(item.title)
    // A second edit of the revision is an ordinary edit.
    await rest('PATCH', `/api/articles/${item.id}`, {
      json: { excerpt: 'Тағы бір түзету' },
      token: desk.tokens.editor,
    })
    expect(await eventsFor(payload, 'articles', item.id)).toHaveLength(4)
    await expectConsistent(item.id)
  })

  it('a duplicate is a new draft with its own history, whatever state the original is in', async () => {
    const item = await itemThroughWorkflow(desk, 'scheduled')
    const before = await snapshot(item.id)
    const res = await rest('POST', `/api/articles/${item.id}/duplicate?depth=0`, {
      json: {},
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const copy = await latestOf(res.body.doc.id)
    expect(copy).toMatchObject({
      assignee: null,
      scheduledFor: null,
      workflowRevision: 0,
      workflowStatus: 'draft',
    })
    expect(await eventsFor(payload, 'articles', copy.id)).toHaveLength(0)
    expect(await snapshot(item.id)).toEqual(before)
    expect((await act('articles', copy.id, desk.tokens.editor, { action: 'submit' })).status).toBe(
      200,
    )
    await expectConsistent(copy.id)
  })

  it('reopen is also an action of its own on a published item: the live version stays', async () => {
    const item = await itemThroughWorkflow(desk, 'published')
    const res = await act('articles', item.id, desk.tokens.editor, { action: 'reopen' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.event).toMatchObject({ action: 'reopen', from: 'published', to: 'draft' })
    expect((await rest('GET', `/api/articles/${item.id}?depth=0`)).body.title).toBe(item.title)
    await expectConsistent(item.id)
  })
})

describe('an item already broken by the old bug heals itself', () => {
  /** What the old bug left: a newer draft version carrying an old state and revision 0, behind the recorded events. */
  const breakLikeTheOldBug = async (id: number) => {
    await payload.update({
      collection: 'articles',
      data: { tags: ['x'], workflowRevision: 0, workflowStatus: 'draft' },
      draft: true,
      id,
    })
    expect(await latestOf(id)).toMatchObject({ workflowRevision: 0, workflowStatus: 'draft' })
  }

  it('its workflow view, its edit rules and its next transition follow the recorded events, and the counter is repaired', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    await breakLikeTheOldBug(item.id)

    const view = await rest('GET', `/api/articles/${item.id}/workflow`, {
      token: desk.tokens.editor,
    })
    expect(view.body).toMatchObject({ state: 'in_review' })
    expect(view.body.actions).toEqual(expect.arrayContaining(['approve', 'request_changes']))

    const res = await act('articles', item.id, desk.tokens.editor, { action: 'approve' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      workflowRevision: 2,
      workflowStatus: 'approved',
    })
    await expectConsistent(item.id)
  })

  it('an edit by an editor also writes the repaired state and counter', async () => {
    const item = await itemThroughWorkflow(desk, 'approved')
    await breakLikeTheOldBug(item.id)
    const res = await rest('PATCH', `/api/articles/${item.id}`, {
      json: { title: 'Жөнделді' },
      token: desk.tokens.editor,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await latestOf(item.id)).toMatchObject({
      title: 'Жөнделді',
      workflowRevision: 2,
      workflowStatus: 'approved',
    })
    await expectConsistent(item.id)
  })

  it('the migration writes the recorded state and revision back onto every broken item, and then finds nothing to do', async () => {
    const inReview = await itemThroughWorkflow(desk, 'in_review')
    const approved = await itemThroughWorkflow(desk, 'approved')
    const healthy = await itemThroughWorkflow(desk, 'in_review')
    await breakLikeTheOldBug(inReview.id)
    await breakLikeTheOldBug(approved.id)
    const healthyBefore = await snapshot(healthy.id)
    // A record whose key names no collection of the config (before: the migration failed with "The collection
    // with slug gone can't be found", as rows of other specs' fixtures made it fail on a shared database).
    await payload.create({
      collection: 'workflow-events',
      data: {
        action: 'submit',
        actor: desk.people.author.id,
        docId: '999999999',
        docOwner: desk.people.author.id,
        eventKey: `gone:999999999:${Date.now()}:9`,
        from: 'draft',
        region: desk.region.id,
        targetCollection: 'articles',
        to: 'in_review',
      },
    })

    expect(await repairWorkflowCounters(payload)).toBeGreaterThanOrEqual(2)
    expect(await latestOf(inReview.id)).toMatchObject({
      _status: 'draft',
      tags: ['x'],
      workflowRevision: 1,
      workflowStatus: 'in_review',
    })
    expect(await latestOf(approved.id)).toMatchObject({
      _status: 'draft',
      workflowRevision: 2,
      workflowStatus: 'approved',
    })
    expect(await snapshot(healthy.id)).toEqual(healthyBefore)
    expect(await repairWorkflowCounters(payload)).toBe(0)

    // Lists and access read the stored fields: now right too.
    const inReviewList = await rest(
      'GET',
      `/api/articles?depth=0&draft=true&where[workflowStatus][equals]=in_review&where[id][equals]=${inReview.id}`,
      { token: desk.tokens.editor },
    )
    expect(inReviewList.body.docs).toHaveLength(1)
    expectRefused(
      await rest('PATCH', `/api/articles/${inReview.id}`, {
        json: { title: 'x' },
        token: desk.tokens.author,
      }),
      'NOT_EDITABLE_IN_STATE',
      'author',
    )
    await expectConsistent(inReview.id)
    await expectConsistent(approved.id)
  })
})
