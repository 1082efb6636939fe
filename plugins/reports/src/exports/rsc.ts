export { ReportsView } from '../admin/ReportsView'
