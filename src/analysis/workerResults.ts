// How an analysis worker's results travel back to the main thread, and how the main thread puts
// them together again without holding the event loop: messages are only queued when they
// arrive (Node delivers every queued message of a worker in one turn of the event loop), then
// read back in slices of at most `sliceMs`, with the event loop free between slices.
import { performance } from "node:perf_hooks";
import type { Article } from "../domain/article.ts";
import { tuning } from "../tuning.ts";
import type { AnalysedArticle, AnalysedSentence } from "./analyseArticle.ts";

/** One piece of one article's analysis: some of its sentences, in order, or (last) the rest of it. */
export type ResultPiece = { sentences: AnalysedSentence[] } | Pick<AnalysedArticle, "entities" | "vocabulary">;

/** JSON characters a message, and sentences a piece (see `tuning.load`). */
export const RESULT_MESSAGE_CHARS = tuning.load.resultMessageChars;
export const RESULT_PIECE_SENTENCES = tuning.load.resultPieceSentences;

/** Rebuilds the analyses of `articles`, in order, from the messages of one worker. */
export class ResultReader {
  readonly done: AnalysedArticle[] = [];
  private readonly queue: string[] = [];
  private next = 0;
  private sentences: AnalysedSentence[] = [];
  private scheduled = false;
  private finished = false;

  /** Whether the worker has sent its last message (it may exit after that). */
  get sentAll(): boolean {
    return this.finished;
  }

  constructor(
    private readonly articles: Article[],
    private readonly onComplete: (analysed: AnalysedArticle[]) => void,
    private readonly onError: (error: unknown) => void,
    private readonly sliceMs: number = tuning.load.sliceMs,
  ) {}

  /** A message from the worker: a JSON array of pieces, or null once it has sent everything. */
  receive(message: string | null): void {
    if (message === null) this.finished = true;
    else this.queue.push(message);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    this.scheduled = false;
    const started = performance.now();
    const first = this.next;
    try {
      // At least one message a turn, then more while the slice lasts.
      while (this.next < this.queue.length && (this.next === first || performance.now() - started < this.sliceMs)) {
        const message = this.queue[this.next]!;
        this.queue[this.next++] = "";
        for (const piece of JSON.parse(message) as ResultPiece[]) this.take(piece);
      }
    } catch (error) {
      this.onError(error);
      return;
    }
    if (this.next < this.queue.length) this.schedule();
    else if (this.finished) this.onComplete(this.done);
  }

  private take(piece: ResultPiece): void {
    if ("sentences" in piece) {
      for (const s of piece.sentences) this.sentences.push(s);
      return;
    }
    const article = this.articles[this.done.length];
    if (!article) throw new Error("an analysis worker sent more articles than it was given");
    // The same shape (and key order) as analyseArticle's result.
    this.done.push({ article, sentences: this.sentences, entities: piece.entities, vocabulary: piece.vocabulary });
    this.sentences = [];
  }
}
