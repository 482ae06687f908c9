<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tell from the base URL</source>
        <translation>Aus der Basis-URL ableiten</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>vLLM-Omni (your own server)</source>
        <translation>vLLM-Omni (eigener Server)</translation>
    </message>
    <message>
        <source>Qwen-Omni (Alibaba Model Studio)</source>
        <translation>Qwen-Omni (Alibaba Model Studio)</translation>
    </message>
    <message>
        <source>Other gateway (one-api, new-api)</source>
        <translation>Anderes Gateway (one-api, new-api)</translation>
    </message>
    <message>
        <source>Azure has no deployment by that name: set the deployment&apos;s own name (Azure portal, Deployments) in Settings → Profiles.</source>
        <translation>Azure hat keine Bereitstellung mit diesem Namen: Trage den Namen der Bereitstellung (Azure-Portal, Bereitstellungen) unter Einstellungen → Profile ein.</translation>
    </message>
    <message>
        <source>This Azure resource refused the api-version: set one it takes in Settings → Profiles, or use its …/openai/v1 URL, which needs none.</source>
        <translation>Diese Azure-Ressource lehnt die api-version ab: Trage unter Einstellungen → Profile eine ein, die sie annimmt, oder nutze ihre …/openai/v1-URL, die keine braucht.</translation>
    </message>
    <message>
        <source>Check that the key belongs to this Azure resource and that the base URL is its endpoint (https://NAME.openai.azure.com).</source>
        <translation>Prüfe, ob der Schlüssel zu dieser Azure-Ressource gehört und die Basis-URL ihr Endpunkt ist (https://NAME.openai.azure.com).</translation>
    </message>
    <message>
        <source>The gateway has no upstream channel for this model: choose a model its list offers.</source>
        <translation>Das Gateway hat keinen Upstream-Kanal für dieses Modell: Wähle ein Modell aus seiner Liste.</translation>
    </message>
    <message>
        <source>This server sends audio only in streamed replies.</source>
        <translation>Dieser Server sendet Audio nur in gestreamten Antworten.</translation>
    </message>
    <message>
        <source>This model has its own voices: pick one the server names.</source>
        <translation>Dieses Modell hat eigene Stimmen: Wähle eine, die der Server nennt.</translation>
    </message>
    <message>
        <source>“%1” is an OpenRouter-style model id; %2 wants a plain model name.</source>
        <translation>„%1“ ist eine Modell-ID im OpenRouter-Stil; %2 erwartet einen einfachen Modellnamen.</translation>
    </message>
    <message>
        <source>The key looks like an Alibaba Model Studio key, but the base URL is OpenAI&apos;s: use https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni.</source>
        <translation>Der Schlüssel sieht nach Alibaba Model Studio aus, die Basis-URL ist aber die von OpenAI: Nutze für Qwen-Omni https://dashscope.aliyuncs.com/compatible-mode/v1.</translation>
    </message>
    <message>
        <source>The Azure URL names no deployment: set it in Settings → Profiles.</source>
        <translation>Die Azure-URL nennt keine Bereitstellung: Trage sie unter Einstellungen → Profile ein.</translation>
    </message>
    <message>
        <source>The Azure URL has an empty api-version: set one in Settings → Profiles.</source>
        <translation>Die Azure-URL hat eine leere api-version: Trage eine unter Einstellungen → Profile ein.</translation>
    </message>
    <message>
        <source>This is not an Azure OpenAI URL Parley knows: give the resource endpoint, …/openai/deployments/NAME or …/openai/v1.</source>
        <translation>Diese Azure-OpenAI-URL kennt Parley nicht: Gib den Endpunkt der Ressource, …/openai/deployments/NAME oder …/openai/v1 an.</translation>
    </message>
    <message>
        <source>The %1 does not fit this server.</source>
        <translation>%1 passt nicht zu diesem Server.</translation>
    </message>
    <message>
        <source>audio only in streamed replies</source>
        <translation>Audio nur in gestreamten Antworten</translation>
    </message>
    <message>
        <source>streamed or whole replies</source>
        <translation>gestreamte oder ganze Antworten</translation>
    </message>
    <message>
        <source>by audio id</source>
        <translation>per Audio-ID</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>als Text</translation>
    </message>
    <message>
        <source>%1: %2; whole replies in %3.</source>
        <translation>%1: %2; ganze Antworten in %3.</translation>
    </message>
    <message>
        <source>Voices: %1.</source>
        <translation>Stimmen: %1.</translation>
    </message>
    <message>
        <source>Earlier replies go back %1.</source>
        <translation>Frühere Antworten gehen %1 zurück.</translation>
    </message>
    <message>
        <source>Prices: the server&apos;s own, as it reports them.</source>
        <translation>Preise: die des Servers, wie er sie meldet.</translation>
    </message>
    <message>
        <source>The …/openai/v1 URL answered.</source>
        <translation>Die …/openai/v1-URL hat geantwortet.</translation>
    </message>
    <message>
        <source>The …/openai/deployments URL answered.</source>
        <translation>Die …/openai/deployments-URL hat geantwortet.</translation>
    </message>
    <message>
        <source>The URL set up did not answer; %1 did: use it as the base URL.</source>
        <translation>Die eingestellte URL hat nicht geantwortet, %1 schon: Nutze sie als Basis-URL.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The history cannot be opened ({reason}); this session is not saved.</source>
        <translation>Der Verlauf lässt sich nicht öffnen ({reason}); diese Sitzung wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditionForm</name>
    <message>
        <source>Hello! This is how I sound when I read your words aloud.</source>
        <translation>Hallo! So klinge ich, wenn ich deine Worte vorlese.</translation>
    </message>
    <message>
        <source>Text to say</source>
        <translation>Zu sprechender Text</translation>
    </message>
    <message>
        <source>The words every voice should say</source>
        <translation>Die Worte, die jede Stimme sagen soll</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tick every voice</source>
        <translation>Alle Stimmen ankreuzen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Untick every voice</source>
        <translation>Alle Stimmen abwählen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Wortgenau</translation>
    </message>
    <message>
        <source>Ask the model to say the text verbatim: every voice says the same</source>
        <translation>Das Modell soll den Text wörtlich sprechen: Jede Stimme sagt dasselbe</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Audioformat</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Vibes</source>
        <translation>Stile</translation>
    </message>
    <message>
        <source>How to speak: tick several to hear a voice in each</source>
        <translation>Wie gesprochen wird: Hake mehrere an, um jede Stimme in jedem zu hören</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>Kein Stil</translation>
    </message>
</context>
<context>
    <name>AuditionHistory</name>
    <message>
        <source>Audition history</source>
        <translation>Hörprobenverlauf</translation>
    </message>
</context>
<context>
    <name>AuditionHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
</context>
<context>
    <name>AuditionPlayer</name>
    <message>
        <source>There is no clip to play yet.</source>
        <translation>Es gibt noch keinen Clip zum Abspielen.</translation>
    </message>
    <message>
        <source>Play two rows first; A/B then switches between them.</source>
        <translation>Spiele zuerst zwei Zeilen ab; A/B wechselt dann zwischen ihnen.</translation>
    </message>
</context>
<context>
    <name>AuditionRow</name>
    <message>
        <source>waiting</source>
        <extracomment>How a status reads on a row.</extracomment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>requesting…</source>
        <translation>wird angefragt…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>nicht im Text</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht gesagt</translation>
    </message>
    <message>
        <source>Press {key} to play</source>
        <translation>{key} drücken zum Abspielen</translation>
    </message>
    <message>
        <source>Select row {number} for export</source>
        <translation>Zeile {number} zum Exportieren auswählen</translation>
    </message>
    <message>
        <source>Play row {number}</source>
        <translation>Zeile {number} abspielen</translation>
    </message>
    <message>
        <source>☆ Use this voice</source>
        <translation>☆ Diese Stimme nutzen</translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation>Diese Stimme nutzen</translation>
    </message>
    <message>
        <source>Make this voice the chat&apos;s voice</source>
        <translation>Diese Stimme im Chat verwenden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry row {number}</source>
        <translation>Zeile {number} wiederholen</translation>
    </message>
    <message>
        <source>Fresh take</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Ask for a fresh take</source>
        <translation>Eine neue Version anfordern</translation>
    </message>
    <message>
        <source>Ask the server again instead of using the saved clip</source>
        <translation>Den Server erneut fragen, statt den gespeicherten Clip zu nutzen</translation>
    </message>
    <message>
        <source>Row {number}: {name}</source>
        <translation>Zeile {number}: {name}</translation>
    </message>
    <message>
        <source>New take</source>
        <translation>Weitere Version</translation>
    </message>
    <message>
        <source>receiving… {seconds} s</source>
        <translation>wird empfangen… {seconds} s</translation>
    </message>
    <message>
        <source>requesting… {seconds} s</source>
        <translation>wird angefragt… {seconds} s</translation>
    </message>
    <message>
        <source>words differ</source>
        <translation>Wörter weichen ab</translation>
    </message>
    <message>
        <source>★ Chat voice</source>
        <translation>★ Chat-Stimme</translation>
    </message>
    <message>
        <source>Pause row {number}</source>
        <translation>Zeile {number} pausieren</translation>
    </message>
</context>
<context>
    <name>AuditionSession</name>
    <message>
        <source>The audition history cannot be read: {reason}</source>
        <extracomment>Bars of a row&apos;s waveform (the widget scales them to its width). Prices for the run&apos;s cost estimate (the window gives the one reading the settings).</extracomment>
        <translation>Der Hörprobenverlauf lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>There is no clip to export yet.</source>
        <translation>Es gibt noch keinen Clip zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n clip(s) to {folder}</source>
        <translation>
            <numerusform>%n Clip nach {folder} exportiert</numerusform>
            <numerusform>%n Clips nach {folder} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: {reason}</source>
        <translation>
            <numerusform>%n fehlgeschlagen: {reason}</numerusform>
            <numerusform>%n fehlgeschlagen: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlindRound</name>
    <message>
        <source>Blind round: run an audition of two voices or more.</source>
        <translation>Blindtest: Starte einen Vergleich mit zwei oder mehr Stimmen.</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>A abspielen</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>B abspielen</translation>
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
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>Rangliste…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Abstimmungen</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>A blind round needs two voices that could be heard.</source>
        <translation>Ein Blindtest braucht zwei Stimmen, die zu hören waren.</translation>
    </message>
    <message>
        <source>Round %1: listen to A and B, then vote.</source>
        <translation>Runde %1: Höre A und B, dann stimme ab.</translation>
    </message>
    <message>
        <source>You chose A.</source>
        <translation>Du hast A gewählt.</translation>
    </message>
    <message>
        <source>You chose B.</source>
        <translation>Du hast B gewählt.</translation>
    </message>
    <message>
        <source>A tie.</source>
        <translation>Unentschieden.</translation>
    </message>
    <message>
        <source>Both bad.</source>
        <translation>Beide schlecht.</translation>
    </message>
    <message>
        <source>A was %1, B was %2. %3</source>
        <translation>A war %1, B war %2. %3</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <source>Endpoint profile</source>
        <translation>Endpunkt-Profil</translation>
    </message>
    <message>
        <source>Which endpoint and key to use</source>
        <translation>Welcher Endpunkt und welcher Schlüssel genutzt wird</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model (type any id the endpoint offers)</source>
        <translation>Modell (jede ID eingeben, die der Endpunkt anbietet)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Voice, or a custom voice id (voice_…)</source>
        <translation>Stimme oder die ID einer eigenen Stimme (voice_…)</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Audioformat</translation>
    </message>
    <message>
        <source>Format of whole (non-streamed) replies</source>
        <translation>Format ganzer (nicht gestreamter) Antworten</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Streamen</translation>
    </message>
    <message>
        <source>Stream replies</source>
        <translation>Antworten streamen</translation>
    </message>
    <message>
        <source>Play replies as they arrive (they stream as pcm16)</source>
        <translation>Antworten beim Eintreffen abspielen (sie kommen als pcm16)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Autoplay</translation>
    </message>
    <message>
        <source>Autoplay replies</source>
        <translation>Antworten automatisch abspielen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>How fast replies play back; the pitch stays the same</source>
        <translation>Wie schnell Antworten abgespielt werden; die Tonhöhe bleibt</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>streams as pcm16</source>
        <translation>kommt als pcm16</translation>
    </message>
    <message>
        <source>The API streams only pcm16; whole replies come in the chosen format.</source>
        <translation>Die API streamt nur pcm16; ganze Antworten kommen im gewählten Format.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>A reply is still on its way: wait for it, or press Esc to stop it.</source>
        <translation>Eine Antwort ist noch unterwegs: warte darauf oder drücke Esc, um sie anzuhalten.</translation>
    </message>
    <message>
        <source>This conversation is not kept in the history: %1</source>
        <extracomment>The stored conversation&apos;s cards: built only for the turns on show.</extracomment>
        <translation>Diese Unterhaltung wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>warte auf die Antwort…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>unvollständig: die Antwort brach ab</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>kein Audio</translation>
    </message>
    <message>
        <source>This reply&apos;s audio cannot be read: {reason}</source>
        <translation>Das Audio dieser Antwort lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>spricht…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Could not save to the history: {reason}</source>
        <extracomment>How long (seconds) a send in the window&apos;s first moments waits for the connection (the keyring may be slow to answer); after that it fails and says why. The stored reply this request re-voices (the new take is kept beside it). A write of this reply to the history failed (a full disk): it was taken back. Prices for the cost estimates (the window gives the one that reads the settings).</extracomment>
        <translation>Speichern im Verlauf fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>{model} (retired {date})</source>
        <translation>{model} (eingestellt am {date})</translation>
    </message>
    <message>
        <source>{model} (shuts down {date})</source>
        <translation>{model} (wird am {date} eingestellt)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Write the text the voices should say.</source>
        <translation>Schreib den Text, den die Stimmen sagen sollen.</translation>
    </message>
    <message>
        <source>Choose at least one voice.</source>
        <translation>Wähle mindestens eine Stimme.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wähle mindestens ein Modell.</translation>
    </message>
    <message>
        <source>The file name pattern is empty.</source>
        <translation>Das Muster für Dateinamen ist leer.</translation>
    </message>
    <message>
        <source>The file name pattern names a file, not a folder: leave out / and \.</source>
        <translation>Das Muster für Dateinamen benennt eine Datei, keinen Ordner: Lass / und \ weg.</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>Stimmen vergleichen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Ask for every voice x model</source>
        <translation>Jede Kombination aus Stimme und Modell anfragen</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Hear two voices as A and B, names hidden until you vote</source>
        <translation>Zwei Stimmen als A und B hören, Namen verdeckt bis zur Abstimmung</translation>
    </message>
    <message>
        <source>Play all in turn</source>
        <translation>Alle abspielen</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Switch between the last two rows played, at the same moment</source>
        <translation>Zwischen den zwei zuletzt gespielten Zeilen wechseln, an derselben Stelle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Gleich laut</translation>
    </message>
    <message>
        <source>Play every clip at the same loudness, to compare voices fairly</source>
        <translation>Jeden Clip gleich laut abspielen, um Stimmen fair zu vergleichen</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Dateinamensmuster</translation>
    </message>
    <message>
        <source>File names from {voice} {model} {ext} {n} {format}</source>
        <translation>Dateinamen aus {voice} {model} {ext} {n} {format}</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Export the ticked rows</source>
        <translation>Die angekreuzten Zeilen exportieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier clips</source>
        <translation>Frühere Clips</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>Keys 1-9 play a row</source>
        <translation>1–9 spielt eine Zeile</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n clip(s)…</source>
        <translation>
            <numerusform>%n Clip wird angefragt…</numerusform>
            <numerusform>%n Clips werden angefragt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ready} of %n clip(s) ready ({cached} from the cache)</source>
        <translation>
            <numerusform>{ready} von %n Clip fertig ({cached} aus dem Zwischenspeicher)</numerusform>
            <numerusform>{ready} von %n Clips fertig ({cached} aus dem Zwischenspeicher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or stopped</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder angehalten</numerusform>
            <numerusform>%n fehlgeschlagen oder angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat now speaks with {voice}.</source>
        <translation>Der Chat spricht jetzt mit {voice}.</translation>
    </message>
    <message>
        <source>Playing {voice} · {model}: “{transcript}”</source>
        <translation>Spiele {voice} · {model}: „{transcript}“</translation>
    </message>
    <message>
        <source>Tick the rows to export first.</source>
        <translation>Kreuze zuerst die zu exportierenden Zeilen an.</translation>
    </message>
    <message>
        <source>There is no clip yet.</source>
        <translation>Es gibt noch keinen Clip.</translation>
    </message>
    <message>
        <source>Export the clips to a folder</source>
        <translation>Die Clips in einen Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation>Die Eingabe senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the reply and its audio (Esc)</source>
        <translation>Die Antwort und ihr Audio anhalten (Esc)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter sends, Enter makes a new line, Esc stops)</source>
        <translation>Frag etwas… (Strg+Eingabe sendet, Eingabe macht eine neue Zeile, Esc stoppt)</translation>
    </message>
    <message>
        <source>Ask something… (Enter sends, Shift+Enter makes a new line, Esc stops)</source>
        <translation>Frag etwas… (Eingabe sendet, Umschalt+Eingabe macht eine neue Zeile, Esc stoppt)</translation>
    </message>
    <message>
        <source>Send the prompt (Enter)</source>
        <translation>Absenden (Eingabe)</translation>
    </message>
    <message>
        <source>In the prompt: Ctrl+Enter sends, Enter makes a new line.</source>
        <translation>In der Eingabe: Strg+Eingabe sendet, Eingabe macht eine neue Zeile.</translation>
    </message>
    <message>
        <source>In the prompt: Enter sends, Shift+Enter makes a new line, Ctrl+Enter also sends.</source>
        <translation>In der Eingabe: Eingabe sendet, Umschalt+Eingabe macht eine neue Zeile, Strg+Eingabe sendet auch.</translation>
    </message>
    <message>
        <source>Write something to send first.</source>
        <translation>Schreib zuerst etwas zum Senden.</translation>
    </message>
    <message>
        <source>Recording thrown away.</source>
        <translation>Aufnahme verworfen.</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it is kept until you press Send.</source>
        <translation>Die Aufnahme hat die Grenze von {limit} erreicht und wurde beendet; sie bleibt, bis du auf Senden drückst.</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it was sent.</source>
        <translation>Die Aufnahme hat die Grenze von {limit} erreicht und wurde beendet; sie wurde gesendet.</translation>
    </message>
    <message>
        <source>A reply is still on its way: your recording is kept; press Send when it is done.</source>
        <translation>Eine Antwort ist noch unterwegs: deine Aufnahme bleibt erhalten; drücke Senden, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Context of this conversation</source>
        <translation>Kontext dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Latest replies sent back as audio</source>
        <translation>Letzte Antworten, die als Audio zurückgehen</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Kontextbudget in Tokens</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Each earlier reply sent back as audio is billed again as audio input (about 20 tokens a second, at the audio input price). Older replies go back as their transcripts. Beyond the budget, the oldest turns are left out.</source>
        <translation>Jede frühere Antwort, die als Audio zurückgeht, wird erneut als Audioeingabe berechnet (etwa 20 Tokens pro Sekunde, zum Audioeingabepreis). Ältere Antworten gehen als Transkript zurück. Über dem Budget werden die ältesten Beiträge weggelassen.</translation>
    </message>
    <message>
        <source>Latest replies sent as &amp;audio</source>
        <translation>Letzte Antworten als &amp;Audio</translation>
    </message>
    <message>
        <source>Context &amp;budget (tokens)</source>
        <translation>Kontext&amp;budget (Tokens)</translation>
    </message>
</context>
<context>
    <name>ConversationExportDialog</name>
    <message>
        <source>As received (streamed pcm16 as WAV)</source>
        <translation>Wie empfangen (gestreamtes pcm16 als WAV)</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono)</source>
        <translation>Rohes pcm16 (24 kHz mono)</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Ordner wird geprüft…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The whole conversation (%n turn(s))</source>
        <translation>
            <numerusform>Die ganze Unterhaltung (%n Beitrag)</numerusform>
            <numerusform>Die ganze Unterhaltung (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the replies ticked below</source>
        <translation>Nur die unten angekreuzten Antworten</translation>
    </message>
    <message>
        <source>Replies to export</source>
        <translation>Zu exportierende Antworten</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(kein Transkript)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>A folder of numbered audio files</source>
        <translation>Ein Ordner mit nummerierten Audiodateien</translation>
    </message>
    <message>
        <source>A .zip archive of the same</source>
        <translation>Ein .zip-Archiv davon</translation>
    </message>
    <message>
        <source>One audio file, turns joined by short silences</source>
        <translation>Eine Audiodatei, Beiträge durch kurze Pausen verbunden</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Audioformat</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>Audioformat:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Export as a .zip</source>
        <translation>Als .zip exportieren</translation>
    </message>
    <message>
        <source>Export as one audio file</source>
        <translation>Als eine Audiodatei exportieren</translation>
    </message>
    <message>
        <source>Tick at least one reply to export.</source>
        <translation>Kreuze mindestens eine Antwort zum Exportieren an.</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>Ein anderer Export läuft noch; warte darauf oder brich ihn ab.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportiere nach {path}…</translation>
    </message>
    <message>
        <source>turn {done} of {total}</source>
        <translation>Beitrag {done} von {total}</translation>
    </message>
    <message>
        <source>Exported {seconds} s of audio to {path}.</source>
        <translation>{seconds} s Audio nach {path} exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audio file(s), transcript.md and conversation.json to {path}.</source>
        <translation>
            <numerusform>%n Audiodatei, transcript.md und conversation.json nach {path} exportiert.</numerusform>
            <numerusform>%n Audiodateien, transcript.md und conversation.json nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>Frühere Beiträge zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <extracomment>The card to keep in view while the cards around it are laid out (see ``scroll_to``).</extracomment>
        <translation>
            <numerusform>%n früheren Beitrag zeigen</numerusform>
            <numerusform>%n frühere Beiträge zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show later turns</source>
        <translation>Spätere Beiträge zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n later turn(s)</source>
        <translation>
            <numerusform>%n späteren Beitrag zeigen</numerusform>
            <numerusform>%n spätere Beiträge zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>cached input</source>
        <translation>zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>text input</source>
        <translation>Texteingabe</translation>
    </message>
    <message>
        <source>audio input</source>
        <translation>Audioeingabe</translation>
    </message>
    <message>
        <source>text output</source>
        <translation>Textausgabe</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>+ unpriced {kinds}</source>
        <translation>+ {kinds} ohne Preis</translation>
    </message>
    <message>
        <source>{figure} (estimate, from the gateway)</source>
        <translation>{figure} (Schätzung, vom Gateway)</translation>
    </message>
    <message>
        <source>{figure} (estimate)</source>
        <translation>{figure} (Schätzung)</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens (no price known)</source>
        <translation>{kind}: {tokens} Tokens (kein Preis bekannt)</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens × ${rate}/1M = {cost}</source>
        <translation>{kind}: {tokens} Tokens × ${rate}/1 Mio. = {cost}</translation>
    </message>
    <message>
        <source>the gateway&apos;s own figure: {cost}</source>
        <translation>eigene Angabe des Gateways: {cost}</translation>
    </message>
    <message>
        <source>≈ {cost} spent</source>
        <translation>≈ {cost} ausgegeben</translation>
    </message>
    <message>
        <source>≈ {cost} saved by the clip cache</source>
        <translation>≈ {cost} durch den Clip-Zwischenspeicher gespart</translation>
    </message>
    <message>
        <source>{costs} (estimates)</source>
        <translation>{costs} (Schätzungen)</translation>
    </message>
    <message>
        <source>OpenAI&apos;s model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), read in November 2026</source>
        <extracomment>core.costs.PRICE_SOURCE, marked for translation (a changed source shows in English).</extracomment>
        <translation>die Modellseiten von OpenAI (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), Stand November 2026</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Parley is still connecting to the endpoint: send again in a moment.</source>
        <extracomment>What the sessions take: the shared client itself, or a SharedHttp that makes it on demand.</extracomment>
        <translation>Parley verbindet sich noch mit dem Endpunkt: sende gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Parley will not send your API key over plain http to {host}: use an https:// address (plain http is only allowed for this computer).</source>
        <translation>Parley sendet deinen API-Schlüssel nicht über unverschlüsseltes http an {host}: nutze eine https://-Adresse (unverschlüsseltes http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. Check your network and the base URL.</source>
        <translation>{host} ist nicht erreichbar: {reason}. Prüfe das Netzwerk und die Basis-URL.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} s; try again later.</source>
        <extracomment>A timeout&apos;s sentences by what the server did not do (core.errors.RequestTimeout&apos;s phase): with the time limit, and without.</extracomment>
        <translation>Der Server unter {host} hat nicht innerhalb von {seconds} s geantwortet; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer; try again later.</source>
        <translation>Der Server unter {host} hat nicht geantwortet; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply within {seconds} s; try again later.</source>
        <translation>Der Server unter {host} hat die ganze Antwort nicht innerhalb von {seconds} s gesendet; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply; try again later.</source>
        <translation>Der Server unter {host} hat die ganze Antwort nicht gesendet; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection within {seconds} s; try again later.</source>
        <translation>Der Server unter {host} hat innerhalb von {seconds} s keine Verbindung angenommen; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection; try again later.</source>
        <translation>Der Server unter {host} hat keine Verbindung angenommen; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server sent a reply Parley cannot read: {what}.</source>
        <translation>Der Server hat eine Antwort geschickt, die Parley nicht lesen kann: {what}.</translation>
    </message>
    <message>
        <source>The reply was cut off after {seconds} s of audio: {reason}.</source>
        <translation>Die Antwort brach nach {seconds} s Audio ab: {reason}.</translation>
    </message>
    <message>
        <source>The reply was cut off after a part of the transcript: {reason}.</source>
        <translation>Die Antwort brach nach einem Teil des Transkripts ab: {reason}.</translation>
    </message>
    <message>
        <source>The reply was cut off: {reason}.</source>
        <translation>Die Antwort brach ab: {reason}.</translation>
    </message>
    <message>
        <source>Parley cannot keep the key in the system keyring ({reason}); it can use the key for this session only.</source>
        <translation>Parley kann den Schlüssel nicht im Schlüsselbund des Systems ablegen ({reason}); er kann nur für diese Sitzung verwendet werden.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>in the reply</source>
        <translation>in der Antwort</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): check the key set for this endpoint.</source>
        <translation>Der Server hat den API-Schlüssel nicht angenommen (HTTP 401): prüfe den Schlüssel für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>The server said: “{words}”.</source>
        <translation>Der Server sagte: „{words}“.</translation>
    </message>
    <message>
        <source>The server said: “{words}” (behind a gateway, this may be about the gateway&apos;s own key upstream).</source>
        <translation>Der Server sagte: „{words}“ (hinter einem Gateway kann das den eigenen Schlüssel des Gateways beim Anbieter betreffen).</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} (or {instead}) instead.</source>
        <translation>Das Modell „{model}“ ist nicht verfügbar ({status}): OpenAI hat es am {date} eingestellt. Wähle stattdessen {default} (oder {instead}).</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} instead.</source>
        <translation>Das Modell „{model}“ ist nicht verfügbar ({status}): OpenAI hat es am {date} eingestellt. Wähle stattdessen {default}.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist on this endpoint or this key has no access to it ({status}): {detail}. Choose another model, such as {default}.</source>
        <translation>Das Modell „{model}“ gibt es auf diesem Endpunkt nicht, oder dieser Schlüssel hat keinen Zugriff darauf ({status}): {detail}. Wähle ein anderes Modell, etwa {default}.</translation>
    </message>
    <message>
        <source>This API key has no access to the model &apos;{model}&apos;: {detail}.</source>
        <translation>Dieser API-Schlüssel hat keinen Zugriff auf das Modell „{model}“: {detail}.</translation>
    </message>
    <message>
        <source>This API key has no access to the model: {detail}.</source>
        <translation>Dieser API-Schlüssel hat keinen Zugriff auf das Modell: {detail}.</translation>
    </message>
    <message>
        <source>The server refused the request{where}: {detail}.</source>
        <translation>Der Server hat die Anfrage abgelehnt{where}: {detail}.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): {detail}. Check the base URL and the model name.</source>
        <translation>Nicht gefunden (HTTP 404): {detail}. Prüfe die Basis-URL und den Modellnamen.</translation>
    </message>
    <message>
        <source>The account behind this key has run out of quota: {detail}.</source>
        <translation>Das Konto hinter diesem Schlüssel hat kein Kontingent mehr: {detail}.</translation>
    </message>
    <message>
        <source>Rate limited by the server: {detail}. Wait a moment and try again.</source>
        <translation>Der Server drosselt die Anfragen: {detail}. Warte einen Moment und versuche es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}): {detail}. Try again later.</source>
        <translation>Der Server hatte ein Problem ({status}): {detail}. Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}.</source>
        <translation>Der Server hat mit einem Fehler geantwortet ({status}): {detail}.</translation>
    </message>
    <message>
        <source>Parley could not play sound on “{name}”; check that the device is connected and the sound server is running.</source>
        <extracomment>What a device failed to do (app.audio.devices.device_error&apos;s action), with and without the device&apos;s name.</extracomment>
        <translation>Parley konnte auf „{name}“ keinen Ton abspielen; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Parley could not play sound; check that the device is connected and the sound server is running.</source>
        <translation>Parley konnte keinen Ton abspielen; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley konnte dem Mikrofon auf „{name}“ nicht zuhören; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley konnte dem Mikrofon nicht zuhören; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley konnte vom Mikrofon auf „{name}“ nicht aufnehmen; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley konnte vom Mikrofon nicht aufnehmen; prüfe, ob das Gerät angeschlossen ist und der Soundserver läuft.</translation>
    </message>
    <message>
        <source>Sound is unavailable: the PortAudio library is not installed on this system.</source>
        <translation>Kein Ton verfügbar: Die Bibliothek PortAudio ist auf diesem System nicht installiert.</translation>
    </message>
    <message>
        <source>The sound system could not be queried ({reason}).</source>
        <translation>Das Soundsystem ließ sich nicht abfragen ({reason}).</translation>
    </message>
    <message>
        <source>No audio output device was found; check that a sound server or sound card is available.</source>
        <translation>Kein Audioausgabegerät gefunden; prüfe, ob ein Soundserver oder eine Soundkarte vorhanden ist.</translation>
    </message>
    <message>
        <source>No microphone (audio input) device was found; check that a sound server or sound card is available.</source>
        <translation>Kein Mikrofon (Audioeingabegerät) gefunden; prüfe, ob ein Soundserver oder eine Soundkarte vorhanden ist.</translation>
    </message>
    <message>
        <source>The audio output device “{name}” is not available; choose another one in Settings.</source>
        <translation>Das Audioausgabegerät „{name}“ ist nicht verfügbar; wähle in den Einstellungen ein anderes.</translation>
    </message>
    <message>
        <source>The microphone (audio input) device “{name}” is not available; choose another one in Settings.</source>
        <translation>Das Mikrofon (Audioeingabegerät) „{name}“ ist nicht verfügbar; wähle in den Einstellungen ein anderes.</translation>
    </message>
    <message>
        <source>The audio output device “{name}” has not answered for {seconds} seconds; playback is paused where it was. Press Play to go on.</source>
        <translation>Das Audioausgabegerät „{name}“ antwortet seit {seconds} Sekunden nicht; die Wiedergabe ist an dieser Stelle pausiert. Drücke Abspielen, um fortzufahren.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped delivering sound.</source>
        <translation>Das Mikrofon „{name}“ liefert keinen Ton mehr.</translation>
    </message>
    <message>
        <source>This endpoint sends {model}&apos;s replies streamed only: asked for a streamed reply (remembered for this endpoint).</source>
        <translation>Dieser Endpunkt sendet die Antworten von {model} nur gestreamt: es wurde eine gestreamte Antwort angefragt (für diesen Endpunkt gemerkt).</translation>
    </message>
    <message>
        <source>This model sends whole replies ({model}): asked for the whole reply in {format} (remembered for this endpoint).</source>
        <translation>Dieses Modell sendet ganze Antworten ({model}): die ganze Antwort wurde in {format} angefragt (für diesen Endpunkt gemerkt).</translation>
    </message>
    <message>
        <source>Skipped an unreadable event from the server; the reply may have a gap.</source>
        <translation>Ein unlesbares Ereignis vom Server wurde übersprungen; in der Antwort kann etwas fehlen.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not know the realtime model {model}.</source>
        <translation>Der Server kennt das Echtzeit-Modell {model} nicht.</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s shape (it wants the current Realtime API, without the beta header).</source>
        <translation>Der Server hat die Form der Sitzung abgelehnt (er erwartet die aktuelle Realtime API, ohne den Beta-Header).</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached: wait a moment and resume.</source>
        <translation>Das Ratenlimit des Servers ist erreicht: warte einen Moment und setze dann fort.</translation>
    </message>
    <message>
        <source>This server does not speak the Realtime API. Talk mode&apos;s Chat Completions engine works with it: turn Realtime off.</source>
        <translation>Dieser Server spricht die Realtime API nicht. Die Chat-Completions-Engine des Sprechmodus funktioniert mit ihm: schalte Echtzeit aus.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach the server for a realtime session.</source>
        <translation>Der Server war für eine Echtzeit-Sitzung nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server ended the realtime session.</source>
        <translation>Der Server hat die Echtzeit-Sitzung beendet.</translation>
    </message>
    <message>
        <source>The microphone “{name}” went away (unplugged or switched off); the sound server now offers “{now}”.</source>
        <extracomment>The listener&apos;s own failures, by the AudioDeviceError kind it reports.</extracomment>
        <translation>Das Mikrofon „{name}“ ist verschwunden (ausgesteckt oder ausgeschaltet); der Soundserver bietet jetzt „{now}“ an.</translation>
    </message>
    <message>
        <source>The sound server went away, and the microphone “{name}” with it (stopped or restarting).</source>
        <translation>Der Soundserver ist verschwunden und mit ihm das Mikrofon „{name}“ (beendet oder startet neu).</translation>
    </message>
    <message>
        <source>Listening stopped: {reason}</source>
        <translation>Das Zuhören wurde beendet: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3-Audio (*.mp3)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC-Audio (*.flac)</translation>
    </message>
    <message>
        <source>Opus audio (*.opus *.ogg)</source>
        <translation>Opus-Audio (*.opus *.ogg)</translation>
    </message>
    <message>
        <source>Raw pcm16, 24 kHz mono (*.pcm)</source>
        <translation>Rohes pcm16, 24 kHz mono (*.pcm)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Parley cannot save audio as {format}.</source>
        <translation>Parley kann Audio nicht als {format} speichern.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name to save to.</source>
        <translation>„{path}“ ist ein Ordner; wählen Sie einen Dateinamen zum Speichern.</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name.</source>
        <translation>„{name}“ gibt es in {folder} schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name or allow replacing it.</source>
        <translation>„{name}“ gibt es in {folder} schon; wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to save “{name}”.</source>
        <translation>In {folder} ist nicht genug Platz frei, um „{name}“ zu speichern.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another place to save.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt; wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Parley is not allowed to write in {folder}; choose another folder.</source>
        <translation>Parley darf nicht in {folder} schreiben; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The file name “{name}” is too long.</source>
        <translation>Der Dateiname „{name}“ ist zu lang.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder} ({reason}).</source>
        <translation>„{name}“ konnte nicht in {folder} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The audio of turn {number} could not be saved: {reason}</source>
        <translation>Das Audio von Beitrag {number} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>There is no audio to save in what was chosen.</source>
        <translation>In der Auswahl ist kein Audio zum Speichern.</translation>
    </message>
    <message>
        <source>The audio could not be read or converted.</source>
        <translation>Das Audio konnte nicht gelesen oder umgewandelt werden.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk.</source>
        <translation>Auf dem Datenträger ist nicht genug Platz frei.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Parley is not allowed to open this file.</source>
        <translation>Parley darf diese Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Die Datei ist nicht mehr da.</translation>
    </message>
    <message>
        <source>The disk could not be read.</source>
        <translation>Der Datenträger konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HistoryBridge</name>
    <message>
        <source>The export failed: {reason}.</source>
        <extracomment>Most search hits listed at once. None until the window&apos;s start has opened the history (or when it cannot be opened: then every request is quietly not answered; the window says why once).</extracomment>
        <translation>Der Export ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>The history could not be used: {reason}.</source>
        <translation>Der Verlauf konnte nicht genutzt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history folder %1 cannot be written: you can read and export the history, but new conversations are not kept.</source>
        <translation>In den Verlaufsordner %1 kann nicht geschrieben werden: Du kannst den Verlauf lesen und exportieren, neue Unterhaltungen werden aber nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The history was damaged. The damaged file is kept as %1; %n conversation(s) were saved into a new history.</source>
        <translation>
            <numerusform>Der Verlauf war beschädigt. Die beschädigte Datei bleibt als %1 erhalten; %n Unterhaltung wurde in einen neuen Verlauf gerettet.</numerusform>
            <numerusform>Der Verlauf war beschädigt. Die beschädigte Datei bleibt als %1 erhalten; %n Unterhaltungen wurden in einen neuen Verlauf gerettet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The item&apos;s text without its cost (added when the usages are read). Wait this long after the last key before searching (ms).</extracomment>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>No turns match “{text}”.</source>
        <translation>Kein Beitrag passt zu „{text}“.</translation>
    </message>
    <message>
        <source>First {shown} of {total} turns match “{text}”.</source>
        <translation>Die ersten {shown} von {total} Beiträgen, die zu „{text}“ passen.</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search prompts and transcripts</source>
        <translation>Eingaben und Transkripte durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Benennen…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Conversations, most recently used first</source>
        <translation>Unterhaltungen, zuletzt genutzte zuerst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” and its audio for good? This cannot be undone.</source>
        <translation>„{title}“ und sein Audio endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The conversation was deleted.</source>
        <translation>Die Unterhaltung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>turn {number}</source>
        <translation>Beitrag {number}</translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no turns.</source>
        <translation>Es gibt noch nichts zu exportieren: diese Unterhaltung hat keine Beiträge.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The key is used for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung verwendet.</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ordnen nach</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Voice and model</source>
        <translation>Stimme und Modell</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Abstimmungen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) kept.</source>
        <translation>
            <numerusform>%n Abstimmung gespeichert.</numerusform>
            <numerusform>%n Abstimmungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <extracomment>The meter shows -60..0 dBFS.</extracomment>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;selected replies…</source>
        <translation>&amp;Ausgewählte Antworten exportieren…</translation>
    </message>
    <message>
        <source>&amp;Rename conversation…</source>
        <translation>Unterhaltung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete conversation…</source>
        <translation>Unterhaltung &amp;löschen…</translation>
    </message>
    <message>
        <source>Export as &amp;podcast…</source>
        <translation>Als &amp;Podcast exportieren…</translation>
    </message>
    <message>
        <source>Narrate a &amp;script…</source>
        <translation>&amp;Skript vorlesen lassen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>Offline-&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>St&amp;op the reply</source>
        <translation>Antwort &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Record a voice message</source>
        <translation>Sprach&amp;nachricht aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Talk hands-free</source>
        <translation>&amp;Freihändig sprechen</translation>
    </message>
    <message>
        <source>&amp;Mute the microphone</source>
        <translation>&amp;Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Focus the &amp;prompt</source>
        <translation>Zur &amp;Eingabe springen</translation>
    </message>
    <message>
        <source>&amp;Compare voices</source>
        <translation>Stimmen &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>&amp;Über Parley</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Export as podcast</source>
        <translation>Als Podcast exportieren</translation>
    </message>
    <message>
        <source>This conversation has no audio yet to make a podcast of.</source>
        <translation>Diese Unterhaltung hat noch kein Audio für einen Podcast.</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Über Parley</translation>
    </message>
    <message>
        <source>&lt;p&gt;Talk with audio-capable chat models.&lt;/p&gt;&lt;p&gt;MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sprich mit audiofähigen Chatmodellen.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Offline demo: replies come from Parley&apos;s built-in demo server, not a real model.</source>
        <translation>Offline-Demo: Antworten vom eingebauten Demo-Server, nicht von einem echten Modell.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>The window&apos;s first frame has been painted (emitted once, on the loop&apos;s next turn).</extracomment>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problem mit dem Verlauf</translation>
    </message>
    <message>
        <source>Using the key in OPENAI_API_KEY for this session.</source>
        <translation>Für diese Sitzung wird der Schlüssel aus OPENAI_API_KEY verwendet.</translation>
    </message>
    <message>
        <source>Offline demo running at {url}</source>
        <translation>Offline-Demo läuft unter {url}</translation>
    </message>
    <message>
        <source>Chat and voice comparison</source>
        <translation>Chat und Stimmenvergleich</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>Stimmen vergleichen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Time recorded</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Aufnehmen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Record a voice message (or hold Ctrl+Space)</source>
        <translation>Eine Sprachnachricht aufnehmen (oder Strg+Leertaste halten)</translation>
    </message>
    <message>
        <source>● Opening…</source>
        <translation>● Wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening the microphone</source>
        <translation>Mikrofon wird geöffnet</translation>
    </message>
    <message>
        <source>■ Send</source>
        <translation>■ Senden</translation>
    </message>
    <message>
        <source>Stop and send</source>
        <translation>Beenden und senden</translation>
    </message>
    <message>
        <source>Stop recording and send it (Esc throws it away)</source>
        <translation>Aufnahme beenden und senden (Esc verwirft sie)</translation>
    </message>
    <message>
        <source>■ Sending…</source>
        <translation>■ Wird gesendet…</translation>
    </message>
    <message>
        <source>Finishing the recording</source>
        <translation>Aufnahme wird abgeschlossen</translation>
    </message>
</context>
<context>
    <name>NarrateDialog</name>
    <message>
        <source>Narrate a script</source>
        <translation>Skript vorlesen lassen</translation>
    </message>
    <message>
        <source>Choose a script</source>
        <translation>Skript wählen</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Text (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a script…</source>
        <translation>Skript wählen…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paragraphs done</source>
        <translation>Fertige Absätze</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>There is no script at %1.</source>
        <translation>Unter %1 gibt es kein Skript.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); save it as UTF-8.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2); speichere es als UTF-8.</translation>
    </message>
    <message>
        <source>%1 has nothing to read: it is empty or only blank lines.</source>
        <translation>%1 enthält nichts zum Vorlesen: Es ist leer oder hat nur Leerzeilen.</translation>
    </message>
    <message>
        <source>Save the narration in</source>
        <translation>Vertonung speichern in</translation>
    </message>
    <message>
        <source>Choose a script: paragraphs separated by blank lines.</source>
        <translation>Wähle ein Skript: Absätze durch Leerzeilen getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n Absatz</numerusform>
            <numerusform>%n Absätze</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 if none is done yet</source>
        <translation>etwa %1, wenn noch keiner fertig ist</translation>
    </message>
    <message>
        <source>Parley is not connected to an endpoint yet.</source>
        <translation>Parley ist noch mit keinem Endpunkt verbunden.</translation>
    </message>
    <message>
        <source>Narrating…</source>
        <translation>Wird vorgelesen…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n piece(s) left; start again to do them.</source>
        <translation>
            <numerusform>Gestoppt: %n Teil offen; starte erneut, um ihn zu erledigen.</numerusform>
            <numerusform>Gestoppt: %n Teile offen; starte erneut, um sie zu erledigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed; start again to retry them.</source>
        <translation>
            <numerusform>%n Teil fehlgeschlagen; starte erneut, um es nochmal zu versuchen.</numerusform>
            <numerusform>%n Teile fehlgeschlagen; starte erneut, um es nochmal zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The joined file could not be made: %1</source>
        <translation>Die zusammengefügte Datei konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Done: %1, with a chapter per paragraph and captions.</source>
        <translation>Fertig: %1, mit einem Kapitel pro Absatz und Untertiteln.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>schon fertig</translation>
    </message>
    <message>
        <source>from the clip cache</source>
        <translation>aus dem Clip-Cache</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>erneut angefragt</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>This reply&apos;s audio cannot be played: {reason}</source>
        <extracomment>How fast whole clips play (the pitch kept); ``_key_speed``: the loaded clip&apos;s.</extracomment>
        <translation>Das Audio dieser Antwort lässt sich nicht abspielen: {reason}</translation>
    </message>
</context>
<context>
    <name>PodcastDialog</name>
    <message>
        <source>Export as podcast</source>
        <translation>Als Podcast exportieren</translation>
    </message>
    <message>
        <source>SubRip (.srt)</source>
        <translation>SubRip (.srt)</translation>
    </message>
    <message>
        <source>WebVTT (.vtt)</source>
        <translation>WebVTT (.vtt)</translation>
    </message>
    <message>
        <source>No captions</source>
        <translation>Keine Untertitel</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>One file with a chapter per turn, a short gap between turns, every turn at the same loudness, and captions beside it.</source>
        <translation>Eine Datei mit einem Kapitel pro Beitrag, kurzen Pausen zwischen den Beiträgen, gleicher Lautheit für jeden Beitrag und Untertiteln daneben.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Turn {n}</source>
        <translation>Beitrag {n}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chapter(s), %1 min, to %2.</source>
        <translation>
            <numerusform>%n Kapitel, %1 min, nach %2 exportiert.</numerusform>
            <numerusform>%n Kapitel, %1 min, nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions: %1.</source>
        <translation>Untertitel: %1.</translation>
    </message>
    <message>
        <source>Left out (audio missing): turn %1.</source>
        <translation>Ausgelassen (Audio fehlt): Beitrag %1.</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>Text in</source>
        <translation>Text ein</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Text aus</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio ein</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Audio aus</translation>
    </message>
    <message>
        <source>Cached in</source>
        <translation>Zwischengesp. ein</translation>
    </message>
    <message>
        <source>Prices of the profile</source>
        <translation>Preise des Profils</translation>
    </message>
    <message>
        <source>Prices per 1M tokens</source>
        <translation>Preise pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>another model id</source>
        <translation>weitere Modell-ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Use the published prices</source>
        <translation>Veröffentlichte Preise nutzen</translation>
    </message>
    <message>
        <source>Forget your prices for the selected model on this profile</source>
        <translation>Deine Preise für das gewählte Modell in diesem Profil vergessen</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; every cost Parley shows is an estimate. An empty cell uses the published price ({source}); where none is published, those tokens are shown without a figure. Cached input without a price of its own is priced as text input. A gateway&apos;s own cost (usage.cost) wins over these.</source>
        <translation>US-Dollar pro 1 Mio. Tokens; jeder Betrag, den Parley zeigt, ist eine Schätzung. Eine leere Zelle nutzt den veröffentlichten Preis ({source}); wo keiner veröffentlicht ist, erscheinen diese Tokens ohne Betrag. Zwischengespeicherte Eingabe ohne eigenen Preis wird wie Texteingabe berechnet. Die eigenen Kosten eines Gateways (usage.cost) haben Vorrang.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>dein Preis</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>veröffentlichter Preis</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>That recording was too short to send: keep recording (or hold Ctrl+Space) while you speak.</source>
        <extracomment>Shorter recordings are not sent (a tap of the button or of Ctrl+Space).</extracomment>
        <translation>Die Aufnahme war zu kurz zum Senden: nimm weiter auf (oder halte Strg+Leertaste), während du sprichst.</translation>
    </message>
    <message>
        <source>The microphone gave only silence: check that it is not muted and that Parley is allowed to use it.</source>
        <translation>Das Mikrofon lieferte nur Stille: prüfe, dass es nicht stummgeschaltet ist und Parley es verwenden darf.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound; the recording was not sent.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr; die Aufnahme wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Parley could not open the microphone.</source>
        <extracomment>The length limit of the current (or last) recording, in seconds.</extracomment>
        <translation>Parley konnte das Mikrofon nicht öffnen.</translation>
    </message>
    <message>
        <source>Parley could not finish the recording.</source>
        <translation>Parley konnte die Aufnahme nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>ReplyCard</name>
    <message>
        <source>Audio as received</source>
        <extracomment>Export menu entries: (label, format key). &quot;original&quot; keeps the server&apos;s bytes (a streamed reply&apos;s raw pcm16 as a WAV file of the same samples); &quot;text&quot; is the transcript.</extracomment>
        <translation>Audio wie empfangen</translation>
    </message>
    <message>
        <source>Audio as WAV</source>
        <translation>Audio als WAV</translation>
    </message>
    <message>
        <source>Audio as MP3</source>
        <translation>Audio als MP3</translation>
    </message>
    <message>
        <source>Audio as FLAC</source>
        <translation>Audio als FLAC</translation>
    </message>
    <message>
        <source>Audio as Opus</source>
        <translation>Audio als Opus</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono, no header)</source>
        <translation>Rohes pcm16 (24 kHz mono, ohne Header)</translation>
    </message>
    <message>
        <source>Transcript as text</source>
        <translation>Transkript als Text</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>Token-Verbrauch</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Play reply</source>
        <translation>Antwort abspielen</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Takes of this reply</source>
        <translation>Versionen dieser Antwort</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>Antwort exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Transkript kopieren</translation>
    </message>
    <message>
        <source>Say it again in another voice</source>
        <translation>Mit einer anderen Stimme wiederholen</translation>
    </message>
    <message>
        <source>Say it again in…</source>
        <translation>Nochmal sagen mit…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Audio format of the reply</source>
        <translation>Audioformat der Antwort</translation>
    </message>
    <message>
        <source>Reply in {voice}</source>
        <translation>Antwort mit {voice}</translation>
    </message>
    <message>
        <source>An estimate. Prices: {source}, or your own (Settings → Prices).</source>
        <translation>Eine Schätzung. Preise: {source} oder deine eigenen (Einstellungen → Preise).</translation>
    </message>
    <message>
        <source>out: {audio} audio + {text} text tokens · in: {prompt}</source>
        <translation>aus: {audio} Audio- + {text} Text-Tokens · ein: {prompt}</translation>
    </message>
    <message>
        <source>Prompt: {prompt} tokens ({prompt_audio} audio, {prompt_text} text)
Reply: {reply} tokens ({reply_audio} audio, {reply_text} text)</source>
        <translation>Eingabe: {prompt} Tokens ({prompt_audio} Audio, {prompt_text} Text)
Antwort: {reply} Tokens ({reply_audio} Audio, {reply_text} Text)</translation>
    </message>
    <message>
        <source>Pause reply</source>
        <translation>Antwort pausieren</translation>
    </message>
</context>
<context>
    <name>ReplyCosts</name>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Context of this conversation</source>
        <translation>Kontext dieser Unterhaltung</translation>
    </message>
    <message>
        <source>How many latest replies go back as audio, and the context budget</source>
        <translation>Wie viele der letzten Antworten als Audio zurückgehen, und das Kontextbudget</translation>
    </message>
    <message>
        <source>Could not keep the context setting: {reason}</source>
        <translation>Die Kontexteinstellung ließ sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>Context: {audio} as audio, budget {budget} tokens</source>
        <translation>Kontext: {audio} als Audio, Budget {budget} Tokens</translation>
    </message>
    <message>
        <source>Context: {audio} as audio</source>
        <translation>Kontext: {audio} als Audio</translation>
    </message>
    <message>
        <source>This conversation {cost}</source>
        <translation>Diese Unterhaltung {cost}</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens, {audio} of them audio</source>
        <translation>Nächste Anfrage: ~{tokens} Eingabe-Tokens, davon {audio} Audio</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens</source>
        <translation>Nächste Anfrage: ~{tokens} Eingabe-Tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier turn(s) left out (context budget)</source>
        <translation>
            <numerusform>%n früherer Beitrag weggelassen (Kontextbudget)</numerusform>
            <numerusform>%n frühere Beiträge weggelassen (Kontextbudget)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the token counts and the prices of the model picked: {source}, or your own (Settings → Prices).</source>
        <translation>Schätzungen aus den Token-Zahlen und den Preisen des gewählten Modells: {source} oder deine eigenen (Einstellungen → Preise).</translation>
    </message>
</context>
<context>
    <name>ReplyExport</name>
    <message>
        <source>Export reply</source>
        <translation>Antwort exportieren</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ReplySlot</name>
    <message>
        <source>Take {number}: {voice}</source>
        <extracomment>Transcript pieces not yet shown on the card.</extracomment>
        <translation>Version {number}: {voice}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server kind</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <source>Azure deployment</source>
        <translation>Azure-Bereitstellung</translation>
    </message>
    <message>
        <source>the deployment&apos;s name (else the model)</source>
        <translation>Name der Bereitstellung (sonst das Modell)</translation>
    </message>
    <message>
        <source>Azure api-version</source>
        <translation>Azure-api-version</translation>
    </message>
    <message>
        <source>Send earlier replies as text</source>
        <translation>Frühere Antworten als Text senden</translation>
    </message>
    <message>
        <source>Earlier replies go back as their transcripts, not by audio id: for servers that cannot take an audio id back, or drop it on the way.</source>
        <translation>Frühere Antworten gehen als Transkript zurück, nicht per Audio-ID: für Server, die eine Audio-ID nicht zurücknehmen oder unterwegs verlieren.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API-&amp;Version</translation>
    </message>
    <message>
        <source>Told from the URL: %1.</source>
        <translation>Aus der URL abgeleitet: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>the OS keyring</source>
        <extracomment>What kind of server is there, with Azure&apos;s details (see app.core.servers). The window&apos;s language (&quot;&quot; follows the system; see app.runtime.i18n). The user&apos;s prices: profile -&gt; model -&gt; field -&gt; USD per 1M tokens (Settings.prices). Where keys may be kept (core.secrets), named in the user&apos;s language.</extracomment>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>dem Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>dem macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>nowhere (no system keyring)</source>
        <translation>nirgends (kein Schlüsselbund im System)</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur dieser Sitzung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Parley settings</source>
        <translation>Parley-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>P&amp;rices</source>
        <translation>P&amp;reise</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Ausgabegerät</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <source>Longest recording in seconds</source>
        <translation>Längste Aufnahme in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A recording stops here and is sent</source>
        <translation>Eine Aufnahme endet hier und wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Output device</source>
        <translation>&amp;Ausgabegerät</translation>
    </message>
    <message>
        <source>&amp;Input device (microphone)</source>
        <translation>&amp;Eingabegerät (Mikrofon)</translation>
    </message>
    <message>
        <source>&amp;Longest recording</source>
        <translation>&amp;Längste Aufnahme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
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
        <source>Stream replies (as pcm16)</source>
        <translation>Antworten streamen (als pcm16)</translation>
    </message>
    <message>
        <source>Play replies as they arrive</source>
        <translation>Antworten beim Eintreffen abspielen</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>Mit Strg+Eingabe senden (Eingabe macht eine neue Zeile)</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter</source>
        <translation>Mit Strg+Eingabe senden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Parley starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Parley.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>Standard&amp;modell</translation>
    </message>
    <message>
        <source>Default &amp;voice</source>
        <translation>Standard&amp;stimme</translation>
    </message>
    <message>
        <source>Default &amp;format</source>
        <translation>Standard&amp;format</translation>
    </message>
    <message>
        <source>stored in {place}</source>
        <translation>gespeichert in {place}</translation>
    </message>
    <message>
        <source>Keys are kept in {place}, never in a file. Leave empty to keep the stored key.</source>
        <translation>Schlüssel liegen in {place}, nie in einer Datei. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>Profile {number}</source>
        <translation>Profil {number}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>More keys</source>
        <translation>Weitere Tasten</translation>
    </message>
</context>
<context>
    <name>SpeedButton</name>
    <message>
        <source>Playback speed of this reply</source>
        <translation>Wiedergabetempo dieser Antwort</translation>
    </message>
    <message>
        <source>Play this reply faster or slower (the pitch stays)</source>
        <translation>Diese Antwort schneller oder langsamer abspielen (die Tonhöhe bleibt)</translation>
    </message>
    <message>
        <source>The chat&apos;s speed</source>
        <translation>Tempo des Chats</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>SystemPromptPanel</name>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Wie sich das Modell verhalten soll (optional)</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>Gespeicherte Systemprompts</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Use the chosen preset as the system prompt</source>
        <translation>Die gewählte Vorlage als Systemprompt nehmen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Benennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>The prompt in effect for this conversation:</source>
        <translation>Der Prompt, der für diese Unterhaltung gilt:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Save system prompt as</source>
        <translation>Systemprompt speichern als</translation>
    </message>
    <message>
        <source>Replace the preset “{name}”?</source>
        <translation>Die Vorlage „{name}“ ersetzen?</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Die Vorlage „{name}“ löschen?</translation>
    </message>
</context>
<context>
    <name>TalkBar</name>
    <message>
        <source>Opening the microphone…</source>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Hört dich</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Talk hands-free</source>
        <translation>Freihändig sprechen</translation>
    </message>
    <message>
        <source>A hands-free voice conversation (Ctrl+T; Esc ends it)</source>
        <translation>Ein freihändiges Sprachgespräch (Strg+T; Esc beendet es)</translation>
    </message>
    <message>
        <source>Talk state</source>
        <translation>Sprechstatus</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Stop listening without leaving talk mode (M)</source>
        <translation>Nicht mehr zuhören, ohne den Sprechmodus zu verlassen (M)</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Kopfhörer</translation>
    </message>
    <message>
        <source>Headphones: no echo cancellation</source>
        <translation>Kopfhörer: keine Echounterdrückung</translation>
    </message>
    <message>
        <source>With headphones the reply cannot reach the microphone: echo cancellation is off</source>
        <translation>Mit Kopfhörern erreicht die Antwort das Mikrofon nicht: die Echounterdrückung ist aus</translation>
    </message>
    <message>
        <source>Pause that sends what you said, in seconds</source>
        <translation>Pause, die das Gesagte sendet, in Sekunden</translation>
    </message>
    <message>
        <source>How long a pause ends what you say and sends it</source>
        <translation>Wie lange eine Pause dauert, bis das Gesagte endet und gesendet wird</translation>
    </message>
    <message>
        <source> s pause sends</source>
        <translation> s Pause sendet</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Talk over the Realtime API</source>
        <translation>Über die Realtime API sprechen</translation>
    </message>
    <message>
        <source>One live connection: the server hears you as you speak and answers at once (Realtime API). Off: each thing you say is sent after the pause.</source>
        <translation>Eine Live-Verbindung: Der Server hört dich, während du sprichst, und antwortet sofort (Realtime API). Aus: Alles Gesagte wird nach der Pause gesendet.</translation>
    </message>
    <message>
        <source>Talk mode message</source>
        <translation>Meldung des Sprechmodus</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume talking</source>
        <translation>Weitersprechen</translation>
    </message>
    <message>
        <source>End talk</source>
        <translation>Sprechen beenden</translation>
    </message>
</context>
<context>
    <name>TalkBridge</name>
    <message>
        <source>Talk mode stopped after an error.</source>
        <translation>Der Sprechmodus wurde nach einem Fehler beendet.</translation>
    </message>
</context>
<context>
    <name>TalkMode</name>
    <message>
        <source>interrupted: what you heard of it went back to the model</source>
        <translation>unterbrochen: was du davon gehört hast, ging an das Modell zurück</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <extracomment>The realtime models the endpoint lists (the first is used), as last listed.</extracomment>
        <translation>warte auf die Antwort…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>unvollständig: die Antwort brach ab</translation>
    </message>
    <message>
        <source>interrupted before it began</source>
        <translation>unterbrochen, bevor sie begann</translation>
    </message>
    <message>
        <source>What you said is kept: Retry sends it.</source>
        <translation>Was du gesagt hast, bleibt erhalten: Wiederholen sendet es.</translation>
    </message>
</context>
<context>
    <name>TurnExport</name>
    <message>
        <source>There is no audio to save.</source>
        <extracomment>The transcript as text, beside the audio formats and &quot;original&quot;.</extracomment>
        <translation>Es gibt kein Audio zum Speichern.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Recording as recorded (original bytes)</source>
        <extracomment>Export menu entries for a recording: (label, format key); &quot;original&quot; keeps the bytes recorded.</extracomment>
        <translation>Aufnahme wie aufgenommen (Originaldaten)</translation>
    </message>
    <message>
        <source>Recording as WAV</source>
        <translation>Aufnahme als WAV</translation>
    </message>
    <message>
        <source>Recording as MP3</source>
        <translation>Aufnahme als MP3</translation>
    </message>
    <message>
        <source>Recording as FLAC</source>
        <translation>Aufnahme als FLAC</translation>
    </message>
    <message>
        <source>Recording as Opus</source>
        <translation>Aufnahme als Opus</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <source>Play your recording</source>
        <translation>Deine Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Play / pause your recording (Space)</source>
        <translation>Deine Aufnahme abspielen / pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Your recording (click to seek)</source>
        <translation>Deine Aufnahme (klicken zum Springen)</translation>
    </message>
    <message>
        <source>Duration of your recording</source>
        <translation>Dauer deiner Aufnahme</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>Deine Aufnahme exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Pause your recording</source>
        <translation>Deine Aufnahme pausieren</translation>
    </message>
</context>
<context>
    <name>UserCards</name>
    <message>
        <source>Your recording cannot be read: {reason}</source>
        <extracomment>Bars computed for a recording&apos;s waveform (the view spreads them over its width).</extracomment>
        <translation>Deine Aufnahme lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>Deine Aufnahme exportieren</translation>
    </message>
    <message>
        <source>Could not export your recording: {reason}</source>
        <translation>Deine Aufnahme ließ sich nicht exportieren: {reason}</translation>
    </message>
</context>
<context>
    <name>VibePicker</name>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation>Fröhlich</translation>
    </message>
    <message>
        <source>Newscaster</source>
        <translation>Nachrichtensprecher</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Geschichtenerzähler</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Gutenacht</translation>
    </message>
    <message>
        <source>Sports commentator</source>
        <translation>Sportkommentator</translation>
    </message>
    <message>
        <source>Noir detective</source>
        <translation>Noir-Detektiv</translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation>Geduldiger Lehrer</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>How the voice speaks: affect, tone, pacing, emotion…</source>
        <translation>Wie die Stimme spricht: Ausdruck, Ton, Tempo, Gefühl…</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Shuffle the vibe</source>
        <translation>Zufälligen Stil wählen</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>Kein Stil</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform (click to seek)</source>
        <translation>Wellenform (klicken zum Springen)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Parley</source>
        <translation>Willkommen bei Parley</translation>
    </message>
    <message>
        <source>Parley needs an API key for an OpenAI-compatible endpoint with audio models. No key yet? Try the offline demo: a built-in local server with simple rule-based replies spoken by an offline voice, so you can try every feature.</source>
        <translation>Parley braucht einen API-Schlüssel für einen OpenAI-kompatiblen Endpunkt mit Audiomodellen. Noch keinen Schlüssel? Probiere die Offline-Demo: ein eingebauter lokaler Server mit einfachen regelbasierten Antworten, gesprochen von einer Offline-Stimme, damit du jede Funktion ausprobieren kannst.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Offline-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Enter an API key…</source>
        <translation>API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}). The details are in {1}.</source>
        <extracomment>How long an unexpected error stays said in the status bar.</extracomment>
        <translation>In Parley ist etwas Unerwartetes schiefgegangen ({0}). Die Details stehen in {1}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}).</source>
        <translation>In Parley ist etwas Unerwartetes schiefgegangen ({0}).</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Ctrl+Enter.</source>
        <translation>Sag etwas zum Start: Schreib unten und drück Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Enter.</source>
        <translation>Sag etwas zum Start: Schreib unten und drück Eingabe.</translation>
    </message>
    <message>
        <source>Hold Ctrl+Space to record a voice message while the key is down.</source>
        <translation>Halte Strg+Leertaste gedrückt, um eine Sprachnachricht aufzunehmen.</translation>
    </message>
    <message>
        <source>On a reply: Space plays or pauses it; Tab moves between replies.</source>
        <translation>Auf einer Antwort: Leertaste spielt sie ab oder pausiert; Tab wechselt zwischen Antworten.</translation>
    </message>
    <message>
        <source>Talk mode on: speak, then pause.</source>
        <translation>Sprechmodus an: sprich, dann mach eine Pause.</translation>
    </message>
    <message>
        <source>Talk mode ended.</source>
        <translation>Sprechmodus beendet.</translation>
    </message>
    <message>
        <source>Reply received: %1</source>
        <translation>Antwort erhalten: %1</translation>
    </message>
    <message>
        <source>Reply received.</source>
        <translation>Antwort erhalten.</translation>
    </message>
</context>
<context>
    <name>_Found</name>
    <message numerus="yes">
        <source>%n turn(s) match “{text}”.</source>
        <translation>
            <numerusform>%n Beitrag passt zu „{text}“.</numerusform>
            <numerusform>%n Beiträge passen zu „{text}“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plural</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Modell.</numerusform>
            <numerusform>Verbunden mit %1: %n Modelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out to keep within the context budget of {budget} tokens.</source>
        <translation>
            <numerusform>%n früherer Beitrag weggelassen, um im Kontextbudget von {budget} Tokens zu bleiben.</numerusform>
            <numerusform>%n frühere Beiträge weggelassen, um im Kontextbudget von {budget} Tokens zu bleiben.</numerusform>
        </translation>
    </message>
</context>
</TS>
