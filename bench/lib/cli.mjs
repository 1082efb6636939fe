// Command-line options of the bench scripts: `--name value` or `--name=value`, and bare `--flag`s.
const args = process.argv.slice(2)

export const option = (name, fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1]
}

export const flag = (name) => args.includes(`--${name}`)
