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
