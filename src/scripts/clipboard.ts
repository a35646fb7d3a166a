/**
 * Copies to the clipboard, as plain text and, where the Clipboard API allows
 * it, also as HTML (so that a link stays a link when pasted into a mail).
 * Resolves to false when nothing could be copied.
 */
export async function copyToClipboard(text: string, html?: string): Promise<boolean> {
  if (html && 'ClipboardItem' in window) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    } catch {
      // Rich copy refused: plain text still helps.
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
