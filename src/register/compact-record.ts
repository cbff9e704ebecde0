import type { RecordKind } from "./layout.js";
import type { DecodedText } from "./text-file.js";
import { parseRecord, type LoadedRecord } from "./load.js";
import { registerFilePaths } from "./file-path.js";
import { readFileTransient } from "./transient-read.js";

/**
 * A record that keeps only its data: the texts (YAML, body, file) are read again from the folder when asked
 * for – by validate only for files with findings. Saves holding every file's text in memory twice over.
 * It serves as the model's record (Rec) as well: file, data and a body read on demand.
 */
export class CompactRecord implements LoadedRecord {
  #full: LoadedRecord | undefined;

  constructor(
    private readonly root: string,
    readonly file: string,
    readonly kind: RecordKind,
    readonly data: unknown,
    readonly firstLine: number,
  ) {}

  get yaml(): string {
    return this.full().yaml;
  }

  get body(): string {
    return this.full().body;
  }

  get text(): DecodedText | undefined {
    return this.full().text;
  }

  private full(): LoadedRecord {
    // Same split as the first read; the data stays the one that was validated.
    if (this.#full === undefined) {
      const { bytes, size } = readFileTransient(registerFilePaths(this.root)(this.file));
      this.#full = parseRecord(this.file, this.kind, bytes, "fast", size).record;
    }
    return this.#full;
  }
}
