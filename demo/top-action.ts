import type { Page } from '@playwright/test';
import type { Estimate } from '../core/outlook/estimate';

/** The top actions the popup's what-if steppers can press, and how many presses of which stepper each is. */
const PRESSES: Record<string, { stepper: 'packers' | 'pickups'; times: number }> = {
  'extra-pickup': { stepper: 'pickups', times: 1 },
  'packers+1': { stepper: 'packers', times: 1 },
  'packers+2': { stepper: 'packers', times: 2 },
};

type Reply = { ok: boolean; data?: Estimate | null; error?: { message: string } };
const ask = (page: Page, message: unknown) =>
  page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<Reply>;

/**
 * Presses the popup's top action in its what-if panel (the first ranked action the steppers can do) and
 * prints what the popup then shows beside the live figures, with the same what-if's predicted late
 * dispatches, score and flags as the background answers them. Screenshots the panel.
 */
export async function pressTopAction(popup: Page, screenshot: string): Promise<void> {
  const live = (await ask(popup, { to: 'background', type: 'get-estimate', payload: {} })).data;
  const actions = live?.outlook?.actions.filter((a) => (a.scoreGain ?? 0) > 0 || a.lateAvoided > 0) ?? [];
  const action = actions.find((a) => a.id in PRESSES);
  if (!live || !action) return console.log('Top action: none the popup can press.');
  if (action !== actions[0]) console.log(`Top action "${actions[0].label}" is no popup what-if; pressing the next.`);
  const { stepper, times } = PRESSES[action.id];
  const box = popup.locator('fieldset.stepper', { has: popup.getByTestId(`step-${stepper}`) });
  for (let i = 0; i < times; i++) await box.getByRole('button').last().click();
  await popup.getByTestId('what-if-risk').waitFor();
  const shown = await popup
    .locator('.what-if-figures > div')
    .evaluateAll((rows) =>
      rows.map((r) => `${r.querySelector('dt')?.textContent}: ${r.querySelector('dd')?.textContent}`),
    );
  await popup.locator('section.what-if').screenshot({ path: screenshot });
  const change = { packers: stepper === 'packers' ? times : 0, extraPickups: stepper === 'pickups' ? times : 0 };
  const after = (
    await ask(popup, { to: 'background', type: 'what-if', payload: { streamId: live.streamId, ...change } })
  ).data;
  const late = (e?: Estimate | null) => {
    const l = e?.outlook?.lateDispatch.all;
    return l ? `${l.p50} (P10–P90 ${l.p10}–${l.p90})` : '—';
  };
  const score = (e?: Estimate | null) => e?.outlook?.score?.p50.toFixed(1) ?? '—';
  const flags = (e?: Estimate | null) =>
    e?.outlook?.flags
      .map((f) => `${f.label} (${Math.round(((f as { probability?: number }).probability ?? 1) * 100)} %)`)
      .join('; ') || 'none';
  console.log(`
Pressed in the popup: "${action.label}" (${stepper === 'pickups' ? '+1 extra pickup' : `+${times} packer(s)`})
  the popup shows   ${shown.join(' · ')}
  the same what-if, asked of the background again:
  late dispatches   ${late(live)} → ${late(after)}
  sub-score after   ${score(live)} → ${score(after)}
  flags             ${flags(live)} → ${flags(after)}
`);
}
