import type { Config, SanitizedConfig } from 'payload'

import type { ResolvedWorkflowOptions, WorkflowDesk, WorkflowPluginOptions } from './types'

import { FALLBACK_LANGUAGE } from '../../shared/messages'
import { plainErrorResponse } from '../../shared/refusal'

/** Without a `desk`: every signed-in user edits everything; nobody deletes comments. */
export const EVERYONE_EDITS: WorkflowDesk = {
  deletesComments: () => false,
  isNationalEditor: () => true,
  isRegionalEditor: () => false,
  isWriter: () => false,
  readsEveryRecord: () => true,
  regionsOf: () => [],
  users: { chiefEditors: {}, editors: {}, editorsOfRegion: () => ({}) },
  worksOn: () => true,
}

const invalidOption = (message: string): never => {
  throw new Error(`workflowPlugin: ${message}`)
}

/**
 * The options with their defaults, checked against the config as it is when the plugin runs: a collection that is
 * not there (yet), or that has no drafts, stops the config build with a line saying what to fix.
 */
export const resolveOptions = (
  input: WorkflowPluginOptions,
  config: Config,
): ResolvedWorkflowOptions => {
  const known = input as Record<string, unknown>
  const allowed = [
    'collections',
    'desk',
    'errorResponse',
    'languageOf',
    'notifications',
    'prePublishChecks',
    'recordCollections',
    'schedulingQueue',
    'serverURL',
  ]
  const unknown = Object.keys(known).filter((key) => !allowed.includes(key))
  if (unknown.length > 0)
    invalidOption(`unknown option(s) ${unknown.join(', ')}; the options are ${allowed.join(', ')}.`)
  if (!Array.isArray(input.collections) || input.collections.length === 0)
    invalidOption('`collections` must name at least one collection.')
  const bySlug = new Map(
    (config.collections ?? []).map((collection) => [collection.slug, collection]),
  )
  const missing = input.collections.filter((slug) => !bySlug.has(slug))
  if (missing.length > 0) {
    invalidOption(
      `no collection with slug ${missing.map((s) => `"${s}"`).join(', ')}; add it before the plugin or fix the option.`,
    )
  }
  const withoutDrafts = input.collections.filter((slug) => {
    const versions = bySlug.get(slug)?.versions
    return !(typeof versions === 'object' && versions?.drafts)
  })
  if (withoutDrafts.length > 0) {
    invalidOption(
      `collection ${withoutDrafts.map((s) => `"${s}"`).join(', ')} has no drafts (versions.drafts); the workflow publishes through them.`,
    )
  }
  if (new Set(input.collections).size !== input.collections.length)
    invalidOption('`collections` names a collection twice.')
  return {
    collections: [...input.collections],
    desk: input.desk ?? EVERYONE_EDITS,
    errorResponse:
      input.errorResponse ?? ((error, language) => plainErrorResponse(error, language, {})),
    languageOf: input.languageOf ?? ((req) => req.i18n?.language ?? FALLBACK_LANGUAGE),
    notifications: input.notifications ?? true,
    overrideRecordCollection: input.recordCollections?.overrides ?? ((collection) => collection),
    prePublishChecks: [...(input.prePublishChecks ?? [])],
    schedulingQueue: input.schedulingQueue ?? 'default',
    serverURL: input.serverURL ?? (() => config.serverURL ?? ''),
  }
}

/** Where the plugin keeps its resolved options on the config (read through `workflowOptionsOf` only). */
const KEY = 'workflowPlugin'

export const withWorkflowOptions = (
  custom: Record<string, unknown> | undefined,
  options: ResolvedWorkflowOptions,
) => ({ ...custom, [KEY]: options })

/** The resolved options of the workflow plugin in this config: what its hooks and checks run with. */
export const workflowOptionsOf = (
  config: Pick<SanitizedConfig, 'custom'>,
): ResolvedWorkflowOptions => {
  const options = config.custom?.[KEY] as ResolvedWorkflowOptions | undefined
  if (!options)
    throw new Error('workflowPlugin: not in this config; add workflowPlugin(...) to `plugins`.')
  return options
}
