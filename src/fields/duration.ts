import type { NumberField } from 'payload'

import { label } from '../i18n/locales'

/** Running time in whole seconds. */
export const durationField = (overrides: Partial<NumberField> = {}): NumberField =>
  ({
    name: 'duration',
    type: 'number',
    min: 1,
    max: 24 * 60 * 60,
    label: label('Ұзақтығы (секунд)', 'Длительность (сек)', 'Duration (seconds)'),
    validate: (value: null | number | undefined) =>
      value === null ||
      value === undefined ||
      (Number.isInteger(value) && value > 0 && value <= 86400)
        ? true
        : 'duration: whole seconds between 1 and 86400.',
    ...overrides,
  }) as NumberField
