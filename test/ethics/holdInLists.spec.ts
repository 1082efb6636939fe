import type { Payload, PayloadRequest } from 'payload'

import fs from 'fs'
import path from 'path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLISHABLE_COLLECTIONS } from '../../collections'
import { EthicsHoldFilter } from '../../plugins/ai-ethics/src/admin/EthicsHoldFilter'
import { createNewsroom, type Newsroom } from '../access/newsroom'
import { richText, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

// An item held by the ethics review says so in the editor's lists: a column on every publishable collection, shown
// by default, and a link above the list to the held items, for whoever may filter on the review.

const CELL = '/plugins/ai-ethics/src/exports/client#EthicsHoldCell'
const NOTICE = '/plugins/ai-ethics/src/exports/client#EthicsHoldNotice'
const FILTER = '/plugins/ai-ethics/src/exports/rsc#EthicsHoldFilter'

let payload: Payload
let newsroom: Newsroom
let heldId: number
let plainId: number

beforeAll(async () => {
  payload = await bootPayload()
  newsroom = await createNewsroom(payload)
  const write = async (usage: string) =>
    (
      await payload.create({
        collection: 'articles',
        data: {
          aiDisclosure: { usage },
          body: richText('Мәтін.'),
          region: newsroom.regionA.id,
          title: `Тізімдегі материал ${unique()}`,
        } as never,
        draft: true,
        overrideAccess: false,
        user: newsroom.people.journalistA,
      })
    ).id as number
  heldId = await write('generated')
  plainId = await write('none')
})

afterAll(async () => {
  await payload?.destroy()
})

type UiField = {
  admin?: { components?: { Cell?: unknown; Field?: unknown } }
  name?: string
  type: string
}

/** Fields of a collection in form order, through unnamed tabs. */
const formFields = (fields: UiField[]): UiField[] =>
  fields.flatMap((field) =>
    field.type === 'tabs'
      ? (field as unknown as { tabs: { fields: UiField[] }[] }).tabs.flatMap((tab) =>
          formFields(tab.fields),
        )
      : [field],
  )

const filterFor = (user: unknown) =>
  renderToStaticMarkup(
    createElement(EthicsHoldFilter, {
      collectionSlug: 'articles',
      i18n: { language: 'kk' } as never,
      mayQuery: (req: PayloadRequest) =>
        // the app's rule, as the plugin passes it
        payload.collections.articles.config.flattenedFields.find(
          (field) => field.name === 'ethicsReview',
        )!.access!.read!({ req } as never) as boolean,
      payload,
      user: user as never,
    }),
  )

describe('held items in the lists', () => {
  it('every publishable collection opens its form with the hold notice and lists the hold column by default', () => {
    for (const slug of PUBLISHABLE_COLLECTIONS) {
      const config = payload.collections[slug].config
      const fields = formFields(config.fields as unknown as UiField[])
      expect(fields[0], slug).toMatchObject({
        admin: { components: { Cell: CELL, Field: NOTICE } },
        name: 'ethicsHold',
        type: 'ui',
      })
      expect(config.admin.defaultColumns, slug).toContain('ethicsHold')
      expect(
        (config.admin.components?.beforeListTable ?? []).map((entry) =>
          typeof entry === 'string' ? entry : (entry as { path: string }).path,
        ),
        slug,
      ).toContain(FILTER)
    }
  })

  it('the import map the admin is built with has the three components', () => {
    const importMap = fs.readFileSync(path.resolve('src/app/(payload)/admin/importMap.js'), 'utf8')
    for (const component of [CELL, NOTICE, FILTER]) expect(importMap).toContain(`"${component}"`)
  })

  it('gives editors a link to the held items, which lists exactly them, and none to journalists (who may not filter on the review)', async () => {
    const html = filterFor(newsroom.people.editorA)
    expect(html).toContain('Этикалық тексеруде тұрғандар')
    const href = /href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&')
    expect(href.startsWith('/admin/collections/articles?')).toBe(true)
    const query = href.split('?')[1]
    const res = await rest('GET', `/api/articles?${query}&draft=true&depth=0&limit=100`, {
      token: newsroom.tokens.editorA,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const ids = (res.body.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(heldId)
    expect(ids).not.toContain(plainId)

    expect(filterFor(newsroom.people.journalistA)).toBe('')
    expect(filterFor(null)).toBe('')
  })
})
