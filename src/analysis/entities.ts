/** A person, organisation or group that an article names or quotes. */
export interface Entity {
  /** Lowercase canonical name: the key across articles. */
  id: string;
  /** Display name: the fullest form seen ("Mike Pompeo", "The New York Times"). */
  name: string;
  kind: "person" | "organisation" | "group";
  /** Titles and roles as written ("Secretary of State"), first seen first. */
  roles: string[];
  /** Other names it goes by, lowercase: surname, role nouns ("chief diplomat"). */
  aliases: string[];
}

/** The entities of one article, with the lookups coreference needs. */
export class EntityRegistry {
  readonly byId = new Map<string, Entity>();

  /** Adds or updates an entity; returns it. */
  add(name: string, kind: Entity["kind"], role: string | null): Entity {
    const clean = name.replace(/^(the|a|an)\s+/i, "").trim();
    const id = clean.toLowerCase();
    let e = this.byId.get(id) ?? this.findBySurname(clean);
    if (!e) {
      e = { id, name: /^(the|a|an)\s/i.test(name) && kind !== "person" ? name.charAt(0).toUpperCase() + name.slice(1) : clean, kind, roles: [], aliases: [] };
      this.byId.set(id, e);
      if (kind === "person") {
        const parts = clean.split(/\s+/);
        if (parts.length > 1) this.addAlias(e, parts.at(-1)!);
      }
    }
    if (role) this.addRole(e, role);
    return e;
  }

  addRole(e: Entity, role: string): void {
    if (!e.roles.some((r) => r.toLowerCase() === role.toLowerCase())) e.roles.push(role);
  }

  addAlias(e: Entity, alias: string): void {
    const a = alias.toLowerCase().replace(/^(the|a|an)\s+/, "");
    if (a !== e.id && !e.aliases.includes(a)) e.aliases.push(a);
  }

  /** A person whose surname (last word of the name) is `word`. */
  findBySurname(word: string): Entity | undefined {
    const w = word.toLowerCase();
    if (w.includes(" ")) return undefined;
    for (const e of this.byId.values()) if (e.kind === "person" && (e.id.split(" ").at(-1) === w || e.aliases.includes(w))) return e;
    return undefined;
  }

  /** An entity by full name, alias or surname. */
  find(name: string): Entity | undefined {
    const w = name.toLowerCase().replace(/^(the|a|an)\s+/, "");
    return this.byId.get(w) ?? this.findBySurname(w) ?? [...this.byId.values()].find((e) => e.aliases.includes(w));
  }

  all(): Entity[] {
    return [...this.byId.values()];
  }
}
