import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { internalFields } from './internalFields'
import { jsonFields } from './jsonFields'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// requestGuard, internalFields and jsonFields after the plugins that add collections and fields, so theirs are
// covered too.
export const plugins: Plugin[] = [seo, aiEthics, requestGuard, internalFields, jsonFields]
