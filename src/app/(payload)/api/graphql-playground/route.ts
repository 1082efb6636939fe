import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { withNewsroomHttp } from '../../../../http/withNewsroomHttp'

// Payload's generated route; what the newsroom adds at the HTTP layer is in src/http/withNewsroomHttp.ts.
export const GET = withNewsroomHttp(
  'GRAPHQL_PLAYGROUND_GET',
  GRAPHQL_PLAYGROUND_GET(config),
  config,
)
