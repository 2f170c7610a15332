<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>No se puede eliminar %1: cierre los programas que lo usan y vuelva a iniciar Switchboard.</translation>
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
        <translation>El cliente habló: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modelo virtual: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>Ruta: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>Elegido por la regla: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>Tarea: %1%2</translation>
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
        <translation>  omitido %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: respondió en %3 ms</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: falló tras %3 ms, %4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; esperó %1 ms antes del siguiente</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      cambiado para este proveedor: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Respondido por: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  candidato %1, relegado: %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>El SLO «%1» consume su presupuesto de errores %2x en 1 h y %3x en 5 min (alerta rápida por encima de %4x)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Gasto por día</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1 el %2: %3 (total del día %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>Gasto por día: no hay llamadas en este intervalo</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>caché (lectura)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>escritura en caché</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens por día</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1 tokens el %2: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>latencia p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>latencia p95</translation>
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
        <translation>Latencia por modelo: no hay llamadas correctas en este intervalo</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latencia por modelo</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2: %3 ms (%4 llamadas correctas)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>tasa de errores (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>Tasa de errores por proveedor: no hay llamadas en este intervalo</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>Tasa de errores por proveedor</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>errores por intento</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: %2 % de errores (%3 de %4 intentos; %5 cancelados)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>cualquier etiqueta</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>sin modelo</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>cada uno de %1 · %n paso dentro</numerusform>
            <numerusform>cada uno de %1 · %n pasos dentro</numerusform>
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
        <translation>número entero</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
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
        <translation>cualquier JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>Llamada a LLM</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Para cada uno</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>Extraer texto</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>Buscar conocimiento</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformar</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Revisión humana</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>Consulta un modelo (o una ruta o un modelo virtual) con un prompt de sistema y uno de usuario; puede validar su respuesta con un esquema JSON.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>Pide a un modelo que elija una de sus etiquetas; las aristas salen de él por etiqueta.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>Evalúa una expresión sobre resultados anteriores; las aristas salen de él para verdadero y para falso.</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>Ejecuta sus propios pasos para cada elemento de una lista, unos pocos a la vez, y reúne sus resultados.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>Lee el texto de un archivo PDF, DOCX, ODT, EPUB, imagen (OCR) o de texto de la entrada.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>Busca pasajes en colecciones de la base de conocimiento para una consulta.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>Rellena una plantilla, toma un valor de un JSON, divide, une o extrae con una expresión regular.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>Pausa la ejecución hasta que alguien apruebe, edite o rechace el valor.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>Lo que devuelve la ejecución.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Espera entre reintentos (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Tiempo límite (ms)</translation>
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
        <translation>Prompt de usuario</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Idioma del OCR</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Presupuesto de tokens</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta de acceso</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Todas las coincidencias</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>PROVEEDOR/MODELO, una ruta o un modelo virtual</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>Texto con huecos {{...}}: {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>Texto con huecos {{...}}; {{steps.ID.output}} solo conserva su JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>Un esquema JSON que la respuesta debe cumplir (una petición de corrección si no lo cumple)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>Una expresión por línea que nombra un archivo de la entrada: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>Una etiqueta por línea; las aristas salen del paso por etiqueta</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>Una colección de la base de conocimiento por línea</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>Comparar, combinar y contar: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>Una expresión que da una lista: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>Una expresión que da el valor con el que trabajar: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>Una expresión que nombra un archivo de la entrada: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>Dónde buscar dentro del valor: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>Una expresión regular</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>Cuántos elementos se ejecutan a la vez</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>Cada intento falla pasado este tiempo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>en pausa para revisión</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>Ya hay un lote en ejecución.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>El conjunto de prompts está vacío.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Elige al menos un modelo.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>La base de conocimiento no está disponible aquí: desvincula las colecciones para ejecutar sin ellas.</translation>
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
        <translation>La búsqueda de conocimiento falló: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>sin calificar: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Detén primero las respuestas en curso.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Elige de %1 a %2 modelos.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>La comparación %1 es una ejecución por lotes.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Escribe primero un prompt.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>Las respuestas al último prompt todavía están llegando.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>La base de conocimiento no está disponible aquí: desvincula las colecciones para comparar sin ellas.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>La búsqueda de conocimiento falló: %1. Elige otra colección (o ninguna) y vuelve a enviar.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>Vota en una comparación a ciegas cuando hayan llegado todas las respuestas.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>No existe el panel %1.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 no lee PDF (o no este), y su texto no se puede extraer: %2. Elija un modelo marcado «pdf».</translation>
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
        <translation>sin reordenar: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 falló (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>la respuesta de %1 no indicó ningún número de pasaje</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>sin reordenar: no hay proveedores con los que reordenar</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>la colección no tiene modelo de embeddings</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>no hay proveedores con los que incrustar la consulta</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>sin búsqueda vectorial: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>solo BM25: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>solo BM25: no se pudo incrustar la consulta (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>solo BM25: ningún pasaje tiene aún un vector de %1</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>No hay ningún canario «%1» en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>El canario «%1» ya se está ejecutando o espera su turno.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: clave desconocida «%2» (conocidas: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: debe ser un texto, no %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: debe ser %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: «%2» debe ser PROVIDER/MODEL (el modelo que el enrutador pide al proveedor)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: indique provider o model (PROVIDER/MODEL), no ambos</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: no hay ningún proveedor «%2» en el espacio de trabajo (hay: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: no hay ninguna ruta ni modelo virtual «%2» en el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: debe ser ttft (tiempo hasta el primer token) o latency (total)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: indique uno solo de model (PROVIDER/MODEL) y route (nombre de una ruta o de un modelo virtual)</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: obligatorio para un SLO de latencia (p. ej. 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>un número de milisegundos mayor que 0</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: un SLO de disponibilidad no lleva metric ni thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: debe ser latency o availability</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: obligatorio, en porcentaje (p. ej. 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>un porcentaje mayor que 50 y menor que 100 (p. ej. 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: debe ser true o false</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: solo un SLO sobre un modelo (PROVIDER/MODEL) puede relegarlo en el enrutamiento</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: obligatorio para %2 (p. ej. %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>un porcentaje mayor que 0, como máximo 100</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>un número mayor que 1 (p. ej. 2: el doble de la media anterior)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>una cantidad de dólares mayor que 0</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: debe ser error_rate, latency_spike, cost_per_hour o no_traffic</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: la ventana y la referencia deben caber en 47 horas (los minutos que se guardan)</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: obligatorio, una lista de PROVIDER/MODEL, rutas o modelos virtuales</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: debe ser un nombre de modelo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: «%2» no es PROVIDER/MODEL ni una ruta o modelo virtual del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: «%2» aparece dos veces</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: debe ser hourly o daily</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>una cantidad de dólares mayor que 0 (p. ej. 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>un nivel de significación mayor que 0 y menor que 0.5 (p. ej. 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>cada fila debe ser un objeto</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>el conjunto de prompts está vacío</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>obligatorio, una lista de filas de un conjunto de prompts o el texto de un conjunto de prompts</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: un prompt de un canario necesita una comprobación (contains, regex, json, schema o judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: sin modelo; defina su «model» o el judgeModel del canario</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>el %1 % de las llamadas de %2 tienen éxito en %3 días</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>el %1 % de las %3 de %2 en menos de %4 ms en %5 días</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>primeros tokens</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>tasa de errores de %1 &gt;= %2 % en %3 min</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%1 media de %2 en %3 min por encima de %4 veces la de las %5 h anteriores</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>coste de %1 &gt;= $%2 en una hora</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>ninguna llamada de %1 durante %2 h</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>la sección de monitorización del espacio de trabajo no es válida:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: «%2» debe tener de 1 a 64 letras, dígitos, espacios, «.», «_» o «-»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: «%2» ya lo usa otro SLO o monitor</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: debe ser un array</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: «%2» ya lo usa otro canario</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: debe ser un objeto con una url</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: debe ser una URL http:// o https://, o keychain:NAME o env:VAR que la contenga</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: el presupuesto de errores se consume a %2 en %3 y a %4 en %5 (alerta por encima de %6); queda el %7 del presupuesto. SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: el consumo del presupuesto de errores vuelve a %2 en %3 y a %4 en %5; queda el %6 del presupuesto</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>%1 la referencia</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 h sin llamadas</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; %4 llamadas)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: vuelve a %2 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: resuelta, se eliminó su SLO o monitor</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>ruta %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>origen %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>clave de proxy %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>miembro %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas las llamadas</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>El proveedor rechazó la clave%1: %2. Comprueba la clave del proveedor.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>La clave no tiene permiso para usar este modelo%1: %2. Elige otro modelo o cambia la clave.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>Modelo o endpoint desconocido%1: %2. Comprueba los modelos y la URL base del proveedor.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>Un presupuesto detuvo esta llamada: %1. Auméntalo o reinícialo en Uso, Presupuestos.</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> El proveedor pide esperar %1 s.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>Límite de frecuencia alcanzado%1: %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>No se puede contactar con el proveedor%1: %2. Comprueba su URL base y tu red, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>El proveedor no respondió%1: %2. Reintenta, o elige un modelo virtual con conmutación por error.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>El prompt es demasiado largo para la ventana de contexto de este modelo: %1. Acórtalo, empieza una conversación nueva o elige un modelo con más contexto.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>El filtro de seguridad del proveedor rechazó esto: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>El proveedor rechazó la solicitud%1: %2. Comprueba los parámetros (modo JSON, tokens máximos) para este modelo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>el proxy ya está en marcha en %1</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>el proxy necesita el motor de enrutamiento</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>escuchar en %1 (más allá de este equipo) requiere al menos una clave de proxy: añade una clave o escucha en 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>el puerto del proxy debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>&apos;%1&apos; no es una dirección IP en la que escuchar (usa 127.0.0.1, ::1 o 0.0.0.0)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>clave de proxy &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>clave de proxy &apos;%1&apos;: el secreto está vacío</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: otro programa (u otro Switchboard) usa el puerto %1; detenlo o elige otro puerto</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: los puertos por debajo de 1024 requieren permisos de administrador; elige un puerto por encima de 1024</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>no se puede escuchar en %1:%2: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>Esta aplicación no entiende la respuesta del servidor del equipo (%1). ¿Es un serve de Switchboard de la misma versión?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>No se pudo leer la clave del proveedor «%1»: %2. Vuelva a introducirla en Proveedores.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>El proveedor «%1» no tiene clave. Introduzca la clave de un miembro del equipo (sbk_...) en Proveedores.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>No se puede usar el proveedor «%1»: %2. Corríjalo en Proveedores.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>No se puede contactar con el servidor del equipo en %1: %2. Compruebe que está en marcha y que la URL base del proveedor «%3» es correcta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>El servidor del equipo en %1 no acepta la clave del proveedor «%2». Compruebe la clave en Proveedores (la clave de un miembro empieza por sbk_) o pida una nueva a un administrador del equipo.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>Solo los administradores del equipo pueden hacer esto. Pídaselo a un administrador o use la clave de un administrador.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>El servidor del equipo lo rechazó: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>El servidor del equipo falló: %1. Vuelva a intentarlo en un momento; si sigue fallando, consulte el registro del servidor.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Todos los proveedores de LLM tras una sola interfaz: enrutamiento con conmutación por error, un playground, comparación de modelos, uso y coste con presupuestos, y un proxy local para tus herramientas.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (ejecutándose en Qt %3), %4.&lt;/p&gt;&lt;p&gt;Directorio de datos: %5&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>No se puede renombrar %1.</translation>
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
        <translation>Conjuntos de prompts (*.csv *.jsonl *.ndjson *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Llamadas a la vez</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Ejecutar lote</translation>
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
        <translation>Pega prompts: uno por línea; o un CSV con cabecera (prompt, id, system, category, contains, regex, json, schema); o JSONL, un objeto por línea: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
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
        <translation>Cancelado tras %1 de %2 llamadas.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>Terminado: %1 llamadas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
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
        <translation>Elige primero los modelos a la izquierda.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>Ejecutando %n prompt en %1 modelos, %2 a la vez…</numerusform>
            <numerusform>Ejecutando %n prompts en %1 modelos, %2 a la vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ error</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ aprobado</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ suspenso</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>respondido · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Comprobaciones: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>sin comprobaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n sin precio</numerusform>
            <numerusform>%1 + %n sin precio</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, límite suave</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, límite estricto</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, destino</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, ámbito</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, periodo</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>Clave de proxy</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>Límite suave ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>Límite estricto ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Gastado en este periodo</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>Previsión a fin de mes</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>&amp;Añadir presupuesto</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>&amp;Guardar presupuestos</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>%n presupuesto guardado.</numerusform>
            <numerusform>%n presupuestos guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>Los presupuestos del espacio de trabajo no son válidos: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>Los presupuestos no se controlan: el registro de uso no está en marcha.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>Este mes hasta ahora: %1 · gasto previsto a fin de mes: %2 (todo el espacio de trabajo, lineal)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>Dentro de sus límites</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>Límite suave alcanzado</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>Límite estricto alcanzado: se rechazan las llamadas</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (por encima del límite)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (presupuesto diario)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>ID del proveedor, clave del proxy o miembro</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>Límites en dólares estadounidenses por día UTC o mes natural, para todo el espacio de trabajo, un proveedor (su id), una clave de proxy (su nombre) o un miembro del equipo (todas sus claves). Un límite suave genera una notificación; un límite estricto rechaza las llamadas siguientes.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Proveedor/modelo</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>Selecciona una llamada para ver su traza de enrutamiento.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) shown, newest first; more are available.</source>
        <translation>
            <numerusform>%n llamada mostrada, las más recientes primero; hay más disponibles.</numerusform>
            <numerusform>%n llamadas mostradas, las más recientes primero; hay más disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n llamada, las más recientes primero.</numerusform>
            <numerusform>%n llamadas, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>No se registró ninguna traza de enrutamiento para esta llamada.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Exportar llamadas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n llamada exportada a %1.</numerusform>
            <numerusform>%n llamadas exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>Canarios de calidad</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>Cada canario envía sus prompts a sus modelos según un horario (cada hora o cada día) con un límite de coste por ejecución, y avisa cuando la tasa de aciertos cae más allá del ruido. Los prompts llevan las comprobaciones de un conjunto de prompts de Comparar (contains, regex, json, schema, judge).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON no válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>Los canarios deben ser un array JSON: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>Sin problemas: guarde para ejecutarlos según su horario.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Coste por ejecución</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>Ejecuta el canario ahora contra sus modelos, dentro de su límite de coste, sea cual sea su horario.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>&amp;Editar canarios…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>Prueba de caída</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>Señale una línea para ver su valor; seleccione una ejecución para ver sus respuestas.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (límite de coste)</translation>
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
        <translation>muy pocas respuestas</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: caída, alerta emitida</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% aprobado</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>USD por ejecución</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>Los canarios se ejecutan cuando el motor ha arrancado.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>Aún no hay canarios de calidad: «Editar canarios…» añade uno (un conjunto de prompts con comprobaciones, sus modelos, un horario y un límite de coste).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, %n prompt contra %2; como máximo $%3 por ejecución.</numerusform>
            <numerusform>%1, %n prompts contra %2; como máximo $%3 por ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Desactivado.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>Última ejecución %1, siguiente a las %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>Opcional: cómo debe comportarse el modelo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
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
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esfuerzo de razonamiento</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Ajustes de la colección</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>Las conversaciones, los modelos virtuales y el proxy se refieren a la colección por su nombre.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>Qué contiene la colección</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>Ninguno (solo BM25)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>El modelo que genera los embeddings de los pasajes para la búsqueda vectorial e híbrida: uno de los que ofrecen los proveedores, o escribe PROVEEDOR/MODELO o una ruta. Sin él, la colección solo se busca por palabras clave (BM25).</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>Modelo de &amp;embeddings:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>Un modelo de chat que reordena los mejores pasajes según lo bien que responden a la pregunta, antes de que los reciban los modelos: uno de los que ofrecen los proveedores, o escribe PROVEEDOR/MODELO, una ruta o un modelo virtual. Cada búsqueda hace entonces una llamada de chat.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>Modelo de &amp;reordenación:</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> pasajes</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>Cuántos de los mejores pasajes de la búsqueda híbrida ve el modelo de reordenación; el resto conserva su orden detrás de ellos.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>Reordenar los &amp;mejores:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>&amp;Tamaño del pasaje:</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>Tokens repetidos entre pasajes vecinos, para que una frase cortada en dos se siga encontrando.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Solapamiento:</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>El idioma de las páginas escaneadas y las imágenes, en códigos de Tesseract unidos con +: deu, eng+fra. Cada uno necesita sus datos de idioma (tesseract-ocr-deu).</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>&amp;Idioma del OCR:</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>cualquier archivo legible, o p. ej. *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>De una carpeta solo se toman los archivos que coinciden con alguno de estos globs (separados por comas). Un glob con barra se aplica a la ruta bajo la carpeta.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>In&amp;cluir:</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>p. ej. *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>Los archivos que coinciden con alguno de estos globs se excluyen al importar una carpeta.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>&amp;Vigilar cambios en las carpetas</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>Mientras la aplicación está abierta, los archivos nuevos, modificados, eliminados y renombrados de las carpetas de la colección se importan (tras 1,5 s sin más cambios).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Ponle un nombre a la colección.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>El solapamiento debe ser menor que el tamaño del pasaje.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>Sin modelo de embeddings, la colección solo se busca por palabras clave (BM25).</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>Los embeddings de los pasajes pasan por el enrutador (origen: knowledge), así que las llamadas cuentan para tus presupuestos.</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>Sus llamadas a modelos (embeddings, reordenaciones) pasan por el enrutador (origen: knowledge), así que cuentan para tus presupuestos.</translation>
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
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>Han llegado todas las respuestas.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>Han llegado todas las respuestas. ¿Cuál es mejor?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>Han llegado todas las respuestas. ¿Cuál es la mejor?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>Voto guardado. %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>Nada en %1 coincidió: los modelos responden sin fuentes.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>Todos los modelos reciben el mismo pasaje de %1.</numerusform>
            <numerusform>Todos los modelos reciben los mismos %n pasajes de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>Enviar el prompt a todos los modelos</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>Detener todas las respuestas</translation>
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
        <translation>Como máximo %1 modelos lado a lado.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>Otro modelo (PROVEEDOR/MODELO), Intro lo añade</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>Voto a &amp;ciegas</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>Ocultar y barajar los nombres de los modelos hasta que votes por la mejor respuesta</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>Una etiqueta para la clasificación, como código o redacción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>Cada prompt se busca una vez en estas colecciones y todos los modelos reciben los mismos pasajes.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>La nueva elección se aplica al siguiente prompt; estas respuestas se quedan hasta entonces.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>Elige de %1 a %2 modelos a la izquierda.</translation>
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
        <translation>Detén primero la comparación en curso y luego vuelve a comparar %1.</translation>
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
            <numerusform>%1 enviado a %n modelo con sus parámetros: %2.</numerusform>
            <numerusform>%1 enviado a %n modelos con sus parámetros: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>Nueva comparación.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>Cancela primero el lote en curso.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>Lote &quot;%1&quot; de %2.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>Lote &quot;%1&quot; de %2, respondido a partir de %3: haz doble clic en una respuesta para ver sus fuentes.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Detén primero las respuestas en curso.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>&quot;%1&quot; reabierta: las preguntas de seguimiento continúan la conversación de cada panel.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>¿Eliminar esta comparación y sus respuestas? Sus votos se quedan en la clasificación.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>a ciegas, votada</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>a ciegas</translation>
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
        <translation>oculto hasta la votación</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Adjuntar un PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
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
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>Detener la respuesta de este modelo; los demás siguen</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>El más rápido</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>Menor tiempo total</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>Su primer token llegó antes, aunque otra respuesta terminó antes</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>El más barato</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>primer token %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>primer token –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 entrada / %2 salida</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>Editando un mensaje: Enviar guarda el original como otra versión; Esc cancela.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Quitar adjuntos</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>Mensaje (Intro envía, Mayús+Intro añade una línea, Esc detiene)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>«%1» se llama como un %2 pero su contenido es %3: no se adjunta.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>«%1» es %2; los modelos aceptan imágenes PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>«%1» ocupa %2 MB; las imágenes pueden ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 no acepta imágenes. Elige un modelo marcado como «visión» para adjuntar «%2».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>«%1» ocupa %2 KB; los archivos de texto pueden ocupar como máximo %3 KB (van dentro del prompt).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>«%1» no es un archivo de texto (su contenido parece %2): no se adjunta.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Detener la respuesta (Esc); lo recibido se conserva</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>Imágenes (para modelos con visión), PDF (para modelos que los leen) y archivos de texto o código (insertados)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Imágenes, PDF y texto (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>«%1» ocupa %2 MB; los PDF pueden ocupar como máximo %3 MB (límite de OpenAI; Anthropic admite 32 MB y Gemini 20 MB).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 no lee PDF. Envía en su lugar el texto extraído de «%2» (sin su maquetación ni sus imágenes), o elige un modelo marcado como «pdf».</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>Enviar el texto extraído</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>No se puede extraer el texto de «%1»: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>«%1» no es un PDF: no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Buscar conversaciones (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>Carpeta o etiqueta</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Eliminar la conversación seleccionada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>No se pudieron leer las conversaciones: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Una conversación necesita un título.</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Mover a carpeta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» eliminada.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Mover a carpeta…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>Carpeta (vacía: ninguna)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
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
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
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
        <translation>coste desconocido</translation>
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
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>La importación se detuvo</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>E&amp;valuación</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Colecciones</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>Crear una colección (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>Modelo de embeddings, tamaño del pasaje, idioma del OCR y globs de la colección</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>Eliminar la colección con sus pasajes (los archivos en disco se quedan)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>Los archivos en espera siguen en cola hasta Reanudar (también tras reiniciar)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>Continuar la importación y los embeddings en pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>Descartar los archivos en espera; lo importado se queda</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>Volver a poner en cola los archivos que fallaron (tras corregir lo que indica su motivo)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>Generar embeddings</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>Dar ahora a cada pasaje su vector</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>Importar archivos (Ctrl+O); o soltar archivos y carpetas en la página</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>Importar una carpeta con sus subcarpetas, según los globs de la colección (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>Añadir &amp;URL…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>Importar páginas web por sus direcciones http(s) (Ctrl+L); o soltar enlaces en la página</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>Quitar los archivos seleccionados de la colección (Supr); los archivos en disco se quedan</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>Re&amp;indexar…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>Volver a dividir cada documento en pasajes (tras cambiar el tamaño del pasaje)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar archivos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>Buscar en la colección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
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
        <translation>Vectorial</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reordenación</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>La híbrida fusiona las clasificaciones por palabras clave (BM25) y vectorial; BM25 coincide por palabras; la vectorial, por significado; la reordenación hace que el modelo de reordenación de la colección reordene los mejores pasajes híbridos</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Modo de búsqueda</translation>
    </message>
    <message>
        <source>top </source>
        <translation>mejores </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>Pasajes que mostrar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>Puntuación por palabras clave (más alta es mejor; — : encontrado solo por vector)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>Similitud coseno con la consulta (— : encontrado solo por BM25)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>Fusión por rango recíproco de ambas clasificaciones (búsqueda híbrida)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>Dónde colocó el pasaje el modelo de reordenación y dónde lo tenía la clasificación fusionada (— : el modelo lo descartó)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>Haz doble clic en un pasaje para abrir su archivo</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>Preguntas de referencia, un objeto JSON por línea: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. Un pasaje de una de las fuentes (que contenga la frase, si se indica) es una respuesta correcta.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>Preguntas de referencia</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Cargar…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>Leer preguntas de referencia de un archivo JSON Lines (el formato de switchboard-cli kb eval --golden)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>Pasajes por pregunta que cuentan para recall@k y MRR</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>&amp;Ejecutar evaluación</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>Guardar las preguntas con la colección y puntuar las búsquedas BM25, vectorial, híbrida y con reordenación</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
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
        <translation>Citas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>Corrección de las citas: la proporción de preguntas cuya fuente [1] en el contexto de un modelo es un pasaje correcto</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>Buscar en la colección</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Quitar los archivos seleccionados</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Añadir archivos a la colección</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Añadir una carpeta a la colección</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>Añadir páginas web a la colección</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>Actualizar la base de conocimiento</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

Comprueba que se puede escribir en el directorio de datos y que el disco tiene espacio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>No se pudo leer la base de conocimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n no importado</numerusform>
            <numerusform>%n no importados</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>solo BM25</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>vigilada</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>Aún no hay colecciones</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>Crea una colección (Nueva…) y añádele archivos y carpetas o suéltalos aquí. Así todos los modelos responden a partir de los mismos pasajes: en el Playground, en Comparar y a través del proxy.</translation>
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
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>pasajes de %1 tokens, %2 solapados</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>La búsqueda es solo BM25 (palabras clave): la colección no tiene modelo de embeddings. Editar… elige uno para la búsqueda vectorial e híbrida.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>La búsqueda es solo BM25 hasta que %1 haya generado los embeddings de los pasajes.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>Búsqueda híbrida con %1: %2 de %3 pasajes con embedding.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>Cambiando a %1: los vectores actuales responden hasta que termine.</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>Los modelos reciben los %1 mejores pasajes reordenados por %2.</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Carpetas vigiladas:</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Nada en cola.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>Contando los archivos que importar…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importando: %1 de %2 archivos</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>En pausa: %n archivo espera.</numerusform>
            <numerusform>En pausa: %n archivos esperan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>Los embeddings también esperan.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>Reanudar continúa, también tras reiniciar.</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>Generando embeddings con %1: %2 de %3 pasajes</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>Esperando para generar embeddings (primero otra colección).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>Última importación: %1 de %2 archivos importados</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n no importado (los motivos están en la lista de archivos)</numerusform>
            <numerusform>%n no importados (los motivos están en la lista de archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>Reintentar fallidos vuelve a poner en cola los que fallaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n importación falló: Reintentar fallidos la vuelve a poner en cola.</numerusform>
            <numerusform>%n importaciones fallaron: Reintentar fallidos las vuelve a poner en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n pasaje aún no tiene vector de %1: Generar embeddings le da uno.</numerusform>
            <numerusform>%n pasajes aún no tienen vector de %1: Generar embeddings les da uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>Nada en cola. Suelta archivos o carpetas aquí, o usa Añadir archivos.</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>Colección no creada</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>¿Volver a dividir los documentos?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Las nuevas importaciones en &quot;%1&quot; reciben pasajes de %2 tokens con %3 solapados. ¿Volver a dividir ahora el documento que ya contiene? Sus pasajes se vuelven a procesar con embeddings si la colección tiene un modelo de embeddings.</numerusform>
            <numerusform>Las nuevas importaciones en &quot;%1&quot; reciben pasajes de %2 tokens con %3 solapados. ¿Volver a dividir ahora los %n documentos que ya contiene? Sus pasajes se vuelven a procesar con embeddings si la colección tiene un modelo de embeddings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>Colección no guardada</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>¿Eliminar &quot;%1&quot; con su documento, sus pasajes, vectores, preguntas de referencia y cola? Los archivos en disco se quedan.</numerusform>
            <numerusform>¿Eliminar &quot;%1&quot; con sus %n documentos, sus pasajes, vectores, preguntas de referencia y cola? Los archivos en disco se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>Colección no eliminada</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documentos (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Sin colección</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>Crea primero una colección (Nueva…) y luego añádele páginas web.</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>Crea primero una colección (Nueva…) y luego añádele archivos.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>Coste de los embeddings</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>%n archivo (%1) para importar en &quot;%2&quot;. Generar los embeddings de sus pasajes con %3 costará unos %4 (estimado a partir del tamaño de los archivos). ¿Importarlo?</numerusform>
            <numerusform>%n archivos (%1) para importar en &quot;%2&quot;. Generar los embeddings de sus pasajes con %3 costará unos %4 (estimado a partir del tamaño de los archivos). ¿Importarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>La vigilancia de cambios está activada, pero aún no se ha añadido ninguna carpeta: Añadir carpeta… le da una que seguir.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>Vigilando cambios en %n carpeta.</numerusform>
            <numerusform>Vigilando cambios en %n carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>Se detectó un cambio: se importa cuando la carpeta lleve %1 s sin cambios.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>Última sincronización puesta en cola a las %1.</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>Reindexar</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>¿Volver a dividir en pasajes el documento de &quot;%1&quot; (%2 tokens, %3 solapados)? Los pasajes modificados se vuelven a procesar con embeddings si la colección tiene un modelo de embeddings.</numerusform>
            <numerusform>¿Volver a dividir en pasajes los %n documentos de &quot;%1&quot; (%2 tokens, %3 solapados)? Los pasajes modificados se vuelven a procesar con embeddings si la colección tiene un modelo de embeddings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>¿Quitar %1 de &quot;%2&quot;? El archivo en disco se queda.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>¿Quitar %n archivo de &quot;%1&quot;? El archivo en disco se queda.</numerusform>
            <numerusform>¿Quitar %n archivos de &quot;%1&quot;? Los archivos en disco se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Quitar archivos</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>La generación de embeddings no empezó: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>%n pasaje de &quot;%1&quot; (%2 tokens) aún no tiene vector de %3. Generarlo costará unos %4. ¿Generarlo ahora?</numerusform>
            <numerusform>%n pasajes de &quot;%1&quot; (%2 tokens) aún no tienen vector de %3. Generarlos costará unos %4. ¿Generarlos ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>Sin embeddings: se rechazó el coste. Generar embeddings lo inicia; hasta entonces la búsqueda es solo BM25 para los pasajes sin vector.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 responde ahora a las búsquedas (%2 en embeddings).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>Cada pasaje tiene su vector (%1 en embeddings).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>La generación de embeddings se detuvo: %1. Generar embeddings lo vuelve a intentar; la búsqueda usa BM25 para los pasajes sin vector.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>Escribe lo que buscas.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>Sin búsqueda: %1.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>Elige un modelo de reordenación en Editar….</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>La colección no tiene modelo de embeddings: busca con BM25 o elige un modelo en Editar….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>Ningún pasaje coincide. Prueba otras palabras, o la búsqueda híbrida cuando la colección tenga un modelo de embeddings.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n pasaje, el mejor primero.</numerusform>
            <numerusform>%n pasajes, los mejores primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>Solo BM25: la colección no tiene modelo de embeddings (Editar… elige uno).</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Reordenado por %1.</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>El embedding de la consulta costó %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>La reordenación costó %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>No se puede abrir la página</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>No se pudo abrir %1: comprueba que hay un navegador web configurado.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>No se pudo abrir %1: comprueba que sigue existiendo y que hay un programa que abre ese tipo.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>No se pudieron leer las preguntas de referencia: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 ocupa más de 16 MB: las preguntas de referencia son unos cientos de líneas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

Cada línea es un objeto JSON con &quot;question&quot; y &quot;sources&quot; (y &quot;phrase&quot; cuando un pasaje debe contenerla).</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>%n pregunta de referencia cargada; Ejecutar evaluación la guarda con la colección.</numerusform>
            <numerusform>%n preguntas de referencia cargadas; Ejecutar evaluación las guarda con la colección.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>Las preguntas de referencia tienen un problema: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>Escribe primero preguntas de referencia (un objeto JSON por línea, ver arriba) o carga un archivo.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>Guardando las preguntas…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>Evaluando: %1 de %2 búsquedas</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n pregunta de referencia, los %1 mejores pasajes de cada búsqueda.</numerusform>
            <numerusform>%n preguntas de referencia, los %1 mejores pasajes de cada búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>Las llamadas a modelos de las búsquedas costaron %1.</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>La evaluación se detuvo: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Evaluación cancelada.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>Suelta para importar en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>Crea primero una colección</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (no está en la base de conocimiento)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>Aún no hay colecciones: crea una en la página Conocimiento o con switchboard-cli kb create</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>No se pudieron leer las colecciones: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>Responder sin la base de conocimiento</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>Responder a partir de colecciones de conocimiento: los pasajes encontrados para cada pregunta la acompañan, y la respuesta los cita.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>Conocimiento: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>Cada pregunta se busca primero en %1; la respuesta cita los pasajes que recibió.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
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
        <translation>Tasa de victorias</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victorias</translation>
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
        <translation>Ambos malos</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>A partir de los votos a ciegas de este espacio de trabajo. El Elo empieza en 1000 (K = 32); un empate o &quot;ambos malos&quot; cuenta como tablas; elegir la mejor de varias respuestas cuenta como una victoria sobre cada una de las demás.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>Prompt de sistema, compartido por todos los paneles (opcional)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Tu voto:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>Prompt para todos los modelos. Ctrl+Intro envía, Esc detiene todo.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Ambos son malos</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 es el mejor</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Todos son malos</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>Prompt para todos los modelos. Intro envía, Mayús+Intro inicia una línea nueva, Esc detiene todo.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Intro (Mayús+Intro inicia una línea nueva)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Quitar adjuntos</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Adjuntar PDF…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>Un PDF para cada modelo: como documento a los que leen PDF, como texto extraído a los demás</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF enviado como documento, con su diseño e imágenes</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF enviado como texto extraído: este modelo no lee PDF, o no este</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>Adjunto para cada modelo: %1</translation>
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
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>Tema, idioma y directorio de datos (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>Proxy: activo, %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>Proxy: falló</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>Proxy: inactivo</translation>
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
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>La entrada del paso %1 de %2</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Llavero: disponible</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Llavero: no disponible</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>No hay llavero del sistema: las claves de los proveedores aún pueden referenciarse como env:VAR.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importar espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exportar espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aju&amp;stes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>&amp;Leer el README</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>A&amp;cerca de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>Proxy local</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Mostrar Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>Llamadas rechazadas: no se puede escribir el registro de uso</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>Registro de uso</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>El registro de uso vuelve a escribirse: las llamadas pasan.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>en todas partes</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>Supervisión (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>&amp;Bienvenida y configuración…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Borrar todos los datos locales</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>No se pudieron eliminar estas entradas del llavero:

%1

¿Borrar el resto de todos modos? Elimínelas más tarde con la herramienta de llavero de su sistema.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>Reinicie Switchboard para usar el nuevo directorio de datos.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>Buscar &amp;actualizaciones…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Ya está disponible Switchboard %1</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>Consulta las novedades en Ayuda, Buscar actualizaciones.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>No hay ninguna versión más reciente.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Ya está disponible Switchboard %1.</translation>
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
            <numerusform>tras %n intento fallido</numerusform>
            <numerusform>tras %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>La respuesta se detuvo antes de terminar; lo recibido se conserva.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Copiar el mensaje como Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>Editar y reenviar (el original se conserva como otra versión)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>Responder de nuevo (la respuesta se conserva como otra versión)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>Por qué el enrutador envió esta llamada adonde la envió</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>imagen (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>Haz clic en una fuente para leer el pasaje y abrir su archivo.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>Nada en %1 coincidió con la pregunta.</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>Abrir Proveedores</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>Abrir Uso</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>Llamada a herramienta: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Ocultar razonamiento</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Asistente · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de herramienta</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>Buscando en la base de conocimiento…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
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
        <translation>modelo virtual: el enrutador elige el destino</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>herramientas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>$%1 / $%2 por M de tokens</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>contexto de %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>no está en el catálogo: capacidades y coste desconocidos</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  ya no se ofrece</translation>
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
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>Tiempo hasta el primer token (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>Latencia (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Comparar con otro modelo</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>El modelo del proveedor (tal como se pidió) cuyas llamadas muestra el gráfico.</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>El modelo que se dibuja junto al primero.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>&amp;Alertas y SLO</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>Señala una línea para ver su valor; haz clic en un punto para listar sus llamadas.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>Haz clic en un punto del gráfico para listar las llamadas que hay detrás.</translation>
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
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Presupuesto de error restante</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>Tasa de consumo 1 h</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>Tasa de consumo 6 h</translation>
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
        <translation>Regla</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Vigila</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>&amp;Silenciar una hora</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>&amp;Reactivar avisos</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>La regla de la alerta seleccionada sigue registrando alertas, pero deja de avisar durante una hora.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>La supervisión necesita el registro de uso: inicia el motor (consulta la página Enrutamiento).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas las llamadas</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>periodo anterior</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>peticiones por paso</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>USD por paso</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%1 de %2: no hay llamadas en este intervalo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>%1 peticiones, %2 intentos en el intervalo; disponibilidad %3, tasa de errores %4, latencia p90 %5, coste %6. Paso: %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>No hubo cambios de modelo ni de enrutamiento en este intervalo.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3 ahora responde como %4 (antes: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: enrutamiento cambiado (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>Llamadas de %1 del %2 al %3:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>Última evaluación %1; %n alerta activa.</numerusform>
            <numerusform>Última evaluación %1; %n alertas activas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Aún sin evaluar.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>activa (silenciada)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelta %1</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 está silenciada durante una hora.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 vuelve a avisar.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>Canar&amp;ios</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Todos los miembros</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Servidor del equipo: mías</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Miem&amp;bro:</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>De quién son las llamadas: las de este equipo o las del servidor del equipo (los administradores y observadores ven las llamadas de todos los miembros; un miembro, solo las suyas)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>Estos SLO, monitores, alertas y canarios son de este equipo, de su propio registro: el servidor del equipo no comparte su evaluación (sus SLO están en su /metrics para Prometheus).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>Las llamadas del equipo se quedan en el servidor del equipo: la página Uso muestra los días del %1 al %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>De este equipo, sea cual sea el ámbito de datos: el servidor del equipo no comparte los suyos</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>Las llamadas del equipo se quedan en el servidor del equipo: un clic en un punto abre la página Uso</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>Leyendo los datos de monitorización del servidor del equipo…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Tus llamadas (%1) en el servidor del equipo «%2».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Tus llamadas (%1) en el servidor del equipo «%2»: un miembro solo ve las suyas.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Las llamadas de todos los miembros en el servidor del equipo «%1».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Las llamadas de %1 en el servidor del equipo «%2».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>El servidor del equipo «%1» no tiene datos de monitorización para el equipo: es más antiguo que esta aplicación. Actualiza switchboard-cli en el servidor; mientras tanto, elige «Este equipo».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>El servidor del equipo «%1» se ha negado a mostrar estas llamadas a %2. Un miembro solo ve sus propias llamadas («Servidor del equipo: mías»); si son las tuyas, el servidor es más antiguo que esta aplicación: actualiza switchboard-cli en el servidor.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>Señala una línea para ver su valor; haz clic en un punto para abrir sus días en la página Uso.</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>Los percentiles se estiman a partir de histogramas, con un margen del %1.</translation>
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
        <translation>Tasa de errores por tipo de error</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens por segundo</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>&amp;Editar SLO y monitores…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>Añadir o cambiar los SLO, los monitores de umbral, los canarios y el webhook de alertas (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>Aún no hay SLO ni monitores: «Editar SLO y monitores…» los añade.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>&amp;Vigila:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>Clave de pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>U&amp;mbral:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;bjetivo:</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>Ventana (&amp;días):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>&amp;Llamadas mínimas:</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>Relegar este modelo en el enrutamiento mientras su presupuesto de errores se a&amp;gote rápido</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor multiplicador:</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>Ventana (&amp;d):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Base de referencia:</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>Coste por hora a&amp;l menos:</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>Sin llamadas durante (&amp;f):</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>Espera antes de volver a disparar (&amp;g):</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>M&amp;odelos:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pro&amp;gramación:</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>Límite de coste por e&amp;jecución:</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>Activado: ejecutar según &amp;la programación</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts (indicaciones):</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>Todos los canar&amp;ios como JSON…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>Dirección &amp;URL:</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;prueba</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO, monitores y alertas</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>&amp;SLO</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Monitores</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>&amp;Canarios</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook de alertas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>Una entrada nueva (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>Aún no hay SLO. Un SLO fija un objetivo para un modelo o una ruta (el 99,5 % de las llamadas tienen éxito, el 99 % de los primeros tokens en 2 s) y alerta cuando su presupuesto de errores se agota rápido.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>Aún no hay monitores. Un monitor alerta al superar un umbral: una tasa de errores, un pico de latencia frente a las horas anteriores, un coste por hora o la falta de tráfico.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>Aún no hay canarios de calidad. Un canario envía sus prompts a sus modelos según una programación, con un límite de coste, y alerta cuando la tasa de aciertos cae más allá del ruido.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Un modelo</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Un proveedor</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>Una ruta o un modelo virtual</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>Una clave de proxy</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>El modelo tal como el enrutador lo pide al proveedor</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>Disponibilidad: las llamadas tienen éxito</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>Latencia: las llamadas responden dentro de un umbral</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>Latencia total</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>La proporción de llamadas que deben ser buenas, por encima del 50 % y por debajo del 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>Llamadas necesarias en la ventana larga de una alerta antes de que pueda dispararse</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>Pico de latencia</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coste por hora</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Sin tráfico</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>Se dispara cuando la media de la ventana es tantas veces la de la base de referencia</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>Las horas anteriores a la ventana con cuya media se compara</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>Tras resolverse una alerta, el monitor espera este tiempo antes de volver a dispararse</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>Llamadas necesarias en la ventana (y en la base de referencia) antes de que el monitor pueda dispararse</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, nombres de rutas o modelos virtuales, separados por comas</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>Un prompt por línea como objeto JSON con sus comprobaciones, p. ej. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; o un conjunto de prompts en JSONL o CSV</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>Adónde `serve` envía sus alertas en JSON (Slack, Mattermost y webhooks entrantes similares muestran su texto). Indique la URL, o env:NAME o keychain:NAME que la contenga: los webhooks de chat llevan su token en la URL.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Editar como &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>Toda la sección de monitorización como JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>Mientras dure la alerta de consumo rápido, las rutas prueban este modelo después de sus otros destinos utilizables</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>Solo un SLO sobre un modelo puede relegarlo: una ruta no tiene un destino que probar después</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>Sin problemas: Guardar lo aplica de inmediato (y `serve` en su próximo inicio).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problema que corregir antes de guardar:</numerusform>
            <numerusform>%n problemas que corregir antes de guardar:</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración de monitorización: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>Monitorización como JSON</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>La sección &quot;monitoring&quot; del espacio de trabajo: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Sus problemas se muestran en el editor tras Aceptar.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON no válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>La sección de monitorización debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>Enviando una alerta de prueba…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>No se pudo leer la URL del webhook: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>El webhook en %1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>La alerta de prueba falló: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>Rutas y modelos virtuales</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>No hay modelos: añada primero un proveedor</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>Todos los modelos ya están en la lista</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Añadir un modelo</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>Como en Configuración (Red)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
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
        <translation>Puerto:</translation>
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
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>Hosts a los que se llega sin el proxy, separados por comas: nombres, sufijos .dominio o *.dominio, direcciones; * para todos.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>Sin pro&amp;xy:</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>Archivo PEM con certificados de CA adicionales (opcional)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Certificados de CA:</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>Aceptar el certificado auto&amp;firmado de este proveedor (gateways internos)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>Hasta que el proveedor responde (predeterminado 15 s)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>Desde el inicio de la respuesta hasta sus primeras palabras (predeterminado 120 s)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>La pausa más larga en mitad de una respuesta (predeterminado 90 s)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Conexión:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>Primer token:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Inactividad:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Tiempos de espera:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>Intentos adicionales con el mismo proveedor tras un tiempo de espera agotado, un error de red o una respuesta de sobrecarga (predeterminado 1; prevalece la configuración propia de una ruta)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>R&amp;eintentos:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>se guarda en el llavero</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>guardada en el llavero; escriba para reemplazarla</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>Cómo llegan las llamadas a los proveedores. Un proveedor puede tener su propia configuración (página Proveedores).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>No se guardó la configuración de red: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>No se guardó la configuración de red: no se pudo guardar la contraseña del proxy en el llavero (%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>Guardando la contraseña del proxy en el llavero…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>Detener la respuesta o cancelar una edición</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>Sistema y parámetros</translation>
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
        <translation>Abrir Proveedores</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>Elige primero un modelo. ¿No hay modelos? Añade un proveedor en la página Proveedores.</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>No se pudo buscar en la base de conocimiento: %1. Elige otra colección en Conocimiento (o desactívala) y pulsa Reintentar; tu pregunta se conserva.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
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
        <translation>Aún no hay ningún proveedor configurado.

Añade uno en la página Proveedores (una clave de API de OpenAI, Anthropic, Gemini o cualquier servicio compatible con OpenAI, o un Ollama local) y vuelve aquí para chatear.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>Los proveedores aún no ofrecen modelos. Elige modelos en la página Proveedores.</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>Elige un modelo arriba y escribe un mensaje abajo.

Intro envía, Mayús+Intro añade una línea, Esc detiene la respuesta. Ctrl+N empieza una conversación nueva, Ctrl+K las busca.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Decisión de enrutamiento</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>La decisión de enrutamiento de esta respuesta no está (aún) en el registro de uso.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>Aún no hay nada que exportar: envía primero un mensaje.</translation>
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
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>Ningún proveedor seleccionado.

Añade uno con &quot;Añadir&quot;: OpenAI, Anthropic, Gemini, Ollama o cualquier servicio compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Se usa en los nombres de modelo: ID/MODELO. Minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
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
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activado</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>Enviar esquemas en el formato &amp;Schema antiguo de Gemini</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>Para modelos o endpoints que rechazan JSON Schema (parametersJsonSchema): los esquemas de herramientas y de salida se reescriben en el subconjunto OpenAPI de Gemini, y las palabras clave que le faltan se omiten.</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>Modelos (se ofrecen los marcados; una lista vacía ofrece los modelos del catálogo para este tipo):</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>Dólares estadounidenses por millón de tokens de entrada</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>Dólares estadounidenses por millón de tokens de salida</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>El máximo de tokens que admite el modelo (prompt y respuesta)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M &amp;entrada:</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M sa&amp;lida:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texto:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>&amp;Obtener modelos</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Guardar el proveedor</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>Proveedor nuevo: introduce la clave y pulsa Guardar. Prueba la conexión cuando quieras.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (obligatorio)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>Un servidor local no suele necesitar clave.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>Las claves se guardan en el llavero del sistema o se leen de una variable de entorno.</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>Precios de %1:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>Selecciona un modelo para fijar sus precios.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• guardada en el llavero como %1; escribe para sustituirla</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>pega la clave (se guarda en el llavero, nunca en archivos)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>NOMBRE_VARIABLE</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>No guardado: marca al menos un modelo (una lista vacía ofrecería en su lugar los modelos del catálogo).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>No guardado: indica la variable de entorno que contiene la clave.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>No guardado: pega primero la clave de API (o elige una variable de entorno).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>No guardado: no se pudo guardar la clave en el llavero (%1). Elige &quot;Variable de entorno&quot; para leerla del entorno.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>¿Quitar el proveedor &quot;%1&quot;? Su clave se borra del llavero; el historial de uso se queda.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>No se pudo leer la clave: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Obteniendo modelos…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>Conectado en %1 ms: %n modelo disponible.</numerusform>
            <numerusform>Conectado en %1 ms: %n modelos disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>La configuración de red propia de este proveedor; los campos vacíos siguen Configuración (Red).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>No guardado: no se pudo guardar la contraseña del proxy en el llavero (%1).</translation>
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
        <translation>Las herramientas de este equipo (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, los SDK de OpenAI, Anthropic y Google Gen AI) pueden usar tus proveedores y rutas a través de los endpoints de OpenAI, Responses, Anthropic y Gemini que se sirven aquí. Cada llamada se enruta, se presupuesta y se contabiliza como las de la propia aplicación.</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>&amp;Proxy activo</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>Accesible desde otros equipos (requiere claves)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>Páginas &amp;web permitidas:</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>ninguna (p. ej. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>Orígenes de las páginas web que pueden llamar al proxy desde un navegador, separados por comas. Las páginas de cualquier otro origen se rechazan. Un origen es esquema, host y puerto, tal como lo envía el navegador: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>Otros &amp;nombres de este equipo:</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>ninguno (p. ej. gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>Nombres de host que usan otros equipos para llegar a este proxy. Las peticiones que nombran cualquier otro host se rechazan (los nombres de loopback y las direcciones IP siempre funcionan); esto impide el DNS rebinding.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Modelos permitidos</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Guardada como</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>Una clave nueva para una herramienta, guardada en el llavero</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Quitar la clave seleccionada</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Límites…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>Los modelos a los que puede llamar esta clave, las peticiones por minuto y un límite de gasto mensual</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>selecciona una clave</translation>
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
        <translation>Copiar la clave</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>Copia la configuración con la clave incluida</translation>
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
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Tokens entrada/salida</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>Latencia / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>Nueva clave de proxy</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>Nombre de la herramienta que la usará:</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>La clave para &quot;%1&quot; es:

%2

Está guardada en tu llavero; cópiala, o una configuración lista para usar, desde esta página cuando quieras.</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>Límites de la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>todos (o p. ej. openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>&amp;Modelos permitidos:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Peticiones por minuto:</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>Límite de &amp;gasto mensual ($):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>El límite de gasto debe ser una cantidad de dólares, 0 o más.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>No se pudo crear ninguna clave para el proxy: %1

¿Ejecutarlo sin clave? Entonces cualquier programa de este equipo podrá usarlo y gastar tus créditos (las páginas web siguen rechazadas salvo que las permitas).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>Tu clave de proxy</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>Ahora las herramientas deben enviar esta clave para usar el proxy:

%1

Se guarda en tu llavero. Cópiala, o una configuración lista para tu herramienta, desde esta página cuando quieras.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, sin clave</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>Desactivado. Actívalo para servir http://%1:%2</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (flujo)</translation>
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
        <translation>Sin clave: cualquier programa de este equipo puede usar el proxy y gastar tus créditos. Las páginas web se rechazan salvo que su origen esté permitido arriba. Crea una con Nueva…</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>Una clave por herramienta: las herramientas sin clave se rechazan. Los presupuestos por clave se fijan en la página Uso.</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>leída de %1</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una clave llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero: %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>Quitar la última clave</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>Sin clave, cualquier programa de este equipo puede usar el proxy y gastar tus créditos. Las páginas web siguen rechazadas salvo que su origen esté permitido.

¿Quitar &quot;%1&quot; y funcionar sin clave?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>Quitar clave de proxy</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>¿Quitar la clave &quot;%1&quot;? Las herramientas que la usan recibirán errores 401.</translation>
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
  añade el modelo %3

Cursor envía la mayoría de las peticiones desde sus propios servidores, que no pueden llegar a %1:
necesitan una dirección a la que puedan llegar (&quot;Accesible desde otros equipos&quot; y un túnel de confianza).
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Editar:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>Modelo virtual</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>Aún no hay modelos virtuales ni rutas. Usa Nuevo para añadir una ruta (los modelos que probar, en orden) y luego un modelo virtual (el nombre que piden los clientes).</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>Respaldo: en orden, el siguiente si falla</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>Ponderada: reparto según el peso</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Primer token más rápido</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>La más barata</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>La menos ocupada</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>E&amp;strategia:</translation>
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
        <translation>Arrastra para reordenar: el orden es el orden de respaldo. Haz doble clic en un peso para cambiarlo.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>Añadir &amp;destino</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>Subir (antes en el orden de respaldo)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Quitar el destino</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Destinos:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>Intentos adicionales en el mismo destino tras un error reintentable (límite de frecuencia, sobrecarga, tiempo agotado)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>La primera espera antes de un reintento; se duplica con cada reintento</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>&amp;Espera progresiva:</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>Si un proveedor pide esperar más que esto (Retry-After), se pasa al siguiente destino</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Espera &amp;máxima:</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>La ruta que se usa cuando ninguna regla coincide</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>Ruta pre&amp;determinada:</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>sin tope</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>Omitir destinos cuyo coste estimado por llamada supere esto</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>&amp;Tope de coste por llamada:</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>Omitir destinos cuyo tiempo reciente hasta el primer token sea más lento que esto</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>Presupuesto de &amp;latencia:</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>Omitirlas e indicarlo en una cabecera</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Rechazar la petición</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>Herramientas ejecutadas por el proveedor que pide un cliente (búsqueda web, intérprete de código, búsqueda de archivos) y que la API del modelo elegido no puede ejecutar. Rechazar omite esos destinos y, cuando no queda ninguno, responde 400 nombrando la herramienta.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>&amp;Herramientas alojadas que no puede ejecutar:</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>ninguna (p. ej. handbook, contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>Colecciones de la base de conocimiento, separadas por comas: cada petición a través de este modelo recibe sus mejores pasajes como fuentes numeradas en su prompt de sistema, sea cual sea la API que use el cliente</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>&amp;Colecciones de conocimiento:</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>predeterminado (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>Cuántos pasajes recibe como máximo una petición (también deben caber en el presupuesto de tokens, knowledgeTokens)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>&amp;Pasajes de conocimiento:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>Tokens mín.</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>Las reglas se prueban desde arriba; la primera que coincide elige la ruta.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>Añadir re&amp;gla</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>Subir la regla (se prueba antes)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Bajar la regla</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Quitar la regla</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Reglas:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>El formulario muestra la última versión que pudo leer. Corrige primero el JSON: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modelo virtual: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Ruta: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>Ningún proveedor activado ofrece ahora este modelo</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (no existe esa ruta)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>Coincide cuando el prompt se estima en esta cantidad de tokens o más</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>sano</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>enfriándose</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>probando</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>Modelos virtuales y rutas</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulario</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>Una ruta enumera destinos (PROVEEDOR/MODELO) y una estrategia: fallback, weighted, latency, cost o least_busy. Un modelo virtual es un nombre que piden los clientes; sus reglas eligen una ruta por tarea (summarize, code, reasoning, vision), capacidades necesarias (tools, vision, json) o tamaño del prompt, con un tope de coste opcional (maxCostUsd) y un presupuesto de latencia (latencyBudgetMs).</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>Insertar &amp;ejemplo</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
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
        <translation>Un prompt de ejemplo, p. ej. &quot;Resume este informe&quot;</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>deducir del prompt</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>usa herramientas</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>tiene una imagen</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Petición:</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>Mo&amp;strar ruta</translation>
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
        <translation>Coste est.</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>Por qué / por qué no</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
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
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Salud en directo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
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
        <translation>Intento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>Selecciona una llamada para ver por qué fue adonde fue.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>Aplicar la configuración de enrutamiento</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>El enrutamiento guardado no se usa hasta que se corrija: %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>el texto no es un objeto JSON</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>La configuración es un objeto con &quot;virtualModels&quot; y &quot;routes&quot;.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>Clave(s) desconocida(s): %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Válido.</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>Válido, pero las peticiones a través de estos modelos virtuales fallan hasta que existan las colecciones (switchboard-cli kb create NOMBRE): %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>Aplicado: las nuevas llamadas usan este enrutamiento.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>Añade primero un proveedor (página Proveedores): las rutas necesitan destinos.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>modelo virtual %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>ruta %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>elegido por %1</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>tarea %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (estimada)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>unos %1 tokens de entrada</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>Sin destino: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>Va a %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>primera opción</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>respaldo</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>llamada de prueba: circuito semiabierto tras %n fallo, una llamada puede probarlo</numerusform>
            <numerusform>llamada de prueba: circuito semiabierto tras %n fallos, una llamada puede probarlo</numerusform>
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
        <translation>%1 de %2 fallidas (%3 %)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>Tasa de errores reciente, ponderada hacia las últimas llamadas (la que usa el enrutamiento): %1 %</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1: queda el %2 % del presupuesto de error, consumo a %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: aún sin llamadas</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>relegado: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · relegado en el enrutamiento</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>Comparar ejecuciones de %1</translation>
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
        <translation>Solo los pasos que cambiaron</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Salida A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Salida B</translation>
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
        <translation>Coste A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Coste B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>Latencia A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>Latencia B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>solo en B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>solo en A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
        <translation>En uso ahora: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Directorio de datos:</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>El directorio de datos debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 es un archivo, no un directorio.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Opciones generales</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Intro (Mayús+Intro inicia una línea nueva)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Intro (Intro inicia una línea nueva)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>&amp;Enviar un mensaje con:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>Iniciar Switchboard al iniciar sesión (&amp;L)</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respuestas:</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>Códig&amp;o en respuestas:</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>Las fuentes se aplican de inmediato a las respuestas del Playground y de Comparar.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Se aplica de inmediato a los prompts del Playground y de Comparar.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>Las conversaciones &amp;nuevas usan:</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>&amp;Comparar empieza con:</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>Aún no hay modelos: añada un proveedor en la página Proveedores y elíjalos aquí.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>&amp;Conservar conversaciones:</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>Las conversaciones del Playground sin cambios durante esos días se eliminan al iniciar y una vez al día.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>Bo&amp;rrar todos los datos locales…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Borrar todos los datos locales</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (ya no se ofrece)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>El último modelo usado</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard se cerrará, eliminará lo siguiente y se iniciará de nuevo vacío:

• en %1: la base de datos (conversaciones, el registro de uso, comparaciones y votos, colecciones de conocimiento y su índice, ejecuciones de flujos de trabajo, historial de monitorización) y el archivo del espacio de trabajo (proveedores, rutas, presupuestos, claves del proxy, flujos de trabajo)
• todos los ajustes de este diálogo
• las claves del llavero del sistema a las que remite el espacio de trabajo (claves de proveedores y del proxy)

Se conservan: variables de entorno, los archivos que importó a la base de conocimiento, los archivos exportados y otros archivos de la carpeta.

Esto no se puede deshacer. Exporte antes el espacio de trabajo para conservarlo.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>Entonces el proxy local se activa al iniciar y la ventana se abre desde el icono de la bandeja. Sin bandeja, la ventana se abre como siempre.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>Las conversaciones, las comparaciones, el uso y el archivo del espacio de trabajo están en el directorio de datos. Un nuevo directorio de datos se aplica tras reiniciar; los archivos no se mueven.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>Fuente [%1]</translation>
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
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Copiar pasaje</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>El archivo ya no está en %1: se movió o eliminó después de importarlo.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>Comparar el paso %1</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>La entrada que recibió el paso %1 en esta ejecución va a los modelos que marques, lado a lado en Comparar.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>%n modelo elegido.</numerusform>
            <numerusform>%n modelos elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>Elige de %1 a %2 modelos (%3 elegidos).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>Selecciona un paso en el lienzo para editarlo. Añade pasos desde la paleta: arrastra uno al lienzo o haz doble clic en él. Arrastra desde el puerto derecho de un paso hasta otro paso para conectarlos.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>En la ejecución mostrada</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>Comparar en otros modelos…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>Enviar la entrada que recibió este paso (prompt de sistema y de usuario tal como se generaron, sus parámetros) a entre 2 y 6 modelos lado a lado en Comparar</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>Abrir sus pasos</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>Editar los pasos que este paso «Para cada uno» ejecuta para cada elemento (o haz doble clic en él en el lienzo)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>Tipo desconocido &quot;%1&quot;: corrígelo en la vista JSON.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>Letras, dígitos y &apos;_&apos;; los demás pasos leen este como steps.ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>Aún no es JSON (%1 en %2): el paso conserva su último esquema.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>Un esquema es un objeto JSON: el paso conserva el último.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>Secuencias que terminan la respuesta, separadas por comas</translation>
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
        <translation>Tokens máximos</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
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
        <translation>Tokens: %1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latencia: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Rama: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>reproducido desde una grabación</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>Tipos de paso</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>Arrástralo al lienzo o haz doble clic en él.</translation>
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
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Servidor del equipo:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>Los proveedores del espacio de trabajo de tipo servidor de equipo de Switchboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Cargando el equipo…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>Copie ahora la nueva clave: el servidor solo guarda su hash, así que no se puede volver a mostrar. Entréguesela a su miembro por un canal seguro.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ya la he copiado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Claves activas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Nombre del nuevo miembro</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Seleccionado:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Solicitudes/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Mostrar revocadas</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>El miembro al que pertenece la nueva clave</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>Etiqueta, p. ej. portátil</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> por min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>Solicitudes por minuto que esta clave puede hacer, en todos los servidores del equipo juntos (0: sin límite)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>Una clave nueva para el mismo miembro, etiqueta y límite; la seleccionada deja de funcionar al instante</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>La clave está en el portapapeles.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>Este espacio de trabajo no tiene servidor de equipo. Añada en Proveedores un proveedor de tipo «Servidor de equipo de Switchboard» con la dirección del servidor y la clave de un miembro.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>Usted es &lt;b&gt;%1&lt;/b&gt;, rol: %2.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>Solo los administradores del equipo ven y gestionan sus miembros, claves y registro de auditoría. Pida a un administrador una clave nueva u otro rol.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocada %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>rotada, ahora %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>Solo los administradores del equipo pueden hacer esto; su rol es %1.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 se unió al equipo, rol: %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 tiene ahora el rol %2.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Eliminar miembro</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>¿Eliminar a %1 del equipo? Sus claves dejan de funcionar al instante; el libro de llamadas y el registro de auditoría conservan su nombre.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 se eliminó del equipo.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>Se creó la clave %1 para %2.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>¿Revocar la clave %1? Toda herramienta que la use será rechazada desde ahora en todos los servidores del equipo.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>La clave %1 está revocada.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Rotar clave</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>¿Sustituir la clave %1 por una nueva? La antigua deja de funcionar al instante; su miembro necesitará la nueva.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>La clave %1 se sustituyó por %2.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>Volver a cargar miembros, claves, presupuestos y el registro de auditoría desde el servidor del equipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Límite flexible</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Límite estricto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definido en</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>Lo que aún pueden costar las llamadas en curso: se descuenta del límite estricto hasta que terminan</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>Un límite flexible avisa cuando el gasto del miembro lo alcanza. Un límite estricto rechaza sus llamadas en cuanto el gasto y las llamadas en curso podrían superarlo, en todos los servidores del equipo juntos. Deja un límite vacío para no tener ninguno.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>El miembro al que se aplica el presupuesto</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>Días UTC o meses naturales UTC</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>Flexible $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>Estricto $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Guardar presupuesto</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>Establece el presupuesto del miembro para este periodo y reemplaza el que tenga</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>Elimina el presupuesto seleccionado</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>el archivo de espacio de trabajo del servidor</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>el equipo</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>Definido en el archivo de espacio de trabajo del servidor que respondió; cámbialo allí, o establece aquí el presupuesto del miembro para este periodo para reemplazarlo en todos los servidores del equipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>«%1» no es un importe en dólares: escribe un número como 12,50 o deja el límite vacío.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>Escribe un límite flexible, uno estricto o ambos. Para quitar un presupuesto, selecciónalo y pulsa Eliminar.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>El presupuesto de %1 (%2) se ha guardado.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Eliminar presupuesto</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>¿Eliminar el presupuesto de %1 (%2)? Sus llamadas dejarán de estar limitadas por él en todos los servidores del equipo.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>El presupuesto de %1 (%2) se ha eliminado.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>Nuevo flujo de trabajo desde una plantilla</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>Qué usa cada hueco de la plantilla. Si se deja vacío, un hueco conserva su nombre, que entonces debe ser un modelo virtual, una ruta o una colección del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (modelo): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (colección): %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard nunca descarga ni instala nada por sí solo: abre la página de descarga o actualiza con tu gestor de paquetes.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>&amp;Abrir la página de descarga</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>&amp;Omitir esta versión</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>Buscando versiones nuevas en %1…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 es la versión más reciente.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Ya está disponible Switchboard %1. Tienes la %2.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>Decidiste omitirla: Switchboard te avisará de nuevo cuando salga una versión más reciente.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (versión preliminar)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1, publicada el %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>No hay notas para esta versión.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…y %1 versiones anteriores: consulta la página de descarga.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>Avisarme también de las versiones &amp;preliminares</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>&amp;Feed de versiones:</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>&amp;Comprobar ahora…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>No se comprobó: %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>definido al compilarla</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>Esta instalación está gestionada (%1): las versiones nuevas llegan a través de tu gestor de paquetes o de tu administrador, así que las comprobaciones automáticas están desactivadas salvo que las actives.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se ha comprobado.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Última comprobación: %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>Última comprobación: %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>No se guardaron los ajustes de actualizaciones: %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>Buscar versiones nuevas &amp;automáticamente</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>Las comprobaciones automáticas se hacen al iniciar y después como mucho una vez al día. Una comprobación lee el feed (un pequeño archivo JSON, a través de los ajustes de red) y muestra las novedades en una ventana. Switchboard nunca descarga ni instala nada por sí solo.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Añadir páginas web</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>Páginas &amp;web que importar en &quot;%1&quot;, una dirección por línea:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>Cada página se descarga (como máximo 64 MB, 30 s) y se lee según su tipo de contenido: HTML, Markdown, texto, CSV, JSON, PDF o documentos de oficina. Una página sin cambios no vuelve a procesarse con embeddings si se añade otra vez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>Línea %1: &quot;%2&quot; no lleva http:// ni https:// delante. Escribe la dirección completa, p. ej. https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>Línea %1: &quot;%2&quot; no es una dirección web válida. Comprueba que no tenga espacios ni erratas, o cópiala de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>Línea %1: &quot;%2&quot; no es una página web: solo se pueden importar direcciones http:// y https://. Añade los archivos locales con Añadir archivos.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>Línea %1: &quot;%2&quot; no nombra ningún servidor. Escríbela como https://example.com/page.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>%n página que importar.</numerusform>
            <numerusform>%n páginas que importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>Introduce una o más direcciones que empiecen por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Gasto</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>Tokens por día UTC y por tipo. La salida excluye el razonamiento.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>Latencia y tiempo hasta el primer token de las llamadas correctas por modelo (los %1 más usados), en milisegundos.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latencia</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>Proporción de intentos fallidos, por proveedor (las llamadas canceladas no son errores).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Errores</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>Los que más &amp;gastan</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Presupuestos</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>Señala una barra para ver su valor.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>Volver a leer el registro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Primer día (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Último día (UTC), incluido</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Volver a leer el registro (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>Gasto por día UTC, apilado por</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>clave (clave de proxy, conversación)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>Claves por coste (claves de proxy, conversaciones, comparaciones)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>Peticiones más caras</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>El uso no está disponible: el registro no está en marcha.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>%n llamada de este intervalo usó modelos sin precio: su coste es desconocido, y los totales, gráficos y presupuestos lo omiten. Fija los precios del modelo en la página Proveedores.</numerusform>
            <numerusform>%n llamadas de este intervalo usaron modelos sin precio: su coste es desconocido, y los totales, gráficos y presupuestos lo omiten. Fija los precios del modelo en la página Proveedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>Gasto %1 · %2 llamadas (%3 peticiones) · %4 tokens · tasa de errores %5 % (%6 errores)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>Límite estricto de presupuesto alcanzado: %1, %2 gastados de %3. Las llamadas que cubre se rechazan.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>Límite suave de presupuesto alcanzado: %1, %2 gastados de %3.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Servidor del equipo: mías</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>De quién es el registro: el de este equipo o el del servidor del equipo (administradores y observadores ven las llamadas de todos los miembros; un miembro, solo las suyas)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Todos los miembros</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Miem&amp;bro:</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>Todas las llamadas del servidor del equipo pasan por su proxy</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>Las llamadas del equipo y sus prompts se quedan en el servidor del equipo</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>Los presupuestos de los miembros están en la página Equipo</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>Leyendo el registro del servidor del equipo…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Tus llamadas (%1) en el servidor del equipo «%2».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Tus llamadas (%1) en el servidor del equipo «%2»: un miembro solo ve las suyas.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Las llamadas de todos los miembros en el servidor del equipo «%1».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Las llamadas de %1 en el servidor del equipo «%2».</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>No se pudo leer el uso del servidor del equipo.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>Percentiles estimados a partir de histogramas diarios, con un margen de %1.</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>El servidor del equipo calcula los percentiles a partir de sus histogramas diarios de latencia, no de cada llamada. El número de llamadas es exacto.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>presupuesto diario del espacio de trabajo</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>presupuesto mensual del espacio de trabajo</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>presupuesto diario del proveedor %1</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>presupuesto mensual del proveedor %1</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>presupuesto diario de la clave de proxy %1</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>presupuesto mensual de la clave de proxy %1</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>presupuesto diario del miembro del equipo %1</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>presupuesto mensual del miembro del equipo %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>Versiones de %1</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>La versión %1 y la versión %2 son iguales.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>Qué cambió de la versión %1 a la versión %2:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>el flujo de trabajo</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>paso %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>en «Para cada uno» %1</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>arista %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>cuando %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Te damos la bienvenida a Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Switchboard&lt;/h2&gt;&lt;p&gt;Conectemos tu primer proveedor de modelos. Switchboard busca las claves de API que ya tienes y los modelos que se ejecutan en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>Buscando claves de API en el entorno y Ollama o LM Studio en este equipo…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>Proveedores encontrados</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en el archivo del espacio de trabajo. Cada proveedor se prueba antes de añadirlo.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>Probando las conexiones…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>Pruebas de conexión</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>Configura los proveedores tú mismo en la página Proveedores. Ayuda &gt; Bienvenida vuelve a mostrar esto.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>&amp;Añadir y probar</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Abrir el &amp;Playground</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>Abrir &amp;Proveedores</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>%1 en este equipo: %n modelo</numerusform>
            <numerusform>%1 en este equipo: %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1, con la clave en %2</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>No se encontró ninguna clave de API en el entorno y ni Ollama ni LM Studio respondieron en este equipo. Añade un proveedor en la página Proveedores con una clave de la consola de tu proveedor.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>Se encontró %n proveedor. Desmarca los que no quieras añadir.</numerusform>
            <numerusform>Se encontraron %n proveedores. Desmarca los que no quieras añadir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: no se añadió: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: conectado en %2 ms, %n modelo.</numerusform>
            <numerusform>%1: conectado en %2 ms, %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: no se añadió: la clave no se pudo guardar en el llavero (%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>No se pudieron guardar los proveedores: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>No se pudo añadir ningún proveedor. Revisa los mensajes de abajo y añade un proveedor en la página Proveedores.</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>Listo. Tus proveedores están guardados y listos en el Playground.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Eliminar %n arista</numerusform>
            <numerusform>Eliminar %n aristas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Eliminar %n paso</numerusform>
            <numerusform>Eliminar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mover %n paso</numerusform>
            <numerusform>Mover %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>No existe el paso &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>Las aristas se quedan dentro de un mismo grafo: &quot;%1&quot; y &quot;%2&quot; no están en el mismo.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>Un paso no puede seguirse a sí mismo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>&quot;%1&quot; ya está conectado a &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>&quot;%1&quot; ya se ejecuta después de &quot;%2&quot;: esta arista crearía un ciclo, y cada paso se ejecuta una sola vez.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>Conectar %1 con %2 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>Un id empieza por una letra o &apos;_&apos; y contiene letras, dígitos y &apos;_&apos; (64 como máximo).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>Otro paso se llama &quot;%1&quot;; los ids son únicos en un flujo de trabajo.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>Editar %1 del flujo de trabajo</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Pegar %n paso</numerusform>
            <numerusform>Pegar %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>Letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;; el proxy ofrece el flujo de trabajo como el modelo workflow:NOMBRE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>Entradas que recibe una ejecución (input.NOMBRE en plantillas y expresiones):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Quitar entrada</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>Haz doble clic en una ejecución para ver sus pasos en el lienzo; selecciona dos para compararlas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>Mostrar los pasos de la ejecución en el lienzo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>Selecciona dos ejecuciones para compararlas paso a paso</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>Este flujo de trabajo aún no tiene ejecuciones.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>Un flujo de trabajo nuevo: un modelo responde al texto de la entrada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>Una copia del flujo de trabajo tal como está guardado</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>Renombrar el flujo de trabajo (lo guarda)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Plantilla…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>Un flujo de trabajo nuevo desde una plantilla: clasificación de documentos, respuesta de soporte, revisión de código, traducción por lotes</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>Añadir un flujo de trabajo desde un archivo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>Guardar en un archivo el flujo de trabajo tal como está en el editor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>Volver a los pasos propios del flujo de trabajo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>Guardar el flujo de trabajo en el espacio de trabajo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>Disponer los pasos en capas según sus dependencias (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>Mostrar todos los pasos (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>El flujo de trabajo tal como lo guarda el espacio de trabajo. Edítalo aquí y aplícalo, o usa el lienzo y el inspector.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>No es JSON: %1 en %2.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>Un flujo de trabajo es un objeto JSON.</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>Guardar el flujo de trabajo</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>Organizar los pasos según sus dependencias</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>Ajustar el zoom para mostrar todos los pasos</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>Ejecutar el flujo de trabajo</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Copiar los pasos seleccionados</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Pegar pasos</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>Eliminar los pasos y aristas seleccionados</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Seleccionar todos los pasos</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>¿Guardar los cambios en &quot;%1&quot;? (No los descarta.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>Aún no hay flujos de trabajo: pulsa Nuevo para crear uno.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>No guardado: ponle un nombre al flujo de trabajo (pestaña Flujo de trabajo).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>No guardado: otro flujo de trabajo se llama &quot;%1&quot;; elige otro nombre (pestaña Flujo de trabajo).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>Guardado. %n problema impide ejecutarlo.</numerusform>
            <numerusform>Guardado. %n problemas impiden ejecutarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>&quot;%1&quot; renombrado a &quot;%2&quot; y guardado.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>Eliminar el flujo de trabajo</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>¿Eliminar el flujo de trabajo &quot;%1&quot; del espacio de trabajo? Sus ejecuciones se quedan en el historial.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (cada elemento)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>%n paso copiado.</numerusform>
            <numerusform>%n pasos copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>El portapapeles no contiene pasos que pegar.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>%n paso pegado.</numerusform>
            <numerusform>%n pasos pegados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>Organizar pasos</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>Sin problemas: el flujo de trabajo puede ejecutarse.</translation>
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
        <translation>El enrutador no está en marcha: añade primero un proveedor (página Proveedores).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>Corrige primero sus problemas (aparecen bajo el lienzo).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%1 de %n elemento terminado</numerusform>
            <numerusform>%1 de %n elementos terminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>Reanuda primero la ejecución; después rechaza el valor.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Reanudar la ejecución</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>Abrir la ejecución</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>La ejecución %1 ya no existe.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>Una de las ejecuciones ya no está en el historial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>&quot;%1&quot; está guardado en el espacio de trabajo, pero su versión no se conservó: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>¿Restaurar la versión %1 de &quot;%2&quot;? Se guarda como la versión más reciente; Deshacer en el editor la revierte.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>Tus cambios sin guardar se sustituyen (Deshacer los recupera).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Restaurar una versión</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>Versión %1 restaurada y guardada como la más reciente (Deshacer la revierte).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Nuevo flujo de trabajo desde una plantilla</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: elige otro nombre.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; añadido desde la plantilla &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>Importar un flujo de trabajo</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Archivos de flujo de trabajo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>El espacio de trabajo tiene otro flujo de trabajo llamado &quot;%1&quot;. ¿Sustituirlo (se queda en sus versiones), conservar ambos o importar el del archivo con otro nombre?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>Otro nombre…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>Nombre del flujo de trabajo importado:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>El espacio de trabajo ya tiene &quot;%1&quot;, sin cambios.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>&quot;%1&quot; sustituido por el del archivo.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; importado.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>Exportar el flujo de trabajo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; exportado a %2.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>Solo se puede comparar un paso de modelo terminado de la ejecución mostrada; ejecuta primero el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Elige de %1 a %2 modelos.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>Comparar este paso</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>Comparar solo envía texto: se omite el archivo que recibió el paso.</numerusform>
            <numerusform>Comparar solo envía texto: se omiten los %n archivos que recibió el paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>otro flujo de trabajo se llama «%1»</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>Cargar desde un archivo JSON…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>{&quot;file&quot;: &quot;RUTA&quot;} dentro representa el contenido de ese archivo</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>El paso que llevaría la ejecución por encima de este coste no empieza</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>Tope de coste</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>Ejecutar el flujo de trabajo tal como está en el editor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>Seguir desde donde se detuvo la ejecución; los pasos terminados no se repiten</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Esperando tu revisión</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>Edita el valor antes de aprobarlo para pasar tu versión (JSON o texto sin formato)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>Motivo (para Rechazar)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>Aún no hay ejecuciones. Rellena la entrada y pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>La salida de la ejecución</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Entrada (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>un archivo que leer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>La entrada no es JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 no es JSON: escríbelo como JSON, p. ej. [&quot;a&quot;, &quot;b&quot;] o {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 no es un único valor JSON.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>Cargar la entrada</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>Reanudar continúa sin repetir los pasos que terminaron.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>El paso %1 espera: aprueba el valor (edítalo antes para pasar tu versión) o recházalo.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>Quién y por qué</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>El número de la versión</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>Se conservan todas las versiones guardadas. Selecciona una para restaurarla, dos para compararlas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>Volver a hacer de la versión seleccionada la más reciente (Deshacer en el editor la revierte)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>Selecciona dos versiones para ver qué cambió, paso a paso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>app</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>tal como estaba en el archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>versión %1 restaurada</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>desde la plantilla %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>Aún no hay versiones guardadas: cada guardado conserva una.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n versión, ninguna eliminada nunca.</numerusform>
            <numerusform>%n versiones, ninguna eliminada nunca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>El espacio de trabajo contiene tus proveedores, rutas, ajustes del proxy y presupuestos. Los equipos lo comparten exportando e importando el archivo; las claves se quedan en el llavero de cada persona.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Proveedores:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Enrutamiento:</translation>
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
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Llavero:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>Las claves se guardan en el llavero del sistema y se referencian en el espacio de trabajo como keychain:NOMBRE, o se leen del entorno como env:VAR. Nunca se escriben en archivos, registros ni en la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n activado</numerusform>
            <numerusform>%n activados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n modelo virtual</numerusform>
            <numerusform>%n modelos virtuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ruta</numerusform>
            <numerusform>%n rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n presupuesto</numerusform>
            <numerusform>%n presupuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (versión de esquema %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>sin abrir</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Renombrar espacio de trabajo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>disponible (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importar espacio de trabajo</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Espacio de trabajo de Switchboard (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>El archivo no se importó; tu espacio de trabajo no ha cambiado.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>¿Sustituir el espacio de trabajo &quot;%1&quot; (%2) por &quot;%3&quot; (%4) de %5?

Las claves no forman parte del archivo: las referencias como keychain:NOMBRE deben existir en tu llavero.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar espacio de trabajo</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Espacio de trabajo de Switchboard (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>Exportado a %1. El archivo solo contiene referencias a claves, nunca las claves.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>No se puede cambiar %1. Compruebe que su cuenta puede editar su propia clave Run.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>No se puede eliminar %1. Borre el archivo usted mismo o haga que su carpeta admita escritura.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>No se puede crear la carpeta %1. Haga que la carpeta superior admita escritura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>No se puede escribir %1. Haga que la carpeta admita escritura y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>no es un feed de versiones de Switchboard (un objeto con &quot;format&quot;: &quot;%1&quot; y una lista &quot;releases&quot;)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>el feed tiene el formato &quot;%1&quot;, que esta versión no lee (lee &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>el feed enumera %1 versiones, más de las %2 que lee esta versión</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>ninguna de sus versiones tiene un número de la forma MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>la URL del feed debe ser una dirección http o https, como https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>No hay ningún feed de versiones configurado: introduce su URL en Ajustes, Actualizaciones.</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>No se puede consultar el feed de versiones %1: %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>No se pueden buscar actualizaciones: %1. Revisa la contraseña del proxy de red (Ajustes, Red).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>No se pueden buscar actualizaciones: los ajustes de red no se pueden usar (%1). Corrígelos en Ajustes, Red.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>La respuesta de %1 supera los %2 KiB, mucho más que un feed de versiones: revisa la URL del feed en Ajustes, Actualizaciones.</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 no es un feed de versiones: su JSON está mal formado (%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 no es un feed de versiones: envió %2 en lugar de JSON. Revisa la URL del feed en Ajustes, Actualizaciones.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>El feed de versiones en %1 respondió con el estado HTTP %2: revisa la URL del feed en Ajustes, Actualizaciones.</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>El feed de versiones en %1 no respondió a tiempo (%2). Revisa los ajustes de red (Ajustes, Red) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>No se puede acceder al feed de versiones en %1: %2. Revisa la dirección y los ajustes de red (Ajustes, Red) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 no es un feed de versiones que esta versión pueda leer: %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>debe ser un array de pasos, no %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>debe ser un array de aristas, no %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>debe ser un objeto con id y kind</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>debe ser un nombre</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>obligatorio (uno de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» no es uno de %2</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>debe ser un objeto con from y to</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>clave desconocida «%1» (una arista tiene from, to y when)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>debe ser true, false o una etiqueta</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>un map necesita pasos que se ejecuten para cada elemento</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>el resultado de cada elemento es el valor de un paso de salida, o del único paso al que no sigue nada; añada un paso de salida</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>obligatorio: el id del paso del que sale la arista</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>obligatorio: el id del paso al que entra la arista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>«%1» no puede seguirse a sí mismo</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>la misma arista de «%1» a «%2» aparece dos veces</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>una arista desde la condición «%1» indica cuándo se toma: true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>«%1» no es una etiqueta de «%2» (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>solo las aristas desde una condición o un paso de clasificación tienen when; «%1» es un paso de tipo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>«%1» está fuera de los pasos de este map</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>«%1» está dentro del map «%2»; las aristas se quedan entre los pasos de un mismo map</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>no hay ningún paso «%1»</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>los pasos forman un ciclo: %1; un flujo de trabajo ejecuta cada paso una vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>«%1» debe empezar por una letra o &apos;_&apos; y contener letras, dígitos y &apos;_&apos; (64 como máximo)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>campo desconocido; los pasos %1 tienen %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>solo los pasos que llaman a un modelo, a la base de conocimiento o a un lector de documentos reintentan y tienen tiempo límite; un paso %1 no hace ninguna de las dos cosas</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>indique un modelo: PROVIDER/MODEL, una ruta o un modelo virtual</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>debe ser texto, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>debe ser una expresión como texto, no %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>debe ser un array de expresiones, no %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>debe ser una expresión como texto</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>debe ser un array de cadenas, no %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>debe ser un objeto JSON Schema, no %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>debe ser un número de 0 a 2</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>debe ser un número entero de %1 a 1000000000</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>debe ser minimal, low, medium o high</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>debe ser un array de cadenas</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>parámetro desconocido; existen temperature, topP, maxTokens, reasoningEffort, seed, stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>un paso de clasificación necesita al menos dos etiquetas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>indique al menos una colección de la base de conocimiento</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 admite %2, no %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>obligatorio para %1: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>el texto que se genera, con huecos {{...}}</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>el valor sobre el que trabajar, p. ej. steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>dónde buscar dentro del valor, p. ej. items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>debe ser una ruta como total o items[0].name</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>una expresión regular</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>en %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>el patrón tiene %1 grupo(s) entre paréntesis; group es uno de ellos o 0 para la coincidencia completa</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 solo existe en los pasos de un map</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run tiene %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>nombre desconocido «%1»; las rutas empiezan por input, steps, run%2</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>indique un paso: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 no es algo que tenga un paso; existen %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>un paso no puede leer su propio resultado</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 no se ejecuta antes de %2; añada una arista de %1 (o de un paso posterior) a %2</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 se ejecuta dentro del map «%2» para cada elemento; lea steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 no se ejecuta antes de %2</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>obligatorio (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 fue escrito por un Switchboard más reciente (esta versión lee hasta %2)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>clave desconocida (un flujo de trabajo tiene %1)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>debe ser un objeto JSON Schema</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>el flujo de trabajo %1 no es válido:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>«%1» debe tener letras, dígitos, &apos;_&apos;, &apos;-&apos; o &apos;.&apos; (64 como máximo)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>un flujo de trabajo necesita al menos un paso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>«%1» es el id de otro paso; los id son únicos en un flujo de trabajo</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>añada un paso de salida: indica lo que devuelve la ejecución</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>otro flujo de trabajo se llama «%1»</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>en %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (sin valor)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>un número no puede ir pegado a un nombre (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>secuencia de escape desconocida &apos;\%1&apos; (usa \&quot;, \&apos;, \\, \n o \t)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>la cadena no está cerrada (añade %1)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>la expresión está vacía</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; no compara; usa ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>%1 inesperado tras una expresión completa</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>se esperaba un valor después de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>las comparaciones no se encadenan; únelas con &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>se esperaba &apos;)&apos; para cerrar el &apos;(&apos; en %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>se esperaba un valor; se encontró %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>se esperaba un valor; se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>función desconocida &apos;%1&apos; (existen %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>se esperaba &apos;,&apos; o &apos;)&apos; en la llamada a %1; se encontró %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() admite un valor, no %2</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>se esperaba un nombre después de &apos;.&apos;; se encontró %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>un índice de lista es un número entero, no %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>se esperaba un índice de lista o una clave entre comillas después de &apos;[&apos;; se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>se esperaba &apos;]&apos; para cerrar el &apos;[&apos; en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; no puede ordenar %2 y %3</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>una cadena no puede contener %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; necesita una cadena, una lista o un objeto, no %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; necesita números, no %2 y %3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>división por cero</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() necesita una cadena, una lista o un objeto, no %1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() no puede leer %1 como número</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; necesita un número, no %1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; no se cierra con &apos;}}&apos;</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }} vacío: pon un valor dentro, p. ej. {{input.text}}</translation>
    </message>
</context>
</TS>
