import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves keyboard focus after the next render: to a new row's first box after "Add", to the "Add"
 * button after "Remove" (the removed row's button is gone, focus must not fall back to the page).
 */
export function useFocusAfterRender(): (id: string) => void {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (next.current === null) return;
    document.getElementById(next.current)?.focus();
    next.current = null;
  });
  return (id) => {
    next.current = id;
  };
}
