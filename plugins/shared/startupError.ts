/**
 * A configuration problem found at start-up. Outside tests it is printed as one line and the process exits,
 * so an operator sees which variable to fix instead of a stack trace.
 */
export const failStartup = (message: string): never => {
  if (process.env.VITEST) throw new Error(message)

  console.error(`\n${message}\n`)
  process.exit(1)
}
