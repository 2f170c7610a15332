<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>Не удаётся удалить %1: закройте программы, которые его используют, и снова запустите Switchboard.</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>Запрошено: %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>Протокол клиента: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Виртуальная модель: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>Маршрут: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>Выбрано правилом: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>Задача: %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (предположительно)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  кандидат %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  пропущен %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Попытки:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: ответ за %3 мс</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: сбой через %3 мс, %4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; ожидание %1 мс перед следующей</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      изменено для этого провайдера: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Ответил: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  кандидат %1, понижен: %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>SLO «%1» расходует бюджет ошибок в %2 раза быстрее за 1 ч и в %3 раза за 5 мин (быстрый сигнал выше %4)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>прочее</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Расходы по дням</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1, %2: %3 (всего за день %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>Расходы по дням: за этот период вызовов нет</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ввод</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>рассуждение</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>кэш (чтение)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>запись в кэш</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Токены по дням</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>токены</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1 токенов, %2: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>задержка p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>задержка p95</translation>
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
        <translation>Задержка по моделям: за этот период успешных вызовов нет</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Задержка по моделям</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>миллисекунды</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2: %3 мс (успешных вызовов: %4)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>доля ошибок (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>Доля ошибок по провайдерам: за этот период вызовов нет</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>Доля ошибок по провайдерам</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>ошибок на попытку</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: %2% ошибок (%3 из %4 попыток; отменено: %5)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>любая метка</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>неизвестный тип «%1»</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>нет модели</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>каждый элемент %1 · внутри %n шаг</numerusform>
            <numerusform>каждый элемент %1 · внутри %n шага</numerusform>
            <numerusform>каждый элемент %1 · внутри %n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>список (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>объект (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>любой JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>Вызов LLM</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Для каждого</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>Извлечение текста</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Преобразование</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Проверка человеком</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>Отправляет модели (или маршруту, или виртуальной модели) системный и пользовательский промпт; может проверить ответ по JSON Schema.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>Просит модель выбрать одну из своих меток; связи выходят из шага по метке.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>Вычисляет выражение над предыдущими результатами; связи выходят из шага для «истина» и для «ложь».</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>Выполняет свои шаги для каждого элемента списка, по несколько за раз, и собирает результаты.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>Читает текст файла PDF, DOCX, ODT, EPUB, изображения (OCR) или текстового файла из входных данных.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>Находит фрагменты в коллекциях базы знаний по запросу.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>Заполняет шаблон, берёт значение из JSON, разбивает, объединяет или извлекает регулярным выражением.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>Приостанавливает запуск, пока кто-нибудь не одобрит, не изменит или не отклонит значение.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>То, что возвращает запуск.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Пауза перед повтором (мс)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Тайм-аут (мс)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Пользовательский промпт</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Выражение</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Одновременно</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Язык OCR</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Бюджет токенов</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон поиска</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Все совпадения</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкции</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>ПРОВАЙДЕР/МОДЕЛЬ, маршрут или виртуальная модель</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>Текст с подстановками {{...}}: {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>Текст с подстановками {{...}}; {{steps.ID.output}} отдельно сохраняет свой JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>JSON Schema, которой должен соответствовать ответ (если не соответствует — один запрос на исправление)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>Одно выражение на строку, указывающее на файл из входных данных: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>Одна метка на строку; связи выходят из шага по метке</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>Одна коллекция базы знаний на строку</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>Сравнивайте, комбинируйте и считайте: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>Выражение, дающее список: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>Выражение, дающее значение для обработки: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>Выражение, указывающее на файл из входных данных: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>Где искать внутри значения: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>Сколько элементов выполняется одновременно</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>Каждая попытка завершается ошибкой по истечении этого времени</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>review</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>приостановлено для проверки</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>успешно</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>Пакет уже выполняется.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>Набор промптов пуст.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Выберите хотя бы одну модель.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>База знаний здесь недоступна: отключите коллекции, чтобы запустить без них.</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>Пакет из %n промпта</numerusform>
            <numerusform>Пакет из %n промптов</numerusform>
            <numerusform>Пакет из %n промптов</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>Поиск в базе знаний не удался: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>не оценено: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Сначала остановите текущие ответы.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Выберите от %1 до %2 моделей.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>Сравнение %1 — пакетный запуск.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Сначала напишите промпт.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>Ответы на последний промпт ещё поступают.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>База знаний здесь недоступна: отключите коллекции, чтобы сравнивать без них.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>Поиск в базе знаний не удался: %1. Выберите другую коллекцию (или никакую) и отправьте снова.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Модель %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>Голосуйте в слепом сравнении, когда придут все ответы.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>Нет панели %1.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 не читает PDF (или именно этот), а извлечь из них текст не удалось: %2. Выберите модель с пометкой «pdf».</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>без переранжирования: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1: ошибка (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>ответ %1 не назвал номеров фрагментов</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 не ответил за %2 с</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>без переранжирования: нет поставщиков для переранжирования</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>у коллекции нет модели эмбеддингов</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>нет поставщиков для эмбеддинга запроса</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>нет векторного поиска: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>только BM25: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>только BM25: не удалось получить эмбеддинг запроса (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>только BM25: ни у одного фрагмента ещё нет вектора %1</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>В рабочем пространстве нет канарейки «%1».</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>Канарейка «%1» уже выполняется или ждёт запуска.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: неизвестный ключ «%2» (известные: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: должно быть строкой, а не %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: должно быть %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: «%2» должно иметь вид PROVIDER/MODEL (модель, которую маршрутизатор запрашивает у провайдера)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: укажите provider или model (PROVIDER/MODEL), но не оба</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: в рабочем пространстве нет провайдера «%2» (есть: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: в рабочем пространстве нет маршрута или виртуальной модели «%2»</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: должно быть ttft (время до первого токена) или latency (полное время)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: укажите ровно одно из model (PROVIDER/MODEL) и route (имя маршрута или виртуальной модели)</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: обязательно для SLO по задержке (например, 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>числом миллисекунд больше 0</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: у SLO доступности нет metric и thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: должно быть latency или availability</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: обязательно, в процентах (например, 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>процентом больше 50 и меньше 100 (например, 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: должно быть true или false</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: понизить модель в маршрутизации может только SLO по модели (PROVIDER/MODEL)</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: обязательно для %2 (например, %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>процентом больше 0, не более 100</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>числом больше 1 (например, 2: вдвое выше скользящего среднего)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>суммой в долларах больше 0</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: должно быть error_rate, latency_spike, cost_per_hour или no_traffic</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: окно и базовый период должны уместиться в 47 часов (столько хранятся минуты)</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: обязательно, список PROVIDER/MODEL, маршрутов или виртуальных моделей</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: должно быть именем модели</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: «%2» — не PROVIDER/MODEL и не маршрут или виртуальная модель рабочего пространства</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: «%2» указано дважды</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: должно быть hourly или daily</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>суммой в долларах больше 0 (например, 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>уровнем значимости больше 0 и меньше 0.5 (например, 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>каждая строка должна быть объектом</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>набор промптов пуст</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>обязательно: список строк набора промптов или текст набора промптов</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: промпту канарейки нужна проверка (contains, regex, json, schema или judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: нет модели; задайте его «model» или judgeModel канарейки</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%1 % вызовов %2 успешны за %3 дн.</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%1 % %3 для %2 в пределах %4 мс за %5 дн.</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>первых токенов</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>ответов</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>доля ошибок %1 &gt;= %2 % за %3 мин</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>средняя %1 для %2 за %3 мин выше %4 × от предыдущих %5 ч</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>стоимость %1 &gt;= $%2 за час</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>нет вызовов %1 в течение %2 ч</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>раздел мониторинга в рабочем пространстве недопустим:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: «%2» должно состоять из 1–64 букв, цифр, пробелов, «.», «_» или «-»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: «%2» уже используется другим SLO или монитором</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: должно быть массивом</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: «%2» уже используется другой канарейкой</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: должно быть объектом с url</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: должно быть URL http:// или https:// либо keychain:NAME или env:VAR, где он хранится</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: бюджет ошибок расходуется со скоростью %2 за %3 и %4 за %5 (оповещение выше %6); осталось %7 бюджета. SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: расход бюджета ошибок вернулся к %2 за %3 и %4 за %5; осталось %6 бюджета</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>%1 от базового уровня</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 ч без вызовов</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; вызовов: %4)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: вернулось к %2 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: закрыто, его SLO или монитор удалён</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>маршрут %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>источник %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>ключ прокси %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>участник %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>все вызовы</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>Провайдер отклонил ключ%1: %2. Проверьте ключ провайдера.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>Этому ключу не разрешено использовать эту модель%1: %2. Выберите другую модель или смените ключ.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>Неизвестная модель или конечная точка%1: %2. Проверьте модели и базовый URL провайдера.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>Бюджет остановил этот вызов: %1. Увеличьте или сбросьте его в разделе «Использование», «Бюджеты».</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> Провайдер просит подождать %1 с.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>Превышен лимит запросов%1: %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>Не удаётся связаться с провайдером%1: %2. Проверьте его базовый URL и сеть, затем повторите.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>Провайдер не ответил%1: %2. Повторите или выберите виртуальную модель с переключением при сбое.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>Промпт слишком длинный для контекстного окна этой модели: %1. Сократите его, начните новый разговор или выберите модель с большим контекстом.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>Фильтр безопасности провайдера отклонил это: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>Провайдер отклонил запрос%1: %2. Проверьте параметры (режим JSON, максимум токенов) для этой модели.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>прокси уже работает на %1</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>прокси нужен механизм маршрутизации</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>для прослушивания на %1 (доступно за пределами этой машины) нужен хотя бы один ключ прокси: добавьте ключ или слушайте на 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>порт прокси должен быть от 1 до 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>«%1» — не IP-адрес для прослушивания (используйте 127.0.0.1, ::1 или 0.0.0.0)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>ключ прокси «%1»: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>ключ прокси «%1»: секрет пуст</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: порт %1 занят другой программой (или другим Switchboard); остановите её или выберите другой порт</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: для портов ниже 1024 нужны права администратора; выберите порт выше 1024</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>не удаётся слушать на %1:%2: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>Приложение не понимает ответ командного сервера (%1). Это serve Switchboard той же версии?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>Не удалось прочитать ключ провайдера «%1»: %2. Введите его снова в разделе «Провайдеры».</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>У провайдера «%1» нет ключа. Введите ключ участника команды (sbk_...) в разделе «Провайдеры».</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>Провайдер «%1» нельзя использовать: %2. Исправьте его в разделе «Провайдеры».</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>Командный сервер %1 недоступен: %2. Проверьте, что он запущен и базовый URL провайдера «%3» указан верно, и повторите попытку.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>Командный сервер %1 не принимает ключ провайдера «%2». Проверьте ключ в разделе «Провайдеры» (ключ участника начинается с sbk_) или попросите новый у администратора команды.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>Это могут делать только администраторы команды. Попросите администратора или используйте ключ администратора.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>Командный сервер отказал: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Сбой командного сервера: %1. Повторите чуть позже; если сбой повторяется, посмотрите журнал сервера.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>О Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Все провайдеры LLM за одним интерфейсом: маршрутизация с переключением при сбое, песочница, сравнение моделей, использование и расходы с бюджетами, а также локальный прокси для ваших инструментов.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2 (работает на Qt %3), %4.&lt;/p&gt;&lt;p&gt;Каталог данных: %5&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Не удаётся создать каталог данных %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Не удаётся переименовать %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>Открыть набор промптов…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>Открыть набор промптов</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Наборы промптов (*.csv *.jsonl *.ndjson *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Вызовов одновременно</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Запустить пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>Вставьте промпты: по одному на строку; или CSV с заголовком (prompt, id, system, category, contains, regex, json, schema); или JSONL, по объекту на строку: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Доля успешных</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Средняя задержка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Промпт</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>Отменено после %1 из %2 вызовов.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>Готово: вызовов — %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n промпт из %1.</numerusform>
            <numerusform>%n промпта из %1.</numerusform>
            <numerusform>%n промптов из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>Сначала выберите модели слева.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>Выполняется %n промпт на %1 моделях, по %2 за раз…</numerusform>
            <numerusform>Выполняется %n промпта на %1 моделях, по %2 за раз…</numerusform>
            <numerusform>Выполняется %n промптов на %1 моделях, по %2 за раз…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ ошибка</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ пройдено</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ не пройдено</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>ответ получен · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Проверки: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>без проверок</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n без цены</numerusform>
            <numerusform>%1 + %n без цены</numerusform>
            <numerusform>%1 + %n без цены</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, мягкий лимит</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, жёсткий лимит</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, цель</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, область</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, период</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>Ключ прокси</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>Мягкий лимит ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>Жёсткий лимит ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Потрачено за период</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>Прогноз на конец месяца</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>&amp;Добавить бюджет</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>&amp;Сохранить бюджеты</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>в сутки</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n бюджет.</numerusform>
            <numerusform>Сохранено %n бюджета.</numerusform>
            <numerusform>Сохранено %n бюджетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>Бюджеты рабочего пространства недействительны: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>Бюджеты не отслеживаются: журнал использования не работает.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>С начала месяца: %1 · прогноз расходов на конец месяца: %2 (всё рабочее пространство, линейно)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>В пределах лимитов</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>Достигнут мягкий лимит</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>Достигнут жёсткий лимит: вызовы отклоняются</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (сверх лимита)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (суточный бюджет)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>ID провайдера, ключ прокси или участник</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>Лимиты в долларах США за сутки UTC или календарный месяц — для всего рабочего пространства, одного провайдера (по id), одного ключа прокси (по имени) или одного участника команды (все его ключи). Мягкий лимит вызывает уведомление; жёсткий лимит отклоняет дальнейшие вызовы.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Провайдер/модель</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>Выберите вызов, чтобы увидеть его трассировку маршрутизации.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Э&amp;кспорт в CSV…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>Показан %n вызов, новые сверху; есть ещё.</numerusform>
            <numerusform>Показано %n вызова, новые сверху; есть ещё.</numerusform>
            <numerusform>Показано %n вызовов, новые сверху; есть ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n вызов, новые сверху.</numerusform>
            <numerusform>%n вызова, новые сверху.</numerusform>
            <numerusform>%n вызовов, новые сверху.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>Для этого вызова трассировка маршрутизации не записана.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Экспорт вызовов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Экспорт вызовов</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n вызов экспортирован в %1.</numerusform>
            <numerusform>%n вызова экспортировано в %1.</numerusform>
            <numerusform>%n вызовов экспортировано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>Канарейки качества</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>Каждая канарейка по расписанию (ежечасно или ежедневно) отправляет свои запросы своим моделям в пределах лимита стоимости на запуск и предупреждает, когда доля пройденных проверок падает сильнее шума. Запросы используют проверки набора запросов из «Сравнения» (contains, regex, json, schema, judge).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Недопустимый JSON: %1 в позиции %2.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>Канарейки должны быть массивом JSON: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>Ошибок нет: сохраните, чтобы запускать их по расписанию.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>Доля пройденных</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Средняя задержка</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Стоимость запуска</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Запустить сейчас</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>Запускает канарейку сейчас на её моделях в пределах лимита стоимости, независимо от расписания.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>&amp;Изменить канарейки…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>Тест падения</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>Наведите на линию, чтобы увидеть значение; выберите запуск, чтобы увидеть ответы.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 из %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (лимит стоимости)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>слишком мало ответов</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: падение, оповещение создано</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% пройдено</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>миллисекунды</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>USD за запуск</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>Канарейки запускаются после старта движка.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>Канареек качества пока нет: «Изменить канарейки…» добавляет одну (набор запросов с проверками, её модели, расписание и лимит стоимости).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Ежечасно</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, %n запрос к %2; не больше $%3 за запуск.</numerusform>
            <numerusform>%1, %n запроса к %2; не больше $%3 за запуск.</numerusform>
            <numerusform>%1, %n запросов к %2; не больше $%3 за запуск.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Отключена.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>Последний запуск %1, следующий в %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>Необязательно: как должна вести себя модель</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный промпт</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>Режим JSON</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Макс. токенов</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Глубина рассуждения</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Настройки коллекции</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>справочник</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>Разговоры, виртуальные модели и прокси ссылаются на коллекцию по имени.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>Что содержит коллекция</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>Нет (только BM25)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>Модель, которая строит эмбеддинги фрагментов для векторного и гибридного поиска: одна из предлагаемых провайдерами, либо введите ПРОВАЙДЕР/МОДЕЛЬ или маршрут. Без неё коллекция ищется только по ключевым словам (BM25).</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>Модель &amp;эмбеддингов:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>Чат-модель, которая переупорядочивает лучшие фрагменты по тому, насколько хорошо они отвечают на вопрос, прежде чем их получат модели: одна из предлагаемых провайдерами, либо введите ПРОВАЙДЕР/МОДЕЛЬ, маршрут или виртуальную модель. Каждый поиск тогда делает один вызов чата.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>Модель &amp;переранжирования:</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> фрагм.</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>Сколько лучших фрагментов гибридного поиска видит модель переранжирования; остальные сохраняют свой порядок после них.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>Переранжировать &amp;лучшие:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>&amp;Размер фрагмента:</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>Токены, повторяемые между соседними фрагментами, чтобы разрезанное пополам предложение всё равно находилось.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Перекрытие:</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>Язык отсканированных страниц и изображений в кодах Tesseract через +: deu, eng+fra. Для каждого нужны языковые данные (tesseract-ocr-deu).</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>&amp;Язык OCR:</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>любой читаемый файл или, например, *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>Из папки берутся только файлы, подходящие под один из этих шаблонов (через запятую). Шаблон с косой чертой сопоставляется с путём внутри папки.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Включать:</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>например, *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>Файлы, подходящие под один из этих шаблонов, не импортируются из папки.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Исключать:</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>&amp;Следить за изменениями в папках</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>Пока приложение работает, новые, изменённые, удалённые и переименованные файлы в папках коллекции импортируются (через 1,5 с без новых изменений).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Дайте коллекции имя.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>Перекрытие должно быть меньше размера фрагмента.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>Без модели эмбеддингов коллекция ищется только по ключевым словам (BM25).</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>Эмбеддинги фрагментов строятся через маршрутизатор (источник: knowledge), поэтому вызовы учитываются в ваших бюджетах.</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>Её вызовы моделей (эмбеддинги, переранжирование) идут через маршрутизатор (источник: knowledge), поэтому учитываются в ваших бюджетах.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>Все ответы получены.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>Все ответы получены. Какой лучше?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>Все ответы получены. Какой лучший?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>Голос сохранён. %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>В %1 ничего не найдено: модели отвечают без источников.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>Каждая модель получает тот же %n фрагмент из %1.</numerusform>
            <numerusform>Каждая модель получает те же %n фрагмента из %1.</numerusform>
            <numerusform>Каждая модель получает те же %n фрагментов из %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>Отправить промпт всем моделям</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>Остановить все ответы</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>Модели (от 2 до 6)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Фильтр моделей</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Модели для сравнения</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>Не более %1 моделей рядом.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>Другая модель (ПРОВАЙДЕР/МОДЕЛЬ), Enter добавляет</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>&amp;Слепое голосование</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>Скрыть и перемешать названия моделей, пока вы не проголосуете за лучший ответ</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>Тег для рейтинга, например код или тексты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>Каждый промпт ищется в этих коллекциях один раз, и каждая модель получает одни и те же фрагменты.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Сохранённые сравнения</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>Новый выбор применяется к следующему промпту; эти ответы остаются до тех пор.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>Выберите слева от %1 до %2 моделей.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>Отправлено %n модели.</numerusform>
            <numerusform>Отправлено %n моделям.</numerusform>
            <numerusform>Отправлено %n моделям.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>Сначала остановите текущее сравнение, затем снова сравните %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1 отправлено %n модели.</numerusform>
            <numerusform>%1 отправлено %n моделям.</numerusform>
            <numerusform>%1 отправлено %n моделям.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1 отправлено %n модели с её параметрами: %2.</numerusform>
            <numerusform>%1 отправлено %n моделям с их параметрами: %2.</numerusform>
            <numerusform>%1 отправлено %n моделям с их параметрами: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>Новое сравнение.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>Сначала отмените выполняющийся пакет.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>Пакет «%1» от %2.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>Пакет «%1» от %2, ответы по %3: дважды щёлкните ответ, чтобы увидеть его источники.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Сначала остановите текущие ответы.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>«%1» открыто снова: уточняющие вопросы продолжают разговор каждой панели.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Удалить сравнение</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>Удалить это сравнение и его ответы? Голоса останутся в рейтинге.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>слепое, голос отдан</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>слепое</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n модель: %2
%3</numerusform>
            <numerusform>%1
%n модели: %2
%3</numerusform>
            <numerusform>%1
%n моделей: %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>скрыто до голосования</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Прикрепить PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePane</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>Остановить ответ этой модели; остальные продолжают</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Самый быстрый</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>Наименьшее общее время</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Первый токен</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>Его первый токен пришёл раньше всех, хотя другой ответ закончился быстрее</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Самый дешёвый</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>первый токен %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>первый токен –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ввод / %2 вывод</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 пока</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>Редактирование сообщения: «Отправить» сохранит оригинал как другую версию; Esc отменяет.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Удалить вложения</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>Сообщение (Enter — отправить, Shift+Enter — новая строка, Esc — остановить)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Не удаётся прочитать «%1».</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>«%1» назван как %2, но по содержимому это %3: не прикреплён.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>«%1» — это %2; модели принимают изображения PNG, JPEG, GIF или WebP.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>«%1» занимает %2 МБ; изображения могут быть не больше %3 МБ.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 не принимает изображения. Выберите модель с пометкой «зрение», чтобы прикрепить «%2».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>«%1» занимает %2 КБ; текстовые файлы могут быть не больше %3 КБ (они попадают в промпт).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>«%1» — не текстовый файл (по содержимому похож на %2): не прикреплён.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Прикреплено: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Остановить ответ (Esc); полученное сохраняется</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Отправить (Enter)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>Изображения (для моделей со зрением), PDF (для моделей, которые их читают) и текстовые файлы или код (вставляются в текст)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Изображения, PDF и текст (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>«%1» занимает %2 МБ; PDF могут быть не больше %3 МБ (лимит OpenAI; Anthropic принимает 32 МБ, Gemini — 20 МБ).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 не читает PDF. Отправьте вместо этого текст, извлечённый из «%2» (без вёрстки и изображений), или выберите модель с пометкой «pdf».</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>Отправить извлечённый текст</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>Не удаётся извлечь текст из «%1»: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>«%1» — не PDF: не прикреплено.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Новый разговор (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Поиск по разговорам (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>Папка или тег</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Удалить выбранный разговор</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Все разговоры</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>Не удалось прочитать разговоры: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Новый разговор</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>У разговора должно быть название.</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Переместить в папку</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Переместить в папку…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>Папка (пусто — без папки)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Теги…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>стоимость неизвестна</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Коллекции</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новая…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>Создать коллекцию (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>Модель эмбеддингов, размер фрагмента, язык OCR и шаблоны файлов коллекции</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>Удалить коллекцию вместе с фрагментами (файлы на диске остаются)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>Ожидающие файлы остаются в очереди до «Продолжить» (и после перезапуска)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>Продолжить приостановленный импорт и построение эмбеддингов</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>Отбросить ожидающие файлы; импортированное остаётся</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>Снова поставить в очередь файлы со сбоем (после исправления того, что указано в причине)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>Построить эмбеддинги</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>Сейчас дать каждому фрагменту вектор</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>Импортировать файлы (Ctrl+O); или перетащите файлы и папки на страницу</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>Импортировать папку с подпапками по шаблонам коллекции (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>Добавить &amp;URL…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>Импортировать веб-страницы по адресам http(s) (Ctrl+L); или перетащите ссылки на страницу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>Удалить выбранные файлы из коллекции (Delete); файлы на диске остаются</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>Пере&amp;индексировать…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>Заново разрезать каждый документ на фрагменты (после изменения размера фрагмента)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Фильтр файлов</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортированные</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортированные</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>Поиск в коллекции (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибридный</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Векторный</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Переранжирование</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>Гибридный поиск объединяет ранжирование по ключевым словам (BM25) и векторное; BM25 ищет совпадение слов; векторный — совпадение смысла; при переранжировании модель коллекции переупорядочивает лучшие гибридные фрагменты</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Режим поиска</translation>
    </message>
    <message>
        <source>top </source>
        <translation>лучшие </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>Сколько фрагментов показывать</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Объединённый</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>Оценка по ключевым словам (чем выше, тем лучше; — : найдено только векторным поиском)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>Косинусное сходство с запросом (— : найдено только BM25)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>Объединение обратных рангов обоих ранжирований (гибридный поиск)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>Куда модель переранжирования поставила фрагмент и где он был в объединённом ранжировании (— : модель его исключила)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>Дважды щёлкните фрагмент, чтобы открыть его файл</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>Эталонные вопросы, по одному JSON-объекту на строку: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. Фрагмент из одного из источников (содержащий фразу, если она задана) — правильный ответ.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>Эталонные вопросы</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Загрузить…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>Прочитать эталонные вопросы из файла JSON Lines (формат switchboard-cli kb eval --golden)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>Сколько фрагментов на вопрос учитывается в recall@k и MRR</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>&amp;Запустить оценку</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>Сохранить вопросы вместе с коллекцией и оценить поиск BM25, векторный, гибридный и с переранжированием</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
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
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>Точность цитирования: доля вопросов, для которых источник [1] в контексте модели — правильный фрагмент</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>Поиск в коллекции</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Удалить выбранные файлы</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Добавить файлы в коллекцию</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Добавить папку в коллекцию</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>Добавить веб-страницы в коллекцию</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>Обновить базу знаний</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

Проверьте, что каталог данных доступен для записи и на диске есть место, затем повторите.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>Не удалось прочитать базу знаний</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n на паузе</numerusform>
            <numerusform>%n на паузе</numerusform>
            <numerusform>%n на паузе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n в ожидании</numerusform>
            <numerusform>%n в ожидании</numerusform>
            <numerusform>%n в ожидании</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n не импортирован</numerusform>
            <numerusform>%n не импортировано</numerusform>
            <numerusform>%n не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>только BM25</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>отслеживается</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>Коллекций пока нет</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>Создайте коллекцию («Новая…»), затем добавьте в неё файлы и папки или перетащите их сюда. Тогда каждая модель отвечает по одним и тем же фрагментам: в песочнице, в сравнении и через прокси.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 токенов</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>фрагменты по %1 токенов, перекрытие %2</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>Поиск только BM25 (по ключевым словам): у коллекции нет модели эмбеддингов. «Изменить…» позволяет выбрать её для векторного и гибридного поиска.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>Поиск работает только через BM25, пока %1 не построит эмбеддинги фрагментов.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>Гибридный поиск с %1: эмбеддинги есть у %2 из %3 фрагментов.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>Переход на %1: пока он не завершён, отвечают текущие векторы.</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>Модели получают %1 лучших фрагментов, переранжированных %2.</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Отслеживаемые папки:</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Очередь пуста.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>Подсчёт файлов для импорта…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Импорт: %1 из %2 файлов</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>Пауза: ждёт %n файл.</numerusform>
            <numerusform>Пауза: ждут %n файла.</numerusform>
            <numerusform>Пауза: ждут %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Пауза.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>Построение эмбеддингов тоже ждёт.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>«Продолжить» продолжает работу, в том числе после перезапуска.</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>Эмбеддинги с %1: %2 из %3 фрагментов</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 пока</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>Ожидание эмбеддингов (сначала другая коллекция).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>Последний импорт: импортировано %1 из %2 файлов</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n не импортирован (причины — в списке файлов)</numerusform>
            <numerusform>%n не импортировано (причины — в списке файлов)</numerusform>
            <numerusform>%n не импортировано (причины — в списке файлов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>«Повторить неудачные» снова ставит неудачные в очередь.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n импорт не удался: «Повторить неудачные» снова поставит его в очередь.</numerusform>
            <numerusform>%n импорта не удались: «Повторить неудачные» снова поставит их в очередь.</numerusform>
            <numerusform>%n импортов не удались: «Повторить неудачные» снова поставит их в очередь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>У %n фрагмента ещё нет вектора %1: «Построить эмбеддинги» даст его.</numerusform>
            <numerusform>У %n фрагментов ещё нет вектора %1: «Построить эмбеддинги» даст их.</numerusform>
            <numerusform>У %n фрагментов ещё нет вектора %1: «Построить эмбеддинги» даст их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>Очередь пуста. Перетащите сюда файлы или папки либо нажмите «Добавить файлы».</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>Коллекция не создана</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>Разрезать документы заново?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Новые импорты в «%1» получают фрагменты по %2 токенов с перекрытием %3. Разрезать заново %n документ, который уже в ней есть? Его фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
            <numerusform>Новые импорты в «%1» получают фрагменты по %2 токенов с перекрытием %3. Разрезать заново %n документа, которые уже в ней есть? Их фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
            <numerusform>Новые импорты в «%1» получают фрагменты по %2 токенов с перекрытием %3. Разрезать заново %n документов, которые уже в ней есть? Их фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>Коллекция не сохранена</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Удалить коллекцию</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>Удалить «%1» вместе с %n документом, фрагментами, векторами, эталонными вопросами и очередью? Файлы на диске останутся.</numerusform>
            <numerusform>Удалить «%1» вместе с %n документами, фрагментами, векторами, эталонными вопросами и очередью? Файлы на диске останутся.</numerusform>
            <numerusform>Удалить «%1» вместе с %n документами, фрагментами, векторами, эталонными вопросами и очередью? Файлы на диске останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>Коллекция не удалена</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Документы (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Нет коллекции</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>Сначала создайте коллекцию («Новая…»), затем добавьте в неё веб-страницы.</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>Сначала создайте коллекцию («Новая…»), затем добавьте в неё файлы.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>Стоимость эмбеддингов</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>%n файл (%1) для импорта в «%2». Эмбеддинги его фрагментов с %3 обойдутся примерно в %4 (оценка по размеру файлов). Импортировать?</numerusform>
            <numerusform>%n файла (%1) для импорта в «%2». Эмбеддинги их фрагментов с %3 обойдутся примерно в %4 (оценка по размеру файлов). Импортировать?</numerusform>
            <numerusform>%n файлов (%1) для импорта в «%2». Эмбеддинги их фрагментов с %3 обойдутся примерно в %4 (оценка по размеру файлов). Импортировать?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>Отслеживание изменений включено, но ни одна папка ещё не добавлена: «Добавить папку…» укажет, за чем следить.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>Отслеживаются изменения в %n папке.</numerusform>
            <numerusform>Отслеживаются изменения в %n папках.</numerusform>
            <numerusform>Отслеживаются изменения в %n папках.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>Обнаружено изменение: оно будет импортировано, когда папка простоит без изменений %1 с.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>Последняя синхронизация поставлена в очередь в %1.</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>Переиндексировать</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Заново разрезать %n документ коллекции «%1» на фрагменты (%2 токенов, перекрытие %3)? Изменённые фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
            <numerusform>Заново разрезать %n документа коллекции «%1» на фрагменты (%2 токенов, перекрытие %3)? Изменённые фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
            <numerusform>Заново разрезать %n документов коллекции «%1» на фрагменты (%2 токенов, перекрытие %3)? Изменённые фрагменты получат новые эмбеддинги, если у коллекции есть модель эмбеддингов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>Удалить %1 из «%2»? Файл на диске останется.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>Удалить %n файл из «%1»? Файлы на диске останутся.</numerusform>
            <numerusform>Удалить %n файла из «%1»? Файлы на диске останутся.</numerusform>
            <numerusform>Удалить %n файлов из «%1»? Файлы на диске останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Удалить файлы</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>Построение эмбеддингов не началось: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>У %n фрагмента «%1» (%2 токенов) ещё нет вектора %3. Эмбеддинги обойдутся примерно в %4. Построить сейчас?</numerusform>
            <numerusform>У %n фрагментов «%1» (%2 токенов) ещё нет вектора %3. Эмбеддинги обойдутся примерно в %4. Построить сейчас?</numerusform>
            <numerusform>У %n фрагментов «%1» (%2 токенов) ещё нет вектора %3. Эмбеддинги обойдутся примерно в %4. Построить сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>Эмбеддинги не построены: стоимость отклонена. «Построить эмбеддинги» запускает процесс; до тех пор фрагменты без вектора ищутся только через BM25.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 теперь отвечает на поиск (%2 на эмбеддинги).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>У каждого фрагмента есть вектор (%1 на эмбеддинги).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>Построение эмбеддингов остановлено: %1. «Построить эмбеддинги» попробует снова; фрагменты без вектора ищутся через BM25.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>Введите, что вы ищете.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>Поиск не выполнен: %1.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>Выберите модель переранжирования в «Изменить…».</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>У коллекции нет модели эмбеддингов: ищите через BM25 или выберите модель в «Изменить…».</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (из %2)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>Подходящих фрагментов нет. Попробуйте другие слова или гибридный поиск, когда у коллекции будет модель эмбеддингов.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n фрагмент, лучшие сверху.</numerusform>
            <numerusform>%n фрагмента, лучшие сверху.</numerusform>
            <numerusform>%n фрагментов, лучшие сверху.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>Только BM25: у коллекции нет модели эмбеддингов («Изменить…» позволяет выбрать).</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Переранжировано %1.</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>Эмбеддинг запроса стоил %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>Переранжирование стоило %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Не удаётся открыть страницу</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>Не удалось открыть %1: проверьте, что настроен веб-браузер.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>Не удалось открыть %1: проверьте, что файл существует и есть программа для его типа.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>Не удалось прочитать эталонные вопросы: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 больше 16 МБ: эталонные вопросы занимают несколько сотен строк.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

Каждая строка — JSON-объект с &quot;question&quot; и &quot;sources&quot; (и &quot;phrase&quot;, если фрагмент должен её содержать).</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>Загружен %n эталонный вопрос; «Запустить оценку» сохранит его вместе с коллекцией.</numerusform>
            <numerusform>Загружено %n эталонных вопроса; «Запустить оценку» сохранит их вместе с коллекцией.</numerusform>
            <numerusform>Загружено %n эталонных вопросов; «Запустить оценку» сохранит их вместе с коллекцией.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>В эталонных вопросах есть проблема: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>Сначала напишите эталонные вопросы (по одному JSON-объекту на строку, см. выше) или загрузите файл.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>Сохранение вопросов…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>Оценка: %1 из %2 поисков</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n эталонный вопрос, лучшие %1 фрагментов каждого поиска.</numerusform>
            <numerusform>%n эталонных вопроса, лучшие %1 фрагментов каждого поиска.</numerusform>
            <numerusform>%n эталонных вопросов, лучшие %1 фрагментов каждого поиска.</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>Вызовы моделей при поиске стоили %1.</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>Оценка остановлена: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Оценка отменена.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>Отпустите, чтобы импортировать в «%1»</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>Сначала создайте коллекцию</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (нет в базе знаний)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>Коллекций пока нет: создайте её на странице «База знаний» или командой switchboard-cli kb create</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Не удалось прочитать коллекции: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>Отвечать без базы знаний</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>Отвечать по коллекциям базы знаний: найденные для каждого вопроса фрагменты отправляются вместе с ним, а ответ ссылается на них.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>База знаний: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>Каждый вопрос сначала ищется в %1; ответ ссылается на полученные фрагменты.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Ничьи</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Поражения</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Оба плохи</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>По слепым голосованиям в этом рабочем пространстве. Elo начинается с 1000 (K = 32); ничья или «оба плохи» считаются ничьей; выбор лучшей из нескольких панелей считается победой над каждой из остальных.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo во времени</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>Системный промпт, общий для всех панелей (необязательно)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Ваш голос:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>Промпт для всех моделей. Ctrl+Enter — отправить, Esc — остановить всё.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Отправить всем</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Остановить всё</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>ожидание…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>поступает…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A лучше</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B лучше</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Ничья</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Оба плохи</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 — лучший</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Все плохи</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>Промпт для всех моделей. Enter — отправить, Shift+Enter — новая строка, Esc — остановить всё.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Убрать вложения</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Прикрепить PDF…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>PDF для каждой модели: документом тем, что читают PDF, извлечённым текстом остальным</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF отправлен документом, с вёрсткой и изображениями</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF отправлен извлечённым текстом: эта модель не читает PDF или именно этот</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>Прикреплено для каждой модели: %1</translation>
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
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>Тема, язык и каталог данных (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>Прокси: вкл., %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>Прокси: сбой</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>Прокси: выкл.</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Рабочие процессы</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>Входные данные шага %1 из %2</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизация</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Хранилище ключей: доступно</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Хранилище ключей: недоступно</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>Нет системного хранилища ключей: ключи провайдеров по-прежнему можно указывать как env:VAR.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Импорт рабочего пространства…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Экспорт рабочего пространства…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>&amp;Прочитать README</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;О Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>Локальный прокси</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Показать Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>Вызовы отклоняются: не удаётся записать журнал использования</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>Журнал использования</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>Журнал использования снова записывается: вызовы проходят.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Рабочее пространство: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>везде</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>Мониторинг (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Оповещение: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Устранено: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>&amp;Приветствие и настройка…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Удалить все локальные данные</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>Не удалось удалить эти записи связки ключей:

%1

Всё равно удалить остальное? Удалите их позже с помощью системного менеджера ключей.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>Перезапустите Switchboard, чтобы использовать новый каталог данных.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>Проверить &amp;обновления…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Обновления</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Вышел Switchboard %1</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>Что нового — в меню «Справка», «Проверить обновления».</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Не удалось: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>Более новой версии нет.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Вышел Switchboard %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>после %n неудачной попытки</numerusform>
            <numerusform>после %n неудачных попыток</numerusform>
            <numerusform>после %n неудачных попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 мс</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 ток/с</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ввод, %2 вывод</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Показать рассуждение</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>Ответ остановлен до завершения; полученное сохранено.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Копировать сообщение как Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>Изменить и отправить заново (оригинал сохраняется как другая версия)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>Ответить заново (ответ сохраняется как другая версия)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизация</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>Почему маршрутизатор отправил этот вызов именно туда</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>изображение (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Прикреплено: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>Щёлкните источник, чтобы прочитать фрагмент и открыть его файл.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>В %1 ничего не подходит к вопросу.</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>Открыть «Провайдеры»</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>Открыть «Использование»</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>Вызов инструмента: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Скрыть рассуждение</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Ассистент · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Результат инструмента</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>Поиск в базе знаний…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Ответ…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>виртуальная модель: цель выбирает маршрутизатор</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>зрение</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>инструменты</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>рассуждение</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>$%1 / $%2 за млн токенов</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>контекст %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>нет в каталоге: возможности и стоимость неизвестны</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  больше не предлагается</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>pdf</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitorPage</name>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Последние 6 часов</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>Время до первого токена (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>Задержка (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Доля ошибок</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Сравнить с другой моделью</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Все вызовы</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>Модель провайдера (как она была запрошена), вызовы которой показывает график.</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>Модель, которую нужно нарисовать рядом с первой.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>&amp;Вызовы</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>&amp;Оповещения и SLO</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>Наведите на линию, чтобы увидеть значение; щёлкните точку, чтобы увидеть её вызовы.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>Щёлкните точку графика, чтобы увидеть стоящие за ней вызовы.</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Остаток бюджета ошибок</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>Скорость расхода 1 ч</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>Скорость расхода 6 ч</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Монитор</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Следит за</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>&amp;Заглушить на час</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>&amp;Включить уведомления</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>Правило выбранного оповещения продолжает записывать оповещения, но час не уведомляет.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>Мониторингу нужен журнал использования: запустите механизм (см. страницу «Маршрутизация»).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>все вызовы</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>предыдущий период</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>миллисекунды</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>проценты</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>запросов за шаг</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>USD за шаг</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: пока нечего показать</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%1 для %2: за этот период вызовов нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 для %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>Запросов: %1, попыток: %2 за период; доступность %3, доля ошибок %4, задержка p90 %5, стоимость %6. Шаг: %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>За этот период модель и маршрутизация не менялись.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3 теперь отвечает как %4 (раньше: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: маршрутизация изменена (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Изменения: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>Вызовы %1 с %2 по %3:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>срабатывает</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>заглушено</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>Последняя проверка %1; срабатывает %n оповещение.</numerusform>
            <numerusform>Последняя проверка %1; срабатывают %n оповещения.</numerusform>
            <numerusform>Последняя проверка %1; срабатывают %n оповещений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Ещё не проверялось.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>срабатывает (заглушено)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>устранено %1</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 заглушено на час.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 снова уведомляет.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>Канаре&amp;йки</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Сервер команды: мои</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>Чьи вызовы: этого компьютера или сервера команды (администраторы и наблюдатели видят вызовы всех участников, участник — только свои)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>Эти SLO, мониторы, оповещения и канарейки относятся к этому компьютеру и его собственному журналу: сервер команды не делится своей оценкой (его SLO есть в его /metrics для Prometheus).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>Вызовы команды остаются на сервере команды: страница «Использование» показывает дни с %1 по %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>Относится к этому компьютеру при любой области данных: сервер команды не делится своими</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>Вызовы команды остаются на сервере команды: щелчок по точке открывает страницу «Использование»</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>Чтение данных мониторинга с сервера команды…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Ваши вызовы (%1) на сервере команды «%2».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Ваши вызовы (%1) на сервере команды «%2»: участник видит только свои.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Вызовы всех участников на сервере команды «%1».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Вызовы участника %1 на сервере команды «%2».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>У сервера команды «%1» нет данных монитора для команды: он старше этого приложения. Обновите switchboard-cli на сервере; до тех пор выберите «Этот компьютер».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>Сервер команды «%1» отказался показать эти вызовы участнику %2. Участник видит только свои вызовы («Сервер команды: мои»); если это ваши, сервер старше этого приложения: обновите switchboard-cli на сервере.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>Наведите указатель на линию, чтобы увидеть её значение; щёлкните по точке, чтобы открыть её дни на странице «Использование».</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>Перцентили оценены по гистограммам, с точностью до %1.</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>Интервал между токенами (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>Токенов в секунду (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>Доля ошибок по типам</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>токенов в секунду</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>&amp;Изменить SLO и мониторы…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>Добавить или изменить SLO, пороговые мониторы, канарейки и вебхук оповещений (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>SLO и мониторов пока нет: их добавляет «Изменить SLO и мониторы…».</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>&amp;Наблюдает:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Провайдер:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>М&amp;одель:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Мар&amp;шрут:</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>Ключ про&amp;кси:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>Мет&amp;рика:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>П&amp;орог:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>Ок&amp;но (дни):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>Ми&amp;нимум вызовов:</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>Понижать эту модель в маршрутизации, пока её бюджет ошибок быстро с&amp;горает</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Множитель:</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>Ок&amp;но:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;База сравнения:</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>Стоимость в час о&amp;т:</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>Нет вызовов в &amp;течение:</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>Пау&amp;за перед повтором:</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>М&amp;одели:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Рас&amp;писание:</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>Лимит стоимости за &amp;запуск:</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>Включено: запускать по рас&amp;писанию</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Промпты:</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>Все канарейки в &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;Адрес (URL):</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Отправить &amp;тестовое оповещение</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO, мониторы и оповещения</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>&amp;SLO</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Мониторы</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>&amp;Канарейки</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Вебхук</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>Новая запись (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Дубли&amp;ровать</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>SLO пока нет. SLO задаёт цель для модели или маршрута (99,5 % вызовов успешны, 99 % первых токенов за 2 с) и оповещает, когда бюджет ошибок быстро сгорает.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>Мониторов пока нет. Монитор оповещает о превышении порога: доля ошибок, всплеск задержки по сравнению с предыдущими часами, стоимость в час или отсутствие трафика.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>Канареек качества пока нет. Канарейка по расписанию задаёт свои промпты своим моделям в пределах лимита стоимости и оповещает, когда доля успешных ответов падает сильнее шума.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Все вызовы</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>Маршрут или виртуальная модель</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>Ключ прокси</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>Модель в том виде, в каком маршрутизатор запрашивает её у провайдера</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>Доступность: вызовы успешны</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>Задержка: вызовы отвечают в пределах порога</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Время до первого токена</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>Общая задержка</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>Доля вызовов, которые должны быть хорошими: больше 50 % и меньше 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>Сколько вызовов нужно в длинном окне оповещения, прежде чем оно сможет сработать</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Доля ошибок</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>Всплеск задержки</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Стоимость в час</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Нет трафика</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>Срабатывает, когда среднее в окне во столько раз больше среднего базы сравнения</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>Часы перед окном, со средним за которые идёт сравнение</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>После снятия оповещения монитор ждёт столько времени, прежде чем сработать снова</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>Сколько вызовов нужно в окне (и в базе сравнения), прежде чем монитор сможет сработать</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Ежечасно</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, имена маршрутов или виртуальных моделей через запятую</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>По промпту в строке — JSON-объект с проверками, например {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; или набор промптов в JSONL или CSV</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>Куда `serve` отправляет оповещения в JSON (Slack, Mattermost и похожие входящие вебхуки показывают их текст). Укажите URL или env:NAME либо keychain:NAME, где он хранится: вебхуки чатов содержат токен в URL.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Изменить как &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>Весь раздел мониторинга в JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>Пока действует оповещение о быстром сгорании, маршруты пробуют эту модель после других доступных целей</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>Понизить можно только модель с SLO: у маршрута нет цели, которую можно попробовать позже</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>Проблем нет: «Сохранить» применяет это сразу (а `serve` — при следующем запуске).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n проблема, которую нужно исправить перед сохранением:</numerusform>
            <numerusform>%n проблемы, которые нужно исправить перед сохранением:</numerusform>
            <numerusform>%n проблем, которые нужно исправить перед сохранением:</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки мониторинга: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>Мониторинг в JSON</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>Раздел &quot;monitoring&quot; рабочего пространства: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Его проблемы редактор покажет после OK.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Недопустимый JSON: %1 в позиции %2.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>Раздел мониторинга должен быть JSON-объектом.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>Отправка тестового оповещения…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>Не удалось прочитать URL вебхука: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>Вебхук на %1 ответил HTTP %2.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>Тестовое оповещение не прошло: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>Маршруты и виртуальные модели</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>Нет моделей: сначала добавьте провайдера</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>Все модели уже в списке</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Добавить модель</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>Как в настройках (Сеть)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Системный прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS-прокси</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-прокси</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>Хосты, к которым подключение идёт без прокси, через запятую: имена, суффиксы .domain или *.domain, адреса; * — все.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>&amp;Без прокси:</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>PEM-файл с дополнительными сертификатами ЦС (необязательно)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Сертификаты ЦС</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Сертификаты ЦС:</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>Принимать &amp;самоподписанный сертификат этого провайдера (внутренние шлюзы)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>Пока провайдер не ответит (по умолчанию 15 с)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>От начала ответа до его первых слов (по умолчанию 120 с)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>Самая долгая пауза посреди ответа (по умолчанию 90 с)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Подключение:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>Первый токен:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Простой:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Тайм-ауты:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>Дополнительные попытки у того же провайдера после тайм-аута, сетевой ошибки или ответа о перегрузке (по умолчанию 1; собственная настройка маршрута важнее)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>П&amp;овторы:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>хранится в связке ключей</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>сохранён в связке ключей; введите новый, чтобы заменить</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>Как запросы доходят до провайдеров. У провайдера может быть своя настройка (страница «Провайдеры»).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>Настройки сети не сохранены: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Настройки сети не сохранены: не удалось сохранить пароль прокси в связке ключей (%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>Пароль прокси сохраняется в связке ключей…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>Новый разговор</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск по разговорам</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>Остановить ответ или отменить редактирование</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>Система и параметры</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
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
        <translation>Открыть «Провайдеры»</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Открыть разговор</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>Сначала выберите модель. Моделей нет? Добавьте провайдера на странице «Провайдеры».</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>Не удалось выполнить поиск в базе знаний: %1. Выберите другую коллекцию в «База знаний» (или отключите её) и нажмите «Повторить»; ваш вопрос сохранён.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Не удалось сохранить ответ: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Не удалось прочитать разговор: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Код скопирован.</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>Провайдеры ещё не настроены.

Добавьте провайдера на странице «Провайдеры» (ключ API для OpenAI, Anthropic, Gemini или любого OpenAI-совместимого сервиса либо локальный Ollama) и возвращайтесь сюда общаться.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>Провайдеры пока не предлагают моделей. Выберите модели на странице «Провайдеры».</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>Выберите модель сверху и напишите сообщение снизу.

Enter — отправить, Shift+Enter — новая строка, Esc — остановить ответ. Ctrl+N — новый разговор, Ctrl+K — поиск по разговорам.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Решение маршрутизации</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>Решения маршрутизации для этого ответа (пока) нет в журнале использования.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>разговор</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>Пока нечего экспортировать: сначала отправьте сообщение.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Экспорт в Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Экспорт в JSON</translation>
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
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>Провайдер не выбран.

Добавьте его кнопкой «Добавить»: OpenAI, Anthropic, Gemini, Ollama или любой OpenAI-совместимый сервис.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Используется в именах моделей: ID/МОДЕЛЬ. Строчные латинские буквы, цифры, &apos;-&apos; и &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Системное хранилище ключей</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Переменная окружения</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Без ключа</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Включён</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>Схемы инструментов в старом формате &amp;Schema Gemini</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>Для моделей или конечных точек, которые не принимают JSON Schema (parametersJsonSchema): схемы инструментов и вывода переписываются в подмножество OpenAPI Gemini, а неподдерживаемые ключевые слова опускаются.</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>Модели (предлагаются отмеченные; пустой список предлагает модели из каталога для этого типа):</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>Долларов США за миллион входных токенов</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>Долларов США за миллион выходных токенов</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>Максимум токенов, который принимает модель (промпт и ответ)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M &amp;ввод:</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M в&amp;ывод:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Кон&amp;текст:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>&amp;Получить модели</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Сохранить провайдера</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (отключён)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>Новый провайдер: введите ключ и нажмите «Сохранить». Проверить соединение можно в любой момент.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (обязательно)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>Локальному серверу обычно не нужен ключ.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>Ключи хранятся в системном хранилище ключей или читаются из переменной окружения.</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>Цены %1:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>Выберите модель, чтобы задать её цены.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• хранится в хранилище ключей как %1; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>вставьте ключ (хранится в хранилище ключей, никогда в файлах)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>ИМЯ_ПЕРЕМЕННОЙ</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>Не сохранено: отметьте хотя бы одну модель (пустой список предложил бы вместо этого модели из каталога).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>Не сохранено: укажите переменную окружения, в которой хранится ключ.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>Не сохранено: сначала вставьте ключ API (или выберите переменную окружения).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Сохранение ключа в хранилище ключей…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>Не сохранено: не удалось сохранить ключ в хранилище ключей (%1). Выберите «Переменная окружения», чтобы читать его из окружения.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Удалить провайдера</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>Удалить провайдера «%1»? Его ключ будет удалён из хранилища ключей; история использования останется.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Не удалось прочитать ключ: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Получение моделей…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>Подключено за %1 мс: доступна %n модель.</numerusform>
            <numerusform>Подключено за %1 мс: доступно %n модели.</numerusform>
            <numerusform>Подключено за %1 мс: доступно %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>Собственная настройка сети этого провайдера; пустые поля берутся из настроек (Сеть).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Не сохранено: не удалось сохранить пароль прокси в связке ключей (%1).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>Локальный прокси</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>Инструменты на этой машине (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, SDK OpenAI, Anthropic и Google Gen AI) могут использовать ваших провайдеров и маршруты через конечные точки OpenAI, Responses, Anthropic и Gemini, которые обслуживаются здесь. Каждый вызов маршрутизируется, учитывается в бюджетах и подсчитывается так же, как вызовы самого приложения.</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>&amp;Прокси включён</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>Доступен с других машин (нужны ключи)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>Разрешённые &amp;веб-страницы:</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>нет (например, http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>Источники (origin) веб-страниц, которым разрешено вызывать прокси из браузера, через запятую. Страницы с любого другого источника отклоняются. Источник — это схема, хост и порт в том виде, в каком их отправляет браузер: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>Другие &amp;имена этой машины:</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>нет (например, gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>Имена хоста, по которым другие машины обращаются к этому прокси. Запросы к любому другому хосту отклоняются (имена loopback и IP-адреса работают всегда); это защищает от DNS rebinding.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Разрешённые модели</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Хранится как</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>Новый ключ для инструмента, хранится в хранилище ключей</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Удалить выбранный ключ</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Лимиты…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>Модели, которые может вызывать этот ключ, запросы в минуту и месячный лимит расходов</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>выберите ключ</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Копир&amp;овать</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Копировать ключ</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>Копирует настройку вместе с ключом</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Копировать &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Ответил</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Токены ввод/вывод</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>Задержка / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>Новый ключ прокси</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>Название инструмента, который будет его использовать:</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>Ключ для «%1»:

%2

Он сохранён в вашем хранилище ключей; скопировать его или готовую настройку можно на этой странице в любой момент.</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>Лимиты ключа «%1»</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>все (или, например, openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>&amp;Разрешённые модели:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Запросов в минуту:</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>Месячный лимит &amp;расходов ($):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>Лимит расходов должен быть суммой в долларах, 0 или больше.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>Не удалось создать ключ для прокси: %1

Запустить без ключа? Тогда любая программа на этом компьютере сможет его использовать и тратить ваши средства (веб-страницы по-прежнему отклоняются, если вы их не разрешите).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>Ваш ключ прокси</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>Теперь инструменты должны отправлять этот ключ, чтобы пользоваться прокси:

%1

Он хранится в вашем хранилище ключей. Скопировать его или готовую настройку для вашего инструмента можно на этой странице в любой момент.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Прослушивается %1</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, без ключа</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Не работает: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>Выключен. Включите, чтобы обслуживать http://%1:%2</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (поток)</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms</source>
        <translation>%1 мс / %2 мс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>Без ключа: любая программа на этом компьютере может использовать прокси и тратить ваши средства. Веб-страницы отклоняются, если их источник не разрешён выше. Создайте ключ кнопкой «Новый…»</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>Один ключ на инструмент: инструменты без ключа отклоняются. Бюджеты для ключей задаются на странице «Использование».</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>читается из %1</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>Ключ с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить ключ в хранилище ключей: %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>Удалить последний ключ</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>Без ключа любая программа на этом компьютере может использовать прокси и тратить ваши средства. Веб-страницы по-прежнему отклоняются, если их источник не разрешён.

Удалить «%1» и работать без ключа?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>Удалить ключ прокси</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>Удалить ключ «%1»? Инструменты, которые его используют, будут получать ошибки 401.</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(ранее)</translation>
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
  добавьте модель %3

Cursor отправляет большинство запросов со своих серверов, которые не могут достучаться до %1:
им нужен доступный адрес («Доступен с других машин» и туннель, которому вы доверяете).
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Изменить:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>Виртуальная модель</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>Виртуальных моделей и маршрутов пока нет. Нажмите «Создать», чтобы добавить маршрут (модели для попыток по порядку), а затем виртуальную модель (имя, которое запрашивают клиенты).</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>Резерв: следующий при сбое</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>Взвешенная: доли по весу</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Быстрейший первый токен</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Самая дешёвая</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>Наименее загруженная</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Стратегия:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>Перетаскивайте, чтобы изменить порядок: он же порядок резервирования. Дважды щёлкните вес, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>Добавить &amp;цель</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>Вверх (раньше в порядке резервирования)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>Дополнительные попытки на той же цели после ошибки, допускающей повтор (лимит запросов, перегрузка, тайм-аут)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Повторы:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>Первая пауза перед повтором; с каждым повтором она удваивается</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>&amp;Задержка:</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>Если провайдер просит ждать дольше (Retry-After), вместо ожидания происходит переключение на следующую цель</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Макс. &amp;ожидание:</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>Маршрут, который используется, если ни одно правило не подошло</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>Маршрут по &amp;умолчанию:</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>без предела</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>Пропускать цели, расчётная стоимость вызова которых выше этой</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>&amp;Макс. цена вызова:</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>без бюджета</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>Пропускать цели, у которых недавнее время до первого токена больше этого</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>Бюджет &amp;задержки:</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>Опустить, указав в заголовке</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Отклонить запрос</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>Инструменты на стороне провайдера, которые запрашивает клиент (веб-поиск, интерпретатор кода, поиск по файлам), но API выбранной модели не может их выполнить. «Отклонить» пропускает такие цели и, если не осталось ни одной, отвечает 400 с названием инструмента.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>&amp;Недоступные инструменты:</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>нет (например, handbook, contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>Коллекции базы знаний через запятую: каждый запрос через эту модель получает лучшие фрагменты из них как пронумерованные источники в системном промпте, какой бы API ни использовал клиент</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>Коллекции &amp;базы знаний:</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>по умолчанию (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>Сколько фрагментов максимум получает запрос (они также должны уложиться в бюджет токенов knowledgeTokens)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>&amp;Фрагменты базы знаний:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Требует</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>Мин. токенов</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>Правила проверяются сверху вниз; первое подходящее выбирает маршрут.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>Добавить п&amp;равило</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>Поднять правило (проверяется раньше)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Опустить правило</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Правила:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>Форма показывает последнюю версию, которую удалось прочитать. Сначала исправьте JSON: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Виртуальная модель: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Маршрут: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>Сейчас ни один включённый провайдер не предлагает эту модель</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (нет такого маршрута)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>любой размер</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>Срабатывает, когда промпт оценивается в столько токенов или больше</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>в норме</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>остывает</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Маршрутизация</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>Виртуальные модели и маршруты</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>Маршрут перечисляет цели (ПРОВАЙДЕР/МОДЕЛЬ) и стратегию: fallback, weighted, latency, cost или least_busy. Виртуальная модель — это имя, которое запрашивают клиенты; её правила выбирают маршрут по задаче (summarize, code, reasoning, vision), нужным возможностям (tools, vision, json) или размеру промпта, с необязательным пределом стоимости (maxCostUsd) и бюджетом задержки (latencyBudgetMs).</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>Вставить &amp;пример</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>Пример промпта, например «Кратко изложи этот отчёт»</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Промпт:</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>авто (по промпту)</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>инструменты</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>Показать &amp;маршрут</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Оценка стоимости</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>Почему / почему нет</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Ответил</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>Выберите вызов, чтобы увидеть, почему он ушёл туда, куда ушёл.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Недавние вызовы</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>Применить конфигурацию маршрутизации</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>Сохранённая маршрутизация не используется, пока её не исправят: %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>текст не является JSON-объектом</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>Конфигурация — это объект с &quot;virtualModels&quot; и &quot;routes&quot;.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>Неизвестные ключи: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Корректно.</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>Корректно, но запросы через эти виртуальные модели завершатся ошибкой, пока не появятся коллекции (switchboard-cli kb create ИМЯ): %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>Применено: новые вызовы используют эту маршрутизацию.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>Сначала добавьте провайдера (страница «Провайдеры»): маршрутам нужны цели.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>виртуальная модель %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>маршрут %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>напрямую</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>выбрано %1</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>задача %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (предположительно)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>около %1 входных токенов</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>Нет цели: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>Идёт к %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>первый выбор</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>резерв</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>пробный вызов: цепь полуоткрыта после %n сбоя, один вызов может её проверить</numerusform>
            <numerusform>пробный вызов: цепь полуоткрыта после %n сбоев, один вызов может её проверить</numerusform>
            <numerusform>пробный вызов: цепь полуоткрыта после %n сбоев, один вызов может её проверить</numerusform>
        </translation>
    </message>
    <message>
        <source> · TTFT %1 ms</source>
        <translation> · TTFT %1 мс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 failed (%3%)</source>
        <translation>%1 из %2 со сбоем (%3%)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>Недавняя доля ошибок с большим весом последних вызовов (её использует маршрутизация): %1%</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1: осталось %2% бюджета ошибок, расход %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: вызовов пока нет</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>понижен: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · понижен в маршрутизации</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>Сравнить запуски %1</translation>
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
        <translation>Только изменившиеся шаги</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Результат A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Результат B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Модель A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Модель B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Стоимость A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Стоимость B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>Задержка A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>Задержка B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>только в B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>только в A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Сейчас используется: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Каталог данных</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Каталог данных:</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>Каталог данных должен быть абсолютным путём.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 — файл, а не каталог.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Не удаётся создать каталог %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Enter (Enter — новая строка)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>&amp;Отправлять сообщение:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>Запускать Switchboard при входе в систе&amp;му</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Ответы:</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>Ко&amp;д в ответах:</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>Шрифты сразу применяются к ответам в Playground и в сравнении.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Сразу применяется к промптам в Playground и в сравнении.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>&amp;Новые беседы используют:</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>&amp;Сравнение начинается с:</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>Моделей пока нет: добавьте провайдера на странице «Провайдеры», затем выберите их здесь.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Хранить всегда</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>&amp;Хранить беседы:</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>Беседы Playground, не менявшиеся столько дней, удаляются при запуске и раз в день.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>&amp;Удалить все локальные данные…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Удалить все локальные данные</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (больше не предлагается)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>Последняя использованная модель</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard закроется, удалит следующее и запустится заново с чистого листа:

• в %1: базу данных (беседы, журнал использования, сравнения и голоса, коллекции знаний и их индекс, запуски рабочих процессов, историю мониторинга) и файл рабочего пространства (провайдеры, маршруты, бюджеты, ключи прокси, рабочие процессы)
• все настройки этого диалога
• ключи в системной связке ключей, на которые ссылается рабочее пространство (ключи провайдеров и прокси)

Останутся: переменные окружения, файлы, импортированные в базу знаний, экспортированные файлы и другие файлы в папке.

Это нельзя отменить. Чтобы сохранить рабочее пространство, сначала экспортируйте его.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Запускаться &amp;свёрнутым в трей</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>Тогда при запуске включается локальный прокси, а окно открывается значком в трее. Если трея нет, окно откроется как обычно.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>Беседы, сравнения, использование и файл рабочего пространства хранятся в каталоге данных. Новый каталог данных вступает в силу после перезапуска; файлы не перемещаются.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>Источник [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>стр. %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>символы %1–%2</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Открыть страницу</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Копировать фрагмент</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>Файла больше нет в %1: его переместили или удалили после импорта.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>Сравнить шаг %1</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>Входные данные, которые шаг %1 получил в этом запуске, уходят отмеченным моделям и показываются рядом в «Сравнении».</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>Выбрана %n модель.</numerusform>
            <numerusform>Выбрано %n модели.</numerusform>
            <numerusform>Выбрано %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>Выберите от %1 до %2 моделей (выбрано: %3).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>Выберите шаг на холсте, чтобы изменить его. Добавляйте шаги из палитры: перетащите на холст или дважды щёлкните. Протяните от порта справа у шага к другому шагу, чтобы соединить их.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>В показанном запуске</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>Сравнить на других моделях…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>Отправить входные данные этого шага (системный и пользовательский промпт в готовом виде, его параметры) 2–6 моделям рядом в «Сравнении»</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>Открыть его шаги</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>Изменить шаги, которые этот шаг «Для каждого» выполняет для каждого элемента (или дважды щёлкните его на холсте)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>Неизвестный тип «%1»: исправьте в представлении JSON.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>Буквы, цифры и &apos;_&apos;; другие шаги читают этот как steps.ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>Пока не JSON (%1 в позиции %2): шаг сохраняет прежнюю схему.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>Схема — это JSON-объект: шаг сохраняет прежнюю.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>Последовательности, завершающие ответ, через запятую</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Макс. токенов</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Рассуждение</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп-последовательности</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Токены: %1 ввод, %2 вывод</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Стоимость: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Задержка: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Попытки: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Ветка: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>воспроизведено из записи</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>Типы шагов</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>Перетащите его на холст или дважды щёлкните.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Командный сервер:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>Провайдеры рабочей области типа «командный сервер Switchboard»</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Загрузка команды…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>Скопируйте новый ключ сейчас: сервер хранит только его хеш, поэтому показать его снова нельзя. Передайте его участнику по надёжному каналу.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Я скопировал</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Активные ключи</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Имя нового участника</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Выбран:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Запросов/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Показывать отозванные</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>Участник, которому принадлежит новый ключ</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>Метка, например ноутбук</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> в min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>Сколько запросов в минуту может делать этот ключ на всех серверах команды вместе (0 — без ограничения)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Создать ключ</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>Новый ключ для того же участника, с той же меткой и ограничением; выбранный сразу перестаёт работать</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>Ключ скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>В этой рабочей области нет командного сервера. Добавьте в разделе «Провайдеры» провайдер типа «Командный сервер Switchboard» с адресом сервера и ключом участника.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>Вы — &lt;b&gt;%1&lt;/b&gt;, роль: %2.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>Участников, ключи и журнал аудита видят и меняют только администраторы команды. Попросите администратора о новом ключе или другой роли.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>заменён, теперь %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>Это могут делать только администраторы команды; ваша роль — %1.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 теперь в команде, роль: %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>У %1 теперь роль %2.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>Удалить %1 из команды? Ключи сразу перестанут работать; журнал вызовов и журнал аудита сохранят имя.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 удалён из команды.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>Создан ключ %1 для %2.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Отозвать ключ</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>Отозвать ключ %1? С этого момента все инструменты с ним получат отказ на всех серверах команды.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>Ключ %1 отозван.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Заменить ключ</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>Заменить ключ %1 новым? Старый сразу перестанет работать; участнику понадобится новый.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>Ключ %1 заменён на %2.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>Снова загрузить участников, ключи, бюджеты и журнал аудита с сервера команды</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Мягкий лимит</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Жёсткий лимит</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Где задан</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>Сколько ещё могут стоить выполняющиеся вызовы: удерживается из жёсткого лимита до их завершения</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>Мягкий лимит предупреждает, когда расходы участника его достигают. Жёсткий лимит отклоняет его вызовы, как только расходы и выполняющиеся вызовы могут его превысить, на всех серверах команды вместе. Оставьте поле пустым, чтобы лимита не было.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>Участник, для которого задаётся бюджет</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>Сутки UTC или календарные месяцы UTC</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>Мягкий $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>Жёсткий $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Сохранить бюджет</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>Задаёт бюджет участника на этот период вместо текущего</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>Удаляет выбранный бюджет</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Бюджеты</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>файл рабочего пространства сервера</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>Задан в файле рабочего пространства ответившего сервера; измените его там или задайте здесь бюджет участника на этот период, чтобы заменить его на всех серверах команды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>«%1» — не сумма в долларах: введите число, например 12,50, или оставьте лимит пустым.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>Введите мягкий лимит, жёсткий или оба. Чтобы убрать бюджет, выберите его и нажмите «Удалить».</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>Бюджет участника %1 (%2) сохранён.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Удалить бюджет</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>Удалить бюджет участника %1 (%2)? Его вызовы больше не будут ограничены им ни на одном сервере команды.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>Бюджет участника %1 (%2) удалён.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>Новый процесс из шаблона</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>Что использует каждый слот шаблона. Пустой слот сохраняет своё имя, и тогда это должна быть виртуальная модель, маршрут или коллекция рабочего пространства.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (модель): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (коллекция): %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>Обновления</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard никогда ничего не скачивает и не устанавливает сам: откройте страницу загрузки или обновите программу через менеджер пакетов.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>&amp;Открыть страницу загрузки</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>&amp;Пропустить эту версию</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>Поиск новых версий в %1…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 — самая новая версия.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Вышел Switchboard %1. У вас версия %2.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>Вы решили её пропустить: Switchboard сообщит снова, когда выйдет более новая версия.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (предварительный выпуск)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1, выпуск от %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>Для этой версии нет описания.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…и ещё более старых версий: %1 — см. страницу загрузки.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>Сообщать и о &amp;предварительных выпусках</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>&amp;Лента выпусков:</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>&amp;Проверить сейчас…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Не проверено: %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>задано при сборке</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>Эта установка управляется централизованно (%1): новые версии приходят через менеджер пакетов или администратора, поэтому автоматическая проверка выключена, пока вы её не включите.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверялось.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Последняя проверка: %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>Последняя проверка: %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>Настройки обновлений не сохранены: %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>&amp;Автоматически проверять новые версии</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>Автоматическая проверка выполняется при запуске и затем не чаще раза в день. При проверке читается лента (небольшой JSON-файл, через сетевые настройки), а новое показывается в окне. Switchboard никогда ничего не скачивает и не устанавливает сам.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Добавить веб-страницы</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>&amp;Веб-страницы для импорта в «%1», по адресу на строку:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Веб-адреса</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>Каждая страница загружается (не более 64 МБ, 30 с) и читается по типу содержимого: HTML, Markdown, текст, CSV, JSON, PDF или офисные документы. Неизменённая страница при повторном добавлении не получает новые эмбеддинги.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>Строка %1: у «%2» нет http:// или https:// в начале. Напишите полный адрес, например https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>Строка %1: «%2» — некорректный веб-адрес. Проверьте, нет ли пробелов и опечаток, или скопируйте его из адресной строки браузера.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>Строка %1: «%2» — не веб-страница: импортировать можно только адреса http:// и https://. Локальные файлы добавляйте через «Добавить файлы».</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>Строка %1: в «%2» не указан сервер. Пишите в виде https://example.com/page.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>К импорту %n страница.</numerusform>
            <numerusform>К импорту %n страницы.</numerusform>
            <numerusform>К импорту %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>Введите один или несколько адресов, начинающихся с http:// или https://.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Расходы</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>Токены за сутки UTC по видам. Вывод не включает рассуждение.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Токены</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>Задержка и время до первого токена успешных вызовов по моделям (%1 самых загруженных), в миллисекундах.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Задержка</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>Доля неудачных попыток по провайдерам (отменённые вызовы не считаются ошибками).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Ошибки</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>&amp;Топ расходов</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Вызовы</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Бюджеты</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>Наведите на столбец, чтобы увидеть его значение.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>Перечитать журнал</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Первый день (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Последний день (UTC), включительно</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Откуда:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Перечитать журнал (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>Расходы за сутки UTC по</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>провайдеру</translation>
    </message>
    <message>
        <source>model</source>
        <translation>модели</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источнику</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>ключу (прокси, разговор)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>Ключи по стоимости (ключи прокси, разговоры, сравнения)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>Самые дорогие запросы</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>Данные об использовании недоступны: журнал не работает.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>%n вызов за этот период использовал модели без цены: его стоимость неизвестна, и итоги, графики и бюджеты её не учитывают. Задайте цены модели на странице «Провайдеры».</numerusform>
            <numerusform>%n вызова за этот период использовали модели без цены: их стоимость неизвестна, и итоги, графики и бюджеты её не учитывают. Задайте цены модели на странице «Провайдеры».</numerusform>
            <numerusform>%n вызовов за этот период использовали модели без цены: их стоимость неизвестна, и итоги, графики и бюджеты её не учитывают. Задайте цены модели на странице «Провайдеры».</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>Расходы %1 · вызовы: %2 (запросы: %3) · токены: %4 · ошибки: %5% (%6)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>Достигнут жёсткий лимит бюджета: %1, потрачено %2 из %3. Вызовы, на которые он распространяется, отклоняются.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>Достигнут мягкий лимит бюджета: %1, потрачено %2 из %3.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Сервер команды: мои</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>Чей журнал: этого компьютера или сервера команды (администраторы и наблюдатели видят вызовы всех участников, участник — только свои)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>Все вызовы сервера команды проходят через его прокси</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>Вызовы команды и их промпты остаются на сервере команды</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>Бюджеты участников находятся на странице «Команда»</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>Чтение журнала сервера команды…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Ваши вызовы (%1) на сервере команды «%2».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Ваши вызовы (%1) на сервере команды «%2»: участник видит только свои.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Вызовы всех участников на сервере команды «%1».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Вызовы участника %1 на сервере команды «%2».</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>Не удалось прочитать использование сервера команды.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>Процентили оценены по дневным гистограммам с точностью до %1.</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>Командный сервер вычисляет процентили по своим дневным гистограммам задержки, а не по каждому вызову. Число вызовов точное.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>дневной бюджет рабочего пространства</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>месячный бюджет рабочего пространства</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>дневной бюджет провайдера %1</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>месячный бюджет провайдера %1</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>дневной бюджет прокси-ключа %1</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>месячный бюджет прокси-ключа %1</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>дневной бюджет участника команды %1</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>месячный бюджет участника команды %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>Версии %1</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>Версия %1 и версия %2 совпадают.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>Что изменилось от версии %1 к версии %2:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>процесс</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>шаг %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>в «Для каждого» %1</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>связь %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>когда %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Добро пожаловать в Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Switchboard&lt;/h2&gt;&lt;p&gt;Подключим первого поставщика моделей. Switchboard ищет API-ключи, которые у вас уже есть, и модели, запущенные на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>Поиск API-ключей в переменных окружения и Ollama или LM Studio на этом компьютере…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>Найденные поставщики</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>Ключи хранятся в системной связке ключей и никогда — в файле рабочего пространства. Каждый поставщик проверяется перед добавлением.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>Проверка подключений…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>Проверки подключения</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>Настройте поставщиков сами на странице «Поставщики». Справка &gt; Приветствие снова откроет это окно.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>&amp;Добавить и проверить</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Открыть &amp;Playground</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>Открыть &amp;поставщиков</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>%1 на этом компьютере: %n модель</numerusform>
            <numerusform>%1 на этом компьютере: %n модели</numerusform>
            <numerusform>%1 на этом компьютере: %n моделей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1, ключ в %2</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>В переменных окружения не найдено ни одного API-ключа, и на этом компьютере не ответили ни Ollama, ни LM Studio. Добавьте поставщика на странице «Поставщики» с ключом из консоли вашего поставщика.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>Найден %n поставщик. Снимите отметку с тех, кого не хотите добавлять.</numerusform>
            <numerusform>Найдено %n поставщика. Снимите отметку с тех, кого не хотите добавлять.</numerusform>
            <numerusform>Найдено %n поставщиков. Снимите отметку с тех, кого не хотите добавлять.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: не добавлен: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: подключено за %2 мс, %n модель.</numerusform>
            <numerusform>%1: подключено за %2 мс, %n модели.</numerusform>
            <numerusform>%1: подключено за %2 мс, %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: не добавлен: не удалось сохранить ключ в связке ключей (%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>Не удалось сохранить поставщиков: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>Не удалось добавить ни одного поставщика. Проверьте сообщения ниже, затем добавьте поставщика на странице «Поставщики».</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>Готово. Поставщики сохранены и доступны в Playground.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Удалить %n связь</numerusform>
            <numerusform>Удалить %n связи</numerusform>
            <numerusform>Удалить %n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Удалить %n шаг</numerusform>
            <numerusform>Удалить %n шага</numerusform>
            <numerusform>Удалить %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Переместить %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Переместить %n шаг</numerusform>
            <numerusform>Переместить %n шага</numerusform>
            <numerusform>Переместить %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>Шага «%1» нет.</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>Связи не выходят за пределы одного графа: «%1» и «%2» находятся в разных.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>Шаг не может следовать сам за собой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>«%1» уже соединён с «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>«%1» уже выполняется после «%2»: эта связь создала бы цикл, а каждый шаг выполняется один раз.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Соединить %1 с %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>Соединить %1 с %2 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Изменить %1 у %2</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>ID начинается с буквы или &apos;_&apos; и содержит буквы, цифры и &apos;_&apos; (не более 64).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>Другой шаг уже называется «%1»; ID в процессе уникальны.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>Изменить %1 процесса</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>входные данные</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Вставить %n шаг</numerusform>
            <numerusform>Вставить %n шага</numerusform>
            <numerusform>Вставить %n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>Буквы, цифры, &apos;_&apos;, &apos;-&apos; и &apos;.&apos;; прокси предлагает процесс как модель workflow:ИМЯ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>Входные данные, которые принимает запуск (input.ИМЯ в шаблонах и выражениях):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Добавить вход</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Удалить вход</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>Дважды щёлкните запуск, чтобы увидеть его шаги на холсте; выберите два, чтобы сравнить их</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>Показать шаги запуска на холсте</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>Выберите два запуска, чтобы сравнить их по шагам</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>У этого процесса ещё нет запусков.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>попытка %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Рабочие процессы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>Новый процесс: модель отвечает на текст входных данных</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>Копия процесса в сохранённом виде</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>Переименовать процесс (с сохранением)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>Новый процесс из шаблона: сортировка документов, ответ поддержки, ревью кода, пакетный перевод</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>Добавить процесс из файла</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>Сохранить процесс в файл в том виде, в каком он в редакторе</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>Назад к собственным шагам процесса</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>Сохранить процесс в рабочее пространство (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Упорядочить</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>Расположить шаги слоями по зависимостям (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Увеличить (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>Показать все шаги (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>Процесс в том виде, в каком его хранит рабочее пространство. Измените его здесь и примените или используйте холст и инспектор.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>Не JSON: %1 в позиции %2.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>Процесс — это JSON-объект.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Изменить как JSON</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Применено.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>Сохранить процесс</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>Упорядочить шаги по зависимостям</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>Масштабировать, чтобы видеть все шаги</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>Запустить процесс</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Копировать выбранные шаги</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Вставить шаги</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>Удалить выбранные шаги и связи</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Выбрать все шаги</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>Сохранить изменения в «%1»? («Нет» отбрасывает их.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>Процессов пока нет: нажмите «Новый», чтобы создать.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>Не сохранено: дайте процессу имя (вкладка «Процесс»).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>Не сохранено: другой процесс уже называется «%1»; выберите другое имя (вкладка «Процесс»).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>Сохранено. %n проблема мешает запуску.</numerusform>
            <numerusform>Сохранено. %n проблемы мешают запуску.</numerusform>
            <numerusform>Сохранено. %n проблем мешают запуску.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>«%1» переименован в «%2» и сохранён.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>Удалить процесс</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>Удалить процесс «%1» из рабочего пространства? Его запуски останутся в истории.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (каждый элемент)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>Скопирован %n шаг.</numerusform>
            <numerusform>Скопировано %n шага.</numerusform>
            <numerusform>Скопировано %n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>В буфере обмена нет шагов для вставки.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>Вставлен %n шаг.</numerusform>
            <numerusform>Вставлено %n шага.</numerusform>
            <numerusform>Вставлено %n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>Упорядочить шаги</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>Проблем нет: процесс можно запускать.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n проблема:</numerusform>
            <numerusform>%n проблемы:</numerusform>
            <numerusform>%n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>Маршрутизатор не работает: сначала добавьте провайдера (страница «Провайдеры»).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>Сначала исправьте его проблемы (они перечислены под холстом).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>Завершено %1 из %n элемента</numerusform>
            <numerusform>Завершено %1 из %n элементов</numerusform>
            <numerusform>Завершено %1 из %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>Сначала продолжите запуск, затем отклоните значение.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Продолжить запуск</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>Открыть запуск</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>Запуска %1 больше нет.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Сравнить запуски</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>Одного из запусков больше нет в истории.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>«%1» сохранён в рабочем пространстве, но его версия не сохранилась: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>Восстановить версию %1 процесса «%2»? Она будет сохранена как новейшая версия; «Отменить» в редакторе вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>Ваши несохранённые изменения будут заменены («Отменить» вернёт их).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Восстановить версию</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Восстановить версию %1</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>Версия %1 восстановлена и сохранена как новейшая («Отменить» вернёт всё обратно).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Сравнить версии</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Новый процесс из шаблона</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: выберите другое имя.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>«%1» добавлен из шаблона «%2».</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>Импорт процесса</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Файлы процессов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>В рабочем пространстве есть другой процесс с именем «%1». Заменить его (он останется в своих версиях), оставить оба или импортировать процесс из файла под другим именем?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>Другое имя…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>Имя импортируемого процесса:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>В рабочем пространстве уже есть «%1» без изменений.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>«%1» заменён процессом из файла.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>«%1» импортирован.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>Экспорт процесса</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>«%1» экспортирован в %2.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>Сравнить можно только завершённый шаг модели из показанного запуска; сначала запустите процесс.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Выберите от %1 до %2 моделей.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>Сравнить этот шаг</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>Сравнение отправляет только текст: %n файл, полученный шагом, не передаётся.</numerusform>
            <numerusform>Сравнение отправляет только текст: %n файла, полученные шагом, не передаются.</numerusform>
            <numerusform>Сравнение отправляет только текст: %n файлов, полученных шагом, не передаются.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>другой рабочий процесс называется «%1»</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Входные данные</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>Загрузить из файла JSON…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>{&quot;file&quot;: &quot;ПУТЬ&quot;} внутри означает содержимое этого файла</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>Шаг, который вывел бы запуск за эту стоимость, не начинается</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>Предел стоимости</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>Запустить процесс в том виде, в каком он в редакторе (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>Продолжить с места остановки; завершённые шаги не выполняются повторно</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Ожидает вашей проверки</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>Измените значение перед одобрением, чтобы передать свою версию (JSON или простой текст)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>Причина (для отклонения)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>Запусков пока нет. Заполните входные данные и нажмите «Запустить».</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>Результат запуска</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Входные данные (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>файл для чтения</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Вход %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>Входные данные — не JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 — не JSON: запишите это как JSON, например [&quot;a&quot;, &quot;b&quot;] или {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 — не число.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 — не одно значение JSON.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>Загрузить входные данные</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Запуск %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>«Продолжить» продолжает без повтора завершённых шагов.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>Шаг %1 ждёт: одобрите значение (сначала измените его, чтобы передать свою версию) или отклоните.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>Кто и почему</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>Номер версии</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>Каждая сохранённая версия хранится. Выберите одну, чтобы восстановить её, или две, чтобы сравнить.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>Снова сделать выбранную версию новейшей («Отменить» в редакторе вернёт всё обратно)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>Выберите две версии, чтобы увидеть изменения по шагам</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>app</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>файл рабочего пространства</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>как в файле рабочего пространства</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>восстановлена версия %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>импортировано из %1</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>из шаблона %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>Сохранённых версий пока нет: каждое сохранение создаёт одну.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n версия, ни одна не удалялась.</numerusform>
            <numerusform>%n версии, ни одна не удалялась.</numerusform>
            <numerusform>%n версий, ни одна не удалялась.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>Рабочее пространство содержит ваших провайдеров, маршруты, настройки прокси и бюджеты. Команды делятся им, экспортируя и импортируя файл; ключи остаются в хранилище ключей каждого участника.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Провайдеры:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Маршрутизация:</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>Локальный прокси:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Каталог данных:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Хранилище ключей:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>Ключи хранятся в системном хранилище ключей и указываются в рабочем пространстве как keychain:ИМЯ или читаются из окружения как env:VAR. Они никогда не записываются в файлы, журналы или базу данных.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n провайдер</numerusform>
            <numerusform>%n провайдера</numerusform>
            <numerusform>%n провайдеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n включён</numerusform>
            <numerusform>%n включено</numerusform>
            <numerusform>%n включено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n виртуальная модель</numerusform>
            <numerusform>%n виртуальные модели</numerusform>
            <numerusform>%n виртуальных моделей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n маршрут</numerusform>
            <numerusform>%n маршрута</numerusform>
            <numerusform>%n маршрутов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n бюджет</numerusform>
            <numerusform>%n бюджета</numerusform>
            <numerusform>%n бюджетов</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n ключ</numerusform>
            <numerusform>%n ключа</numerusform>
            <numerusform>%n ключей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (версия схемы %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>не открыто</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Переименовать рабочее пространство</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>доступно (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>недоступно: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Импорт рабочего пространства</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Рабочее пространство Switchboard (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>Файл не импортирован; ваше рабочее пространство не изменилось.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>Заменить рабочее пространство «%1» (%2) на «%3» (%4) из %5?

Ключи не входят в файл: ссылки вида keychain:ИМЯ должны существовать в вашем хранилище ключей.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Экспорт рабочего пространства</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Рабочее пространство Switchboard (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>Экспортировано в %1. Файл содержит только ссылки на ключи, но не сами ключи.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>Не удаётся изменить %1. Проверьте, может ли ваша учётная запись изменять свой раздел Run.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>Не удаётся удалить %1. Удалите файл вручную или сделайте его папку доступной для записи.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>Не удаётся создать папку %1. Сделайте родительскую папку доступной для записи и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>Не удаётся записать %1. Сделайте папку доступной для записи и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>это не JSON (%1 в байте %2)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>это не лента выпусков Switchboard (нужен объект с &quot;format&quot;: &quot;%1&quot; и списком &quot;releases&quot;)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>лента в формате &quot;%1&quot;, который эта версия не читает (она читает &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>в ленте %1 выпусков — больше, чем %2, которые читает эта версия</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>ни у одного выпуска нет версии вида MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>URL ленты должен быть адресом http или https, например https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>Лента выпусков не задана: укажите её URL в разделе «Настройки», «Обновления».</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>Не удаётся проверить ленту выпусков %1: %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>Не удаётся проверить обновления: %1. Проверьте пароль сетевого прокси («Настройки», «Сеть»).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>Не удаётся проверить обновления: сетевые настройки нельзя использовать (%1). Исправьте их в разделе «Настройки», «Сеть».</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>Ответ %1 больше %2 КиБ — намного больше ленты выпусков: проверьте URL ленты в разделе «Настройки», «Обновления».</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 — не лента выпусков: её JSON повреждён (%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 — не лента выпусков: вместо JSON пришло %2. Проверьте URL ленты в разделе «Настройки», «Обновления».</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>что-то другое</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>Лента выпусков по адресу %1 ответила с HTTP-статусом %2: проверьте URL ленты в разделе «Настройки», «Обновления».</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>Лента выпусков по адресу %1 не ответила вовремя (%2). Проверьте сетевые настройки («Настройки», «Сеть») и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>Не удаётся связаться с лентой выпусков по адресу %1: %2. Проверьте адрес и сетевые настройки («Настройки», «Сеть») и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 — не лента выпусков, которую может прочитать эта версия: %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>должно быть массивом шагов, а не %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>должно быть массивом рёбер, а не %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>должно быть объектом с id и kind</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>должно быть именем</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>обязательно (одно из %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» не входит в %2</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>должно быть объектом с from и to</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>неизвестный ключ «%1» (у ребра есть from, to и when)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>должно быть true, false или меткой</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>map нужны шаги, выполняемые для каждого элемента</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>результат каждого элемента — значение шага вывода или единственного шага, за которым ничего не следует; добавьте шаг вывода</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>обязательно: id шага, из которого выходит ребро</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>обязательно: id шага, в который входит ребро</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>«%1» не может следовать сам за собой</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>одно и то же ребро из «%1» в «%2» указано дважды</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>ребро из условия «%1» указывает, когда по нему идти: true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>«%1» — не метка «%2» (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>when есть только у рёбер из условия или шага классификации; «%1» — шаг вида %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>«%1» находится вне шагов этого map</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>«%1» находится внутри map «%2»; рёбра остаются в пределах шагов одного map</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>нет шага «%1»</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>шаги образуют цикл: %1; рабочий процесс выполняет каждый шаг один раз</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>«%1» должно начинаться с буквы или &apos;_&apos; и содержать буквы, цифры и &apos;_&apos; (не более 64)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>неизвестное поле; у шагов %1 есть %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>повторы и тайм-ауты есть только у шагов, вызывающих модель, базу знаний или чтение документов; шаг %1 не делает ни того, ни другого</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>должно быть строкой, а не %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>укажите модель: PROVIDER/MODEL, маршрут или виртуальную модель</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>должно быть текстом, а не %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>должно быть выражением в виде текста, а не %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>должно быть массивом выражений, а не %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>должно быть выражением в виде текста</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>должно быть true или false, а не %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>должно быть массивом строк, а не %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустой строкой</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>должно быть объектом, а не %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>должно быть объектом JSON Schema, а не %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>должно быть числом от 0 до 2</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>должно быть числом от 0 до 1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>должно быть целым числом от %1 до 1000000000</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>должно быть одним из minimal, low, medium, high</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>должно быть массивом строк</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>неизвестный параметр; есть temperature, topP, maxTokens, reasoningEffort, seed, stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>шагу классификации нужны как минимум две метки</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>«%1» указано дважды</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>укажите хотя бы одну коллекцию базы знаний</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 принимает %2, а не %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>обязательно для %1: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>создаваемый текст с пропусками {{...}}</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>обрабатываемое значение, например steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>где искать внутри значения, например items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>должно быть путём вроде total или items[0].name</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>регулярное выражение</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>в позиции %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>в шаблоне групп в скобках: %1; group — одна из них или 0 для всего совпадения</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 есть только в шагах map</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>у run есть %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>неизвестное имя «%1»; пути начинаются с input, steps, run%2</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>укажите шаг: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 — не то, что есть у шага; есть %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>шаг не может читать собственный результат</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 не выполняется раньше %2; добавьте ребро из %1 (или шага после него) в %2</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 выполняется внутри map «%2» для каждого элемента; читайте steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 не выполняется раньше %2</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>обязательно (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>должно быть %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 записан более новой версией Switchboard (эта сборка читает до %2)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>неизвестный ключ (у рабочего процесса есть %1)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>должно быть объектом JSON Schema</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>рабочий процесс %1 недействителен:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>«%1» должно состоять из букв, цифр, &apos;_&apos;, &apos;-&apos; или &apos;.&apos; (не более 64)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>рабочему процессу нужен хотя бы один шаг</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>«%1» — id другого шага; id в рабочем процессе уникальны</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>добавьте шаг вывода: он определяет, что возвращает запуск</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>другой рабочий процесс называется «%1»</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>в позиции %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (нет значения)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>число %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>число не может сразу переходить в имя (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>неизвестная escape-последовательность &apos;\%1&apos; (используйте \&quot;, \&apos;, \\, \n или \t)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>строка не закрыта (добавьте %1)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>неожиданный символ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>выражение пустое</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; не сравнивает; используйте ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>неожиданно: %1 после законченного выражения</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>после &apos;%1&apos; ожидается значение</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>сравнения нельзя соединять цепочкой; объедините их через &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ожидается значение</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>ожидается &apos;)&apos;, закрывающая &apos;(&apos; в позиции %1, а найдено: %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>ожидается значение, а найдено: %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>ожидается значение, а найдено: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>неизвестная функция &apos;%1&apos; (есть %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>в вызове %1 ожидается &apos;,&apos; или &apos;)&apos;, а найдено: %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() принимает одно значение, а не %2</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>после &apos;.&apos; ожидается имя, а найдено: %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>индекс списка — целое число, а не %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>после &apos;[&apos; ожидается индекс списка или ключ в кавычках, а найдено: %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>ожидается &apos;]&apos;, закрывающая &apos;[&apos; в позиции %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; не может упорядочить %2 и %3</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>строка не может содержать %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; требует строку, список или объект, а не %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; требует числа, а не %2 и %3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>деление на ноль</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() требует строку, список или объект, а не %1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() не может прочитать %1 как число</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; требует число, а не %1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; не закрыта с помощью &apos;}}&apos;</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>пустые {{ }}: поместите внутрь значение, например {{input.text}}</translation>
    </message>
</context>
</TS>
