import type { Endpoint } from 'payload'

/** Root REST endpoints of the app (under /api). */
export const endpoints: Endpoint[] = []
