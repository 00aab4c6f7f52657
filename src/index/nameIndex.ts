// The people and organisations of the knowledge, by exact alias and by fuzzy name (fuse.js,
// which is at its best on short strings), with every title each person holds.
import { roleInitials, type Entity } from "../analysis/entities.ts";
import { POST_NOMINAL_ROLES } from "../analysis/lexicon.ts";
import { contentTerms, foldTypography, words } from "../analysis/text.ts";
import { tuning } from "../tuning.ts";
import { FilteredFuse } from "./typoCandidates.ts";
import type { IndexedSentence, KnownEntity } from "./types.ts";

type Alias = { entity: string; alias: string };

/** A role of someone quoted, with its canonical words and those of their name. */
export interface SpeakerRole {
  entity: KnownEntity;
  role: string;
  terms: Set<string>;
  nameTerms: Set<string>;
}

/** A person's title or multi-word alias with its canonical words. */
export interface RoleTerms {
  entity: KnownEntity;
  role: string;
  terms: Set<string>;
}

/** Initials written with full stops ("u.s.", "u.n."). */
const DOTTED_INITIALS = /(?:^|\s)(?:\p{L}\.){2,}/u;
const DOTTED_INITIALS_ALL = /(?<=^|\s)(?:\p{L}\.){2,}/gu;

export class NameIndex {
  readonly entities = new Map<string, KnownEntity>();
  private readonly aliasMap = new Map<string, string>();
  private names: FilteredFuse<Alias> | null = null;
  /** In a large archive, the names again by the first letter of each of their words (see `findEntities`). */
  private namesByLetter: Map<string, FilteredFuse<Alias>> | null = null;
  private roles: RoleTerms[] | null = null;
  private readonly speakerRoles = new Map<string, SpeakerRole[]>();

  /** One article's entities, merged with the same entities of other articles. */
  addEntities(entities: Entity[]): void {
    for (const e of entities) {
      const known = this.entities.get(e.id);
      if (known) {
        for (const r of e.roles) if (!known.roles.includes(r)) known.roles.push(r);
        for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      } else this.entities.set(e.id, { ...e, roles: [...e.roles], aliases: [...e.aliases], statements: [], sentences: [] });
    }
  }

  /** Records which entities a sentence names and which statements it attributes to them. */
  addSentence(s: IndexedSentence): void {
    for (const id of s.entities) this.entities.get(id)?.sentences.push(s.id);
    for (const st of s.statements) this.entities.get(st.speaker)?.statements.push({ sentence: s.id, statement: st });
  }

  /** Once every entity is added: the aliases a question may use, and the fuzzy name search. */
  *build(): Generator<string> {
    const aliases: Alias[] = [];
    for (const e of this.entities.values()) {
      // "New York Times" is also "NYT"; "Islamic Revolution Guards Corps", "IRGC".
      const parts = e.id.split(/\s+/).filter((w) => !/^(of|the|and|for)$/.test(w));
      if (e.kind === "organisation" && parts.length >= 2) e.aliases.push(parts.map((w) => w[0]).join(""));
      // Questions are read as words, so "al-Kadhimi" is also "al kadhimi" and "kadhimi".
      const hyphenated = [e.id, ...e.aliases].filter((a) => a.includes("-"));
      for (const a of hyphenated) e.aliases.push(a.replace(/-/g, " "), a.split(/[\s-]/).at(-1)!);
      // ... and initials as a question's words read them: "u.s. military" is asked as "usa military", "u.n. agency" as "un agency".
      for (const a of [e.id, ...e.aliases].filter((x) => DOTTED_INITIALS.test(x))) e.aliases.push(words(a.replace(DOTTED_INITIALS_ALL, (m) => m.toUpperCase())).join(" "));
      for (const a of [e.id, ...e.aliases]) {
        aliases.push({ entity: e.id, alias: a });
        if (!this.aliasMap.has(a)) this.aliasMap.set(a, e.id);
        // A question's words are read without accents ("rakitic" for "Rakitić"): the name is found by them too.
        const plain = foldTypography(a).toLowerCase();
        if (plain !== a && !this.aliasMap.has(plain)) this.aliasMap.set(plain, e.id);
      }
    }
    yield "names";
    const nameOptions = { keys: ["alias"], includeScore: true, threshold: tuning.names.threshold, ignoreLocation: true };
    this.names = new FilteredFuse(aliases, (a) => a.alias, nameOptions);
    if (aliases.length >= tuning.names.byLetterFrom) {
      const byLetter = new Map<string, Alias[]>();
      for (const a of aliases) {
        for (const letter of new Set(a.alias.toLowerCase().split(/[\s-]+/).map((w) => w.charAt(0)).filter(Boolean))) {
          const list = byLetter.get(letter);
          if (list) list.push(a);
          else byLetter.set(letter, [a]);
        }
      }
      this.namesByLetter = new Map();
      for (const [letter, list] of byLetter) {
        yield "names";
        this.namesByLetter.set(letter, new FilteredFuse(list, (a) => a.alias, nameOptions));
      }
    }
    yield "names";
    this.roleTerms();
    yield "names";
    // Who holds a role a question names ("the director of the study") is looked up by the role's
    // words here, not searched for among every entity per question (see findSpeakerByRole).
    let k = 0;
    for (const e of this.entities.values()) {
      if (++k % 500 === 0) yield "speaker roles";
      if (e.statements.length === 0) continue;
      const nameTerms = new Set(contentTerms(e.name));
      // A body or group with no one's name ("the union", "the police spokesman") is found by its own words, as a role.
      const ownName = e.kind === "group" ? [e.name] : [];
      for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" ")), ...ownName]) {
        const terms = new Set([...contentTerms(withRankMeanings(role)), ...roleInitials(role)]);
        const entry: SpeakerRole = { entity: e, role, terms, nameTerms };
        for (const t of terms) {
          const list = this.speakerRoles.get(t);
          if (list) list.push(entry);
          else this.speakerRoles.set(t, [entry]);
        }
      }
    }
  }

  /** The roles (titles, multi-word aliases) of everyone quoted that hold the canonical word `term`, in entity then role order. */
  speakerRolesWith(term: string): readonly SpeakerRole[] {
    return this.speakerRoles.get(term) ?? [];
  }

  /** Every person's titles and multi-word aliases with their canonical words (computed while building). */
  roleTerms(): RoleTerms[] {
    if (!this.roles) {
      this.roles = [];
      for (const e of this.entities.values()) {
        if (e.kind !== "person") continue;
        for (const role of [...e.roles, ...e.aliases.filter((a) => a.includes(" "))]) {
          const terms = new Set(contentTerms(role));
          if (terms.size) this.roles.push({ entity: e, role, terms });
        }
      }
    }
    return this.roles;
  }

  /** Entities whose name or alias fuzzily matches `text`, best first. */
  findEntities(text: string, limit = 5): Array<{ entity: KnownEntity; score: number; alias: string }> {
    // Fuzzy matching costs with the length of the text times the number of names: no name is this long.
    if (text.length > tuning.names.maxQueryLength) return [];
    // In a large archive, only names with a word starting with the text's first letter: a scan of
    // every name per question word cost 50-150 ms at 20,000 names. Scores are the same either way.
    const names = this.namesByLetter ? this.namesByLetter.get(text.trim().charAt(0).toLowerCase()) : this.names;
    if (!names) return [];
    const seen = new Set<string>();
    const out: Array<{ entity: KnownEntity; score: number; alias: string }> = [];
    for (const r of names.search(text, limit * 3)) {
      if (seen.has(r.item.entity)) continue;
      seen.add(r.item.entity);
      out.push({ entity: this.entities.get(r.item.entity)!, score: r.score ?? 1, alias: r.item.alias });
    }
    return out.slice(0, limit);
  }

  /** The exact alias index, for matching word sequences of a question. */
  entityByAlias(alias: string): KnownEntity | undefined {
    const id = this.aliasMap.get(alias.toLowerCase());
    return id ? this.entities.get(id) : undefined;
  }
}

/** A role with what its ranks say spelt out ("Crown prosecutor, QC" → "… QC barrister lawyer counsel"), for finding people by profession. */
function withRankMeanings(role: string): string {
  const meanings = role.split(/,\s*|\s+/).flatMap((w) => (Object.hasOwn(POST_NOMINAL_ROLES, w) ? [POST_NOMINAL_ROLES[w]!] : []));
  return meanings.length ? `${role} ${meanings.join(" ")}` : role;
}
