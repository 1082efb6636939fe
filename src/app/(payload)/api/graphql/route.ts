import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'
import { withSameOriginCookies } from '../../../../http/sameOriginCookies'

// Requests that cannot run (invalid, too complex, past a public bound) are answered with 400 (src/delivery/graphqlLimits.ts).
// Login cookies only count on same-origin requests (src/http/sameOriginCookies.ts).
export const POST = withGraphQLRequestErrors(withSameOriginCookies(GRAPHQL_POST(config), config))
export const OPTIONS = REST_OPTIONS(config)
