/** Lists of strings up to this long are shared (rosters, exclusions); longer ones are rarely repeated. */
const MAX_SHARED_LIST = 16;

/**
 * One copy of each string value across many records. A large register repeats the same values tens of
 * thousands of times (decision types, bodies, municipality and project IDs), and every JSON.parse makes its own
 * copy of each string longer than a few characters. Keeping one copy roughly halves the memory the records' strings take.
 *
 * Short lists of strings are shared too: every decision lists the members present, and a steering group has
 * few rosters (77 000 lists at 10 000 projects, about 7 MB). A shared list is frozen, so that a change to one
 * record's list would throw instead of changing the others.
 */
export class StringPool {
  readonly #pool = new Map<string, string>();
  readonly #lists = new Map<string, readonly string[]>();

  /** The value with every string in it (values, not keys – keys are shared by V8 already) replaced by its pooled copy. */
  intern<T>(value: T): T {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return this.#walk(value) as T;
    // A record's own ID is unique: pooling it would only grow the pool.
    const record = value as Record<string, unknown>;
    for (const key in record) if (key !== "id") record[key] = this.#walk(record[key]);
    return value;
  }

  #walk(value: unknown): unknown {
    if (typeof value === "string") return this.#string(value);
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      let strings = value.length <= MAX_SHARED_LIST;
      for (let i = 0; i < value.length; i++) {
        const item = this.#walk(value[i]);
        if (typeof item !== "string") strings = false;
        value[i] = item;
      }
      return strings ? this.#list(value as string[]) : value;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = this.#walk(record[key]);
    return value;
  }

  #list(list: string[]): readonly string[] {
    const key = JSON.stringify(list);
    const shared = this.#lists.get(key);
    if (shared !== undefined) return shared;
    this.#lists.set(key, Object.freeze(list));
    return list;
  }

  #string(value: string): string {
    // Strings up to 10 characters come out of JSON.parse shared already (V8 internalizes them).
    if (value.length <= 10) return value;
    const pooled = this.#pool.get(value);
    if (pooled !== undefined) return pooled;
    this.#pool.set(value, value);
    return value;
  }
}
