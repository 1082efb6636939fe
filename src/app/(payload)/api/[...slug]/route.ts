import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withHttpCaching } from '../../../../delivery/httpCaching'
import { withPublicReadCache } from '../../../../delivery/publicCache/withPublicReadCache'
import { withRequestGuard } from '../../../../requestGuard'

// Public GETs get Cache-Control, a strong ETag and 304s; signed-in ones `private, no-store` (src/delivery/httpCaching.ts).
// Anonymous public reads are served from the shared-version cache (src/delivery/publicCache).
// Bad requests (size, media type, JSON shape, ids, list parameters) are answered 4xx with a code (src/requestGuard).
export const GET = withPublicReadCache(withHttpCaching(withRequestGuard(REST_GET(config), config)), config)
export const POST = withRequestGuard(REST_POST(config), config)
export const DELETE = withRequestGuard(REST_DELETE(config), config)
export const PATCH = withRequestGuard(REST_PATCH(config), config)
export const PUT = withRequestGuard(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
