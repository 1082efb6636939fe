export { withGraphQLRequestGuard } from './graphql'
export { withRequestGuard } from './rest'
export { DEFAULT_REQUEST_LIMITS, type RequestLimits, requestLimits } from './settings'
