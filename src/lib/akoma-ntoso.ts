/**
 * A report in Akoma Ntoso 3.0 (OASIS LegalDocML), following the UN profile
 * AKN4UN (UN System Chief Executives Board, High-Level Committee on
 * Management): `/rapport/rapport.akn.xml`. See `/donnees/` and
 * docs/donnees.md for the guideline sections followed.
 *
 * - Document type (AKN4UN Guidelines, Part 2, § 7 « Document Class: Meeting
 *   Reports », and Part 1, § 3.3 « Mapping of AKN4UN Document Classes to AKN
 *   Document Types »): `<debateReport name="meetingReport">`, subtype `report`,
 *   body `<mainBody>`.
 * - IRIs (Part 1, § 6 « AKN4UN Naming convention »): Work
 *   `/akn/un/debateReport/report/{actor}/{date}/{number}`, Expression
 *   `{work}/fra@{date}`, Manifestation `{expression}/.xml`; `/` → `-` and
 *   space → `_` in the number, the number as written in `FRBRnumber@showAs`.
 * - Element identifiers (same section, « Element Identifiers »): `sec_7`,
 *   and for every paragraph id of the site one eId, `p7-3` → `sec_7__para_3`,
 *   `p7-2a` → `sec_7__para_2a` (list items keep `para_`, so that the mapping
 *   stays one-to-one with the pages' ids).
 *
 * Dates and numbers come from the content only: the report's date when
 * `rapport.yaml` gives one, otherwise the last day of its last meeting, named
 * as such in `FRBRdate@name`; the number is the official symbol (`cote`) when
 * known, otherwise the report's id (a number « decided by the implementor »,
 * as the naming convention allows). Never the build's date: two builds give
 * the same bytes.
 */
import type { Element as HastElement, ElementContent as HastContent } from 'hast';
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { parseParagraphId, slugify } from './ids';
import type { ReportInput } from './open-data-json';
import type { PublishedParagraph } from './published-paragraph';
import { paragraphLabel } from './ids';
import { resolutionPath, withBase } from './urls';

/** The FRBR date of a report whose content gives no date at all (no `date`, no meeting). */
export const UNKNOWN_DATE = '1900-01-01';

/** The namespace of Akoma Ntoso 3.0 (OASIS Standard). */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** The eId of a paragraph from its page id: `p7-3` → `sec_7__para_3`, `p7-2a` → `sec_7__para_2a`. */
export function paragraphEid(id: string): string {
  const parsed = parseParagraphId(id);
  if (!parsed) throw new Error(`id de paragraphe inattendu : « ${id} »`);
  return `${sectionEid(parsed.section)}__para_${parsed.index}${parsed.letters}`;
}

/** The page id of a paragraph from its eId (the inverse of {@link paragraphEid}); undefined for any other eId. */
export function paragraphIdFromEid(eId: string): string | undefined {
  const match = /^sec_(\d+)__para_(\d+)([a-z]*)$/.exec(eId);
  return match ? `p${match[1]}-${match[2]}${match[3]}` : undefined;
}

/** The eId of a section: `sec_7` (the preamble: `sec_0`). */
export function sectionEid(numero: number): string {
  return `sec_${numero}`;
}

/** A document number as an IRI segment (AKN4UN naming convention): `/` → `-`, space → `_`. */
export function iriNumber(number: string): string {
  return number.trim().replace(/\//g, '-').replace(/\s+/g, '_');
}

/** What the IRIs of a report are made of, and where each value comes from. */
export interface ReportIris {
  work: string;
  expression: string;
  manifestation: string;
  date: string;
  /** `dateDuRapport` (rapport.yaml), `finDeLaDerniereReunion`, or `dateInconnue` (1900-01-01). */
  dateName: string;
  number: string;
  /** The official symbol as written, when known. */
  showAs?: string;
}

/**
 * The Work, Expression and Manifestation IRIs of a report: `actor` is the
 * emanating body (`site.yaml`), the date and the number come from the content.
 */
export function reportIris(report: ReportInput, actor: string): ReportIris {
  const last = report.reunions.at(-1)?.fin;
  // FRBRdate is required at every level; with no date in the content, AKN4UN's placeholder for an undated
  // version (Part 1, FRBRversionNumber: « FRBRdate … may be set to 1900-01-01 »), named as unknown.
  const date = report.date ?? last ?? UNKNOWN_DATE;
  const dateName = report.date ? 'dateDuRapport' : last ? 'finDeLaDerniereReunion' : 'dateInconnue';
  const number = report.cote ? iriNumber(report.cote) : report.id;
  const work = `/akn/un/debateReport/report/${actor}/${date}/${number}`;
  const expression = `${work}/fra@${date}`;
  return {
    work,
    expression,
    manifestation: `${expression}/.xml`,
    date,
    dateName,
    number,
    ...(report.cote ? { showAs: report.cote } : {}),
  };
}

/** The actor segment of the IRIs from the group's name when `site.yaml` gives none: `GTC-SMSI/ODD` → `gtc-smsi-odd`. */
export function actorOf(site: { groupe: string; acteurAkn?: string }): string {
  return site.acteurAkn ?? slugify(site.groupe);
}

/** The inline content of a typeset paragraph, as Akoma Ntoso inline elements. */
function inline(nodes: readonly HastContent[], base: string): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'element') out.push(...inlineElement(node, base));
  }
  return out;
}

function inlineElement(node: HastElement, base: string): ElementContent[] {
  const children = inline(node.children, base);
  const props = node.properties;
  switch (node.tagName) {
    case 'a':
      // A citation: a <ref> to the cited text's page (no issuing date is in the content, so no AKN IRI).
      if (props.dataResolution !== undefined) {
        return [x('ref', { href: withBase(base, resolutionPath(String(props.dataResolution))) }, children)];
      }
      return [x('a', { href: String(props.href ?? '') }, children)];
    case 'abbr':
      return [x('abbr', typeof props.title === 'string' ? { title: props.title } : {}, children)];
    case 'em':
    case 'i':
      return [x('i', children)];
    case 'strong':
    case 'b':
      return [x('b', children)];
    case 'sup':
    case 'sub':
    case 'u':
      return [x(node.tagName, children)];
    case 'br':
      return [x('eol')];
    default:
      // Any other element (a span, code): its text, unmarked.
      return children;
  }
}

/** The blocks of a paragraph: one `<p>`, or one per nested `<p>` of a list item that holds several. */
function blocks(paragraph: PublishedParagraph, base: string): Element[] {
  const nested = paragraph.tree.children.filter(
    (node): node is HastElement => node.type === 'element' && node.tagName === 'p',
  );
  if (nested.length === 0) return [x('p', inline(paragraph.tree.children, base))];
  return nested.map((p) => x('p', inline(p.children, base)));
}

/** A section's children: cross-headings, paragraphs, and runs of list items as one block list. */
function sectionContent(
  section: ReportInput['sections'][number],
  headings: ReadonlyMap<string, string>,
  base: string,
): Element[] {
  const content: Element[] = [];
  let rubrique: string | undefined;
  let list: Element | undefined;
  let lists = 0;
  for (const paragraph of section.paragraphes) {
    if (paragraph.rubrique !== rubrique) {
      rubrique = paragraph.rubrique;
      list = undefined;
      const text = rubrique ? headings.get(rubrique) : undefined;
      if (text)
        content.push(x('crossHeading', { eId: `${sectionEid(section.numero)}__crossHeading_${rubrique}` }, text));
    }
    const eId = paragraphEid(paragraph.id);
    const num = x('num', paragraphLabel(paragraph.id));
    if (!paragraph.liste) {
      list = undefined;
      content.push(x('paragraph', { eId }, [num, x('content', blocks(paragraph, base))]));
      continue;
    }
    if (!list) {
      lists += 1;
      const container = `${sectionEid(section.numero)}__liste_${lists}`;
      list = x('blockList', { eId: `${container}__list_1` }, []);
      content.push(x('hcontainer', { name: 'liste', eId: container }, [x('content', [list])]));
    }
    list.children.push(x('item', { eId }, [num, ...blocks(paragraph, base)]));
  }
  return content;
}

/** Options of {@link reportAkn}. */
export interface AknOptions {
  /** The site's base path, for references to pages. */
  base: string;
  /** The emanating body's IRI segment ({@link actorOf}) and its name. */
  actor: string;
  actorName: string;
  /** The site's name (the manifestation's author). */
  siteName: string;
}

/**
 * The Akoma Ntoso document of a report, as an XML string. Sections in
 * reading order in `<mainBody>`, the preamble first as `sec_0`; retired
 * paragraphs are left out (the JSON lists them).
 */
export function reportAkn(report: ReportInput, options: AknOptions): string {
  const iris = reportIris(report, options.actor);
  const authorRef = `#${options.actor}`;
  const date = x('FRBRdate', { date: iris.date, name: iris.dateName });
  const identification = x('identification', { source: '#site' }, [
    x('FRBRWork', [
      x('FRBRthis', { value: `${iris.work}/!main` }),
      x('FRBRuri', { value: iris.work }),
      date,
      x('FRBRauthor', { href: authorRef }),
      x('FRBRcountry', { value: 'un' }),
      x('FRBRsubtype', { value: 'report' }),
      x('FRBRnumber', { value: iris.number, ...(iris.showAs ? { showAs: iris.showAs } : {}) }),
      x('FRBRname', { value: report.titreCourt }),
    ]),
    x('FRBRExpression', [
      x('FRBRthis', { value: `${iris.expression}/!main` }),
      x('FRBRuri', { value: iris.expression }),
      x('FRBRdate', { date: iris.date, name: iris.dateName }),
      x('FRBRauthor', { href: authorRef }),
      x('FRBRlanguage', { language: 'fra' }),
    ]),
    x('FRBRManifestation', [
      x('FRBRthis', { value: `${iris.expression}/!main.xml` }),
      x('FRBRuri', { value: iris.manifestation }),
      x('FRBRdate', { date: iris.date, name: iris.dateName }),
      x('FRBRauthor', { href: '#site' }),
      x('FRBRformat', { value: 'xml' }),
    ]),
  ]);
  const references = x('references', { source: '#site' }, [
    x('TLCOrganization', {
      eId: options.actor,
      href: `/akn/ontology/organizations/un/${options.actor}`,
      showAs: options.actorName,
    }),
    x('TLCOrganization', { eId: 'site', href: '/akn/ontology/organizations/un/site', showAs: options.siteName }),
  ]);
  const preface = x('preface', [
    x('p', [x('docTitle', report.titre)]),
    x('p', [x('docTitle', report.sousTitre)]),
    ...(report.cote ? [x('p', [x('docNumber', report.cote)])] : []),
    ...(report.date ? [x('p', [x('docDate', { date: report.date }, report.date)])] : []),
  ]);
  const sections = report.sections.map((section) => {
    const headings = new Map(section.intertitres.map((h) => [h.id, h.texte]));
    return x('section', { eId: sectionEid(section.numero) }, [
      x('num', String(section.numero)),
      x('heading', section.titre),
      ...sectionContent(section, headings, options.base),
    ]);
  });
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x('akomaNtoso', { xmlns: AKN_NAMESPACE }, [
        x('debateReport', { name: 'meetingReport' }, [
          x('meta', [identification, references]),
          preface,
          x('mainBody', sections),
        ]),
      ]),
    ],
  };
  indent(tree.children[2] as Element, 0);
  return `${toXml(tree, { closeEmptyElements: true, tightClose: true })}\n`;
}

/** Elements whose content is text (mixed content): left as they are. */
const MIXED = new Set([
  'p',
  'num',
  'heading',
  'crossHeading',
  'docTitle',
  'docNumber',
  'docDate',
  'ref',
  'a',
  'abbr',
  'i',
  'b',
]);

/**
 * Puts every block element on its own line, indented, so that a validation
 * error names a useful line; mixed content is never touched (its spaces are text).
 */
function indent(node: Element, depth: number): void {
  if (MIXED.has(node.name) || node.children.length === 0) return;
  const pad = (n: number) => ({ type: 'text' as const, value: `\n${'  '.repeat(n)}` });
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element') indent(child, depth + 1);
    children.push(pad(depth + 1), child);
  }
  children.push(pad(depth));
  node.children = children;
}
