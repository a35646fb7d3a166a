/**
 * What the MDX of `content/` may contain. Report text is text: Markdown (with
 * GFM) and a few harmless inline elements, nothing that runs or styles
 * itself, and no id written by hand (ids are public anchors, computed at build).
 * Works on the mdast tree that remark-mdx produces (no Astro import), so the
 * same rules hold for every MDX file, sections and resolution notes alike.
 */
import { toString } from 'mdast-util-to-string';
import type { ContentProblem } from './content-errors';
import { EMPTY_PARAGRAPH, isVisiblyEmpty, MAX_NESTING, TOO_DEEP } from './content-structure';
import { linkTarget, type LinkKind } from './link-policy';

/** The only elements that MDX content may write, without any attribute. */
export const ALLOWED_ELEMENTS: readonly string[] = ['br', 'sub', 'sup'];

/** Elements that are reported by name: they run code, embed other documents or send data. */
const DANGEROUS_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form']);

/** The parts of an mdast/MDX node that the guard reads. */
export interface GuardNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly GuardNode[];
  position?: { start: { line: number; column?: number } };
  url?: string;
  alt?: string | null;
  identifier?: string;
}

/** An excerpt of source text for a message: one line, at most 60 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** The problems of one JSX element: its name, then each attribute. */
function elementProblems(node: GuardNode, line: number | undefined): ContentProblem[] {
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : 'un fragment <>';
  const problems: ContentProblem[] = [];
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    problems.push({
      field: '',
      line,
      message: `élément ${tag} interdit dans le contenu (code, style ou document intégré)`,
    });
  } else if (!ALLOWED_ELEMENTS.includes(name)) {
    problems.push({
      field: '',
      line,
      message: `élément ${tag} non autorisé : écrivez du Markdown (éléments permis : ${ALLOWED_ELEMENTS.map((e) => `<${e}>`).join(', ')})`,
    });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ field: '', line, message: `${tag} : attribut calculé « {…} » interdit` });
      continue;
    }
    const attr = attribute.name ?? '';
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (attr === 'id') {
      problems.push({
        field: '',
        line,
        message: `${tag} porte un id écrit à la main (« ${value} ») : les ids sont attribués automatiquement`,
      });
    } else if (/^on/i.test(attr)) {
      problems.push({ field: '', line, message: `${tag} : attribut de gestionnaire d’événement « ${attr} » interdit` });
    } else if (attr.toLowerCase() === 'style') {
      problems.push({ field: '', line, message: `${tag} : attribut « style » interdit` });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ field: '', line, message: `${tag} : valeur calculée « ${attr}={…} » interdite` });
    } else {
      problems.push({ field: '', line, message: `${tag} : attribut « ${attr} » non autorisé` });
    }
  }
  return problems;
}

/** Tags of raw HTML (in `.md`, where HTML is not JSX): `<script src=x>` → script. */
function rawHtmlProblems(html: string, line: number | undefined): ContentProblem[] {
  if (/^<!--[\s\S]*-->$/.test(html.trim())) return [];
  return [
    { field: '', line, message: `HTML brut interdit dans le contenu (« ${excerpt(html)} ») : écrivez du Markdown` },
  ];
}

/** The problem of a link's or image's address (`src/lib/link-policy.ts`), if it is refused. */
function addressProblems(url: string, kind: LinkKind, line: number | undefined): ContentProblem[] {
  const target = linkTarget(url, kind);
  return target.kind === 'refused' ? [{ field: '', line, message: target.message }] : [];
}

/** Nodes that nest: lists and quotations (a list item sits inside its list, so it is not counted). */
const NESTING = new Set(['list', 'blockquote']);

/**
 * Every problem of a tree, in reading order, each with its line: ESM
 * (`import`/`export`), `{…}` expressions, elements outside the allow-list,
 * dangerous elements, event-handler and `style` attributes, hand-written ids,
 * raw HTML; links, images and reference definitions whose address the link
 * policy refuses (`src/lib/link-policy.ts`; an image reference is checked as
 * an image), images without alternative text; paragraphs and list items that
 * show nothing; lists and quotations nested deeper than `MAX_NESTING`
 * (reported once, at the first level too deep, and not visited further).
 */
export function contentProblems(tree: GuardNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const imageDefinitions = new Set<string>();
  const collect = (node: GuardNode, depth: number) => {
    if (node.type === 'imageReference' && node.identifier) imageDefinitions.add(node.identifier);
    if (depth > MAX_NESTING) return;
    for (const child of node.children ?? []) collect(child, depth + (NESTING.has(node.type) ? 1 : 0));
  };
  collect(tree, 0);
  let tooDeep = false;
  const visit = (node: GuardNode, depth: number) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          field: '',
          line,
          message: `import/export interdit dans le contenu (« ${excerpt(String(node.value ?? ''))} »)`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          field: '',
          line,
          message: `expression « {${excerpt(String(node.value ?? ''))}} » interdite dans le contenu : les accolades s’écrivent \\{ et \\}`,
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node, line));
        break;
      case 'html':
        problems.push(...rawHtmlProblems(String(node.value ?? ''), line));
        break;
      case 'link':
        problems.push(...addressProblems(node.url ?? '', 'lien', line));
        break;
      case 'definition': {
        const kind = node.identifier && imageDefinitions.has(node.identifier) ? 'image' : 'lien';
        problems.push(...addressProblems(node.url ?? '', kind, line));
        break;
      }
      case 'image':
        problems.push(...addressProblems(node.url ?? '', 'image', line));
      // falls through: an image and an image reference need their alternative text
      case 'imageReference':
        if (isVisiblyEmpty(node.alt ?? '')) {
          problems.push({
            field: '',
            line,
            message: 'image sans texte de remplacement : écrivez ce qu’elle montre entre les crochets, ![…](adresse)',
          });
        }
        break;
      case 'paragraph':
        if (isVisiblyEmpty(toString(node as never))) problems.push({ field: '', line, message: EMPTY_PARAGRAPH });
        break;
      case 'listItem':
        if ((node.children ?? []).length === 0) problems.push({ field: '', line, message: EMPTY_PARAGRAPH });
        break;
    }
    const inner = depth + (NESTING.has(node.type) ? 1 : 0);
    if (inner > MAX_NESTING) {
      if (!tooDeep) problems.push({ field: '', line, message: TOO_DEEP });
      tooDeep = true;
      return;
    }
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(tree, 0);
  return problems;
}
