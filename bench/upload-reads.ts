/**
 * `npm run bench:upload-reads`: what big uploads do to anonymous reads in the same server process.
 *
 * One Payload process on a fresh SQLite database (PUBLIC_CACHE=off, so every read reaches the database), serving
 * the app's own route handlers over HTTP, with 30 published articles. Readers (--readers, 4) send
 * `GET /api/articles?limit=10&depth=1` back to back for --seconds (15) in three phases:
 *   1. nothing else running;
 *   2. --uploads (4) uploads at once, again and again, of a --megapixels (48) JPEG, with the app's bound on
 *      image pipelines (IMAGE_PROCESSING_CONCURRENCY, default half the CPUs);
 *   3. the same uploads with that bound lifted (64 pipelines: what every upload did before the bound).
 * Uploads go through `payload.create` given the file as the REST endpoint spools it (as bench:upload does).
 * Prints p50 / p99 / max of the reads and the uploads finished per phase; exits non-zero if the reads' p99 in
 * phase 2 is over --target-ms (1000).
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import sharp from 'sharp'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const SECONDS = Number(opt('seconds', '15'))
const READERS = Number(opt('readers', '4'))
const UPLOADS = Number(opt('uploads', '4'))
const MEGAPIXELS = Number(opt('megapixels', '48'))
const TARGET_MS = Number(opt('target-ms', '1000'))

const WORKDIR = path.resolve('.tmp/bench-upload-reads')
const MEDIA_DIR = path.join(WORKDIR, 'media')
const DB = path.join(WORKDIR, 'bench.db')
const PHOTO = path.join(WORKDIR, `photo-${MEGAPIXELS}mp.jpg`)
fs.mkdirSync(WORKDIR, { recursive: true })
fs.rmSync(MEDIA_DIR, { force: true, recursive: true })
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${DB}${suffix}`, { force: true })

process.env.DATABASE_URI = `file:${DB}`
process.env.MEDIA_DIR = MEDIA_DIR
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.PUBLIC_CACHE = 'off'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
process.env.PAYLOAD_MIGRATING = 'true'
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'bench-upload-reads-secret'
const boundedConcurrency = process.env.IMAGE_PROCESSING_CONCURRENCY

if (!fs.existsSync(PHOTO)) {
  // A 4:3 photo-like picture: a colour gradient with shapes, so the encoder and the resizes have work to do.
  const width = Math.round(Math.sqrt((MEGAPIXELS * 1e6 * 4) / 3))
  const height = Math.round((width * 3) / 4)
  const svg = `<svg width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2a6"/><stop offset="1" stop-color="#c84"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 997) % width}" cy="${(i * 613) % height}" r="${200 + ((i * 37) % 400)}" fill="#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}" opacity="0.6"/>`).join('')}</svg>`
  await sharp(Buffer.from(svg), { limitInputPixels: false }).jpeg({ quality: 85 }).toFile(PHOTO)
}
const meta = await sharp(PHOTO, { limitInputPixels: false }).metadata()
console.error(
  `photo: ${meta.width}×${meta.height} (${((meta.width! * meta.height!) / 1e6).toFixed(0)} MP), ${(fs.statSync(PHOTO).size / 1e6).toFixed(1)} MB`,
)

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { migrations } = await import('../src/migrations/sqlite')
const { startApiServer } = await import('../test/delivery/server')
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as never })

const region = await payload.create({
  collection: 'regions',
  data: { kind: 'oblast', name: 'Bench', slug: 'bench' },
})
for (let i = 0; i < 30; i++) {
  await payload.create({
    collection: 'articles',
    context: { disableWebhooks: true },
    data: {
      _status: 'published',
      excerpt: 'Бенчмарк',
      region: region.id,
      title: `Мақала ${i}`,
      workflowStatus: 'published',
    } as never,
  })
}
const server = await startApiServer()

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

let uploadRound = 0
const uploadOnce = async () => {
  const tempFilePath = path.join(os.tmpdir(), `bench-upload-reads-${process.pid}-${++uploadRound}`)
  await fs.promises.copyFile(PHOTO, tempFilePath)
  const { size } = await fs.promises.stat(tempFilePath)
  await payload.create({
    collection: 'media',
    data: { alt: 'bench' },
    file: {
      data: Buffer.alloc(0),
      mimetype: 'image/jpeg',
      name: `photo-${uploadRound}.jpg`,
      size,
      tempFilePath,
    },
  })
  await fs.promises.rm(tempFilePath, { force: true })
}

const phase = async (label: string, uploads: number) => {
  const deadline = performance.now() + SECONDS * 1000
  const latencies: number[] = []
  let uploaded = 0
  const read = async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      const response = await fetch(`${server.baseURL}/api/articles?limit=10&depth=1`)
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`read answered ${response.status}`)
      latencies.push(performance.now() - started)
    }
  }
  const uploadLoop = async () => {
    while (performance.now() < deadline) {
      await uploadOnce()
      uploaded++
    }
  }
  await Promise.all([
    ...Array.from({ length: READERS }, read),
    ...Array.from({ length: uploads }, uploadLoop),
  ])
  const row = {
    label,
    max: percentile(latencies, 100),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    reads: latencies.length,
    uploaded,
  }
  console.error(
    `${label}: ${row.reads} reads, p50 ${row.p50.toFixed(0)} ms, p99 ${row.p99.toFixed(0)} ms, max ${row.max.toFixed(0)} ms; ${uploaded} uploads`,
  )
  return row
}

await phase('warm-up', 0)
const rows = [await phase('reads alone', 0)]
process.env.IMAGE_PROCESSING_CONCURRENCY = boundedConcurrency ?? ''
const { imageProcessingConcurrency } = await import('../collections/Media/uploadRules')
const bound = imageProcessingConcurrency()
rows.push(await phase(`${UPLOADS} uploads, ${bound} pipeline(s) at once`, UPLOADS))
process.env.IMAGE_PROCESSING_CONCURRENCY = '64'
rows.push(await phase(`${UPLOADS} uploads, no bound (64)`, UPLOADS))

console.log(
  `\n${READERS} readers of GET /api/articles?limit=10&depth=1 (PUBLIC_CACHE=off), ${SECONDS} s per phase; ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}`,
)
console.log('| phase | reads | p50 ms | p99 ms | max ms | uploads done |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const row of rows)
  console.log(
    `| ${row.label} | ${row.reads} | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} | ${row.max.toFixed(0)} | ${row.uploaded} |`,
  )
const ok = rows[1].p99 <= TARGET_MS
console.log(
  `reads' p99 while uploading with the bound: ${rows[1].p99.toFixed(0)} ms (target ≤ ${TARGET_MS}): ${ok ? 'ok' : 'OVER'}`,
)
await server.close()
await payload.destroy()
process.exit(ok ? 0 : 1)
