/**
 * Every refusal a user can meet, in the caller's language (kk, ru, en) with the same machine `code`: one table of
 * requests over the app's own HTTP routes (REST, GraphQL, the app's endpoints), each sent with
 * `Accept-Language: kk-KZ`, `ru` and `en`. The Kazakh answer must read as Kazakh (Kazakh letters, no English
 * words), the Russian one as Russian, the English one as English. Refusals only the Local API can meet (server
 * code) are checked the same way through the answer the app would give for them (`describeError`).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeError } from '../../src/errors/describeError'
import { type ApiServer, startApiServer } from '../delivery/server'
import { unique, uploadImage } from '../helpers/factories'
import { expectInLanguage } from '../helpers/languageChecks'
import { bootPayload } from '../helpers/payload'
import { createDesk, createItemInState, type Desk, walk } from '../workflow/helpers'

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

type Person = keyof Desk['tokens']
type Language = 'en' | 'kk' | 'ru'
const ACCEPT: Record<Language, string> = { en: 'en', kk: 'kk-KZ', ru: 'ru' }

type Call = {
  /** A raw body with its own content type (a text body, an oversized one). */
  body?: string
  contentType?: string
  json?: unknown
  method: string
  path: string
  /** Who sends it (none: anonymous). */
  as?: Person
}

const send = async (call: Call, language: Language) => {
  const headers: Record<string, string> = { 'accept-language': ACCEPT[language] }
  if (call.as) headers.authorization = `JWT ${desk.tokens[call.as]}`
  if (call.json !== undefined) headers['content-type'] = 'application/json'
  if (call.contentType) headers['content-type'] = call.contentType
  const response = await fetch(`${server.baseURL}${call.path}`, {
    body: call.json !== undefined ? JSON.stringify(call.json) : call.body,
    headers,
    method: call.method,
  })
  const text = await response.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(
      `${call.method} ${call.path} answered ${response.status}: ${text.slice(0, 300)}`,
    )
  }
  return { body, status: response.status }
}

/** The code and the message a person reads: the answer's, a field error's, or GraphQL's first error's. */
const readAnswer = (body: any, where: 'field' | 'graphql' | 'top') => {
  if (where === 'graphql') {
    const error = body.errors?.[0]
    return { code: error?.extensions?.code, message: error?.message }
  }
  if (where === 'field') {
    const error = body.errors?.[0]?.data?.errors?.[0]
    return { code: body.code, message: error?.message, top: body.message }
  }
  return { code: body.code, message: body.message }
}

type Case = {
  code: string
  /** Exact messages where the wording matters (the rest is checked for its language). */
  exact?: Partial<Record<Language, RegExp | string>>
  name: string
  request: () => Promise<Call>
  status: number
  where?: 'field' | 'graphql' | 'top'
}

const graphqlCall = (query: string, as?: Person): Call => ({
  as,
  json: { query },
  method: 'POST',
  path: '/api/graphql',
})

/** An article of the desk's author, approved and flagged as made with AI: held for the ethics review. */
const heldForEthicsReview = async () => {
  const created = await send(
    {
      as: 'author',
      json: {
        aiDisclosure: { scope: ['translation'], tools: ['ChatGPT'], usage: 'assisted' },
        region: desk.region.id,
        title: `ЖИ мақаласы ${unique()}`,
      },
      method: 'POST',
      path: '/api/articles',
    },
    'en',
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  await walk('articles', id, [
    [desk.tokens.author, { action: 'submit' }],
    [desk.tokens.editor, { action: 'approve' }],
  ])
  return id
}

const CASES: Case[] = [
  // The editorial workflow: POST /api/{collection}/{id}/workflow.
  {
    code: 'FORBIDDEN_ACTION',
    exact: {
      en: "approve: Only an editor of the item's region, a chief editor or an admin may do this.",
      kk: '«Мақұлдау»: мұны тек материал өңірінің редакторы, бас редактор немесе әкімші жасай алады.',
      ru: '«Одобрить»: это может сделать только редактор региона материала, главный редактор или администратор.',
    },
    name: 'a journalist approving',
    request: async () => ({
      as: 'author',
      json: { action: 'approve' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'in_review')).id}/workflow`,
    }),
    status: 403,
  },
  {
    code: 'INVALID_TRANSITION',
    exact: {
      en: 'Cannot publish an item that is draft. Allowed now: submit.',
      kk: '«Жоба» күйіндегі материалға «Жариялау» әрекеті қолданылмайды. Қазір рұқсат етілгені: «Тексеруге жіберу».',
      ru: 'Нельзя выполнить «Опубликовать» для материала в состоянии «Черновик». Сейчас доступно: «Отправить на проверку».',
    },
    name: 'publishing a draft',
    request: async () => ({
      as: 'editor',
      json: { action: 'publish' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}/workflow`,
    }),
    status: 409,
  },
  {
    code: 'FORBIDDEN_REGION',
    exact: { kk: '«Мақұлдау»: бұл материал сіз редакцияламайтын өңірге тиесілі.' },
    name: 'another region’s editor approving',
    request: async () => ({
      as: 'editorElsewhere',
      json: { action: 'approve' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'in_review')).id}/workflow`,
    }),
    status: 403,
  },
  {
    code: 'ETHICS_REVIEW_REQUIRED',
    exact: {
      en: 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.',
      kk: 'Бұл материал ЖИ көмегімен жасалған деп белгіленген және этикалық тексеруді күтуде: алдымен оны этика сарапшысы мақұлдауы керек.',
    },
    name: 'the ethics hold on publishing',
    request: async () => ({
      as: 'editor',
      json: { action: 'publish' },
      method: 'POST',
      path: `/api/articles/${await heldForEthicsReview()}/workflow`,
    }),
    status: 409,
  },
  {
    code: 'INVALID_BODY',
    exact: {
      en: /^action: must be one of submit, /,
      kk: /^action: рұқсат етілген мәндер — submit, /,
    },
    name: 'an unknown workflow action',
    request: async () => ({
      as: 'editor',
      json: { action: 'fly' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}/workflow`,
    }),
    status: 400,
  },
  {
    code: 'INVALID_BODY',
    name: 'asking for changes without a comment',
    request: async () => ({
      as: 'editor',
      json: { action: 'request_changes' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'in_review')).id}/workflow`,
    }),
    status: 400,
  },
  {
    code: 'INVALID_BODY',
    name: 'a workflow body with unknown fields',
    request: async () => ({
      as: 'editor',
      json: { action: 'submit', colour: 'red' },
      method: 'POST',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}/workflow`,
    }),
    status: 400,
  },
  {
    code: 'NOT_FOUND',
    name: 'the workflow of an item that does not exist',
    request: async () => ({
      as: 'editor',
      json: { action: 'submit' },
      method: 'POST',
      path: '/api/articles/99999999/workflow',
    }),
    status: 404,
  },
  // Saves that the workflow refuses: Payload's own update route.
  {
    code: 'NOT_EDITABLE_IN_STATE',
    exact: {
      kk: /^«Тексеруде»: автор материалды тек «Жоба» немесе «Түзету сұралды» күйінде өңдей алады/,
      ru: /^«На проверке»: автор редактирует материал только в состоянии «Черновик» или «Нужны правки»/,
    },
    name: 'the author saving an item in review',
    request: async () => ({
      as: 'author',
      json: { excerpt: 'Жаңа' },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'in_review')).id}`,
    }),
    status: 403,
  },
  {
    code: 'NOT_EDITABLE_IN_STATE',
    exact: { kk: /Ештеңе өзгертілмеді\.$/, ru: /Ничего не изменено\.$/ },
    name: 'a bulk edit that includes an item in review',
    request: async () => ({
      as: 'author',
      json: { excerpt: 'Жаңа' },
      method: 'PATCH',
      path: `/api/articles?where[id][equals]=${(await createItemInState(payload, desk, 'articles', 'in_review')).id}`,
    }),
    status: 403,
  },
  {
    code: 'PUBLISH_THROUGH_WORKFLOW',
    name: 'publishing by saving `_status: published`',
    request: async () => ({
      as: 'editor',
      json: { _status: 'published' },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'approved')).id}`,
    }),
    status: 403,
  },
  {
    code: 'WORKFLOW_STATE_READ_ONLY',
    name: 'writing the workflow state',
    request: async () => ({
      as: 'editor',
      json: { workflowStatus: 'approved' },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}`,
    }),
    status: 403,
  },
  // Field rules.
  {
    code: 'FORBIDDEN',
    name: 'a journalist filing in another region',
    request: async () => ({
      as: 'author',
      json: { region: desk.otherRegion.id, title: `Мақала ${unique()}` },
      method: 'POST',
      path: '/api/articles',
    }),
    status: 403,
  },
  {
    code: 'FORBIDDEN',
    name: 'a journalist changing her own roles',
    request: async () => ({
      as: 'journalist',
      json: { roles: ['admin'] },
      method: 'PATCH',
      path: `/api/users/${desk.people.journalist.id}`,
    }),
    status: 403,
  },
  {
    code: 'FORBIDDEN',
    exact: { en: 'markedPublic: only an editor can mark a media file public.' },
    name: 'a journalist marking a picture public',
    request: async () => ({
      as: 'author',
      json: { markedPublic: true },
      method: 'PATCH',
      path: `/api/media/${(await uploadImage(payload, { user: desk.people.author })).id}`,
    }),
    status: 403,
  },
  {
    code: 'VALIDATION_FAILED',
    exact: {
      kk: '«Жаңа мақала» слагында тек кіші латын әріптері, сандар және жалғыз сызықшалар болуы мүмкін.',
      ru: 'Слаг «Жаңа мақала» может содержать только строчные латинские буквы, цифры и одиночные дефисы.',
    },
    name: 'a slug a URL cannot carry',
    request: async () => ({
      as: 'author',
      json: { slug: 'Жаңа мақала' },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}`,
    }),
    status: 400,
    where: 'field',
  },
  {
    code: 'VALIDATION_FAILED',
    exact: { ru: 'rubric: нет документа «rubrics» с идентификатором 999999' },
    name: 'a relation to a document that does not exist',
    request: async () => ({
      as: 'author',
      json: { rubric: 999999 },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}`,
    }),
    status: 400,
    where: 'field',
  },
  {
    code: 'VALIDATION_FAILED',
    name: 'a field of the wrong type',
    request: async () => ({
      as: 'author',
      json: { title: ['not', 'text'] },
      method: 'PATCH',
      path: `/api/articles/${(await createItemInState(payload, desk, 'articles', 'draft')).id}`,
    }),
    status: 400,
    where: 'field',
  },
  // Bodies and uploads.
  {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    name: 'a text body',
    request: async () => ({
      as: 'admin',
      body: 'hello',
      contentType: 'text/plain',
      method: 'POST',
      path: '/api/regions',
    }),
    status: 415,
  },
  {
    code: 'BODY_TOO_LARGE',
    name: 'a JSON body over the limit',
    request: async () => ({
      as: 'admin',
      json: { name: 'x'.repeat(2 * 1024 * 1024) },
      method: 'POST',
      path: '/api/regions',
    }),
    status: 413,
  },
  {
    code: 'INVALID_BODY',
    name: 'a JSON array where an object belongs',
    request: async () => ({ as: 'admin', json: [1, 2], method: 'POST', path: '/api/regions' }),
    status: 400,
  },
  // Accounts.
  {
    code: 'UNLOCK_FORBIDDEN',
    name: 'a journalist unlocking an account',
    request: async () => ({
      as: 'journalist',
      json: { email: desk.people.author.email },
      method: 'POST',
      path: '/api/users/unlock',
    }),
    status: 403,
  },
  {
    code: 'CURRENT_PASSWORD_REQUIRED',
    name: 'a new password without the current one',
    request: async () => ({
      as: 'journalist',
      json: { password: 'another-password-456' },
      method: 'PATCH',
      path: `/api/users/${desk.people.journalist.id}`,
    }),
    status: 400,
  },
  // The AI-ethics plugin's endpoint, the reports, public reads, feeds, preview links.
  {
    code: 'FORBIDDEN_ACTION',
    name: 'a journalist deciding an ethics review',
    request: async () => ({
      as: 'journalist',
      json: { collection: 'articles', decision: 'clear', id: 1, note: 'ok' },
      method: 'POST',
      path: '/api/ai-ethics/review',
    }),
    status: 403,
  },
  {
    code: 'INVALID_BODY',
    name: 'an ethics decision without a note',
    request: async () => ({
      as: 'ethics',
      json: { collection: 'articles', decision: 'clear', id: 1 },
      method: 'POST',
      path: '/api/ai-ethics/review',
    }),
    status: 400,
  },
  {
    code: 'INVALID_PARAMETER',
    name: 'a report for a day that is not a day',
    request: async () => ({
      as: 'chief',
      method: 'GET',
      path: '/api/reports/contributions?from=2026-02-30&to=2026-03-01&groupBy=region',
    }),
    status: 400,
  },
  {
    code: 'FORBIDDEN',
    name: 'a journalist reading the reports',
    request: async () => ({
      as: 'journalist',
      method: 'GET',
      path: '/api/reports/contributions?from=2026-01-01&to=2026-01-31&groupBy=region',
    }),
    status: 403,
  },
  {
    code: 'PUBLIC_LIMIT_EXCEEDED',
    name: 'an anonymous page of 500',
    request: async () => ({ method: 'GET', path: '/api/articles?limit=500' }),
    status: 400,
  },
  {
    code: 'INVALID_PARAMETER',
    name: 'a feed in a language the site does not publish',
    request: async () => ({ method: 'GET', path: '/api/feeds/rss?locale=de' }),
    status: 400,
  },
  {
    code: 'UNAUTHORIZED',
    name: 'a preview link without signing in',
    request: async () => ({ method: 'GET', path: '/api/preview-link/articles/1' }),
    status: 401,
  },
  {
    code: 'FORBIDDEN',
    name: 'a preview without a signature',
    request: async () => ({ method: 'GET', path: '/api/preview/articles/1' }),
    status: 403,
  },
  // GraphQL: `extensions.code` and the message.
  {
    code: 'PUBLISH_THROUGH_WORKFLOW',
    name: 'GraphQL: publishing by a mutation',
    request: async () => {
      const { id } = await createItemInState(payload, desk, 'articles', 'approved')
      return graphqlCall(
        `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }`,
        'editor',
      )
    },
    status: 200,
    where: 'graphql',
  },
  {
    code: 'PUBLIC_LIMIT_EXCEEDED',
    name: 'GraphQL: an anonymous page of 500',
    request: async () => graphqlCall('{ Articles(limit: 500) { docs { id } } }'),
    status: 400,
    where: 'graphql',
  },
  {
    code: 'GRAPHQL_TOO_DEEP',
    name: 'GraphQL: a document nested too deep',
    request: async () => graphqlCall(`{ ${'a { '.repeat(25)}b${' }'.repeat(25)} }`, 'editor'),
    status: 400,
    where: 'graphql',
  },
]

describe('every refusal speaks the caller’s language, with the same code', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, testCase) => {
    const call = await testCase.request()
    const where = testCase.where ?? 'top'
    for (const language of ['kk', 'ru', 'en'] as const) {
      const { body, status } = await send(call, language)
      const context = `${testCase.name} [${language}] ${JSON.stringify(body).slice(0, 400)}`
      expect(status, context).toBe(testCase.status)
      const answer = readAnswer(body, where)
      expect(answer.code, context).toBe(testCase.code)
      expectInLanguage(language, answer.message, context)
      // A field error's answer also says, in the caller's language, which fields are wrong.
      if (where === 'field') expectInLanguage(language, (answer as { top?: string }).top, context)
      const exact = testCase.exact?.[language]
      if (typeof exact === 'string') expect(answer.message, context).toBe(exact)
      else if (exact) expect(answer.message, context).toMatch(exact)
    }
  })
})

describe('refusals of server code (Local API) are answered in the caller’s language too', () => {
  const LOCAL_CASES: { code: string; name: string; run: () => Promise<unknown> }[] = [
    {
      code: 'RESTORE_AS_DRAFT',
      name: 'restoring a version over the live one',
      run: async () => {
        const { id } = await createItemInState(payload, desk, 'articles', 'draft')
        const { docs } = await payload.findVersions({
          collection: 'articles',
          limit: 1,
          where: { parent: { equals: id } },
        })
        return payload.restoreVersion({
          collection: 'articles',
          draft: false,
          id: docs[0].id,
          overrideAccess: false,
          user: desk.people.editor,
        })
      },
    },
    {
      code: 'FORBIDDEN',
      name: 'changing an ethics review record',
      run: async () => {
        const record = await payload.create({
          collection: 'ethics-reviews' as never,
          data: {
            decision: 'clear',
            docId: '1',
            note: 'Тексерілді.',
            reviewer: desk.people.ethics.id,
            targetCollection: 'articles',
          } as never,
        })
        return payload.update({
          collection: 'ethics-reviews' as never,
          data: { note: 'өзгертілді' } as never,
          id: (record as { id: number }).id,
        })
      },
    },
    {
      code: 'FORBIDDEN',
      name: 'changing a workflow event',
      run: async () => {
        const { id } = await createItemInState(payload, desk, 'articles', 'draft')
        await walk('articles', id, [[desk.tokens.author, { action: 'submit' }]])
        const { docs } = await payload.find({
          collection: 'workflow-events',
          limit: 1,
          where: { docId: { equals: String(id) }, targetCollection: { equals: 'articles' } },
        })
        return payload.update({
          collection: 'workflow-events',
          data: { docId: 'өзгертілді' } as never,
          id: docs[0].id,
        })
      },
    },
  ]

  it.each(LOCAL_CASES.map((c) => [c.name, c] as const))('%s', async (_, testCase) => {
    const error = await testCase.run().then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error, `${testCase.name}: not refused`).toBeDefined()
    for (const language of ['kk', 'ru', 'en'] as const) {
      const answer = describeError(error, language)
      expect(answer.code).toBe(testCase.code)
      expectInLanguage(language, answer.message, `${testCase.name} [${language}]`)
    }
  })
})
