import type { Plugin } from 'payload'

import { seo } from './seo'

export const plugins: Plugin[] = [seo]
