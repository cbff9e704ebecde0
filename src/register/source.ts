/** One file of a register: its register-relative path and raw bytes (valid during the callback only). */
export interface SourceFile {
  file: string;
  bytes: Uint8Array;
  /** The file's real size, when `bytes` holds only its beginning (a file over MAX_FILE_BYTES is not read whole). */
  size?: number;
}

/** Where register files come from: the working tree, or a Git commit. */
export interface RegisterSource {
  /** A label for messages: the folder, or `ref:folder`. */
  readonly label: string;
  /** Register-relative paths (forward slashes) of every file in ikz's record folders and ikz.yaml. */
  list(): Promise<string[]>;
  /** Symbolic links in the record folders (and ikz.yaml or a record folder that is one), found by list(): never read. */
  links?(): Promise<string[]>;
  /** Reads the given files; the callback sees each one once, in any order, with a bounded number open at a time. */
  read(files: readonly string[], onFile: (file: SourceFile) => void): Promise<void>;
}
