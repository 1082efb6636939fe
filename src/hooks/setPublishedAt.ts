import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps `publishedAt` unless an editor set it by hand. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
