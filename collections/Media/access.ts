import type { Access, CollectionSlug, PayloadRequest, Where } from 'payload'

import { AUTHOR_ROLES, hasRole, NATIONAL_ROLES, userRegionIds } from '../../src/access/roles'
import { OG } from './ogImage'

type UserLike = PayloadRequest['user'] | null | undefined

/**
 * Who reads an upload (its document and every file of it): anyone once it is public (plugins/delivery/src/publicMedia);
 * before that national editors and ethics reviewers, its uploader, and staff of its regions (all staff when it
 * has none: uploads of national editors).
 */
const mediaReaders = (user: UserLike): boolean | Where => {
  const open: Where = { isPublic: { equals: true } }
  if (!user) return open
  if (hasRole(user, ...NATIONAL_ROLES, 'ethics-reviewer')) return true
  const regions = userRegionIds(user)
  return {
    or: [
      open,
      { createdBy: { equals: user.id } },
      { regions: { exists: false } },
      ...(regions.length > 0 ? [{ regions: { in: regions } }] : []),
    ],
  }
}

/**
 * Read access. For a file (`/api/media/file/<name>`) Payload matches the name against the original and its
 * `imageSizes` only, not the og card made beside them (./ogImage.ts), so the file's document is looked up here.
 */
export const readMedia: Access = async ({ data, isReadingStaticFile, req }) => {
  const readers = mediaReaders(req.user)
  if (!isReadingStaticFile || readers === true) return readers
  const filename = typeof data?.filename === 'string' ? data.filename : ''
  const sizes = [...(req.payload.collections.media.config.upload.imageSizes ?? []).map((size) => size.name), OG.name]
  const doc = await req.payload.db.findOne({
    collection: 'media' as CollectionSlug,
    req,
    where: {
      and: [{ or: [{ filename: { equals: filename } }, ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }))] }, readers as Where],
    },
  })
  return Boolean(doc)
}

/** National editors edit every upload, regional editors those of their regions, anyone who writes their own. */
export const updateMedia: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES)) return true
  const scopes: Where[] = []
  const regions = userRegionIds(user)
  if (hasRole(user, 'regional-editor') && regions.length > 0) scopes.push({ regions: { in: regions } })
  if (hasRole(user, ...AUTHOR_ROLES)) scopes.push({ createdBy: { equals: user.id } })
  return scopes.length > 0 ? { or: scopes } : false
}
