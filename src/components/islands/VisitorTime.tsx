// The "show times in my time zone" switch. Renders nothing on the server, so without
// JavaScript times stay in event time (GMT+7); when on, it rewrites every
// [data-event-time] element and remembers the choice in localStorage.
import { useEffect, useState } from 'react';
import { localeTag, type Lang } from '../../lib/i18n/locales';
import { fillTemplate } from '~/lib/i18n/template';
import { formatVisitorTime, sameOffsetAsEvent, zoneOffsetLabel } from '../../lib/agenda/visitor-time';

/** The strings the switch renders, in the page's language (no catalogue in the bundle). */
export interface VisitorTimeLabels {
  sameZone: string;
  /** A template with {zone}. */
  visitorTime: string;
}

interface Props {
  /** The page's language, for formatting times. */
  lang: Lang;
  labels: VisitorTimeLabels;
  /** The event's IANA zone, passed in so the island does not bundle the time library. */
  eventTimeZone: string;
  /** The event day, "YYYY-MM-DD". */
  eventDay: string;
}

const STORAGE_KEY = 'summit.visitorTime';

export default function VisitorTime({ lang, labels: t, eventTimeZone, eventDay }: Props) {
  const [zone, setZone] = useState<string | null>(null);
  const [on, setOn] = useState(false);

  useEffect(() => {
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setZone(visitorZone);
    if (readChoice()) {
      setOn(true);
      rewriteTimes(true, visitorZone, lang, eventDay);
    }
  }, [lang, eventDay]);

  if (!zone) return null;
  const sample = firstEventTime();
  if (sameOffsetAsEvent(sample, zone, eventTimeZone)) return <p className="visitor-time">{t.sameZone}</p>;
  return (
    <p className="visitor-time">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setOn(next);
            saveChoice(next);
            rewriteTimes(next, zone, lang, eventDay);
          }}
        />{' '}
        {fillTemplate(t.visitorTime, { zone: `${zone.replace(/_/g, ' ')}, ${zoneOffsetLabel(sample, zone)}` })}
      </label>
    </p>
  );
}

function firstEventTime(): Date {
  const start = document.querySelector<HTMLElement>('[data-event-time]')?.dataset.start;
  return start ? new Date(start) : new Date();
}

/** Switches every event time between its server text (GMT+7) and the visitor's zone. */
function rewriteTimes(on: boolean, zone: string, lang: Lang, eventDay: string) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-event-time]')) {
    el.dataset.eventLabel ??= el.textContent ?? '';
    const { start, end } = el.dataset;
    if (!start) continue;
    el.textContent = on
      ? formatVisitorTime(new Date(start), end ? new Date(end) : undefined, zone, localeTag(lang), eventDay)
      : el.dataset.eventLabel;
  }
}

function readChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function saveChoice(on: boolean) {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage can be unavailable (private mode); the switch still works for this page.
  }
}
