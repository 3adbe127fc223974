/** The global object as a runtime without Node's globals may have it. */
type Globals = Partial<Record<string, { env?: Record<string, string | undefined> }>>;

/**
 * An environment variable where the runtime has an environment: undefined in a browser or an edge
 * runtime without `process`, and where reading it is refused (Deno without `--allow-env` throws).
 */
export function readEnv(name: string): string | undefined {
  try {
    const value = (globalThis as unknown as Globals).process?.env?.[name];
    return typeof value == "string" ? value : undefined;
  } catch {
    return undefined;
  }
}
