'use client'

import type { JSONFieldClientComponent } from 'payload'

import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const pretty = (value: unknown): string =>
  value === undefined || value === null ? '' : JSON.stringify(value, null, 2)

/**
 * The admin's editor for JSON fields, in place of Payload's default, which loads the Monaco editor from a public
 * CDN (blank offline, and a third-party script in the admin). A plain text area: read-only fields show the
 * formatted value; editable ones take JSON text and store it once it parses.
 */
export const JsonField: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { i18n } = useTranslation()
  const path = pathFromProps ?? field.name
  const { disabled, setValue, showError, value } = useField<unknown>({ potentiallyStalePath: path })
  const [text, setText] = useState(() => pretty(value))
  const [invalid, setInvalid] = useState(false)
  const locked = Boolean(readOnly || disabled || field.admin?.readOnly)

  useEffect(() => {
    if (locked) setText(pretty(value))
  }, [locked, value])

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div
      className={['field-type', 'json-field', showError || invalid ? 'error' : '']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel
        htmlFor={id}
        label={field.label}
        localized={field.localized}
        path={path}
        required={field.required}
      />
      <FieldError path={path} showError={showError} />
      <textarea
        className="json-field__text"
        id={id}
        onChange={(event) => {
          setText(event.target.value)
          try {
            setValue(event.target.value.trim() === '' ? null : JSON.parse(event.target.value))
            setInvalid(false)
          } catch {
            setInvalid(true)
          }
        }}
        readOnly={locked}
        rows={Math.min(16, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        style={{ fontFamily: 'var(--font-mono, monospace)', fontSize: '0.85em', width: '100%' }}
        value={text}
      />
      {invalid ? <p className="json-field__invalid">{i18n.t('validation:invalidInput')}</p> : null}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
