// A configuration problem at start-up: one line for the operator, in the operator's language (the plugins' shared
// helper, plugins/shared/startupError.ts), said from the app's catalogue (INVALID_SETTING.* in src/errors/messages.ts).
import {
  failStartup as failStartupWith,
  StartupSettingError as SettingError,
  startupProblems,
} from '../../plugins/shared/startupError'
import { type MessageKey, type MessageParams, renderMessage } from '../errors/messages'

export { operatorLanguage, orStopStart, startupMessage } from '../../plugins/shared/startupError'

/** A configuration problem as the app's catalogue says it (`INVALID_SETTING.wholeNumber` and its values). */
export type StartupProblem = { key: MessageKey; params?: MessageParams }

/** The problem as the shared helpers take it (plugins/shared/settings.ts numberSetting), said from the app's catalogue. */
export const problemOf = startupProblems<MessageKey>(renderMessage)

/** Stops the start with the problem's one line in the operator's language (a string: printed as it is). */
export const failStartup = (problem: StartupProblem | string): never =>
  failStartupWith(typeof problem === 'string' ? problem : problemOf(problem.key, problem.params))

/** A setting of the app that stops the start, thrown by its settings readers (see the shared class). */
export class StartupSettingError extends SettingError {
  constructor(problem: StartupProblem) {
    super(problemOf(problem.key, problem.params))
  }
}

/** A connection string safe to print: the password is masked. */
export const redactUri = (uri: string): string =>
  uri.replace(/\/\/([^:/@]+):([^@/]*)@/, '//$1:***@')
