// The sandbox payment page in a real browser (Debian's headless Chromium): register an order,
// open formUrl, pay with a test card (with and without the 3-D Secure step), land on returnUrl,
// and read the new status from the gateway.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const sandboxPath = process.env.PAYDESK_SANDBOX;
const shots = process.env.PAYDESK_SCREENSHOTS || '.';
let sandbox, base, browser;

async function api(endpoint, fields) {
  // Percent-encode every name and value, '+' included.
  const body = Object.entries({ userName: 'sandbox', password: 'sandbox', ...fields })
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const r = await fetch(`${base}/payment/rest/${endpoint}.do`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
  return r.json();
}

before(async () => {
  assert.ok(sandboxPath, 'PAYDESK_SANDBOX must name the paydesk-sandbox binary');
  mkdirSync(shots, { recursive: true });
  sandbox = spawn(sandboxPath, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(sandbox.stdout, 'data');
  base = chunk.toString().split('\n')[0].trim();
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  sandbox?.kill();
});

async function payInBrowser({ preAuth, pan, expiry, cvc, acsCode, language, shot }) {
  const reg = await api(preAuth ? 'registerPreAuth' : 'register', {
    orderNumber: `B-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`,
    amount: '123456', returnUrl: `${base}/shop/return`, description: 'Browser test + plus', language });
  assert.ok(reg.orderId, JSON.stringify(reg));
  const page = await browser.newPage({ viewport: { width: 520, height: 760 } });
  await page.goto(reg.formUrl);
  await page.fill('#pan', pan);
  await page.fill('#expiry', expiry);
  await page.fill('#cvc', cvc);
  await page.fill('#holder', 'Test Cardholder');
  await page.screenshot({ path: `${shots}/${shot}-card-form.png` });
  await page.click('#pay');
  if (acsCode) {
    await page.waitForSelector('#code');
    await page.screenshot({ path: `${shots}/${shot}-acs.png` });
    await page.fill('#code', acsCode);
    await page.click('#confirm');
  }
  await page.waitForURL(url => url.pathname === '/shop/return');
  const landed = new URL(page.url());
  assert.equal(landed.searchParams.get('orderId'), reg.orderId);
  await page.waitForSelector('#result');
  await page.screenshot({ path: `${shots}/${shot}-return.png` });
  await page.close();
  return api('getOrderStatusExtended', { orderId: reg.orderId });
}

test('one-stage payment with a frictionless card ends DEPOSITED', async () => {
  const s = await payInBrowser({ preAuth: false, pan: '2202 2050 0001 2424', expiry: '05/28', cvc: '649', shot: 'one-stage' });
  assert.equal(s.orderStatus, 2);
  assert.equal(s.paymentAmountInfo.depositedAmount, 123456);
  assert.equal(s.orderDescription, 'Browser test + plus');
});

test('two-stage payment through the 3-D Secure page ends APPROVED (held)', async () => {
  const s = await payInBrowser({ preAuth: true, pan: '4111111111111111', expiry: '12/34', cvc: '123',
                                 acsCode: '12345678', language: 'en', shot: 'preauth-3ds' });
  assert.equal(s.orderStatus, 1);
  assert.equal(s.paymentAmountInfo.approvedAmount, 123456);
  assert.equal(s.cardAuthInfo.maskedPan, '411111**1111');
});

test('a declined card lands on the return page with status 6', async () => {
  const s = await payInBrowser({ preAuth: false, pan: '2202205000060910', expiry: '06/28', cvc: '810',
                                 acsCode: '111111', shot: 'declined' });
  assert.equal(s.orderStatus, 6);
  assert.equal(s.actionCode, 116);
});

// Mir Pay (seed 003): choose Mir Pay beside the card form, the universal link opens the (stand-in) Mir Pay
// app, choose a card there, Mir Pay hands the browser back to the payment page, the gateway sends it to
// the result page; the order's status carries paymentWay MIR_PAY.
async function payWithMirPay({ preAuth, pan, language, shot }) {
  const reg = await api(preAuth ? 'registerPreAuth' : 'register', {
    orderNumber: `M-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`,
    amount: '54321', returnUrl: `${base}/shop/return`, failUrl: `${base}/shop/return?failed=1`,
    description: 'Mir Pay test', language });
  assert.ok(reg.orderId, JSON.stringify(reg));
  const page = await browser.newPage({ viewport: { width: 420, height: 820 } });
  await page.goto(reg.formUrl);
  await page.waitForSelector('#pan'); // the card form is still there, beside Mir Pay
  await page.screenshot({ path: `${shots}/${shot}-page.png` });
  await page.click('#mirpay');
  await page.waitForURL(url => url.pathname === '/mirpay/app');
  await page.waitForSelector('#mirpay-app');
  await page.check(`#card-${pan.slice(-4)}`);
  await page.screenshot({ path: `${shots}/${shot}-app.png` });
  const handBack = page.waitForRequest(r => new URL(r.url()).pathname === '/payment/sandbox/mirpay/return');
  await page.click('#mirpay-pay');
  await handBack;
  await page.waitForURL(url => url.pathname === '/shop/return');
  assert.equal(new URL(page.url()).searchParams.get('orderId'), reg.orderId);
  await page.waitForSelector('#result');
  await page.screenshot({ path: `${shots}/${shot}-return.png` });
  await page.close();
  return { reg, status: await api('getOrderStatusExtended', { orderId: reg.orderId }) };
}

test('Mir Pay one-stage: DEPOSITED, paymentWay MIR_PAY', async () => {
  const { status: s } = await payWithMirPay({ preAuth: false, pan: '2202205000012424', shot: 'mirpay-one-stage' });
  assert.equal(s.orderStatus, 2);
  assert.equal(s.paymentWay, 'MIR_PAY');
  assert.equal(s.paymentAmountInfo.depositedAmount, 54321);
  assert.equal(s.cardAuthInfo.maskedPan, '220220**2424');
  assert.equal(s.cardAuthInfo.paymentSystem, 'MIR');
});

test('Mir Pay two-stage: APPROVED (held), then captured with deposit.do', async () => {
  const { reg, status: s } = await payWithMirPay({ preAuth: true, pan: '2202206100040083', language: 'en',
                                                  shot: 'mirpay-two-stage' });
  assert.equal(s.orderStatus, 1);
  assert.equal(s.paymentWay, 'MIR_PAY');
  assert.equal(s.paymentAmountInfo.approvedAmount, 54321);
  const deposit = await api('deposit', { orderId: reg.orderId, amount: '54321' });
  assert.equal(String(deposit.errorCode), '0');
  const after = await api('getOrderStatusExtended', { orderId: reg.orderId });
  assert.equal(after.orderStatus, 2);
  assert.equal(after.paymentWay, 'MIR_PAY');
});

test('Mir Pay with a card that is declined lands on failUrl with status 6', async () => {
  const { status: s } = await payWithMirPay({ preAuth: false, pan: '2202205000060910', shot: 'mirpay-declined' });
  assert.equal(s.orderStatus, 6);
  assert.equal(s.actionCode, 116);
});
