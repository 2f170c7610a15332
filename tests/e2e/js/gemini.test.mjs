// The official Gemini SDK (@google/genai) against `switchboard-cli serve` (started by tst_proxy_sdk with
// fake upstreams behind it): the proxy's Gemini dialect in front of every upstream dialect. Environment:
//   SB_PROXY_URL, SB_PROXY_KEY                       as for proxy.test.mjs
//   SB_MODEL_OPENAI, SB_MODEL_ANTHROPIC, SB_MODEL_RESPONSES, SB_MODEL_GEMINI, SB_MODEL_OLLAMA   plain text replies
//   SB_MODEL_TOOLS_OPENAI, SB_MODEL_TOOLS_ANTHROPIC, SB_MODEL_TOOLS_GEMINI   upstreams that call get_weather
//   SB_MODEL_RATE_LIMITED                            an upstream that always answers 429
//   SB_MODEL_GEMINI3                                 Gemini 3: signs its tool call, answers the tool result
//   SB_MODEL_EMBED                                   an embedding model
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoogleGenAI } from '@google/genai';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const base = env('SB_PROXY_URL');
const REPLY = 'Hello from the fake upstream.';
const ARGS = { city: 'Paris', unit: 'celsius' };
const httpOptions = { baseUrl: base, timeout: 20000 };
const ai = new GoogleGenAI({ apiKey: env('SB_PROXY_KEY'), httpOptions });
const plain = ['OPENAI', 'ANTHROPIC', 'RESPONSES', 'GEMINI', 'OLLAMA'];
const weather = {
  functionDeclarations: [
    {
      name: 'get_weather',
      description: 'Weather of a city',
      parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } }, required: ['city'] },
    },
  ],
};

for (const upstream of plain) {
  test(`generateContent, ${upstream.toLowerCase()} upstream`, async () => {
    const r = await ai.models.generateContent({
      model: env(`SB_MODEL_${upstream}`),
      contents: 'hi',
      config: { systemInstruction: 'Be brief.', maxOutputTokens: 200 },
    });
    assert.equal(r.text, REPLY);
    assert.equal(r.candidates[0].finishReason, 'STOP');
    assert.equal(r.usageMetadata.candidatesTokenCount, 9);
  });

  test(`generateContentStream, ${upstream.toLowerCase()} upstream`, async () => {
    const stream = await ai.models.generateContentStream({ model: env(`SB_MODEL_${upstream}`), contents: 'hi' });
    let text = '';
    let chunks = 0;
    let last = null;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.text ?? '';
      last = chunk;
    }
    assert.equal(text, REPLY);
    assert.ok(chunks >= 2, `only ${chunks} chunks`);
    assert.equal(last.candidates[0].finishReason, 'STOP');
    assert.equal(last.usageMetadata.candidatesTokenCount, 9);
  });
}

for (const upstream of ['OPENAI', 'ANTHROPIC', 'GEMINI']) {
  test(`function call, streamed and whole, ${upstream.toLowerCase()} upstream`, async () => {
    const request = { model: env(`SB_MODEL_TOOLS_${upstream}`), contents: 'weather in Paris?', config: { tools: [weather] } };
    const whole = await ai.models.generateContent(request);
    assert.equal(whole.functionCalls.length, 1);
    assert.equal(whole.functionCalls[0].name, 'get_weather');
    assert.deepEqual(whole.functionCalls[0].args, ARGS);

    const stream = await ai.models.generateContentStream(request);
    const calls = [];
    for await (const chunk of stream) calls.push(...(chunk.functionCalls ?? []));
    assert.equal(calls.length, 1);
    assert.equal(calls[0].name, 'get_weather');
    assert.deepEqual(calls[0].args, ARGS);
  });
}

test('tool loop with a thought signature, Gemini 3 upstream, streamed and whole', async () => {
  for (const streamed of [false, true]) {
    const run = async (contents) => {
      const request = { model: env('SB_MODEL_GEMINI3'), contents, config: { tools: [weather] } };
      if (!streamed) return (await ai.models.generateContent(request)).candidates[0].content;
      const parts = [];
      for await (const chunk of await ai.models.generateContentStream(request)) parts.push(...(chunk.candidates?.[0]?.content?.parts ?? []));
      return { role: 'model', parts };
    };
    const contents = [{ role: 'user', parts: [{ text: 'weather in Paris?' }] }];
    const first = await run(contents);
    const call = first.parts.find((p) => p.functionCall);
    assert.ok(call, JSON.stringify(first));
    assert.equal(call.functionCall.name, 'get_weather');
    assert.ok(call.thoughtSignature && call.thoughtSignature.length > 100, 'the call carries its thought signature');
    contents.push(first, {
      role: 'user',
      parts: [{ functionResponse: { id: call.functionCall.id, name: 'get_weather', response: { result: 'sunny, 24 C' } } }],
    });
    // the fake refuses a missing or changed signature
    const second = await run(contents);
    const text = second.parts.map((p) => p.text ?? '').join('');
    assert.ok(text.length > 0, JSON.stringify(second));
  }
});

test('an image, OpenAI and Anthropic upstreams', async () => {
  // a 1x1 PNG
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  for (const upstream of ['OPENAI', 'ANTHROPIC']) {
    const r = await ai.models.generateContent({
      model: env(`SB_MODEL_${upstream}`),
      contents: [{ role: 'user', parts: [{ text: 'what is this?' }, { inlineData: { mimeType: 'image/png', data: png } }] }],
    });
    assert.equal(r.text, REPLY);
  }
});

test('errors: wrong key, upstream 429', async () => {
  const wrong = new GoogleGenAI({ apiKey: 'sk-not-a-proxy-key', httpOptions });
  await assert.rejects(wrong.models.generateContent({ model: env('SB_MODEL_OPENAI'), contents: 'hi' }), (e) => {
    assert.equal(e.status, 401);
    assert.match(e.message, /UNAUTHENTICATED/);
    return true;
  });
  await assert.rejects(ai.models.generateContent({ model: env('SB_MODEL_RATE_LIMITED'), contents: 'hi' }), (e) => {
    assert.equal(e.status, 429);
    assert.match(e.message, /RESOURCE_EXHAUSTED/);
    return true;
  });
});

test('models, countTokens, embedContent', async () => {
  const names = [];
  for await (const m of await ai.models.list()) names.push(m.name);
  assert.ok(names.includes(`models/${env('SB_MODEL_OPENAI')}`), names.join(' '));
  const one = await ai.models.get({ model: env('SB_MODEL_ANTHROPIC') });
  assert.equal(one.name, `models/${env('SB_MODEL_ANTHROPIC')}`);

  const counted = await ai.models.countTokens({ model: env('SB_MODEL_ANTHROPIC'), contents: 'a'.repeat(400) });
  assert.ok(counted.totalTokens >= 100 && counted.totalTokens < 200, JSON.stringify(counted));

  const embedded = await ai.models.embedContent({ model: env('SB_MODEL_EMBED'), contents: ['one', 'two'] });
  assert.equal(embedded.embeddings.length, 2);
  assert.ok(embedded.embeddings[0].values.length > 0);
});
