<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>%1 を削除できません。使用中のプログラムを閉じてから Switchboard を再起動してください。</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>要求: %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>クライアントの方式: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>仮想モデル: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>ルート: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>ルールで選択: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>タスク: %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (推定)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  候補 %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  スキップ %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>試行:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: %3 ms で応答</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: %3 ms 後に失敗、%4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; 次の試行まで %1 ms 待機</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      このアップストリーム向けに変更: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>応答元: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  候補 %1（降格: %2）</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>SLO「%1」はエラーバジェットを 1 時間で %2 倍、5 分で %3 倍の速さで消費しています（高速アラートのしきい値 %4 倍）</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>日別の支出</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%2 の %1: %3 (日計 %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>日別の支出: この期間の呼び出しはありません</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>キャッシュ (読み取り)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>日別のトークン数</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%2 の %1 トークン: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>レイテンシ p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>レイテンシ p95</translation>
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
        <translation>モデル別レイテンシ: この期間に成功した呼び出しはありません</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>モデル別レイテンシ</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1、%2: %3 ms (成功した呼び出し %4 件)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>エラー率 (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>プロバイダー別エラー率: この期間の呼び出しはありません</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>プロバイダー別エラー率</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>試行あたりのエラー</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: エラー %2% (%4 回の試行中 %3 回、キャンセル %5 回)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>任意のラベル</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>モデルなし</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>%1 の各項目 · 内部に %n ステップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>リスト (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>オブジェクト (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>任意の JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>LLM 呼び出し</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>反復</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>テキスト抽出</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>ナレッジ検索</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人によるレビュー</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>システムプロンプトとユーザープロンプトでモデル (またはルート、仮想モデル) に問い合わせます。回答を JSON Schema で検証できます。</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>モデルにラベルを 1 つ選ばせます。エッジはラベルごとにこのステップから出ます。</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>前の結果に対して式を評価します。エッジは真と偽のそれぞれでこのステップから出ます。</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>リストの各項目について、数件ずつ自身のステップを実行し、結果をまとめます。</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>入力の PDF、DOCX、ODT、EPUB、画像 (OCR)、テキストファイルからテキストを読み取ります。</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>クエリに対してナレッジベースのコレクションからパッセージを探します。</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>テンプレートを埋める、JSON から値を取り出す、分割・結合する、正規表現で抽出するなどを行います。</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>誰かが値を承認、編集、または却下するまで実行を一時停止します。</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>実行が返す内容です。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行回数</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>再試行の間隔 (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>タイムアウト (ms)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>ユーザープロンプト</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR の言語</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>パッセージ</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>トークン予算</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>すべての一致</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>プロバイダー/モデル、ルート、または仮想モデル</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>{{...}} の穴があるテキスト: {{input.text}}、{{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>{{...}} の穴があるテキスト。{{steps.ID.output}} 単独なら JSON のまま保持されます</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>回答が満たすべき JSON Schema (満たさない場合は修正を 1 回依頼)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>入力のファイルを指す式を 1 行に 1 つ: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>1 行に 1 ラベル。エッジはラベルごとにステップから出ます</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>1 行に 1 つのナレッジベースのコレクション</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>比較・組み合わせ・集計: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>リストを返す式: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>処理対象の値を返す式: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>入力のファイルを指す式: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>値の中で参照する場所: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>同時に実行する項目数</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>各試行はこの時間を超えると失敗します</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>レビュー待ちで一時停止</translation>
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
        <translation>バッチはすでに実行中です。</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>プロンプトセットが空です。</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>モデルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>ここではナレッジベースを利用できません。コレクションを外して実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>%n 件のプロンプトのバッチ</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>ナレッジ検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>未採点: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>先に実行中の回答を停止してください。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>モデルを %1～%2 個選んでください。</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>比較 %1 はバッチ実行です。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>先にプロンプトを書いてください。</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>前のプロンプトへの回答がまだ届いています。</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>ここではナレッジベースを利用できません。コレクションを外して比較してください。</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>ナレッジ検索に失敗しました: %1。別のコレクションを選ぶか (または選ばずに)、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>モデル %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>ブラインド比較への投票は、すべての回答が揃ってから行ってください。</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>ペイン %1 はありません。</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 は PDF を読めません（またはこの PDF を読めません）。テキストも抽出できません: %2。「pdf」と表示されたモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>%1 ページ</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>再ランキングなし: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 が失敗しました (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>%1 の回答はパッセージ番号を示しませんでした</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 は %2 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>再ランキングなし: 再ランキングに使えるプロバイダーがありません</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>コレクションに埋め込みモデルがありません</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>クエリを埋め込むプロバイダーがありません</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>ベクトル検索なし: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>BM25 のみ: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>BM25 のみ: クエリを埋め込めませんでした (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>BM25 のみ: %1 のベクトルを持つパッセージはまだありません</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>ワークスペースにカナリア「%1」はありません。</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>カナリア「%1」は実行中か実行待ちです。</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: 不明なキー「%2」(使えるキー: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: %2 ではなく文字列にしてください</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: %2にしてください</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: %2 から %3 までの整数にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: 「%2」は PROVIDER/MODEL の形にしてください (ルーターがプロバイダーに要求するモデル)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: provider と model (PROVIDER/MODEL) のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: ワークスペースにプロバイダー「%2」がありません (あるもの: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: ワークスペースにルートまたは仮想モデル「%2」がありません</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: ttft (最初のトークンまでの時間) か latency (全体) にしてください</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: オブジェクトにしてください</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: model (PROVIDER/MODEL) と route (ルートまたは仮想モデルの名前) のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: レイテンシ SLO には必須です (例: 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>0 より大きいミリ秒数</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: 可用性 SLO には metric も thresholdMs もありません</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: latency か availability にしてください</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: 必須です。パーセントで指定します (例: 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>50 より大きく 100 未満のパーセント (例: 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: true か false にしてください</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: ルーティングで降格できるのはモデル (PROVIDER/MODEL) の SLO だけです</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: %2 には必須です (例: %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>0 より大きく 100 以下のパーセント</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>1 より大きい数 (例: 2 は直前の平均の 2 倍)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>0 より大きいドル額</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: error_rate、latency_spike、cost_per_hour、no_traffic のいずれかにしてください</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: ウィンドウと基準期間は 47 時間 (分単位データの保持期間) に収めてください</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: 必須です。PROVIDER/MODEL、ルート、仮想モデルの名前のリスト</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: モデル名にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: 「%2」は PROVIDER/MODEL でも、ワークスペースのルートや仮想モデルでもありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: 「%2」が 2 回指定されています</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: hourly か daily にしてください</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>0 より大きいドル額 (例: 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>0 より大きく 0.5 未満の有意水準 (例: 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>各行はオブジェクトにしてください</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>プロンプトセットが空です</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>必須です。プロンプトセットの行のリスト、またはプロンプトセットのテキスト</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: カナリアのプロンプトにはチェックが必要です (contains、regex、json、schema、judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: モデルがありません。その &quot;model&quot; かカナリアの judgeModel を設定してください</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%2 の呼び出しの %1 % が %3 日間で成功</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%2 の%3の %1 % が %5 日間で %4 ms 以内</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>%1 のエラー率 &gt;= %2 % (%3 分間)</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%2 の平均 %1 が %3 分間で直前 %5 時間の %4 倍を超える</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>%1 のコスト &gt;= $%2 (1 時間)</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>%1 の呼び出しが %2 時間ない</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>ワークスペースの監視セクションが無効です:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: 「%2」は 1～64 文字の英字、数字、スペース、「.」「_」「-」にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: 「%2」は別の SLO またはモニターが使っています</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: 配列にしてください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: 「%2」は別のカナリアが使っています</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: url を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: http:// か https:// の URL、またはそれを保持する keychain:NAME か env:VAR にしてください</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: エラーバジェットの消費率が %3 で %2、%5 で %4 (アラートは %6 超); バジェット残り %7。SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: エラーバジェットの消費率が %3 で %2、%5 で %4 に戻りました; バジェット残り %6</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>基準の %1</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 時間呼び出しなし</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; %4 件の呼び出し)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: %2 に戻りました (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: 解決済み。SLO またはモニターが削除されました</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>ルート %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>ソース %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>プロキシキー %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>メンバー %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>すべての呼び出し</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>プロバイダーがキーを拒否しました%1: %2。プロバイダーのキーを確認してください。</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>このキーではこのモデルを使用できません%1: %2。別のモデルを選ぶか、キーを変更してください。</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>不明なモデルまたはエンドポイントです%1: %2。プロバイダーのモデルとベース URL を確認してください。</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>予算によりこの呼び出しが停止されました: %1。[使用量] の [予算] で引き上げるかリセットしてください。</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> プロバイダーは %1 秒待つよう求めています。</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>レート制限中です%1: %2。%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>プロバイダーに接続できません%1: %2。ベース URL とネットワークを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>プロバイダーが応答しませんでした%1: %2。再試行するか、フェイルオーバーする仮想モデルを選んでください。</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>プロンプトがこのモデルのコンテキストウィンドウに対して長すぎます: %1。短くするか、新しい会話を始めるか、コンテキストの大きいモデルを選んでください。</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>プロバイダーの安全フィルターにより拒否されました: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>プロバイダーがリクエストを拒否しました%1: %2。このモデルのパラメーター (JSON モード、最大トークン数) を確認してください。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>プロキシはすでに %1 で実行中です</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>プロキシにはルーターエンジンが必要です</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>%1 (このマシンの外から到達可能) で待ち受けるには、プロキシキーが 1 つ以上必要です。キーを追加するか、127.0.0.1 で待ち受けてください</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>プロキシのポートは 1～65535 にしてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>&apos;%1&apos; は待ち受けに使える IP アドレスではありません (127.0.0.1、::1、0.0.0.0 を使用してください)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>プロキシキー &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>プロキシキー &apos;%1&apos;: シークレットが空です</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: 別のプログラム (または別の Switchboard) がポート %1 を使用しています。それを停止するか、別のポートを選んでください</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: 1024 未満のポートには管理者権限が必要です。1024 より大きいポートを選んでください</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>%1:%2 で待ち受けできません: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>チームサーバーの応答を理解できません (%1)。同じバージョンの Switchboard serve ですか？</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>プロバイダー「%1」のキーを読み取れませんでした: %2。プロバイダーで再入力してください。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>プロバイダー「%1」にキーがありません。プロバイダーでチームメンバーのキー (sbk_...) を入力してください。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>プロバイダー「%1」は使用できません: %2。プロバイダーで修正してください。</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>%1 のチームサーバーに接続できません: %2。サーバーが動作しているか、プロバイダー「%3」のベース URL が正しいか確認して再試行してください。</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>%1 のチームサーバーはプロバイダー「%2」のキーを受け付けません。プロバイダーでキーを確認するか (メンバーのキーは sbk_ で始まります)、チーム管理者に新しいキーを依頼してください。</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>これはチームの管理者だけが実行できます。管理者に依頼するか、管理者のキーを使ってください。</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>チームサーバーが拒否しました: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>チームサーバーでエラーが発生しました: %1。少し待って再試行してください。失敗が続く場合はサーバーのログを確認してください。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Switchboard について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;すべての LLM プロバイダーを 1 つのインターフェイスで: フェイルオーバー付きルーティング、プレイグラウンド、モデル比較、予算付きの使用量とコスト、そしてツール向けのローカルプロキシ。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド (Qt %3 で実行中)、%4。&lt;/p&gt;&lt;p&gt;データディレクトリ: %5&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書バージョン 3 以降の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 の名前を変更できません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>プロンプトセットを開く…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>プロンプトセットを開く</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>プロンプトセット (*.csv *.jsonl *.ndjson *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>同時呼び出し数</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>バッチを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>プロンプトを貼り付け: 1 行に 1 つ。またはヘッダー付き CSV (prompt, id, system, category, contains, regex, json, schema)。または JSONL、1 行に 1 オブジェクト: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>平均レイテンシ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>%2 件中 %1 件の呼び出し後にキャンセルしました。</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>完了: %1 件の呼び出し。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件のプロンプト。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>先に左側でモデルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>%n 件のプロンプトを %1 個のモデルで実行中 (同時 %2 件)…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ エラー</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 合格</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 不合格</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>回答済み · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>チェック: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>チェックなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + 価格不明 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>、ソフト上限</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>、ハード上限</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>、対象</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>、スコープ</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>、期間</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>プロキシキー</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>ソフト上限 ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>ハード上限 ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>今期の支出</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>月末の見込み</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>予算を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>予算を保存(&amp;V)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>%n 件の予算を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>ワークスペースの予算が無効です: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>予算は追跡されていません: 使用量台帳が動作していません。</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>今月これまで: %1 · 月末の支出見込み: %2 (ワークスペース全体、線形)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>上限内</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>ソフト上限に到達</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>ハード上限に到達: 呼び出しは拒否されます</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (上限超過)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (日次予算)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>チームメンバー</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>プロバイダー ID、プロキシキー、またはメンバー</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>UTC の 1 日または暦月あたりの上限 (米ドル) を、ワークスペース全体、1 つのプロバイダー (ID)、1 つのプロキシキー (名前)、または 1 人のチームメンバー (そのすべてのキー) に設定します。ソフト上限では通知が出て、ハード上限ではそれ以降の呼び出しが拒否されます。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>プロバイダー/モデル</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>呼び出しを選択するとルーティングのトレースを表示します。</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>%n 件の呼び出しを新しい順に表示中。さらにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n 件の呼び出し (新しい順)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>この呼び出しのルーティングトレースは記録されていません。</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>呼び出しを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>呼び出しをエクスポート</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n 件の呼び出しを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>品質カナリア</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>各カナリアは、実行ごとのコスト上限の範囲で、スケジュール(毎時または毎日)に従ってプロンプトをモデルに送り、合格率がノイズを超えて下がると警告します。プロンプトには比較のプロンプトセットのチェック(contains、regex、json、schema、judge)を使えます。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>無効な JSON: 位置 %2 で %1。</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>カナリアは JSON 配列にしてください: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ]。</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>問題はありません。保存するとスケジュールどおりに実行されます。</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>平均レイテンシ</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>実行あたりのコスト</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>今すぐ実行(&amp;U)</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>スケジュールに関係なく、コスト上限の範囲でカナリアを今すぐモデルに対して実行します。</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>カナリアを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>低下の検定</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>線を指すと値が表示されます。実行を選ぶと回答が表示されます。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 中 %1 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (コスト上限)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>回答が少なすぎます</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: 低下、アラート発生</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>合格 %</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>実行あたり USD</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>カナリアはエンジンの起動後に実行されます。</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>品質カナリアはまだありません。「カナリアを編集…」で追加できます(チェック付きのプロンプトセット、モデル、スケジュール、コスト上限)。</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1、%n 件のプロンプトを %2 に対して実行。1 回あたり最大 $%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>無効です。</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>前回の実行 %1、次回 %2。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>任意: モデルの振る舞い</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON モード</translation>
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
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推論の度合い</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>コレクションの設定</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>ハンドブック</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>会話、仮想モデル、プロキシはコレクションを名前で参照します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>コレクションの内容</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>なし (BM25 のみ)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>ベクトル検索とハイブリッド検索のためにパッセージを埋め込むモデル。プロバイダーが提供するモデルを選ぶか、プロバイダー/モデルまたはルートを入力します。指定しない場合、コレクションはキーワード (BM25) でのみ検索されます。</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>埋め込みモデル(&amp;E):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>モデルに渡す前に、上位のパッセージを質問への適合度で並べ替えるチャットモデル。プロバイダーが提供するモデルを選ぶか、プロバイダー/モデル、ルート、仮想モデルを入力します。検索のたびにチャット呼び出しが 1 回発生します。</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>再ランク付けモデル(&amp;R):</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> パッセージ</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>ハイブリッド検索の上位パッセージのうち、再ランク付けモデルが見る件数。残りは元の順序のまま後ろに並びます。</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>再ランク付けする上位件数(&amp;B):</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>パッセージのサイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>隣り合うパッセージ間で重複させるトークン数。文が 2 つに分かれても見つかるようにします。</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>重複(&amp;O):</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>スキャンしたページや画像の言語。Tesseract のコードを + でつなげます: deu、eng+fra。各言語に言語データ (tesseract-ocr-deu) が必要です。</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>OCR の言語(&amp;L):</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>読み取れるすべてのファイル、または例: *.md、*.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>フォルダーからは、これらのグロブのいずれかに一致するファイルだけを取り込みます (カンマ区切り)。スラッシュを含むグロブはフォルダー以下のパスに一致します。</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>含める(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>例: *.log、build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>これらのグロブのいずれかに一致するファイルは、フォルダーのインポートから除外されます。</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>除外(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>フォルダーの変更を監視(&amp;W)</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>アプリの実行中、コレクションのフォルダー内で新規作成、変更、削除、名前変更されたファイルをインポートします (変更が 1.5 秒止まった後)。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>コレクションに名前を付けてください。</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>重複はパッセージのサイズより小さくしてください。</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>埋め込みモデルがない場合、コレクションはキーワード (BM25) でのみ検索されます。</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>パッセージの埋め込みはルーター (発信元: knowledge) を経由するため、その呼び出しは予算に計上されます。</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>このコレクションのモデル呼び出し (埋め込み、再ランク付け) はルーター (発信元: knowledge) を経由するため、予算に計上されます。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>横並び</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>リーダーボード</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>すべての回答が揃いました。</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>すべての回答が揃いました。どちらが良いですか?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>すべての回答が揃いました。どれが最も良いですか?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>投票を保存しました。%1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>%1 に一致するものはありません: モデルは出典なしで回答します。</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>すべてのモデルが %1 から同じ %n 件のパッセージを受け取ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>すべてのモデルにプロンプトを送信</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>すべての回答を停止</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>モデル (2～6 個)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>モデルを絞り込む</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>比較するモデル</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>横並びにできるのは最大 %1 個のモデルです。</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>その他のモデル (プロバイダー/モデル)、Enter で追加</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>ブラインド投票(&amp;B)</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>最も良い回答に投票するまで、モデル名を隠してシャッフルします</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>リーダーボード用のタグ (例: code、writing)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>各プロンプトはこれらのコレクションで 1 回検索され、すべてのモデルが同じパッセージを受け取ります。</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>保存済みの比較</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>新しい選択は次のプロンプトから適用されます。それまでこれらの回答は残ります。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>左側でモデルを %1～%2 個選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>%n 個のモデルに送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>先に進行中の比較を停止してから、もう一度 %1 を比較してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1 を %n 個のモデルに送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1 をパラメーター付きで %n 個のモデルに送信しました: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>新しい比較。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>先に実行中のバッチをキャンセルしてください。</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>%2 のバッチ「%1」。</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>%2 のバッチ「%1」、%3 に基づく回答: 回答をダブルクリックすると出典を表示します。</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>先に実行中の回答を停止してください。</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>「%1」を再度開きました: 追加の質問は各ペインの会話の続きになります。</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>比較を削除</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>この比較とその回答を削除しますか? 投票はリーダーボードに残ります。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>ブラインド、投票済み</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>ブラインド</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n 個のモデル: %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>投票まで非表示</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>PDF を添付</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文書 (*.pdf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
        <translation>このモデルの回答を停止します。他のモデルは続行します</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最速</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>合計時間が最短</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>別の回答の方が早く完了しましたが、最初のトークンはこれが最初に届きました</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最安</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>あなた: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 による</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>最初のトークン %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>最初のトークン –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>入力 %1 / 出力 %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>現時点で %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>メッセージを編集中: 送信すると元のメッセージは別バージョンとして残ります。Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>添付ファイルを削除</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>メッセージ (Enter で送信、Shift+Enter で改行、Esc で停止)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>「%1」は %2 のような名前ですが、内容は %3 です: 添付しませんでした。</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>「%1」は %2 です。モデルが受け付けるのは PNG、JPEG、GIF、WebP の画像です。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>「%1」は %2 MB です。画像は最大 %3 MB です。</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 は画像を受け付けません。「%2」を添付するには「ビジョン」の付いたモデルを選んでください。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>「%1」は %2 KB です。テキストファイルは最大 %3 KB です (プロンプトに含まれます)。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>「%1」はテキストファイルではありません (内容は %2 のようです): 添付しませんでした。</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>回答を停止 (Esc)。届いた分は残ります</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>画像 (ビジョン対応モデル向け)、PDF (PDF を読めるモデル向け)、テキストまたはコードのファイル (本文に埋め込み)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>画像、PDF、テキスト (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>「%1」は %2 MB です。PDF は最大 %3 MB です (OpenAI の上限。Anthropic は 32 MB、Gemini は 20 MB まで)。</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 は PDF を読めません。代わりに「%2」から抽出したテキスト (レイアウトと画像なし) を送るか、「pdf」の付いたモデルを選んでください。</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>抽出したテキストを送信</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>「%1」のテキストを抽出できません: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>「%1」は PDF ではありません: 添付しませんでした。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>新しい会話 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>会話を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>フォルダーまたはタグ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>選択した会話を削除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>会話を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>会話にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>フォルダーへ移動</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>フォルダーへ移動…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>フォルダー (空欄: なし)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ (カンマ区切り)</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown としてエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>パッセージ</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>コスト不明</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>インポートが停止しました</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>評価(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>コレクション(&amp;C)</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>コレクションを作成 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>コレクションの埋め込みモデル、パッセージのサイズ、OCR の言語、グロブ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>コレクションをパッセージごと削除します (ディスク上のファイルは残ります)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進捗</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>待機中のファイルは [再開] までキューに残ります (再起動後も)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>一時停止したインポートと埋め込みを続行します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>待機中のファイルを破棄します。インポート済みのものは残ります</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>失敗したファイルを再度キューに入れます (理由に書かれた問題を直してから)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>今すぐ埋め込む</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>すべてのパッセージに今すぐベクトルを付けます</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>ファイルをインポート (Ctrl+O)。またはファイルやフォルダーをページにドロップします</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>フォルダーを追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>コレクションのグロブに従い、フォルダーをサブフォルダーごとインポート (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>URL を追加(&amp;U)…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>http(s) アドレスで Web ページをインポート (Ctrl+L)。またはリンクをページにドロップします</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>選択したファイルをコレクションから削除 (Delete)。ディスク上のファイルは残ります</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>再インデックス(&amp;I)…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>すべてのドキュメントをパッセージに切り直します (パッセージのサイズを変えた後)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>ファイルを絞り込む</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未インポート</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>コレクションを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>ベクトル</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>再ランク付け</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>ハイブリッドはキーワード (BM25) とベクトルの順位を融合します。BM25 は語に、ベクトルは意味に一致します。再ランク付けでは、コレクションの再ランク付けモデルがハイブリッドの上位パッセージを並べ替えます</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>検索モード</translation>
    </message>
    <message>
        <source>top </source>
        <translation>上位 </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>表示するパッセージ数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>パッセージ</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>キーワードスコア (高いほど良い。— : ベクトルのみで発見)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>クエリとのコサイン類似度 (— : BM25 のみで発見)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>両方の順位の逆順位融合 (ハイブリッド検索)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>再ランク付けモデルが付けた順位と、融合順位での元の順位 (— : モデルが除外)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>パッセージをダブルクリックするとファイルを開きます</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>評価用の質問、1 行に 1 つの JSON オブジェクト: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}。いずれかの出典のパッセージ (phrase があればそれを含むもの) が正解です。</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>評価用の質問</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>JSON Lines ファイルから評価用の質問を読み込みます (switchboard-cli kb eval --golden の形式)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>recall@k と MRR で数える質問ごとのパッセージ数</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>評価を実行(&amp;R)</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>質問をコレクションと一緒に保存し、BM25、ベクトル、ハイブリッド、再ランク付けの検索を採点します</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問数</translation>
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
        <translation>メモ</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>引用の正確さ: モデルのコンテキスト内の出典 [1] が正解パッセージである質問の割合</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>コレクションを検索</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>選択したファイルを削除</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>コレクションにファイルを追加</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>コレクションにフォルダーを追加</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>コレクションに Web ページを追加</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>ナレッジベースを更新</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

データディレクトリが書き込み可能で、ディスクに空きがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>ナレッジベースを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 件一時停止中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n 件未インポート</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>BM25 のみ</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>コレクションがまだありません</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>コレクションを作成し (新規…)、ファイルやフォルダーを追加するか、ここにドロップしてください。すると、プレイグラウンド、比較、プロキシのいずれでも、すべてのモデルが同じパッセージに基づいて回答します。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件のドキュメント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 件のパッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>%1 トークンのパッセージ、重複 %2</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>検索は BM25 (キーワード) のみです: コレクションに埋め込みモデルがありません。[編集…] でベクトル検索とハイブリッド検索用のモデルを選べます。</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>%1 がパッセージを埋め込むまで、検索は BM25 のみです。</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>%1 によるハイブリッド検索: %3 件中 %2 件のパッセージを埋め込み済み。</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>%1 に切り替え中: 完了するまでは現在のベクトルで応答します。</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>モデルは %2 で再ランク付けされた上位 %1 件のパッセージを受け取ります。</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>監視中のフォルダー:</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>キューは空です。</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>インポートするファイルを数えています…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>インポート中: %2 個中 %1 個のファイル</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>一時停止中: %n 個のファイルが待機しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中。</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>埋め込みも待機しています。</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>[再開] で続行できます (再起動後も)。</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>%1 で埋め込み中: %3 件中 %2 件のパッセージ</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>現時点で %1</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>埋め込み待ち (別のコレクションが先)。</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>前回のインポート: %2 個中 %1 個のファイルをインポート</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n 件未インポート (理由はファイル一覧にあります)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>[失敗分を再試行] で失敗したものを再度キューに入れます。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n 件のインポートに失敗しました: [失敗分を再試行] で再度キューに入れられます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n 件のパッセージにまだ %1 のベクトルがありません: [今すぐ埋め込む] で付けられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>キューは空です。ここにファイルやフォルダーをドロップするか、[ファイルを追加] を使ってください。</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>コレクションは作成されませんでした</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>ドキュメントを切り直しますか?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>「%1」への新しいインポートは、%2 トークン (重複 %3) のパッセージになります。すでに含まれる %n 件のドキュメントを今すぐ切り直しますか? コレクションに埋め込みモデルがあれば、パッセージは再度埋め込まれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>コレクションは保存されませんでした</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>「%1」を、%n 件のドキュメント、パッセージ、ベクトル、評価用の質問、キューとともに削除しますか? ディスク上のファイルは残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>コレクションは削除されませんでした</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>ドキュメント (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>コレクションなし</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>先にコレクションを作成し (新規…)、そこに Web ページを追加してください。</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>先にコレクションを作成し (新規…)、そこにファイルを追加してください。</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>埋め込みのコスト</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>「%2」にインポートするファイルは %n 個 (%1) です。%3 でパッセージを埋め込むと約 %4 かかります (ファイルサイズからの見積もり)。インポートしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>変更の監視はオンですが、フォルダーがまだ追加されていません: [フォルダーを追加…] で監視するフォルダーを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>%n 個のフォルダーの変更を監視しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>変更を検出しました: フォルダーが %1 秒間変化しなくなったらインポートします。</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>最後の同期は %1 にキューに入りました。</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>再インデックス</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>「%1」の %n 件のドキュメントをパッセージに切り直しますか (%2 トークン、重複 %3)? コレクションに埋め込みモデルがあれば、変わったパッセージは再度埋め込まれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>%1 を「%2」から削除しますか? ディスク上のファイルは残ります。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>%n 個のファイルを「%1」から削除しますか? ディスク上のファイルは残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>埋め込みを開始できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>「%1」の %n 件のパッセージ (%2 トークン) にまだ %3 のベクトルがありません。埋め込みには約 %4 かかります。今すぐ埋め込みますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>埋め込みませんでした: コストが承認されませんでした。[今すぐ埋め込む] で開始できます。それまで、ベクトルのないパッセージの検索は BM25 のみです。</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 が検索に応答するようになりました (埋め込みに %2)。</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>すべてのパッセージにベクトルがあります (埋め込みに %1)。</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>埋め込みが停止しました: %1。[今すぐ埋め込む] で再試行できます。ベクトルのないパッセージの検索には BM25 を使います。</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>探している内容を入力してください。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>検索しませんでした: %1。</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>[編集…] で再ランク付けモデルを選んでください。</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>コレクションに埋め込みモデルがありません: BM25 で検索するか、[編集…] でモデルを選んでください。</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>一致するパッセージはありません。別の語句を試すか、コレクションに埋め込みモデルがあればハイブリッド検索を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n 件のパッセージ (良い順)。</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>BM25 のみ: コレクションに埋め込みモデルがありません ([編集…] で選べます)。</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>%1 で再ランク付けしました。</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>クエリの埋め込みに %1 かかりました。</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>再ランク付けに %1 かかりました。</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>ページを開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>%1 を開けませんでした: Web ブラウザーが設定されているか確認してください。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>%1 を開けませんでした: ファイルがまだ存在し、その種類を開くプログラムがあるか確認してください。</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>評価用の質問を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 は 16 MB を超えています: 評価用の質問は数百行程度です。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

各行は &quot;question&quot; と &quot;sources&quot; (パッセージが含むべき語句があれば &quot;phrase&quot; も) を持つ JSON オブジェクトです。</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>%n 件の評価用の質問を読み込みました。[評価を実行] でコレクションと一緒に保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>評価用の質問に問題があります: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>先に評価用の質問を書くか (1 行に 1 つの JSON オブジェクト、上記参照)、ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>質問を保存中…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>評価中: %2 回中 %1 回の検索</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n 件の評価用の質問、各検索の上位 %1 件のパッセージ。</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>検索のモデル呼び出しに %1 かかりました。</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>評価が停止しました: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>評価をキャンセルしました。</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>ドロップして「%1」にインポート</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>先にコレクションを作成してください</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (ナレッジベースにありません)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>コレクションがまだありません: [ナレッジ] ページか switchboard-cli kb create で作成してください</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>コレクションを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>ナレッジベースを使わずに回答</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>ナレッジのコレクションに基づいて回答します: 各質問に対して見つかったパッセージが一緒に送られ、回答はそれらを引用します。</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>ナレッジ: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>各質問はまず %1 で検索されます。回答は受け取ったパッセージを引用します。</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>勝率</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>勝ち</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>負け</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>両方悪い</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>このワークスペースのブラインド投票に基づきます。Elo は 1000 から始まります (K = 32)。引き分けまたは「両方悪い」は引き分けとして数えます。複数のペインから最良を選ぶと、他の各ペインに対する勝ちになります。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo の推移</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>システムプロンプト、全ペイン共通 (任意)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>あなたの投票:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>すべてのモデルへのプロンプト。Ctrl+Enter で送信、Esc ですべて停止。</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>すべてに送信</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>すべて停止</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>ストリーミング中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A が良い</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B が良い</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>両方悪い</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 が最良</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>すべて悪い</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>すべてのモデルへのプロンプト。Enter で送信、Shift+Enter で改行、Esc ですべて停止。</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter（Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>添付を削除</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>PDF を添付…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>すべてのモデルに PDF を送信: PDF を読めるモデルには文書として、それ以外には抽出したテキストとして</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF を文書として送信しました（レイアウトと画像を含む）</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF を抽出テキストとして送信しました: このモデルは PDF を（またはこの PDF を）読めません</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>すべてのモデルに添付: %1</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>テーマ、言語、データディレクトリ (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>プロキシ: オン、%1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>プロキシ: 失敗</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>プロキシ: オフ</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>プレイグラウンド</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ナレッジ</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>%2 のステップ %1 の入力</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>キーチェーン: 利用可能</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>キーチェーン: 利用不可</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>システムのキーチェーンがありません: プロバイダーのキーは env:VAR として参照できます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>ワークスペースをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>ワークスペースをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>README を読む(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>ローカルプロキシ</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Switchboard を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>呼び出しを拒否中: 使用量台帳に書き込めません</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>使用量台帳</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>使用量台帳への書き込みが再開しました: 呼び出しは通ります。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>モニター (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>アラート: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>解決: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>ようこそとセットアップ(&amp;W)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>すべてのローカルデータを消去</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>次のキーチェーンの項目を削除できませんでした:

%1

残りを消去しますか？これらは後でシステムのキーチェーンツールで削除してください。</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>新しいデータディレクトリを使うには Switchboard を再起動してください。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>更新を確認(&amp;U)…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Switchboard %1 が公開されました</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>新しい内容は「ヘルプ」の「更新を確認」で見られます。</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>新しいバージョンはありません。</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Switchboard %1 が公開されました。</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>%n 回の失敗後</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>入力 %1、出力 %2</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>推論を表示</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>回答は終わる前に停止されました。届いた分は残ります。</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>メッセージを Markdown としてコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>編集して再送信 (元のメッセージは別バージョンとして残ります)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>もう一度回答 (元の回答は別バージョンとして残ります)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>ルーターがこの呼び出しをその送信先に送った理由</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>出典をクリックするとパッセージを読み、ファイルを開けます。</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>%1 に質問と一致するものはありません。</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>プロバイダーを開く</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>使用量を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>ツール呼び出し: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>推論を隠す</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>アシスタント · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>ナレッジベースを検索中…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>回答中…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>仮想モデル: ルーターが送信先を選びます</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>100 万トークンあたり $%1 / $%2</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>コンテキスト %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>カタログにありません: 機能とコストは不明です</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  提供終了</translation>
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
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>過去 6 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>最初のトークンまでの時間 (p50、p90、p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>レイテンシ (p50、p90、p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>比較なし</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>別のモデルと比較</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>前の期間と比較</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>すべての呼び出し</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>グラフに呼び出しを表示するプロバイダーのモデル (要求どおりの名前)。</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>1 つ目のモデルと並べて描くモデル。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>呼び出し(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>アラートと SLO(&amp;A)</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>線にポインターを合わせると値を表示し、点をクリックするとその呼び出しを一覧表示します。</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>グラフの点をクリックすると、その背後の呼び出しを一覧表示します。</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成値</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>残りのエラーバジェット</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>消費率 1 時間</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>消費率 6 時間</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した内容</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>1 時間ミュート(&amp;M)</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>ミュート解除(&amp;N)</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>選択したアラートのルールは記録を続けますが、1 時間は通知しません。</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>モニターには使用量台帳が必要です: エンジンを起動してください ([ルーティング] ページを参照)。</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>すべての呼び出し</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>ステップあたりのリクエスト数</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>ステップあたりの USD</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: まだ表示するものがありません</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%2 の %1: この期間の呼び出しはありません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>期間内のリクエスト %1 件、試行 %2 回。可用性 %3、エラー率 %4、レイテンシ p90 %5、コスト %6。ステップ: %7。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>この期間にモデルやルーティングの変更はありません。</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3 は現在 %4 として応答します (以前: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: ルーティングが変更されました (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>%2 から %3 までの %1 の呼び出し:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>発生中</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>最終評価 %1。%n 件のアラートが発生中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>まだ評価されていません。</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>発生中 (ミュート)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>%1 に解決</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 を 1 時間ミュートしました。</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 の通知を再開しました。</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>カナリア(&amp;I)</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>全メンバー</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>チームサーバー</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>チームサーバー：自分の分</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>データ(&amp;D):</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>メンバー(&amp;B):</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>誰の呼び出しか：このコンピューターのもの、またはチームサーバーのもの（管理者と閲覧者は全メンバーの呼び出しを、メンバーは自分の分だけを見られます）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>これらの SLO、モニター、アラート、カナリアはこのコンピューター自身の台帳によるものです。チームサーバーは評価結果を共有しません（サーバーの SLO は Prometheus 向けの /metrics にあります）。</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>チームの呼び出しはチームサーバーに残ります。使用量ページに %1 から %2 までの日を表示します。</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>データの範囲にかかわらずこのコンピューターのものです。チームサーバーは自身のものを共有しません</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>チームの呼び出しはチームサーバーに残ります。点をクリックすると使用量ページが開きます</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>チームサーバーのモニタリングデータを読み込んでいます…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>チームサーバー「%2」でのあなた（%1）の呼び出し。</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>チームサーバー「%2」でのあなた（%1）の呼び出し。メンバーは自分の分しか見られません。</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>チームサーバー「%1」での全メンバーの呼び出し。</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>チームサーバー「%2」での %1 の呼び出し。</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>チームサーバー「%1」にはチームのモニターデータがありません。このアプリより古いバージョンです。サーバーの switchboard-cli を更新してください。それまでは「このコンピューター」を選んでください。</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>チームサーバー「%1」は %2 にこれらの呼び出しを表示することを拒否しました。メンバーは自分の呼び出しだけを見られます（「チームサーバー：自分の分」）。自分の呼び出しであれば、サーバーがこのアプリより古いバージョンです。サーバーの switchboard-cli を更新してください。</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>線にポインターを合わせると値が表示されます。点をクリックすると、その日が使用量ページで開きます。</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>パーセンタイルはヒストグラムからの推定値です（誤差 %1 以内）。</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>トークン間の間隔 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>毎秒トークン数 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>エラー種別ごとのエラー率</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>SLO とモニターを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>SLO、しきい値モニター、カナリア、アラート Webhook を追加・変更します (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>SLO やモニターはまだありません。「SLO とモニターを編集…」で追加できます。</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>対象(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>モデル(&amp;O):</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>ルート(&amp;U):</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>プロキシキー(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>指標(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>しきい値(&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>目標(&amp;B):</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>期間(日)(&amp;D):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>最小呼び出し数(&amp;L):</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>エラーバジェットの消費が速い間、ルーティングでこのモデルを後回しにする(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>倍率(&amp;F):</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基準期間(&amp;B):</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>1 時間あたりのコスト下限(&amp;L):</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>呼び出しなしの時間(&amp;F):</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>再発報までの待ち時間(&amp;G):</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>モデル(&amp;O):</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>スケジュール(&amp;H):</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>1 回あたりのコスト上限(&amp;U):</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>有効: スケジュールどおりに実行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>プロンプト(&amp;P):</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>すべてのカナリアを JSON で(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>テストアラートを送信(&amp;T)</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO、モニター、アラート</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>SLO(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>モニター(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>カナリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>新しい項目 (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>複製(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>SLO はまだありません。SLO はモデルやルートに目標(呼び出しの 99.5 % が成功、最初のトークンの 99 % が 2 秒以内など)を設定し、エラーバジェットの消費が速いときにアラートを出します。</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>モニターはまだありません。モニターはしきい値でアラートを出します: エラー率、直前の数時間と比べたレイテンシの急増、1 時間あたりのコスト、トラフィックなし。</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>品質カナリアはまだありません。カナリアはコスト上限内でスケジュールどおりにプロンプトをモデルに送り、合格率がノイズを超えて下がるとアラートを出します。</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>すべての呼び出し</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>ルートまたは仮想モデル</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>プロキシキー</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>ルーターがプロバイダーに要求するモデル名</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>可用性: 呼び出しが成功する</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>レイテンシ: しきい値以内に応答する</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>合計レイテンシ</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>良好であるべき呼び出しの割合 (50 % 超 100 % 未満)</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>アラートが発報できるまでに長い期間で必要な呼び出し数</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>レイテンシの急増</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>1 時間あたりのコスト</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>トラフィックなし</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>期間の平均が基準期間の平均のこの倍数になると発報します</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>比較に使う、期間の直前の時間数</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>アラートの解消後、モニターが再び発報するまで待つ時間</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>モニターが発報できるまでに期間 (と基準期間) で必要な呼び出し数</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL、ルート名または仮想モデル名 (カンマ区切り)</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>1 行に 1 つのプロンプトをチェック付きの JSON オブジェクトで記述 (例: {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;})、または JSONL か CSV のプロンプトセット</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>`serve` がアラートを JSON で送信する先です (Slack、Mattermost などの受信 Webhook はその text を表示します)。URL、またはそれを保持する env:NAME か keychain:NAME を指定します。チャットの Webhook は URL にトークンを含みます。</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>JSON として編集(&amp;J)…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>監視セクション全体を JSON で</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>高速消費アラートが続く間、ルートはほかの利用可能なターゲットの後にこのモデルを試します</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>後回しにできるのはモデルの SLO だけです。ルートには後で試すターゲットがありません</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>問題はありません。保存するとすぐに反映されます (`serve` は次回起動時)。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>保存する前に修正が必要な問題: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>監視の設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>監視 (JSON)</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>ワークスペースの &quot;monitoring&quot; セクション: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}。問題は OK の後にエディターに表示されます。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>無効な JSON: 位置 %2 で %1。</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>監視セクションは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>テストアラートを送信しています…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>Webhook の URL を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>%1 の Webhook は HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>テストアラートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>ルートと仮想モデル</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>モデルがありません: まずプロバイダーを追加してください</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>すべてのモデルがすでにリストにあります</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>モデルを追加</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>設定（ネットワーク）に従う</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>システムのプロキシ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS プロキシ</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 プロキシ</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>プロキシを通さずに接続するホスト（カンマ区切り）：ホスト名、.domain や *.domain のサフィックス、アドレス。* はすべて。</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>プロキシを使わない(&amp;W):</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>追加の CA 証明書を含む PEM ファイル（任意）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>このプロバイダーの自己署名証明書を受け入れる（社内ゲートウェイ）(&amp;S)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>プロバイダーが応答するまで（既定 15 秒）</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>応答の開始から最初の語が届くまで（既定 120 秒）</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>応答の途中で許す最長の中断（既定 90 秒）</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>最初のトークン:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>無通信:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>タイムアウト、ネットワークエラー、過負荷の応答の後に同じプロバイダーへ追加で試行する回数（既定 1。ルート自身の設定が優先）</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>再試行(&amp;E):</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>キーチェーンに保存されます</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>キーチェーンに保存済み。入力すると置き換えます</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>呼び出しがプロバイダーに届く経路です。プロバイダーごとに独自の設定もできます（プロバイダーページ）。</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>ネットワーク設定は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>ネットワーク設定は保存されませんでした: プロキシのパスワードをキーチェーンに保存できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>プロキシのパスワードをキーチェーンに保存しています…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>回答を停止、または編集をキャンセル</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>システムプロンプトとパラメーター</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
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
        <translation>プロバイダーを開く</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>会話を開く</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>先にモデルを選んでください。モデルがない場合は、[プロバイダー] ページでプロバイダーを追加してください。</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>ナレッジベースを検索できませんでした: %1。[ナレッジ] で別のコレクションを選ぶか (またはオフにして)、[再試行] を押してください。質問は残っています。</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>回答を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>会話を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>コードをコピーしました。</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>プロバイダーがまだ設定されていません。

[プロバイダー] ページで追加し (OpenAI、Anthropic、Gemini、または OpenAI 互換サービスの API キー、あるいはローカルの Ollama)、ここに戻ってチャットしてください。</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>プロバイダーが提供するモデルがまだありません。[プロバイダー] ページでモデルを選んでください。</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>上でモデルを選び、下にメッセージを書いてください。

Enter で送信、Shift+Enter で改行、Esc で回答を停止。Ctrl+N で新しい会話、Ctrl+K で会話を検索します。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>ルーティングの判断</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>この回答のルーティングの判断は (まだ) 使用量台帳にありません。</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>エクスポートするものがまだありません: 先にメッセージを送信してください。</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Markdown としてエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>JSON としてエクスポート</translation>
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
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>プロバイダーが選択されていません。

[追加] で追加してください: OpenAI、Anthropic、Gemini、Ollama、または OpenAI 互換のサービス。</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>モデル名に使われます: ID/モデル。英小文字、数字、&apos;-&apos;、&apos;_&apos;。</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>ツールスキーマを Gemini の旧 Schema 形式で送信(&amp;S)</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>JSON Schema (parametersJsonSchema) を受け付けないモデルやエンドポイント向け: ツールと出力のスキーマを Gemini の OpenAPI サブセットに書き換え、未対応のキーワードは省きます。</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>モデル (チェックしたものを提供。空のリストではこの種類のカタログのモデルを提供):</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>入力 100 万トークンあたりの米ドル</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>出力 100 万トークンあたりの米ドル</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>モデルが受け付ける最大トークン数 (プロンプトと回答)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M 入力(&amp;I):</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M 出力(&amp;U):</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>コンテキスト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>モデルを取得(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>プロバイダーを保存</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (無効)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>新しいプロバイダー: キーを入力して保存してください。接続はいつでもテストできます。</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (必須)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>ローカルサーバーには通常キーは不要です。</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>キーはシステムのキーチェーンに保存されるか、環境変数から読み込まれます。</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>%1 の価格:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>価格を設定するモデルを選択してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• %1 としてキーチェーンに保存済み。入力すると置き換えます</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>キーを貼り付け (キーチェーンに保存され、ファイルには保存されません)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>変数名</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>保存されませんでした: モデルを 1 つ以上チェックしてください (空のリストではカタログのモデルが提供されます)。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>保存されませんでした: キーを保持する環境変数の名前を入力してください。</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>保存されませんでした: 先に API キーを貼り付けてください (または環境変数を選んでください)。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>キーをキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>保存されませんでした: キーをキーチェーンに保存できませんでした (%1)。代わりに環境から読み込むには [環境変数] を選んでください。</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>プロバイダー「%1」を削除しますか? キーはキーチェーンから削除されます。使用履歴は残ります。</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>キーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>モデルを取得中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>%1 ms で接続しました: %n 個のモデルが利用可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>このプロバイダー独自のネットワーク設定です。空の項目は設定（ネットワーク）に従います。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>保存されませんでした: プロキシのパスワードをキーチェーンに保存できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>ローカルプロキシ</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>このマシン上のツール (Claude Code、Codex、Gemini CLI、Cursor、Continue、Cline、Zed、aider、JetBrains AI、OpenAI・Anthropic・Google Gen AI の SDK) は、ここで提供される OpenAI、Responses、Anthropic、Gemini のエンドポイントを通じて、プロバイダーとルートを利用できます。すべての呼び出しはアプリ自身の呼び出しと同様にルーティング、予算管理、集計されます。</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>プロキシを有効化(&amp;P)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>他のマシンから接続可能 (キーが必要)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>許可する Web ページ(&amp;W):</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>なし (例: http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>ブラウザーからプロキシを呼び出せる Web ページのオリジン (カンマ区切り)。それ以外のオリジンのページは拒否されます。オリジンとは、ブラウザーが送るとおりのスキーム、ホスト、ポートです: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>このマシンの別名(&amp;N):</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>なし (例: gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>他のマシンがこのプロキシへの接続に使うホスト名。それ以外のホストを指定したリクエストは拒否されます (ループバック名と IP アドレスは常に有効)。これにより DNS リバインディングを防ぎます。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>許可するモデル</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>保存場所</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>ツール用の新しいキー (キーチェーンに保存)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>選択したキーを削除</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>制限(&amp;L)…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>このキーで呼び出せるモデル、1 分あたりのリクエスト数、月間支出上限</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>キーを選択</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>キーを含むセットアップをコピーします</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>URL をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>応答元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>トークン 入力/出力</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>レイテンシ / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>新しいプロキシキー</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>このキーを使うツールの名前:</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>「%1」のキーは次のとおりです:

%2

キーチェーンに保存されています。このページからいつでもキーや既成のセットアップをコピーできます。</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>キー「%1」の制限</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>すべて (または例: openai/*、auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>許可するモデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>1 分あたりのリクエスト数(&amp;R):</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>月間支出上限 ($)(&amp;S):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>支出上限は 0 以上のドル金額にしてください。</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>プロキシ用のキーを作成できませんでした: %1

キーなしで実行しますか? その場合、このコンピューター上のどのプログラムもプロキシを使ってクレジットを消費できます (許可しない限り Web ページは引き続き拒否されます)。</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>あなたのプロキシキー</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>これからは、ツールがプロキシを使うにはこのキーを送る必要があります:

%1

キーチェーンに保存されています。このページからいつでもキーやツール用の既成のセットアップをコピーできます。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>、キーなし</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>停止中: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>オフ。オンにすると http://%1:%2 で提供します</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (ストリーム)</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms</source>
        <translation>%1 ms / %2 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>キーなし: このコンピューター上のどのプログラムもプロキシを使ってクレジットを消費できます。Web ページは、上で許可したオリジンを除き拒否されます。[新規…] でキーを作成してください。</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>ツールごとに 1 つのキー: キーのないツールは拒否されます。キーごとの予算は [使用量] ページで設定します。</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>%1 から読み込み</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のキーはすでに存在します。</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>キーをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>最後のキーを削除</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>キーがないと、このコンピューター上のどのプログラムもプロキシを使ってクレジットを消費できます。オリジンを許可しない限り、Web ページは引き続き拒否されます。

「%1」を削除してキーなしで実行しますか?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>プロキシキーを削除</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>キー「%1」を削除しますか? このキーを使うツールは 401 エラーを受け取ります。</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(以前)</translation>
    </message>
    <message>
        <source>Cursor Settings &gt; Models:
  OpenAI API Key: %2
  Override OpenAI Base URL: %1/v1
  add the model %3

Cursor sends most requests from its own servers, which cannot reach %1:
they need an address they can reach (&quot;Reachable from other machines&quot; and a tunnel you trust).
</source>
        <translation>Cursor Settings &gt; Models:
  OpenAI API Key: %2
  Override OpenAI Base URL: %1/v1
  モデル %3 を追加

Cursor はほとんどのリクエストを自社のサーバーから送るため、%1 には届きません:
それらのサーバーが到達できるアドレス ([他のマシンから接続可能] と信頼できるトンネル) が必要です。
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
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
        <translation>編集(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>仮想モデル</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>仮想モデルやルートはまだありません。[新規] でルート (試すモデルを順に並べたもの) を追加し、次に仮想モデル (クライアントが要求する名前) を追加してください。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>説明(&amp;P):</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>フォールバック: 順番に、失敗したら次へ</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>重み付け: 重みに応じて配分</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>最初のトークンが最速</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最安</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>最も空いている</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>戦略(&amp;S):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>ドラッグで並べ替え: 並び順がフォールバックの順番です。重みをダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>送信先を追加(&amp;T)</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>上へ (フォールバック順で前へ)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>送信先を削除</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>送信先:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>再試行可能なエラー (レート制限、過負荷、タイムアウト) の後に、同じ送信先で追加で試す回数</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>再試行(&amp;R):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>再試行前の最初の待ち時間。再試行のたびに 2 倍になります</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>バックオフ(&amp;B):</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>プロバイダーがこれより長い待機 (Retry-After) を求めた場合は、代わりにフェイルオーバーします</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>最大待機(&amp;W):</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>どのルールにも一致しないときに使うルート</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>既定のルート(&amp;D):</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>1 回の呼び出しの見積もりコストがこれを超える送信先をスキップ</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>呼び出しあたりのコスト上限(&amp;C):</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>最近の最初のトークンまでの時間がこれより遅い送信先をスキップ</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>レイテンシ予算(&amp;L):</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>省略し、ヘッダーで通知</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>リクエストを拒否</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>クライアントが要求したが、選ばれたモデルの API では実行できないプロバイダー実行ツール (Web 検索、コードインタープリター、ファイル検索)。拒否を選ぶとそのような送信先をスキップし、残りがなければツール名を示して 400 を返します。</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>実行できないホスト型ツール(&amp;H):</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>なし (例: handbook、contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>ナレッジベースのコレクション (カンマ区切り): このモデルを通るすべてのリクエストは、クライアントがどの API を使っていても、そこからの上位パッセージを番号付きの出典としてシステムプロンプトに受け取ります</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>ナレッジのコレクション(&amp;K):</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>既定 (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>1 リクエストが受け取るパッセージの最大数 (トークン予算 knowledgeTokens にも収まる必要があります)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>ナレッジのパッセージ数(&amp;P):</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>必要な機能</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>最小トークン数</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>ルールは上から順に試され、最初に一致したものがルートを選びます。</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>ルールを追加(&amp;U)</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>ルールを上へ (先に試す)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>ルールを下へ</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>ルール:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>フォームには読み込めた最後のバージョンが表示されています。先に JSON を修正してください: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>仮想モデル: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>ルート: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>現在このモデルを提供している有効なプロバイダーはありません</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (そのルートはありません)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>任意のサイズ</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>プロンプトの見積もりがこのトークン数以上のときに一致します</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>クールダウン中</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>仮想モデルとルート</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>フォーム(&amp;O)</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>ルートは送信先 (プロバイダー/モデル) と戦略 (fallback、weighted、latency、cost、least_busy) の一覧です。仮想モデルはクライアントが要求する名前で、そのルールがタスク (summarize、code、reasoning、vision)、必要な機能 (tools、vision、json)、プロンプトのサイズでルートを選びます。コスト上限 (maxCostUsd) とレイテンシ予算 (latencyBudgetMs) も任意で指定できます。</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>例を挿入(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>サンプルのプロンプト (例: 「このレポートを要約して」)</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>プロンプト(&amp;P):</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>プロンプトから推定</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>ツールを使用</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>画像あり</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>リクエスト:</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>ルートを表示(&amp;S)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>推定コスト</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>選択理由</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>リアルタイムの状態</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>応答元</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>呼び出しを選択すると、その送信先に送られた理由を表示します。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近の呼び出し</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>ルーティング設定を適用</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>保存されたルーティングは修正されるまで使われません: %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>テキストが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>設定は &quot;virtualModels&quot; と &quot;routes&quot; を持つオブジェクトです。</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>不明なキー: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>有効です。</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>有効ですが、コレクションが作成されるまで、これらの仮想モデルを通るリクエストは失敗します (switchboard-cli kb create 名前): %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>適用しました: 新しい呼び出しはこのルーティングを使います。</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>先にプロバイダーを追加してください ([プロバイダー] ページ): ルートには送信先が必要です。</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>仮想モデル %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>ルート %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>%1 により選択</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>タスク %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (推定)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>入力約 %1 トークン</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>送信先なし: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>%1 へ — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>第一候補</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>試行呼び出し: %n 回の失敗後にサーキットが半開状態。1 回の呼び出しで確認できます</numerusform>
        </translation>
    </message>
    <message>
        <source> · TTFT %1 ms</source>
        <translation> · TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 failed (%3%)</source>
        <translation>%2 件中 %1 件失敗 (%3%)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>最近のエラー率、新しい呼び出しほど重み付け (ルーティングが使う値): %1%</translation>
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
        <translation>%1: エラーバジェット残り %2%、消費率 %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: 呼び出しはまだありません</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>降格: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · ルーティングで降格中</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>%1 の実行を比較</translation>
    </message>
    <message>
        <source>A: %1, %2, %3, %4</source>
        <translation>A: %1、%2、%3、%4</translation>
    </message>
    <message>
        <source>B: %1, %2, %3, %4</source>
        <translation>B: %1、%2、%3、%4</translation>
    </message>
    <message>
        <source>Only the steps that changed</source>
        <translation>変更されたステップのみ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>出力 A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>出力 B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>モデル A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>モデル B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>コスト A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>コスト B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>レイテンシ A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>レイテンシ B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>B のみ</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A のみ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>現在使用中: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>データディレクトリ</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>データディレクトリ(&amp;D):</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>データディレクトリは絶対パスにしてください。</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 はファイルです。ディレクトリではありません。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter（Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Enter（Enter で改行）</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>メッセージの送信キー(&amp;S):</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>ログイン時に Switchboard を起動する(&amp;L)</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>回答(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>回答内のコード(&amp;O):</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>フォントは Playground と比較の回答にすぐ適用されます。</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Playground と比較のプロンプトにすぐ適用されます。</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>新しい会話のモデル(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>比較の初期モデル(&amp;C):</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>まだモデルがありません。プロバイダーページでプロバイダーを追加してから、ここで選んでください。</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>無期限に保持</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>会話の保持期間(&amp;K):</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>この日数のあいだ変更のない Playground の会話は、起動時と1日1回削除されます。</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>すべてのローカルデータを消去(&amp;L)…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>すべてのローカルデータを消去</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1（提供終了）</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>最後に使ったモデル</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard を終了し、次のものを削除して空の状態で再起動します:

• %1 内: データベース（会話、使用量台帳、比較と投票、ナレッジコレクションとそのインデックス、ワークフローの実行、監視履歴）とワークスペースファイル（プロバイダー、ルート、予算、プロキシキー、ワークフロー）
• このダイアログのすべての設定
• ワークスペースが参照するシステムキーチェーン内のキー（プロバイダーキーとプロキシキー）

残るもの: 環境変数、ナレッジベースに取り込んだ元のファイル、エクスポートしたファイル、フォルダー内のその他のファイル。

この操作は元に戻せません。残したい場合は先にワークスペースをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>トレイに最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>このとき起動時にローカルプロキシがオンになり、ウィンドウはトレイアイコンから開きます。トレイがない場合は通常どおり開きます。</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>会話、比較、使用状況、ワークスペースファイルはデータディレクトリにあります。新しいデータディレクトリは再起動後に有効になります。ファイルは移動されません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>出典 [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>%1～%2 文字目</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>パッセージをコピー</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>ファイルはもう %1 にありません: インポート後に移動または削除されました。</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>ステップ %1 を比較</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>この実行でステップ %1 が受け取った入力を、チェックしたモデルに送り、[比較] で横並びに表示します。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>%n 個のモデルを選択しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>モデルを %1～%2 個選んでください (%3 個選択中)。</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>キャンバス上のステップを選択すると編集できます。パレットからステップを追加するには、キャンバスにドラッグするかダブルクリックします。ステップの右側のポートから別のステップへドラッグすると接続されます。</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>表示中の実行では</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>他のモデルで比較…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>このステップが受け取った入力 (レンダリングされたシステムプロンプトとユーザープロンプト、パラメーター) を 2～6 個のモデルに送り、[比較] で横並びに表示します</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>ステップを開く</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>この反復ステップが各項目に対して実行するステップを編集します (またはキャンバス上でダブルクリック)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>不明な種類「%1」: JSON ビューで修正してください。</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>英字、数字、&apos;_&apos;。他のステップはこのステップを steps.ID として参照します</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>まだ JSON ではありません (%2 の %1): ステップは前のスキーマを保持します。</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>スキーマは JSON オブジェクトです: ステップは前のスキーマを保持します。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>回答を終了させるシーケンス (カンマ区切り)</translation>
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
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止シーケンス</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>トークン: 入力 %1、出力 %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>コスト: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>レイテンシ: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>試行回数: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>分岐: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>記録から再生</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>ステップの種類</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>キャンバスにドラッグするか、ダブルクリックしてください。</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>チームサーバー:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>ワークスペース内の種類「Switchboard チームサーバー」のプロバイダー</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>チームを読み込み中…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>新しいキーを今すぐコピーしてください。サーバーはハッシュしか保存しないため、再表示できません。安全な方法でメンバーに渡してください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>有効なキー</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>新しいメンバーの名前</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>選択中:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>リクエスト/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>失効済みを表示</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>新しいキーの持ち主のメンバー</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>ラベル (例: laptop)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>このキーがチームの全サーバー合計で 1 分間に送信できるリクエスト数 (0: 制限なし)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>ローテーション…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>同じメンバー・ラベル・制限の新しいキーを作成し、選択中のキーはすぐに無効になります</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>キーをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>このワークスペースにはチームサーバーがありません。プロバイダーで種類「Switchboard チームサーバー」のプロバイダーを、サーバーのアドレスとメンバーのキーを指定して追加してください。</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>あなたは &lt;b&gt;%1&lt;/b&gt;、ロール: %2 です。</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>メンバー、キー、監査ログを表示・管理できるのはチームの管理者だけです。新しいキーや別のロールは管理者に依頼してください。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>失効 %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>ローテーション済み、現在は %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>これはチームの管理者だけが実行できます。あなたのロールは %1 です。</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 がチームに加わりました。ロール: %2。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 のロールは %2 になりました。</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>メンバーを削除</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>%1 をチームから削除しますか？キーはすぐに無効になります。台帳と監査ログには名前が残ります。</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 をチームから削除しました。</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>%2 のキー %1 を作成しました。</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>キーを失効</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>キー %1 を失効させますか？このキーを使うツールは、今後チームの全サーバーで拒否されます。</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>キー %1 を失効させました。</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>キーをローテーション</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>キー %1 を新しいキーに置き換えますか？古いキーはすぐに無効になり、メンバーには新しいキーが必要です。</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>キー %1 は %2 に置き換えられました。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>メンバー、キー、予算、監査ログをチームサーバーから再読み込みします</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>ソフト上限</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>ハード上限</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定義元</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>実行中の呼び出しがまだ要する可能性のある費用。終了するまでハード上限から差し引かれます</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>ソフト上限はメンバーの支出が達したときに警告します。ハード上限は、支出と実行中の呼び出しが上限を超えうる時点で、チームの全サーバー合計でそのメンバーの呼び出しを拒否します。上限なしにするには空欄のままにします。</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>予算の対象メンバー</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>UTC の日単位または UTC の暦月単位</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>ソフト $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>ハード $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>予算を保存</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>このメンバーのこの期間の予算を設定し、既存の予算を置き換えます</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>選択した予算を削除します</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>サーバーのワークスペースファイル</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>応答したサーバーのワークスペースファイルで設定されています。そこで変更するか、ここでこのメンバーのこの期間の予算を設定すると、チームの全サーバーで置き換わります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>「%1」はドル金額ではありません。12.50 のような数値を入力するか、上限を空欄にしてください。</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>ソフト上限、ハード上限、またはその両方を入力してください。予算を外すには、選択して削除を押します。</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>%1 の予算（%2）を保存しました。</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>予算の削除</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>%1 の予算（%2）を削除しますか？チームのどのサーバーでも、その呼び出しはこの予算で制限されなくなります。</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>%1 の予算（%2）を削除しました。</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>テンプレートから新しいワークフロー</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>テンプレートの各スロットで使うもの。空欄のスロットは名前がそのまま使われ、その名前はワークスペースの仮想モデル、ルート、またはコレクションである必要があります。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (モデル): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (コレクション): %2</translation>
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
        <translation>Switchboard が自分で何かをダウンロードしたりインストールしたりすることはありません。ダウンロードページを開くか、パッケージマネージャーで更新してください。</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>ダウンロードページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>このバージョンをスキップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>%1 で新しいバージョンを確認しています…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 は最新バージョンです。</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Switchboard %1 が公開されました。お使いのバージョンは %2 です。</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>このバージョンはスキップしました。さらに新しいバージョンが出たら、Switchboard が再びお知らせします。</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (プレリリース)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1 (%2 公開)</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>このバージョンの説明はありません。</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…ほかに古いバージョンが %1 件あります。ダウンロードページをご覧ください。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>プレリリースも知らせる(&amp;P)</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>リリースフィード(&amp;F):</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>今すぐ確認(&amp;N)…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>確認していません: %1。</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>ビルド時に設定</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>このインストールは管理されています (%1)。新しいバージョンはパッケージマネージャーまたは管理者から提供されるため、オンにしない限り自動確認はオフです。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>最終確認: %1。</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>最終確認: %1。%2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>更新の設定は保存されていません: %1。</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>新しいバージョンを自動的に確認する(&amp;A)</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>自動確認は起動時に行い、その後は 1 日 1 回までです。確認ではフィード (ネットワーク設定を通して取得する小さな JSON ファイル) を読み、新しい内容をウィンドウに表示します。Switchboard が自分で何かをダウンロードしたりインストールしたりすることはありません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Web ページを追加</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>「%1」にインポートする Web ページ(&amp;W) (1 行に 1 アドレス):</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>各ページを取得し (最大 64 MB、30 秒)、コンテンツの種類に応じて読み込みます: HTML、Markdown、テキスト、CSV、JSON、PDF、Office 文書。変更のないページは、再度追加しても埋め込み直しません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>%1 行目: 「%2」の先頭に http:// または https:// がありません。完全なアドレスを書いてください (例: https://%2)。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>%1 行目: 「%2」は有効な Web アドレスではありません。空白や入力ミスがないか確認するか、ブラウザーのアドレスバーからコピーしてください。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>%1 行目: 「%2」は Web ページではありません: インポートできるのは http:// と https:// のアドレスだけです。ローカルファイルは [ファイルを追加] で追加してください。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>%1 行目: 「%2」にはサーバー名がありません。https://example.com/page のように書いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>インポートするページ: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>http:// または https:// で始まるアドレスを 1 つ以上入力してください。</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>支出(&amp;S)</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>種類別の UTC 日ごとのトークン数。出力には推論を含みません。</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>モデル別 (呼び出しの多い上位 %1 個) の、成功した呼び出しのレイテンシと最初のトークンまでの時間 (ミリ秒)。</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>レイテンシ(&amp;L)</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>プロバイダー別の失敗した試行の割合 (キャンセルされた呼び出しはエラーに含みません)。</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>エラー(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>支出の多い順(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>呼び出し(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>予算(&amp;B)</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>棒にポインターを合わせると値を表示します。</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>台帳を再読み込み</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>開始日 (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>終了日 (UTC、当日を含む)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>発信元(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>台帳を読み込み中…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>更新(&amp;E)</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>台帳を再読み込み (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>UTC 日ごとの支出、積み上げの基準</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>source</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>キー (プロキシキー、会話)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>コスト順のキー (プロキシキー、会話、比較)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発信元</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>最も高額なリクエスト</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>使用量を利用できません: 台帳が動作していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>この期間の %n 件の呼び出しは価格のないモデルを使用しました: コストは不明で、合計、グラフ、予算には含まれません。[プロバイダー] ページでモデルの価格を設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>支出 %1 · 呼び出し %2 件 (リクエスト %3 件) · %4 トークン · エラー率 %5% (エラー %6 件)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>台帳を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>予算のハード上限に到達しました: %1、%3 のうち %2 を支出。対象の呼び出しは拒否されます。</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>予算のソフト上限に到達しました: %1、%3 のうち %2 を支出。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>チームサーバー</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>チームサーバー：自分の分</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>どの台帳か：このコンピューターのもの、またはチームサーバーのもの（管理者と閲覧者は全メンバーの呼び出しを、メンバーは自分の分だけを見られます）</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>データ(&amp;D):</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>全メンバー</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>メンバー(&amp;B):</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>チームサーバーの呼び出しはすべてそのプロキシ経由です</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>チームの呼び出しとそのプロンプトはチームサーバー上に留まります</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>メンバーの予算はチームページにあります</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>チームサーバーの台帳を読み込んでいます…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>チームサーバー「%2」でのあなた（%1）の呼び出し。</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>チームサーバー「%2」でのあなた（%1）の呼び出し。メンバーは自分の分しか見られません。</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>チームサーバー「%1」での全メンバーの呼び出し。</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>チームサーバー「%2」での %1 の呼び出し。</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>チームサーバーの使用状況を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>パーセンタイルは日次ヒストグラムからの推定値です（誤差 %1 以内）。</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>チームサーバーは、すべての呼び出しではなく日次のレイテンシ ヒストグラムからパーセンタイルを算出します。呼び出し数は正確です。</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>ワークスペースの日次予算</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>ワークスペースの月次予算</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>プロバイダー %1 の日次予算</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>プロバイダー %1 の月次予算</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>プロキシキー %1 の日次予算</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>プロキシキー %1 の月次予算</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>チームメンバー %1 の日次予算</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>チームメンバー %1 の月次予算</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>%1 のバージョン</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>バージョン %1 とバージョン %2 は同じです。</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>バージョン %1 からバージョン %2 への変更:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>ステップ %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>反復 %1 内</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>エッジ %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>%1 のとき</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Switchboard へようこそ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard へようこそ&lt;/h2&gt;&lt;p&gt;最初のモデルプロバイダーを接続しましょう。Switchboard は、すでにお持ちの API キーと、このコンピューターで動いているモデルを探します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>環境変数の API キーと、このコンピューター上の Ollama または LM Studio を探しています…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>見つかったプロバイダー</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>キーはシステムのキーチェーンに保存され、ワークスペースファイルには決して保存されません。各プロバイダーは追加する前にテストされます。</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>プロバイダーは「プロバイダー」ページで自分で設定できます。ヘルプ &gt; ようこそ でこの画面に戻れます。</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>追加してテスト(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Playground を開く(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>プロバイダーを開く(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>このコンピューター上の %1: %n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1（キーは %2）</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>環境変数に API キーが見つからず、このコンピューター上の Ollama も LM Studio も応答しませんでした。プロバイダーのコンソールで取得したキーを使って、「プロバイダー」ページでプロバイダーを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>%n 件のプロバイダーが見つかりました。追加しないものはチェックを外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: 追加されませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: %2 ms で接続、モデル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: 追加されませんでした: キーをキーチェーンに保存できませんでした (%2)。</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>プロバイダーを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>プロバイダーを追加できませんでした。下のメッセージを確認してから、「プロバイダー」ページでプロバイダーを追加してください。</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>完了しました。プロバイダーは保存され、Playground で使えます。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>%n 本のエッジを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n 個のステップを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n 個のステップを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>ステップ「%1」はありません。</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>エッジは 1 つのグラフ内に限られます: 「%1」と「%2」は同じグラフにありません。</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>ステップは自分自身の後に続けられません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>「%1」はすでに「%2」に接続されています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>「%1」はすでに「%2」の後に実行されます: このエッジは循環を作ります。各ステップは 1 回しか実行されません。</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 を %2 に接続</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>%1 を %2 に接続 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2 の %1 を編集</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>ID は英字または &apos;_&apos; で始まり、英字、数字、&apos;_&apos; からなります (最大 64 文字)。</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>別のステップの名前が「%1」です。ID はワークフロー内で一意です。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>ワークフローの%1を編集</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>入力</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n 個のステップを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>英字、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;。プロキシはこのワークフローをモデル workflow:名前 として提供します</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>実行が受け取る入力 (テンプレートと式では input.名前):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>入力を追加</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>入力を削除</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>実行をダブルクリックするとキャンバスにステップを表示します。2 つ選ぶと比較できます</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>実行のステップをキャンバスに表示</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>2 つの実行を選ぶと、ステップごとに比較します</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>このワークフローの実行はまだありません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>新しいワークフロー: モデルが入力のテキストに回答します</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>保存された状態のワークフローのコピー</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>ワークフローの名前を変更 (保存されます)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>テンプレートから新しいワークフロー: 文書の振り分け、サポート回答、コードレビュー、一括翻訳</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>ファイルからワークフローを追加</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>エディターにある状態のワークフローをファイルに保存</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 戻る</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>ワークフロー本体のステップに戻る</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>ワークフローをワークスペースに保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>整列</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>依存関係に従ってステップを層状に配置 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>拡大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>すべてのステップを表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 をやり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>ワークスペースに保存されているワークフローです。ここで編集して適用するか、キャンバスとインスペクターを使ってください。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>JSON ではありません: %2 の %1。</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>ワークフローは JSON オブジェクトです。</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>JSON として編集</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>ワークフローを保存</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>依存関係に従ってステップを整列</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>すべてのステップが見えるようにズーム</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>ワークフローを実行</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>選択したステップをコピー</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>ステップを貼り付け</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>選択したステップとエッジを削除</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>すべてのステップを選択</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>「%1」への変更を保存しますか? ([いいえ] で破棄します。)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>ワークフローはまだありません: [新規] を押して作成してください。</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>保存されませんでした: ワークフローに名前を付けてください ([ワークフロー] タブ)。</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>保存されませんでした: 別のワークフローの名前が「%1」です。別の名前を選んでください ([ワークフロー] タブ)。</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>保存しました。%n 件の問題があるため実行できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>「%1」の名前を「%2」に変更して保存しました。</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>ワークフローを削除</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>ワークフロー「%1」をワークスペースから削除しますか? 実行は履歴に残ります。</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (各項目)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>%n 個のステップをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>クリップボードに貼り付けられるステップがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>%n 個のステップを貼り付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>ステップを整列</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>問題はありません: ワークフローを実行できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 件の問題:</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>ルーターが動作していません: 先にプロバイダーを追加してください ([プロバイダー] ページ)。</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>先に問題を修正してください (キャンバスの下に一覧があります)。

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%n 項目中 %1 項目完了</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>先に実行を再開してから、値を却下してください。</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>実行を再開</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>実行を開く</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>実行 %1 はもうありません。</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>実行を比較</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>実行の 1 つがもう履歴にありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>「%1」はワークスペースに保存されましたが、そのバージョンは保持されませんでした: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>「%2」のバージョン %1 を復元しますか? 最新バージョンとして保存されます。エディターで元に戻すと取り消せます。</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>未保存の変更は置き換えられます (元に戻すで復元できます)。</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>バージョンを復元</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>バージョン %1 を復元</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>バージョン %1 を復元し、最新バージョンとして保存しました (元に戻すで取り消せます)。</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>バージョンを比較</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>テンプレートから新しいワークフロー</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: 別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>テンプレート「%2」から「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>ワークフローをインポート</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>ワークフローファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>ワークスペースには「%1」という別のワークフローがあります。置き換えますか (元のものはバージョンに残ります)、両方残しますか、それともファイルのものを別の名前でインポートしますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方残す</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>別の名前…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>インポートするワークフローの名前:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>ワークスペースにはすでに「%1」があり、変更はありません。</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>「%1」をファイルのものに置き換えました。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>ワークフローをエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>「%1」を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>比較できるのは、表示中の実行で完了したモデルステップだけです。先にワークフローを実行してください。</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>モデルを %1～%2 個選んでください。</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>このステップを比較</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>比較ではテキストのみを送信します: ステップが受け取った %n 個のファイルは除外されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>別のワークフローの名前が「%1」です</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>JSON ファイルから読み込む…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>中の {&quot;file&quot;: &quot;パス&quot;} はそのファイルの内容を表します</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>実行のコストがこの額を超えることになるステップは開始されません</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>コスト上限</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>エディターにある状態のワークフローを実行 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>実行が止まったところから続行します。完了したステップは再実行されません</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>レビュー待ち</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>承認前に値を編集すると、あなたのバージョンが渡されます (JSON またはプレーンテキスト)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>理由 (却下用)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>実行はまだありません。入力を記入して [実行] を押してください。</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>実行の出力</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>入力 (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>読み込むファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>入力が JSON ではありません: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 は JSON ではありません: JSON で書いてください (例: [&quot;a&quot;, &quot;b&quot;] や {&quot;key&quot;: 1})。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 は数値ではありません。</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 は 1 つの JSON 値ではありません。</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>入力を読み込む</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>再開すると、完了したステップを繰り返さずに続行します。</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>ステップ %1 が待機中: 値を承認するか (先に編集するとあなたのバージョンが渡されます)、却下してください。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>作成者と理由</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>バージョン番号</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>保存されたバージョンはすべて保持されます。1 つ選ぶと復元、2 つ選ぶと比較できます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>選択したバージョンを再び最新にします (エディターで元に戻すと取り消せます)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>2 つのバージョンを選ぶと、変更をステップごとに表示します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>ワークスペースファイル</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>ワークスペースファイルにあったとおり</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>バージョン %1 を復元</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>テンプレート %1 から</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>保存されたバージョンはまだありません: 保存するたびに 1 つ残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n 個のバージョン、削除されたものはありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>ワークスペースには、プロバイダー、ルート、プロキシ設定、予算が含まれます。チームではファイルをエクスポート・インポートして共有します。キーは各自のキーチェーンに残ります。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>ルーティング:</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>ローカルプロキシ:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>データディレクトリ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>キーチェーン:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>キーはシステムのキーチェーンに保存されてワークスペースでは keychain:名前 として参照されるか、環境から env:VAR として読み込まれます。ファイル、ログ、データベースに書き込まれることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>プロバイダー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>有効 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>仮想モデル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>ルート %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>予算 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>キー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (スキーマバージョン %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>開いていません</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>ワークスペースの名前を変更</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>利用可能 (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>ワークスペースをインポート</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Switchboard ワークスペース (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>ファイルはインポートされませんでした。ワークスペースは変更されていません。

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>ワークスペース「%1」(%2) を %5 の「%3」(%4) で置き換えますか?

キーはファイルに含まれません: keychain:名前 のような参照は、あなたのキーチェーンに存在している必要があります。</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>ワークスペースをエクスポート</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Switchboard ワークスペース (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>%1 にエクスポートしました。ファイルにはキーへの参照だけが含まれ、キー自体は含まれません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>%1 を変更できません。お使いのアカウントが自身の Run キーを編集できるか確認してください。</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>%1 を削除できません。ファイルを手動で削除するか、フォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>フォルダー %1 を作成できません。親フォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>%1 に書き込めません。フォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>Switchboard のリリースフィードではありません (&quot;format&quot;: &quot;%1&quot; と &quot;releases&quot; のリストを持つオブジェクトが必要です)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>フィードの形式 &quot;%1&quot; はこのバージョンでは読めません (&quot;%2&quot; を読みます)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>フィードには %1 件のリリースがあり、このバージョンが読める %2 件を超えています</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>MAJOR.MINOR.PATCH 形式のバージョンを持つリリースがありません</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>フィードの URL は https://example.org/releases.json のような http または https のアドレスにしてください</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>リリースフィードが設定されていません。設定の「更新」で URL を入力してください。</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>リリースフィード %1 を確認できません: %2。</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>更新を確認できません: %1。ネットワークプロキシのパスワードを確認してください (設定、ネットワーク)。</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>更新を確認できません: ネットワーク設定を使用できません (%1)。設定の「ネットワーク」で修正してください。</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>%1 の応答が %2 KiB を超えています。リリースフィードにしては大きすぎます。設定の「更新」でフィードの URL を確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 はリリースフィードではありません。JSON の形式が正しくありません (%2)。</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 はリリースフィードではありません。JSON ではなく %2 が返されました。設定の「更新」でフィードの URL を確認してください。</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>別の形式</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>%1 のリリースフィードが HTTP ステータス %2 を返しました。設定の「更新」でフィードの URL を確認してください。</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>%1 のリリースフィードが時間内に応答しませんでした (%2)。ネットワーク設定 (設定、ネットワーク) を確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>%1 のリリースフィードに接続できません: %2。アドレスとネットワーク設定 (設定、ネットワーク) を確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 はこのバージョンで読めるリリースフィードではありません: %2。</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>%1 ではなく、ステップの配列である必要があります</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>%1 ではなく、エッジの配列である必要があります</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>id と kind を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>名前である必要があります</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>必須 (%1 のいずれか)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>from と to を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>不明なキー「%1」(エッジには from、to、when があります)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>true、false、またはラベルである必要があります</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>map には各項目に対して実行するステップが必要です</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>各項目の結果は出力ステップの値、または後続のない唯一のステップの値です。出力ステップを追加してください</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>必須: エッジの出発元ステップの id</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>必須: エッジの到着先ステップの id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>「%1」は自分自身の後に続けません</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>「%1」から「%2」への同じエッジが 2 つあります</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>条件「%1」からのエッジには、いつ通るかを指定します: true または false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>「%1」は「%2」のラベルではありません (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>when を持てるのは条件または分類ステップからのエッジだけです。「%1」は種類 %2 のステップです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>「%1」はこの map のステップの外にあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>「%1」は map「%2」の中にあります。エッジは 1 つの map のステップ内に留まります</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>ステップ「%1」はありません</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>ステップが循環しています: %1。ワークフローは各ステップを 1 回だけ実行します</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>「%1」は英字または &apos;_&apos; で始まり、英字、数字、&apos;_&apos; だけを含む必要があります (最大 64 文字)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>不明なフィールドです。%1 ステップには %2 があります</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>再試行とタイムアウトがあるのは、モデル、ナレッジベース、文書リーダーを呼び出すステップだけです。%1 ステップはどれも行いません</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1 ではなく、文字列である必要があります</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>モデルを指定してください: PROVIDER/MODEL、ルート、または仮想モデル</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>%1 ではなく、テキストである必要があります</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>%1 ではなく、テキストの式である必要があります</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>%1 ではなく、式の配列である必要があります</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>テキストの式である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数である必要があります</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>%1 ではなく、true または false である必要があります</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>%1 ではなく、文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>%1 ではなく、オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>%1 ではなく、JSON Schema オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>0 から 2 までの数値である必要があります</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>0 から 1 までの数値である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>%1 から 1000000000 までの整数である必要があります</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>minimal、low、medium、high のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>不明なパラメーターです。temperature、topP、maxTokens、reasoningEffort、seed、stop があります</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>分類ステップには 2 つ以上のラベルが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>「%1」が 2 回あります</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>ナレッジベースのコレクションを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 が受け取るのは %2 で、%3 ではありません</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>%1 には必須: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>生成するテキスト ({{...}} の穴を含む)</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>処理する値 (例: steps.extract.output)</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>値の中で探す場所 (例: items[0].name)</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>total や items[0].name のようなパスである必要があります</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>位置 %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>パターンには括弧のグループが %1 個あります。group はそのいずれか、または一致全体を表す 0 です</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 は map のステップの中にだけあります</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run には %1 があります</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>不明な名前「%1」。パスは input、steps、run%2 で始まります</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>ステップを指定してください: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 はステップが持つものではありません。%2 があります</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>ステップは自分自身の結果を読めません</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 は %2 より前に実行されません。%1 (またはその後のステップ) から %2 へのエッジを追加してください</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 は map「%2」の中で項目ごとに実行されます。steps.%2.output を読んでください</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 は %2 より前に実行されません</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>必須 (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 である必要があります</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 は新しい Switchboard で書かれています (このビルドが読めるのは %2 まで)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>不明なキーです (ワークフローには %1 があります)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>JSON Schema オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>ワークフロー %1 は有効ではありません:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>「%1」は英字、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos; だけで構成する必要があります (最大 64 文字)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>ワークフローには 1 つ以上のステップが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>「%1」は別のステップの id です。id はワークフロー内で一意です</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>出力ステップを追加してください: 実行が何を返すかを示します</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>別のワークフローの名前が「%1」です</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>位置 %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (値なし)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>数値の直後に名前を続けることはできません (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>不明なエスケープ &apos;\%1&apos; です (\&quot;、\&apos;、\\、\n、\t のいずれかを使ってください)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>文字列が閉じていません (%1 を追加してください)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>予期しない文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>式が空です</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; は比較しません。== を使ってください</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>完結した式の後に予期しない %1 があります</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に値が必要です</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>比較は連結できません。&apos;and&apos; でつないでください</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>位置 %1 の &apos;(&apos; を閉じる &apos;)&apos; が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>値が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>値が必要ですが、&apos;%1&apos; がありました</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>不明な関数 &apos;%1&apos; です (使える関数: %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>%1 の呼び出しには &apos;,&apos; または &apos;)&apos; が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() が受け取る値は 1 つです (%2 個ではありません)</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>&apos;.&apos; の後に名前が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>リストのインデックスは整数です (%1 ではありません)</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>&apos;[&apos; の後にはリストのインデックスか引用符で囲んだキーが必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>位置 %1 の &apos;[&apos; を閉じる &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; では %2 と %3 の大小を比べられません</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>文字列に %1 は含まれません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; には文字列、リスト、オブジェクトのいずれかが必要です (%2 ではありません)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; には数値が必要です (%2 と %3 ではありません)</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>ゼロによる除算</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() には文字列、リスト、オブジェクトのいずれかが必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() は %1 を数値として読めません</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; には数値が必要です (%1 ではありません)</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; が &apos;}}&apos; で閉じられていません</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }} が空です。中に値を入れてください (例: {{input.text}})</translation>
    </message>
</context>
</TS>
