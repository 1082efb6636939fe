import type { CollectionConfig, CollectionSlug } from 'payload'

import type { PrePublishCheck } from './prePublishChecks'

export type { PrePublishCheck, PrePublishRefusal } from './prePublishChecks'

export type WorkflowPluginOptions = {
  /**
   * Slugs of the collections that go through the desk workflow. Each must exist before the plugin runs and have
   * drafts (`versions.drafts`): the workflow publishes by saving the published version.
   */
  collections: CollectionSlug[]
  /**
   * E-mails the people a transition concerns (on submit the assignee or the region's editors, on decisions the
   * author) through the config's e-mail adapter. @default true
   */
  notifications?: boolean
  /**
   * Checks that can veto `publish` and `schedule`, run in order; the first refusal answers the request (e.g. the
   * AI-ethics plugin's `ethicsPrePublishCheck`). @default [] (none)
   */
  prePublishChecks?: PrePublishCheck[]
  /**
   * The collections the plugin adds: the audit trail (`workflow-events`) and the editorial comments
   * (`editorial-comments`). `overrides` gets each as the plugin builds it and returns the collection to add (e.g.
   * to add the app's hooks to every collection). @default the collections as built
   */
  recordCollections?: { overrides?: (collection: CollectionConfig) => CollectionConfig }
  /** The jobs queue the scheduled publications wait in; the app's job runner must run it. @default 'default' */
  schedulingQueue?: string
}

export type ResolvedWorkflowOptions = Required<Omit<WorkflowPluginOptions, 'recordCollections'>> & {
  overrideRecordCollection: (collection: CollectionConfig) => CollectionConfig
}
