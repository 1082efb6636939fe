import type {
  CollectionAfterChangeHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { clientAddress } from './clientAddress'
import { issueDeviceCookie, knownDevice } from './deviceCookie'
import { keyedHash, normaliseEmail } from './keys'
import { checkAgainstNothing } from './passwordCheck'
import { tooManyAttempts } from './refusals'
import {
  clearCounter,
  countAfter,
  countAttempt,
  type Counter,
  readCounter,
  uncount,
} from './throttle'

/**
 * Sign-in limits. Payload's own lock (`maxLoginAttempts`) is off: it let anyone lock any colleague out for ten
 * minutes, and its "locked" answer told which e-mails exist. Instead, failed sign-ins are counted:
 *
 * - per client address, over all accounts: past `addressFailures` in `windowMs`, that address waits for the
 *   window to end (stops a stranger guessing, or spraying one password over many accounts);
 * - per account, for browsers without its device cookie: after `accountFreeFailures`, each further try waits
 *   1 s, 2 s, 4 s … up to `maxDelayMs` after the last failure: slow for guessing, a short wait for the owner;
 * - per known device (src/accounts/deviceCookie.ts), instead of the two above: the owner's own browser has its
 *   own count, so strangers' failures never reach her, nor her colleagues' behind the same NAT.
 *
 * Every e-mail is counted alike, existing or not, so a throttled answer tells nothing about accounts.
 * Attempts are counted before the password is checked (parallel guesses all count) and taken back on success.
 */
export const signInLimits = {
  /** Failed sign-ins one client address may make in a window, over every account. @default 30 */
  addressFailures: 30,
  /** Failures of an account from unknown browsers before each try must wait. @default 5 */
  accountFreeFailures: 5,
  /** Failures from one known device before its tries must wait. @default 10 */
  deviceFreeFailures: 10,
  /** The first wait, doubled after each further failure. @default 1 s */
  firstDelayMs: 1_000,
  /** The longest wait between tries of one account. @default 60 s */
  maxDelayMs: 60_000,
  /** How long failures are remembered. @default 15 minutes */
  windowMs: 15 * 60_000,
}

type Attempt = { accountKey: string; addressKey?: string; throttleKey: string; viaDevice?: string }

const ATTEMPT = 'newsroom.signInAttempt'
const CREATED = 'newsroom.accountCreatedInRequest'

/** afterChange (create): remembers the account a request created, for the sign-in that may follow in it. */
export const rememberCreatedAccount: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create') req.context[CREATED] = normaliseEmail(doc.email)
  return doc
}

/** Only requests from outside are throttled; server code signing in through the Local API is trusted. */
export const fromOutside = (req: PayloadRequest): boolean =>
  req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

/** How long the next try under a progressive counter must wait, in ms (0: it may go now). */
const waitFor = (counter: Counter | undefined, free: number): number => {
  if (!counter || counter.count < free) return 0
  const delay = Math.min(
    signInLimits.maxDelayMs,
    signInLimits.firstDelayMs * 2 ** (counter.count - free),
  )
  return counter.lastAt + delay - Date.now()
}

/** Counts one try under a progressive key, or throws the 429 saying how long to wait. */
const takeTurn = async (req: PayloadRequest, key: string, free: number): Promise<void> => {
  const keepMs = signInLimits.windowMs + signInLimits.maxDelayMs
  for (let tries = 0; tries < 5; tries++) {
    const seen = await readCounter(req.payload, key, signInLimits.windowMs)
    const wait = waitFor(seen, free)
    if (wait > 0) throw tooManyAttempts(req, wait, 'signIn')
    if (await countAfter(req.payload, key, seen, signInLimits.windowMs, keepMs)) return
  }
  // Other tries of the same account keep coming first: this one waits a moment.
  throw tooManyAttempts(req, 1000, 'signIn')
}

/**
 * beforeOperation (login): applies the limits above, then — for an e-mail that has no account — spends the time
 * of a password check, which Payload skips, so a wrong e-mail and a wrong password take as long.
 */
export const guardSignIn: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' || !fromOutside(req)) return args
  const { email, password } =
    (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const account = normaliseEmail(email)
  if (!account || typeof password !== 'string' || !password.trim()) return args // Payload answers 400
  // An account this very request created (Payload's first-register signs its new user in): its password was just
  // set, there is nothing to guess. Counting it would also write outside the request's transaction, which on
  // SQLite holds the one write lock since the account's insert.
  if (req.context[CREATED] === account) return args
  const { payload } = req
  const accountKey = keyedHash(payload, 'account', account)
  const device = knownDevice(req, accountKey)

  let attempt: Attempt
  if (device) {
    attempt = {
      accountKey,
      throttleKey: `device:${keyedHash(payload, 'device', `${accountKey}:${device}`)}`,
      viaDevice: device,
    }
    await takeTurn(req, attempt.throttleKey, signInLimits.deviceFreeFailures)
  } else {
    const addressKey = `address:${keyedHash(payload, 'address', clientAddress(req.headers))}`
    const counted = await countAttempt(payload, addressKey, signInLimits.windowMs)
    if (counted.count > signInLimits.addressFailures) {
      throw tooManyAttempts(req, counted.windowStart + signInLimits.windowMs - Date.now(), 'signIn')
    }
    attempt = { accountKey, addressKey, throttleKey: `account:${accountKey}` }
    try {
      await takeTurn(req, attempt.throttleKey, signInLimits.accountFreeFailures)
    } catch (error) {
      await uncount(payload, addressKey) // refused before any password was tried
      throw error
    }
  }
  req.context[ATTEMPT] = attempt

  const existing = await payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: account } },
  })
  if (!existing) await checkAgainstNothing(password)
  return args
}

/**
 * afterLogin: the password was right. The try is taken back from the address, the counter it used is cleared,
 * and the browser gets (or renews) the account's device cookie.
 */
export const settleSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const attempt = req.context[ATTEMPT] as Attempt | undefined
  if (!attempt) return user
  delete req.context[ATTEMPT]
  // Inside the sign-in's transaction (`req`): committed with the session it creates.
  if (attempt.addressKey) await uncount(req.payload, attempt.addressKey, req)
  await clearCounter(req.payload, attempt.throttleKey, req)
  issueDeviceCookie(req, attempt.accountKey, attempt.viaDevice)
  return user
}

/** Forgets an account's failures (an administrator's unlock). */
export const clearAccountFailures = async (req: PayloadRequest, email: string): Promise<void> => {
  await clearCounter(
    req.payload,
    `account:${keyedHash(req.payload, 'account', normaliseEmail(email))}`,
  )
}

/**
 * A password check outside sign-in (the current password asked for before a password or e-mail change) counts
 * as a try of that account: a borrowed session cannot be used to guess the password faster than signing in.
 * Returns the function to call when the password was right.
 */
export const countPasswordTry = async (
  req: PayloadRequest,
  email: string,
): Promise<() => Promise<void>> => {
  const key = `account:${keyedHash(req.payload, 'account', normaliseEmail(email))}`
  await takeTurn(req, key, signInLimits.accountFreeFailures)
  return () => clearCounter(req.payload, key)
}
