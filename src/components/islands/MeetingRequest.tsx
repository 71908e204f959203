// "Request a meeting" in place on the matches page: the same form works without JavaScript (it
// posts to the form action); hydrated, it calls the same action and says the outcome here.
import { useState, type FormEvent } from 'react';
import { actions } from 'astro:actions';

interface Props {
  receiverId: string;
  /** The form action's URL, for browsers without JavaScript. */
  action: string;
  /** Unique per page: ties the label to its field. */
  fieldId: string;
  label: string;
  send: string;
  /** The accessible name of the button (names the person). */
  sendLabel: string;
}

export default function MeetingRequest({ receiverId, action, fieldId, label, send, sendLabel }: Props) {
  const [status, setStatus] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = new FormData(event.currentTarget).get('message');
    const message = typeof field === 'string' ? field : '';
    setBusy(true);
    const { data, error } = await actions.matchmaking.requestJson({ receiverId, message });
    setBusy(false);
    if (error) setStatus(error.message);
    else {
      setDone(true);
      setStatus(data.message);
    }
  }

  return (
    <form method="post" action={action} className="meeting-request" onSubmit={(e) => void onSubmit(e)}>
      <input type="hidden" name="receiverId" value={receiverId} />
      {!done && (
        <>
          <label htmlFor={fieldId}>{label}</label>
          <textarea id={fieldId} name="message" maxLength={500} rows={2} />
          <button type="submit" aria-busy={busy} disabled={busy} aria-label={sendLabel}>
            {send}
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </form>
  );
}
