// The helper the plugins share (plugins/shared/relations.ts), for the app's own modules.
export { relationId, relationIds } from '../../plugins/shared/relations'
