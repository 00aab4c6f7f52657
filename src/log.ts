import pino from "pino";

/**
 * The one logger. It writes to stderr (fd 2) so that stdout stays clean for the batch
 * interface's JSON lines. Level from LOG_LEVEL (default "info"; "silent" turns it off).
 */
export const log = pino(
  { level: process.env.LOG_LEVEL ?? "info", base: undefined },
  pino.destination({ fd: 2, sync: true }),
);

export type Logger = typeof log;
