import type { Plugin } from 'payload'

import { aiEthics } from './aiEthics'
import { benchBareCollections } from './benchBareCollections'
import { internalFields } from './internalFields'
import { jsonFields } from './jsonFields'
import { requestGuard } from './requestGuard'
import { seo } from './seo'

// requestGuard, internalFields and jsonFields after the plugins that add collections and fields, so theirs are covered too;
// benchBareCollections stays last: it does nothing unless a benchmark asks for it (see the file).
export const plugins: Plugin[] = [seo, aiEthics, requestGuard, internalFields, jsonFields, benchBareCollections]
