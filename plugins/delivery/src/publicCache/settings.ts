/**
 * The anonymous-read cache's settings, read from the environment on each use so a test (or an operator's restart
 * with new values) sees them at once:
 * - `PUBLIC_CACHE=off` turns the cache off (benchmarks use it to measure the database);
 * - `PUBLIC_CACHE_MAX_MB` bounds the memory each server process gives it (default 64);
 * - `PUBLIC_CACHE_TTL_SECONDS` is the most an entry is served for without a change (default 300) — a safety net
 *   for writes that bypass Payload's hooks; publishing and unpublishing invalidate at once.
 */
import { numberSetting } from '../../../shared/settings'
import { StartupSettingError } from '../../../shared/startupError'
import { settingProblem } from '../errors'

export type PublicCacheSettings = { enabled: boolean; maxBytes: number; ttlMs: number }

const number = (name: string, fallback: number, min: number, max: number): number =>
  numberSetting(name, fallback, {
    accept: (value) => value >= min && value <= max,
    problem: (params) => settingProblem('INVALID_SETTING.numberRange', { ...params, max, min }),
  })

export const publicCacheSettings = (): PublicCacheSettings => {
  const flag = (process.env.PUBLIC_CACHE ?? 'on').trim().toLowerCase()
  if (!['', '0', '1', 'false', 'off', 'on', 'true'].includes(flag)) {
    throw new StartupSettingError(
      settingProblem('INVALID_SETTING.onOff', {
        name: 'PUBLIC_CACHE',
        value: String(process.env.PUBLIC_CACHE),
      }),
    )
  }
  return {
    enabled: !['0', 'false', 'off'].includes(flag),
    maxBytes: Math.round(number('PUBLIC_CACHE_MAX_MB', 64, 1, 16_384) * 1024 * 1024),
    ttlMs: Math.round(number('PUBLIC_CACHE_TTL_SECONDS', 300, 1, 86_400) * 1000),
  }
}
