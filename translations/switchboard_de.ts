<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>%1 lässt sich nicht entfernen: Schließen Sie die Programme, die es verwenden, und starten Sie Switchboard erneut.</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>Angefragt: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Virtuelles Modell: %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>Route: %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>Per Regel gewählt: %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>Aufgabe: %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  Kandidat %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  übersprungen %1: %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2: beantwortet in %3 ms</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2: fehlgeschlagen nach %3 ms, %4%5: %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; %1 ms bis zum nächsten gewartet</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Beantwortet von: %1</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      für diesen Anbieter geändert: %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>Client-Dialekt: %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  Kandidat %1, herabgestuft: %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>SLO „%1“ verbraucht sein Fehlerbudget %2-fach über 1 h und %3-fach über 5 min (schneller Alarm ab %4-fach)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1 am %2: %3 (Tagessumme %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>Ausgaben pro Tag: keine Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>zwischengespeichert (gelesen)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Tokens pro Tag</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1-Tokens am %2: %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>Latenz p95</translation>
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
        <translation>Latenz pro Modell: keine erfolgreichen Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latenz pro Modell</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2: %3 ms (%4 erfolgreiche Aufrufe)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>Fehlerquote (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>Fehlerquote pro Anbieter: keine Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>Fehlerrate pro Anbieter</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>Fehler pro Versuch</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1: %2 % Fehler (%3 von %4 Versuchen; %5 abgebrochen)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>jedes Label</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>für jedes aus %1 · %n Schritt darin</numerusform>
            <numerusform>für jedes aus %1 · %n Schritte darin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>Liste (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>Objekt (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>beliebiges JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>LLM-Aufruf</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Für jedes</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>Text auslesen</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>Wissen abrufen</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Umformen</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>Fragt ein Modell (oder eine Route oder ein virtuelles Modell) mit System- und Benutzer-Prompt; kann die Antwort gegen ein JSON-Schema prüfen.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>Lässt ein Modell eines seiner Labels wählen; Kanten verlassen den Schritt je Label.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>Prüft einen Ausdruck über frühere Ergebnisse; Kanten verlassen den Schritt für true und für false.</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>Führt seine eigenen Schritte für jedes Element einer Liste aus, einige zugleich, und sammelt ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>Liest den Text einer PDF-, DOCX-, ODT-, EPUB-, Bild- (OCR) oder Textdatei aus der Eingabe.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>Findet Passagen in Sammlungen der Wissensbasis zu einer Anfrage.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>Füllt eine Vorlage, greift einen Wert aus JSON heraus, teilt, verbindet oder extrahiert mit einem regulären Ausdruck.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>Hält den Lauf an, bis jemand den Wert freigibt, bearbeitet oder ablehnt.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>Was der Lauf zurückgibt.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Wartezeit vor Wiederholung (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Zeitlimit (ms)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Benutzer-Prompt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>OCR-Sprache</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Alle Treffer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>ANBIETER/MODELL, eine Route oder ein virtuelles Modell</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>Text mit {{...}}-Lücken: {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>Text mit {{...}}-Lücken; {{steps.ID.output}} allein behält sein JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>Ein JSON-Schema, dem die Antwort entsprechen muss (eine Reparaturanfrage, wenn nicht)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>Ein Ausdruck je Zeile, der eine Datei der Eingabe nennt: input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>Ein Label je Zeile; Kanten verlassen den Schritt je Label</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>Eine Sammlung der Wissensbasis je Zeile</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>Vergleichen, verknüpfen und rechnen: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>Ein Ausdruck, der eine Liste ergibt: steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>Ein Ausdruck, der den zu bearbeitenden Wert ergibt: steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>Ein Ausdruck, der eine Datei der Eingabe nennt: input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>Wo im Wert gesucht wird: items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>Ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>Wie viele Elemente gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>Jeder Versuch scheitert nach dieser Zeit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>wartet auf Prüfung</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>Ein Stapellauf läuft bereits.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>Die Promptsammlung ist leer.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>Stapel mit %n Prompt</numerusform>
            <numerusform>Stapel mit %n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>Die Wissensbasis ist hier nicht verfügbar: Wählen Sie die Sammlungen ab, um ohne sie zu starten.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>Wissenssuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>nicht bewertet: %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Halten Sie zuerst die laufenden Antworten an.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Wählen Sie %1 bis %2 Modelle.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>Vergleich %1 ist ein Stapellauf.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Schreiben Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>Die Antworten auf den letzten Prompt kommen noch.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>Stimmen Sie über einen Blindvergleich ab, wenn alle Antworten da sind.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>Kein Bereich %1.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>Die Wissensbasis ist hier nicht verfügbar: Wählen Sie die Sammlungen ab, um ohne sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>Wissenssuche fehlgeschlagen: %1. Wählen Sie eine andere Sammlung (oder keine) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 liest keine PDFs (oder nicht dieses), und ihr Text lässt sich nicht extrahieren: %2. Wählen Sie ein Modell mit „pdf“.</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>nicht neu gereiht: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>die Antwort von %1 nannte keine Passagennummern</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>nicht neu gereiht: keine Anbieter zum Neureihen</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>die Sammlung hat kein Embedding-Modell</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>keine Anbieter, um die Anfrage einzubetten</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>keine Vektorsuche: %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>nur BM25: %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>nur BM25: die Anfrage konnte nicht eingebettet werden (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>nur BM25: noch keine Passage hat einen Vektor von %1</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keinen Canary „%1“.</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>Der Canary „%1“ läuft bereits oder wartet auf seinen Lauf.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1: muss ein Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: muss %2 sein</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1: „%2“ muss PROVIDER/MODEL sein (das Modell, das der Router beim Anbieter anfragt)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1: entweder provider oder model (PROVIDER/MODEL) angeben</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1: kein Anbieter „%2“ im Arbeitsbereich (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1: keine Route und kein virtuelles Modell „%2“ im Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1: muss ttft (Zeit bis zum ersten Token) oder latency (gesamt) sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1: genau eines von model (PROVIDER/MODEL) und route (Name einer Route oder eines virtuellen Modells) angeben</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1: für ein Latenz-SLO erforderlich (z. B. 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>eine Zahl von Millisekunden über 0</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1: ein Verfügbarkeits-SLO hat weder metric noch thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1: muss latency oder availability sein</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1: erforderlich, in Prozent (z. B. 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>ein Prozentsatz über 50 und unter 100 (z. B. 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1: nur ein SLO auf ein Modell (PROVIDER/MODEL) kann es im Routing zurückstufen</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1: erforderlich für %2 (z. B. %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>ein Prozentsatz über 0, höchstens 100</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>eine Zahl über 1 (z. B. 2: das Doppelte des gleitenden Durchschnitts)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>ein Dollarbetrag über 0</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1: muss error_rate, latency_spike, cost_per_hour oder no_traffic sein</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1: Fenster und Vergleichszeitraum müssen in 47 Stunden passen (die aufbewahrten Minuten)</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1: erforderlich, eine Liste von PROVIDER/MODEL, Routen oder virtuellen Modellen</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1: muss ein Modellname sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1: „%2“ ist weder PROVIDER/MODEL noch eine Route oder ein virtuelles Modell des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: „%2“ steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1: muss hourly oder daily sein</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>ein Dollarbetrag über 0 (z. B. 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>ein Signifikanzniveau über 0 und unter 0.5 (z. B. 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>jede Zeile muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>der Prompt-Satz ist leer</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>erforderlich, eine Liste von Prompt-Satz-Zeilen oder der Text eines Prompt-Satzes</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2]: ein Prompt eines Canarys braucht eine Prüfung (contains, regex, json, schema oder judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge: kein Modell; sein „model“ oder das judgeModel des Canarys setzen</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%1 % der Aufrufe von %2 gelingen über %3 Tage</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%1 % der %3 von %2 innerhalb von %4 ms über %5 Tage</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>ersten Tokens</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>Fehlerquote von %1 &gt;= %2 % über %3 min</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>mittlere %1 von %2 über %3 min über dem %4-fachen der %5 h davor</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>Kosten von %1 &gt;= $%2 in einer Stunde</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>kein Aufruf von %1 seit %2 h</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>der Monitoring-Abschnitt des Arbeitsbereichs ist nicht gültig:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: „%2“ muss aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, „.“, „_“ oder „-“ bestehen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1: „%2“ wird schon von einem anderen SLO oder Monitor verwendet</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1: „%2“ wird schon von einem anderen Canary verwendet</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1: muss ein Objekt mit einer url sein</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1: muss eine http://- oder https://-URL sein, oder keychain:NAME bzw. env:VAR, die eine enthalten</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1: Fehlerbudget verbrennt %2 über %3 und %4 über %5 (Alarm über %6); %7 des Budgets übrig. SLO: %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1: Verbrauch des Fehlerbudgets zurück bei %2 über %3 und %4 über %5; %6 des Budgets übrig</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>%1 des Vergleichswerts</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 h ohne Aufrufe</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1: %2 (%3; %4 Aufrufe)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1: zurück bei %2 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1: behoben, sein SLO oder Monitor wurde entfernt</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>Proxy-Schlüssel %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>alle Aufrufe</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>Der Anbieter hat den Schlüssel abgelehnt%1: %2. Prüfen Sie den Schlüssel des Anbieters.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>Der Schlüssel darf dieses Modell nicht verwenden%1: %2. Wählen Sie ein anderes Modell oder ändern Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>Unbekanntes Modell oder unbekannter Endpunkt%1: %2. Prüfen Sie die Modelle und die Basis-URL des Anbieters.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>Ein Budget hat diesen Aufruf gestoppt: %1. Erhöhen oder zurücksetzen unter Nutzung, Budgets.</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> Der Anbieter bittet, %1 s zu warten.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>Ratenlimit erreicht%1: %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>Der Anbieter ist nicht erreichbar%1: %2. Prüfen Sie seine Basis-URL und Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>Der Anbieter hat nicht geantwortet%1: %2. Erneut versuchen oder ein virtuelles Modell mit Ausweichzielen wählen.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>Der Prompt ist zu lang für das Kontextfenster dieses Modells: %1. Kürzen Sie ihn, beginnen Sie eine neue Unterhaltung oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>Der Sicherheitsfilter des Anbieters hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt%1: %2. Prüfen Sie die Parameter (JSON-Modus, max. Tokens) für dieses Modell.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>der Proxy läuft bereits auf %1</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>der Proxy braucht die Routing-Engine</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>Lauschen auf %1 (über diesen Rechner hinaus) erfordert mindestens einen Proxy-Schlüssel: fügen Sie einen Schlüssel hinzu oder lauschen Sie auf 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>der Proxy-Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen (verwenden Sie 127.0.0.1, ::1 oder 0.0.0.0)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>Proxy-Schlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>Proxy-Schlüssel „%1“: das Geheimnis ist leer</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: ein anderes Programm (oder ein anderes Switchboard) nutzt Port %1; beenden Sie es oder wählen Sie einen anderen Port</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: Ports unter 1024 brauchen Administratorrechte; wählen Sie einen Port über 1024</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>kann nicht auf %1:%2 lauschen: %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>Die Antwort des Teamservers versteht diese App nicht (%1). Ist es ein Switchboard-serve derselben Version?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>Der Schlüssel des Anbieters „%1“ konnte nicht gelesen werden: %2. Geben Sie ihn unter Anbieter erneut ein.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>Der Anbieter „%1“ hat keinen Schlüssel. Geben Sie unter Anbieter den Schlüssel eines Teammitglieds (sbk_...) ein.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>Der Anbieter „%1“ kann nicht verwendet werden: %2. Korrigieren Sie ihn unter Anbieter.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>Der Teamserver unter %1 ist nicht erreichbar: %2. Prüfen Sie, ob er läuft und die Basis-URL des Anbieters „%3“ stimmt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>Der Teamserver unter %1 nimmt den Schlüssel des Anbieters „%2“ nicht an. Prüfen Sie den Schlüssel unter Anbieter (der Schlüssel eines Mitglieds beginnt mit sbk_) oder bitten Sie einen Team-Administrator um einen neuen.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>Das dürfen nur die Administratoren des Teams. Fragen Sie einen Administrator oder verwenden Sie den Schlüssel eines Administrators.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>Der Teamserver hat das abgelehnt: %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Der Teamserver ist gescheitert: %1. Versuchen Sie es gleich noch einmal; wenn es weiter scheitert, sehen Sie ins Protokoll des Servers.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Alle LLM-Anbieter hinter einer Oberfläche: Routing mit Ausfallsicherung, ein Spielplatz, Modellvergleich, Nutzung und Kosten mit Budgets und ein lokaler Proxy für Ihre Werkzeuge.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3), %4.&lt;/p&gt;&lt;p&gt;Datenverzeichnis: %5&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 kann nicht umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>Prompt-Satz öffnen…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>Prompt-Satz öffnen</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Prompt-Sätze (*.csv *.jsonl *.ndjson *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Gleichzeitige Aufrufe</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Stapel ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>Prompts einfügen: einer pro Zeile; oder CSV mit Kopfzeile (prompt, id, system, category, contains, regex, json, schema); oder JSONL, ein Objekt pro Zeile: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>Abgebrochen nach %1 von %2 Aufrufen.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>Fertig: %1 Aufrufe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n Prompt aus %1.</numerusform>
            <numerusform>%n Prompts aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>Wählen Sie zuerst links die Modelle.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>%n Prompt läuft gegen %1 Modelle, %2 gleichzeitig…</numerusform>
            <numerusform>%n Prompts laufen gegen %1 Modelle, %2 gleichzeitig…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ Fehler</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ nicht bestanden</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>beantwortet · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n ohne Preis</numerusform>
            <numerusform>%1 + %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, weiches Limit</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, hartes Limit</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, Ziel</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, Bereich</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, Zeitraum</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>Proxy-Schlüssel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>Weiches Limit ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>Hartes Limit ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Ausgegeben in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>Hochrechnung Monatsende</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>Budget &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>Budgets &amp;speichern</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>%n Budget gespeichert.</numerusform>
            <numerusform>%n Budgets gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>Die Budgets des Arbeitsbereichs sind ungültig: %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>Budgets werden nicht verfolgt: das Kassenbuch läuft nicht.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>Dieser Monat bisher: %1 · voraussichtliche Ausgaben zum Monatsende: %2 (ganzer Arbeitsbereich, linear)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>Innerhalb der Limits</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>Weiches Limit erreicht</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>Hartes Limit erreicht: Aufrufe werden verweigert</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (über dem Limit)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (Tagesbudget)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>Anbieter-ID, Proxy-Schlüssel oder Mitglied</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>Limits in US-Dollar pro UTC-Tag oder Kalendermonat, für den ganzen Arbeitsbereich, einen Anbieter (seine ID), einen Proxy-Schlüssel (seinen Namen) oder ein Teammitglied (alle seine Schlüssel). Ein weiches Limit löst eine Benachrichtigung aus; ein hartes Limit verweigert weitere Aufrufe.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Anbieter/Modell</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>Wählen Sie einen Aufruf, um seinen Routing-Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
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
            <numerusform>%n Aufruf angezeigt, neueste zuerst; es gibt weitere.</numerusform>
            <numerusform>%n Aufrufe angezeigt, neueste zuerst; es gibt weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n Aufruf, neueste zuerst.</numerusform>
            <numerusform>%n Aufrufe, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>Für diesen Aufruf wurde kein Routing-Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Aufrufe als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Aufrufe exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n Aufruf nach %1 exportiert.</numerusform>
            <numerusform>%n Aufrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>Qualitäts-Canaries</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>Jeder Canary schickt seine Prompts nach Zeitplan (stündlich oder täglich) an seine Modelle, mit einer Kostengrenze pro Lauf, und meldet, wenn die Bestehensquote über das Rauschen hinaus fällt. Prompts nehmen die Prüfungen eines Prompt-Sets aus „Vergleich“ (contains, regex, json, schema, judge).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Kein gültiges JSON: %1 bei Position %2.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>Die Canaries müssen ein JSON-Array sein: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>Keine Probleme: Speichern, um sie nach Zeitplan laufen zu lassen.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Kosten pro Lauf</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>Führt den Canary jetzt mit seinen Modellen aus, innerhalb seiner Kostengrenze, unabhängig vom Zeitplan.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>Canaries &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>Abfalltest</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>Zeigen Sie auf eine Linie, um ihren Wert zu sehen; wählen Sie einen Lauf, um seine Antworten zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (Kostengrenze)</translation>
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
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1: Abfall, Alarm ausgelöst</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% bestanden</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>USD pro Lauf</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>Canaries laufen, sobald die Engine gestartet ist.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>Noch keine Qualitäts-Canaries: „Canaries bearbeiten…“ fügt einen hinzu (ein Prompt-Set mit Prüfungen, seine Modelle, ein Zeitplan und eine Kostengrenze).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, %n Prompt gegen %2; höchstens $%3 pro Lauf.</numerusform>
            <numerusform>%1, %n Prompts gegen %2; höchstens $%3 pro Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>Läuft gerade…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>Letzter Lauf %1, nächster um %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>Optional: wie sich das Modell verhalten soll</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON-Modus</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Reasoning-Aufwand</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Einstellungen der Sammlung</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>handbuch</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>Unterhaltungen, virtuelle Modelle und der Proxy verweisen über ihren Namen auf die Sammlung.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>Was die Sammlung enthält</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>Keines (nur BM25)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>Das Modell, das die Passagen für Vektor- und Hybridsuche einbettet: eines, das die Anbieter anbieten, oder geben Sie ANBIETER/MODELL oder eine Route ein. Ohne Modell wird die Sammlung nur nach Stichwörtern (BM25) durchsucht.</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>&amp;Embedding-Modell:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>&amp;Passagengröße:</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>Tokens, die benachbarte Passagen gemeinsam haben, damit ein zerschnittener Satz trotzdem gefunden wird.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Über&amp;lappung:</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>Die Sprache gescannter Seiten und Bilder, als Tesseract-Codes mit + verbunden: deu, eng+fra. Jede braucht ihre Sprachdaten (tesseract-ocr-deu).</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>&amp;OCR-Sprache:</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>jede lesbare Datei, oder z. B. *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>Aus einem Ordner werden nur Dateien übernommen, die auf eines dieser Glob-Muster passen (durch Kommas getrennt). Ein Muster mit Schrägstrich gilt für den Pfad unterhalb des Ordners.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>E&amp;inschließen:</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>z. B. *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>Dateien, die auf eines dieser Glob-Muster passen, werden beim Import eines Ordners ausgelassen.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Ausschließen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Geben Sie der Sammlung einen Namen.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>Die Überlappung muss kleiner als die Passagengröße sein.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>Ohne Embedding-Modell wird die Sammlung nur nach Stichwörtern (BM25) durchsucht.</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>Die Passagen werden über den Router eingebettet (Quelle: knowledge); die Aufrufe werden daher auf Ihre Budgets angerechnet.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>Ein Chatmodell, das die besten Passagen danach neu ordnet, wie gut sie die Frage beantworten, bevor Modelle sie erhalten: eines der Modelle der Anbieter, oder geben Sie ANBIETER/MODELL, eine Route oder ein virtuelles Modell ein. Jede Suche macht dann einen Chat-Aufruf.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>Rerank-&amp;Modell:</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> Passagen</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>Wie viele der besten Passagen der Hybridsuche das Rerank-Modell sieht; die übrigen folgen danach in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>Die bes&amp;ten neu ordnen:</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>Ihre Modellaufrufe (Embeddings, Reranks) laufen über den Router (Quelle: knowledge); sie werden daher auf Ihre Budgets angerechnet.</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>Ordner auf Änderungen über&amp;wachen</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>Solange die App läuft, werden neue, geänderte, gelöschte und umbenannte Dateien in den Ordnern der Sammlung importiert (nach 1,5 s ohne weitere Änderungen).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>Alle Antworten sind da.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>Alle Antworten sind da. Welche ist besser?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>Alle Antworten sind da. Welche ist die beste?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>Stimme gespeichert. %1</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>Modelle (2 bis 6)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>Höchstens %1 Modelle nebeneinander.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>Anderes Modell (ANBIETER/MODELL), Enter fügt hinzu</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>Ein Schlagwort für die Rangliste, etwa Code oder Schreiben</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>Wählen Sie links %1 bis %2 Modelle.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>An %n Modell gesendet.</numerusform>
            <numerusform>An %n Modelle gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>Neuer Vergleich.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>Brechen Sie zuerst den laufenden Stapel ab.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>Stapel „%1“ vom %2.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Stoppen Sie zuerst die laufenden Antworten.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>„%1“ wieder geöffnet: Folgefragen setzen die Unterhaltung jedes Bereichs fort.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>Diesen Vergleich und seine Antworten löschen? Seine Stimmen bleiben in der Rangliste.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>blind, abgestimmt</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>blind</translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>bis zur Abstimmung verborgen</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n Modell: %2
%3</numerusform>
            <numerusform>%1
%n Modelle: %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>&amp;Blind abstimmen</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>Die Modellnamen verbergen und mischen, bis Sie für die beste Antwort abgestimmt haben</translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>Den Prompt an jedes Modell senden</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>Jede Antwort stoppen</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>Die neue Auswahl gilt ab dem nächsten Prompt; diese Antworten bleiben bis dahin.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>Keine Treffer in %1: Die Modelle antworten ohne Quellen.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>Jedes Modell erhält dieselbe %n Passage aus %1.</numerusform>
            <numerusform>Jedes Modell erhält dieselben %n Passagen aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>Jeder Prompt wird einmal in diesen Sammlungen gesucht, und jedes Modell erhält dieselben Passagen.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>Stapel „%1“ vom %2, beantwortet aus %3: Doppelklick auf eine Antwort zeigt ihre Quellen.</translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>Halten Sie zuerst den laufenden Vergleich an und vergleichen Sie %1 dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1 an %n Modell gesendet.</numerusform>
            <numerusform>%1 an %n Modelle gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1 mit seinen Parametern an %n Modell gesendet: %2.</numerusform>
            <numerusform>%1 mit seinen Parametern an %n Modelle gesendet: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>PDF anhängen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
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
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>Die Antwort dieses Modells stoppen; die anderen laufen weiter</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>erstes Token %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>erstes Token –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>Kürzeste Gesamtzeit</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>Ihr erstes Token kam zuerst, obwohl eine andere Antwort früher fertig war</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>Nachricht bearbeiten: Senden behält das Original als weitere Version; Esc bricht ab.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Anhänge entfernen</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>Nachricht (Enter sendet, Shift+Enter fügt eine Zeile ein, Esc stoppt)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>Bilder (für Vision-Modelle), PDFs (für Modelle, die sie lesen) und Text- oder Codedateien (eingebettet)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Bilder, PDFs und Text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>„%1“ ist %2 MB groß; PDFs dürfen höchstens %3 MB groß sein (die Grenze von OpenAI; Anthropic nimmt 32 MB, Gemini 20 MB).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 liest keine PDFs. Stattdessen den aus „%2“ gewonnenen Text senden (ohne Layout und Bilder) oder ein mit „pdf“ markiertes Modell wählen.</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>Gewonnenen Text senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>Der Text von „%1“ lässt sich nicht gewinnen: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>„%1“ ist wie %2 benannt, aber der Inhalt ist %3: nicht angehängt.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>„%1“ ist %2; Modelle akzeptieren PNG-, JPEG-, GIF- oder WebP-Bilder.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>„%1“ ist %2 MB groß; Bilder dürfen höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 akzeptiert keine Bilder. Wählen Sie ein mit „Vision“ markiertes Modell, um „%2“ anzuhängen.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>„%1“ ist %2 KB groß; Textdateien dürfen höchstens %3 KB groß sein (sie werden in den Prompt eingefügt).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>„%1“ ist keine Textdatei (der Inhalt sieht aus wie %2): nicht angehängt.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Die Antwort stoppen (Esc); was angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>„%1“ ist kein PDF: nicht angehängt.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Unterhaltungen durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>Ordner oder Schlagwort</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Die ausgewählte Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Eine Unterhaltung braucht einen Titel.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>In Ordner verschieben…</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>Ordner (leer: keiner)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
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
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>Sa&amp;mmlungen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>Eine Sammlung erstellen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>Embedding-Modell, Passagengröße, OCR-Sprache und Glob-Muster der Sammlung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>Die Sammlung samt ihren Passagen löschen (die Dateien auf dem Datenträger bleiben)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>Wartende Dateien bleiben bis „Fortsetzen“ in der Warteschlange (auch nach einem Neustart)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>Den pausierten Import und das Einbetten fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>Wartende Dateien verwerfen; bereits Importiertes bleibt</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>Fehlgeschlagene Dateien erneut einreihen (nachdem Sie die genannte Ursache behoben haben)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>Jetzt einbetten</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>Jeder Passage jetzt ihren Vektor geben</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>Dateien importieren (Ctrl+O); oder Dateien und Ordner auf die Seite ziehen</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>Einen Ordner samt Unterordnern nach den Glob-Mustern der Sammlung importieren (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>Die ausgewählten Dateien aus der Sammlung entfernen (Entf); die Dateien auf dem Datenträger bleiben</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>Neu &amp;indizieren…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>Jedes Dokument erneut in Passagen zerlegen (nach einer Änderung der Passagengröße)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>Die Sammlung durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Suchmodus</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>Anzuzeigende Passagen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>Stichwort-Score (höher ist besser; — : nur per Vektor gefunden)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>Kosinus-Ähnlichkeit zur Suchanfrage (— : nur per BM25 gefunden)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>Reciprocal Rank Fusion beider Rangfolgen (Hybridsuche)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>Doppelklick auf eine Passage öffnet ihre Datei</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>Referenzfragen, ein JSON-Objekt pro Zeile: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;erstattungen.md&quot;], &quot;phrase&quot;: &quot;dreißig Tage&quot;}. Eine Passage aus einer der Quellen (die die Phrase enthält, falls angegeben) zählt als richtige Antwort.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>Referenzfragen</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>Referenzfragen aus einer JSON-Lines-Datei lesen (das Format von switchboard-cli kb eval --golden)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>Passagen pro Frage, die für recall@k und MRR zählen</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>Aus&amp;werten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
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
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>Die Sammlung durchsuchen</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Die ausgewählten Dateien entfernen</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Dateien zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Einen Ordner zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>Die Wissensbasis aktualisieren</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

Prüfen Sie, ob das Datenverzeichnis beschreibbar ist und der Datenträger Platz hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>Die Wissensbasis konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n nicht importiert</numerusform>
            <numerusform>%n nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>nur BM25</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>Noch keine Sammlung</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>Erstellen Sie eine Sammlung („Neu…“) und fügen Sie dann Dateien und Ordner hinzu oder ziehen Sie sie hierher. Jedes Modell antwortet dann aus denselben Passagen: im Playground, auf der Seite Vergleich und über den Proxy.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Passage</numerusform>
            <numerusform>%n Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>Passagen zu %1 Tokens, %2 überlappend</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>Die Suche nutzt nur BM25 (Stichwörter): Die Sammlung hat kein Embedding-Modell. Unter „Bearbeiten…“ wählen Sie eines für Vektor- und Hybridsuche.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>Die Suche nutzt nur BM25, bis %1 die Passagen eingebettet hat.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>Hybridsuche mit %1: %2 von %3 Passagen eingebettet.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>Wechsel zu %1: Bis er abgeschlossen ist, antworten die bisherigen Vektoren.</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Nichts in der Warteschlange.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>Die zu importierenden Dateien werden gezählt…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Import: %1 von %2 Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>Pausiert: %n Datei wartet.</numerusform>
            <numerusform>Pausiert: %n Dateien warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>Auch das Einbetten wartet.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>„Fortsetzen“ macht weiter, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>Einbetten mit %1: %2 von %3 Passagen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>Wartet auf das Einbetten (eine andere Sammlung ist zuerst dran).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>Letzter Import: %1 von %2 Dateien importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n nicht importiert (die Gründe stehen in der Dateiliste)</numerusform>
            <numerusform>%n nicht importiert (die Gründe stehen in der Dateiliste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>„Erneut versuchen“ reiht die fehlgeschlagenen erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n Import fehlgeschlagen: „Erneut versuchen“ reiht ihn erneut ein.</numerusform>
            <numerusform>%n Importe fehlgeschlagen: „Erneut versuchen“ reiht sie erneut ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n Passage hat noch keinen Vektor von %1: „Jetzt einbetten“ erzeugt ihn.</numerusform>
            <numerusform>%n Passagen haben noch keinen Vektor von %1: „Jetzt einbetten“ erzeugt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>Nichts in der Warteschlange. Ziehen Sie Dateien oder Ordner hierher oder nutzen Sie „Dateien hinzufügen“.</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>Sammlung nicht erstellt</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>Dokumente neu zerlegen?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Neue Importe in „%1“ erhalten Passagen zu %2 Tokens, davon %3 überlappend. Das %n bereits enthaltene Dokument jetzt neu zerlegen? Seine Passagen werden erneut eingebettet, wenn die Sammlung ein Embedding-Modell hat.</numerusform>
            <numerusform>Neue Importe in „%1“ erhalten Passagen zu %2 Tokens, davon %3 überlappend. Die %n bereits enthaltenen Dokumente jetzt neu zerlegen? Ihre Passagen werden erneut eingebettet, wenn die Sammlung ein Embedding-Modell hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>Sammlung nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>„%1“ mit %n Dokument sowie allen Passagen, Vektoren, Referenzfragen und der Warteschlange löschen? Die Dateien auf dem Datenträger bleiben.</numerusform>
            <numerusform>„%1“ mit %n Dokumenten sowie allen Passagen, Vektoren, Referenzfragen und der Warteschlange löschen? Die Dateien auf dem Datenträger bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>Sammlung nicht gelöscht</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Dokumente (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Keine Sammlung</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>Erstellen Sie zuerst eine Sammlung („Neu…“) und fügen Sie ihr dann Dateien hinzu.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>Embedding-Kosten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>%n Datei (%1) zum Import in „%2“. Das Einbetten ihrer Passagen mit %3 kostet etwa %4 (geschätzt nach der Dateigröße). Importieren?</numerusform>
            <numerusform>%n Dateien (%1) zum Import in „%2“. Das Einbetten ihrer Passagen mit %3 kostet etwa %4 (geschätzt nach den Dateigrößen). Importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>Neu indizieren</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Das %n Dokument von „%1“ neu in Passagen zerlegen (%2 Tokens, %3 überlappend)? Geänderte Passagen werden erneut eingebettet, wenn die Sammlung ein Embedding-Modell hat.</numerusform>
            <numerusform>Die %n Dokumente von „%1“ neu in Passagen zerlegen (%2 Tokens, %3 überlappend)? Geänderte Passagen werden erneut eingebettet, wenn die Sammlung ein Embedding-Modell hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>%1 aus „%2“ entfernen? Die Datei auf dem Datenträger bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>%n Datei aus „%1“ entfernen? Die Datei auf dem Datenträger bleibt.</numerusform>
            <numerusform>%n Dateien aus „%1“ entfernen? Die Dateien auf dem Datenträger bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>Das Einbetten wurde nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>%n Passage von „%1“ (%2 Tokens) hat noch keinen Vektor von %3. Das Einbetten kostet etwa %4. Jetzt einbetten?</numerusform>
            <numerusform>%n Passagen von „%1“ (%2 Tokens) haben noch keinen Vektor von %3. Das Einbetten kostet etwa %4. Jetzt einbetten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>Nicht eingebettet: Die Kosten wurden abgelehnt. „Jetzt einbetten“ startet es; bis dahin nutzt die Suche für Passagen ohne Vektor nur BM25.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 liefert jetzt die Suchergebnisse (%2 für das Einbetten).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>Jede Passage hat ihren Vektor (%1 für das Einbetten).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>Einbetten abgebrochen: %1. „Jetzt einbetten“ versucht es erneut; die Suche nutzt für Passagen ohne Vektor BM25.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>Geben Sie ein, wonach Sie suchen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>Keine Suche: %1.</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>Die Sammlung hat kein Embedding-Modell: Suchen Sie mit BM25 oder wählen Sie unter „Bearbeiten…“ ein Modell.</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>Keine passende Passage. Versuchen Sie andere Wörter oder die Hybridsuche, wenn die Sammlung ein Embedding-Modell hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n Passage.</numerusform>
            <numerusform>%n Passagen, beste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>Nur BM25: Die Sammlung hat kein Embedding-Modell (wählbar unter „Bearbeiten…“).</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>Das Einbetten der Suchanfrage kostete %1.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>%1 konnte nicht geöffnet werden: Prüfen Sie, ob die Datei noch existiert und ein Programm ihren Typ öffnet.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>Die Referenzfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 ist größer als 16 MB: Referenzfragen umfassen einige hundert Zeilen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1: %2

Jede Zeile ist ein JSON-Objekt mit „question“ und „sources“ (und „phrase“, wenn eine Passage diese Phrase enthalten muss).</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>%n Referenzfrage geladen; „Auswerten“ speichert sie mit der Sammlung.</numerusform>
            <numerusform>%n Referenzfragen geladen; „Auswerten“ speichert sie mit der Sammlung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>Die Referenzfragen haben ein Problem: %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>Schreiben Sie zuerst Referenzfragen (ein JSON-Objekt pro Zeile, siehe oben) oder laden Sie eine Datei.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>Die Fragen werden gespeichert…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>Auswertung: %1 von %2 Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n Referenzfrage, die besten %1 Passagen jeder Suche.</numerusform>
            <numerusform>%n Referenzfragen, die besten %1 Passagen jeder Suche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>Die Auswertung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>Ablegen, um in „%1“ zu importieren</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>Erstellen Sie zuerst eine Sammlung</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Rerank</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>Hybrid verbindet die Rangfolgen von Stichwort- (BM25) und Vektorsuche; BM25 findet Wörter, Vektor findet Bedeutung; Rerank lässt das Rerank-Modell der Sammlung die besten Hybrid-Passagen neu ordnen</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>Wohin das Rerank-Modell die Passage gesetzt hat und wo sie in der fusionierten Rangfolge stand (— : vom Modell ausgelassen)</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>Die Fragen mit der Sammlung speichern und BM25-, Vektor-, Hybrid- und Rerank-Suche bewerten</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>Zitatgenauigkeit: der Anteil der Fragen, bei denen Quelle [1] im Kontext eines Modells eine richtige Passage ist</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>Modelle erhalten die besten %1 Passagen, neu geordnet von %2.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>Wählen Sie unter „Bearbeiten…“ ein Rerank-Modell.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Neu geordnet von %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>Das Reranking kostete %1.</translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>Die Modellaufrufe der Suchen kosteten %1.</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>&amp;URL hinzufügen…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>Webseiten über ihre http(s)-Adressen importieren (Ctrl+L); oder Links auf die Seite ziehen</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>Webseiten zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Überwachte Ordner:</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>Legen Sie zuerst eine Sammlung an (Neu…) und fügen Sie ihr dann Webseiten hinzu.</translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>Die Überwachung ist an, aber noch kein Ordner wurde hinzugefügt: „Ordner hinzufügen…“ gibt ihr einen.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>%n Ordner wird auf Änderungen überwacht.</numerusform>
            <numerusform>%n Ordner werden auf Änderungen überwacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>Eine Änderung wurde bemerkt: Sie wird importiert, sobald sich im Ordner %1 s lang nichts mehr geändert hat.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>Letzter Abgleich eingereiht um %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Die Seite lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>%1 konnte nicht geöffnet werden: Prüfen Sie, ob ein Webbrowser eingerichtet ist.</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (nicht in der Wissensbasis)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>Noch keine Sammlungen: Erstellen Sie eine auf der Seite Wissen oder mit switchboard-cli kb create</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Die Sammlungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>Ohne Wissensbasis antworten</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>Aus Wissenssammlungen antworten: Die zu jeder Frage gefundenen Passagen werden mitgeschickt, und die Antwort zitiert sie.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>Wissen: %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>Jede Frage wird zuerst in %1 gesucht; die Antwort zitiert die Passagen, die sie erhalten hat.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Siegquote</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>Aus Blind-Abstimmungen in diesem Arbeitsbereich. Elo beginnt bei 1000 (K = 32); ein Unentschieden oder „beide schlecht“ zählt als Remis; die Wahl des besten von mehreren Bereichen zählt als Sieg über jeden der anderen.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>Systemprompt, gemeinsam für alle Bereiche (optional)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Ihre Stimme:</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>Prompt für jedes Modell. Ctrl+Enter sendet, Esc stoppt alle.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>An alle senden</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>streamt…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Beide sind schlecht</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 ist am besten</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Alle sind schlecht</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>Prompt für jedes Modell. Enter sendet, Umschalt+Enter beginnt eine neue Zeile, Esc stoppt alle.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Umschalt+Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Anhänge entfernen</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>PDF anhängen…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>Ein PDF für jedes Modell: als Dokument an die, die PDFs lesen, als extrahierter Text an die anderen</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF als Dokument gesendet, mit Layout und Bildern</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF als extrahierter Text gesendet: Dieses Modell liest keine PDFs oder nicht dieses</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>Für jedes Modell angehängt: %1</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>Kein Systemschlüsselbund: Anbieterschlüssel können weiterhin als env:VAR angegeben werden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>Arbeitsbereich &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>Arbeitsbereich &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Über &amp;Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>Lokaler Proxy</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Switchboard zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>Design, Sprache und Datenverzeichnis (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>&amp;README lesen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>Proxy: an, %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>Proxy: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>Proxy: aus</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>Anfragen abgelehnt: das Kassenbuch kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>Kassenbuch</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>Das Kassenbuch wird wieder geschrieben: Anfragen gehen durch.</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>Die Eingabe von Schritt %1 aus %2</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>Überwachung (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>&amp;Willkommen und Einrichtung…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Alle lokalen Daten löschen</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>Diese Schlüsselbund-Einträge ließen sich nicht entfernen:

%1

Den Rest trotzdem löschen? Entfernen Sie sie später mit dem Schlüsselbund-Programm Ihres Systems.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>Starten Sie Switchboard neu, um das neue Datenverzeichnis zu verwenden.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>Nach &amp;Aktualisierungen suchen…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Switchboard %1 ist erschienen</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>Die Neuerungen finden Sie unter Hilfe, Nach Aktualisierungen suchen.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>Keine neuere Version.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Switchboard %1 ist erschienen.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Reasoning anzeigen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>Die Antwort wurde vor ihrem Ende gestoppt; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Die Nachricht als Markdown kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>Bearbeiten und erneut senden (das Original bleibt als weitere Version erhalten)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>Erneut antworten (die Antwort bleibt als weitere Version erhalten)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>Warum der Router diesen Aufruf dorthin geschickt hat</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>Bild (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>Anbieter öffnen</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>Nutzung öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>Werkzeugaufruf: %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Reasoning ausblenden</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistent · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Antwortet…</translation>
    </message>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>nach %n Fehlversuch</numerusform>
            <numerusform>nach %n Fehlversuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>Klicken Sie auf eine Quelle, um die Passage zu lesen und ihre Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>Keine Treffer in %1 für diese Frage.</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>Die Wissensbasis wird durchsucht…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>virtuelles Modell: der Router wählt das Ziel</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>$%1 / $%2 pro Mio. Tokens</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>%1k Kontext</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>nicht im Katalog: Fähigkeiten und Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  nicht mehr angeboten</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitorPage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>Zeit bis zum ersten Token (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>Latenz (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Mit einem anderen Modell vergleichen</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Mit dem Zeitraum davor vergleichen</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Aufrufe</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>Das Modell des Anbieters (wie angefragt), dessen Aufrufe das Diagramm zeigt.</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>Das Modell, das neben dem ersten gezeichnet wird.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>Au&amp;frufe</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>A&amp;larme und SLOs</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>Zeigen Sie auf eine Linie, um ihren Wert zu sehen; klicken Sie auf einen Punkt, um seine Aufrufe aufzulisten.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>Klicken Sie auf einen Punkt des Diagramms, um die Aufrufe dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Verbleibendes Fehlerbudget</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>Verbrauchsrate 1 h</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>Verbrauchsrate 6 h</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>Eine Stunde &amp;stummschalten</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>Stummschaltung a&amp;ufheben</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>Die Regel des gewählten Alarms zeichnet weiter Alarme auf, benachrichtigt aber eine Stunde lang nicht.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>Die Überwachung braucht das Nutzungsprotokoll: Starten Sie die Engine (siehe Seite Routing).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>alle Aufrufe</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>Anfragen pro Schritt</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>USD pro Schritt</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%1 von %2: keine Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>%1 Anfragen, %2 Versuche im Zeitraum; Verfügbarkeit %3, Fehlerquote %4, Latenz p90 %5, Kosten %6. Schritt: %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>Keine Modell- oder Routing-Änderungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1: %2/%3 antwortet jetzt als %4 (vorher: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1: Routing geändert (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>Aufrufe von %1 von %2 bis %3:</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>Zuletzt ausgewertet %1; %n Alarm ausgelöst.</numerusform>
            <numerusform>Zuletzt ausgewertet %1; %n Alarme ausgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Noch nicht ausgewertet.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>ausgelöst (stumm)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>behoben %1</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 ist eine Stunde lang stummgeschaltet.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 benachrichtigt wieder.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>Kanar&amp;ien</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Team-Server: meine</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mit&amp;glied:</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>Wessen Aufrufe: die dieses Computers oder die des Team-Servers (Admins und Betrachter sehen die Aufrufe aller Mitglieder, ein Mitglied nur seine eigenen)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>Diese SLOs, Monitore, Alarme und Canaries gehören zu diesem Computer und stammen aus seinem eigenen Ledger: Der Team-Server teilt seine Auswertung nicht (seine SLOs stehen in seinem /metrics für Prometheus).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>Die Aufrufe des Teams bleiben auf dem Team-Server: Die Seite „Nutzung“ zeigt die Tage von %1 bis %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>Gehört zu diesem Computer, unabhängig vom Datenbereich: Der Team-Server teilt seine eigenen nicht</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>Die Aufrufe des Teams bleiben auf dem Team-Server: Ein Klick auf einen Punkt öffnet die Seite „Nutzung“</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>Monitordaten des Team-Servers werden gelesen …</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Ihre Aufrufe (%1) auf dem Team-Server „%2“.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Ihre Aufrufe (%1) auf dem Team-Server „%2“: Ein Mitglied sieht nur seine eigenen.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Die Aufrufe aller Mitglieder auf dem Team-Server „%1“.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Die Aufrufe von %1 auf dem Team-Server „%2“.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>Der Team-Server „%1“ hat keine Monitordaten für das Team: Er ist älter als diese App. Aktualisieren Sie switchboard-cli auf dem Server; wählen Sie bis dahin „Dieser Computer“.</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>Der Team-Server „%1“ verweigert %2 diese Aufrufe. Ein Mitglied sieht nur seine eigenen Aufrufe („Team-Server: meine“); sind es Ihre eigenen, ist der Server älter als diese App: Aktualisieren Sie switchboard-cli auf dem Server.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>Zeigen Sie auf eine Linie, um ihren Wert zu sehen; klicken Sie auf einen Punkt, um seine Tage auf der Seite „Nutzung“ zu öffnen.</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>Perzentile sind aus Histogrammen geschätzt, auf %1 genau.</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>Abstand zwischen Tokens (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>Tokens pro Sekunde (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>Fehlerrate nach Fehlerart</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>SLOs und Monitore &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>SLOs, Schwellenwert-Monitore, Canaries und den Alarm-Webhook hinzufügen oder ändern (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>Noch keine SLOs oder Monitore: „SLOs und Monitore bearbeiten…“ fügt sie hinzu.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>&amp;Beobachtet:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>Pro&amp;xy-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>Metr&amp;ik:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>Schwe&amp;lle:</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>Zeit&amp;fenster (Tage):</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>Min&amp;destaufrufe:</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>Dieses Modell beim Routin&amp;g zurückstufen, solange sein Fehlerbudget schnell verbrennt</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>Fa&amp;ktor:</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>Zeit&amp;fenster:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Vergleichszeitraum:</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>&amp;Kosten pro Stunde ab:</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>Kein A&amp;ufruf seit:</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>Warte&amp;zeit vor erneutem Auslösen:</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>M&amp;odelle:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>Kostengrenze pro &amp;Lauf:</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>&amp;Aktiv: nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>P&amp;rompts:</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>Alle Canar&amp;ies als JSON…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>&amp;Testalarm senden</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLOs, Monitore und Alarme</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>&amp;SLO-Ziele</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Monitore</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>&amp;Canary-Tests</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>Alarm-&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>Ein neuer Eintrag (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>Noch keine SLOs. Ein SLO setzt einem Modell oder einer Route ein Ziel (99,5 % der Aufrufe gelingen, 99 % der ersten Tokens in 2 s) und alarmiert, wenn sein Fehlerbudget schnell verbrennt.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>Noch keine Monitore. Ein Monitor alarmiert bei einem Schwellenwert: einer Fehlerquote, einer Latenzspitze gegenüber den Stunden davor, Kosten pro Stunde oder fehlendem Verkehr.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>Noch keine Qualitäts-Canaries. Ein Canary stellt seinen Modellen nach Zeitplan seine Prompts, innerhalb einer Kostengrenze, und alarmiert, wenn die Bestehensquote über das Rauschen hinaus sinkt.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Aufrufe</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Ein Modell</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Ein Anbieter</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>Eine Route oder ein virtuelles Modell</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>Ein Proxy-Schlüssel</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>Das Modell, wie der Router es beim Anbieter anfragt</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>Verfügbarkeit: Aufrufe gelingen</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>Latenz: Aufrufe antworten innerhalb einer Schwelle</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>Gesamtlatenz</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>Der Anteil der Aufrufe, die gut sein müssen, über 50 % und unter 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>Aufrufe, die im langen Fenster eines Alarms nötig sind, bevor er auslösen kann</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>Latenzspitze</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten pro Stunde</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>Löst aus, wenn der Mittelwert des Fensters so viele Male über dem des Vergleichszeitraums liegt</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>Die Stunden vor dem Fenster, mit deren Mittelwert verglichen wird</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>Nachdem ein Alarm behoben ist, wartet der Monitor so lange, bevor er erneut auslöst</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>Aufrufe, die im Fenster (und im Vergleichszeitraum) nötig sind, bevor der Monitor auslösen kann</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, Namen von Routen oder virtuellen Modellen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>Ein Prompt pro Zeile als JSON-Objekt mit seinen Prüfungen, z. B. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; oder ein Prompt-Set als JSONL oder CSV</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>Wohin `serve` seine Alarme als JSON sendet (Slack, Mattermost und ähnliche eingehende Webhooks zeigen ihren Text). Geben Sie die URL an oder env:NAME bzw. keychain:NAME, die sie enthalten: Chat-Webhooks tragen ihr Token in der URL.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Als &amp;JSON bearbeiten…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>Der ganze Monitoring-Abschnitt als JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>Solange der Alarm für schnelle Verbrennung anhält, versuchen Routen dieses Modell nach ihren anderen nutzbaren Zielen</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>Nur ein SLO auf einem Modell kann es zurückstufen: Eine Route hat kein Ziel, das später versucht würde</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>Keine Probleme: Speichern wendet dies sofort an (und `serve` beim nächsten Start).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben:</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>Die Monitoring-Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>Monitoring als JSON</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>Der Abschnitt &quot;monitoring&quot; des Arbeitsbereichs: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Seine Probleme zeigt der Editor nach OK.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Kein gültiges JSON: %1 bei Position %2.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>Der Monitoring-Abschnitt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>Testalarm wird gesendet…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>Die URL des Webhooks konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>Der Webhook bei %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>Der Testalarm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>Routen und virtuelle Modelle</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>Keine Modelle: zuerst einen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>Alle Modelle stehen schon in der Liste</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>Wie in den Einstellungen (Netzwerk)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>kann leer bleiben</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>Hosts, die ohne den Proxy erreicht werden, durch Kommas getrennt: Namen, Endungen wie .domain oder *.domain, Adressen; * für alle.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>&amp;Ohne Proxy:</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>PEM-Datei mit zusätzlichen CA-Zertifikaten (optional)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>&amp;Selbstsigniertes Zertifikat dieses Anbieters akzeptieren (interne Gateways)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>Bis der Anbieter antwortet (Standard 15 s)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>Vom Beginn der Antwort bis zu ihren ersten Wörtern (Standard 120 s)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>Die längste Pause mitten in einer Antwort (Standard 90 s)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>Erstes Token:</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Leerlauf:</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Zeitlimits:</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>Weitere Versuche beim selben Anbieter nach einer Zeitüberschreitung, einem Netzwerkfehler oder einer Überlastungsantwort (Standard 1; die Einstellung einer Route hat Vorrang)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>Wie Aufrufe die Anbieter erreichen. Ein Anbieter kann eine eigene Einstellung haben (Seite Anbieter).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>Netzwerkeinstellungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Netzwerkeinstellungen nicht gespeichert: Das Proxy-Passwort konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>Das Proxy-Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>System prompt and parameters</source>
        <translation>Systemprompt und Parameter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
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
        <translation>Anbieter öffnen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>Wählen Sie zuerst ein Modell. Keine Modelle? Fügen Sie auf der Seite Anbieter einen Anbieter hinzu.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code kopiert.</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>Noch ist kein Anbieter eingerichtet.

Fügen Sie auf der Seite Anbieter einen hinzu (einen API-Schlüssel für OpenAI, Anthropic, Gemini oder einen OpenAI-kompatiblen Dienst, oder ein lokales Ollama) und kommen Sie dann zum Chatten hierher zurück.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>Die Anbieter bieten noch keine Modelle an. Wählen Sie Modelle auf der Seite Anbieter.</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>Wählen Sie oben ein Modell und schreiben Sie unten eine Nachricht.

Enter sendet, Shift+Enter fügt eine Zeile ein, Esc stoppt die Antwort. Ctrl+N beginnt eine neue Unterhaltung, Ctrl+K durchsucht sie.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Routing-Entscheidung</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>Die Routing-Entscheidung dieser Antwort ist (noch) nicht im Nutzungs-Kassenbuch.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>Noch nichts zu exportieren: Senden Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>Die Antwort stoppen oder eine Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>Die Wissensbasis konnte nicht durchsucht werden: %1. Wählen Sie unter „Wissen“ eine andere Sammlung (oder keine) und dann „Erneut versuchen“; Ihre Frage bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>Kein Anbieter ausgewählt.

Fügen Sie mit „Hinzufügen“ einen hinzu: OpenAI, Anthropic, Gemini, Ollama oder einen OpenAI-kompatiblen Dienst.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Wird in Modellnamen verwendet: ID/MODELL. Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>Modelle &amp;abrufen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>Schlüssel einfügen (wird im Schlüsselbund gespeichert, nie in Dateien)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>VARIABLENNAME</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>Neuer Anbieter: Schlüssel eintragen, dann speichern. Die Verbindung kann jederzeit getestet werden.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://host/v1 (erforderlich)</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• im Schlüsselbund als %1 gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>Ein lokaler Server braucht meist keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>Schlüssel liegen im Systemschlüsselbund oder werden aus einer Umgebungsvariablen gelesen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>Nicht gespeichert: Nennen Sie die Umgebungsvariable mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>Nicht gespeichert: Fügen Sie zuerst den API-Schlüssel ein (oder wählen Sie eine Umgebungsvariable).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>Nicht gespeichert: Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1). Wählen Sie „Umgebungsvariable“, um ihn stattdessen aus der Umgebung zu lesen.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>Den Anbieter „%1“ entfernen? Sein Schlüssel wird aus dem Schlüsselbund gelöscht; der Nutzungsverlauf bleibt.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Modelle werden abgerufen…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>Verbunden in %1 ms: %n Modell verfügbar.</numerusform>
            <numerusform>Verbunden in %1 ms: %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>Modelle (die angehakten werden angeboten; eine leere Liste bietet die Katalogmodelle dieser Art an):</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>Nicht gespeichert: Haken Sie mindestens ein Modell an (eine leere Liste würde stattdessen die Katalogmodelle anbieten).</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Den Anbieter speichern</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>US-Dollar pro Million Eingabe-Tokens</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>US-Dollar pro Million Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>Die meisten Tokens, die das Modell annimmt (Prompt und Antwort)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M &amp;ein:</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M &amp;aus:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Kon&amp;text:</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>Preise von %1:</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>Wählen Sie ein Modell, um seine Preise festzulegen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>Werkzeugschemas im älteren &amp;Schema-Format von Gemini senden</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>Für Modelle oder Endpunkte, die JSON Schema (parametersJsonSchema) ablehnen: Werkzeug- und Ausgabeschemas werden in Geminis OpenAPI-Teilmenge umgeschrieben, Schlüsselwörter, die dort fehlen, werden weggelassen.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>Die eigene Netzwerkeinstellung dieses Anbieters; leere Felder folgen den Einstellungen (Netzwerk).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Nicht gespeichert: Das Proxy-Passwort konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>sb::ui::ProxyPage</name>
    <message>
        <source>Local proxy</source>
        <translation>Lokaler Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>&amp;Proxy an</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>Von anderen Rechnern erreichbar (braucht Schlüssel)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Tokens ein/aus</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>Latenz / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>Neuer Proxy-Schlüssel</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>Name des Werkzeugs, das ihn nutzt:</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>Proxy-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>Den Schlüssel „%1“ entfernen? Werkzeuge, die ihn verwenden, erhalten 401-Fehler.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Hört auf %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>Aus. Einschalten, um http://%1:%2 anzubieten</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (Stream)</translation>
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
        <translation>alle</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>Ein Schlüssel namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>&amp;Erlaubte Webseiten:</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>keine (z. B. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>Origins von Webseiten, die den Proxy aus dem Browser aufrufen dürfen, durch Kommas getrennt. Seiten jedes anderen Origins werden abgewiesen. Ein Origin besteht aus Schema, Host und Port, so wie der Browser ihn sendet: http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>Weitere &amp;Namen dieses Rechners:</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>keine (z. B. gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>Hostnamen, unter denen andere Rechner diesen Proxy erreichen. Anfragen an jeden anderen Host werden abgewiesen (Loopback-Namen und IP-Adressen gehen immer); das verhindert DNS-Rebinding.</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>Schlüssel auswählen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>Kopiert die Einrichtung samt Schlüssel</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>Der Schlüssel für „%1“ lautet:

%2

Er liegt in Ihrem Schlüsselbund; Sie können ihn oder eine fertige Einrichtung jederzeit auf dieser Seite kopieren.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>Für den Proxy konnte kein Schlüssel angelegt werden: %1

Ohne Schlüssel betreiben? Dann kann jedes Programm auf diesem Rechner ihn nutzen und Ihr Guthaben ausgeben (Webseiten bleiben abgewiesen, sofern Sie sie nicht erlauben).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>Ihr Proxy-Schlüssel</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>Werkzeuge müssen nun diesen Schlüssel senden, um den Proxy zu nutzen:

%1

Er liegt in Ihrem Schlüsselbund. Sie können ihn oder eine fertige Einrichtung für Ihr Werkzeug jederzeit auf dieser Seite kopieren.</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, ohne Schlüssel</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>Ein Schlüssel pro Werkzeug: Werkzeuge ohne Schlüssel werden abgewiesen. Budgets pro Schlüssel legen Sie auf der Seite Nutzung fest.</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>gelesen aus %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>Letzten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>Ohne Schlüssel kann jedes Programm auf diesem Rechner den Proxy nutzen und Ihr Guthaben ausgeben. Webseiten bleiben abgewiesen, sofern ihr Origin nicht erlaubt ist.

„%1“ entfernen und ohne Schlüssel betreiben?</translation>
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
  das Modell %3 hinzufügen

Cursor sendet die meisten Anfragen von eigenen Servern, die %1 nicht erreichen:
sie brauchen eine für sie erreichbare Adresse („Von anderen Rechnern erreichbar“ und ein Tunnel, dem Sie vertrauen).
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(früher)</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Grenzen…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>Die Modelle, die dieser Schlüssel aufrufen darf, Anfragen pro Minute und eine monatliche Ausgabengrenze</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>Grenzen des Schlüssels „%1“</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>alle (oder z. B. openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>Erlaubte &amp;Modelle:</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>Monatliche &amp;Ausgabengrenze ($):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>Die Ausgabengrenze muss eine Dollarzahl sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>Ein neuer Schlüssel für ein Werkzeug, im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Den ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Den Schlüssel kopieren</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>Kein Schlüssel: Jedes Programm auf diesem Rechner kann den Proxy nutzen und Ihr Guthaben ausgeben. Webseiten werden abgewiesen, sofern ihr Origin oben nicht erlaubt ist. Legen Sie mit „Neu…“ einen an.</translation>
    </message>
    <message>
        <source>Tools on this machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, the OpenAI, Anthropic and Google Gen AI SDKs) can use your providers and routes through the OpenAI, Responses, Anthropic and Gemini endpoints served here. Every call is routed, budgeted and counted like the app&apos;s own.</source>
        <translation>Werkzeuge auf diesem Rechner (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, die SDKs von OpenAI, Anthropic und Google Gen AI) nutzen Ihre Anbieter und Routen über die hier angebotenen Endpunkte für OpenAI, Responses, Anthropic und Gemini. Jeder Aufruf wird geroutet, budgetiert und gezählt wie die der App.</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Bearbeiten:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>Virtuelles Modell</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>Noch keine virtuellen Modelle oder Routen. Legen Sie mit „Neu“ eine Route an (die Modelle, die der Reihe nach versucht werden) und dann ein virtuelles Modell (der Name, den Clients anfragen).</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>Ausweichen: der Reihe nach, bei Fehler das nächste</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>Gewichtet: Anteile nach Gewicht</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Schnellstes erstes Token</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Günstigstes</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>Am wenigsten ausgelastet</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>Zum Umordnen ziehen: die Reihenfolge ist die Ausweichreihenfolge. Ein Gewicht per Doppelklick ändern.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>Nach oben (früher in der Ausweichreihenfolge)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>Weitere Versuche beim selben Ziel nach einem wiederholbaren Fehler (Ratenlimit, Überlastung, Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>Die erste Wartezeit vor einer Wiederholung; sie verdoppelt sich mit jeder Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>Verlangt ein Anbieter längeres Warten (Retry-After), wird stattdessen ausgewichen</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Längste Wart&amp;ezeit:</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>Die Route, wenn keine Regel passt</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>Standard&amp;route:</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>Ziele überspringen, die pro Aufruf voraussichtlich mehr kosten</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>&amp;Kostengrenze pro Aufruf:</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>Ziele überspringen, deren Zeit bis zum ersten Token zuletzt langsamer war</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>&amp;Latenzbudget:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>Min. Tokens</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>Regeln werden von oben geprüft; die erste passende wählt die Route.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>Reg&amp;el hinzufügen</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>Regel nach oben (früher geprüft)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Regel nach unten</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>Das Formular zeigt die letzte lesbare Fassung. Korrigieren Sie zuerst das JSON: %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Virtuelles Modell: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>Kein aktiver Anbieter bietet dieses Modell derzeit an</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (keine solche Route)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>jede Größe</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>Passt, wenn der Prompt auf mindestens so viele Tokens geschätzt wird</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>Weglassen und im Header melden</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>Vom Anbieter ausgeführte Werkzeuge, die ein Client anfordert (Websuche, Code-Interpreter, Dateisuche) und die die API des gewählten Modells nicht ausführen kann. Ablehnen überspringt solche Ziele und antwortet, wenn keines übrig bleibt, mit 400 und dem Namen des Werkzeugs.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>&amp;Gehostete Werkzeuge, die es nicht kann:</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>keine (z. B. handbuch, verträge)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>Sammlungen der Wissensbasis, durch Kommas getrennt: Jede Anfrage über dieses Modell erhält die besten Passagen daraus als nummerierte Quellen in ihrem Systemprompt, gleich welche API der Client spricht</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>&amp;Wissenssammlungen:</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>Standard (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>Wie viele Passagen eine Anfrage höchstens erhält (sie müssen außerdem in das Token-Budget knowledgeTokens passen)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>Wissens&amp;passagen:</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>kühlt ab</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>Virtuelle Modelle und Routen</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>Eine Route nennt Ziele (ANBIETER/MODELL) und eine Strategie: fallback, weighted, latency, cost oder least_busy. Ein virtuelles Modell ist ein Name, den Clients anfragen; seine Regeln wählen eine Route nach Aufgabe (summarize, code, reasoning, vision), benötigten Fähigkeiten (tools, vision, json) oder Promptgröße, mit optionaler Kostenobergrenze (maxCostUsd) und Latenzbudget (latencyBudgetMs).</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>&amp;Beispiel einfügen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>Ein Beispielprompt, z. B. „Fasse diesen Bericht zusammen“</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>aus dem Prompt erraten</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>nutzt Werkzeuge</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>enthält ein Bild</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>Route &amp;zeigen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Gesch. Kosten</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>Warum / warum nicht</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>Das gespeicherte Routing wird erst nach einer Korrektur verwendet: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>Die Konfiguration ist ein Objekt mit „virtualModels“ und „routes“.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>Unbekannte Schlüssel: %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>Angewendet: neue Aufrufe nutzen dieses Routing.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>Fügen Sie zuerst einen Anbieter hinzu (Seite Anbieter): Routen brauchen Ziele.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>virtuelles Modell %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>Route %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>gewählt durch %1</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>Aufgabe %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>etwa %1 Eingabetokens</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>Kein Ziel: %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>Geht an %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>erste Wahl</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>Ausweichziel</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
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
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>Wählen Sie einen Aufruf, um zu sehen, warum er dorthin ging.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Aufrufe</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>Probeaufruf: Schutzschalter halb offen nach %n Fehler, ein Aufruf darf ihn testen</numerusform>
            <numerusform>Probeaufruf: Schutzschalter halb offen nach %n Fehlern, ein Aufruf darf ihn testen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 failed (%3%)</source>
        <translation>%1 von %2 fehlgeschlagen (%3 %)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>Aktuelle Fehlerquote, mit Gewicht auf den letzten Aufrufen (danach routet der Router): %1 %</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>Die Routing-Konfiguration anwenden</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>der Text ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>Gültig, aber Anfragen über diese virtuellen Modelle schlagen fehl, bis die Sammlungen existieren (switchboard-cli kb create NAME): %1</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>%1: %2% of the error budget left, burning %3x</source>
        <translation>%1: %2 % des Fehlerbudgets übrig, Verbrauch %3-fach</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1: noch keine Aufrufe</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>herabgestuft: %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · im Routing herabgestuft</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>Läufe von %1 vergleichen</translation>
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
        <translation>Nur die geänderten Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Ausgabe A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Ausgabe B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Kosten A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Kosten B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>Latenz A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>Latenz B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Datenverzeichnis:</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>Das Datenverzeichnis muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 ist eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Jetzt verwendet: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Enter (Umschalt+Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Strg+Enter (Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>Nachricht &amp;senden mit:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>Switchboard bei der Anme&amp;ldung starten</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Antworten:</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>C&amp;ode in Antworten:</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>Die Schriften gelten sofort für Antworten im Playground und in Vergleichen.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>Gilt sofort für die Eingabe im Playground und in Vergleichen.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>&amp;Neue Unterhaltungen nutzen:</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>&amp;Vergleich beginnt mit:</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>Noch keine Modelle: Fügen Sie auf der Seite „Anbieter“ einen Anbieter hinzu und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>Unterhaltungen &amp;behalten:</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>Playground-Unterhaltungen, die so viele Tage nicht geändert wurden, werden beim Start und einmal täglich gelöscht.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>A&amp;lle lokalen Daten löschen…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Alle lokalen Daten löschen</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>Das zuletzt genutzte Modell</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard wird beendet, löscht Folgendes und startet leer neu:

• in %1: die Datenbank (Unterhaltungen, das Nutzungsprotokoll, Vergleiche und Stimmen, Wissenssammlungen und ihr Index, Läufe der Workflows, Monitoring-Verlauf) und die Arbeitsbereichsdatei (Anbieter, Routen, Budgets, Proxy-Schlüssel, Workflows)
• alle Einstellungen dieses Dialogs
• die Schlüssel im Schlüsselbund des Systems, auf die der Arbeitsbereich verweist (Anbieter- und Proxy-Schlüssel)

Erhalten bleiben: Umgebungsvariablen, die in die Wissensbasis importierten Dateien, exportierte Dateien und andere Dateien im Ordner.

Das lässt sich nicht rückgängig machen. Exportieren Sie vorher den Arbeitsbereich, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>Dann wird beim Start der lokale Proxy eingeschaltet, und das Fenster öffnet sich über das Symbol im Infobereich. Ohne Infobereich öffnet es sich wie gewohnt.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>Unterhaltungen, Vergleiche, Nutzung und die Arbeitsbereichsdatei liegen im Datenverzeichnis. Ein neues Datenverzeichnis gilt nach einem Neustart; Dateien werden nicht verschoben.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>Quelle [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Passage kopieren</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>Die Datei liegt nicht mehr unter %1: Sie wurde seit dem Import verschoben oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>Schritt %1 vergleichen</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>Die Eingabe, die Schritt %1 in diesem Lauf bekam, geht an die Modelle, die Sie ankreuzen, nebeneinander im Vergleich.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>%n Modell gewählt.</numerusform>
            <numerusform>%n Modelle gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>Wählen Sie %1 bis %2 Modelle (%3 gewählt).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>Wählen Sie einen Schritt auf der Arbeitsfläche, um ihn zu bearbeiten. Schritte kommen aus der Palette: auf die Arbeitsfläche ziehen oder doppelklicken. Ziehen Sie vom Anschluss rechts an einem Schritt zu einem anderen, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>Im angezeigten Lauf</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>Seine Schritte öffnen</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>Die Schritte bearbeiten, die dieser Schritt für jedes Element ausführt (oder ihn auf der Arbeitsfläche doppelklicken)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>Unbekannte Art &quot;%1&quot;: in der JSON-Ansicht korrigieren.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>Buchstaben, Ziffern und &apos;_&apos;; andere Schritte lesen diesen als steps.ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>Noch kein JSON (%1 an Stelle %2): der Schritt behält sein letztes Schema.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>Ein Schema ist ein JSON-Objekt: der Schritt behält sein letztes.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>Zeichenfolgen, die die Antwort beenden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latenz: %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Zweig: %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>aus einer Aufzeichnung wiedergegeben</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>Auf anderen Modellen vergleichen…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>Die Eingabe dieses Schritts (System- und Benutzer-Prompt wie eingesetzt, seine Parameter) an 2 bis 6 Modelle nebeneinander im Vergleich senden</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>Schrittarten</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>Auf die Arbeitsfläche ziehen oder doppelklicken.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Teamserver:</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>Die Anbieter des Arbeitsbereichs vom Typ Switchboard-Teamserver</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Team wird geladen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>Kopieren Sie den neuen Schlüssel jetzt: Der Server speichert nur seinen Hash, er kann also nicht noch einmal angezeigt werden. Geben Sie ihn dem Mitglied über einen sicheren Weg.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ich habe ihn kopiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Aktive Schlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Name des neuen Mitglieds</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Ausgewählt:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Widerrufene zeigen</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>Das Mitglied, dem der neue Schlüssel gehört</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>Bezeichnung, z. B. Laptop</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> pro min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>Anfragen pro Minute, die dieser Schlüssel auf allen Servern des Teams zusammen stellen darf (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>Ein neuer Schlüssel für dasselbe Mitglied mit derselben Bezeichnung und Grenze; der ausgewählte wirkt sofort nicht mehr</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>Der Schlüssel ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>Dieser Arbeitsbereich hat keinen Teamserver. Fügen Sie unter Anbieter einen Anbieter vom Typ „Switchboard-Teamserver“ mit der Adresse des Servers und dem Schlüssel eines Mitglieds hinzu.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>Sie sind &lt;b&gt;%1&lt;/b&gt;, Rolle: %2.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>Nur die Administratoren des Teams sehen und verwalten Mitglieder, Schlüssel und Prüfprotokoll. Bitten Sie einen Administrator um einen neuen Schlüssel oder eine andere Rolle.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>erneuert, jetzt %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>Das dürfen nur die Administratoren des Teams; Ihre Rolle ist %1.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 ist dem Team beigetreten, Rolle: %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>%1 aus dem Team entfernen? Die Schlüssel wirken sofort nicht mehr; Kassenbuch und Prüfprotokoll behalten den Namen.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 wurde aus dem Team entfernt.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>Schlüssel %1 für %2 erstellt.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>Schlüssel %1 widerrufen? Jedes Werkzeug, das ihn nutzt, wird ab sofort auf allen Servern des Teams abgewiesen.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>Schlüssel %1 ist widerrufen.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>Schlüssel %1 durch einen neuen ersetzen? Der alte wirkt sofort nicht mehr; das Mitglied braucht den neuen.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>Schlüssel %1 ist durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>Mitglieder, Schlüssel, Budgets und das Audit-Protokoll erneut vom Team-Server laden</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Weiches Limit</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Hartes Limit</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Festgelegt in</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>Was die laufenden Aufrufe noch kosten können: bis zu ihrem Ende auf das harte Limit angerechnet</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>Ein weiches Limit warnt, wenn die Ausgaben des Mitglieds es erreichen. Ein hartes Limit lehnt seine Aufrufe ab, sobald die Ausgaben und die laufenden Aufrufe es überschreiten könnten, auf allen Servern des Teams zusammen. Ein leeres Feld bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>Das Mitglied, für das das Budget gilt</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>UTC-Tage oder UTC-Kalendermonate</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>Weich $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>Hart $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Budget speichern</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>Legt das Budget des Mitglieds für diesen Zeitraum fest und ersetzt das bisherige</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>Entfernt das ausgewählte Budget</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>Arbeitsbereichsdatei des Servers</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>In der Arbeitsbereichsdatei des antwortenden Servers festgelegt; ändern Sie es dort, oder legen Sie hier das Budget des Mitglieds für diesen Zeitraum fest, um es auf allen Servern des Teams zu ersetzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>„%1“ ist kein Dollarbetrag: Geben Sie eine Zahl wie 12,50 ein oder lassen Sie das Limit leer.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>Geben Sie ein weiches Limit, ein hartes Limit oder beide ein. Um ein Budget zu entfernen, wählen Sie es aus und klicken Sie auf Entfernen.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>Das Budget von %1 (%2) ist gespeichert.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Budget entfernen</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>Das Budget von %1 (%2) entfernen? Seine Aufrufe werden dann auf keinem Server des Teams mehr dadurch begrenzt.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>Das Budget von %1 (%2) ist entfernt.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>Neuer Workflow aus einer Vorlage</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>Was jeder Platzhalter der Vorlage verwendet. Leer gelassen behält ein Platzhalter seinen Namen, der dann ein virtuelles Modell, eine Route oder eine Sammlung des Arbeitsbereichs sein muss.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Modell): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Sammlung): %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard lädt nie selbst etwas herunter und installiert nichts: Öffnen Sie die Download-Seite oder aktualisieren Sie mit Ihrer Paketverwaltung.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>Download-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>Diese Version ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>%1 wird nach neuen Versionen durchsucht…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 ist die neueste Version.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Switchboard %1 ist erschienen. Sie haben %2.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>Sie haben sie übersprungen: Switchboard meldet sich wieder, wenn eine neuere Version erscheint.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (Vorabversion)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1, erschienen am %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>Keine Hinweise zu dieser Version.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…und %1 ältere Versionen: siehe Download-Seite.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>Auch über &amp;Vorabversionen informieren</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>Release-&amp;Feed:</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>&amp;Jetzt prüfen…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>beim Erstellen festgelegt</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>Diese Installation wird verwaltet (%1): Neue Versionen kommen über Ihre Paketverwaltung oder Ihre Administration, daher ist die automatische Suche aus, bis Sie sie einschalten.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>Zuletzt geprüft: %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>Aktualisierungen nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>&amp;Automatisch nach neuen Versionen suchen</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>Die automatische Suche läuft beim Start und danach höchstens einmal am Tag. Eine Prüfung liest den Feed (eine kleine JSON-Datei, über die Netzwerkeinstellungen) und zeigt die Neuerungen in einem Fenster. Switchboard lädt nie selbst etwas herunter und installiert nichts.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Webseiten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>&amp;Webseiten, die in „%1“ importiert werden sollen, eine Adresse pro Zeile:</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>Jede Seite wird abgerufen (höchstens 64 MB, 30 s) und nach ihrem Inhaltstyp gelesen: HTML, Markdown, Text, CSV, JSON, PDF oder Office-Dokumente. Eine unveränderte Seite wird beim erneuten Hinzufügen nicht noch einmal eingebettet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>Zeile %1: „%2“ fehlt http:// oder https:// am Anfang. Schreiben Sie die ganze Adresse, z. B. https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>Zeile %1: „%2“ ist keine gültige Webadresse. Prüfen Sie sie auf Leerzeichen und Tippfehler oder kopieren Sie sie aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>Zeile %1: „%2“ ist keine Webseite: Nur http://- und https://-Adressen lassen sich importieren. Lokale Dateien fügen Sie mit „Dateien hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>Zeile %1: „%2“ nennt keinen Server. Schreiben Sie sie wie https://example.com/seite.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>%n Seite zu importieren.</numerusform>
            <numerusform>%n Seiten zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>Geben Sie eine oder mehrere Adressen ein, die mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Ausgaben</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>Tokens pro UTC-Tag nach Art. Die Ausgabe enthält kein Reasoning.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>Latenz und Zeit bis zum ersten Token erfolgreicher Aufrufe pro Modell (die %1 meistgenutzten), in Millisekunden.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>Anteil fehlgeschlagener Versuche pro Anbieter (abgebrochene Aufrufe sind keine Fehler).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>&amp;Größte Ausgaben</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>Au&amp;frufe</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Budgets</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>Zeigen Sie auf einen Balken, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Letzter Tag (UTC), einschließlich</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Das Nutzungsbuch wird gelesen…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Das Kassenbuch neu lesen (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>Ausgaben pro UTC-Tag, gestapelt nach</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>Schlüssel (Proxy-Schlüssel, Unterhaltung)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>Schlüssel nach Kosten (Proxy-Schlüssel, Unterhaltungen, Vergleiche)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>Teuerste Anfragen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>Nutzung ist nicht verfügbar: das Kassenbuch läuft nicht.</translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>Ausgaben %1 · %2 Aufrufe (%3 Anfragen) · %4 Tokens · Fehlerquote %5 % (%6 Fehler)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Das Kassenbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>Hartes Budgetlimit erreicht: %1, %2 von %3 ausgegeben. Betroffene Aufrufe werden verweigert.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>Weiches Budgetlimit erreicht: %1, %2 von %3 ausgegeben.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>Das Kassenbuch neu lesen</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>%n Aufruf in diesem Zeitraum nutzte ein Modell ohne Preis: Seine Kosten sind unbekannt, und Summen, Diagramme und Budgets lassen sie aus. Legen Sie die Preise des Modells auf der Seite Anbieter fest.</numerusform>
            <numerusform>%n Aufrufe in diesem Zeitraum nutzten Modelle ohne Preis: Ihre Kosten sind unbekannt, und Summen, Diagramme und Budgets lassen sie aus. Legen Sie die Preise der Modelle auf der Seite Anbieter fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Team-Server: meine</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>Wessen Ledger: das dieses Computers oder das des Team-Servers (Admins und Betrachter sehen die Aufrufe aller Mitglieder, ein Mitglied nur seine eigenen)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mit&amp;glied:</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>Die Aufrufe des Team-Servers kommen alle über seinen Proxy</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>Die Aufrufe des Teams und ihre Prompts bleiben auf dem Team-Server</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>Die Budgets der Mitglieder stehen auf der Team-Seite</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>Ledger des Team-Servers wird gelesen …</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Ihre Aufrufe (%1) auf dem Team-Server „%2“.</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Ihre Aufrufe (%1) auf dem Team-Server „%2“: Ein Mitglied sieht nur seine eigenen.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Die Aufrufe aller Mitglieder auf dem Team-Server „%1“.</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Die Aufrufe von %1 auf dem Team-Server „%2“.</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>Die Nutzung des Team-Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>Perzentile aus täglichen Histogrammen geschätzt, auf %1 genau.</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>Der Team-Server berechnet die Perzentile aus seinen täglichen Latenz-Histogrammen statt aus jedem einzelnen Aufruf. Die Anzahl der Aufrufe ist exakt.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>tägliches Budget des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>monatliches Budget des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>tägliches Budget des Anbieters %1</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>monatliches Budget des Anbieters %1</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>tägliches Budget des Proxy-Schlüssels %1</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>monatliches Budget des Proxy-Schlüssels %1</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>tägliches Budget des Teammitglieds %1</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>monatliches Budget des Teammitglieds %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>Version %1 und Version %2 sind gleich.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>Was sich von Version %1 zu Version %2 geändert hat:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the workflow</source>
        <translation>der Workflow</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>in „Für jedes“ %1</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>Kante %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>bei %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Switchboard&lt;/h2&gt;&lt;p&gt;Verbinden wir Ihren ersten Modellanbieter. Switchboard sucht nach API-Schlüsseln, die Sie bereits haben, und nach Modellen, die auf diesem Computer laufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>Suche nach API-Schlüsseln in der Umgebung und nach Ollama oder LM Studio auf diesem Computer…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>Gefundene Anbieter</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Arbeitsbereichsdatei. Jeder Anbieter wird getestet, bevor er hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>Verbindungen werden getestet…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>Richten Sie Anbieter selbst auf der Seite „Anbieter“ ein. Hilfe &gt; Willkommen zeigt dies wieder an.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>&amp;Hinzufügen und testen</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>&amp;Playground öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>&amp;Anbieter öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>%1 auf diesem Computer: %n Modell</numerusform>
            <numerusform>%1 auf diesem Computer: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1, mit dem Schlüssel in %2</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>In der Umgebung wurde kein API-Schlüssel gefunden, und auf diesem Computer hat weder Ollama noch LM Studio geantwortet. Fügen Sie auf der Seite „Anbieter“ einen Anbieter mit einem Schlüssel aus der Konsole Ihres Anbieters hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>%n Anbieter gefunden. Entfernen Sie das Häkchen bei denen, die Sie nicht hinzufügen möchten.</numerusform>
            <numerusform>%n Anbieter gefunden. Entfernen Sie das Häkchen bei denen, die Sie nicht hinzufügen möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: nicht hinzugefügt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1: verbunden in %2 ms, %n Modell.</numerusform>
            <numerusform>%1: verbunden in %2 ms, %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1: nicht hinzugefügt: Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>Die Anbieter konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>Es konnte kein Anbieter hinzugefügt werden. Prüfen Sie die Meldungen unten und fügen Sie dann auf der Seite „Anbieter“ einen Anbieter hinzu.</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>Fertig. Ihre Anbieter sind gespeichert und im Playground bereit.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>%n Kante löschen</numerusform>
            <numerusform>%n Kanten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n Schritt löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>Es gibt keinen Schritt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>Kanten bleiben innerhalb eines Graphen: &quot;%1&quot; und &quot;%2&quot; liegen nicht im selben.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>Ein Schritt kann nicht auf sich selbst folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>&quot;%1&quot; ist bereits mit &quot;%2&quot; verbunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>&quot;%1&quot; läuft bereits nach &quot;%2&quot;: diese Kante ergäbe einen Kreis, und jeder Schritt läuft nur einmal.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>%1 mit %2 verbinden (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>Eine Id beginnt mit einem Buchstaben oder &apos;_&apos; und enthält Buchstaben, Ziffern und &apos;_&apos; (höchstens 64).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>Ein anderer Schritt heißt &quot;%1&quot;; Ids sind in einem Workflow eindeutig.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>%1 des Workflows bearbeiten</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;; der Proxy bietet den Workflow als Modell workflow:NAME an</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>Eingaben eines Laufs (input.NAME in Vorlagen und Ausdrücken):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Eingabe entfernen</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>Einen Lauf doppelklicken, um seine Schritte auf der Arbeitsfläche zu sehen; zwei auswählen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>Die Schritte des Laufs auf der Arbeitsfläche zeigen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>Zwei Läufe auswählen, um sie Schritt für Schritt zu vergleichen</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>Noch keine Läufe dieses Workflows.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>Ein neuer Workflow: ein Modell beantwortet den Text der Eingabe</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>Eine Kopie des gespeicherten Workflows</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>Den Workflow umbenennen (speichert ihn)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>Zurück zu den eigenen Schritten des Workflows</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>Den Workflow im Arbeitsbereich speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>Die Schritte in Ebenen nach Abhängigkeit anordnen (Strg+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Vergrößern (Strg+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>Alle Schritte zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>Der Workflow, wie der Arbeitsbereich ihn speichert. Hier bearbeiten und übernehmen, oder Arbeitsfläche und Inspektor verwenden.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>Kein JSON: %1 an Stelle %2.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>Ein Workflow ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>Den Workflow speichern</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>Die Schritte nach Abhängigkeit anordnen</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>So zoomen, dass alle Schritte zu sehen sind</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>Den Workflow ausführen</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Die ausgewählten Schritte kopieren</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Schritte einfügen</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>Die ausgewählten Schritte und Kanten löschen</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Alle Schritte auswählen</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>Ihre Änderungen an &quot;%1&quot; speichern? (Nein verwirft sie.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>Noch kein Workflow: mit Neu einen beginnen.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>Nicht gespeichert: dem Workflow einen Namen geben (Reiter Workflow).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>Nicht gespeichert: ein anderer Workflow heißt &quot;%1&quot;; einen anderen Namen wählen (Reiter Workflow).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>Gespeichert. %n Problem verhindert, dass er läuft.</numerusform>
            <numerusform>Gespeichert. %n Probleme verhindern, dass er läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; umbenannt und gespeichert.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>Den Workflow löschen</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>Den Workflow &quot;%1&quot; aus dem Arbeitsbereich löschen? Seine Läufe bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (jedes Element)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>%n Schritt kopiert.</numerusform>
            <numerusform>%n Schritte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Die Zwischenablage enthält keine Schritte zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>%n Schritt eingefügt.</numerusform>
            <numerusform>%n Schritte eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>Schritte anordnen</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>Keine Probleme: der Workflow kann laufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>Der Router läuft nicht: zuerst einen Anbieter hinzufügen (Seite Anbieter).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>Zuerst seine Probleme beheben (sie stehen unter der Arbeitsfläche).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%1 von %n Element fertig</numerusform>
            <numerusform>%1 von %n Elementen fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>Zuerst den Lauf fortsetzen, dann den Wert ablehnen.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Den Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>Den Lauf öffnen</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>Den Lauf %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>Einer der Läufe ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Vorlage…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>Ein neuer Workflow aus einer Vorlage: Dokument-Triage, Support-Antwort, Code-Review, Stapelübersetzung</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>Einen Workflow aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>Den Workflow, wie er im Editor ist, in eine Datei speichern</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>„%1“ ist im Arbeitsbereich gespeichert, aber seine Version wurde nicht aufbewahrt: %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>Version %1 von „%2“ wiederherstellen? Sie wird als neueste Version gespeichert; Rückgängig im Editor nimmt das zurück.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>Ihre ungespeicherten Änderungen werden ersetzt (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Eine Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>Version %1 wiederhergestellt und als neueste Version gespeichert (Rückgängig nimmt das zurück).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Neuer Workflow aus einer Vorlage</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>„%1“ aus der Vorlage „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>Einen Workflow importieren</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Workflow-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>Der Arbeitsbereich hat einen anderen Workflow namens „%1“. Ihn ersetzen (er bleibt in seinen Versionen), beide behalten oder den aus der Datei unter einem anderen Namen importieren?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>Anderer Name…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>Name des importierten Workflows:</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>Der Arbeitsbereich hat „%1“ bereits, unverändert.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>„%1“ durch den aus der Datei ersetzt.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>Den Workflow exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>Nur ein abgeschlossener Modellschritt des gezeigten Laufs lässt sich vergleichen; führen Sie den Workflow zuerst aus.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Wählen Sie %1 bis %2 Modelle.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>Diesen Schritt vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>Der Vergleich sendet nur Text: die %n Datei, die der Schritt bekam, bleibt weg.</numerusform>
            <numerusform>Der Vergleich sendet nur Text: die %n Dateien, die der Schritt bekam, bleiben weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>ein anderer Workflow heißt „%1“</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>Aus einer JSON-Datei laden…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>{&quot;file&quot;: &quot;PFAD&quot;} darin steht für den Inhalt dieser Datei</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>Der Schritt, der den Lauf über diese Kosten brächte, startet nicht</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>Kostengrenze</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>Den Workflow so ausführen, wie er im Editor steht (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>Dort weitermachen, wo der Lauf stehen blieb; fertige Schritte laufen nicht noch einmal</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Wartet auf Ihre Prüfung</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>Den Wert vor der Freigabe bearbeiten, um Ihre Fassung weiterzugeben (JSON oder reiner Text)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>Warum (für Ablehnen)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>Noch kein Lauf. Die Eingabe ausfüllen und Ausführen drücken.</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>Die Ausgabe des Laufs</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Eingabe (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>eine zu lesende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>Die Eingabe ist kein JSON: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 ist kein JSON: als JSON schreiben, z. B. [&quot;a&quot;, &quot;b&quot;] oder {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 ist nicht genau ein JSON-Wert.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>Die Eingabe laden</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>Fortsetzen macht weiter, ohne die fertigen Schritte zu wiederholen.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>Schritt %1 wartet: den Wert freigeben (vorher bearbeiten, um Ihre Fassung weiterzugeben) oder ablehnen.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>Von wem, und warum</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>Die Nummer der Version</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>Jede gespeicherte Version bleibt erhalten. Wählen Sie eine zum Wiederherstellen, zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>Die gewählte Version wieder zur neuesten machen (Rückgängig im Editor nimmt das zurück)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>Wählen Sie zwei Versionen, um Schritt für Schritt zu sehen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>wie in der Arbeitsbereichsdatei vorgefunden</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>aus der Vorlage %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>Noch keine gespeicherten Versionen: jedes Speichern bewahrt eine auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n Version, keine je gelöscht.</numerusform>
            <numerusform>%n Versionen, keine je gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>Der Arbeitsbereich enthält Ihre Anbieter, Routen, Proxy-Einstellungen und Budgets. Teams teilen ihn, indem sie die Datei exportieren und importieren; Schlüssel bleiben im Schlüsselbund jeder Person.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routing:</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>Lokaler Proxy:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>Schlüssel liegen im Systemschlüsselbund und werden im Arbeitsbereich als keychain:NAME angegeben oder als env:VAR aus der Umgebung gelesen. Sie werden nie in Dateien, Protokolle oder die Datenbank geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n virtuelles Modell</numerusform>
            <numerusform>%n virtuelle Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n Budget</numerusform>
            <numerusform>%n Budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (Schemaversion %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>verfügbar (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Switchboard-Arbeitsbereich (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>Die Datei wurde nicht importiert; Ihr Arbeitsbereich ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>Den Arbeitsbereich „%1“ (%2) durch „%3“ (%4) aus %5 ersetzen?

Schlüssel sind nicht Teil der Datei: Verweise wie keychain:NAME müssen in Ihrem Schlüsselbund vorhanden sein.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Switchboard-Arbeitsbereich (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>Nach %1 exportiert. Die Datei enthält nur Verweise auf Schlüssel, nie die Schlüssel selbst.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>%1 lässt sich nicht ändern. Prüfen Sie, ob Ihr Konto seinen eigenen Run-Schlüssel bearbeiten darf.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>%1 lässt sich nicht entfernen. Löschen Sie die Datei selbst oder machen Sie ihren Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen. Machen Sie den übergeordneten Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>%1 lässt sich nicht schreiben. Machen Sie den Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>es ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>es ist kein Release-Feed von Switchboard (ein Objekt mit &quot;format&quot;: &quot;%1&quot; und einer Liste &quot;releases&quot;)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>der Feed hat das Format &quot;%1&quot;, das diese Version nicht liest (sie liest &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>der Feed listet %1 Versionen auf, mehr als die %2, die diese Version liest</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>keine seiner Versionen hat eine Versionsnummer der Form MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>die Feed-URL muss eine http- oder https-Adresse sein, etwa https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>Kein Release-Feed eingestellt: Tragen Sie seine URL unter Einstellungen, Aktualisierungen ein.</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>Der Release-Feed %1 kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>Es kann nicht nach Aktualisierungen gesucht werden: %1. Prüfen Sie das Passwort des Netzwerk-Proxys (Einstellungen, Netzwerk).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>Es kann nicht nach Aktualisierungen gesucht werden: Die Netzwerkeinstellungen sind nicht verwendbar (%1). Korrigieren Sie sie unter Einstellungen, Netzwerk.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>Die Antwort von %1 ist größer als %2 KiB, weit mehr als ein Release-Feed: Prüfen Sie die Feed-URL unter Einstellungen, Aktualisierungen.</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 ist kein Release-Feed: Sein JSON ist fehlerhaft (%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 ist kein Release-Feed: Es kam %2 statt JSON. Prüfen Sie die Feed-URL unter Einstellungen, Aktualisierungen.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>Der Release-Feed unter %1 antwortete mit HTTP-Status %2: Prüfen Sie die Feed-URL unter Einstellungen, Aktualisierungen.</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>Der Release-Feed unter %1 hat nicht rechtzeitig geantwortet (%2). Prüfen Sie die Netzwerkeinstellungen (Einstellungen, Netzwerk) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>Der Release-Feed unter %1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und die Netzwerkeinstellungen (Einstellungen, Netzwerk) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 ist kein Release-Feed, den diese Version lesen kann: %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>muss ein Array von Schritten sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>muss ein Array von Kanten sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>muss ein Objekt mit id und kind sein</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>muss ein Name sein</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>erforderlich (eines von %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist nicht eines von %2</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>muss ein Objekt mit from und to sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>unbekannter Schlüssel „%1“ (eine Kante hat from, to und when)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>muss true, false oder eine Kategorie sein</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>eine Map braucht Schritte, die für jedes Element laufen</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>das Ergebnis jedes Elements ist der Wert eines Ausgabeschritts oder des einen Schritts, auf den nichts folgt; fügen Sie einen Ausgabeschritt hinzu</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>erforderlich: die id des Schritts, den die Kante verlässt</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>erforderlich: die id des Schritts, in den die Kante führt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>„%1“ kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>dieselbe Kante von „%1“ nach „%2“ gibt es zweimal</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>eine Kante aus der Bedingung „%1“ sagt, wann sie genommen wird: true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>„%1“ ist keine Kategorie von „%2“ (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>nur Kanten aus einer Bedingung oder einem Klassifizierungsschritt haben when; „%1“ ist ein Schritt der Art %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>„%1“ liegt außerhalb der Schritte dieser Map</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>„%1“ liegt in der Map „%2“; Kanten bleiben innerhalb der Schritte einer Map</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>kein Schritt „%1“</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>die Schritte bilden einen Kreis: %1; ein Workflow führt jeden Schritt einmal aus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>„%1“ muss mit einem Buchstaben oder &apos;_&apos; beginnen und Buchstaben, Ziffern und &apos;_&apos; enthalten (höchstens 64)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>unbekanntes Feld; %1-Schritte haben %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>nur Schritte, die ein Modell, die Wissensdatenbank oder einen Dokumentleser aufrufen, wiederholen und haben Zeitlimits; ein %1-Schritt tut nichts davon</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>nennen Sie ein Modell: PROVIDER/MODEL, eine Route oder ein virtuelles Modell</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>muss ein Ausdruck als Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>muss ein Array von Ausdrücken sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>muss ein Ausdruck als Text sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>muss ein Array von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>muss ein JSON-Schema-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>muss eine Zahl von 0 bis 2 sein</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>muss eine ganze Zahl von %1 bis 1000000000 sein</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>muss minimal, low, medium oder high sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>unbekannter Parameter; es gibt temperature, topP, maxTokens, reasoningEffort, seed, stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>ein Klassifizierungsschritt braucht mindestens zwei Kategorien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>„%1“ gibt es zweimal</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>nennen Sie mindestens eine Sammlung der Wissensdatenbank</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 nimmt %2, nicht %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>erforderlich für %1: %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>der zu erzeugende Text, mit {{...}}-Lücken</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>der zu bearbeitende Wert, z. B. steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>wo im Wert gesucht wird, z. B. items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>muss ein Pfad wie total oder items[0].name sein</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>das Muster hat %1 Gruppe(n) in Klammern; group ist eine davon oder 0 für den ganzen Treffer</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 gibt es nur in den Schritten einer Map</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run hat %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>unbekannter Name „%1“; Pfade beginnen mit input, steps, run%2</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>nennen Sie einen Schritt: steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 ist nichts, was ein Schritt hat; es gibt %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>ein Schritt kann sein eigenes Ergebnis nicht lesen</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 läuft nicht vor %2; fügen Sie eine Kante von %1 (oder einem Schritt danach) zu %2 hinzu</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 läuft in der Map „%2“ für jedes Element; lesen Sie steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 läuft nicht vor %2</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>erforderlich (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 wurde von einem neueren Switchboard geschrieben (diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>unbekannter Schlüssel (ein Workflow hat %1)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>muss ein JSON-Schema-Objekt sein</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>Workflow %1 ist nicht gültig:</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>„%1“ muss aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos; bestehen (höchstens 64)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>ein Workflow braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>„%1“ ist die id eines anderen Schritts; ids sind in einem Workflow eindeutig</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>fügen Sie einen Ausgabeschritt hinzu: er sagt, was der Lauf zurückgibt</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>ein anderer Workflow heißt „%1“</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (kein Wert)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>eine Zahl darf nicht direkt in einen Namen übergehen (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>unbekannte Escape-Sequenz &apos;\%1&apos; (verwenden Sie \&quot;, \&apos;, \\, \n oder \t)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>die Zeichenkette ist nicht geschlossen (fügen Sie %1 hinzu)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; vergleicht nicht; verwenden Sie ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>unerwartet: %1 nach einem vollständigen Ausdruck</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>Vergleiche lassen sich nicht verketten; verbinden Sie sie mit &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>&apos;)&apos; zum Schließen der &apos;(&apos; bei %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>ein Wert wird erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>ein Wert wird erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>unbekannte Funktion &apos;%1&apos; (es gibt %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>im Aufruf von %1 wird &apos;,&apos; oder &apos;)&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() nimmt genau einen Wert, nicht %2</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>nach &apos;.&apos; wird ein Name erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>ein Listenindex ist eine ganze Zahl, nicht %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>nach &apos;[&apos; wird ein Listenindex oder ein Schlüssel in Anführungszeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>&apos;]&apos; zum Schließen der &apos;[&apos; bei %1 erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; kann %2 und %3 nicht der Größe nach vergleichen</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>eine Zeichenkette kann nicht %1 enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; braucht eine Zeichenkette, eine Liste oder ein Objekt, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; braucht Zahlen, nicht %2 und %3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() braucht eine Zeichenkette, eine Liste oder ein Objekt, nicht %1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() kann %1 nicht als Zahl lesen</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; braucht eine Zahl, nicht %1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; wird nicht mit &apos;}}&apos; geschlossen</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>leeres {{ }}: Setzen Sie einen Wert hinein, z. B. {{input.text}}</translation>
    </message>
</context>
</TS>
