import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { PEER_ADDRESS_HEADER, PEER_ADDRESS_MARK } from '../../src/accounts/clientAddress'

// The very handlers the Next app serves: the REST catch-all (with its caching wrapper), GraphQL, the sitemap, the
// reader preview page.
import * as rest from '../../src/app/(payload)/api/[...slug]/route'
import * as graphql from '../../src/app/(payload)/api/graphql/route'
import * as sitemap from '../../src/app/(frontend)/sitemap.xml/route'
import * as previewPage from '../../src/app/(frontend)/preview/[collection]/[id]/route'

type RestMethod = 'DELETE' | 'GET' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'

/** Routes one Fetch request the way Next's app router would for this app's API routes. */
const route = async (request: Request): Promise<Response> => {
  const { pathname } = new URL(request.url)
  const method = request.method.toUpperCase()
  if (pathname === '/sitemap.xml' && method === 'GET') return sitemap.GET(request)
  const preview = /^\/preview\/([^/]+)\/([^/]+)$/.exec(pathname)
  if (preview && method === 'GET') {
    const [, collection, id] = preview.map(decodeURIComponent)
    return previewPage.GET(request, { params: Promise.resolve({ collection, id }) })
  }
  if (pathname === '/api/graphql') {
    if (method === 'POST') return graphql.POST(request)
    if (method === 'OPTIONS')
      return graphql.OPTIONS(request, { params: Promise.resolve({ slug: ['graphql'] }) } as never)
  }
  if (pathname.startsWith('/api/')) {
    const handler = rest[method as RestMethod] as
      | undefined
      | ((request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>)
    if (handler) {
      const slug = pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
      return handler(request, { params: Promise.resolve({ slug }) })
    }
  }
  return new Response('Not found', { status: 404 })
}

export type ApiServer = { baseURL: string; close: () => Promise<void> }

/**
 * A real HTTP server on 127.0.0.1 (a free port) in front of the app's route handlers: each request is turned into
 * a Fetch `Request` whose body streams from the socket (as in Next), handled as Next would, and the `Response` is
 * written back — headers, status and body as sent.
 */
export const startApiServer = async (): Promise<ApiServer> => {
  // As server.mjs does: the socket address reaches the app in a header no client can set.
  ;(globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARK] = true
  const server = http.createServer(async (req, res) => {
    try {
      req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
      const url = `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) value.forEach((entry) => headers.append(name, entry))
        else if (value !== undefined) headers.set(name, value)
      }
      // As Next does: the body is the incoming stream itself, read only when (and as far as) a handler reads it.
      const body =
        req.method === 'GET' || req.method === 'HEAD'
          ? undefined
          : (req as unknown as AsyncIterable<Uint8Array>)
      const response = await route(
        new Request(url, {
          body: body as BodyInit | undefined,
          duplex: 'half',
          headers,
          method: req.method,
        } as RequestInit),
      )
      const outgoing: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outgoing[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outgoing['set-cookie'] = cookies
      res.writeHead(response.status, outgoing)
      if (response.body && req.method !== 'HEAD') {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
          res.write(chunk)
      }
      res.end()
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String((error as Error)?.stack ?? error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
