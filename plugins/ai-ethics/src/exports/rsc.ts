export { EthicsQueueNavLink } from '../admin/EthicsQueueNavLink'
export { EthicsQueueView } from '../admin/EthicsQueueView'
