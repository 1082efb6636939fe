import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { act, createDesk, createItemInState, type Desk, eventsFor, walk } from './helpers'

let payload: Payload
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
})

afterEach(() => {
  vi.useRealTimers()
})

afterAll(async () => {
  await payload.destroy()
})

const HOUR = 3_600_000

type JobDoc = {
  completedAt?: null | string
  id: number | string
  input: { docId?: string }
  queue?: string
  waitUntil?: null | string
}

/** The scheduled-publication jobs queued for one item. */
const jobsFor = async (id: number): Promise<JobDoc[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    pagination: false,
    where: { taskSlug: { equals: 'publishScheduled' } },
  })
  return (docs as unknown as JobDoc[]).filter((job) => job.input?.docId === String(id))
}

/**
 * Runs the given jobs as the queue's runner would at `when`, without waiting: only `Date` is faked, so the
 * database driver's timers keep working. Other spec files' jobs are left alone (where: id in ...).
 */
const runJobsAt = async (when: Date, jobs: JobDoc[]) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(when)
  try {
    await payload.jobs.run({ silent: true, where: { id: { in: jobs.map((job) => job.id) } } })
  } finally {
    vi.useRealTimers()
  }
}

const latestOf = (id: number) =>
  payload.findByID({ collection: 'articles', depth: 0, draft: true, id })

const scheduleApprovedArticle = async (publishAt: Date) => {
  const item = await createItemInState(payload, desk, 'articles', 'approved')
  const res = await act('articles', item.id, desk.tokens.editor, {
    action: 'schedule',
    publishAt: publishAt.toISOString(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return item
}

describe('scheduled publication', () => {
  it('schedule queues one job due at publishAt on the queue the runner serves; running jobs before then publishes nothing', async () => {
    const publishAt = new Date(Date.now() + HOUR)
    const item = await scheduleApprovedArticle(publishAt)
    expect(await latestOf(item.id)).toMatchObject({
      scheduledFor: publishAt.toISOString(),
      workflowStatus: 'scheduled',
    })

    const jobs = await jobsFor(item.id)
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ queue: 'default' })
    expect(new Date(jobs[0].waitUntil!).toISOString()).toBe(publishAt.toISOString())

    await runJobsAt(new Date(publishAt.getTime() - 60_000), jobs)
    expect(await latestOf(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'scheduled' })
    expect((await eventsFor(payload, 'articles', item.id)).map((event) => event.action)).toEqual([
      'schedule',
    ])
    expect((await rest('GET', `/api/articles/${item.id}`)).status).toBe(404)
    expect((await jobsFor(item.id))[0].completedAt ?? null).toBeNull()
  })

  it('once publishAt has passed, the job publishes the item as the editor who scheduled it', async () => {
    const publishAt = new Date(Date.now() + HOUR)
    const item = await scheduleApprovedArticle(publishAt)
    const jobs = await jobsFor(item.id)

    await runJobsAt(new Date(publishAt.getTime() + 60_000), jobs)

    expect(await latestOf(item.id)).toMatchObject({
      _status: 'published',
      scheduledFor: null,
      workflowStatus: 'published',
    })
    const events = await eventsFor(payload, 'articles', item.id)
    expect(events.map((event) => [event.action, event.from, event.to])).toEqual([
      ['schedule', 'approved', 'scheduled'],
      ['publish', 'scheduled', 'published'],
    ])
    expect(events[1].actor).toBe(desk.people.editor.id)
    const anonymous = await rest('GET', `/api/articles/${item.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body._status).toBe('published')

    // The job is done: running the queue again later publishes nothing a second time.
    await runJobsAt(new Date(publishAt.getTime() + 2 * HOUR), jobs)
    expect(
      (await eventsFor(payload, 'articles', item.id)).filter((event) => event.action === 'publish'),
    ).toHaveLength(1)
  })

  it('an item unscheduled before its time is not published by its job', async () => {
    const publishAt = new Date(Date.now() + HOUR)
    const item = await scheduleApprovedArticle(publishAt)
    const jobs = await jobsFor(item.id)
    await walk('articles', item.id, [[desk.tokens.editor, { action: 'unschedule' }]])

    await runJobsAt(new Date(publishAt.getTime() + 60_000), jobs)

    expect(await latestOf(item.id)).toMatchObject({
      _status: 'draft',
      scheduledFor: null,
      workflowStatus: 'approved',
    })
    expect((await eventsFor(payload, 'articles', item.id)).map((event) => event.action)).toEqual([
      'schedule',
      'unschedule',
    ])
    expect((await rest('GET', `/api/articles/${item.id}`)).status).toBe(404)
  })

  it('an item unscheduled and reopened before its time is not published by its job', async () => {
    const publishAt = new Date(Date.now() + HOUR)
    const item = await scheduleApprovedArticle(publishAt)
    const jobs = await jobsFor(item.id)
    await walk('articles', item.id, [
      [desk.tokens.editor, { action: 'unschedule' }],
      [desk.tokens.editor, { action: 'reopen' }],
    ])

    await runJobsAt(new Date(publishAt.getTime() + 60_000), jobs)

    expect(await latestOf(item.id)).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect((await eventsFor(payload, 'articles', item.id)).map((event) => event.action)).toEqual([
      'schedule',
      'unschedule',
      'reopen',
    ])
  })

  it('a rescheduled item is published by its new job at the new time, never by the old one', async () => {
    const first = new Date(Date.now() + HOUR)
    const second = new Date(Date.now() + 3 * HOUR)
    const item = await scheduleApprovedArticle(first)
    await walk('articles', item.id, [
      [desk.tokens.editor, { action: 'unschedule' }],
      [desk.tokens.chief, { action: 'schedule', publishAt: second.toISOString() }],
    ])
    const jobs = await jobsFor(item.id)
    expect(jobs.map((job) => new Date(job.waitUntil!).toISOString()).sort()).toEqual([
      first.toISOString(),
      second.toISOString(),
    ])

    // The first job's time comes: the item is still scheduled, but for later; it stays unpublished.
    await runJobsAt(new Date(first.getTime() + 60_000), jobs)
    expect(await latestOf(item.id)).toMatchObject({
      _status: 'draft',
      scheduledFor: second.toISOString(),
      workflowStatus: 'scheduled',
    })

    await runJobsAt(new Date(second.getTime() + 60_000), jobs)
    expect(await latestOf(item.id)).toMatchObject({
      _status: 'published',
      workflowStatus: 'published',
    })
    const events = await eventsFor(payload, 'articles', item.id)
    expect(events.map((event) => event.action)).toEqual([
      'schedule',
      'unschedule',
      'schedule',
      'publish',
    ])
    expect(events[3].actor).toBe(desk.people.chief.id)
  })
})
