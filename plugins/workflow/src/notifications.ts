import type { PayloadRequest, Where } from 'payload'

import { relationId } from '../../shared/relations'
import type { WorkflowAction } from './states'
import type { WorkflowDesk } from './types'

type Doc = Record<string, any>

const SUBJECTS: Partial<Record<WorkflowAction, string>> = {
  approve: 'Мақұлданды / Одобрено / Approved',
  publish: 'Жарияланды / Опубликовано / Published',
  request_changes: 'Түзету қажет / Нужны правки / Changes requested',
  submit: 'Тексеруге жіберілді / На проверку / Submitted for review',
}

/** Who hears about a transition: the assignee or the region's editors on submit, the author on decisions. */
const recipients = async (
  desk: WorkflowDesk,
  req: PayloadRequest,
  action: WorkflowAction,
  doc: Doc,
): Promise<string[]> => {
  const { payload } = req
  if (action === 'submit') {
    const assignee = relationId(doc.assignee)
    const where: Where = assignee
      ? { id: { equals: assignee } }
      : desk.users.editorsOfRegion(relationId(doc.region))
    let { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      limit: 50,
      overrideAccess: true,
      where,
    })
    if (docs.length === 0) {
      ;({ docs } = await payload.find({
        collection: 'users',
        depth: 0,
        limit: 50,
        overrideAccess: true,
        where: desk.users.chiefEditors,
      }))
    }
    return docs.map((user) => user.email)
  }
  const author = relationId(doc.createdBy)
  if (!author) return []
  const user = await payload.findByID({
    collection: 'users',
    depth: 0,
    disableErrors: true,
    id: author,
    overrideAccess: true,
  })
  return user ? [user.email] : []
}

/**
 * E-mails the people a transition concerns. Runs after the transition has been saved and is never awaited
 * by it: a slow or failing mail server is logged, and never fails or slows the editor's action.
 */
export const notifyTransition = ({
  action,
  collection,
  desk,
  doc,
  event,
  req,
  serverURL,
}: {
  action: WorkflowAction
  collection: string
  desk: WorkflowDesk
  doc: Doc
  event: Doc
  req: PayloadRequest
  /** The server's address, for the admin link. */
  serverURL: () => string
}): void => {
  const subject = SUBJECTS[action]
  if (!subject || req.context?.disableNotifications) return
  const { payload } = req
  const send = async () => {
    const to = (await recipients(desk, req, action, doc)).filter(Boolean)
    if (to.length === 0) return
    const title = typeof doc.title === 'string' ? doc.title : String(doc.id)
    const link = `${serverURL()}/admin/collections/${collection}/${doc.id}`
    const lines = [
      `«${title}»`,
      `${event.from} → ${event.to}`,
      event.comment ? `\n${event.comment}\n` : '',
      link,
    ]
    await payload.sendEmail({
      subject: `[ҚХА] ${subject}: ${title}`,
      text: lines.filter(Boolean).join('\n'),
      to,
    })
  }
  send().catch((err) =>
    payload.logger.error({
      err,
      msg: `Workflow notification for ${collection}/${doc.id} (${action}) failed`,
    }),
  )
}
