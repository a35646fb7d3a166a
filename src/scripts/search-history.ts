/**
 * An open search is a history entry, so that Back (Android's too) closes it
 * before it leaves the page. The entry carries a token (`history.state.recherche`)
 * that names the one open search it belongs to; every handler first checks that
 * the dialog and the current entry are still what it acts on, and does nothing
 * when they are not (a `close` event that arrives after the search was opened
 * again, a step back that lands after a new push). `history.back()` is called
 * only to remove the entry of a search closed otherwise (Escape, «Fermer», a
 * click outside), when that entry is the current one.
 */
const KEY = 'recherche';

/** The token of the current history entry, if an open search added it. */
function currentToken(): unknown {
  return (history.state as Record<string, unknown> | null)?.[KEY];
}

/** What the search dialog tells the history, and asks it. */
export interface SearchHistory {
  /** The dialog is open: it gets an entry, unless the current entry is already its own. */
  opened(): void;
  /** The dialog fired `close`: the entry of a search now closed goes (one step back). */
  closed(): void;
  /**
   * A result is being opened: says whether the open search's entry is the current one (the result
   * then replaces it, so that Back returns to the page as it was), and takes the token off it.
   */
  handOver(): boolean;
}

/**
 * Keeps the history of `node`, the search dialog: `closeByBack` closes it when
 * Back leaves its entry.
 */
export function searchHistory(node: HTMLDialogElement, closeByBack: () => void): SearchHistory {
  /** The token of the open search's entry, while that search is open. */
  let entry: string | undefined;
  /** The token of an entry being removed by `history.back()`, until its `popstate`. */
  let leaving: string | undefined;

  function push() {
    entry = Math.random().toString(36).slice(2);
    history.pushState({ ...(history.state as object | null), [KEY]: entry }, '');
  }

  addEventListener('popstate', () => {
    const current = currentToken();
    if (leaving !== undefined) {
      if (current === leaving) return;
      // The entry of a closed search is gone; a search opened meanwhile gets its own now.
      leaving = undefined;
      if (node.open) push();
    } else if (entry !== undefined && current !== entry) {
      entry = undefined;
      if (node.open) closeByBack();
    }
  });

  return {
    opened() {
      // While a step back is under way, its `popstate` pushes for this search.
      if (node.open && leaving === undefined && (entry === undefined || currentToken() !== entry)) push();
    },
    closed() {
      // Opened again before this event: that search keeps the entry.
      if (node.open) return;
      if (entry !== undefined && currentToken() === entry) {
        leaving = entry;
        history.back();
      }
      entry = undefined;
    },
    handOver() {
      const ours = entry !== undefined && currentToken() === entry;
      entry = undefined;
      if (ours) history.replaceState({ ...(history.state as object), [KEY]: undefined }, '');
      return ours;
    },
  };
}
