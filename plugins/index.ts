import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { seo } from './seo'

export const plugins: Plugin[] = [seo, aiEthics]
