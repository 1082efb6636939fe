export { deliveryOptionsOf } from './options'
export { DELIVERY_HOOKS, deliveryPlugin } from './plugin'
export type { DeliveryPluginOptions, ResolvedDeliveryOptions } from './types'
