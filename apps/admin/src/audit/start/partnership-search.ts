// Finding a partnership by name: every word typed must appear in the name, whatever the case or
// accents ("ynys mon" finds "Ynys Môn CSP"), so an auditor need not know a name exactly.

export interface SearchablePartnership {
  readonly id: string;
  readonly name: string;
}

export function matchingPartnerships<T extends SearchablePartnership>(
  partnerships: readonly T[],
  query: string,
): readonly T[] {
  const words = normalised(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return partnerships
    .filter((partnership) => {
      const name = normalised(partnership.name);
      return words.every((word) => name.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}
