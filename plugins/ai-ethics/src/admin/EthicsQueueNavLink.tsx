import type { ServerProps, TypedUser } from 'payload'

import React from 'react'

const LABEL: Record<string, string> = {
  en: 'Ethics queue',
  kk: 'Этика кезегі',
  ru: 'Очередь этики',
}

type Props = ServerProps & {
  /** The plugin's resolved reviewer check, passed as a server prop by the plugin. */
  isReviewer: (user: null | TypedUser | undefined) => boolean
  /** Who else sees the queue, read-only (the plugin's `queueReaders`). */
  isQueueReader?: (user: null | TypedUser | undefined) => boolean
}

/** The side-nav link to /admin/ethics-queue, shown only to those who may decide reviews or read the queue. */
export const EthicsQueueNavLink: React.FC<Props> = ({
  i18n,
  isQueueReader,
  isReviewer,
  payload,
  user,
}) => {
  const who = user as TypedUser | undefined
  if (!isReviewer(who) && !isQueueReader?.(who)) return null
  return (
    <a
      className="nav__link"
      href={`${payload.config.routes.admin}/ethics-queue`}
      id="nav-ethics-queue"
      style={{ display: 'block', padding: '4px 0' }}
    >
      {LABEL[i18n.language] ?? LABEL.en}
    </a>
  )
}
