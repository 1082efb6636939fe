import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withHttpCaching } from '../../../../delivery/httpCaching'
import { withPublicReadCache } from '../../../../delivery/publicCache/withPublicReadCache'

// Public GETs get Cache-Control, a strong ETag and 304s; signed-in ones `private, no-store` (src/delivery/httpCaching.ts).
// Anonymous public reads are served from the shared-version cache (src/delivery/publicCache).
export const GET = withPublicReadCache(withHttpCaching(REST_GET(config)), config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
