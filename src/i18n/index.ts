/** Languages ikz speaks; German is the default for everything a person reads. */
export type Lang = "de" | "en";

/** A message in both languages; `{name}` placeholders are filled from params. */
export type Message = { de: string; en: string };

/** A catalogue maps stable keys to messages. */
export type Catalogue = Record<string, Message>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Looks a key up in a catalogue and fills it in; throws on a missing key (a programming error). */
export function translate(
  catalogue: Catalogue,
  lang: Lang,
  key: string,
  params?: Record<string, string | number>,
): string {
  const message = catalogue[key];
  if (!message) throw new Error(`missing message: ${key}`);
  return interpolate(message[lang], params);
}

/** Parses a language option; anything but "en" means German. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined || value === "") return undefined;
  return value.toLowerCase().startsWith("en") ? "en" : value.toLowerCase().startsWith("de") ? "de" : undefined;
}
