/** Query parameter that carries the searched words to highlight on the opened page (`?surligner=…`). */
export const HIGHLIGHT_PARAM = 'surligner';
