// Which recorded request answered an interaction: matchers for FakeDiscord's request log.
import type { RecordedRequest } from "./fakeDiscord.ts";

/** The successful first reply (interaction callback) to this interaction. */
export const callbackOf = (interaction: { id: string }) => (r: RecordedRequest) =>
  r.method === "POST" && r.path.startsWith(`/interactions/${interaction.id}/`) && r.status < 300;

/** An edit of this interaction's original reply (a deferred answer arriving). */
export const editOf = (interaction: { token: string }) => (r: RecordedRequest) =>
  r.method === "PATCH" && r.path.endsWith(`/${interaction.token}/messages/@original`);
