// The public API of every package, as API Extractor reports (api/<package>[.<subpath>].api.md), checked
// into the repository so that a change to what a package exports shows in review.
//
//   node scripts/api-report.mjs            check: fails when a built package's API differs from its report
//   node scripts/api-report.mjs --update   rewrite the reports (after a deliberate API change)
//
// Reads the built declarations (dist/**/*.d.ts): run `pnpm build` first.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
const reportFolder = join(root, 'api');
mkdirSync(reportFolder, { recursive: true });

/** Every entry point with types in a package's `exports` map: [report name, package folder, .d.ts path]. */
function entryPoints() {
  const out = [];
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    const folder = join(root, 'packages', name);
    const manifestPath = join(folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target !== 'object' || target.types === undefined) continue;
      const suffix = subpath === '.' ? '' : `.${subpath.replace(/^\.\//, '').replaceAll('/', '-')}`;
      out.push([`${manifest.name.replace(/^@stagecoach\//, '')}${suffix}`, folder, join(folder, target.types)]);
    }
  }
  return out;
}

const entries = entryPoints();
let failed = 0;
for (const [report, folder, types] of entries) {
  if (!existsSync(types)) {
    console.error(`api: ${types} is missing; run \`pnpm build\` first.`);
    failed++;
    continue;
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: folder,
      mainEntryPointFilePath: types,
      compiler: { overrideTsconfig: { compilerOptions: { lib: ['es2022', 'dom'], types: ['node'], skipLibCheck: true }, files: [types] } },
      apiReport: {
        enabled: true,
        reportFileName: `${report}.api.md`,
        reportFolder,
        reportTempFolder: join(root, '.cache', 'api'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: join(folder, 'api-extractor.json'),
    packageJsonFullPath: join(folder, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: (m) => {
    if (m.logLevel === 'warning' || m.logLevel === 'error') console.error(`api ${report}: ${m.text}`);
    m.handled = true;
  } });
  if (result.apiReportChanged && !update) {
    console.error(`api: the public API of ${report} differs from api/${report}.api.md (the new one is in .cache/api/). `
      + 'If the change is deliberate, run `pnpm api:update` and commit the report.');
    failed++;
  } else if (!result.succeeded) {
    console.error(`api: API Extractor failed on ${report} (${result.errorCount} errors).`);
    failed++;
  } else {
    console.log(`  ok  ${report}${result.apiReportChanged ? ' (report updated)' : ''}`);
  }
}
console.log(`api: ${entries.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
