import type { Plugin } from 'payload'

import { countStatisticsWrites } from '../src/db/analyze'
import { aiEthics } from './aiEthics'
import { benchBareCollections } from './benchBareCollections'
import { reports } from './reports'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// requestGuard and countStatisticsWrites (SQLite statistics upkeep, src/db/analyze.ts) after the plugins that add
// collections, so theirs are covered too; benchBareCollections stays last:
// it does nothing unless a benchmark asks for it (see the file).
export const plugins: Plugin[] = [seo, aiEthics, reports, requestGuard, countStatisticsWrites, benchBareCollections]
