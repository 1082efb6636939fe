// The operator's language, in plain JavaScript so server.mjs (which runs before anything is compiled) reads it as
// the TypeScript start-up code does (./startupError.ts): from the locale of the process as POSIX orders it (LC_ALL,
// then LC_MESSAGES, then LANG): `kk_KZ.UTF-8` → kk, `ru_RU.UTF-8` → ru; English for any other or none.

/** @param {Record<string, string | undefined>} env @returns {'en' | 'kk' | 'ru'} */
export const operatorLanguageOf = (env) => {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value?.trim())
  const language = locale
    ?.trim()
    .toLowerCase()
    .split(/[_.@-]/)[0]
  return language === 'kk' || language === 'ru' ? language : 'en'
}
