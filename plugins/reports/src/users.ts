import type { PayloadRequest } from 'payload'

type UserLike = PayloadRequest['user'] | null | undefined

/** The id behind a relationship value, populated (`{ id, ... }`) or not; undefined when empty. */
export const relationId = (value: unknown): number | string | undefined => {
  const id =
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : undefined
}

/** Whether the user has one of the roles in `user.roles`. */
export const hasAnyRole = (user: UserLike, roles: string[]): boolean =>
  Boolean(
    user &&
    Array.isArray(user.roles) &&
    (user.roles as string[]).some((role) => roles.includes(role)),
  )

/** The ids of the regions in `user.regions` (populated or not), as text. */
export const regionIdsOf = (user: UserLike): string[] =>
  (Array.isArray(user?.regions) ? user.regions : [])
    .map(relationId)
    .filter((id): id is number | string => id !== undefined)
    .map(String)
