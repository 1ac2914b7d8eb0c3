// Opens the scheduler dashboard in Debian's headless chromium and uses it as an operator would:
// the job is listed, "Run now" records a run, the run's details show its errors, and the
// workbook link downloads an .xlsx. Prints one JSON line; exits non-zero on the first failed check.
//
// usage: node dashboard.mjs BASE_URL [SCREENSHOT.png]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, screenshot] = process.argv.slice(2);
if (!base) {
  console.error('usage: node dashboard.mjs BASE_URL [SCREENSHOT.png]');
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

const result = {};
try {
  const page = await context.newPage();
  await page.goto(base);

  const jobs = await page.locator('#jobs').innerText();
  check(jobs.includes('nightly'), `the jobs table lists the nightly job: ${jobs}`);
  result.nextFireShown = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(jobs);
  check(result.nextFireShown, 'the jobs table shows a next fire time');
  check(await page.locator('#runs tr.run').count() === 0, 'no run is recorded before "Run now"');

  await page.getByRole('button', { name: 'Run now' }).click();
  await page.waitForLoadState();
  result.notice = await page.locator('.notice').innerText();
  check(result.notice.includes('Run started'), `the page confirms the run: ${result.notice}`);

  let status = '';
  for (let i = 0; i < 60 && status !== 'succeeded'; i++) {
    await page.waitForTimeout(500);
    await page.reload();
    const rows = page.locator('#runs tr.run');
    status = (await rows.count()) > 0 ? (await rows.first().locator('td.status').innerText()).trim() : '';
  }
  result.status = status;
  check(status === 'succeeded', `a run is recorded and succeeds (last status "${status}")`);
  result.trigger = (await page.locator('#runs tr.run').first().locator('td').nth(3).innerText()).trim();
  check(result.trigger === 'manual', `the run is recorded as manual, not ${result.trigger}`);

  await page.locator('#runs tr.run').first().getByRole('link', { name: 'details' }).click();
  await page.waitForLoadState();
  result.errors = await page.locator('#errors li').allInnerTexts();
  check(result.errors.length > 0, 'the run page lists the run\'s errors and skipped files');
  await page.goBack();

  const link = page.locator('#workbooks a').first();
  check(await link.count() === 1, 'the dashboard links the latest workbook');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  result.workbook = download.suggestedFilename();
  const bytes = readFileSync(await download.path());
  check(bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004', 'the download is a zip package');
  check(bytes.includes(Buffer.from('xl/workbook.xml')), 'the package holds a workbook part');
  result.bytes = bytes.length;

  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  console.log(JSON.stringify({ ok: true, ...result }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: error.message, ...result }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
