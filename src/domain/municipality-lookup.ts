/** What a municipality lookup needs of ikz.yaml's list. */
interface Named {
  id: string;
  name: string;
}

/**
 * The ID of a municipality given by its ID or its name from ikz.yaml, in any case and with umlauts composed or
 * decomposed ("Büttelborn", "büttelborn", "BUETTELBORN" all give buettelborn); undefined when none fits. One rule
 * for every command that takes a municipality.
 */
export function findMunicipalityId(municipalities: readonly Named[], value: string): string | undefined {
  const exact = municipalities.find((m) => m.id === value);
  if (exact) return exact.id;
  const wanted = value.trim().normalize("NFC").toLowerCase();
  return municipalities.find((m) => m.id.toLowerCase() === wanted || m.name.normalize("NFC").toLowerCase() === wanted)?.id;
}
