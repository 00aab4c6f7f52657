// Word tables in the lexicon are object literals; a lookup keyed by user or article text must
// not reach the properties every object inherits ("constructor", "toString", "__proto__").

/** The table's own entry for `key`, or undefined: never an inherited property. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether the table has its own entry for `key` (what `key in table` means to say). */
export function hasEntry(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(table, key);
}
