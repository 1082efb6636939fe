import { withHeadlessDelivery } from '../src/delivery/collections'
import { Articles } from './Articles'
import { AuthThrottles } from './AuthThrottles'
import { Contributors } from './Contributors'
import { EditorialComments } from '../plugins/workflow/src/collections/editorialComments'
import { EthnoEvents } from './EthnoEvents'
import { Media } from './Media'
import { PodcastEpisodes } from './PodcastEpisodes'
import { Regions } from './Regions'
import { Rubrics } from './Rubrics'
import { TvSegments } from './TvSegments'
import { Users } from './Users'
import { Videos } from './Videos'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'
import { WorkflowEvents } from '../plugins/workflow/src/collections/workflowEvents'

export { PUBLISHABLE_COLLECTIONS } from './shared/publishableCollection'

export const collections = [
  Articles,
  EthnoEvents,
  PodcastEpisodes,
  TvSegments,
  Videos,
  Contributors,
  Rubrics,
  Regions,
  Media,
  Users,
  WorkflowEvents,
  EditorialComments,
  Webhooks,
  WebhookDeliveries,
  AuthThrottles,
].map(withHeadlessDelivery)
