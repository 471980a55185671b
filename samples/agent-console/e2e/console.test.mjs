// The agent console in headless Chromium against a real host: sign-in, live ticket list, call panel,
// message taking, reply review and supervisor charts. Screenshots go to artifacts/screenshots/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { adminKey, adminRequest, chromiumPath, startStack } from './harness.mjs';
import { newTab, screenshot, signIn } from './pages.mjs';

const skip = existsSync(chromiumPath) ? false : `Chromium is not installed at ${chromiumPath}`;

describe('agent console', { skip, timeout: 240_000 }, () => {
  let stack;
  before(async () => { stack = await startStack(); });
  after(async () => { await stack?.stop(); });

  async function openTicketThroughForm(page, subject) {
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel('Priority', { exact: true }).last().selectOption('HIGH');
    await page.getByRole('button', { name: 'Open ticket' }).click();
    await page.getByText(/Ticket #\d+ opened\./).waitFor();
  }

  test('a wrong key is refused in words, and the keyboard alone signs in', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await page.goto(stack.app.url);
    await page.getByLabel('API key').fill('hd_0000000000000000_not-a-real-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your API key was not accepted. Sign in again with a valid key.').waitFor();
    await screenshot(page, '01-sign-in-refused');

    await page.reload();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'api-key');
    await page.keyboard.type(adminKey);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Tickets/ }).waitFor();
    assert.match(await page.locator('.who').innerText(), /Robin/);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('a ticket opened in one tab appears live in a second tab', async () => {
    const first = await newTab(stack);
    const second = await newTab(stack);
    await signIn(first.page, stack, adminKey);
    await signIn(second.page, stack, adminKey, 'Alex');
    await second.page.locator('body[data-connection="online"]').waitFor();

    await openTicketThroughForm(first.page, 'Printer on floor 3 jams on every page');
    await second.page.getByRole('cell', { name: 'Printer on floor 3 jams on every page' }).waitFor();
    assert.match(await second.page.locator('.ticket-list .list-column > .status').innerText(), /Live: /);
    await screenshot(second.page, '02-ticket-list-live');
    first.assertNoConsoleErrors();
    second.assertNoConsoleErrors();
    await first.close();
    await second.close();
  });

  test('a call goes through its steps, holds with a check-back reminder and resumes', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, adminKey);
    await openTicketThroughForm(page, 'Cannot log in: password expired');
    await page.getByRole('link', { name: /^#\d+$/ }).first().click();
    await page.getByRole('heading', { name: /Cannot log in: password expired/ }).waitFor();

    await page.getByRole('button', { name: 'Start call' }).click();
    await page.locator('.steps li.current', { hasText: 'Greeting' }).waitFor();
    assert.ok(await page.locator('.call-panel .script li').count() > 0, 'the greeting script has lines');
    await page.getByRole('button', { name: 'Next: Venting' }).click();
    await page.locator('.steps li.current', { hasText: 'Venting' }).waitFor();

    await page.getByLabel('Why are you putting the caller on hold?').fill('I will check your account with second level support');
    await page.getByRole('button', { name: 'Put on hold' }).click();
    await page.getByText(/On hold for \d+s/).waitFor();
    await page.locator('.check-back', { hasText: 'Check back with the caller' }).waitFor({ timeout: 30_000 });
    await screenshot(page, '03-call-on-hold');

    await page.getByRole('button', { name: 'Resume call' }).click();
    await page.getByText('Step 2 of 7: Venting').waitFor();
    await page.getByRole('button', { name: 'Next: Troubleshooting' }).waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('a message without a phone number names the missing field', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, adminKey);
    await openTicketThroughForm(page, 'Caller wants the manager to call back');
    await page.getByRole('link', { name: /^#\d+$/ }).first().click();
    await page.getByRole('heading', { name: 'Take a message' }).waitFor();

    const inHour = (hours) => new Date(Date.now() + hours * 3600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Caller first name').fill('Anna');
    await page.getByLabel('Caller last name').fill('Jansen');
    await page.getByLabel('Organisation').fill('Jansen BV');
    await page.getByLabel('For (person or team)').fill('Service manager');
    await page.getByLabel('Call back from').fill(inHour(1));
    await page.getByLabel('Call back until').fill(inHour(3));
    await page.getByLabel('Message', { exact: true }).fill('Please call about the renewal of the contract.');
    await page.getByRole('button', { name: 'Take message' }).click();

    const phoneError = page.locator('.field-error[data-field="phone"]');
    await phoneError.waitFor();
    assert.equal(await page.getByLabel('Phone with country code').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Phone with country code').scrollIntoViewIfNeeded();
    await screenshot(page, '04-message-missing-phone');

    await page.getByLabel('Phone with country code').fill('+31201234567');
    await page.getByRole('button', { name: 'Take message' }).click();
    await page.getByText(/Message taken for Service manager/).waitFor();
    assert.equal(await phoneError.count(), 0);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('reply review marks weak phrases while the agent types', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, adminKey);
    await openTicketThroughForm(page, 'Laptop battery drains overnight');
    await page.getByRole('link', { name: /^#\d+$/ }).first().click();
    await page.getByLabel('Text', { exact: true }).pressSequentially("I'll try to fix it ASAP. Did you restart it?", { delay: 5 });
    await page.locator('.review-preview mark').first().waitFor();
    assert.ok(await page.locator('.review-findings .finding').count() >= 2);
    await page.locator('.review-findings .question', { hasText: 'Closed question' }).waitFor();
    await screenshot(page, '05-ticket-view-reply-review');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('the supervisor view shows metrics as charts', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, adminKey);
    await page.getByRole('link', { name: 'Supervisor' }).click();
    await page.getByRole('heading', { name: 'Supervisor: last 7 days' }).waitFor();
    await page.locator('.metric svg.chart').first().waitFor();
    assert.ok(await page.locator('.metric').count() >= 3);
    await screenshot(page, '06-supervisor-metrics');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('a warm transfer is announced and a promise needs a concrete time', async () => {
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, adminKey);
    await openTicketThroughForm(page, 'Invoice shows the wrong VAT number');
    await page.getByRole('link', { name: /^#\d+$/ }).first().click();
    await page.getByRole('heading', { name: 'Warm transfer' }).waitFor();

    await page.getByLabel('To (agent or team)').fill('billing');
    await page.getByLabel('Caller name and details').fill('Mrs Jansen of Jansen BV; the VAT number on invoice 2026-114 is wrong.');
    await page.getByLabel('Direct number for next time').fill('+31201234567');
    await page.getByRole('button', { name: 'Announce and request transfer' }).click();
    await page.getByText('Transfer requested to billing; waiting for them to accept.').waitFor();

    await page.getByLabel('What you promise').fill('I will send the corrected invoice');
    await page.getByRole('button', { name: 'Promise' }).click();
    await page.locator('.promise-form .field-error').first().waitFor();
    const due = new Date(Date.now() + 24 * 3600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Due').fill(due);
    await page.getByRole('button', { name: 'Promise' }).click();
    await page.getByText(/Promise recorded, due/).waitFor();
    // The ticket view re-renders when the live update of the promise arrives; scroll once it shows the promise.
    const promise = page.locator('.ticket-details li', { hasText: 'I will send the corrected invoice' });
    await promise.waitFor();
    await promise.evaluate((item) => item.scrollIntoView({ block: 'center' }));
    await screenshot(page, '07-transfer-and-promise');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  test('an agent key is told in words that the supervisor view needs another role', async () => {
    const { createApiKey } = await adminRequest(stack.host.address,
      'mutation { createApiKey(input: { name: "e2e agent", role: AGENT }) { key userErrors { message } } }');
    const tab = await newTab(stack);
    const { page } = tab;
    await signIn(page, stack, createApiKey.key, 'Kim');
    await page.getByRole('link', { name: 'Supervisor' }).click();
    await page.getByText('Your role may not do this. Ask a supervisor or an administrator.').waitFor();
    tab.assertNoConsoleErrors(/Failed to load resource: the server responded with a status of 403/);
    await tab.close();
  });
});
