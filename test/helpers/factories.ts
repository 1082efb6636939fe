import type { Payload } from 'payload'

import sharp from 'sharp'

import type { Contributor, Media, Region, Rubric, User } from '../../src/payload-types'

type Role = User['roles'][number]
type RubricFormat = Rubric['format']

/** A per-process id (vitest runs each spec file in its own fork), so unique fields never collide across files. */
export const RUN_ID = Math.random().toString(36).slice(2, 8)

let counter = 0
/** A short string unique within this run: `<runId><n>`, safe in slugs and e-mail addresses. */
export const unique = (): string => `${RUN_ID}${(++counter).toString(36)}`

export const PASSWORD = 'test-password-123'

/** The shape Payload puts on `req.user`: the Local API's `user` argument must look like it. */
export type SignedInUser = User & { collection: 'users' }

export const createRegion = async (
  payload: Payload,
  data: Partial<Region> = {},
): Promise<Region> => {
  const id = unique()
  return payload.create({
    collection: 'regions',
    data: { kind: 'oblast', name: `Өңір ${id}`, slug: `region-${id}`, ...data },
  })
}

export const createRubric = async (
  payload: Payload,
  data: Partial<Omit<Rubric, 'format'>> & { format?: RubricFormat } = {},
): Promise<Rubric> => {
  const id = unique()
  return payload.create({
    collection: 'rubrics',
    data: { format: 'column', name: `Айдар ${id}`, slug: `rubric-${id}`, ...data },
  })
}

export const createUser = async (
  payload: Payload,
  {
    regions = [],
    roles = ['journalist'],
    ...data
  }: Partial<Omit<User, 'regions' | 'roles'>> & {
    regions?: (number | Region)[]
    roles?: Role[]
  } = {},
): Promise<SignedInUser> => {
  const id = unique()
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `user-${id}@example.test`,
      name: `Журналист ${id}`,
      password: PASSWORD,
      regions: regions.map((region) => (typeof region === 'object' ? region.id : region)),
      roles,
      ...data,
    },
  })
  // On an empty database the first account becomes an administrator (firstUserIsAdmin); restore the asked-for roles.
  if (JSON.stringify(user.roles) !== JSON.stringify(roles)) {
    const fixed = await payload.update({ collection: 'users', data: { roles }, id: user.id })
    return { ...fixed, collection: 'users' }
  }
  return { ...user, collection: 'users' }
}

export const createContributor = async (
  payload: Payload,
  data: Partial<Contributor> & { region: number },
): Promise<Contributor> =>
  payload.create({
    collection: 'contributors',
    data: { fullName: `Автор ${unique()}`, mediaType: 'online', ...data },
  })

/** A real JPEG of the given size: a gradient, so the encoder has something to compress. */
export const jpegBuffer = async (width: number, height: number): Promise<Buffer> =>
  sharp({
    create: { background: { b: 160, g: 120, r: 40 }, channels: 3, height, width },
  })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#e0b020"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer()

export const uploadImage = async (
  payload: Payload,
  {
    alt = 'Сурет сипаттамасы',
    height = 400,
    name = `image-${unique()}.jpg`,
    user,
    width = 600,
  }: { alt?: string; height?: number; name?: string; user?: SignedInUser; width?: number } = {},
): Promise<Media> => {
  const data = await jpegBuffer(width, height)
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    ...(user ? { overrideAccess: false, user } : {}),
  })
}

/** Signs in through the auth operation, as the admin panel and API clients do, and returns the JWT. */
export const loginToken = async (
  payload: Payload,
  email: string,
  password = PASSWORD,
): Promise<string> => {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`login for ${email} returned no token`)
  return token
}

/** The smallest valid Lexical document with one paragraph, for rich-text fields. */
export const richText = (text: string) => ({
  root: {
    children: [
      {
        children: [
          { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 },
        ],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/** A short, valid WAV file (silence): file-type reads it as audio/wav. */
export const wavBuffer = (seconds = 1): Buffer => {
  const sampleRate = 8000
  const samples = sampleRate * seconds
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16) // fmt chunk size
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate, 28) // byte rate: 8-bit mono
  header.writeUInt16LE(1, 32) // block align
  header.writeUInt16LE(8, 34) // bits per sample
  header.write('data', 36)
  header.writeUInt32LE(samples, 40)
  return Buffer.concat([header, Buffer.alloc(samples, 128)])
}

/** The start of an MP4 file (an `ftyp` box): enough for file-type to read it as video/mp4. */
export const mp4Buffer = (): Buffer => {
  const ftyp = Buffer.alloc(24)
  ftyp.writeUInt32BE(24, 0)
  ftyp.write('ftypisom', 4)
  ftyp.writeUInt32BE(0x200, 12)
  ftyp.write('isommp41', 16)
  const mdat = Buffer.alloc(1024)
  mdat.writeUInt32BE(1024, 0)
  mdat.write('mdat', 4)
  return Buffer.concat([ftyp, mdat])
}

/** Uploads any file as the given user (or with full access when none is given). */
export const uploadFile = async (
  payload: Payload,
  {
    alt = 'Файл сипаттамасы',
    data,
    mimetype,
    name,
    user,
  }: { alt?: string; data: Buffer; mimetype: string; name: string; user?: SignedInUser },
): Promise<Media> =>
  payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype, name, size: data.length },
    ...(user ? { overrideAccess: false, user } : {}),
  })
