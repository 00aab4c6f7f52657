// Every threshold and weight the engine uses, in one place (split by topic under src/tuning/), each with why it has its value.
// Those that decide answers also give a sensible range and which way a change moves answers
// ("range 0.3-0.7; higher declines more"); resource bounds (memory, time, threads) say what
// they bound instead.
// Change a value here, then run `npm test` and the development questions
// (`node ../shared/eval/run.mjs ../shared/eval/dev-cases.json`) to see what moved.

import { loadingTuning } from "./tuning/loading.ts";
import { answersTuning } from "./tuning/answers.ts";
import { confidenceTuning } from "./tuning/confidence.ts";
import { surfacesTuning } from "./tuning/surfaces.ts";

/** Split by topic under src/tuning/; one frozen object, read as `tuning.<topic>.<value>`. */
export const tuning = Object.freeze({
  ...loadingTuning,
  ...answersTuning,
  ...confidenceTuning,
  ...surfacesTuning,
});
