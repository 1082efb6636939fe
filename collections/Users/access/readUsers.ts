import type { Access } from 'payload'

/** Accounts are for staff only: any signed-in user can see colleagues (to assign reviews); the public sees none. */
export const readUsers: Access = ({ req: { user } }) => Boolean(user)
