/**
 * Minimal edits to a YAML text through the `yaml` package's Document API: each edit finds its node in
 * a fresh parse and rewrites only that node's own source range (a value, a sequence item, a pair), so
 * comments, quoting, folded descriptions and the rest of the file stay byte for byte as they were.
 * (Printing a whole edited Document would re-flow every folded scalar.)
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { segmentsOf } from "../lib/pointer.ts";

const pathOf = segmentsOf;

/** A flow rendering of a value on one line: `[string, "null"]`, `Seen in traffic.` */
function flow(value: unknown): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) || isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** A block rendering of `key: value`, indented by `indent`; a list of scalars stays on one line, as the specs write them. */
function block(key: string, value: unknown, indent: string): string {
  if (Array.isArray(value) && value.every((v) => v === null || typeof v != "object"))
    return `${indent}${flow({ [key]: value }).replace(/^\{ ?|,? ?\}$/g, "")}`;
  const doc = new Document({ [key]: value });
  return doc
    .toString({ lineWidth: 0, indent: 2 })
    .trimEnd()
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}

const lineStart = (text: string, pos: number) => text.lastIndexOf("\n", pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const i = text.indexOf("\n", pos);
  return i < 0 ? text.length : i + 1;
};
const columnOf = (text: string, pos: number) => pos - lineStart(text, pos);

export class YamlText {
  constructor(public text: string) {}

  private node(pointer: string): Node {
    const doc = parseDocument(this.text);
    const node = doc.getIn(pathOf(pointer), true) as Node | undefined;
    if (!node) throw new Error(`no node at ${pointer || "/"}`);
    return node;
  }

  private map(pointer: string): YAMLMap {
    const node = this.node(pointer);
    if (!isMap(node)) throw new Error(`${pointer} is not a map`);
    return node;
  }

  private splice(start: number, end: number, insert: string) {
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
  }

  has(pointer: string, key: string): boolean {
    return this.map(pointer).has(key);
  }

  /** Sets `key` of the block map at `pointer`: replaces a scalar or flow value in place, or adds the pair after the last one. */
  set(pointer: string, key: string, value: unknown): void {
    const map = this.map(pointer);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as
      Pair<Node, Node> | undefined;
    if (pair?.value) {
      const [start, end] = pair.value.range!;
      const replacingBlock = (isSeq(pair.value) || isMap(pair.value)) && !pair.value.flow;
      if (!replacingBlock && (typeof value != "object" || value === null || Array.isArray(value))) {
        this.splice(start, end, flow(value));
        return;
      }
      this.remove(pointer, key);
      this.set(pointer, key, value);
      return;
    }
    if (map.flow) throw new Error(`${pointer} is a flow map`);
    const first = map.items[0] as Pair<Node, Node> | undefined;
    if (!first) throw new Error(`${pointer} is an empty map`);
    const indent = " ".repeat(columnOf(this.text, (first.key as Node).range![0]));
    const end = map.range![1];
    const at = this.text[end - 1] == "\n" ? end : lineEnd(this.text, end);
    this.splice(at, at, `${block(key, value, indent)}\n`);
  }

  /** Replaces the pair `from` of the map at `pointer` by `to: value` (a flow value), where it stands. */
  rename(pointer: string, from: string, to: string, value: unknown): void {
    const map = this.map(pointer);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === from) as
      Pair<Node, Node> | undefined;
    if (!pair?.value) throw new Error(`no ${from} in ${pointer}`);
    this.splice((pair.key as Node).range![0], pair.value.range![1], `${to}: ${flow(value)}`);
  }

  /** Removes `key` (its lines) from the block map at `pointer`. */
  remove(pointer: string, key: string): void {
    const map = this.map(pointer);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as
      Pair<Node, Node> | undefined;
    if (!pair) return;
    const start = lineStart(this.text, (pair.key as Node).range![0]);
    const end = pair.value?.range ? pair.value.range[1] : (pair.key as Node).range![2];
    this.splice(start, this.text[end - 1] == "\n" ? end : lineEnd(this.text, end), "");
  }

  /** Appends a value to the sequence at `pointer` (a flow one is rewritten on its line, a block one gains a line). */
  append(pointer: string, value: unknown): void {
    const seq = this.node(pointer);
    if (!isSeq(seq)) throw new Error(`${pointer} is not a sequence`);
    if (seq.flow || !seq.items.length) {
      this.replaceSeq(seq, [...seq.toJSON(), value]);
      return;
    }
    const last = seq.items[seq.items.length - 1] as Node;
    const first = seq.items[0] as Node;
    const dash = lineStart(this.text, first.range![0]);
    const indent = this.text.slice(dash, this.text.indexOf("-", dash));
    const lines = new Document([value])
      .toString({ lineWidth: 0, indent: 2 })
      .trimEnd()
      .split("\n")
      .map((line) => indent + line);
    const end = last.range![1];
    const at = this.text[end - 1] == "\n" ? end : lineEnd(this.text, end);
    this.splice(at, at, `${lines.join("\n")}\n`);
  }

  /** Removes an item equal to `value` from the sequence at `pointer`. */
  removeItem(pointer: string, value: unknown): void {
    const seq = this.node(pointer);
    if (!isSeq(seq)) throw new Error(`${pointer} is not a sequence`);
    const items = seq.toJSON() as unknown[];
    const i = items.findIndex((v) => JSON.stringify(v) === JSON.stringify(value));
    if (i < 0) return;
    if (seq.flow) {
      this.replaceSeq(
        seq,
        items.filter((_, j) => j != i),
      );
      return;
    }
    const item = seq.items[i] as Node;
    const start = lineStart(this.text, item.range![0]);
    this.splice(start, lineEnd(this.text, item.range![1] - 1), "");
  }

  private replaceSeq(seq: YAMLSeq, items: unknown[]) {
    const [start, end] = seq.range!;
    this.splice(start, end, flow(items));
  }

  /** Adds a sentence to the `description` of the map at `pointer` (a block scalar gains a line; a plain one is extended). */
  describe(pointer: string, sentence: string): void {
    const map = this.map(pointer);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === "description") as
      Pair<Node, Node> | undefined;
    const value = pair?.value;
    if (!value || !isScalar(value) || typeof value.value != "string") {
      this.set(pointer, "description", sentence);
      return;
    }
    if (value.type == Scalar.BLOCK_FOLDED || value.type == Scalar.BLOCK_LITERAL) {
      const [start, end] = value.range!;
      const body = this.text.slice(start, end);
      const lines = body.split("\n");
      const content = lines.slice(1).find((l) => l.trim());
      const indent = content ? content.slice(0, content.length - content.trimStart().length) : "  ";
      const lastText = start + body.trimEnd().length;
      this.splice(lastText, lastText, `\n${indent}${sentence}`);
      return;
    }
    const [start, end] = value.range!;
    this.splice(start, end, flow(`${value.value.trimEnd()} ${sentence}`));
  }
}
