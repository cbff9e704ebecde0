import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeTempDirs } from "../helpers/cli.js";
import { badInputRegister, brokenSyntheticRegister } from "../helpers/corpora.js";
import { cases } from "../validate/bad-input-cases.js";
import { RULE_FIELDS, type RuleFieldSpecs } from "../../src/domain/rules/fields.js";
import { checkRegisterRules } from "../../src/domain/rules/index.js";
import { checkAgainstBase } from "../../src/domain/rules/base-rules.js";
import type { RegisterModel } from "../../src/domain/model.js";
import { keepRuleFields } from "../../src/register/keep-fields.js";
import { idFromPath } from "../../src/register/layout.js";
import { readRegister } from "../../src/register/register-data.js";
import { folderSource } from "../../src/io/fs-source.js";

// validate keeps only RULE_FIELDS of each record of a large register. Here the rules run over complete records
// whose every read is traced; each field they read must be one RULE_FIELDS keeps, or a rule would see it
// missing on large registers only.

const repo = fileURLToPath(new URL("../../", import.meta.url));
const KINDS = { projects: "project", decisions: "decision", meetings: "meeting", reports: "report", lessons: "lesson" } as const;
type Spec = { readonly [key: string]: true | Spec };

afterAll(removeTempDirs);

/** Runs the rules over a register with every read of a record's data traced; returns the field paths read, per kind. */
async function fieldsRead(root: string): Promise<Map<string, Set<string>>> {
  const { model } = await readRegister(folderSource(root));
  const read = new Map<string, Set<string>>();
  for (const [list, kind] of Object.entries(KINDS)) {
    const paths = new Set<string>();
    read.set(kind, paths);
    for (const rec of model[list as keyof typeof KINDS]) (rec as { data: unknown }).data = traced(rec.data, "", paths, new WeakMap());
  }
  checkRegisterRules(model as RegisterModel, (kind, file) => idFromPath(kind, file));
  // validate --base reads the working tree's records as the fork point's and the target's (baseSnapshots).
  checkAgainstBase({ model, textOf: () => "" }, { model, textOf: () => "" }, { model, label: "main" });
  return read;
}

/**
 * The value behind a proxy that notes each field read as a path ("participants.role": list items are not
 * named). Listing an object's keys notes "<path>.*": the rule needs all of it.
 */
function traced(value: unknown, path: string, paths: Set<string>, proxies: WeakMap<object, object>): unknown {
  if (value === null || typeof value !== "object") return value;
  const known = proxies.get(value);
  if (known) return known;
  const list = Array.isArray(value);
  const field = (key: string) => (path === "" ? key : `${path}.${key}`);
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const inner: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return inner;
      if (list) return /^\d+$/.test(key) ? traced(inner, path, paths, proxies) : inner;
      paths.add(field(key));
      return traced(inner, field(key), paths, proxies);
    },
    has(target, key) {
      if (typeof key === "string" && !list) paths.add(field(key));
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      if (!list) paths.add(field("*"));
      return Reflect.ownKeys(target);
    },
  });
  proxies.set(value, proxy);
  return proxy;
}

/** Whether keeping `spec` keeps the field at `path` (a path ending in "*" needs the whole object kept). */
function kept(spec: Spec, path: string): boolean {
  let node: true | Spec = spec;
  for (const key of path.split(".")) {
    if (node === true) return true;
    if (key === "*" || !Object.hasOwn(node, key)) return false;
    node = node[key]!;
  }
  return true;
}

function expectKept(read: Map<string, Set<string>>, corpus: string): void {
  for (const [kind, paths] of read) {
    const spec = RULE_FIELDS[kind as keyof RuleFieldSpecs] as Spec;
    const missing = [...paths].filter((path) => !kept(spec, path));
    expect(missing, `${corpus}: ${kind} fields the rules read but RULE_FIELDS drops (add them in src/domain/rules/fields.ts)`).toEqual([]);
  }
}

describe("RULE_FIELDS holds every field the register rules read", () => {
  it("on the sample register", async () => {
    const read = await fieldsRead(join(repo, "register"));
    // The tracing sees the rules at work: the reads that drive the lifecycle replay and the roster checks.
    expect(read.get("decision")).toContain("type");
    expect(read.get("decision")).toContain("present");
    expect(read.get("project")).toContain("participants.municipality");
    expectKept(read, "sample register");
  });

  it("on the bad-input corpus", async () => {
    const configCases = cases.filter((c) => c.file === "ikz.yaml").length;
    for (const configCase of [undefined, ...Array.from({ length: configCases }, (_, i) => i)]) expectKept(await fieldsRead(badInputRegister(configCase)), `bad-input case ${configCase}`);
  });

  it("on a synthetic register with injected errors", async () => {
    const { root } = await brokenSyntheticRegister(120);
    expectKept(await fieldsRead(root), "synthetic register");
  }, 60_000);

  it("and the check itself finds a field the rules read that a narrower spec would drop", () => {
    const read = new Map([["report", new Set(["project", "milestones.id", "lights.*"])]]);
    expect(() => expectKept(read, "made up")).toThrow(/lights\.\*/);
    expect(kept({ scores: true }, "scores.*")).toBe(true);
    expect(kept({ milestones: { id: true } }, "milestones.done")).toBe(false);
  });
});

describe("keepRuleFields", () => {
  it("keeps the listed fields of records and of the objects in their lists, in the file's order", () => {
    const report = { project: "IKZ-2025-001", author: "A", period: "2025-Q1", lights: { overall: "green" }, milestones: [{ id: "M1", status: "done", date: "2025-01-01" }, { id: "M2" }] };
    expect(JSON.stringify(keepRuleFields("report", report))).toBe('{"project":"IKZ-2025-001","period":"2025-Q1","milestones":[{"id":"M1"},{"id":"M2"}]}');
  });

  it("keeps a field marked whole with everything in it, and the configuration as it is", () => {
    const project = { id: "IKZ-2025-001", title: "T", scores: { a: 1, b: 2 }, participants: [{ municipality: "x", role: "lead", extra: 1 }] };
    expect(keepRuleFields("project", project)).toEqual({ id: "IKZ-2025-001", scores: { a: 1, b: 2 }, participants: [{ municipality: "x", role: "lead", extra: 1 }] });
    const config = { name: "X", municipalities: [] };
    expect(keepRuleFields("config", config)).toBe(config);
  });

  it("never copies a key that only an object's prototype knows", () => {
    const tricky = JSON.parse('{"id":"B-2025-001","constructor":1,"toString":2,"__proto__":{"x":1}}') as unknown;
    expect(keepRuleFields("decision", tricky)).toEqual({ id: "B-2025-001" });
  });
});
