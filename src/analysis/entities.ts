import { editDistance } from "./editDistance.ts";
import { sentenceCase } from "./text.ts";

/** A person's gender as the article's pronouns and titles tell it. */
export type Gender = "female" | "male";

/** A person, organisation or group that an article names or quotes. */
export interface Entity {
  /** Lowercase canonical name: the key across articles. */
  id: string;
  /** Display name: the fullest form seen ("Mike Pompeo", "The New York Times"). */
  name: string;
  /** "place": a country or city that speaks or acts ("South Korea says"); a question naming it still asks about it. */
  kind: "person" | "organisation" | "group" | "place";
  /** Titles and roles as written ("Secretary of State"), first seen first. */
  roles: string[];
  /** Other names it goes by, lowercase: surname, role nouns ("chief diplomat"). */
  aliases: string[];
  /** A person's gender when the article's pronouns tell it ("X, in her speech"): "she said" goes to a woman. */
  gender?: Gender;
}

/** The entities of one article, with the lookups coreference needs. */
export class EntityRegistry {
  readonly byId = new Map<string, Entity>();
  /** First names of people (null when two share one), to resolve a person called by first name. */
  private readonly firstNames = new Map<string, Entity | null>();

  /** Adds or updates an entity; returns it. */
  add(name: string, kind: Entity["kind"], role: string | null): Entity {
    const clean = name.replace(/^(the|a|an)\s+/i, "").trim();
    const id = clean.toLowerCase();
    let e = this.byId.get(id) ?? this.findBySurname(clean) ?? (kind !== "person" ? this.findByAcronym(clean) : undefined);
    if (!e) {
      e = { id, name: /^(the|a|an)\s/i.test(name) && kind !== "person" ? sentenceCase(name) : clean, kind, roles: [], aliases: [] };
      this.byId.set(id, e);
      // "Ministry of Transport" is the "transport ministry" too: news writes a body's name both ways.
      const reordered = kind !== "person" ? /^(ministry|department|office|bureau|minister|secretary|committee|commission)\s+(?:of|for)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu.exec(clean) : null;
      if (reordered) this.addAlias(e, `${reordered[2]} ${reordered[1]}`);
      // "NIH" for the National Institutes of Health: a body of three or more capitalised words goes by its initials.
      const letters = kind === "organisation" ? initials(clean) : "";
      if (letters.length >= 3 && letters.length <= 6) this.addAlias(e, letters);
      if (kind === "person") {
        const parts = clean.split(/\s+/);
        if (parts.length > 1) this.addAlias(e, parts.at(-1)!);
        // "Ahmed" for Ahmed Mohamed: people are asked about by their first name too.
        const first = parts[0]!.toLowerCase();
        // Two people with one first name: it names neither.
        if (parts.length > 1 && first.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!)) this.firstNames.set(first, this.firstNames.has(first) && this.firstNames.get(first) !== e ? null : e);
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
    for (const e of this.byId.values()) if (e.kind === "person" && (lastWordOf(e.id) === w || e.aliases.includes(w))) return e;
    // "Ahmed" for Ahmed Mohamed, when the article calls him so and no one else has that first name.
    const byFirst = this.firstNames.get(w);
    if (byFirst) {
      this.addAlias(byFirst, w);
      return byFirst;
    }
    // "Ms Bauchtman" after "Lydia Buchtmann": an article's misspelling of a long surname is the same person.
    if (w.length >= 7) {
      for (const e of this.byId.values()) {
        const surname = lastWordOf(e.id);
        if (e.kind === "person" && e.id.includes(" ") && surname[0] === w[0] && editDistance(surname, w, 2) <= (w.length >= 8 ? 2 : 1)) return e;
      }
    } else if (w.length >= 5 && /^\p{L}+$/u.test(w)) {
      // "Mauer" after "K.C. Maurer": a shorter surname only by one letter dropped or added, never
      // one changed ("Smyth" is not "Smith"), and both at least five letters ("Lang" is not "Lange").
      for (const e of this.byId.values()) {
        const surname = lastWordOf(e.id);
        if (e.kind === "person" && e.id.includes(" ") && surname.length >= 5 && surname.slice(0, 2) === w.slice(0, 2) && Math.abs(surname.length - w.length) === 1 && editDistance(surname, w, 2) === 1) return e;
      }
    }
    return undefined;
  }

  /** The organisation an acronym stands for ("WHO" for the World Health Organisation), remembered as its alias. */
  findByAcronym(name: string): Entity | undefined {
    if (!/^[A-Z]{2,6}$/.test(name)) return undefined;
    for (const e of this.byId.values()) {
      if (e.kind === "person" || initials(e.name) !== name) continue;
      this.addAlias(e, name);
      return e;
    }
    return undefined;
  }

  /** An entity by full name, alias or surname. */
  find(name: string): Entity | undefined {
    const w = name.toLowerCase().replace(/^(the|a|an)\s+/, "");
    return this.byId.get(w) ?? this.findBySurname(w) ?? [...this.byId.values()].find((e) => e.aliases.includes(w)) ?? this.findByAcronym(name.trim());
  }

  all(): Entity[] {
    // "the North" for North Korea when the article has its other half too ("the South"): news shorthand for divided countries.
    const places = [...this.byId.values()].filter((e) => e.kind === "place");
    for (const e of places) {
      const m = /^(north|south|east|west)\s+(\S+)$/.exec(e.id);
      if (!m || !places.some((o) => o !== e && o.id.endsWith(` ${m[2]}`))) continue;
      if (![...this.byId.values()].some((o) => o.aliases.includes(m[1]!))) this.addAlias(e, m[1]!);
    }
    return [...this.byId.values()];
  }
}

/**
 * The initials of the bodies a role names, lowercase ("chairman of the National Transportation Safety
 * Board" → "ntsb"): a question asks for "the NTSB chairman" though the article never writes "NTSB".
 */
export function roleInitials(role: string): string[] {
  return [...role.matchAll(/(?:\p{Lu}[\p{Ll}-]+\s+){2,}\p{Lu}[\p{Ll}-]+/gu)].map((m) => initials(m[0]).toLowerCase()).filter((i) => i.length >= 3 && i.length <= 6);
}

/** "WHO" from "World Health Organisation", "KCNA" from "Korean Central News Agency". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** The last space-separated word of an id ("ann lee" → "lee"): as `split(" ").at(-1)`, without an array for every entity at every look-up. */
function lastWordOf(id: string): string {
  return id.slice(id.lastIndexOf(" ") + 1);
}
