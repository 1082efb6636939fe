import type { CollectionConfig, CollectionSlug, PayloadRequest, Where } from 'payload'

import type { PrePublishCheck } from './prePublishChecks'

export type { PrePublishCheck, PrePublishRefusal } from './prePublishChecks'

/** A signed-in user as Payload gives it to access functions. */
export type WorkflowUser = NonNullable<PayloadRequest['user']>

/**
 * Who is who on the app's desk: the workflow decides from these who may take which action, edit, read the records
 * and be told (./states.ts says which action is the author's and which an editor's). An item names its region
 * (`region`) and its author (`createdBy`).
 */
export type WorkflowDesk = {
  /** Who may delete editorial comments (nobody changes them). */
  deletesComments: (user: WorkflowUser) => boolean
  /** Edits and moves every item, in every region. */
  isNationalEditor: (user: WorkflowUser) => boolean
  /** Edits and moves the items of their regions (`regionsOf`). */
  isRegionalEditor: (user: WorkflowUser) => boolean
  /** Writes items: edits their own while its state lets the author (draft, changes requested). */
  isWriter: (user: WorkflowUser) => boolean
  /** Reads every record of the audit trail and every comment (others: those of their regions or about their items). */
  readsEveryRecord: (user: WorkflowUser) => boolean
  /** The ids of the regions a user is attached to. */
  regionsOf: (user: WorkflowUser) => (number | string)[]
  /** Queries on the users collection: who may be assigned, who hears of a submission. */
  users: {
    /** Chief editors: told of a submission when its region has no editor. */
    chiefEditors: Where
    /** Those who may be assigned an item (the assignee field's choice). */
    editors: Where
    /** The editors of a region: told of a submission to it. */
    editorsOfRegion: (region: number | string | undefined) => Where
  }
  /** Who works on an item (its staff) and so may comment on it. */
  worksOn: (user: WorkflowUser, item: Record<string, unknown>) => boolean
}

export type WorkflowPluginOptions = {
  /**
   * Slugs of the collections that go through the desk workflow. Each must exist before the plugin runs and have
   * drafts (`versions.drafts`): the workflow publishes by saving the published version.
   */
  collections: CollectionSlug[]
  /** Who is who on the desk. @default every signed-in user is an editor of everything (no roles, no regions) */
  desk?: WorkflowDesk
  /**
   * The JSON answer of an error that is not the workflow's own (a save's ValidationError), in `language`, as the
   * app answers errors. @default plugins/shared/refusal.ts `plainErrorResponse`
   */
  errorResponse?: (error: unknown, language: string) => Response
  /** The caller's language for messages (kk, ru or en). @default the language Payload chose for the request */
  languageOf?: (req: PayloadRequest) => string
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
  /** The server's address, for the admin links in e-mails. @default the config's `serverURL` */
  serverURL?: () => string
}

export type ResolvedWorkflowOptions = Required<Omit<WorkflowPluginOptions, 'recordCollections'>> & {
  overrideRecordCollection: (collection: CollectionConfig) => CollectionConfig
}
