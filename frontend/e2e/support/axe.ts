import { readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns its serious and critical violations, one line each
 * (rule, impact, the first offending elements), so a failing test says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // The gateway's CSP (script-src 'self') blocks an inline <script> (addScriptTag); code evaluated
  // through the DevTools protocol is not subject to it, and the page's CSP stays as shipped.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(', ')}`,
      );
  });
}
