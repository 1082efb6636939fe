import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { SupportedLanguages } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'path'
import { buildConfig, type Config } from 'payload'
import { fileURLToPath } from 'url'

import { collections } from './collections'
import { boundedSharp } from './collections/Media/boundedSharp'
import { MAX_UPLOAD_BYTES, uploadTempDir } from './collections/Media/uploadRules'
import { plugins } from './plugins'
import { accountMutations } from './src/accounts/graphql'
import { adminComponents } from './src/admin/components'
import { databaseAdapter } from './src/db/databaseAdapter'
import { afterErrorDatabaseUnavailable } from './src/db/unavailableResponse'
import { corsOrigins, csrfOrigins } from './plugins/delivery/src/origins'
import { emailAdapter } from './src/email'
import { answerErrors } from './src/errors/answerErrors'
import { payloadSecret } from './src/env'
import { combineGraphQLExtensions } from './src/graphql/combineExtensions'
import { withRichTextShapeCheck } from './src/fields/richTextShape'
import { ADMIN_DATE_FORMAT } from './src/i18n/dates'
import { kk, kkTranslations } from './src/i18n/kk'
import { localization } from './src/i18n/locales'
import { appLoggerOptions } from './src/logging/logger'
import { jobs } from './src/jobs'
import { onInit } from './src/onInit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The app's config before Payload builds it, for configs that build a variant of the app (they add plugins). */
export const newsroomConfig: Config = {
  admin: {
    avatar: 'default',
    components: adminComponents,
    dateFormat: ADMIN_DATE_FORMAT,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — ҚХА журналистер клубы' },
    user: 'users',
  },
  collections,
  cors: corsOrigins(),
  csrf: csrfOrigins(),
  db: databaseAdapter(),
  editor: withRichTextShapeCheck(lexicalEditor()),
  email: emailAdapter(),
  graphQL: {
    // The complexity limit, the public bounds and list cursors come from plugins/delivery.
    mutations: combineGraphQLExtensions(accountMutations),
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
  },
  hooks: { afterError: [answerErrors, afterErrorDatabaseUnavailable] },
  i18n: {
    fallbackLanguage: 'en',
    supportedLanguages: { en, kk, ru } as SupportedLanguages,
    translations: kkTranslations,
  },
  jobs,
  localization,
  logger: { options: appLoggerOptions() },
  onInit,
  plugins,
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp: boundedSharp,
  telemetry: false,
  typescript: {
    // Payload regenerates the types in the background at every start outside production; only `next dev` should
    // (tests and scripts boot Payload many times, some with another database, whose id type would be written).
    autoGenerate: process.env.NODE_ENV === 'development',
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
    tempFileDir: uploadTempDir(),
    useTempFiles: true,
  },
}

export default buildConfig(newsroomConfig)
