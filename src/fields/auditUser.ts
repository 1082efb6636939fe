import type { Field, FieldHook } from 'payload'

const serverSetUser =
  (name: 'createdBy' | 'updatedBy'): FieldHook =>
  ({ operation, originalDoc, req, value }) => {
    if (name === 'createdBy' && operation === 'update') return originalDoc?.createdBy ?? value
    return req.user?.collection === 'users' ? req.user.id : value
  }

/**
 * Who created / last changed a document: set by the server only, clients cannot write it through any API,
 * and only staff can read it (user accounts are never part of the public API).
 */
export const auditUserField = (
  name: 'createdBy' | 'updatedBy',
  fieldLabel: Record<string, string>,
): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  index: name === 'createdBy',
  label: fieldLabel,
  access: { create: () => false, read: ({ req }) => Boolean(req.user), update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [serverSetUser(name)] },
})
