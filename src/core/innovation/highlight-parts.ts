// A ts_headline extract, marked with two control characters, split into plain parts and
// matches, so that the web app highlights without ever rendering the text as HTML.
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';

export type SnippetPart = { text: string; match: boolean };

export function splitHighlight(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(MATCH_START).entries()) {
    const [inside, after] = i === 0 ? [null, piece] : splitOnce(piece);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts.reduce<SnippetPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}

function splitOnce(piece: string): [string, string] {
  const at = piece.indexOf(MATCH_STOP);
  return at < 0 ? [piece, ''] : [piece.slice(0, at), piece.slice(at + 1)];
}

/** The distinct words marked in a ts_headline text (lower case, in the order met). */
export function matchedWords(marked: string | null | undefined): string[] {
  if (!marked) return [];
  return [...new Set(splitHighlight(marked).filter((p) => p.match).map((p) => p.text.toLowerCase()))];
}
