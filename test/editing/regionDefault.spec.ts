import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rejectionOf } from '../helpers/errors'
import { createRegion, createUser, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'

/** The region field starts at the user's region when she has exactly one (issue 14, part 3). */

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const create = (user: Awaited<ReturnType<typeof createUser>>) =>
  payload.create({
    collection: 'articles',
    data: { title: `Өңірсіз ${unique()}` } as never,
    draft: true,
    overrideAccess: false,
    user,
  })

describe('the region field defaults to the user’s only region', () => {
  it('a journalist with one region: a new item without a region is filed in hers (the shared editorial core)', async () => {
    const region = await createRegion(payload)
    const journalist = await createUser(payload, { regions: [region.id], roles: ['journalist'] })
    const regionOf = ((await create(journalist)) as { region?: number | { id: number } }).region
    expect(typeof regionOf === 'object' ? regionOf?.id : regionOf).toBe(region.id)
  })

  it('a journalist with two regions chooses: no default, the region is required', async () => {
    const [a, b] = [await createRegion(payload), await createRegion(payload)]
    const journalist = await createUser(payload, { regions: [a.id, b.id], roles: ['journalist'] })
    const error = await rejectionOf(create(journalist))
    expect(JSON.stringify((error as { data?: unknown }).data ?? error)).toContain('region')
  })
})
