// The official OpenAI and Anthropic SDKs against `switchboard-cli serve` (started by tst_proxy_sdk with
// fake upstreams behind it). Environment:
//   SB_PROXY_URL   http://127.0.0.1:PORT
//   SB_PROXY_KEY   a valid proxy key
//   SB_MODEL_OPENAI, SB_MODEL_ANTHROPIC, SB_MODEL_RESPONSES   plain text replies (one per upstream dialect)
//   SB_MODEL_TOOLS_OPENAI, SB_MODEL_TOOLS_ANTHROPIC           upstreams that answer with a get_weather tool call
//   SB_MODEL_RATE_LIMITED                                     an upstream that always answers 429
//   SB_MODEL_GEMINI3                                          Gemini 3: signs its tool calls, answers a tool result
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const base = env('SB_PROXY_URL');
const key = env('SB_PROXY_KEY');
const REPLY = 'Hello from the fake upstream.';
const ARGS = { city: 'Paris', unit: 'celsius' };
const timeout = 20000;

const openai = new OpenAI({ baseURL: `${base}/v1`, apiKey: key, maxRetries: 0, timeout });
const anthropic = new Anthropic({ baseURL: base, apiKey: key, maxRetries: 0, timeout });
const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } }, required: ['city'] },
  },
};

test('openai chat', async () => {
  const r = await openai.chat.completions.create({
    model: env('SB_MODEL_OPENAI'),
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(r.choices[0].message.content, REPLY);
  assert.equal(r.choices[0].finish_reason, 'stop');
  assert.equal(r.usage.completion_tokens, 9);
});

test('openai chat streaming, Anthropic upstream', async () => {
  const stream = await openai.chat.completions.create({
    model: env('SB_MODEL_ANTHROPIC'),
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let chunks = 0;
  let finish = null;
  for await (const chunk of stream) {
    chunks += 1;
    if (chunk.choices[0]?.delta?.content) text += chunk.choices[0].delta.content;
    if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
  }
  assert.equal(text, REPLY);
  assert.equal(finish, 'stop');
  assert.ok(chunks >= 3, `only ${chunks} chunks`);
});

test('openai chat tool call, streamed and whole', async () => {
  const request = {
    model: env('SB_MODEL_TOOLS_ANTHROPIC'),
    messages: [{ role: 'user', content: 'weather in Paris?' }],
    tools: [weatherTool],
  };
  const whole = await openai.chat.completions.create(request);
  const call = whole.choices[0].message.tool_calls[0];
  assert.equal(call.function.name, 'get_weather');
  assert.deepEqual(JSON.parse(call.function.arguments), ARGS);
  assert.equal(whole.choices[0].finish_reason, 'tool_calls');

  const stream = await openai.chat.completions.create({ ...request, stream: true });
  let args = '';
  let name = '';
  let fragments = 0;
  for await (const chunk of stream) {
    for (const tc of chunk.choices[0]?.delta?.tool_calls ?? []) {
      if (tc.function?.name) name = tc.function.name;
      if (tc.function?.arguments) {
        args += tc.function.arguments;
        fragments += 1;
      }
    }
  }
  assert.equal(name, 'get_weather');
  assert.deepEqual(JSON.parse(args), ARGS);
  assert.ok(fragments >= 2, `arguments came in ${fragments} fragment(s)`);
});

test('openai errors: wrong key, upstream 429', async () => {
  const bad = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-wrong', maxRetries: 0, timeout });
  await assert.rejects(
    bad.chat.completions.create({ model: env('SB_MODEL_OPENAI'), messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof OpenAI.AuthenticationError && e.status === 401,
  );
  await assert.rejects(
    openai.chat.completions.create({ model: env('SB_MODEL_RATE_LIMITED'), messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof OpenAI.RateLimitError && e.status === 429,
  );
});

test('openai models list', async () => {
  const ids = [];
  for await (const m of openai.models.list()) ids.push(m.id);
  assert.ok(ids.includes(env('SB_MODEL_OPENAI')), ids.join(' '));
});

test('openai responses streaming, Anthropic upstream', async () => {
  const stream = await openai.responses.create({
    model: env('SB_MODEL_ANTHROPIC'),
    input: 'hi',
    stream: true,
  });
  let text = '';
  const types = new Set();
  let completed = null;
  for await (const event of stream) {
    types.add(event.type);
    if (event.type === 'response.output_text.delta') text += event.delta;
    if (event.type === 'response.completed') completed = event.response;
  }
  assert.equal(text, REPLY);
  assert.ok(types.has('response.created'), [...types].join(' '));
  assert.ok(completed, 'no response.completed');
  assert.equal(completed.output_text ?? completed.output[0].content[0].text, REPLY);
});

test('openai responses tool call', async () => {
  const r = await openai.responses.create({
    model: env('SB_MODEL_TOOLS_OPENAI'),
    input: 'weather in Paris?',
    tools: [{ type: 'function', name: 'get_weather', parameters: weatherTool.function.parameters }],
  });
  const call = r.output.find((o) => o.type === 'function_call');
  assert.ok(call, JSON.stringify(r.output));
  assert.equal(call.name, 'get_weather');
  assert.deepEqual(JSON.parse(call.arguments), ARGS);
});

test('anthropic messages, OpenAI upstream', async () => {
  const m = await anthropic.messages.create({
    model: env('SB_MODEL_OPENAI'),
    max_tokens: 100,
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(m.type, 'message');
  assert.equal(m.content[0].text, REPLY);
  assert.equal(m.stop_reason, 'end_turn');
  assert.equal(m.usage.output_tokens, 9);
});

test('anthropic messages streaming with tool use, OpenAI upstream', async () => {
  const stream = anthropic.messages.stream({
    model: env('SB_MODEL_TOOLS_OPENAI'),
    max_tokens: 100,
    messages: [{ role: 'user', content: 'weather in Paris?' }],
    tools: [{ name: 'get_weather', description: 'Weather of a city', input_schema: weatherTool.function.parameters }],
  });
  let jsonDeltas = 0;
  stream.on('inputJson', () => {
    jsonDeltas += 1;
  });
  const m = await stream.finalMessage();
  const use = m.content.find((b) => b.type === 'tool_use');
  assert.ok(use, JSON.stringify(m.content));
  assert.equal(use.name, 'get_weather');
  assert.deepEqual(use.input, ARGS);
  assert.equal(m.stop_reason, 'tool_use');
  assert.ok(jsonDeltas >= 2, `input JSON came in ${jsonDeltas} delta(s)`);
});

test('anthropic messages streaming text', async () => {
  const stream = anthropic.messages.stream({
    model: env('SB_MODEL_ANTHROPIC'),
    max_tokens: 100,
    messages: [{ role: 'user', content: 'hi' }],
  });
  let text = '';
  stream.on('text', (t) => {
    text += t;
  });
  const m = await stream.finalMessage();
  assert.equal(text, REPLY);
  assert.equal(m.content[0].text, REPLY);
});

test('anthropic errors and count_tokens', async () => {
  const bad = new Anthropic({ baseURL: base, apiKey: 'sk-wrong', maxRetries: 0, timeout });
  await assert.rejects(
    bad.messages.create({ model: env('SB_MODEL_ANTHROPIC'), max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
    (e) => e instanceof Anthropic.AuthenticationError && e.status === 401,
  );
  const count = await anthropic.messages.countTokens({
    model: env('SB_MODEL_ANTHROPIC'),
    messages: [{ role: 'user', content: 'a'.repeat(400) }],
  });
  assert.ok(count.input_tokens >= 100 && count.input_tokens < 200, JSON.stringify(count));
});

// Issue 24: a two-turn tool loop on a Gemini 3 model. The fake signs the call (thoughtSignature) and
// refuses the second turn unless the same signature comes back on it; the clients keep nothing but the
// tool call id, which carries it.
const GEMINI3 = () => env('SB_MODEL_GEMINI3');
const SIGNED_ID = /^[A-Za-z0-9_-]+$/;

test('gemini 3 tool loop, openai chat, streamed and whole', async () => {
  for (const stream of [false, true]) {
    const messages = [{ role: 'user', content: 'weather in Paris?' }];
    let call;
    if (stream) {
      const chunks = await openai.chat.completions.create({ model: GEMINI3(), messages, tools: [weatherTool], stream: true });
      const parts = {};
      for await (const chunk of chunks) {
        for (const tc of chunk.choices[0]?.delta?.tool_calls ?? []) {
          parts[tc.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } };
          parts[tc.index].id += tc.id ?? '';
          parts[tc.index].function.name += tc.function?.name ?? '';
          parts[tc.index].function.arguments += tc.function?.arguments ?? '';
        }
      }
      call = parts[0];
    } else {
      const first = await openai.chat.completions.create({ model: GEMINI3(), messages, tools: [weatherTool] });
      call = first.choices[0].message.tool_calls[0];
    }
    assert.match(call.id, SIGNED_ID);
    messages.push({ role: 'assistant', content: null, tool_calls: [call] }, { role: 'tool', tool_call_id: call.id, content: 'sunny, 24 C' });
    const second = await openai.chat.completions.create({ model: GEMINI3(), messages, tools: [weatherTool] });
    assert.equal(second.choices[0].message.content, 'The command printed: sunny, 24 C');
  }
});

test('gemini 3 tool loop, openai responses, streamed and whole', async () => {
  const tools = [{ type: 'function', name: 'get_weather', parameters: weatherTool.function.parameters }];
  for (const stream of [false, true]) {
    let call;
    if (stream) {
      const events = await openai.responses.create({ model: GEMINI3(), input: 'weather in Paris?', tools, stream: true });
      for await (const e of events) {
        if (e.type === 'response.output_item.done' && e.item.type === 'function_call') call = e.item;
      }
    } else {
      const first = await openai.responses.create({ model: GEMINI3(), input: 'weather in Paris?', tools });
      call = first.output.find((o) => o.type === 'function_call');
    }
    assert.ok(call);
    assert.match(call.call_id, SIGNED_ID);
    const second = await openai.responses.create({
      model: GEMINI3(),
      tools,
      input: [
        { role: 'user', content: 'weather in Paris?' },
        { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
        { type: 'function_call_output', call_id: call.call_id, output: 'sunny, 24 C' },
      ],
    });
    assert.equal(second.output_text, 'The command printed: sunny, 24 C');
  }
});

test('gemini 3 tool loop, anthropic messages, streamed and whole', async () => {
  const tools = [{ name: 'get_weather', description: 'Weather of a city', input_schema: weatherTool.function.parameters }];
  for (const stream of [false, true]) {
    const messages = [{ role: 'user', content: 'weather in Paris?' }];
    const first = stream
      ? await anthropic.messages.stream({ model: GEMINI3(), max_tokens: 200, messages, tools }).finalMessage()
      : await anthropic.messages.create({ model: GEMINI3(), max_tokens: 200, messages, tools });
    const use = first.content.find((b) => b.type === 'tool_use');
    assert.ok(use, JSON.stringify(first.content));
    assert.match(use.id, SIGNED_ID);
    messages.push({ role: 'assistant', content: first.content },
                  { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'sunny, 24 C' }] });
    const second = await anthropic.messages.create({ model: GEMINI3(), max_tokens: 200, messages, tools });
    assert.equal(second.content[0].text, 'The command printed: sunny, 24 C');
  }
});
