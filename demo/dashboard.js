// The simulated dashboard's own script: polls the live endpoint and re-renders, as seller dashboards do.
const pollMs = Number(document.querySelector('meta[name="poll-ms"]').content) || 1000;
const fmt = new Intl.NumberFormat('en-US');
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const $ = (id) => document.getElementById(id);

function render(live) {
  const secs = Math.floor(live.elapsedMs / 1000);
  const two = (n) => String(n).padStart(2, '0');
  const mmss = `${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}`;
  $('clock').textContent = secs >= 3600 ? `${Math.floor(secs / 3600)}:${mmss}` : mmss;
  $('gmv').textContent = `¥${money.format(live.gmvFen / 100)}`;
  $('paid').textContent = fmt.format(live.paidOrders);
  $('items').textContent = fmt.format(live.itemsSold);
  $('viewers').textContent = fmt.format(live.viewers);
  $('ended').hidden = !live.ended;
  const rows = live.products.map((p) => {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = p.name;
    if (p.live) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'DROPPED';
      name.append(badge);
    }
    const price = document.createElement('td');
    price.className = 'num';
    price.textContent = `¥${money.format(p.priceFen / 100)}`;
    const sold = document.createElement('td');
    sold.className = 'num';
    sold.textContent = fmt.format(p.sold);
    tr.append(name, price, sold);
    return tr;
  });
  $('products').replaceChildren(...rows);
}

async function poll() {
  try {
    const res = await fetch('/api/live', { cache: 'no-store' });
    if (res.ok) render(await res.json());
  } catch {
    // The demo server stopped: keep the last numbers on screen, as a real dashboard would.
  }
  setTimeout(poll, pollMs);
}
poll();
