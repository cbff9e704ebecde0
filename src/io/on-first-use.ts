import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/**
 * A module loaded on the first call instead of at start-up: for what a run rarely needs (yaml's exact parser,
 * node:v8, worker threads, string distance), so that `ikz validate` on a clean register never pays for it.
 * CommonJS packages and Node's built-ins only; under Node an ES `import` of such a package gives the same instance.
 */
export function onFirstUse<T>(specifier: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(specifier) as T);
}
