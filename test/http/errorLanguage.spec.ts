import type { Payload } from 'payload'

import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeError } from '../../src/errors/describeError'
import { MESSAGES, renderMessage } from '../../src/errors/messages'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createUser, loginToken, wavBuffer } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

/**
 * Error messages come in the caller's language (Payload's choice for `req.i18n`: the admin's language cookie,
 * else Accept-Language, else English), from one catalogue by code; the `code` is the same in every language.
 */

let payload: Payload
let server: ApiServer
let adminToken: string

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  const admin = await createUser(payload, { roles: ['admin'] })
  adminToken = await loginToken(payload, admin.email)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const ask = async (path: string, headers: Record<string, string>, init: RequestInit = {}) => {
  const response = await fetch(`${server.baseURL}${path}`, {
    ...init,
    headers: { ...headers, ...(init.headers as Record<string, string>) },
  })
  return { body: await response.json(), status: response.status }
}

describe('the caller’s language', () => {
  it('a refused body: the same code, the message in kk, ru or en', async () => {
    const send = (headers: Record<string, string>) =>
      ask('/api/regions', headers, {
        body: 'hello',
        headers: { authorization: `JWT ${adminToken}`, 'content-type': 'text/plain' },
        method: 'POST',
      })
    const kk = await send({ 'accept-language': 'kk' })
    const ru = await send({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' })
    const en = await send({})
    for (const answer of [kk, ru, en]) {
      expect(answer.status).toBe(415)
      expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE')
      expect(answer.body.errors[0].code).toBe('UNSUPPORTED_MEDIA_TYPE')
    }
    expect(kk.body.message).toBe(
      'Сұрау денесін application/json түрінде жіберіңіз (файлдарды — multipart/form-data түрінде); «text/plain» мұнда қабылданбайды.',
    )
    expect(ru.body.message).toBe(
      'Отправьте тело запроса как application/json (файлы — как multipart/form-data); «text/plain» здесь не принимается.',
    )
    expect(en.body.message).toBe(
      'Send the body as application/json (files as multipart/form-data); “text/plain” is not accepted here.',
    )
  })

  it('a bad list parameter names the parameter in every language', async () => {
    const kk = await ask('/api/articles?page=-1', { 'accept-language': 'kk' })
    const ru = await ask('/api/articles?page=-1', { 'accept-language': 'ru' })
    expect(kk).toMatchObject({
      body: { code: 'INVALID_PARAMETER', parameter: 'page' },
      status: 400,
    })
    expect(ru).toMatchObject({
      body: { code: 'INVALID_PARAMETER', parameter: 'page' },
      status: 400,
    })
    expect(kk.body.message).toBe('page: кемінде 1 болатын бүтін сан болуы керек (берілгені: «-1»).')
    expect(ru.body.message).toBe('page: должно быть целым числом не меньше 1 (получено «-1»).')
  })

  it('the admin’s language cookie wins over Accept-Language, as in the admin', async () => {
    const answer = await ask('/api/articles?page=abc', {
      'accept-language': 'kk',
      cookie: 'payload-lng=ru',
    })
    expect(answer.body.message).toBe('page: должно быть целым числом не меньше 1 (получено «abc»).')
  })

  it('an error raised inside Payload (afterError) is answered in the request’s language too', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(wavBuffer())], { type: 'audio/wav' }), 'a.wav')
    form.append('_payload', 'null')
    const answer = await ask(
      '/api/media',
      { 'accept-language': 'kk', authorization: `JWT ${adminToken}` },
      { body: form, method: 'POST' },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe('INVALID_BODY')
    expect(answer.body.message).toBe('Сұрау денесі JSON объектісі ({ … }) болуы керек, null емес.')
  })

  it('GraphQL refusals carry the code in extensions and the message in the caller’s language', async () => {
    const answer = await ask(
      '/api/graphql',
      { 'accept-language': 'ru', 'content-type': 'application/json' },
      { body: JSON.stringify({ query: '{ Regions(page: 0) { docs { id } } }' }), method: 'POST' },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'INVALID_PARAMETER',
      statusCode: 400,
    })
    expect(answer.body.errors[0].message).toBe(
      'page: должно быть целым числом не меньше 1 (получено «0»).',
    )
  })

  it('an unsupported language reads English', () => {
    expect(renderMessage('INVALID_JSON', {}, 'de')).toBe(renderMessage('INVALID_JSON', {}, 'en'))
  })
})

describe('the catalogue', () => {
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

  it('has every message in Kazakh (Cyrillic), Russian and English, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(MESSAGES)) {
      for (const language of ['en', 'kk', 'ru'] as const)
        expect(texts[language]?.trim(), `${key} ${language}`).toBeTruthy()
      expect(texts.kk, key).toMatch(/[а-яәіңғүұқөһ]/i)
      expect(texts.ru, key).toMatch(/[а-я]/i)
      expect(placeholders(texts.kk), key).toEqual(placeholders(texts.en))
      expect(placeholders(texts.ru), key).toEqual(placeholders(texts.en))
    }
  })
})

describe('refusals keep their message when class names are minified (production builds)', () => {
  it('an APIError whose name is empty and that is not an instance of this APIError class', () => {
    // What Payload's formatErrors turned into "An unknown error occurred.": same properties, no usable class.
    const minified = Object.assign(
      new Error('limit: must be from 1 to 100 for anonymous callers (got 500); sign in for more.'),
      {
        data: { code: 'PUBLIC_LIMIT_EXCEEDED' },
        isPublic: true,
        name: '',
        status: 400,
      },
    )
    expect(describeError(minified, 'en')).toMatchObject({
      code: 'PUBLIC_LIMIT_EXCEEDED',
      message: minified.message,
      status: 400,
    })
  })

  it('an internal error stays hidden, with its own code', () => {
    const internal = new Error(
      'SQLITE_CORRUPT: database disk image is malformed at /var/data/newsroom.db',
    )
    const answer = describeError(internal, 'kk')
    expect(answer).toMatchObject({ code: 'INTERNAL_ERROR', status: 500 })
    expect(answer.message).toBe(renderMessage('INTERNAL_ERROR', {}, 'kk'))
    expect(
      describeError(new APIError('connection string postgres://u:p@h/db', 500), 'en').message,
    ).not.toMatch(/postgres/)
  })
})
