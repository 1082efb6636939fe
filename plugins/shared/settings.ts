import type { MessageParams } from './messages'

import { type StartupProblem, StartupSettingError } from './startupError'

/**
 * A number read from the environment, as every setting of the app and of the plugins reads one: unset or empty (or
 * blank) → the fallback; a value that is not a number within bounds → StartupSettingError with the catalogue's
 * problem naming the variable, the value given and what it may be (never a silent fallback to the default).
 */
export const numberSetting = (
  name: string,
  fallback: number,
  {
    accept,
    problem,
  }: {
    /** Whether the value, a finite number, is allowed. */
    accept: (value: number) => boolean
    /** The catalogue's problem for a refused value; `name` and `value` are added to its params. */
    problem: (params: MessageParams) => StartupProblem
  },
  env: NodeJS.ProcessEnv = process.env,
): number => {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (Number.isFinite(value) && accept(value)) return value
  throw new StartupSettingError(problem({ name, value: raw }))
}
