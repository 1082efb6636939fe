#!/usr/bin/env node
// Part of bench/smoke-production.sh: checks the multi-process production start (`npm start`, WEB_CONCURRENCY=2)
// on an empty database, from outside, as clients meet it.
//
// 1. The public read cache across processes: every worker serves the anonymous list from its cache (X-Cache: HIT,
//    X-Worker tells the processes apart); after a publish, the very next request to each worker lists the item,
//    and after an unpublish it is gone — whichever worker took the write.
// 2. The jobs queue runs in exactly one process: each publish/unpublish reaches a webhook receiver exactly once
//    (two runners polling the same queue on the same 5-second tick would both pick a job up and deliver it twice).
// 3. When the job runner's process dies, the server replaces it and webhooks keep arriving, once each.
// 4. An image upload in the production build: the AI provenance of a generative-AI fixture is read from its XMP
//    (exifr runs as a plain Node package there; bundled it logs "Couldn't load …" and misses compressed XMP).
// 5. Failed sign-ins are counted across workers (in the database): the sixth try is refused by whichever worker
//    gets it, with its code and Retry-After; an admin's unlock lets the owner in.
// 6. Anonymous public reads are answered past Next's router (src/http/publicReadFastPath.ts) by every worker, with
//    what Next adds (the build's headers, gzip): such an answer has a Content-Length where Next streams chunked.
//    A signed-in read still goes through Next.
//
// usage: node bench/smoke-cluster.mjs <base URL> <server log file>
import fs from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'

const [base, logFile] = process.argv.slice(2)
if (!base || !logFile) {
  console.error('usage: node bench/smoke-cluster.mjs <base URL> <server log file>')
  process.exit(2)
}
const WORKERS = 2
const say = (message) => console.log(`smoke: ${message}`)
const fail = (message) => {
  console.error(`smoke: FAILED: ${message}`)
  process.exit(1)
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One request on a new connection (agent: false), so the cluster may hand it to any worker; `headers` are sent as
 * given (no decoding asked for: the raw body is kept as `bytes`, beside its text).
 */
const request = (method, path, { body, headers = {}, token } = {}) =>
  new Promise((resolve, reject) => {
    const url = new URL(path, base)
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    const req = http.request(
      url,
      {
        agent: false,
        headers: {
          ...(payload
            ? { 'Content-Length': payload.length, 'Content-Type': 'application/json' }
            : {}),
          ...(token ? { Authorization: `JWT ${token}` } : {}),
          ...headers,
        },
        method,
      },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          const text = bytes.toString('utf8')
          let json
          try {
            json = JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({
            bytes,
            cache: res.headers['x-cache'],
            headers: res.headers,
            json,
            retryAfter: res.headers['retry-after'],
            status: res.statusCode,
            text,
            worker: res.headers['x-worker'],
          })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })

const expectStatus = (response, status, what) => {
  if (response.status !== status)
    fail(`${what}: HTTP ${response.status}, expected ${status}: ${response.text.slice(0, 400)}`)
  return response
}

// Webhook receiver: counts deliveries per event.
const received = []
const receiver = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    res.writeHead(204).end()
  })
})
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve))
const hookUrl = `http://127.0.0.1:${receiver.address().port}/hook`

const waitForDeliveries = async (count, what) => {
  const deadline = Date.now() + 30_000
  while (received.length < count) {
    if (Date.now() > deadline)
      fail(`${what}: ${received.length} webhook deliveries after 30 s, expected ${count}`)
    await sleep(250)
  }
  // Long enough for any second runner to have ticked twice more (the webhooks queue polls every 5 s).
  await sleep(11_000)
  if (received.length !== count) {
    fail(
      `${what}: ${received.length} webhook deliveries, expected exactly ${count}: ${JSON.stringify(received.map((r) => `${r.event} ${r.id}`))}`,
    )
  }
}

// Setup: the first account (becomes the admin), a region, a webhook.
const registered = expectStatus(
  await request('POST', '/api/users/first-register', {
    body: {
      email: 'smoke-admin@newsroom.test',
      name: 'Smoke Admin',
      password: 'smoke-password-2026',
      roles: ['admin'],
    },
  }),
  200,
  'POST /api/users/first-register',
)
const token = registered.json.token
if (!token) fail('first-register returned no token')
const region = expectStatus(
  await request('POST', '/api/regions', {
    body: { kind: 'oblast', name: 'Smoke өңірі', slug: 'smoke-region' },
    token,
  }),
  201,
  'POST /api/regions',
).json.doc
expectStatus(
  await request('POST', '/api/webhooks', {
    body: { active: true, events: ['publish', 'unpublish', 'update-published'], url: hookUrl },
    token,
  }),
  201,
  'POST /api/webhooks',
)
const article = expectStatus(
  await request('POST', '/api/articles?draft=true', {
    // An excerpt long enough (1.6 KB) that the list is an answer Next would compress (from 1 KB): check 6.
    body: {
      excerpt: 'Smoke мақаласының қысқаша мазмұны. '.repeat(25).trim(),
      region: region.id,
      title: 'Smoke мақаласы',
    },
    token,
  }),
  201,
  'POST /api/articles',
).json.doc

const listPath = `/api/articles?limit=10&depth=1&locale=kk&where[region][equals]=${region.id}`
const act = async (action) => {
  const response = expectStatus(
    await request('POST', `/api/articles/${article.id}/workflow`, { body: { action }, token }),
    200,
    `workflow ${action}`,
  )
  return response.worker
}

/** Reads the list on new connections until every worker has answered `times` times; returns what each saw. */
const readFromEveryWorker = async (times = 1) => {
  const seen = new Map()
  for (
    let i = 0;
    i < 40 && [...seen.values()].filter((answers) => answers.length >= times).length < WORKERS;
    i++
  ) {
    const response = expectStatus(await request('GET', listPath), 200, `GET ${listPath}`)
    if (!response.worker)
      fail(
        'responses carry no X-Worker header: is this the cluster start (npm start, WEB_CONCURRENCY=2)?',
      )
    const answers = seen.get(response.worker) ?? []
    answers.push({ cache: response.cache, ids: response.json.docs.map((doc) => doc.id) })
    seen.set(response.worker, answers)
  }
  if (seen.size < WORKERS)
    fail(`only worker(s) ${[...seen.keys()].join(', ')} answered 40 requests; expected ${WORKERS}`)
  return seen
}

const checkEveryWorker = async (what, shouldList) => {
  const seen = await readFromEveryWorker()
  for (const [worker, [first]] of seen) {
    if (first.ids.includes(article.id) !== shouldList) {
      fail(
        `${what}: worker ${worker}'s next answer (X-Cache ${first.cache}) ${shouldList ? 'does not list' : 'still lists'} the article`,
      )
    }
    say(
      `${what}: worker ${worker}'s next anonymous read (X-Cache: ${first.cache}) ${shouldList ? 'lists' : 'no longer lists'} the article`,
    )
  }
}

const warmEveryWorker = async () => {
  const seen = await readFromEveryWorker(2)
  for (const [worker, answers] of seen) {
    if (!answers.slice(1).some((answer) => answer.cache === 'HIT'))
      fail(`worker ${worker} never answered from its cache: ${JSON.stringify(answers)}`)
  }
  say(
    `every worker serves the list from its cache (${[...seen.keys()].sort().join(', ')}: X-Cache HIT)`,
  )
}

// 1 + 2: publish and unpublish, seen on the very next request to every worker, each webhook delivered once.
await warmEveryWorker()
await act('submit')
await act('approve')
say(`publish handled by worker ${await act('publish')}`)
await checkEveryWorker('after publish', true)
await waitForDeliveries(1, 'publish')
say('publish webhook delivered exactly once')

await warmEveryWorker()
say(`unpublish handled by worker ${await act('unpublish')}`)
await checkEveryWorker('after unpublish', false)
await waitForDeliveries(2, 'unpublish')
say('unpublish webhook delivered exactly once')

// 3: the job runner's process dies; its replacement takes over the jobs queue.
const readyLines = () =>
  [
    ...fs
      .readFileSync(logFile, 'utf8')
      .matchAll(/worker 1 ready \(pid (\d+), web \+ job runner\)/g),
  ].map((match) => Number(match[1]))
const runners = readyLines()
if (runners.length !== 1) fail(`expected one job-runner start in the log, found ${runners.length}`)
const otherRoles = fs
  .readFileSync(logFile, 'utf8')
  .match(/worker [2-9]\d* ready \(pid \d+, web \+ job runner\)/)
if (otherRoles) fail(`another worker also runs the jobs queue: ${otherRoles[0]}`)
process.kill(runners[0], 'SIGKILL')
say(`killed the job runner's process (worker 1, pid ${runners[0]})`)
const deadline = Date.now() + 120_000
while (readyLines().length < 2) {
  if (Date.now() > deadline) fail('worker 1 was not replaced within 120 s')
  await sleep(500)
}
say(`worker 1 replaced (pid ${readyLines()[1]}), with the job runner`)
await act('reopen')
await act('submit')
await act('approve')
await act('publish')
await checkEveryWorker('after publishing again', true)
await waitForDeliveries(3, 'publish after the replacement')
say('publish webhook delivered exactly once by the new job runner')

// 4: an upload through the production build.
const form = new FormData()
const image = fs.readFileSync(
  new URL('../test/fixtures/provenance/ai-trained-xmp.jpg', import.meta.url),
)
form.append('file', new Blob([image], { type: 'image/jpeg' }), 'ai-trained-xmp.jpg')
form.append('_payload', JSON.stringify({ alt: 'Smoke: ЖИ суреті' }))
const uploaded = await fetch(new URL('/api/media', base), {
  body: form,
  headers: { Authorization: `JWT ${token}` },
  method: 'POST',
})
const uploadBody = await uploaded.json()
if (uploaded.status !== 201)
  fail(`POST /api/media: HTTP ${uploaded.status}: ${JSON.stringify(uploadBody).slice(0, 400)}`)
if (uploadBody.doc?.provenance?.classification !== 'generative-ai') {
  fail(
    `the AI fixture's provenance reads ${JSON.stringify(uploadBody.doc?.provenance)}, expected generative-ai`,
  )
}
const bundlingWarning = fs.readFileSync(logFile, 'utf8').match(/Couldn't load \w+/)
if (bundlingWarning)
  fail(`the server log says "${bundlingWarning[0]}": a package that must run unbundled was bundled`)
say('an AI image uploaded to the production build is classified generative-ai')

// C2PA is validated by c2pa-wasm, which loads its .wasm file in the production server: a signed WebP must read valid.
const signed = new FormData()
const webp = fs.readFileSync(
  new URL('../plugins/ai-ethics/test/fixtures/formats/c2pa-ai.webp', import.meta.url),
)
signed.append('file', new Blob([webp], { type: 'image/webp' }), 'c2pa-ai.webp')
signed.append('_payload', JSON.stringify({ alt: 'Smoke: C2PA' }))
const signedUpload = await fetch(new URL('/api/media', base), {
  body: signed,
  headers: { Authorization: `JWT ${token}` },
  method: 'POST',
})
const signedBody = await signedUpload.json()
if (signedUpload.status !== 201)
  fail(
    `POST /api/media (WebP): HTTP ${signedUpload.status}: ${JSON.stringify(signedBody).slice(0, 400)}`,
  )
if (
  signedBody.doc?.provenance?.c2paValidation !== 'valid' ||
  signedBody.doc?.provenance?.classification !== 'generative-ai'
) {
  fail(
    `the signed WebP's provenance reads ${JSON.stringify(signedBody.doc?.provenance)}, expected a valid manifest, generative-ai`,
  )
}
say('a C2PA-signed WebP uploaded to the production build reads as a valid manifest, generative-ai')

receiver.close()
// 5: failed sign-ins are counted in the database, so every worker refuses the same account once its
// allowance is used up, whichever worker took the earlier tries; the refusal carries its code and Retry-After.
const guesses = []
for (let i = 0; i < 5; i++) {
  const answer = await request('POST', '/api/users/login', {
    body: { email: 'smoke-admin@newsroom.test', password: `guess-${i}` },
  })
  expectStatus(answer, 401, `wrong sign-in ${i + 1}`)
  guesses.push(answer.worker)
}
if (new Set(guesses).size < WORKERS)
  fail(
    `the wrong sign-ins all went to worker ${guesses[0]}: cannot tell that workers count together`,
  )
const refused = await request('POST', '/api/users/login', {
  body: { email: 'smoke-admin@newsroom.test', password: 'smoke-password-2026' },
})
expectStatus(refused, 429, 'sign-in after 5 failures')
if (refused.json?.errors?.[0]?.data?.code !== 'TOO_MANY_ATTEMPTS' || !refused.retryAfter)
  fail(`429 without its code or Retry-After: ${refused.text}`)
say(
  `5 failures over workers ${[...new Set(guesses)].sort().join(', ')}: the next sign-in is refused (429 TOO_MANY_ATTEMPTS, Retry-After ${refused.retryAfter} s)`,
)
expectStatus(
  await request('POST', '/api/users/unlock', {
    body: { email: 'smoke-admin@newsroom.test' },
    token,
  }),
  200,
  'unlock by the admin',
)
expectStatus(
  await request('POST', '/api/users/login', {
    body: { email: 'smoke-admin@newsroom.test', password: 'smoke-password-2026' },
  }),
  200,
  'sign-in after unlock',
)
say('after an admin unlock the owner signs in')

// 6: public reads past Next's router, as Next would answer them.
const get = (path, headers) => request('GET', path, { headers })
const fastListPath = '/api/articles?limit=10&depth=2&locale=all'
const fastWorkers = new Set()
for (let i = 0; i < 8; i++) {
  const answer = await get(fastListPath)
  const h = answer.headers
  if (answer.status !== 200) fail(`fast path: HTTP ${answer.status}: ${answer.text.slice(0, 300)}`)
  if (h['transfer-encoding'] === 'chunked') continue // through Next: this worker's first API request
  const missing = [
    ['content-length', String(answer.bytes.byteLength)],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['accept-ch', 'Sec-CH-Prefers-Color-Scheme'],
    ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
    ['content-type', 'application/json'],
  ].filter(([name, value]) => h[name] !== value)
  if (!/^public\b/.test(h['cache-control'] ?? '') || !h.etag) missing.push(['cache-control/etag'])
  if (!/^Sec-CH-Prefers-Color-Scheme\b.*\bAccept-Encoding$/.test(h.vary ?? ''))
    missing.push(['vary', h.vary])
  if (missing.length)
    fail(`fast path answer lacks ${JSON.stringify(missing)}: ${JSON.stringify(h)}`)
  fastWorkers.add(h['x-worker'])
}
if (fastWorkers.size !== WORKERS)
  fail(`public reads went past Next's router in ${fastWorkers.size} of ${WORKERS} workers`)
const plain = await get(fastListPath)
const gzipped = await get(fastListPath, { 'accept-encoding': 'gzip, deflate, br' })
if (plain.bytes.byteLength < 1024)
  fail(`the list is ${plain.bytes.byteLength} bytes: too small to be compressed`)
if (gzipped.headers['content-encoding'] !== 'gzip')
  fail(`gzip asked, got ${gzipped.headers['content-encoding'] ?? 'identity'}`)
if (
  !zlib.gunzipSync(gzipped.bytes).equals(plain.bytes) ||
  gzipped.headers.etag !== plain.headers.etag
)
  fail('the gzipped answer is not the same document')
const signedIn = await get(fastListPath, { authorization: `JWT ${token}` })
if (
  signedIn.status !== 200 ||
  signedIn.headers['x-cache'] !== 'BYPASS' ||
  !/private/.test(signedIn.headers['cache-control'] ?? '') ||
  signedIn.headers['transfer-encoding'] !== 'chunked'
)
  fail(`a signed-in read must go through Next, uncached: ${JSON.stringify(signedIn.headers)}`)
say(
  `public reads answered past Next's router by workers ${[...fastWorkers].sort().join(', ')} (${plain.bytes.byteLength} bytes, gzip ${gzipped.bytes.byteLength}); a signed-in read through Next`,
)

say('cluster checks passed')
