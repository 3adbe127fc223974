/** The page's entry in Chromium, bundled as an application would be: `window.probe.run(plan)`. */
import type { Plan, Report } from "./plan";
import { runScenario } from "./scenario";

export function run(plan: Plan): Promise<Report> {
  const version = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? navigator.userAgent;
  return runScenario(plan, `chromium ${version}`, { "*": "bundled" });
}
