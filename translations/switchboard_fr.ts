<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot remove %1: close the programs that use it, then start Switchboard again.</source>
        <translation>Impossible de supprimer %1 : fermez les programmes qui l&apos;utilisent, puis relancez Switchboard.</translation>
    </message>
</context>
<context>
    <name>RoutingTrace</name>
    <message>
        <source>Asked for: %1</source>
        <translation>Demandé : %1</translation>
    </message>
    <message>
        <source>Client spoke: %1</source>
        <translation>Le client a parlé : %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modèle virtuel : %1</translation>
    </message>
    <message>
        <source>Route: %1 (%2)</source>
        <translation>Route : %1 (%2)</translation>
    </message>
    <message>
        <source>Chosen by rule: %1</source>
        <translation>Choisi par la règle : %1</translation>
    </message>
    <message>
        <source>Task: %1%2</source>
        <translation>Tâche : %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (deviné)</translation>
    </message>
    <message>
        <source>  candidate %1</source>
        <translation>  candidat %1</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  ignoré %1 : %2</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>  %1. %2: answered in %3 ms</source>
        <translation>  %1. %2 : réponse en %3 ms</translation>
    </message>
    <message>
        <source>  %1. %2: failed after %3 ms, %4%5: %6</source>
        <translation>  %1. %2 : échec après %3 ms, %4%5 : %6</translation>
    </message>
    <message>
        <source>; waited %1 ms before the next</source>
        <translation>; attente de %1 ms avant la suivante</translation>
    </message>
    <message>
        <source>
      changed for this upstream: %1</source>
        <translation>
      modifié pour ce fournisseur : %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Répondu par : %1</translation>
    </message>
    <message>
        <source>  candidate %1, demoted: %2</source>
        <translation>  candidat %1, rétrogradé : %2</translation>
    </message>
    <message>
        <source>SLO “%1” burns its error budget %2x over 1 h and %3x over 5 min (fast alert above %4x)</source>
        <translation>Le SLO « %1 » consomme son budget d’erreurs %2x sur 1 h et %3x sur 5 min (alerte rapide au-dessus de %4x)</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Spend per day</source>
        <translation>Dépenses par jour</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (day total %4)</source>
        <translation>%1 le %2 : %3 (total du jour %4)</translation>
    </message>
    <message>
        <source>Spend per day: no calls in this range</source>
        <translation>Dépenses par jour : aucun appel sur cette période</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>cached (read)</source>
        <translation>cache (lecture)</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>écriture en cache</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>Jetons par jour</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>%1 tokens on %2: %3</source>
        <translation>%1 jetons le %2 : %3</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>latence p50</translation>
    </message>
    <message>
        <source>latency p95</source>
        <translation>latence p95</translation>
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
        <translation>Latence par modèle : aucun appel réussi sur cette période</translation>
    </message>
    <message>
        <source>Latency per model</source>
        <translation>Latence par modèle</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>%1, %2: %3 ms (%4 successful calls)</source>
        <translation>%1, %2 : %3 ms (%4 appels réussis)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>taux d&apos;erreur (%)</translation>
    </message>
    <message>
        <source>Error rate per provider: no calls in this range</source>
        <translation>Taux d&apos;erreur par fournisseur : aucun appel sur cette période</translation>
    </message>
    <message>
        <source>Error rate per provider</source>
        <translation>Taux d&apos;erreur par fournisseur</translation>
    </message>
    <message>
        <source>errors per attempt</source>
        <translation>erreurs par tentative</translation>
    </message>
    <message>
        <source>%1: %2% errors (%3 of %4 attempts; %5 cancelled)</source>
        <translation>%1 : %2 % d&apos;erreurs (%3 sur %4 tentatives ; %5 annulées)</translation>
    </message>
</context>
<context>
    <name>WorkflowCanvas</name>
    <message>
        <source>any label</source>
        <translation>toute étiquette</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type inconnu « %1 »</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>aucun modèle</translation>
    </message>
    <message numerus="yes">
        <source>each of %1 · %n step(s) inside</source>
        <translation>
            <numerusform>chacun de %1 · %n étape à l&apos;intérieur</numerusform>
            <numerusform>chacun de %1 · %n étapes à l&apos;intérieur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowInputs</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>list (JSON)</source>
        <translation>liste (JSON)</translation>
    </message>
    <message>
        <source>object (JSON)</source>
        <translation>objet (JSON)</translation>
    </message>
    <message>
        <source>any JSON</source>
        <translation>tout JSON</translation>
    </message>
</context>
<context>
    <name>WorkflowKinds</name>
    <message>
        <source>LLM call</source>
        <translation>Appel LLM</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Pour chaque</translation>
    </message>
    <message>
        <source>Extract text</source>
        <translation>Extraire le texte</translation>
    </message>
    <message>
        <source>Knowledge retrieve</source>
        <translation>Recherche de connaissances</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Relecture humaine</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Asks a model (or a route or virtual model) with a system and a user prompt; can check its answer against a JSON Schema.</source>
        <translation>Interroge un modèle (ou une route ou un modèle virtuel) avec un prompt système et un prompt utilisateur ; peut vérifier sa réponse avec un schéma JSON.</translation>
    </message>
    <message>
        <source>Asks a model to pick one of its labels; edges leave it by label.</source>
        <translation>Demande à un modèle de choisir l&apos;une de ses étiquettes ; les arêtes en sortent par étiquette.</translation>
    </message>
    <message>
        <source>Checks an expression over earlier results; edges leave it for true and for false.</source>
        <translation>Évalue une expression sur les résultats précédents ; les arêtes en sortent pour vrai et pour faux.</translation>
    </message>
    <message>
        <source>Runs its own steps for each item of a list, a few at a time, and collects their results.</source>
        <translation>Exécute ses propres étapes pour chaque élément d&apos;une liste, quelques-uns à la fois, et rassemble leurs résultats.</translation>
    </message>
    <message>
        <source>Reads the text of a PDF, DOCX, ODT, EPUB, image (OCR) or text file from the input.</source>
        <translation>Lit le texte d&apos;un fichier PDF, DOCX, ODT, EPUB, image (OCR) ou texte de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Finds passages in knowledge base collections for a query.</source>
        <translation>Trouve des passages dans les collections de la base de connaissances pour une requête.</translation>
    </message>
    <message>
        <source>Fills a template, picks a value out of JSON, splits, joins or extracts with a regular expression.</source>
        <translation>Remplit un modèle de texte, extrait une valeur d&apos;un JSON, découpe, joint ou extrait avec une expression régulière.</translation>
    </message>
    <message>
        <source>Pauses the run until someone approves, edits or rejects the value.</source>
        <translation>Met l&apos;exécution en pause jusqu&apos;à ce que quelqu&apos;un approuve, modifie ou rejette la valeur.</translation>
    </message>
    <message>
        <source>What the run returns.</source>
        <translation>Ce que renvoie l&apos;exécution.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Délai entre tentatives (ms)</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Délai d&apos;expiration (ms)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Prompt utilisateur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>OCR language</source>
        <translation>Langue OCR</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de texte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Toutes les correspondances</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, a route or a virtual model</source>
        <translation>FOURNISSEUR/MODÈLE, une route ou un modèle virtuel</translation>
    </message>
    <message>
        <source>Text with {{...}} holes: {{input.text}}, {{steps.ID.output}}</source>
        <translation>Texte avec des trous {{...}} : {{input.text}}, {{steps.ID.output}}</translation>
    </message>
    <message>
        <source>Text with {{...}} holes; {{steps.ID.output}} alone keeps its JSON</source>
        <translation>Texte avec des trous {{...}} ; {{steps.ID.output}} seul conserve son JSON</translation>
    </message>
    <message>
        <source>A JSON Schema the answer must match (one repair request when it does not)</source>
        <translation>Un schéma JSON auquel la réponse doit correspondre (une demande de correction sinon)</translation>
    </message>
    <message>
        <source>One expression a line naming a file of the input: input.invoice</source>
        <translation>Une expression par ligne désignant un fichier de l&apos;entrée : input.invoice</translation>
    </message>
    <message>
        <source>One label a line; edges leave the step by label</source>
        <translation>Une étiquette par ligne ; les arêtes quittent l&apos;étape par étiquette</translation>
    </message>
    <message>
        <source>One knowledge base collection a line</source>
        <translation>Une collection de la base de connaissances par ligne</translation>
    </message>
    <message>
        <source>Compare, combine and count: steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</source>
        <translation>Comparer, combiner et compter : steps.extract.output.total &gt; 1000 and not (input.vendor contains &apos;ACME&apos;)</translation>
    </message>
    <message>
        <source>An expression giving a list: steps.split.output</source>
        <translation>Une expression donnant une liste : steps.split.output</translation>
    </message>
    <message>
        <source>An expression giving the value to work on: steps.extract.output</source>
        <translation>Une expression donnant la valeur à traiter : steps.extract.output</translation>
    </message>
    <message>
        <source>An expression naming a file of the input: input.document</source>
        <translation>Une expression désignant un fichier de l&apos;entrée : input.document</translation>
    </message>
    <message>
        <source>Where to look inside the value: items[0].name</source>
        <translation>Où chercher dans la valeur : items[0].name</translation>
    </message>
    <message>
        <source>A regular expression</source>
        <translation>Une expression régulière</translation>
    </message>
    <message>
        <source>How many items run at the same time</source>
        <translation>Combien d&apos;éléments s&apos;exécutent en même temps</translation>
    </message>
    <message>
        <source>Each try fails after this long</source>
        <translation>Chaque essai échoue au-delà de cette durée</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>paused for review</source>
        <translation>en pause pour relecture</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
</context>
<context>
    <name>sb::compare::BatchRunner</name>
    <message>
        <source>A batch is already running.</source>
        <translation>Un lot est déjà en cours.</translation>
    </message>
    <message>
        <source>The prompt set is empty.</source>
        <translation>L&apos;ensemble de prompts est vide.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Choisissez au moins un modèle.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to run without them.</source>
        <translation>La base de connaissances n&apos;est pas disponible ici : détachez les collections pour exécuter sans elles.</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n prompt(s)</source>
        <translation>
            <numerusform>Lot de %n prompt</numerusform>
            <numerusform>Lot de %n prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge search failed: %1</source>
        <translation>La recherche de connaissances a échoué : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>not graded: %1</source>
        <translation>non évalué : %1</translation>
    </message>
</context>
<context>
    <name>sb::compare::CompareSession</name>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Arrêtez d&apos;abord les réponses en cours.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Choisissez de %1 à %2 modèles.</translation>
    </message>
    <message>
        <source>Comparison %1 is a batch run.</source>
        <translation>La comparaison %1 est une exécution par lot.</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>Écrivez d&apos;abord un prompt.</translation>
    </message>
    <message>
        <source>The answers of the last prompt are still coming.</source>
        <translation>Les réponses au dernier prompt arrivent encore.</translation>
    </message>
    <message>
        <source>The knowledge base is not available here: detach the collections to compare without them.</source>
        <translation>La base de connaissances n&apos;est pas disponible ici : détachez les collections pour comparer sans elles.</translation>
    </message>
    <message>
        <source>Knowledge search failed: %1. Pick another collection (or none) and send again.</source>
        <translation>La recherche de connaissances a échoué : %1. Choisissez une autre collection (ou aucune) et renvoyez.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Vote on a blind comparison once every answer is in.</source>
        <translation>Votez sur une comparaison à l&apos;aveugle une fois toutes les réponses arrivées.</translation>
    </message>
    <message>
        <source>No pane %1.</source>
        <translation>Aucun volet %1.</translation>
    </message>
    <message>
        <source>%1 reads no PDFs (or not this one), and their text cannot be extracted: %2. Pick a model marked “pdf”.</source>
        <translation>%1 ne lit pas les PDF (ou pas celui-ci), et leur texte ne peut pas être extrait : %2. Choisissez un modèle marqué « pdf ».</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Citation</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Reranker</name>
    <message>
        <source>not reranked: %1</source>
        <translation>non reclassé : %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 a échoué (%2)</translation>
    </message>
    <message>
        <source>the answer of %1 named no passage numbers</source>
        <translation>la réponse de %1 ne citait aucun numéro de passage</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu en %2 s</translation>
    </message>
</context>
<context>
    <name>sb::knowledge::Retriever</name>
    <message>
        <source>not reranked: no providers to rerank with</source>
        <translation>non reclassé : aucun fournisseur pour reclasser</translation>
    </message>
    <message>
        <source>the collection has no embedding model</source>
        <translation>la collection n’a pas de modèle d’embeddings</translation>
    </message>
    <message>
        <source>no providers to embed the query with</source>
        <translation>aucun fournisseur pour vectoriser la requête</translation>
    </message>
    <message>
        <source>no vector search: %1</source>
        <translation>pas de recherche vectorielle : %1</translation>
    </message>
    <message>
        <source>BM25 only: %1</source>
        <translation>BM25 seul : %1</translation>
    </message>
    <message>
        <source>BM25 only: the query could not be embedded (%1)</source>
        <translation>BM25 seul : la requête n’a pas pu être vectorisée (%1)</translation>
    </message>
    <message>
        <source>BM25 only: no passage has a vector of %1 yet</source>
        <translation>BM25 seul : aucun passage n’a encore de vecteur de %1</translation>
    </message>
</context>
<context>
    <name>sb::monitor::CanaryService</name>
    <message>
        <source>There is no canary &quot;%1&quot; in the workspace.</source>
        <translation>Aucun canari « %1 » dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The canary &quot;%1&quot; is already running or waiting to run.</source>
        <translation>Le canari « %1 » est déjà en cours ou en attente.</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Config</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1 : clé inconnue « %2 » (connues : %3)</translation>
    </message>
    <message>
        <source>%1: must be a string, not %2</source>
        <translation>%1 : doit être un texte, pas %2</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1 : doit être %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1 : doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be PROVIDER/MODEL (the model the router asks the provider for)</source>
        <translation>%1 : « %2 » doit être PROVIDER/MODEL (le modèle que le routeur demande au fournisseur)</translation>
    </message>
    <message>
        <source>%1: give either provider or model (PROVIDER/MODEL)</source>
        <translation>%1 : indiquez provider ou model (PROVIDER/MODEL), pas les deux</translation>
    </message>
    <message>
        <source>%1: no provider &quot;%2&quot; in the workspace (there are: %3)</source>
        <translation>%1 : aucun fournisseur « %2 » dans l’espace de travail (il y a : %3)</translation>
    </message>
    <message>
        <source>%1: no route or virtual model &quot;%2&quot; in the workspace</source>
        <translation>%1 : aucune route ni aucun modèle virtuel « %2 » dans l’espace de travail</translation>
    </message>
    <message>
        <source>%1: must be ttft (time to first token) or latency (total)</source>
        <translation>%1 : doit être ttft (délai avant le premier jeton) ou latency (totale)</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <source>%1: give one of model (PROVIDER/MODEL) and route (a route or virtual model name)</source>
        <translation>%1 : indiquez un seul de model (PROVIDER/MODEL) et route (nom d’une route ou d’un modèle virtuel)</translation>
    </message>
    <message>
        <source>%1: required for a latency SLO (e.g. 2000)</source>
        <translation>%1 : obligatoire pour un SLO de latence (p. ex. 2000)</translation>
    </message>
    <message>
        <source>a number of milliseconds above 0</source>
        <translation>un nombre de millisecondes supérieur à 0</translation>
    </message>
    <message>
        <source>%1: an availability SLO has no metric or thresholdMs</source>
        <translation>%1 : un SLO de disponibilité n’a ni metric ni thresholdMs</translation>
    </message>
    <message>
        <source>%1: must be latency or availability</source>
        <translation>%1 : doit être latency ou availability</translation>
    </message>
    <message>
        <source>%1: required, in percent (e.g. 99.5)</source>
        <translation>%1 : obligatoire, en pourcentage (p. ex. 99.5)</translation>
    </message>
    <message>
        <source>a percentage above 50 and below 100 (e.g. 99.5)</source>
        <translation>un pourcentage supérieur à 50 et inférieur à 100 (p. ex. 99.5)</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1 : doit être true ou false</translation>
    </message>
    <message>
        <source>%1: only an SLO on a model (PROVIDER/MODEL) can demote it in routing</source>
        <translation>%1 : seul un SLO portant sur un modèle (PROVIDER/MODEL) peut le rétrograder dans le routage</translation>
    </message>
    <message>
        <source>%1: required for %2 (e.g. %3)</source>
        <translation>%1 : obligatoire pour %2 (p. ex. %3)</translation>
    </message>
    <message>
        <source>a percentage above 0, at most 100</source>
        <translation>un pourcentage supérieur à 0, au plus 100</translation>
    </message>
    <message>
        <source>a number above 1 (e.g. 2: twice the trailing average)</source>
        <translation>un nombre supérieur à 1 (p. ex. 2 : le double de la moyenne glissante)</translation>
    </message>
    <message>
        <source>a number of dollars above 0</source>
        <translation>un montant en dollars supérieur à 0</translation>
    </message>
    <message>
        <source>%1: must be error_rate, latency_spike, cost_per_hour or no_traffic</source>
        <translation>%1 : doit être error_rate, latency_spike, cost_per_hour ou no_traffic</translation>
    </message>
    <message>
        <source>%1: the window and the baseline must fit in 47 hours (the minutes kept)</source>
        <translation>%1 : la fenêtre et la référence doivent tenir en 47 heures (les minutes conservées)</translation>
    </message>
    <message>
        <source>%1: required, a list of PROVIDER/MODEL, route or virtual model names</source>
        <translation>%1 : obligatoire, une liste de PROVIDER/MODEL, de routes ou de modèles virtuels</translation>
    </message>
    <message>
        <source>%1: must be a model name</source>
        <translation>%1 : doit être un nom de modèle</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither PROVIDER/MODEL nor a route or virtual model of the workspace</source>
        <translation>%1 : « %2 » n’est ni PROVIDER/MODEL ni une route ou un modèle virtuel de l’espace de travail</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1 : « %2 » figure deux fois</translation>
    </message>
    <message>
        <source>%1: must be hourly or daily</source>
        <translation>%1 : doit être hourly ou daily</translation>
    </message>
    <message>
        <source>a number of dollars above 0 (e.g. 0.05)</source>
        <translation>un montant en dollars supérieur à 0 (p. ex. 0.05)</translation>
    </message>
    <message>
        <source>a significance level above 0 and below 0.5 (e.g. 0.01)</source>
        <translation>un seuil de signification supérieur à 0 et inférieur à 0.5 (p. ex. 0.01)</translation>
    </message>
    <message>
        <source>each row must be an object</source>
        <translation>chaque ligne doit être un objet</translation>
    </message>
    <message>
        <source>the prompt set is empty</source>
        <translation>le jeu de prompts est vide</translation>
    </message>
    <message>
        <source>required, a list of prompt-set rows or a prompt set&apos;s text</source>
        <translation>obligatoire, une liste de lignes de jeu de prompts ou le texte d’un jeu de prompts</translation>
    </message>
    <message>
        <source>%1[%2]: a canary&apos;s prompt needs a check (contains, regex, json, schema or judge)</source>
        <translation>%1[%2] : un prompt de canari doit avoir une vérification (contains, regex, json, schema ou judge)</translation>
    </message>
    <message>
        <source>%1[%2].judge: no model; set its &quot;model&quot; or the canary&apos;s judgeModel</source>
        <translation>%1[%2].judge : aucun modèle ; définissez son « model » ou le judgeModel du canari</translation>
    </message>
    <message>
        <source>%1 % of %2 calls succeed over %3 days</source>
        <translation>%1 % des appels de %2 réussissent sur %3 jours</translation>
    </message>
    <message>
        <source>%1 % of %2 %3 within %4 ms over %5 days</source>
        <translation>%1 % des %3 de %2 en moins de %4 ms sur %5 jours</translation>
    </message>
    <message>
        <source>first tokens</source>
        <translation>premiers jetons</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>error rate of %1 &gt;= %2 % over %3 min</source>
        <translation>taux d’erreurs de %1 &gt;= %2 % sur %3 min</translation>
    </message>
    <message>
        <source>mean %1 of %2 over %3 min above %4 x the %5 h before</source>
        <translation>%1 moyenne de %2 sur %3 min au-dessus de %4 fois celle des %5 h précédentes</translation>
    </message>
    <message>
        <source>cost of %1 &gt;= $%2 in an hour</source>
        <translation>coût de %1 &gt;= $%2 en une heure</translation>
    </message>
    <message>
        <source>no call of %1 for %2 h</source>
        <translation>aucun appel de %1 depuis %2 h</translation>
    </message>
    <message>
        <source>the workspace&apos;s monitoring section is not valid:</source>
        <translation>la section de surveillance de l’espace de travail n’est pas valide :</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 : « %2 » doit compter de 1 à 64 lettres, chiffres, espaces, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another SLO or monitor</source>
        <translation>%1 : « %2 » est déjà utilisé par un autre SLO ou moniteur</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1 : doit être un tableau</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is used by another canary</source>
        <translation>%1 : « %2 » est déjà utilisé par un autre canari</translation>
    </message>
    <message>
        <source>%1: must be an object with a url</source>
        <translation>%1 : doit être un objet avec une url</translation>
    </message>
    <message>
        <source>%1: must be an http:// or https:// URL, or keychain:NAME or env:VAR holding one</source>
        <translation>%1 : doit être une URL http:// ou https://, ou keychain:NAME ou env:VAR qui en contient une</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Evaluator</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: error budget burning %2 over %3 and %4 over %5 (alert above %6); %7 of the budget left. SLO: %8</source>
        <translation>%1 : budget d’erreurs consommé à %2 sur %3 et à %4 sur %5 (alerte au-dessus de %6) ; il reste %7 du budget. SLO : %8</translation>
    </message>
    <message>
        <source>%1: error budget burn back to %2 over %3 and %4 over %5; %6 of the budget left</source>
        <translation>%1 : consommation du budget d’erreurs revenue à %2 sur %3 et à %4 sur %5 ; il reste %6 du budget</translation>
    </message>
    <message>
        <source>%1 the baseline</source>
        <translation>%1 la référence</translation>
    </message>
    <message>
        <source>%1 h without calls</source>
        <translation>%1 h sans appel</translation>
    </message>
    <message>
        <source>%1: %2 (%3; %4 calls)</source>
        <translation>%1 : %2 (%3 ; %4 appels)</translation>
    </message>
    <message>
        <source>%1: back to %2 (%3)</source>
        <translation>%1 : revenu à %2 (%3)</translation>
    </message>
    <message>
        <source>%1: resolved, its SLO or monitor was removed</source>
        <translation>%1 : résolue, son SLO ou moniteur a été supprimé</translation>
    </message>
</context>
<context>
    <name>sb::monitor::Scope</name>
    <message>
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>proxy key %1</source>
        <translation>clé de proxy %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>membre %1</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>tous les appels</translation>
    </message>
</context>
<context>
    <name>sb::providers::Advice</name>
    <message>
        <source>The provider refused the key%1: %2. Check the provider&apos;s key.</source>
        <translation>Le fournisseur a refusé la clé%1 : %2. Vérifiez la clé du fournisseur.</translation>
    </message>
    <message>
        <source>The key is not allowed to use this model%1: %2. Pick another model or change the key.</source>
        <translation>La clé n&apos;est pas autorisée à utiliser ce modèle%1 : %2. Choisissez un autre modèle ou changez de clé.</translation>
    </message>
    <message>
        <source>Unknown model or endpoint%1: %2. Check the provider&apos;s models and base URL.</source>
        <translation>Modèle ou point de terminaison inconnu%1 : %2. Vérifiez les modèles et l&apos;URL de base du fournisseur.</translation>
    </message>
    <message>
        <source>A budget stopped this call: %1. Raise or reset it under Usage, Budgets.</source>
        <translation>Un budget a bloqué cet appel : %1. Relevez-le ou réinitialisez-le sous Utilisation, Budgets.</translation>
    </message>
    <message>
        <source> The provider asks to wait %1 s.</source>
        <translation> Le fournisseur demande d&apos;attendre %1 s.</translation>
    </message>
    <message>
        <source>Rate limited%1: %2.%3</source>
        <translation>Limite de débit atteinte%1 : %2.%3</translation>
    </message>
    <message>
        <source>Cannot reach the provider%1: %2. Check its base URL and your network, then retry.</source>
        <translation>Impossible de joindre le fournisseur%1 : %2. Vérifiez son URL de base et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.</source>
        <translation>Le fournisseur n&apos;a pas répondu%1 : %2. Réessayez, ou choisissez un modèle virtuel avec basculement.</translation>
    </message>
    <message>
        <source>The prompt is too long for this model&apos;s context window: %1. Shorten it, start a new conversation or pick a model with a larger context.</source>
        <translation>Le prompt est trop long pour la fenêtre de contexte de ce modèle : %1. Raccourcissez-le, commencez une nouvelle conversation ou choisissez un modèle avec un contexte plus grand.</translation>
    </message>
    <message>
        <source>The provider&apos;s safety filter refused this: %1</source>
        <translation>Le filtre de sécurité du fournisseur a refusé ceci : %1</translation>
    </message>
    <message>
        <source>The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.</source>
        <translation>Le fournisseur a rejeté la requête%1 : %2. Vérifiez les paramètres (mode JSON, nombre max. de jetons) pour ce modèle.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>sb::proxy::ProxyServer</name>
    <message>
        <source>the proxy is already running on %1</source>
        <translation>le proxy tourne déjà sur %1</translation>
    </message>
    <message>
        <source>the proxy needs the router engine</source>
        <translation>le proxy a besoin du moteur de routage</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this machine) requires at least one proxy key: add a key or listen on 127.0.0.1</source>
        <translation>écouter sur %1 (au-delà de cette machine) exige au moins une clé de proxy : ajoutez une clé ou écoutez sur 127.0.0.1</translation>
    </message>
    <message>
        <source>the proxy port must be from 1 to 65535</source>
        <translation>le port du proxy doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on (use 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>« %1 » n&apos;est pas une adresse IP d&apos;écoute (utilisez 127.0.0.1, ::1 ou 0.0.0.0)</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: %2</source>
        <translation>clé de proxy « %1 » : %2</translation>
    </message>
    <message>
        <source>proxy key &apos;%1&apos;: the secret is empty</source>
        <translation>clé de proxy « %1 » : le secret est vide</translation>
    </message>
    <message>
        <source>: another program (or another Switchboard) uses port %1; stop it or choose another port</source>
        <translation>: un autre programme (ou un autre Switchboard) utilise le port %1 ; arrêtez-le ou choisissez un autre port</translation>
    </message>
    <message>
        <source>: ports below 1024 need administrator rights; choose a port above 1024</source>
        <translation>: les ports inférieurs à 1024 exigent les droits d&apos;administrateur ; choisissez un port au-dessus de 1024</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3%4</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3%4</translation>
    </message>
</context>
<context>
    <name>sb::team::TeamClient</name>
    <message>
        <source>The team server&apos;s answer is not what this app understands (%1). Is it a Switchboard serve of the same version?</source>
        <translation>Cette application ne comprend pas la réponse du serveur d&apos;équipe (%1). Est-ce un serve Switchboard de la même version ?</translation>
    </message>
    <message>
        <source>The key of provider &quot;%1&quot; could not be read: %2. Enter it again under Providers.</source>
        <translation>La clé du fournisseur « %1 » n&apos;a pas pu être lue : %2. Saisissez-la à nouveau dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has no key. Enter a team member&apos;s key (sbk_...) under Providers.</source>
        <translation>Le fournisseur « %1 » n&apos;a pas de clé. Saisissez la clé d&apos;un membre de l&apos;équipe (sbk_...) dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be used: %2. Fix it under Providers.</source>
        <translation>Le fournisseur « %1 » est inutilisable : %2. Corrigez-le dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2. Check that it is running and that the base URL of provider &quot;%3&quot; is right, then retry.</source>
        <translation>Impossible de joindre le serveur d&apos;équipe à %1 : %2. Vérifiez qu&apos;il tourne et que l&apos;URL de base du fournisseur « %3 » est juste, puis réessayez.</translation>
    </message>
    <message>
        <source>The team server at %1 does not accept the key of provider &quot;%2&quot;. Check the key under Providers (a member&apos;s key starts with sbk_), or ask a team admin for a new one.</source>
        <translation>Le serveur d&apos;équipe à %1 refuse la clé du fournisseur « %2 ». Vérifiez la clé dans Fournisseurs (la clé d&apos;un membre commence par sbk_) ou demandez-en une nouvelle à un administrateur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this. Ask an admin, or use an admin&apos;s key.</source>
        <translation>Seuls les administrateurs de l&apos;équipe peuvent faire cela. Demandez à un administrateur ou utilisez la clé d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>The team server refused this: %1</source>
        <translation>Le serveur d&apos;équipe a refusé : %1</translation>
    </message>
    <message>
        <source>The team server failed: %1. Retry in a moment; if it keeps failing, look at the server&apos;s log.</source>
        <translation>Le serveur d&apos;équipe a échoué : %1. Réessayez dans un instant ; si l&apos;échec persiste, consultez le journal du serveur.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Every LLM provider behind one interface: routing with failover, a playground, model comparison, usage and cost with budgets, and a local proxy for your tools.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), %4.&lt;/p&gt;&lt;p&gt;Data directory: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;&lt;p&gt;Tous les fournisseurs de LLM derrière une seule interface : routage avec basculement, playground, comparaison de modèles, utilisation et coûts avec budgets, et un proxy local pour vos outils.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 (exécuté sur Qt %3), %4.&lt;/p&gt;&lt;p&gt;Répertoire de données : %5&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AppContext</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Impossible de renommer %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BatchPanel</name>
    <message>
        <source>Open prompt set…</source>
        <translation>Ouvrir un ensemble de prompts…</translation>
    </message>
    <message>
        <source>Open prompt set</source>
        <translation>Ouvrir un ensemble de prompts</translation>
    </message>
    <message>
        <source>Prompt sets (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Ensembles de prompts (*.csv *.jsonl *.ndjson *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calls at once</source>
        <translation>Appels simultanés</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Lancer le lot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Paste prompts: one per line; or CSV with a header (prompt, id, system, category, contains, regex, json, schema); or JSONL, one object per line: {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</source>
        <translation>Collez des prompts : un par ligne ; ou un CSV avec en-tête (prompt, id, system, category, contains, regex, json, schema) ; ou du JSONL, un objet par ligne : {&quot;prompt&quot;: &quot;...&quot;, &quot;contains&quot;: &quot;...&quot;, &quot;schema&quot;: {...}}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls.</source>
        <translation>Annulé après %1 appels sur %2.</translation>
    </message>
    <message>
        <source>Done: %1 calls.</source>
        <translation>Terminé : %1 appels.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) from %1.</source>
        <translation>
            <numerusform>%n prompt depuis %1.</numerusform>
            <numerusform>%n prompts depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the models on the left first.</source>
        <translation>Choisissez d&apos;abord les modèles à gauche.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n prompt(s) against %1 models, %2 at a time…</source>
        <translation>
            <numerusform>Exécution de %n prompt sur %1 modèles, %2 à la fois…</numerusform>
            <numerusform>Exécution de %n prompts sur %1 modèles, %2 à la fois…</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ erreur</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>answered · %1</source>
        <translation>répondu · %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Vérifications : %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>aucune vérification</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n without a price</source>
        <translation>
            <numerusform>%1 + %n sans prix</numerusform>
            <numerusform>%1 + %n sans prix</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>sb::ui::BudgetsPanel</name>
    <message>
        <source>, soft limit</source>
        <translation>, limite souple</translation>
    </message>
    <message>
        <source>, hard limit</source>
        <translation>, limite stricte</translation>
    </message>
    <message>
        <source>, target</source>
        <translation>, cible</translation>
    </message>
    <message>
        <source>, scope</source>
        <translation>, portée</translation>
    </message>
    <message>
        <source>, period</source>
        <translation>, période</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Proxy key</source>
        <translation>Clé de proxy</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Soft limit ($)</source>
        <translation>Limite souple ($)</translation>
    </message>
    <message>
        <source>Hard limit ($)</source>
        <translation>Limite stricte ($)</translation>
    </message>
    <message>
        <source>Spent this period</source>
        <translation>Dépensé sur la période</translation>
    </message>
    <message>
        <source>Projected month-end</source>
        <translation>Projection fin de mois</translation>
    </message>
    <message>
        <source>&amp;Add budget</source>
        <translation>&amp;Ajouter un budget</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Sa&amp;ve budgets</source>
        <translation>En&amp;registrer les budgets</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s) saved.</source>
        <translation>
            <numerusform>%n budget enregistré.</numerusform>
            <numerusform>%n budgets enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace&apos;s budgets are invalid: %1</source>
        <translation>Les budgets de l&apos;espace de travail ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Budgets are not tracked: the ledger is not running.</source>
        <translation>Les budgets ne sont pas suivis : le registre d&apos;utilisation ne tourne pas.</translation>
    </message>
    <message>
        <source>This month so far: %1 · projected month-end spend: %2 (whole workspace, linear)</source>
        <translation>Ce mois-ci jusqu&apos;à présent : %1 · dépense projetée en fin de mois : %2 (tout l&apos;espace de travail, linéaire)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Within its limits</source>
        <translation>Dans ses limites</translation>
    </message>
    <message>
        <source>Soft limit reached</source>
        <translation>Limite souple atteinte</translation>
    </message>
    <message>
        <source>Hard limit reached: calls are refused</source>
        <translation>Limite stricte atteinte : les appels sont refusés</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (au-delà de la limite)</translation>
    </message>
    <message>
        <source>— (daily budget)</source>
        <translation>— (budget quotidien)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <source>provider id, proxy key or member</source>
        <translation>ID du fournisseur, clé du proxy ou membre</translation>
    </message>
    <message>
        <source>Limits in US dollars per UTC day or calendar month, for the whole workspace, one provider (its id), one proxy key (its name) or one team member (all their keys). A soft limit raises a notification; a hard limit refuses further calls.</source>
        <translation>Limites en dollars US par jour UTC ou par mois civil, pour tout l&apos;espace de travail, un fournisseur (son id), une clé de proxy (son nom) ou un membre de l’équipe (toutes ses clés). Une limite souple déclenche une notification ; une limite stricte refuse les appels suivants.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CallsPanel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Provider/model</source>
        <translation>Fournisseur/modèle</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Select a call to see its routing trace.</source>
        <translation>Sélectionnez un appel pour voir sa trace de routage.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
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
            <numerusform>%n appel affiché, du plus récent au plus ancien ; d&apos;autres sont disponibles.</numerusform>
            <numerusform>%n appels affichés, du plus récent au plus ancien ; d&apos;autres sont disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n appel, du plus récent au plus ancien.</numerusform>
            <numerusform>%n appels, du plus récent au plus ancien.</numerusform>
        </translation>
    </message>
    <message>
        <source>No routing trace was recorded for this call.</source>
        <translation>Aucune trace de routage n&apos;a été enregistrée pour cet appel.</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Exporter les appels en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryEditor</name>
    <message>
        <source>Quality canaries</source>
        <translation>Canaris de qualité</translation>
    </message>
    <message>
        <source>Each canary runs its prompts against its models on a schedule (hourly or daily) within a cost cap per run, and alerts when the pass rate drops beyond noise. Prompts take the checks of a Compare prompt set (contains, regex, json, schema, judge).</source>
        <translation>Chaque canari envoie ses prompts à ses modèles selon un calendrier (toutes les heures ou tous les jours) avec un plafond de coût par exécution, et alerte quand le taux de réussite baisse au-delà du bruit. Les prompts prennent les vérifications d’un jeu de prompts de Comparer (contains, regex, json, schema, judge).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON non valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The canaries must be a JSON array: [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</source>
        <translation>Les canaris doivent être un tableau JSON : [ {&quot;name&quot;: ..., &quot;models&quot;: [...], &quot;prompts&quot;: [...]} ].</translation>
    </message>
    <message>
        <source>No problems: save to run them on their schedules.</source>
        <translation>Aucun problème : enregistrez pour les exécuter selon leur calendrier.</translation>
    </message>
</context>
<context>
    <name>sb::ui::CanaryPanel</name>
    <message>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Coût par exécution</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>Runs the canary now against its models, within its cost cap, whatever its schedule.</source>
        <translation>Lance le canari maintenant sur ses modèles, dans son plafond de coût, quel que soit son calendrier.</translation>
    </message>
    <message>
        <source>&amp;Edit canaries…</source>
        <translation>&amp;Modifier les canaris…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Drop test</source>
        <translation>Test de baisse</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Point at a line to see its value; select a run to see its answers.</source>
        <translation>Pointez une ligne pour voir sa valeur ; sélectionnez une exécution pour voir ses réponses.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (cost cap)</source>
        <translation>%1 (plafond de coût)</translation>
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
        <translation>trop peu de réponses</translation>
    </message>
    <message>
        <source>%1: drop, alert raised</source>
        <translation>%1 : baisse, alerte levée</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>% passed</source>
        <translation>% réussi</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>USD per run</source>
        <translation>USD par exécution</translation>
    </message>
    <message>
        <source>Canaries run once the engine has started.</source>
        <translation>Les canaris s’exécutent une fois le moteur démarré.</translation>
    </message>
    <message>
        <source>No quality canaries yet: &quot;Edit canaries…&quot; adds one (a prompt set with checks, its models, a schedule and a cost cap).</source>
        <translation>Pas encore de canari de qualité : « Modifier les canaris… » en ajoute un (un jeu de prompts avec vérifications, ses modèles, un calendrier et un plafond de coût).</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n prompt(s) against %2; at most $%3 a run.</source>
        <translation>
            <numerusform>%1, %n prompt sur %2 ; au plus $%3 par exécution.</numerusform>
            <numerusform>%1, %n prompts sur %2 ; au plus $%3 par exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Last run %1, next at %2.</source>
        <translation>Dernière exécution %1, prochaine à %2.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChatSettings</name>
    <message>
        <source>Optional: how the model should behave</source>
        <translation>Facultatif : comment le modèle doit se comporter</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>Mode JSON</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>sb::ui::CollectionDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Paramètres de la collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>handbook</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>Conversations, virtual models and the proxy refer to the collection by its name.</source>
        <translation>Les conversations, les modèles virtuels et le proxy désignent la collection par son nom.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>What the collection holds</source>
        <translation>Ce que contient la collection</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>None (BM25 only)</source>
        <translation>Aucun (BM25 seulement)</translation>
    </message>
    <message>
        <source>The model that embeds the passages for vector and hybrid search: one the providers offer, or type PROVIDER/MODEL or a route. Without one the collection is searched by keywords (BM25) only.</source>
        <translation>Le modèle qui calcule les embeddings des passages pour la recherche vectorielle et hybride : un de ceux que proposent les fournisseurs, ou saisissez FOURNISSEUR/MODÈLE ou une route. Sans modèle, la collection n&apos;est cherchée que par mots-clés (BM25).</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>Modèle d&apos;&amp;embedding :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A chat model that reorders the best passages by how well they answer the question, before models get them: one the providers offer, or type PROVIDER/MODEL, a route or a virtual model. Each search then makes one chat call.</source>
        <translation>Un modèle de chat qui réordonne les meilleurs passages selon leur pertinence pour la question, avant que les modèles ne les reçoivent : un de ceux que proposent les fournisseurs, ou saisissez FOURNISSEUR/MODÈLE, une route ou un modèle virtuel. Chaque recherche fait alors un appel de chat.</translation>
    </message>
    <message>
        <source>&amp;Rerank model:</source>
        <translation>Modèle de &amp;reclassement :</translation>
    </message>
    <message>
        <source> passages</source>
        <translation> passages</translation>
    </message>
    <message>
        <source>How many of the best passages of hybrid search the rerank model sees; the rest keep their order after them.</source>
        <translation>Combien des meilleurs passages de la recherche hybride le modèle de reclassement voit ; les autres gardent leur ordre après eux.</translation>
    </message>
    <message>
        <source>Rerank the &amp;best:</source>
        <translation>Reclasser les &amp;meilleurs :</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>&amp;Passage size:</source>
        <translation>&amp;Taille des passages :</translation>
    </message>
    <message>
        <source>Tokens repeated between neighbouring passages, so that a sentence cut in two is still found.</source>
        <translation>Jetons répétés entre passages voisins, pour qu&apos;une phrase coupée en deux soit quand même trouvée.</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Chevauchement :</translation>
    </message>
    <message>
        <source>The language of scanned pages and images, in Tesseract&apos;s codes joined by +: deu, eng+fra. Each needs its language data (tesseract-ocr-deu).</source>
        <translation>La langue des pages numérisées et des images, en codes Tesseract joints par + : deu, eng+fra. Chacune requiert ses données de langue (tesseract-ocr-deu).</translation>
    </message>
    <message>
        <source>OCR &amp;language:</source>
        <translation>&amp;Langue OCR :</translation>
    </message>
    <message>
        <source>every readable file, or e.g. *.md, *.pdf</source>
        <translation>tout fichier lisible, ou p. ex. *.md, *.pdf</translation>
    </message>
    <message>
        <source>Only files matching one of these globs are taken from a folder (separated by commas). A glob with a slash matches the path below the folder.</source>
        <translation>Seuls les fichiers correspondant à l&apos;un de ces globs sont pris dans un dossier (séparés par des virgules). Un glob contenant une barre oblique s&apos;applique au chemin sous le dossier.</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure :</translation>
    </message>
    <message>
        <source>e.g. *.log, build/*</source>
        <translation>p. ex. *.log, build/*</translation>
    </message>
    <message>
        <source>Files matching one of these globs are left out of a folder import.</source>
        <translation>Les fichiers correspondant à l&apos;un de ces globs sont exclus de l&apos;import d&apos;un dossier.</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>&amp;Watch folders for changes</source>
        <translation>&amp;Surveiller les dossiers</translation>
    </message>
    <message>
        <source>While the app runs, new, changed, deleted and renamed files in the collection&apos;s folders are imported (after 1.5 s without further changes).</source>
        <translation>Tant que l&apos;application tourne, les fichiers nouveaux, modifiés, supprimés ou renommés dans les dossiers de la collection sont importés (après 1,5 s sans autre modification).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Donnez un nom à la collection.</translation>
    </message>
    <message>
        <source>The overlap must be smaller than the passage size.</source>
        <translation>Le chevauchement doit être inférieur à la taille des passages.</translation>
    </message>
    <message>
        <source>Without an embedding model the collection is searched by keywords (BM25) only.</source>
        <translation>Sans modèle d&apos;embedding, la collection n&apos;est cherchée que par mots-clés (BM25).</translation>
    </message>
    <message>
        <source>Passages are embedded through the router (source: knowledge), so the calls count against your budgets.</source>
        <translation>Les embeddings des passages passent par le routeur (origine : knowledge), donc les appels comptent dans vos budgets.</translation>
    </message>
    <message>
        <source>Its model calls (embeddings, reranks) go through the router (source: knowledge), so they count against your budgets.</source>
        <translation>Ses appels de modèle (embeddings, reclassements) passent par le routeur (origine : knowledge), donc ils comptent dans vos budgets.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ComparePage</name>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>All answers are in.</source>
        <translation>Toutes les réponses sont arrivées.</translation>
    </message>
    <message>
        <source>All answers are in. Which is better?</source>
        <translation>Toutes les réponses sont arrivées. Laquelle est meilleure ?</translation>
    </message>
    <message>
        <source>All answers are in. Which is best?</source>
        <translation>Toutes les réponses sont arrivées. Laquelle est la meilleure ?</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Vote saved. %1</source>
        <translation>Vote enregistré. %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matched: the models answer without sources.</source>
        <translation>Rien dans %1 ne correspond : les modèles répondent sans sources.</translation>
    </message>
    <message numerus="yes">
        <source>Every model gets the same %n passage(s) from %1.</source>
        <translation>
            <numerusform>Chaque modèle reçoit %n passage identique de %1.</numerusform>
            <numerusform>Chaque modèle reçoit les mêmes %n passages de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the prompt to every model</source>
        <translation>Envoyer le prompt à chaque modèle</translation>
    </message>
    <message>
        <source>Stop every answer</source>
        <translation>Arrêter toutes les réponses</translation>
    </message>
    <message>
        <source>Models (2 to 6)</source>
        <translation>Modèles (2 à 6)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <source>At most %1 models side by side.</source>
        <translation>Au plus %1 modèles côte à côte.</translation>
    </message>
    <message>
        <source>Other model (PROVIDER/MODEL), Enter adds</source>
        <translation>Autre modèle (FOURNISSEUR/MODÈLE), Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>&amp;Blind vote</source>
        <translation>Vote à l&apos;a&amp;veugle</translation>
    </message>
    <message>
        <source>Hide and shuffle the model names until you have voted for the best answer</source>
        <translation>Masquer et mélanger les noms des modèles jusqu&apos;à ce que vous ayez voté pour la meilleure réponse</translation>
    </message>
    <message>
        <source>A tag for the leaderboard, such as code or writing</source>
        <translation>Une catégorie pour le classement, comme code ou rédaction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Each prompt is searched once in these collections and every model gets the same passages.</source>
        <translation>Chaque prompt est cherché une fois dans ces collections et chaque modèle reçoit les mêmes passages.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The new choice applies to the next prompt; these answers stay until then.</source>
        <translation>Le nouveau choix s&apos;applique au prochain prompt ; ces réponses restent jusque-là.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models on the left.</source>
        <translation>Choisissez de %1 à %2 modèles à gauche.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n model(s).</source>
        <translation>
            <numerusform>Envoyé à %n modèle.</numerusform>
            <numerusform>Envoyé à %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the comparison under way first, then compare %1 again.</source>
        <translation>Arrêtez d&apos;abord la comparaison en cours, puis comparez à nouveau %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s).</source>
        <translation>
            <numerusform>%1 envoyé à %n modèle.</numerusform>
            <numerusform>%1 envoyé à %n modèles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %n model(s) with its parameters: %2.</source>
        <translation>
            <numerusform>%1 envoyé à %n modèle avec ses paramètres : %2.</numerusform>
            <numerusform>%1 envoyé à %n modèles avec ses paramètres : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>New comparison.</source>
        <translation>Nouvelle comparaison.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Cancel the running batch first.</source>
        <translation>Annulez d&apos;abord le lot en cours.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2.</source>
        <translation>Lot « %1 » du %2.</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; from %2, answered from %3: double-click an answer for its sources.</source>
        <translation>Lot « %1 » du %2, réponses tirées de %3 : double-cliquez sur une réponse pour voir ses sources.</translation>
    </message>
    <message>
        <source>Stop the running answers first.</source>
        <translation>Arrêtez d&apos;abord les réponses en cours.</translation>
    </message>
    <message>
        <source>Reopened &quot;%1&quot;: follow-ups continue each pane&apos;s conversation.</source>
        <translation>« %1 » rouvert : les relances poursuivent la conversation de chaque volet.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Supprimer la comparaison</translation>
    </message>
    <message>
        <source>Delete this comparison and its answers? Its votes stay in the leaderboard.</source>
        <translation>Supprimer cette comparaison et ses réponses ? Ses votes restent dans le classement.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>blind, voted</source>
        <translation>à l&apos;aveugle, voté</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>à l&apos;aveugle</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n model(s): %2
%3</source>
        <translation>
            <numerusform>%1
%n modèle : %2
%3</numerusform>
            <numerusform>%1
%n modèles : %2
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden until the vote</source>
        <translation>masqué jusqu&apos;au vote</translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation>Joindre un PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
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
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this model&apos;s answer; the others go on</source>
        <translation>Arrêter la réponse de ce modèle ; les autres continuent</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Le plus rapide</translation>
    </message>
    <message>
        <source>Shortest total time</source>
        <translation>Durée totale la plus courte</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>Its first token came first, though another answer finished sooner</source>
        <translation>Son premier jeton est arrivé en premier, même si une autre réponse a fini plus tôt</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Le moins cher</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier jeton %1</translation>
    </message>
    <message>
        <source>first token –</source>
        <translation>premier jeton –</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>%1 entrée / %2 sortie</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>sb::ui::Composer</name>
    <message>
        <source>Editing a message: Send keeps the original as another version; Esc cancels.</source>
        <translation>Modification d&apos;un message : Envoyer garde l&apos;original comme autre version ; Échap annule.</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Retirer les pièces jointes</translation>
    </message>
    <message>
        <source>Message (Enter sends, Shift+Enter adds a line, Esc stops)</source>
        <translation>Message (Entrée envoie, Maj+Entrée ajoute une ligne, Échap arrête)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>« %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>“%1” is named like %2 but its content is %3: not attached.</source>
        <translation>« %1 » porte un nom de type %2 mais son contenu est %3 : non joint.</translation>
    </message>
    <message>
        <source>“%1” is %2; models take PNG, JPEG, GIF or WebP images.</source>
        <translation>« %1 » est %2 ; les modèles acceptent les images PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; images can be at most %3 MB.</source>
        <translation>« %1 » fait %2 Mo ; les images ne peuvent pas dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>%1 does not take images. Pick a model marked “vision” to attach “%2”.</source>
        <translation>%1 n&apos;accepte pas les images. Choisissez un modèle marqué « vision » pour joindre « %2 ».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; text files can be at most %3 KB (they go into the prompt).</source>
        <translation>« %1 » fait %2 Ko ; les fichiers texte ne peuvent pas dépasser %3 Ko (ils vont dans le prompt).</translation>
    </message>
    <message>
        <source>“%1” is not a text file (its content looks like %2): not attached.</source>
        <translation>« %1 » n&apos;est pas un fichier texte (son contenu ressemble à %2) : non joint.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Arrêter la réponse (Échap) ; ce qui est arrivé est conservé</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Images (for vision models), PDFs (for models that read them) and text or code files (inlined)</source>
        <translation>Images (pour les modèles de vision), PDF (pour les modèles qui les lisent) et fichiers texte ou code (intégrés)</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;All files (*)</source>
        <translation>Images, PDF et texte (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.csv *.json *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sh);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; PDFs can be at most %3 MB (OpenAI&apos;s limit; Anthropic takes 32 MB, Gemini 20 MB).</source>
        <translation>« %1 » fait %2 Mo ; les PDF ne peuvent pas dépasser %3 Mo (limite d&apos;OpenAI ; Anthropic accepte 32 Mo, Gemini 20 Mo).</translation>
    </message>
    <message>
        <source>%1 does not read PDFs. Send the text extracted from “%2” instead (without its layout and images), or pick a model marked “pdf”.</source>
        <translation>%1 ne lit pas les PDF. Envoyez plutôt le texte extrait de « %2 » (sans sa mise en page ni ses images), ou choisissez un modèle marqué « pdf ».</translation>
    </message>
    <message>
        <source>Send the extracted text</source>
        <translation>Envoyer le texte extrait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The text of “%1” cannot be extracted: %2</source>
        <translation>Impossible d&apos;extraire le texte de « %1 » : %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>“%1” is not a PDF: not attached.</source>
        <translation>« %1 » n’est pas un PDF : non joint.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Rechercher dans les conversations (Ctrl+K)</translation>
    </message>
    <message>
        <source>Folder or tag</source>
        <translation>Dossier ou étiquette</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Supprimer la conversation sélectionnée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Conversations could not be read: %1</source>
        <translation>Impossible de lire les conversations : %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Une conversation a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Déplacer vers un dossier…</translation>
    </message>
    <message>
        <source>Folder (empty: none)</source>
        <translation>Dossier (vide : aucun)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
</context>
<context>
    <name>sb::ui::DocumentsModel</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>sb::ui::Format</name>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
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
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>L&apos;import s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Create a collection (Ctrl+Shift+N)</source>
        <translation>Créer une collection (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Embedding model, passage size, OCR language and globs of the collection</source>
        <translation>Modèle d&apos;embedding, taille des passages, langue OCR et globs de la collection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the collection with its passages (the files on disk stay)</source>
        <translation>Supprimer la collection avec ses passages (les fichiers sur le disque restent)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The files that wait stay queued until Resume (also after a restart)</source>
        <translation>Les fichiers en attente restent dans la file jusqu&apos;à Reprendre (même après un redémarrage)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue the paused import and embedding</source>
        <translation>Poursuivre l&apos;import et l&apos;embedding mis en pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drop the files that wait; what is imported stays</source>
        <translation>Abandonner les fichiers en attente ; ce qui est importé reste</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Queue the files that failed again (after fixing what their reason says)</source>
        <translation>Remettre en file les fichiers en échec (après avoir corrigé ce qu&apos;indique leur raison)</translation>
    </message>
    <message>
        <source>Embed now</source>
        <translation>Calculer les embeddings</translation>
    </message>
    <message>
        <source>Give every passage its vector now</source>
        <translation>Donner maintenant son vecteur à chaque passage</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Import files (Ctrl+O); or drop files and folders onto the page</source>
        <translation>Importer des fichiers (Ctrl+O) ; ou déposer fichiers et dossiers sur la page</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import a folder with its subfolders, by the collection&apos;s globs (Ctrl+Shift+O)</source>
        <translation>Importer un dossier et ses sous-dossiers, selon les globs de la collection (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Add &amp;URL…</source>
        <translation>Ajouter une &amp;URL…</translation>
    </message>
    <message>
        <source>Import web pages by their http(s) addresses (Ctrl+L); or drop links onto the page</source>
        <translation>Importer des pages web par leur adresse http(s) (Ctrl+L) ; ou déposer des liens sur la page</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the collection (Delete); the files on disk stay</source>
        <translation>Retirer les fichiers sélectionnés de la collection (Suppr) ; les fichiers sur le disque restent</translation>
    </message>
    <message>
        <source>Re&amp;index…</source>
        <translation>Ré&amp;indexer…</translation>
    </message>
    <message>
        <source>Cut every document into passages again (after changing the passage size)</source>
        <translation>Redécouper chaque document en passages (après un changement de taille des passages)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrer les fichiers</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Search the collection (Ctrl+F)</source>
        <translation>Rechercher dans la collection (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vectorielle</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reclassement</translation>
    </message>
    <message>
        <source>Hybrid fuses keyword (BM25) and vector rankings; BM25 matches words; vector matches meaning; rerank has the collection&apos;s rerank model reorder the best hybrid passages</source>
        <translation>L&apos;hybride fusionne les classements par mots-clés (BM25) et vectoriel ; BM25 cherche les mots ; le vectoriel cherche le sens ; le reclassement fait réordonner les meilleurs passages hybrides par le modèle de reclassement de la collection</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Mode de recherche</translation>
    </message>
    <message>
        <source>top </source>
        <translation>meilleurs </translation>
    </message>
    <message>
        <source>Passages to show</source>
        <translation>Passages à afficher</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Keyword score (higher is better; — : found by vector alone)</source>
        <translation>Score par mots-clés (plus haut est meilleur ; — : trouvé par le vectoriel seul)</translation>
    </message>
    <message>
        <source>Cosine similarity to the query (— : found by BM25 alone)</source>
        <translation>Similarité cosinus avec la requête (— : trouvé par BM25 seul)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings (hybrid search)</source>
        <translation>Fusion des rangs réciproques des deux classements (recherche hybride)</translation>
    </message>
    <message>
        <source>Where the rerank model put the passage, and where the fused ranking had it (— : the model left it out)</source>
        <translation>Où le modèle de reclassement a placé le passage, et où le classement fusionné l&apos;avait mis (— : le modèle l&apos;a écarté)</translation>
    </message>
    <message>
        <source>Double-click a passage to open its file</source>
        <translation>Double-cliquez sur un passage pour ouvrir son fichier</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Golden questions, one JSON object a line: {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. A passage from one of the sources (containing the phrase, when given) is a right answer.</source>
        <translation>Questions de référence, un objet JSON par ligne : {&quot;question&quot;: &quot;…&quot;, &quot;sources&quot;: [&quot;refunds.md&quot;], &quot;phrase&quot;: &quot;thirty days&quot;}. Un passage de l&apos;une des sources (contenant la phrase, si elle est donnée) est une bonne réponse.</translation>
    </message>
    <message>
        <source>Golden questions</source>
        <translation>Questions de référence</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>Read golden questions from a JSON Lines file (the format of switchboard-cli kb eval --golden)</source>
        <translation>Lire les questions de référence depuis un fichier JSON Lines (le format de switchboard-cli kb eval --golden)</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>Passages per question that count for recall@k and MRR</source>
        <translation>Passages par question pris en compte pour recall@k et MRR</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>&amp;Lancer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Save the questions with the collection and score BM25, vector, hybrid and rerank search</source>
        <translation>Enregistrer les questions avec la collection et noter les recherches BM25, vectorielle, hybride et avec reclassement</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
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
        <translation>Citations</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Citation correctness: the share of questions whose source [1] in a model&apos;s context is a right passage</source>
        <translation>Exactitude des citations : la part des questions dont la source [1] dans le contexte d&apos;un modèle est un bon passage</translation>
    </message>
    <message>
        <source>Search the collection</source>
        <translation>Rechercher dans la collection</translation>
    </message>
    <message>
        <source>Remove the selected files</source>
        <translation>Retirer les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Ajouter des fichiers à la collection</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Ajouter un dossier à la collection</translation>
    </message>
    <message>
        <source>Add web pages to the collection</source>
        <translation>Ajouter des pages web à la collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Refresh the knowledge base</source>
        <translation>Actualiser la base de connaissances</translation>
    </message>
    <message>
        <source>%1

Check that the data directory is writable and the disk has space, then try again.</source>
        <translation>%1

Vérifiez que le répertoire de données est accessible en écriture et que le disque a de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The knowledge base could not be read</source>
        <translation>Impossible de lire la base de connaissances</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n non importé</numerusform>
            <numerusform>%n non importés</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only</source>
        <translation>BM25 seulement</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>surveillé</translation>
    </message>
    <message>
        <source>No collection yet</source>
        <translation>Aucune collection pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a collection (New…), then add files and folders to it or drop them here. Every model then answers from the same passages: in the Playground, in Compare and through the proxy.</source>
        <translation>Créez une collection (Nouvelle…), puis ajoutez-y des fichiers et des dossiers ou déposez-les ici. Chaque modèle répond alors à partir des mêmes passages : dans le Playground, dans Comparer et via le proxy.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>passages of %1 tokens, %2 overlapping</source>
        <translation>passages de %1 jetons, dont %2 en chevauchement</translation>
    </message>
    <message>
        <source>Search is BM25 only (keywords): the collection has no embedding model. Edit… chooses one for vector and hybrid search.</source>
        <translation>La recherche est en BM25 seulement (mots-clés) : la collection n&apos;a pas de modèle d&apos;embedding. Modifier… en choisit un pour la recherche vectorielle et hybride.</translation>
    </message>
    <message>
        <source>Search is BM25 only until %1 has embedded the passages.</source>
        <translation>La recherche reste en BM25 seulement tant que %1 n&apos;a pas calculé les embeddings des passages.</translation>
    </message>
    <message>
        <source>Hybrid search with %1: %2 of %3 passages embedded.</source>
        <translation>Recherche hybride avec %1 : %2 passages sur %3 vectorisés.</translation>
    </message>
    <message>
        <source>Changing to %1: the current vectors answer until it is complete.</source>
        <translation>Passage à %1 : les vecteurs actuels répondent jusqu&apos;à ce qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <source>Models get the best %1 passages reranked by %2.</source>
        <translation>Les modèles reçoivent les %1 meilleurs passages reclassés par %2.</translation>
    </message>
    <message>
        <source>Watched folders:</source>
        <translation>Dossiers surveillés :</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Rien en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Counting the files to import…</source>
        <translation>Comptage des fichiers à importer…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Import : %1 fichiers sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n file(s) wait.</source>
        <translation>
            <numerusform>En pause : %n fichier attend.</numerusform>
            <numerusform>En pause : %n fichiers attendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Embedding waits too.</source>
        <translation>L&apos;embedding attend aussi.</translation>
    </message>
    <message>
        <source>Resume continues, also after a restart.</source>
        <translation>Reprendre poursuit, même après un redémarrage.</translation>
    </message>
    <message>
        <source>Embedding with %1: %2 of %3 passages</source>
        <translation>Embedding avec %1 : %2 passages sur %3</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Waiting to embed (another collection first).</source>
        <translation>En attente d&apos;embedding (une autre collection d&apos;abord).</translation>
    </message>
    <message>
        <source>Last import: %1 of %2 files imported</source>
        <translation>Dernier import : %1 fichiers importés sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (the reasons are in the files list)</source>
        <translation>
            <numerusform>%n non importé (les raisons sont dans la liste des fichiers)</numerusform>
            <numerusform>%n non importés (les raisons sont dans la liste des fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed queues the failed ones again.</source>
        <translation>Réessayer les échecs remet en file ceux qui ont échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) failed: Retry failed queues them again.</source>
        <translation>
            <numerusform>%n import a échoué : Réessayer les échecs le remet en file.</numerusform>
            <numerusform>%n imports ont échoué : Réessayer les échecs les remet en file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) have no vector of %1 yet: Embed now gives them one.</source>
        <translation>
            <numerusform>%n passage n&apos;a pas encore de vecteur de %1 : Calculer les embeddings lui en donne un.</numerusform>
            <numerusform>%n passages n&apos;ont pas encore de vecteur de %1 : Calculer les embeddings leur en donne un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing queued. Drop files or folders here, or use Add files.</source>
        <translation>Rien en file d&apos;attente. Déposez des fichiers ou des dossiers ici, ou utilisez Ajouter des fichiers.</translation>
    </message>
    <message>
        <source>Collection not created</source>
        <translation>Collection non créée</translation>
    </message>
    <message>
        <source>Cut the documents again?</source>
        <translation>Redécouper les documents ?</translation>
    </message>
    <message numerus="yes">
        <source>New imports into &quot;%1&quot; get passages of %2 tokens with %3 overlapping. Cut the %n document(s) already in it again now? Their passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Les nouveaux imports dans « %1 » obtiennent des passages de %2 jetons dont %3 en chevauchement. Redécouper maintenant le document (%n) qu&apos;elle contient déjà ? Ses passages seront à nouveau vectorisés si la collection a un modèle d&apos;embedding.</numerusform>
            <numerusform>Les nouveaux imports dans « %1 » obtiennent des passages de %2 jetons dont %3 en chevauchement. Redécouper maintenant les %n documents qu&apos;elle contient déjà ? Leurs passages seront à nouveau vectorisés si la collection a un modèle d&apos;embedding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not saved</source>
        <translation>Collection non enregistrée</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n document(s), their passages, vectors, golden questions and queue? The files on disk stay.</source>
        <translation>
            <numerusform>Supprimer « %1 » avec son document (%n), ses passages, vecteurs, questions de référence et sa file d&apos;attente ? Les fichiers sur le disque restent.</numerusform>
            <numerusform>Supprimer « %1 » avec ses %n documents, leurs passages, vecteurs, questions de référence et sa file d&apos;attente ? Les fichiers sur le disque restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection not deleted</source>
        <translation>Collection non supprimée</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.md *.txt *.pdf *.docx *.odt *.epub *.html *.htm *.csv *.json *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Aucune collection</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add web pages to it.</source>
        <translation>Créez d&apos;abord une collection (Nouvelle…), puis ajoutez-y des pages web.</translation>
    </message>
    <message>
        <source>Create a collection first (New…), then add files to it.</source>
        <translation>Créez d&apos;abord une collection (Nouvelle…), puis ajoutez-y des fichiers.</translation>
    </message>
    <message>
        <source>Embedding cost</source>
        <translation>Coût de l&apos;embedding</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) to import into &quot;%2&quot;. Embedding their passages with %3 will cost about %4 (estimated from the file sizes). Import them?</source>
        <translation>
            <numerusform>%n fichier (%1) à importer dans « %2 ». Calculer les embeddings de ses passages avec %3 coûtera environ %4 (estimation d&apos;après la taille des fichiers). L&apos;importer ?</numerusform>
            <numerusform>%n fichiers (%1) à importer dans « %2 ». Calculer les embeddings de leurs passages avec %3 coûtera environ %4 (estimation d&apos;après la taille des fichiers). Les importer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching for changes is on, but no folder has been added yet: Add folder… gives it one to follow.</source>
        <translation>La surveillance des modifications est activée, mais aucun dossier n&apos;a encore été ajouté : Ajouter un dossier… lui en donne un à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s) for changes.</source>
        <translation>
            <numerusform>Surveillance de %n dossier.</numerusform>
            <numerusform>Surveillance de %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change was seen: it is imported once the folder has been quiet for %1 s.</source>
        <translation>Une modification a été détectée : elle est importée dès que le dossier est resté calme pendant %1 s.</translation>
    </message>
    <message>
        <source>Last sync queued at %1.</source>
        <translation>Dernière synchronisation mise en file à %1.</translation>
    </message>
    <message>
        <source>Reindex</source>
        <translation>Réindexer</translation>
    </message>
    <message numerus="yes">
        <source>Cut the %n document(s) of &quot;%1&quot; into passages again (%2 tokens, %3 overlapping)? Changed passages are embedded again when the collection has an embedding model.</source>
        <translation>
            <numerusform>Redécouper le document (%n) de « %1 » en passages (%2 jetons, %3 en chevauchement) ? Les passages modifiés sont à nouveau vectorisés si la collection a un modèle d&apos;embedding.</numerusform>
            <numerusform>Redécouper les %n documents de « %1 » en passages (%2 jetons, %3 en chevauchement) ? Les passages modifiés sont à nouveau vectorisés si la collection a un modèle d&apos;embedding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from &quot;%2&quot;? The file on disk stays.</source>
        <translation>Retirer %1 de « %2 » ? Le fichier sur le disque reste.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s) from &quot;%1&quot;? The files on disk stay.</source>
        <translation>
            <numerusform>Retirer %n fichier de « %1 » ? Le fichier sur le disque reste.</numerusform>
            <numerusform>Retirer %n fichiers de « %1 » ? Les fichiers sur le disque restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Retirer des fichiers</translation>
    </message>
    <message>
        <source>Embedding did not start: %1</source>
        <translation>L&apos;embedding n&apos;a pas démarré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of &quot;%1&quot; (%2 tokens) have no vector of %3 yet. Embedding them will cost about %4. Embed them now?</source>
        <translation>
            <numerusform>%n passage de « %1 » (%2 jetons) n&apos;a pas encore de vecteur de %3. Son embedding coûtera environ %4. Le calculer maintenant ?</numerusform>
            <numerusform>%n passages de « %1 » (%2 jetons) n&apos;ont pas encore de vecteur de %3. Leur embedding coûtera environ %4. Les calculer maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not embedded: the cost was declined. Embed now starts it; until then search is BM25 only for the passages without a vector.</source>
        <translation>Non vectorisé : le coût a été refusé. Calculer les embeddings le lance ; d&apos;ici là, la recherche est en BM25 seulement pour les passages sans vecteur.</translation>
    </message>
    <message>
        <source>%1 now answers the searches (%2 for embedding).</source>
        <translation>%1 répond maintenant aux recherches (%2 pour l&apos;embedding).</translation>
    </message>
    <message>
        <source>Every passage has its vector (%1 for embedding).</source>
        <translation>Chaque passage a son vecteur (%1 pour l&apos;embedding).</translation>
    </message>
    <message>
        <source>Embedding stopped: %1. Embed now tries again; search uses BM25 for the passages without a vector.</source>
        <translation>L&apos;embedding s&apos;est arrêté : %1. Calculer les embeddings réessaie ; la recherche utilise BM25 pour les passages sans vecteur.</translation>
    </message>
    <message>
        <source>Type what you are looking for.</source>
        <translation>Saisissez ce que vous cherchez.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No search: %1.</source>
        <translation>Pas de recherche : %1.</translation>
    </message>
    <message>
        <source>Choose a rerank model under Edit….</source>
        <translation>Choisissez un modèle de reclassement sous Modifier….</translation>
    </message>
    <message>
        <source>The collection has no embedding model: search with BM25, or choose a model under Edit….</source>
        <translation>La collection n&apos;a pas de modèle d&apos;embedding : cherchez avec BM25, ou choisissez un modèle sous Modifier….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or hybrid search when the collection has an embedding model.</source>
        <translation>Aucun passage ne correspond. Essayez d&apos;autres mots, ou la recherche hybride quand la collection a un modèle d&apos;embedding.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), best first.</source>
        <translation>
            <numerusform>%n passage, le meilleur en premier.</numerusform>
            <numerusform>%n passages, les meilleurs en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>BM25 only: the collection has no embedding model (Edit… chooses one).</source>
        <translation>BM25 seulement : la collection n&apos;a pas de modèle d&apos;embedding (Modifier… en choisit un).</translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Reclassé par %1.</translation>
    </message>
    <message>
        <source>Embedding the query cost %1.</source>
        <translation>L&apos;embedding de la requête a coûté %1.</translation>
    </message>
    <message>
        <source>The rerank cost %1.</source>
        <translation>Le reclassement a coûté %1.</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Impossible d&apos;ouvrir la page</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that a web browser is set up.</source>
        <translation>Impossible d&apos;ouvrir %1 : vérifiez qu&apos;un navigateur web est configuré.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that it still exists and that a program opens its type.</source>
        <translation>Impossible d&apos;ouvrir %1 : vérifiez qu&apos;il existe toujours et qu&apos;un programme ouvre ce type de fichier.</translation>
    </message>
    <message>
        <source>The golden questions could not be read: %1</source>
        <translation>Impossible de lire les questions de référence : %1</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: golden questions are a few hundred lines.</source>
        <translation>%1 dépasse 16 Mo : les questions de référence tiennent en quelques centaines de lignes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2

Each line is one JSON object with &quot;question&quot; and &quot;sources&quot; (and &quot;phrase&quot; when a passage must contain it).</source>
        <translation>%1 : %2

Chaque ligne est un objet JSON avec &quot;question&quot; et &quot;sources&quot; (et &quot;phrase&quot; quand un passage doit la contenir).</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s) loaded; Run evaluation saves them with the collection.</source>
        <translation>
            <numerusform>%n question de référence chargée ; Lancer l&apos;évaluation l&apos;enregistre avec la collection.</numerusform>
            <numerusform>%n questions de référence chargées ; Lancer l&apos;évaluation les enregistre avec la collection.</numerusform>
        </translation>
    </message>
    <message>
        <source>The golden questions have a problem: %1</source>
        <translation>Les questions de référence posent un problème : %1</translation>
    </message>
    <message>
        <source>Write golden questions first (one JSON object a line, see above), or load a file.</source>
        <translation>Écrivez d&apos;abord des questions de référence (un objet JSON par ligne, voir ci-dessus), ou chargez un fichier.</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Saving the questions…</source>
        <translation>Enregistrement des questions…</translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 searches</source>
        <translation>Évaluation : %1 recherches sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n golden question(s), the top %1 passages of each search.</source>
        <translation>
            <numerusform>%n question de référence, les %1 meilleurs passages de chaque recherche.</numerusform>
            <numerusform>%n questions de référence, les %1 meilleurs passages de chaque recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The searches&apos; model calls cost %1.</source>
        <translation>Les appels de modèle des recherches ont coûté %1.</translation>
    </message>
    <message>
        <source>The evaluation stopped: %1</source>
        <translation>L&apos;évaluation s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Évaluation annulée.</translation>
    </message>
    <message>
        <source>Drop to import into &quot;%1&quot;</source>
        <translation>Déposer pour importer dans « %1 »</translation>
    </message>
    <message>
        <source>Create a collection first</source>
        <translation>Créez d&apos;abord une collection</translation>
    </message>
</context>
<context>
    <name>sb::ui::KnowledgePicker</name>
    <message>
        <source>%1 (not in the knowledge base)</source>
        <translation>%1 (absente de la base de connaissances)</translation>
    </message>
    <message>
        <source>No collections yet: create one on the Knowledge page or with switchboard-cli kb create</source>
        <translation>Aucune collection pour l&apos;instant : créez-en une sur la page Connaissances ou avec switchboard-cli kb create</translation>
    </message>
    <message>
        <source>The collections could not be read: %1</source>
        <translation>Impossible de lire les collections : %1</translation>
    </message>
    <message>
        <source>Answer without the knowledge base</source>
        <translation>Répondre sans la base de connaissances</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Answer from knowledge collections: the passages found for each question go with it, and the answer cites them.</source>
        <translation>Répondre à partir des collections de connaissances : les passages trouvés pour chaque question l&apos;accompagnent, et la réponse les cite.</translation>
    </message>
    <message>
        <source>Knowledge: %1</source>
        <translation>Connaissances : %1</translation>
    </message>
    <message>
        <source>Each question is searched in %1 first; the answer cites the passages it was given.</source>
        <translation>Chaque question est d&apos;abord cherchée dans %1 ; la réponse cite les passages reçus.</translation>
    </message>
</context>
<context>
    <name>sb::ui::LeaderboardPanel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Elo</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Les deux mauvais</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>From blind votes in this workspace. Elo starts at 1000 (K = 32); a tie or &quot;both bad&quot; counts as a draw; picking the best of several panes counts as a win over each of the others.</source>
        <translation>D&apos;après les votes à l&apos;aveugle de cet espace de travail. L&apos;Elo part de 1000 (K = 32) ; une égalité ou « les deux mauvais » compte comme un match nul ; choisir le meilleur de plusieurs volets compte comme une victoire sur chacun des autres.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Elo over time</source>
        <translation>Elo au fil du temps</translation>
    </message>
</context>
<context>
    <name>sb::ui::LivePanel</name>
    <message>
        <source>System prompt, shared by every pane (optional)</source>
        <translation>Prompt système, commun à tous les volets (facultatif)</translation>
    </message>
    <message>
        <source>Your vote:</source>
        <translation>Votre vote :</translation>
    </message>
    <message>
        <source>Prompt for every model. Ctrl+Enter sends, Esc stops all.</source>
        <translation>Prompt pour chaque modèle. Ctrl+Entrée envoie, Échap arrête tout.</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Envoyer à tous</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>en cours de réception…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A est meilleur</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B est meilleur</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Les deux sont mauvais</translation>
    </message>
    <message>
        <source>%1 is best</source>
        <translation>%1 est le meilleur</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Tous sont mauvais</translation>
    </message>
    <message>
        <source>Prompt for every model. Enter sends, Shift+Enter starts a new line, Esc stops all.</source>
        <translation>Prompt pour chaque modèle. Entrée envoie, Maj+Entrée commence une nouvelle ligne, Échap arrête tout.</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Entrée (Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Retirer les pièces jointes</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Joindre un PDF…</translation>
    </message>
    <message>
        <source>A PDF for every model: as a document to those that read PDFs, as its extracted text to the others</source>
        <translation>Un PDF pour chaque modèle : en document pour ceux qui lisent les PDF, en texte extrait pour les autres</translation>
    </message>
    <message>
        <source>PDF sent as a document, with its layout and images</source>
        <translation>PDF envoyé en document, avec sa mise en page et ses images</translation>
    </message>
    <message>
        <source>PDF sent as its extracted text: this model reads no PDFs, or not this one</source>
        <translation>PDF envoyé en texte extrait : ce modèle ne lit pas les PDF, ou pas celui-ci</translation>
    </message>
    <message>
        <source>Attached for every model: %1</source>
        <translation>Joint pour chaque modèle : %1</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Theme, language and data directory (Ctrl+,)</source>
        <translation>Thème, langue et répertoire de données (Ctrl+,)</translation>
    </message>
    <message>
        <source>Proxy: on, %1</source>
        <translation>Proxy : actif, %1</translation>
    </message>
    <message>
        <source>Proxy: failed</source>
        <translation>Proxy : échec</translation>
    </message>
    <message>
        <source>Proxy: off</source>
        <translation>Proxy : arrêté</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>The input of step %1 of %2</source>
        <translation>L&apos;entrée de l&apos;étape %1 de %2</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
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
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Keychain: available</source>
        <translation>Trousseau : disponible</translation>
    </message>
    <message>
        <source>Keychain: not available</source>
        <translation>Trousseau : indisponible</translation>
    </message>
    <message>
        <source>No system keychain: provider keys can still be referenced as env:VAR.</source>
        <translation>Pas de trousseau système : les clés des fournisseurs peuvent toujours être référencées par env:VAR.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importer un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exporter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Read the README</source>
        <translation>&amp;Lire le README</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Local proxy</source>
        <translation>Proxy local</translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>Afficher Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Calls refused: the usage ledger cannot be written</source>
        <translation>Appels refusés : impossible d&apos;écrire dans le registre d&apos;utilisation</translation>
    </message>
    <message>
        <source>Usage ledger</source>
        <translation>Registre d&apos;utilisation</translation>
    </message>
    <message>
        <source>The usage ledger is written again: calls go through.</source>
        <translation>Le registre d&apos;utilisation est de nouveau écrit : les appels passent.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Monitor (%1)</source>
        <translation>Surveillance (%1)</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolue : %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Setup…</source>
        <translation>&amp;Accueil et configuration…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Effacer toutes les données locales</translation>
    </message>
    <message>
        <source>These keychain entries could not be removed:

%1

Clear the rest anyway? Remove them with your system&apos;s keychain tool later.</source>
        <translation>Ces entrées du trousseau n&apos;ont pas pu être supprimées :

%1

Effacer le reste malgré tout ? Supprimez-les plus tard avec l&apos;outil de trousseau de votre système.</translation>
    </message>
    <message>
        <source>Restart Switchboard to use the new data directory.</source>
        <translation>Redémarrez Switchboard pour utiliser le nouveau dossier de données.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Check for &amp;Updates…</source>
        <translation>Rechercher des &amp;mises à jour…</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Switchboard %1 is out</source>
        <translation>Switchboard %1 est sorti</translation>
    </message>
    <message>
        <source>See what is new under Help, Check for Updates.</source>
        <translation>Découvrez les nouveautés dans Aide, Rechercher des mises à jour.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>No newer version.</source>
        <translation>Aucune version plus récente.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out.</source>
        <translation>Switchboard %1 est sorti.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MarkdownView</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageView</name>
    <message numerus="yes">
        <source>after %n failed attempt(s)</source>
        <translation>
            <numerusform>après %n tentative échouée</numerusform>
            <numerusform>après %n tentatives échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Afficher le raisonnement</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The answer was stopped before it ended; what arrived is kept.</source>
        <translation>La réponse a été arrêtée avant sa fin ; ce qui est arrivé est conservé.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the message as Markdown</source>
        <translation>Copier le message en Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit and resend (the original is kept as another version)</source>
        <translation>Modifier et renvoyer (l&apos;original est gardé comme autre version)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Answer again (the answer is kept as another version)</source>
        <translation>Répondre à nouveau (la réponse est gardée comme autre version)</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Why the router sent this call where it did</source>
        <translation>Pourquoi le routeur a envoyé cet appel là où il l&apos;a envoyé</translation>
    </message>
    <message>
        <source>image (%1)</source>
        <translation>image (%1)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Click a source to read the passage and open its file.</source>
        <translation>Cliquez sur une source pour lire le passage et ouvrir son fichier.</translation>
    </message>
    <message>
        <source>Nothing in %1 matched the question.</source>
        <translation>Rien dans %1 ne correspond à la question.</translation>
    </message>
    <message>
        <source>Open Providers</source>
        <translation>Ouvrir Fournisseurs</translation>
    </message>
    <message>
        <source>Open Usage</source>
        <translation>Ouvrir Utilisation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>Appel d&apos;outil : %1(%2)</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Masquer le raisonnement</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistant · %1</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Searching the knowledge base…</source>
        <translation>Recherche dans la base de connaissances…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
</context>
<context>
    <name>sb::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>virtual model: the router picks the target</source>
        <translation>modèle virtuel : le routeur choisit la cible</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>outils</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>$%1 / $%2 per M tokens</source>
        <translation>%1 $ / %2 $ par M de jetons</translation>
    </message>
    <message>
        <source>%1k context</source>
        <translation>contexte de %1k</translation>
    </message>
    <message>
        <source>not in the catalog: capabilities and cost unknown</source>
        <translation>absent du catalogue : capacités et coût inconnus</translation>
    </message>
    <message>
        <source>%1  —  not offered any more</source>
        <translation>%1  —  plus proposé</translation>
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
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Time to first token (p50, p90, p99)</source>
        <translation>Temps jusqu&apos;au premier jeton (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99)</source>
        <translation>Latence (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <source>Compare with another model</source>
        <translation>Comparer avec un autre modèle</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>The provider&apos;s model (as asked for) whose calls the chart shows.</source>
        <translation>Le modèle du fournisseur (tel que demandé) dont le graphique montre les appels.</translation>
    </message>
    <message>
        <source>The model to draw beside the first one.</source>
        <translation>Le modèle à tracer à côté du premier.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>A&amp;ppels</translation>
    </message>
    <message>
        <source>&amp;Alerts and SLOs</source>
        <translation>&amp;Alertes et SLO</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to list its calls.</source>
        <translation>Survolez une courbe pour voir sa valeur ; cliquez sur un point pour lister ses appels.</translation>
    </message>
    <message>
        <source>Click a point of the chart to list the calls behind it.</source>
        <translation>Cliquez sur un point du graphique pour lister les appels correspondants.</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>Budget d&apos;erreur restant</translation>
    </message>
    <message>
        <source>Burn rate 1 h</source>
        <translation>Taux de consommation 1 h</translation>
    </message>
    <message>
        <source>Burn rate 6 h</source>
        <translation>Taux de consommation 6 h</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Surveille</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Mute for an hour</source>
        <translation>&amp;Muet pendant une heure</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>The selected alert&apos;s rule keeps recording alerts but stops notifying for an hour.</source>
        <translation>La règle de l&apos;alerte sélectionnée continue d&apos;enregistrer les alertes mais ne notifie plus pendant une heure.</translation>
    </message>
    <message>
        <source>The monitor needs the ledger: start the engine (see the Routing page).</source>
        <translation>La surveillance a besoin du registre d&apos;utilisation : démarrez le moteur (voir la page Routage).</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>tous les appels</translation>
    </message>
    <message>
        <source>period before</source>
        <translation>période précédente</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>requests per step</source>
        <translation>requêtes par pas</translation>
    </message>
    <message>
        <source>USD per step</source>
        <translation>USD par pas</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1 : rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 of %2: no calls in this range</source>
        <translation>%1 de %2 : aucun appel sur cette période</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 requests, %2 attempts in the range; availability %3, error rate %4, latency p90 %5, cost %6. Step: %7.</source>
        <translation>%1 requêtes, %2 tentatives sur la période ; disponibilité %3, taux d&apos;erreur %4, latence p90 %5, coût %6. Pas : %7.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No model or routing changes in this range.</source>
        <translation>Aucun changement de modèle ni de routage sur cette période.</translation>
    </message>
    <message>
        <source>%1: %2/%3 now answers as %4 (before: %5)</source>
        <translation>%1 : %2/%3 répond maintenant en tant que %4 (avant : %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: routing changed (%2)</source>
        <translation>%1 : routage modifié (%2)</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Changements : %1</translation>
    </message>
    <message>
        <source>Calls of %1 from %2 to %3:</source>
        <translation>Appels de %1 du %2 au %3 :</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>en alerte</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>Last evaluated %1; %n alert(s) firing.</source>
        <translation>
            <numerusform>Dernière évaluation %1 ; %n alerte active.</numerusform>
            <numerusform>Dernière évaluation %1 ; %n alertes actives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <source>firing (muted)</source>
        <translation>en alerte (muet)</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolue %1</translation>
    </message>
    <message>
        <source>%1 is muted for an hour.</source>
        <translation>%1 est muet pendant une heure.</translation>
    </message>
    <message>
        <source>%1 notifies again.</source>
        <translation>%1 notifie à nouveau.</translation>
    </message>
    <message>
        <source>Canar&amp;ies</source>
        <translation>Canar&amp;is</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Serveur d&apos;équipe : les miens</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre :</translation>
    </message>
    <message>
        <source>Whose calls: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member only their own)</source>
        <translation>Les appels de qui : ceux de cet ordinateur ou ceux du serveur d&apos;équipe (les administrateurs et les observateurs voient les appels de tous les membres, un membre seulement les siens)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>These SLOs, monitors, alerts and canaries are this computer&apos;s, from its own ledger: the team server does not share its evaluation (its SLOs are in its /metrics for Prometheus).</source>
        <translation>Ces SLO, moniteurs, alertes et canaris sont ceux de cet ordinateur, issus de son propre registre : le serveur d&apos;équipe ne partage pas son évaluation (ses SLO sont dans son /metrics pour Prometheus).</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: the Usage page shows the days from %1 to %2.</source>
        <translation>Les appels de l&apos;équipe restent sur le serveur d&apos;équipe : la page Utilisation affiche les jours du %1 au %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s, whatever the data scope: the team server does not share its own</source>
        <translation>Ceux de cet ordinateur, quelle que soit la portée des données : le serveur d&apos;équipe ne partage pas les siens</translation>
    </message>
    <message>
        <source>The team&apos;s calls stay on the team server: a click on a point opens the Usage page</source>
        <translation>Les appels de l&apos;équipe restent sur le serveur d&apos;équipe : un clic sur un point ouvre la page Utilisation</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s monitoring data…</source>
        <translation>Lecture des données de surveillance du serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Vos appels (%1) sur le serveur d&apos;équipe « %2 ».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Vos appels (%1) sur le serveur d&apos;équipe « %2 » : un membre ne voit que les siens.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Les appels de tous les membres sur le serveur d&apos;équipe « %1 ».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Les appels de %1 sur le serveur d&apos;équipe « %2 ».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; has no Monitor data for the team: it is older than this app. Update switchboard-cli on the server; until then choose &quot;This computer&quot;.</source>
        <translation>Le serveur d&apos;équipe « %1 » n&apos;a pas de données de surveillance pour l&apos;équipe : il est plus ancien que cette application. Mettez à jour switchboard-cli sur le serveur ; d&apos;ici là, choisissez « Cet ordinateur ».</translation>
    </message>
    <message>
        <source>Team server &quot;%1&quot; refused to show these calls to %2. A member sees only their own calls (&quot;Team server: mine&quot;); if these are yours, the server is older than this app: update switchboard-cli on the server.</source>
        <translation>Le serveur d&apos;équipe « %1 » a refusé de montrer ces appels à %2. Un membre ne voit que ses propres appels (« Serveur d&apos;équipe : les miens ») ; s&apos;il s&apos;agit des vôtres, le serveur est plus ancien que cette application : mettez à jour switchboard-cli sur le serveur.</translation>
    </message>
    <message>
        <source>Point at a line to see its value; click a point to open its days on the Usage page.</source>
        <translation>Pointez une ligne pour voir sa valeur ; cliquez sur un point pour ouvrir ses jours dans la page Utilisation.</translation>
    </message>
    <message>
        <source>Percentiles are estimated from histograms, within %1.</source>
        <translation>Les percentiles sont estimés à partir d’histogrammes, à %1 près.</translation>
    </message>
    <message>
        <source>Gap between tokens (p50, p90, p99)</source>
        <translation>Écart entre les jetons (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Tokens per second (p50, p90, p99)</source>
        <translation>Jetons par seconde (p50, p90, p99)</translation>
    </message>
    <message>
        <source>Error rate by error kind</source>
        <translation>Taux d&apos;erreur par type d&apos;erreur</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>jetons par seconde</translation>
    </message>
    <message>
        <source>&amp;Edit SLOs and monitors…</source>
        <translation>Modifi&amp;er les SLO et moniteurs…</translation>
    </message>
    <message>
        <source>Add or change the SLOs, threshold monitors, canaries and the alert webhook (%1)</source>
        <translation>Ajouter ou modifier les SLO, les moniteurs à seuil, les canaris et le webhook d&apos;alerte (%1)</translation>
    </message>
    <message>
        <source>No SLOs or monitors yet: &quot;Edit SLOs and monitors…&quot; adds them.</source>
        <translation>Pas encore de SLO ni de moniteurs : « Modifier les SLO et moniteurs… » les ajoute.</translation>
    </message>
</context>
<context>
    <name>sb::ui::MonitoringEditor</name>
    <message>
        <source>Watc&amp;hes:</source>
        <translation>&amp;Surveille :</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odèle :</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Ro&amp;ute :</translation>
    </message>
    <message>
        <source>Pro&amp;xy key:</source>
        <translation>Clé de pro&amp;xy :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Metr&amp;ic:</source>
        <translation>Métr&amp;ique :</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>Se&amp;uil :</translation>
    </message>
    <message>
        <source>O&amp;bjective:</source>
        <translation>O&amp;bjectif :</translation>
    </message>
    <message>
        <source>Win&amp;dow (days):</source>
        <translation>&amp;Fenêtre (jours) :</translation>
    </message>
    <message>
        <source>Minimum ca&amp;lls:</source>
        <translation>Appe&amp;ls minimum :</translation>
    </message>
    <message>
        <source>Demote this model in routin&amp;g while its error budget burns fast</source>
        <translation>Rétrograder ce modèle dans le routa&amp;ge tant que son budget d&apos;erreurs brûle vite</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur :</translation>
    </message>
    <message>
        <source>Win&amp;dow:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Cost per hour at &amp;least:</source>
        <translation>Coût par heure au &amp;moins :</translation>
    </message>
    <message>
        <source>No call &amp;for:</source>
        <translation>Aucun appel pendant (&amp;f) :</translation>
    </message>
    <message>
        <source>Wait before firin&amp;g again:</source>
        <translation>Attente avant de redéclencher (&amp;g) :</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>M&amp;odèles :</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pla&amp;nification :</translation>
    </message>
    <message>
        <source>Cost cap per r&amp;un:</source>
        <translation>Plafond de coût par e&amp;xécution :</translation>
    </message>
    <message>
        <source>Enabled: run on its schedu&amp;le</source>
        <translation>Activé : exécuter se&amp;lon la planification</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts :</translation>
    </message>
    <message>
        <source>All canar&amp;ies as JSON…</source>
        <translation>Tous les canar&amp;is en JSON…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
    <message>
        <source>SLOs, monitors and alerts</source>
        <translation>SLO, moniteurs et alertes</translation>
    </message>
    <message>
        <source>&amp;SLOs</source>
        <translation>&amp;SLO</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Moniteurs</translation>
    </message>
    <message>
        <source>&amp;Canaries</source>
        <translation>&amp;Canaris</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook d&apos;alerte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>A new entry (%1)</source>
        <translation>Une nouvelle entrée (%1)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Dupliqu&amp;er</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>No SLOs yet. An SLO sets an objective for a model or a route (99.5 % of calls succeed, 99 % of first tokens within 2 s) and alerts when its error budget burns fast.</source>
        <translation>Pas encore de SLO. Un SLO fixe un objectif à un modèle ou à une route (99,5 % des appels réussissent, 99 % des premiers jetons en 2 s) et alerte quand son budget d&apos;erreurs brûle vite.</translation>
    </message>
    <message>
        <source>No monitors yet. A monitor alerts on a threshold: an error rate, a latency spike against the hours before, a cost per hour, or no traffic.</source>
        <translation>Pas encore de moniteurs. Un moniteur alerte sur un seuil : un taux d&apos;erreurs, un pic de latence par rapport aux heures précédentes, un coût par heure ou l&apos;absence de trafic.</translation>
    </message>
    <message>
        <source>No quality canaries yet. A canary asks its prompts to its models on a schedule, within a cost cap, and alerts when the pass rate drops beyond noise.</source>
        <translation>Pas encore de canaris de qualité. Un canari pose ses prompts à ses modèles selon une planification, dans un plafond de coût, et alerte quand le taux de réussite baisse au-delà du bruit.</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Un modèle</translation>
    </message>
    <message>
        <source>A provider</source>
        <translation>Un fournisseur</translation>
    </message>
    <message>
        <source>A route or virtual model</source>
        <translation>Une route ou un modèle virtuel</translation>
    </message>
    <message>
        <source>A proxy key</source>
        <translation>Une clé de proxy</translation>
    </message>
    <message>
        <source>The model as the router asks the provider for it</source>
        <translation>Le modèle tel que le routeur le demande au fournisseur</translation>
    </message>
    <message>
        <source>Availability: calls succeed</source>
        <translation>Disponibilité : les appels réussissent</translation>
    </message>
    <message>
        <source>Latency: calls answer within a threshold</source>
        <translation>Latence : les appels répondent sous un seuil</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Temps jusqu&apos;au premier jeton</translation>
    </message>
    <message>
        <source>Total latency</source>
        <translation>Latence totale</translation>
    </message>
    <message>
        <source>The share of calls that must be good, above 50 % and below 100 %</source>
        <translation>La part des appels qui doivent être bons, au-dessus de 50 % et en dessous de 100 %</translation>
    </message>
    <message>
        <source>Calls needed in an alert&apos;s long window before it can fire</source>
        <translation>Appels nécessaires dans la longue fenêtre d&apos;une alerte avant qu&apos;elle puisse se déclencher</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreurs</translation>
    </message>
    <message>
        <source>Latency spike</source>
        <translation>Pic de latence</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coût par heure</translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation>Aucun trafic</translation>
    </message>
    <message>
        <source>Fires when the window&apos;s mean is this many times the baseline&apos;s</source>
        <translation>Se déclenche quand la moyenne de la fenêtre vaut autant de fois celle de la référence</translation>
    </message>
    <message>
        <source>The hours before the window that its mean is compared with</source>
        <translation>Les heures avant la fenêtre dont la moyenne sert de comparaison</translation>
    </message>
    <message>
        <source>After an alert resolves, the monitor waits this long before it fires again</source>
        <translation>Après la résolution d&apos;une alerte, le moniteur attend ce temps avant de se redéclencher</translation>
    </message>
    <message>
        <source>Calls needed in the window (and the baseline) before the monitor can fire</source>
        <translation>Appels nécessaires dans la fenêtre (et la référence) avant que le moniteur puisse se déclencher</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>PROVIDER/MODEL, route or virtual model names, separated by commas</source>
        <translation>PROVIDER/MODEL, noms de routes ou de modèles virtuels, séparés par des virgules</translation>
    </message>
    <message>
        <source>One prompt a line as a JSON object with its checks, e.g. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;}; or a prompt set as JSONL or CSV</source>
        <translation>Un prompt par ligne, en objet JSON avec ses vérifications, p. ex. {&quot;prompt&quot;: &quot;Capital of France?&quot;, &quot;contains&quot;: &quot;Paris&quot;} ; ou un jeu de prompts en JSONL ou CSV</translation>
    </message>
    <message>
        <source>Where `serve` posts its alerts as JSON (Slack, Mattermost and similar incoming webhooks show their text). Give the URL, or env:NAME or keychain:NAME holding it: chat webhooks carry their token in the URL.</source>
        <translation>Où `serve` envoie ses alertes en JSON (Slack, Mattermost et les webhooks entrants similaires affichent leur texte). Indiquez l&apos;URL, ou env:NAME ou keychain:NAME qui la contient : les webhooks de chat portent leur jeton dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Modifier en &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole monitoring section as JSON</source>
        <translation>Toute la section de surveillance en JSON</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>While the fast burn-rate alert holds, routes try this model after their other usable targets</source>
        <translation>Tant que l&apos;alerte de consommation rapide dure, les routes essaient ce modèle après leurs autres cibles utilisables</translation>
    </message>
    <message>
        <source>Only an SLO on a model can demote it: a route has no target to try later</source>
        <translation>Seul un SLO sur un modèle peut le rétrograder : une route n&apos;a pas de cible à essayer plus tard</translation>
    </message>
    <message>
        <source>No problems: Save applies these at once (and `serve` on its next start).</source>
        <translation>Aucun problème : Enregistrer l&apos;applique tout de suite (et `serve` à son prochain démarrage).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer :</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer :</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring settings could not be saved: %1</source>
        <translation>Les réglages de surveillance n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Monitoring as JSON</source>
        <translation>Surveillance en JSON</translation>
    </message>
    <message>
        <source>The workspace&apos;s &quot;monitoring&quot; section: {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Its problems show in the editor after OK.</source>
        <translation>La section &quot;monitoring&quot; de l&apos;espace de travail : {&quot;slos&quot;: [...], &quot;monitors&quot;: [...], &quot;canaries&quot;: [...], &quot;webhook&quot;: {&quot;url&quot;: ...}}. Ses problèmes s&apos;affichent dans l&apos;éditeur après OK.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>JSON non valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The monitoring section must be a JSON object.</source>
        <translation>La section de surveillance doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>Envoi d&apos;une alerte de test…</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL could not be read: %1</source>
        <translation>L&apos;URL du webhook n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>Le webhook sur %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The test alert failed: %1</source>
        <translation>L&apos;alerte de test a échoué : %1</translation>
    </message>
    <message>
        <source>Routes and virtual models</source>
        <translation>Routes et modèles virtuels</translation>
    </message>
    <message>
        <source>No models: add a provider first</source>
        <translation>Aucun modèle : ajoutez d’abord un fournisseur</translation>
    </message>
    <message>
        <source>Every model is in the list already</source>
        <translation>Tous les modèles sont déjà dans la liste</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Ajouter un modèle</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkForm</name>
    <message>
        <source>As in Settings (Network)</source>
        <translation>Comme dans les Paramètres (Réseau)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
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
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy, separated by commas: names, .domain or *.domain suffixes, addresses; * for all.</source>
        <translation>Hôtes joints sans le proxy, séparés par des virgules : noms, suffixes .domaine ou *.domaine, adresses ; * pour tous.</translation>
    </message>
    <message>
        <source>&amp;Without proxy:</source>
        <translation>&amp;Sans proxy :</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates (optional)</source>
        <translation>Fichier PEM avec des certificats d’AC supplémentaires (facultatif)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;Certificats d’AC :</translation>
    </message>
    <message>
        <source>Accept this provider&apos;s &amp;self-signed certificate (in-house gateways)</source>
        <translation>Accepter le certificat auto-&amp;signé de ce fournisseur (passerelles internes)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until the provider answers (default 15 s)</source>
        <translation>Jusqu’à la réponse du fournisseur (15 s par défaut)</translation>
    </message>
    <message>
        <source>From the answer&apos;s start until its first words (default 120 s)</source>
        <translation>Du début de la réponse à ses premiers mots (120 s par défaut)</translation>
    </message>
    <message>
        <source>The longest pause in the middle of an answer (default 90 s)</source>
        <translation>La plus longue pause au milieu d’une réponse (90 s par défaut)</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>First token:</source>
        <translation>Premier jeton :</translation>
    </message>
    <message>
        <source>Idle:</source>
        <translation>Inactivité :</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Délais :</translation>
    </message>
    <message>
        <source>Extra attempts on the same provider after a timeout, a network error or an overloaded answer (default 1; a route&apos;s own setting wins)</source>
        <translation>Tentatives supplémentaires auprès du même fournisseur après un délai dépassé, une erreur réseau ou une réponse de surcharge (1 par défaut ; le réglage propre d’une route l’emporte)</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>&amp;Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>conservé dans le trousseau</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>enregistré dans le trousseau ; saisissez-en un autre pour le remplacer</translation>
    </message>
</context>
<context>
    <name>sb::ui::NetworkSettingsPage</name>
    <message>
        <source>How calls reach the providers. A provider can have its own setting (Providers page).</source>
        <translation>Comment les appels atteignent les fournisseurs. Un fournisseur peut avoir son propre réglage (page Fournisseurs).</translation>
    </message>
    <message>
        <source>Network settings not saved: %1</source>
        <translation>Réglages réseau non enregistrés : %1</translation>
    </message>
    <message>
        <source>Network settings not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Réglages réseau non enregistrés : le mot de passe du proxy n’a pas pu être enregistré dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>Storing the proxy password in the keychain…</source>
        <translation>Enregistrement du mot de passe du proxy dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>sb::ui::PlaygroundPage</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Stop the answer, or cancel an edit</source>
        <translation>Arrêter la réponse, ou annuler une modification</translation>
    </message>
    <message>
        <source>System prompt and parameters</source>
        <translation>Système et paramètres</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Ouvrir Fournisseurs</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Pick a model first. No models? Add a provider on the Providers page.</source>
        <translation>Choisissez d&apos;abord un modèle. Aucun modèle ? Ajoutez un fournisseur sur la page Fournisseurs.</translation>
    </message>
    <message>
        <source>The knowledge base could not be searched: %1. Pick another collection under Knowledge (or turn it off), then Retry; your question is kept.</source>
        <translation>Impossible de chercher dans la base de connaissances : %1. Choisissez une autre collection sous Connaissances (ou désactivez-la), puis Réessayer ; votre question est conservée.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la réponse : %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Impossible de lire la conversation : %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>No provider is configured yet.

Add one on the Providers page (an API key for OpenAI, Anthropic, Gemini or any OpenAI-compatible service, or a local Ollama), then come back here to chat.</source>
        <translation>Aucun fournisseur n&apos;est encore configuré.

Ajoutez-en un sur la page Fournisseurs (une clé d&apos;API pour OpenAI, Anthropic, Gemini ou tout service compatible OpenAI, ou un Ollama local), puis revenez ici pour discuter.</translation>
    </message>
    <message>
        <source>The providers offer no models yet. Choose models on the Providers page.</source>
        <translation>Les fournisseurs ne proposent encore aucun modèle. Choisissez des modèles sur la page Fournisseurs.</translation>
    </message>
    <message>
        <source>Pick a model above and write a message below.

Enter sends, Shift+Enter adds a line, Esc stops the answer. Ctrl+N starts a new conversation, Ctrl+K searches them.</source>
        <translation>Choisissez un modèle ci-dessus et écrivez un message ci-dessous.

Entrée envoie, Maj+Entrée ajoute une ligne, Échap arrête la réponse. Ctrl+N démarre une nouvelle conversation, Ctrl+K les recherche.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Routing decision</source>
        <translation>Décision de routage</translation>
    </message>
    <message>
        <source>The routing decision of this answer is not in the usage ledger (yet).</source>
        <translation>La décision de routage de cette réponse n&apos;est pas (encore) dans le registre d&apos;utilisation.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a message first.</source>
        <translation>Rien à exporter pour l&apos;instant : envoyez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
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
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No provider selected.

Add one with &quot;Add&quot;: OpenAI, Anthropic, Gemini, Ollama or any OpenAI-compatible service.</source>
        <translation>Aucun fournisseur sélectionné.

Ajoutez-en un avec « Ajouter » : OpenAI, Anthropic, Gemini, Ollama ou tout service compatible OpenAI.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Used in model names: ID/MODEL. Lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Utilisé dans les noms de modèles : ID/MODÈLE. Lettres minuscules, chiffres, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau système</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d&apos;environnement</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Pas de clé</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Send tool schemas in Gemini&apos;s older &amp;Schema format</source>
        <translation>Envoyer les schémas à l&apos;ancien format &amp;Schema de Gemini</translation>
    </message>
    <message>
        <source>For models or endpoints that refuse JSON Schema (parametersJsonSchema): tool and output schemas are rewritten into Gemini&apos;s OpenAPI subset, and keywords it lacks are left out.</source>
        <translation>Pour les modèles ou points de terminaison qui refusent JSON Schema (parametersJsonSchema) : les schémas d&apos;outils et de sortie sont réécrits dans le sous-ensemble OpenAPI de Gemini, et les mots-clés qui lui manquent sont omis.</translation>
    </message>
    <message>
        <source>Models (the checked ones are offered; an empty list offers the catalog&apos;s models for this kind):</source>
        <translation>Modèles (ceux cochés sont proposés ; une liste vide propose les modèles du catalogue pour ce type) :</translation>
    </message>
    <message>
        <source>US dollars per million input tokens</source>
        <translation>Dollars US par million de jetons en entrée</translation>
    </message>
    <message>
        <source>US dollars per million output tokens</source>
        <translation>Dollars US par million de jetons en sortie</translation>
    </message>
    <message>
        <source>The most tokens the model takes (prompt and answer)</source>
        <translation>Le nombre maximal de jetons que le modèle accepte (prompt et réponse)</translation>
    </message>
    <message>
        <source>$/M &amp;in:</source>
        <translation>$/M &amp;entrée :</translation>
    </message>
    <message>
        <source>$/M o&amp;ut:</source>
        <translation>$/M so&amp;rtie :</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texte :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Fetch models</source>
        <translation>Récupérer les &amp;modèles</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>New provider: fill in the key, then Save. Test the connection any time.</source>
        <translation>Nouveau fournisseur : renseignez la clé, puis Enregistrer. Testez la connexion à tout moment.</translation>
    </message>
    <message>
        <source>https://host/v1 (required)</source>
        <translation>https://hôte/v1 (obligatoire)</translation>
    </message>
    <message>
        <source>A local server usually needs no key.</source>
        <translation>Un serveur local n&apos;a généralement pas besoin de clé.</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, or read from an environment variable.</source>
        <translation>Les clés sont conservées dans le trousseau système, ou lues depuis une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Prices of %1:</source>
        <translation>Prix de %1 :</translation>
    </message>
    <message>
        <source>Select a model to set its prices.</source>
        <translation>Sélectionnez un modèle pour définir ses prix.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>•••••••• stored in the keychain as %1; type to replace</source>
        <translation>•••••••• enregistrée dans le trousseau sous %1 ; saisissez pour remplacer</translation>
    </message>
    <message>
        <source>paste the key (stored in the keychain, never in files)</source>
        <translation>collez la clé (enregistrée dans le trousseau, jamais dans des fichiers)</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>NOM_DE_VARIABLE</translation>
    </message>
    <message>
        <source>Not saved: tick at least one model (an empty list would offer the catalog&apos;s models instead).</source>
        <translation>Non enregistré : cochez au moins un modèle (une liste vide proposerait à la place les modèles du catalogue).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: name the environment variable that holds the key.</source>
        <translation>Non enregistré : indiquez la variable d&apos;environnement qui contient la clé.</translation>
    </message>
    <message>
        <source>Not saved: paste the API key first (or choose an environment variable).</source>
        <translation>Non enregistré : collez d&apos;abord la clé d&apos;API (ou choisissez une variable d&apos;environnement).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Not saved: the key could not be stored in the keychain (%1). Choose &quot;Environment variable&quot; to read it from the environment instead.</source>
        <translation>Non enregistré : la clé n&apos;a pas pu être enregistrée dans le trousseau (%1). Choisissez « Variable d&apos;environnement » pour la lire plutôt depuis l&apos;environnement.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove the provider &quot;%1&quot;? Its key is deleted from the keychain; usage history stays.</source>
        <translation>Supprimer le fournisseur « %1 » ? Sa clé est effacée du trousseau ; l&apos;historique d&apos;utilisation reste.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Impossible de lire la clé : %1</translation>
    </message>
    <message>
        <source>Fetching models…</source>
        <translation>Récupération des modèles…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected in %1 ms: %n model(s) available.</source>
        <translation>
            <numerusform>Connecté en %1 ms : %n modèle disponible.</numerusform>
            <numerusform>Connecté en %1 ms : %n modèles disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>This provider&apos;s own network setting; empty fields follow Settings (Network).</source>
        <translation>Le réglage réseau propre à ce fournisseur ; les champs vides suivent les Paramètres (Réseau).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Not saved: the proxy password could not be stored in the keychain (%1).</source>
        <translation>Non enregistré : le mot de passe du proxy n’a pas pu être enregistré dans le trousseau (%1).</translation>
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
        <translation>Les outils de cette machine (Claude Code, Codex, Gemini CLI, Cursor, Continue, Cline, Zed, aider, JetBrains AI, les SDK OpenAI, Anthropic et Google Gen AI) peuvent utiliser vos fournisseurs et vos routes via les points de terminaison OpenAI, Responses, Anthropic et Gemini servis ici. Chaque appel est routé, budgété et compté comme ceux de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Proxy on</source>
        <translation>&amp;Proxy actif</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Reachable from other machines (needs keys)</source>
        <translation>Accessible depuis d&apos;autres machines (exige des clés)</translation>
    </message>
    <message>
        <source>&amp;Web pages allowed:</source>
        <translation>Pages &amp;web autorisées :</translation>
    </message>
    <message>
        <source>none (e.g. http://localhost:3000)</source>
        <translation>aucune (p. ex. http://localhost:3000)</translation>
    </message>
    <message>
        <source>Origins of web pages that may call the proxy from a browser, separated by commas. Pages from any other origin are refused. An origin is scheme, host and port, as the browser sends it: http://localhost:3000</source>
        <translation>Origines des pages web autorisées à appeler le proxy depuis un navigateur, séparées par des virgules. Les pages de toute autre origine sont refusées. Une origine est un schéma, un hôte et un port, tels que le navigateur les envoie : http://localhost:3000</translation>
    </message>
    <message>
        <source>Other &amp;names of this machine:</source>
        <translation>Autres &amp;noms de cette machine :</translation>
    </message>
    <message>
        <source>none (e.g. gpu-box.lan)</source>
        <translation>aucun (p. ex. gpu-box.lan)</translation>
    </message>
    <message>
        <source>Host names other machines use to reach this proxy. Requests naming any other host are refused (loopback names and IP addresses always work); this stops DNS rebinding.</source>
        <translation>Noms d&apos;hôte que d&apos;autres machines utilisent pour joindre ce proxy. Les requêtes nommant tout autre hôte sont refusées (les noms de bouclage et les adresses IP fonctionnent toujours) ; cela bloque le DNS rebinding.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Modèles autorisés</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Stockée comme</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>A new key for a tool, stored in the keychain</source>
        <translation>Une nouvelle clé pour un outil, enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Supprimer la clé sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Limits…</source>
        <translation>&amp;Limites…</translation>
    </message>
    <message>
        <source>The models this key may call, requests per minute and a monthly spend limit</source>
        <translation>Les modèles que cette clé peut appeler, les requêtes par minute et une limite de dépense mensuelle</translation>
    </message>
    <message>
        <source>select a key</source>
        <translation>sélectionnez une clé</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copies the set-up with the key in it</source>
        <translation>Copie la configuration avec la clé</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Répondu par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tokens in/out</source>
        <translation>Jetons entrée/sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Latency / TTFT</source>
        <translation>Latence / TTFT</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>New proxy key</source>
        <translation>Nouvelle clé de proxy</translation>
    </message>
    <message>
        <source>Name of the tool that will use it:</source>
        <translation>Nom de l&apos;outil qui l&apos;utilisera :</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is:

%2

It is stored in your keychain; copy it or a ready-made set-up from this page at any time.</source>
        <translation>La clé pour « %1 » est :

%2

Elle est enregistrée dans votre trousseau ; copiez-la, ou une configuration prête à l&apos;emploi, depuis cette page à tout moment.</translation>
    </message>
    <message>
        <source>Limits of the key &quot;%1&quot;</source>
        <translation>Limites de la clé « %1 »</translation>
    </message>
    <message>
        <source>all (or e.g. openai/*, auto)</source>
        <translation>toutes (ou p. ex. openai/*, auto)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Models allowed:</source>
        <translation>&amp;Modèles autorisés :</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Requêtes par minute :</translation>
    </message>
    <message>
        <source>Monthly &amp;spend limit ($):</source>
        <translation>Limite de &amp;dépense mensuelle ($) :</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>The spend limit must be a number of dollars, 0 or more.</source>
        <translation>La limite de dépense doit être un nombre de dollars, 0 ou plus.</translation>
    </message>
    <message>
        <source>No key could be made for the proxy: %1

Run it without a key? Then any program on this computer can use it and spend your credits (web pages stay refused unless you allow them).</source>
        <translation>Aucune clé n&apos;a pu être créée pour le proxy : %1

Le lancer sans clé ? Alors n&apos;importe quel programme de cet ordinateur pourra l&apos;utiliser et dépenser vos crédits (les pages web restent refusées sauf si vous les autorisez).</translation>
    </message>
    <message>
        <source>Your proxy key</source>
        <translation>Votre clé de proxy</translation>
    </message>
    <message>
        <source>Tools must now send this key to use the proxy:

%1

It is kept in your keychain. Copy it, or a ready-made set-up for your tool, from this page at any time.</source>
        <translation>Les outils doivent maintenant envoyer cette clé pour utiliser le proxy :

%1

Elle est conservée dans votre trousseau. Copiez-la, ou une configuration prête à l&apos;emploi pour votre outil, depuis cette page à tout moment.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>, without a key</source>
        <translation>, sans clé</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Off. Turn it on to serve http://%1:%2</source>
        <translation>Désactivé. Activez-le pour servir http://%1:%2</translation>
    </message>
    <message>
        <source> (stream)</source>
        <translation> (flux)</translation>
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
        <translation>tous</translation>
    </message>
    <message>
        <source>No key: any program on this computer can use the proxy and spend your credits. Web pages are refused unless their origin is allowed above. Make one with New…</source>
        <translation>Pas de clé : n&apos;importe quel programme de cet ordinateur peut utiliser le proxy et dépenser vos crédits. Les pages web sont refusées sauf si leur origine est autorisée ci-dessus. Créez-en une avec Nouvelle…</translation>
    </message>
    <message>
        <source>One key per tool: tools without a key are refused. Budgets per key are set on the Usage page.</source>
        <translation>Une clé par outil : les outils sans clé sont refusés. Les budgets par clé se règlent sur la page Utilisation.</translation>
    </message>
    <message>
        <source>read from %1</source>
        <translation>lue depuis %1</translation>
    </message>
    <message>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>Une clé nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer la clé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Remove the last key</source>
        <translation>Supprimer la dernière clé</translation>
    </message>
    <message>
        <source>Without a key, any program on this computer can use the proxy and spend your credits. Web pages stay refused unless their origin is allowed.

Remove &quot;%1&quot; and run without a key?</source>
        <translation>Sans clé, n&apos;importe quel programme de cet ordinateur peut utiliser le proxy et dépenser vos crédits. Les pages web restent refusées sauf si leur origine est autorisée.

Supprimer « %1 » et fonctionner sans clé ?</translation>
    </message>
    <message>
        <source>Remove proxy key</source>
        <translation>Supprimer la clé de proxy</translation>
    </message>
    <message>
        <source>Remove the key &quot;%1&quot;? Tools using it will get 401 errors.</source>
        <translation>Supprimer la clé « %1 » ? Les outils qui l&apos;utilisent recevront des erreurs 401.</translation>
    </message>
    <message>
        <source>(earlier)</source>
        <translation>(plus ancien)</translation>
    </message>
    <message>
        <source>Cursor Settings &gt; Models:
  OpenAI API Key: %2
  Override OpenAI Base URL: %1/v1
  add the model %3

Cursor sends most requests from its own servers, which cannot reach %1:
they need an address they can reach (&quot;Reachable from other machines&quot; and a tunnel you trust).
</source>
        <translation>Cursor Settings &gt; Models :
  OpenAI API Key : %2
  Override OpenAI Base URL : %1/v1
  ajoutez le modèle %3

Cursor envoie la plupart des requêtes depuis ses propres serveurs, qui ne peuvent pas joindre %1 :
il leur faut une adresse joignable (« Accessible depuis d&apos;autres machines » et un tunnel de confiance).
</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingForm</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&amp;Edit:</source>
        <translation>&amp;Modifier :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Virtual model</source>
        <translation>Modèle virtuel</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No virtual models or routes yet. Use New to add a route (the models to try, in order) and then a virtual model (the name clients ask for).</source>
        <translation>Pas encore de modèle virtuel ni de route. Utilisez Nouveau pour ajouter une route (les modèles à essayer, dans l&apos;ordre), puis un modèle virtuel (le nom que demandent les clients).</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>Fallback: in order, the next on failure</source>
        <translation>Repli : le suivant en cas d&apos;échec</translation>
    </message>
    <message>
        <source>Weighted: shares by weight</source>
        <translation>Pondéré : répartition selon le poids</translation>
    </message>
    <message>
        <source>Fastest first token</source>
        <translation>Premier jeton le plus rapide</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Le moins cher</translation>
    </message>
    <message>
        <source>Least busy</source>
        <translation>Le moins occupé</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Drag to reorder: the order is the fallback order. Double-click a weight to change it.</source>
        <translation>Glissez pour réordonner : l&apos;ordre est celui du repli. Double-cliquez sur un poids pour le changer.</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>Ajouter une &amp;cible</translation>
    </message>
    <message>
        <source>Move up (earlier in the fallback order)</source>
        <translation>Monter (plus tôt dans l&apos;ordre de repli)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Retirer la cible</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <source>Extra attempts on the same target after a retryable error (rate limit, overload, timeout)</source>
        <translation>Tentatives supplémentaires sur la même cible après une erreur récupérable (limite de débit, surcharge, délai dépassé)</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nouvelles tentatives :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The first wait before a retry; it doubles with each retry</source>
        <translation>La première attente avant une nouvelle tentative ; elle double à chaque tentative</translation>
    </message>
    <message>
        <source>&amp;Backoff:</source>
        <translation>&amp;Temporisation :</translation>
    </message>
    <message>
        <source>A provider asking to wait longer than this (Retry-After) fails over instead</source>
        <translation>Un fournisseur qui demande d&apos;attendre plus longtemps (Retry-After) bascule plutôt vers la suivante</translation>
    </message>
    <message>
        <source>Longest &amp;wait:</source>
        <translation>Attente &amp;maximale :</translation>
    </message>
    <message>
        <source>The route used when no rule matches</source>
        <translation>La route utilisée quand aucune règle ne correspond</translation>
    </message>
    <message>
        <source>&amp;Default route:</source>
        <translation>Route par &amp;défaut :</translation>
    </message>
    <message>
        <source>no ceiling</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Skip targets estimated to cost more than this per call</source>
        <translation>Ignorer les cibles dont le coût estimé par appel dépasse ce montant</translation>
    </message>
    <message>
        <source>&amp;Cost ceiling per call:</source>
        <translation>&amp;Coût max. par appel :</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sans budget</translation>
    </message>
    <message>
        <source>Skip targets whose recent time to first token is slower than this</source>
        <translation>Ignorer les cibles dont le temps récent jusqu&apos;au premier jeton est plus lent que ceci</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>&amp;Budget de latence :</translation>
    </message>
    <message>
        <source>Leave out, and say so in a header</source>
        <translation>Omettre (signalé dans un en-tête)</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la requête</translation>
    </message>
    <message>
        <source>Provider-run tools a client asks for (web search, code interpreter, file search) that the chosen model&apos;s API cannot run. Refusing skips such targets and, when none is left, answers 400 naming the tool.</source>
        <translation>Outils exécutés par le fournisseur qu&apos;un client demande (recherche web, interpréteur de code, recherche de fichiers) et que l&apos;API du modèle choisi ne peut pas exécuter. Refuser ignore ces cibles et, s&apos;il n&apos;en reste aucune, répond 400 en nommant l&apos;outil.</translation>
    </message>
    <message>
        <source>&amp;Hosted tools it cannot run:</source>
        <translation>&amp;Outils hébergés non exécutables :</translation>
    </message>
    <message>
        <source>none (e.g. handbook, contracts)</source>
        <translation>aucune (p. ex. handbook, contracts)</translation>
    </message>
    <message>
        <source>Knowledge base collections, separated by commas: every request through this model gets the best passages from them as numbered sources in its system prompt, whichever API the client speaks</source>
        <translation>Collections de la base de connaissances, séparées par des virgules : chaque requête passant par ce modèle en reçoit les meilleurs passages comme sources numérotées dans son prompt système, quelle que soit l&apos;API utilisée par le client</translation>
    </message>
    <message>
        <source>&amp;Knowledge collections:</source>
        <translation>&amp;Base de connaissances :</translation>
    </message>
    <message>
        <source>default (5)</source>
        <translation>par défaut (5)</translation>
    </message>
    <message>
        <source>How many passages a request gets at most (they also have to fit the token budget, knowledgeTokens)</source>
        <translation>Le nombre maximal de passages qu&apos;une requête reçoit (ils doivent aussi tenir dans le budget de jetons, knowledgeTokens)</translation>
    </message>
    <message>
        <source>Knowledge &amp;passages:</source>
        <translation>Nb de &amp;passages :</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Min. tokens</source>
        <translation>Jetons min.</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches picks the route.</source>
        <translation>Les règles sont essayées depuis le haut ; la première qui correspond choisit la route.</translation>
    </message>
    <message>
        <source>Add r&amp;ule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>Move the rule up (tried earlier)</source>
        <translation>Monter la règle (essayée plus tôt)</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Descendre la règle</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Règles :</translation>
    </message>
    <message>
        <source>The form shows the last version it could read. Fix the JSON first: %1</source>
        <translation>Le formulaire montre la dernière version qu&apos;il a pu lire. Corrigez d&apos;abord le JSON : %1</translation>
    </message>
    <message>
        <source>Virtual model: %1</source>
        <translation>Modèle virtuel : %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Route : %1</translation>
    </message>
    <message>
        <source>No enabled provider offers this model now</source>
        <translation>Aucun fournisseur activé ne propose ce modèle actuellement</translation>
    </message>
    <message>
        <source>%1 (no such route)</source>
        <translation>%1 (route inexistante)</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>toute taille</translation>
    </message>
    <message>
        <source>Matches when the prompt is estimated at this many tokens or more</source>
        <translation>Correspond quand le prompt est estimé à ce nombre de jetons ou plus</translation>
    </message>
</context>
<context>
    <name>sb::ui::RoutingPage</name>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>en refroidissement</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>en test</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Virtual models and routes</source>
        <translation>Modèles virtuels et routes</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <source>A route lists targets (PROVIDER/MODEL) and a strategy: fallback, weighted, latency, cost or least_busy. A virtual model is a name clients ask for; its rules pick a route by task (summarize, code, reasoning, vision), needed capabilities (tools, vision, json) or prompt size, with an optional cost ceiling (maxCostUsd) and latency budget (latencyBudgetMs).</source>
        <translation>Une route liste des cibles (FOURNISSEUR/MODÈLE) et une stratégie : fallback, weighted, latency, cost ou least_busy. Un modèle virtuel est un nom que demandent les clients ; ses règles choisissent une route selon la tâche (summarize, code, reasoning, vision), les capacités nécessaires (tools, vision, json) ou la taille du prompt, avec un plafond de coût facultatif (maxCostUsd) et un budget de latence (latencyBudgetMs).</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>Insérer un &amp;exemple</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>A sample prompt, e.g. &quot;Summarize this report&quot;</source>
        <translation>Un prompt d&apos;exemple, p. ex. « Résume ce rapport »</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <source>guess from the prompt</source>
        <translation>deviner du prompt</translation>
    </message>
    <message>
        <source>uses tools</source>
        <translation>avec outils</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>avec image</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>&amp;Show route</source>
        <translation>&amp;Afficher la route</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coût est.</translation>
    </message>
    <message>
        <source>Why / why not</source>
        <translation>Pourquoi / pourquoi pas</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Live health</source>
        <translation>Santé en direct</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Répondu par</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Select a call to see why it went where it went.</source>
        <translation>Sélectionnez un appel pour voir pourquoi il est allé là où il est allé.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Appels récents</translation>
    </message>
    <message>
        <source>Apply the routing configuration</source>
        <translation>Appliquer la configuration de routage</translation>
    </message>
    <message>
        <source>The saved routing is not in use until it is fixed: %1</source>
        <translation>Le routage enregistré n&apos;est pas utilisé tant qu&apos;il n&apos;est pas corrigé : %1</translation>
    </message>
    <message>
        <source>the text is not a JSON object</source>
        <translation>le texte n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The configuration is an object with &quot;virtualModels&quot; and &quot;routes&quot;.</source>
        <translation>La configuration est un objet avec &quot;virtualModels&quot; et &quot;routes&quot;.</translation>
    </message>
    <message>
        <source>Unknown key(s): %1</source>
        <translation>Clé(s) inconnue(s) : %1</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Valid, but requests through these virtual models fail until the collections exist (switchboard-cli kb create NAME): %1</source>
        <translation>Valide, mais les requêtes via ces modèles virtuels échouent tant que les collections n&apos;existent pas (switchboard-cli kb create NOM) : %1</translation>
    </message>
    <message>
        <source>Applied: new calls use this routing.</source>
        <translation>Appliqué : les nouveaux appels utilisent ce routage.</translation>
    </message>
    <message>
        <source>Add a provider first (Providers page): routes need targets.</source>
        <translation>Ajoutez d&apos;abord un fournisseur (page Fournisseurs) : les routes ont besoin de cibles.</translation>
    </message>
    <message>
        <source>virtual model %1</source>
        <translation>modèle virtuel %1</translation>
    </message>
    <message>
        <source>route %1 (%2)</source>
        <translation>route %1 (%2)</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>chosen by %1</source>
        <translation>choisi par %1</translation>
    </message>
    <message>
        <source>task %1%2</source>
        <translation>tâche %1%2</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation> (deviné)</translation>
    </message>
    <message>
        <source>about %1 input tokens</source>
        <translation>environ %1 jetons en entrée</translation>
    </message>
    <message>
        <source>No target: %1</source>
        <translation>Pas de cible : %1</translation>
    </message>
    <message>
        <source>Goes to %1 — %2</source>
        <translation>Va vers %1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>premier choix</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>repli</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message numerus="yes">
        <source>trial call: circuit half-open after %n failure(s), one call may test it</source>
        <translation>
            <numerusform>appel d&apos;essai : circuit semi-ouvert après %n échec, un appel peut le tester</numerusform>
            <numerusform>appel d&apos;essai : circuit semi-ouvert après %n échecs, un appel peut le tester</numerusform>
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
        <translation>%1 sur %2 en échec (%3 %)</translation>
    </message>
    <message>
        <source>Recent error rate, weighted towards the latest calls (what routing uses): %1%</source>
        <translation>Taux d&apos;erreur récent, pondéré vers les derniers appels (ce qu&apos;utilise le routage) : %1 %</translation>
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
        <translation>%1 : %2 % du budget d&apos;erreur restant, consommé à %3x</translation>
    </message>
    <message>
        <source>%1: no calls yet</source>
        <translation>%1 : pas encore d&apos;appels</translation>
    </message>
    <message>
        <source>demoted: %1</source>
        <translation>rétrogradé : %1</translation>
    </message>
    <message>
        <source>%1 · demoted in routing</source>
        <translation>%1 · rétrogradé dans le routage</translation>
    </message>
</context>
<context>
    <name>sb::ui::RunDiffDialog</name>
    <message>
        <source>Compare runs of %1</source>
        <translation>Comparer les exécutions de %1</translation>
    </message>
    <message>
        <source>A: %1, %2, %3, %4</source>
        <translation>A : %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>B: %1, %2, %3, %4</source>
        <translation>B : %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Only the steps that changed</source>
        <translation>Seulement les étapes modifiées</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Sortie A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Sortie B</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modèle A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modèle B</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Coût A</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Coût B</translation>
    </message>
    <message>
        <source>Latency A</source>
        <translation>Latence A</translation>
    </message>
    <message>
        <source>Latency B</source>
        <translation>Latence B</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>sb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Utilisé actuellement : %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Répertoire de données :</translation>
    </message>
    <message>
        <source>The data directory must be an absolute path.</source>
        <translation>Le répertoire de données doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>%1 is a file, not a directory.</source>
        <translation>%1 est un fichier, pas un répertoire.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter starts a new line)</source>
        <translation>Entrée (Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter starts a new line)</source>
        <translation>Ctrl+Entrée (Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>&amp;Send a message with:</source>
        <translation>&amp;Envoyer un message avec :</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Start Switchboard when I &amp;log in</source>
        <translation>Lancer Switchboard à l’ouverture de session (&amp;L)</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Réponses :</translation>
    </message>
    <message>
        <source>C&amp;ode in answers:</source>
        <translation>C&amp;ode dans les réponses :</translation>
    </message>
    <message>
        <source>The fonts apply to answers in the Playground and Compare at once.</source>
        <translation>Les polices s&apos;appliquent aussitôt aux réponses du Playground et de Comparer.</translation>
    </message>
    <message>
        <source>Applies to the prompts of the Playground and Compare at once.</source>
        <translation>S&apos;applique aussitôt aux prompts du Playground et de Comparer.</translation>
    </message>
    <message>
        <source>&amp;New conversations use:</source>
        <translation>Les &amp;nouvelles conversations utilisent :</translation>
    </message>
    <message>
        <source>&amp;Compare starts with:</source>
        <translation>&amp;Comparer commence avec :</translation>
    </message>
    <message>
        <source>No models yet: add a provider on the Providers page, then choose them here.</source>
        <translation>Aucun modèle pour l&apos;instant : ajoutez un fournisseur dans la page Fournisseurs, puis choisissez-les ici.</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conserver toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Keep conversations:</source>
        <translation>&amp;Conserver les conversations :</translation>
    </message>
    <message>
        <source>Playground conversations not changed for this many days are deleted, at start and once a day.</source>
        <translation>Les conversations du Playground non modifiées depuis ce nombre de jours sont supprimées au démarrage et une fois par jour.</translation>
    </message>
    <message>
        <source>C&amp;lear All Local Data…</source>
        <translation>Effacer &amp;toutes les données locales…</translation>
    </message>
    <message>
        <source>Clear all local data</source>
        <translation>Effacer toutes les données locales</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (plus proposé)</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>Le dernier modèle utilisé</translation>
    </message>
    <message>
        <source>Switchboard will quit, delete the following and start again empty:

• in %1: the database (conversations, the usage ledger, comparisons and votes, knowledge collections and their index, workflows&apos; runs, monitoring history) and the workspace file (providers, routes, budgets, proxy keys, workflows)
• every setting of this dialog
• the keys in the system keychain that the workspace refers to (provider and proxy keys)

Kept: environment variables, the files you imported into the knowledge base, exported files and other files in the folder.

This cannot be undone. Export the workspace first to keep it.</source>
        <translation>Switchboard va se fermer, supprimer ce qui suit et redémarrer à vide :

• dans %1 : la base de données (conversations, le registre d&apos;utilisation, comparaisons et votes, collections de connaissances et leur index, exécutions des workflows, historique de surveillance) et le fichier de l&apos;espace de travail (fournisseurs, routes, budgets, clés du proxy, workflows)
• tous les réglages de cette boîte de dialogue
• les clés du trousseau système auxquelles l&apos;espace de travail fait référence (clés des fournisseurs et du proxy)

Conservés : les variables d&apos;environnement, les fichiers importés dans la base de connaissances, les fichiers exportés et les autres fichiers du dossier.

Cette action est irréversible. Exportez d&apos;abord l&apos;espace de travail pour le garder.</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Then the local proxy is turned on at start, and the window opens from the tray icon. Without a tray, the window opens as usual.</source>
        <translation>Le proxy local est alors activé au démarrage, et la fenêtre s&apos;ouvre depuis l&apos;icône de la zone de notification. Sans zone de notification, elle s&apos;ouvre normalement.</translation>
    </message>
    <message>
        <source>Conversations, comparisons, usage and the workspace file live in the data directory. A new data directory takes effect after a restart; files are not moved.</source>
        <translation>Les conversations, comparaisons, l’utilisation et le fichier de l’espace de travail se trouvent dans le dossier de données. Un nouveau dossier de données prend effet après un redémarrage ; les fichiers ne sont pas déplacés.</translation>
    </message>
</context>
<context>
    <name>sb::ui::SourceDialog</name>
    <message>
        <source>Source [%1]</source>
        <translation>Source [%1]</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caractères %1–%2</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Copy passage</source>
        <translation>Copier le passage</translation>
    </message>
    <message>
        <source>The file is no longer at %1: it was moved or deleted since it was imported.</source>
        <translation>Le fichier n&apos;est plus à %1 : il a été déplacé ou supprimé depuis son import.</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepCompareDialog</name>
    <message>
        <source>Compare step %1</source>
        <translation>Comparer l&apos;étape %1</translation>
    </message>
    <message>
        <source>The input step %1 was given in this run goes to the models you tick, side by side in Compare.</source>
        <translation>L&apos;entrée que l&apos;étape %1 a reçue dans cette exécution va aux modèles que vous cochez, côte à côte dans Comparer.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) chosen.</source>
        <translation>
            <numerusform>%n modèle choisi.</numerusform>
            <numerusform>%n modèles choisis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 to %2 models (%3 chosen).</source>
        <translation>Choisissez de %1 à %2 modèles (%3 choisis).</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepInspector</name>
    <message>
        <source>Select a step on the canvas to edit it. Add steps from the palette: drag one onto the canvas or double-click it. Drag from a step&apos;s port on the right to another step to connect them.</source>
        <translation>Sélectionnez une étape sur le canevas pour la modifier. Ajoutez des étapes depuis la palette : glissez-en une sur le canevas ou double-cliquez dessus. Glissez depuis le port droit d&apos;une étape vers une autre étape pour les relier.</translation>
    </message>
    <message>
        <source>In the run shown</source>
        <translation>Dans l&apos;exécution affichée</translation>
    </message>
    <message>
        <source>Compare on other models…</source>
        <translation>Comparer sur d&apos;autres modèles…</translation>
    </message>
    <message>
        <source>Send the input this step was given (system and user prompt as rendered, its parameters) to 2 to 6 models side by side in Compare</source>
        <translation>Envoyer l&apos;entrée que cette étape a reçue (prompt système et utilisateur tels que rendus, ses paramètres) à 2 à 6 modèles côte à côte dans Comparer</translation>
    </message>
    <message>
        <source>Open its steps</source>
        <translation>Ouvrir ses étapes</translation>
    </message>
    <message>
        <source>Edit the steps this map runs for each item (or double-click it on the canvas)</source>
        <translation>Modifier les étapes que cette étape « Pour chaque » exécute pour chaque élément (ou double-cliquez dessus sur le canevas)</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: fix it in the JSON view.</source>
        <translation>Type inconnu « %1 » : corrigez-le dans la vue JSON.</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;_&apos;; other steps read this one as steps.ID</source>
        <translation>Lettres, chiffres et &apos;_&apos; ; les autres étapes lisent celle-ci comme steps.ID</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Not JSON yet (%1 at %2): the step keeps its last schema.</source>
        <translation>Pas encore du JSON (%1 à %2) : l&apos;étape garde son dernier schéma.</translation>
    </message>
    <message>
        <source>A schema is a JSON object: the step keeps its last one.</source>
        <translation>Un schéma est un objet JSON : l&apos;étape garde le dernier.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sequences that end the answer, separated by commas</source>
        <translation>Séquences qui terminent la réponse, séparées par des virgules</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Jetons : %1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latence : %1</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Essais : %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branche : %1</translation>
    </message>
    <message>
        <source>replayed from a recording</source>
        <translation>rejoué depuis un enregistrement</translation>
    </message>
</context>
<context>
    <name>sb::ui::StepPalette</name>
    <message>
        <source>Step kinds</source>
        <translation>Types d&apos;étapes</translation>
    </message>
    <message>
        <source>Drag it onto the canvas or double-click it.</source>
        <translation>Glissez-la sur le canevas ou double-cliquez dessus.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TeamPage</name>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Serveur d&apos;équipe :</translation>
    </message>
    <message>
        <source>The workspace&apos;s providers of kind Switchboard team server</source>
        <translation>Les fournisseurs de l&apos;espace de travail de type serveur d&apos;équipe Switchboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Chargement de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Copy the new key now: the server keeps only its hash, so it cannot be shown again. Give it to its member over a safe channel.</source>
        <translation>Copiez la nouvelle clé maintenant : le serveur n&apos;en garde que le hachage, elle ne pourra plus être affichée. Transmettez-la à son membre par un canal sûr.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Je l&apos;ai copiée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Clés actives</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>New member&apos;s name</source>
        <translation>Nom du nouveau membre</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Requêtes/min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show revoked</source>
        <translation>Afficher les révoquées</translation>
    </message>
    <message>
        <source>The member the new key belongs to</source>
        <translation>Le membre à qui appartient la nouvelle clé</translation>
    </message>
    <message>
        <source>Label, e.g. laptop</source>
        <translation>Libellé, p. ex. portable</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> per min</source>
        <translation> par min</translation>
    </message>
    <message>
        <source>Requests per minute this key may make, on all of the team&apos;s servers together (0: no limit)</source>
        <translation>Requêtes par minute autorisées pour cette clé, sur tous les serveurs de l&apos;équipe réunis (0 : sans limite)</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>A new key for the same member, label and limit; the selected one stops working at once</source>
        <translation>Une nouvelle clé pour le même membre, libellé et limite ; la clé sélectionnée cesse aussitôt de fonctionner</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The key is on the clipboard.</source>
        <translation>La clé est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No team server in this workspace. Add a provider of kind &quot;Switchboard team server&quot; under Providers, with the server&apos;s address and a member&apos;s key.</source>
        <translation>Aucun serveur d&apos;équipe dans cet espace de travail. Ajoutez dans Fournisseurs un fournisseur de type « Serveur d&apos;équipe Switchboard », avec l&apos;adresse du serveur et la clé d&apos;un membre.</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;, role: %2.</source>
        <translation>Vous êtes &lt;b&gt;%1&lt;/b&gt;, rôle : %2.</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins see and manage its members, keys and audit log. Ask an admin for a new key or another role.</source>
        <translation>Seuls les administrateurs de l&apos;équipe voient et gèrent ses membres, ses clés et son journal d&apos;audit. Demandez à un administrateur une nouvelle clé ou un autre rôle.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoquée %1</translation>
    </message>
    <message>
        <source>rotated, now %1</source>
        <translation>renouvelée, désormais %1</translation>
    </message>
    <message>
        <source>Only the team&apos;s admins can do this; your role is %1.</source>
        <translation>Seuls les administrateurs de l&apos;équipe peuvent faire cela ; votre rôle est %1.</translation>
    </message>
    <message>
        <source>%1 joined the team, role: %2.</source>
        <translation>%1 a rejoint l&apos;équipe, rôle : %2.</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Their keys stop working at once; the ledger and the audit log keep their name.</source>
        <translation>Retirer %1 de l&apos;équipe ? Ses clés cessent aussitôt de fonctionner ; le registre et le journal d&apos;audit gardent son nom.</translation>
    </message>
    <message>
        <source>%1 was removed from the team.</source>
        <translation>%1 a été retiré de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Created key %1 for %2.</source>
        <translation>Clé %1 créée pour %2.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke key %1? Every tool that uses it is refused from now on, on all of the team&apos;s servers.</source>
        <translation>Révoquer la clé %1 ? Tout outil qui l&apos;utilise sera refusé dès maintenant sur tous les serveurs de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Key %1 is revoked.</source>
        <translation>La clé %1 est révoquée.</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Replace key %1 with a new one? The old key stops working at once; its member needs the new one.</source>
        <translation>Remplacer la clé %1 par une nouvelle ? L&apos;ancienne cesse aussitôt de fonctionner ; son membre aura besoin de la nouvelle.</translation>
    </message>
    <message>
        <source>Key %1 is replaced by %2.</source>
        <translation>La clé %1 est remplacée par %2.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Load members, keys, budgets and the audit log again from the team server</source>
        <translation>Recharger les membres, les clés, les budgets et le journal d&apos;audit depuis le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Limite souple</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Limite stricte</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Défini dans</translation>
    </message>
    <message>
        <source>What the calls in flight may still cost: held against the hard limit until they end</source>
        <translation>Ce que les appels en cours peuvent encore coûter : retenu sur la limite stricte jusqu&apos;à leur fin</translation>
    </message>
    <message>
        <source>A soft limit warns when the member&apos;s spend reaches it. A hard limit refuses their calls once the spend and the calls in flight could pass it, on all of the team&apos;s servers together. Leave a limit empty for none.</source>
        <translation>Une limite souple avertit quand les dépenses du membre l&apos;atteignent. Une limite stricte refuse ses appels dès que les dépenses et les appels en cours pourraient la dépasser, sur l&apos;ensemble des serveurs de l&apos;équipe. Laissez une limite vide pour n&apos;en avoir aucune.</translation>
    </message>
    <message>
        <source>The member the budget is for</source>
        <translation>Le membre concerné par le budget</translation>
    </message>
    <message>
        <source>UTC days or UTC calendar months</source>
        <translation>Jours UTC ou mois calendaires UTC</translation>
    </message>
    <message>
        <source>Soft $</source>
        <translation>Souple $</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Hard $</source>
        <translation>Stricte $</translation>
    </message>
    <message>
        <source>Save budget</source>
        <translation>Enregistrer le budget</translation>
    </message>
    <message>
        <source>Sets the member&apos;s budget of this period, replacing the one they have</source>
        <translation>Définit le budget du membre pour cette période, en remplaçant celui qu&apos;il a</translation>
    </message>
    <message>
        <source>Removes the selected budget</source>
        <translation>Supprime le budget sélectionné</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>the server&apos;s workspace file</source>
        <translation>le fichier d&apos;espace de travail du serveur</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>l&apos;équipe</translation>
    </message>
    <message>
        <source>Set in the workspace file of the server that answered; change it there, or set the member&apos;s budget of this period here to replace it on all of the team&apos;s servers.</source>
        <translation>Défini dans le fichier d&apos;espace de travail du serveur qui a répondu ; modifiez-le là-bas, ou définissez ici le budget du membre pour cette période pour le remplacer sur tous les serveurs de l&apos;équipe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars: type a number like 12.50, or leave the limit empty.</source>
        <translation>« %1 » n&apos;est pas un montant en dollars : saisissez un nombre comme 12,50 ou laissez la limite vide.</translation>
    </message>
    <message>
        <source>Type a soft limit, a hard limit or both. To take a budget away, select it and press Remove.</source>
        <translation>Saisissez une limite souple, une limite stricte ou les deux. Pour retirer un budget, sélectionnez-le et cliquez sur Supprimer.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is saved.</source>
        <translation>Le budget de %1 (%2) est enregistré.</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <source>Remove the budget of %1 (%2)? Their calls are no longer limited by it, on all of the team&apos;s servers.</source>
        <translation>Supprimer le budget de %1 (%2) ? Ses appels ne seront plus limités par celui-ci, sur aucun des serveurs de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The budget of %1 (%2) is removed.</source>
        <translation>Le budget de %1 (%2) est supprimé.</translation>
    </message>
</context>
<context>
    <name>sb::ui::TemplateDialog</name>
    <message>
        <source>New workflow from a template</source>
        <translation>Nouveau workflow depuis un modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>What each slot of the template uses. Left empty, a slot keeps its name, which must then be a virtual model, route or collection of the workspace.</source>
        <translation>Ce qu&apos;utilise chaque emplacement du modèle. Laissé vide, un emplacement garde son nom, qui doit alors être un modèle virtuel, une route ou une collection de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (model): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (modèle) : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (collection): %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (collection) : %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesDialog</name>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Switchboard never downloads or installs anything by itself: open the download page, or update with your package manager.</source>
        <translation>Switchboard ne télécharge et n&apos;installe jamais rien de lui-même : ouvrez la page de téléchargement ou mettez à jour avec votre gestionnaire de paquets.</translation>
    </message>
    <message>
        <source>&amp;Open Download Page</source>
        <translation>&amp;Ouvrir la page de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Skip This Version</source>
        <translation>&amp;Ignorer cette version</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Checking %1 for new versions…</source>
        <translation>Recherche de nouvelles versions dans %1…</translation>
    </message>
    <message>
        <source>Switchboard %1 is the newest version.</source>
        <translation>Switchboard %1 est la version la plus récente.</translation>
    </message>
    <message>
        <source>Switchboard %1 is out. You have %2.</source>
        <translation>Switchboard %1 est sorti. Vous avez la %2.</translation>
    </message>
    <message>
        <source>You chose to skip it: Switchboard tells you again when a newer version comes out.</source>
        <translation>Vous avez choisi de l&apos;ignorer : Switchboard vous préviendra de nouveau quand une version plus récente sortira.</translation>
    </message>
    <message>
        <source>%1 (pre-release)</source>
        <translation>%1 (préversion)</translation>
    </message>
    <message>
        <source>Switchboard %1, released %2</source>
        <translation>Switchboard %1, sortie le %2</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>No notes for this version.</source>
        <translation>Aucune note pour cette version.</translation>
    </message>
    <message>
        <source>…and %1 older versions: see the download page.</source>
        <translation>…et %1 versions plus anciennes : voir la page de téléchargement.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UpdatesSettingsPage</name>
    <message>
        <source>Tell me about &amp;pre-releases too</source>
        <translation>Me signaler aussi les &amp;préversions</translation>
    </message>
    <message>
        <source>Release &amp;feed:</source>
        <translation>&amp;Flux de versions :</translation>
    </message>
    <message>
        <source>Check &amp;Now…</source>
        <translation>&amp;Vérifier maintenant…</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifié : %1.</translation>
    </message>
    <message>
        <source>set when it was built</source>
        <translation>défini à la compilation</translation>
    </message>
    <message>
        <source>This installation is managed (%1): new versions come from your package manager or administrator, so automatic checks are off unless you turn them on.</source>
        <translation>Cette installation est gérée (%1) : les nouvelles versions viennent de votre gestionnaire de paquets ou de votre administrateur, donc les vérifications automatiques sont désactivées tant que vous ne les activez pas.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Last checked: %1.</source>
        <translation>Dernière vérification : %1.</translation>
    </message>
    <message>
        <source>Last checked: %1. %2</source>
        <translation>Dernière vérification : %1. %2</translation>
    </message>
    <message>
        <source>Updates not saved: %1.</source>
        <translation>Mises à jour non enregistrées : %1.</translation>
    </message>
    <message>
        <source>Check for new versions &amp;automatically</source>
        <translation>Rechercher &amp;automatiquement les nouvelles versions</translation>
    </message>
    <message>
        <source>Automatic checks run at start and then once a day at most. A check reads the feed (a small JSON file, through the network settings) and shows what is new in a window. Switchboard never downloads or installs anything by itself.</source>
        <translation>Les vérifications automatiques ont lieu au démarrage, puis une fois par jour au plus. Une vérification lit le flux (un petit fichier JSON, via les paramètres réseau) et affiche les nouveautés dans une fenêtre. Switchboard ne télécharge et n&apos;installe jamais rien de lui-même.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UrlDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Ajouter des pages web</translation>
    </message>
    <message>
        <source>&amp;Web pages to import into &quot;%1&quot;, one address a line:</source>
        <translation>Pages &amp;web à importer dans « %1 », une adresse par ligne :</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Adresses web</translation>
    </message>
    <message>
        <source>Each page is fetched (at most 64 MB, 30 s) and read by its content type: HTML, Markdown, text, CSV, JSON, PDF or office documents. An unchanged page is not embedded again when added once more.</source>
        <translation>Chaque page est téléchargée (au plus 64 Mo, 30 s) et lue selon son type de contenu : HTML, Markdown, texte, CSV, JSON, PDF ou documents bureautiques. Une page inchangée n&apos;est pas vectorisée à nouveau si elle est ajoutée une nouvelle fois.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; has no http:// or https:// in front. Write the whole address, e.g. https://%2.</source>
        <translation>Ligne %1 : « %2 » ne commence pas par http:// ou https://. Écrivez l&apos;adresse complète, p. ex. https://%2.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid web address. Check it for spaces and typing errors, or copy it from the browser&apos;s address bar.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas une adresse web valide. Vérifiez les espaces et les fautes de frappe, ou copiez-la depuis la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a web page: only http:// and https:// addresses can be imported. Add local files with Add files.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas une page web : seules les adresses http:// et https:// peuvent être importées. Ajoutez les fichiers locaux avec Ajouter des fichiers.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names no server. Write it like https://example.com/page.</source>
        <translation>Ligne %1 : « %2 » ne nomme aucun serveur. Écrivez-la comme https://example.com/page.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to import.</source>
        <translation>
            <numerusform>%n page à importer.</numerusform>
            <numerusform>%n pages à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one or more addresses starting with http:// or https://.</source>
        <translation>Saisissez une ou plusieurs adresses commençant par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>sb::ui::UsagePage</name>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>&amp;Dépenses</translation>
    </message>
    <message>
        <source>Tokens per UTC day by kind. Output excludes reasoning.</source>
        <translation>Jetons par jour UTC et par type. La sortie exclut le raisonnement.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>Latency and time to first token of successful calls per model (the busiest %1), in milliseconds.</source>
        <translation>Latence et temps jusqu&apos;au premier jeton des appels réussis par modèle (les %1 plus actifs), en millisecondes.</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latence</translation>
    </message>
    <message>
        <source>Share of attempts that failed, per provider (cancelled calls are not errors).</source>
        <translation>Part des tentatives en échec, par fournisseur (les appels annulés ne sont pas des erreurs).</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Erreurs</translation>
    </message>
    <message>
        <source>T&amp;op spenders</source>
        <translation>&amp;Top dépenses</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation>&amp;Budgets</translation>
    </message>
    <message>
        <source>Point at a bar to see its value.</source>
        <translation>Survolez une barre pour voir sa valeur.</translation>
    </message>
    <message>
        <source>Read the ledger again</source>
        <translation>Relire le registre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Premier jour (UTC)</translation>
    </message>
    <message>
        <source>Last day (UTC), included</source>
        <translation>Dernier jour (UTC), inclus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#x202f;:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Source&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#x202f;:</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Read the ledger again (F5)</source>
        <translation>Relire le registre (F5)</translation>
    </message>
    <message>
        <source>Spend per UTC day, stacked by</source>
        <translation>Dépenses par jour UTC, par</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>key (proxy key, conversation)</source>
        <translation>clé (proxy, conversation)</translation>
    </message>
    <message>
        <source>Keys by cost (proxy keys, conversations, comparisons)</source>
        <translation>Clés par coût (clés de proxy, conversations, comparaisons)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Most expensive requests</source>
        <translation>Requêtes les plus chères</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Usage is not available: the ledger is not running.</source>
        <translation>L&apos;utilisation n&apos;est pas disponible : le registre ne tourne pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this range used models without a price: their cost is unknown, and the totals, charts and budgets leave it out. Set the model&apos;s prices on the Providers page.</source>
        <translation>
            <numerusform>%n appel sur cette période a utilisé des modèles sans prix : son coût est inconnu, et les totaux, graphiques et budgets l&apos;omettent. Définissez les prix du modèle sur la page Fournisseurs.</numerusform>
            <numerusform>%n appels sur cette période ont utilisé des modèles sans prix : leur coût est inconnu, et les totaux, graphiques et budgets l&apos;omettent. Définissez les prix du modèle sur la page Fournisseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1 · %2 calls (%3 requests) · %4 tokens · error rate %5% (%6 errors)</source>
        <translation>Dépenses %1 · %2 appels (%3 requêtes) · %4 jetons · erreurs %5 % (%6)</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>Hard budget limit reached: %1, %2 spent of %3. Calls it covers are refused.</source>
        <translation>Limite stricte de budget atteinte : %1, %2 dépensés sur %3. Les appels qu&apos;elle couvre sont refusés.</translation>
    </message>
    <message>
        <source>Soft budget limit reached: %1, %2 spent of %3.</source>
        <translation>Limite souple de budget atteinte : %1, %2 dépensés sur %3.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Team server: mine</source>
        <translation>Serveur d&apos;équipe : les miens</translation>
    </message>
    <message>
        <source>Whose ledger: this computer&apos;s, or the team server&apos;s (admins and viewers see every member&apos;s calls, a member their own)</source>
        <translation>Quel registre : celui de cet ordinateur ou celui du serveur d&apos;équipe (les administrateurs et observateurs voient les appels de tous les membres, un membre seulement les siens)</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre :</translation>
    </message>
    <message>
        <source>The team server&apos;s calls all come through its proxy</source>
        <translation>Les appels du serveur d&apos;équipe passent tous par son proxy</translation>
    </message>
    <message>
        <source>The team&apos;s calls and their prompts stay on the team server</source>
        <translation>Les appels de l&apos;équipe et leurs prompts restent sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>The members&apos; budgets are on the Team page</source>
        <translation>Les budgets des membres sont sur la page Équipe</translation>
    </message>
    <message>
        <source>Reading the team server&apos;s ledger…</source>
        <translation>Lecture du registre du serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;.</source>
        <translation>Vos appels (%1) sur le serveur d&apos;équipe « %2 ».</translation>
    </message>
    <message>
        <source>Your calls (%1) on team server &quot;%2&quot;: a member sees only their own.</source>
        <translation>Vos appels (%1) sur le serveur d&apos;équipe « %2 » : un membre ne voit que les siens.</translation>
    </message>
    <message>
        <source>Every member&apos;s calls on team server &quot;%1&quot;.</source>
        <translation>Les appels de tous les membres sur le serveur d&apos;équipe « %1 ».</translation>
    </message>
    <message>
        <source>The calls of %1 on team server &quot;%2&quot;.</source>
        <translation>Les appels de %1 sur le serveur d&apos;équipe « %2 ».</translation>
    </message>
    <message>
        <source>The team server&apos;s usage could not be read.</source>
        <translation>L&apos;utilisation du serveur d&apos;équipe n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Percentiles estimated from daily histograms, within %1.</source>
        <translation>Centiles estimés à partir d&apos;histogrammes quotidiens, à %1 près.</translation>
    </message>
    <message>
        <source>The team server reads the percentiles from its daily histograms of latency instead of from every call. The call counts are exact.</source>
        <translation>Le serveur d&apos;équipe calcule les centiles à partir de ses histogrammes quotidiens de latence plutôt qu&apos;à partir de chaque appel. Le nombre d&apos;appels est exact.</translation>
    </message>
    <message>
        <source>daily workspace budget</source>
        <translation>budget quotidien de l’espace de travail</translation>
    </message>
    <message>
        <source>monthly workspace budget</source>
        <translation>budget mensuel de l’espace de travail</translation>
    </message>
    <message>
        <source>daily budget of provider %1</source>
        <translation>budget quotidien du fournisseur %1</translation>
    </message>
    <message>
        <source>monthly budget of provider %1</source>
        <translation>budget mensuel du fournisseur %1</translation>
    </message>
    <message>
        <source>daily budget of proxy key %1</source>
        <translation>budget quotidien de la clé de proxy %1</translation>
    </message>
    <message>
        <source>monthly budget of proxy key %1</source>
        <translation>budget mensuel de la clé de proxy %1</translation>
    </message>
    <message>
        <source>daily budget of team member %1</source>
        <translation>budget quotidien du membre d’équipe %1</translation>
    </message>
    <message>
        <source>monthly budget of team member %1</source>
        <translation>budget mensuel du membre d’équipe %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::VersionDiffDialog</name>
    <message>
        <source>Versions of %1</source>
        <translation>Versions de %1</translation>
    </message>
    <message>
        <source>Version %1 and version %2 are the same.</source>
        <translation>La version %1 et la version %2 sont identiques.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2:</source>
        <translation>Ce qui a changé de la version %1 à la version %2 :</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
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
        <translation>le workflow</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>étape %1 (%2)</translation>
    </message>
    <message>
        <source>in map %1</source>
        <translation>dans « Pour chaque » %1</translation>
    </message>
    <message>
        <source>edge %1 → %2</source>
        <translation>arête %1 → %2</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>quand %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Bienvenue dans Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Switchboard&lt;/h2&gt;&lt;p&gt;Let&apos;s connect your first model provider. Switchboard looks for API keys you already have and for models running on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Switchboard&lt;/h2&gt;&lt;p&gt;Connectons votre premier fournisseur de modèles. Switchboard recherche les clés d’API dont vous disposez déjà et les modèles qui tournent sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking for API keys in the environment and for Ollama or LM Studio on this computer…</source>
        <translation>Recherche de clés d’API dans l’environnement et d’Ollama ou LM Studio sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Providers found</source>
        <translation>Fournisseurs trouvés</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the workspace file. Each provider is tested before it is added.</source>
        <translation>Les clés sont stockées dans le trousseau du système, jamais dans le fichier de l’espace de travail. Chaque fournisseur est testé avant d’être ajouté.</translation>
    </message>
    <message>
        <source>Testing the connections…</source>
        <translation>Test des connexions…</translation>
    </message>
    <message>
        <source>Connection tests</source>
        <translation>Tests de connexion</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Set providers up yourself on the Providers page. Help &gt; Welcome brings this back.</source>
        <translation>Configurez vous-même les fournisseurs dans la page Fournisseurs. Aide &gt; Accueil affiche à nouveau cet assistant.</translation>
    </message>
    <message>
        <source>&amp;Add and Test</source>
        <translation>&amp;Ajouter et tester</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>Ouvrir le &amp;Playground</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Open &amp;Providers</source>
        <translation>Ouvrir les &amp;Fournisseurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 on this computer: %n model(s)</source>
        <translation>
            <numerusform>%1 sur cet ordinateur : %n modèle</numerusform>
            <numerusform>%1 sur cet ordinateur : %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with the key in %2</source>
        <translation>%1, avec la clé dans %2</translation>
    </message>
    <message>
        <source>No API key was found in the environment and no Ollama or LM Studio answered on this computer. Add a provider on the Providers page with a key from your provider&apos;s console.</source>
        <translation>Aucune clé d’API n’a été trouvée dans l’environnement et ni Ollama ni LM Studio n’a répondu sur cet ordinateur. Ajoutez un fournisseur dans la page Fournisseurs avec une clé issue de la console de votre fournisseur.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n provider(s). Untick the ones you do not want to add.</source>
        <translation>
            <numerusform>%n fournisseur trouvé. Décochez ceux que vous ne voulez pas ajouter.</numerusform>
            <numerusform>%n fournisseurs trouvés. Décochez ceux que vous ne voulez pas ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1 : non ajouté : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: connected in %2 ms, %n model(s).</source>
        <translation>
            <numerusform>%1 : connecté en %2 ms, %n modèle.</numerusform>
            <numerusform>%1 : connecté en %2 ms, %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not added: the key could not be stored in the keychain (%2).</source>
        <translation>%1 : non ajouté : la clé n’a pas pu être enregistrée dans le trousseau (%2).</translation>
    </message>
    <message>
        <source>The providers could not be saved: %1</source>
        <translation>Les fournisseurs n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>No provider could be added. Check the messages below, then add a provider on the Providers page.</source>
        <translation>Aucun fournisseur n’a pu être ajouté. Consultez les messages ci-dessous, puis ajoutez un fournisseur dans la page Fournisseurs.</translation>
    </message>
    <message>
        <source>Done. Your providers are saved and ready in the Playground.</source>
        <translation>Terminé. Vos fournisseurs sont enregistrés et prêts dans le Playground.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n edge(s)</source>
        <translation>
            <numerusform>Supprimer %n arête</numerusform>
            <numerusform>Supprimer %n arêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Supprimer %n étape</numerusform>
            <numerusform>Supprimer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Déplacer %n étape</numerusform>
            <numerusform>Déplacer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;étape « %1 ».</translation>
    </message>
    <message>
        <source>Edges stay within one graph: &quot;%1&quot; and &quot;%2&quot; are not in the same one.</source>
        <translation>Les arêtes restent dans un même graphe : « %1 » et « %2 » ne sont pas dans le même.</translation>
    </message>
    <message>
        <source>A step cannot follow itself.</source>
        <translation>Une étape ne peut pas se suivre elle-même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is connected to &quot;%2&quot; already.</source>
        <translation>« %1 » est déjà relié à « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs after &quot;%2&quot; already: this edge would make a cycle, and each step runs once.</source>
        <translation>« %1 » s&apos;exécute déjà après « %2 » : cette arête créerait un cycle, et chaque étape ne s&apos;exécute qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2 (%3)</source>
        <translation>Relier %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>An id starts with a letter or &apos;_&apos; and holds letters, digits and &apos;_&apos; (at most 64).</source>
        <translation>Un id commence par une lettre ou &apos;_&apos; et contient des lettres, des chiffres et &apos;_&apos; (64 au plus).</translation>
    </message>
    <message>
        <source>Another step is called &quot;%1&quot;; ids are unique in a workflow.</source>
        <translation>Une autre étape s&apos;appelle « %1 » ; les ids sont uniques dans un workflow.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Edit the workflow&apos;s %1</source>
        <translation>Modifier les %1 du workflow</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Coller %n étape</numerusform>
            <numerusform>Coller %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowForm</name>
    <message>
        <source>Letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;; the proxy offers the workflow as the model workflow:NAME</source>
        <translation>Lettres, chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos; ; le proxy propose le workflow comme le modèle workflow:NOM</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inputs a run takes (input.NAME in templates and expressions):</source>
        <translation>Entrées que prend une exécution (input.NOM dans les modèles de texte et les expressions) :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Retirer l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowHistoryPanel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Double-click a run to see its steps on the canvas; select two to compare them</source>
        <translation>Double-cliquez sur une exécution pour voir ses étapes sur le canevas ; sélectionnez-en deux pour les comparer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the run&apos;s steps on the canvas</source>
        <translation>Afficher les étapes de l&apos;exécution sur le canevas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two runs to compare them step by step</source>
        <translation>Sélectionnez deux exécutions pour les comparer étape par étape</translation>
    </message>
    <message>
        <source>No runs of this workflow yet.</source>
        <translation>Aucune exécution de ce workflow pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowPage</name>
    <message>
        <source>try %1</source>
        <translation>essai %1</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>A new workflow: a model answers the input&apos;s text</source>
        <translation>Un nouveau workflow : un modèle répond au texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of the workflow as saved</source>
        <translation>Une copie du workflow tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the workflow (saves it)</source>
        <translation>Renommer le workflow (l&apos;enregistre)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Modèle…</translation>
    </message>
    <message>
        <source>A new workflow from a template: document triage, support answer, code review, batch translation</source>
        <translation>Un nouveau workflow depuis un modèle : tri de documents, réponse au support, revue de code, traduction par lot</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add a workflow from a file</source>
        <translation>Ajouter un workflow depuis un fichier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the workflow as it is in the editor to a file</source>
        <translation>Enregistrer le workflow tel qu&apos;il est dans l&apos;éditeur dans un fichier</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Back to the workflow&apos;s own steps</source>
        <translation>Retour aux étapes propres du workflow</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the workflow into the workspace (Ctrl+S)</source>
        <translation>Enregistrer le workflow dans l&apos;espace de travail (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Lay the steps out in layers by dependency (Ctrl+L)</source>
        <translation>Disposer les étapes en couches selon leurs dépendances (Ctrl+L)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Dézoomer (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Zoomer (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show every step (Ctrl+0)</source>
        <translation>Afficher toutes les étapes (Ctrl+0)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>The workflow as the workspace keeps it. Edit it here and apply, or use the canvas and the inspector.</source>
        <translation>Le workflow tel que l&apos;espace de travail le conserve. Modifiez-le ici et appliquez, ou utilisez le canevas et l&apos;inspecteur.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Not JSON: %1 at %2.</source>
        <translation>Pas du JSON : %1 à %2.</translation>
    </message>
    <message>
        <source>A workflow is a JSON object.</source>
        <translation>Un workflow est un objet JSON.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Modifier en JSON</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Save the workflow</source>
        <translation>Enregistrer le workflow</translation>
    </message>
    <message>
        <source>Arrange the steps by dependency</source>
        <translation>Disposer les étapes selon leurs dépendances</translation>
    </message>
    <message>
        <source>Zoom to show every step</source>
        <translation>Zoomer pour afficher toutes les étapes</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Run the workflow</source>
        <translation>Exécuter le workflow</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Copier les étapes sélectionnées</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Coller des étapes</translation>
    </message>
    <message>
        <source>Delete the selected steps and edges</source>
        <translation>Supprimer les étapes et arêtes sélectionnées</translation>
    </message>
    <message>
        <source>Select every step</source>
        <translation>Sélectionner toutes les étapes</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;? (No discards them.)</source>
        <translation>Enregistrer vos modifications de « %1 » ? (Non les abandonne.)</translation>
    </message>
    <message>
        <source>No workflow yet: press New to start one.</source>
        <translation>Pas encore de workflow : cliquez sur Nouveau pour en créer un.</translation>
    </message>
    <message>
        <source>Not saved: give the workflow a name (Workflow tab).</source>
        <translation>Non enregistré : donnez un nom au workflow (onglet Workflow).</translation>
    </message>
    <message>
        <source>Not saved: another workflow is called &quot;%1&quot;; choose another name (Workflow tab).</source>
        <translation>Non enregistré : un autre workflow s&apos;appelle « %1 » ; choisissez un autre nom (onglet Workflow).</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n problem(s) keep it from running.</source>
        <translation>
            <numerusform>Enregistré. %n problème l&apos;empêche de s&apos;exécuter.</numerusform>
            <numerusform>Enregistré. %n problèmes l&apos;empêchent de s&apos;exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot; and saved it.</source>
        <translation>« %1 » renommé en « %2 » et enregistré.</translation>
    </message>
    <message>
        <source>Delete the workflow</source>
        <translation>Supprimer le workflow</translation>
    </message>
    <message>
        <source>Delete the workflow &quot;%1&quot; from the workspace? Its runs stay in the history.</source>
        <translation>Supprimer le workflow « %1 » de l&apos;espace de travail ? Ses exécutions restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>%1 (each item)</source>
        <translation>%1 (chaque élément)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s).</source>
        <translation>
            <numerusform>%n étape copiée.</numerusform>
            <numerusform>%n étapes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Le presse-papiers ne contient aucune étape à coller.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n step(s).</source>
        <translation>
            <numerusform>%n étape collée.</numerusform>
            <numerusform>%n étapes collées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange steps</source>
        <translation>Disposer les étapes</translation>
    </message>
    <message>
        <source>No problems: the workflow can run.</source>
        <translation>Aucun problème : le workflow peut s&apos;exécuter.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>The router is not running: add a provider first (Providers page).</source>
        <translation>Le routeur ne tourne pas : ajoutez d&apos;abord un fournisseur (page Fournisseurs).</translation>
    </message>
    <message>
        <source>Fix its problems first (they are listed under the canvas).

%1</source>
        <translation>Corrigez d&apos;abord ses problèmes (ils sont listés sous le canevas).

%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) finished</source>
        <translation>
            <numerusform>%1 sur %n élément terminé</numerusform>
            <numerusform>%1 sur %n éléments terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Resume the run first; then reject the value.</source>
        <translation>Reprenez d&apos;abord l&apos;exécution ; rejetez ensuite la valeur.</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>Open the run</source>
        <translation>Ouvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>There is no run %1 any more.</source>
        <translation>L&apos;exécution %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>One of the runs is not in the history any more.</source>
        <translation>L&apos;une des exécutions n&apos;est plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the workspace, but its version was not kept: %2</source>
        <translation>« %1 » est enregistré dans l&apos;espace de travail, mais sa version n&apos;a pas été conservée : %2</translation>
    </message>
    <message>
        <source>Restore version %1 of &quot;%2&quot;? It is saved as the newest version; Undo in the editor takes it back.</source>
        <translation>Restaurer la version %1 de « %2 » ? Elle est enregistrée comme la version la plus récente ; Annuler dans l&apos;éditeur revient en arrière.</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced (Undo brings them back).</source>
        <translation>Vos modifications non enregistrées sont remplacées (Annuler les ramène).</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>Restaurer une version</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <source>Restored version %1 and saved it as the newest version (Undo takes it back).</source>
        <translation>Version %1 restaurée et enregistrée comme la plus récente (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Nouveau workflow depuis un modèle</translation>
    </message>
    <message>
        <source>%1: choose another name.</source>
        <translation>%1 : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; from the template &quot;%2&quot;.</source>
        <translation>« %1 » ajouté depuis le modèle « %2 ».</translation>
    </message>
    <message>
        <source>Import a workflow</source>
        <translation>Importer un workflow</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Fichiers de workflow (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The workspace has a different workflow called &quot;%1&quot;. Replace it (it stays in its versions), keep both, or import the file&apos;s under another name?</source>
        <translation>L&apos;espace de travail contient un autre workflow nommé « %1 ». Le remplacer (il reste dans ses versions), garder les deux, ou importer celui du fichier sous un autre nom ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Another name…</source>
        <translation>Autre nom…</translation>
    </message>
    <message>
        <source>Name of the imported workflow:</source>
        <translation>Nom du workflow importé :</translation>
    </message>
    <message>
        <source>The workspace has &quot;%1&quot; already, unchanged.</source>
        <translation>L&apos;espace de travail contient déjà « %1 », inchangé.</translation>
    </message>
    <message>
        <source>Replaced &quot;%1&quot; with the file&apos;s.</source>
        <translation>« %1 » remplacé par celui du fichier.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>Export the workflow</source>
        <translation>Exporter le workflow</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>« %1 » exporté vers %2.</translation>
    </message>
    <message>
        <source>Only a finished model step of the run shown can be compared; run the workflow first.</source>
        <translation>Seule une étape de modèle terminée de l&apos;exécution affichée peut être comparée ; exécutez d&apos;abord le workflow.</translation>
    </message>
    <message>
        <source>Choose %1 to %2 models.</source>
        <translation>Choisissez de %1 à %2 modèles.</translation>
    </message>
    <message>
        <source>Compare this step</source>
        <translation>Comparer cette étape</translation>
    </message>
    <message numerus="yes">
        <source>Compare sends text only: the %n file(s) the step was given are left out.</source>
        <translation>
            <numerusform>Comparer n&apos;envoie que du texte : le fichier (%n) reçu par l&apos;étape est omis.</numerusform>
            <numerusform>Comparer n&apos;envoie que du texte : les %n fichiers reçus par l&apos;étape sont omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>un autre workflow s’appelle « %1 »</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowRunPanel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Load from a JSON file…</source>
        <translation>Charger depuis un fichier JSON…</translation>
    </message>
    <message>
        <source>{&quot;file&quot;: &quot;PATH&quot;} in it stands for that file&apos;s content</source>
        <translation>{&quot;file&quot;: &quot;CHEMIN&quot;} y représente le contenu de ce fichier</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>The step that would take the run over this cost does not start</source>
        <translation>L&apos;étape qui ferait dépasser ce coût à l&apos;exécution ne démarre pas</translation>
    </message>
    <message>
        <source>Cost ceiling</source>
        <translation>Plafond de coût</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Run the workflow as it is in the editor (Ctrl+Return)</source>
        <translation>Exécuter le workflow tel qu&apos;il est dans l&apos;éditeur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Go on from where the run stopped; finished steps are not run again</source>
        <translation>Reprendre là où l&apos;exécution s&apos;est arrêtée ; les étapes terminées ne sont pas réexécutées</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>En attente de votre relecture</translation>
    </message>
    <message>
        <source>Edit the value before approving to pass on your version (JSON, or plain text)</source>
        <translation>Modifiez la valeur avant d&apos;approuver pour transmettre votre version (JSON, ou texte brut)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Why (for Reject)</source>
        <translation>Pourquoi (pour Rejeter)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>No run yet. Fill in the input and press Run.</source>
        <translation>Aucune exécution pour l&apos;instant. Remplissez l&apos;entrée et cliquez sur Exécuter.</translation>
    </message>
    <message>
        <source>The run&apos;s output</source>
        <translation>La sortie de l&apos;exécution</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Entrée (JSON)</translation>
    </message>
    <message>
        <source>a file to read</source>
        <translation>un fichier à lire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The input is not JSON: %1</source>
        <translation>L&apos;entrée n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: write it as JSON, e.g. [&quot;a&quot;, &quot;b&quot;] or {&quot;key&quot;: 1}.</source>
        <translation>%1 n&apos;est pas du JSON : écrivez-le en JSON, p. ex. [&quot;a&quot;, &quot;b&quot;] ou {&quot;key&quot;: 1}.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is not one JSON value.</source>
        <translation>%1 n&apos;est pas une valeur JSON unique.</translation>
    </message>
    <message>
        <source>Load the input</source>
        <translation>Charger l&apos;entrée</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Resume goes on without repeating the steps that finished.</source>
        <translation>Reprendre continue sans répéter les étapes terminées.</translation>
    </message>
    <message>
        <source>Step %1 waits: approve the value (edit it first to pass on your version) or reject it.</source>
        <translation>L&apos;étape %1 attend : approuvez la valeur (modifiez-la d&apos;abord pour transmettre votre version) ou rejetez-la.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkflowVersionsPanel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By, and why</source>
        <translation>Par qui, et pourquoi</translation>
    </message>
    <message>
        <source>The version&apos;s number</source>
        <translation>Le numéro de la version</translation>
    </message>
    <message>
        <source>Every saved version is kept. Select one to restore it, two to compare them.</source>
        <translation>Chaque version enregistrée est conservée. Sélectionnez-en une pour la restaurer, deux pour les comparer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Make the selected version the newest one again (Undo in the editor takes it back)</source>
        <translation>Refaire de la version sélectionnée la plus récente (Annuler dans l&apos;éditeur revient en arrière)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two versions to see what changed, step by step</source>
        <translation>Sélectionnez deux versions pour voir ce qui a changé, étape par étape</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>as found in the workspace file</source>
        <translation>tel que trouvé dans le fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>version %1 restaurée</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>from the template %1</source>
        <translation>depuis le modèle %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one.</source>
        <translation>Aucune version enregistrée pour l&apos;instant : chaque enregistrement en conserve une.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), none ever deleted.</source>
        <translation>
            <numerusform>%n version, aucune jamais supprimée.</numerusform>
            <numerusform>%n versions, aucune jamais supprimée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>The workspace holds your providers, routes, proxy settings and budgets. Teams share it by exporting and importing the file; keys stay in each person&apos;s keychain.</source>
        <translation>L&apos;espace de travail contient vos fournisseurs, routes, paramètres de proxy et budgets. Les équipes le partagent en exportant et en important le fichier ; les clés restent dans le trousseau de chacun.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Fournisseurs :</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routage :</translation>
    </message>
    <message>
        <source>Local proxy:</source>
        <translation>Proxy local :</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Répertoire de données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Trousseau :</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain and referenced in the workspace as keychain:NAME, or read from the environment as env:VAR. They are never written to files, logs or the database.</source>
        <translation>Les clés sont stockées dans le trousseau système et référencées dans l&apos;espace de travail par keychain:NOM, ou lues depuis l&apos;environnement par env:VAR. Elles ne sont jamais écrites dans des fichiers, des journaux ou la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n activé</numerusform>
            <numerusform>%n activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual model(s)</source>
        <translation>
            <numerusform>%n modèle virtuel</numerusform>
            <numerusform>%n modèles virtuels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget(s)</source>
        <translation>
            <numerusform>%n budget</numerusform>
            <numerusform>%n budgets</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (version de schéma %2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Renommer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>available (%1)</source>
        <translation>disponible (%1)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json);;All files (*)</source>
        <translation>Espace de travail Switchboard (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file was not imported; your workspace is unchanged.

%1</source>
        <translation>Le fichier n&apos;a pas été importé ; votre espace de travail est inchangé.

%1</translation>
    </message>
    <message>
        <source>Replace the workspace &quot;%1&quot; (%2) with &quot;%3&quot; (%4) from %5?

Keys are not part of the file: references such as keychain:NAME must exist in your keychain.</source>
        <translation>Remplacer l&apos;espace de travail « %1 » (%2) par « %3 » (%4) depuis %5 ?

Les clés ne font pas partie du fichier : les références comme keychain:NOM doivent exister dans votre trousseau.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Switchboard workspace (*.json)</source>
        <translation>Espace de travail Switchboard (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1. The file holds key references only, never the keys.</source>
        <translation>Exporté vers %1. Le fichier ne contient que des références de clés, jamais les clés.</translation>
    </message>
</context>
<context>
    <name>sb::ui::autostart</name>
    <message>
        <source>Cannot change %1. Check that your account may edit its own Run key.</source>
        <translation>Impossible de modifier %1. Vérifiez que votre compte peut modifier sa propre clé Run.</translation>
    </message>
    <message>
        <source>Cannot remove %1. Delete the file yourself or make its folder writable.</source>
        <translation>Impossible de supprimer %1. Supprimez le fichier vous-même ou rendez son dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Make its parent writable, then try again.</source>
        <translation>Impossible de créer le dossier %1. Rendez le dossier parent accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1. Make the folder writable, then try again.</source>
        <translation>Impossible d’écrire %1. Rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>sb::updates::Feed</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it is not a Switchboard release feed (an object with &quot;format&quot;: &quot;%1&quot; and a list of &quot;releases&quot;)</source>
        <translation>ce n&apos;est pas un flux de versions de Switchboard (un objet avec &quot;format&quot;: &quot;%1&quot; et une liste &quot;releases&quot;)</translation>
    </message>
    <message>
        <source>the feed is in the format &quot;%1&quot;, which this version does not read (it reads &quot;%2&quot;)</source>
        <translation>le flux est au format &quot;%1&quot;, que cette version ne lit pas (elle lit &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the feed lists %1 releases, more than the %2 this version reads</source>
        <translation>le flux liste %1 versions, plus que les %2 que cette version lit</translation>
    </message>
    <message>
        <source>none of its releases has a version of the form MAJOR.MINOR.PATCH</source>
        <translation>aucune de ses versions n&apos;a un numéro de la forme MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>the feed URL must be an http or https address, such as https://example.org/releases.json</source>
        <translation>l&apos;URL du flux doit être une adresse http ou https, comme https://example.org/releases.json</translation>
    </message>
</context>
<context>
    <name>sb::updates::UpdateChecker</name>
    <message>
        <source>No release feed is set: enter its URL in Settings, Updates.</source>
        <translation>Aucun flux de versions n&apos;est défini : saisissez son URL dans Paramètres, Mises à jour.</translation>
    </message>
    <message>
        <source>The release feed %1 cannot be checked: %2.</source>
        <translation>Impossible de vérifier le flux de versions %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot check for updates: %1. Check the network proxy&apos;s password (Settings, Network).</source>
        <translation>Impossible de rechercher des mises à jour : %1. Vérifiez le mot de passe du proxy réseau (Paramètres, Réseau).</translation>
    </message>
    <message>
        <source>Cannot check for updates: the network settings cannot be used (%1). Fix them in Settings, Network.</source>
        <translation>Impossible de rechercher des mises à jour : les paramètres réseau sont inutilisables (%1). Corrigez-les dans Paramètres, Réseau.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 KiB, far more than a release feed: check the feed URL in Settings, Updates.</source>
        <translation>La réponse de %1 dépasse %2 Kio, bien plus qu&apos;un flux de versions : vérifiez l&apos;URL du flux dans Paramètres, Mises à jour.</translation>
    </message>
    <message>
        <source>%1 is not a release feed: its JSON is malformed (%2).</source>
        <translation>%1 n&apos;est pas un flux de versions : son JSON est mal formé (%2).</translation>
    </message>
    <message>
        <source>%1 is not a release feed: it sent %2 instead of JSON. Check the feed URL in Settings, Updates.</source>
        <translation>%1 n&apos;est pas un flux de versions : il a envoyé %2 au lieu de JSON. Vérifiez l&apos;URL du flux dans Paramètres, Mises à jour.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>The release feed at %1 answered with HTTP status %2: check the feed URL in Settings, Updates.</source>
        <translation>Le flux de versions à %1 a répondu avec le statut HTTP %2 : vérifiez l&apos;URL du flux dans Paramètres, Mises à jour.</translation>
    </message>
    <message>
        <source>The release feed at %1 did not answer in time (%2). Check the network settings (Settings, Network), then retry.</source>
        <translation>Le flux de versions à %1 n&apos;a pas répondu à temps (%2). Vérifiez les paramètres réseau (Paramètres, Réseau), puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the release feed at %1: %2. Check the address and the network settings (Settings, Network), then retry.</source>
        <translation>Impossible de joindre le flux de versions à %1 : %2. Vérifiez l&apos;adresse et les paramètres réseau (Paramètres, Réseau), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a release feed this version reads: %2.</source>
        <translation>%1 n&apos;est pas un flux de versions que cette version sait lire : %2.</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Definition</name>
    <message>
        <source>must be an array of steps, not %1</source>
        <translation>doit être un tableau d’étapes, pas %1</translation>
    </message>
    <message>
        <source>must be an array of edges, not %1</source>
        <translation>doit être un tableau d’arêtes, pas %1</translation>
    </message>
    <message>
        <source>must be an object with id and kind</source>
        <translation>doit être un objet avec id et kind</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>doit être un nom</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>obligatoire (l’un de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>must be an object with from and to</source>
        <translation>doit être un objet avec from et to</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (an edge has from, to and when)</source>
        <translation>clé inconnue « %1 » (une arête a from, to et when)</translation>
    </message>
    <message>
        <source>must be true, false or a label</source>
        <translation>doit être true, false ou une étiquette</translation>
    </message>
    <message>
        <source>a map needs steps to run for each item</source>
        <translation>un map a besoin d’étapes à exécuter pour chaque élément</translation>
    </message>
    <message>
        <source>each item&apos;s result is the value of an output step, or of the one step nothing follows; add an output step</source>
        <translation>le résultat de chaque élément est la valeur d’une étape de sortie, ou de l’unique étape qui n’est suivie de rien ; ajoutez une étape de sortie</translation>
    </message>
    <message>
        <source>required: the id of the step the edge leaves</source>
        <translation>obligatoire : l’id de l’étape que l’arête quitte</translation>
    </message>
    <message>
        <source>required: the id of the step the edge enters</source>
        <translation>obligatoire : l’id de l’étape où l’arête entre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow itself</source>
        <translation>« %1 » ne peut pas se suivre lui-même</translation>
    </message>
    <message>
        <source>the same edge from &quot;%1&quot; to &quot;%2&quot; is there twice</source>
        <translation>la même arête de « %1 » à « %2 » figure deux fois</translation>
    </message>
    <message>
        <source>an edge from the condition &quot;%1&quot; says when it is taken: true or false</source>
        <translation>une arête partant de la condition « %1 » indique quand elle est prise : true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label of &quot;%2&quot; (%3)</source>
        <translation>« %1 » n’est pas une étiquette de « %2 » (%3)</translation>
    </message>
    <message>
        <source>only edges from a condition or a classify step have when; &quot;%1&quot; is a step of kind %2</source>
        <translation>seules les arêtes partant d’une condition ou d’une étape de classification ont when ; « %1 » est une étape de type %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside this map&apos;s steps</source>
        <translation>« %1 » est hors des étapes de ce map</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the map &quot;%2&quot;; edges stay within one map&apos;s steps</source>
        <translation>« %1 » est dans le map « %2 » ; les arêtes restent entre les étapes d’un même map</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>aucune étape « %1 »</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1; a workflow runs each step once</source>
        <translation>les étapes forment un cycle : %1 ; un workflow exécute chaque étape une fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or &apos;_&apos; and hold letters, digits and &apos;_&apos; (at most 64)</source>
        <translation>« %1 » doit commencer par une lettre ou &apos;_&apos; et contenir des lettres, chiffres et &apos;_&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>unknown field; %1 steps have %2</source>
        <translation>champ inconnu ; les étapes %1 ont %2</translation>
    </message>
    <message>
        <source>only steps that call a model, the knowledge base or a document reader retry and time out; a %1 step does neither</source>
        <translation>seules les étapes qui appellent un modèle, la base de connaissances ou un lecteur de documents réessaient et ont un délai ; une étape %1 ne fait ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>name a model: PROVIDER/MODEL, a route or a virtual model</source>
        <translation>indiquez un modèle : PROVIDER/MODEL, une route ou un modèle virtuel</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>doit être du texte, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be an expression as text, not %1</source>
        <translation>doit être une expression sous forme de texte, pas %1</translation>
    </message>
    <message>
        <source>must be an array of expressions, not %1</source>
        <translation>doit être un tableau d’expressions, pas %1</translation>
    </message>
    <message>
        <source>must be an expression as text</source>
        <translation>doit être une expression sous forme de texte</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>doit être un tableau de chaînes, pas %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>must be a JSON Schema object, not %1</source>
        <translation>doit être un objet JSON Schema, pas %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 2</source>
        <translation>doit être un nombre de 0 à 2</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to 1000000000</source>
        <translation>doit être un nombre entier de %1 à 1000000000</translation>
    </message>
    <message>
        <source>must be one of minimal, low, medium, high</source>
        <translation>doit être minimal, low, medium ou high</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>unknown parameter; there are temperature, topP, maxTokens, reasoningEffort, seed, stop</source>
        <translation>paramètre inconnu ; il existe temperature, topP, maxTokens, reasoningEffort, seed, stop</translation>
    </message>
    <message>
        <source>a classify step needs at least two labels</source>
        <translation>une étape de classification a besoin d’au moins deux étiquettes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is there twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>name at least one knowledge base collection</source>
        <translation>indiquez au moins une collection de la base de connaissances</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 prend %2, pas %3</translation>
    </message>
    <message>
        <source>required for %1: %2</source>
        <translation>obligatoire pour %1 : %2</translation>
    </message>
    <message>
        <source>the text to make, with {{...}} holes</source>
        <translation>le texte à produire, avec des trous {{...}}</translation>
    </message>
    <message>
        <source>the value to work on, e.g. steps.extract.output</source>
        <translation>la valeur à traiter, p. ex. steps.extract.output</translation>
    </message>
    <message>
        <source>where to look inside the value, e.g. items[0].name</source>
        <translation>où chercher dans la valeur, p. ex. items[0].name</translation>
    </message>
    <message>
        <source>must be a path such as total or items[0].name</source>
        <translation>doit être un chemin comme total ou items[0].name</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>une expression régulière</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>à %1 : %2</translation>
    </message>
    <message>
        <source>the pattern has %1 group(s) in parentheses; group is one of them or 0 for the whole match</source>
        <translation>le motif a %1 groupe(s) entre parenthèses ; group est l’un d’eux ou 0 pour la correspondance entière</translation>
    </message>
    <message>
        <source>%1 is only there in the steps of a map</source>
        <translation>%1 n’existe que dans les étapes d’un map</translation>
    </message>
    <message>
        <source>run has %1</source>
        <translation>run a %1</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; paths start with input, steps, run%2</source>
        <translation>nom inconnu « %1 » ; les chemins commencent par input, steps, run%2</translation>
    </message>
    <message>
        <source>name a step: steps.ID.output</source>
        <translation>indiquez une étape : steps.ID.output</translation>
    </message>
    <message>
        <source>%1 is not something a step has; there are %2</source>
        <translation>%1 n’est pas quelque chose qu’une étape possède ; il existe %2</translation>
    </message>
    <message>
        <source>a step cannot read its own result</source>
        <translation>une étape ne peut pas lire son propre résultat</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2; add an edge from %1 (or a step after it) to %2</source>
        <translation>steps.%1 ne s’exécute pas avant %2 ; ajoutez une arête de %1 (ou d’une étape suivante) vers %2</translation>
    </message>
    <message>
        <source>steps.%1 runs inside the map &quot;%2&quot; for each item; read steps.%2.output</source>
        <translation>steps.%1 s’exécute dans le map « %2 » pour chaque élément ; lisez steps.%2.output</translation>
    </message>
    <message>
        <source>steps.%1 does not run before %2</source>
        <translation>steps.%1 ne s’exécute pas avant %2</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>obligatoire (%1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Switchboard (this build reads up to %2)</source>
        <translation>%1 a été écrit par un Switchboard plus récent (cette version lit jusqu’à %2)</translation>
    </message>
    <message>
        <source>unknown key (a workflow has %1)</source>
        <translation>clé inconnue (un workflow a %1)</translation>
    </message>
    <message>
        <source>must be a JSON Schema object</source>
        <translation>doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>workflow %1 is not valid:</source>
        <translation>le workflow %1 n’est pas valide :</translation>
    </message>
    <message>
        <source>(without a name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos; (at most 64)</source>
        <translation>« %1 » doit contenir des lettres, chiffres, &apos;_&apos;, &apos;-&apos; ou &apos;.&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>a workflow needs at least one step</source>
        <translation>un workflow a besoin d’au moins une étape</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of another step; ids are unique in a workflow</source>
        <translation>« %1 » est l’id d’une autre étape ; les id sont uniques dans un workflow</translation>
    </message>
    <message>
        <source>add an output step: it says what the run returns</source>
        <translation>ajoutez une étape de sortie : elle indique ce que renvoie l’exécution</translation>
    </message>
    <message>
        <source>another workflow is called &quot;%1&quot;</source>
        <translation>un autre workflow s’appelle « %1 »</translation>
    </message>
</context>
<context>
    <name>sb::workflow::Expression</name>
    <message>
        <source>at %1: %2</source>
        <translation>à %1 : %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (aucune valeur)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>a number cannot run into a name (&apos;%1&apos;)</source>
        <translation>un nombre ne peut pas être collé à un nom (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; (use \&quot;, \&apos;, \\, \n or \t)</source>
        <translation>séquence d&apos;échappement inconnue &apos;\%1&apos; (utilisez \&quot;, \&apos;, \\, \n ou \t)</translation>
    </message>
    <message>
        <source>the string is not closed (add %1)</source>
        <translation>la chaîne n&apos;est pas fermée (ajoutez %1)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>&apos;=&apos; does not compare; use ==</source>
        <translation>&apos;=&apos; ne compare pas ; utilisez ==</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>%1 inattendu après une expression complète</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>une valeur est attendue après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparisons do not chain; join them with &apos;and&apos;</source>
        <translation>les comparaisons ne s&apos;enchaînent pas ; reliez-les avec &apos;and&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at %1, found %2</source>
        <translation>&apos;)&apos; attendu pour fermer la &apos;(&apos; à %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>une valeur est attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>une valeur est attendue ; trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; (there are %2)</source>
        <translation>fonction inconnue &apos;%1&apos; (il existe %2)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the call of %1, found %2</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans l&apos;appel de %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>%1() takes one value, not %2</source>
        <translation>%1() prend une seule valeur, pas %2</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;, found %1</source>
        <translation>un nom est attendu après &apos;.&apos; ; trouvé : %1</translation>
    </message>
    <message>
        <source>a list index is a whole number, not %1</source>
        <translation>un indice de liste est un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>expected a list index or a quoted key after &apos;[&apos;, found %1</source>
        <translation>un indice de liste ou une clé entre guillemets est attendu après &apos;[&apos; ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at %1</source>
        <translation>&apos;]&apos; attendu pour fermer le &apos;[&apos; à %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot order %2 and %3</source>
        <translation>&apos;%1&apos; ne peut pas ordonner %2 et %3</translation>
    </message>
    <message>
        <source>a string cannot contain %1</source>
        <translation>une chaîne ne peut pas contenir %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; demande une chaîne, une liste ou un objet, pas %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers, not %2 and %3</source>
        <translation>&apos;%1&apos; demande des nombres, pas %2 et %3</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>len() needs a string, a list or an object, not %1</source>
        <translation>len() demande une chaîne, une liste ou un objet, pas %1</translation>
    </message>
    <message>
        <source>number() cannot read %1 as a number</source>
        <translation>number() ne peut pas lire %1 comme un nombre</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; demande un nombre, pas %1</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>&apos;{{&apos; n&apos;est pas fermé par &apos;}}&apos;</translation>
    </message>
    <message>
        <source>empty {{ }}: put a value inside, e.g. {{input.text}}</source>
        <translation>{{ }} vide : mettez une valeur dedans, par ex. {{input.text}}</translation>
    </message>
</context>
</TS>
