/**
 * schema.org structured data (JSON-LD) for the report's pages: the report is a
 * `Report` that `hasPart` its sections; each section page is a `Report` part
 * that `isPartOf` the whole. Only facts from the content: titles and addresses.
 */

export interface PartLink {
  name: string;
  /** Absolute address; absent when the build has no public origin (`SITE_URL`). */
  url?: string;
}

const urlOf = (link: PartLink) => (link.url ? { url: link.url } : {});

/** The whole report, with its sections as parts. */
export function reportJsonLd(report: PartLink & { alternativeHeadline?: string }, sections: readonly PartLink[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.name,
    ...(report.alternativeHeadline ? { alternativeHeadline: report.alternativeHeadline } : {}),
    ...urlOf(report),
    inLanguage: 'fr',
    hasPart: sections.map((section) => ({ '@type': 'Report', name: section.name, ...urlOf(section) })),
  };
}

/** One section of the report, part of the whole. */
export function sectionJsonLd(section: PartLink, report: PartLink) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: section.name,
    ...urlOf(section),
    inLanguage: 'fr',
    isPartOf: { '@type': 'Report', name: report.name, ...urlOf(report) },
  };
}
