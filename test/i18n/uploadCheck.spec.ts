/**
 * Uploads are checked twice with the same rules and the same words: in the browser before a file is sent
 * (collections/Media/admin/UploadCheck.tsx, whose logic is `uploadRefusal`) and on the server from the file's
 * bytes. Both say it in the admin's language, file sizes in its units (МБ in Kazakh and Russian); Payload's own
 * file sizes in the admin do too (its formatFilesize, patched by scripts/patch-payload.mjs).
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { formatFilesize } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  MAX_UPLOAD_BYTES,
  UPLOAD_RULES,
  uploadProblem,
  uploadRefusal,
} from '../../collections/Media/uploadLimits'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createRegion, createUser, loginToken } from '../helpers/factories'
import { expectInLanguage } from '../helpers/languageChecks'
import { bootPayload } from '../helpers/payload'

const MB = 1024 * 1024
const LANGUAGES = ['kk', 'ru', 'en'] as const

describe('the check in the browser (uploadRefusal)', () => {
  it('refuses a 30 MB picture, in each language, with the sizes in its units', () => {
    const file = { name: 'сурет.jpg', size: 30 * MB, type: 'image/jpeg' }
    const kk = uploadRefusal(file, 'kk')
    const ru = uploadRefusal(file, 'ru')
    const en = uploadRefusal(file, 'en')
    for (const refusal of [kk, ru, en]) expect(refusal?.code).toBe('VALIDATION_FAILED')
    expect(kk?.message).toBe('file: «сурет.jpg» көлемі — 30 МБ; сурет файлдарының шегі — 25 МБ.')
    expect(ru?.message).toBe(
      'file: размер «сурет.jpg» — 30 МБ; предел для файлов типа «изображение» — 25 МБ.',
    )
    expect(en?.message).toBe('file: "сурет.jpg" is 30 MB; the limit for image files is 25 MB.')
    for (const language of LANGUAGES)
      expectInLanguage(language, uploadRefusal(file, language)?.message, language)
  })

  it('refuses a type the newsroom does not take, and names the types it does', () => {
    const refusal = uploadRefusal({ name: 'есеп.pdf', size: 1000, type: 'application/pdf' }, 'kk')
    expect(refusal?.code).toBe('VALIDATION_FAILED')
    expect(refusal?.message).toMatch(
      /^file: «есеп\.pdf» түрі — application\/pdf; рұқсат етілген түрлер: image\/jpeg, /,
    )
  })

  it('passes a file within its kind’s limit, and one whose type the browser cannot name (the server reads it)', () => {
    for (const [kind, rule] of Object.entries(UPLOAD_RULES)) {
      for (const type of rule.mimeTypes)
        expect(
          uploadProblem({ name: `a.${kind}`, size: rule.maxBytes, type }),
          type,
        ).toBeUndefined()
      expect(
        uploadProblem({ name: 'b', size: rule.maxBytes + 1, type: rule.mimeTypes[0] }),
      ).toMatchObject({
        key: 'VALIDATION_FAILED.fileTooLarge',
      })
    }
    expect(uploadProblem({ name: 'unknown.xyz', size: 10, type: '' })).toBeUndefined()
    expect(MAX_UPLOAD_BYTES).toBe(UPLOAD_RULES.video.maxBytes)
  })
})

describe('the server says the same as the browser', () => {
  let payload: Payload
  let server: ApiServer
  let token: string

  beforeAll(async () => {
    payload = await bootPayload()
    server = await startApiServer()
    const region = await createRegion(payload)
    const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
    token = await loginToken(payload, journalist.email)
  })

  afterAll(async () => {
    await server?.close()
    await payload?.destroy()
  })

  const upload = async (file: { data: Buffer; name: string; type: string }, language: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify({ alt: 'Сипаттама' }))
    const response = await fetch(`${server.baseURL}/api/media`, {
      body: form,
      headers: { 'Accept-Language': language, Authorization: `JWT ${token}` },
      method: 'POST',
    })
    return { body: await response.json(), status: response.status }
  }

  it('a picture over 25 MB: 400 VALIDATION_FAILED, the browser’s message word for word', async () => {
    // A JPEG's signature, then padding: the bytes say JPEG, the size is over the picture limit.
    const data = Buffer.alloc(26 * MB, 0)
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(data)
    const file = { data, name: 'үлкен.jpg', type: 'image/jpeg' }
    for (const language of LANGUAGES) {
      const { body, status } = await upload(file, language)
      expect(status, JSON.stringify(body)).toBe(400)
      expect(body.code).toBe('VALIDATION_FAILED')
      expect(body.errors[0].data.errors[0].message).toBe(
        uploadRefusal({ name: file.name, size: data.length, type: file.type }, language)?.message,
      )
      expectInLanguage(language, body.message, `top message [${language}]`)
    }
  })

  it('a text file named .jpg: refused from its bytes, in the caller’s language', async () => {
    const file = { data: Buffer.from('бұл сурет емес'), name: 'жалған.jpg', type: 'image/jpeg' }
    for (const language of LANGUAGES) {
      const { body, status } = await upload(file, language)
      expect(status).toBe(400)
      expect(body.code).toBe('VALIDATION_FAILED')
      expectInLanguage(language, body.errors[0].data.errors[0].message, language)
    }
  })
})

describe('file sizes Payload shows in the admin', () => {
  it('formatFilesize takes the admin’s language: КБ, МБ with a decimal comma in kk and ru', () => {
    const format = formatFilesize as (bytes: number, decimals?: number, language?: string) => string
    expect(format(1536, 1, 'kk')).toBe('1,5 КБ')
    expect(format(30 * MB, 0, 'ru')).toBe('30 МБ')
    expect(format(500, 0, 'kk')).toBe('500 байт')
    expect(format(0, 0, 'kk')).toBe('0 байт')
    expect(format(1536, 1)).toBe('1.5KB')
    expect(format(1536, 1, 'en')).toBe('1.5KB')
  })

  it('every call in the admin’s bundle passes the language', () => {
    const bundle = fs.readFileSync(
      path.resolve('node_modules/@payloadcms/ui/dist/exports/client/index.js'),
      'utf8',
    )
    const aliases = [...bundle.matchAll(/formatFilesize as (\w+)\}from"payload\/shared"/g)].map(
      (match) => match[1],
    )
    expect(aliases.length).toBeGreaterThanOrEqual(3)
    for (const alias of aliases) {
      const calls = [...bundle.matchAll(new RegExp(`[^\\w.]${alias}\\(([^()]*)\\)`, 'g'))]
      expect(calls.length, alias).toBeGreaterThan(0)
      for (const call of calls) expect(call[1].split(',').length, `${alias}(${call[1]})`).toBe(3)
    }
  })
})
