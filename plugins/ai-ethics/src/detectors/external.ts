import type { DetectionResult, ResolvedAIEthicsOptions } from '../types'

export type ExternalOutcome = { ok: true; result: DetectionResult } | { ok: false; error: string }

/** Asks the external detector about one text; never throws: failures and timeouts come back as `{ ok: false }`. */
export const callExternalDetector = async (
  detector: NonNullable<ResolvedAIEthicsOptions['externalDetector']>,
  text: string,
  locale: string,
): Promise<ExternalOutcome> => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), detector.timeoutMs)
  try {
    const res = await fetch(detector.url, {
      body: JSON.stringify({ locale, text }),
      headers: { 'Content-Type': 'application/json', ...detector.headers },
      method: 'POST',
      signal: controller.signal,
    })
    if (!res.ok) return { error: `HTTP ${res.status}`, ok: false }
    const body = (await res.json()) as { score?: unknown; signals?: unknown }
    const score = Number(body.score)
    if (!Number.isFinite(score) || score < 0 || score > 1)
      return { error: 'answer without a score between 0 and 1', ok: false }
    const signals = Array.isArray(body.signals)
      ? body.signals.map((s) => ({
          detail: String((s as { detail?: unknown }).detail ?? ''),
          signal: String((s as { signal?: unknown }).signal ?? 'external'),
        }))
      : []
    return { ok: true, result: { score, signals } }
  } catch (error) {
    return {
      error: controller.signal.aborted
        ? `no answer within ${detector.timeoutMs} ms`
        : String((error as Error).message ?? error),
      ok: false,
    }
  } finally {
    clearTimeout(timer)
  }
}
