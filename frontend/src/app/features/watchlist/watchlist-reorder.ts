/** -1 or +1 for the keys that move a row (Alt+ArrowUp / Alt+ArrowDown), 0 for any other key. */
export function reorderKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>) {
  if (!event.altKey || event.ctrlKey || event.metaKey) return 0;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return 0;
}
