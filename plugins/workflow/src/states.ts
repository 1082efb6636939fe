import { label } from '../../shared/labels'

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'archived',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_ACTIONS = [
  'submit',
  'request_changes',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'reopen',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Who may take an action on an item: its author, or an editor responsible for the item's region. */
export type Actor = 'author-or-editor' | 'editor'

type Transition = {
  from: WorkflowState[]
  to: WorkflowState
  who: Actor
  requires?: ('comment' | 'publishAt')[]
}

/** The desk workflow: every state change an item can go through, and who may make it. */
export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', who: 'author-or-editor' },
  request_changes: {
    from: ['in_review'],
    to: 'changes_requested',
    who: 'editor',
    requires: ['comment'],
  },
  approve: { from: ['in_review'], to: 'approved', who: 'editor' },
  publish: { from: ['approved', 'scheduled'], to: 'published', who: 'editor' },
  schedule: { from: ['approved'], to: 'scheduled', who: 'editor', requires: ['publishAt'] },
  unschedule: { from: ['scheduled'], to: 'approved', who: 'editor' },
  unpublish: { from: ['published'], to: 'archived', who: 'editor' },
  // From published: a revision in draft while the published version stays live (editing a published item does this too).
  reopen: { from: ['archived', 'approved', 'published'], to: 'draft', who: 'editor' },
}

export const actionsFrom = (state: WorkflowState): WorkflowAction[] =>
  WORKFLOW_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(state))

/** States in which the author may still edit the content. */
export const AUTHOR_EDITABLE_STATES: WorkflowState[] = ['draft', 'changes_requested']

export const STATE_LABELS: Record<WorkflowState, Record<string, string>> = {
  approved: label('Мақұлданды', 'Одобрено', 'Approved'),
  archived: label('Мұрағатта', 'В архиве', 'Archived'),
  changes_requested: label('Түзету сұралды', 'Нужны правки', 'Changes requested'),
  draft: label('Жоба', 'Черновик', 'Draft'),
  in_review: label('Тексеруде', 'На проверке', 'In review'),
  published: label('Жарияланды', 'Опубликовано', 'Published'),
  scheduled: label('Жоспарланды', 'Запланировано', 'Scheduled'),
}

/** Names for refusal messages (src/errors/messages.ts): English keeps the machine name, kk and ru the label. */
const named = (value: string, labels: Record<string, string>) => ({
  en: value,
  kk: labels.kk,
  ru: labels.ru,
})
export const stateName = (state: WorkflowState) => named(state, STATE_LABELS[state])
export const actionName = (action: WorkflowAction) => named(action, ACTION_LABELS[action])
/** The author's editable states, as one phrase. */
export const authorStates = {
  en: AUTHOR_EDITABLE_STATES.join(' or '),
  kk: AUTHOR_EDITABLE_STATES.map((state) => STATE_LABELS[state].kk).join('» немесе «'),
  ru: AUTHOR_EDITABLE_STATES.map((state) => STATE_LABELS[state].ru).join('» или «'),
}
export const NONE = { en: 'none', kk: 'ешқайсысы', ru: 'ничего' }

export const ACTION_LABELS: Record<WorkflowAction, Record<string, string>> = {
  approve: label('Мақұлдау', 'Одобрить', 'Approve'),
  publish: label('Жариялау', 'Опубликовать', 'Publish'),
  reopen: label('Қайта ашу', 'Вернуть в черновик', 'Reopen'),
  request_changes: label('Түзетуге қайтару', 'Вернуть на доработку', 'Request changes'),
  schedule: label('Жоспарлау', 'Запланировать', 'Schedule'),
  submit: label('Тексеруге жіберу', 'Отправить на проверку', 'Submit for review'),
  unpublish: label('Жариялауды тоқтату', 'Снять с публикации', 'Unpublish'),
  unschedule: label('Жоспардан алу', 'Отменить планирование', 'Unschedule'),
}
