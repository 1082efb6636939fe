import { failStartup } from '../../shared/startupError'
import { settingProblem } from './errors'

/**
 * Origins from a comma-separated variable (e.g. `https://kha.kz,https://www.kha.kz`); each must be an origin
 * (scheme, host and optional port, nothing else). Unset or empty: none.
 */
export const originsFromEnv = (variable: 'CORS_ORIGINS' | 'CSRF_ORIGINS'): string[] => {
  const raw = process.env[variable]
  if (!raw?.trim()) return []
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL | undefined
      try {
        url = new URL(entry)
      } catch {
        // reported below
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        return failStartup(
          settingProblem('INVALID_SETTING.origin', { name: variable, value: entry }),
        )
      }
      return url.origin
    })
}

/** Payload's `cors`: the websites allowed to call the API from a browser (`*` allows any). */
export const corsOrigins = (): '*' | string[] =>
  process.env.CORS_ORIGINS?.trim() === '*' ? '*' : originsFromEnv('CORS_ORIGINS')

/** Payload's `csrf`: origins whose browsers may use the auth cookie (Payload adds SERVER_URL itself). */
export const csrfOrigins = (): string[] => originsFromEnv('CSRF_ORIGINS')
