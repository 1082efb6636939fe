import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { collections } from './collections'
import { MAX_UPLOAD_BYTES } from './collections/Media/uploadRules'
import { plugins } from './plugins'
import { databaseAdapter } from './src/db/databaseAdapter'
import { payloadSecret } from './src/env'
import { localization } from './src/i18n/locales'
import { seedEmptyDatabaseInDevelopment } from './src/seed/seedOnInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — ҚХА журналистер клубы' },
    user: 'users',
  },
  collections,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql') },
  i18n: { fallbackLanguage: 'en', supportedLanguages: { en, ru } },
  localization,
  onInit: seedEmptyDatabaseInDevelopment,
  plugins,
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
  },
})
