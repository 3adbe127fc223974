import type { Rng } from "../../rng";
import type { CatalogItem, ThoughtIndustriesState } from "./types";

const LICENSES = [
  ["LIC-GOLD", "Acme Gold"],
  ["LIC-SILVER", "Acme Silver"],
  ["LIC-BRONZE", "Acme Bronze"],
] as const;

const COURSES = [
  ["onboarding-101", "ONB-101", "Onboarding 101"],
  ["security-basics", "SEC-110", "Security basics"],
  ["product-tour", "PRD-120", "Product tour"],
  ["advanced-reporting", "REP-301", "Advanced reporting"],
  ["customer-success", "CS-201", "Customer success"],
] as const;

const LEARNING_PATHS = [
  ["lp-onboarding", "LP-ONB", "New hire path"],
  ["lp-leadership", "LP-LEAD", "Leadership path"],
] as const;

/** The instance's licences, courses and learning paths, with seeded ids. */
export function createCatalog(rng: Rng): ThoughtIndustriesState["catalog"] {
  return {
    licenses: LICENSES.map(([sku, title]) => item(rng, sku.toLowerCase(), sku, title)),
    courses: COURSES.map(([slug, sku, title]) => item(rng, slug, sku, title)),
    learningPaths: LEARNING_PATHS.map(([slug, sku, title]) => item(rng, slug, sku, title)),
  };
}

function item(rng: Rng, slug: string, sku: string, title: string): CatalogItem {
  return { id: rng.uuid(), slug, sku, title };
}

/** The spec's `License` view of a catalogue licence. */
export function licenseView(license: CatalogItem): Record<string, unknown> {
  return { id: license.id, name: license.title, label: license.title, sku: license.sku };
}
