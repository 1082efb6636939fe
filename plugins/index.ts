import type { Plugin } from 'payload'

import { countStatisticsWrites } from '../src/db/analyze'
import { aiEthics } from './aiEthics'
import { internalFields } from './internalFields'
import { jsonFields } from './jsonFields'
import { reports } from './reports'
import { requestGuard } from './requestGuard'
import { seo } from './seo'
import { workflow } from './workflow'

// workflow first after seo: the AI-ethics review and the reports plugin work on the collections as the workflow
// leaves them (its hooks go before the collections' own, plugins/workflow/src/plugin.ts WORKFLOW_HOOKS).
// requestGuard, countStatisticsWrites (SQLite statistics upkeep, src/db/analyze.ts), internalFields and jsonFields
// after the plugins that add collections and fields, so theirs are covered too.
export const plugins: Plugin[] = [
  seo,
  workflow,
  aiEthics,
  reports,
  requestGuard,
  countStatisticsWrites,
  internalFields,
  jsonFields,
]
