/**
 * A busy dashboard for the capture bench: the demo adapter's "Paid orders" tile among 2,000 other
 * cells that change all the time, as a live screen's tickers and rankings do. `lesCaptureBench` times,
 * in the page itself, what each change costs the main thread until the mutation observers have run:
 * a mutation queues the observers' microtask at once, so a microtask queued after it runs after them.
 */
export const BUSY_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<meta name="les-radar-demo" content="bench-room"><title>Busy dashboard</title></head>
<body><section><h3>Paid orders</h3><div id="paid">0</div></section>
<table id="ticker"></table>
<script>
const table = document.getElementById('ticker');
for (let r = 0; r < 200; r++) {
  const tr = table.insertRow();
  for (let c = 0; c < 10; c++) tr.insertCell().textContent = String(r * c);
}
const cells = table.querySelectorAll('td');
const paid = document.getElementById('paid');
const fmt = new Intl.NumberFormat('en-US');
const nextTask = () => new Promise((r) => setTimeout(r, 0));
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
async function time(change) {
  const t0 = performance.now();
  change();
  await Promise.resolve();
  return performance.now() - t0;
}
window.lesCaptureBench = async (n) => {
  const longTasks = [];
  new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  const counter = [], other = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    count += 1 + (i % 7);
    counter.push(await time(() => { paid.textContent = fmt.format(count); }));
    await nextTask();
    // Ten unrelated cells change between two counter changes, 10 ms apart: ten counter changes a
    // second, more than a dashboard polling every second or two ever shows.
    for (let k = 0; k < 10; k++) {
      await pause(10);
      other.push(await time(() => { cells[(i * 10 + k) % cells.length].textContent = String(i + k); }));
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  return { counter, other, longTasks };
};
</script></body></html>`;
