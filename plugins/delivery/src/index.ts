export { deliveryOptionsOf } from './options'
export { PUBLICLY_VISIBLE, SIGNED_PREVIEW_GRANT } from './publicVisibility'
export { DELIVERY_HOOKS, deliveryPlugin } from './plugin'
export type { DeliveryPluginOptions, ResolvedDeliveryOptions } from './types'
