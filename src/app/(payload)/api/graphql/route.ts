import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withDatabaseAvailability } from '../../../../db/unavailableResponse'
import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'

// Requests that cannot run (invalid, too complex, past a public bound) are answered with 400 (src/delivery/graphqlLimits.ts);
// while the database cannot serve, 503 with Retry-After (src/db/unavailableResponse.ts).
export const POST = withDatabaseAvailability(withGraphQLRequestErrors(GRAPHQL_POST(config)), { graphQL: true })
export const OPTIONS = REST_OPTIONS(config)
