import { afterAll, expect, it, vi } from 'vitest'

import type { TextDetector } from '../src'

import { chatbotBoilerplateDetector } from '../src'
import { bootTestApp, createPost, createUser, richText, type TestApp } from './helpers'

// Text detectors' one-time work runs when Payload starts, not in the middle of the first saves. The built-in
// detector's rules are compiled by V8 on first use, for one-byte and two-byte strings, to bytecode and then to machine
// code: about half a second, during which every request of that server process waited (`npm run test:load`: a
// 0.8 s event-loop turn in `detect` at the first saves of each worker, the readers' p99 above 1 s).

let app: TestApp | undefined

afterAll(async () => {
  await app?.destroy()
})

it('every text detector warms up once while Payload starts; the built-in one does, and saves still run detection', async () => {
  const builtIn = vi.spyOn(chatbotBoilerplateDetector, 'warmUp')
  const order: string[] = []
  const counting: TextDetector = {
    detect: () => {
      order.push('detect')
      return { score: 0, signals: [] }
    },
    key: 'counting',
    warmUp: async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
      order.push('warmUp')
    },
  }
  const bare: TextDetector = { detect: () => ({ score: 0, signals: [] }), key: 'bare' }
  app = await bootTestApp({
    name: 'warm-up',
    plugin: { textDetectors: [chatbotBoilerplateDetector, counting, bare] },
  })
  // Done by the time getPayload resolves: before a server built on it takes its first request.
  expect(builtIn).toHaveBeenCalledTimes(1)
  expect(order).toEqual(['warmUp'])

  const author = await createUser(app.payload, ['author'])
  await createPost(
    app.payload,
    { body: richText('Маслихат облыстық бюджетті бекітті.'), title: 'Бюджет бекітілді' },
    { user: author },
  )
  expect(order[0]).toBe('warmUp')
  expect(order.filter((step) => step === 'detect').length).toBeGreaterThan(0)
  expect(builtIn).toHaveBeenCalledTimes(1)
})
