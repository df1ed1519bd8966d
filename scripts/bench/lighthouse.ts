/**
 * Lighthouse's mobile run (simulated slow 4G, CPU 4x slower) of the bench's pages, side by side,
 * for `npm run bench`: largest contentful paint and total blocking time. lighthouse 12.2.3 is a
 * devDependency and runs the machine's Chromium headless; it needs no network beyond the bench's
 * own server on 127.0.0.1. `--no-lighthouse` skips it. Each page runs LIGHTHOUSE_RUNS times; the median counts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface LighthouseResult {
  lcp: number;
  tbt: number;
}

/** Runs per page: one simulated run swung by 300 ms and more between runs of the same page. */
export const LIGHTHOUSE_RUNS = 3;

/** `runs` Lighthouse runs of `url`: the one with the median largest contentful paint, or why none could run. */
export async function lighthouse(root: string, url: string, runs = LIGHTHOUSE_RUNS): Promise<LighthouseResult | { error: string }> {
  const results: LighthouseResult[] = [];
  let failure: { error: string } | undefined;
  for (let run = 0; run < runs; run++) {
    const result = await lighthouseOnce(root, url);
    if ('error' in result) failure = result;
    else results.push(result);
  }
  if (!results.length) return failure!;
  return results.sort((a, b) => a.lcp - b.lcp)[Math.floor((results.length - 1) / 2)];
}

/** One Lighthouse performance run of `url`, or the reason it could not run. */
function lighthouseOnce(root: string, url: string): Promise<LighthouseResult | { error: string }> {
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  const args = [cli, url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        const report = JSON.parse(out);
        if (report.runtimeError) return resolve({ error: report.runtimeError.message });
        resolve({ lcp: report.audits['largest-contentful-paint'].numericValue, tbt: report.audits['total-blocking-time'].numericValue });
      } catch {
        resolve({ error: `lighthouse exited with ${code}: ${err.trim().split('\n').pop() ?? 'no output'}` });
      }
    });
  });
}
