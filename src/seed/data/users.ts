import type { Role } from '../../access/roles'
import type { RegionSlug } from './regions'

import { JOURNALIST_ASTANA, JOURNALIST_EAST } from './contributors'

export type DemoUser = {
  /** Full name of the contributor profile linked to this account. */
  contributor?: string
  email: string
  name: string
  /** DEMO ONLY: fixed, published passwords for local demos and tests. Never use them in production. */
  password: string
  regions: readonly RegionSlug[]
  roles: readonly Role[]
}

/** One demo account per role (plus a second regional editor and journalist, in Astana). */
export const DEMO_USERS = [
  {
    email: 'admin@newsroom.kz',
    password: 'demo-admin-2026',
    name: 'Әкімші (демо)',
    roles: ['admin'],
    regions: [],
  },
  {
    email: 'chief@newsroom.kz',
    password: 'demo-chief-2026',
    name: 'Жанна Бекова',
    roles: ['chief-editor'],
    regions: [],
  },
  {
    email: 'editor.east@newsroom.kz',
    password: 'demo-editor-2026',
    name: 'Марат Оспанов',
    roles: ['regional-editor'],
    regions: ['east-kazakhstan'],
  },
  {
    email: 'journalist.east@newsroom.kz',
    password: 'demo-journalist-2026',
    name: JOURNALIST_EAST,
    roles: ['journalist'],
    regions: ['east-kazakhstan'],
    contributor: JOURNALIST_EAST,
  },
  {
    email: 'ethics@newsroom.kz',
    password: 'demo-ethics-2026',
    name: 'Сәуле Назарова',
    roles: ['ethics-reviewer'],
    regions: [],
  },
  {
    email: 'editor.astana@newsroom.kz',
    password: 'demo-editor-astana-2026',
    name: 'Ирина Ли',
    roles: ['regional-editor'],
    regions: ['astana'],
  },
  {
    email: 'journalist.astana@newsroom.kz',
    password: 'demo-journalist-astana-2026',
    name: JOURNALIST_ASTANA,
    roles: ['journalist'],
    regions: ['astana'],
    contributor: JOURNALIST_ASTANA,
  },
] as const satisfies readonly DemoUser[]

export type DemoUserEmail = (typeof DEMO_USERS)[number]['email']
