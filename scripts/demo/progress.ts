/** Live progress on stderr: one line rewritten in place on a terminal, a line every second otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  return {
    update(text: string) {
      const now = Date.now();
      if (stream.isTTY) stream.write(`\r\x1b[2K${text}`);
      else if (now - last >= 1000) stream.write(`${text}\n`);
      else return;
      last = now;
    },
    done(text: string) {
      stream.write(stream.isTTY ? `\r\x1b[2K${text}\n` : `${text}\n`);
    },
  };
}
