import { type Language, type MessageParams } from './messages'
import { operatorLanguageOf } from './operatorLanguage.mjs'

/**
 * A configuration problem as a catalogue says it: its key (`INVALID_SETTING.wholeNumber`), its values, and the
 * catalogue's words for it in a language. Each catalogue makes its own (`startupProblems`): the app's for its
 * settings, a plugin's for the plugin's.
 */
export type StartupProblem = {
  key: string
  params: MessageParams
  say: (language: Language) => string
}

/** The problem maker of a catalogue: `(key, params)` → a StartupProblem said from that catalogue. */
export const startupProblems =
  <Key extends string>(
    message: (key: Key, params: MessageParams, language: string) => string,
  ): ((key: Key, params?: MessageParams) => StartupProblem) =>
  (key, params = {}) => ({ key, params, say: (language) => message(key, params, language) })

/**
 * The operator's language, from the locale of the process as POSIX orders it (LC_ALL, then LC_MESSAGES, then
 * LANG): `kk_KZ.UTF-8` → kk, `ru_RU.UTF-8` → ru; English for any other (C, POSIX, en_US, de_DE) or none.
 */
export const operatorLanguage = (env: NodeJS.ProcessEnv = process.env): Language =>
  operatorLanguageOf(env) // plain JavaScript, shared with server.mjs

/** The problem's one line in the operator's language. */
export const startupMessage = (
  problem: StartupProblem,
  env: NodeJS.ProcessEnv = process.env,
): string => problem.say(operatorLanguage(env))

/**
 * A setting that stops the start, thrown by the settings readers: its message is in the operator's language, its
 * key and values stay for whoever catches it.
 */
export class StartupSettingError extends Error {
  readonly problem: StartupProblem

  constructor(problem: StartupProblem) {
    super(startupMessage(problem))
    this.name = 'StartupSettingError'
    this.problem = problem
  }
}

/**
 * A configuration problem found at start-up. Outside tests it is printed as one line and the process exits,
 * so an operator sees which variable to fix instead of a stack trace. A catalogue problem is said in the
 * operator's language (operatorLanguage); a string is printed as it is (the message of an error already said).
 */
export const failStartup = (problem: StartupProblem | string): never => {
  const message = typeof problem === 'string' ? problem : startupMessage(problem)
  if (process.env.VITEST) throw new Error(message)

  console.error(`\n${message}\n`)
  process.exit(1)
}

/**
 * What `read` returns; when it throws (a setting reader's StartupSettingError, a plugin refusing its options), the
 * start stops with its message as one line (failStartup), already in the operator's language.
 */
export const orStopStart = <T>(read: () => T): T => {
  try {
    return read()
  } catch (error) {
    return failStartup((error as Error).message)
  }
}
