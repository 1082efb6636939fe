import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createUser, type SignedInUser, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import {
  act,
  createDesk,
  createItemInState,
  type Desk,
  eventsFor,
  eventually,
  walk,
} from './helpers'
import { type ReceivedMail, startSmtpReceiver } from './smtpReceiver'

// Before payload.config.ts is imported: Payload's e-mail adapter goes to the local SMTP receiver below.
// A random port, so a parallel run elsewhere on the machine cannot take it.
const smtp = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  return { port }
})

let payload: Payload
let desk: Desk
let secondEditor: SignedInUser
let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>

beforeAll(async () => {
  receiver = await startSmtpReceiver(smtp.port)
  payload = await bootPayload()
  desk = await createDesk(payload)
  secondEditor = await createUser(payload, {
    regions: [desk.region.id],
    roles: ['regional-editor'],
  })
})

afterAll(async () => {
  await receiver?.stop()
  await payload?.destroy()
})

/** An article with a title no other message carries, so its e-mails can be told apart. */
const articleTitled = async (state: string) => {
  const item = await createItemInState(payload, desk, 'articles', state)
  const title = `Хабарлама ${unique()}`
  await payload.update({ collection: 'articles', data: { title }, draft: true, id: item.id })
  return { id: item.id, title }
}

/** Notifications are sent after the transition without being awaited: wait (bounded) for the ones about `title`. */
const mailsAbout = (title: string, subject: RegExp, count = 1) =>
  eventually(
    () => {
      const found = receiver.messages.filter(
        (mail) => mail.subject.includes(title) && subject.test(mail.subject),
      )
      return found.length >= count ? found : undefined
    },
    5_000,
    `${count} e-mail(s) "${subject}" about «${title}»`,
  )

const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((mail) => mail.rcptTo).sort()

describe('workflow e-mail notifications', () => {
  it("submit e-mails the region's editors", async () => {
    const item = await articleTitled('draft')
    await walk('articles', item.id, [[desk.tokens.author, { action: 'submit' }]])
    const mails = await mailsAbout(item.title, /Submitted for review/)
    expect(recipientsOf(mails)).toEqual([desk.people.editor.email, secondEditor.email].sort())
    expect(mails[0].text).toContain(`«${item.title}»`)
    expect(mails[0].text).toContain('draft → in_review')
    expect(mails[0].text).toContain(`/admin/collections/articles/${item.id}`)
  })

  it('submit with an assignee e-mails only the assignee', async () => {
    const item = await articleTitled('draft')
    await walk('articles', item.id, [
      [desk.tokens.author, { action: 'submit', assignee: secondEditor.id }],
    ])
    const mails = await mailsAbout(item.title, /Submitted for review/)
    expect(recipientsOf(mails)).toEqual([secondEditor.email])
  })

  it('request_changes e-mails the author with the comment', async () => {
    const item = await articleTitled('in_review')
    const comment = `Дереккөзді тексеріңіз: ${unique()}. Екінші абзацты қысқартыңыз.`
    await walk('articles', item.id, [[desk.tokens.editor, { action: 'request_changes', comment }]])
    const [mail] = await mailsAbout(item.title, /Changes requested/)
    expect(mail.rcptTo).toEqual([desk.people.author.email])
    expect(mail.text).toContain(comment)
    expect(mail.text).toContain('in_review → changes_requested')
  })

  it('approve and publish e-mail the author', async () => {
    const item = await articleTitled('in_review')
    await walk('articles', item.id, [
      [desk.tokens.editor, { action: 'approve' }],
      [desk.tokens.editor, { action: 'publish' }],
    ])
    const [approved] = await mailsAbout(item.title, /Approved/)
    const [published] = await mailsAbout(item.title, /Published/)
    expect(approved.rcptTo).toEqual([desk.people.author.email])
    expect(published.rcptTo).toEqual([desk.people.author.email])
    expect(published.text).toContain('approved → published')
  })

  it('a mail server that is down never fails the transition: it answers 200, is recorded, and the failure is logged', async () => {
    await receiver.stop()
    const logged = vi.spyOn(payload.logger, 'error')
    try {
      const item = await articleTitled('in_review')
      const res = await act('articles', item.id, desk.tokens.editor, { action: 'approve' })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect((await eventsFor(payload, 'articles', item.id)).map((event) => event.action)).toEqual([
        'approve',
      ])
      const latest = await payload.findByID({
        collection: 'articles',
        depth: 0,
        draft: true,
        id: item.id,
      })
      expect(latest.workflowStatus).toBe('approved')
      await eventually(
        () =>
          logged.mock.calls.find(([entry]) =>
            String((entry as { msg?: string })?.msg).includes(
              `Workflow notification for articles/${item.id} (approve) failed`,
            ),
          ),
        5_000,
        'the failed notification to be logged',
      )
    } finally {
      logged.mockRestore()
    }
  })
})
