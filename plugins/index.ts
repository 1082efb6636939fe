import type { Plugin } from 'payload'

import { countStatisticsWrites } from '../src/db/analyze'
import { aiEthics } from './aiEthics'
import { delivery } from './delivery'
import { internalFields } from './internalFields'
import { jsonFields } from './jsonFields'
import { reports } from './reports'
import { requestGuard } from './requestGuard'
import { seo } from './seo'
import { workflow } from './workflow'

// workflow first after seo: its hooks go before each collection's own (plugins/workflow/src/plugin.ts
// WORKFLOW_HOOKS), and it adds its record collections before delivery runs. delivery next: its hooks follow each
// collection's own, before the other plugins' (README, "Layout"), and it bounds the anonymous reads of every
// collection present, the workflow's records included; the AI-ethics review and the reports work on the
// collections as those two leave them. requestGuard, countStatisticsWrites (SQLite statistics upkeep,
// src/db/analyze.ts), internalFields and jsonFields
// after the plugins that add collections and fields, so theirs are covered too.
export const plugins: Plugin[] = [
  seo,
  workflow,
  delivery,
  aiEthics,
  reports,
  requestGuard,
  countStatisticsWrites,
  internalFields,
  jsonFields,
]
