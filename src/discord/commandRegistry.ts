import type { Command } from "./command.ts";

/**
 * The commands the bot currently serves. A registry rather than a fixed map so that a
 * later /reload can swap the set in one step while interactions keep flowing.
 */
export class CommandRegistry {
  private commands: ReadonlyMap<string, Command> = new Map();

  get(name: string): Command | undefined {
    return this.commands.get(name);
  }

  all(): Command[] {
    return [...this.commands.values()];
  }

  replace(commands: ReadonlyMap<string, Command>): void {
    this.commands = new Map(commands);
  }
}
