/**
 * The order of the timeline. Events the report dates only roughly (a month, a
 * year) have no day, so they are placed where they are certain to have
 * happened already: after every event that ends before their period does, and
 * after the more precise events that end on the same day. Pure functions.
 */
import type { PartialDate, Precision } from './partial-dates';

/** What ordering needs of an event: its first date, its optional last date, and a label for ties. */
export interface Dated {
  debut: PartialDate;
  fin?: PartialDate;
  libelle: string;
}

const PRECISION_RANK: Record<Precision, number> = { jour: 0, mois: 1, annee: 2 };

/** The last day an event may cover. */
export function latestDay(event: Dated): Date {
  return (event.fin ?? event.debut).end;
}

/**
 * Chronological order: by the last day the event may cover, then the more
 * precise first (a month before its year), then by first day, then by label.
 */
export function compareEvents(a: Dated, b: Dated): number {
  return (
    latestDay(a).getTime() - latestDay(b).getTime() ||
    PRECISION_RANK[a.debut.precision] - PRECISION_RANK[b.debut.precision] ||
    a.debut.start.getTime() - b.debut.start.getTime() ||
    a.libelle.localeCompare(b.libelle, 'fr')
  );
}

/** The events in chronological order (a new array). */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}
