import type { Payload } from 'payload'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import fs from 'fs'
import path from 'path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Region } from '../../src/payload-types'
import { unique, uploadFile } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, type Desk } from '../workflow/helpers'

/**
 * The reports' ethics section on a known dataset, through the real flagging hooks and the real review endpoint,
 * each step at a chosen instant (only `Date` is faked). The window is March–April 2019 in Kazakhstan time, which
 * was UTC+6 then: 1 March 00:00 is 28 February 18:00 UTC, 1 May 00:00 is 30 April 18:00 UTC.
 *
 * Region A: A1 disclosure (queued 4 Mar, cleared after 6 h, published in March); A2 Russian chatbot text (queued
 * 11 Mar, rejected after 24 h); A3 disclosure + AI image (queued 1 Apr, cleared after 2 h, published in April);
 * A4 disclosure (queued 20 Apr, still waiting); A5 published in March without AI. X (queued 27 Feb, rejected a
 * second before the window) and Z (queued at the first instant after it) do not count.
 * Region B: B1 AI image (queued 5 Mar, cleared after 4 h, published in March); B2 Russian chatbot text (queued
 * 31 Mar 18:30 UTC, already 1 April in Kazakhstan; rejected after 33.5 h); B3 disclosure (queued 10 Apr, cleared
 * after 1.5 h, published in April); B4 (March) and B5 (April) published without AI; Y disclosure queued 25 Feb
 * (before the window), cleared at the window's first instant after 86 h: its decision counts, its flagging not.
 */
const FROM = '2019-03-01'
const TO = '2019-04-30'

const RU_BOILERPLATE =
  'Как языковая модель ИИ, я не могу давать оценки действиям акимата, но могу привести факты.'

let payload: Payload
let desk: Desk
let regionA: Region
let regionB: Region
let aiImageId: number

const richText = (text: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** Runs `step` while the clock reads `instant` (only Date is faked: timers and I/O run as usual). */
const at = async <T>(instant: string, step: () => Promise<T>): Promise<T> => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(instant))
  try {
    return await step()
  } finally {
    vi.useRealTimers()
  }
}

type Signals = { disclosure?: 'assisted' | 'generated'; image?: boolean; text?: boolean }

/**
 * A draft article flagged at `instant` by the given signals, through the plugin's hooks. The Russian text is added by
 * a second save at `instant`, the draft having been created a second before (two versions saved at the same frozen
 * instant could not be told apart).
 */
const flaggedArticle = async (instant: string, region: Region, signals: Signals) => {
  const created = signals.text ? new Date(Date.parse(instant) - 1000).toISOString() : instant
  const id = await at(created, async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        _status: 'draft',
        region: region.id,
        title: `Этика ${unique()}`,
        ...(signals.disclosure
          ? { aiDisclosure: { tools: ['ChatGPT'], usage: signals.disclosure } }
          : {}),
        ...(signals.image ? { heroImage: aiImageId } : {}),
      } as never,
      draft: true,
      user: desk.people.author,
    })
    return doc.id as number
  })
  if (signals.text) {
    await at(instant, () =>
      payload.update({
        collection: 'articles',
        data: { body: richText(RU_BOILERPLATE), title: `Этика ru ${unique()}` } as never,
        draft: true,
        id,
        locale: 'ru',
        user: desk.people.author,
      }),
    )
  }
  const stored = await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
  expect(stored.ethicsReview?.status).toBe('pending')
  return id
}

/** The ethics reviewer's decision through the review endpoint, at `instant`. */
const decide = (instant: string, id: number, decision: 'clear' | 'reject') =>
  at(instant, async () => {
    const res = await rest('POST', '/api/ai-ethics/review', {
      json: { collection: 'articles', decision, id, note: 'Дереккөздер тексерілді.' },
      token: desk.tokens.ethics,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

/** Published by trusted server code (as an import would), dated `publishedAt`. */
const publish = async (id: number, publishedAt: string) => {
  await payload.update({
    collection: 'articles',
    data: { _status: 'published', publishedAt, workflowStatus: 'published' } as never,
    draft: false,
    id,
  })
}

const plainPublished = async (region: Region, publishedAt: string) => {
  const doc = await payload.create({
    collection: 'articles',
    data: { _status: 'draft', region: region.id, title: `Жай ${unique()}` } as never,
    user: desk.people.author,
  })
  await publish(doc.id as number, publishedAt)
}

const handleGet = REST_GET(config)

/** GET through the REST route handler with the caller's language, keeping the raw text (CSV). */
const getRaw = async (url: string, token: string, language: string) => {
  const request = new URL(url, 'http://localhost:3000')
  const headers = new Headers({ 'Accept-Language': language, Authorization: `JWT ${token}` })
  const response = await handleGet(new Request(request, { headers }), {
    params: Promise.resolve({ slug: request.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, text: await response.text() }
}

const reportUrl = (query: Record<string, string>) =>
  `/api/reports/contributions?${new URLSearchParams({ from: FROM, groupBy: 'region', to: TO, ...query })}`

const report = async (token: string, query: Record<string, string> = {}) => {
  const res = await rest('GET', reportUrl(query), { token })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

type Numbers = {
  flaggedItems: number
  flaggedBySource: { disclosure: number; external: number; image: number; text: number }
  decisions: number
  cleared: number
  rejected: number
  clearRate: null | number
  rejectRate: null | number
  queueHoursMedian: null | number
  queueHoursP90: null | number
  published: number
  aiItems: number
  aiShare: null | number
}

const flagged = (
  items: number,
  sources: Partial<Numbers['flaggedBySource']>,
): Pick<Numbers, 'flaggedBySource' | 'flaggedItems'> => ({
  flaggedBySource: { disclosure: 0, external: 0, image: 0, text: 0, ...sources },
  flaggedItems: items,
})

const numbersOf = (group: Record<string, any>): Numbers => ({
  aiItems: group.aiItems,
  aiShare: group.aiShare,
  clearRate: group.clearRate,
  cleared: group.cleared,
  decisions: group.decisions,
  flaggedBySource: group.flaggedBySource,
  flaggedItems: group.flaggedItems,
  published: group.published,
  queueHoursMedian: group.queueHoursMedian,
  queueHoursP90: group.queueHoursP90,
  rejectRate: group.rejectRate,
  rejected: group.rejected,
})

// Worked out by hand from the dataset above. Percentiles interpolate between ranks (a spreadsheet's PERCENTILE.INC):
// [2, 6, 24] → p90 at rank 1.8 = 6 + 0.8 × 18 = 20.4; [1.5, 4, 33.5, 86] → rank 2.7 = 33.5 + 0.7 × 52.5 = 70.25.
const A_MARCH: Numbers = {
  ...flagged(2, { disclosure: 1, text: 1 }),
  aiItems: 1,
  aiShare: 0.5,
  clearRate: 0.5,
  cleared: 1,
  decisions: 2,
  published: 2,
  queueHoursMedian: 15,
  queueHoursP90: 22.2,
  rejectRate: 0.5,
  rejected: 1,
}
const A_APRIL: Numbers = {
  ...flagged(2, { disclosure: 2, image: 1 }),
  aiItems: 1,
  aiShare: 1,
  clearRate: 1,
  cleared: 1,
  decisions: 1,
  published: 1,
  queueHoursMedian: 2,
  queueHoursP90: 2,
  rejectRate: 0,
  rejected: 0,
}
const REGION_A: Numbers = {
  ...flagged(4, { disclosure: 3, image: 1, text: 1 }),
  aiItems: 2,
  aiShare: 0.6667,
  clearRate: 0.6667,
  cleared: 2,
  decisions: 3,
  published: 3,
  queueHoursMedian: 6,
  queueHoursP90: 20.4,
  rejectRate: 0.3333,
  rejected: 1,
}
const B_MARCH: Numbers = {
  ...flagged(1, { image: 1 }),
  aiItems: 1,
  aiShare: 0.5,
  clearRate: 1,
  cleared: 2,
  decisions: 2,
  published: 2,
  queueHoursMedian: 45,
  queueHoursP90: 77.8,
  rejectRate: 0,
  rejected: 0,
}
const B_APRIL: Numbers = {
  ...flagged(2, { disclosure: 1, text: 1 }),
  aiItems: 1,
  aiShare: 0.5,
  clearRate: 0.5,
  cleared: 1,
  decisions: 2,
  published: 2,
  queueHoursMedian: 17.5,
  queueHoursP90: 30.3,
  rejectRate: 0.5,
  rejected: 1,
}
const REGION_B: Numbers = {
  ...flagged(3, { disclosure: 1, image: 1, text: 1 }),
  aiItems: 2,
  aiShare: 0.5,
  clearRate: 0.75,
  cleared: 3,
  decisions: 4,
  published: 4,
  queueHoursMedian: 18.75,
  queueHoursP90: 70.25,
  rejectRate: 0.25,
  rejected: 1,
}
// Hours [1.5, 2, 4, 6, 24, 33.5, 86]: median 6, p90 at rank 5.4 = 33.5 + 0.4 × 52.5 = 54.5.
const BOTH: Numbers = {
  ...flagged(7, { disclosure: 4, image: 2, text: 2 }),
  aiItems: 4,
  aiShare: 0.5714,
  clearRate: 0.7143,
  cleared: 5,
  decisions: 7,
  published: 7,
  queueHoursMedian: 6,
  queueHoursP90: 54.5,
  rejectRate: 0.2857,
  rejected: 2,
}

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  regionA = (await payload.findByID({ collection: 'regions', id: desk.region.id })) as Region
  regionB = (await payload.findByID({ collection: 'regions', id: desk.otherRegion.id })) as Region
  const data = fs.readFileSync(path.resolve('test/fixtures/provenance/ai-trained-xmp.jpg'))
  const image = await uploadFile(payload, {
    data,
    mimetype: 'image/jpeg',
    name: `ai-${unique()}.jpg`,
  })
  expect((image as Record<string, any>).provenance.classification).toBe('generative-ai')
  aiImageId = image.id as number

  // Region A.
  const a1 = await flaggedArticle('2019-03-04T05:00:00.000Z', regionA, { disclosure: 'assisted' })
  await decide('2019-03-04T11:00:00.000Z', a1, 'clear')
  await publish(a1, '2019-03-05T06:00:00.000Z')
  const a2 = await flaggedArticle('2019-03-11T04:00:00.000Z', regionA, { text: true })
  await decide('2019-03-12T04:00:00.000Z', a2, 'reject')
  const a3 = await flaggedArticle('2019-04-01T04:00:00.000Z', regionA, {
    disclosure: 'generated',
    image: true,
  })
  await decide('2019-04-01T06:00:00.000Z', a3, 'clear')
  await publish(a3, '2019-04-02T06:00:00.000Z')
  const a4 = await flaggedArticle('2019-04-20T04:00:00.000Z', regionA, { disclosure: 'assisted' })
  // An edit while it waits (in May) does not restart its time in the queue: it stays flagged in April.
  await at('2019-05-02T04:00:00.000Z', () =>
    payload.update({
      collection: 'articles',
      data: { title: `Өңделген ${unique()}` } as never,
      draft: true,
      id: a4,
      user: desk.people.author,
    }),
  )
  await plainPublished(regionA, '2019-03-15T06:00:00.000Z')
  const x = await flaggedArticle('2019-02-27T04:00:00.000Z', regionA, { disclosure: 'assisted' })
  await decide('2019-02-28T17:59:59.000Z', x, 'reject')
  await flaggedArticle('2019-04-30T18:00:00.000Z', regionA, { disclosure: 'assisted' })

  // Region B.
  const b1 = await flaggedArticle('2019-03-05T04:00:00.000Z', regionB, { image: true })
  await decide('2019-03-05T08:00:00.000Z', b1, 'clear')
  await publish(b1, '2019-03-06T06:00:00.000Z')
  const b2 = await flaggedArticle('2019-03-31T18:30:00.000Z', regionB, { text: true })
  await decide('2019-04-02T04:00:00.000Z', b2, 'reject')
  const b3 = await flaggedArticle('2019-04-10T04:00:00.000Z', regionB, { disclosure: 'assisted' })
  await decide('2019-04-10T05:30:00.000Z', b3, 'clear')
  await publish(b3, '2019-04-11T06:00:00.000Z')
  await plainPublished(regionB, '2019-03-20T06:00:00.000Z')
  await plainPublished(regionB, '2019-04-21T06:00:00.000Z')
  const y = await flaggedArticle('2019-02-25T04:00:00.000Z', regionB, { disclosure: 'assisted' })
  await decide('2019-02-28T18:00:00.000Z', y, 'clear')
})

afterAll(async () => {
  await payload.destroy()
})

describe('reports: the ethics section', () => {
  it('a national reader: flagged items by source, decisions, queue times, rates and AI share per region, per region and month, in total', async () => {
    const body = await report(desk.tokens.chief)
    expect(body.ethics.sources).toEqual(['disclosure', 'text', 'image', 'external'])

    const regions = Object.fromEntries(
      (body.ethics.regions as Record<string, any>[]).map((group) => [group.key, group]),
    )
    expect(numbersOf(regions[String(regionA.id)])).toEqual(REGION_A)
    expect(numbersOf(regions[String(regionB.id)])).toEqual(REGION_B)
    expect(regions[String(regionA.id)]).toMatchObject({ label: regionA.name, slug: regionA.slug })

    const months = (body.ethics.regionMonths as Record<string, any>[])
      .filter((group) => [String(regionA.id), String(regionB.id)].includes(group.key))
      .map((group) => [group.key, group.month, numbersOf(group)])
    const [first, second] =
      body.ethics.regions.findIndex((group: { key: string }) => group.key === String(regionA.id)) <
      body.ethics.regions.findIndex((group: { key: string }) => group.key === String(regionB.id))
        ? [regionA, regionB]
        : [regionB, regionA]
    const rowsOf = (region: Region) =>
      region.id === regionA.id
        ? [
            [String(regionA.id), '2019-03', A_MARCH],
            [String(regionA.id), '2019-04', A_APRIL],
          ]
        : [
            [String(regionB.id), '2019-03', B_MARCH],
            [String(regionB.id), '2019-04', B_APRIL],
          ]
    // Region by region (in the regions' order), months in order; months without numbers are left out.
    expect(months).toEqual([...rowsOf(first), ...rowsOf(second)])

    // Nothing else happened in this window anywhere (the dataset is in 2019), so the totals are the two regions'.
    expect(numbersOf(body.ethics.totals)).toEqual(BOTH)
  })

  it('the same numbers whatever the report is grouped by', async () => {
    const byMonth = await report(desk.tokens.chief, { groupBy: 'month' })
    expect(numbersOf(byMonth.ethics.totals)).toEqual(BOTH)
  })

  it('a regional editor: only her region, in every part of the section', async () => {
    const body = await report(desk.tokens.editor)
    expect(body.ethics.regions.map((group: { key: string }) => group.key)).toEqual([
      String(regionA.id),
    ])
    expect(numbersOf(body.ethics.regions[0])).toEqual(REGION_A)
    expect(
      body.ethics.regionMonths.map((group: Record<string, any>) => [
        group.key,
        group.month,
        numbersOf(group),
      ]),
    ).toEqual([
      [String(regionA.id), '2019-03', A_MARCH],
      [String(regionA.id), '2019-04', A_APRIL],
    ])
    expect(numbersOf(body.ethics.totals)).toEqual(REGION_A)

    const other = await rest('GET', reportUrl({ region: regionB.slug! }), {
      token: desk.tokens.editor,
    })
    expect(other.status).toBe(403)
    expect(other.body.code).toBe('FORBIDDEN_REGION')
    const csv = await getRaw(
      reportUrl({ format: 'csv', region: regionB.slug!, section: 'ethics' }),
      desk.tokens.editor,
      'kk',
    )
    expect(csv.status).toBe(403)
  })

  it('a national reader asking for one region gets that region only', async () => {
    const body = await report(desk.tokens.chief, { region: regionB.slug! })
    expect(body.ethics.regions.map((group: { key: string }) => group.key)).toEqual([
      String(regionB.id),
    ])
    expect(numbersOf(body.ethics.totals)).toEqual(REGION_B)
  })

  it('journalists and ethics reviewers do not read reports', async () => {
    for (const token of [desk.tokens.author, desk.tokens.ethics]) {
      const res = await rest('GET', reportUrl({}), { token })
      expect(res.status).toBe(403)
    }
  })
})

describe('reports: the ethics CSV (section=ethics)', () => {
  const lines = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')

  it('kk: Kazakh headers, `;` and decimal comma; the region row, its months, the totals', async () => {
    const csv = await getRaw(
      reportUrl({ format: 'csv', region: regionA.slug!, section: 'ethics' }),
      desk.tokens.chief,
      'kk',
    )
    expect(csv.status).toBe(200)
    const [header, region, march, april, totals, ...rest] = lines(csv.text)
    expect(rest).toEqual([])
    expect(header.split(';')).toEqual([
      'Идентификатор',
      'Қысқа атауы',
      'Атауы',
      'Ай',
      'Этикалық тексеруге түскен материалдар',
      'Белгіленді: автордың мәлімдемесі',
      'Белгіленді: мәтін',
      'Белгіленді: сурет',
      'Белгіленді: сыртқы тексеру қызметі',
      'Шешімдер',
      'Рұқсат етілді',
      'Қабылданбады',
      'Рұқсат етілген үлесі',
      'Қабылданбаған үлесі',
      'Кезекте күту медианасы (сағ)',
      'Кезекте күтудің 90-перцентилі (сағ)',
      'Жарияланған материалдар',
      'ЖИ қатысқан материалдар',
      'ЖИ үлесі',
    ])
    const head = `${regionA.id};${regionA.slug};${regionA.name}`
    expect(region).toBe(`${head};;4;3;1;1;0;3;2;1;0,6667;0,3333;6;20,4;3;2;0,6667`)
    expect(march).toBe(`${head};2019-03;2;1;1;0;0;2;1;1;0,5;0,5;15;22,2;2;1;0,5`)
    expect(april).toBe(`${head};2019-04;2;2;0;1;0;1;1;0;1;0;2;2;1;1;1`)
    expect(totals).toBe(
      ';;БАРЛЫҒЫ (әр материал бір рет);;4;3;1;1;0;3;2;1;0,6667;0,3333;6;20,4;3;2;0,6667',
    )
  })

  it('ru: Russian headers; en: machine headers, `,` and the decimal point', async () => {
    const ru = await getRaw(
      reportUrl({ format: 'csv', region: regionB.slug!, section: 'ethics' }),
      desk.tokens.chief,
      'ru',
    )
    const [ruHeader, ruRegion] = lines(ru.text)
    expect(ruHeader.split(';')).toEqual([
      'Идентификатор',
      'Краткое имя',
      'Название',
      'Месяц',
      'Материалы на этической проверке',
      'Отмечено: заявление автора',
      'Отмечено: текст',
      'Отмечено: изображение',
      'Отмечено: внешняя проверка',
      'Решения',
      'Одобрено',
      'Отклонено',
      'Доля одобренных',
      'Доля отклонённых',
      'Медиана ожидания в очереди (ч)',
      '90-й перцентиль ожидания в очереди (ч)',
      'Опубликовано материалов',
      'Материалы с ИИ',
      'Доля ИИ',
    ])
    expect(ruRegion.split(';').slice(4)).toEqual(
      '3;1;1;1;0;4;3;1;0,75;0,25;18,75;70,25;4;2;0,5'.split(';'),
    )

    const en = await getRaw(
      reportUrl({ format: 'csv', region: regionB.slug!, section: 'ethics' }),
      desk.tokens.chief,
      'en',
    )
    const [enHeader, enRegion] = lines(en.text)
    expect(enHeader.split(',')).toEqual([
      'key',
      'slug',
      'label',
      'month',
      'flaggedItems',
      'flaggedDisclosure',
      'flaggedText',
      'flaggedImage',
      'flaggedExternal',
      'decisions',
      'cleared',
      'rejected',
      'clearRate',
      'rejectRate',
      'queueHoursMedian',
      'queueHoursP90',
      'published',
      'aiItems',
      'aiShare',
    ])
    expect(enRegion.split(',').slice(4)).toEqual(
      '3,1,1,1,0,4,3,1,0.75,0.25,18.75,70.25,4,2,0.5'.split(','),
    )
  })

  it('refuses an unknown section with a 400 naming the parameter', async () => {
    const res = await rest('GET', reportUrl({ format: 'csv', section: 'ethic' }), {
      token: desk.tokens.chief,
    })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: 'INVALID_PARAMETER', parameter: 'section' })
  })
})
