export { EthicsQueueClient } from '../admin/EthicsQueueClient'
export { TargetCollectionCell } from '../admin/TargetCollectionCell'
