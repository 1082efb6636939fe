import type { CollectionSlug } from 'payload'

import { Articles } from './Articles'
import { AuthThrottles } from './AuthThrottles'
import { Contributors } from './Contributors'
import { EthnoEvents } from './EthnoEvents'
import { Media } from './Media'
import { PodcastEpisodes } from './PodcastEpisodes'
import { Regions } from './Regions'
import { Rubrics } from './Rubrics'
import { TvSegments } from './TvSegments'
import { Users } from './Users'
import { Videos } from './Videos'

import { isPublishableCollection } from './shared/publishableCollection'

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
  AuthThrottles,
]

/**
 * The content types: the collections built with `publishableCollection` (marked in their `custom`), in config
 * order. The plugins that work on them (plugins/*.ts) get this list in their `collections` option.
 */
export const PUBLISHABLE_COLLECTIONS = collections
  .filter(isPublishableCollection)
  .map((collection) => collection.slug) as CollectionSlug[]
