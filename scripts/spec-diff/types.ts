import { escapeSegment } from "../lib/pointer.ts";

/** How a spec change affects the consumers of the generated client. */
export type ChangeClass = "breaking" | "non-breaking" | "docs";

export interface Change {
  class: ChangeClass;
  /** Where: `GET /users  response 200 /data/items/*\/email`, `servers[0]`, `securitySchemes ServerApiKey`. */
  location: string;
  /** What changed and, where it is not obvious, why it has this class. */
  message: string;
}

/**
 * Who produces the values a schema describes. The consumer sends requests (so narrowing what a request
 * accepts breaks callers) and receives responses (so widening what a response may contain breaks readers).
 * A webhook turns this around: its payload is received, its answer is sent.
 */
export type Direction = "request" | "response";

/** A schema's place in a spec: the location printed before its JSON pointer, and the value direction. */
export interface Site {
  where: string;
  direction: Direction;
}

/** Parsed YAML: loosely typed on purpose, narrowed where read. */
export type Obj = Record<string, any>;

export const breaking = (location: string, message: string): Change => ({
  class: "breaking",
  location,
  message,
});
export const nonBreaking = (location: string, message: string): Change => ({
  class: "non-breaking",
  location,
  message,
});
export const docs = (location: string, message: string): Change => ({ class: "docs", location, message });

/** A change that breaks the consumer where it sends the values (a request), and no one where it reads them. */
export const breaksSenders = (direction: Direction, location: string, message: string): Change => ({
  class: direction === "request" ? "breaking" : "non-breaking",
  location,
  message,
});

/** A change that breaks the consumer where it reads the values (a response), and no one where it sends them. */
export const breaksReaders = (direction: Direction, location: string, message: string): Change => ({
  class: direction === "response" ? "breaking" : "non-breaking",
  location,
  message,
});

/** A value as shown in a message: strings bare, lists in brackets, anything else as JSON. */
export const show = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(show).join(", ")}]`
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

/** Appends an RFC 6901 segment to a JSON pointer (`*` stands for every array item). */
export const pointerTo = (pointer: string, segment: string) =>
  `${pointer}/${segment === "*" ? "*" : escapeSegment(segment)}`;

/** The printed location of a pointer within a site: `GET /users  response 200 /data/items`. */
export const locate = (site: Site, pointer: string) => (pointer ? `${site.where} ${pointer}` : site.where);

/** Deep equality of parsed YAML values (key order matters, which parsing preserves). */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const isObject = (value: unknown): value is Obj =>
  typeof value === "object" && value !== null && !Array.isArray(value);
