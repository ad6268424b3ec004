// Tabs as the ARIA Authoring Practices describe them: a tablist of buttons
// (one Tab stop, the arrow keys, Home and End move between them and show
// their panel), each panel labelled by its tab. A panel is first drawn when
// its tab is first chosen, so what it loads is asked for only then, and is
// kept once drawn.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Tab {
  /** Unique among the tabs; part of the element ids. */
  key: string;
  label: string;
  panel: () => ComponentChildren;
}

export function Tabs({ id, label, tabs }: { id: string; label: string; tabs: readonly Tab[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<readonly string[]>([]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // The chosen tab, or the first when it is gone (a member-only tab after signing out).
  const selected = tabs.find((tab) => tab.key === chosen)?.key ?? tabs[0]?.key;

  const choose = (key: string, focus: boolean): void => {
    setChosen(key);
    // The panel shown so far stays drawn too.
    setDrawn((keys) => [...new Set([...keys, ...(selected ? [selected] : []), key])]);
    if (focus) buttons.current.get(key)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    const tab = to === undefined ? undefined : tabs[(to + tabs.length) % tabs.length];
    if (!tab) return;
    event.preventDefault();
    choose(tab.key, true);
  };

  return (
    <div class="tabs">
      <div class="tablist" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => {
          const on = tab.key === selected;
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              class="tab"
              id={`${id}-tab-${tab.key}`}
              aria-selected={on ? 'true' : 'false'}
              aria-controls={`${id}-panel-${tab.key}`}
              tabIndex={on ? 0 : -1}
              ref={(el) => {
                if (el) buttons.current.set(tab.key, el);
                else buttons.current.delete(tab.key);
              }}
              onClick={() => choose(tab.key, false)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => {
        const on = tab.key === selected;
        return (
          <div
            key={tab.key}
            class="tabpanel"
            role="tabpanel"
            id={`${id}-panel-${tab.key}`}
            aria-labelledby={`${id}-tab-${tab.key}`}
            tabIndex={0}
            hidden={!on}
          >
            {(on || drawn.includes(tab.key)) && tab.panel()}
          </div>
        );
      })}
    </div>
  );
}
