import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { withSecurityHeaders } from '../../../../http/withSecurityHeaders'

export const GET = withSecurityHeaders(GRAPHQL_PLAYGROUND_GET(config))
