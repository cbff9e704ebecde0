/**
 * A path as one shell word for a command ikz suggests (init's next steps, the `git reset` after a failed
 * rollback): plain when safe, else quoted as the user's shell reads it – double quotes on Windows (cmd and
 * PowerShell do not know single quotes; a path there has no `"`), single quotes elsewhere. A register folder
 * is often named like "Kreis Groß-Gerau".
 */
export function shellWord(path: string, platform: NodeJS.Platform = process.platform): string {
  const word = path.startsWith("-") ? `./${path}` : path;
  if (/^[A-Za-z0-9._/-]+$/.test(word)) return word;
  return platform === "win32" ? `"${word}"` : `'${word.replace(/'/g, "'\\''")}'`;
}
