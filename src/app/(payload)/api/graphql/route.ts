import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withNewsroomHttp } from '../../../../http/withNewsroomHttp'

// Payload's generated routes; what the newsroom adds at the HTTP layer is in src/http/withNewsroomHttp.ts.
export const POST = withNewsroomHttp('GRAPHQL_POST', GRAPHQL_POST(config), config)
export const OPTIONS = withNewsroomHttp('REST_OPTIONS', REST_OPTIONS(config), config)
