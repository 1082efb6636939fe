/** A label in the admin's interface language; a language it has no text for reads English. */
export const inLanguage = (labels: Readonly<Record<string, string>>, language: string): string =>
  labels[language] ?? labels.en
