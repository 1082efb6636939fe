import type { Access, CollectionConfig, CollectionSlug, SanitizedConfig } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'fs'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import type { AIEthicsPluginOptions } from '../src'

import { aiEthicsPlugin } from '../src'

// A minimal app around the plugin alone, as Payload's official plugins test themselves: the plugin's specs never
// load the newsroom's own config, so they prove what the plugin does on any Payload project.

export const ROLES = ['admin', 'reviewer', 'author'] as const

// The `payload` module carries the newsroom's generated types (src/payload-types.ts), whose slugs are not this
// minimal app's: its `posts` slug is typed by hand.
export const POSTS = 'posts' as string as CollectionSlug
export type Role = (typeof ROLES)[number]

/** Where one spec's database and uploads live (each spec file boots its own instance). */
export const storageFor = (name: string) => ({
  dbFile: path.resolve(`.tmp/ai-ethics-${name}.db`),
  mediaDir: path.resolve(`.tmp/ai-ethics-media-${name}`),
})

/** Removes an instance's database and uploads: before a boot (what an earlier run left) and after its spec. */
export const resetStorage = (name: string): void => {
  const { dbFile, mediaDir } = storageFor(name)
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${dbFile}${suffix}`, { force: true })
  fs.rmSync(mediaDir, { force: true, recursive: true })
  fs.mkdirSync(path.dirname(dbFile), { recursive: true })
}

const signedIn: Access = ({ req }) => Boolean(req.user)
// Readers see published posts; any signed-in user also sees drafts.
const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [{ name: 'roles', type: 'select', hasMany: true, options: [...ROLES], required: true }],
}

const Posts: CollectionConfig = {
  slug: 'posts',
  access: { create: signedIn, delete: signedIn, read: publishedOrSignedIn, update: signedIn },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'body', type: 'richText', localized: true },
    { name: 'hero', type: 'upload', relationTo: 'media' },
    { name: 'gallery', type: 'upload', hasMany: true, relationTo: 'media' },
    // Who wrote the post: what an app's `reviewAccess` may scope the review by (reviewAccess.spec.ts).
    { name: 'owner', type: 'relationship', relationTo: 'users' },
  ],
  versions: { drafts: true },
}

const mediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  access: { create: signedIn, delete: signedIn, read: () => true, update: signedIn },
  fields: [
    { name: 'alt', type: 'text', required: true },
    // What the app keeps: true while the public gets the files (the signing option's `publishedField`).
    { name: 'isPublic', type: 'checkbox', defaultValue: false },
  ],
  upload: {
    imageSizes: [{ name: 'thumbnail', width: 64 }],
    mimeTypes: ['image/*', 'audio/*', 'video/*'],
    staticDir,
  },
})

export type TestConfigOptions = {
  /** Names this spec's database file and upload folder. */
  name: string
  /** Plugin options merged over the defaults below. */
  plugin?: Partial<AIEthicsPluginOptions>
}

export const buildTestConfig = ({ name, plugin }: TestConfigOptions): Promise<SanitizedConfig> => {
  const { dbFile, mediaDir } = storageFor(name)
  return buildConfig({
    admin: { user: 'users' },
    collections: [Users, Posts, mediaCollection(mediaDir)],
    db: sqliteAdapter({ client: { url: `file:${dbFile}` } }),
    editor: lexicalEditor(),
    localization: { defaultLocale: 'kk', fallback: true, locales: ['kk', 'ru', 'en'] },
    logger: { options: { level: process.env.LOG_LEVEL || 'warn' } },
    plugins: [
      aiEthicsPlugin({
        collections: [POSTS],
        mediaCollection: 'media',
        reviewerRoles: ['reviewer'],
        ...plugin,
      }),
    ],
    secret: 'ai-ethics-plugin-test-secret',
    sharp,
    telemetry: false,
    typescript: { autoGenerate: false },
  })
}
