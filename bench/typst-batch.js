// Typst's side of bench/typst.sh: compiles bench/safer-seven.typ and writes it as PDF/UA-1, warm, in
// one Node process (W documents of warm-up, then N timed ones), and prints one line of JSON with the
// milliseconds a document: wall clock, and this process's CPU time, as Typst may use a second thread.
//
// Typst remembers what it has laid out (comemo), so the same source compiled again is nearly free,
// where our renderer does all its work for every document. A batch renders different bulletins, so
// document k of the batch is the example with its number k written after every sentence: the text
// of every paragraph differs from one document to the next, while the fonts, pictures and styles are
// those Typst already has, as our renderer keeps its parsed fonts and styles. For information, two
// more figures: the same source again and again ("memoized"), and with Typst's cache emptied after
// every document ("evicted", which throws away the decoded pictures too).
//
// Usage: node bench/typst-batch.js ROOT FONTS OUT.pdf [N [W]]   (run by bench/typst.sh)
'use strict';
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [root, fonts, out, n = '100', w = '30'] = process.argv.slice(2);
const source = fs.readFileSync(path.join(root, 'bench', 'safer-seven.typ'), 'utf8');
const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths: [fonts] }] });

/** Document k: the example with " (k)" after every sentence, or the example itself if k is null. */
function render(k, evict) {
  const text = k === null ? source : source.replace(/\. (?=[A-Z])/g, `. (${k}) `);
  const compiled = compiler.compile({ mainFileContent: text });
  if (compiled.hasError()) {
    compiled.printErrors();
    process.exit(1);
  }
  const pdf = compiler.pdf(compiled.result, { pdfStandard: 'ua-1' });
  if (evict) compiler.evictCache(0);
  return pdf;
}

function batch(first, count, same, evict) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let k = first; k < first + count; k++) {
    render(same ? null : k, evict);
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e6 / count;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 / count };
}

const documents = Number(n);
const warmUp = Number(w);
batch(1_000_000, warmUp, false, false);
const distinct = batch(1, documents, false, false);
const memoized = batch(1, documents, true, false);
const evicted = batch(1, Math.min(documents, 30), true, true);
const example = render(null, false);
fs.writeFileSync(out, example);
console.log(JSON.stringify({ documents, warmUp, msPerDocument: distinct.wall, cpuMsPerDocument: distinct.cpu,
  memoizedMsPerDocument: memoized.wall, evictedMsPerDocument: evicted.wall, bytes: example.length }));
