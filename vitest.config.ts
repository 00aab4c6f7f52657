import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end Discord tests start real clients against a local fake server; on a
    // shared 2-core machine they need room, but nothing here is a timing assertion.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
