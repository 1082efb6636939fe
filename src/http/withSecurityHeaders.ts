import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './headerPolicy.mjs'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RouteHandler = (request: Request, ...rest: any[]) => Promise<Response>

/**
 * Gives every response of an API route the security headers (./headerPolicy.mjs) — also 304s, errors, cached
 * answers and files — and, unless the handler set its own (files do) or it is a page (the GraphQL playground),
 * a policy that lets the answer load and run nothing. next.config.mjs sets the same headers for the pages.
 */
export const withSecurityHeaders = <H extends RouteHandler>(handler: H): H =>
  (async (request: Request, ...rest: unknown[]) => {
    const response = await handler(request, ...rest)
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value)
    if (
      !headers.has('content-security-policy') &&
      !/text\/html/i.test(headers.get('content-type') ?? '')
    ) {
      headers.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY)
    }
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }) as H
