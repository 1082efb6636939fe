import http from 'node:http'

export type DetectorMode =
  'hang' | 'http-500' | { score: number; signals?: { detail: string; signal: string }[] }
export type DetectorRequest = {
  body: { locale: string; text: string }
  headers: http.IncomingHttpHeaders
}

/**
 * A stand-in for an external AI-text detector on 127.0.0.1 (random port): answers as `mode` says, records
 * what it was asked, and can hang (never answer) to test timeouts.
 */
export const startFakeDetector = async () => {
  const requests: DetectorRequest[] = []
  const hanging: http.ServerResponse[] = []
  let mode: DetectorMode = { score: 0 }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (raw += chunk))
    req.on('end', () => {
      requests.push({ body: JSON.parse(raw), headers: req.headers })
      if (mode === 'hang') {
        hanging.push(res)
        return
      }
      if (mode === 'http-500') {
        res.writeHead(500).end('detector down')
        return
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(mode))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }

  return {
    requests,
    setMode: (next: DetectorMode) => {
      mode = next
    },
    stop: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    url: `http://127.0.0.1:${port}/detect`,
  }
}
