/** What a request over HTTP got: status 0 when no answer came within the bound (the symptom of a stuck server). */
export type Answer = { body: any; headers: Headers; ms: number; status: number }

/** A JSON request to a test server that never waits longer than `boundMs`, however the server behaves. */
export const boundedCaller =
  (baseURL: () => string, boundMs: number) =>
  async (
    method: string,
    path: string,
    { json, token }: { json?: unknown; token?: string } = {},
  ): Promise<Answer> => {
    const started = Date.now()
    try {
      const response = await fetch(`${baseURL()}${path}`, {
        body: json === undefined ? undefined : JSON.stringify(json),
        headers: {
          ...(token ? { Authorization: `JWT ${token}` } : {}),
          ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        method,
        signal: AbortSignal.timeout(boundMs),
      })
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON
      }
      return { body, headers: response.headers, ms: Date.now() - started, status: response.status }
    } catch (error) {
      return { body: String(error), headers: new Headers(), ms: Date.now() - started, status: 0 }
    }
  }
