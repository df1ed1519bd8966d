// What an administrator does in Chromium: installs the zip through Plugins → Add New → Upload,
// fills in the settings page, turns the site-wide footer on and off, uploads practice bundles.
import { assert, assertIncludes } from './harness.mjs';
import { HOSTILE_NAME } from './content.mjs';

export const SETTINGS_PATH = '/wp-admin/options-general.php?page=stall-elements';

/**
 * Logs in through wp-login.php. A try that ends back on the login screen is tried once more, and
 * what that screen said goes into the log and, if the second try fails too, into the error.
 */
export async function logIn(page, site, user, password) {
  let said = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    if (new URL(page.url()).pathname.startsWith('/wp-admin')) return;
    said = ((await page.textContent('#login_error').catch(() => '')) || (await bodyText(page)).slice(0, 400)).replace(/\s+/g, ' ').trim();
    console.log(`      (logging in as ${user}, try ${attempt}, ended on ${page.url()}: ${said})`);
  }
  assert(false, `logging in as ${user} ended on ${page.url()}, which said: ${said}`);
}

/** The body text of the page, squashed. */
export const bodyText = async (page) => (await page.textContent('body')).replace(/\s+/g, ' ');

export async function uploadPlugin(page, site, zipFile) {
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', zipFile);
  await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#install-plugin-submit')]);
  assertIncludes(await bodyText(page), 'Plugin installed successfully.', 'the upload screen');
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("Activate Plugin")')]);
  assertIncludes(await bodyText(page), 'Plugin activated.', 'the plugins screen');
  assertIncludes(await bodyText(page), 'choose your country', 'the plugins screen (the notice until a country is chosen)');
}

export const PRACTICE = {
  name: 'Harbour Therapy',
  phone: '020 7946 0000',
  email: 'hello@harbour.example',
  booking_url: 'https://harbour.example/book',
  address: '1 Quay Street, Bristol',
  hours: 'Monday to Friday, 9 to 5',
};

async function saveSettings(page, site, values) {
  await page.goto(`${site.url}${SETTINGS_PATH}`);
  for (const [field, value] of Object.entries(values)) {
    const selector = `[name="stall_elements_practice[${field}]"]`;
    if (field === 'country' || field === 'language') await page.selectOption(selector, value);
    else await page.fill(selector, value);
  }
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
}

const fieldValue = (page, field) => page.inputValue(`[name="stall_elements_practice[${field}]"]`);

export async function settingsSave(page, site) {
  await saveSettings(page, site, { ...PRACTICE, country: 'GB', language: 'en' });
  assertIncludes(await bodyText(page), 'Settings saved.', 'the settings page after saving');
  await page.goto(`${site.url}${SETTINGS_PATH}`);
  for (const [field, value] of Object.entries({ ...PRACTICE, country: 'GB', language: 'en' })) {
    assert((await fieldValue(page, field)) === value, `${field} reads ${await fieldValue(page, field)} after saving ${value}`);
  }
  assert(!(await bodyText(page)).includes('choose your country'), 'the choose-a-country notice is still there');
}

/** A name with markup and a javascript: booking link: stored as text / refused, never run. */
export async function hostileSettings(page, site, dialogs) {
  await saveSettings(page, site, { name: HOSTILE_NAME, booking_url: 'javascript:alert(1)' });
  const text = await bodyText(page);
  assertIncludes(text, 'The booking link must be a web address that starts with https://', 'the settings page');
  assert((await fieldValue(page, 'name')) === HOSTILE_NAME, `the name field reads ${await fieldValue(page, 'name')}`);
  assert((await fieldValue(page, 'booking_url')) === PRACTICE.booking_url, 'the booking link is not the saved https one');
  assert((await page.locator('img[src="x"]').count()) === 0, 'an <img src=x> reached the settings page');
  assert(dialogs.length === 0, `a dialog opened: ${dialogs.join(', ')}`);
}

/** Clicks the one button of the site-wide footer section; returns the section's new status. */
export async function toggleFooter(page, site, expected) {
  await page.goto(`${site.url}${SETTINGS_PATH}`);
  const button = expected ? 'Add the footer to every page' : 'Turn off the footer on every page';
  await Promise.all([page.waitForNavigation(), page.click(`input[value="${button}"]`)]);
  assertIncludes(await bodyText(page), expected ? 'On: every page of the site ends with the crisis footer.' : 'Off: the crisis footer appears', 'the footer section');
}

export async function uploadBundle(page, site, zipFile) {
  await page.goto(`${site.url}${SETTINGS_PATH}`);
  await page.setInputFiles('#stall-elements-bundle', zipFile);
  await Promise.all([page.waitForNavigation(), page.click('input[value="Upload practice bundle"]')]);
  return bodyText(page);
}
