/**
 * `npm run bench:upload`: what an image upload costs end to end, against what sharp alone needs for the same
 * resizes. Target: a 12 MP JPEG with the Media collection's four sizes costs at most 1.2× sharp alone.
 *
 * 1. Generates a photo-like 4000×3000 JPEG once (smooth colour fields, fine grain, EXIF), cached under .tmp.
 * 2. (a) sharp alone: reads the file and writes the four sizes, run in parallel, each as one sharp pipeline:
 *        `resize` to the width for Payload's three `fit: 'inside'` sizes, sharp's own cover crop for og
 *        (`collections/Media/ogImage.ts`, default focal point = centre); same format and quality (the original's,
 *        sharp defaults);
 *    (b) `payload.create({ collection: 'media', file })` on SQLite, given the file as the REST endpoint gives it
 *        (`upload.useTempFiles`: spooled to a temp file, the copy is timed) with the app's hooks: byte-level type check,
 *        AI provenance reading, sizes, files, the database row.
 *    Rounds alternate (a)/(b) so both see the same machine load; medians are compared. The sizes the upload wrote
 *    must be byte-identical to sharp alone's (otherwise the comparison would not be like for like).
 * 3. Prints both medians and the ratio; exits non-zero above the target.
 *
 * Options: --rounds 7 --target 1.2
 */
import { createHash } from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import sharp from 'sharp'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const ROUNDS = Number(opt('rounds', '7'))
const TARGET = Number(opt('target', '1.2'))

const WORKDIR = path.resolve('.tmp/bench-upload')
const PHOTO = path.join(WORKDIR, 'photo-12mp.jpg')
const SHARP_DIR = path.join(WORKDIR, 'sharp-alone')
const MEDIA_DIR = path.join(WORKDIR, 'media')
const DB = path.join(WORKDIR, 'upload.db')
fs.mkdirSync(WORKDIR, { recursive: true })
for (const dir of [SHARP_DIR, MEDIA_DIR]) fs.rmSync(dir, { force: true, recursive: true })
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${DB}${suffix}`, { force: true })

process.env.DATABASE_URI = `file:${DB}`
process.env.MEDIA_DIR = MEDIA_DIR
process.env.SEED_ON_START = 'false'
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn'
process.env.PAYLOAD_MIGRATING = 'true'
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'bench-upload-secret'

/** A photo-like 12 MP JPEG: smooth colour fields (sky, land, shapes), fine grain, EXIF; about 3–5 MB. */
const makePhoto = async (): Promise<void> => {
  const [width, height] = [4000, 3000]
  let seed = 20260127
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
  // Colour field: a coarse grid of colours (blue-ish above, green/brown below), smoothly enlarged.
  const [gw, gh] = [48, 36]
  const grid = Buffer.alloc(gw * gh * 3)
  for (let y = 0; y < gh; y++) {
    for (let x = 0; x < gw; x++) {
      const sky = y < gh * 0.45
      const i = (y * gw + x) * 3
      grid[i] = Math.round((sky ? 90 : 110) + random() * 80)
      grid[i + 1] = Math.round((sky ? 140 : 120) + random() * 60)
      grid[i + 2] = Math.round((sky ? 200 : 60) + random() * 50)
    }
  }
  const field = await sharp(grid, { raw: { channels: 3, height: gh, width: gw } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer()
  // Grain and texture: per-pixel noise, lightly blurred, mixed in.
  const noise = Buffer.alloc(width * height)
  for (let i = 0; i < noise.length; i++)
    noise[i] = Math.round(128 + (random() + random() + random() - 1.5) * 70)
  const grain = await sharp(noise, { raw: { channels: 1, height, width } })
    .blur(0.7)
    .raw()
    .toBuffer()
  for (let p = 0, i = 0; p < grain.length; p++, i += 3) {
    const g = grain[p] - 128
    field[i] = Math.max(0, Math.min(255, field[i] + g))
    field[i + 1] = Math.max(0, Math.min(255, field[i + 1] + g))
    field[i + 2] = Math.max(0, Math.min(255, field[i + 2] + g))
  }
  await sharp(field, { raw: { channels: 3, height, width } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'Newsroom', Model: 'bench:upload', Software: 'sharp' } })
    .toFile(PHOTO)
}

type ImageSize = {
  fit?: string
  height?: number
  name: string
  position?: string
  width?: number
  withoutEnlargement?: boolean
  withoutReduction?: boolean
}

/**
 * sharp alone's pipeline for a size: Payload's width-only sizes (`fit: 'inside'`) are one `resize`; the og card is
 * sharp's own cover crop (`fit: 'cover'`, centre, which is where the default focal point puts it).
 */
const pipelineFor = (input: Buffer, size: ImageSize) =>
  size.name === OG.name
    ? sharp(input)
        .rotate()
        .resize({ fit: 'cover', height: OG.height, position: 'centre', width: OG.width })
    : sharp(input)
        .rotate()
        .resize({ fit: size.fit as keyof sharp.FitEnum, height: size.height, width: size.width })

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16)
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

if (!fs.existsSync(PHOTO)) await makePhoto()
const photoMeta = await sharp(PHOTO).metadata()
console.error(
  `photo: ${path.relative(process.cwd(), PHOTO)}, ${photoMeta.width}×${photoMeta.height}, ${(fs.statSync(PHOTO).size / 1e6).toFixed(1)} MB`,
)

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { applyCommittedMigrations } = await import('../src/db/migrations')
const { OG } = await import('../collections/Media/ogImage')
const payload = await getPayload({ config })
await applyCommittedMigrations(payload)
const uploadConfig = payload.collections.media.config.upload
const sizes = [
  ...(uploadConfig.imageSizes as ImageSize[]),
  { height: OG.height, name: OG.name, width: OG.width },
]
if (sizes.some((size) => size.name !== OG.name && size.fit !== 'inside'))
  throw new Error('bench:upload expects the Media imageSizes to be width-only `fit: inside` sizes')

/** (a): read the file, run the four pipelines in parallel, write the files. */
const sharpAlone = async (round: number): Promise<Record<string, string>> => {
  const input = await fs.promises.readFile(PHOTO)
  const hashes: Record<string, string> = {}
  await Promise.all(
    sizes.map(async (size) => {
      const data = await pipelineFor(input, size).toBuffer()
      await fs.promises.writeFile(path.join(SHARP_DIR, `r${round}-${size.name}.jpg`), data)
      hashes[size.name] = sha(data)
    }),
  )
  return hashes
}

/**
 * (b): the Local API upload, as the admin's upload does it (minus HTTP). Each round's file has its own name, as
 * uploads in a newsroom do: the same name again would make Payload probe `name-1.jpg`, `name-2.jpg`, … in the
 * database and on disk, which grows with every round and is not what an upload costs.
 */
const payloadCreate = async (round: number): Promise<Record<string, string>> => {
  // What the REST upload hands to Payload (`upload.useTempFiles`): the multipart parser has spooled the file to disk.
  const tempFilePath = path.join(os.tmpdir(), `bench-upload-${process.pid}-${round}`)
  await fs.promises.copyFile(PHOTO, tempFilePath)
  const { size } = await fs.promises.stat(tempFilePath)
  const file = {
    data: Buffer.alloc(0),
    mimetype: 'image/jpeg',
    name: `photo-12mp-r${round}.jpg`,
    size,
    tempFilePath,
  }
  const doc = await payload.create({ collection: 'media', data: { alt: 'bench:upload' }, file })
  const hashes: Record<string, string> = {}
  for (const [name, size] of Object.entries(
    (doc.sizes ?? {}) as Record<string, { filename?: null | string }>,
  )) {
    if (size?.filename)
      hashes[name] = sha(await fs.promises.readFile(path.join(MEDIA_DIR, size.filename)))
  }
  return hashes
}

fs.mkdirSync(SHARP_DIR, { recursive: true })
// Warm-up: module loading, JIT, libvips start-up.
const expected = await sharpAlone(0)
const got = await payloadCreate(0)
if (
  JSON.stringify(Object.entries(expected).sort()) !== JSON.stringify(Object.entries(got).sort())
) {
  console.error(
    `the sizes differ: sharp alone ${JSON.stringify(expected)}, Payload ${JSON.stringify(got)}`,
  )
  process.exit(1)
}

const times = {
  payload: [] as number[],
  payloadCpu: [] as number[],
  sharp: [] as number[],
  sharpCpu: [] as number[],
}
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000
for (let round = 1; round <= ROUNDS; round++) {
  let started = performance.now()
  let cpu = process.cpuUsage()
  await sharpAlone(round)
  times.sharp.push(performance.now() - started)
  times.sharpCpu.push(cpuMs(process.cpuUsage(cpu)))
  started = performance.now()
  cpu = process.cpuUsage()
  await payloadCreate(round)
  times.payload.push(performance.now() - started)
  times.payloadCpu.push(cpuMs(process.cpuUsage(cpu)))
  console.error(
    `round ${round}: sharp alone ${times.sharp.at(-1)!.toFixed(0)} ms (cpu ${times.sharpCpu.at(-1)!.toFixed(0)}), ` +
      `payload.create ${times.payload.at(-1)!.toFixed(0)} ms (cpu ${times.payloadCpu.at(-1)!.toFixed(0)}), load ${os.loadavg()[0].toFixed(1)}`,
  )
}
const [a, b] = [median(times.sharp), median(times.payload)]
const ratio = b / a
const [ac, bc] = [median(times.sharpCpu), median(times.payloadCpu)]
console.log(
  `\n12 MP JPEG (${photoMeta.width}×${photoMeta.height}), sizes ${sizes.map((size) => `${size.name} ${size.width ?? ''}×${size.height ?? ''}`).join(', ')}; ` +
    `${ROUNDS} rounds, medians; sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), concurrency ${sharp.concurrency()}, ${os.cpus().length} CPUs, Node ${process.version}`,
)
console.log(`(a) sharp alone, same four resizes: ${a.toFixed(0)} ms (CPU ${ac.toFixed(0)} ms)`)
console.log(`(b) payload.create (media, SQLite): ${b.toFixed(0)} ms (CPU ${bc.toFixed(0)} ms)`)
console.log(
  `ratio ${ratio.toFixed(2)} (target ≤ ${TARGET}): ${ratio <= TARGET ? 'ok' : 'OVER'}; CPU time ratio ${(bc / ac).toFixed(2)}`,
)
await payload.destroy()
process.exit(ratio <= TARGET ? 0 : 1)
