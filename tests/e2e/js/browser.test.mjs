// What a web page in the user's browser can send to `switchboard-cli serve`, as raw HTTP (node:http
// lets a test set Host and Origin the way a browser would). Started by tst_proxy_sdk against two
// serves on loopback, one with a key and one without, both with --allow-origin http://allowed.example:8080.
// Environment:
//   SB_KEYED_URL, SB_KEY   a serve that requires the key
//   SB_OPEN_URL            a keyless serve
//   SB_MODEL               a model that answers "Hello from the fake upstream."
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const ALLOWED = 'http://allowed.example:8080';
const REPLY = 'Hello from the fake upstream.';
const body = JSON.stringify({ model: env('SB_MODEL'), messages: [{ role: 'user', content: 'hi' }] });

function request(base, { method = 'GET', path = '/v1/models', headers = {}, data } = {}) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path, headers: { ...headers, Connection: 'close' }, setHost: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.setTimeout(15000, () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
    req.on('error', reject);
    if (data !== undefined) req.write(data);
    req.end();
  });
}

for (const [mode, baseVar] of [['keyed', 'SB_KEYED_URL'], ['keyless', 'SB_OPEN_URL']]) {
  const base = env(baseVar);
  const port = new URL(base).port;
  const auth = mode === 'keyed' ? { Authorization: `Bearer ${env('SB_KEY')}` } : {};
  const local = `127.0.0.1:${port}`;

  test(`${mode}: a simple cross-site POST (text/plain, foreign Origin and Host) is refused`, async () => {
    const r = await request(base, {
      method: 'POST', path: '/v1/chat/completions', data: body,
      headers: { Host: `attacker.example:${port}`, Origin: 'http://attacker.example', 'Content-Type': 'text/plain;charset=UTF-8', ...auth },
    });
    assert.equal(r.status, 403);
    assert.match(r.text, /allowedHosts/);
  });

  test(`${mode}: DNS rebinding cannot read the models`, async () => {
    const r = await request(base, { headers: { Host: `rebind.attacker.example:${port}`, ...auth } });
    assert.equal(r.status, 403);
    assert.doesNotMatch(r.text, /gpt-4o-mini/);
  });

  test(`${mode}: a foreign Origin is refused, without CORS headers`, async () => {
    const r = await request(base, {
      method: 'POST', path: '/v1/chat/completions', data: body,
      headers: { Host: local, Origin: 'http://attacker.example', 'Content-Type': 'application/json', ...auth },
    });
    assert.equal(r.status, 403);
    assert.match(r.text, /--allow-origin http:\/\/attacker\.example/);
    assert.equal(r.headers['access-control-allow-origin'], undefined);
  });

  test(`${mode}: a text/plain POST without Origin gets 415`, async () => {
    const r = await request(base, {
      method: 'POST', path: '/v1/messages', data: body,
      headers: { Host: local, 'Content-Type': 'text/plain', 'anthropic-version': '2023-06-01', ...auth },
    });
    assert.equal(r.status, 415);
    assert.equal(JSON.parse(r.text).type, 'error');
  });

  test(`${mode}: preflights, refused and allowed`, async () => {
    const ask = { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' };
    const refused = await request(base, { method: 'OPTIONS', path: '/v1/chat/completions', headers: { Host: local, Origin: 'http://attacker.example', ...ask } });
    assert.equal(refused.status, 403);
    const allowed = await request(base, { method: 'OPTIONS', path: '/v1/chat/completions', headers: { Host: local, Origin: ALLOWED, ...ask } });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers['access-control-allow-origin'], ALLOWED);
    assert.equal(allowed.headers.vary, 'Origin');
    assert.match(allowed.headers['access-control-allow-methods'], /POST/);
    assert.equal(allowed.headers['access-control-allow-headers'], 'authorization, content-type');
  });

  test(`${mode}: the allowed origin's call is answered with its origin echoed`, async () => {
    const r = await request(base, {
      method: 'POST', path: '/v1/chat/completions', data: body,
      headers: { Host: `localhost:${port}`, Origin: ALLOWED, 'Content-Type': 'application/json', ...auth },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers['access-control-allow-origin'], ALLOWED);
    assert.equal(r.headers.vary, 'Origin');
    assert.equal(JSON.parse(r.text).choices[0].message.content, REPLY);
  });
}
