<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>%1을(를) 삭제할 수 없습니다. 사용 중인 프로그램을 닫은 뒤 Switchboard를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>요청: %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>클라이언트 방식: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>가상 모델: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>라우트: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>규칙으로 선택: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>작업: %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (추정)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  후보 %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  건너뜀 %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>시도:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: %3ms 만에 응답</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: %3ms 후 실패, %4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; 다음 시도 전에 %1ms 대기</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      이 업스트림에 맞게 변경: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>응답: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  후보 %1, 강등됨: %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>SLO “%1”이(가) 오류 예산을 1시간 동안 %2배, 5분 동안 %3배로 소진하고 있습니다(빠른 알림 기준 %4배)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>일별 지출</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%2의 %1: %3 (일 합계 %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>일별 지출: 이 기간에 호출이 없습니다</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>캐시 (읽기)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>일별 토큰</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%2의 %1 토큰: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>지연 시간 p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>지연 시간 p95</translation>
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
        <translation>모델별 지연 시간: 이 기간에 성공한 호출이 없습니다</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>모델별 지연 시간</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2: %3ms (성공한 호출 %4건)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>오류율 (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>공급자별 오류율: 이 기간에 호출이 없습니다</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>공급자별 오류율</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>시도당 오류</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: 오류 %2% (시도 %4회 중 %3회, 취소 %5회)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>모든 레이블</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>알 수 없는 종류 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>%1의 각 항목 · 내부 단계 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>예/아니요</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>목록 (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>객체 (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>모든 JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>LLM 호출</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>텍스트 추출</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>지식 검색</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>사람 검토</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>시스템 프롬프트와 사용자 프롬프트로 모델(또는 라우트, 가상 모델)에 질문합니다. 답변을 JSON Schema로 검증할 수 있습니다.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>모델에게 레이블 중 하나를 고르게 합니다. 연결선은 레이블별로 이 단계에서 나갑니다.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>이전 결과에 대해 식을 평가합니다. 연결선은 참일 때와 거짓일 때 각각 이 단계에서 나갑니다.</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>목록의 각 항목에 대해 자체 단계를 몇 개씩 실행하고 결과를 모읍니다.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>입력의 PDF, DOCX, ODT, EPUB, 이미지(OCR) 또는 텍스트 파일에서 텍스트를 읽습니다.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>쿼리에 대해 지식 베이스 컬렉션에서 구절을 찾습니다.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>템플릿을 채우거나, JSON에서 값을 꺼내거나, 분할·결합하거나, 정규식으로 추출합니다.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>누군가 값을 승인, 편집 또는 거부할 때까지 실행을 일시 중지합니다.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>실행이 반환하는 내용입니다.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>재시도 횟수</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>재시도 간격 (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>시간 제한 (ms)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>사용자 프롬프트</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>식</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>동시 실행 수</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR 언어</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>쿼리</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>토큰 예산</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업 유형</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>From</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>모든 일치 항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>지침</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>공급자/모델, 라우트 또는 가상 모델</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>{{...}} 자리 표시자가 있는 텍스트: {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>{{...}} 자리 표시자가 있는 텍스트. {{steps.ID.output}}만 단독으로 쓰면 JSON이 유지됩니다</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>답변이 따라야 하는 JSON Schema (따르지 않으면 수정 요청 1회)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>입력의 파일을 가리키는 식을 한 줄에 하나씩: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>한 줄에 레이블 하나. 연결선은 레이블별로 단계에서 나갑니다</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>한 줄에 지식 베이스 컬렉션 하나</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>비교, 조합, 계산: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>목록을 내는 식: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>처리할 값을 내는 식: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>입력의 파일을 가리키는 식: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>값 안에서 찾을 위치: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>동시에 실행할 항목 수</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>각 시도는 이 시간이 지나면 실패합니다</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>검토를 위해 일시 중지됨</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>배치가 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>프롬프트 세트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>모델을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>여기서는 지식 베이스를 사용할 수 없습니다. 컬렉션을 분리하고 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>프롬프트 %n개 배치</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>지식 검색 실패: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>답변 없음</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>채점되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>먼저 진행 중인 답변을 중지하세요.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>모델을 %1~%2개 선택하세요.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>비교 %1은(는) 배치 실행입니다.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>먼저 프롬프트를 작성하세요.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>마지막 프롬프트의 답변이 아직 도착하고 있습니다.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>여기서는 지식 베이스를 사용할 수 없습니다. 컬렉션을 분리하고 비교하세요.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>지식 검색 실패: %1. 다른 컬렉션을 고르거나(또는 고르지 않고) 다시 보내세요.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>모델 %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>블라인드 비교 투표는 모든 답변이 도착한 뒤에 하세요.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>창 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1은(는) PDF를 읽지 못하며(또는 이 PDF를 읽지 못하며) 텍스트도 추출할 수 없습니다: %2. “pdf” 표시가 있는 모델을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>재순위화 안 함: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 실패 (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>%1의 답변에 구절 번호가 없었습니다</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>재순위화 안 함: 재순위화에 쓸 공급자가 없습니다</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>컬렉션에 임베딩 모델이 없습니다</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>쿼리를 임베딩할 공급자가 없습니다</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>벡터 검색 없음: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>BM25만: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>BM25만: 쿼리를 임베딩할 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>BM25만: 아직 %1의 벡터가 있는 구절이 없습니다</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>작업 공간에 카나리아 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>카나리아 &quot;%1&quot;은(는) 이미 실행 중이거나 실행을 기다리고 있습니다.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: 알 수 없는 키 &quot;%2&quot; (사용 가능: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: %2이(가) 아니라 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: %2이어야 합니다</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1부터 %2까지의 정수</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: %2부터 %3까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: &quot;%2&quot;은(는) PROVIDER/MODEL 형식이어야 합니다 (라우터가 공급자에게 요청하는 모델)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: provider 또는 model (PROVIDER/MODEL) 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: 작업 공간에 공급자 &quot;%2&quot;이(가) 없습니다 (있는 것: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: 작업 공간에 라우트나 가상 모델 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: ttft (첫 토큰까지의 시간) 또는 latency (전체)여야 합니다</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: model (PROVIDER/MODEL)과 route (라우트 또는 가상 모델 이름) 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: 지연 시간 SLO에는 필수입니다 (예: 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>0보다 큰 밀리초 수</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: 가용성 SLO에는 metric과 thresholdMs가 없습니다</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: latency 또는 availability여야 합니다</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: 필수이며 백분율로 지정합니다 (예: 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>50보다 크고 100보다 작은 백분율 (예: 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: 라우팅에서 강등할 수 있는 것은 모델 (PROVIDER/MODEL)의 SLO뿐입니다</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: %2에는 필수입니다 (예: %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>0보다 크고 100 이하인 백분율</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>1보다 큰 수 (예: 2는 직전 평균의 두 배)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>0보다 큰 달러 금액</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: error_rate, latency_spike, cost_per_hour, no_traffic 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: 창과 기준 기간은 47시간 (분 단위 데이터 보관 기간) 안에 들어가야 합니다</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: 필수이며 PROVIDER/MODEL, 라우트 또는 가상 모델 이름의 목록입니다</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: 모델 이름이어야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: &quot;%2&quot;은(는) PROVIDER/MODEL도, 작업 공간의 라우트나 가상 모델도 아닙니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: hourly 또는 daily여야 합니다</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>0보다 큰 달러 금액 (예: 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>0보다 크고 0.5보다 작은 유의 수준 (예: 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>각 행은 객체여야 합니다</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>프롬프트 세트가 비어 있습니다</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>필수이며 프롬프트 세트 행의 목록 또는 프롬프트 세트의 텍스트입니다</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: 카나리아 프롬프트에는 검사가 필요합니다 (contains, regex, json, schema 또는 judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: 모델이 없습니다. 해당 &quot;model&quot; 또는 카나리아의 judgeModel을 설정하세요</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%3일 동안 %2 호출의 %1 %가 성공</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%5일 동안 %2의 %3 중 %1 %가 %4 ms 이내</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>첫 토큰</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>%3분 동안 %1의 오류율 &gt;= %2 %</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%3분 동안 %2의 평균 %1이(가) 직전 %5시간의 %4배 초과</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>1시간 동안 %1의 비용 &gt;= $%2</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>%2시간 동안 %1 호출 없음</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>작업 공간의 모니터링 섹션이 올바르지 않습니다:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: &quot;%2&quot;은(는) 1~64자의 문자, 숫자, 공백, &quot;.&quot;, &quot;_&quot; 또는 &quot;-&quot;여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: &quot;%2&quot;은(는) 다른 SLO나 모니터가 사용 중입니다</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: 배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: &quot;%2&quot;은(는) 다른 카나리아가 사용 중입니다</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: url이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: http:// 또는 https:// URL이거나 이를 담은 keychain:NAME 또는 env:VAR여야 합니다</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: 오류 예산 소진율 %3 동안 %2, %5 동안 %4 (%6 초과 시 알림); 예산 %7 남음. SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: 오류 예산 소진율이 %3 동안 %2, %5 동안 %4(으)로 돌아옴; 예산 %6 남음</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>기준의 %1</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1시간 동안 호출 없음</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; 호출 %4건)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: %2(으)로 돌아옴 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: 해결됨, SLO 또는 모니터가 제거됨</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>라우트 %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>소스 %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>프록시 키 %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>멤버 %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>모든 호출</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>공급자가 키를 거부했습니다%1: %2. 공급자의 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>이 키로는 이 모델을 사용할 수 없습니다%1: %2. 다른 모델을 고르거나 키를 바꾸세요.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>알 수 없는 모델 또는 엔드포인트입니다%1: %2. 공급자의 모델과 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>예산 때문에 이 호출이 중지되었습니다: %1. 사용량 &gt; 예산에서 한도를 올리거나 초기화하세요.</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> 공급자가 %1초 기다리라고 요청합니다.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>속도 제한에 걸렸습니다%1: %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>공급자에 연결할 수 없습니다%1: %2. 기본 URL과 네트워크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>공급자가 응답하지 않았습니다%1: %2. 다시 시도하거나 장애 조치되는 가상 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>프롬프트가 이 모델의 컨텍스트 창보다 깁니다: %1. 줄이거나, 새 대화를 시작하거나, 컨텍스트가 더 큰 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>공급자의 안전 필터가 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>공급자가 요청을 거부했습니다%1: %2. 이 모델의 매개변수(JSON 모드, 최대 토큰)를 확인하세요.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>프록시가 이미 %1에서 실행 중입니다</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>프록시에는 라우터 엔진이 필요합니다</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>%1에서 수신 대기하려면(이 컴퓨터 밖에서 접근 가능) 프록시 키가 하나 이상 필요합니다. 키를 추가하거나 127.0.0.1에서 수신 대기하세요</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>프록시 포트는 1~65535 사이여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>&apos;%1&apos;은(는) 수신 대기할 IP 주소가 아닙니다 (127.0.0.1, ::1 또는 0.0.0.0을 사용하세요)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>프록시 키 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>프록시 키 &apos;%1&apos;: 비밀 값이 비어 있습니다</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: 다른 프로그램(또는 다른 Switchboard)이 포트 %1을(를) 사용 중입니다. 그 프로그램을 종료하거나 다른 포트를 고르세요</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: 1024 미만 포트에는 관리자 권한이 필요합니다. 1024보다 큰 포트를 고르세요</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>%1:%2에서 수신 대기할 수 없습니다: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>팀 서버의 응답을 이해할 수 없습니다(%1). 같은 버전의 Switchboard serve인가요?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>공급자 &quot;%1&quot;의 키를 읽을 수 없습니다: %2. 공급자에서 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>공급자 &quot;%1&quot;에 키가 없습니다. 공급자에서 팀 멤버의 키(sbk_...)를 입력하세요.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>공급자 &quot;%1&quot;을(를) 사용할 수 없습니다: %2. 공급자에서 수정하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>%1의 팀 서버에 연결할 수 없습니다: %2. 서버가 실행 중인지, 공급자 &quot;%3&quot;의 기본 URL이 맞는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>%1의 팀 서버가 공급자 &quot;%2&quot;의 키를 받지 않습니다. 공급자에서 키를 확인하거나(멤버 키는 sbk_로 시작) 팀 관리자에게 새 키를 요청하세요.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>팀 관리자만 할 수 있습니다. 관리자에게 요청하거나 관리자 키를 사용하세요.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>팀 서버가 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>팀 서버 오류: %1. 잠시 후 다시 시도하세요. 계속 실패하면 서버 로그를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Switchboard 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;모든 LLM 공급자를 하나의 인터페이스로: 장애 조치가 있는 라우팅, 플레이그라운드, 모델 비교, 예산이 있는 사용량과 비용, 그리고 도구용 로컬 프록시.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드됨 (Qt %3에서 실행 중), %4.&lt;/p&gt;&lt;p&gt;데이터 디렉터리: %5&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>데이터 디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1의 이름을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>프롬프트 세트 열기…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>프롬프트 세트 열기</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>프롬프트 세트 (*.csv *.jsonl *.ndjson *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>동시 호출 수</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>배치 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>프롬프트 붙여넣기: 한 줄에 하나, 또는 헤더가 있는 CSV(prompt, id, system, category, contains, regex, json, schema), 또는 한 줄에 객체 하나인 JSONL: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>평균 지연 시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>호출 %2건 중 %1건 후 취소했습니다.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>완료: 호출 %1건.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%1에서 프롬프트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>먼저 왼쪽에서 모델을 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>프롬프트 %n개를 모델 %1개로 실행 중, 한 번에 %2개…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ 오류</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>응답함 · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>검사: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>검사 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + 가격 없음 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, 소프트 한도</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, 하드 한도</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, 대상</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, 범위</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, 기간</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>프록시 키</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>소프트 한도 ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>하드 한도 ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>이번 기간 지출</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>월말 예상</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>예산 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>예산 저장(&amp;V)</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>일간</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>월간</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>아직 저장 안 됨</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>예산 %n개를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>작업 공간의 예산이 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>예산을 추적하지 않습니다: 사용량 원장이 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>이번 달 지금까지: %1 · 월말 예상 지출: %2 (작업 공간 전체, 선형)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>한도 이내</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>소프트 한도 도달</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>하드 한도 도달: 호출이 거부됩니다</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (한도 초과)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (일간 예산)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>팀 구성원</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>공급자 ID, 프록시 키 또는 구성원</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>UTC 기준 하루 또는 달력 월 단위의 한도(미국 달러)를 작업 공간 전체, 공급자 하나(ID), 프록시 키 하나(이름) 또는 팀 구성원 한 명(그의 모든 키)에 설정합니다. 소프트 한도는 알림을 띄우고, 하드 한도는 이후 호출을 거부합니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>공급자/모델</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>호출을 선택하면 라우팅 추적을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>더 불러오기(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>호출 %n건 표시 중, 최신순. 더 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>호출 %n건, 최신순.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>이 호출에는 기록된 라우팅 추적이 없습니다.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>호출을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>내보내기에 실패했습니다.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>호출 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없었습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>호출 %n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>품질 카나리아</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>각 카나리아는 실행당 비용 한도 안에서 일정(매시간 또는 매일)에 따라 프롬프트를 모델에 보내고, 통과율이 잡음 이상으로 떨어지면 알립니다. 프롬프트에는 비교의 프롬프트 세트 검사(contains, regex, json, schema, judge)를 씁니다.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>유효하지 않은 JSON: 위치 %2에서 %1.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>카나리아는 JSON 배열이어야 합니다: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>문제가 없습니다. 저장하면 일정대로 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>평균 지연 시간</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>실행당 비용</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>지금 실행(&amp;U)</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>일정과 관계없이 비용 한도 안에서 카나리아를 지금 모델에 대해 실행합니다.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>카나리아 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>하락 검정</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>선을 가리키면 값이 보이고, 실행을 선택하면 답변이 보입니다.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2개 중 %1개 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (비용 한도)</translation>
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
        <translation>답변이 너무 적음</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: 하락, 경보 발생</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>통과 %</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>실행당 USD</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>카나리아는 엔진이 시작된 후 실행됩니다.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>아직 품질 카나리아가 없습니다. &quot;카나리아 편집…&quot;으로 추가합니다(검사가 있는 프롬프트 세트, 모델, 일정, 비용 한도).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>매시간</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, 프롬프트 %n개를 %2에 대해 실행, 실행당 최대 $%3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>비활성화됨.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>마지막 실행 %1, 다음 실행 %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>선택 사항: 모델의 동작 방식</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON 모드</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>최대 토큰</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>추론 강도</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>컬렉션 설정</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>새 컬렉션</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>핸드북</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>대화, 가상 모델, 프록시는 이름으로 컬렉션을 참조합니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>컬렉션에 담긴 내용</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>없음 (BM25만)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>벡터 검색과 하이브리드 검색을 위해 구절을 임베딩하는 모델입니다. 공급자가 제공하는 모델을 고르거나 공급자/모델 또는 라우트를 입력하세요. 없으면 컬렉션은 키워드(BM25)로만 검색됩니다.</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>임베딩 모델(&amp;E):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>모델에 전달하기 전에 질문에 얼마나 잘 답하는지에 따라 상위 구절의 순서를 다시 매기는 채팅 모델입니다. 공급자가 제공하는 모델을 고르거나 공급자/모델, 라우트 또는 가상 모델을 입력하세요. 그러면 검색할 때마다 채팅 호출이 1회 발생합니다.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>재순위 모델(&amp;R):</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> 구절</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>하이브리드 검색의 상위 구절 중 재순위 모델이 볼 개수입니다. 나머지는 그 뒤에 원래 순서대로 놓입니다.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>재순위 대상 상위(&amp;B):</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>구절 크기(&amp;P):</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>이웃한 구절 사이에 반복되는 토큰 수입니다. 둘로 잘린 문장도 찾을 수 있게 합니다.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>겹침(&amp;O):</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>스캔한 페이지와 이미지의 언어로, Tesseract 코드를 +로 연결합니다: deu, eng+fra. 각 언어에는 언어 데이터(tesseract-ocr-deu)가 필요합니다.</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>OCR 언어(&amp;L):</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>읽을 수 있는 모든 파일, 또는 예: *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>폴더에서는 이 글롭 중 하나와 일치하는 파일만 가져옵니다(쉼표로 구분). 슬래시가 있는 글롭은 폴더 아래 경로와 비교합니다.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>포함(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>예: *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>이 글롭 중 하나와 일치하는 파일은 폴더 가져오기에서 제외됩니다.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>제외(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>폴더 변경 감시(&amp;W)</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>앱이 실행되는 동안 컬렉션 폴더에서 새로 생기거나, 바뀌거나, 삭제되거나, 이름이 바뀐 파일을 가져옵니다(1.5초 동안 추가 변경이 없으면).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>컬렉션 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>겹침은 구절 크기보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>임베딩 모델이 없으면 컬렉션은 키워드(BM25)로만 검색됩니다.</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>구절 임베딩은 라우터(출처: knowledge)를 거치므로 호출이 예산에 포함됩니다.</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>이 컬렉션의 모델 호출(임베딩, 재순위)은 라우터(출처: knowledge)를 거치므로 예산에 포함됩니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>순위표</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>모든 답변이 도착했습니다.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>모든 답변이 도착했습니다. 어느 쪽이 더 나은가요?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>모든 답변이 도착했습니다. 어느 것이 가장 좋은가요?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>투표를 저장했습니다. %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>%1에서 일치하는 내용이 없습니다: 모델이 출처 없이 답변합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>모든 모델이 %1에서 같은 구절 %n개를 받습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>모든 모델에 프롬프트 보내기</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>모든 답변 중지</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>모델 (2~6개)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>모델 필터</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>비교할 모델</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>나란히 비교할 수 있는 모델은 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>다른 모델 (공급자/모델), Enter로 추가</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>블라인드 투표(&amp;B)</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>가장 좋은 답변에 투표할 때까지 모델 이름을 숨기고 섞습니다</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>순위표용 태그 (예: code, writing)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>각 프롬프트는 이 컬렉션들에서 한 번 검색되며, 모든 모델이 같은 구절을 받습니다.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>저장된 비교</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>새 선택은 다음 프롬프트부터 적용됩니다. 그때까지 이 답변들은 유지됩니다.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>왼쪽에서 모델을 %1~%2개 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>모델 %n개에 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>진행 중인 비교를 먼저 중지한 뒤 %1을(를) 다시 비교하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1을(를) 모델 %n개에 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1을(를) 매개변수와 함께 모델 %n개에 보냈습니다: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>새 비교.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>먼저 실행 중인 배치를 취소하세요.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>%2의 배치 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>%2의 배치 &quot;%1&quot;, %3에 근거한 답변: 답변을 두 번 클릭하면 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>먼저 진행 중인 답변을 중지하세요.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>&quot;%1&quot;을(를) 다시 열었습니다: 이어지는 질문은 각 창의 대화를 계속합니다.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>비교 삭제</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>이 비교와 답변을 삭제할까요? 투표는 순위표에 남습니다.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>블라인드, 투표함</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>블라인드</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
모델 %n개: %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>투표 전까지 숨김</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>PDF 첨부</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 문서 (*.pdf);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>이 모델의 답변을 중지합니다. 다른 모델은 계속합니다</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>가장 빠름</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>총 시간이 가장 짧음</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>첫 토큰</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>다른 답변이 더 일찍 끝났지만, 첫 토큰은 이 답변이 가장 먼저 도착했습니다</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>가장 저렴함</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>나: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 작성</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>첫 토큰 %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>첫 토큰 –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 토큰/초</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>입력 %1 / 출력 %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>답변 없음</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>합계 %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>지금까지 %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>메시지 편집 중: 보내기를 누르면 원본은 다른 버전으로 남습니다. Esc를 누르면 취소합니다.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>첨부 파일 제거</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>메시지 (Enter로 보내기, Shift+Enter로 줄 추가, Esc로 중지)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>“%1”을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>“%1”은(는) %2 같은 이름이지만 내용은 %3입니다: 첨부하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>“%1”은(는) %2입니다. 모델은 PNG, JPEG, GIF, WebP 이미지를 받습니다.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>“%1”은(는) %2MB입니다. 이미지는 최대 %3MB입니다.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1은(는) 이미지를 받지 않습니다. “%2”을(를) 첨부하려면 “비전” 표시가 있는 모델을 고르세요.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>“%1”은(는) %2KB입니다. 텍스트 파일은 최대 %3KB입니다(프롬프트에 들어갑니다).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>“%1”은(는) 텍스트 파일이 아닙니다(내용이 %2처럼 보입니다): 첨부하지 않았습니다.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>첨부됨: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>답변 중지 (Esc). 도착한 내용은 유지됩니다</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>보내기 (Enter)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>이미지(비전 모델용), PDF(PDF를 읽는 모델용), 텍스트 또는 코드 파일(본문에 삽입)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>이미지, PDF, 텍스트 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>“%1”은(는) %2MB입니다. PDF는 최대 %3MB입니다(OpenAI의 한도. Anthropic은 32MB, Gemini는 20MB까지).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1은(는) PDF를 읽지 않습니다. 대신 “%2”에서 추출한 텍스트(레이아웃과 이미지 제외)를 보내거나 “pdf” 표시가 있는 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>추출한 텍스트 보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>“%1”의 텍스트를 추출할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>보내기 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>“%1”은(는) PDF가 아닙니다: 첨부하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>새 대화 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>대화 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>폴더 또는 태그</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>선택한 대화 삭제</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>모든 대화</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>대화를 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>대화에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>폴더로 이동</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>폴더로 이동…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>폴더 (비우면 없음)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON으로 내보내기…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>약 %1 남음</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>가져오기가 중지되었습니다</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>지식</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>평가(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>컬렉션(&amp;C)</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>컬렉션 만들기 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>컬렉션의 임베딩 모델, 구절 크기, OCR 언어, 글롭</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>구절과 함께 컬렉션 삭제 (디스크의 파일은 유지됨)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행률</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>대기 중인 파일은 다시 시작할 때까지 대기열에 남습니다 (재시작 후에도)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>일시 중지된 가져오기와 임베딩을 계속합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>대기 중인 파일을 버립니다. 가져온 내용은 유지됩니다</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>실패 항목 재시도</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>실패한 파일을 다시 대기열에 넣습니다 (이유에 적힌 문제를 고친 뒤)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>지금 임베딩</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>지금 모든 구절에 벡터를 부여합니다</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>파일 가져오기 (Ctrl+O). 또는 파일과 폴더를 페이지에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>폴더 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>컬렉션의 글롭에 따라 하위 폴더까지 폴더 가져오기 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>URL 추가(&amp;U)…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>http(s) 주소로 웹 페이지 가져오기 (Ctrl+L). 또는 링크를 페이지에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>선택한 파일을 컬렉션에서 제거 (Delete). 디스크의 파일은 유지됩니다</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>다시 색인(&amp;I)…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>모든 문서를 구절로 다시 자릅니다 (구절 크기를 바꾼 뒤)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>파일 필터</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>컬렉션 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>하이브리드</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>벡터</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>재순위</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>하이브리드는 키워드(BM25)와 벡터 순위를 결합합니다. BM25는 단어를, 벡터는 의미를 맞춥니다. 재순위는 컬렉션의 재순위 모델이 하이브리드 상위 구절의 순서를 다시 매기게 합니다</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>검색 모드</translation>
    </message>
    <message>
        <source>top </source>
        <translation>상위 </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>표시할 구절 수</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>결합</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>키워드 점수 (높을수록 좋음. — : 벡터로만 찾음)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>쿼리와의 코사인 유사도 (— : BM25로만 찾음)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>두 순위의 상호 순위 결합 (하이브리드 검색)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>재순위 모델이 매긴 구절의 위치와 결합 순위에서의 원래 위치 (— : 모델이 제외함)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>구절을 두 번 클릭하면 파일을 엽니다</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>골든 질문, 한 줄에 JSON 객체 하나: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. 출처 중 하나의 구절(phrase가 있으면 그 문구를 포함한 구절)이 정답입니다.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>골든 질문</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>JSON Lines 파일에서 골든 질문 읽기 (switchboard-cli kb eval --golden 형식)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>recall@k와 MRR에 포함할 질문당 구절 수</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>평가 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>질문을 컬렉션과 함께 저장하고 BM25, 벡터, 하이브리드, 재순위 검색의 점수를 매깁니다</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
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
        <translation>인용</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>인용 정확도: 모델 컨텍스트의 출처 [1]이 정답 구절인 질문의 비율</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>컬렉션 검색</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>선택한 파일 제거</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>컬렉션에 파일 추가</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>컬렉션에 폴더 추가</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>컬렉션에 웹 페이지 추가</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>새 컬렉션</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>지식 베이스 새로 고침</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

데이터 디렉터리에 쓸 수 있고 디스크에 공간이 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>지식 베이스를 읽을 수 없었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n개 일시 중지</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n개 가져오지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>BM25만</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>감시 중</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>아직 컬렉션이 없습니다</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>컬렉션을 만든 뒤(새로 만들기…) 파일과 폴더를 추가하거나 여기로 끌어다 놓으세요. 그러면 플레이그라운드, 비교, 프록시 어디서든 모든 모델이 같은 구절을 바탕으로 답변합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>문서 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>구절 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 토큰</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>%1 토큰 구절, %2 토큰 겹침</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>검색은 BM25(키워드)만 사용합니다: 컬렉션에 임베딩 모델이 없습니다. 편집…에서 벡터 및 하이브리드 검색용 모델을 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>%1이(가) 구절 임베딩을 마칠 때까지 검색은 BM25만 사용합니다.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>%1을(를) 사용한 하이브리드 검색: 구절 %3개 중 %2개 임베딩됨.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>%1(으)로 전환 중: 완료될 때까지 현재 벡터가 응답합니다.</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>모델은 %2이(가) 재순위한 상위 구절 %1개를 받습니다.</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>감시 중인 폴더:</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>대기열이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>가져올 파일을 세는 중…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>가져오는 중: 파일 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>일시 중지됨: 파일 %n개가 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>일시 중지됨.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>임베딩도 대기 중입니다.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>다시 시작하면 이어서 진행합니다 (재시작 후에도).</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>%1(으)로 임베딩 중: 구절 %3개 중 %2개</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>지금까지 %1</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>임베딩 대기 중 (다른 컬렉션 먼저).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>마지막 가져오기: 파일 %2개 중 %1개 가져옴</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n개 가져오지 않음 (이유는 파일 목록에 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>실패 항목 재시도를 누르면 실패한 파일을 다시 대기열에 넣습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>가져오기 %n건 실패: 실패 항목 재시도로 다시 대기열에 넣을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>구절 %n개에 아직 %1 벡터가 없습니다: 지금 임베딩으로 부여할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>대기열이 비어 있습니다. 파일이나 폴더를 여기로 끌어다 놓거나 파일 추가를 사용하세요.</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>컬렉션을 만들지 않았습니다</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>문서를 다시 자를까요?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>&quot;%1&quot;에 새로 가져오는 내용은 %2 토큰 구절(겹침 %3)이 됩니다. 이미 들어 있는 문서 %n개를 지금 다시 자를까요? 컬렉션에 임베딩 모델이 있으면 구절이 다시 임베딩됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>컬렉션을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>컬렉션 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>&quot;%1&quot;을(를) 문서 %n개, 구절, 벡터, 골든 질문, 대기열과 함께 삭제할까요? 디스크의 파일은 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>컬렉션을 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>문서 (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>컬렉션 없음</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>먼저 컬렉션을 만든 뒤(새로 만들기…) 웹 페이지를 추가하세요.</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>먼저 컬렉션을 만든 뒤(새로 만들기…) 파일을 추가하세요.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>임베딩 비용</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>&quot;%2&quot;(으)로 가져올 파일 %n개(%1). %3(으)로 구절을 임베딩하면 약 %4이(가) 듭니다(파일 크기로 추정). 가져올까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>변경 감시가 켜져 있지만 아직 추가된 폴더가 없습니다: 폴더 추가…로 감시할 폴더를 지정하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>폴더 %n개의 변경을 감시하는 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>변경이 감지되었습니다: 폴더가 %1초 동안 조용하면 가져옵니다.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>마지막 동기화는 %1에 대기열에 들어갔습니다.</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>다시 색인</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>&quot;%1&quot;의 문서 %n개를 구절로 다시 자를까요(%2 토큰, 겹침 %3)? 컬렉션에 임베딩 모델이 있으면 바뀐 구절이 다시 임베딩됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>&quot;%2&quot;에서 %1을(를) 제거할까요? 디스크의 파일은 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>&quot;%1&quot;에서 파일 %n개를 제거할까요? 디스크의 파일은 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>파일 제거</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>임베딩이 시작되지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>&quot;%1&quot;의 구절 %n개(%2 토큰)에 아직 %3 벡터가 없습니다. 임베딩하면 약 %4이(가) 듭니다. 지금 임베딩할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>임베딩하지 않음: 비용을 거절했습니다. 지금 임베딩을 누르면 시작합니다. 그때까지 벡터가 없는 구절은 BM25로만 검색됩니다.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>이제 %1이(가) 검색에 응답합니다 (임베딩 비용 %2).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>모든 구절에 벡터가 있습니다 (임베딩 비용 %1).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>임베딩이 중지되었습니다: %1. 지금 임베딩으로 다시 시도할 수 있습니다. 벡터가 없는 구절은 BM25로 검색합니다.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>찾을 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>검색하지 않음: %1.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>편집…에서 재순위 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>컬렉션에 임베딩 모델이 없습니다: BM25로 검색하거나 편집…에서 모델을 고르세요.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2에서)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>일치하는 구절이 없습니다. 다른 단어로 시도하거나, 컬렉션에 임베딩 모델이 있으면 하이브리드 검색을 사용하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>구절 %n개, 가장 좋은 것부터.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>BM25만: 컬렉션에 임베딩 모델이 없습니다 (편집…에서 고를 수 있음).</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>%1이(가) 재순위했습니다.</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>쿼리 임베딩 비용: %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>재순위 비용: %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>페이지를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>%1을(를) 열 수 없었습니다: 웹 브라우저가 설정되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>%1을(를) 열 수 없었습니다: 파일이 아직 있는지, 그 형식을 여는 프로그램이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>골든 질문을 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1이(가) 16MB보다 큽니다: 골든 질문은 보통 수백 줄입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

각 줄은 &quot;question&quot;과 &quot;sources&quot;(구절이 포함해야 할 문구가 있으면 &quot;phrase&quot;도)를 가진 JSON 객체입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>골든 질문 %n개를 불러왔습니다. 평가 실행을 누르면 컬렉션과 함께 저장됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>골든 질문에 문제가 있습니다: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>먼저 골든 질문을 작성하거나(한 줄에 JSON 객체 하나, 위 참고) 파일을 불러오세요.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>질문 저장 중…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>평가 중: 검색 %2회 중 %1회</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>골든 질문 %n개, 검색마다 상위 구절 %1개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>검색의 모델 호출 비용: %1.</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>평가가 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>평가를 취소했습니다.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>놓으면 &quot;%1&quot;(으)로 가져옵니다</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>먼저 컬렉션을 만드세요</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (지식 베이스에 없음)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>아직 컬렉션이 없습니다: 지식 페이지나 switchboard-cli kb create로 만드세요</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>컬렉션을 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>지식 베이스 없이 답변</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>지식</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>지식 컬렉션을 바탕으로 답변합니다: 각 질문에 대해 찾은 구절이 함께 전달되고, 답변은 그 구절을 인용합니다.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>지식: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>각 질문은 먼저 %1에서 검색되며, 답변은 받은 구절을 인용합니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>승</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>무</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>패</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표 수</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>이 작업 공간의 블라인드 투표를 기준으로 합니다. Elo는 1000에서 시작합니다(K = 32). 동점이나 &quot;둘 다 나쁨&quot;은 무승부로 계산하고, 여러 창 중 최고를 고르면 나머지 각각에 대한 승리로 계산합니다.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>시간에 따른 Elo</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>시스템 프롬프트, 모든 창에 공통 (선택 사항)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>내 투표:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>모든 모델에 보낼 프롬프트. Ctrl+Enter로 보내고, Esc로 모두 중지합니다.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>모두에게 보내기</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>모두 중지</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>대기 중…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>스트리밍 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A가 더 좋음</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B가 더 좋음</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1이(가) 가장 좋음</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>모두 나쁨</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>모든 모델에 보낼 프롬프트. Enter로 보내고, Shift+Enter로 줄을 바꾸고, Esc로 모두 중지합니다.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>첨부 제거</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>PDF 첨부…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>모든 모델에 PDF 전송: PDF를 읽는 모델에는 문서로, 나머지에는 추출한 텍스트로</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF를 문서로 보냈습니다(레이아웃과 이미지 포함)</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF를 추출한 텍스트로 보냈습니다: 이 모델은 PDF를(또는 이 PDF를) 읽지 못합니다</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>모든 모델에 첨부: %1</translation>
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
        <translation>페이지</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>테마, 언어, 데이터 디렉터리 (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>프록시: 켜짐, %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>프록시: 실패</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>프록시: 꺼짐</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>플레이그라운드</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>지식</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>%2의 단계 %1 입력</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>키체인: 사용 가능</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>키체인: 사용 불가</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>시스템 키체인이 없습니다: 공급자 키는 env:VAR로 계속 참조할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>작업 공간 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>작업 공간 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>README 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>로컬 프록시</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Switchboard 보이기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>호출 거부 중: 사용량 원장에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>사용량 원장</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>사용량 원장에 다시 기록됩니다: 호출이 통과합니다.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>작업 공간: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>모니터링 (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>알림: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>해결됨: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>시작하기 및 설정(&amp;W)…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>모든 로컬 데이터 지우기</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>다음 키체인 항목을 삭제하지 못했습니다:

%1

나머지는 그래도 지울까요? 이 항목은 나중에 시스템의 키체인 도구로 삭제하세요.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>새 데이터 디렉터리를 사용하려면 Switchboard를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>업데이트 확인(&amp;U)…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Switchboard %1이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>새로운 내용은 도움말, 업데이트 확인에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>실패했습니다: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>더 새로운 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Switchboard %1이(가) 나왔습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>시도 %n회 실패 후</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 토큰/초</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>입력 %1, 출력 %2</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>추론 보기</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>답변이 끝나기 전에 중지되었습니다. 도착한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>메시지를 Markdown으로 복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>편집 후 다시 보내기 (원본은 다른 버전으로 유지)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>다시 답변 (기존 답변은 다른 버전으로 유지)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>라우터가 이 호출을 그곳으로 보낸 이유</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>이미지 (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>첨부됨: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>출처를 클릭하면 구절을 읽고 파일을 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>%1에서 질문과 일치하는 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>공급자 열기</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>사용량 열기</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>도구 호출: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>추론 숨기기</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>어시스턴트 · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>도구 결과</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>지식 베이스 검색 중…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>답변 중…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>가상 모델: 라우터가 대상을 고릅니다</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>100만 토큰당 $%1 / $%2</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>컨텍스트 %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>카탈로그에 없음: 기능과 비용을 알 수 없음</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  더 이상 제공되지 않음</translation>
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
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>최근 6시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>첫 토큰까지의 시간 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>지연 시간 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>비교 안 함</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>다른 모델과 비교</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>이전 기간과 비교</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>모든 호출</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>차트에 호출을 표시할 공급자 모델 (요청한 이름 그대로).</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>첫 번째 모델 옆에 그릴 모델.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>차트(&amp;H)</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>호출(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>알림 및 SLO(&amp;A)</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>선을 가리키면 값이 보이고, 점을 클릭하면 그 호출 목록이 나옵니다.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>차트의 점을 클릭하면 그 뒤의 호출 목록이 나옵니다.</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>남은 오류 예산</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>소진율 1시간</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>소진율 6시간</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>모니터</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>감시 대상</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>발생한 일</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>한 시간 동안 음소거(&amp;M)</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>음소거 해제(&amp;N)</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>선택한 알림의 규칙은 알림을 계속 기록하지만 한 시간 동안 통지하지 않습니다.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>모니터링에는 사용량 원장이 필요합니다: 엔진을 시작하세요 (라우팅 페이지 참고).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>모든 호출</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>단계당 요청 수</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>단계당 USD</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: 아직 표시할 내용 없음</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%2의 %1: 이 기간에 호출 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>기간 내 요청 %1건, 시도 %2회. 가용성 %3, 오류율 %4, 지연 시간 p90 %5, 비용 %6. 단계: %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>이 기간에 모델이나 라우팅 변경이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3이(가) 이제 %4(으)로 응답합니다 (이전: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: 라우팅 변경됨 (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>변경 사항: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>%2부터 %3까지 %1의 호출:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>음소거됨</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>마지막 평가 %1. 알림 %n개 발생 중.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>아직 평가되지 않았습니다.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>발생 중 (음소거됨)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>%1에 해결됨</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1을(를) 한 시간 동안 음소거했습니다.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1이(가) 다시 통지합니다.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>카나리아(&amp;I)</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>모든 멤버</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>팀 서버</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>팀 서버: 내 것</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>데이터(&amp;D):</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>멤버(&amp;B):</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>누구의 호출인지: 이 컴퓨터의 호출 또는 팀 서버의 호출(관리자와 뷰어는 모든 멤버의 호출을, 멤버는 자신의 호출만 봅니다)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>이 SLO, 모니터, 알림, 카나리는 이 컴퓨터 자체 원장에서 나온 것입니다. 팀 서버는 자신의 평가를 공유하지 않습니다(서버의 SLO는 Prometheus용 /metrics에 있습니다).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>팀의 호출은 팀 서버에 남습니다. 사용량 페이지에서 %1부터 %2까지의 날짜를 보여 줍니다.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>데이터 범위와 관계없이 이 컴퓨터의 것입니다. 팀 서버는 자신의 것을 공유하지 않습니다</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>팀의 호출은 팀 서버에 남습니다. 점을 클릭하면 사용량 페이지가 열립니다</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>팀 서버의 모니터링 데이터를 읽는 중…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>팀 서버 &quot;%2&quot;에서 내(%1) 호출.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>팀 서버 &quot;%2&quot;에서 내(%1) 호출: 멤버는 자신의 호출만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>팀 서버 &quot;%1&quot;에서 모든 멤버의 호출.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>팀 서버 &quot;%2&quot;에서 %1의 호출.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>팀 서버 &quot;%1&quot;에는 팀의 모니터 데이터가 없습니다. 이 앱보다 오래된 버전입니다. 서버의 switchboard-cli를 업데이트하세요. 그때까지는 &quot;이 컴퓨터&quot;를 선택하세요.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>팀 서버 &quot;%1&quot;이(가) %2에게 이 호출을 보여 주기를 거부했습니다. 멤버는 자신의 호출만 볼 수 있습니다(&quot;팀 서버: 내 것&quot;). 본인의 호출이라면 서버가 이 앱보다 오래된 버전입니다. 서버의 switchboard-cli를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>선을 가리키면 값이 표시됩니다. 점을 클릭하면 해당 날짜가 사용량 페이지에서 열립니다.</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>백분위수는 히스토그램에서 추정한 값입니다(오차 %1 이내).</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>토큰 간 간격 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>초당 토큰 수 (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>오류 종류별 오류율</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>초당 토큰 수</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>SLO 및 모니터 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>SLO, 임계값 모니터, 카나리아, 알림 웹훅을 추가하거나 변경합니다 (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>아직 SLO나 모니터가 없습니다. &quot;SLO 및 모니터 편집…&quot;으로 추가하세요.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>대상(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>공급자(&amp;P):</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>모델(&amp;O):</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>라우트(&amp;U):</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>프록시 키(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>임계값(&amp;T):</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>목표(&amp;B):</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>기간(일)(&amp;D):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>최소 호출 수(&amp;L):</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>오류 예산이 빠르게 소진되는 동안 라우팅에서 이 모델의 순위를 낮춥니다(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>배수(&amp;F):</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>기간(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>기준 기간(&amp;B):</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>시간당 비용 하한(&amp;L):</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>호출 없음 기간(&amp;F):</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>재발생 전 대기 시간(&amp;G):</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>모델(&amp;O):</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>일정(&amp;H):</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>실행당 비용 한도(&amp;U):</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>사용: 일정에 따라 실행(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>프롬프트(&amp;P):</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>모든 카나리아를 JSON으로(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>테스트 알림 보내기(&amp;T)</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO, 모니터 및 알림</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>SLO(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>모니터(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>카나리아(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>웹훅(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>새 항목 (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>복제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>아직 SLO가 없습니다. SLO는 모델이나 라우트에 목표(호출의 99.5 % 성공, 첫 토큰의 99 %가 2초 이내 등)를 정하고 오류 예산이 빠르게 소진되면 알립니다.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>아직 모니터가 없습니다. 모니터는 임계값에서 알립니다: 오류율, 이전 몇 시간 대비 지연 급증, 시간당 비용, 트래픽 없음.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>아직 품질 카나리아가 없습니다. 카나리아는 비용 한도 안에서 일정에 따라 프롬프트를 모델에 보내고, 통과율이 잡음 이상으로 떨어지면 알립니다.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>모든 호출</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>라우트 또는 가상 모델</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>프록시 키</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>라우터가 공급자에게 요청하는 모델 이름</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>가용성: 호출 성공</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>지연: 임계값 이내에 응답</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>첫 토큰까지 시간</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>전체 지연</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>양호해야 하는 호출의 비율 (50 % 초과 100 % 미만)</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>알림이 발생하기 전에 긴 기간에 필요한 호출 수</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>지연 급증</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>시간당 비용</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>트래픽 없음</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>기간 평균이 기준 기간 평균의 이 배수가 되면 발생합니다</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>비교에 쓰는 기간 직전의 시간 수</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>알림이 해소된 후 모니터가 다시 발생하기까지 기다리는 시간</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>모니터가 발생하기 전에 기간(및 기준 기간)에 필요한 호출 수</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>매시간</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>매일</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, 라우트 또는 가상 모델 이름 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>한 줄에 프롬프트 하나를 검사와 함께 JSON 객체로 (예: {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}), 또는 JSONL이나 CSV 프롬프트 세트</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>`serve`가 알림을 JSON으로 보내는 곳입니다 (Slack, Mattermost 등 수신 웹훅은 그 텍스트를 표시합니다). URL 또는 이를 담은 env:NAME, keychain:NAME을 입력하세요. 채팅 웹훅은 URL에 토큰을 담고 있습니다.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>JSON으로 편집(&amp;J)…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>모니터링 섹션 전체를 JSON으로</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>빠른 소진 알림이 지속되는 동안 라우트는 다른 사용 가능한 대상 다음에 이 모델을 시도합니다</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>모델의 SLO만 순위를 낮출 수 있습니다. 라우트에는 나중에 시도할 대상이 없습니다</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>문제가 없습니다. 저장하면 바로 적용됩니다 (`serve`는 다음 시작 시).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>저장하기 전에 고쳐야 할 문제: %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>모니터링 설정을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>모니터링 (JSON)</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>워크스페이스의 &quot;monitoring&quot; 섹션: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. 문제는 확인 후 편집기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>유효하지 않은 JSON: 위치 %2에서 %1.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>모니터링 섹션은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>테스트 알림을 보내는 중…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>웹훅 URL을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>%1의 웹훅이 HTTP %2로 응답했습니다.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>테스트 알림이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>라우트와 가상 모델</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>모델이 없습니다: 먼저 공급자를 추가하세요</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>모든 모델이 이미 목록에 있습니다</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>모델 추가</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>설정(네트워크)과 같게</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>시스템 프록시</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 없음</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 프록시</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS 프록시</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 프록시</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>프록시 없이 연결할 호스트(쉼표로 구분): 이름, .domain 또는 *.domain 접미사, 주소. *는 전체.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>프록시 제외(&amp;W):</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>추가 CA 인증서가 담긴 PEM 파일(선택 사항)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 인증서 (*.pem *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>이 공급자의 자체 서명 인증서 허용(사내 게이트웨이)(&amp;S)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>공급자가 응답할 때까지(기본값 15초)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>응답 시작부터 첫 단어까지(기본값 120초)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>응답 도중 허용하는 가장 긴 멈춤(기본값 90초)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>첫 토큰:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>유휴:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>시간 제한:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>시간 초과, 네트워크 오류 또는 과부하 응답 후 같은 공급자에 추가로 시도하는 횟수(기본값 1, 라우트 자체 설정이 우선)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>재시도(&amp;E):</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>키체인에 보관됩니다</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>키체인에 저장됨. 입력하면 바뀝니다</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>호출이 공급자에 도달하는 방식입니다. 공급자마다 자체 설정을 둘 수 있습니다(공급자 페이지).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>네트워크 설정을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>네트워크 설정을 저장하지 않았습니다: 프록시 비밀번호를 키체인에 저장할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>프록시 비밀번호를 키체인에 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>답변 중지 또는 편집 취소</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>시스템 프롬프트와 매개변수</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
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
        <translation>공급자 열기</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>대화 열기</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>먼저 모델을 고르세요. 모델이 없나요? 공급자 페이지에서 공급자를 추가하세요.</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>지식 베이스를 검색할 수 없었습니다: %1. 지식에서 다른 컬렉션을 고르거나(또는 끄고) 다시 시도를 누르세요. 질문은 유지됩니다.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>답변을 저장할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>대화를 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>코드를 복사했습니다.</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>아직 설정된 공급자가 없습니다.

공급자 페이지에서 공급자를 추가한 뒤(OpenAI, Anthropic, Gemini 또는 OpenAI 호환 서비스의 API 키, 또는 로컬 Ollama) 여기로 돌아와 채팅하세요.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>공급자가 아직 모델을 제공하지 않습니다. 공급자 페이지에서 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>위에서 모델을 고르고 아래에 메시지를 쓰세요.

Enter로 보내고, Shift+Enter로 줄을 추가하고, Esc로 답변을 중지합니다. Ctrl+N은 새 대화를 시작하고, Ctrl+K는 대화를 검색합니다.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>라우팅 결정</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>이 답변의 라우팅 결정이 (아직) 사용량 원장에 없습니다.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”에 쓸 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>아직 내보낼 내용이 없습니다: 먼저 메시지를 보내세요.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Markdown으로 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>JSON으로 내보내기</translation>
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
        <translation>공급자</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>선택된 공급자가 없습니다.

&quot;추가&quot;로 추가하세요: OpenAI, Anthropic, Gemini, Ollama 또는 OpenAI 호환 서비스.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>모델 이름에 사용됩니다: ID/모델. 영문 소문자, 숫자, &apos;-&apos;, &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>기본 URL(&amp;U):</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>도구 스키마를 Gemini의 이전 Schema 형식으로 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>JSON Schema(parametersJsonSchema)를 거부하는 모델이나 엔드포인트용: 도구와 출력 스키마를 Gemini의 OpenAPI 하위 집합으로 다시 쓰고, 지원하지 않는 키워드는 뺍니다.</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>모델 (체크한 모델을 제공. 목록이 비어 있으면 이 종류의 카탈로그 모델을 제공):</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>입력 토큰 100만 개당 미국 달러</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>출력 토큰 100만 개당 미국 달러</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>모델이 받을 수 있는 최대 토큰 수 (프롬프트와 답변)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M 입력(&amp;I):</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M 출력(&amp;U):</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>컨텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>모델 가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>공급자 저장</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (사용 안 함)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>새 공급자: 키를 입력한 뒤 저장하세요. 연결은 언제든 테스트할 수 있습니다.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (필수)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>로컬 서버는 보통 키가 필요 없습니다.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>키는 시스템 키체인에 보관되거나 환경 변수에서 읽습니다.</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>%1 가격:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>가격을 설정할 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• 키체인에 %1(으)로 저장됨. 입력하면 바꿉니다</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>키 붙여넣기 (키체인에 저장되며 파일에는 절대 저장되지 않음)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>변수_이름</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>저장되지 않음: 모델을 하나 이상 체크하세요 (목록이 비어 있으면 대신 카탈로그의 모델이 제공됩니다).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>저장되지 않음: 키를 담은 환경 변수의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>저장되지 않음: 먼저 API 키를 붙여넣으세요 (또는 환경 변수를 고르세요).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>키체인에 키를 저장하는 중…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>저장되지 않음: 키를 키체인에 저장할 수 없었습니다 (%1). 환경에서 읽으려면 &quot;환경 변수&quot;를 고르세요.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>공급자 제거</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>공급자 &quot;%1&quot;을(를) 제거할까요? 키는 키체인에서 삭제되고, 사용 기록은 유지됩니다.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>키를 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>모델을 가져오는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>%1ms 만에 연결됨: 모델 %n개 사용 가능.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>이 공급자 자체의 네트워크 설정입니다. 빈 항목은 설정(네트워크)을 따릅니다.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>저장하지 않았습니다: 프록시 비밀번호를 키체인에 저장할 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>로컬 프록시</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>이 컴퓨터의 도구(Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, OpenAI·Anthropic·Google Gen AI SDK)는 여기서 제공하는 OpenAI, Responses, Anthropic, Gemini 엔드포인트를 통해 공급자와 라우트를 사용할 수 있습니다. 모든 호출은 앱 자체의 호출처럼 라우팅되고, 예산이 적용되며, 집계됩니다.</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>프록시 켜기(&amp;P)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>다른 컴퓨터에서 접근 가능 (키 필요)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>허용할 웹 페이지(&amp;W):</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>없음 (예: http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>브라우저에서 프록시를 호출할 수 있는 웹 페이지의 출처(쉼표로 구분). 다른 출처의 페이지는 거부됩니다. 출처는 브라우저가 보내는 그대로의 스킴, 호스트, 포트입니다: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>이 컴퓨터의 다른 이름(&amp;N):</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>없음 (예: gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>다른 컴퓨터가 이 프록시에 접근할 때 쓰는 호스트 이름. 다른 호스트를 지정한 요청은 거부됩니다(루프백 이름과 IP 주소는 항상 허용). 이렇게 DNS 리바인딩을 막습니다.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>허용 모델</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>도구용 새 키, 키체인에 저장</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>제거(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>선택한 키 제거</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>제한(&amp;L)…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>이 키가 호출할 수 있는 모델, 분당 요청 수, 월 지출 한도</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>키를 선택하세요</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>보기(&amp;H)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>키 복사</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>설정 방법</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>키가 포함된 설정을 복사합니다</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>URL 복사(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>토큰 입력/출력</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>지연 시간 / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>새 프록시 키</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>이 키를 사용할 도구 이름:</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>&quot;%1&quot;의 키:

%2

키체인에 저장되어 있습니다. 이 페이지에서 언제든 키나 바로 쓸 수 있는 설정을 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>키 &quot;%1&quot;의 제한</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>전체 (또는 예: openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>허용 모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>분당 요청 수(&amp;R):</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>월 지출 한도 ($)(&amp;S):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>지출 한도는 0 이상의 달러 금액이어야 합니다.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>프록시용 키를 만들 수 없었습니다: %1

키 없이 실행할까요? 그러면 이 컴퓨터의 모든 프로그램이 프록시를 사용해 크레딧을 쓸 수 있습니다(허용하지 않는 한 웹 페이지는 계속 거부됩니다).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>프록시 키</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>이제 도구가 프록시를 사용하려면 이 키를 보내야 합니다:

%1

키체인에 보관됩니다. 이 페이지에서 언제든 키나 도구용 설정을 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1에서 수신 대기 중</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, 키 없음</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>실행 중 아님: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>꺼짐. 켜면 http://%1:%2에서 제공합니다</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (스트림)</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms</source>
        <translation>%1ms / %2ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>키 없음: 이 컴퓨터의 모든 프로그램이 프록시를 사용해 크레딧을 쓸 수 있습니다. 위에서 허용한 출처가 아니면 웹 페이지는 거부됩니다. 새로 만들기…로 키를 만드세요.</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>도구마다 키 하나: 키가 없는 도구는 거부됩니다. 키별 예산은 사용량 페이지에서 설정합니다.</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>%1에서 읽음</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>&quot;%1&quot;(이)라는 키가 이미 있습니다.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>키를 키체인에 저장할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>마지막 키 제거</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>키가 없으면 이 컴퓨터의 모든 프로그램이 프록시를 사용해 크레딧을 쓸 수 있습니다. 출처를 허용하지 않는 한 웹 페이지는 계속 거부됩니다.

&quot;%1&quot;을(를) 제거하고 키 없이 실행할까요?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>프록시 키 제거</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>키 &quot;%1&quot;을(를) 제거할까요? 이 키를 쓰는 도구는 401 오류를 받게 됩니다.</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(이전)</translation>
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
  모델 %3 추가

Cursor는 대부분의 요청을 자체 서버에서 보내므로 %1에 닿지 못합니다:
그 서버들이 접근할 수 있는 주소(&quot;다른 컴퓨터에서 접근 가능&quot;과 신뢰할 수 있는 터널)가 필요합니다.
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>편집(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>가상 모델</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>라우트</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>아직 가상 모델이나 라우트가 없습니다. 새로 만들기로 라우트(순서대로 시도할 모델)를 추가한 다음 가상 모델(클라이언트가 요청하는 이름)을 추가하세요.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>설명(&amp;P):</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>대체: 순서대로, 실패하면 다음</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>가중치: 가중치에 따라 배분</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>첫 토큰이 가장 빠름</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>가장 저렴함</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>가장 한가함</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>전략(&amp;S):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>끌어서 순서 변경: 이 순서가 대체 순서입니다. 가중치를 두 번 클릭하면 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>대상 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>위로 (대체 순서에서 앞으로)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>대상 제거</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>재시도 가능한 오류(속도 제한, 과부하, 시간 초과) 후 같은 대상에 추가로 시도할 횟수</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>재시도(&amp;R):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>재시도 전 첫 대기 시간. 재시도할 때마다 두 배가 됩니다</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>백오프(&amp;B):</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>공급자가 이보다 오래 기다리라고(Retry-After) 하면 대신 장애 조치합니다</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>최대 대기(&amp;W):</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>일치하는 규칙이 없을 때 쓰는 라우트</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>기본 라우트(&amp;D):</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>상한 없음</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>호출당 예상 비용이 이보다 높은 대상 건너뛰기</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>호출당 비용 상한(&amp;C):</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>예산 없음</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>최근 첫 토큰까지의 시간이 이보다 느린 대상 건너뛰기</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>지연 시간 예산(&amp;L):</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>생략하고 헤더로 알림</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>요청 거부</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>클라이언트가 요청했지만 선택한 모델의 API로는 실행할 수 없는 공급자 실행 도구(웹 검색, 코드 인터프리터, 파일 검색). 거부하면 그런 대상을 건너뛰고, 남은 대상이 없으면 도구 이름과 함께 400으로 응답합니다.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>실행할 수 없는 호스팅 도구(&amp;H):</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>없음 (예: handbook, contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>지식 베이스 컬렉션(쉼표로 구분): 이 모델을 거치는 모든 요청은 클라이언트가 어떤 API를 쓰든 이 컬렉션의 상위 구절을 번호 붙은 출처로 시스템 프롬프트에 받습니다</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>지식 컬렉션(&amp;K):</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>기본값 (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>요청이 받는 최대 구절 수 (토큰 예산 knowledgeTokens에도 맞아야 함)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>지식 구절 수(&amp;P):</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>필요 기능</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>최소 토큰</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>규칙은 위에서부터 시도하며, 처음 일치하는 규칙이 라우트를 고릅니다.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>규칙 추가(&amp;U)</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>규칙 위로 (먼저 시도)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>규칙 아래로</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>규칙 제거</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>양식은 마지막으로 읽을 수 있었던 버전을 보여 줍니다. 먼저 JSON을 고치세요: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>가상 모델: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>라우트: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>현재 이 모델을 제공하는 사용 중인 공급자가 없습니다</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (그런 라우트 없음)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>모든 크기</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>프롬프트가 이 토큰 수 이상으로 추정되면 일치합니다</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>냉각 중</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>가상 모델과 라우트</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>양식(&amp;O)</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>라우트는 대상(공급자/모델)과 전략(fallback, weighted, latency, cost, least_busy)을 나열합니다. 가상 모델은 클라이언트가 요청하는 이름이며, 그 규칙이 작업(summarize, code, reasoning, vision), 필요한 기능(tools, vision, json) 또는 프롬프트 크기에 따라 라우트를 고릅니다. 비용 상한(maxCostUsd)과 지연 시간 예산(latencyBudgetMs)은 선택 사항입니다.</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>예제 삽입(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>예시 프롬프트, 예: &quot;이 보고서를 요약해 줘&quot;</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>프롬프트(&amp;P):</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>프롬프트로 추정</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>도구 사용</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>이미지 포함</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>작업(&amp;T):</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>요청:</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>라우트 보기(&amp;S)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>예상 비용</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>선택 이유</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>시험 실행</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>실시간 상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>호출을 선택하면 그곳으로 간 이유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>최근 호출</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>라우팅 구성 적용</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>저장된 라우팅은 고칠 때까지 사용되지 않습니다: %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>텍스트가 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>구성은 &quot;virtualModels&quot;와 &quot;routes&quot;가 있는 객체입니다.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>알 수 없는 키: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>올바릅니다.</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>올바르지만, 컬렉션이 생길 때까지 이 가상 모델을 거치는 요청은 실패합니다 (switchboard-cli kb create 이름): %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>적용됨: 새 호출은 이 라우팅을 사용합니다.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>먼저 공급자를 추가하세요 (공급자 페이지): 라우트에는 대상이 필요합니다.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>가상 모델 %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>라우트 %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>직접</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>%1이(가) 선택</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>작업 %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (추정)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>입력 약 %1 토큰</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>대상 없음: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>%1(으)로 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>첫 번째 선택</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>대체</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>시험 호출: %n회 실패 후 회로가 반개방 상태이며, 호출 하나로 확인할 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source> · TTFT %1 ms</source>
        <translation> · TTFT %1ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 failed (%3%)</source>
        <translation>%2건 중 %1건 실패 (%3%)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>최근 오류율, 최신 호출에 더 높은 가중치 (라우팅이 사용하는 값): %1%</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1: 오류 예산 %2% 남음, 소진율 %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: 아직 호출 없음</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>강등됨: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · 라우팅에서 강등됨</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>%1의 실행 비교</translation>
    </message>
    <message>
        <source>A: %1, %2, %3, %4</source>
        <translation>A: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>B: %1, %2, %3, %4</source>
        <translation>B: %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Only the steps that changed</source>
        <translation>바뀐 단계만</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>출력 A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>출력 B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>모델 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>모델 B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>비용 A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>비용 B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>지연 시간 A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>지연 시간 B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>B에만 있음</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A에만 있음</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>현재 사용 중: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>데이터 디렉터리</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>데이터 디렉터리(&amp;D):</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>데이터 디렉터리는 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1은(는) 디렉터리가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Enter (Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>메시지 보내기 키(&amp;S):</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>로그인할 때 Switchboard 시작(&amp;L)</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>답변(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>답변 속 코드(&amp;O):</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>글꼴은 Playground와 비교의 답변에 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Playground와 비교의 프롬프트에 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>새 대화에 쓸 모델(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>비교 시작 모델(&amp;C):</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>아직 모델이 없습니다. 공급자 페이지에서 공급자를 추가한 뒤 여기서 고르세요.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>영구 보관</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>대화 보관 기간(&amp;K):</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>이 기간 동안 바뀌지 않은 Playground 대화는 시작할 때와 하루에 한 번 삭제됩니다.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>모든 로컬 데이터 지우기(&amp;L)…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>모든 로컬 데이터 지우기</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (더 이상 제공되지 않음)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>마지막으로 쓴 모델</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard를 종료하고 다음을 삭제한 뒤 빈 상태로 다시 시작합니다:

• %1 안: 데이터베이스(대화, 사용량 원장, 비교와 투표, 지식 컬렉션과 그 색인, 워크플로 실행 기록, 모니터링 기록)와 워크스페이스 파일(공급자, 경로, 예산, 프록시 키, 워크플로)
• 이 대화 상자의 모든 설정
• 워크스페이스가 가리키는 시스템 키체인의 키(공급자 키와 프록시 키)

남는 것: 환경 변수, 지식 베이스로 가져온 원본 파일, 내보낸 파일, 폴더의 다른 파일.

되돌릴 수 없습니다. 워크스페이스를 남기려면 먼저 내보내세요.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>트레이로 최소화해 시작(&amp;M)</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>그러면 시작할 때 로컬 프록시가 켜지고, 창은 트레이 아이콘에서 엽니다. 트레이가 없으면 평소처럼 열립니다.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>대화, 비교, 사용량, 작업 공간 파일은 데이터 디렉터리에 있습니다. 새 데이터 디렉터리는 다시 시작한 후 적용되며, 파일은 옮겨지지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>출처 [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>%1–%2번째 문자</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>페이지 열기</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>파일 열기</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>구절 복사</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>파일이 더 이상 %1에 없습니다: 가져온 뒤 옮겨졌거나 삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>단계 %1 비교</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>이번 실행에서 단계 %1이(가) 받은 입력을 체크한 모델들에 보내 비교에서 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>모델 %n개를 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>모델을 %1~%2개 선택하세요 (%3개 선택됨).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>캔버스에서 단계를 선택하면 편집할 수 있습니다. 팔레트에서 단계를 추가하려면 캔버스로 끌어오거나 두 번 클릭하세요. 단계의 오른쪽 포트에서 다른 단계로 끌면 연결됩니다.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>표시된 실행에서</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>다른 모델에서 비교…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>이 단계가 받은 입력(렌더링된 시스템·사용자 프롬프트와 매개변수)을 모델 2~6개에 보내 비교에서 나란히 보여 줍니다</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>단계 열기</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>이 반복 단계가 각 항목에 대해 실행하는 단계 편집 (또는 캔버스에서 두 번 클릭)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>알 수 없는 종류 &quot;%1&quot;: JSON 보기에서 고치세요.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>영문자, 숫자, &apos;_&apos;. 다른 단계는 이 단계를 steps.ID로 읽습니다</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>아직 JSON이 아닙니다 (%2 위치의 %1): 단계는 이전 스키마를 유지합니다.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>스키마는 JSON 객체입니다: 단계는 이전 스키마를 유지합니다.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>답변을 끝내는 시퀀스 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>최대 토큰</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지 시퀀스</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>토큰: 입력 %1, 출력 %2</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>비용: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>지연 시간: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>시도 횟수: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>분기: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>녹화에서 재생됨</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>단계 종류</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>캔버스로 끌어오거나 두 번 클릭하세요.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>뷰어</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>팀 서버:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>작업 공간에서 종류가 Switchboard 팀 서버인 공급자</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>팀을 불러오는 중…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>새 키를 지금 복사하세요. 서버는 해시만 저장하므로 다시 표시할 수 없습니다. 안전한 경로로 멤버에게 전달하세요.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>복사했습니다</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>활성 키</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>새 멤버 이름</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>멤버 추가</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>선택됨:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>요청/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>폐기된 키 표시</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>새 키를 소유할 멤버</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>레이블(예: 노트북)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>이 키가 팀의 모든 서버를 합쳐 분당 보낼 수 있는 요청 수(0: 제한 없음)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>키 생성</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>교체…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>같은 멤버, 레이블, 제한으로 새 키를 만들고 선택한 키는 즉시 작동을 멈춥니다</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>폐기…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>수행자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>키를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>이 작업 공간에는 팀 서버가 없습니다. 공급자에서 종류가 &quot;Switchboard 팀 서버&quot;인 공급자를 서버 주소와 멤버 키로 추가하세요.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>현재 &lt;b&gt;%1&lt;/b&gt;, 역할: %2입니다.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>멤버, 키, 감사 로그는 팀 관리자만 보고 관리할 수 있습니다. 새 키나 다른 역할은 관리자에게 요청하세요.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>폐기됨 %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>교체됨, 현재 %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>팀 관리자만 할 수 있습니다. 현재 역할은 %1입니다.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1이(가) 팀에 합류했습니다. 역할: %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1의 역할이 이제 %2입니다.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>멤버 제거</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>%1을(를) 팀에서 제거할까요? 키는 즉시 작동을 멈추며, 원장과 감사 로그에는 이름이 남습니다.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1을(를) 팀에서 제거했습니다.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>%2의 키 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>키 폐기</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>키 %1을(를) 폐기할까요? 이 키를 쓰는 모든 도구가 지금부터 팀의 모든 서버에서 거부됩니다.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>키 %1을(를) 폐기했습니다.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>키 교체</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>키 %1을(를) 새 키로 바꿀까요? 이전 키는 즉시 작동을 멈추며 멤버에게 새 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>키 %1이(가) %2(으)로 교체되었습니다.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>일별</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>팀 서버에서 멤버, 키, 예산, 감사 로그를 다시 불러옵니다</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>소프트 한도</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>하드 한도</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>정의 위치</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>진행 중인 호출에 아직 들 수 있는 비용: 끝날 때까지 하드 한도에서 잡아 둡니다</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>소프트 한도는 멤버의 지출이 도달하면 경고합니다. 하드 한도는 지출과 진행 중인 호출이 한도를 넘을 수 있게 되면 팀의 모든 서버를 합쳐 그 멤버의 호출을 거부합니다. 한도가 없으려면 비워 두세요.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>예산을 적용할 멤버</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>UTC 기준 일 또는 UTC 기준 달력 월</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>소프트 $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>하드 $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>예산 저장</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>이 기간의 멤버 예산을 설정하여 기존 예산을 대체합니다</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>선택한 예산을 삭제합니다</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>서버의 작업 공간 파일</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>응답한 서버의 작업 공간 파일에 설정되어 있습니다. 거기서 바꾸거나, 여기서 이 기간의 멤버 예산을 설정하면 팀의 모든 서버에서 대체됩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>&quot;%1&quot;은(는) 달러 금액이 아닙니다. 12.50 같은 숫자를 입력하거나 한도를 비워 두세요.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>소프트 한도, 하드 한도 또는 둘 다 입력하세요. 예산을 없애려면 선택한 뒤 삭제를 누르세요.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>%1의 예산(%2)을 저장했습니다.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>예산 삭제</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>%1의 예산(%2)을 삭제할까요? 팀의 모든 서버에서 그 멤버의 호출이 더 이상 이 예산으로 제한되지 않습니다.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>%1의 예산(%2)을 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>템플릿으로 새 워크플로 만들기</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>템플릿의 각 슬롯에서 사용할 항목. 비워 두면 슬롯 이름이 그대로 쓰이며, 그 이름은 작업 공간의 가상 모델, 라우트 또는 컬렉션이어야 합니다.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (모델): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (컬렉션): %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard는 스스로 아무것도 내려받거나 설치하지 않습니다. 다운로드 페이지를 열거나 패키지 관리자로 업데이트하세요.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>다운로드 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>이 버전 건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>%1에서 새 버전을 확인하는 중…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1이(가) 최신 버전입니다.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Switchboard %1이(가) 나왔습니다. 사용 중인 버전은 %2입니다.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>이 버전을 건너뛰기로 했습니다. 더 새로운 버전이 나오면 Switchboard가 다시 알려 드립니다.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (사전 릴리스)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1 (%2 출시)</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>이 버전에 대한 설명이 없습니다.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…그 밖에 이전 버전 %1개가 있습니다. 다운로드 페이지를 보세요.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>사전 릴리스도 알리기(&amp;P)</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>릴리스 피드(&amp;F):</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>지금 확인(&amp;N)…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>확인하지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>빌드할 때 설정됨</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>이 설치는 관리되고 있습니다(%1). 새 버전은 패키지 관리자나 관리자를 통해 제공되므로, 직접 켜지 않는 한 자동 확인은 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>마지막 확인: %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>마지막 확인: %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>업데이트 설정이 저장되지 않았습니다: %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>새 버전 자동 확인(&amp;A)</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>자동 확인은 시작할 때 한 번, 그 뒤로는 하루 최대 한 번 실행됩니다. 확인하면 피드(네트워크 설정을 거쳐 받는 작은 JSON 파일)를 읽고 새로운 내용을 창에 보여 줍니다. Switchboard는 스스로 아무것도 내려받거나 설치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>웹 페이지 추가</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>&quot;%1&quot;(으)로 가져올 웹 페이지(&amp;W), 한 줄에 주소 하나:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>각 페이지를 가져와(최대 64MB, 30초) 콘텐츠 형식에 따라 읽습니다: HTML, Markdown, 텍스트, CSV, JSON, PDF 또는 오피스 문서. 바뀌지 않은 페이지는 다시 추가해도 다시 임베딩하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>%1행: &quot;%2&quot; 앞에 http:// 또는 https://가 없습니다. 전체 주소를 쓰세요. 예: https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>%1행: &quot;%2&quot;은(는) 올바른 웹 주소가 아닙니다. 공백이나 오타가 없는지 확인하거나 브라우저 주소 표시줄에서 복사하세요.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>%1행: &quot;%2&quot;은(는) 웹 페이지가 아닙니다: http://와 https:// 주소만 가져올 수 있습니다. 로컬 파일은 파일 추가로 추가하세요.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>%1행: &quot;%2&quot;에 서버 이름이 없습니다. https://example.com/page처럼 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>가져올 페이지 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작하는 주소를 하나 이상 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>지출(&amp;S)</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>종류별 UTC 일간 토큰. 출력에는 추론이 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>토큰(&amp;T)</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>모델별(가장 바쁜 %1개) 성공한 호출의 지연 시간과 첫 토큰까지의 시간, 밀리초 단위.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>지연 시간(&amp;L)</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>공급자별 실패한 시도의 비율 (취소된 호출은 오류가 아님).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>오류(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>지출 상위(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>호출(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>예산(&amp;B)</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>막대를 가리키면 값이 표시됩니다.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>원장 다시 읽기</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>기간(&amp;R):</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>첫날 (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>마지막 날 (UTC), 포함</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>공급자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>출처(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>키(&amp;K):</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>원장을 읽는 중…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>새로 고침(&amp;E)</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>원장 다시 읽기 (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>UTC 일별 지출, 누적 기준</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>키 (프록시 키, 대화)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>비용순 키 (프록시 키, 대화, 비교)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>가장 비싼 요청</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>사용량을 볼 수 없습니다: 원장이 실행 중이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>이 기간의 호출 %n건이 가격이 없는 모델을 사용했습니다: 비용을 알 수 없으며 합계, 차트, 예산에서 빠집니다. 공급자 페이지에서 모델 가격을 설정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>지출 %1 · 호출 %2건 (요청 %3건) · 토큰 %4 · 오류율 %5% (오류 %6건)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>원장을 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>예산 하드 한도 도달: %1, %3 중 %2 지출. 해당 호출은 거부됩니다.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>예산 소프트 한도 도달: %1, %3 중 %2 지출.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>팀 서버</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>팀 서버: 내 것</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>어느 원장인지: 이 컴퓨터의 것 또는 팀 서버의 것 (관리자와 뷰어는 모든 멤버의 호출을, 멤버는 자신의 호출만 봅니다)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>데이터(&amp;D):</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>모든 멤버</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>멤버(&amp;B):</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>팀 서버의 호출은 모두 그 프록시를 거칩니다</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>팀의 호출과 그 프롬프트는 팀 서버에 남습니다</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>멤버의 예산은 팀 페이지에 있습니다</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>팀 서버의 원장을 읽는 중…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>팀 서버 &quot;%2&quot;에서 내(%1) 호출.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>팀 서버 &quot;%2&quot;에서 내(%1) 호출: 멤버는 자신의 호출만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>팀 서버 &quot;%1&quot;에서 모든 멤버의 호출.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>팀 서버 &quot;%2&quot;에서 %1의 호출.</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>팀 서버의 사용량을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>백분위수는 일별 히스토그램에서 추정한 값입니다(오차 %1 이내).</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>팀 서버는 모든 호출이 아니라 일별 지연 시간 히스토그램에서 백분위수를 계산합니다. 호출 수는 정확합니다.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>작업 공간 일일 예산</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>작업 공간 월간 예산</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>공급자 %1의 일일 예산</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>공급자 %1의 월간 예산</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>프록시 키 %1의 일일 예산</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>프록시 키 %1의 월간 예산</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>팀 구성원 %1의 일일 예산</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>팀 구성원 %1의 월간 예산</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>%1의 버전</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>버전 %1과 버전 %2가 같습니다.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>버전 %1에서 버전 %2로 바뀐 내용:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>단계 %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>반복 %1 안</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>연결선 %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>%1일 때</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Switchboard에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard에 오신 것을 환영합니다&lt;/h2&gt;&lt;p&gt;첫 번째 모델 공급자를 연결해 보겠습니다. Switchboard가 이미 가지고 있는 API 키와 이 컴퓨터에서 실행 중인 모델을 찾습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>환경 변수의 API 키와 이 컴퓨터의 Ollama 또는 LM Studio를 찾는 중…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>찾은 공급자</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>키는 시스템 키체인에 저장되며 작업 공간 파일에는 절대 저장되지 않습니다. 각 공급자는 추가하기 전에 테스트합니다.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>공급자 페이지에서 직접 공급자를 설정하세요. 도움말 &gt; 시작하기에서 이 화면을 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>추가 및 테스트(&amp;A)</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Playground 열기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>공급자 열기(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>이 컴퓨터의 %1: 모델 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1(키: %2)</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>환경 변수에서 API 키를 찾지 못했고 이 컴퓨터에서 Ollama나 LM Studio도 응답하지 않았습니다. 공급자 콘솔에서 받은 키로 공급자 페이지에서 공급자를 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>공급자 %n개를 찾았습니다. 추가하지 않을 항목은 선택을 해제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: 추가하지 않음: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: %2ms 만에 연결됨, 모델 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: 추가하지 않음: 키를 키체인에 저장할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>공급자를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>공급자를 추가할 수 없습니다. 아래 메시지를 확인한 다음 공급자 페이지에서 공급자를 추가하세요.</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>완료되었습니다. 공급자가 저장되어 Playground에서 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>연결선 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>단계 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>단계 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>단계 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>연결선은 한 그래프 안에서만 이어집니다: &quot;%1&quot;과(와) &quot;%2&quot;는 같은 그래프에 있지 않습니다.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>단계는 자기 자신 뒤에 올 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>&quot;%1&quot;은(는) 이미 &quot;%2&quot;에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>&quot;%1&quot;은(는) 이미 &quot;%2&quot; 뒤에 실행됩니다: 이 연결선은 순환을 만들며, 각 단계는 한 번만 실행됩니다.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>%1을(를) %2에 연결 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2의 %1 편집</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>ID는 영문자나 &apos;_&apos;로 시작하고 영문자, 숫자, &apos;_&apos;로 이루어집니다 (최대 64자).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>다른 단계의 이름이 &quot;%1&quot;입니다. ID는 워크플로 안에서 고유해야 합니다.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>워크플로의 %1 편집</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>단계 %n개 붙여넣기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>영문자, 숫자, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;. 프록시는 이 워크플로를 모델 workflow:이름으로 제공합니다</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>실행이 받는 입력 (템플릿과 식에서는 input.이름):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>입력 추가</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>입력 제거</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>실행을 두 번 클릭하면 캔버스에서 단계를 보고, 두 개를 선택하면 비교합니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>실행의 단계를 캔버스에 표시</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>실행 두 개를 선택하면 단계별로 비교합니다</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>이 워크플로의 실행이 아직 없습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>%1번째 시도</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>새 워크플로: 모델이 입력의 텍스트에 답변합니다</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>저장된 상태의 워크플로 사본</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>워크플로 이름 바꾸기 (저장됨)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>템플릿…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>템플릿으로 새 워크플로 만들기: 문서 분류, 지원 답변, 코드 리뷰, 일괄 번역</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>파일에서 워크플로 추가</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>편집기에 있는 그대로의 워크플로를 파일로 저장</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 뒤로</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>워크플로 자체의 단계로 돌아가기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>워크플로를 작업 공간에 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>의존 관계에 따라 단계를 계층으로 배치 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>확대 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>모든 단계 보기 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 다시 실행 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>작업 공간에 저장된 워크플로입니다. 여기서 편집해 적용하거나 캔버스와 검사기를 사용하세요.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>JSON이 아님: %2 위치의 %1.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>워크플로는 JSON 객체입니다.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>JSON으로 편집</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>적용했습니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>워크플로 저장</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>의존 관계에 따라 단계 정렬</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>모든 단계가 보이게 확대/축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>워크플로 실행</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>선택한 단계 복사</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>단계 붙여넣기</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>선택한 단계와 연결선 삭제</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>모든 단계 선택</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>&quot;%1&quot;의 변경 사항을 저장할까요? (아니요를 누르면 버립니다.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>아직 워크플로가 없습니다: 새로 만들기를 눌러 시작하세요.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>저장되지 않음: 워크플로 이름을 입력하세요 (워크플로 탭).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>저장되지 않음: 다른 워크플로의 이름이 &quot;%1&quot;입니다. 다른 이름을 고르세요 (워크플로 탭).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>저장했습니다. 문제 %n개 때문에 실행할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>&quot;%1&quot;의 이름을 &quot;%2&quot;(으)로 바꾸고 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>워크플로 삭제</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>작업 공간에서 워크플로 &quot;%1&quot;을(를) 삭제할까요? 실행은 기록에 남습니다.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (각 항목)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>단계 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>클립보드에 붙여넣을 단계가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>단계 %n개를 붙여넣었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>단계 정렬</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>문제 없음: 워크플로를 실행할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>문제 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>라우터가 실행 중이 아닙니다: 먼저 공급자를 추가하세요 (공급자 페이지).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>먼저 문제를 고치세요 (캔버스 아래에 나열되어 있습니다).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>항목 %n개 중 %1개 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>먼저 실행을 다시 시작한 뒤 값을 거부하세요.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>실행 다시 시작</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>실행 %1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>실행 중 하나가 더 이상 기록에 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>&quot;%1&quot;은(는) 작업 공간에 저장되었지만 버전은 보관되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>&quot;%2&quot;의 버전 %1을(를) 복원할까요? 최신 버전으로 저장되며, 편집기에서 실행 취소하면 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>저장하지 않은 변경 사항이 바뀝니다 (실행 취소로 되살릴 수 있음).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>버전 복원</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>버전 %1 복원</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>버전 %1을(를) 복원하고 최신 버전으로 저장했습니다 (실행 취소로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>버전 비교</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>템플릿으로 새 워크플로 만들기</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>템플릿 &quot;%2&quot;에서 &quot;%1&quot;을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>워크플로 가져오기</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>워크플로 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>작업 공간에 &quot;%1&quot;(이)라는 다른 워크플로가 있습니다. 바꿀까요(기존 것은 버전에 남음), 둘 다 유지할까요, 아니면 파일의 워크플로를 다른 이름으로 가져올까요?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>다른 이름…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>가져올 워크플로의 이름:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>작업 공간에 이미 &quot;%1&quot;이(가) 있으며 변경 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>&quot;%1&quot;을(를) 파일의 워크플로로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>워크플로 내보내기</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot;을(를) %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>표시된 실행에서 완료된 모델 단계만 비교할 수 있습니다. 먼저 워크플로를 실행하세요.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>모델을 %1~%2개 선택하세요.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>이 단계 비교</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>비교는 텍스트만 보냅니다: 단계가 받은 파일 %n개는 제외됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>다른 워크플로의 이름이 &quot;%1&quot;입니다</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>JSON 파일에서 불러오기…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>안의 {&quot;file&quot;: &quot;경로&quot;}는 그 파일의 내용을 뜻합니다</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>실행 비용이 이 금액을 넘게 만드는 단계는 시작하지 않습니다</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>비용 상한</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>편집기에 있는 그대로 워크플로 실행 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>실행이 멈춘 곳부터 계속합니다. 완료된 단계는 다시 실행하지 않습니다</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>검토 대기 중</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>승인 전에 값을 편집하면 내 버전이 전달됩니다 (JSON 또는 일반 텍스트)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>이유 (거부용)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>아직 실행이 없습니다. 입력을 채우고 실행을 누르세요.</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>실행 출력</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>입력 (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>읽을 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>입력이 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1은(는) JSON이 아닙니다: JSON으로 쓰세요. 예: [&quot;a&quot;, &quot;b&quot;] 또는 {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1은(는) 하나의 JSON 값이 아닙니다.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>입력 불러오기</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>다시 시작하면 완료된 단계를 반복하지 않고 계속합니다.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>단계 %1이(가) 대기 중: 값을 승인하거나(먼저 편집하면 내 버전이 전달됨) 거부하세요.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>단계 %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>작성자와 이유</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>버전 번호</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>저장된 모든 버전이 보관됩니다. 하나를 선택하면 복원하고, 두 개를 선택하면 비교합니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>선택한 버전을 다시 최신 버전으로 만듭니다 (편집기에서 실행 취소하면 되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>버전 두 개를 선택하면 바뀐 내용을 단계별로 봅니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>app</source>
        <translation>앱</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>작업 공간 파일</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>작업 공간 파일에 있던 그대로</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>버전 %1 복원됨</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>템플릿 %1에서</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>아직 저장된 버전이 없습니다: 저장할 때마다 하나씩 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>버전 %n개, 삭제된 버전 없음.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>작업 공간에는 공급자, 라우트, 프록시 설정, 예산이 들어 있습니다. 팀은 파일을 내보내고 가져와 공유하며, 키는 각자의 키체인에 남습니다.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>공급자:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>라우팅:</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>로컬 프록시:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>데이터 디렉터리:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>비밀 정보</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>키체인:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>키는 시스템 키체인에 저장되어 작업 공간에서 keychain:이름으로 참조되거나, 환경에서 env:VAR로 읽힙니다. 파일, 로그, 데이터베이스에는 절대 기록되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>공급자 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n개 사용</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>가상 모델 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>라우트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>예산 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>키 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (스키마 버전 %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>열리지 않음</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>작업 공간 이름 바꾸기</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>사용 가능 (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>사용 불가: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>작업 공간 가져오기</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Switchboard 작업 공간 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>파일을 가져오지 않았습니다. 작업 공간은 바뀌지 않았습니다.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>작업 공간 &quot;%1&quot;(%2)을(를) %5의 &quot;%3&quot;(%4)(으)로 바꿀까요?

키는 파일에 포함되지 않습니다: keychain:이름 같은 참조는 내 키체인에 있어야 합니다.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>작업 공간 내보내기</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Switchboard 작업 공간 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>%1(으)로 내보냈습니다. 파일에는 키 참조만 있고 키 자체는 없습니다.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>%1을(를) 변경할 수 없습니다. 계정이 자신의 Run 키를 편집할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>%1을(를) 제거할 수 없습니다. 파일을 직접 삭제하거나 폴더를 쓰기 가능하게 하세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>%1 폴더를 만들 수 없습니다. 상위 폴더를 쓰기 가능하게 한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>%1에 쓸 수 없습니다. 폴더를 쓰기 가능하게 한 다음 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>JSON이 아닙니다(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>Switchboard 릴리스 피드가 아닙니다(&quot;format&quot;: &quot;%1&quot;과 &quot;releases&quot; 목록을 가진 객체여야 합니다)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>피드 형식 &quot;%1&quot;은(는) 이 버전이 읽지 않습니다(&quot;%2&quot;를 읽습니다)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>피드에 릴리스가 %1개 있어 이 버전이 읽는 %2개를 넘습니다</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>MAJOR.MINOR.PATCH 형식의 버전을 가진 릴리스가 없습니다</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>피드 URL은 https://example.org/releases.json처럼 http 또는 https 주소여야 합니다</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>릴리스 피드가 설정되지 않았습니다. 설정의 업데이트에서 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>릴리스 피드 %1을(를) 확인할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>업데이트를 확인할 수 없습니다: %1. 네트워크 프록시 비밀번호를 확인하세요(설정, 네트워크).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>업데이트를 확인할 수 없습니다: 네트워크 설정을 사용할 수 없습니다(%1). 설정, 네트워크에서 고치세요.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>%1의 응답이 %2 KiB보다 큽니다. 릴리스 피드로는 너무 큽니다. 설정, 업데이트에서 피드 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1은(는) 릴리스 피드가 아닙니다. JSON 형식이 잘못되었습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1은(는) 릴리스 피드가 아닙니다. JSON 대신 %2을(를) 보냈습니다. 설정, 업데이트에서 피드 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>다른 형식</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>%1의 릴리스 피드가 HTTP 상태 %2(으)로 응답했습니다. 설정, 업데이트에서 피드 URL을 확인하세요.</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>%1의 릴리스 피드가 제시간에 응답하지 않았습니다(%2). 네트워크 설정(설정, 네트워크)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>%1의 릴리스 피드에 연결할 수 없습니다: %2. 주소와 네트워크 설정(설정, 네트워크)을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1은(는) 이 버전이 읽을 수 있는 릴리스 피드가 아닙니다: %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>%1이(가) 아니라 단계의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>%1이(가) 아니라 엣지의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>id와 kind가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>이름이어야 합니다</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>필수 (%1 중 하나)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>from과 to가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>알 수 없는 키 &quot;%1&quot; (엣지에는 from, to, when이 있습니다)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>true, false 또는 레이블이어야 합니다</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>map에는 각 항목마다 실행할 단계가 필요합니다</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>각 항목의 결과는 출력 단계의 값이거나, 뒤따르는 것이 없는 유일한 단계의 값입니다. 출력 단계를 추가하세요</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>필수: 엣지가 떠나는 단계의 id</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>필수: 엣지가 들어가는 단계의 id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>&quot;%1&quot;은(는) 자기 자신 뒤에 올 수 없습니다</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>&quot;%1&quot;에서 &quot;%2&quot;(으)로 가는 같은 엣지가 두 번 있습니다</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>조건 &quot;%1&quot;에서 나오는 엣지는 언제 선택되는지 밝힙니다: true 또는 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot;의 레이블이 아닙니다 (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>조건이나 분류 단계에서 나오는 엣지만 when을 가집니다. &quot;%1&quot;은(는) 종류가 %2인 단계입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>&quot;%1&quot;은(는) 이 map의 단계 밖에 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>&quot;%1&quot;은(는) map &quot;%2&quot; 안에 있습니다. 엣지는 한 map의 단계 안에 머뭅니다</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 단계가 없습니다</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>단계가 순환을 이룹니다: %1. 워크플로는 각 단계를 한 번만 실행합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>&quot;%1&quot;은(는) 영문자나 &apos;_&apos;로 시작하고 영문자, 숫자, &apos;_&apos;만 포함해야 합니다 (최대 64자)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>알 수 없는 필드입니다. %1 단계에는 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>모델, 지식 베이스 또는 문서 판독기를 호출하는 단계만 재시도와 시간 제한이 있습니다. %1 단계는 둘 다 하지 않습니다</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1이(가) 아니라 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>모델을 지정하세요: PROVIDER/MODEL, 라우트 또는 가상 모델</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>%1이(가) 아니라 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>%1이(가) 아니라 텍스트로 된 식이어야 합니다</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>%1이(가) 아니라 식의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>텍스트로 된 식이어야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1부터 %2까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>%1이(가) 아니라 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>%1이(가) 아니라 문자열의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>%1이(가) 아니라 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>%1이(가) 아니라 JSON Schema 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>0부터 2까지의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>0부터 1까지의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>%1부터 1000000000까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>minimal, low, medium, high 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>문자열의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>알 수 없는 매개변수입니다. temperature, topP, maxTokens, reasoningEffort, seed, stop이 있습니다</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>분류 단계에는 레이블이 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>지식 베이스 컬렉션을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1은(는) %3이(가) 아니라 %2을(를) 받습니다</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>%1에 필수: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>만들 텍스트 ({{...}} 빈칸 포함)</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>처리할 값 (예: steps.extract.output)</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>값 안에서 찾을 위치 (예: items[0].name)</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>total이나 items[0].name 같은 경로여야 합니다</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>패턴에 괄호로 묶인 그룹이 %1개 있습니다. group은 그중 하나이거나 전체 일치를 뜻하는 0입니다</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1은(는) map의 단계 안에만 있습니다</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run에는 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>알 수 없는 이름 &quot;%1&quot;. 경로는 input, steps, run%2(으)로 시작합니다</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>단계를 지정하세요: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1은(는) 단계가 가진 것이 아닙니다. %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>단계는 자신의 결과를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1은(는) %2보다 먼저 실행되지 않습니다. %1(또는 그 뒤의 단계)에서 %2(으)로 가는 엣지를 추가하세요</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1은(는) map &quot;%2&quot; 안에서 항목마다 실행됩니다. steps.%2.output을 읽으세요</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1은(는) %2보다 먼저 실행되지 않습니다</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>필수 (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1이어야 합니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1은(는) 더 새로운 Switchboard가 작성했습니다 (이 빌드는 %2까지 읽습니다)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>알 수 없는 키 (워크플로에는 %1이(가) 있습니다)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>JSON Schema 객체여야 합니다</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>워크플로 %1이(가) 올바르지 않습니다:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>&quot;%1&quot;은(는) 영문자, 숫자, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;로만 이루어져야 합니다 (최대 64자)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>워크플로에는 단계가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>&quot;%1&quot;은(는) 다른 단계의 id입니다. id는 워크플로 안에서 고유합니다</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>출력 단계를 추가하세요: 실행이 무엇을 반환하는지 나타냅니다</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>다른 워크플로의 이름이 &quot;%1&quot;입니다</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null(값 없음)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언 값</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>숫자 %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>숫자 바로 뒤에 이름이 올 수 없습니다(&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>알 수 없는 이스케이프 &apos;\%1&apos;입니다(\&quot;, \&apos;, \\, \n 또는 \t를 쓰세요)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>문자열이 닫히지 않았습니다(%1을(를) 추가하세요)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>예상하지 못한 문자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos;는 비교하지 않습니다. ==를 쓰세요</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>완성된 식 뒤에 예상하지 못한 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 뒤에 값이 와야 합니다</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>비교는 연달아 쓸 수 없습니다. &apos;and&apos;로 이으세요</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>값이 와야 합니다</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>위치 %1의 &apos;(&apos;를 닫을 &apos;)&apos;가 와야 하는데 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>값이 와야 하는데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>값이 와야 하는데 &apos;%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>알 수 없는 함수 &apos;%1&apos;입니다(사용 가능한 함수: %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>%1 호출에는 &apos;,&apos; 또는 &apos;)&apos;가 와야 하는데 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1()는 값을 하나만 받습니다(%2개가 아님)</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>&apos;.&apos; 뒤에 이름이 와야 하는데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>목록 인덱스는 정수여야 합니다(%1이(가) 아님)</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>&apos;[&apos; 뒤에는 목록 인덱스나 따옴표로 묶은 키가 와야 하는데 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>위치 %1의 &apos;[&apos;를 닫을 &apos;]&apos;가 와야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos;(으)로는 %2와(과) %3의 크기를 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>문자열에는 %1이(가) 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos;에는 문자열, 목록 또는 객체가 필요합니다(%2이(가) 아님)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos;에는 숫자가 필요합니다(%2와(과) %3이(가) 아님)</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>0으로 나누기</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len()에는 문자열, 목록 또는 객체가 필요합니다(%1이(가) 아님)</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number()는 %1을(를) 숫자로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos;에는 숫자가 필요합니다(%1이(가) 아님)</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos;가 &apos;}}&apos;로 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }}가 비어 있습니다. 안에 값을 넣으세요(예: {{input.text}})</translation>
    </message>
</context>
</TS>
