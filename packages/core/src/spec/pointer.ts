/** An RFC 6901 JSON pointer, or several: the first that resolves to a value wins. */
export type Pointer = string | readonly string[];

/** Reads an RFC 6901 pointer; with several pointers, the first that resolves to a value wins. */
export function pick(value: unknown, pointer: Pointer | undefined): unknown {
  if (typeof pointer != "string") {
    for (const p of pointer ?? []) {
      const found = pick(value, p);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  let node = value as any;
  for (const key of pointer.split("/").slice(1)) {
    node = node && typeof node == "object" ? node[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return node;
}

type ReplaceAll<
  S extends string,
  From extends string,
  To extends string,
> = S extends `${infer Head}${From}${infer Tail}` ? `${Head}${To}${ReplaceAll<Tail, From, To>}` : S;

/** The reference tokens of a pointer, unescaped as `pick` unescapes them (`~1` is `/`, then `~0` is `~`). */
type Tokens<P extends string> = P extends `/${infer Head}/${infer Rest}`
  ? [ReplaceAll<ReplaceAll<Head, "~1", "/">, "~0", "~">, ...Tokens<`/${Rest}`>]
  : P extends `/${infer Last}`
    ? [ReplaceAll<ReplaceAll<Last, "~1", "/">, "~0", "~">]
    : [];

/** A member of `T` by key: a declared property, else an index signature's value, else nothing. */
type Member<T, K extends string> = K extends keyof T
  ? T[K]
  : string extends keyof T
    ? T[string & keyof T]
    : undefined;

type Walk<T, Keys extends string[]> = Keys extends [infer K extends string, ...infer Rest extends string[]]
  ? T extends readonly (infer Item)[]
    ? K extends `${number}`
      ? Walk<Item, Rest>
      : undefined
    : T extends object
      ? Walk<Member<T, K>, Rest>
      : undefined
  : T;

/**
 * The type `pick` finds in a `T` at pointer `P`, for each pointer of a union: what a member of a
 * union of shapes holds there, and `undefined` where a shape holds nothing. An open pointer
 * (`string`) finds `unknown`.
 */
export type ValueAt<T, P extends string> = P extends unknown
  ? string extends P
    ? unknown
    : Walk<T, Tokens<P>>
  : never;
