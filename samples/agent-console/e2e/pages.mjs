// Page helpers for the console tests: a laptop-sized tab that fails the test on browser console errors.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { screenshotFolder } from './harness.mjs';

export async function newTab(stack) {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.setDefaultTimeout(15_000);
  return {
    page,
    /** `expected` names errors the test provokes on purpose, such as Chromium's log line for an HTTP 403. */
    assertNoConsoleErrors: (expected) => {
      const unexpected = errors.filter((text) => !(expected && expected.test(text)));
      assert.deepEqual(unexpected, [], `browser console errors:\n${unexpected.join('\n')}`);
    },
    close: () => context.close(),
  };
}

export async function signIn(page, stack, apiKey, agentName = 'Sam') {
  await page.goto(stack.app.url);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByLabel('Your name (used in greetings)').fill(agentName);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Tickets/ }).waitFor();
}

export function screenshot(page, name) {
  return page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: false });
}
