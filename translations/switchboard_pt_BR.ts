<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>Não é possível remover %1: feche os programas que o usam e inicie o Switchboard novamente.</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>Solicitado: %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>O cliente falou: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modelo virtual: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>Rota: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>Escolhido pela regra: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>Tarefa: %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  candidato %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  ignorado %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentativas:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: respondeu em %3 ms</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: falhou após %3 ms, %4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; esperou %1 ms antes da próxima</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      alterado para este upstream: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Respondido por: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  candidato %1, rebaixado: %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>O SLO “%1” consome seu orçamento de erros %2x em 1 h e %3x em 5 min (alerta rápido acima de %4x)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por dia</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1 em %2: %3 (total do dia %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>Gasto por dia: nenhuma chamada neste período</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raciocínio</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>cache (leitura)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>gravação em cache</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens por dia</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1 tokens em %2: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>latência p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>latência p95</translation>
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
        <translation>Latência por modelo: nenhuma chamada bem-sucedida neste período</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latência por modelo</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milissegundos</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2: %3 ms (%4 chamadas bem-sucedidas)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>taxa de erros (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>Taxa de erros por provedor: nenhuma chamada neste período</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>Taxa de erros por provedor</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>erros por tentativa</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: %2% de erros (%3 de %4 tentativas; %5 canceladas)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>qualquer rótulo</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>nenhum modelo</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>cada item de %1 · %n etapa dentro</numerusform>
            <numerusform>cada item de %1 · %n etapas dentro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número inteiro</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sim/não</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>lista (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>objeto (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>qualquer JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>Chamada de LLM</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classificar</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Para cada</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>Extrair texto</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>Buscar conhecimento</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformar</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Revisão humana</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>Consulta um modelo (ou uma rota ou modelo virtual) com um prompt de sistema e um de usuário; pode validar a resposta com um JSON Schema.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>Pede a um modelo que escolha um dos seus rótulos; as arestas saem dela por rótulo.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>Avalia uma expressão sobre resultados anteriores; as arestas saem dela para verdadeiro e para falso.</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>Executa as próprias etapas para cada item de uma lista, alguns por vez, e reúne os resultados.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>Lê o texto de um arquivo PDF, DOCX, ODT, EPUB, imagem (OCR) ou de texto da entrada.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>Encontra trechos nas coleções da base de conhecimento para uma consulta.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>Preenche um modelo de texto, extrai um valor de um JSON, divide, junta ou extrai com uma expressão regular.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>Pausa a execução até que alguém aprove, edite ou rejeite o valor.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>O que a execução retorna.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Intervalo entre tentativas (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Tempo limite (ms)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Prompt do usuário</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expressão</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Simultâneos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Idioma do OCR</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Orçamento de tokens</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo de texto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Todas as correspondências</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>PROVEDOR/MODELO, uma rota ou um modelo virtual</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>Texto com lacunas {{...}}: {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>Texto com lacunas {{...}}; {{steps.ID.output}} sozinho mantém seu JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>Um JSON Schema que a resposta deve seguir (um pedido de correção quando não segue)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>Uma expressão por linha indicando um arquivo da entrada: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>Um rótulo por linha; as arestas saem da etapa por rótulo</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>Uma coleção da base de conhecimento por linha</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>Comparar, combinar e contar: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>Uma expressão que produz uma lista: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>Uma expressão que produz o valor a processar: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>Uma expressão indicando um arquivo da entrada: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>Onde procurar dentro do valor: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>Uma expressão regular</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>Quantos itens são executados ao mesmo tempo</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>Cada tentativa falha após esse tempo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>pausado para revisão</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>bem-sucedido</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>Um lote já está em execução.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>O conjunto de prompts está vazio.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Escolha pelo menos um modelo.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>A base de conhecimento não está disponível aqui: desvincule as coleções para executar sem elas.</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>Lote de %n prompt</numerusform>
            <numerusform>Lote de %n prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>A busca de conhecimento falhou: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>não avaliado: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Pare primeiro as respostas em andamento.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Escolha de %1 a %2 modelos.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>A comparação %1 é uma execução em lote.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escreva um prompt primeiro.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>As respostas do último prompt ainda estão chegando.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>A base de conhecimento não está disponível aqui: desvincule as coleções para comparar sem elas.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>A busca de conhecimento falhou: %1. Escolha outra coleção (ou nenhuma) e envie de novo.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>Vote em uma comparação às cegas quando todas as respostas tiverem chegado.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>Não há painel %1.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 não lê PDFs (ou não este), e o texto deles não pode ser extraído: %2. Escolha um modelo marcado “pdf”.</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>não reordenado: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 falhou (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>a resposta de %1 não indicou números de trechos</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 não respondeu em %2 s</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>não reordenado: não há provedores para reordenar</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>a coleção não tem modelo de embeddings</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>não há provedores para gerar o embedding da consulta</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>sem busca vetorial: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>somente BM25: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>somente BM25: não foi possível gerar o embedding da consulta (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>somente BM25: nenhum trecho tem ainda um vetor de %1</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>Não há canário &quot;%1&quot; no espaço de trabalho.</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>O canário &quot;%1&quot; já está em execução ou aguardando.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: chave desconhecida &quot;%2&quot; (conhecidas: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: deve ser um texto, não %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: deve ser %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: deve ser um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: &quot;%2&quot; deve ser PROVIDER/MODEL (o modelo que o roteador pede ao provedor)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: informe provider ou model (PROVIDER/MODEL), não os dois</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: não há provedor &quot;%2&quot; no espaço de trabalho (há: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: não há rota nem modelo virtual &quot;%2&quot; no espaço de trabalho</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: deve ser ttft (tempo até o primeiro token) ou latency (total)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: deve ser um objeto</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: informe só um entre model (PROVIDER/MODEL) e route (nome de uma rota ou de um modelo virtual)</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: obrigatório para um SLO de latência (ex.: 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>um número de milissegundos acima de 0</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: um SLO de disponibilidade não tem metric nem thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: deve ser latency ou availability</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: obrigatório, em porcentagem (ex.: 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>uma porcentagem acima de 50 e abaixo de 100 (ex.: 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: deve ser true ou false</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: só um SLO sobre um modelo (PROVIDER/MODEL) pode rebaixá-lo no roteamento</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: obrigatório para %2 (ex.: %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>uma porcentagem acima de 0, no máximo 100</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>um número acima de 1 (ex.: 2: o dobro da média anterior)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>um valor em dólares acima de 0</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: deve ser error_rate, latency_spike, cost_per_hour ou no_traffic</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: a janela e a referência devem caber em 47 horas (os minutos guardados)</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: obrigatório, uma lista de PROVIDER/MODEL, rotas ou modelos virtuais</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: deve ser um nome de modelo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: &quot;%2&quot; não é PROVIDER/MODEL nem uma rota ou modelo virtual do espaço de trabalho</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: deve ser hourly ou daily</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>um valor em dólares acima de 0 (ex.: 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>um nível de significância acima de 0 e abaixo de 0.5 (ex.: 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>cada linha deve ser um objeto</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>o conjunto de prompts está vazio</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>obrigatório, uma lista de linhas de conjunto de prompts ou o texto de um conjunto de prompts</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: um prompt de canário precisa de uma verificação (contains, regex, json, schema ou judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: sem modelo; defina o &quot;model&quot; dele ou o judgeModel do canário</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%1 % das chamadas de %2 têm sucesso em %3 dias</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%1 % das %3 de %2 em até %4 ms em %5 dias</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>primeiros tokens</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respostas</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>taxa de erros de %1 &gt;= %2 % em %3 min</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%1 média de %2 em %3 min acima de %4 vezes a das %5 h anteriores</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>custo de %1 &gt;= $%2 em uma hora</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>nenhuma chamada de %1 há %2 h</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>a seção de monitoramento do espaço de trabalho não é válida:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: &quot;%2&quot; deve ter de 1 a 64 letras, dígitos, espaços, &quot;.&quot;, &quot;_&quot; ou &quot;-&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: &quot;%2&quot; já é usado por outro SLO ou monitor</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: deve ser um array</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: &quot;%2&quot; já é usado por outro canário</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: deve ser um objeto com uma url</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: deve ser uma URL http:// ou https://, ou keychain:NAME ou env:VAR que contenha uma</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: orçamento de erros consumido a %2 em %3 e a %4 em %5 (alerta acima de %6); resta %7 do orçamento. SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: consumo do orçamento de erros de volta a %2 em %3 e a %4 em %5; resta %6 do orçamento</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>%1 a referência</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 h sem chamadas</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; %4 chamadas)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: de volta a %2 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: resolvido, o SLO ou monitor foi removido</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>rota %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>origem %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>chave de proxy %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>membro %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas as chamadas</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>O provedor recusou a chave%1: %2. Verifique a chave do provedor.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>A chave não tem permissão para usar este modelo%1: %2. Escolha outro modelo ou troque a chave.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>Modelo ou endpoint desconhecido%1: %2. Verifique os modelos e a URL base do provedor.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>Um orçamento bloqueou esta chamada: %1. Aumente-o ou redefina-o em Uso, Orçamentos.</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> O provedor pede para esperar %1 s.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>Limite de taxa atingido%1: %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>Não foi possível contatar o provedor%1: %2. Verifique a URL base e sua rede e tente de novo.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>O provedor não respondeu%1: %2. Tente de novo ou escolha um modelo virtual com failover.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>O prompt é longo demais para a janela de contexto deste modelo: %1. Encurte-o, comece uma nova conversa ou escolha um modelo com contexto maior.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>O filtro de segurança do provedor recusou isto: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>O provedor rejeitou a requisição%1: %2. Verifique os parâmetros (modo JSON, máximo de tokens) para este modelo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>o proxy já está em execução em %1</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>o proxy precisa do mecanismo de roteamento</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>escutar em %1 (além desta máquina) exige pelo menos uma chave de proxy: adicione uma chave ou escute em 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>a porta do proxy deve estar entre 1 e 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>&apos;%1&apos; não é um endereço IP para escutar (use 127.0.0.1, ::1 ou 0.0.0.0)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>chave de proxy &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>chave de proxy &apos;%1&apos;: o segredo está vazio</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: outro programa (ou outro Switchboard) usa a porta %1; encerre-o ou escolha outra porta</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: portas abaixo de 1024 exigem privilégios de administrador; escolha uma porta acima de 1024</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>não é possível escutar em %1:%2: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>Este aplicativo não entende a resposta do servidor da equipe (%1). É um serve do Switchboard da mesma versão?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>Não foi possível ler a chave do provedor &quot;%1&quot;: %2. Informe-a novamente em Provedores.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>O provedor &quot;%1&quot; não tem chave. Informe a chave de um membro da equipe (sbk_...) em Provedores.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>O provedor &quot;%1&quot; não pode ser usado: %2. Corrija-o em Provedores.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>Não foi possível alcançar o servidor da equipe em %1: %2. Verifique se ele está rodando e se a URL base do provedor &quot;%3&quot; está certa, e tente de novo.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>O servidor da equipe em %1 não aceita a chave do provedor &quot;%2&quot;. Verifique a chave em Provedores (a chave de um membro começa com sbk_) ou peça uma nova a um administrador da equipe.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>Só os administradores da equipe podem fazer isso. Peça a um administrador ou use a chave de um administrador.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>O servidor da equipe recusou: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>O servidor da equipe falhou: %1. Tente de novo em instantes; se continuar falhando, veja o log do servidor.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Sobre o Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Todos os provedores de LLM atrás de uma só interface: roteamento com failover, um playground, comparação de modelos, uso e custo com orçamentos e um proxy local para suas ferramentas.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2 (executando no Qt %3), %4.&lt;/p&gt;&lt;p&gt;Diretório de dados: %5&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Não é possível criar o diretório de dados %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Não é possível renomear %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>Abrir conjunto de prompts…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>Abrir conjunto de prompts</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Conjuntos de prompts (*.csv *.jsonl *.ndjson *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Chamadas simultâneas</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Executar lote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>Cole prompts: um por linha; ou CSV com cabeçalho (prompt, id, system, category, contains, regex, json, schema); ou JSONL, um objeto por linha: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taxa de aprovação</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latência média</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>Cancelado após %1 de %2 chamadas.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>Concluído: %1 chamadas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n prompt de %1.</numerusform>
            <numerusform>%n prompts de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>Escolha primeiro os modelos à esquerda.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>Executando %n prompt em %1 modelos, %2 por vez…</numerusform>
            <numerusform>Executando %n prompts em %1 modelos, %2 por vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ erro</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ aprovado</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ reprovado</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>respondido · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Verificações: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>sem verificações</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n sem preço</numerusform>
            <numerusform>%1 + %n sem preço</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, limite flexível</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, limite rígido</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, alvo</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, escopo</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, período</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>Chave de proxy</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>Limite flexível ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>Limite rígido ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Gasto no período</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>Projeção para o fim do mês</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>&amp;Adicionar orçamento</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>Sal&amp;var orçamentos</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ainda não salvo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>%n orçamento salvo.</numerusform>
            <numerusform>%n orçamentos salvos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>Os orçamentos do espaço de trabalho são inválidos: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>Os orçamentos não estão sendo acompanhados: o registro de uso não está em execução.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>Este mês até agora: %1 · gasto projetado para o fim do mês: %2 (todo o espaço de trabalho, linear)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>Dentro dos limites</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>Limite flexível atingido</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>Limite rígido atingido: as chamadas são recusadas</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (acima do limite)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (orçamento diário)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membro da equipe</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>ID do provedor, chave do proxy ou membro</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>Limites em dólares americanos por dia UTC ou mês do calendário, para todo o espaço de trabalho, um provedor (seu id), uma chave de proxy (seu nome) ou um membro da equipe (todas as suas chaves). Um limite flexível gera uma notificação; um limite rígido recusa as chamadas seguintes.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Provedor/modelo</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>Selecione uma chamada para ver o rastreamento de roteamento.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Carregar &amp;mais</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>%n chamada exibida, as mais recentes primeiro; há mais disponíveis.</numerusform>
            <numerusform>%n chamadas exibidas, as mais recentes primeiro; há mais disponíveis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n chamada, as mais recentes primeiro.</numerusform>
            <numerusform>%n chamadas, as mais recentes primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>Nenhum rastreamento de roteamento foi registrado para esta chamada.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Exportar chamadas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>A exportação falhou.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exportar chamadas</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n chamada exportada para %1.</numerusform>
            <numerusform>%n chamadas exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>Canários de qualidade</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>Cada canário envia seus prompts aos seus modelos em um horário (a cada hora ou diariamente) dentro de um limite de custo por execução e alerta quando a taxa de aprovação cai além do ruído. Os prompts usam as verificações de um conjunto de prompts do Comparar (contains, regex, json, schema, judge).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON inválido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>Os canários devem ser um array JSON: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>Sem problemas: salve para executá-los em seus horários.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>Taxa de aprovação</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latência média</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Custo por execução</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Executar agora</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>Executa o canário agora contra seus modelos, dentro do limite de custo, seja qual for o horário.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>&amp;Editar canários…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>Teste de queda</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>Aponte para uma linha para ver seu valor; selecione uma execução para ver suas respostas.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (limite de custo)</translation>
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
        <translation>respostas insuficientes</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: queda, alerta disparado</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% aprovado</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milissegundos</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>USD por execução</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>Os canários rodam quando o mecanismo tiver iniciado.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>Ainda não há canários de qualidade: &quot;Editar canários…&quot; adiciona um (um conjunto de prompts com verificações, seus modelos, um horário e um limite de custo).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, %n prompt contra %2; no máximo $%3 por execução.</numerusform>
            <numerusform>%1, %n prompts contra %2; no máximo $%3 por execução.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Desativado.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>Última execução %1, próxima às %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>reprovado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>Opcional: como o modelo deve se comportar</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>Modo JSON</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esforço de raciocínio</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Configurações da coleção</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>Conversas, modelos virtuais e o proxy se referem à coleção pelo nome.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>O que a coleção contém</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>Nenhum (só BM25)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>O modelo que gera os embeddings dos trechos para busca vetorial e híbrida: um dos que os provedores oferecem, ou digite PROVEDOR/MODELO ou uma rota. Sem ele, a coleção só é pesquisada por palavras-chave (BM25).</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>Modelo de &amp;embedding:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>Um modelo de chat que reordena os melhores trechos pelo quanto respondem à pergunta, antes que os modelos os recebam: um dos que os provedores oferecem, ou digite PROVEDOR/MODELO, uma rota ou um modelo virtual. Cada busca faz então uma chamada de chat.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>Modelo de &amp;reordenação:</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> trechos</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>Quantos dos melhores trechos da busca híbrida o modelo de reordenação vê; os demais mantêm a ordem depois deles.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>Reordenar os &amp;melhores:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>&amp;Tamanho do trecho:</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>Tokens repetidos entre trechos vizinhos, para que uma frase cortada em duas ainda seja encontrada.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Sobreposição:</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>O idioma das páginas digitalizadas e imagens, em códigos do Tesseract unidos por +: deu, eng+fra. Cada um precisa dos seus dados de idioma (tesseract-ocr-deu).</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>&amp;Idioma do OCR:</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>todo arquivo legível, ou p. ex. *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>Só os arquivos que correspondem a um destes globs são importados de uma pasta (separados por vírgulas). Um glob com barra corresponde ao caminho abaixo da pasta.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>In&amp;cluir:</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>p. ex. *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>Os arquivos que correspondem a um destes globs ficam de fora da importação de uma pasta.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>&amp;Monitorar alterações nas pastas</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>Enquanto o aplicativo estiver aberto, arquivos novos, alterados, excluídos e renomeados nas pastas da coleção são importados (após 1,5 s sem outras alterações).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Dê um nome à coleção.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>A sobreposição deve ser menor que o tamanho do trecho.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>Sem um modelo de embedding, a coleção só é pesquisada por palavras-chave (BM25).</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>Os embeddings dos trechos passam pelo roteador (origem: knowledge), então as chamadas contam para seus orçamentos.</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>As chamadas de modelo dela (embeddings, reordenações) passam pelo roteador (origem: knowledge), então contam para seus orçamentos.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>Todas as respostas chegaram.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>Todas as respostas chegaram. Qual é melhor?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>Todas as respostas chegaram. Qual é a melhor?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>Voto salvo. %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>Nada em %1 correspondeu: os modelos respondem sem fontes.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>Todos os modelos recebem o mesmo %n trecho de %1.</numerusform>
            <numerusform>Todos os modelos recebem os mesmos %n trechos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>Enviar o prompt a todos os modelos</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>Parar todas as respostas</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>Modelos (de 2 a 6)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrar modelos</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modelos a comparar</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>No máximo %1 modelos lado a lado.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>Outro modelo (PROVEDOR/MODELO), Enter adiciona</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>Voto às &amp;cegas</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>Ocultar e embaralhar os nomes dos modelos até você votar na melhor resposta</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>Uma tag para o ranking, como código ou redação</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>Cada prompt é pesquisado uma vez nestas coleções e todos os modelos recebem os mesmos trechos.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparações salvas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>A nova escolha vale para o próximo prompt; estas respostas ficam até lá.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>Escolha de %1 a %2 modelos à esquerda.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>Enviado a %n modelo.</numerusform>
            <numerusform>Enviado a %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>Pare primeiro a comparação em andamento e depois compare %1 de novo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1 enviado a %n modelo.</numerusform>
            <numerusform>%1 enviado a %n modelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1 enviado a %n modelo com os parâmetros dele: %2.</numerusform>
            <numerusform>%1 enviado a %n modelos com os parâmetros deles: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>Nova comparação.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>Cancele primeiro o lote em execução.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>Lote &quot;%1&quot; de %2.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>Lote &quot;%1&quot; de %2, respondido a partir de %3: clique duas vezes em uma resposta para ver as fontes.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Pare primeiro as respostas em andamento.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>&quot;%1&quot; reaberta: as perguntas seguintes continuam a conversa de cada painel.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Excluir comparação</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>Excluir esta comparação e suas respostas? Os votos continuam no ranking.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>às cegas, votada</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>às cegas</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n modelo: %2
%3</numerusform>
            <numerusform>%1
%n modelos: %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>oculto até a votação</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Anexar um PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos os arquivos (*)</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>Parar a resposta deste modelo; os outros continuam</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Mais rápido</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>Menor tempo total</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primeiro token</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>O primeiro token dele chegou antes, embora outra resposta tenha terminado mais cedo</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Mais barato</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>primeiro token %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>primeiro token –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 entrada / %2 saída</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total de %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 até agora</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>Editando uma mensagem: Enviar mantém a original como outra versão; Esc cancela.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Remover anexos</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>Mensagem (Enter envia, Shift+Enter adiciona uma linha, Esc para)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Não é possível ler “%1”.</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>“%1” tem nome de %2, mas o conteúdo é %3: não anexado.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>“%1” é %2; os modelos aceitam imagens PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>“%1” tem %2 MB; as imagens podem ter no máximo %3 MB.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 não aceita imagens. Escolha um modelo marcado com “visão” para anexar “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>“%1” tem %2 KB; os arquivos de texto podem ter no máximo %3 KB (eles vão para o prompt).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>“%1” não é um arquivo de texto (o conteúdo parece %2): não anexado.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Anexado: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Parar a resposta (Esc); o que chegou é mantido</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>Imagens (para modelos com visão), PDFs (para modelos que os leem) e arquivos de texto ou código (incorporados)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Imagens, PDFs e texto (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>“%1” tem %2 MB; PDFs podem ter no máximo %3 MB (limite da OpenAI; a Anthropic aceita 32 MB e o Gemini, 20 MB).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 não lê PDFs. Envie o texto extraído de “%2” (sem o layout e as imagens) ou escolha um modelo marcado com “pdf”.</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>Enviar o texto extraído</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>Não é possível extrair o texto de “%1”: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>“%1” não é um PDF: não anexado.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Pesquisar conversas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>Pasta ou tag</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Excluir a conversa selecionada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>Não foi possível ler as conversas: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Uma conversa precisa de um título.</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Mover para pasta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Mover para pasta…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>Pasta (vazio: nenhuma)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>cerca de %1 restante</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>A importação parou</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Arquivos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Busca</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>A&amp;valiação</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Coleções</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>Criar uma coleção (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>Modelo de embedding, tamanho do trecho, idioma do OCR e globs da coleção</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>Excluir a coleção com seus trechos (os arquivos no disco permanecem)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>Os arquivos em espera ficam na fila até Retomar (também após reiniciar)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>Continuar a importação e os embeddings pausados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>Descartar os arquivos em espera; o que foi importado permanece</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Repetir falhas</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>Colocar de novo na fila os arquivos que falharam (depois de corrigir o que o motivo indica)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>Gerar embeddings</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>Dar agora a cada trecho o seu vetor</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Adicionar &amp;arquivos…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>Importar arquivos (Ctrl+O); ou solte arquivos e pastas na página</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>Importar uma pasta com as subpastas, conforme os globs da coleção (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>Adicionar &amp;URL…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>Importar páginas da web pelos endereços http(s) (Ctrl+L); ou solte links na página</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>Remover os arquivos selecionados da coleção (Delete); os arquivos no disco permanecem</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>Re&amp;indexar…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>Dividir de novo cada documento em trechos (após mudar o tamanho do trecho)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar arquivos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>Pesquisar na coleção (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vetorial</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reordenação</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>A híbrida combina as classificações por palavra-chave (BM25) e vetorial; BM25 corresponde palavras; a vetorial, significado; a reordenação faz o modelo de reordenação da coleção reordenar os melhores trechos híbridos</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Modo de busca</translation>
    </message>
    <message>
        <source>top </source>
        <translation>melhores </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>Trechos a mostrar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>Pontuação por palavra-chave (maior é melhor; — : encontrado só pelo vetor)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>Similaridade de cosseno com a consulta (— : encontrado só pelo BM25)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>Fusão por posição recíproca das duas classificações (busca híbrida)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>Onde o modelo de reordenação colocou o trecho e onde a classificação combinada o tinha (— : o modelo o deixou de fora)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>Clique duas vezes em um trecho para abrir o arquivo</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>Perguntas de referência, um objeto JSON por linha: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. Um trecho de uma das fontes (contendo a frase, quando indicada) é uma resposta certa.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>Perguntas de referência</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Carregar…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>Ler perguntas de referência de um arquivo JSON Lines (o formato de switchboard-cli kb eval --golden)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>Trechos por pergunta que contam para recall@k e MRR</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>&amp;Executar avaliação</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>Salvar as perguntas com a coleção e pontuar as buscas BM25, vetorial, híbrida e com reordenação</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
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
        <translation>Citações</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>Correção das citações: a parcela de perguntas cuja fonte [1] no contexto de um modelo é um trecho certo</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>Pesquisar na coleção</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Remover os arquivos selecionados</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Adicionar arquivos à coleção</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Adicionar uma pasta à coleção</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>Adicionar páginas da web à coleção</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>Atualizar a base de conhecimento</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

Verifique se o diretório de dados permite gravação e se o disco tem espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>Não foi possível ler a base de conhecimento</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausado</numerusform>
            <numerusform>%n pausados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n não importado</numerusform>
            <numerusform>%n não importados</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>só BM25</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>monitorada</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>Ainda não há coleções</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>Crie uma coleção (Nova…) e depois adicione arquivos e pastas a ela ou solte-os aqui. Assim todos os modelos respondem a partir dos mesmos trechos: no Playground, em Comparar e pelo proxy.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n trecho</numerusform>
            <numerusform>%n trechos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>trechos de %1 tokens, %2 sobrepostos</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>A busca é só BM25 (palavras-chave): a coleção não tem modelo de embedding. Editar… escolhe um para busca vetorial e híbrida.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>A busca é só BM25 até %1 gerar os embeddings dos trechos.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>Busca híbrida com %1: %2 de %3 trechos com embedding.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>Mudando para %1: os vetores atuais respondem até a conclusão.</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>Os modelos recebem os %1 melhores trechos reordenados por %2.</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Pastas monitoradas:</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Nada na fila.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>Contando os arquivos a importar…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importando: %1 de %2 arquivos</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>Pausado: %n arquivo aguarda.</numerusform>
            <numerusform>Pausado: %n arquivos aguardam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>Os embeddings também aguardam.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>Retomar continua, também após reiniciar.</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>Gerando embeddings com %1: %2 de %3 trechos</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 até agora</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>Aguardando para gerar embeddings (outra coleção primeiro).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>Última importação: %1 de %2 arquivos importados</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n não importado (os motivos estão na lista de arquivos)</numerusform>
            <numerusform>%n não importados (os motivos estão na lista de arquivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>Repetir falhas coloca de novo na fila os que falharam.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n importação falhou: Repetir falhas a coloca de novo na fila.</numerusform>
            <numerusform>%n importações falharam: Repetir falhas as coloca de novo na fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n trecho ainda não tem vetor de %1: Gerar embeddings dá um a ele.</numerusform>
            <numerusform>%n trechos ainda não têm vetor de %1: Gerar embeddings dá um a cada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>Nada na fila. Solte arquivos ou pastas aqui, ou use Adicionar arquivos.</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>Coleção não criada</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>Dividir os documentos de novo?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Novas importações em &quot;%1&quot; recebem trechos de %2 tokens com %3 sobrepostos. Dividir de novo agora o %n documento que ela já contém? Os trechos dele recebem novos embeddings quando a coleção tem um modelo de embedding.</numerusform>
            <numerusform>Novas importações em &quot;%1&quot; recebem trechos de %2 tokens com %3 sobrepostos. Dividir de novo agora os %n documentos que ela já contém? Os trechos deles recebem novos embeddings quando a coleção tem um modelo de embedding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>Coleção não salva</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Excluir coleção</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>Excluir &quot;%1&quot; com o %n documento, trechos, vetores, perguntas de referência e fila? Os arquivos no disco permanecem.</numerusform>
            <numerusform>Excluir &quot;%1&quot; com os %n documentos, trechos, vetores, perguntas de referência e fila? Os arquivos no disco permanecem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>Coleção não excluída</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documentos (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adicionar uma pasta</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Nenhuma coleção</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>Crie primeiro uma coleção (Nova…) e depois adicione páginas da web a ela.</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>Crie primeiro uma coleção (Nova…) e depois adicione arquivos a ela.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>Custo dos embeddings</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>%n arquivo (%1) a importar em &quot;%2&quot;. Gerar os embeddings dos trechos com %3 vai custar cerca de %4 (estimativa pelo tamanho dos arquivos). Importar?</numerusform>
            <numerusform>%n arquivos (%1) a importar em &quot;%2&quot;. Gerar os embeddings dos trechos com %3 vai custar cerca de %4 (estimativa pelo tamanho dos arquivos). Importar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>O monitoramento de alterações está ativado, mas nenhuma pasta foi adicionada ainda: Adicionar pasta… dá a ele uma pasta para acompanhar.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>Monitorando alterações em %n pasta.</numerusform>
            <numerusform>Monitorando alterações em %n pastas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>Uma alteração foi detectada: ela é importada quando a pasta ficar %1 s sem mudanças.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>Última sincronização enfileirada às %1.</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>Reindexar</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Dividir de novo em trechos o %n documento de &quot;%1&quot; (%2 tokens, %3 sobrepostos)? Os trechos alterados recebem novos embeddings quando a coleção tem um modelo de embedding.</numerusform>
            <numerusform>Dividir de novo em trechos os %n documentos de &quot;%1&quot; (%2 tokens, %3 sobrepostos)? Os trechos alterados recebem novos embeddings quando a coleção tem um modelo de embedding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>Remover %1 de &quot;%2&quot;? O arquivo no disco permanece.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>Remover %n arquivo de &quot;%1&quot;? O arquivo no disco permanece.</numerusform>
            <numerusform>Remover %n arquivos de &quot;%1&quot;? Os arquivos no disco permanecem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remover arquivos</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>A geração de embeddings não começou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>%n trecho de &quot;%1&quot; (%2 tokens) ainda não tem vetor de %3. Gerar o embedding vai custar cerca de %4. Gerar agora?</numerusform>
            <numerusform>%n trechos de &quot;%1&quot; (%2 tokens) ainda não têm vetor de %3. Gerar os embeddings vai custar cerca de %4. Gerar agora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>Sem embeddings: o custo foi recusado. Gerar embeddings inicia o processo; até lá, a busca é só BM25 para os trechos sem vetor.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 agora responde às buscas (%2 em embeddings).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>Todos os trechos têm vetor (%1 em embeddings).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>A geração de embeddings parou: %1. Gerar embeddings tenta de novo; a busca usa BM25 para os trechos sem vetor.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>Digite o que você procura.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>Sem busca: %1.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>Escolha um modelo de reordenação em Editar….</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>A coleção não tem modelo de embedding: pesquise com BM25 ou escolha um modelo em Editar….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>Nenhum trecho corresponde. Tente outras palavras, ou a busca híbrida quando a coleção tiver um modelo de embedding.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n trecho, o melhor primeiro.</numerusform>
            <numerusform>%n trechos, os melhores primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>Só BM25: a coleção não tem modelo de embedding (Editar… escolhe um).</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Reordenado por %1.</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>O embedding da consulta custou %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>A reordenação custou %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Não é possível abrir a página</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>Não foi possível abrir %1: verifique se há um navegador configurado.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>Não foi possível abrir %1: verifique se ele ainda existe e se há um programa que abra esse tipo.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>Não foi possível ler as perguntas de referência: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 tem mais de 16 MB: perguntas de referência costumam ter algumas centenas de linhas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

Cada linha é um objeto JSON com &quot;question&quot; e &quot;sources&quot; (e &quot;phrase&quot; quando um trecho deve contê-la).</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>%n pergunta de referência carregada; Executar avaliação a salva com a coleção.</numerusform>
            <numerusform>%n perguntas de referência carregadas; Executar avaliação as salva com a coleção.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>As perguntas de referência têm um problema: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>Escreva primeiro as perguntas de referência (um objeto JSON por linha, veja acima) ou carregue um arquivo.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>Salvando as perguntas…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>Avaliando: %1 de %2 buscas</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n pergunta de referência, os %1 melhores trechos de cada busca.</numerusform>
            <numerusform>%n perguntas de referência, os %1 melhores trechos de cada busca.</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>As chamadas de modelo das buscas custaram %1.</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>A avaliação parou: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Avaliação cancelada.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>Solte para importar em &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>Crie primeiro uma coleção</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (não está na base de conhecimento)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>Ainda não há coleções: crie uma na página Conhecimento ou com switchboard-cli kb create</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Não foi possível ler as coleções: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>Responder sem a base de conhecimento</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>Responder a partir das coleções de conhecimento: os trechos encontrados para cada pergunta vão junto com ela, e a resposta os cita.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>Conhecimento: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>Cada pergunta é pesquisada primeiro em %1; a resposta cita os trechos recebidos.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de vitórias</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Vitórias</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Empates</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Derrotas</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Ambos ruins</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>Com base nos votos às cegas deste espaço de trabalho. O Elo começa em 1000 (K = 32); um empate ou &quot;ambos ruins&quot; conta como empate; escolher a melhor entre várias respostas conta como vitória sobre cada uma das outras.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo ao longo do tempo</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>Prompt de sistema, comum a todos os painéis (opcional)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Seu voto:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>Prompt para todos os modelos. Ctrl+Enter envia, Esc para tudo.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Parar tudo</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>aguardando…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recebendo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A é melhor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B é melhor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Ambos são ruins</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 é o melhor</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Todos são ruins</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>Prompt para todos os modelos. Enter envia, Shift+Enter inicia uma nova linha, Esc para tudo.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter inicia uma nova linha)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Remover anexos</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Anexar PDF…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>Um PDF para cada modelo: como documento para os que leem PDFs, como texto extraído para os outros</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF enviado como documento, com seu layout e imagens</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF enviado como texto extraído: este modelo não lê PDFs, ou não este</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>Anexado para cada modelo: %1</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>Tema, idioma e diretório de dados (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>Proxy: ativo, %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>Proxy: falhou</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>Proxy: desativado</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Fluxos de trabalho</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>A entrada da etapa %1 de %2</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Chaveiro: disponível</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Chaveiro: indisponível</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>Sem chaveiro do sistema: as chaves dos provedores ainda podem ser referenciadas como env:VAR.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importar espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exportar espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>&amp;Ler o README</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>S&amp;obre o Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>Proxy local</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Mostrar o Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>Chamadas recusadas: não é possível gravar o registro de uso</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>Registro de uso</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>O registro de uso voltou a ser gravado: as chamadas passam.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>em qualquer lugar</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>Monitoramento (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>&amp;Boas-vindas e configuração…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Apagar todos os dados locais</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>Estas entradas do chaveiro não puderam ser removidas:

%1

Apagar o resto mesmo assim? Remova-as depois com a ferramenta de chaveiro do seu sistema.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>Reinicie o Switchboard para usar o novo diretório de dados.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>Procurar &amp;atualizações…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>O Switchboard %1 foi lançado</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>Veja as novidades em Ajuda, Procurar atualizações.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>Nenhuma versão mais nova.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>O Switchboard %1 foi lançado.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>após %n tentativa com falha</numerusform>
            <numerusform>após %n tentativas com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 de entrada, %2 de saída</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar raciocínio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>A resposta foi interrompida antes do fim; o que chegou é mantido.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Copiar a mensagem como Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>Editar e reenviar (a original é mantida como outra versão)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>Responder de novo (a resposta é mantida como outra versão)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>Por que o roteador enviou esta chamada para onde enviou</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>imagem (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Anexado: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>Clique em uma fonte para ler o trecho e abrir o arquivo.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>Nada em %1 correspondeu à pergunta.</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>Abrir Provedores</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>Abrir Uso</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>Chamada de ferramenta: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Ocultar raciocínio</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistente · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado da ferramenta</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>Pesquisando na base de conhecimento…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondendo…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>modelo virtual: o roteador escolhe o destino</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visão</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>ferramentas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raciocínio</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>US$ %1 / US$ %2 por M de tokens</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>contexto de %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>fora do catálogo: recursos e custo desconhecidos</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  não é mais oferecido</translation>
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
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>Tempo até o primeiro token (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>Latência (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taxa de erros</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sem comparação</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Comparar com outro modelo</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Comparar com o período anterior</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas as chamadas</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>O modelo do provedor (como solicitado) cujas chamadas o gráfico mostra.</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>O modelo a desenhar ao lado do primeiro.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>C&amp;hamadas</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>&amp;Alertas e SLOs</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>Aponte para uma linha para ver o valor; clique em um ponto para listar as chamadas.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>Clique em um ponto do gráfico para listar as chamadas por trás dele.</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atingido</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Orçamento de erros restante</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>Taxa de consumo 1 h</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>Taxa de consumo 6 h</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Observa</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>&amp;Silenciar por uma hora</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>&amp;Reativar avisos</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>A regra do alerta selecionado continua registrando alertas, mas para de notificar por uma hora.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>O monitoramento precisa do registro de uso: inicie o mecanismo (veja a página Roteamento).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas as chamadas</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>período anterior</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milissegundos</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por cento</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>requisições por intervalo</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>USD por intervalo</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 às %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: nada para mostrar ainda</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%1 de %2: nenhuma chamada neste período</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>%1 requisições, %2 tentativas no período; disponibilidade %3, taxa de erros %4, latência p90 %5, custo %6. Intervalo: %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>Nenhuma mudança de modelo ou de roteamento neste período.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3 agora responde como %4 (antes: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: roteamento alterado (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Mudanças: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>Chamadas de %1 de %2 a %3:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>disparado</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>Última avaliação %1; %n alerta disparado.</numerusform>
            <numerusform>Última avaliação %1; %n alertas disparados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Ainda não avaliado.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>disparado (silenciado)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resolvido %1</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 está silenciado por uma hora.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 volta a notificar.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>Canár&amp;ios</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Todos os membros</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor da equipe</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Servidor da equipe: minhas</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Dados:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bro:</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>De quem são as chamadas: as deste computador ou as do servidor da equipe (administradores e observadores veem as chamadas de todos os membros; um membro, só as suas)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>Estes SLOs, monitores, alertas e canários são deste computador, do seu próprio registro: o servidor da equipe não compartilha a avaliação dele (os SLOs dele estão no /metrics para o Prometheus).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>As chamadas da equipe ficam no servidor da equipe: a página Uso mostra os dias de %1 a %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>Deste computador, qualquer que seja o escopo dos dados: o servidor da equipe não compartilha os dele</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>As chamadas da equipe ficam no servidor da equipe: um clique em um ponto abre a página Uso</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>Lendo os dados de monitoramento do servidor da equipe…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Suas chamadas (%1) no servidor da equipe &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Suas chamadas (%1) no servidor da equipe &quot;%2&quot;: um membro vê só as suas.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>As chamadas de todos os membros no servidor da equipe &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>As chamadas de %1 no servidor da equipe &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>O servidor da equipe &quot;%1&quot; não tem dados de monitoramento da equipe: ele é mais antigo que este app. Atualize o switchboard-cli no servidor; até lá, escolha &quot;Este computador&quot;.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>O servidor da equipe &quot;%1&quot; recusou mostrar estas chamadas a %2. Um membro vê só as próprias chamadas (&quot;Servidor da equipe: minhas&quot;); se estas são suas, o servidor é mais antigo que este app: atualize o switchboard-cli no servidor.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>Aponte para uma linha para ver seu valor; clique em um ponto para abrir os dias dele na página Uso.</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>Os percentis são estimados a partir de histogramas, com margem de %1.</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>Intervalo entre tokens (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>Tokens por segundo (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>Taxa de erros por tipo de erro</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens por segundo</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>&amp;Editar SLOs e monitores…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>Adicionar ou alterar os SLOs, os monitores de limite, os canários e o webhook de alertas (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>Ainda não há SLOs nem monitores: “Editar SLOs e monitores…” os adiciona.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>&amp;Observa:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Ro&amp;ta:</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>Chave de pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>Métr&amp;ica:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;bjetivo:</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>&amp;Janela (dias):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>Chamadas mí&amp;nimas:</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>Rebaixar este modelo no roteamento enquanto seu orçamento de erros se es&amp;gota rápido</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Fator:</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Base de comparação:</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>Custo por hora de pe&amp;lo menos:</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>Sem chamadas por (&amp;f):</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>Espera antes de disparar de novo (&amp;g):</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>M&amp;odelos:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>A&amp;gendamento:</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>Limite de custo por e&amp;xecução:</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>Ativado: executar conforme o agendamento (&amp;l)</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts (instruções):</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>Todos os canár&amp;ios como JSON…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>Endereço &amp;URL:</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;teste</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLOs, monitores e alertas</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>&amp;SLOs (metas)</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Monitores</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>&amp;Canários</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook de alertas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>Uma nova entrada (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>Ainda não há SLOs. Um SLO define um objetivo para um modelo ou uma rota (99,5 % das chamadas com sucesso, 99 % dos primeiros tokens em 2 s) e alerta quando seu orçamento de erros se esgota rápido.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>Ainda não há monitores. Um monitor alerta ao atingir um limite: uma taxa de erros, um pico de latência em relação às horas anteriores, um custo por hora ou a falta de tráfego.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>Ainda não há canários de qualidade. Um canário envia seus prompts aos seus modelos conforme um agendamento, dentro de um limite de custo, e alerta quando a taxa de acertos cai além do ruído.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas as chamadas</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Um modelo</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Um provedor</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>Uma rota ou um modelo virtual</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>Uma chave de proxy</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>O modelo como o roteador o pede ao provedor</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>Disponibilidade: as chamadas têm sucesso</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>Latência: as chamadas respondem dentro de um limite</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tempo até o primeiro token</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>Latência total</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>A parcela das chamadas que devem ser boas, acima de 50 % e abaixo de 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>Chamadas necessárias na janela longa de um alerta antes que ele possa disparar</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taxa de erros</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>Pico de latência</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Custo por hora</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Sem tráfego</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>Dispara quando a média da janela é tantas vezes a da base de comparação</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>As horas antes da janela com cuja média se compara</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>Depois que um alerta se resolve, o monitor espera este tempo antes de disparar de novo</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>Chamadas necessárias na janela (e na base de comparação) antes que o monitor possa disparar</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>De hora em hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, nomes de rotas ou modelos virtuais, separados por vírgulas</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>Um prompt por linha como objeto JSON com suas verificações, p. ex. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; ou um conjunto de prompts em JSONL ou CSV</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>Para onde o `serve` envia seus alertas em JSON (Slack, Mattermost e webhooks de entrada semelhantes mostram o texto). Informe a URL, ou env:NAME ou keychain:NAME que a contenha: webhooks de chat levam o token na URL.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Editar como &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>Toda a seção de monitoramento como JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>Enquanto o alerta de consumo rápido durar, as rotas tentam este modelo depois dos outros destinos utilizáveis</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>Só um SLO sobre um modelo pode rebaixá-lo: uma rota não tem destino para tentar depois</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>Sem problemas: Salvar aplica isto na hora (e o `serve` no próximo início).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problema a corrigir antes de salvar:</numerusform>
            <numerusform>%n problemas a corrigir antes de salvar:</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>Não foi possível salvar as configurações de monitoramento: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>Monitoramento como JSON</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>A seção &quot;monitoring&quot; do espaço de trabalho: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Os problemas aparecem no editor depois de OK.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON inválido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>A seção de monitoramento deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>Enviando um alerta de teste…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>Não foi possível ler a URL do webhook: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>O webhook em %1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>O alerta de teste falhou: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>Rotas e modelos virtuais</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>Nenhum modelo: adicione um provedor primeiro</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>Todos os modelos já estão na lista</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Adicionar um modelo</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>Como nas Configurações (Rede)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy do sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sem proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>Proxy HTTPS</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>Hosts acessados sem o proxy, separados por vírgulas: nomes, sufixos .dominio ou *.dominio, endereços; * para todos.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>Sem pro&amp;xy:</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>Arquivo PEM com certificados de CA adicionais (opcional)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Certificados de CA:</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>Aceitar o certificado auto&amp;assinado deste provedor (gateways internos)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>Até o provedor responder (padrão 15 s)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>Do início da resposta até as primeiras palavras (padrão 120 s)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>A pausa mais longa no meio de uma resposta (padrão 90 s)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Conexão:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>Primeiro token:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Inatividade:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Tempos limite:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>Tentativas extras no mesmo provedor após um tempo limite, um erro de rede ou uma resposta de sobrecarga (padrão 1; a configuração própria de uma rota prevalece)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>&amp;Novas tentativas:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>guardada no chaveiro</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>salva no chaveiro; digite para substituir</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>Como as chamadas chegam aos provedores. Um provedor pode ter sua própria configuração (página Provedores).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>Configurações de rede não salvas: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Configurações de rede não salvas: não foi possível guardar a senha do proxy no chaveiro (%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>Guardando a senha do proxy no chaveiro…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>Parar a resposta ou cancelar uma edição</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>Sistema e parâmetros</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
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
        <translation>Abrir Provedores</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>Escolha um modelo primeiro. Nenhum modelo? Adicione um provedor na página Provedores.</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>Não foi possível pesquisar na base de conhecimento: %1. Escolha outra coleção em Conhecimento (ou desative-a) e clique em Tentar de novo; sua pergunta é mantida.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Não foi possível salvar a resposta: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Não foi possível ler a conversa: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Código copiado.</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>Nenhum provedor configurado ainda.

Adicione um na página Provedores (uma chave de API da OpenAI, Anthropic, Gemini ou de qualquer serviço compatível com OpenAI, ou um Ollama local) e volte aqui para conversar.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>Os provedores ainda não oferecem modelos. Escolha modelos na página Provedores.</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>Escolha um modelo acima e escreva uma mensagem abaixo.

Enter envia, Shift+Enter adiciona uma linha, Esc para a resposta. Ctrl+N inicia uma nova conversa, Ctrl+K pesquisa as conversas.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Decisão de roteamento</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>A decisão de roteamento desta resposta (ainda) não está no registro de uso.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversa</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>Nada para exportar ainda: envie uma mensagem primeiro.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
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
        <translation>Provedores</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>Nenhum provedor selecionado.

Adicione um com &quot;Adicionar&quot;: OpenAI, Anthropic, Gemini, Ollama ou qualquer serviço compatível com OpenAI.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Usado nos nomes de modelo: ID/MODELO. Letras minúsculas, dígitos, &apos;-&apos; e &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Chaveiro do sistema</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variável de ambiente</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sem chave</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ativado</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>Enviar schemas no formato &amp;Schema antigo do Gemini</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>Para modelos ou endpoints que recusam JSON Schema (parametersJsonSchema): os schemas de ferramentas e de saída são reescritos no subconjunto OpenAPI do Gemini, e as palavras-chave que faltam nele são omitidas.</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>Modelos (os marcados são oferecidos; uma lista vazia oferece os modelos do catálogo para este tipo):</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>Dólares americanos por milhão de tokens de entrada</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>Dólares americanos por milhão de tokens de saída</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>O máximo de tokens que o modelo aceita (prompt e resposta)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M &amp;entrada:</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M sa&amp;ída:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texto:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>&amp;Buscar modelos</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Salvar o provedor</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desativado)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>Novo provedor: preencha a chave e clique em Salvar. Teste a conexão quando quiser.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (obrigatório)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>Um servidor local geralmente não precisa de chave.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>As chaves ficam no chaveiro do sistema ou são lidas de uma variável de ambiente.</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>Preços de %1:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>Selecione um modelo para definir os preços.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• guardada no chaveiro como %1; digite para substituir</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>cole a chave (guardada no chaveiro, nunca em arquivos)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>NOME_DA_VARIAVEL</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>Não salvo: marque pelo menos um modelo (uma lista vazia ofereceria os modelos do catálogo).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>Não salvo: informe a variável de ambiente que contém a chave.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>Não salvo: cole primeiro a chave de API (ou escolha uma variável de ambiente).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando a chave no chaveiro…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>Não salvo: não foi possível guardar a chave no chaveiro (%1). Escolha &quot;Variável de ambiente&quot; para lê-la do ambiente.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Remover provedor</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>Remover o provedor &quot;%1&quot;? A chave é apagada do chaveiro; o histórico de uso permanece.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Não foi possível ler a chave: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>Conectado em %1 ms: %n modelo disponível.</numerusform>
            <numerusform>Conectado em %1 ms: %n modelos disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>A configuração de rede própria deste provedor; campos vazios seguem as Configurações (Rede).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Não salvo: não foi possível guardar a senha do proxy no chaveiro (%1).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>Proxy local</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>As ferramentas desta máquina (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, os SDKs da OpenAI, Anthropic e Google Gen AI) podem usar seus provedores e rotas pelos endpoints OpenAI, Responses, Anthropic e Gemini servidos aqui. Cada chamada é roteada, orçada e contabilizada como as do próprio aplicativo.</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>&amp;Proxy ativo</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>Acessível de outras máquinas (exige chaves)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>Páginas &amp;web permitidas:</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>nenhuma (p. ex. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>Origens das páginas da web que podem chamar o proxy a partir de um navegador, separadas por vírgulas. Páginas de qualquer outra origem são recusadas. Uma origem é esquema, host e porta, como o navegador a envia: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>Outros &amp;nomes desta máquina:</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>nenhum (p. ex. gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>Nomes de host que outras máquinas usam para chegar a este proxy. Requisições que indicam qualquer outro host são recusadas (nomes de loopback e endereços IP sempre funcionam); isso impede DNS rebinding.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Modelos permitidos</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Armazenada como</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>Uma nova chave para uma ferramenta, guardada no chaveiro</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Remover a chave selecionada</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Limites…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>Os modelos que esta chave pode chamar, requisições por minuto e um limite de gasto mensal</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>selecione uma chave</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copiar a chave</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>Copia a configuração com a chave incluída</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Tokens entrada/saída</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>Latência / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>Nova chave de proxy</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>Nome da ferramenta que vai usá-la:</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>A chave para &quot;%1&quot; é:

%2

Ela está guardada no seu chaveiro; copie-a, ou uma configuração pronta, desta página a qualquer momento.</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>Limites da chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>todos (ou p. ex. openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>&amp;Modelos permitidos:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Requisições por minuto:</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>Limite de &amp;gasto mensal ($):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>O limite de gasto deve ser um valor em dólares, 0 ou mais.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>Não foi possível criar uma chave para o proxy: %1

Executá-lo sem chave? Nesse caso, qualquer programa deste computador poderá usá-lo e gastar seus créditos (páginas da web continuam recusadas, a menos que você as permita).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>Sua chave de proxy</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>Agora as ferramentas precisam enviar esta chave para usar o proxy:

%1

Ela fica no seu chaveiro. Copie-a, ou uma configuração pronta para sua ferramenta, desta página a qualquer momento.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escutando em %1</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, sem chave</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Parado: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>Desativado. Ative-o para servir http://%1:%2</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (fluxo)</translation>
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
        <translation>todos</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>Sem chave: qualquer programa deste computador pode usar o proxy e gastar seus créditos. Páginas da web são recusadas, a menos que a origem esteja permitida acima. Crie uma com Nova…</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>Uma chave por ferramenta: ferramentas sem chave são recusadas. Os orçamentos por chave são definidos na página Uso.</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>lida de %1</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>Já existe uma chave chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Não foi possível guardar a chave no chaveiro: %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>Remover a última chave</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>Sem chave, qualquer programa deste computador pode usar o proxy e gastar seus créditos. Páginas da web continuam recusadas, a menos que a origem esteja permitida.

Remover &quot;%1&quot; e funcionar sem chave?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>Remover chave de proxy</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>Remover a chave &quot;%1&quot;? As ferramentas que a usam vão receber erros 401.</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(anterior)</translation>
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
  adicione o modelo %3

O Cursor envia a maioria das requisições dos próprios servidores, que não conseguem chegar a %1:
eles precisam de um endereço acessível (&quot;Acessível de outras máquinas&quot; e um túnel de confiança).
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Editar:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>Modelo virtual</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>Ainda não há modelos virtuais nem rotas. Use Novo para adicionar uma rota (os modelos a tentar, em ordem) e depois um modelo virtual (o nome que os clientes pedem).</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ção:</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>Alternativas: em ordem, a próxima em caso de falha</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>Ponderada: divisão por peso</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Primeiro token mais rápido</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Mais barata</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>Menos ocupada</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>E&amp;stratégia:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>Arraste para reordenar: a ordem é a ordem das alternativas. Clique duas vezes em um peso para alterá-lo.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>Adicionar &amp;destino</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>Subir (antes na ordem das alternativas)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Remover o destino</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Destinos:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>Tentativas extras no mesmo destino após um erro recuperável (limite de taxa, sobrecarga, tempo esgotado)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Novas tentativas:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>A primeira espera antes de uma nova tentativa; ela dobra a cada tentativa</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>&amp;Espera crescente:</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>Um provedor que pede para esperar mais que isso (Retry-After) passa para o próximo destino</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Espera &amp;máxima:</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>A rota usada quando nenhuma regra corresponde</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>Rota &amp;padrão:</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>sem teto</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>Ignorar destinos com custo estimado por chamada acima disto</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>&amp;Teto de custo por chamada:</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sem orçamento</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>Ignorar destinos cujo tempo recente até o primeiro token seja mais lento que isto</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>Orçamento de &amp;latência:</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>Omitir e informar em um cabeçalho</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Recusar a requisição</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>Ferramentas executadas pelo provedor que um cliente pede (busca na web, interpretador de código, busca em arquivos) e que a API do modelo escolhido não consegue executar. Recusar ignora esses destinos e, quando não sobra nenhum, responde 400 indicando a ferramenta.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>&amp;Ferramentas hospedadas que ele não executa:</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>nenhuma (p. ex. handbook, contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>Coleções da base de conhecimento, separadas por vírgulas: toda requisição por este modelo recebe os melhores trechos delas como fontes numeradas no prompt de sistema, qualquer que seja a API usada pelo cliente</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>&amp;Coleções de conhecimento:</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>padrão (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>Quantos trechos uma requisição recebe no máximo (eles também precisam caber no orçamento de tokens, knowledgeTokens)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>&amp;Trechos de conhecimento:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>Mín. de tokens</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>As regras são testadas de cima para baixo; a primeira que corresponde escolhe a rota.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>Adicionar re&amp;gra</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>Subir a regra (testada antes)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Descer a regra</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Remover a regra</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regras:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>O formulário mostra a última versão que conseguiu ler. Corrija primeiro o JSON: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modelo virtual: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Rota: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>Nenhum provedor ativado oferece este modelo agora</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (essa rota não existe)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>qualquer tamanho</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>Corresponde quando o prompt é estimado nesta quantidade de tokens ou mais</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>saudável</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>em resfriamento</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>em teste</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>Modelos virtuais e rotas</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulário</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>Uma rota lista destinos (PROVEDOR/MODELO) e uma estratégia: fallback, weighted, latency, cost ou least_busy. Um modelo virtual é um nome que os clientes pedem; as regras dele escolhem uma rota por tarefa (summarize, code, reasoning, vision), recursos necessários (tools, vision, json) ou tamanho do prompt, com teto de custo opcional (maxCostUsd) e orçamento de latência (latencyBudgetMs).</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>Inserir &amp;exemplo</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>Um prompt de exemplo, p. ex. &quot;Resuma este relatório&quot;</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>deduzir do prompt</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>usa ferramentas</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>tem uma imagem</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarefa:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requisição:</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>Mo&amp;strar rota</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo est.</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>Por que / por que não</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Saúde em tempo real</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>Selecione uma chamada para ver por que ela foi para onde foi.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Chamadas recentes</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>Aplicar a configuração de roteamento</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>O roteamento salvo não é usado até ser corrigido: %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>o texto não é um objeto JSON</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>A configuração é um objeto com &quot;virtualModels&quot; e &quot;routes&quot;.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>Chave(s) desconhecida(s): %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Válido.</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>Válido, mas as requisições por estes modelos virtuais falham até as coleções existirem (switchboard-cli kb create NOME): %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>Aplicado: as novas chamadas usam este roteamento.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>Adicione primeiro um provedor (página Provedores): as rotas precisam de destinos.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>modelo virtual %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>rota %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direto</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>escolhido por %1</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>tarefa %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>cerca de %1 tokens de entrada</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>Sem destino: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>Vai para %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>primeira opção</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorado: %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>chamada de teste: circuito semiaberto após %n falha, uma chamada pode testá-lo</numerusform>
            <numerusform>chamada de teste: circuito semiaberto após %n falhas, uma chamada pode testá-lo</numerusform>
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
        <translation>%1 de %2 falharam (%3%)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>Taxa de erros recente, com mais peso nas últimas chamadas (o que o roteamento usa): %1%</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1: resta %2% do orçamento de erros, consumo a %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: nenhuma chamada ainda</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>rebaixado: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · rebaixado no roteamento</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>Comparar execuções de %1</translation>
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
        <translation>Só as etapas que mudaram</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Saída A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Saída B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modelo B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Custo A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Custo B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>Latência A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>Latência B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>só em B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>só em A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Em uso agora: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Diretório de dados</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Diretório de dados:</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>O diretório de dados deve ser um caminho absoluto.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 é um arquivo, não um diretório.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Não é possível criar o diretório %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Shift+Enter inicia uma nova linha)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Enter (Enter inicia uma nova linha)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>&amp;Enviar mensagem com:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>Iniciar o Switchboard ao fazer &amp;login</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respostas:</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>Códig&amp;o nas respostas:</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>As fontes valem na hora para as respostas do Playground e de Comparar.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Vale na hora para os prompts do Playground e de Comparar.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>Conversas &amp;novas usam:</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>&amp;Comparar começa com:</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>Ainda não há modelos: adicione um provedor na página Provedores e escolha-os aqui.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Manter para sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>&amp;Manter conversas:</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>Conversas do Playground sem alterações por esse número de dias são excluídas ao iniciar e uma vez por dia.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>Apa&amp;gar todos os dados locais…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Apagar todos os dados locais</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (não é mais oferecido)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>O último modelo usado</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>O Switchboard vai fechar, excluir o seguinte e iniciar de novo vazio:

• em %1: o banco de dados (conversas, o registro de uso, comparações e votos, coleções de conhecimento e seu índice, execuções de fluxos de trabalho, histórico de monitoramento) e o arquivo do espaço de trabalho (provedores, rotas, orçamentos, chaves do proxy, fluxos de trabalho)
• todas as configurações desta caixa de diálogo
• as chaves no chaveiro do sistema a que o espaço de trabalho se refere (chaves de provedores e do proxy)

Mantidos: variáveis de ambiente, os arquivos que você importou para a base de conhecimento, arquivos exportados e outros arquivos da pasta.

Isso não pode ser desfeito. Exporte o espaço de trabalho antes para mantê-lo.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado na bandeja</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>Então o proxy local é ligado ao iniciar, e a janela abre pelo ícone da bandeja. Sem bandeja, a janela abre normalmente.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>Conversas, comparações, uso e o arquivo do espaço de trabalho ficam no diretório de dados. Um novo diretório de dados vale após reiniciar; os arquivos não são movidos.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>Fonte [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caracteres %1–%2</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Abrir página</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Copiar trecho</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>O arquivo não está mais em %1: foi movido ou excluído depois de importado.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>Comparar a etapa %1</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>A entrada que a etapa %1 recebeu nesta execução vai para os modelos que você marcar, lado a lado em Comparar.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>%n modelo escolhido.</numerusform>
            <numerusform>%n modelos escolhidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>Escolha de %1 a %2 modelos (%3 escolhidos).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>Selecione uma etapa na tela para editá-la. Adicione etapas pela paleta: arraste uma para a tela ou clique duas vezes nela. Arraste da porta direita de uma etapa até outra etapa para conectá-las.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>Na execução exibida</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>Comparar em outros modelos…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>Enviar a entrada que esta etapa recebeu (prompt de sistema e do usuário como renderizados, seus parâmetros) a 2 a 6 modelos lado a lado em Comparar</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>Abrir as etapas</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>Editar as etapas que esta etapa &quot;Para cada&quot; executa para cada item (ou clique duas vezes nela na tela)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>Tipo desconhecido &quot;%1&quot;: corrija na visualização JSON.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>Letras, dígitos e &apos;_&apos;; as outras etapas leem esta como steps.ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>Ainda não é JSON (%1 em %2): a etapa mantém o último schema.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>Um schema é um objeto JSON: a etapa mantém o último.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>Sequências que encerram a resposta, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 de entrada, %2 de saída</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Custo: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latência: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Tentativas: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Ramo: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>reproduzido de uma gravação</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>Tipos de etapa</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>Arraste-a para a tela ou clique duas vezes nela.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Servidor da equipe:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>Os provedores do espaço de trabalho do tipo servidor de equipe do Switchboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Carregando a equipe…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>Copie a nova chave agora: o servidor guarda só o hash dela, então ela não pode ser mostrada de novo. Entregue-a ao membro por um canal seguro.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Já copiei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Chaves ativas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Nome do novo membro</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Adicionar membro</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Selecionado:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Mudar função</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Requisições/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Mostrar revogadas</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>O membro a quem a nova chave pertence</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>Rótulo, p. ex. notebook</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> por min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>Requisições por minuto que esta chave pode fazer, em todos os servidores da equipe juntos (0: sem limite)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Criar chave</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotacionar…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>Uma nova chave para o mesmo membro, rótulo e limite; a selecionada para de funcionar na hora</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>A chave está na área de transferência.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>Este espaço de trabalho não tem servidor da equipe. Adicione em Provedores um provedor do tipo &quot;Servidor de equipe do Switchboard&quot;, com o endereço do servidor e a chave de um membro.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>Você é &lt;b&gt;%1&lt;/b&gt;, função: %2.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>Só os administradores da equipe veem e gerenciam membros, chaves e o log de auditoria. Peça a um administrador uma nova chave ou outra função.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revogada %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>rotacionada, agora %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>Só os administradores da equipe podem fazer isso; sua função é %1.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 entrou na equipe, função: %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 agora tem a função %2.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>Remover %1 da equipe? As chaves param de funcionar na hora; o registro e o log de auditoria mantêm o nome.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 foi removido da equipe.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>Chave %1 criada para %2.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revogar chave</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>Revogar a chave %1? Toda ferramenta que a usa será recusada a partir de agora em todos os servidores da equipe.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>A chave %1 foi revogada.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Rotacionar chave</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>Substituir a chave %1 por uma nova? A antiga para de funcionar na hora; o membro vai precisar da nova.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>A chave %1 foi substituída por %2.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>Carregar de novo membros, chaves, orçamentos e o log de auditoria do servidor da equipe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite flexível</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Limite rígido</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definido em</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>O que as chamadas em andamento ainda podem custar: reservado no limite rígido até terminarem</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>Um limite flexível avisa quando o gasto do membro o atinge. Um limite rígido recusa as chamadas dele assim que o gasto e as chamadas em andamento puderem ultrapassá-lo, somando todos os servidores da equipe. Deixe um limite vazio para não ter nenhum.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>O membro a quem o orçamento se aplica</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>Dias UTC ou meses do calendário UTC</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>Flexível $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>Rígido $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Salvar orçamento</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>Define o orçamento do membro para este período, substituindo o que ele tem</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>Remove o orçamento selecionado</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>o arquivo de espaço de trabalho do servidor</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>a equipe</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>Definido no arquivo de espaço de trabalho do servidor que respondeu; altere-o lá, ou defina aqui o orçamento do membro para este período para substituí-lo em todos os servidores da equipe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>&quot;%1&quot; não é um valor em dólares: digite um número como 12,50 ou deixe o limite vazio.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>Digite um limite flexível, um rígido ou ambos. Para tirar um orçamento, selecione-o e clique em Remover.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>O orçamento de %1 (%2) foi salvo.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Remover orçamento</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>Remover o orçamento de %1 (%2)? As chamadas dele deixam de ser limitadas por ele em todos os servidores da equipe.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>O orçamento de %1 (%2) foi removido.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>Novo fluxo de trabalho a partir de um modelo</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>O que cada espaço do modelo usa. Se ficar vazio, o espaço mantém o nome, que então deve ser um modelo virtual, uma rota ou uma coleção do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (modelo): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (coleção): %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>O Switchboard nunca baixa nem instala nada sozinho: abra a página de download ou atualize pelo seu gerenciador de pacotes.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>&amp;Abrir página de download</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>&amp;Pular esta versão</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>Procurando novas versões em %1…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>O Switchboard %1 é a versão mais recente.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>O Switchboard %1 foi lançado. Você tem a %2.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>Você escolheu pulá-la: o Switchboard avisará de novo quando sair uma versão mais nova.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (pré-lançamento)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1, lançada em %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>Não há notas para esta versão.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…e mais %1 versões anteriores: veja a página de download.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>Avisar também sobre &amp;pré-lançamentos</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>&amp;Feed de versões:</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>&amp;Verificar agora…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Não verificado: %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>definido na compilação</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>Esta instalação é gerenciada (%1): novas versões vêm do seu gerenciador de pacotes ou administrador, por isso as verificações automáticas ficam desligadas a menos que você as ative.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Última verificação: %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>Última verificação: %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>Configurações de atualização não salvas: %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>Procurar novas versões &amp;automaticamente</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>As verificações automáticas ocorrem ao iniciar e depois no máximo uma vez por dia. Uma verificação lê o feed (um pequeno arquivo JSON, pelas configurações de rede) e mostra as novidades numa janela. O Switchboard nunca baixa nem instala nada sozinho.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Adicionar páginas da web</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>Páginas da &amp;web a importar em &quot;%1&quot;, um endereço por linha:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Endereços da web</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>Cada página é baixada (no máximo 64 MB, 30 s) e lida pelo tipo de conteúdo: HTML, Markdown, texto, CSV, JSON, PDF ou documentos de escritório. Uma página inalterada não recebe novo embedding quando adicionada de novo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>Linha %1: &quot;%2&quot; não tem http:// nem https:// na frente. Escreva o endereço completo, p. ex. https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>Linha %1: &quot;%2&quot; não é um endereço da web válido. Verifique se há espaços ou erros de digitação, ou copie-o da barra de endereços do navegador.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>Linha %1: &quot;%2&quot; não é uma página da web: só endereços http:// e https:// podem ser importados. Adicione arquivos locais com Adicionar arquivos.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>Linha %1: &quot;%2&quot; não indica nenhum servidor. Escreva como https://example.com/page.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>%n página a importar.</numerusform>
            <numerusform>%n páginas a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>Digite um ou mais endereços que comecem com http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>Tokens por dia UTC, por tipo. A saída não inclui o raciocínio.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>Latência e tempo até o primeiro token das chamadas bem-sucedidas por modelo (os %1 mais usados), em milissegundos.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latência</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>Parcela das tentativas que falharam, por provedor (chamadas canceladas não são erros).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Erros</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>Maiores g&amp;astos</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Chamadas</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Orçamentos</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>Aponte para uma barra para ver o valor.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>Ler o registro de novo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Primeiro dia (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Último dia (UTC), incluído</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>O&amp;rigem:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chave:</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Lendo o registro…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Atualiza&amp;r</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Ler o registro de novo (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>Gasto por dia UTC, empilhado por</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provedor</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>chave (chave de proxy, conversa)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>Chaves por custo (chaves de proxy, conversas, comparações)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>Requisições mais caras</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>O uso não está disponível: o registro não está em execução.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>%n chamada neste período usou modelos sem preço: o custo é desconhecido e os totais, gráficos e orçamentos o deixam de fora. Defina os preços do modelo na página Provedores.</numerusform>
            <numerusform>%n chamadas neste período usaram modelos sem preço: o custo é desconhecido e os totais, gráficos e orçamentos o deixam de fora. Defina os preços do modelo na página Provedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>Gasto %1 · %2 chamadas (%3 requisições) · %4 tokens · taxa de erros %5% (%6 erros)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Não foi possível ler o registro: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (nº %2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>Limite rígido de orçamento atingido: %1, %2 gastos de %3. As chamadas cobertas por ele são recusadas.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>Limite flexível de orçamento atingido: %1, %2 gastos de %3.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor da equipe</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Servidor da equipe: minhas</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>De quem é o registro: deste computador ou do servidor da equipe (administradores e leitores veem as chamadas de todos os membros; um membro, só as suas)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Dados:</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Todos os membros</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bro:</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>Todas as chamadas do servidor da equipe passam pelo proxy dele</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>As chamadas da equipe e seus prompts ficam no servidor da equipe</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>Os orçamentos dos membros estão na página Equipe</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>Lendo o registro do servidor da equipe…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Suas chamadas (%1) no servidor da equipe &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Suas chamadas (%1) no servidor da equipe &quot;%2&quot;: um membro vê só as suas.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>As chamadas de todos os membros no servidor da equipe &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>As chamadas de %1 no servidor da equipe &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>Não foi possível ler o uso do servidor da equipe.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>Percentis estimados a partir de histogramas diários, com margem de %1.</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>O servidor da equipe calcula os percentis a partir dos seus histogramas diários de latência, e não de cada chamada. A contagem de chamadas é exata.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>orçamento diário do espaço de trabalho</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>orçamento mensal do espaço de trabalho</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>orçamento diário do provedor %1</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>orçamento mensal do provedor %1</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>orçamento diário da chave de proxy %1</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>orçamento mensal da chave de proxy %1</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>orçamento diário do membro da equipe %1</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>orçamento mensal do membro da equipe %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>Versões de %1</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>A versão %1 e a versão %2 são iguais.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>O que mudou da versão %1 para a versão %2:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>o fluxo de trabalho</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>etapa %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>no &quot;Para cada&quot; %1</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>aresta %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>quando %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Boas-vindas ao Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Switchboard&lt;/h2&gt;&lt;p&gt;Vamos conectar seu primeiro provedor de modelos. O Switchboard procura as chaves de API que você já tem e os modelos em execução neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>Procurando chaves de API no ambiente e o Ollama ou o LM Studio neste computador…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>Provedores encontrados</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>As chaves são guardadas no chaveiro do sistema, nunca no arquivo do espaço de trabalho. Cada provedor é testado antes de ser adicionado.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>Testando as conexões…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>Testes de conexão</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>Configure os provedores você mesmo na página Provedores. Ajuda &gt; Boas-vindas mostra isto de novo.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>&amp;Adicionar e testar</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Abrir o &amp;Playground</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>Abrir &amp;Provedores</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>%1 neste computador: %n modelo</numerusform>
            <numerusform>%1 neste computador: %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1, com a chave em %2</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>Nenhuma chave de API foi encontrada no ambiente e nem o Ollama nem o LM Studio responderam neste computador. Adicione um provedor na página Provedores com uma chave do console do seu provedor.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>%n provedor encontrado. Desmarque os que você não quer adicionar.</numerusform>
            <numerusform>%n provedores encontrados. Desmarque os que você não quer adicionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: não adicionado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: conectado em %2 ms, %n modelo.</numerusform>
            <numerusform>%1: conectado em %2 ms, %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: não adicionado: não foi possível guardar a chave no chaveiro (%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>Não foi possível salvar os provedores: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>Nenhum provedor pôde ser adicionado. Confira as mensagens abaixo e depois adicione um provedor na página Provedores.</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>Pronto. Seus provedores estão salvos e prontos no Playground.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Excluir %n aresta</numerusform>
            <numerusform>Excluir %n arestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Excluir %n etapa</numerusform>
            <numerusform>Excluir %n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mover %n etapa</numerusform>
            <numerusform>Mover %n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>Não existe a etapa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>As arestas ficam dentro de um mesmo grafo: &quot;%1&quot; e &quot;%2&quot; não estão no mesmo.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>Uma etapa não pode seguir a si mesma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>&quot;%1&quot; já está conectada a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>&quot;%1&quot; já é executada depois de &quot;%2&quot;: esta aresta criaria um ciclo, e cada etapa é executada uma única vez.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>Conectar %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>Um id começa com uma letra ou &apos;_&apos; e contém letras, dígitos e &apos;_&apos; (no máximo 64).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>Outra etapa se chama &quot;%1&quot;; os ids são únicos em um fluxo de trabalho.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renomear %1 para %2</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>Editar %1 do fluxo de trabalho</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Colar %n etapa</numerusform>
            <numerusform>Colar %n etapas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>Letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos;; o proxy oferece o fluxo de trabalho como o modelo workflow:NOME</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>Entradas que uma execução recebe (input.NOME em modelos de texto e expressões):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Adicionar entrada</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Remover entrada</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>Clique duas vezes em uma execução para ver as etapas na tela; selecione duas para compará-las</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>Mostrar as etapas da execução na tela</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>Selecione duas execuções para compará-las etapa por etapa</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>Nenhuma execução deste fluxo de trabalho ainda.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>tentativa %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Fluxos de trabalho</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>Um novo fluxo de trabalho: um modelo responde ao texto da entrada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>Uma cópia do fluxo de trabalho como está salvo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>Renomear o fluxo de trabalho (salva-o)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modelo…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>Um novo fluxo de trabalho a partir de um modelo: triagem de documentos, resposta de suporte, revisão de código, tradução em lote</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>Adicionar um fluxo de trabalho a partir de um arquivo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>Salvar em um arquivo o fluxo de trabalho como está no editor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>Voltar às etapas do próprio fluxo de trabalho</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>Salvar o fluxo de trabalho no espaço de trabalho (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>Dispor as etapas em camadas por dependência (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reduzir zoom (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Ampliar zoom (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>Mostrar todas as etapas (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Desfazer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Refazer %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>O fluxo de trabalho como o espaço de trabalho o guarda. Edite-o aqui e aplique, ou use a tela e o inspetor.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>Não é JSON: %1 em %2.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>Um fluxo de trabalho é um objeto JSON.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Editar como JSON</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>Salvar o fluxo de trabalho</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>Organizar as etapas por dependência</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>Ajustar o zoom para mostrar todas as etapas</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir zoom</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>Executar o fluxo de trabalho</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Copiar as etapas selecionadas</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Colar etapas</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>Excluir as etapas e arestas selecionadas</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Selecionar todas as etapas</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>Salvar as alterações em &quot;%1&quot;? (Não as descarta.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>Nenhum fluxo de trabalho ainda: clique em Novo para começar um.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>Não salvo: dê um nome ao fluxo de trabalho (aba Fluxo de trabalho).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>Não salvo: outro fluxo de trabalho se chama &quot;%1&quot;; escolha outro nome (aba Fluxo de trabalho).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>Salvo. %n problema impede a execução.</numerusform>
            <numerusform>Salvo. %n problemas impedem a execução.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>&quot;%1&quot; renomeado para &quot;%2&quot; e salvo.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>Excluir o fluxo de trabalho</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>Excluir o fluxo de trabalho &quot;%1&quot; do espaço de trabalho? As execuções permanecem no histórico.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (cada item)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>%n etapa copiada.</numerusform>
            <numerusform>%n etapas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>A área de transferência não contém etapas para colar.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>%n etapa colada.</numerusform>
            <numerusform>%n etapas coladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>Organizar etapas</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>Nenhum problema: o fluxo de trabalho pode ser executado.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>O roteador não está em execução: adicione primeiro um provedor (página Provedores).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>Corrija primeiro os problemas (estão listados abaixo da tela).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%1 de %n item concluídos</numerusform>
            <numerusform>%1 de %n itens concluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>Retome primeiro a execução; depois rejeite o valor.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Retomar a execução</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>Abrir a execução</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>A execução %1 não existe mais.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar execuções</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>Uma das execuções não está mais no histórico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>&quot;%1&quot; está salvo no espaço de trabalho, mas a versão não foi mantida: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>Restaurar a versão %1 de &quot;%2&quot;? Ela é salva como a versão mais recente; Desfazer no editor a reverte.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>Suas alterações não salvas são substituídas (Desfazer as traz de volta).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Restaurar uma versão</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar a versão %1</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>Versão %1 restaurada e salva como a mais recente (Desfazer a reverte).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versões</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Novo fluxo de trabalho a partir de um modelo</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: escolha outro nome.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; adicionado a partir do modelo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>Importar um fluxo de trabalho</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Arquivos de fluxo de trabalho (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>O espaço de trabalho tem outro fluxo de trabalho chamado &quot;%1&quot;. Substituí-lo (ele permanece nas versões), manter os dois ou importar o do arquivo com outro nome?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>Outro nome…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>Nome do fluxo de trabalho importado:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>O espaço de trabalho já tem &quot;%1&quot;, sem alterações.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>&quot;%1&quot; substituído pelo do arquivo.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importado.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>Exportar o fluxo de trabalho</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; exportado para %2.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>Só uma etapa de modelo concluída da execução exibida pode ser comparada; execute o fluxo de trabalho primeiro.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Escolha de %1 a %2 modelos.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>Comparar esta etapa</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>Comparar envia só texto: o %n arquivo que a etapa recebeu fica de fora.</numerusform>
            <numerusform>Comparar envia só texto: os %n arquivos que a etapa recebeu ficam de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>outro fluxo de trabalho se chama &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>Carregar de um arquivo JSON…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>{&quot;file&quot;: &quot;CAMINHO&quot;} dentro dele representa o conteúdo desse arquivo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>A etapa que levaria a execução acima deste custo não começa</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>Teto de custo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>Executar o fluxo de trabalho como está no editor (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>Continuar de onde a execução parou; as etapas concluídas não são executadas de novo</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Aguardando sua revisão</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>Edite o valor antes de aprovar para passar a sua versão (JSON ou texto simples)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>Motivo (para Rejeitar)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>Nenhuma execução ainda. Preencha a entrada e clique em Executar.</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>A saída da execução</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Entrada (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>um arquivo a ler</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>A entrada não é JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 não é JSON: escreva-o como JSON, p. ex. [&quot;a&quot;, &quot;b&quot;] ou {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 não é um número.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 não é um único valor JSON.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>Carregar a entrada</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>Retomar continua sem repetir as etapas concluídas.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>A etapa %1 aguarda: aprove o valor (edite-o antes para passar a sua versão) ou rejeite-o.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>adicionada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removida</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva em</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>Por quem e por quê</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>O número da versão</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>Toda versão salva é mantida. Selecione uma para restaurá-la, duas para compará-las.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>Tornar a versão selecionada a mais recente de novo (Desfazer no editor a reverte)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>Selecione duas versões para ver o que mudou, etapa por etapa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>app</source>
        <translation>aplicativo</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>arquivo do espaço de trabalho</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>como estava no arquivo do espaço de trabalho</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>versão %1 restaurada</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>a partir do modelo %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>Nenhuma versão salva ainda: cada salvamento guarda uma.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n versão, nenhuma jamais excluída.</numerusform>
            <numerusform>%n versões, nenhuma jamais excluída.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>O espaço de trabalho contém seus provedores, rotas, configurações de proxy e orçamentos. As equipes o compartilham exportando e importando o arquivo; as chaves ficam no chaveiro de cada pessoa.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Provedores:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Roteamento:</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>Proxy local:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Diretório de dados:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Segredos</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Chaveiro:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>As chaves ficam no chaveiro do sistema e são referenciadas no espaço de trabalho como keychain:NOME, ou lidas do ambiente como env:VAR. Elas nunca são gravadas em arquivos, logs ou no banco de dados.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provedor</numerusform>
            <numerusform>%n provedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n ativado</numerusform>
            <numerusform>%n ativados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n modelo virtual</numerusform>
            <numerusform>%n modelos virtuais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n rota</numerusform>
            <numerusform>%n rotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n orçamento</numerusform>
            <numerusform>%n orçamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n chave</numerusform>
            <numerusform>%n chaves</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (versão do schema %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>não aberto</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Renomear espaço de trabalho</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>disponível (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>indisponível: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importar espaço de trabalho</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Espaço de trabalho do Switchboard (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>O arquivo não foi importado; seu espaço de trabalho não mudou.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>Substituir o espaço de trabalho &quot;%1&quot; (%2) por &quot;%3&quot; (%4) de %5?

As chaves não fazem parte do arquivo: referências como keychain:NOME precisam existir no seu chaveiro.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar espaço de trabalho</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Espaço de trabalho do Switchboard (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>Exportado para %1. O arquivo contém só referências a chaves, nunca as chaves.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>Não é possível alterar %1. Verifique se sua conta pode editar a própria chave Run.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>Não é possível remover %1. Exclua o arquivo você mesmo ou torne a pasta gravável.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>Não é possível criar a pasta %1. Torne a pasta superior gravável e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>Não é possível gravar %1. Torne a pasta gravável e tente novamente.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>não é um feed de versões do Switchboard (um objeto com &quot;format&quot;: &quot;%1&quot; e uma lista &quot;releases&quot;)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>o feed está no formato &quot;%1&quot;, que esta versão não lê (ela lê &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>o feed lista %1 versões, mais do que as %2 que esta versão lê</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>nenhuma de suas versões tem um número no formato MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>a URL do feed deve ser um endereço http ou https, como https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>Nenhum feed de versões definido: informe a URL em Configurações, Atualizações.</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>Não é possível verificar o feed de versões %1: %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>Não é possível procurar atualizações: %1. Verifique a senha do proxy de rede (Configurações, Rede).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>Não é possível procurar atualizações: as configurações de rede não podem ser usadas (%1). Corrija-as em Configurações, Rede.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>A resposta de %1 passa de %2 KiB, muito mais que um feed de versões: verifique a URL do feed em Configurações, Atualizações.</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 não é um feed de versões: o JSON está malformado (%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 não é um feed de versões: enviou %2 em vez de JSON. Verifique a URL do feed em Configurações, Atualizações.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>outra coisa</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>O feed de versões em %1 respondeu com o status HTTP %2: verifique a URL do feed em Configurações, Atualizações.</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>O feed de versões em %1 não respondeu a tempo (%2). Verifique as configurações de rede (Configurações, Rede) e tente de novo.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>Não é possível acessar o feed de versões em %1: %2. Verifique o endereço e as configurações de rede (Configurações, Rede) e tente de novo.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 não é um feed de versões que esta versão consiga ler: %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>deve ser um array de etapas, não %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>deve ser um array de arestas, não %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>deve ser um objeto com id e kind</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>deve ser um nome</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>obrigatório (um de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um de %2</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>deve ser um objeto com from e to</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>chave desconhecida &quot;%1&quot; (uma aresta tem from, to e when)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>deve ser true, false ou um rótulo</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>um map precisa de etapas para executar em cada item</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>o resultado de cada item é o valor de uma etapa de saída, ou da única etapa que não é seguida por nada; adicione uma etapa de saída</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>obrigatório: o id da etapa de onde a aresta sai</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>obrigatório: o id da etapa onde a aresta entra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>&quot;%1&quot; não pode seguir a si mesmo</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>a mesma aresta de &quot;%1&quot; para &quot;%2&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>uma aresta saindo da condição &quot;%1&quot; diz quando é seguida: true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>&quot;%1&quot; não é um rótulo de &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>somente arestas saindo de uma condição ou de uma etapa de classificação têm when; &quot;%1&quot; é uma etapa do tipo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>&quot;%1&quot; está fora das etapas deste map</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>&quot;%1&quot; está dentro do map &quot;%2&quot;; as arestas ficam entre as etapas de um mesmo map</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>nenhuma etapa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>as etapas formam um ciclo: %1; um fluxo de trabalho executa cada etapa uma vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>&quot;%1&quot; deve começar com uma letra ou &apos;_&apos; e conter letras, dígitos e &apos;_&apos; (no máximo 64)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>campo desconhecido; etapas %1 têm %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>somente etapas que chamam um modelo, a base de conhecimento ou um leitor de documentos tentam de novo e têm tempo limite; uma etapa %1 não faz nenhum dos dois</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve ser uma string, não %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>indique um modelo: PROVIDER/MODEL, uma rota ou um modelo virtual</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>deve ser texto, não %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>deve ser uma expressão como texto, não %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>deve ser um array de expressões, não %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>deve ser uma expressão como texto</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>deve ser true ou false, não %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>deve ser um array de strings, não %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>deve ser um objeto, não %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>deve ser um objeto JSON Schema, não %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>deve ser um número de 0 a 2</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>deve ser um número inteiro de %1 a 1000000000</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>deve ser minimal, low, medium ou high</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>deve ser um array de strings</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>parâmetro desconhecido; existem temperature, topP, maxTokens, reasoningEffort, seed, stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>uma etapa de classificação precisa de pelo menos dois rótulos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>&quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>indique pelo menos uma coleção da base de conhecimento</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 aceita %2, não %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>obrigatório para %1: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>o texto a gerar, com lacunas {{...}}</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>o valor a processar, p. ex. steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>onde procurar dentro do valor, p. ex. items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>deve ser um caminho como total ou items[0].name</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>uma expressão regular</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>em %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>o padrão tem %1 grupo(s) entre parênteses; group é um deles ou 0 para a correspondência inteira</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 só existe nas etapas de um map</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run tem %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>nome desconhecido &quot;%1&quot;; os caminhos começam com input, steps, run%2</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>indique uma etapa: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 não é algo que uma etapa tenha; existem %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>uma etapa não pode ler o próprio resultado</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 não é executada antes de %2; adicione uma aresta de %1 (ou de uma etapa posterior) para %2</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 é executada dentro do map &quot;%2&quot; para cada item; leia steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 não é executada antes de %2</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>obrigatório (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 foi gravado por um Switchboard mais recente (esta versão lê até %2)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>chave desconhecida (um fluxo de trabalho tem %1)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>deve ser um objeto JSON Schema</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>o fluxo de trabalho %1 não é válido:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>&quot;%1&quot; deve ter letras, dígitos, &apos;_&apos;, &apos;-&apos; ou &apos;.&apos; (no máximo 64)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>um fluxo de trabalho precisa de pelo menos uma etapa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>&quot;%1&quot; é o id de outra etapa; os ids são únicos em um fluxo de trabalho</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>adicione uma etapa de saída: ela diz o que a execução retorna</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>outro fluxo de trabalho se chama &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>na posição %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (sem valor)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>um booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>o fim</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>o número %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>um número não pode vir colado a um nome (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>sequência de escape desconhecida &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n ou \t)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>a string não foi fechada (adicione %1)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractere inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>a expressão está vazia</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; não compara; use ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>%1 inesperado após uma expressão completa</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>esperava-se um valor depois de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>comparações não se encadeiam; junte-as com &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>esperava-se um valor</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>esperava-se &apos;)&apos; para fechar o &apos;(&apos; na posição %1; encontrado: %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>esperava-se um valor; encontrado: %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>esperava-se um valor; encontrado: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>função desconhecida &apos;%1&apos; (existem %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>esperava-se &apos;,&apos; ou &apos;)&apos; na chamada de %1; encontrado: %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() recebe um valor, não %2</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>esperava-se um nome depois de &apos;.&apos;; encontrado: %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>um índice de lista é um número inteiro, não %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>esperava-se um índice de lista ou uma chave entre aspas depois de &apos;[&apos;; encontrado: %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>esperava-se &apos;]&apos; para fechar o &apos;[&apos; na posição %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; não consegue ordenar %2 e %3</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>uma string não pode conter %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; precisa de uma string, uma lista ou um objeto, não %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; precisa de números, não %2 e %3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>divisão por zero</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() precisa de uma string, uma lista ou um objeto, não %1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() não consegue ler %1 como número</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; precisa de um número, não %1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; não é fechado com &apos;}}&apos;</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }} vazio: coloque um valor dentro, por exemplo {{input.text}}</translation>
    </message>
</context>
</TS>
