import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/program.js";
import { runIkz } from "../helpers/cli.js";

/** Every command path of the program, e.g. ["meeting", "open"]. */
function commandPaths(): string[][] {
  const paths: string[][] = [];
  const walk = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      if (sub.name() === "help") continue;
      paths.push([...path, sub.name()]);
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(buildProgram("de", "0.0.0", {}, () => {}), []);
  return paths;
}

describe("German help has no English leftovers from commander", () => {
  it("in the help of every command", async () => {
    const leftovers: string[] = [];
    for (const path of [[], ...commandPaths()]) {
      const run = await runIkz([...path, "--help"]);
      expect(run.code, path.join(" ")).toBe(0);
      for (const english of ["Usage:", "Options:", "Commands:", "Arguments:", "[options]", "[command]", "default:", "choices:"]) {
        if (run.stdout.includes(english)) leftovers.push(`ikz ${path.join(" ")} --help: ${english}`);
      }
    }
    expect(leftovers).toEqual([]);
  }, 120_000);

  it("placeholders are German words, and the descriptions stay in one column", async () => {
    // Placeholders that are the same word in German.
    const same = new Set(["<id>", "<format>", "<euro>", "<ref>", "<name>", "<text>", "<phase>", "<ci>"]);
    const placeholder = /[<[][^\s<>[\]]+[>\]]/g;
    const problems: string[] = [];
    for (const path of [[], ...commandPaths()]) {
      const [english, german] = await Promise.all([runIkz([...path, "--help", "--lang", "en"]), runIkz([...path, "--help"])]);
      const where = `ikz ${[...path, "--help"].join(" ")}`;
      for (const word of new Set(english.stdout.match(placeholder) ?? [])) {
        if (!same.has(word) && german.stdout.includes(word)) problems.push(`${where}: ${word}`);
      }
      // Within a section (Optionen, Befehle, …) every description starts in the same column.
      for (const section of german.stdout.split(/\n(?=\S)/)) {
        const columns = new Set(section.split("\n").filter((line) => /^  \S.*\S {2,}\S/.test(line)).map((line) => /^  \S.*?\S( {2,})\S/.exec(line)!.index + /^  \S.*?\S {2,}/.exec(line)![0].length));
        if (columns.size > 1) problems.push(`${where}: descriptions in columns ${[...columns].join(", ")} in "${section.split("\n")[0]}"`);
      }
    }
    expect(problems).toEqual([]);
    expect((await runIkz(["interest", "--help"])).stdout).toContain("Aufruf: ikz interest [Optionen] <projekt> <kommune>");
  }, 180_000);
});

describe("an unknown subcommand below a group", () => {
  it("suggests from the group's subcommands and points at the group's help", async () => {
    const run = await runIkz(["participant", "ad"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("ikz: Fehler: unbekannter Befehl „ad“ – meinten Sie „add“? – „ikz participant --help“ zeigt alle Befehle\n");
  });
});
