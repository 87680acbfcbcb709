// Runs graphql-http's GraphQL-over-HTTP server audits against a running Timebank API.
//
//   node tools/http-audit/run-audits.mjs [url]      (or TIMEBANK_URL; default http://127.0.0.1:5080/graphql)
//
// One line per audit, then "audits: N passed, N failed". Exits 1 when a MUST fails, or when a SHOULD (or MAY)
// fails without being accepted in docs/graphql-over-http.md by a line such as:
//
//   - accepted `22EB`: why we deliberately do not follow this recommendation
//
// A failing MUST is never accepted, and nor is an audit that could not run (server down, timeout), whatever its level.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverAudits } from 'graphql-http';

const url = process.argv[2] || process.env.TIMEBANK_URL || 'http://127.0.0.1:5080/graphql';
const docPath = fileURLToPath(new URL('../../docs/graphql-over-http.md', import.meta.url));
const timeoutMs = 10_000;

/** Audit ids accepted as failing, with their reasons, from the doc's "accepted `ID`: reason" lines. */
function readAccepted(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  const accepted = new Map();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*[-*]\s+accepted\s+`?([0-9A-Za-z]{4})`?\s*[:\u2013\u2014-]\s*(\S.*)$/i.exec(line);
    if (match) accepted.set(match[1].toUpperCase(), match[2].trim());
  }
  return accepted;
}

// A hung request must not hang the run.
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });

const accepted = readAccepted(docPath);
const audits = serverAudits({ url, fetchFn });
let passed = 0;
let failed = 0;

for (const { id, name, fn } of audits) {
  let result;
  try {
    result = await fn();
  } catch (error) {
    // graphql-http throws only when an audit could not run at all (e.g. connection refused).
    result = { id, name, status: 'error', reason: `audit could not run: ${error?.cause?.message ?? error?.message ?? error}` };
  }
  const level = name.split(' ')[0];
  if (result.status === 'ok') {
    passed++;
    console.log(`PASS ${level.padEnd(6)} ${id} ${name}`);
    continue;
  }
  const reason = accepted.get(id.toUpperCase());
  if (result.status !== 'error' && reason) {
    console.log(`WARN ${level.padEnd(6)} ${id} ${name}: ${result.reason} (accepted: ${reason})`);
    continue;
  }
  failed++;
  console.log(`FAIL ${level.padEnd(6)} ${id} ${name}: ${result.reason}`);
}

console.log(`audits: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
