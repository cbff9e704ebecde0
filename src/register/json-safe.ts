/** Whether JSON.stringify → JSON.parse gives back exactly this value (plain YAML data: no cycles, no undefined). */
export function jsonSafe(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(jsonSafe);
  for (const key of Object.keys(value)) if (key === "__proto__" || !jsonSafe((value as Record<string, unknown>)[key])) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** Plain data as JSON text plus the values JSON cannot carry exactly (null in the text, kept aside). */
export interface Transport {
  json: string;
  exact: Array<[index: number, data: unknown]>;
}

/** Packs a list of values for another thread (or to drop the file texts their strings still point into). */
export function pack(values: unknown[]): Transport {
  const exact: Transport["exact"] = [];
  const plain = values.map((value, i) => {
    if (jsonSafe(value)) return value;
    exact.push([i, value]);
    return null;
  });
  return { json: JSON.stringify(plain), exact };
}

/** The values of `pack`, as fresh objects with flat strings. */
export function unpack(transport: Transport): unknown[] {
  const values = JSON.parse(transport.json) as unknown[];
  for (const [index, value] of transport.exact) values[index] = value;
  return values;
}
