import type { Plugin } from 'payload'

import { operationChecksPlugin } from '../src/requestGuard/operationChecks'

/** Bad input checks Payload's operations run for every collection (the HTTP part is in the route wrappers). */
export const requestGuard: Plugin = operationChecksPlugin
