import type { NumberField, PayloadRequest } from 'payload'

import { fieldMessage } from '../errors/language'
import { label } from '../i18n/locales'

/** Running time in whole seconds. */
export const durationField = (overrides: Partial<NumberField> = {}): NumberField =>
  ({
    name: 'duration',
    type: 'number',
    min: 1,
    max: 24 * 60 * 60,
    label: label('Ұзақтығы (секунд)', 'Длительность (сек)', 'Duration (seconds)'),
    validate: (value: null | number | undefined, { req }: { req?: PayloadRequest }) =>
      value === null ||
      value === undefined ||
      (Number.isInteger(value) && value > 0 && value <= 86400)
        ? true
        : fieldMessage(req, 'VALIDATION_FAILED.wholeSeconds', {
            field: 'duration',
            max: 86400,
            min: 1,
          }),
    ...overrides,
  }) as NumberField
