// Preloaded with `node --import` when /usr/bin/time is missing: writes the peak RSS (KiB) of this
// process to $BENCH_RSS_FILE on exit.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // measuring must never change the outcome of the measured command
    }
  });
}
