import { PassThrough } from "node:stream";
import { confirm } from "@inquirer/prompts";
import { describe, expect, it } from "vitest";
import { confirmTheme } from "../../src/io/inquirer-prompter.js";

/** Runs inquirer's real confirm prompt on in-memory streams, types `keys`, and returns the answer and the screen text. */
async function answer(keys: string, lang: "de" | "en", fallback: boolean): Promise<{ value: boolean; screen: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
  const prompt = confirm({ message: "Meilenstein ist ein Gate?", default: fallback, theme: confirmTheme(lang) }, { input, output });
  setTimeout(() => input.write(`${keys}\r`), 20);
  const value = await prompt;
  // Without cursor and colour codes, as the person reads it.
  return { value, screen: screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "") };
}

describe("yes/no prompts speak the user's language", () => {
  it.each([
    ["j", true],
    ["ja", true],
    ["n", false],
    ["nein", false],
    ["y", true],
  ])("German: %s → %s, with the hint (j/N) and no English words", async (keys, expected) => {
    const { value, screen } = await answer(keys, "de", false);
    expect(value).toBe(expected);
    expect(screen).toContain("(j/N)");
    expect(screen).not.toMatch(/\(y\/N\)|Yes|No\b|You must/);
  });

  it("English stays y/n", async () => {
    const { value, screen } = await answer("y", "en", true);
    expect(value).toBe(true);
    expect(screen).toContain("(Y/n)");
  });
});
