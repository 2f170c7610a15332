<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>无法删除 %1：请关闭正在使用它的程序，然后重新启动 Switchboard。</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>客户端协议：%1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>虚拟模型：%1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>路由：%1（%2）</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>由规则选择：%1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>任务：%1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> （推测）</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  候选 %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  跳过 %1：%2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>尝试：</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2：%3 毫秒内应答</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2：%3 毫秒后失败，%4%5：%6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>；等待 %1 毫秒后尝试下一个</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      为此上游修改：%1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>应答方：%1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  候选 %1，已降级：%2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>SLO“%1”的错误预算消耗速度在 1 小时内为 %2 倍，在 5 分钟内为 %3 倍（快速告警阈值 %4 倍）</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>每日花费</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1 于 %2：%3（当日合计 %4）</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>每日花费：此时间范围内没有调用</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>缓存（读取）</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 token 数</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1 token 于 %2：%3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>TTFT p95</source>
        <translation>TTFT p95</translation>
    </message>
    <message>
        <source>Latency per model: no successful calls in this range</source>
        <translation>各模型延迟：此时间范围内没有成功的调用</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>各模型延迟</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1，%2：%3 毫秒（%4 次成功调用）</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>错误率（%）</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>各提供商错误率：此时间范围内没有调用</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>各提供商错误率</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>每次尝试的错误</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1：%2% 错误（%4 次尝试中 %3 次；%5 次已取消）</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>%1 中的每一项 · 内含 %n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>列表（JSON）</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>对象（JSON）</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>任意 JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>LLM 调用</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>逐项处理</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>提取文本</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>知识检索</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>用系统提示词和用户提示词询问模型（或路由、虚拟模型）；可按 JSON Schema 校验其回答。</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>让模型从其标签中选一个；连线按标签离开此步骤。</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>对先前结果求值一个表达式；连线分别在真和假时离开此步骤。</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>对列表中的每一项运行其自身的步骤，每次几项，并汇总结果。</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>从输入中读取 PDF、DOCX、ODT、EPUB、图片（OCR）或文本文件的文字。</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>在知识库集合中查找与查询相关的段落。</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>填充模板、从 JSON 中取值、拆分、合并，或用正则表达式提取。</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>暂停运行，直到有人批准、编辑或拒绝该值。</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>运行返回的内容。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>重试间隔（毫秒）</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>超时（毫秒）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>用户提示词</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR 语言</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token 预算</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>全部匹配</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>提供商/模型、路由或虚拟模型</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>带 {{...}} 占位的文本：{{input.text}}、{{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>带 {{...}} 占位的文本；单独的 {{steps.ID.output}} 保留其 JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>回答必须符合的 JSON Schema（不符合时请求修正一次）</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>每行一个表达式，指向输入中的文件：input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>每行一个标签；连线按标签离开此步骤</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>每行一个知识库集合</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>比较、组合和计数：steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>给出列表的表达式：steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>给出要处理的值的表达式：steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>指向输入中文件的表达式：input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>在值中查找的位置：items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>同时运行的项目数</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>每次尝试超过此时长即失败</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>已暂停待审核</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>已有批量任务在运行。</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>提示词集为空。</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>此处无法使用知识库：请取消关联集合，在没有集合的情况下运行。</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>%n 个提示词的批量任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>知识检索失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>未评分：%1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>请先停止正在进行的回答。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>请选择 %1 到 %2 个模型。</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>对比 %1 是批量运行。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>请先写一个提示词。</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>上一个提示词的回答仍在生成中。</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>此处无法使用知识库：请取消关联集合，在没有集合的情况下对比。</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>知识检索失败：%1。请选择其他集合（或不选），然后重新发送。</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>所有回答到齐后，再对盲测对比投票。</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>没有窗格 %1。</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 无法读取 PDF（或无法读取此 PDF），且无法提取其文本：%2。请选择标有“pdf”的模型。</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>未重排：%1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 失败（%2）</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>%1 的回答没有给出段落编号</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内没有回答</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>未重排：没有可用于重排的提供商</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>该集合没有嵌入模型</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>没有可用于嵌入查询的提供商</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>无向量搜索：%1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>仅 BM25：%1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>仅 BM25：无法嵌入查询（%1）</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>仅 BM25：还没有段落具有 %1 的向量</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>工作区中没有金丝雀“%1”。</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>金丝雀“%1”已在运行或等待运行。</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1：未知的键“%2”（已知：%3）</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1：必须是字符串，而不是 %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1：必须是%2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1：必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1：“%2”必须是 PROVIDER/MODEL（路由器向提供商请求的模型）</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1：provider 和 model（PROVIDER/MODEL）只能指定其一</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1：工作区中没有提供商“%2”（现有：%3）</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1：工作区中没有路由或虚拟模型“%2”</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1：必须是 ttft（首个令牌时间）或 latency（总耗时）</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1：model（PROVIDER/MODEL）和 route（路由或虚拟模型名称）只能指定其一</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1：延迟 SLO 必填（例如 2000）</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>大于 0 的毫秒数</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1：可用性 SLO 没有 metric 或 thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1：必须是 latency 或 availability</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1：必填，以百分比表示（例如 99.5）</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>大于 50 且小于 100 的百分比（例如 99.5）</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1：必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1：只有针对模型（PROVIDER/MODEL）的 SLO 才能在路由中将其降级</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1：%2 必填（例如 %3）</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>大于 0 且不超过 100 的百分比</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>大于 1 的数（例如 2：之前平均值的两倍）</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>大于 0 的美元金额</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1：必须是 error_rate、latency_spike、cost_per_hour 或 no_traffic</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1：窗口和基准期必须在 47 小时（分钟数据的保留期）之内</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1：必填，PROVIDER/MODEL、路由或虚拟模型名称的列表</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1：必须是模型名称</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1：“%2”既不是 PROVIDER/MODEL，也不是工作区中的路由或虚拟模型</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1：“%2”列出了两次</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1：必须是 hourly 或 daily</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>大于 0 的美元金额（例如 0.05）</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>大于 0 且小于 0.5 的显著性水平（例如 0.01）</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>每一行都必须是对象</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>提示集为空</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>必填，提示集行的列表或提示集的文本</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]：金丝雀的提示需要一项检查（contains、regex、json、schema 或 judge）</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge：没有模型；请设置它的“model”或金丝雀的 judgeModel</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%3 天内 %2 的调用有 %1 % 成功</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%5 天内 %2 的%3有 %1 % 在 %4 ms 以内</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>首个令牌</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>%3 分钟内 %1 的错误率 &gt;= %2 %</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%3 分钟内 %2 的平均 %1 超过之前 %5 小时的 %4 倍</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>一小时内 %1 的费用 &gt;= $%2</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>%2 小时内没有 %1 的调用</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>工作区的监控部分无效：</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1：“%2”必须由 1 到 64 个字母、数字、空格、“.”、“_”或“-”组成</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1：“%2”已被另一个 SLO 或监控器使用</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1：必须是数组</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1：“%2”已被另一个金丝雀使用</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1：必须是带有 url 的对象</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1：必须是 http:// 或 https:// URL，或保存它的 keychain:NAME 或 env:VAR</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1：错误预算消耗速率在 %3 内为 %2，在 %5 内为 %4（高于 %6 时告警）；预算剩余 %7。SLO：%8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1：错误预算消耗速率已回到 %3 内 %2、%5 内 %4；预算剩余 %6</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>基准的 %1</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 小时没有调用</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1：%2（%3；%4 次调用）</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1：已回到 %2（%3）</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1：已解决，其 SLO 或监控器已被删除</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>路由 %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>代理密钥 %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>所有调用</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>提供商拒绝了密钥%1：%2。请检查该提供商的密钥。</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>此密钥无权使用该模型%1：%2。请选择其他模型或更换密钥。</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>未知的模型或端点%1：%2。请检查提供商的模型和基础 URL。</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>预算阻止了此调用：%1。请在“用量 › 预算”中提高或重置它。</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> 提供商要求等待 %1 秒。</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>触发速率限制%1：%2。%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>无法连接提供商%1：%2。请检查其基础 URL 和你的网络，然后重试。</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>提供商没有应答%1：%2。请重试，或选择具备故障转移的虚拟模型。</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>提示词超出了此模型的上下文窗口：%1。请缩短它、开始新对话，或选择上下文更大的模型。</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>提供商的安全过滤器拒绝了此内容：%1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>提供商拒绝了请求%1：%2。请检查此模型的参数（JSON 模式、最大 token 数）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>代理已在 %1 上运行</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>代理需要路由引擎</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>在 %1 上监听（本机以外可访问）至少需要一个代理密钥：请添加密钥，或改为监听 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>代理端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>“%1”不是可监听的 IP 地址（请使用 127.0.0.1、::1 或 0.0.0.0）</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>代理密钥“%1”：%2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>代理密钥“%1”：密钥内容为空</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>：另一个程序（或另一个 Switchboard）正在使用端口 %1；请停止它或选择其他端口</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>：1024 以下的端口需要管理员权限；请选择 1024 以上的端口</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>无法在 %1:%2 上监听：%3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>无法理解团队服务器的应答（%1）。它是同一版本的 Switchboard serve 吗？</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>无法读取提供商“%1”的密钥：%2。请在“提供商”中重新输入。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>提供商“%1”没有密钥。请在“提供商”中输入团队成员的密钥（sbk_...）。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>无法使用提供商“%1”：%2。请在“提供商”中修正。</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>无法连接 %1 处的团队服务器：%2。请确认它正在运行且提供商“%3”的基础 URL 正确，然后重试。</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>%1 处的团队服务器不接受提供商“%2”的密钥。请在“提供商”中检查密钥（成员密钥以 sbk_ 开头），或向团队管理员申请新密钥。</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>只有团队管理员可以执行此操作。请联系管理员，或使用管理员的密钥。</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>团队服务器拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>团队服务器出错：%1。请稍后重试；如果一直失败，请查看服务器日志。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>关于 Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;所有 LLM 提供商汇聚于同一界面：带故障转移的路由、演练场、模型对比、含预算的用量与费用，以及供你的工具使用的本地代理。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建（运行于 Qt %3），%4。&lt;/p&gt;&lt;p&gt;数据目录：%5&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>无法重命名 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>打开提示词集…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>打开提示词集</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>提示词集 (*.csv *.jsonl *.ndjson *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>并发调用数</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>运行批量任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>粘贴提示词：每行一个；或带表头的 CSV（prompt, id, system, category, contains, regex, json, schema）；或 JSONL，每行一个对象：{&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>已在 %2 次调用中完成 %1 次后取消。</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>完成：%1 次调用。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>来自 %1 的 %n 个提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>请先在左侧选择模型。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>正在用 %1 个模型运行 %n 个提示词，每次 %2 个…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 未通过</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>已回答 · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>无检查</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n 个无价格</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>，软限制</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>，硬限制</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>，目标</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>，范围</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>，周期</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>代理密钥</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>软限制（$）</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>硬限制（$）</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>本周期已花费</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>预计月末</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>添加预算(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>保存预算(&amp;V)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个预算。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>工作区的预算无效：%1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>未跟踪预算：用量账本未在运行。</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>本月至今：%1 · 预计月末花费：%2（整个工作区，线性估算）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>在限额内</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>已达软限制</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>已达硬限制：调用将被拒绝</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1（超出限额）</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>—（每日预算）</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>提供商 ID、代理密钥或成员</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>以美元计的限额，按 UTC 日或自然月，适用于整个工作区、某个提供商（其 ID）、某个代理密钥（其名称）或某个团队成员（其全部密钥）。软限制会发出通知；硬限制会拒绝后续调用。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>提供商/模型</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>选择一个调用以查看其路由追踪。</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>显示 %n 个调用，最新的在前；还有更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n 个调用，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>此调用没有记录路由追踪。</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>将调用导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>导出调用</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个调用导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>质量金丝雀</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>每个金丝雀按计划（每小时或每天）在每次运行的费用上限内把提示发送给其模型，并在通过率的下降超出噪声时发出警报。提示使用“比较”提示集的检查（contains、regex、json、schema、judge）。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>无效的 JSON：位置 %2 处 %1。</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>金丝雀必须是 JSON 数组：[ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ]。</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>没有问题：保存后按计划运行。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>每次运行费用</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>立即运行(&amp;U)</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>无论计划如何，立即在费用上限内针对其模型运行该金丝雀。</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>编辑金丝雀(&amp;E)…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>下降检验</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>指向一条线可查看其值；选择一次运行可查看其回答。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 中 %1（%3）</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1（费用上限）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>回答太少</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1：下降，已发出警报</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 的 %1：%3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>通过 %</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>每次运行 USD</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>引擎启动后金丝雀才会运行。</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>还没有质量金丝雀：“编辑金丝雀…”可添加一个（带检查的提示集、其模型、计划和费用上限）。</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1，%n 个提示，针对 %2；每次运行最多 $%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>已禁用。</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>上次运行 %1，下次 %2。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>可选：模型应如何表现</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON 模式</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>集合设置</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>对话、虚拟模型和代理通过名称引用集合。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>集合包含的内容</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>无（仅 BM25）</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>为向量和混合搜索嵌入段落的模型：选择提供商提供的模型，或输入 提供商/模型 或路由。没有它时，集合只能按关键词（BM25）搜索。</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>嵌入模型(&amp;E)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>一个聊天模型，在模型获取段落之前，按其回答问题的程度对最佳段落重新排序：选择提供商提供的模型，或输入 提供商/模型、路由或虚拟模型。这样每次搜索会多一次聊天调用。</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>重排序模型(&amp;R)：</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> 个段落</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>重排序模型查看混合搜索中多少个最佳段落；其余段落按原顺序排在其后。</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>重排序前(&amp;B)：</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>段落大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>相邻段落之间重复的 token，使被切成两半的句子仍能被找到。</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>重叠(&amp;O)：</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>扫描页面和图片的语言，使用以 + 连接的 Tesseract 代码：deu、eng+fra。每种语言都需要其语言数据（tesseract-ocr-deu）。</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>OCR 语言(&amp;L)：</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>所有可读文件，或如 *.md、*.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>只从文件夹中导入匹配这些通配符之一的文件（以逗号分隔）。含斜杠的通配符匹配文件夹下的路径。</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>包含(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>如 *.log、build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>匹配这些通配符之一的文件不会在导入文件夹时导入。</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>监视文件夹变化(&amp;W)</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>应用运行期间，集合文件夹中新增、修改、删除和重命名的文件会被导入（在 1.5 秒内无进一步变化之后）。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>请为集合命名。</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>重叠必须小于段落大小。</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>没有嵌入模型时，集合只能按关键词（BM25）搜索。</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>段落经由路由器嵌入（来源：knowledge），因此这些调用计入你的预算。</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>它的模型调用（嵌入、重排序）经由路由器（来源：knowledge），因此计入你的预算。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>所有回答均已到达。</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>所有回答均已到达。哪个更好？</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>所有回答均已到达。哪个最好？</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>投票已保存。%1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>%1 中没有匹配内容：模型将在没有来源的情况下回答。</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>每个模型都获得来自 %1 的相同 %n 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>将提示词发送给每个模型</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>停止所有回答</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>模型（2 到 6 个）</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>要对比的模型</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>最多并排 %1 个模型。</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>其他模型（提供商/模型），按回车添加</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>盲测投票(&amp;B)</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>在你为最佳回答投票之前，隐藏并打乱模型名称</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>排行榜的分类标签，例如 代码 或 写作</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>每个提示词在这些集合中搜索一次，每个模型获得相同的段落。</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>已保存的对比</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>新的选择将用于下一个提示词；这些回答保留到那时。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>请在左侧选择 %1 到 %2 个模型。</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>已发送给 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>请先停止正在进行的对比，然后再次对比 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>已将 %1 发送给 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>已将 %1 连同其参数发送给 %n 个模型：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>新对比。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>请先取消正在运行的批量任务。</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>来自 %2 的批量任务“%1”。</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>来自 %2 的批量任务“%1”，依据 %3 回答：双击回答可查看其来源。</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>请先停止正在进行的回答。</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>已重新打开“%1”：后续提问将延续每个窗格的对话。</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>删除对比</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>删除此对比及其回答？其投票仍保留在排行榜中。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>盲测，已投票</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>盲测</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n 个模型：%2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>投票前隐藏</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>附加 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>停止此模型的回答；其他模型继续</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>总用时最短</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>它的首个 token 最先到达，尽管另一个回答更早完成</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首个 token %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>首个 token –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>正在编辑消息：发送会将原消息保留为另一个版本；Esc 取消。</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>消息（回车发送，Shift+回车换行，Esc 停止）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>“%1”的名称像 %2，但其内容是 %3：未附加。</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>“%1”是 %2；模型接受 PNG、JPEG、GIF 或 WebP 图片。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>“%1”大小为 %2 MB；图片最大 %3 MB。</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 不接受图片。请选择标有“视觉”的模型来附加“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>“%1”大小为 %2 KB；文本文件最大 %3 KB（它们会放入提示词中）。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>“%1”不是文本文件（其内容看起来像 %2）：未附加。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>停止回答（Esc）；已收到的内容会保留</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（回车）</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>图片（用于视觉模型）、PDF（用于能读取 PDF 的模型）以及文本或代码文件（内联）</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>图片、PDF 和文本 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>“%1”大小为 %2 MB；PDF 最大 %3 MB（OpenAI 的限制；Anthropic 接受 32 MB，Gemini 接受 20 MB）。</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 不读取 PDF。请改为发送从“%2”提取的文本（不含版式和图片），或选择标有“pdf”的模型。</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>发送提取的文本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>无法提取“%1”的文本：%2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+回车）</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>“%1”不是 PDF：未附加。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>搜索对话（Ctrl+K）</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>文件夹或标签</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>删除所选对话</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>所有对话</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>对话需要一个标题。</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>移动到文件夹</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>移动到文件夹…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>文件夹（留空：无）</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>评估(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>集合(&amp;C)</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>创建集合（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>集合的嵌入模型、段落大小、OCR 语言和通配符</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>删除集合及其段落（磁盘上的文件保留）</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>等待中的文件会留在队列中，直到点击继续（重启后也是如此）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>继续已暂停的导入和嵌入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>丢弃等待中的文件；已导入的内容保留</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>将失败的文件重新排队（在修复其原因所述问题之后）</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>立即嵌入</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>现在为每个段落生成向量</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>导入文件（Ctrl+O）；或将文件和文件夹拖放到页面上</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>按集合的通配符导入文件夹及其子文件夹（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>添加 URL(&amp;U)…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>按 http(s) 地址导入网页（Ctrl+L）；或将链接拖放到页面上</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>从集合中移除所选文件（Delete）；磁盘上的文件保留</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>重建索引(&amp;I)…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>将每个文档重新切分为段落（更改段落大小之后）</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>搜索集合（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>混合搜索融合关键词（BM25）和向量排名；BM25 匹配词语；向量匹配语义；重排序让集合的重排序模型对最佳混合段落重新排序</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>搜索模式</translation>
    </message>
    <message>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>要显示的段落数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>关键词得分（越高越好；—：仅由向量找到）</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>与查询的余弦相似度（—：仅由 BM25 找到）</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>两种排名的倒数排名融合（混合搜索）</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>重排序模型给出的段落位置，以及融合排名中的原位置（—：模型将其略去）</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>双击段落可打开其文件</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>标准问题，每行一个 JSON 对象：{&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}。来自其中一个来源的段落（给出短语时需包含该短语）即为正确答案。</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>标准问题</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>加载(&amp;L)…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>从 JSON Lines 文件读取标准问题（switchboard-cli kb eval --golden 的格式）</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>每个问题计入 recall@k 和 MRR 的段落数</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>运行评估(&amp;R)</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>将问题与集合一起保存，并为 BM25、向量、混合和重排序搜索评分</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <source>Recall@5</source>
        <translation>Recall@5</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Recall@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>引用正确率：模型上下文中来源 [1] 为正确段落的问题所占比例</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>搜索集合</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>向集合添加文件</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>向集合添加文件夹</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>向集合添加网页</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>刷新知识库</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

请检查数据目录是否可写、磁盘是否有空间，然后重试。</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>无法读取知识库</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n 个未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>仅 BM25</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>监视中</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>还没有集合</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>创建一个集合（新建…），然后向其中添加文件和文件夹，或将它们拖放到这里。之后每个模型都会依据相同的段落回答：在演练场、对比中以及通过代理。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>每段 %1 个 token，重叠 %2 个</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>搜索仅使用 BM25（关键词）：集合没有嵌入模型。“编辑…”可为向量和混合搜索选择一个。</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>在 %1 嵌入所有段落之前，搜索仅使用 BM25。</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>使用 %1 的混合搜索：已嵌入 %2 / %3 个段落。</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>正在切换到 %1：完成之前仍由当前向量应答。</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>模型获得经 %2 重排序的前 %1 个段落。</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>监视的文件夹：</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>队列为空。</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>正在统计要导入的文件…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>正在导入：%1 / %2 个文件</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>已暂停：%n 个文件等待中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>嵌入也在等待。</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>“继续”会接着进行，重启后也是如此。</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>正在用 %1 嵌入：%2 / %3 个段落</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>等待嵌入（先处理另一个集合）。</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>上次导入：已导入 %1 / %2 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n 个未导入（原因见文件列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>“重试失败项”会将失败的文件重新排队。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n 个导入失败：“重试失败项”会将它们重新排队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n 个段落还没有 %1 的向量：“立即嵌入”会为它们生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>队列为空。将文件或文件夹拖放到这里，或使用“添加文件”。</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>集合未创建</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>重新切分文档？</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>导入“%1”的新内容将切分为 %2 个 token 的段落，重叠 %3 个。现在重新切分其中已有的 %n 个文档吗？集合有嵌入模型时，它们的段落会重新嵌入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>集合未保存</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除集合</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 个文档、段落、向量、标准问题和队列？磁盘上的文件保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>集合未删除</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>文档 (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>没有集合</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>请先创建一个集合（新建…），然后向其中添加网页。</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>请先创建一个集合（新建…），然后向其中添加文件。</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>嵌入费用</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>有 %n 个文件（%1）要导入到“%2”。用 %3 嵌入其段落约需 %4（按文件大小估算）。要导入吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>已开启变化监视，但尚未添加任何文件夹：“添加文件夹…”可为其指定要跟踪的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>正在监视 %n 个文件夹的变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>检测到变化：文件夹静止 %1 秒后即导入。</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>上次同步于 %1 排队。</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>重建索引</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>将“%1”的 %n 个文档重新切分为段落（%2 个 token，重叠 %3 个）？集合有嵌入模型时，变化的段落会重新嵌入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>从“%2”中移除 %1？磁盘上的文件保留。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>从“%1”中移除 %n 个文件？磁盘上的文件保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>嵌入未开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>“%1”的 %n 个段落（%2 个 token）还没有 %3 的向量。嵌入它们约需 %4。现在嵌入吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>未嵌入：已拒绝该费用。“立即嵌入”会开始嵌入；在此之前，没有向量的段落仅用 BM25 搜索。</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 现在负责应答搜索（嵌入花费 %2）。</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>每个段落都有向量（嵌入花费 %1）。</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>嵌入已停止：%1。“立即嵌入”会再次尝试；没有向量的段落使用 BM25 搜索。</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>输入你要查找的内容。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>未搜索：%1。</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>请在“编辑…”中选择重排序模型。</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>集合没有嵌入模型：请使用 BM25 搜索，或在“编辑…”中选择模型。</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>没有匹配的段落。请尝试其他词语，或在集合有嵌入模型时使用混合搜索。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n 个段落，最佳的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>仅 BM25：集合没有嵌入模型（“编辑…”可选择一个）。</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>由 %1 重排序。</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>查询嵌入花费 %1。</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>重排序花费 %1。</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>无法打开页面</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>无法打开 %1：请检查是否已设置网页浏览器。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>无法打开 %1：请检查它是否仍然存在，以及是否有程序能打开此类型。</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>无法读取标准问题：%1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 超过 16 MB：标准问题通常只有几百行。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1：%2

每行是一个包含 &quot;question&quot; 和 &quot;sources&quot; 的 JSON 对象（段落必须包含某短语时还需 &quot;phrase&quot;）。</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>已加载 %n 个标准问题；“运行评估”会将它们与集合一起保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>标准问题有问题：%1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>请先写入标准问题（每行一个 JSON 对象，见上文），或加载文件。</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>正在保存问题…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>正在评估：%1 / %2 次搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n 个标准问题，每次搜索取前 %1 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>搜索中的模型调用花费 %1。</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>评估已停止：%1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>拖放以导入到“%1”</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>请先创建集合</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1（不在知识库中）</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>还没有集合：请在“知识库”页面或用 switchboard-cli kb create 创建一个</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>无法读取集合：%1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>不使用知识库回答</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>依据知识库集合回答：为每个问题找到的段落会随问题一起发送，回答会引用它们。</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>知识库：%1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>每个问题先在 %1 中搜索；回答会引用所获得的段落。</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>平</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>负</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>来自此工作区的盲测投票。Elo 从 1000 起算（K = 32）；平局或“都不好”记为和局；在多个窗格中选出最佳，记为对其余每个窗格的一次胜利。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo 随时间变化</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>系统提示词，所有窗格共用（可选）</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>你的投票：</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>发给每个模型的提示词。Ctrl+回车发送，Esc 全部停止。</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>全部发送</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>流式输出中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 最好</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>全都不好</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>发给每个模型的提示词。回车发送，Shift+回车换行，Esc 全部停止。</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>回车（Shift+回车换行）</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>附加 PDF…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>为每个模型发送 PDF：能读取 PDF 的模型收到文档，其他模型收到提取的文本</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF 已作为文档发送，包含版式和图像</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF 已作为提取的文本发送：此模型无法读取 PDF，或无法读取此 PDF</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>已为每个模型附加：%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>主题、语言和数据目录（Ctrl+,）</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>代理：开启，%1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>代理：失败</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>代理：关闭</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>演练场</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>%2 中步骤 %1 的输入</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>密钥环：可用</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>密钥环：不可用</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>没有系统密钥环：提供商密钥仍可通过 env:VAR 引用。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>导入工作区(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>导出工作区(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>阅读 README(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>关于 Switchboard(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>本地代理</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>显示 Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>调用被拒绝：无法写入用量账本</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>用量账本</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>用量账本已恢复写入：调用可以通过。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>监控（%1）</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>欢迎与设置(&amp;W)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>清除所有本地数据</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>无法删除以下钥匙串条目：

%1

仍要清除其余数据吗？之后请用系统的钥匙串工具删除它们。</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>重新启动 Switchboard 以使用新的数据目录。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>检查更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Switchboard %1 已发布</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>可在“帮助”中的“检查更新”查看新内容。</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>没有更新的版本。</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Switchboard %1 已发布。</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>在 %n 次尝试失败后</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 毫秒</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>显示推理</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>回答在结束前被停止；已收到的内容会保留。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>将消息复制为 Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>编辑并重新发送（原消息保留为另一个版本）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>重新回答（原回答保留为另一个版本）</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>路由器为何将此调用发往该处</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>图片（%1）</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>点击来源可阅读段落并打开其文件。</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>%1 中没有与问题匹配的内容。</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>打开提供商</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>打开用量</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>工具调用：%1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>隐藏推理</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>助手 · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>正在搜索知识库…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>正在回答…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>虚拟模型：由路由器选择目标</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>每百万 token $%1 / $%2</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>%1k 上下文</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>不在目录中：能力和费用未知</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  已不再提供</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitorPage</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>首个 token 时间（p50、p90、p99）</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>延迟（p50、p90、p99）</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>与另一个模型对比</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>与上一周期对比</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>图表所显示调用的提供商模型（按请求时的名称）。</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>与第一个模型并列绘制的模型。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>调用(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>告警和 SLO(&amp;A)</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>指向折线可查看其数值；点击某个点可列出其调用。</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>点击图表中的点可列出其背后的调用。</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>剩余错误预算</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>1 小时消耗速率</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>6 小时消耗速率</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>监视对象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>静音一小时(&amp;M)</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>取消静音(&amp;N)</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>所选告警的规则会继续记录告警，但一小时内不再通知。</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>监控需要用量账本：请启动引擎（见“路由”页面）。</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>每步请求数</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>每步美元</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1：暂无可显示内容</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%2 的%1：此时间范围内没有调用</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>范围内 %1 个请求、%2 次尝试；可用性 %3，错误率 %4，p90 延迟 %5，费用 %6。步长：%7。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>此时间范围内模型和路由没有变化。</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1：%2/%3 现在以 %4 应答（之前：%5）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1：路由已更改（%2）</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>变化：%1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>%1 从 %2 到 %3 的调用：</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>告警中</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>上次评估于 %1；%n 个告警正在触发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>告警中（已静音）</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>已于 %1 恢复</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 已静音一小时。</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 恢复通知。</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>金丝雀(&amp;I)</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有成员</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>团队服务器：我的</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D):</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>成员(&amp;B):</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>谁的调用：本机的，或团队服务器的（管理员和查看者可看到所有成员的调用，成员只能看到自己的）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>这些 SLO、监视器、告警和金丝雀属于本机，来自本机自己的账本：团队服务器不共享它的评估（它的 SLO 在其供 Prometheus 使用的 /metrics 中）。</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>团队的调用保留在团队服务器上：“用量”页面显示从 %1 到 %2 的日期。</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>无论数据范围如何都属于本机：团队服务器不共享它自己的</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>团队的调用保留在团队服务器上：点击某个点会打开“用量”页面</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>正在读取团队服务器的监控数据…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>您（%1）在团队服务器“%2”上的调用。</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>您（%1）在团队服务器“%2”上的调用：成员只能看到自己的调用。</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>所有成员在团队服务器“%1”上的调用。</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>%1 在团队服务器“%2”上的调用。</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>团队服务器“%1”没有团队的监控数据：它比本应用旧。请在服务器上更新 switchboard-cli；在此之前请选择“本机”。</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>团队服务器“%1”拒绝向 %2 显示这些调用。成员只能看到自己的调用（“团队服务器：我的”）；如果这些是您的调用，则服务器比本应用旧：请在服务器上更新 switchboard-cli。</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>指向一条线可查看其数值；点击某个点可在“用量”页面打开其日期。</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>百分位数由直方图估算，误差在 %1 以内。</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>令牌间隔 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>每秒令牌数 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>按错误类型的错误率</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>每秒令牌数</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>编辑 SLO 和监控(&amp;E)…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>添加或更改 SLO、阈值监控、金丝雀和告警 Webhook (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>还没有 SLO 或监控：用“编辑 SLO 和监控…”添加。</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>监视对象(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P):</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>模型(&amp;O):</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>路由(&amp;U):</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>代理密钥(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>指标(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>目标(&amp;B):</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>窗口（天）(&amp;D):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>最少调用数(&amp;L):</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>错误预算快速消耗时，在路由中降低此模型的优先级(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>倍数(&amp;F):</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>窗口(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B):</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>每小时费用至少(&amp;L):</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>无调用时长(&amp;F):</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>再次触发前等待(&amp;G):</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>模型(&amp;O):</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>计划(&amp;H):</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>每次运行费用上限(&amp;U):</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>启用：按计划运行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>提示词(&amp;P):</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>所有金丝雀以 JSON 编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>发送测试告警(&amp;T)</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO、监控和告警</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>SLO(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>金丝雀(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>新条目 (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>复制(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>还没有 SLO。SLO 为模型或路由设定目标（99.5 % 的调用成功、99 % 的首个令牌在 2 秒内等），并在错误预算快速消耗时告警。</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>还没有监控。监控在达到阈值时告警：错误率、相对之前几小时的延迟突增、每小时费用或无流量。</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>还没有质量金丝雀。金丝雀按计划、在费用上限内向其模型发送提示词，并在通过率的下降超出噪声时告警。</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>所有调用</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>路由或虚拟模型</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>代理密钥</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>路由器向提供商请求的模型名</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>可用性：调用成功</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>延迟：在阈值内响应</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个令牌时间</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>总延迟</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>必须良好的调用比例，高于 50 % 且低于 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>告警在其长窗口内可触发前所需的调用数</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>延迟突增</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>无流量</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>当窗口均值达到基线均值的此倍数时触发</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>与之比较均值的、窗口之前的小时数</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>告警解除后，监控再次触发前等待的时间</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>监控可触发前窗口（及基线）内所需的调用数</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL、路由或虚拟模型名称，以逗号分隔</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>每行一个提示词，写成带检查的 JSON 对象，例如 {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}；或 JSONL、CSV 格式的提示词集</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>`serve` 以 JSON 发送告警的目标（Slack、Mattermost 等传入 Webhook 会显示其文本）。填写 URL，或保存它的 env:NAME、keychain:NAME：聊天 Webhook 的 URL 中带有令牌。</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>以 JSON 编辑(&amp;J)…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>以 JSON 编辑整个监控部分</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>快速消耗告警持续期间，路由会在其他可用目标之后才尝试此模型</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>只有针对模型的 SLO 才能降低其优先级：路由没有可以稍后尝试的目标</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>没有问题：保存后立即生效（`serve` 在下次启动时生效）。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>保存前需要修复的问题：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>无法保存监控设置：%1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>监控（JSON）</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>工作区的 &quot;monitoring&quot; 部分：{&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}。其问题会在确定后显示在编辑器中。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>无效的 JSON：位置 %2 处 %1。</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>监控部分必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>正在发送测试告警…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>无法读取 Webhook 的 URL：%1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>%1 上的 Webhook 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>测试告警失败：%1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>路由和虚拟模型</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>没有模型：请先添加提供商</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>所有模型都已在列表中</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>与设置（网络）相同</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>不经代理访问的主机，用逗号分隔：主机名、.domain 或 *.domain 后缀、地址；* 表示全部。</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>不使用代理(&amp;W)：</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>包含额外 CA 证书的 PEM 文件（可选）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>接受此提供商的自签名证书（内部网关）(&amp;S)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>直到提供商响应（默认 15 秒）</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>从回答开始到出现第一个词（默认 120 秒）</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>回答中途允许的最长停顿（默认 90 秒）</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>首个 token：</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>空闲：</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>超时、网络错误或过载响应后对同一提供商的额外尝试次数（默认 1；路由自身的设置优先）</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>重试(&amp;E)：</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>已保存在钥匙串中；输入新密码即可替换</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>调用如何到达提供商。每个提供商也可以有自己的设置（“提供商”页面）。</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>网络设置未保存：%1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>网络设置未保存：无法将代理密码保存到钥匙串（%1）。</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>正在将代理密码存入钥匙串…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>停止回答，或取消编辑</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>系统提示词和参数</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>打开提供商</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>打开对话</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>请先选择模型。没有模型？请在“提供商”页面添加提供商。</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>无法搜索知识库：%1。请在“知识库”中选择其他集合（或将其关闭），然后重试；你的问题会保留。</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>无法保存回答：%1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>无法读取对话：%1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>代码已复制。</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>尚未配置任何提供商。

请在“提供商”页面添加一个（OpenAI、Anthropic、Gemini 或任何兼容 OpenAI 的服务的 API 密钥，或本地 Ollama），然后回到这里聊天。</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>提供商尚未提供模型。请在“提供商”页面选择模型。</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>在上方选择模型，在下方输入消息。

回车发送，Shift+回车换行，Esc 停止回答。Ctrl+N 开始新对话，Ctrl+K 搜索对话。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>路由决策</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>此回答的路由决策（尚）不在用量账本中。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>暂无可导出的内容：请先发送消息。</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>导出为 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>未选择提供商。

用“添加”新增一个：OpenAI、Anthropic、Gemini、Ollama 或任何兼容 OpenAI 的服务。</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>用于模型名称：ID/模型。小写字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>以 Gemini 旧版 Schema 格式发送工具模式(&amp;S)</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>适用于拒绝 JSON Schema（parametersJsonSchema）的模型或端点：工具和输出模式会改写为 Gemini 的 OpenAPI 子集，其不支持的关键字会被省略。</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>模型（勾选的会被提供；列表为空时提供此类型在目录中的模型）：</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>每百万输入 token 的美元价格</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>每百万输出 token 的美元价格</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>模型可接受的最多 token 数（提示词和回答）</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M 输入(&amp;I)：</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M 输出(&amp;U)：</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>获取模型(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>保存提供商</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> （已禁用）</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>新提供商：填入密钥，然后保存。随时可以测试连接。</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1（必填）</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>本地服务器通常不需要密钥。</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>密钥保存在系统密钥环中，或从环境变量读取。</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>%1 的价格：</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>选择一个模型以设置其价格。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• 已以 %1 存入密钥环；输入可替换</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>粘贴密钥（存入密钥环，绝不写入文件）</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>变量名</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>未保存：请至少勾选一个模型（空列表将改为提供目录中的模型）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>未保存：请填写保存密钥的环境变量名。</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>未保存：请先粘贴 API 密钥（或选择环境变量）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>正在将密钥存入密钥环…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>未保存：无法将密钥存入密钥环（%1）。请选择“环境变量”，改为从环境读取。</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>移除提供商“%1”？其密钥将从密钥环中删除；用量历史保留。</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>无法读取密钥：%1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>正在获取模型…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>%1 毫秒内连接成功：%n 个模型可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>此提供商自己的网络设置；留空的字段沿用设置（网络）。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>未保存：无法将代理密码保存到钥匙串（%1）。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>本地代理</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>本机上的工具（Claude Code、Codex、Gemini CLI、Cursor、Continue、Cline、Zed、aider、JetBrains AI，以及 OpenAI、Anthropic 和 Google Gen AI SDK）可以通过此处提供的 OpenAI、Responses、Anthropic 和 Gemini 端点使用你的提供商和路由。每次调用都会像应用自身的调用一样经过路由、预算控制和计量。</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>开启代理(&amp;P)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>允许其他机器访问（需要密钥）</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>允许的网页(&amp;W)：</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>无（例如 http://localhost:3000）</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>可以从浏览器调用代理的网页来源，以逗号分隔。其他来源的网页会被拒绝。来源由协议、主机和端口组成，与浏览器发送的一致：http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>本机的其他名称(&amp;N)：</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>无（例如 gpu-box.lan）</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>其他机器访问此代理时使用的主机名。指向其他主机的请求会被拒绝（回环名称和 IP 地址始终可用）；这可以阻止 DNS 重绑定。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>允许的模型</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>存储方式</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>为某个工具新建密钥，存入密钥环</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>移除所选密钥</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>限制(&amp;L)…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>此密钥可调用的模型、每分钟请求数和每月花费上限</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>选择一个密钥</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>复制包含密钥的配置</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>复制 URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Token 输入/输出</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>延迟 / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>新代理密钥</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>将使用它的工具名称：</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>“%1”的密钥是：

%2

它已存入你的密钥环；你可以随时在此页面复制它或现成的配置。</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>密钥“%1”的限制</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>全部（或例如 openai/*、auto）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>允许的模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>每分钟请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>每月花费上限（$）(&amp;S)：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>花费上限必须是美元金额，0 或以上。</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>无法为代理生成密钥：%1

不使用密钥运行吗？这样本机上的任何程序都能使用它并花费你的额度（除非你允许，网页仍会被拒绝）。</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>你的代理密钥</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>现在工具必须发送此密钥才能使用代理：

%1

它保存在你的密钥环中。你可以随时在此页面复制它或适用于你工具的现成配置。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>，无密钥</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>已关闭。开启后将在 http://%1:%2 提供服务</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> （流式）</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms</source>
        <translation>%1 毫秒 / %2 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>无密钥：本机上的任何程序都能使用代理并花费你的额度。除非其来源在上方被允许，网页会被拒绝。用“新建…”创建一个密钥。</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>每个工具一个密钥：没有密钥的工具会被拒绝。每个密钥的预算在“用量”页面设置。</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>从 %1 读取</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的密钥已存在。</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>无法将密钥存入密钥环：%1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>移除最后一个密钥</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>没有密钥时，本机上的任何程序都能使用代理并花费你的额度。除非其来源被允许，网页仍会被拒绝。

移除“%1”并在无密钥的情况下运行？</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>移除代理密钥</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>移除密钥“%1”？使用它的工具将收到 401 错误。</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>（更早）</translation>
    </message>
    <message>
        <source>Cursor Settings &gt; Models:
  OpenAI API Key: %2
  Override OpenAI Base URL: %1/v1
  add the model %3

Cursor sends most requests from its own servers, which cannot reach %1:
they need an address they can reach (&quot;Reachable from other machines&quot; and a tunnel you trust).
</source>
        <translation>Cursor Settings &gt; Models：
  OpenAI API Key：%2
  Override OpenAI Base URL：%1/v1
  添加模型 %3

Cursor 的大多数请求从其自己的服务器发出，这些服务器无法访问 %1：
它们需要一个可访问的地址（“允许其他机器访问”以及你信任的隧道）。
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>编辑(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>虚拟模型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>还没有虚拟模型或路由。用“新建”先添加一条路由（按顺序尝试的模型），再添加虚拟模型（客户端请求的名称）。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>回退：按顺序，失败时用下一个</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>加权：按权重分配</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>首个 token 最快</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>最空闲</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>拖动以重新排序：顺序即回退顺序。双击权重可修改。</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>添加目标(&amp;T)</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>上移（在回退顺序中更靠前）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>发生可重试错误（速率限制、过载、超时）后，对同一目标的额外尝试次数</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>重试(&amp;R)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>重试前的首次等待；每次重试翻倍</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>退避(&amp;B)：</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>提供商要求等待的时间（Retry-After）超过此值时，改为故障转移</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>最长等待(&amp;W)：</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>没有规则匹配时使用的路由</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>默认路由(&amp;D)：</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>跳过每次调用估计费用高于此值的目标</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>每次调用费用上限(&amp;C)：</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>跳过近期首个 token 时间慢于此值的目标</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>延迟预算(&amp;L)：</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>省略，并在响应头中说明</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>拒绝请求</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>客户端请求、但所选模型的 API 无法运行的提供商托管工具（网页搜索、代码解释器、文件搜索）。选择拒绝会跳过此类目标；若没有剩余目标，则返回 400 并指明该工具。</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>无法运行的托管工具(&amp;H)：</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>无（例如 handbook、contracts）</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>知识库集合，以逗号分隔：经过此模型的每个请求都会在系统提示词中获得其中的最佳段落作为编号来源，无论客户端使用哪种 API</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>知识库集合(&amp;K)：</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>默认（5）</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>一个请求最多获得的段落数（它们还必须符合 token 预算 knowledgeTokens）</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>知识段落数(&amp;P)：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>最少 token 数</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>规则从上往下尝试；第一个匹配的规则决定路由。</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>添加规则(&amp;U)</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>上移规则（更早尝试）</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>下移规则</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>表单显示的是它能读取的最后一个版本。请先修正 JSON：%1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>虚拟模型：%1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>目前没有已启用的提供商提供此模型</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1（没有此路由）</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>当提示词估计达到此 token 数或更多时匹配</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>冷却中</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>探测中</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>虚拟模型和路由</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>表单(&amp;O)</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>路由列出目标（提供商/模型）和策略：fallback、weighted、latency、cost 或 least_busy。虚拟模型是客户端请求的名称；其规则按任务（summarize、code、reasoning、vision）、所需能力（tools、vision、json）或提示词大小选择路由，并可设置费用上限（maxCostUsd）和延迟预算（latencyBudgetMs）。</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>插入示例(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>示例提示词，例如“总结这份报告”</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>根据提示词推测</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>使用工具</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>包含图片</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>显示路由(&amp;S)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>实时健康状况</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>选择一个调用，查看它为何被发往该处。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近的调用</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>应用路由配置</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>已保存的路由在修正前不会被使用：%1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>文本不是 JSON 对象</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>配置是一个包含 &quot;virtualModels&quot; 和 &quot;routes&quot; 的对象。</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>未知的键：%1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>有效。</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>有效，但在集合存在之前，经过这些虚拟模型的请求会失败（switchboard-cli kb create 名称）：%1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>已应用：新的调用将使用此路由。</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>请先添加提供商（“提供商”页面）：路由需要目标。</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>虚拟模型 %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>路由 %1（%2）</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>由 %1 选择</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>任务 %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> （推测）</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>约 %1 个输入 token</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>无目标：%1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>发往 %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>试探调用：%n 次失败后熔断器半开，允许一次调用进行测试</numerusform>
        </translation>
    </message>
    <message>
        <source> · TTFT %1 ms</source>
        <translation> · TTFT %1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 failed (%3%)</source>
        <translation>%2 次中失败 %1 次（%3%）</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>近期错误率，越近的调用权重越高（路由所用的值）：%1%</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1：剩余 %2% 错误预算，消耗速率 %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1：尚无调用</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>已降级：%1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · 已在路由中降级</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>对比 %1 的运行</translation>
    </message>
    <message>
        <source>A: %1, %2, %3, %4</source>
        <translation>A：%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>B: %1, %2, %3, %4</source>
        <translation>B：%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>Only the steps that changed</source>
        <translation>仅显示有变化的步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变化</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>输出 A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>输出 B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>费用 A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>费用 B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>延迟 A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>延迟 B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已变化</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>数据目录必须是绝对路径。</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 是文件，不是目录。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>回车（Shift+回车换行）</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+回车（回车换行）</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>发送消息的按键(&amp;S)：</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>登录时启动 Switchboard(&amp;L)</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>回答中的代码(&amp;O)：</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>字体会立即应用于 Playground 和对比中的回答。</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>立即应用于 Playground 和对比的提示词输入框。</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>新对话使用(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>对比初始模型(&amp;C)：</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>还没有模型：请先在“提供商”页面添加提供商，再在这里选择。</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>对话保留期限(&amp;K)：</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>超过这么多天未改动的 Playground 对话会在启动时和每天一次被删除。</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>清除所有本地数据(&amp;L)…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>清除所有本地数据</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1（已不再提供）</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>上次使用的模型</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard 将退出，删除以下内容，然后以空白状态重新启动：

• %1 中：数据库（对话、用量账本、对比与投票、知识集合及其索引、工作流运行记录、监控历史）和工作区文件（提供商、路由、预算、代理密钥、工作流）
• 此对话框的所有设置
• 工作区引用的系统钥匙串中的密钥（提供商密钥和代理密钥）

保留：环境变量、导入知识库的原始文件、导出的文件以及文件夹中的其他文件。

此操作无法撤销。如需保留工作区，请先导出。</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>这样启动时会打开本地代理，窗口可从托盘图标打开。没有托盘时，窗口照常打开。</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>对话、比较、用量和工作区文件都保存在数据目录中。新的数据目录在重新启动后生效；文件不会被移动。</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>来源 [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>打开页面</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>复制段落</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>文件已不在 %1：导入后它被移动或删除了。</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>对比步骤 %1</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>此次运行中步骤 %1 获得的输入会发给你勾选的模型，在“对比”中并排显示。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>请选择 %1 到 %2 个模型（已选 %3 个）。</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>在画布上选择一个步骤以编辑它。从面板添加步骤：将其拖到画布上或双击它。从一个步骤右侧的端口拖到另一个步骤即可连接两者。</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>在所显示的运行中</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>在其他模型上对比…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>将此步骤获得的输入（渲染后的系统和用户提示词及其参数）发送给 2 到 6 个模型，在“对比”中并排显示</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>打开其步骤</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>编辑此“逐项处理”步骤对每一项运行的步骤（或在画布上双击它）</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>未知类型“%1”：请在 JSON 视图中修正。</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>字母、数字和“_”；其他步骤以 steps.ID 读取此步骤</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>还不是 JSON（%1，位于 %2）：步骤保留其上一个模式。</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>模式必须是 JSON 对象：步骤保留其上一个模式。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>结束回答的序列，以逗号分隔</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Token：输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>延迟：%1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>尝试次数：%1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>从录制中重放</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>步骤类型</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>将其拖到画布上或双击它。</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>团队服务器：</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>工作区中类型为 Switchboard 团队服务器的提供商</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>请立即复制新密钥：服务器只保存其哈希，无法再次显示。请通过安全渠道交给该成员。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>我已复制</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>有效密钥</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>新成员的名称</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>所选：</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>请求数/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>显示已吊销</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>新密钥所属的成员</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>标签，例如 laptop</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> 每 min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>此密钥在团队所有服务器上合计每分钟可发出的请求数（0：不限）</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>轮换…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>为同一成员生成具有相同标签和限制的新密钥；所选密钥立即失效</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>密钥已复制到剪贴板。</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>此工作区没有团队服务器。请在“提供商”中添加类型为“Switchboard 团队服务器”的提供商，填写服务器地址和成员密钥。</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>您是 &lt;b&gt;%1&lt;/b&gt;，角色：%2。</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>只有团队管理员可以查看和管理成员、密钥和审计日志。如需新密钥或其他角色，请联系管理员。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已吊销 %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>已轮换，现为 %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>只有团队管理员可以执行此操作；您的角色是 %1。</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 已加入团队，角色：%2。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 的角色现为 %2。</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>要将 %1 移出团队吗？其密钥立即失效；账本和审计日志会保留其名称。</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>已将 %1 移出团队。</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>已为 %2 创建密钥 %1。</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>要吊销密钥 %1 吗？从现在起，使用它的所有工具都会在团队的所有服务器上被拒绝。</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>密钥 %1 已吊销。</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>要用新密钥替换密钥 %1 吗？旧密钥立即失效，该成员需要使用新密钥。</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>密钥 %1 已被 %2 替换。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>从团队服务器重新加载成员、密钥、预算和审计日志</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>软限额</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>硬限额</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定义于</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>进行中的调用可能还会产生的费用：在其结束前从硬限额中预留</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>软限额在成员的花费达到时发出警告。硬限额在花费加上进行中的调用可能超出时拒绝该成员的调用，按团队所有服务器合计。留空表示不设限额。</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>预算所针对的成员</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>UTC 日或 UTC 自然月</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>软 $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>硬 $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>保存预算</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>设置该成员在此周期的预算，替换现有预算</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>删除所选预算</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>服务器的工作区文件</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>在响应的服务器的工作区文件中设置；请在那里修改，或在此设置该成员此周期的预算，以在团队所有服务器上替换它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>“%1”不是美元金额：请输入类似 12.50 的数字，或将限额留空。</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>请输入软限额、硬限额或两者。要取消预算，请选中它并点击删除。</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>已保存 %1 的预算（%2）。</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>删除 %1 的预算（%2）？该成员的调用将不再受其限制，团队所有服务器均如此。</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>已删除 %1 的预算（%2）。</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>从模板新建工作流</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>模板中每个占位项使用什么。留空时，占位项保留其名称，此时该名称必须是工作区中的虚拟模型、路由或集合。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（模型）：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（集合）：%2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard 从不自行下载或安装任何内容：请打开下载页面，或使用软件包管理器更新。</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>打开下载页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>跳过此版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>正在 %1 中检查新版本…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 已是最新版本。</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Switchboard %1 已发布。您的版本是 %2。</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>您已选择跳过此版本：有更新的版本发布时，Switchboard 会再次通知您。</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1（预发布版）</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1，发布于 %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>此版本没有说明。</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…以及 %1 个更早的版本：请查看下载页面。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>也通知我预发布版(&amp;P)</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>发布源(&amp;F)：</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>立即检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>未检查：%1。</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>构建时设定</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>此安装为托管安装（%1）：新版本由软件包管理器或管理员提供，因此除非您开启，否则不会自动检查。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>上次检查：%1。</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>上次检查：%1。%2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>更新设置未保存：%1。</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>自动检查新版本(&amp;A)</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>自动检查在启动时进行，之后每天最多一次。检查时会读取发布源（一个小型 JSON 文件，经由网络设置获取），并在窗口中显示新内容。Switchboard 从不自行下载或安装任何内容。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>添加网页</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>要导入到“%1”的网页(&amp;W)，每行一个地址：</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>网页地址</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>每个网页都会被获取（最大 64 MB，30 秒），并按其内容类型读取：HTML、Markdown、文本、CSV、JSON、PDF 或办公文档。未变化的网页再次添加时不会重新嵌入。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>第 %1 行：“%2”前面没有 http:// 或 https://。请写出完整地址，例如 https://%2。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>第 %1 行：“%2”不是有效的网页地址。请检查是否有空格或拼写错误，或从浏览器地址栏复制。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>第 %1 行：“%2”不是网页：只能导入 http:// 和 https:// 地址。本地文件请用“添加文件”添加。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>第 %1 行：“%2”没有指明服务器。请写成 https://example.com/page 的形式。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>要导入 %n 个网页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>请输入一个或多个以 http:// 或 https:// 开头的地址。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>花费(&amp;S)</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>按类型统计的每个 UTC 日 token 数。输出不含推理。</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>Token(&amp;T)</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>各模型（最繁忙的 %1 个）成功调用的延迟和首个 token 时间，单位为毫秒。</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>延迟(&amp;L)</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>各提供商失败尝试所占比例（已取消的调用不算错误）。</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>错误(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>花费最多(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>调用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>预算(&amp;B)</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>指向柱形即可查看其数值。</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>重新读取账本</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>起始日（UTC）</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>结束日（UTC），包含当日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在读取账本…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>重新读取账本（F5）</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>每个 UTC 日的花费，堆叠依据</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>密钥（代理密钥、对话）</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>按费用排列的密钥（代理密钥、对话、对比）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>最贵的请求</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>用量不可用：账本未在运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>此范围内有 %n 个调用使用了没有价格的模型：其费用未知，合计、图表和预算均未计入。请在“提供商”页面设置该模型的价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>花费 %1 · %2 次调用（%3 个请求）· %4 个 token · 错误率 %5%（%6 个错误）</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>已达预算硬限制：%1，已花费 %2 / %3。其覆盖的调用将被拒绝。</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>已达预算软限制：%1，已花费 %2 / %3。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>团队服务器：我的</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>使用哪个账本：本机的，或团队服务器的（管理员和查看者可看到所有成员的调用，成员只能看到自己的）</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D):</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>所有成员</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>成员(&amp;B):</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>团队服务器的调用都经过其代理</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>团队的调用及其提示词保留在团队服务器上</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>成员的预算在团队页面上</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>正在读取团队服务器的账本…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>您（%1）在团队服务器“%2”上的调用。</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>您（%1）在团队服务器“%2”上的调用：成员只能看到自己的调用。</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>所有成员在团队服务器“%1”上的调用。</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>%1 在团队服务器“%2”上的调用。</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>无法读取团队服务器的用量。</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>百分位数根据每日直方图估算，误差在 %1 以内。</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>团队服务器根据每日延迟直方图而非每次调用计算百分位数。调用次数是精确的。</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>工作区每日预算</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>工作区每月预算</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>提供商 %1 的每日预算</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>提供商 %1 的每月预算</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>代理密钥 %1 的每日预算</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>代理密钥 %1 的每月预算</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>团队成员 %1 的每日预算</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>团队成员 %1 的每月预算</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>版本 %1 与版本 %2 相同。</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>从版本 %1 到版本 %2 的变化：</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>步骤 %1（%2）</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>在“逐项处理” %1 中</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>连线 %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>当 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>欢迎使用 Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Switchboard&lt;/h2&gt;&lt;p&gt;让我们连接您的第一个模型提供商。Switchboard 会查找您已有的 API 密钥以及在本机上运行的模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>正在查找环境变量中的 API 密钥以及本机上的 Ollama 或 LM Studio…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>找到的提供商</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>密钥保存在系统钥匙串中，绝不写入工作区文件。每个提供商在添加前都会经过测试。</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>您也可以在“提供商”页面自行设置提供商。通过“帮助 &gt; 欢迎”可再次打开此向导。</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>添加并测试(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>打开 Playground(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>打开提供商(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>本机上的 %1：%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1（密钥位于 %2）</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>环境变量中没有找到 API 密钥，本机上的 Ollama 和 LM Studio 也都没有响应。请在“提供商”页面使用从提供商控制台获取的密钥添加提供商。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>找到 %n 个提供商。取消勾选不想添加的项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1：未添加：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1：%2 毫秒内连接成功，%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1：未添加：无法将密钥保存到钥匙串（%2）。</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>无法保存提供商：%1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>未能添加任何提供商。请查看下方消息，然后在“提供商”页面添加提供商。</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>完成。您的提供商已保存，可以在 Playground 中使用。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>删除 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>移动 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>没有步骤“%1”。</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>连线只能位于同一个图中：“%1”和“%2”不在同一个图中。</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>步骤不能连接到自身。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>“%1”已连接到“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>“%1”已在“%2”之后运行：此连线会形成环路，而每个步骤只运行一次。</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>连接 %1 到 %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>连接 %1 到 %2（%3）</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>ID 以字母或“_”开头，由字母、数字和“_”组成（最多 64 个）。</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>已有另一个步骤名为“%1”；ID 在工作流中必须唯一。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>编辑工作流的%1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>粘贴 %n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>字母、数字、“_”、“-”和“.”；代理将此工作流作为模型 workflow:名称 提供</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>一次运行所需的输入（在模板和表达式中写作 input.名称）：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>添加输入</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>移除输入</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>双击一次运行可在画布上查看其步骤；选择两次运行可进行对比</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>在画布上显示此次运行的步骤</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>选择两次运行，逐步对比</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>此工作流还没有运行记录。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>新工作流：由模型回答输入的文本</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制副本</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>按已保存状态复制工作流</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>重命名工作流（会保存它）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>从模板新建工作流：文档分拣、客服回复、代码审查、批量翻译</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>从文件添加工作流</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>将编辑器中当前的工作流保存到文件</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>返回工作流本身的步骤</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>将工作流保存到工作区（Ctrl+S）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>按依赖关系将步骤分层排列（Ctrl+L）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大（Ctrl+=）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>显示所有步骤（Ctrl+0）</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>重做%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>工作区中保存的工作流。可在此编辑并应用，或使用画布和检查器。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>不是 JSON：%1，位于 %2。</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>工作流是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>以 JSON 编辑</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>保存工作流</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>按依赖关系排列步骤</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>缩放以显示所有步骤</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>运行工作流</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>复制所选步骤</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>粘贴步骤</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>删除所选步骤和连线</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>选择所有步骤</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>保存对“%1”的更改？（选“否”将放弃更改。）</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>还没有工作流：点击“新建”开始一个。</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>未保存：请为工作流命名（“工作流”选项卡）。</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>未保存：已有另一个工作流名为“%1”；请换一个名称（“工作流”选项卡）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>已保存。有 %n 个问题使其无法运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>已将“%1”重命名为“%2”并保存。</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>删除工作流</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>从工作区删除工作流“%1”？其运行记录仍保留在历史中。</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1（每一项）</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>已复制 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>剪贴板中没有可粘贴的步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>已粘贴 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>排列步骤</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>没有问题：工作流可以运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>路由器未在运行：请先添加提供商（“提供商”页面）。</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>请先修正其问题（列在画布下方）。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%n 项中已完成 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>请先继续运行，然后再拒绝该值。</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>运行 %1 已不存在。</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>对比运行</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>其中一次运行已不在历史中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>“%1”已保存到工作区，但其版本未能保留：%2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>恢复“%2”的版本 %1？它会被保存为最新版本；在编辑器中撤销即可还原。</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>你未保存的更改将被替换（撤销可找回）。</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>已恢复版本 %1 并保存为最新版本（撤销即可还原）。</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>对比版本</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>从模板新建工作流</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1：请换一个名称。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>已从模板“%2”添加“%1”。</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>导入工作流</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>工作流文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>工作区中已有另一个名为“%1”的工作流。要替换它（它会保留在其版本中）、两者都保留，还是以另一个名称导入文件中的工作流？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>另一个名称…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>导入的工作流名称：</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>工作区中已有“%1”，内容相同。</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>已用文件中的工作流替换“%1”。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>导出工作流</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>只能对比所显示运行中已完成的模型步骤；请先运行工作流。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>请选择 %1 到 %2 个模型。</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>对比此步骤</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>对比只发送文本：此步骤获得的 %n 个文件会被略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>另一个工作流名为“%1”</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>从 JSON 文件加载…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>其中的 {&quot;file&quot;: &quot;路径&quot;} 代表该文件的内容</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>会使运行超出此费用的步骤不会启动</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>费用上限</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>按编辑器中的当前状态运行工作流（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>从运行停止处继续；已完成的步骤不会再次运行</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>等待你的审核</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>在批准前编辑该值即可传递你的版本（JSON 或纯文本）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>原因（用于拒绝）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>还没有运行。填写输入并点击“运行”。</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>运行的输出</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>输入（JSON）</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>要读取的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>输入不是 JSON：%1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 不是 JSON：请写成 JSON，例如 [&quot;a&quot;, &quot;b&quot;] 或 {&quot;key&quot;: 1}。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 不是单个 JSON 值。</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>加载输入</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>继续运行时不会重复已完成的步骤。</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>步骤 %1 正在等待：批准该值（可先编辑以传递你的版本）或拒绝它。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>步骤 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>保存者及原因</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>每个已保存的版本都会保留。选择一个可恢复，选择两个可对比。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>将所选版本重新设为最新版本（在编辑器中撤销即可还原）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>选择两个版本，逐步查看变化</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>app</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>与工作区文件中一致</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>已恢复版本 %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>来自模板 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>还没有已保存的版本：每次保存都会保留一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n 个版本，从未删除任何版本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>工作区包含你的提供商、路由、代理设置和预算。团队通过导出和导入该文件共享它；密钥保留在每个人自己的密钥环中。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>提供商：</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>路由：</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>本地代理：</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥安全</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>密钥环：</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>密钥保存在系统密钥环中，并在工作区中以 keychain:名称 引用，或以 env:VAR 从环境读取。它们绝不会写入文件、日志或数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n 个提供商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n 个已启用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n 个虚拟模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n 条路由</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n 个预算</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1（模式版本 %2）</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>可用（%1）</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>导入工作区</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Switchboard 工作区 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>文件未导入；你的工作区保持不变。

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>用来自 %5 的“%3”（%4）替换工作区“%1”（%2）？

密钥不包含在文件中：keychain:名称 之类的引用必须在你的密钥环中存在。</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>导出工作区</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Switchboard 工作区 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>已导出到 %1。文件只包含密钥引用，绝不包含密钥本身。</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>无法更改 %1。请检查您的账户能否编辑自己的 Run 注册表项。</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>无法删除 %1。请手动删除该文件，或使其所在文件夹可写。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>无法创建文件夹 %1。请使上级文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>无法写入 %1。请使该文件夹可写，然后重试。</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>它不是 JSON（第 %2 字节处 %1）</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>它不是 Switchboard 发布源（应为包含 &quot;format&quot;: &quot;%1&quot; 和 &quot;releases&quot; 列表的对象）</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>该源的格式为 &quot;%1&quot;，此版本无法读取（可读取 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>该源列出了 %1 个版本，超过此版本可读取的 %2 个</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>其中没有任何版本号符合 MAJOR.MINOR.PATCH 格式</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>源 URL 必须是 http 或 https 地址，例如 https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>未设置发布源：请在“设置”的“更新”中输入其 URL。</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>无法检查发布源 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>无法检查更新：%1。请检查网络代理的密码（设置，网络）。</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>无法检查更新：网络设置无法使用（%1）。请在“设置”的“网络”中修正。</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>%1 的响应超过 %2 KiB，远大于发布源应有的大小：请在“设置”的“更新”中检查源 URL。</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 不是发布源：其 JSON 格式错误（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 不是发布源：它返回的是 %2 而不是 JSON。请在“设置”的“更新”中检查源 URL。</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>位于 %1 的发布源返回了 HTTP 状态 %2：请在“设置”的“更新”中检查源 URL。</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>位于 %1 的发布源未及时响应（%2）。请检查网络设置（设置，网络），然后重试。</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>无法访问位于 %1 的发布源：%2。请检查地址和网络设置（设置，网络），然后重试。</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 不是此版本能读取的发布源：%2。</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>必须是步骤数组，而不是 %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>必须是边数组，而不是 %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>必须是带有 id 和 kind 的对象</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>必须是名称</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>必填（%1 之一）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>必须是带有 from 和 to 的对象</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>未知键“%1”（边具有 from、to 和 when）</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>必须是 true、false 或标签</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>map 需要为每一项运行的步骤</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>每一项的结果是输出步骤的值，或唯一一个后面没有步骤的步骤的值；请添加输出步骤</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>必填：边离开的步骤的 id</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>必填：边进入的步骤的 id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>“%1”不能跟在自身之后</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>从“%1”到“%2”的同一条边出现了两次</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>来自条件“%1”的边需说明何时经过：true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>“%1”不是“%2”的标签（%3）</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>只有来自条件或分类步骤的边才有 when；“%1”是类型为 %2 的步骤</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>“%1”在此 map 的步骤之外</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>“%1”在 map“%2”之内；边只能连接同一个 map 中的步骤</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>没有步骤“%1”</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>步骤构成了循环：%1；工作流中每个步骤只运行一次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>“%1”必须以字母或 &apos;_&apos; 开头，且只包含字母、数字和 &apos;_&apos;（最多 64 个）</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>未知字段；%1 步骤具有 %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>只有调用模型、知识库或文档读取器的步骤才会重试和超时；%1 步骤两者都不做</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>请指定模型：PROVIDER/MODEL、路由或虚拟模型</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>必须是文本，而不是 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>必须是文本形式的表达式，而不是 %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>必须是表达式数组，而不是 %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>必须是文本形式的表达式</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>必须是字符串数组，而不是 %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>必须是 JSON Schema 对象，而不是 %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>必须是 0 到 2 之间的数字</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>必须是 %1 到 1000000000 之间的整数</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>必须是 minimal、low、medium、high 之一</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>未知参数；可用的有 temperature、topP、maxTokens、reasoningEffort、seed、stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>分类步骤至少需要两个标签</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>请至少指定一个知识库集合</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 接受 %2，而不是 %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>%1 必填：%2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>要生成的文本，含 {{...}} 占位</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>要处理的值，例如 steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>在值中查找的位置，例如 items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>必须是类似 total 或 items[0].name 的路径</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>该模式有 %1 个括号分组；group 是其中之一，或表示整个匹配的 0</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 只存在于 map 的步骤中</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run 具有 %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>未知名称“%1”；路径以 input、steps、run%2 开头</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>请指定步骤：steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 不是步骤具有的内容；可用的有 %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>步骤不能读取自身的结果</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 不在 %2 之前运行；请添加一条从 %1（或其后的步骤）到 %2 的边</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 在 map“%2”中针对每一项运行；请读取 steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 不在 %2 之前运行</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>必填（%1）</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是 %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 由更新版本的 Switchboard 写入（此版本最多读取 %2）</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>未知键（工作流具有 %1）</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>必须是 JSON Schema 对象</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>工作流 %1 无效：</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>“%1”只能包含字母、数字、&apos;_&apos;、&apos;-&apos; 或 &apos;.&apos;（最多 64 个）</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>工作流至少需要一个步骤</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>“%1”是另一个步骤的 id；id 在工作流中必须唯一</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>请添加输出步骤：它说明运行返回什么</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>另一个工作流名为“%1”</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>位置 %1：%2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null（无值）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>数字后不能紧跟名称（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>未知的转义 &apos;\%1&apos;（请使用 \&quot;、\&apos;、\\、\n 或 \t）</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>字符串未闭合（请添加 %1）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; 不做比较；请使用 ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>完整表达式后出现意外的 %1</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 后面应为一个值</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>比较不能连写；请用 &apos;and&apos; 连接</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>应为 &apos;)&apos; 以闭合位置 %1 的 &apos;(&apos;，但找到了 %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>此处应为一个值，但找到了 %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>此处应为一个值，但找到了 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>未知函数 &apos;%1&apos;（可用函数：%2）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>调用 %1 时应为 &apos;,&apos; 或 &apos;)&apos;，但找到了 %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() 只接受一个值，而不是 %2 个</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>&apos;.&apos; 后应为名称，但找到了 %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>列表索引必须是整数，而不是 %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>&apos;[&apos; 后应为列表索引或带引号的键，但找到了 %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>应为 &apos;]&apos; 以闭合位置 %1 的 &apos;[&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; 无法比较 %2 和 %3 的大小</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>字符串不能包含%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; 需要字符串、列表或对象，而不是%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; 需要数字，而不是%2和%3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() 需要字符串、列表或对象，而不是%1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() 无法将 %1 读取为数字</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; 需要数字，而不是%1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; 没有用 &apos;}}&apos; 闭合</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }} 为空：请在其中放入一个值，例如 {{input.text}}</translation>
    </message>
</context>
</TS>
