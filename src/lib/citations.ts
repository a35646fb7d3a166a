/**
 * The citation recognizer: finds the texts a passage cites (ITU and UN
 * resolutions, UN documents) in every written form the reports use, and says
 * for each its span, issuing body, number and revision as written.
 *
 * Forms handled: « Résolution 140 (Rév. Bucarest, 2022) de la Conférence de
 * plénipotentiaires », lists whose body comes at the end (« Résolutions 1332
 * (modifiée en 2024) et 1334 (modifiée en 2023) du Conseil de l’UIT »,
 * « Résolutions A/RES/70/125, …, A/70/684 … et A/RES/80/173 de l’AGNU »),
 * « Résolution UIT-R 61-3 (Rév. Dubaï, 2023) », bare UN symbols
 * (« (A/RES/80/173) »), and mentions without a body (« la Résolution 214 »),
 * with any mix of ordinary and no-break spaces and in any case.
 */
import { BODIES, type BodyId } from './bodies';
import { isResolutionSymbol, normalizeSymbol, symbolBody } from './identifiers';

export interface Citation {
  /** Span of the words that name the text (what becomes a link), as offsets in the input. */
  start: number;
  end: number;
  /** The words of that span, as written. */
  text: string;
  /** Issuing body: written after the citation, implied by a symbol, or undefined when the text does not say. */
  body?: BodyId;
  /** The number as written in normal form: `140`, `61-3`, `A/RES/80/173`. */
  number: string;
  /** The revision or amendment as written inside the parentheses: `Rév. Bucarest, 2022`, `modifiée en 2024`. */
  revision?: string;
  /** A resolution, or another document (`A/70/684` is a General Assembly document). */
  kind: 'resolution' | 'document';
}

const SPACE = '[ \\t\\u00a0\\u202f]';
const SPACES = `${SPACE}+`;
const OPT_SPACES = `${SPACE}*`;
const HYPHEN = '[-\\u2011]';

const TRIGGER = /(?<![\p{L}\p{N}])(résolutions?|resolutions?|rés\.|res\.?)(?![\p{L}])/giu;
const ITEM = new RegExp(
  `(?:UIT${HYPHEN}R${SPACES}(?<itur>\\d+(?:${HYPHEN}\\d+)?)|(?<symbol>[AE]/(?:RES/)?\\d+(?:/\\d+)+)|(?<number>\\d{1,4}))(?![\\d/\\p{L}])`,
  'iuy',
);
const QUALIFIER = new RegExp(
  `${OPT_SPACES}\\((?<qualifier>(?:Rév\\.${OPT_SPACES})?\\p{L}[\\p{L}'’-]*,?${SPACES}\\d{4}|modifiée${SPACES}en${SPACES}\\d{4})\\)`,
  'iuy',
);
const SEPARATOR = new RegExp(`(?:${OPT_SPACES},${OPT_SPACES}|${SPACES}et${SPACES})(?=UIT${HYPHEN}R|[AE]/|\\d)`, 'iuy');
const BARE_SYMBOL = /(?<![\p{L}\p{N}/])[AE]\/(?:RES\/)?\d+(?:\/\d+)+(?![\p{L}\p{N}/])/giu;

/** Body phrases tried in this order (ECOSOC before the ITU Council, longer names first). */
const BODY_ORDER: BodyId[] = ['ecosoc', 'pp', 'conseil', 'cmdt', 'amnt', 'uit-r', 'agnu'];
const BODY_PHRASES = BODY_ORDER.map((id) => ({
  id,
  pattern: new RegExp(
    `${SPACES}(?:de${SPACES}la${SPACES}|du${SPACES}|de${SPACES}l['’]${OPT_SPACES}|des${SPACES})(?:${BODIES[id].alias
      .map((alias) => alias.replace(/ /g, SPACES))
      .join('|')})(?![\\p{L}])`,
    'iuy',
  ),
}));

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function bodyAfter(text: string, at: number): BodyId | undefined {
  return BODY_PHRASES.find(({ pattern }) => matchAt(pattern, text, at))?.id;
}

/** Recognizes the citations of a text, in order of appearance. */
export function recognizeCitations(text: string): Citation[] {
  const found: Citation[] = [];

  for (const trigger of text.matchAll(TRIGGER)) {
    const singular = !/s$/i.test(trigger[1]!);
    let position = trigger.index + trigger[0].length;
    const spaces = matchAt(new RegExp(SPACES, 'uy'), text, position);
    if (!spaces) continue;
    position += spaces[0].length;

    const items: Citation[] = [];
    for (;;) {
      const item = matchAt(ITEM, text, position);
      if (!item) break;
      const groups = item.groups!;
      const start = item.index;
      position = start + item[0].length;
      const qualifier = matchAt(QUALIFIER, text, position);
      if (qualifier) position += qualifier[0].length;
      const citation: Citation = {
        start,
        end: position,
        text: '',
        number: '',
        kind: 'resolution',
        ...(qualifier ? { revision: qualifier.groups!.qualifier!.replace(/[\s\u00a0\u202f]+/g, ' ') } : {}),
      };
      if (groups.symbol) {
        citation.number = normalizeSymbol(groups.symbol);
        citation.body = symbolBody(groups.symbol);
        citation.kind = isResolutionSymbol(groups.symbol) ? 'resolution' : 'document';
      } else if (groups.itur) {
        citation.number = groups.itur.replace(/\u2011/g, '-');
        citation.body = 'uit-r';
      } else {
        citation.number = groups.number!;
      }
      items.push(citation);
      const separator = matchAt(SEPARATOR, text, position);
      if (!separator) break;
      position += separator[0].length;
    }
    if (items.length === 0) continue;

    const body = bodyAfter(text, position);
    for (const item of items) item.body ??= body;
    // A singular mention links its trigger word too: « Résolution 214 ».
    if (singular && items.length === 1) items[0]!.start = trigger.index;
    for (const item of items) item.text = text.slice(item.start, item.end);
    found.push(...items);
  }

  for (const bare of text.matchAll(BARE_SYMBOL)) {
    const start = bare.index;
    const end = start + bare[0].length;
    if (found.some((c) => start < c.end && end > c.start)) continue;
    found.push({
      start,
      end,
      text: bare[0],
      number: normalizeSymbol(bare[0]),
      body: symbolBody(bare[0]),
      kind: isResolutionSymbol(bare[0]) ? 'resolution' : 'document',
    });
  }

  return found.sort((a, b) => a.start - b.start);
}

/** A text that citations can point to: its body and number (`pp`, `140`). */
export interface CitableText {
  body: BodyId;
  number: string;
}

/**
 * Fills in the body of mentions that do not name it (« la Résolution 214 »):
 * first from an earlier citation of the same number in the same document,
 * then from the known texts when exactly one has that number. Mentions that
 * stay ambiguous keep `body` undefined.
 */
export function resolveBodies(citations: readonly Citation[], known: readonly CitableText[]): Citation[] {
  const seen = new Map<string, BodyId>();
  return citations.map((citation) => {
    if (citation.body) {
      seen.set(citation.number, citation.body);
      return citation;
    }
    const fromContext = seen.get(citation.number);
    const candidates = known.filter((k) => k.number === citation.number);
    const body = fromContext ?? (candidates.length === 1 ? candidates[0]!.body : undefined);
    return body ? { ...citation, body } : citation;
  });
}
