import type { Access, PayloadRequest } from 'payload'

import { relationIds } from '../utilities/relationId'

export const ROLES = [
  'admin',
  'chief-editor',
  'regional-editor',
  'journalist',
  'ethics-reviewer',
] as const
export type Role = (typeof ROLES)[number]

/** Roles that may create and edit editorial content. */
export const AUTHOR_ROLES: Role[] = ['admin', 'chief-editor', 'regional-editor', 'journalist']
/** Roles that act for every region. */
export const NATIONAL_ROLES: Role[] = ['admin', 'chief-editor']
/** Roles that decide AI-ethics reviews (the ai-ethics plugin's `reviewerRoles`). */
export const ETHICS_REVIEWER_ROLES: Role[] = ['ethics-reviewer', 'admin']

type UserLike = PayloadRequest['user'] | null | undefined

export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Boolean(
    user &&
    Array.isArray(user.roles) &&
    user.roles.some((role: string) => roles.includes(role as Role)),
  )

/** IDs of the regions a user is attached to, whether populated or not. */
export const userRegionIds = (user: UserLike): (number | string)[] =>
  relationIds(user?.regions ?? [])

// Typed on `req` alone so the same rule serves as collection access and as field access.
type AccessCheck = (args: { req: PayloadRequest }) => boolean

export const isAdmin: AccessCheck = ({ req }) => hasRole(req.user, 'admin')
export const isAuthenticated: AccessCheck = ({ req }) => Boolean(req.user)
export const isNationalEditor: AccessCheck = ({ req }) => hasRole(req.user, ...NATIONAL_ROLES)
export const anyone: Access = () => true
