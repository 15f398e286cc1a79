import { readTrustFigures, trustTable } from './trust-figures';

/** After `npm run test:trust`: prints every figure the suite recorded as one Markdown table. */
const figures = readTrustFigures();
if (figures.length === 0) {
  console.error('No trust figures recorded: run `npm run test:trust`.');
  process.exit(1);
}
console.log(`\n${trustTable(figures)}\n`);
const failed = figures.filter((figure) => figure.failed > 0 && figure.target === undefined);
if (failed.length > 0) {
  console.error(`${failed.length} figure(s) missed their target of 0.`);
  process.exit(1);
}
