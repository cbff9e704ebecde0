import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/register/front-matter.js";
import { describeIssue } from "../../src/register/to-findings.js";

/** The syntax findings of a front matter (the YAML starts on line 2), with position and both wordings. */
function syntax(yaml: string) {
  const { issues } = parseYaml("projects/x.md", yaml, 2);
  return issues.map((i) => ({ at: `${i.line}:${i.column}`, de: describeIssue(i, "de"), en: describeIssue(i, "en") }));
}

describe("YAML syntax findings name the real mistake and what to do", () => {
  const head = "id: IKZ-2025-001\n";
  it.each([
    // [what was written, where (line:column), German words, German remedy, English (parser sentence), English remedy]
    ["title: Projekt: Bauhof Süd", "3:8", "der Wert enthält ein weiteres „: “", "den ganzen Wert in Anführungszeichen setzen", "Nested mappings are not allowed", "put the whole value in quotes"],
    ["title: - Bauhof", "3:8", "ein Listenstrich „- “ steht in derselben Zeile wie sein Schlüssel", "Listeneinträge in eigene Zeilen", "Unexpected block-seq-ind", "write list entries on their own lines"],
    ['title: "Bauhof', "3:8", "ein Text in Anführungszeichen wird nicht geschlossen", "am Ende des Werts dasselbe Anführungszeichen ergänzen", 'Missing closing "quote', "add the same quote"],
    ["title: 'Bauhof", "3:8", "ein Text in Anführungszeichen wird nicht geschlossen", "am Ende des Werts dasselbe Anführungszeichen ergänzen", "Missing closing 'quote", "add the same quote"],
    ["title: a\n field: b", "3:8", "die nächste Zeile ist weiter eingerückt als ihr Schlüssel", "die Zeile so weit einrücken wie die Schlüssel darüber", "Nested mappings are not allowed", "indent the line like the keys above it"],
    ["participants:\n  - a: 1\n   b: 2", "5:1", "ein Listeneintrag ohne „- “ oder falsch eingerückt", "jeden Listeneintrag mit „- “ beginnen", "Sequence item without - indicator", "start each list entry with '- '"],
    ["tags: [a,b]x", "3:12", "nach dem Wert steht noch etwas", "den Rest entfernen", "Unexpected scalar at node end", "remove the rest"],
    ["tags: [a, 'b]\nx-note: n", "3:11", "ein Text in Anführungszeichen wird nicht geschlossen", "am Ende des Werts dasselbe Anführungszeichen ergänzen", "Missing closing 'quote", "add the same quote"],
    ["tags: [a, b", "4:1", "falsche Einrückung oder eine nicht geschlossene Klammer", "Einrückung (Leerzeichen) und Doppelpunkte prüfen", "Flow sequence in block collection", "check indentation"],
    ["title: @home", "3:8", "ein Wert beginnt mit einem Zeichen, das YAML besonders deutet", "den ganzen Wert in Anführungszeichen setzen", "Plain value cannot start with reserved character @", "put the whole value in quotes"],
    ["title\n  more: x", "3:1", "ein Schlüssel reicht über mehrere Zeilen", "Einrückung (Leerzeichen) und Doppelpunkte prüfen", "Implicit keys need to be on a single line", "check indentation"],
  ])("%s", (line, at, de, fixDe, en, fixEn) => {
    const found = syntax(`${head}${line}\nfield: bauhof\n`);
    expect(found.map((f) => f.at)).toEqual([at]);
    const [f] = found;
    expect(f!.de).toMatch(new RegExp(`^YAML-Syntaxfehler: ${escape(de)}.* – ${escape(fixDe)}`));
    expect(f!.en).toMatch(new RegExp(`^YAML syntax error: ${escape(en)}.* – ${escape(fixEn)}`));
    // No German text claims something is missing that is not ("ein schließendes Zeichen fehlt" for a dash).
    expect(f!.de).not.toMatch(/schließendes Zeichen/);
  });

  it("gives each mapping a wording of its own: no two parser sentences share one German text by accident", () => {
    const nested = syntax(`${head}title: Projekt: Bauhof\n`)[0]!.de;
    const multiline = syntax(`${head}title\n  more: x\n`)[0]?.de ?? "";
    expect(nested).not.toBe(multiline);
    expect(nested).not.toMatch(/mehrere Zeilen/);
  });
});

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
