import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLDocumentLimits } from '../../../../delivery/graphqlDocumentLimits'
import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'
import { withSameOriginCookies } from '../../../../http/sameOriginCookies'
import { withSecurityHeaders } from '../../../../http/withSecurityHeaders'
import { withGraphQLRequestGuard } from '../../../../requestGuard'

// Bodies are bounded and checked before they are parsed (src/requestGuard); documents past a size bound are
// refused with 400 before anything runs (src/delivery/graphqlDocumentLimits.ts); requests that cannot run
// (invalid, too complex, past a public bound) are answered with 400 (src/delivery/graphqlLimits.ts).
// Login cookies only count on same-origin requests (src/http/sameOriginCookies.ts); every answer carries the
// security headers (src/http/withSecurityHeaders.ts).
export const POST = withSecurityHeaders(
  withGraphQLRequestGuard(
    withGraphQLDocumentLimits(withGraphQLRequestErrors(withSameOriginCookies(GRAPHQL_POST(config), config)), config),
    config,
  ),
)
export const OPTIONS = withSecurityHeaders(REST_OPTIONS(config))
