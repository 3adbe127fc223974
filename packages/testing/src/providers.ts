import type { FakeProvider } from "./provider";
import { isnotai } from "./providers/isnotai";
import { mercury } from "./providers/mercury";
import { metacom } from "./providers/metacom";
import { sparkwise } from "./providers/sparkwise";
import { thoughtIndustries } from "./providers/thought-industries";

/** The fake of every provider Clientele ships, by package name. */
const registry = {
  isnotai,
  "thought-industries": thoughtIndustries,
  sparkwise,
  metacom,
  mercury,
};

/** The providers Clientele ships a fake for, by package name. */
export type ProviderName = keyof typeof registry;

/** Each provider fake's state and accepted credentials, by name. */
export type ProviderTypes = {
  [N in ProviderName]: (typeof registry)[N] extends FakeProvider<infer S, infer A>
    ? { state: S; auth: A }
    : never;
};

/** The fake of a provider by name. */
export function providerByName<N extends ProviderName>(name: N): (typeof registry)[N] {
  const provider = registry[name];
  if (provider === undefined) {
    throw new Error(
      `@clientele/testing has no fake for provider "${String(name)}" (available: ${Object.keys(registry).join(", ")})`,
    );
  }
  return provider;
}
