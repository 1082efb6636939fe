import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { offerPublicReadFastPath } from '../../../../http/publicReadFastPath'
import { withNewsroomHttp } from '../../../../http/withNewsroomHttp'

// Payload's generated routes; what the newsroom adds at the HTTP layer is in src/http/withNewsroomHttp.ts.
export const GET = withNewsroomHttp('REST_GET', REST_GET(config), config)
export const POST = withNewsroomHttp('REST_POST', REST_POST(config), config)
export const DELETE = withNewsroomHttp('REST_DELETE', REST_DELETE(config), config)
export const PATCH = withNewsroomHttp('REST_PATCH', REST_PATCH(config), config)
export const PUT = withNewsroomHttp('REST_PUT', REST_PUT(config), config)
export const OPTIONS = withNewsroomHttp('REST_OPTIONS', REST_OPTIONS(config), config)

// `npm start` hands anonymous public reads to GET directly, past Next's router (src/http/publicReadFastPath.ts).
offerPublicReadFastPath(GET, config)
