/**
 * Whether a page shortcut should leave this key alone: a modifier is held, the reader is
 * typing in a field, or a dialog (the keyboard help) has the focus.
 */
export function notForShortcuts(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return true
  // An open dialog owns the keys, wherever the focus went (Escape closes it, nothing else).
  if (document.querySelector('dialog[open]')) return true
  return !!(event.target as HTMLElement).closest?.('input, select, textarea, [contenteditable]')
}
