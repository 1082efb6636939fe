import type { Field } from 'payload'

/** At the top of the content: why the form is read-only for this user, when it is (admin/ReadOnlyNotice.tsx). */
export const readOnlyNoticeField = (): Field => ({
  name: 'readOnlyNotice',
  type: 'ui',
  // A banner in the form, never a list column.
  admin: {
    components: { Field: '/src/editing/admin/ReadOnlyNotice#ReadOnlyNotice' },
    disableListColumn: true,
  },
})
