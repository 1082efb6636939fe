export { EthicsQueueView } from '../admin/EthicsQueueView'
