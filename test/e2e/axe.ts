/**
 * Accessibility check of an admin page with axe-core, injected into the page. Violations are split by where they
 * are: inside the project's own admin components (found by the stable class names and ids below) or elsewhere
 * (Payload's own UI). Serious and critical violations in our components fail the check; the rest are reported in
 * test-results/e2e/axe-<name>.json and summarised on the console.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { SCREENSHOT_DIR } from './browser'

/**
 * The project's own admin components. A new admin component gets a stable class name or id, listed here, so
 * the end-to-end suite holds it to the accessibility bar.
 */
export const OWN_COMPONENTS = [
  '.workflow-panel', // plugins/workflow/src/admin/WorkflowPanel.tsx
  '.workflow-filters', // plugins/workflow/src/admin/WorkflowFilters.tsx
  '.ethics-queue-view', // plugins/ai-ethics/src/admin/EthicsQueueView.tsx (+ EthicsQueueClient)
  '#nav-ethics-queue', // plugins/ai-ethics/src/admin/EthicsQueueNavLink.tsx
  '.contribution-reports-view', // src/reports/admin/ReportsView.tsx (+ ReportsClient)
  '#nav-contribution-reports', // src/reports/admin/ReportsNavLink.tsx
  '.newsroom-dashboard', // src/admin/dashboard/ (admin home panels)
  '.read-only-notice', // src/editing/admin/ReadOnlyNotice.tsx
  '.edit-safety__dialog', // src/editing/admin/StaleSaveDialog.tsx
]

const FAILING_IMPACTS = ['serious', 'critical']

type Node = { html: string; own: boolean; summary: string; target: string }
export type Finding = { help: string; helpUrl: string; id: string; impact: string; nodes: Node[] }
export type AxeResult = { name: string; own: Finding[]; payload: Finding[]; url: string }

const axeSource = (() => {
  let source: string | undefined
  return () =>
    (source ??= fs.readFileSync(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    ))
})()

/** Runs axe-core on the page as it is now. */
export const checkAccessibility = async (page: Page, name: string): Promise<AxeResult> => {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource() })
  const findings = await page.evaluate(async (own: string[]) => {
    const axe = (window as unknown as { axe: any }).axe
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map((violation: any) => ({
      help: violation.help,
      helpUrl: violation.helpUrl,
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      nodes: violation.nodes.map((node: any) => {
        const selector = node.target.map(String).join(' ')
        const element =
          node.target.length === 1 ? document.querySelector(String(node.target[0])) : null
        return {
          html: String(node.html).slice(0, 300),
          own: Boolean(element && own.some((sel) => element.closest(sel))),
          summary: String(node.failureSummary ?? '')
            .split('\n')
            .slice(0, 3)
            .join(' ')
            .slice(0, 300),
          target: selector,
        }
      }),
    }))
  }, OWN_COMPONENTS)

  const part = (own: boolean): Finding[] =>
    findings
      .map((finding: Finding) => ({
        ...finding,
        nodes: finding.nodes.filter((node) => node.own === own),
      }))
      .filter((finding: Finding) => finding.nodes.length > 0)
  const result: AxeResult = {
    name,
    own: part(true),
    payload: part(false),
    url: new URL(page.url()).pathname,
  }

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  fs.writeFileSync(path.join(SCREENSHOT_DIR, `axe-${name}.json`), JSON.stringify(result, null, 2))
  const line = (findings: Finding[]) =>
    findings.map((f) => `${f.id} (${f.impact}, ${f.nodes.length})`).join(', ') || 'none'
  console.log(
    `axe ${name} ${result.url}: ours: ${line(result.own)}; Payload's UI: ${line(result.payload)}`,
  )
  return result
}

/** Fails with every serious or critical violation inside our own components, naming rule, element and fix. */
export const expectNoSeriousViolationsInOwnComponents = (result: AxeResult): void => {
  const failing = result.own.filter((finding) => FAILING_IMPACTS.includes(finding.impact))
  if (failing.length === 0) return
  const details = failing
    .flatMap((finding) =>
      finding.nodes.map(
        (node) =>
          `  - ${finding.id} (${finding.impact}): ${finding.help}\n    at ${node.target}: ${node.html}\n    ${node.summary}`,
      ),
    )
    .join('\n')
  throw new Error(
    `axe: serious accessibility violations in our components on ${result.url} (${result.name}):\n${details}`,
  )
}
