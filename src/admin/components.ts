import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** The app's own admin components (component paths, resolved through the import map); plugins add their views. */
export const adminComponents: AdminComponents = {
  // The signed-in user's work queues and this month's contributions, above Payload's collection cards.
  beforeDashboard: ['/src/admin/dashboard/NewsroomDashboard#NewsroomDashboard'],
  // The signed-in user's stored interface language and the browser's stay in step (src/i18n/userLanguage.ts).
  providers: ['/src/i18n/admin/LanguageFollowsUser#LanguageFollowsUser'],
}
