import { chromium, type Browser } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath, copySampleSite, LanyardPage, openApp } from '../../tests/e2e/harness';
import { generatePost } from '../../tests/src/markdown/generate-post';
import type { MeasuredGroup } from '../measured-groups';
import type { KeystrokeSample } from './keystroke-probe';
import {
  lettersToType,
  openLongPost,
  placeCursorMidParagraph,
  setPreviewShown,
  timeMarkdownItPeer,
  typeMeasured,
  waitForPreview,
} from './keystroke-session';

/**
 * Issue 8, "keystroke to preview" and "typing", measured in Chromium: from a key event to the
 * preview's DOM showing the change, and to the editor's paint with the preview on and off, for
 * a 1,500-word post, a 20,000-word post and a 1 MB document (seeded, as in bench/preview.bench.ts).
 * The peer for the preview is markdown-it rendering the whole document in the same page.
 */

const documents = [
  { label: '1,500-word post', chars: 10_000, slug: 'keystroke-short' },
  { label: '20,000-word post', chars: 140_000, slug: 'keystroke-long' },
  { label: '1 MB document', chars: 1_000_000, slug: 'keystroke-huge' },
] as const;

/** Keys per run; short runs alternate preview on and off so that drift in the machine hits both alike. */
const keysPerRun = 12;
const runsPerSide = 4;
const seed = 7;

/**
 * Headless Chromium paces frames to a simulated 60 Hz display, so every rAF waits for the next
 * 16.7 ms tick and a key's latency is mostly where in the tick it fell. Without vsync and the
 * frame-rate limit a frame starts as soon as one is needed, and the samples show the work done
 * rather than the phase of the display. The cost is that a chain of N frames costs only N short
 * frames here, so the probe also counts the frames each preview change took (see figures).
 */
const unpacedFrames = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

function launchUnpaced(): Promise<Browser> {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    headless: true,
    args: [...chromiumArgs, ...unpacedFrames],
  });
}

function postFile(label: string, body: string): string {
  return `---\nlayout: post\ntitle: "Keystroke bench, ${label}"\ndate: 2026-06-20 12:00:00 +0100\n---\n\n${body}`;
}

interface DocumentRuns {
  on: KeystrokeSample[];
  off: KeystrokeSample[];
  peer: number[];
}

async function measureDocument(lanyard: LanyardPage, label: string, body: string): Promise<DocumentRuns> {
  const { page } = lanyard;
  await openLongPost(lanyard, `Keystroke bench, ${label}`, body.length);
  const runs: DocumentRuns = { on: [], off: [], peer: [] };
  const letters = lettersToType(keysPerRun);
  for (let round = 0; round < runsPerSide; round++) {
    for (const previewOn of [true, false]) {
      const marker = `Probe${round}${previewOn ? 'On' : 'Off'}`;
      await setPreviewShown(lanyard, previewOn);
      await placeCursorMidParagraph(page, marker);
      if (previewOn) await waitForPreview(page, marker);
      const samples = await typeMeasured(page, marker, letters, previewOn);
      runs[previewOn ? 'on' : 'off'].push(...samples);
    }
  }
  await setPreviewShown(lanyard, true);
  runs.peer = await timeMarkdownItPeer(page, body, runs.on.length);
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function groupsFor(label: string, runs: DocumentRuns, load: string): MeasuredGroup[] {
  const frames = runs.on.map((sample) => sample.framesToPreview ?? Number.NaN);
  return [
    {
      group: `keystroke to preview DOM, ${label}`,
      rows: [
        { name: 'lanyard: key to preview DOM', samples: runs.on.map((sample) => sample.keyToPreview ?? Number.NaN) },
        { name: 'peer: markdown-it renders the whole document, no app', samples: runs.peer },
      ],
      figures: [
        {
          label: 'animation frames begun between the key and the preview DOM change (median, max)',
          value: `${median(frames)}, ${Math.max(...frames)}`,
        },
        { label: 'load average during the run (1, 5, 15 min)', value: load },
      ],
    },
    {
      group: `typing, ${label}`,
      rows: [
        { name: 'lanyard: preview on', samples: runs.on.map((sample) => sample.keyToPaint) },
        { name: 'peer: preview off', samples: runs.off.map((sample) => sample.keyToPaint) },
      ],
      figures: [{ label: 'load average during the run (1, 5, 15 min)', value: load }],
    },
  ];
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}

export default async function measureKeystrokes(): Promise<MeasuredGroup[]> {
  const site = await copySampleSite();
  const bodies = documents.map((doc) => generatePost(doc.chars, seed));
  await Promise.all(
    documents.map((doc, n) =>
      writeFile(path.join(site, '_posts', `2026-06-20-${doc.slug}.md`), postFile(doc.label, bodies[n] ?? '')),
    ),
  );
  const browser = await launchUnpaced();
  const app = await openApp({ site, browser });
  const groups: MeasuredGroup[] = [];
  try {
    const lanyard = new LanyardPage(app.page);
    for (const [n, doc] of documents.entries()) {
      const runs = await measureDocument(lanyard, doc.label, bodies[n] ?? '');
      groups.push(...groupsFor(doc.label, runs, loadAverage()));
    }
  } finally {
    await app.close();
    await browser.close();
  }
  return groups;
}
