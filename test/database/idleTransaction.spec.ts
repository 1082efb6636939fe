import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A short idle limit, set before the configuration is loaded.
process.env.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS = '1500'

let payload: Payload
let region: { id: number }

beforeAll(async () => {
  const { bootPayload } = await import('../helpers/payload')
  const { createRegion } = await import('../helpers/factories')
  payload = await bootPayload()
  region = (await createRegion(payload)) as { id: number }
})

afterAll(async () => {
  await payload?.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a transaction left idle past DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', () => {
  it('is ended by the database side; its commit then fails instead of reporting success, and nothing of it is stored', async () => {
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID, 'the adapter runs transactions').toBeTruthy()
    const req = { transactionID } as unknown as PayloadRequest
    const title = `Ұмытылған ${Date.now()}`
    await payload.create({
      collection: 'articles',
      data: { region: region.id, title } as never,
      draft: true,
      req,
    })

    await sleep(4_000)
    const outcome = await payload.db.commitTransaction(transactionID!).then(
      () => 'committed',
      (error: Error) => `failed: ${error.message}`,
    )
    expect(outcome).toMatch(/^failed: /)
    expect(
      (await payload.count({ collection: 'articles', where: { title: { equals: title } } }))
        .totalDocs,
    ).toBe(0)

    // The connection (PostgreSQL) or the write lock (SQLite) was given back: writes go on.
    const next = await payload.create({
      collection: 'articles',
      data: { region: region.id, title: `${title} 2` } as never,
      draft: true,
    })
    expect(next.id).toBeTruthy()
  })
})
