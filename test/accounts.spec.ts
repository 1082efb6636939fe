import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  clientAddress,
  PEER_ADDRESS_HEADER,
  PEER_ADDRESS_MARK,
} from '../src/accounts/clientAddress'
import { passwordMatches } from '../src/accounts/passwordCheck'
import { passwordResetLimits } from '../src/accounts/passwordReset'
import { signInLimits } from '../src/accounts/signInGuard'
import { type ApiServer, startApiServer } from './delivery/server'
import { createUser, loginToken, PASSWORD, type SignedInUser, unique } from './helpers/factories'
import { bootPayload } from './helpers/payload'

/**
 * Finding 6 of the security review: any signed-in user could unlock any account (unlimited guessing), anyone
 * could lock any account for ten minutes, and the "locked" answer told which e-mails exist. Over real HTTP (the
 * app's route handlers behind a socket), REST and GraphQL.
 */
let payload: Payload
let server: ApiServer
let admin: SignedInUser
let journalist: SignedInUser
const defaults = { ...signInLimits }
const resetDefaults = { ...passwordResetLimits }

beforeAll(async () => {
  // The spec's clients "come from" many addresses: the test server (127.0.0.1) is a proxy that says so.
  process.env.TRUSTED_PROXIES = '127.0.0.1'
  payload = await bootPayload()
  server = await startApiServer()
  admin = await createUser(payload, { roles: ['admin'] })
  journalist = await createUser(payload, { roles: ['journalist'] })
})

afterEach(async () => {
  Object.assign(signInLimits, defaults)
  Object.assign(passwordResetLimits, resetDefaults)
  await payload.db.deleteMany({ collection: 'auth-throttles', where: {} })
})

afterAll(async () => {
  delete process.env.TRUSTED_PROXIES
  await server?.close()
  await payload?.destroy()
})

let addressCounter = 0
/** A client address of its own (documentation range 198.51.100.0/24 and friends), so tests do not share limits. */
const newAddress = () => {
  addressCounter += 1
  return `203.0.${113 + Math.floor(addressCounter / 250)}.${addressCounter % 250}`
}

type Answer = { body: any; cookies: string[]; headers: Headers; ms: number; status: number }

const call = async (
  path: string,
  init: { address?: string; body?: unknown; cookie?: string; token?: string; method?: string },
): Promise<Answer> => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (init.address) headers['X-Forwarded-For'] = init.address
  if (init.cookie) headers.Cookie = init.cookie
  if (init.token) headers.Authorization = `JWT ${init.token}`
  const started = performance.now()
  const response = await fetch(`${server.baseURL}${path}`, {
    body: JSON.stringify(init.body),
    headers,
    method: init.method ?? 'POST',
  })
  const text = await response.text()
  const ms = performance.now() - started
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return {
    body,
    cookies: response.headers.getSetCookie(),
    headers: response.headers,
    ms,
    status: response.status,
  }
}

const login = (
  email: string,
  password: string,
  options: { address?: string; cookie?: string } = {},
) => call('/api/users/login', { ...options, body: { email, password } })

const graphql = (
  query: string,
  options: { address?: string; cookie?: string; token?: string } = {},
) => call('/api/graphql', { ...options, body: { query } })

/** The device cookie a successful sign-in set, as a Cookie header value. */
const deviceCookieOf = (answer: Answer) =>
  answer.cookies.find((cookie) => cookie.startsWith('newsroom-device-'))?.split(';')[0]

const codeOf = (answer: Answer) =>
  answer.body?.errors?.[0]?.data?.code ?? answer.body?.errors?.[0]?.extensions?.data?.code

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]

describe('unlock', () => {
  it('is for administrators only, over REST and GraphQL', async () => {
    const colleague = await createUser(payload)
    const asJournalist = await call('/api/users/unlock', {
      body: { email: colleague.email },
      token: await loginToken(payload, journalist.email),
    })
    expect(asJournalist.status, JSON.stringify(asJournalist.body)).toBe(403)
    expect(codeOf(asJournalist)).toBe('UNLOCK_FORBIDDEN')
    const anonymous = await call('/api/users/unlock', { body: { email: colleague.email } })
    expect(anonymous.status).toBe(401)

    const viaGraphql = await graphql(`mutation { unlockUser(email: "${colleague.email}") }`, {
      token: await loginToken(payload, journalist.email),
    })
    expect(viaGraphql.body.errors?.[0]?.extensions).toMatchObject({
      data: { code: 'UNLOCK_FORBIDDEN' },
      statusCode: 403,
    })
  })

  it('answers an administrator alike for an account that exists and one that does not', async () => {
    const colleague = await createUser(payload)
    const token = await loginToken(payload, admin.email)
    const known = await call('/api/users/unlock', { body: { email: colleague.email }, token })
    const unknown = await call('/api/users/unlock', {
      body: { email: `nobody-${unique()}@example.test` },
      token,
    })
    expect([known.status, unknown.status]).toEqual([200, 200])
    expect(known.body).toEqual(unknown.body)
    expect(
      (
        await graphql(`mutation { unlockUser(email: "nobody-${unique()}@example.test") }`, {
          token,
        })
      ).body,
    ).toEqual({ data: { unlockUser: true } })
  })

  it("clears an account's failed sign-ins, so its owner need not wait", async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: the sequence below is deterministic
    const colleague = await createUser(payload)
    const attacker = newAddress()
    for (let i = 0; i < signInLimits.accountFreeFailures; i++)
      await login(colleague.email, 'wrong-guess', { address: attacker })
    expect((await login(colleague.email, PASSWORD, { address: newAddress() })).status).toBe(429)
    expect(
      (
        await call('/api/users/unlock', {
          body: { email: colleague.email },
          token: await loginToken(payload, admin.email),
        })
      ).status,
    ).toBe(200)
    expect((await login(colleague.email, PASSWORD, { address: newAddress() })).status).toBe(200)
  })
})

describe('sign-in answers do not tell which accounts exist', () => {
  it('answers a wrong password and an unknown e-mail with the same status and body, also after many failures', async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: both accounts are throttled from the same attempt
    const owner = await createUser(payload)
    const unknownEmail = `nobody-${unique()}@example.test`
    const address = newAddress()
    for (let i = 0; i < 12; i++) {
      const known = await login(owner.email, `wrong-${i}`, { address })
      const unknown = await login(unknownEmail, `wrong-${i}`, { address })
      // The same status, code and message (a Retry-After may differ by the second the two answers took).
      const shape = (answer: Answer) => ({
        code: codeOf(answer),
        message: String(answer.body.errors?.[0]?.message).replace(/\d+/g, 'N'),
        status: answer.status,
      })
      expect(shape(unknown), `attempt ${i + 1}`).toEqual(shape(known))
      if (known.status === 401) expect(unknown.body).toEqual(known.body)
      expect(known.status, `attempt ${i + 1}: ${JSON.stringify(known.body)}`).toBeOneOf([401, 429])
      expect(JSON.stringify(known.body)).not.toMatch(/locked/i)
    }
  })

  it('takes as long for an unknown e-mail as for a wrong password: the password is hashed either way', async () => {
    const owner = await createUser(payload)
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 4; i++) {
      known.push((await login(owner.email, `wrong-${i}`, { address: newAddress() })).ms)
      unknown.push(
        (await login(`nobody-${unique()}@example.test`, `wrong-${i}`, { address: newAddress() }))
          .ms,
      )
      await payload.db.deleteMany({ collection: 'auth-throttles', where: {} })
    }
    // A PBKDF2 check (600,000 rounds) is most of a sign-in; without it an unknown e-mail answered in a few ms (a ratio
    // near 0.01). The bound leaves room for a loaded machine, where the known account's extra reads weigh more.
    expect(
      median(unknown) / median(known),
      `known ${known.map(Math.round)} ms, unknown ${unknown.map(Math.round)} ms`,
    ).toBeGreaterThan(0.3)
  })
})

describe('failed sign-ins are throttled, and a stranger cannot lock the owner out', () => {
  it('slows an account down after a few failures: 429 with Retry-After and a code, whatever the address', async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: the sequence below is deterministic
    const owner = await createUser(payload)
    const answers: Answer[] = []
    for (let i = 0; i < signInLimits.accountFreeFailures + 1; i++)
      answers.push(await login(owner.email, `guess-${i}`, { address: newAddress() }))
    expect(
      answers.slice(0, signInLimits.accountFreeFailures).map((answer) => answer.status),
    ).toEqual(Array(signInLimits.accountFreeFailures).fill(401))
    const refused = answers.at(-1)!
    expect(refused.status).toBe(429)
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(
      signInLimits.maxDelayMs / 1000,
    )
  })

  it('lets the owner in from her own browser while a stranger is guessing, and from a new one after a short wait', async () => {
    signInLimits.maxDelayMs = 2_000
    const owner = await createUser(payload)
    const first = await login(owner.email, PASSWORD, { address: newAddress() })
    expect(first.status).toBe(200)
    const cookie = deviceCookieOf(first)
    expect(cookie, first.cookies.join(' | ')).toBeTruthy()

    // A stranger guesses, from one address and then from many: he is refused.
    const stranger = newAddress()
    const strangerAnswers: number[] = []
    for (let i = 0; i < 15; i++)
      strangerAnswers.push(
        (await login(owner.email, `guess-${i}`, { address: i < 8 ? stranger : newAddress() }))
          .status,
      )
    expect(strangerAnswers).toContain(429)

    // Her own browser is not affected by his failures, even behind the stranger's address (a shared NAT).
    expect((await login(owner.email, PASSWORD, { address: stranger, cookie })).status).toBe(200)
    // A browser she never used waits at most maxDelayMs, then gets in.
    const elsewhere = newAddress()
    let fresh = await login(owner.email, PASSWORD, { address: elsewhere })
    if (fresh.status === 429) {
      expect(Number(fresh.headers.get('retry-after'))).toBeLessThanOrEqual(2)
      await new Promise((resolve) =>
        setTimeout(resolve, Number(fresh.headers.get('retry-after')) * 1000 + 100),
      )
      fresh = await login(owner.email, PASSWORD, { address: elsewhere })
    }
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200)
  })

  it('stops one address guessing over many accounts, without stopping other addresses or known browsers behind it', async () => {
    signInLimits.addressFailures = 8
    const colleague = await createUser(payload)
    const known = deviceCookieOf(await login(colleague.email, PASSWORD, { address: newAddress() }))
    const nat = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await login(`spray-${unique()}@example.test`, 'Summer2026!', { address: nat })).status,
      )
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401))
    expect(statuses.slice(8)).toEqual([429, 429])
    // The same address, an existing account with the right password: still refused (nothing is told)...
    expect((await login(colleague.email, PASSWORD, { address: nat })).status).toBe(429)
    // ...but not from another address, nor from a browser that signed in to it before.
    expect((await login(colleague.email, PASSWORD, { address: newAddress() })).status).toBe(200)
    expect((await login(colleague.email, PASSWORD, { address: nat, cookie: known })).status).toBe(
      200,
    )
  })

  it('counts parallel guesses before checking them: a burst gets no more tries than one by one', async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: the sequence below is deterministic
    const owner = await createUser(payload)
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login(owner.email, `burst-${i}`, { address: newAddress() }),
      ),
    )
    const checked = answers.filter((answer) => answer.status === 401).length
    expect(checked, answers.map((answer) => answer.status).join(',')).toBeLessThanOrEqual(
      signInLimits.accountFreeFailures,
    )
    expect(answers.filter((answer) => answer.status === 429).length).toBe(20 - checked)
  })

  it('throttles GraphQL loginUser the same way, also when one request sends many aliased mutations', async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: the sequence below is deterministic
    const owner = await createUser(payload)
    const guesses = Array.from(
      { length: 8 },
      (_, i) => `g${i}: loginUser(email: "${owner.email}", password: "guess-${i}") { exp }`,
    ).join('\n')
    const answer = await graphql(`mutation { ${guesses} }`, { address: newAddress() })
    const codes = (answer.body.errors ?? []).map(
      (error: any) => error.extensions?.data?.code ?? error.extensions?.statusCode,
    )
    expect(
      codes.filter((code: unknown) => code === 'TOO_MANY_ATTEMPTS').length,
      JSON.stringify(answer.body.errors),
    ).toBe(8 - signInLimits.accountFreeFailures)
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  })
})

describe('forgot password', () => {
  it('answers alike for every e-mail and does the account work outside the request (REST and GraphQL)', async () => {
    const owner = await createUser(payload)
    const address = newAddress()
    const known = await call('/api/users/forgot-password', {
      address,
      body: { email: owner.email },
    })
    const unknown = await call('/api/users/forgot-password', {
      address,
      body: { email: `nobody-${unique()}@example.test` },
    })
    expect([known.status, unknown.status]).toEqual([200, 200])
    expect(known.body).toEqual(unknown.body)
    // Nothing account-specific happened while the caller waited: no token yet.
    const tokenOf = async () =>
      (
        (await payload.db.findOne({
          collection: 'users',
          where: { id: { equals: owner.id } },
        })) as { resetPasswordToken?: null | string }
      ).resetPasswordToken
    expect(await tokenOf()).toBeFalsy()
    await payload.jobs.run({ queue: 'accounts' })
    expect(await tokenOf()).toMatch(/^[0-9a-f]{40}$/)

    const viaGraphql = await graphql(
      `mutation { forgotPasswordUser(email: "nobody-${unique()}@example.test") }`,
      { address },
    )
    expect(viaGraphql.body).toEqual({ data: { forgotPasswordUser: true } })
  })

  it('throttles requests per address and per e-mail with 429, Retry-After and a code', async () => {
    passwordResetLimits.perAddress = 3
    const address = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await call('/api/users/forgot-password', {
            address,
            body: { email: `x-${unique()}@example.test` },
          })
        ).status,
      )
    expect(statuses).toEqual([200, 200, 200, 429])
    passwordResetLimits.perAddress = 100
    passwordResetLimits.perAccount = 2
    const email = `flood-${unique()}@example.test`
    const answers: Answer[] = []
    for (let i = 0; i < 3; i++)
      answers.push(
        await call('/api/users/forgot-password', { address: newAddress(), body: { email } }),
      )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429])
    expect(codeOf(answers[2])).toBe('TOO_MANY_ATTEMPTS')
    expect(Number(answers[2].headers.get('retry-after'))).toBeGreaterThan(0)
    const missing = await call('/api/users/forgot-password', { address: newAddress(), body: {} })
    expect([missing.status, codeOf(missing)]).toEqual([400, 'EMAIL_REQUIRED'])
  })
})

describe('changing one’s own password or e-mail needs the current password', () => {
  const patch = (user: SignedInUser, token: string, body: Record<string, unknown>) =>
    call(`/api/users/${user.id}`, { body, method: 'PATCH', token })

  it('over REST: refused without it (400) or with a wrong one (403); accepted with it', async () => {
    const user = await createUser(payload)
    const token = await loginToken(payload, user.email)
    const without = await patch(user, token, { password: 'new-password-456' })
    expect([without.status, codeOf(without)], JSON.stringify(without.body)).toEqual([
      400,
      'CURRENT_PASSWORD_REQUIRED',
    ])
    const wrong = await patch(user, token, {
      currentPassword: 'not-it',
      password: 'new-password-456',
    })
    expect([wrong.status, codeOf(wrong)]).toEqual([403, 'CURRENT_PASSWORD_INCORRECT'])
    const email = `moved-${unique()}@example.test`
    expect((await patch(user, token, { email })).status).toBe(400)
    expect((await login(user.email, PASSWORD, { address: newAddress() })).status).toBe(200) // nothing changed

    const right = await patch(user, token, {
      currentPassword: PASSWORD,
      email,
      password: 'new-password-456',
    })
    expect(right.status, JSON.stringify(right.body)).toBe(200)
    expect(JSON.stringify(right.body)).not.toMatch(/currentPassword/)
    expect((await login(email, 'new-password-456', { address: newAddress() })).status).toBe(200)
    // Other edits of one's own account need nothing more.
    expect((await patch(user, token, { email, name: 'Жаңа аты' })).status).toBe(200)
  })

  it('over GraphQL updateUser and the Local API as the user', async () => {
    const user = await createUser(payload)
    const token = await loginToken(payload, user.email)
    const without = await graphql(
      `mutation { updateUser(id: ${user.id}, data: { password: "new-password-456" }) { id } }`,
      { token },
    )
    expect(without.body.errors?.[0]?.extensions).toMatchObject({
      data: { code: 'CURRENT_PASSWORD_REQUIRED' },
      statusCode: 400,
    })
    const withIt = await graphql(
      `mutation { updateUser(id: ${user.id}, data: { password: "new-password-456", currentPassword: "${PASSWORD}" }) { id } }`,
      { token },
    )
    expect(withIt.body.errors, JSON.stringify(withIt.body)).toBeUndefined()

    const local = await payload
      .update({
        collection: 'users',
        data: { email: `local-${unique()}@example.test` },
        id: user.id,
        overrideAccess: false,
        user,
      })
      .catch((error: unknown) => error)
    expect(local).toMatchObject({ data: { code: 'CURRENT_PASSWORD_REQUIRED' }, status: 400 })
  })

  it("lets an administrator set someone else's password without it, but not her own", async () => {
    const user = await createUser(payload)
    const token = await loginToken(payload, admin.email)
    expect((await patch(user, token, { password: 'set-by-admin-789' })).status).toBe(200)
    expect((await login(user.email, 'set-by-admin-789', { address: newAddress() })).status).toBe(
      200,
    )
    const own = await patch(admin, token, { password: 'admin-new-789' })
    expect([own.status, codeOf(own)]).toEqual([400, 'CURRENT_PASSWORD_REQUIRED'])
  })

  it('counts wrong current passwords as failed sign-ins of the account', async () => {
    signInLimits.firstDelayMs = 30_000 // the wait outlasts the test: the sequence below is deterministic
    const user = await createUser(payload)
    const token = await loginToken(payload, user.email)
    const statuses: number[] = []
    for (let i = 0; i < signInLimits.accountFreeFailures + 1; i++)
      statuses.push(
        (await patch(user, token, { currentPassword: `guess-${i}`, password: 'x-password-1' }))
          .status,
      )
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('an account created and signed in by one request (first-register)', () => {
  it("signs in at once: the sign-in counters do not wait for the request's own transaction", async () => {
    // What Payload's first-register does: in one transaction, create the user, then sign her in (from outside).
    const req = await createLocalReq({}, payload)
    req.payloadAPI = 'REST'
    await initTransaction(req)
    const email = `first-${unique()}@example.test`
    const started = Date.now()
    try {
      await payload.create({
        collection: 'users',
        data: { email, name: 'Бірінші', password: PASSWORD, roles: ['admin'] } as never,
        overrideAccess: true,
        req,
      })
      const { token } = await payload.login({
        collection: 'users',
        data: { email, password: PASSWORD },
        req,
      })
      expect(token).toBeTruthy()
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    // Before: on SQLite the counter write queued behind the request's own write lock, and failed with
    // DATABASE_BUSY after DATABASE_POOL_TIMEOUT_MS (5 s).
    expect(Date.now() - started).toBeLessThan(4_000)
  })
})

describe('building blocks', () => {
  it('checks passwords exactly as Payload hashed them', async () => {
    const user = await createUser(payload)
    const stored = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: user.id } },
    })) as unknown as { hash: string; salt: string }
    expect(stored.hash).toMatch(/^pbkdf2-sha256-v1:/)
    expect(await passwordMatches(stored, PASSWORD)).toBe(true)
    expect(await passwordMatches(stored, `${PASSWORD}x`)).toBe(false)
  })

  it('reads the client address from the socket, and X-Forwarded-For only behind a trusted proxy', () => {
    const marked = globalThis as Record<symbol, unknown>
    expect(marked[PEER_ADDRESS_MARK]).toBe(true)
    const headers = (peer: string, forwarded?: string) =>
      new Headers({
        [PEER_ADDRESS_HEADER]: peer,
        ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      })
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, 127.0.0.1'
    expect(clientAddress(headers('198.51.100.7', '1.2.3.4'))).toBe('198.51.100.7') // not a proxy: its header is ignored
    expect(clientAddress(headers('10.1.2.3', '1.2.3.4, 10.9.9.9'))).toBe('1.2.3.4') // the proxies' hops are skipped
    expect(clientAddress(headers('::ffff:127.0.0.1', '5.6.7.8'))).toBe('5.6.7.8')
    expect(clientAddress(headers('2001:db8:1:2:3:4:5:6'))).toBe('2001:db8:1:2::/64')
    expect(clientAddress(headers('2001:db8:1:2:ffff::1'))).toBe('2001:db8:1:2::/64')
    process.env.TRUSTED_PROXIES = ''
    expect(clientAddress(headers('127.0.0.1', '1.2.3.4'))).toBe('127.0.0.1')
    process.env.TRUSTED_PROXIES = '127.0.0.1'
  })
})
