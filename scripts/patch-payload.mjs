#!/usr/bin/env node
// `npm install` runs this (postinstall): small fixes to Payload 3.90.1's installed files that no setting reaches.
// Each is an exact text replacement; it is applied once (a file already patched is left alone) and the script
// fails when the original text is missing, so an upgrade of Payload shows at once which fix needs a new look.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const PATCHES = [
  {
    // Payload loads date-fns locales through a fixed switch without Kazakh: an unknown key loads none, and the
    // admin shows "Loading..." for every date. date-fns ships `kk`.
    file: 'node_modules/@payloadcms/translations/dist/importDateFNSLocale.js',
    from: "        case 'ko':",
    to: "        case 'kk':\n            result = (await import('date-fns/locale/kk')).kk;\n            break;\n        case 'ko':",
  },
  {
    // The dashboard's "create" buttons are labelled with the collection's label object ("Жаңа [object Object] жасау").
    file: 'node_modules/@payloadcms/ui/dist/widgets/CollectionCards/index.js',
    from: "t('general:createNewLabel', {\n                      label\n                    })",
    to: "t('general:createNewLabel', {\n                      label: title\n                    })",
  },
  {
    // The lock modal writes its date in American English (12-hour clock) whatever the admin's language.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"})',
    to: 'new Intl.DateTimeFormat(typeof document<"u"&&document.documentElement.lang||"en-US",{day:"numeric",hour:"numeric",hour12:!1,minute:"numeric",month:"short",year:"numeric"})',
  },
  {
    // The lock modal and the list's lock pill name the other user by e-mail; colleagues know each other by name.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'b=hg(l)?l.email??l.id:',
    to: 'b=hg(l)?l.name??l.email??l.id:',
  },
  {
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'l=hg(n)?n.email??n.id:',
    to: 'l=hg(n)?n.name??n.email??n.id:',
  },
  {
    // Checkboxes carry their field's name as a tooltip ("markedPublic", "select-all"); the label beside them says it.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'required:h,title:n,type:"checkbox"',
    to: 'required:h,type:"checkbox"',
  },
  {
    // Payload writes file sizes with Latin units (KB, MB) whatever the admin's language. formatFilesize takes the
    // language as a third argument (its callers in the admin's bundle pass it, below): Kazakh and Russian get
    // байт/КБ/МБ/ГБ with a decimal comma.
    file: 'node_modules/payload/dist/uploads/formatFilesize.js',
    from: "export function formatFilesize(bytes, decimals = 0) {\n    if (bytes === 0) {\n        return '0 bytes';\n    }",
    to: "const CYRILLIC_FILESIZE_UNITS = [' байт', ' КБ', ' МБ', ' ГБ', ' ТБ', ' ПБ', ' ЭБ', ' ЗБ', ' ЙБ'];\nexport function formatFilesize(bytes, decimals = 0, language) {\n    if (language === 'kk' || language === 'ru') {\n        if (!bytes) return '0 байт';\n        const i = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), CYRILLIC_FILESIZE_UNITS.length - 1);\n        return `${String(parseFloat((bytes / 1024 ** i).toFixed(decimals < 0 ? 0 : decimals))).replace('.', ',')}${CYRILLIC_FILESIZE_UNITS[i]}`;\n    }\n    if (bytes === 0) {\n        return '0 bytes';\n    }",
  },
  {
    // File sizes in the admin's language: the upload's details in the edit view (FileMeta)…
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'Ld=t=>{let{filename:e,filesize:o,height:n,mimeType:r,url:s,width:i}=t;return',
    to: 'Ld=t=>{let{filename:e,filesize:o,height:n,mimeType:r,url:s,width:i}=t,{i18n:fsI18n}=E();return',
  },
  {
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: '`${vy}__size-type`,children:[ZH(o),',
    to: '`${vy}__size-type`,children:[ZH(o,0,fsI18n?.language),',
  },
  {
    // …an upload field's chosen file…
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'W.push(kU(V))',
    to: 'W.push(kU(V,0,F?.language))',
  },
  {
    // …and the upload collection's list.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'filesize:Xte(se.filesize)})):$?.docs,[$?.docs,G])',
    to: 'filesize:Xte(se.filesize,0,J?.language)})):$?.docs,[$?.docs,G,J?.language])',
  },
  {
    // Payload reads `Accept-Language` only against the languages it ships (Kazakh is not one), so an API caller
    // asking for `kk` got English from Payload's own messages (validation, "not allowed") while this app's said
    // it in Kazakh. The header is read against the configured languages first (RFC 9110 weights, `kk-KZ` → kk),
    // as src/i18n/adminLanguage.ts does for the admin.
    file: 'node_modules/payload/dist/utilities/getRequestLanguage.js',
    from: "    const languageFromHeader = headers.get('Accept-Language') ? extractHeaderLanguage(headers.get('Accept-Language')) : undefined;",
    to: "    const acceptLanguage = headers.get('Accept-Language');\n    const languageFromHeader = acceptLanguage ? acceptLanguage.split(',').map((part, index)=>{\n        const [tag = '', ...params] = part.trim().split(';');\n        const weight = params.map((param)=>/^\\s*q\\s*=\\s*([\\d.]+)\\s*$/i.exec(param)?.[1]).find(Boolean);\n        return { index, language: tag.trim().toLowerCase().split('-')[0], quality: weight === undefined ? 1 : Number(weight) };\n    }).filter(({ language, quality })=>language && language !== '*' && quality > 0).sort((a, b)=>b.quality - a.quality || a.index - b.index).find(({ language })=>supportedLanguageKeys.includes(language))?.language ?? extractHeaderLanguage(acceptLanguage) : undefined;",
  },
  {
    // The upload field's own check writes "A file is required." in English whatever the admin's language. It runs
    // in the browser when the form is saved, so the page's language (<html lang>, set by Payload) chooses.
    file: 'node_modules/@payloadcms/ui/dist/exports/client/index.js',
    from: 'eU=t=>!t&&t!==void 0?"A file is required.":t&&(!t.name||t.name==="")?"A file name is required.":!0',
    to: 'eU=t=>{let l=typeof document<"u"?document.documentElement.lang:"en";return!t&&t!==void 0?l==="kk"?"Файл міндетті.":l==="ru"?"Нужен файл.":"A file is required.":t&&(!t.name||t.name==="")?l==="kk"?"Файлдың атауы міндетті.":l==="ru"?"Нужно имя файла.":"A file name is required.":!0}',
  },
]

let failed = false
for (const { file, from, to } of PATCHES) {
  const full = path.join(root, file)
  if (!fs.existsSync(full)) continue // not installed (e.g. a production install without this package)
  const text = fs.readFileSync(full, 'utf8')
  if (text.includes(to)) continue
  if (!text.includes(from)) {
    console.error(
      `[patch-payload] ${file}: the text to replace is not there (Payload changed?): ${from.slice(0, 80)}`,
    )
    failed = true
    continue
  }
  fs.writeFileSync(full, text.replace(from, to))
  console.log(`[patch-payload] patched ${file}`)
}
process.exit(failed ? 1 : 0)
