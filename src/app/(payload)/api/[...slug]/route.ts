import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withDatabaseAvailability } from '../../../../db/unavailableResponse'
import { withHttpCaching } from '../../../../delivery/httpCaching'
import { withPublicReadCache } from '../../../../delivery/publicCache/withPublicReadCache'

// Public GETs get Cache-Control, a strong ETag and 304s; signed-in ones `private, no-store` (src/delivery/httpCaching.ts).
// Anonymous public reads are served from the shared-version cache (src/delivery/publicCache).
// While the database cannot serve, requests are answered 503 with Retry-After (src/db/unavailableResponse.ts).
export const GET = withDatabaseAvailability(withPublicReadCache(withHttpCaching(REST_GET(config)), config))
export const POST = withDatabaseAvailability(REST_POST(config))
export const DELETE = withDatabaseAvailability(REST_DELETE(config))
export const PATCH = withDatabaseAvailability(REST_PATCH(config))
export const PUT = withDatabaseAvailability(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
