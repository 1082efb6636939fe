/**
 * Workflow refusals and the ethics hold in the caller's language (kk, ru, en), with the same `code`, over the app's
 * own HTTP routes: what an editor or a journalist meets in the admin (its requests carry the language cookie).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ApiServer, startApiServer } from '../delivery/server'
import { bootPayload } from '../helpers/payload'
import { createDesk, createItemInState, type Desk } from '../workflow/helpers'

let payload: Payload
let server: ApiServer
let desk: Desk

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  desk = await createDesk(payload)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const call = async (
  method: string,
  path: string,
  token: string,
  language: string,
  body?: unknown,
) => {
  const response = await fetch(`${server.baseURL}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'accept-language': language,
      authorization: `JWT ${token}`,
      'content-type': 'application/json',
    },
    method,
  })
  return { body: await response.json(), status: response.status }
}

const inEveryLanguage = async (method: string, path: string, token: string, body?: unknown) => ({
  en: await call(method, path, token, 'en', body),
  kk: await call(method, path, token, 'kk-KZ', body),
  ru: await call(method, path, token, 'ru', body),
})

describe('workflow refusals speak the caller’s language', () => {
  it('an action the user may not take (a journalist approving): FORBIDDEN_ACTION', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const answers = await inEveryLanguage(
      'POST',
      `/api/articles/${item.id}/workflow`,
      desk.tokens.author,
      { action: 'approve' },
    )
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'FORBIDDEN_ACTION' }, status: 403 })
    expect(answers.en.body.message).toBe(
      "approve: Only an editor of the item's region, a chief editor or an admin may do this.",
    )
    expect(answers.kk.body.message).toBe(
      '«Мақұлдау»: мұны тек материал өңірінің редакторы, бас редактор немесе әкімші жасай алады.',
    )
    expect(answers.ru.body.message).toBe(
      '«Одобрить»: это может сделать только редактор региона материала, главный редактор или администратор.',
    )
  })

  it('an action the state does not allow: INVALID_TRANSITION names the state and what is allowed', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const answers = await inEveryLanguage(
      'POST',
      `/api/articles/${item.id}/workflow`,
      desk.tokens.editor,
      { action: 'publish' },
    )
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'INVALID_TRANSITION' }, status: 409 })
    expect(answers.en.body.message).toBe(
      'Cannot publish an item that is draft. Allowed now: submit.',
    )
    expect(answers.kk.body.message).toBe(
      '«Жоба» күйіндегі материалға «Жариялау» әрекеті қолданылмайды. Қазір рұқсат етілгені: «Тексеруге жіберу».',
    )
    expect(answers.ru.body.message).toBe(
      'Нельзя выполнить «Опубликовать» для материала в состоянии «Черновик». Сейчас доступно: «Отправить на проверку».',
    )
  })

  it('another region’s editor: FORBIDDEN_REGION', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const answers = await inEveryLanguage(
      'POST',
      `/api/articles/${item.id}/workflow`,
      desk.tokens.editorElsewhere,
      { action: 'approve' },
    )
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'FORBIDDEN_REGION' }, status: 403 })
    expect(answers.kk.body.message).toBe(
      '«Мақұлдау»: бұл материал сіз редакцияламайтын өңірге тиесілі.',
    )
  })

  it('the author saving an item in review: NOT_EDITABLE_IN_STATE (through Payload’s own update route)', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'in_review')
    const answers = await inEveryLanguage('PATCH', `/api/articles/${item.id}`, desk.tokens.author, {
      excerpt: 'Жаңа',
    })
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'NOT_EDITABLE_IN_STATE' }, status: 403 })
    expect(answers.kk.body.message).toMatch(
      /^«Тексеруде»: автор материалды тек «Жоба» немесе «Түзету сұралды» күйінде өңдей алады/,
    )
    expect(answers.ru.body.message).toMatch(
      /^«На проверке»: автор редактирует материал только в состоянии «Черновик» или «Нужны правки»/,
    )
  })

  it('the ethics hold: ETHICS_REVIEW_REQUIRED', async () => {
    // A journalist's AI-assisted article, submitted and approved: held for the ethics review.
    const created = await call('POST', '/api/articles', desk.tokens.author, 'en', {
      aiDisclosure: { scope: ['translation'], tools: ['ChatGPT'], usage: 'assisted' },
      region: desk.region.id,
      title: `ЖИ мақаласы ${Date.now()}`,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const item = created.body.doc as { id: number }
    expect(
      (
        await call('POST', `/api/articles/${item.id}/workflow`, desk.tokens.author, 'en', {
          action: 'submit',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await call('POST', `/api/articles/${item.id}/workflow`, desk.tokens.editor, 'en', {
          action: 'approve',
        })
      ).status,
    ).toBe(200)
    const answers = await inEveryLanguage(
      'POST',
      `/api/articles/${item.id}/workflow`,
      desk.tokens.editor,
      { action: 'publish' },
    )
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'ETHICS_REVIEW_REQUIRED' }, status: 409 })
    expect(answers.en.body.message).toBe(
      'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.',
    )
    expect(answers.kk.body.message).toBe(
      'Бұл материал ЖИ көмегімен жасалған деп белгіленген және этикалық тексеруді күтуде: алдымен оны этика сарапшысы мақұлдауы керек.',
    )
  })
})

describe('validation errors the app adds speak the caller’s language', () => {
  const fieldErrors = (body: any): { message: string; path: string }[] =>
    body.errors?.[0]?.data?.errors ?? []

  it('a slug with characters a URL cannot carry', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const answers = await inEveryLanguage('PATCH', `/api/articles/${item.id}`, desk.tokens.author, {
      slug: 'Жаңа мақала',
    })
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'VALIDATION_FAILED' }, status: 400 })
    expect(fieldErrors(answers.en.body)).toMatchObject([
      {
        message:
          'Slug "Жаңа мақала" may contain only lowercase latin letters, digits and single hyphens.',
        path: 'slug',
      },
    ])
    expect(fieldErrors(answers.kk.body)[0].message).toBe(
      '«Жаңа мақала» слагында тек кіші латын әріптері, сандар және жалғыз сызықшалар болуы мүмкін.',
    )
    expect(fieldErrors(answers.ru.body)[0].message).toBe(
      'Слаг «Жаңа мақала» может содержать только строчные латинские буквы, цифры и одиночные дефисы.',
    )
  })

  it('a relation to a document that does not exist', async () => {
    const item = await createItemInState(payload, desk, 'articles', 'draft')
    const answers = await inEveryLanguage('PATCH', `/api/articles/${item.id}`, desk.tokens.author, {
      rubric: 999999,
    })
    for (const answer of Object.values(answers))
      expect(answer).toMatchObject({ body: { code: 'VALIDATION_FAILED' }, status: 400 })
    expect(fieldErrors(answers.en.body)[0]).toMatchObject({
      message: 'rubric: no rubrics document with id 999999',
      path: 'rubric',
    })
    expect(fieldErrors(answers.ru.body)[0].message).toBe(
      'rubric: нет документа «rubrics» с идентификатором 999999',
    )
  })
})
