// What Next adds around an app route's Response when it sends it, for the responses server.mjs sends itself (the
// public read fast path, src/http/publicReadFastPath.ts), so a client cannot tell the two apart:
// - the headers of next.config.mjs (and withPayload's), from the build's routes-manifest.json, as Next sets them:
//   every matching rule in order, a later one replacing the same header; then the app router's RSC `Vary`;
// - the route's own headers as Next copies them (next/dist/server/send-response.js): `Vary` and `Set-Cookie`
//   appended, any other header only when the config did not set it, framing headers (length, encoding) dropped;
// - gzip or deflate as Next's `compress` (the `compression` middleware with its defaults) negotiates it: a
//   compressible type, 1 KB or more, the coding the client prefers (gzip on a tie), `Vary: Accept-Encoding`.
//   One difference, on purpose: a public answer (one with an ETag) is compressed once and the compressed bytes
//   are kept (keyed by its ETag and coding), where Next compresses every time it sends it.
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { LRUCache } from 'lru-cache'

const gzip = promisify(zlib.gzip)
const deflate = promisify(zlib.deflate)

/** compression's defaults: its threshold, and the types it compresses (the `compressible` database, in short). */
const THRESHOLD = 1024
const COMPRESSIBLE = /^(text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript)\b)/i
/** Headers Next never copies from a route's Response: the body it sends may differ in framing. */
const FRAMING = new Set(['content-length', 'content-encoding', 'transfer-encoding'])
/** Headers Next appends to the config's rather than skipping (besides `Vary` and `Set-Cookie`, handled on their own). */
const APPENDED = new Set(['www-authenticate', 'proxy-authenticate'])

/** The `q` of each coding an Accept-Encoding header names. */
const qualities = (header) => {
  const q = new Map()
  for (const part of String(header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    if (!coding) continue
    const weight = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    q.set(coding.trim(), weight === undefined ? 1 : Number(weight))
  }
  return q
}

/** The coding to send: gzip, deflate or identity (undefined), the highest `q` wins and gzip wins a tie. */
export const negotiateEncoding = (header) => {
  if (!header) return undefined
  const q = qualities(header)
  const of = (coding, fallback) => q.get(coding) ?? q.get('*') ?? fallback
  const ranked = [
    ['gzip', of('gzip', 0)],
    ['deflate', of('deflate', 0)],
    [undefined, q.get('identity') ?? (q.get('*') === 0 ? 0 : 1)],
  ]
  const [best] = ranked.filter(([, weight]) => weight > 0).sort((a, b) => b[1] - a[1])
  return best?.[0]
}

/** The header rules of a build (`routes-manifest.json`) and its RSC Vary; none when there is no build. */
const readManifest = (distDir) => {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8'))
    return {
      rules: (manifest.headers ?? []).map((rule) => ({
        headers: rule.headers,
        regex: new RegExp(rule.regex, manifest.caseSensitive ? '' : 'i'),
      })),
      rscVary: manifest.rsc?.varyHeader,
    }
  } catch {
    return undefined
  }
}

/**
 * The layer for one build (`distDir`, e.g. `.next`), or undefined when the build cannot be read (then nothing is
 * sent past Next). `send(req, res, response)` writes a route's Response as Next would.
 */
export const nextResponseLayer = (
  distDir,
  { maxCompressedBytes = 32 * 2 ** 20, ttlMs = 300_000 } = {},
) => {
  const manifest = readManifest(distDir)
  if (!manifest) return undefined
  const compressed = new LRUCache({
    maxSize: maxCompressedBytes,
    sizeCalculation: (bytes, key) => bytes.byteLength + key.length,
    ttl: ttlMs,
  })

  /** The headers Next sets before the route answers, for this path, as [name, value] in order. */
  const configHeaders = (pathname) => {
    const set = new Map()
    for (const rule of manifest.rules)
      if (rule.regex.test(pathname))
        for (const { key, value } of rule.headers) set.set(key.toLowerCase(), [key, value])
    return set
  }

  let compressions = 0
  const compress = (coding, body) => {
    compressions++
    return coding === 'gzip' ? gzip(body) : deflate(body)
  }
  const encode = async (coding, body, etag) => {
    if (!etag) return compress(coding, body)
    const key = `${coding}\n${etag}`
    let bytes = compressed.get(key)
    if (!bytes) {
      bytes = await compress(coding, body)
      compressed.set(key, bytes)
    }
    return bytes
  }

  const send = async (req, res, response) => {
    const query = req.url.indexOf('?')
    const headers = configHeaders(query < 0 ? req.url : req.url.slice(0, query))
    const vary = []
    const varyHeader = headers.get('vary')
    if (varyHeader) {
      headers.delete('vary')
      vary.push(varyHeader[1])
    }
    if (manifest.rscVary) vary.push(manifest.rscVary)
    const appended = []
    response.headers.forEach((value, name) => {
      if (FRAMING.has(name) || name === 'set-cookie') return
      if (name === 'vary') vary.push(value)
      else if (APPENDED.has(name)) appended.push(name, value)
      else if (!headers.has(name)) headers.set(name, [name, value])
    })
    for (const cookie of response.headers.getSetCookie()) appended.push('set-cookie', cookie)

    let body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
    const type = response.headers.get('content-type') ?? ''
    if (COMPRESSIBLE.test(type)) {
      vary.push('Accept-Encoding')
      const coding =
        body && body.byteLength >= THRESHOLD && negotiateEncoding(req.headers['accept-encoding'])
      if (coding) {
        body = await encode(coding, body, response.status === 200 && response.headers.get('etag'))
        headers.set('content-encoding', ['Content-Encoding', coding])
      }
    }

    if (body) headers.set('content-length', ['Content-Length', String(body.byteLength)])
    const out = [...headers.values()].flat()
    if (vary.length) out.push('Vary', vary.join(', '))
    out.push(...appended)
    res.writeHead(response.status, response.statusText || undefined, out)
    res.end(body)
  }

  return {
    send,
    /** How many bodies were compressed so far (kept ones are not compressed again). */
    get compressions() {
      return compressions
    },
  }
}

/**
 * The origin of the URL Next gives a route handler (next/dist/server/next-server.js, attachRequestMeta): its own
 * hostname and port, https when X-Forwarded-Proto says so — never the Host header.
 */
export const nextOrigin = (hostname, port) => {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname
  return (req) =>
    `${String(req.headers['x-forwarded-proto'] ?? '').includes('https') ? 'https' : 'http'}://${host}:${port}`
}

/**
 * server.mjs's handling of one request: a GET the fast path (`fastPath`, src/http/publicReadFastPath.ts) takes is
 * answered through `layer`; anything else, or anything that fails before a byte is sent, goes to `viaNext`.
 * `originOf(req)`: the origin of the URL the route handler is given (`nextOrigin`).
 */
export const serveRequest = (req, res, { fastPath, layer, originOf, viaNext }) => {
  if (!fastPath || !layer || req.method !== 'GET') return viaNext(req, res)
  return fastPath(req, originOf(req))
    .then((response) => (response ? layer.send(req, res, response) : viaNext(req, res)))
    .catch((error) => {
      console.error(error)
      // Nothing sent yet: Next serves it (a GET, so running it again changes nothing).
      if (!res.headersSent) return viaNext(req, res)
      res.destroy()
    })
}
