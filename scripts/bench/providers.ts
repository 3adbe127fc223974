/** The provider packages the benchmark covers, in the order the tables list them. */
export const PROVIDERS = ["isnotai", "thought-industries", "sparkwise", "metacom", "mercury"] as const;
export type Provider = (typeof PROVIDERS)[number];
