import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Region } from '../src/payload-types'

import { expectApiError, rejectionOf } from './helpers/errors'
import {
  createRegion,
  createUser,
  loginToken,
  type SignedInUser,
  unique,
} from './helpers/factories'
import { bootPayload } from './helpers/payload'
import { rest } from './helpers/rest'

let payload: Payload
let admin: SignedInUser
let home: Region
let other: Region

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  home = await createRegion(payload)
  other = await createRegion(payload)
})

afterAll(async () => {
  await payload.destroy()
})

const regionIds = (regions: unknown): unknown[] =>
  (Array.isArray(regions) ? regions : []).map((region) =>
    region && typeof region === 'object' ? (region as { id: unknown }).id : region,
  )

const reload = (id: number) => payload.findByID({ collection: 'users', depth: 0, id })

describe('a journalist editing their own account', () => {
  let journalist: SignedInUser

  beforeAll(async () => {
    journalist = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
  })

  it('cannot give themselves a role: 403 naming roles, roles unchanged', async () => {
    const error = await rejectionOf(
      payload.update({
        collection: 'users',
        data: { roles: ['journalist', 'admin'] },
        id: journalist.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'roles: only an administrator can change roles.')
    expect((await reload(journalist.id)).roles).toEqual(['journalist'])
  })

  it('cannot add a region: 403 naming regions, regions unchanged', async () => {
    const error = await rejectionOf(
      payload.update({
        collection: 'users',
        data: { regions: [home.id, other.id] },
        id: journalist.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'regions: only an administrator can change regions.')
    expect(regionIds((await reload(journalist.id)).regions)).toEqual([home.id])
  })

  it('cannot clear their regions either', async () => {
    const error = await rejectionOf(
      payload.update({
        collection: 'users',
        data: { regions: [] },
        id: journalist.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'regions: only an administrator can change regions.')
    expect(regionIds((await reload(journalist.id)).regions)).toEqual([home.id])
  })

  it('a refused change also leaves the name sent with it unsaved', async () => {
    const before = await reload(journalist.id)
    await rejectionOf(
      payload.update({
        collection: 'users',
        data: { name: 'Жаңа есім', roles: ['chief-editor'] },
        id: journalist.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expect((await reload(journalist.id)).name).toBe(before.name)
  })

  it('can change their own name', async () => {
    const updated = await payload.update({
      collection: 'users',
      data: { name: 'Әсел Нұрланқызы' },
      id: journalist.id,
      overrideAccess: false,
      user: journalist,
    })
    expect(updated.name).toBe('Әсел Нұрланқызы')
    expect((await reload(journalist.id)).name).toBe('Әсел Нұрланқызы')
  })

  it('can save the whole profile form, which sends roles and regions back unchanged', async () => {
    const updated = await payload.update({
      collection: 'users',
      data: { name: 'Әсел Нұрланқызы-2', regions: [home.id], roles: ['journalist'] },
      id: journalist.id,
      overrideAccess: false,
      user: journalist,
    })
    expect(updated.name).toBe('Әсел Нұрланқызы-2')
  })

  it('cannot edit a colleague’s account', async () => {
    const colleague = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
    const error = await rejectionOf(
      payload.update({
        collection: 'users',
        data: { name: 'Басқа' },
        id: colleague.id,
        overrideAccess: false,
        user: journalist,
      }),
    )
    expectApiError(error, 403, 'You are not allowed to perform this action.')
    expect((await reload(colleague.id)).name).toBe(colleague.name)
  })

  it('over REST, a PATCH of their own roles is a 403 naming roles', async () => {
    const token = await loginToken(payload, journalist.email)
    const { body, status } = await rest('PATCH', `/api/users/${journalist.id}`, {
      json: { roles: ['admin'] },
      token,
    })
    expect(status).toBe(403)
    expect(body.code).toBe('FORBIDDEN')
    expect(body.errors).toEqual([
      { code: 'FORBIDDEN', message: 'roles: only an administrator can change roles.' },
    ])
    expect((await reload(journalist.id)).roles).toEqual(['journalist'])
  })
})

describe('other non-admin roles', () => {
  it.each(['chief-editor', 'regional-editor', 'ethics-reviewer'] as const)(
    'a %s cannot change their own roles',
    async (role) => {
      const user = await createUser(payload, { regions: [home.id], roles: [role] })
      const error = await rejectionOf(
        payload.update({
          collection: 'users',
          data: { roles: [role, 'admin'] },
          id: user.id,
          overrideAccess: false,
          user,
        }),
      )
      expectApiError(error, 403, 'roles: only an administrator can change roles.')
      expect((await reload(user.id)).roles).toEqual([role])
    },
  )
})

describe('an administrator', () => {
  it('can change a journalist’s roles and regions', async () => {
    const journalist = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
    const updated = await payload.update({
      collection: 'users',
      data: { regions: [home.id, other.id], roles: ['regional-editor'] },
      depth: 0,
      id: journalist.id,
      overrideAccess: false,
      user: admin,
    })
    expect(updated.roles).toEqual(['regional-editor'])
    expect(regionIds(updated.regions).sort()).toEqual([home.id, other.id].sort())
  })

  it('the new roles take effect at the next sign-in (they travel in the token)', async () => {
    const journalist = await createUser(payload, { regions: [home.id], roles: ['journalist'] })
    await payload.update({
      collection: 'users',
      data: { roles: ['chief-editor'] },
      id: journalist.id,
      overrideAccess: false,
      user: admin,
    })
    const token = await loginToken(payload, journalist.email)
    const { body, status } = await rest('GET', '/api/users/me', { token })
    expect(status).toBe(200)
    expect(body.user.roles).toEqual(['chief-editor'])
  })

  it('is the only one who can create accounts', async () => {
    const editor = await createUser(payload, { roles: ['chief-editor'] })
    const error = await rejectionOf(
      payload.create({
        collection: 'users',
        data: {
          email: `someone-${unique()}@example.test`,
          name: 'Біреу',
          password: 'a-long-password',
          roles: ['journalist'],
        },
        overrideAccess: false,
        user: editor,
      }),
    )
    expectApiError(error, 403, 'You are not allowed to perform this action.')
  })
})
