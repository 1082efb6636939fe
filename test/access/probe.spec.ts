import { it, expect } from 'vitest'
import { bootPayload } from '../helpers/payload'
import { createRegion, createUser } from '../helpers/factories'
it('probe', async () => {
  const payload = await bootPayload()
  const r = await createRegion(payload)
  const a = await createUser(payload, { regions: [r.id], roles: ['journalist'] })
  const b = await createUser(payload, { roles: ['chief-editor'] })
  const none = await payload.find({ collection: 'users', where: { regions: { exists: false } } })
  const some = await payload.find({ collection: 'users', where: { or: [{ regions: { in: [r.id] } }, { regions: { exists: false } }] } })
  console.log('NONE', none.docs.map((d) => d.id), 'SOME', some.docs.map((d) => d.id), a.id, b.id)
  expect(none.docs.map((d) => d.id)).toEqual([b.id])
  await payload.destroy()
})
