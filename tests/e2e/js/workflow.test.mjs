// The shipped workflow templates as models through `switchboard-cli serve` (started by tst_proxy_sdk): the
// official OpenAI SDK calls workflow:NAME, whole and streamed, and gets each run's output; the models
// behind the steps are switchboard-fake-upstream --workflow-models (tests/fakes/workflowscript.h).
// Environment:
//   SB_PROXY_URL   http://127.0.0.1:PORT
//   SB_PROXY_KEY   a valid proxy key
//   SB_BLANK_PNG   a picture without text (OCR finds nothing: the triage's vision model reads it)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const openai = new OpenAI({ baseURL: `${env('SB_PROXY_URL')}/v1`, apiKey: env('SB_PROXY_KEY'), maxRetries: 0, timeout: 60000 });
const blankPng = readFileSync(env('SB_BLANK_PNG')).toString('base64');

// One chat completion to a workflow model: its answer text, whole or put together from the stream.
const ask = async (model, content, stream) => {
  const messages = [{ role: 'user', content }];
  if (!stream) {
    const r = await openai.chat.completions.create({ model, messages });
    assert.equal(r.model, model);
    assert.equal(r.choices[0].finish_reason, 'stop');
    assert.ok(r.usage.completion_tokens > 0);
    return r.choices[0].message.content;
  }
  const chunks = await openai.chat.completions.create({ model, messages, stream: true, stream_options: { include_usage: true } });
  let text = '';
  let usage = null;
  let finish = null;
  for await (const chunk of chunks) {
    text += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
    usage = chunk.usage ?? usage;
  }
  assert.equal(finish, 'stop');
  assert.ok(usage && usage.completion_tokens > 0);
  return text;
};

test('the model list has the workflows', async () => {
  const ids = [];
  for await (const m of openai.models.list()) ids.push(m.id);
  for (const name of ['document-triage', 'helpdesk', 'code-review', 'batch-translation']) assert.ok(ids.includes(`workflow:${name}`), ids.join(' '));
});

for (const stream of [false, true]) {
  const how = stream ? 'streamed' : 'whole';

  test(`document triage of a text (${how})`, async () => {
    const text = await ask('workflow:document-triage', 'Complaint: order 881 arrived broken; we expect a replacement within ten days.', stream);
    const out = JSON.parse(text);
    assert.equal(out.category, 'complaint');
    assert.equal(out.fields.total, 1250);
    assert.equal(out.risk.level, 'low');
    assert.match(out.summary, /^Answer to: Sum up this complaint/);
  });

  test(`document triage of a picture, read by the vision model (${how})`, async () => {
    const content = [
      { type: 'text', text: 'What is this?' },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${blankPng}` } },
    ];
    const out = JSON.parse(await ask('workflow:document-triage', content, stream));
    assert.equal(out.category, 'invoice'); // what the vision model read: "Invoice 4711 ..."
    assert.match(out.summary, /Invoice 4711 from ACME Tools Ltd/);
  });

  test(`support answer from the knowledge base (${how})`, async () => {
    const text = await ask('workflow:helpdesk', 'When will my refund be paid?', stream);
    assert.match(text, /^Answer to: Passages:\n/);
    assert.match(text, /\[1\] refunds\.md, Refunds\nRefunds are paid within thirty days/);
    assert.match(text, /Question: When will my refund be paid\?$/);
  });

  test(`code review by three models and a judge (${how})`, async () => {
    const out = JSON.parse(await ask('workflow:code-review', 'int div(int a, int b) { return a / b; }', stream));
    assert.equal(out.verdict, 'approve');
    assert.equal(out.findings[0].severity, 'high');
  });

  test(`batch translation over paragraphs (${how})`, async () => {
    const input = JSON.stringify({ text: 'The first paragraph.\n\nThe second one.', language: 'German' });
    assert.equal(await ask('workflow:batch-translation', input, stream), 'Answer to: The first paragraph.\n\nAnswer to: The second one.');
  });
}

test('the responses API runs a workflow too', async () => {
  const r = await openai.responses.create({ model: 'workflow:code-review', input: 'x = 1 / 0' });
  assert.equal(JSON.parse(r.output_text).verdict, 'approve');
});

test('input a workflow cannot take is refused, saying what it takes', async () => {
  await assert.rejects(openai.chat.completions.create({ model: 'workflow:batch-translation', messages: [{ role: 'user', content: 'Hello' }] }), (e) => {
    assert.equal(e.status, 400);
    assert.match(e.message, /takes a JSON object with language \(string, required\), text \(string, required\)/);
    return true;
  });
  await assert.rejects(openai.chat.completions.create({ model: 'workflow:nope', messages: [{ role: 'user', content: 'Hello' }] }), (e) => {
    assert.equal(e.status, 404);
    assert.match(e.message, /no workflow "nope" in the workspace/);
    return true;
  });
});
