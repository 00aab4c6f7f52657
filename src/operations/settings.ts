// The operator endpoints' fixed choices, in one frozen place.

export const operationsSettings = Object.freeze({
  /** Every metric starts with this, so the bot's series are easy to find among others on a Prometheus. */
  metricPrefix: "newsbot_",
  /**
   * Answer latency buckets. The engine answers in milliseconds (README, "Scale"); Discord's REST
   * round trip adds 50-300 ms, and 3 s is Discord's deadline to acknowledge, so the buckets are
   * dense below 1 s and end past 3 s.
   */
  latencyBucketsSeconds: Object.freeze([0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10]),
});
