import {
  FALLBACK_LANGUAGE,
  type Language,
  LANGUAGES,
  type MessageKey,
  type MessageParams,
  renderMessage,
} from '../errors/messages'

/** A configuration problem as the catalogue says it (`INVALID_SETTING.wholeNumber` and its values). */
export type StartupProblem = { key: MessageKey; params?: MessageParams }

/**
 * The operator's language, from the locale of the process as POSIX orders it (LC_ALL, then LC_MESSAGES, then
 * LANG): `kk_KZ.UTF-8` → kk, `ru_RU.UTF-8` → ru; English for any other (C, POSIX, en_US, de_DE) or none.
 */
export const operatorLanguage = (env: NodeJS.ProcessEnv = process.env): Language => {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value?.trim())
  const language = locale
    ?.trim()
    .toLowerCase()
    .split(/[_.@-]/)[0]
  return (LANGUAGES as readonly string[]).includes(language ?? '')
    ? (language as Language)
    : FALLBACK_LANGUAGE
}

/** The problem's one line in the operator's language. */
export const startupMessage = (
  problem: StartupProblem,
  env: NodeJS.ProcessEnv = process.env,
): string => renderMessage(problem.key, problem.params, operatorLanguage(env))

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
 * operator's language (operatorLanguage).
 */
export const failStartup = (problem: StartupProblem | string): never => {
  const message = typeof problem === 'string' ? problem : startupMessage(problem)
  if (process.env.VITEST) throw new Error(message)

  console.error(`\n${message}\n`)
  process.exit(1)
}

/** A connection string safe to print: the password is masked. */
export const redactUri = (uri: string): string =>
  uri.replace(/\/\/([^:/@]+):([^@/]*)@/, '//$1:***@')
