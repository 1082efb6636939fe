import config from '@payload-config'

import { withDatabaseAvailability } from '../../../db/unavailableResponse'
import { withHttpCaching } from '../../../../plugins/delivery/src/httpCaching'
import { withPublicReadCache } from '../../../../plugins/delivery/src/publicCache/withPublicReadCache'
import { sitemapRoute } from '../../../../plugins/delivery/src/sitemap'
import { withSecurityHeaders } from '../../../http/withSecurityHeaders'

export const dynamic = 'force-dynamic'

export const GET = withSecurityHeaders(
  withDatabaseAvailability(
    withPublicReadCache(withHttpCaching(sitemapRoute(config), config), config),
  ),
)
