import type { CollectionBeforeChangeHook } from 'payload'

/** The account created on an empty database (the admin's "create first user" screen) becomes an administrator. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
