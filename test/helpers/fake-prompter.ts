// A scripted Prompter: answers a queue of expected questions in order and fails on any other question.
import type { Choice, Prompter } from "../../src/commands/prompter.js";

type Match = RegExp | string;

/** One expected question and its answer; `rejects` are inputs the question's validator must refuse first. */
export type Expected =
  | { input: Match; answer: string; rejects?: string[] }
  | { select: Match; answer: string }
  | { checkbox: Match; answer: string[] }
  | { confirm: Match; answer: boolean };

/** A question as it was asked, for assertions on messages and offered choices. */
export interface Asked {
  kind: "input" | "select" | "checkbox" | "confirm";
  message: string;
  choices?: string[];
  /** Messages the validator gave for the rejected inputs. */
  refusals?: string[];
}

export interface FakePrompter extends Prompter {
  readonly asked: Asked[];
  /** Throws when questions of the script were never asked or an unexpected one was. */
  done(): void;
}

/** A prompter that plays `script`; any question not next in the script throws (and is remembered for done()). */
export function fakePrompter(script: readonly Expected[]): FakePrompter {
  const queue = [...script];
  const asked: Asked[] = [];
  const failures: string[] = [];
  const fail = (text: string): never => {
    failures.push(text);
    throw new Error(`fake prompter: ${text}`);
  };
  const next = (kind: Asked["kind"], message: string): Expected => {
    const step = queue.shift();
    if (!step) return fail(`unexpected ${kind} question "${message}" (script is empty)`);
    const match = (step as Record<string, unknown>)[kind] as Match | undefined;
    if (match === undefined) return fail(`expected ${Object.keys(step)[0]} question, got ${kind} "${message}"`);
    const ok = typeof match === "string" ? message.includes(match) : match.test(message);
    if (!ok) return fail(`question "${message}" does not match ${String(match)}`);
    return step;
  };
  const values = <T extends string>(choices: readonly Choice<T>[]) => choices.map((c) => c.value as string);
  return {
    asked,
    done() {
      if (failures.length > 0) throw new Error(`fake prompter failed: ${failures.join("; ")}`);
      if (queue.length > 0) throw new Error(`fake prompter: ${queue.length} expected question(s) never asked: ${JSON.stringify(queue)}`);
    },
    async input(q) {
      const step = next("input", q.message) as Extract<Expected, { input: Match }>;
      const refusals: string[] = [];
      for (const bad of step.rejects ?? []) {
        const verdict = q.validate ? q.validate(bad) : true;
        if (verdict === true) fail(`input "${bad}" for "${q.message}" should have been refused`);
        refusals.push(String(verdict));
      }
      const verdict = q.validate ? q.validate(step.answer) : true;
      if (verdict !== true) fail(`answer "${step.answer}" for "${q.message}" refused: ${verdict}`);
      asked.push({ kind: "input", message: q.message, refusals });
      return step.answer;
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
      const step = next("select", q.message) as Extract<Expected, { select: Match }>;
      const offered = values(q.choices);
      if (!offered.includes(step.answer)) fail(`"${step.answer}" is not a choice of "${q.message}" (${offered.join(", ")})`);
      asked.push({ kind: "select", message: q.message, choices: offered });
      return step.answer as T;
    },
    async checkbox<T extends string>(q: { message: string; choices: readonly Choice<T>[] }): Promise<T[]> {
      const step = next("checkbox", q.message) as Extract<Expected, { checkbox: Match }>;
      const offered = values(q.choices);
      for (const answer of step.answer) if (!offered.includes(answer)) fail(`"${answer}" is not a choice of "${q.message}" (${offered.join(", ")})`);
      asked.push({ kind: "checkbox", message: q.message, choices: offered });
      return step.answer as T[];
    },
    async confirm(q) {
      const step = next("confirm", q.message) as Extract<Expected, { confirm: Match }>;
      asked.push({ kind: "confirm", message: q.message });
      return step.answer;
    },
  };
}
