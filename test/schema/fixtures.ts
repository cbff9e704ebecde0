import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";

export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));
export const KINDS = ["config", "project", "decision", "meeting", "report", "lesson"] as const;
export type Kind = (typeof KINDS)[number];

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: depending on the loader the default import is the plugin or the module with `.default`.
const formats = formatsModule as unknown as FormatsPlugin | { default: FormatsPlugin };
const addFormats: FormatsPlugin = typeof formats === "function" ? formats : formats.default;

/** Every schema file as parsed JSON, by file name. */
export function readSchemas(): Map<string, Record<string, unknown>> {
  const schemas = new Map<string, Record<string, unknown>>();
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")).sort()) {
    schemas.set(name, JSON.parse(readFileSync(`${SCHEMA_DIR}${name}`, "utf8")) as Record<string, unknown>);
  }
  return schemas;
}

/** Compiles all schemas with the settings the brief pins (strict, all errors, no union types, formats). */
export function compileAll(): { ajv: Ajv2020; validate: (kind: Kind, data: unknown) => ErrorObject[] } {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: false });
  addFormats(ajv);
  for (const schema of readSchemas().values()) ajv.addSchema(schema);
  const validators = new Map(
    KINDS.map((kind) => {
      const validate = ajv.getSchema(`https://ikz.example/schemas/${kind}.schema.json`);
      if (!validate) throw new Error(`schema missing: ${kind}`);
      return [kind, validate] as const;
    }),
  );
  return {
    ajv,
    validate(kind, data) {
      const validate = validators.get(kind)!;
      return validate(data) ? [] : [...(validate.errors ?? [])];
    },
  };
}

/** Smallest valid record of each kind; tests spread and change copies. */
export function minimal(kind: Kind): Record<string, unknown> {
  switch (kind) {
    case "config":
      return {
        schema_version: 1,
        name: "IKZ im Kreis Groß-Gerau",
        municipalities: [
          { id: "trebur", name: "Trebur", kind: "municipality", region: "mittelkreis", council: "municipal_council" },
          { id: "kreis-gross-gerau", name: "Kreis Groß-Gerau", kind: "district", council: "district_council" },
        ],
        steering_group: {
          name: "IKZ-Lenkungsgruppe",
          quorum: 1,
          majority: "simple",
          members: [{ id: "sittmann", name: "Carsten Sittmann", role: "mayor_middle", represents: "trebur", from: "2020-01-01" }],
        },
        fields: [{ id: "finanzen", name: "Finanzen" }],
      };
    case "project":
      return { id: "IKZ-2025-003", title: "Gemeinsame Vollstreckungsstelle Südkreis", field: "finanzen", phase: "idea", created: "2025-01-15" };
    case "decision":
      return { id: "B-2025-014", date: "2025-05-20", type: "start_interest", outcome: "approved", body: "steering_group", mode: "consensus", project: "IKZ-2025-003" };
    case "meeting":
      return { id: "LG-2025-02", date: "2025-05-20", kind: "regular", status: "planned" };
    case "report":
      return { project: "IKZ-2025-003", period: "2025-Q2", kind: "quarterly", submitted: "2025-07-20", lights: { overall: "green" } };
    case "lesson":
      return { id: "LL-2025-001", title: "Gremienbeschlüsse früh planen", date: "2025-11-03", kind: "note", category: "legal", released: false };
  }
}

/** A project in `implementation` with everything its phase needs. */
export function implementationProject(): Record<string, unknown> {
  return {
    ...minimal("project"),
    phase: "implementation",
    lead: "riedstadt",
    participants: [
      { municipality: "riedstadt", role: "lead", cost_share: 50 },
      { municipality: "gernsheim", role: "partner", cost_share: 50 },
    ],
    project_manager: { name: "Anna Beispiel", email: "a.beispiel@riedstadt.de", municipality: "riedstadt" },
    legal_form: "oerv_mandate",
    milestones: [{ id: "M1", title: "Vereinbarung unterzeichnet", due: "2025-09-30", done: "2025-09-15", gate: true }],
    council_resolutions: [
      { municipality: "riedstadt", body: "Stadtverordnetenversammlung Riedstadt", date: "2025-06-26", result: "approved", reference: "Drucksache 2025/041" },
      { municipality: "gernsheim", date: "2025-06-30", result: "approved" },
    ],
    agreement: { type: "Öffentlich-rechtliche Vereinbarung (Mandat)", signed: "2025-09-15", effective: "2026-01-01", supervision: "notified" },
  };
}

/** A copy of a record without some keys. */
export function omit(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** Short description of errors for assertion messages. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || "/"} ${e.keyword} ${JSON.stringify(e.params)}`).join("\n");
}
