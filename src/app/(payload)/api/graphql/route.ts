import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'
import { withGraphQLRequestGuard } from '../../../../requestGuard'

// Requests that cannot run (invalid, too complex, past a public bound) are answered with 400 (src/delivery/graphqlLimits.ts).
// Bodies are bounded and checked before they are parsed (src/requestGuard).
export const POST = withGraphQLRequestGuard(withGraphQLRequestErrors(GRAPHQL_POST(config)), config)
export const OPTIONS = REST_OPTIONS(config)
