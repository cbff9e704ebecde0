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
