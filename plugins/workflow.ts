import type { Plugin, Where } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { isItemStaff } from '../src/access/itemStaff'
import { hasRole, NATIONAL_ROLES, userRegionIds } from '../src/access/roles'
import { orStopStart } from '../src/db/startupError'
import { serverUrl } from '../src/env'
import { errorResponse } from '../src/errors/describeError'
import { languageOf } from '../src/errors/language'
import { renderMessage } from '../src/errors/messages'
import { ethicsPrePublishCheck } from './ai-ethics/src'
import { workflowPlugin } from './workflow/src'

/**
 * The desk workflow on every publishable collection: publishing waits for the AI-ethics review (its check runs
 * before `publish` and `schedule`; its messages are in this app's catalogue, ETHICS_REVIEW_REQUIRED…). The audit
 * trail and the comments are bounded for anonymous reads like every collection of the app: the delivery plugin
 * runs after this one (plugins/index.ts).
 */
const deskWorkflow: Plugin = workflowPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  // Who is who: the app's roles and regions (src/access/roles.ts, src/access/itemStaff.ts).
  desk: {
    deletesComments: (user) => hasRole(user, 'admin'),
    isNationalEditor: (user) => hasRole(user, ...NATIONAL_ROLES),
    isRegionalEditor: (user) => hasRole(user, 'regional-editor'),
    isWriter: (user) => hasRole(user, 'journalist'),
    readsEveryRecord: (user) => hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer'),
    regionsOf: userRegionIds,
    users: {
      chiefEditors: { roles: { contains: 'chief-editor' } },
      editors: { roles: { in: [...NATIONAL_ROLES, 'regional-editor'] } },
      editorsOfRegion: (region): Where => ({
        and: [{ roles: { contains: 'regional-editor' } }, { regions: { contains: region } }],
      }),
    },
    worksOn: isItemStaff,
  },
  // Errors other than the workflow's own (a save's field errors) as the app answers every error, in the caller's
  // language (kk, ru, en).
  errorResponse: (error, language) => errorResponse(error, language, {}),
  languageOf,
  prePublishChecks: [
    (args) => {
      const refusal = ethicsPrePublishCheck(args)
      return (
        refusal && {
          code: refusal.code,
          messageIn: (language) => renderMessage(refusal.messageKey, {}, language),
          status: refusal.status,
        }
      )
    },
  ],
  serverURL: serverUrl,
})

/** The plugin checks its options as the config is built: one line for the operator. */
export const workflow: Plugin = (config) => orStopStart(() => deskWorkflow(config))
