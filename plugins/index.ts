import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// requestGuard after the plugins that add collections, so theirs are checked too.
export const plugins: Plugin[] = [seo, aiEthics, requestGuard]
