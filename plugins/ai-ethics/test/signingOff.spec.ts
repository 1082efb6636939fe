import type { Payload } from 'payload'

import fs from 'fs'
import path from 'path'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SigningNotice } from '../src/admin/SigningNotice'
import { plainJpeg } from './aiPicture'
import { verifyWithC2paTs } from './c2paVerify'
import { storageFor } from './config'
import { bootTestApp, createUser, type TestApp, type TestUser } from './helpers'

// Signing configured (the fields exist) but no certificate given: nothing is signed or queued, and the media edit
// view says so in the editor's language.

const NAMES = { certificate: 'C2PA_SIGN_CERT', privateKey: 'C2PA_SIGN_KEY' }
const fileOf = (name: string, filename: string) =>
  fs.readFileSync(path.join(storageFor(name).mediaDir, filename))
const upload = async (payload: Payload, user: TestUser, data: Buffer) =>
  payload.create({
    collection: 'media',
    data: { alt: 'Форум' } as never,
    file: { data, mimetype: 'image/jpeg', name: 'picture.jpg', size: data.length },
    overrideAccess: false,
    user: user as never,
  }) as Promise<Record<string, any>>

describe('without a certificate', () => {
  const NAME = 'signing-off'
  let app: TestApp

  beforeAll(async () => {
    app = await bootTestApp({
      name: NAME,
      plugin: { signing: { names: NAMES, publishedField: 'isPublic', queueCron: false } },
    })
  })
  afterAll(async () => app?.destroy())

  it('signs nothing and queues nothing when a picture becomes public', async () => {
    const editor = await createUser(app.payload, ['admin'])
    const media = await upload(app.payload, editor, await plainJpeg(400, 300))
    await app.payload.update({
      collection: 'media',
      data: { isPublic: true } as never,
      id: media.id,
      overrideAccess: false,
      user: editor as never,
    })
    // The task exists (the schema does not depend on the certificate), but nothing queued it.
    expect(app.payload.config.jobs.tasks?.map((task) => task.slug)).toContain('aiEthicsSignMedia')
    expect((await app.payload.find({ collection: 'payload-jobs' as never })).totalDocs).toBe(0)
    await app.payload.jobs.run({ queue: 'ai-ethics-signing' })
    expect(await verifyWithC2paTs(fileOf(NAME, media.sizes.thumbnail.filename))).toBeUndefined()
    expect(app.payload.config.custom?.afterMediaPublic).toBeUndefined()
  })

  it('says so on the media edit view, in the editor’s language', async () => {
    const group = app.payload.collections.media.config.fields.find(
      (field) => 'name' in field && field.name === 'contentCredentials',
    ) as any
    const notice = group.fields.find((field: any) => field.name === 'notice')
    expect(notice.admin.components.Field.serverProps).toEqual({ signingOn: false })
    const render = (language: string) =>
      renderToStaticMarkup(
        React.createElement(SigningNotice, { i18n: { language } as never, signingOn: false }),
      )
    expect(render('ru')).toContain('Учётные данные контента выключены')
    expect(render('kk')).toContain('қол қою сертификаты бапталмаған')
    expect(render('en')).toContain(
      'no signing certificate is configured (C2PA_SIGN_CERT, C2PA_SIGN_KEY)',
    )
    expect(render('en')).toContain('data-signing="off"')
    // And in the ethics queue, where reviewers work.
    expect(
      (app.payload.config.admin.components.views as any).ethicsQueue.Component.serverProps,
    ).toEqual({ signing: 'off' })
  })
})
