/** A line of feedback after an action: an error is an alert read out at once, anything else a status. */
export type NoticeText = { error: boolean; text: string };

export function Notice({ notice }: { notice: NoticeText | null }) {
  if (!notice) return null;
  return (
    <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}
