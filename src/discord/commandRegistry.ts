/** What the registry needs of a command: its name. */
interface Named {
  data: { name: string };
}

/**
 * The commands the bot currently serves. The router owns it (`startBot` fills it and hands it
 * to `handleInteraction`); the context only lists it for /help, typed without `Command`, so that
 * commands (which read the context) and the registry (which holds commands) never import each
 * other in a circle. A registry rather than a fixed map so that a later /reload can swap the
 * set in one step while interactions keep flowing.
 */
export class CommandRegistry<C extends Named = Named> {
  private commands: ReadonlyMap<string, C> = new Map();

  get(name: string): C | undefined {
    return this.commands.get(name);
  }

  all(): C[] {
    return [...this.commands.values()];
  }

  replace(commands: ReadonlyMap<string, C>): void {
    this.commands = new Map(commands);
  }
}
