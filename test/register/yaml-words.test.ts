import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/register/front-matter.js";
import { describeIssue } from "../../src/register/to-findings.js";

describe("YAML syntax findings in German words", () => {
  it("names the duplicated key", () => {
    const { issues } = parseYaml("projects/x.md", "id: IKZ-2025-001\nfield: bauhof\ntitle: T\nfield: umwelt\n", 2);
    expect(issues.map((i) => [i.code, i.line])).toEqual([["IKZ-YAML-004", 5]]);
    expect(describeIssue(issues[0]!, "de")).toBe("Schlüssel „field“ kommt doppelt vor – jeden Schlüssel nur einmal angeben");
    expect(describeIssue(issues[0]!, "en")).toBe("duplicate key 'field' – give each key only once");
  });

  it("explains an unclosed bracket in German and keeps the parser's English for --lang en", () => {
    const { issues } = parseYaml("projects/x.md", "id: IKZ-2025-001\ntitle: [Verbund\nfield: bauhof\n", 2);
    expect(issues[0]?.code).toBe("IKZ-YAML-003");
    expect(describeIssue(issues[0]!, "de")).toMatch(/^YAML-Syntaxfehler: falsche Einrückung oder eine nicht geschlossene Klammer/);
    expect(describeIssue(issues[0]!, "de")).not.toMatch(/Flow sequence/);
    expect(describeIssue(issues[0]!, "en")).toMatch(/^YAML syntax error: Flow sequence/);
  });
});

describe("an amount with thousands dots", () => {
  it("says what to write: the digits without dots, sign or leading zeros", () => {
    const { issues } = parseYaml("projects/x.md", "id: IKZ-2025-001\nbaseline_costs_eur: +098.000\nfunding:\n  - amount_eur: 1.500.000\n", 2);
    expect(issues.map((i) => [i.code, i.line, i.column, i.path.join(".")])).toEqual([
      ["IKZ-YAML-012", 3, 21, "baseline_costs_eur"],
      ["IKZ-YAML-012", 5, 17, "funding.0.amount_eur"],
    ]);
    expect(describeIssue(issues[0]!, "de")).toBe("Betrag „+098.000“ mit Tausenderpunkt würde falsch gelesen, denn YAML kennt keine Tausenderpunkte – in der Datei ganze Euro ohne Punkte schreiben: 98000");
    expect(describeIssue(issues[1]!, "en")).toBe("amount '1.500.000' with thousands separators would be misread, as YAML has no thousands separators – write whole euros without dots in the file: 1500000");
  });
});

describe("a changed final record", () => {
  const changed = (kind: string) => describeIssue({ code: "IKZ-BASE-001", severity: "error", file: "x.md", path: [], params: { kind, id: "X-1", base: "main" } }, "de");

  it("is corrected the way its kind allows: only a decision is replaced by another", () => {
    expect(changed("decision")).toBe("Beschluss X-1 ist auf main bereits festgeschrieben und darf nicht mehr geändert werden – Änderung zurücknehmen und einen neuen Beschluss mit supersedes anlegen");
    expect(changed("meeting")).toBe("Sitzung X-1 ist auf main bereits festgeschrieben und darf nicht mehr geändert werden – Änderung zurücknehmen und Berichtigungen in der Niederschrift der nächsten Sitzung festhalten");
    expect(changed("report")).toBe("Bericht X-1 ist auf main bereits festgeschrieben und darf nicht mehr geändert werden – Änderung zurücknehmen und Korrekturen im nächsten Bericht nennen");
  });
});
