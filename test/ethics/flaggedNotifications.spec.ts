import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createUser, richText, type SignedInUser, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createDesk, type Desk, eventually } from '../workflow/helpers'
import { type ReceivedMail, startSmtpReceiver } from '../workflow/smtpReceiver'

// Before payload.config.ts is imported: Payload's e-mail adapter goes to the local SMTP receiver below.
const smtp = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  return { port }
})

// When a save flags an item for the AI-ethics review, its ethics reviewers are told by e-mail, each in their
// interface language (Kazakh when they chose none): once when it becomes flagged, not on every save.

let payload: Payload
let desk: Desk
let reviewerRu: SignedInUser
let reviewerEn: SignedInUser
let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>

beforeAll(async () => {
  receiver = await startSmtpReceiver(smtp.port)
  payload = await bootPayload()
  desk = await createDesk(payload)
  reviewerRu = await createUser(payload, { language: 'ru', roles: ['ethics-reviewer'] } as never)
  reviewerEn = await createUser(payload, { language: 'en', roles: ['ethics-reviewer'] } as never)
})

afterAll(async () => {
  await receiver?.stop()
  await payload?.destroy()
})

const mailsAbout = (title: string) =>
  receiver.messages.filter((mail) => mail.subject.includes(title))

/** The mails about `title` once at least `count` have arrived (sending is not awaited by the save). */
const awaitMails = (title: string, count: number) =>
  eventually(
    () => {
      const found = mailsAbout(title)
      return found.length >= count ? found : undefined
    },
    5_000,
    `${count} e-mail(s) about «${title}»`,
  )

const mailTo = (mails: ReceivedMail[], email: string) => {
  const found = mails.filter((mail) => mail.rcptTo.includes(email))
  expect(found, `mails to ${email}`).toHaveLength(1)
  return found[0]
}

/** Long enough for a notification that was (wrongly) started to arrive at the local receiver. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500))

/** An article written by the desk's author as in the admin (access applies), with the AI use she declares. */
const writeArticle = async (usage: 'generated' | 'none') => {
  const title = `ЖИ хабарламасы ${unique()}`
  const doc = await payload.create({
    collection: 'articles',
    data: {
      aiDisclosure: { usage },
      body: richText('Мәтін.'),
      region: desk.region.id,
      title,
    } as never,
    draft: true,
    overrideAccess: false,
    user: desk.people.author,
  })
  return { id: doc.id as number, title }
}

const edit = (id: number, data: Record<string, unknown>) =>
  payload.update({
    collection: 'articles',
    data: data as never,
    draft: true,
    id,
    overrideAccess: false,
    user: desk.people.author,
  })

describe('ethics reviewers hear of flagged items', () => {
  it('e-mails every ethics reviewer in their language when an item is flagged, and nobody else', async () => {
    const item = await writeArticle('generated')
    const mails = await awaitMails(item.title, 3)
    const recipients = mails.flatMap((mail) => mail.rcptTo)
    for (const person of [desk.people.author, desk.people.editor, desk.people.chief])
      expect(recipients).not.toContain(person.email)

    const kk = mailTo(mails, desk.people.ethics.email)
    expect(kk.subject).toBe(`Этикалық тексеруді күтуде: «${item.title}»`)
    expect(kk.text).toContain('ЖИ көмегімен жасалған деп белгіленді')
    expect(kk.text).toContain('Автордың мәлімдемесі: generated')
    expect(kk.text).toContain(`/admin/collections/articles/${item.id}`)
    expect(kk.text).toContain('/admin/ethics-queue')

    const ru = mailTo(mails, reviewerRu.email)
    expect(ru.subject).toBe(`Ждёт этической проверки: «${item.title}»`)
    expect(ru.text).toContain('Заявление автора: generated')
    expect(ru.text).toContain('Статья')

    const en = mailTo(mails, reviewerEn.email)
    expect(en.subject).toBe(`Waiting for an ethics review: «${item.title}»`)
    expect(en.text).toContain('is flagged as made with AI')
  })

  it('tells them once per flagging: saves of an item still waiting tell nobody again', async () => {
    const item = await writeArticle('generated')
    const first = await awaitMails(item.title, 3)
    await edit(item.id, { excerpt: `Қысқаша ${unique()}` })
    await edit(item.id, { excerpt: `Тағы бір өзгеріс ${unique()}` })
    await settle()
    expect(mailsAbout(item.title)).toHaveLength(first.length)
  })

  it('says nothing about items without flags, nor about a reviewer’s decision; new flags after a clearance are told again', async () => {
    const plain = await writeArticle('none')
    await settle()
    expect(mailsAbout(plain.title)).toEqual([])

    const item = await writeArticle('generated')
    const first = (await awaitMails(item.title, 3)).length
    const cleared = await rest('POST', '/api/ai-ethics/review', {
      json: { collection: 'articles', decision: 'clear', id: item.id, note: 'Белгіленді, дұрыс.' },
      token: desk.tokens.ethics,
    })
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200)
    await edit(item.id, { excerpt: `Түзету ${unique()}` })
    await settle()
    expect(mailsAbout(item.title)).toHaveLength(first)

    // A new declaration is a new flag: the cleared review opens again, and the reviewers hear of it.
    await edit(item.id, { aiDisclosure: { usage: 'assisted' } })
    const again = await awaitMails(item.title, first + 3)
    expect(again.length).toBe(first * 2)
  })
})
