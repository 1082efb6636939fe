export { ReportsClient } from '../admin/ReportsClient'
export { ReportsNavLink } from '../admin/ReportsNavLink'
