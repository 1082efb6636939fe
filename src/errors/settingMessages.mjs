// The app's sentences for a setting that is not a whole number, in plain JavaScript: server.mjs (which runs before
// anything is compiled) says them to the operator for PORT and WEB_CONCURRENCY, and the app's catalogue
// (./messages.ts) takes them from here, so both say the same thing in the same three languages.
import { operatorLanguageOf } from '../../plugins/shared/operatorLanguage.mjs'

export const SETTING_MESSAGES = {
  // Settings of the app that stop the start (src/db/startupError.ts): said to the operator in the language of
  // LANG/LC_ALL. The delivery's own settings are in its catalogue (plugins/delivery/src/messages.ts).
  'INVALID_SETTING.wholeNumber': {
    en: '{name}: must be a whole number from {min} (got "{value}").',
    kk: '{name}: {min} немесе одан үлкен бүтін сан болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть целым числом от {min} (получено «{value}»).',
  },
  'INVALID_SETTING.wholeNumberRange': {
    en: '{name}: must be a whole number from {min} to {max} (got "{value}").',
    kk: '{name}: {min} мен {max} аралығындағы бүтін сан болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть целым числом от {min} до {max} (получено «{value}»).',
  },
}

/**
 * One of these sentences in the operator's language (LC_ALL, LC_MESSAGES, LANG), its placeholders filled.
 * @param {keyof typeof SETTING_MESSAGES} key
 * @param {Record<string, string | number>} params
 */
export const settingMessage = (key, params, env = process.env) =>
  SETTING_MESSAGES[key][operatorLanguageOf(env)].replace(/\{(\w+)\}/g, (whole, name) =>
    name in params ? String(params[name]) : whole,
  )
