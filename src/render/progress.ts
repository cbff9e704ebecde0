import type { TextSink } from "../commands/deps.js";
import type { Lang } from "../i18n/index.js";

/** Reports progress of long work on a terminal's stderr; silent when nobody watches. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

/** A progress line redrawn at most every 100 ms: "Dateien gelesen: 12.000 / 27.185". */
export function terminalProgress(err: TextSink, lang: Lang, label: string, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled || !err.isTTY) return { update: () => undefined, finish: () => undefined };
  const format = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB");
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      shown = true;
      err.write(`\r${label}: ${format.format(done)} / ${format.format(total)}`);
    },
    finish() {
      if (shown) err.write("\r\x1b[2K");
    },
  };
}
