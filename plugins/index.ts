import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { benchBareCollections } from './benchBareCollections'
import { reports } from './reports'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// requestGuard after the plugins that add collections, so theirs are checked too; benchBareCollections stays last:
// it does nothing unless a benchmark asks for it (see the file).
export const plugins: Plugin[] = [seo, aiEthics, reports, requestGuard, benchBareCollections]
