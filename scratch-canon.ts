import { canonical } from "./src/analysis/text.ts";
for (const w of process.argv.slice(2)) console.log(w, canonical(w));
