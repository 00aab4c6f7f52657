import type { Command } from "./command.ts";

/**
 * The commands the bot currently serves. A registry rather than a fixed map so that a
 * later /reload can swap the set in one step while interactions keep flowing.
 */
export class CommandRegistry<T = Command> {
  private commands: ReadonlyMap<string, T> = new Map();

  get(name: string): T | undefined {
    return this.commands.get(name);
  }

  all(): T[] {
    return [...this.commands.values()];
  }

  replace(commands: ReadonlyMap<string, T>): void {
    this.commands = new Map(commands);
  }
}
