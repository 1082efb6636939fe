import crypto from 'node:crypto'

/**
 * Checks a password against a stored Payload hash, the way Payload's local strategy does
 * (payload/dist/auth/strategies/local: PBKDF2-SHA256, 600,000 iterations and 32 bytes for `pbkdf2-sha256-v1:`
 * hashes, 25,000 and 512 for older ones). Payload does not export its check; test/accounts.spec.ts proves this
 * one agrees with it on a password Payload hashed.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { expected: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { expected: hash, iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

export const passwordMatches = async (
  stored: { hash?: unknown; salt?: unknown },
  password: string,
): Promise<boolean> => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { expected, iterations, keyLength } = parameters(stored.hash)
  const given = await pbkdf2(password, stored.salt, iterations, keyLength)
  const wanted = Buffer.from(expected, 'hex')
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted)
}

/** A hash no password matches, in the current format: checking against it costs what checking a real one costs. */
const DUMMY = {
  hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`,
  salt: crypto.randomBytes(32).toString('hex'),
}

/** Spends the time of one password check, for an account that does not exist (so the answer takes as long). */
export const checkAgainstNothing = async (password: string): Promise<void> => {
  await passwordMatches(DUMMY, password)
}
