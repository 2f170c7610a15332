// The knowledge base through `switchboard-cli serve` (started by tst_proxy_sdk): the official OpenAI and
// Anthropic SDKs ask a virtual model that names a collection, and an upstream that answers with the system
// prompt it got (switchboard-fake-upstream --echo-system) shows that the numbered passages reached it;
// the search endpoint; and the official MCP client lists and calls search_knowledge over Streamable HTTP.
// Environment:
//   SB_PROXY_URL   http://127.0.0.1:PORT
//   SB_PROXY_KEY   a valid proxy key
//   SB_KB_MODEL    a virtual model with "knowledge": ["handbook"] (handbook holds refunds.md and shipping.md)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const base = env('SB_PROXY_URL');
const key = env('SB_PROXY_KEY');
const model = env('SB_KB_MODEL');
const timeout = 20000;
const QUESTION = 'How long do customers have to get their money back?';
const REFUND = /\[1\] refunds\.md, Refunds\nCustomers get their money back within thirty days/;

const openai = new OpenAI({ baseURL: `${base}/v1`, apiKey: key, maxRetries: 0, timeout });
const anthropic = new Anthropic({ baseURL: base, apiKey: key, maxRetries: 0, timeout });

// what the upstream saw, as it echoed it: the client's prompt and the numbered sources, refunds first
const assertSources = (text) => {
  assert.match(text, /^System prompt: /);
  assert.match(text, REFUND);
  assert.match(text, /cite each source you use as \[n\]/);
};

test('openai chat through a knowledge-backed virtual model', async () => {
  const r = await openai.chat.completions.create({
    model,
    messages: [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: QUESTION },
    ],
  });
  const text = r.choices[0].message.content;
  assertSources(text);
  assert.match(text, /Answer briefly\./);
});

test('openai chat streaming through a knowledge-backed virtual model', async () => {
  const stream = await openai.chat.completions.create({ model, messages: [{ role: 'user', content: QUESTION }], stream: true });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  assertSources(text);
});

test('openai responses through a knowledge-backed virtual model', async () => {
  const r = await openai.responses.create({ model, input: QUESTION, instructions: 'Answer briefly.' });
  assertSources(r.output_text);
});

test('anthropic messages, whole and streamed, through a knowledge-backed virtual model', async () => {
  const r = await anthropic.messages.create({ model, max_tokens: 200, system: 'Answer briefly.', messages: [{ role: 'user', content: QUESTION }] });
  assertSources(r.content.map((b) => b.text ?? '').join(''));
  const stream = anthropic.messages.stream({ model, max_tokens: 200, messages: [{ role: 'user', content: QUESTION }] });
  const final = await stream.finalMessage();
  assertSources(final.content.map((b) => b.text ?? '').join(''));
});

test('search endpoint', async () => {
  const post = (name, body, auth = true) =>
    fetch(`${base}/v1/knowledge/${name}/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });
  let r = await post('handbook', { query: 'when do parcels ship', top_k: 2, mode: 'hybrid' });
  assert.equal(r.status, 200);
  const found = await r.json();
  assert.equal(found.passages.length, 2);
  assert.match(found.passages[0].source, /shipping\.md$/);
  assert.equal(found.passages[0].heading, 'Shipping');
  for (const s of ['bm25', 'vector', 'fused']) assert.equal(typeof found.passages[0].scores[s], 'number');
  r = await post('nope', { query: 'x' });
  assert.equal(r.status, 404);
  assert.match((await r.json()).error.message, /no collection named "nope"/);
  r = await post('handbook', { query: 'x', top_k: -1 });
  assert.equal(r.status, 400);
  r = await post('handbook', { query: 'x' }, false);
  assert.equal(r.status, 401);
});

test('MCP client lists and calls search_knowledge', async () => {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  });
  const client = new Client({ name: 'switchboard-e2e', version: '1.0.0' });
  await client.connect(transport);
  assert.equal(client.getServerVersion().name, 'switchboard');
  assert.ok(transport.sessionId, 'the server gave a session id');
  const { tools } = await client.listTools();
  assert.deepEqual(
    tools.map((t) => t.name),
    ['search_knowledge'],
  );
  assert.deepEqual(tools[0].inputSchema.properties.collection.enum, ['handbook']);
  assert.match(tools[0].description, /handbook/);
  const result = await client.callTool({ name: 'search_knowledge', arguments: { collection: 'handbook', query: 'money back', top_k: 2 } });
  assert.equal(result.isError, false);
  assert.match(result.content[0].text, /^\[1\] refunds\.md, Refunds\nSource: .*refunds\.md\nCustomers get their money back/);
  const missing = await client.callTool({ name: 'search_knowledge', arguments: { collection: 'nope', query: 'x' } });
  assert.equal(missing.isError, true);
  await transport.terminateSession();
  await client.close();
});

test('MCP refuses a client without the key', async () => {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp`));
  const client = new Client({ name: 'switchboard-e2e', version: '1.0.0' });
  await assert.rejects(client.connect(transport), /401|Unauthorized|proxy key/i);
});
