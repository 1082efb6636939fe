import type { SanitizedConfig } from 'payload'

import { withDatabaseAvailability } from '../db/unavailableResponse'
import { withGraphQLDocumentLimits } from '../../plugins/delivery/src/graphqlDocumentLimits'
import { withGraphQLRequestErrors } from '../../plugins/delivery/src/graphqlLimits'
import { withHttpCaching } from '../../plugins/delivery/src/httpCaching'
import { withPublicReadCache } from '../../plugins/delivery/src/publicCache/withPublicReadCache'
import { withGraphQLRequestGuard, withRequestGuard } from '../requestGuard'
import { withSameOriginCookies } from './sameOriginCookies'
import { withSecurityHeaders } from './withSecurityHeaders'
import { withWriteAdmission } from './writeAdmission'

type RouteHandler = (request: Request, ...rest: any[]) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/** The Payload route handler being wrapped, by its name in `@payloadcms/next/routes`. */
export type PayloadRoute =
  | 'GRAPHQL_PLAYGROUND_GET'
  | 'GRAPHQL_POST'
  | 'REST_DELETE'
  | 'REST_GET'
  | 'REST_OPTIONS'
  | 'REST_PATCH'
  | 'REST_POST'
  | 'REST_PUT'

/**
 * Everything the newsroom adds to Payload's HTTP routes, in one place: the generated route files under
 * `src/app/(payload)/api` keep Payload's content and pass each handler through this. From the outside in:
 *
 * - every answer carries the security headers (./withSecurityHeaders.ts);
 * - while the database cannot serve, 503 with Retry-After (src/db/unavailableResponse.ts);
 * - REST GETs: anonymous public reads are served from the shared-version cache (plugins/delivery/src/publicCache), and
 *   public answers get Cache-Control, a strong ETag and 304s, signed-in ones `private, no-store`
 *   (plugins/delivery/src/httpCaching.ts);
 * - bad requests (size, media type, JSON shape, ids, list parameters; GraphQL bodies) are answered 4xx with a code
 *   before Payload reads them (src/requestGuard);
 * - GraphQL documents past a size bound are refused with 400 before anything runs (plugins/delivery/src/graphqlDocumentLimits.ts),
 *   and requests that cannot run (invalid, too complex, past a public bound) are answered 400 (plugins/delivery/src/graphqlLimits.ts);
 * - login cookies only count on same-origin requests (./sameOriginCookies.ts);
 * - REST writes take turns, a few at a time per process, so readers never wait behind a crowd of them
 *   (./writeAdmission.ts).
 *
 * OPTIONS and the GraphQL playground get the security headers only.
 */
export const withNewsroomHttp = <H extends RouteHandler>(
  route: PayloadRoute,
  handler: H,
  config: Config,
): H => {
  const wrapped = (): RouteHandler => {
    switch (route) {
      case 'REST_GET':
        return withSecurityHeaders(
          withDatabaseAvailability(
            withPublicReadCache(
              withHttpCaching(
                withRequestGuard(withSameOriginCookies(handler, config), config),
                config,
              ),
              config,
            ),
          ),
        )
      case 'REST_DELETE':
      case 'REST_PATCH':
      case 'REST_POST':
      case 'REST_PUT':
        return withSecurityHeaders(
          withDatabaseAvailability(
            withWriteAdmission(withRequestGuard(withSameOriginCookies(handler, config), config)),
          ),
        )
      case 'GRAPHQL_POST':
        return withSecurityHeaders(
          withDatabaseAvailability(
            withGraphQLRequestGuard(
              withGraphQLDocumentLimits(
                withGraphQLRequestErrors(withSameOriginCookies(handler, config), config),
                config,
              ),
              config,
            ),
            { graphQL: true },
          ),
        )
      case 'GRAPHQL_PLAYGROUND_GET':
      case 'REST_OPTIONS':
        return withSecurityHeaders(handler)
    }
  }
  return wrapped() as H
}
