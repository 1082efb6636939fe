export { EthicsQueueNavLink } from '../admin/EthicsQueueNavLink'
export { EthicsQueueView } from '../admin/EthicsQueueView'
export { SigningNotice } from '../admin/SigningNotice'
export { EthicsHoldFilter } from '../admin/EthicsHoldFilter'
