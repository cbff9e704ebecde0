#!/usr/bin/env node
// Bundles the compiled modules of dist/ into dist/bundle/: one file per entry point (the CLI and the parser
// worker) plus shared chunks for what commands load on demand. Node then reads and links a handful of files
// instead of about a hundred, which saves about 20 ms on every run of ikz. Packages in node_modules stay
// outside (loaded as before), except commander, which every command loads: bundled, it loads in about 8 ms
// less than as seven CommonJS files behind an ES module wrapper. Its require() calls (node:events and the
// like) get a require made by createRequire in each file's first line. Modules that find shipped files do so
// from two levels below the package root, as dist/bundle/ is (src/io/package-files.ts).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const outdir = `${root}dist/bundle`;
/** The packages bundled into ikz's own files; every other import of a package stays an import. */
const BUNDLED = new Set(["commander"]);
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(args.path) ? undefined : { path: args.path, external: true }));
  },
};
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: "dist/main.js", "parse-worker": "dist/register/parse-worker.js" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.17",
  plugins: [externalPackages],
  banner: { js: 'import { createRequire as __ikzCreateRequire } from "node:module"; const require = __ikzCreateRequire(import.meta.url);' },
  sourcemap: "linked",
  logLevel: "warning",
  metafile: true,
});
const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
process.stdout.write(`bundle: ${outputs.length} files → dist/bundle/\n`);
