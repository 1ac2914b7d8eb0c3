// Uses the dashboard in Debian's headless chromium as an operator would: Hangfire's recurring
// jobs page lists the nightly job and its "Trigger now" button starts a run, which shows up
// among the succeeded jobs; our overview lists that run from the warehouse's run log, its page
// names the skipped file with the reason, and the workbook link downloads an .xlsx. Every page
// must work under the host's content security policy: a CSP report or a script error fails.
// Prints one JSON line; exits non-zero on the first failed check.
//
// usage: node dashboard.mjs BASE_URL [SCREENSHOT_PREFIX]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, screenshot] = process.argv.slice(2);
if (!base) {
  console.error('usage: node dashboard.mjs BASE_URL [SCREENSHOT_PREFIX]');
  process.exit(2);
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'warehouse-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const result = { problems: [] };
try {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      result.problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => result.problems.push(`script error: ${error.message}`));

  // Hangfire's dashboard: the recurring job and "Trigger now".
  await page.goto(new URL('hangfire/recurring', base).href);
  const row = page.locator('tr.js-jobs-list-row', { hasText: 'nightly' });
  check(await row.count() === 1, 'the recurring jobs page lists the nightly job');
  result.schedule = (await row.innerText()).replace(/\s+/g, ' ').trim();
  await row.locator('input.js-jobs-list-checkbox').check();
  const trigger = page.locator('button.js-jobs-list-command', { hasText: 'Trigger now' });
  // The page posts the command with its antiforgery token, then reloads itself.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), trigger.click()]);

  let succeeded = 0;
  for (let i = 0; i < 240 && succeeded === 0; i++) {
    await page.goto(new URL('hangfire/jobs/succeeded', base).href);
    check(page.url().endsWith('/hangfire/jobs/succeeded'), `on the succeeded jobs page, not ${page.url()}`);
    succeeded = await page.locator('tr.js-jobs-list-row').count();
    if (succeeded === 0) {
      await page.waitForTimeout(500);
    }
  }
  result.succeededJobs = succeeded;
  check(succeeded === 1, `the triggered run is listed among the succeeded jobs (found ${succeeded})`);
  result.job = (await page.locator('tr.js-jobs-list-row').first().innerText()).replace(/\s+/g, ' ').trim();
  check(result.job.includes('Nightly run'), `the succeeded job is the nightly run: ${result.job}`);
  if (screenshot) {
    await page.screenshot({ path: `${screenshot}-hangfire.png`, fullPage: true });
  }

  // Our overview: the run as the warehouse logged it, and the workbook it wrote.
  await page.goto(base);
  const run = page.locator('#runs tr.run').first();
  check(await run.count() === 1, 'the overview lists the run from the warehouse');
  result.status = (await run.locator('td.status').innerText()).trim();
  check(result.status === 'succeeded', `the run succeeded (status "${result.status}")`);
  check(await page.locator('#jobs-link').getAttribute('href') === '/hangfire', 'the overview links to the jobs dashboard');

  await run.getByRole('link').first().click();
  await page.waitForLoadState();
  result.skipped = await page.locator('#skipped tbody tr').allInnerTexts();
  check(result.skipped.some((line) => line.includes('broken.docx')), `the run page names the skipped file: ${result.skipped}`);
  await page.goBack();

  const link = page.locator('#workbooks a').first();
  check(await link.count() === 1, 'the overview links the latest workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  result.workbook = download.suggestedFilename();
  const bytes = readFileSync(await download.path());
  check(bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004', 'the download is a zip package');
  check(bytes.includes(Buffer.from('xl/workbook.xml')), 'the package holds a workbook part');
  result.bytes = bytes.length;
  if (screenshot) {
    await page.screenshot({ path: `${screenshot}-overview.png`, fullPage: true });
  }

  check(result.problems.length === 0, `no page broke under the content security policy: ${result.problems.join(' | ')}`);
  console.log(JSON.stringify({ ok: true, ...result }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: error.message, ...result }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
