import type { CollectionAfterReadHook } from 'payload'

/**
 * A user's `sessions` (ids and expiry of her logins) are hers alone. Payload hides them from others through field
 * access, which trusted reads (`overrideAccess`, e.g. a document created by server code and returned with its
 * relations populated) skip; this hook runs on every read made for a signed-in caller, so no response shows a
 * colleague's sessions. Reads without a caller keep them: Payload's own login checks read them that way.
 */
export const hideOthersSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user || !doc || !('sessions' in doc) || String(doc.id) === String(req.user.id))
    return doc
  const { sessions: _hidden, ...rest } = doc
  return rest
}
