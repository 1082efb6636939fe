import config from '@payload-config'

import { withDatabaseAvailability } from '../../../../../db/unavailableResponse'
import { previewPageRoute } from '../../../../../../plugins/delivery/src/previewPage'

export const dynamic = 'force-dynamic'

/** The reader preview of a draft (plugins/delivery/src/previewPage.ts): Live preview's page when no website is configured. */
export const GET = withDatabaseAvailability(previewPageRoute(config))
