// Worker threads do not inherit tsx's loader from the main thread: register it, then run the
// TypeScript worker. Plain JavaScript, so Node starts it without any loader.
import { register } from "tsx/esm/api";

register();
await import("./analyseWorker.ts");
