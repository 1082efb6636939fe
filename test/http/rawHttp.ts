import net from 'node:net'

export type RawResponse = {
  body: string
  headers: Map<string, string[]>
  status: number
  header: (name: string) => null | string
}

const decodeChunked = (data: Buffer): Buffer => {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset)
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16)
    if (!size) break
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

/**
 * One HTTP/1.1 request written byte for byte: header lines go out exactly as given (odd spacing, repeated names,
 * bytes outside ASCII), which `fetch` would normalise or refuse.
 */
export const rawRequest = (
  baseURL: string,
  {
    body,
    headerLines = [],
    method = 'GET',
    path,
  }: { body?: string; headerLines?: string[]; method?: string; path: string },
): Promise<RawResponse> => {
  const { hostname, port } = new URL(baseURL)
  const payload = body === undefined ? undefined : Buffer.from(body)
  const head = [
    `${method} ${path} HTTP/1.1`,
    ...(headerLines.some((line) => /^host:/i.test(line)) ? [] : [`Host: ${hostname}:${port}`]),
    'Connection: close',
    ...(payload ? [`Content-Length: ${payload.length}`] : []),
    ...headerLines,
  ].join('\r\n')
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const all = Buffer.concat(chunks)
      const split = all.indexOf('\r\n\r\n')
      const [statusLine, ...lines] = all.subarray(0, split).toString('latin1').split('\r\n')
      const headers = new Map<string, string[]>()
      for (const line of lines) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).trim().toLowerCase()
        headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()])
      }
      const rawBody = all.subarray(split + 4)
      const chunked = headers.get('transfer-encoding')?.some((value) => /chunked/i.test(value))
      resolve({
        body: (chunked ? decodeChunked(rawBody) : rawBody).toString('utf8'),
        header: (name) => headers.get(name.toLowerCase())?.join(', ') ?? null,
        headers,
        status: Number(statusLine.split(' ')[1]),
      })
    })
    socket.write(
      Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), ...(payload ? [payload] : [])]),
    )
  })
}
