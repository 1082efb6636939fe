import { buildConfig } from 'payload'

import { newsroomConfig } from '../payload.config'
import { bareCollections } from './bareCollections'

/**
 * The app with its hooks and access rules off, for the "bare" servers of `npm run bench:delivery` (what the rules
 * cost on reads). Built on its own into .next-bench (`npm run bench:build-bare`); never deployed, and it refuses a
 * database that is not a benchmark one.
 */
export default buildConfig({
  ...newsroomConfig,
  plugins: [...(newsroomConfig.plugins ?? []), bareCollections],
})
