// What Lighthouse's mobile simulation counts toward a page's largest contentful paint: each request and
// main-thread task in its optimistic and pessimistic graphs, with the simulated start and end (ms).
// Reports; asserts nothing. The simulation replays one run on this machine: a request that finished, or
// a script that started running, before that run's largest paint is on the path, whether the paint
// needed it or not (see the README's Measurements).
//
// Usage: scripts/audit/node_modules/.bin/lighthouse URL -GA=DIR --only-categories=performance \
//          --chrome-flags="--headless=new --no-sandbox --disable-features=PaintHolding"
//          (CHROME_PATH=/usr/bin/chromium; paint holding: see scripts/audit.py)
//        node scripts/audit/lcp-graph.mjs DIR
import {readFileSync} from 'node:fs';

import {LanternLargestContentfulPaint} from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

const folder = process.argv[2];
const read = (name) => JSON.parse(readFileSync(`${folder}/${name}`, 'utf8'));
const artifacts = read('artifacts.json');
const settings = read('lhr.report.json').configSettings;
const result = await LanternLargestContentfulPaint.request(
  {
    trace: read('defaultPass.trace.json'),
    devtoolsLog: read('defaultPass.devtoolslog.json'),
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    simulator: null,
  },
  {computedCache: new Map(), settings},
);

const ms = (value) => String(Math.round(value)).padStart(6);
const name = (file) => file.split('/').pop().slice(0, 50) || '(page)';

function describe(node) {
  if (node.type === 'network') {
    const request = node.request;
    return `request ${name(request.url)} (${request.priority}, ${request.transferSize} bytes)`;
  }
  const work = node.childEvents
    .filter((event) => event.dur > 2000)
    .map((event) => `${event.name}${event.args?.data?.url ? ` ${name(event.args.data.url)}` : ''} ${Math.round(event.dur / 1000)}`);
  return `task ${Math.round((node.endTime - node.startTime) / 1000)} ms observed: ${work.slice(0, 5).join(', ')}`;
}

console.log(`largest contentful paint ${Math.round(result.timing)} ms`);
for (const [graph, estimate] of [['optimistic', result.optimisticEstimate], ['pessimistic', result.pessimisticEstimate]]) {
  console.log(`\n${graph}: ${Math.round(estimate.timeInMs)} ms  (start, end, what)`);
  const rows = [...estimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, timing] of rows) {
    console.log(`${ms(timing.startTime)} ${ms(timing.endTime)}  ${describe(node)}`);
  }
}
