// Lines of a stream, each held in memory only up to a cap: a line over it is skipped as it
// streams by and reported as too long, so one enormous line can neither exhaust memory nor
// stop the lines after it. Line ends are those of node:readline (\n, \r\n, or a lone \r).
import type { Readable } from "node:stream";

/** A line over the cap: only its size is known (in bytes, at least the cap). */
export interface OversizedLine {
  oversized: number;
}

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<string | OversizedLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: Buffer[] = [];
  let held = 0;
  let size = 0;
  let pending = false;
  let afterCR = false;
  const take = (): string | OversizedLine => {
    const line: string | OversizedLine = size > maxBytes ? { oversized: size } : decoder.decode(Buffer.concat(parts, held));
    parts = [];
    held = 0;
    size = 0;
    pending = false;
    return line;
  };
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let i = 0; i < buf.length; i++) {
      const byte = buf[i];
      if (byte !== 0x0a && byte !== 0x0d) continue;
      // "\r\n" is one line end, even when a chunk ends between the two.
      if (byte === 0x0a && afterCR && i === from) {
        afterCR = false;
        from = i + 1;
        continue;
      }
      add(buf.subarray(from, i));
      yield take();
      afterCR = byte === 0x0d;
      from = i + 1;
    }
    if (from < buf.length) {
      afterCR = false;
      add(buf.subarray(from));
    }
  }
  if (pending) yield take();

  function add(bytes: Buffer): void {
    pending = true;
    size += bytes.length;
    if (size <= maxBytes) {
      parts.push(Buffer.from(bytes));
      held += bytes.length;
    } else if (parts.length) {
      parts = [];
      held = 0;
    }
  }
}
