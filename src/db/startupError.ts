// A configuration problem at start-up: one line for the operator (the plugins' shared helper).
export { failStartup } from '../../plugins/shared/startupError'

/** A connection string safe to print: the password is masked. */
export const redactUri = (uri: string): string =>
  uri.replace(/\/\/([^:/@]+):([^@/]*)@/, '//$1:***@')
