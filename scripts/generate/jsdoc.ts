/** Doc comments of generated code, from a spec's prose. */

/** A JSDoc block of `text` at `indent`, its paragraphs folded at 100 columns. */
export function jsdoc(text: string, indent = ""): string {
  const width = 100 - indent.length - 3;
  const lines = text
    .replaceAll("*/", "*\\/")
    .trim()
    .split("\n")
    .flatMap((line) => fold(line.trimEnd(), width));
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
}

/** `line` in lines of at most `width` characters, broken between words (code lines are kept). */
function fold(line: string, width: number): string[] {
  if (line.length <= width || line.startsWith("const ")) return [line];
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && `${current} ${word}`.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current];
}
