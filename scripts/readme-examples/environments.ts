/**
 * The environment an example runs in: each variable it reads, set from a fake server started for
 * that example alone. A variable's prefix names the API (`SPARKWISE_API_KEY` → Sparkwise); what the
 * README tells a reader to set with real credentials, the fake provides for the test.
 */
import { startFakeServer } from "@clientele/testing";
import { acme } from "./acme.ts";

interface Started {
  values: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the fake behind one prefix and says what each of its variables is. */
const FAKES: Record<string, () => Promise<Started>> = {
  ISNOTAI: async () => {
    const fake = await startFakeServer("isnotai", { users: 60, seed: 7 });
    const { us } = fake.auth.keys;
    const values = { ISNOTAI_API_KEY: us.pro, ISNOTAI_FREE_KEY: us.free, ISNOTAI_BASE_URL: fake.url };
    return { values, close: fake.close };
  },
  TI: async () => {
    const fake = await startFakeServer("thought-industries", { users: 30, seed: 11 });
    const values = { TI_API_KEY: fake.auth.apiKey, TI_TENANT: "acme", TI_BASE_URL: fake.url };
    return { values, close: fake.close };
  },
  SPARKWISE: async () => {
    const fake = await startFakeServer("sparkwise", { users: 60, seed: 7 });
    return {
      values: { SPARKWISE_API_KEY: fake.auth.apiKey, SPARKWISE_BASE_URL: fake.url },
      close: fake.close,
    };
  },
  METACOM: async () => {
    const fake = await startFakeServer("metacom", { users: 60, seed: 7 });
    const values = {
      METACOM_TOKEN: fake.auth.token,
      METACOM_ENVIRONMENT_ID: fake.auth.environmentId,
      METACOM_DOMAIN: "acme.metacom.example",
      METACOM_BASE_URL: fake.url,
    };
    return { values, close: fake.close };
  },
  MERCURY: async () => {
    const fake = await startFakeServer("mercury", { users: 60, seed: 7 });
    const values = {
      MERCURY_API_KEY: fake.auth.apiKey,
      MERCURY_PROJECT_ID: fake.state.projectId,
      MERCURY_BASE_URL: fake.url,
      MERCURY_WEBHOOK_SECRET: "whsec_readme_example",
    };
    return { values, close: fake.close };
  },
  ACME: async () => {
    const fake = await startFakeServer(acme, { users: 7, seed: 1 });
    return { values: { ACME_API_KEY: fake.auth.apiKey, ACME_BASE_URL: `${fake.url}/v1` }, close: fake.close };
  },
};

export interface ExampleEnvironment {
  /** Exactly the variables the example reads. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the fakes behind `names` and returns those variables; throws for a variable no fake provides. */
export async function environmentFor(names: string[]): Promise<ExampleEnvironment> {
  const prefixes = [...new Set(names.map((name) => name.split("_")[0]!))];
  const unknown = prefixes.filter((prefix) => !FAKES[prefix]);
  if (unknown.length)
    throw new Error(
      `No fake provides ${names.filter((n) => unknown.includes(n.split("_")[0]!)).join(", ")}: ` +
        `an example may read variables starting with ${Object.keys(FAKES).join("_, ")}_ (scripts/readme-examples/environments.ts).`,
    );
  const started = await Promise.all(prefixes.map((prefix) => FAKES[prefix]!()));
  const close = async () => void (await Promise.all(started.map((s) => s.close())));
  const values: Record<string, string> = Object.assign({}, ...started.map((s) => s.values));
  const missing = names.filter((name) => values[name] === undefined);
  if (missing.length) {
    await close();
    throw new Error(`No fake provides ${missing.join(", ")} (provided: ${Object.keys(values).join(", ")}).`);
  }
  return { env: Object.fromEntries(names.map((name) => [name, values[name]!])), close };
}
