import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withDatabaseAvailability } from '../../../../db/unavailableResponse'
import { withGraphQLDocumentLimits } from '../../../../delivery/graphqlDocumentLimits'
import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'
import { withSameOriginCookies } from '../../../../http/sameOriginCookies'
import { withSecurityHeaders } from '../../../../http/withSecurityHeaders'
import { withGraphQLRequestGuard } from '../../../../requestGuard'

// Every answer carries the security headers (src/http/withSecurityHeaders.ts); while the database cannot serve,
// 503 with Retry-After (src/db/unavailableResponse.ts). Bodies are bounded and checked before they are parsed
// (src/requestGuard); documents past a size bound are refused with 400 before anything runs
// (src/delivery/graphqlDocumentLimits.ts); requests that cannot run (invalid, too complex, past a public bound)
// are answered with 400 (src/delivery/graphqlLimits.ts). Login cookies only count on same-origin requests
// (src/http/sameOriginCookies.ts).
export const POST = withSecurityHeaders(
  withDatabaseAvailability(
    withGraphQLRequestGuard(
      withGraphQLDocumentLimits(withGraphQLRequestErrors(withSameOriginCookies(GRAPHQL_POST(config), config)), config),
      config,
    ),
    { graphQL: true },
  ),
)
export const OPTIONS = withSecurityHeaders(REST_OPTIONS(config))
