import type { Plugin } from 'payload'

import { countStatisticsWrites } from '../src/db/analyze'
import { aiEthics } from './aiEthics'
import { delivery } from './delivery'
import { internalFields } from './internalFields'
import { jsonFields } from './jsonFields'
import { reports } from './reports'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// delivery first: its hooks follow each collection's own (README, "Layout"), and it bounds the anonymous reads of
// the app's collections. requestGuard, countStatisticsWrites (SQLite statistics upkeep, src/db/analyze.ts), internalFields and jsonFields
// after the plugins that add collections and fields, so theirs are covered too.
export const plugins: Plugin[] = [
  delivery,
  seo,
  aiEthics,
  reports,
  requestGuard,
  countStatisticsWrites,
  internalFields,
  jsonFields,
]
