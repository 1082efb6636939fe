'use client'

import { toast, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { uploadRefusal } from '../uploadLimits'

/**
 * Checks a chosen file in the browser before anything is sent: a file of a type the newsroom does not take, or
 * larger than its kind's limit (../uploadLimits.ts, the rules the server applies to the bytes again), is taken
 * off the form at once and the reason shown in the admin's language, so nobody waits for a 30 MB upload to be
 * refused. The server's own check stays: it reads the bytes, which the browser does not.
 */
export const UploadCheck: React.FC = () => {
  const file = useFormFields(([fields]) => fields.file?.value)
  const { dispatchFields } = useForm()
  const { i18n } = useTranslation()
  // The refusal of the last file chosen: kept after the file is taken off the form, replaced by the next file's.
  const [checked, setChecked] = useState<File>()
  const [refusal, setRefusal] = useState<{ code: string; message: string }>()
  if (file instanceof File && file !== checked) {
    setChecked(file)
    setRefusal(uploadRefusal(file, i18n.language))
  }

  useEffect(() => {
    if (!refusal || !(file instanceof File) || file !== checked) return
    toast.error(refusal.message)
    dispatchFields({ type: 'UPDATE', path: 'file', value: null })
  }, [checked, dispatchFields, file, refusal])

  if (!refusal) return null
  return (
    <div
      className="upload-check"
      data-code={refusal.code}
      role="alert"
      style={{ color: 'var(--theme-error-500)', marginBottom: 'var(--base)' }}
    >
      {refusal.message}
    </div>
  )
}
