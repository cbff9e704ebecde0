// A small YAML emitter for the benchmark generator: block mappings, flow lists of short scalars,
// block lists of mappings, and scalars quoted only when the YAML 1.2 core schema would read them
// as something other than the string (or when they contain indicators). Dates stay unquoted.

const CORE_NON_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

function needsQuote(s, flow) {
  if (s === "") return true;
  if (s !== s.trim()) return true;
  if (/[\n\r\t\u0000-\u001f\u007f\u2028\u2029\ufeff]/.test(s)) return true;
  if (INDICATOR_START.test(s)) return true;
  if (s.includes(": ") || s.includes(" #") || s.endsWith(":")) return true;
  if (flow && /[,[\]{}]/.test(s)) return true;
  return CORE_NON_STRING.some((re) => re.test(s));
}

/** One scalar as YAML text; strings that need it are written as JSON strings (valid YAML double-quoted). */
export function scalar(value, flow = false) {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot emit ${value}`);
    return String(value);
  }
  if (typeof value !== "string") throw new Error(`not a scalar: ${typeof value}`);
  return needsQuote(value, flow) ? JSON.stringify(value) : value;
}

const isScalar = (v) => v === null || typeof v !== "object";

function emitMap(obj, indent, out) {
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const head = `${indent}${scalar(key)}:`;
    if (Array.isArray(value)) {
      if (value.length === 0) {
        out.push(`${head} []`);
      } else if (value.every(isScalar)) {
        const flow = `[${value.map((v) => scalar(v, true)).join(", ")}]`;
        if (flow.length <= 100) out.push(`${head} ${flow}`);
        else {
          out.push(head);
          for (const v of value) out.push(`${indent}  - ${scalar(v)}`);
        }
      } else {
        out.push(head);
        for (const item of value) emitSeqItem(item, indent, out);
      }
    } else if (value !== null && typeof value === "object") {
      if (Object.keys(value).length === 0) out.push(`${head} {}`);
      else {
        out.push(head);
        emitMap(value, `${indent}  `, out);
      }
    } else {
      out.push(`${head} ${scalar(value)}`);
    }
  }
}

function emitSeqItem(item, indent, out) {
  if (isScalar(item)) {
    out.push(`${indent}  - ${scalar(item)}`);
    return;
  }
  if (Array.isArray(item)) throw new Error("nested sequences are not used in records");
  const lines = [];
  emitMap(item, `${indent}    `, lines);
  if (lines.length === 0) {
    out.push(`${indent}  - {}`);
    return;
  }
  lines[0] = `${indent}  - ${lines[0].slice(indent.length + 4)}`;
  out.push(...lines);
}

/** A plain-data mapping as a YAML block (no document markers), ending with a newline. */
export function toYaml(obj) {
  const out = [];
  emitMap(obj, "", out);
  return out.join("\n") + "\n";
}

/** A Markdown record: front matter between `---` lines, then the body. */
export function toRecord(frontMatter, body) {
  return `---\n${toYaml(frontMatter)}---\n\n${body.trimEnd()}\n`;
}
