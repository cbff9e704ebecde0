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

/** The values of a Transport (see parseBatch), as fresh objects with flat strings. */
export function unpack(transport: Transport): unknown[] {
  const values = JSON.parse(transport.json) as unknown[];
  for (const [index, value] of transport.exact) values[index] = value;
  return values;
}
