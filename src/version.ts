import { readFileSync } from "node:fs";
import { z } from "zod";

/** The bot's version, from package.json: the one number a bug report needs. */
export const version: string = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))).version;
