export { EthicsQueueClient } from '../admin/EthicsQueueClient'
export { EthicsQueueNavLink } from '../admin/EthicsQueueNavLink'
