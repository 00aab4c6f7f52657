import { createHash } from "node:crypto";

/**
 * A short, stable fingerprint of a text: the same in every process and after every restart,
 * so a button can carry it and later tell whether what it points at is still the same.
 * base64url, so it never contains the ":" that separates a custom id's parts.
 */
export function shortHash(text: string, length: number): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, length);
}
