export { EthicsQueueClient } from '../admin/EthicsQueueClient'
