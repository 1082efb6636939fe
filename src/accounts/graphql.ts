import type { GraphQLExtension, PayloadRequest } from 'payload'

import { requestPasswordReset } from './passwordReset'
import { unlockAccount } from './unlock'

/**
 * GraphQL twins of the endpoints in ./endpoints.ts: `forgotPasswordUser` replaces Payload's resolver (same
 * arguments and result), `unlockUser` is back (Payload drops it when its own lock is off) for administrators.
 * Built with the GraphQL module Payload passes in, so the types belong to its schema.
 */
export const accountMutations: GraphQLExtension = (GraphQL) => {
  const emailArgs = { email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } }
  const resolve =
    (action: (req: PayloadRequest, email: unknown) => Promise<void>) =>
    async (_: unknown, args: { email: string }, context: { req: PayloadRequest }) => {
      await action(context.req, args.email)
      return true
    }
  return {
    forgotPasswordUser: {
      args: emailArgs,
      resolve: resolve(requestPasswordReset),
      type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    },
    unlockUser: {
      args: emailArgs,
      resolve: resolve(unlockAccount),
      type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    },
  }
}
