import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withDatabaseAvailability } from '../../../../db/unavailableResponse'
import { withHttpCaching } from '../../../../delivery/httpCaching'
import { withPublicReadCache } from '../../../../delivery/publicCache/withPublicReadCache'
import { withSameOriginCookies } from '../../../../http/sameOriginCookies'
import { withSecurityHeaders } from '../../../../http/withSecurityHeaders'
import { withRequestGuard } from '../../../../requestGuard'

// Every answer carries the security headers (src/http/withSecurityHeaders.ts); while the database cannot serve,
// requests are answered 503 with Retry-After (src/db/unavailableResponse.ts). Bad requests (size, media type,
// JSON shape, ids, list parameters) are answered 4xx with a code before Payload reads them (src/requestGuard);
// login cookies only count on same-origin requests (src/http/sameOriginCookies.ts).
// Public GETs get Cache-Control, a strong ETag and 304s; signed-in ones `private, no-store` (src/delivery/httpCaching.ts).
// Anonymous public reads are served from the shared-version cache (src/delivery/publicCache).
const guarded = <H extends (request: Request, context: never) => Promise<Response>>(handler: H) =>
  withSecurityHeaders(withDatabaseAvailability(handler))
export const GET = guarded(
  withPublicReadCache(withHttpCaching(withRequestGuard(withSameOriginCookies(REST_GET(config), config), config), config), config),
)
export const POST = guarded(withRequestGuard(withSameOriginCookies(REST_POST(config), config), config))
export const DELETE = guarded(withRequestGuard(withSameOriginCookies(REST_DELETE(config), config), config))
export const PATCH = guarded(withRequestGuard(withSameOriginCookies(REST_PATCH(config), config), config))
export const PUT = guarded(withRequestGuard(withSameOriginCookies(REST_PUT(config), config), config))
export const OPTIONS = withSecurityHeaders(REST_OPTIONS(config))
