import type { Element, Nodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';

/**
 * What an Atom document lacks against RFC 4287 (§ 4.1.1 feed, § 4.1.2 entry):
 * exactly one `id`, `title` and `updated` in the feed and in each entry, an
 * author for the feed or for every entry, absolute IRIs for ids and links,
 * and RFC 3339 dates (§ 3.3). Returns one line per problem, empty when none.
 */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let root: Element | undefined;
  try {
    root = fromXml(xml).children.find((node): node is Element => node.type === 'element');
  } catch (error) {
    return [`XML illisible : ${(error as Error).message}`];
  }
  if (!root || root.name !== 'feed' || root.attributes.xmlns !== 'http://www.w3.org/2005/Atom') {
    return ['la racine n’est pas <feed xmlns="http://www.w3.org/2005/Atom">'];
  }
  const children = (node: Element, name: string) =>
    node.children.filter((child): child is Element => child.type === 'element' && child.name === name);
  const text = (node: Nodes): string =>
    node.type === 'text' || node.type === 'cdata'
      ? node.value
      : 'children' in node
        ? node.children.map(text).join('')
        : '';
  const check = (node: Element, where: string) => {
    for (const name of ['id', 'title', 'updated']) {
      const found = children(node, name);
      if (found.length !== 1) problems.push(`${where} : ${found.length} <${name}> (un seul attendu)`);
    }
    for (const id of children(node, 'id')) {
      if (!isAbsoluteIri(text(id).trim())) problems.push(`${where} : <id> n’est pas un IRI absolu : « ${text(id)} »`);
    }
    for (const name of ['updated', 'published']) {
      for (const date of children(node, name)) {
        if (!RFC3339.test(text(date).trim())) problems.push(`${where} : <${name}> hors RFC 3339 : « ${text(date)} »`);
      }
    }
    for (const link of children(node, 'link')) {
      const href = String(link.attributes.href ?? '');
      if (!isAbsoluteIri(href)) problems.push(`${where} : <link href> n’est pas absolu : « ${href} »`);
    }
  };
  check(root, 'feed');
  const entries = children(root, 'entry');
  const feedAuthor = children(root, 'author').length > 0;
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    check(entry, where);
    if (!feedAuthor && children(entry, 'author').length === 0) problems.push(`${where} : pas d’<author>`);
    const alternate = children(entry, 'link').some((l) => (l.attributes.rel ?? 'alternate') === 'alternate');
    if (!alternate && children(entry, 'content').length === 0)
      problems.push(`${where} : ni <content> ni lien alternate`);
  });
  return problems;
}

/** RFC 3339 date-time (`2026-01-16T00:00:00.000Z`, `2026-01-16T09:00:00+01:00`). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isAbsoluteIri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
