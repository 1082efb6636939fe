import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withDatabaseAvailability } from '../../../../db/unavailableResponse'
import { withGraphQLRequestErrors } from '../../../../delivery/graphqlLimits'

// Requests that cannot run (invalid, too complex, past a public bound) are answered with 400 (src/delivery/graphqlLimits.ts).
export const POST = withDatabaseAvailability(withGraphQLRequestErrors(GRAPHQL_POST(config)), config)
export const OPTIONS = REST_OPTIONS(config)
