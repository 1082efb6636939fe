import type { SanitizedConfig } from 'payload'

import type { ResolvedReportsOptions } from './types'

/** Where the plugin keeps its resolved options on the config (read through `reportsOptionsOf` only). */
const KEY = 'reportsPlugin'

export const withReportsOptions = (
  custom: Record<string, unknown> | undefined,
  options: ResolvedReportsOptions,
) => ({ ...custom, [KEY]: options })

/** The resolved options of the reports plugin in this config: what its exported functions run with. */
export const reportsOptionsOf = (
  config: Pick<SanitizedConfig, 'custom'>,
): ResolvedReportsOptions => {
  const options = config.custom?.[KEY] as ResolvedReportsOptions | undefined
  if (!options)
    throw new Error('reportsPlugin: not in this config; add reportsPlugin(...) to `plugins`.')
  return options
}
