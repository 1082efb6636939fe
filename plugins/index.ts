import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { benchBareCollections } from './benchBareCollections'
import { seo } from './seo'

// benchBareCollections stays last: it does nothing unless a benchmark asks for it (see the file).
export const plugins: Plugin[] = [seo, aiEthics, benchBareCollections]
