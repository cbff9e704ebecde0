import { describe, expect, it } from "vitest";
import type { Finding, FindingSummary } from "../../src/domain/finding.js";
import { escapeData, escapeProperty, renderGithub } from "../../src/render/findings/github.js";
import { fingerprintFindings, renderGitlab } from "../../src/render/findings/gitlab.js";
import { findingFormats, isFindingFormat, renderFindings } from "../../src/render/findings/index.js";
import { renderJson } from "../../src/render/findings/json.js";
import { renderJunit } from "../../src/render/findings/junit.js";
import type { RenderOptions } from "../../src/render/findings/options.js";
import { renderSarif } from "../../src/render/findings/sarif.js";
import { formatSummaryLine, renderText } from "../../src/render/findings/text.js";
import { plainStyler, type Styler } from "../../src/render/styler.js";

const ref: Finding = {
  code: "IKZ-REF-001",
  severity: "error",
  file: "projects/IKZ-2025-003-x.md",
  line: 7,
  column: 9,
  path: "participants[1].municipality",
  pointer: "/participants/1/municipality",
  message: "Gemeinde „Mörfelden“ unbekannt",
};
const tricky: Finding = {
  code: "IKZ-SCHEMA-004",
  severity: "warning",
  file: "projects/IKZ-2025-004-grün über.md",
  line: 3,
  column: 1,
  path: "title",
  pointer: "/title",
  message: 'Titel 100% zu lang: a,b\n<script>alert("x")</script> & \'so\'\n::error::owned',
};
const yaml: Finding = {
  code: "IKZ-YAML-001",
  severity: "error",
  file: "projects/IKZ-2025-005-y.md",
  line: 2,
  column: 4,
  path: "",
  pointer: "",
  message: "YAML-Syntaxfehler",
};
const findings = [ref, tricky, yaml];
const summary: FindingSummary = { files: 12, errors: 2, warnings: 1 };
const de: RenderOptions = { lang: "de", color: plainStyler, toolVersion: "0.1.0" };
const en: RenderOptions = { ...de, lang: "en" };
const prefixed: RenderOptions = { ...de, pathPrefix: "register" };

describe("text", () => {
  it("prints one line per finding, a blank line and the summary", () => {
    const lines = renderText([ref, yaml], summary, de).split("\n");
    expect(lines).toEqual([
      "projects/IKZ-2025-003-x.md:7:9: Fehler IKZ-REF-001 participants[1].municipality: Gemeinde „Mörfelden“ unbekannt",
      "projects/IKZ-2025-005-y.md:2:4: Fehler IKZ-YAML-001: YAML-Syntaxfehler",
      "",
      "12 Dateien geprüft: 2 Fehler, 1 Warnung",
      "",
    ]);
  });

  it("speaks English and indents continuation lines of multi-line messages", () => {
    const out = renderText([tricky], { files: 1, errors: 0, warnings: 1 }, en);
    expect(out.split("\n")[0]).toBe("projects/IKZ-2025-004-grün über.md:3:1: warning IKZ-SCHEMA-004 title: Titel 100% zu lang: a,b");
    expect(out.split("\n")[1]).toBe('    <script>alert("x")</script> & \'so\'');
    expect(out.endsWith("\n\n1 file checked: no errors, 1 warning\n")).toBe(true);
  });

  it("gets singular and plural right in both languages", () => {
    const line = (s: FindingSummary, o: RenderOptions) => formatSummaryLine(s, o);
    expect(line({ files: 1, errors: 1, warnings: 2 }, de)).toBe("1 Datei geprüft: 1 Fehler, 2 Warnungen");
    expect(line({ files: 12, errors: 0, warnings: 0 }, de)).toBe("12 Dateien geprüft: keine Fehler, keine Warnungen");
    expect(line({ files: 1, errors: 1, warnings: 2 }, en)).toBe("1 file checked: 1 error, 2 warnings");
    expect(line({ files: 12, errors: 2, warnings: 1 }, en)).toBe("12 files checked: 2 errors, 1 warning");
    expect(line({ files: 12, errors: 0, warnings: 0 }, en)).toBe("12 files checked: no errors, no warnings");
    expect(renderText([], { files: 0, errors: 0, warnings: 0 }, de)).toBe("0 Dateien geprüft: keine Fehler, keine Warnungen\n");
  });

  it("colours the severity through the styler and strips terminal escapes from content", () => {
    const tag = (t: string) => (s: string) => `<${t}>${s}</${t}>`;
    const color: Styler = { red: tag("r"), yellow: tag("y"), bold: (s) => s, dim: (s) => s, green: tag("g") };
    const evil = { ...ref, message: "rot\u001b[31m\u0007" };
    const out = renderText([evil, tricky], summary, { ...de, color });
    expect(out).toContain(": <r>Fehler</r> IKZ-REF-001");
    expect(out).toContain(": <y>Warnung</y> IKZ-SCHEMA-004");
    expect(out).not.toContain("\u001b");
    expect(out).toContain("rot\uFFFD[31m\uFFFD");
  });
});

describe("json", () => {
  it("round-trips to the documented shape", () => {
    const out = renderJson(findings, summary, de);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out.split("\n")[1]).toBe('  "version": 1,');
    expect(JSON.parse(out)).toEqual({ version: 1, summary, findings });
  });
});

describe("github", () => {
  const out = renderGithub(findings, summary, prefixed);
  const lines = out.split("\n");

  it("escapes data and properties like actions/toolkit", () => {
    expect(escapeData("100% a:b,c\r\nx")).toBe("100%25 a:b,c%0D%0Ax");
    expect(escapeProperty("100% a:b,c\r\nx")).toBe("100%25 a%3Ab%2Cc%0D%0Ax");
  });

  it("emits one annotation per finding with repo paths and escaped text", () => {
    expect(lines[0]).toBe(
      "::error file=register/projects/IKZ-2025-003-x.md,line=7,col=9,title=IKZ-REF-001::participants[1].municipality: Gemeinde „Mörfelden“ unbekannt",
    );
    expect(lines[1]).toBe(
      "::warning file=register/projects/IKZ-2025-004-grün über.md,line=3,col=1,title=IKZ-SCHEMA-004::" +
        "title: Titel 100%25 zu lang: a,b%0A<script>alert(\"x\")</script> & 'so'%0A::error::owned",
    );
    expect(lines[2]).toBe("::error file=register/projects/IKZ-2025-005-y.md,line=2,col=4,title=IKZ-YAML-001::YAML-Syntaxfehler");
  });

  it("wraps the full listing in stop-commands with a reproducible token", () => {
    const start = lines[3] ?? "";
    expect(start).toMatch(/^::stop-commands::[0-9a-f]{64}$/);
    const token = start.slice("::stop-commands::".length);
    expect(lines.at(-2)).toBe(`::${token}::`);
    expect(lines.at(-1)).toBe("");
    expect(lines.filter((l) => l.includes(token))).toHaveLength(2);
    expect(renderGithub(findings, summary, prefixed)).toBe(out);
    const listing = lines.slice(4, -2);
    expect(listing).toContain("12 Dateien geprüft: 2 Fehler, 1 Warnung");
    expect(listing.some((l) => l.startsWith("projects/IKZ-2025-003-x.md:7:9: Fehler IKZ-REF-001"))).toBe(true);
    // The runner trims leading whitespace, so no listing line may start with "::" even after trimming.
    expect(listing.filter((l) => l.trimStart().startsWith("::"))).toEqual([]);
    expect(listing).toContain(">     ::error::owned");
  });

  it("never lets a message start a command on its own line", () => {
    const commands = lines.filter((l) => l.startsWith("::"));
    expect(commands).toHaveLength(findings.length + 2);
    expect(out).not.toContain("\r");
  });
});

describe("gitlab", () => {
  const out = renderGitlab(findings, summary, prefixed);
  const issues = JSON.parse(out) as Array<Record<string, unknown>>;

  it("is a pretty JSON array without BOM", () => {
    expect(out.charCodeAt(0)).toBe("[".charCodeAt(0));
    expect(out.endsWith("]\n")).toBe(true);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toEqual({
      description: "IKZ-REF-001 participants[1].municipality: Gemeinde „Mörfelden“ unbekannt",
      check_name: "IKZ-REF-001",
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: "major",
      location: { path: "register/projects/IKZ-2025-003-x.md", lines: { begin: 7 } },
    });
    expect(issues[2]?.description).toBe("IKZ-YAML-001: YAML-Syntaxfehler");
  });

  it("maps severities", () => {
    expect(issues.map((i) => i.severity)).toEqual(["major", "minor", "critical"]);
  });

  it("has unique fingerprints that are stable across runs and line moves", () => {
    const twins = [yaml, { ...yaml, line: 9 }, { ...yaml, line: 12 }, ref];
    const prints = fingerprintFindings(twins);
    expect(new Set(prints).size).toBe(4);
    expect(fingerprintFindings(twins)).toEqual(prints);
    expect(fingerprintFindings([{ ...ref, line: 40 }])).toEqual(fingerprintFindings([ref]));
    expect(renderGitlab(findings, summary, prefixed)).toBe(out);
  });
});

describe("junit", () => {
  const out = renderJunit(findings, summary, prefixed);

  it("is well-formed XML with escaped content", () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ikz validate" tests="3" failures="2" errors="0" time="0">')).toBe(true);
    checkWellFormed(out);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;so&apos;");
  });

  it("makes errors failures and warnings passing testcases", () => {
    expect(out).toContain(
      '<testcase classname="register/projects/IKZ-2025-003-x.md" name="IKZ-REF-001 participants[1].municipality" ' +
        'file="register/projects/IKZ-2025-003-x.md" line="7" time="0">',
    );
    expect(out).toContain(
      '<failure message="Gemeinde „Mörfelden“ unbekannt" type="IKZ-REF-001">register/projects/IKZ-2025-003-x.md:7:9 Gemeinde „Mörfelden“ unbekannt</failure>',
    );
    expect(out.match(/<failure /g)).toHaveLength(2);
    expect(out).toContain("<system-out>register/projects/IKZ-2025-004-grün über.md:3:1 Titel 100% zu lang");
    expect(out.match(/<testsuite /g)).toHaveLength(3);
  });

  it("drops characters XML 1.0 forbids and keeps testcase names unique", () => {
    const bad = { ...yaml, message: "a\u0000b\u000Bc\u001Fd\uFFFEe" };
    const xml = renderJunit([bad, { ...bad, line: 5 }], { files: 1, errors: 2, warnings: 0 }, de);
    checkWellFormed(xml);
    expect(xml).toContain(">projects/IKZ-2025-005-y.md:2:4 abcde</failure>");
    expect(xml).toContain('name="IKZ-YAML-001"');
    expect(xml).toContain('name="IKZ-YAML-001 (2)"');
  });

  it("uses a checker that rejects broken XML", () => {
    for (const bad of ["<a><b></a></b>", "<a>x & y</a>", '<a t="<">', "<a>", "<a/><b/>", "<a>&foo;</a>"]) {
      expect(() => checkWellFormed(bad)).toThrow(/not well-formed/);
    }
  });

  it("reports one passing testcase when the register is clean", () => {
    const xml = renderJunit([], { files: 12, errors: 0, warnings: 0 }, de);
    checkWellFormed(xml);
    expect(xml).toContain('<testcase classname="register" name="register" time="0"/>');
    expect(xml).not.toContain("<failure");
  });
});

describe("sarif", () => {
  const out = renderSarif(findings, summary, prefixed);
  const log = JSON.parse(out) as {
    version: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<{ id: string; help: { text: string } }> } };
      results: Array<Record<string, any>>;
    }>;
  };

  it("has the required structure", () => {
    expect(Object.keys(log)[0]).toBe("version");
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("ikz");
    expect(run.tool.driver.version).toBe("0.1.0");
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(["IKZ-REF-001", "IKZ-SCHEMA-004", "IKZ-YAML-001"]);
    expect(run.results).toHaveLength(3);
    for (const r of run.results) {
      expect(ids).toContain(r.ruleId);
      expect(ids[r.ruleIndex]).toBe(r.ruleId);
    }
  });

  it("locates results by percent-encoded repo URI and shares gitlab fingerprints", () => {
    const [first, second] = log.runs[0]!.results;
    expect(first?.level).toBe("error");
    expect(first?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "register/projects/IKZ-2025-003-x.md" },
      region: { startLine: 7, startColumn: 9 },
    });
    expect(second?.level).toBe("warning");
    expect(second?.locations[0].physicalLocation.artifactLocation.uri).toBe(
      "register/projects/IKZ-2025-004-gr%C3%BCn%20%C3%BCber.md",
    );
    expect(log.runs[0]!.results.map((r) => r.partialFingerprints["ikz/v1"])).toEqual(fingerprintFindings(findings));
  });
});

describe("renderFindings", () => {
  it("dispatches every format", async () => {
    expect(findingFormats).toEqual(["text", "json", "github", "gitlab", "junit", "sarif"]);
    expect(isFindingFormat("sarif")).toBe(true);
    expect(isFindingFormat("xml")).toBe(false);
    expect(await renderFindings("json", findings, summary, de)).toBe(renderJson(findings, summary, de));
    for (const format of findingFormats) expect((await renderFindings(format, findings, summary, de)).endsWith("\n")).toBe(true);
  });
});

/** A small XML well-formedness check: balanced tags, quoted attributes, only known entities. */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let rootClosed = false;
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`not well-formed at ${i}: ${why}`);
  };
  const checkEntities = (s: string) => {
    for (let at = s.indexOf("&"); at !== -1; at = s.indexOf("&", at + 1)) {
      const end = s.indexOf(";", at);
      const name = end === -1 ? "" : s.slice(at + 1, end);
      const numeric = name.startsWith("#") && name.length > 1 && [...name.slice(1)].every((c) => c >= "0" && c <= "9");
      if (!numeric && !["amp", "lt", "gt", "quot", "apos"].includes(name)) fail(`bad entity ${name}`);
    }
  };
  if (xml.startsWith("<?xml")) i = xml.indexOf("?>") + 2;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    checkEntities(text);
    if (stack.length === 0 && text.trim() !== "") fail("text outside the root element");
    if (lt === -1) break;
    // Scan to the closing ">" outside quotes.
    let j = lt + 1;
    let quote = "";
    for (; j < xml.length; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = "";
        else if (c === "<") fail("< in attribute value");
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
    }
    if (j >= xml.length) fail("unterminated tag");
    const tag = xml.slice(lt + 1, j);
    checkEntities(tag);
    if (tag.startsWith("/")) {
      if (stack.pop() !== tag.slice(1).trim()) fail(`unbalanced </${tag.slice(1)}>`);
      rootClosed = stack.length === 0;
    } else {
      const selfClosing = tag.endsWith("/");
      const name = tag.split(/[\s/]/)[0] ?? "";
      if (name === "") fail("empty tag name");
      if (rootClosed) fail("second root element");
      if (!selfClosing) stack.push(name);
      else rootClosed = stack.length === 0;
    }
    i = j + 1;
  }
  if (stack.length > 0) fail(`unclosed ${stack.join(",")}`);
}
