export { EthicsQueueClient } from '../admin/EthicsQueueClient'
export { TargetCollectionCell } from '../admin/TargetCollectionCell'
export { EthicsHoldCell } from '../admin/EthicsHoldCell'
export { EthicsHoldNotice } from '../admin/EthicsHoldNotice'
