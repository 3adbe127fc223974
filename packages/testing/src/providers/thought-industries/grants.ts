import { licenseView } from "./catalog";
import type { CatalogItem, ThoughtIndustriesState, TiUser } from "./types";

type Catalog = ThoughtIndustriesState["catalog"];
type Body = Record<string, unknown>;
type Key = "id" | "slug" | "sku";

/** The body's licence arrays: with `replaceLicenseAccess`, sending any of them replaces every grant. */
export const LICENSE_ARRAYS = [
  "studentLicenseSkus",
  "managerLicenseSkus",
  "studentLicenseIds",
  "managerLicenseIds",
];

/** What a create or update body grants, resolved in the catalogue. */
export interface Grants {
  student: CatalogItem[];
  manager: CatalogItem[];
  courses: CatalogItem[];
  learningPaths: CatalogItem[];
}

/** The grants a body asks for; a string names the first unknown one (`license not found: NOPE`). */
export function resolveGrants(body: Body, catalog: Catalog): Grants | string {
  const missing: string[] = [];
  const find = (items: CatalogItem[], kind: string, ...lookups: [Key, unknown][]) =>
    lookups.flatMap(([key, values]) =>
      ((values as string[] | undefined) ?? []).flatMap((value) => {
        const hit = items.find((i) => i[key] === value);
        if (!hit) missing.push(`${kind} not found: ${value}`);
        return hit ? [hit] : [];
      }),
    );
  const grants = {
    student: find(
      catalog.licenses,
      "license",
      ["sku", body.studentLicenseSkus],
      ["id", body.studentLicenseIds],
    ),
    manager: find(
      catalog.licenses,
      "license",
      ["sku", body.managerLicenseSkus],
      ["id", body.managerLicenseIds],
    ),
    courses: find(
      catalog.courses,
      "course",
      ["id", body.courseIds],
      ["slug", body.courseSlugs],
      ["sku", body.courseSkus],
    ),
    learningPaths: find(catalog.learningPaths, "learning path", ["slug", body.learningPathSlugs]),
  };
  return missing[0] ?? grants;
}

type Licence = { license: { id: string }; licenseRole: string };

/** Adds the grants to the user; licences merge unless the body replaces them. */
export function applyGrants(user: TiUser, body: Body, grants: Grants): void {
  const replace = body.replaceLicenseAccess === true && LICENSE_ARRAYS.some((name) => name in body);
  const licenses: Licence[] = replace ? [] : ((user.allocatedLicenses as Licence[] | null) ?? []);
  const sent = [
    ...grants.student.map((l) => [l, "student"] as const),
    ...grants.manager.map((l) => [l, "manager"] as const),
  ];
  for (const [license, licenseRole] of sent)
    if (!licenses.some((a) => a.license.id === license.id && a.licenseRole === licenseRole))
      licenses.push({ license: licenseView(license) as Licence["license"], licenseRole });
  user.allocatedLicenses = licenses;
  user.purchasedCourses = addMissing(user.purchasedCourses, "courseId", grants.courses, (c) => ({
    courseId: c.id,
    certificate: null,
    certificateIssuedAt: null,
    instructorAccessPurchased: false,
    status: "not-started",
  }));
  user.allocatedLearningPaths = addMissing(
    user.allocatedLearningPaths,
    "learningPathId",
    grants.learningPaths,
    (p) => ({
      learningPathId: p.id,
      status: "not-started",
    }),
  );
}

function addMissing(
  held: unknown,
  key: string,
  items: CatalogItem[],
  make: (item: CatalogItem) => object,
): unknown[] {
  const list = (held as Record<string, unknown>[] | null | undefined) ?? [];
  for (const item of items)
    if (!list.some((h) => h[key] === item.id)) list.push(make(item) as Record<string, unknown>);
  return list;
}
