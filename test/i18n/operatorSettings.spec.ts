import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { originsFromEnv } from '../../plugins/delivery/src/origins'
import { publicCacheSettings } from '../../plugins/delivery/src/publicCache/settings'
import { databaseAdapter } from '../../src/db/databaseAdapter'
import { databaseSettings } from '../../src/db/settings'
import { operatorLanguage } from '../../src/db/startupError'
import { emailAdapter } from '../../src/email'
import * as aiEthics from '../../plugins/aiEthics'
import * as deliverTask from '../../plugins/delivery/src/webhooks/deliverTask'
import { imageLimits, imageProcessingConcurrency } from '../../collections/Media/uploadRules'
import { writeAdmissionSettings } from '../../src/http/writeAdmission'
import { jobsAutoRun } from '../../src/jobs'
import { seedOnStart } from '../../src/seed/seedOnInit'
import { requestLimits } from '../../src/requestGuard/settings'
import { runNode, startPayloadProcess } from '../helpers/childProcess'
import { RUN_ID } from '../helpers/factories'
import { expectInLanguage } from '../helpers/languageChecks'

/**
 * A setting that stops the start names the variable, the value given and what it may be, in the operator's
 * language: the process locale (LC_ALL, then LC_MESSAGES, then LANG) — Kazakh, Russian, else English.
 */

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const
const saved = new Map<string, string | undefined>()

/** Sets variables for one test; afterEach puts the old values back. */
const setEnv = (values: Record<string, string | undefined>) => {
  for (const [name, value] of Object.entries(values)) {
    if (!saved.has(name)) saved.set(name, process.env[name])
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  saved.clear()
})

const LOCALES: { env: Record<string, string | undefined>; language: 'en' | 'kk' | 'ru' }[] = [
  { env: { LANG: 'kk_KZ.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined }, language: 'kk' },
  // LC_ALL wins over LANG, as in every POSIX program.
  { env: { LANG: 'en_US.UTF-8', LC_ALL: 'ru_RU.UTF-8', LC_MESSAGES: undefined }, language: 'ru' },
  { env: { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined }, language: 'en' },
]

/** The message a reader stops with under the given locale. */
const messageOf = (read: () => unknown, locale: Record<string, string | undefined>): string => {
  setEnv(locale)
  try {
    read()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the reader accepted the value')
}

const readers: {
  env: Record<string, string>
  name: string
  read: () => unknown
  /** What every language's message must name: the variable, the value, the allowed range. */
  names: string[]
}[] = [
  {
    env: { DATABASE_POOL_MAX: 'abc' },
    name: 'DATABASE_POOL_MAX',
    names: ['DATABASE_POOL_MAX', 'abc', '3'],
    read: databaseSettings,
  },
  {
    env: { DATABASE_STATEMENT_TIMEOUT_MS: '5' },
    name: 'DATABASE_STATEMENT_TIMEOUT_MS (0 allowed)',
    names: ['DATABASE_STATEMENT_TIMEOUT_MS', '5', '100', '0'],
    read: databaseSettings,
  },
  {
    env: { WRITE_CONCURRENCY: '0' },
    name: 'WRITE_CONCURRENCY',
    names: ['WRITE_CONCURRENCY', '0', '1'],
    read: writeAdmissionSettings,
  },
  {
    env: { PUBLIC_CACHE: 'maybe' },
    name: 'PUBLIC_CACHE',
    names: ['PUBLIC_CACHE', 'maybe', 'on', 'off'],
    read: publicCacheSettings,
  },
  {
    env: { PUBLIC_CACHE_MAX_MB: '0' },
    name: 'PUBLIC_CACHE_MAX_MB',
    names: ['PUBLIC_CACHE_MAX_MB', '0', '1', '16384'],
    read: publicCacheSettings,
  },
  {
    env: { REQUEST_MAX_BODY_BYTES: '-1' },
    name: 'REQUEST_MAX_BODY_BYTES',
    names: ['REQUEST_MAX_BODY_BYTES', '-1', '1'],
    read: () => requestLimits(),
  },
  {
    env: { CORS_ORIGINS: 'https://kha.example/news' },
    name: 'CORS_ORIGINS',
    names: ['CORS_ORIGINS', 'https://kha.example/news', 'https://host[:port]'],
    read: () => originsFromEnv('CORS_ORIGINS'),
  },
  // Settings that used to fall back to their default, without a word, when the value was bad.
  {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: 'abc' },
    name: 'SMTP_PORT',
    names: ['SMTP_PORT', 'abc', '1', '65535'],
    read: emailAdapter,
  },
  {
    env: { WEBHOOK_TIMEOUT_MS: '10s' },
    name: 'WEBHOOK_TIMEOUT_MS',
    names: ['WEBHOOK_TIMEOUT_MS', '10s', '100', '600000'],
    read: () => deliverTask.webhookTimeoutMs(),
  },
  {
    env: { AI_DETECTOR_TIMEOUT_MS: '0', AI_DETECTOR_URL: 'http://127.0.0.1:1/detect' },
    name: 'AI_DETECTOR_TIMEOUT_MS',
    names: ['AI_DETECTOR_TIMEOUT_MS', '0', '100', '600000'],
    read: () => aiEthics.externalDetectorOptions(),
  },
  {
    env: { SMTP_HOST: '127.0.0.1', SMTP_SECURE: 'yes' },
    name: 'SMTP_SECURE',
    names: ['SMTP_SECURE', 'yes', 'true, false'],
    read: emailAdapter,
  },
  {
    env: { AI_DETECTOR_ON_ERROR: 'ignor', AI_DETECTOR_URL: 'http://127.0.0.1:1/detect' },
    name: 'AI_DETECTOR_ON_ERROR',
    names: ['AI_DETECTOR_ON_ERROR', 'ignor', 'flag, ignore'],
    read: () => aiEthics.externalDetectorOptions(),
  },
  {
    env: { UPLOAD_MAX_IMAGE_MEGAPIXELS: '-5' },
    name: 'UPLOAD_MAX_IMAGE_MEGAPIXELS',
    names: ['UPLOAD_MAX_IMAGE_MEGAPIXELS', '-5', '0'],
    read: imageLimits,
  },
  {
    env: { UPLOAD_MAX_IMAGE_SIDE: '16k' },
    name: 'UPLOAD_MAX_IMAGE_SIDE',
    names: ['UPLOAD_MAX_IMAGE_SIDE', '16k', '1'],
    read: imageLimits,
  },
  {
    env: { IMAGE_PROCESSING_CONCURRENCY: '0' },
    name: 'IMAGE_PROCESSING_CONCURRENCY',
    names: ['IMAGE_PROCESSING_CONCURRENCY', '0', '1'],
    read: imageProcessingConcurrency,
  },
  {
    env: { JOBS_AUTORUN: 'no' },
    name: 'JOBS_AUTORUN',
    names: ['JOBS_AUTORUN', 'no', 'true, false'],
    read: jobsAutoRun,
  },
  {
    env: { SEED_ON_START: '0' },
    name: 'SEED_ON_START',
    names: ['SEED_ON_START', '0', 'true, false'],
    read: seedOnStart,
  },
  {
    env: {},
    name: 'DATABASE_URI (unsupported)',
    names: ['DATABASE_URI', 'mysql://user:***@localhost/newsroom', 'postgres://'],
    read: () => databaseAdapter('mysql://user:secret@localhost/newsroom'),
  },
]

describe('the operator’s language', () => {
  it.each([
    [{ LANG: 'kk_KZ.UTF-8' }, 'kk'],
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'ru' }, 'ru'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'ru_RU.UTF-8', LC_ALL: 'kk_KZ.UTF-8' }, 'kk'],
    [{ LANG: 'kk_KZ.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'kk_KZ.UTF-8', LC_ALL: '' }, 'kk'],
  ] as const)('%o → %s', (env, language) => {
    expect(operatorLanguage(env as NodeJS.ProcessEnv)).toBe(language)
  })
})

describe('a bad setting stops the start in the operator’s language', () => {
  it.each(readers)('$name', ({ env, names, read }) => {
    const messages: Record<string, string> = {}
    for (const { env: locale, language } of LOCALES) {
      setEnv(env)
      const message = messageOf(read, locale)
      messages[language] = message
      expectInLanguage(language, message, `${language}`)
      for (const name of names) expect(message, language).toContain(name)
      expect(message).not.toContain('\n')
    }
    expect(messages.kk).not.toBe(messages.en)
    expect(messages.ru).not.toBe(messages.en)
  })
})

/** The test's environment with `env` on top, the locale variables `env` leaves out removed. */
const withLocale = (env: Record<string, string>): NodeJS.ProcessEnv => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const name of LOCALE_VARIABLES) if (!(name in env)) delete childEnv[name]
  return childEnv
}

/** A start as `npm run seed` makes it, with the given variables; what it printed and how it ended. */
const start = (env: Record<string, string>) => startPayloadProcess(withLocale(env))

/** `npm start` (server.mjs) with the given variables: what it printed and how it ended. */
const serverStart = (env: Record<string, string>) =>
  runNode(['server.mjs'], { env: withLocale(env), timeoutMs: 30_000 })

describe('npm start’s own settings (server.mjs, before anything is compiled)', () => {
  it.each<{ env: Record<string, string>; line: string }>([
    {
      env: { LANG: 'kk_KZ.UTF-8', PORT: 'abc' },
      line: 'PORT: 0 мен 65535 аралығындағы бүтін сан болуы керек (берілгені: «abc»).',
    },
    {
      env: { LANG: 'en_US.UTF-8', LC_ALL: 'ru_RU.UTF-8', PORT: '3000', WEB_CONCURRENCY: '0' },
      line: 'WEB_CONCURRENCY: должно быть целым числом от 1 (получено «0»).',
    },
    {
      env: { LANG: 'C', PORT: '70000' },
      line: 'PORT: must be a whole number from 0 to 65535 (got "70000").',
    },
  ])('$env: one line in the operator’s language', async ({ env, line }) => {
    const { code, output } = await serverStart(env)
    expect(code, output).toBe(1)
    expect(
      output.split('\n').filter((text) => text.trim()),
      output,
    ).toEqual([line])
  })
})

describe('unset or empty settings keep their defaults', () => {
  it('SMTP_PORT, WEBHOOK_TIMEOUT_MS, the AI detector’s settings, the image limits', () => {
    setEnv({
      AI_DETECTOR_ON_ERROR: undefined,
      AI_DETECTOR_TIMEOUT_MS: '',
      AI_DETECTOR_URL: 'http://127.0.0.1:1/detect',
      IMAGE_PROCESSING_CONCURRENCY: undefined,
      SMTP_HOST: undefined,
      SMTP_PORT: 'abc', // not used without SMTP_HOST
      UPLOAD_MAX_IMAGE_MEGAPIXELS: ' ',
      UPLOAD_MAX_IMAGE_SIDE: undefined,
      WEBHOOK_TIMEOUT_MS: '',
    })
    expect(emailAdapter()).toBeUndefined()
    expect(deliverTask.webhookTimeoutMs()).toBe(10_000)
    expect(aiEthics.externalDetectorOptions()).toMatchObject({ onError: 'flag', timeoutMs: 5000 })
    expect(imageLimits()).toEqual({ maxPixels: 80_000_000, maxSide: 16_384 })
    expect(imageProcessingConcurrency()).toBeGreaterThanOrEqual(1)
  })
})

describe('a real start', () => {
  it('LANG=kk_KZ.UTF-8 and an unsupported DATABASE_URI: one line in Kazakh', async () => {
    const { code, output } = await start({
      DATABASE_URI: 'mysql://newsroom:secret@127.0.0.1/newsroom',
      LANG: 'kk_KZ.UTF-8',
    })
    expect(code, output).not.toBe(0)
    const lines = output.split('\n').filter((line) => line.trim())
    expect(lines, output).toHaveLength(1)
    expect(lines[0]).toMatch(/^DATABASE_URI: /)
    expectInLanguage('kk', lines[0], 'start')
    expect(output).not.toContain('secret')
  })

  it('LC_ALL=ru_RU.UTF-8 and DATABASE_POOL_MAX=abc: one line in Russian naming the variable and range', async () => {
    const { code, output } = await start({
      DATABASE_POOL_MAX: 'abc',
      DATABASE_URI: `file:${path.resolve(`.tmp/operator-${RUN_ID}.db`)}`,
      LANG: 'en_US.UTF-8',
      LC_ALL: 'ru_RU.UTF-8',
    })
    expect(code, output).not.toBe(0)
    const lines = output.split('\n').filter((line) => line.trim())
    expect(lines, output).toHaveLength(1)
    expect(lines[0]).toBe('DATABASE_POOL_MAX: должно быть целым числом от 3 (получено «abc»).')
  })

  // Read when the config is built (SMTP_PORT, AI_DETECTOR_TIMEOUT_MS) or by the start-up work of the delivery plugin
  // and of the app (WEBHOOK_TIMEOUT_MS, the image limits), not only when an e-mail, a webhook or an upload needs them.
  it.each<{ env: Record<string, string>; line: string }>([
    {
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: 'abc' },
      line: 'SMTP_PORT: 1 мен 65535 аралығындағы бүтін сан болуы керек (берілгені: «abc»).',
    },
    {
      env: { AI_DETECTOR_TIMEOUT_MS: '5s', AI_DETECTOR_URL: 'http://127.0.0.1:1/detect' },
      line: 'AI_DETECTOR_TIMEOUT_MS: 100 мен 600000 аралығындағы бүтін сан болуы керек (берілгені: «5s»).',
    },
    {
      env: { WEBHOOK_TIMEOUT_MS: '-1' },
      line: 'WEBHOOK_TIMEOUT_MS: 100 мен 600000 аралығындағы сан болуы керек (берілгені: «-1»).',
    },
    {
      env: { UPLOAD_MAX_IMAGE_SIDE: 'abc' },
      line: 'UPLOAD_MAX_IMAGE_SIDE: 1 немесе одан үлкен бүтін сан болуы керек (берілгені: «abc»).',
    },
  ])(
    'LANG=kk_KZ.UTF-8 and $env: one line in Kazakh',
    async ({ env, line }) => {
      const { code, output } = await start({
        ...env,
        DATABASE_URI: `file:${path.resolve(`.tmp/operator-${RUN_ID}.db`)}`,
        LANG: 'kk_KZ.UTF-8',
      })
      expect(code, output).not.toBe(0)
      // Settings checked once Payload is up come after its start-up log lines; then nothing more, no stack trace.
      const lines = output.split('\n').filter((text) => text.trim() && !text.startsWith('{"level"'))
      expect(lines.at(-1), output).toBe(line)
      expect(output).not.toMatch(/^\s+at /m)
      expect(output).not.toContain('payload started')
    },
    120_000,
  )
})
