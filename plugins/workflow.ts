import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { failStartup } from '../src/db/startupError'
import { ethicsPrePublishCheck } from './ai-ethics/src'
import { type PrePublishRefusal, workflowPlugin } from './workflow/src'

/**
 * The desk workflow on every publishable collection: publishing waits for the AI-ethics review (its check runs
 * before `publish` and `schedule`; its messages are in this app's catalogue, ETHICS_REVIEW_REQUIRED…). The audit
 * trail and the comments are bounded for anonymous reads like every collection of the app: the delivery plugin
 * runs after this one (plugins/index.ts).
 */
const deskWorkflow: Plugin = workflowPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  prePublishChecks: [(args) => ethicsPrePublishCheck(args) as PrePublishRefusal | undefined],
})

/** The plugin checks its options as the config is built: one line for the operator. */
export const workflow: Plugin = (config) => {
  try {
    return deskWorkflow(config)
  } catch (error) {
    return failStartup((error as Error).message)
  }
}
