import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** The app's own admin views and navigation links (component paths, resolved through the import map). */
export const adminComponents: AdminComponents = {
  afterNavLinks: ['/src/reports/admin/ReportsNavLink#ReportsNavLink'],
  views: {
    reports: { Component: '/src/reports/admin/ReportsView#ReportsView', path: '/reports' },
  },
}
