<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tell from the base URL</source>
        <translation>Deducir de la URL base</translation>
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
        <translation>vLLM-Omni (tu propio servidor)</translation>
    </message>
    <message>
        <source>Qwen-Omni (Alibaba Model Studio)</source>
        <translation>Qwen-Omni (Alibaba Model Studio)</translation>
    </message>
    <message>
        <source>Other gateway (one-api, new-api)</source>
        <translation>Otra pasarela (one-api, new-api)</translation>
    </message>
    <message>
        <source>Azure has no deployment by that name: set the deployment&apos;s own name (Azure portal, Deployments) in Settings → Profiles.</source>
        <translation>Azure no tiene ninguna implementación con ese nombre: indica el nombre de la implementación (portal de Azure, Implementaciones) en Ajustes → Perfiles.</translation>
    </message>
    <message>
        <source>This Azure resource refused the api-version: set one it takes in Settings → Profiles, or use its …/openai/v1 URL, which needs none.</source>
        <translation>Este recurso de Azure rechazó la api-version: indica una que acepte en Ajustes → Perfiles, o usa su URL …/openai/v1, que no la necesita.</translation>
    </message>
    <message>
        <source>Check that the key belongs to this Azure resource and that the base URL is its endpoint (https://NAME.openai.azure.com).</source>
        <translation>Comprueba que la clave pertenece a este recurso de Azure y que la URL base es su endpoint (https://NAME.openai.azure.com).</translation>
    </message>
    <message>
        <source>The gateway has no upstream channel for this model: choose a model its list offers.</source>
        <translation>La pasarela no tiene canal de origen para este modelo: elige un modelo de su lista.</translation>
    </message>
    <message>
        <source>This server sends audio only in streamed replies.</source>
        <translation>Este servidor solo envía audio en respuestas en streaming.</translation>
    </message>
    <message>
        <source>This model has its own voices: pick one the server names.</source>
        <translation>Este modelo tiene sus propias voces: elige una de las que indica el servidor.</translation>
    </message>
    <message>
        <source>“%1” is an OpenRouter-style model id; %2 wants a plain model name.</source>
        <translation>«%1» es un id de modelo al estilo de OpenRouter; %2 necesita un nombre de modelo simple.</translation>
    </message>
    <message>
        <source>The key looks like an Alibaba Model Studio key, but the base URL is OpenAI&apos;s: use https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni.</source>
        <translation>La clave parece de Alibaba Model Studio, pero la URL base es la de OpenAI: para Qwen-Omni usa https://dashscope.aliyuncs.com/compatible-mode/v1.</translation>
    </message>
    <message>
        <source>The Azure URL names no deployment: set it in Settings → Profiles.</source>
        <translation>La URL de Azure no indica ninguna implementación: indícala en Ajustes → Perfiles.</translation>
    </message>
    <message>
        <source>The Azure URL has an empty api-version: set one in Settings → Profiles.</source>
        <translation>La URL de Azure tiene la api-version vacía: indica una en Ajustes → Perfiles.</translation>
    </message>
    <message>
        <source>This is not an Azure OpenAI URL Parley knows: give the resource endpoint, …/openai/deployments/NAME or …/openai/v1.</source>
        <translation>Esta no es una URL de Azure OpenAI que Parley conozca: indica el endpoint del recurso, …/openai/deployments/NAME o …/openai/v1.</translation>
    </message>
    <message>
        <source>The %1 does not fit this server.</source>
        <translation>%1 no es adecuado para este servidor.</translation>
    </message>
    <message>
        <source>audio only in streamed replies</source>
        <translation>audio solo en respuestas en streaming</translation>
    </message>
    <message>
        <source>streamed or whole replies</source>
        <translation>respuestas en streaming o completas</translation>
    </message>
    <message>
        <source>by audio id</source>
        <translation>por id de audio</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>como texto</translation>
    </message>
    <message>
        <source>%1: %2; whole replies in %3.</source>
        <translation>%1: %2; respuestas completas en %3.</translation>
    </message>
    <message>
        <source>Voices: %1.</source>
        <translation>Voces: %1.</translation>
    </message>
    <message>
        <source>Earlier replies go back %1.</source>
        <translation>Las respuestas anteriores se devuelven %1.</translation>
    </message>
    <message>
        <source>Prices: the server&apos;s own, as it reports them.</source>
        <translation>Precios: los del propio servidor, tal como los informa.</translation>
    </message>
    <message>
        <source>The …/openai/v1 URL answered.</source>
        <translation>La URL …/openai/v1 respondió.</translation>
    </message>
    <message>
        <source>The …/openai/deployments URL answered.</source>
        <translation>La URL …/openai/deployments respondió.</translation>
    </message>
    <message>
        <source>The URL set up did not answer; %1 did: use it as the base URL.</source>
        <translation>La URL configurada no respondió; %1 sí: úsala como URL base.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The history cannot be opened ({reason}); this session is not saved.</source>
        <translation>No se puede abrir el historial ({reason}); esta sesión no se guardará.</translation>
    </message>
</context>
<context>
    <name>AuditionForm</name>
    <message>
        <source>Hello! This is how I sound when I read your words aloud.</source>
        <translation>¡Hola! Así sueno cuando leo tus palabras en voz alta.</translation>
    </message>
    <message>
        <source>Text to say</source>
        <translation>Texto que decir</translation>
    </message>
    <message>
        <source>The words every voice should say</source>
        <translation>Las palabras que dirá cada voz</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Tick every voice</source>
        <translation>Marcar todas las voces</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Untick every voice</source>
        <translation>Desmarcar todas las voces</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Palabras exactas</translation>
    </message>
    <message>
        <source>Ask the model to say the text verbatim: every voice says the same</source>
        <translation>Pide al modelo que diga el texto literalmente: todas las voces dicen lo mismo</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Formato de audio</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Vibes</source>
        <translation>Estilos</translation>
    </message>
    <message>
        <source>How to speak: tick several to hear a voice in each</source>
        <translation>Cómo hablar: marca varios para oír cada voz en cada uno</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>Sin estilo</translation>
    </message>
</context>
<context>
    <name>AuditionHistory</name>
    <message>
        <source>Audition history</source>
        <translation>Historial de pruebas de voz</translation>
    </message>
</context>
<context>
    <name>AuditionHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
</context>
<context>
    <name>AuditionPlayer</name>
    <message>
        <source>There is no clip to play yet.</source>
        <translation>Todavía no hay ningún clip que reproducir.</translation>
    </message>
    <message>
        <source>Play two rows first; A/B then switches between them.</source>
        <translation>Reproduce primero dos filas; después A/B alterna entre ellas.</translation>
    </message>
</context>
<context>
    <name>AuditionRow</name>
    <message>
        <source>waiting</source>
        <extracomment>How a status reads on a row.</extracomment>
        <translation>en espera</translation>
    </message>
    <message>
        <source>requesting…</source>
        <translation>solicitando…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>no está en el texto</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no se dijo</translation>
    </message>
    <message>
        <source>Press {key} to play</source>
        <translation>Pulsa {key} para reproducir</translation>
    </message>
    <message>
        <source>Select row {number} for export</source>
        <translation>Seleccionar la fila {number} para exportar</translation>
    </message>
    <message>
        <source>Play row {number}</source>
        <translation>Reproducir la fila {number}</translation>
    </message>
    <message>
        <source>☆ Use this voice</source>
        <translation>☆ Usar esta voz</translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation>Usar esta voz</translation>
    </message>
    <message>
        <source>Make this voice the chat&apos;s voice</source>
        <translation>Usar esta voz en el chat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry row {number}</source>
        <translation>Reintentar la fila {number}</translation>
    </message>
    <message>
        <source>Fresh take</source>
        <translation>Nueva toma</translation>
    </message>
    <message>
        <source>Ask for a fresh take</source>
        <translation>Pedir una nueva toma</translation>
    </message>
    <message>
        <source>Ask the server again instead of using the saved clip</source>
        <translation>Volver a pedirlo al servidor en lugar de usar el clip guardado</translation>
    </message>
    <message>
        <source>Row {number}: {name}</source>
        <translation>Fila {number}: {name}</translation>
    </message>
    <message>
        <source>New take</source>
        <translation>Otra toma</translation>
    </message>
    <message>
        <source>receiving… {seconds} s</source>
        <translation>recibiendo… {seconds} s</translation>
    </message>
    <message>
        <source>requesting… {seconds} s</source>
        <translation>solicitando… {seconds} s</translation>
    </message>
    <message>
        <source>words differ</source>
        <translation>las palabras difieren</translation>
    </message>
    <message>
        <source>★ Chat voice</source>
        <translation>★ Voz del chat</translation>
    </message>
    <message>
        <source>Pause row {number}</source>
        <translation>Pausar la fila {number}</translation>
    </message>
</context>
<context>
    <name>AuditionSession</name>
    <message>
        <source>The audition history cannot be read: {reason}</source>
        <extracomment>Bars of a row&apos;s waveform (the widget scales them to its width). Prices for the run&apos;s cost estimate (the window gives the one reading the settings).</extracomment>
        <translation>No se puede leer el historial de pruebas de voz: {reason}</translation>
    </message>
    <message>
        <source>There is no clip to export yet.</source>
        <translation>Todavía no hay ningún clip que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n clip(s) to {folder}</source>
        <translation>
            <numerusform>%n clip exportado a {folder}</numerusform>
            <numerusform>%n clips exportados a {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: {reason}</source>
        <translation>
            <numerusform>%n falló: {reason}</numerusform>
            <numerusform>%n fallaron: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlindRound</name>
    <message>
        <source>Blind round: run an audition of two voices or more.</source>
        <translation>Ronda a ciegas: ejecuta una comparación de dos voces o más.</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>Reproducir A</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>Reproducir B</translation>
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
        <source>Both bad</source>
        <translation>Ambas malas</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>Clasificación…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluidas: %1</translation>
    </message>
    <message>
        <source>A blind round needs two voices that could be heard.</source>
        <translation>Una ronda a ciegas necesita dos voces que se puedan oír.</translation>
    </message>
    <message>
        <source>Round %1: listen to A and B, then vote.</source>
        <translation>Ronda %1: escucha A y B y vota.</translation>
    </message>
    <message>
        <source>You chose A.</source>
        <translation>Elegiste A.</translation>
    </message>
    <message>
        <source>You chose B.</source>
        <translation>Elegiste B.</translation>
    </message>
    <message>
        <source>A tie.</source>
        <translation>Empate.</translation>
    </message>
    <message>
        <source>Both bad.</source>
        <translation>Ambas malas.</translation>
    </message>
    <message>
        <source>A was %1, B was %2. %3</source>
        <translation>A era %1, B era %2. %3</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <source>Endpoint profile</source>
        <translation>Perfil del endpoint</translation>
    </message>
    <message>
        <source>Which endpoint and key to use</source>
        <translation>Qué endpoint y qué clave usar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model (type any id the endpoint offers)</source>
        <translation>Modelo (escribe cualquier id que ofrezca el endpoint)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice, or a custom voice id (voice_…)</source>
        <translation>Voz, o el id de una voz personalizada (voice_…)</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Formato de audio</translation>
    </message>
    <message>
        <source>Format of whole (non-streamed) replies</source>
        <translation>Formato de las respuestas completas (sin streaming)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Stream replies</source>
        <translation>Recibir respuestas en streaming</translation>
    </message>
    <message>
        <source>Play replies as they arrive (they stream as pcm16)</source>
        <translation>Reproducir las respuestas según llegan (se transmiten en pcm16)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Reproducción automática</translation>
    </message>
    <message>
        <source>Autoplay replies</source>
        <translation>Reproducir respuestas automáticamente</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>How fast replies play back; the pitch stays the same</source>
        <translation>Velocidad a la que se reproducen las respuestas; el tono no cambia</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>streams as pcm16</source>
        <translation>en pcm16</translation>
    </message>
    <message>
        <source>The API streams only pcm16; whole replies come in the chosen format.</source>
        <translation>La API solo transmite en pcm16; las respuestas completas llegan en el formato elegido.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>A reply is still on its way: wait for it, or press Esc to stop it.</source>
        <translation>Todavía está llegando una respuesta: espérala o pulsa Esc para detenerla.</translation>
    </message>
    <message>
        <source>This conversation is not kept in the history: %1</source>
        <extracomment>The stored conversation&apos;s cards: built only for the turns on show.</extracomment>
        <translation>Esta conversación no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>esperando la respuesta…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>incompleta: la respuesta se cortó</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <source>This reply&apos;s audio cannot be read: {reason}</source>
        <translation>No se puede leer el audio de esta respuesta: {reason}</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>hablando…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Could not save to the history: {reason}</source>
        <extracomment>How long (seconds) a send in the window&apos;s first moments waits for the connection (the keyring may be slow to answer); after that it fails and says why. The stored reply this request re-voices (the new take is kept beside it). A write of this reply to the history failed (a full disk): it was taken back. Prices for the cost estimates (the window gives the one that reads the settings).</extracomment>
        <translation>No se pudo guardar en el historial: {reason}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{model} (retired {date})</source>
        <translation>{model} (retirado el {date})</translation>
    </message>
    <message>
        <source>{model} (shuts down {date})</source>
        <translation>{model} (se retira el {date})</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Write the text the voices should say.</source>
        <translation>Escribe el texto que deben decir las voces.</translation>
    </message>
    <message>
        <source>Choose at least one voice.</source>
        <translation>Elige al menos una voz.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Elige al menos un modelo.</translation>
    </message>
    <message>
        <source>The file name pattern is empty.</source>
        <translation>El patrón de nombres de archivo está vacío.</translation>
    </message>
    <message>
        <source>The file name pattern names a file, not a folder: leave out / and \.</source>
        <translation>El patrón de nombres nombra un archivo, no una carpeta: quita / y \.</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>Comparar voces</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Ask for every voice x model</source>
        <translation>Pedir cada combinación de voz y modelo</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>A ciegas</translation>
    </message>
    <message>
        <source>Hear two voices as A and B, names hidden until you vote</source>
        <translation>Escucha dos voces como A y B, con los nombres ocultos hasta que votes</translation>
    </message>
    <message>
        <source>Play all in turn</source>
        <translation>Oír todas</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Switch between the last two rows played, at the same moment</source>
        <translation>Alternar entre las dos últimas filas reproducidas, en el mismo instante</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>Mismo volumen</translation>
    </message>
    <message>
        <source>Play every clip at the same loudness, to compare voices fairly</source>
        <translation>Reproducir cada clip con el mismo volumen para comparar las voces con justicia</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Patrón de nombre de archivo</translation>
    </message>
    <message>
        <source>File names from {voice} {model} {ext} {n} {format}</source>
        <translation>Nombres de archivo a partir de {voice} {model} {ext} {n} {format}</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Export the ticked rows</source>
        <translation>Exportar las filas marcadas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Earlier clips</source>
        <translation>Clips anteriores</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Keys 1-9 play a row</source>
        <translation>Teclas 1-9: filas</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n clip(s)…</source>
        <translation>
            <numerusform>Pidiendo %n clip…</numerusform>
            <numerusform>Pidiendo %n clips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ready} of %n clip(s) ready ({cached} from the cache)</source>
        <translation>
            <numerusform>{ready} de %n clip listos ({cached} de la caché)</numerusform>
            <numerusform>{ready} de %n clips listos ({cached} de la caché)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or stopped</source>
        <translation>
            <numerusform>%n falló o se detuvo</numerusform>
            <numerusform>%n fallaron o se detuvieron</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat now speaks with {voice}.</source>
        <translation>El chat ahora habla con {voice}.</translation>
    </message>
    <message>
        <source>Playing {voice} · {model}: “{transcript}”</source>
        <translation>Reproduciendo {voice} · {model}: «{transcript}»</translation>
    </message>
    <message>
        <source>Tick the rows to export first.</source>
        <translation>Marca primero las filas que quieres exportar.</translation>
    </message>
    <message>
        <source>There is no clip yet.</source>
        <translation>Todavía no hay ningún clip.</translation>
    </message>
    <message>
        <source>Export the clips to a folder</source>
        <translation>Exportar los clips a una carpeta</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Prompt</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation>Enviar el mensaje (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply and its audio (Esc)</source>
        <translation>Detener la respuesta y su audio (Esc)</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter sends, Enter makes a new line, Esc stops)</source>
        <translation>Pregunta algo… (Ctrl+Intro envía, Intro añade una línea, Esc detiene)</translation>
    </message>
    <message>
        <source>Ask something… (Enter sends, Shift+Enter makes a new line, Esc stops)</source>
        <translation>Pregunta algo… (Intro envía, Mayús+Intro añade una línea, Esc detiene)</translation>
    </message>
    <message>
        <source>Send the prompt (Enter)</source>
        <translation>Enviar el mensaje (Intro)</translation>
    </message>
    <message>
        <source>In the prompt: Ctrl+Enter sends, Enter makes a new line.</source>
        <translation>En el mensaje: Ctrl+Intro envía, Intro añade una línea.</translation>
    </message>
    <message>
        <source>In the prompt: Enter sends, Shift+Enter makes a new line, Ctrl+Enter also sends.</source>
        <translation>En el mensaje: Intro envía, Mayús+Intro añade una línea, Ctrl+Intro también envía.</translation>
    </message>
    <message>
        <source>Write something to send first.</source>
        <translation>Escribe primero algo que enviar.</translation>
    </message>
    <message>
        <source>Recording thrown away.</source>
        <translation>Grabación descartada.</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it is kept until you press Send.</source>
        <translation>La grabación llegó al límite de {limit} y se detuvo; se guarda hasta que pulses Enviar.</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it was sent.</source>
        <translation>La grabación llegó al límite de {limit} y se detuvo; se ha enviado.</translation>
    </message>
    <message>
        <source>A reply is still on its way: your recording is kept; press Send when it is done.</source>
        <translation>Todavía está llegando una respuesta: tu grabación se guarda; pulsa Enviar cuando termine.</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Context of this conversation</source>
        <translation>Contexto de esta conversación</translation>
    </message>
    <message>
        <source>Latest replies sent back as audio</source>
        <translation>Últimas respuestas reenviadas como audio</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Presupuesto de contexto en tokens</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Each earlier reply sent back as audio is billed again as audio input (about 20 tokens a second, at the audio input price). Older replies go back as their transcripts. Beyond the budget, the oldest turns are left out.</source>
        <translation>Cada respuesta anterior reenviada como audio se vuelve a cobrar como entrada de audio (unos 20 tokens por segundo, al precio de entrada de audio). Las respuestas más antiguas se envían como su transcripción. Por encima del presupuesto, se omiten los turnos más antiguos.</translation>
    </message>
    <message>
        <source>Latest replies sent as &amp;audio</source>
        <translation>Últimas respuestas enviadas como &amp;audio</translation>
    </message>
    <message>
        <source>Context &amp;budget (tokens)</source>
        <translation>&amp;Presupuesto de contexto (tokens)</translation>
    </message>
</context>
<context>
    <name>ConversationExportDialog</name>
    <message>
        <source>As received (streamed pcm16 as WAV)</source>
        <translation>Tal como llegó (pcm16 en streaming como WAV)</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono)</source>
        <translation>pcm16 sin procesar (24 kHz mono)</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Comprobando la carpeta…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>Exportar respuestas</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message numerus="yes">
        <source>The whole conversation (%n turn(s))</source>
        <translation>
            <numerusform>Toda la conversación (%n turno)</numerusform>
            <numerusform>Toda la conversación (%n turnos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the replies ticked below</source>
        <translation>Solo las respuestas marcadas abajo</translation>
    </message>
    <message>
        <source>Replies to export</source>
        <translation>Respuestas que exportar</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>(sin transcripción)</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>A folder of numbered audio files</source>
        <translation>Una carpeta de archivos de audio numerados</translation>
    </message>
    <message>
        <source>A .zip archive of the same</source>
        <translation>Un archivo .zip con lo mismo</translation>
    </message>
    <message>
        <source>One audio file, turns joined by short silences</source>
        <translation>Un solo archivo de audio, con los turnos unidos por silencios breves</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>Formato de audio</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>Formato de audio:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Export as a .zip</source>
        <translation>Exportar como .zip</translation>
    </message>
    <message>
        <source>Export as one audio file</source>
        <translation>Exportar como un solo archivo de audio</translation>
    </message>
    <message>
        <source>Tick at least one reply to export.</source>
        <translation>Marca al menos una respuesta para exportar.</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>Todavía hay otra exportación en curso; espérala o cancélala.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <source>turn {done} of {total}</source>
        <translation>turno {done} de {total}</translation>
    </message>
    <message>
        <source>Exported {seconds} s of audio to {path}.</source>
        <translation>Se exportaron {seconds} s de audio a {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audio file(s), transcript.md and conversation.json to {path}.</source>
        <translation>
            <numerusform>Se exportaron %n archivo de audio, transcript.md y conversation.json a {path}.</numerusform>
            <numerusform>Se exportaron %n archivos de audio, transcript.md y conversation.json a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>No se pudo exportar: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>Mostrar turnos anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <extracomment>The card to keep in view while the cards around it are laid out (see ``scroll_to``).</extracomment>
        <translation>
            <numerusform>Mostrar %n turno anterior</numerusform>
            <numerusform>Mostrar %n turnos anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Show later turns</source>
        <translation>Mostrar turnos posteriores</translation>
    </message>
    <message numerus="yes">
        <source>Show %n later turn(s)</source>
        <translation>
            <numerusform>Mostrar %n turno posterior</numerusform>
            <numerusform>Mostrar %n turnos posteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>cached input</source>
        <translation>entrada en caché</translation>
    </message>
    <message>
        <source>text input</source>
        <translation>entrada de texto</translation>
    </message>
    <message>
        <source>audio input</source>
        <translation>entrada de audio</translation>
    </message>
    <message>
        <source>text output</source>
        <translation>salida de texto</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>salida de audio</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>+ unpriced {kinds}</source>
        <translation>+ {kinds} sin precio</translation>
    </message>
    <message>
        <source>{figure} (estimate, from the gateway)</source>
        <translation>{figure} (estimación, de la pasarela)</translation>
    </message>
    <message>
        <source>{figure} (estimate)</source>
        <translation>{figure} (estimación)</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens (no price known)</source>
        <translation>{kind}: {tokens} tokens (precio desconocido)</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens × ${rate}/1M = {cost}</source>
        <translation>{kind}: {tokens} tokens × ${rate}/1M = {cost}</translation>
    </message>
    <message>
        <source>the gateway&apos;s own figure: {cost}</source>
        <translation>la cifra de la propia pasarela: {cost}</translation>
    </message>
    <message>
        <source>≈ {cost} spent</source>
        <translation>≈ {cost} gastados</translation>
    </message>
    <message>
        <source>≈ {cost} saved by the clip cache</source>
        <translation>≈ {cost} ahorrados por la caché de clips</translation>
    </message>
    <message>
        <source>{costs} (estimates)</source>
        <translation>{costs} (estimaciones)</translation>
    </message>
    <message>
        <source>OpenAI&apos;s model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), read in November 2026</source>
        <extracomment>core.costs.PRICE_SOURCE, marked for translation (a changed source shows in English).</extracomment>
        <translation>las páginas de modelos de OpenAI (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), consultadas en noviembre de 2026</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Parley is still connecting to the endpoint: send again in a moment.</source>
        <extracomment>What the sessions take: the shared client itself, or a SharedHttp that makes it on demand.</extracomment>
        <translation>Parley todavía se está conectando al endpoint: vuelve a enviar en un momento.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Parley will not send your API key over plain http to {host}: use an https:// address (plain http is only allowed for this computer).</source>
        <translation>Parley no enviará tu clave de API por http sin cifrar a {host}: usa una dirección https:// (http sin cifrar solo se permite para este ordenador).</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. Check your network and the base URL.</source>
        <translation>No se puede conectar con {host}: {reason}. Comprueba la red y la URL base.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} s; try again later.</source>
        <extracomment>A timeout&apos;s sentences by what the server did not do (core.errors.RequestTimeout&apos;s phase): with the time limit, and without.</extracomment>
        <translation>El servidor de {host} no respondió en {seconds} s; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer; try again later.</source>
        <translation>El servidor de {host} no respondió; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply within {seconds} s; try again later.</source>
        <translation>El servidor de {host} no envió la respuesta completa en {seconds} s; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply; try again later.</source>
        <translation>El servidor de {host} no envió la respuesta completa; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection within {seconds} s; try again later.</source>
        <translation>El servidor de {host} no aceptó la conexión en {seconds} s; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection; try again later.</source>
        <translation>El servidor de {host} no aceptó la conexión; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server sent a reply Parley cannot read: {what}.</source>
        <translation>El servidor envió una respuesta que Parley no puede leer: {what}.</translation>
    </message>
    <message>
        <source>The reply was cut off after {seconds} s of audio: {reason}.</source>
        <translation>La respuesta se cortó tras {seconds} s de audio: {reason}.</translation>
    </message>
    <message>
        <source>The reply was cut off after a part of the transcript: {reason}.</source>
        <translation>La respuesta se cortó tras una parte de la transcripción: {reason}.</translation>
    </message>
    <message>
        <source>The reply was cut off: {reason}.</source>
        <translation>La respuesta se cortó: {reason}.</translation>
    </message>
    <message>
        <source>Parley cannot keep the key in the system keyring ({reason}); it can use the key for this session only.</source>
        <translation>Parley no puede guardar la clave en el llavero del sistema ({reason}); solo puede usarla durante esta sesión.</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>in the reply</source>
        <translation>en la respuesta</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): check the key set for this endpoint.</source>
        <translation>El servidor no aceptó la clave de API (HTTP 401): comprueba la clave configurada para este endpoint.</translation>
    </message>
    <message>
        <source>The server said: “{words}”.</source>
        <translation>El servidor dijo: «{words}».</translation>
    </message>
    <message>
        <source>The server said: “{words}” (behind a gateway, this may be about the gateway&apos;s own key upstream).</source>
        <translation>El servidor dijo: «{words}» (detrás de una pasarela, puede referirse a la clave propia de la pasarela ante su proveedor).</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} (or {instead}) instead.</source>
        <translation>El modelo «{model}» no está disponible ({status}): OpenAI lo retiró el {date}. Elige {default} (o {instead}) en su lugar.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} instead.</source>
        <translation>El modelo «{model}» no está disponible ({status}): OpenAI lo retiró el {date}. Elige {default} en su lugar.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist on this endpoint or this key has no access to it ({status}): {detail}. Choose another model, such as {default}.</source>
        <translation>El modelo «{model}» no existe en este endpoint o esta clave no tiene acceso a él ({status}): {detail}. Elige otro modelo, como {default}.</translation>
    </message>
    <message>
        <source>This API key has no access to the model &apos;{model}&apos;: {detail}.</source>
        <translation>Esta clave de API no tiene acceso al modelo «{model}»: {detail}.</translation>
    </message>
    <message>
        <source>This API key has no access to the model: {detail}.</source>
        <translation>Esta clave de API no tiene acceso al modelo: {detail}.</translation>
    </message>
    <message>
        <source>The server refused the request{where}: {detail}.</source>
        <translation>El servidor rechazó la solicitud{where}: {detail}.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): {detail}. Check the base URL and the model name.</source>
        <translation>No encontrado (HTTP 404): {detail}. Comprueba la URL base y el nombre del modelo.</translation>
    </message>
    <message>
        <source>The account behind this key has run out of quota: {detail}.</source>
        <translation>La cuenta de esta clave se ha quedado sin cuota: {detail}.</translation>
    </message>
    <message>
        <source>Rate limited by the server: {detail}. Wait a moment and try again.</source>
        <translation>El servidor limitó la frecuencia de solicitudes: {detail}. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem ({status}): {detail}. Try again later.</source>
        <translation>El servidor tuvo un problema ({status}): {detail}. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}.</source>
        <translation>El servidor respondió con un error ({status}): {detail}.</translation>
    </message>
    <message>
        <source>Parley could not play sound on “{name}”; check that the device is connected and the sound server is running.</source>
        <extracomment>What a device failed to do (app.audio.devices.device_error&apos;s action), with and without the device&apos;s name.</extracomment>
        <translation>Parley no pudo reproducir sonido en «{name}»; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Parley could not play sound; check that the device is connected and the sound server is running.</source>
        <translation>Parley no pudo reproducir sonido; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley no pudo escuchar el micrófono en «{name}»; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley no pudo escuchar el micrófono; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley no pudo grabar del micrófono en «{name}»; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley no pudo grabar del micrófono; comprueba que el dispositivo esté conectado y que el servidor de sonido esté en marcha.</translation>
    </message>
    <message>
        <source>Sound is unavailable: the PortAudio library is not installed on this system.</source>
        <translation>No hay sonido: la biblioteca PortAudio no está instalada en este sistema.</translation>
    </message>
    <message>
        <source>The sound system could not be queried ({reason}).</source>
        <translation>No se pudo consultar el sistema de sonido ({reason}).</translation>
    </message>
    <message>
        <source>No audio output device was found; check that a sound server or sound card is available.</source>
        <translation>No se encontró ningún dispositivo de salida de audio; comprueba que haya un servidor de sonido o una tarjeta de sonido.</translation>
    </message>
    <message>
        <source>No microphone (audio input) device was found; check that a sound server or sound card is available.</source>
        <translation>No se encontró ningún micrófono (dispositivo de entrada de audio); comprueba que haya un servidor de sonido o una tarjeta de sonido.</translation>
    </message>
    <message>
        <source>The audio output device “{name}” is not available; choose another one in Settings.</source>
        <translation>El dispositivo de salida de audio «{name}» no está disponible; elige otro en Ajustes.</translation>
    </message>
    <message>
        <source>The microphone (audio input) device “{name}” is not available; choose another one in Settings.</source>
        <translation>El micrófono (dispositivo de entrada de audio) «{name}» no está disponible; elige otro en Ajustes.</translation>
    </message>
    <message>
        <source>The audio output device “{name}” has not answered for {seconds} seconds; playback is paused where it was. Press Play to go on.</source>
        <translation>El dispositivo de salida de audio «{name}» no responde desde hace {seconds} segundos; la reproducción se ha pausado donde estaba. Pulsa Reproducir para seguir.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped delivering sound.</source>
        <translation>El micrófono «{name}» dejó de enviar sonido.</translation>
    </message>
    <message>
        <source>This endpoint sends {model}&apos;s replies streamed only: asked for a streamed reply (remembered for this endpoint).</source>
        <translation>Este endpoint solo envía las respuestas de {model} en streaming: se pidió una respuesta en streaming (se recuerda para este endpoint).</translation>
    </message>
    <message>
        <source>This model sends whole replies ({model}): asked for the whole reply in {format} (remembered for this endpoint).</source>
        <translation>Este modelo envía respuestas completas ({model}): se pidió la respuesta completa en {format} (se recuerda para este endpoint).</translation>
    </message>
    <message>
        <source>Skipped an unreadable event from the server; the reply may have a gap.</source>
        <translation>Se omitió un evento ilegible del servidor; puede faltar una parte de la respuesta.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>El servidor rechazó la clave de API.</translation>
    </message>
    <message>
        <source>The server does not know the realtime model {model}.</source>
        <translation>El servidor no conoce el modelo de tiempo real {model}.</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s shape (it wants the current Realtime API, without the beta header).</source>
        <translation>El servidor rechazó la forma de la sesión (quiere la Realtime API actual, sin la cabecera beta).</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached: wait a moment and resume.</source>
        <translation>Se alcanzó el límite de peticiones del servidor: espera un momento y reanuda.</translation>
    </message>
    <message>
        <source>This server does not speak the Realtime API. Talk mode&apos;s Chat Completions engine works with it: turn Realtime off.</source>
        <translation>Este servidor no habla la Realtime API. El motor Chat Completions del modo manos libres funciona con él: desactiva Tiempo real.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>Could not reach the server for a realtime session.</source>
        <translation>No se pudo conectar con el servidor para una sesión en tiempo real.</translation>
    </message>
    <message>
        <source>The server ended the realtime session.</source>
        <translation>El servidor terminó la sesión en tiempo real.</translation>
    </message>
    <message>
        <source>The microphone “{name}” went away (unplugged or switched off); the sound server now offers “{now}”.</source>
        <extracomment>The listener&apos;s own failures, by the AudioDeviceError kind it reports.</extracomment>
        <translation>El micrófono «{name}» desapareció (desconectado o apagado); el servidor de sonido ofrece ahora «{now}».</translation>
    </message>
    <message>
        <source>The sound server went away, and the microphone “{name}” with it (stopped or restarting).</source>
        <translation>El servidor de sonido desapareció y con él el micrófono «{name}» (detenido o reiniciándose).</translation>
    </message>
    <message>
        <source>Listening stopped: {reason}</source>
        <translation>Se dejó de escuchar: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>Audio FLAC (*.flac)</translation>
    </message>
    <message>
        <source>Opus audio (*.opus *.ogg)</source>
        <translation>Audio Opus (*.opus *.ogg)</translation>
    </message>
    <message>
        <source>Raw pcm16, 24 kHz mono (*.pcm)</source>
        <translation>pcm16 sin procesar, 24 kHz mono (*.pcm)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Parley cannot save audio as {format}.</source>
        <translation>Parley no puede guardar el audio como {format}.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name to save to.</source>
        <translation>«{path}» es una carpeta; elija un nombre de archivo donde guardar.</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name.</source>
        <translation>«{name}» ya existe en {folder}; elija otro nombre.</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name or allow replacing it.</source>
        <translation>«{name}» ya existe en {folder}; elija otro nombre o permita reemplazarlo.</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to save “{name}”.</source>
        <translation>No hay espacio libre suficiente en {folder} para guardar «{name}».</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another place to save.</source>
        <translation>La carpeta {folder} es de solo lectura; elija otro lugar donde guardar.</translation>
    </message>
    <message>
        <source>Parley is not allowed to write in {folder}; choose another folder.</source>
        <translation>Parley no tiene permiso para escribir en {folder}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file name “{name}” is too long.</source>
        <translation>El nombre de archivo «{name}» es demasiado largo.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder} ({reason}).</source>
        <translation>No se pudo guardar «{name}» en {folder} ({reason}).</translation>
    </message>
    <message>
        <source>The audio of turn {number} could not be saved: {reason}</source>
        <translation>No se pudo guardar el audio del turno {number}: {reason}</translation>
    </message>
    <message>
        <source>There is no audio to save in what was chosen.</source>
        <translation>No hay audio que guardar en lo elegido.</translation>
    </message>
    <message>
        <source>The audio could not be read or converted.</source>
        <translation>No se pudo leer ni convertir el audio.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk.</source>
        <translation>No hay espacio libre suficiente en el disco.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>El disco es de solo lectura.</translation>
    </message>
    <message>
        <source>Parley is not allowed to open this file.</source>
        <translation>Parley no tiene permiso para abrir este archivo.</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>El archivo ya no está.</translation>
    </message>
    <message>
        <source>The disk could not be read.</source>
        <translation>No se pudo leer el disco.</translation>
    </message>
</context>
<context>
    <name>HistoryBridge</name>
    <message>
        <source>The export failed: {reason}.</source>
        <extracomment>Most search hits listed at once. None until the window&apos;s start has opened the history (or when it cannot be opened: then every request is quietly not answered; the window says why once).</extracomment>
        <translation>La exportación falló: {reason}.</translation>
    </message>
    <message>
        <source>The history could not be used: {reason}.</source>
        <translation>No se pudo usar el historial: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history folder %1 cannot be written: you can read and export the history, but new conversations are not kept.</source>
        <translation>No se puede escribir en la carpeta del historial %1: puedes leer y exportar el historial, pero las conversaciones nuevas no se guardan.</translation>
    </message>
    <message numerus="yes">
        <source>The history was damaged. The damaged file is kept as %1; %n conversation(s) were saved into a new history.</source>
        <translation>
            <numerusform>El historial estaba dañado. El archivo dañado se guarda como %1; %n conversación se guardó en un historial nuevo.</numerusform>
            <numerusform>El historial estaba dañado. El archivo dañado se guarda como %1; %n conversaciones se guardaron en un historial nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The item&apos;s text without its cost (added when the usages are read). Wait this long after the last key before searching (ms).</extracomment>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>No turns match “{text}”.</source>
        <translation>Ningún turno coincide con «{text}».</translation>
    </message>
    <message>
        <source>First {shown} of {total} turns match “{text}”.</source>
        <translation>Primeros {shown} de {total} turnos que coinciden con «{text}».</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search prompts and transcripts</source>
        <translation>Buscar en mensajes y transcripciones</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renombrar conversación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Conversations, most recently used first</source>
        <translation>Conversaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” and its audio for good? This cannot be undone.</source>
        <translation>¿Eliminar «{title}» y su audio para siempre? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The conversation was deleted.</source>
        <translation>Se eliminó la conversación.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>turn {number}</source>
        <translation>turno {number}</translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no turns.</source>
        <translation>Todavía no hay nada que exportar: esta conversación no tiene turnos.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The key is used for this session only.</source>
        <translation>La clave solo se usa durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice and model</source>
        <translation>Voz y modelo</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) kept.</source>
        <translation>
            <numerusform>%n voto guardado.</numerusform>
            <numerusform>%n votos guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <extracomment>The meter shows -60..0 dBFS.</extracomment>
        <translation>Nivel del micrófono</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>Export &amp;selected replies…</source>
        <translation>Exportar respuestas &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Rename conversation…</source>
        <translation>Cambia&amp;r el nombre de la conversación…</translation>
    </message>
    <message>
        <source>&amp;Delete conversation…</source>
        <translation>E&amp;liminar conversación…</translation>
    </message>
    <message>
        <source>Export as &amp;podcast…</source>
        <translation>Exportar como &amp;pódcast…</translation>
    </message>
    <message>
        <source>Narrate a &amp;script…</source>
        <translation>Narrar un &amp;guion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>Probar la &amp;demo sin conexión</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>St&amp;op the reply</source>
        <translation>&amp;Detener la respuesta</translation>
    </message>
    <message>
        <source>&amp;Record a voice message</source>
        <translation>&amp;Grabar un mensaje de voz</translation>
    </message>
    <message>
        <source>&amp;Talk hands-free</source>
        <translation>&amp;Hablar con manos libres</translation>
    </message>
    <message>
        <source>&amp;Mute the microphone</source>
        <translation>&amp;Silenciar el micrófono</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Focus the &amp;prompt</source>
        <translation>Ir al &amp;mensaje</translation>
    </message>
    <message>
        <source>&amp;Compare voices</source>
        <translation>&amp;Comparar voces</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>&amp;Acerca de Parley</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Export as podcast</source>
        <translation>Exportar como pódcast</translation>
    </message>
    <message>
        <source>This conversation has no audio yet to make a podcast of.</source>
        <translation>Esta conversación aún no tiene audio para hacer un pódcast.</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Acerca de Parley</translation>
    </message>
    <message>
        <source>&lt;p&gt;Talk with audio-capable chat models.&lt;/p&gt;&lt;p&gt;MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Habla con modelos de chat capaces de audio.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>Offline demo: replies come from Parley&apos;s built-in demo server, not a real model.</source>
        <translation>Demo sin conexión: responde el servidor de demostración de Parley, no un modelo real.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>The window&apos;s first frame has been painted (emitted once, on the loop&apos;s next turn).</extracomment>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Problema del historial</translation>
    </message>
    <message>
        <source>Using the key in OPENAI_API_KEY for this session.</source>
        <translation>Se usa la clave de OPENAI_API_KEY durante esta sesión.</translation>
    </message>
    <message>
        <source>Offline demo running at {url}</source>
        <translation>Demo sin conexión en {url}</translation>
    </message>
    <message>
        <source>Chat and voice comparison</source>
        <translation>Chat y comparación de voces</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>Comparar voces</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Record a voice message (or hold Ctrl+Space)</source>
        <translation>Grabar un mensaje de voz (o mantén Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>● Opening…</source>
        <translation>● Abriendo…</translation>
    </message>
    <message>
        <source>Opening the microphone</source>
        <translation>Abriendo el micrófono</translation>
    </message>
    <message>
        <source>■ Send</source>
        <translation>■ Enviar</translation>
    </message>
    <message>
        <source>Stop and send</source>
        <translation>Detener y enviar</translation>
    </message>
    <message>
        <source>Stop recording and send it (Esc throws it away)</source>
        <translation>Detener la grabación y enviarla (Esc la descarta)</translation>
    </message>
    <message>
        <source>■ Sending…</source>
        <translation>■ Enviando…</translation>
    </message>
    <message>
        <source>Finishing the recording</source>
        <translation>Terminando la grabación</translation>
    </message>
</context>
<context>
    <name>NarrateDialog</name>
    <message>
        <source>Narrate a script</source>
        <translation>Narrar un guion</translation>
    </message>
    <message>
        <source>Choose a script</source>
        <translation>Elegir un guion</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>Texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a script…</source>
        <translation>Elegir un guion…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Paragraphs done</source>
        <translation>Párrafos hechos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>There is no script at %1.</source>
        <translation>No hay ningún guion en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); save it as UTF-8.</source>
        <translation>%1 no es texto UTF-8 (línea %2); guárdalo como UTF-8.</translation>
    </message>
    <message>
        <source>%1 has nothing to read: it is empty or only blank lines.</source>
        <translation>%1 no tiene nada que leer: está vacío o solo tiene líneas en blanco.</translation>
    </message>
    <message>
        <source>Save the narration in</source>
        <translation>Guardar la narración en</translation>
    </message>
    <message>
        <source>Choose a script: paragraphs separated by blank lines.</source>
        <translation>Elige un guion: párrafos separados por líneas en blanco.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 if none is done yet</source>
        <translation>unos %1 si aún no hay nada hecho</translation>
    </message>
    <message>
        <source>Parley is not connected to an endpoint yet.</source>
        <translation>Parley aún no está conectado a un endpoint.</translation>
    </message>
    <message>
        <source>Narrating…</source>
        <translation>Narrando…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n piece(s) left; start again to do them.</source>
        <translation>
            <numerusform>Detenido: queda %n fragmento; empieza de nuevo para hacerlo.</numerusform>
            <numerusform>Detenido: quedan %n fragmentos; empieza de nuevo para hacerlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed; start again to retry them.</source>
        <translation>
            <numerusform>Falló %n fragmento; empieza de nuevo para reintentarlo.</numerusform>
            <numerusform>Fallaron %n fragmentos; empieza de nuevo para reintentarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The joined file could not be made: %1</source>
        <translation>No se pudo crear el archivo unido: %1</translation>
    </message>
    <message>
        <source>Done: %1, with a chapter per paragraph and captions.</source>
        <translation>Hecho: %1, con un capítulo por párrafo y subtítulos.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>ya hecho</translation>
    </message>
    <message>
        <source>from the clip cache</source>
        <translation>de la caché de clips</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>pedido de nuevo</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>This reply&apos;s audio cannot be played: {reason}</source>
        <extracomment>How fast whole clips play (the pitch kept); ``_key_speed``: the loaded clip&apos;s.</extracomment>
        <translation>No se puede reproducir el audio de esta respuesta: {reason}</translation>
    </message>
</context>
<context>
    <name>PodcastDialog</name>
    <message>
        <source>Export as podcast</source>
        <translation>Exportar como pódcast</translation>
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
        <translation>Sin subtítulos</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>One file with a chapter per turn, a short gap between turns, every turn at the same loudness, and captions beside it.</source>
        <translation>Un archivo con un capítulo por turno, una breve pausa entre turnos, todos los turnos con la misma sonoridad y los subtítulos al lado.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Turn {n}</source>
        <translation>Turno {n}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chapter(s), %1 min, to %2.</source>
        <translation>
            <numerusform>Exportado %n capítulo, %1 min, a %2.</numerusform>
            <numerusform>Exportados %n capítulos, %1 min, a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions: %1.</source>
        <translation>Subtítulos: %1.</translation>
    </message>
    <message>
        <source>Left out (audio missing): turn %1.</source>
        <translation>Excluido (falta el audio): turno %1.</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>Text in</source>
        <translation>Texto entrada</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Texto salida</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio entrada</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Audio salida</translation>
    </message>
    <message>
        <source>Cached in</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <source>Prices of the profile</source>
        <translation>Precios del perfil</translation>
    </message>
    <message>
        <source>Prices per 1M tokens</source>
        <translation>Precios por 1M de tokens</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>another model id</source>
        <translation>otro id de modelo</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Use the published prices</source>
        <translation>Usar los precios publicados</translation>
    </message>
    <message>
        <source>Forget your prices for the selected model on this profile</source>
        <translation>Olvidar tus precios para el modelo elegido en este perfil</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; every cost Parley shows is an estimate. An empty cell uses the published price ({source}); where none is published, those tokens are shown without a figure. Cached input without a price of its own is priced as text input. A gateway&apos;s own cost (usage.cost) wins over these.</source>
        <translation>Dólares estadounidenses por 1M de tokens; todo coste que muestra Parley es una estimación. Una celda vacía usa el precio publicado ({source}); si no hay ninguno publicado, esos tokens se muestran sin cifra. La entrada en caché sin precio propio se cobra como entrada de texto. El coste propio de una pasarela (usage.cost) tiene prioridad sobre estos.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>tu precio</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>precio publicado</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>That recording was too short to send: keep recording (or hold Ctrl+Space) while you speak.</source>
        <extracomment>Shorter recordings are not sent (a tap of the button or of Ctrl+Space).</extracomment>
        <translation>La grabación era demasiado corta para enviarla: sigue grabando (o mantén Ctrl+Espacio) mientras hablas.</translation>
    </message>
    <message>
        <source>The microphone gave only silence: check that it is not muted and that Parley is allowed to use it.</source>
        <translation>El micrófono solo dio silencio: comprueba que no esté silenciado y que Parley tenga permiso para usarlo.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound; the recording was not sent.</source>
        <translation>El micrófono dejó de enviar sonido; la grabación no se envió.</translation>
    </message>
    <message>
        <source>Parley could not open the microphone.</source>
        <extracomment>The length limit of the current (or last) recording, in seconds.</extracomment>
        <translation>Parley no pudo abrir el micrófono.</translation>
    </message>
    <message>
        <source>Parley could not finish the recording.</source>
        <translation>Parley no pudo terminar la grabación.</translation>
    </message>
</context>
<context>
    <name>ReplyCard</name>
    <message>
        <source>Audio as received</source>
        <extracomment>Export menu entries: (label, format key). &quot;original&quot; keeps the server&apos;s bytes (a streamed reply&apos;s raw pcm16 as a WAV file of the same samples); &quot;text&quot; is the transcript.</extracomment>
        <translation>Audio tal como llegó</translation>
    </message>
    <message>
        <source>Audio as WAV</source>
        <translation>Audio en WAV</translation>
    </message>
    <message>
        <source>Audio as MP3</source>
        <translation>Audio en MP3</translation>
    </message>
    <message>
        <source>Audio as FLAC</source>
        <translation>Audio en FLAC</translation>
    </message>
    <message>
        <source>Audio as Opus</source>
        <translation>Audio en Opus</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono, no header)</source>
        <translation>pcm16 sin procesar (24 kHz mono, sin cabecera)</translation>
    </message>
    <message>
        <source>Transcript as text</source>
        <translation>Transcripción como texto</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>Uso de tokens</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Play reply</source>
        <translation>Reproducir respuesta</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausar (Espacio)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Takes of this reply</source>
        <translation>Tomas de esta respuesta</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>Exportar respuesta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Copiar transcripción</translation>
    </message>
    <message>
        <source>Say it again in another voice</source>
        <translation>Decirlo otra vez con otra voz</translation>
    </message>
    <message>
        <source>Say it again in…</source>
        <translation>Decirlo otra vez con…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Audio format of the reply</source>
        <translation>Formato de audio de la respuesta</translation>
    </message>
    <message>
        <source>Reply in {voice}</source>
        <translation>Respuesta con {voice}</translation>
    </message>
    <message>
        <source>An estimate. Prices: {source}, or your own (Settings → Prices).</source>
        <translation>Es una estimación. Precios: {source}, o los tuyos (Ajustes → Precios).</translation>
    </message>
    <message>
        <source>out: {audio} audio + {text} text tokens · in: {prompt}</source>
        <translation>salida: {audio} de audio + {text} de texto · entrada: {prompt} tokens</translation>
    </message>
    <message>
        <source>Prompt: {prompt} tokens ({prompt_audio} audio, {prompt_text} text)
Reply: {reply} tokens ({reply_audio} audio, {reply_text} text)</source>
        <translation>Entrada: {prompt} tokens ({prompt_audio} de audio, {prompt_text} de texto)
Respuesta: {reply} tokens ({reply_audio} de audio, {reply_text} de texto)</translation>
    </message>
    <message>
        <source>Pause reply</source>
        <translation>Pausar respuesta</translation>
    </message>
</context>
<context>
    <name>ReplyCosts</name>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Context of this conversation</source>
        <translation>Contexto de esta conversación</translation>
    </message>
    <message>
        <source>How many latest replies go back as audio, and the context budget</source>
        <translation>Cuántas de las últimas respuestas se reenvían como audio, y el presupuesto de contexto</translation>
    </message>
    <message>
        <source>Could not keep the context setting: {reason}</source>
        <translation>No se pudo guardar el ajuste de contexto: {reason}</translation>
    </message>
    <message>
        <source>Context: {audio} as audio, budget {budget} tokens</source>
        <translation>Contexto: {audio} como audio, presupuesto {budget} tokens</translation>
    </message>
    <message>
        <source>Context: {audio} as audio</source>
        <translation>Contexto: {audio} como audio</translation>
    </message>
    <message>
        <source>This conversation {cost}</source>
        <translation>Esta conversación {cost}</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens, {audio} of them audio</source>
        <translation>Próxima solicitud: ~{tokens} tokens de entrada, {audio} de ellos de audio</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens</source>
        <translation>Próxima solicitud: ~{tokens} tokens de entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier turn(s) left out (context budget)</source>
        <translation>
            <numerusform>%n turno anterior omitido (presupuesto de contexto)</numerusform>
            <numerusform>%n turnos anteriores omitidos (presupuesto de contexto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the token counts and the prices of the model picked: {source}, or your own (Settings → Prices).</source>
        <translation>Estimaciones a partir de los tokens y los precios del modelo elegido: {source}, o los tuyos (Ajustes → Precios).</translation>
    </message>
</context>
<context>
    <name>ReplyExport</name>
    <message>
        <source>Export reply</source>
        <translation>Exportar respuesta</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>No se pudo exportar: {reason}</translation>
    </message>
</context>
<context>
    <name>ReplySlot</name>
    <message>
        <source>Take {number}: {voice}</source>
        <extracomment>Transcript pieces not yet shown on the card.</extracomment>
        <translation>Toma {number}: {voice}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server kind</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>Azure deployment</source>
        <translation>Implementación de Azure</translation>
    </message>
    <message>
        <source>the deployment&apos;s name (else the model)</source>
        <translation>el nombre de la implementación (si no, el modelo)</translation>
    </message>
    <message>
        <source>Azure api-version</source>
        <translation>api-version de Azure</translation>
    </message>
    <message>
        <source>Send earlier replies as text</source>
        <translation>Enviar las respuestas anteriores como texto</translation>
    </message>
    <message>
        <source>Earlier replies go back as their transcripts, not by audio id: for servers that cannot take an audio id back, or drop it on the way.</source>
        <translation>Las respuestas anteriores se devuelven como su transcripción, no por id de audio: para servidores que no aceptan de vuelta un id de audio o lo pierden por el camino.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>&amp;Implementación</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>&amp;Versión de la API</translation>
    </message>
    <message>
        <source>Told from the URL: %1.</source>
        <translation>Deducido de la URL: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>the OS keyring</source>
        <extracomment>What kind of server is there, with Azure&apos;s details (see app.core.servers). The window&apos;s language (&quot;&quot; follows the system; see app.runtime.i18n). The user&apos;s prices: profile -&gt; model -&gt; field -&gt; USD per 1M tokens (Settings.prices). Where keys may be kept (core.secrets), named in the user&apos;s language.</extracomment>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>el llavero Secret Service (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>nowhere (no system keyring)</source>
        <translation>ningún sitio (no hay llavero del sistema)</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>solo esta sesión (no se guarda)</translation>
    </message>
    <message>
        <source>Parley settings</source>
        <translation>Ajustes de Parley</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>P&amp;rices</source>
        <translation>P&amp;recios</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar clave</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
    <message>
        <source>Longest recording in seconds</source>
        <translation>Grabación más larga en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A recording stops here and is sent</source>
        <translation>La grabación se detiene aquí y se envía</translation>
    </message>
    <message>
        <source>&amp;Output device</source>
        <translation>Dispositivo de &amp;salida</translation>
    </message>
    <message>
        <source>&amp;Input device (microphone)</source>
        <translation>Dispositivo de &amp;entrada (micrófono)</translation>
    </message>
    <message>
        <source>&amp;Longest recording</source>
        <translation>Grabación más &amp;larga</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
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
        <source>Stream replies (as pcm16)</source>
        <translation>Recibir respuestas en streaming (en pcm16)</translation>
    </message>
    <message>
        <source>Play replies as they arrive</source>
        <translation>Reproducir las respuestas según llegan</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>Enviar con Ctrl+Intro (Intro añade una línea)</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter</source>
        <translation>Enviar con Ctrl+Intro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes when Parley starts again.</source>
        <translation>El idioma cambia cuando Parley se vuelve a abrir.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>&amp;Modelo predeterminado</translation>
    </message>
    <message>
        <source>Default &amp;voice</source>
        <translation>&amp;Voz predeterminada</translation>
    </message>
    <message>
        <source>Default &amp;format</source>
        <translation>&amp;Formato predeterminado</translation>
    </message>
    <message>
        <source>stored in {place}</source>
        <translation>guardada en {place}</translation>
    </message>
    <message>
        <source>Keys are kept in {place}, never in a file. Leave empty to keep the stored key.</source>
        <translation>Las claves se guardan en {place}, nunca en un archivo. Déjalo vacío para conservar la clave guardada.</translation>
    </message>
    <message>
        <source>Profile {number}</source>
        <translation>Perfil {number}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>More keys</source>
        <translation>Otras teclas</translation>
    </message>
</context>
<context>
    <name>SpeedButton</name>
    <message>
        <source>Playback speed of this reply</source>
        <translation>Velocidad de reproducción de esta respuesta</translation>
    </message>
    <message>
        <source>Play this reply faster or slower (the pitch stays)</source>
        <translation>Reproducir esta respuesta más rápido o más lento (el tono no cambia)</translation>
    </message>
    <message>
        <source>The chat&apos;s speed</source>
        <translation>La velocidad del chat</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
</context>
<context>
    <name>SystemPromptPanel</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Cómo debe comportarse el modelo (opcional)</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>Prompts del sistema guardados</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Use the chosen preset as the system prompt</source>
        <translation>Usar el prompt guardado elegido como prompt del sistema</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>Aplicar prompt guardado</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar prompt</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renombrar prompt guardado</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar prompt guardado</translation>
    </message>
    <message>
        <source>The prompt in effect for this conversation:</source>
        <translation>El prompt vigente en esta conversación:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Prompts guardados</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Save system prompt as</source>
        <translation>Guardar el prompt del sistema como</translation>
    </message>
    <message>
        <source>Replace the preset “{name}”?</source>
        <translation>¿Reemplazar el prompt guardado «{name}»?</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>¿Eliminar el prompt guardado «{name}»?</translation>
    </message>
</context>
<context>
    <name>TalkBar</name>
    <message>
        <source>Opening the microphone…</source>
        <translation>Abriendo el micrófono…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Te oigo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Talk hands-free</source>
        <translation>Hablar con manos libres</translation>
    </message>
    <message>
        <source>A hands-free voice conversation (Ctrl+T; Esc ends it)</source>
        <translation>Una conversación de voz con manos libres (Ctrl+T; Esc la termina)</translation>
    </message>
    <message>
        <source>Talk state</source>
        <translation>Estado de la conversación de voz</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Stop listening without leaving talk mode (M)</source>
        <translation>Dejar de escuchar sin salir del modo manos libres (M)</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Headphones: no echo cancellation</source>
        <translation>Auriculares: sin cancelación de eco</translation>
    </message>
    <message>
        <source>With headphones the reply cannot reach the microphone: echo cancellation is off</source>
        <translation>Con auriculares la respuesta no llega al micrófono: la cancelación de eco se desactiva</translation>
    </message>
    <message>
        <source>Pause that sends what you said, in seconds</source>
        <translation>Pausa que envía lo que dijiste, en segundos</translation>
    </message>
    <message>
        <source>How long a pause ends what you say and sends it</source>
        <translation>Cuánto debe durar una pausa para terminar lo que dices y enviarlo</translation>
    </message>
    <message>
        <source> s pause sends</source>
        <translation> s de pausa envía</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>Talk over the Realtime API</source>
        <translation>Hablar mediante la Realtime API</translation>
    </message>
    <message>
        <source>One live connection: the server hears you as you speak and answers at once (Realtime API). Off: each thing you say is sent after the pause.</source>
        <translation>Una conexión en directo: el servidor te oye mientras hablas y responde enseguida (Realtime API). Desactivado: cada cosa que dices se envía tras la pausa.</translation>
    </message>
    <message>
        <source>Talk mode message</source>
        <translation>Mensaje del modo manos libres</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume talking</source>
        <translation>Reanudar la conversación de voz</translation>
    </message>
    <message>
        <source>End talk</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>TalkBridge</name>
    <message>
        <source>Talk mode stopped after an error.</source>
        <translation>El modo manos libres se detuvo tras un error.</translation>
    </message>
</context>
<context>
    <name>TalkMode</name>
    <message>
        <source>interrupted: what you heard of it went back to the model</source>
        <translation>interrumpida: lo que oíste se envió de vuelta al modelo</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <extracomment>The realtime models the endpoint lists (the first is used), as last listed.</extracomment>
        <translation>esperando la respuesta…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>incompleta: la respuesta se cortó</translation>
    </message>
    <message>
        <source>interrupted before it began</source>
        <translation>interrumpida antes de empezar</translation>
    </message>
    <message>
        <source>What you said is kept: Retry sends it.</source>
        <translation>Lo que dijiste se conserva: Reintentar lo envía.</translation>
    </message>
</context>
<context>
    <name>TurnExport</name>
    <message>
        <source>There is no audio to save.</source>
        <extracomment>The transcript as text, beside the audio formats and &quot;original&quot;.</extracomment>
        <translation>No hay audio que guardar.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Recording as recorded (original bytes)</source>
        <extracomment>Export menu entries for a recording: (label, format key); &quot;original&quot; keeps the bytes recorded.</extracomment>
        <translation>Grabación tal cual (bytes originales)</translation>
    </message>
    <message>
        <source>Recording as WAV</source>
        <translation>Grabación en WAV</translation>
    </message>
    <message>
        <source>Recording as MP3</source>
        <translation>Grabación en MP3</translation>
    </message>
    <message>
        <source>Recording as FLAC</source>
        <translation>Grabación en FLAC</translation>
    </message>
    <message>
        <source>Recording as Opus</source>
        <translation>Grabación en Opus</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Play your recording</source>
        <translation>Reproducir tu grabación</translation>
    </message>
    <message>
        <source>Play / pause your recording (Space)</source>
        <translation>Reproducir / pausar tu grabación (Espacio)</translation>
    </message>
    <message>
        <source>Your recording (click to seek)</source>
        <translation>Tu grabación (haz clic para saltar)</translation>
    </message>
    <message>
        <source>Duration of your recording</source>
        <translation>Duración de tu grabación</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>Exportar tu grabación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Pause your recording</source>
        <translation>Pausar tu grabación</translation>
    </message>
</context>
<context>
    <name>UserCards</name>
    <message>
        <source>Your recording cannot be read: {reason}</source>
        <extracomment>Bars computed for a recording&apos;s waveform (the view spreads them over its width).</extracomment>
        <translation>No se puede leer tu grabación: {reason}</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>Exportar tu grabación</translation>
    </message>
    <message>
        <source>Could not export your recording: {reason}</source>
        <translation>No se pudo exportar tu grabación: {reason}</translation>
    </message>
</context>
<context>
    <name>VibePicker</name>
    <message>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation>Alegre</translation>
    </message>
    <message>
        <source>Newscaster</source>
        <translation>Locutor de noticias</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>Cuentacuentos</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Para dormir</translation>
    </message>
    <message>
        <source>Sports commentator</source>
        <translation>Narrador deportivo</translation>
    </message>
    <message>
        <source>Noir detective</source>
        <translation>Detective noir</translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation>Maestro paciente</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>How the voice speaks: affect, tone, pacing, emotion…</source>
        <translation>Cómo habla la voz: afecto, tono, ritmo, emoción…</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Shuffle the vibe</source>
        <translation>Elegir un estilo al azar</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>Sin estilo</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform (click to seek)</source>
        <translation>Forma de onda (haz clic para saltar)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Parley</source>
        <translation>Te damos la bienvenida a Parley</translation>
    </message>
    <message>
        <source>Parley needs an API key for an OpenAI-compatible endpoint with audio models. No key yet? Try the offline demo: a built-in local server with simple rule-based replies spoken by an offline voice, so you can try every feature.</source>
        <translation>Parley necesita una clave de API de un endpoint compatible con OpenAI que tenga modelos de audio. ¿Aún no tienes clave? Prueba la demo sin conexión: un servidor local integrado con respuestas sencillas basadas en reglas, leídas por una voz sin conexión, para que pruebes todas las funciones.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Probar la demo sin conexión</translation>
    </message>
    <message>
        <source>Enter an API key…</source>
        <translation>Introducir una clave de API…</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>Introducir una clave de API</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}). The details are in {1}.</source>
        <extracomment>How long an unexpected error stays said in the status bar.</extracomment>
        <translation>Algo inesperado falló dentro de Parley ({0}). Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}).</source>
        <translation>Algo inesperado falló dentro de Parley ({0}).</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation>No se pudieron guardar los ajustes: {0}</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Ctrl+Enter.</source>
        <translation>Di algo para empezar: escribe abajo y pulsa Ctrl+Intro.</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Enter.</source>
        <translation>Di algo para empezar: escribe abajo y pulsa Intro.</translation>
    </message>
    <message>
        <source>Hold Ctrl+Space to record a voice message while the key is down.</source>
        <translation>Mantén pulsado Ctrl+Espacio para grabar un mensaje de voz mientras la tecla esté abajo.</translation>
    </message>
    <message>
        <source>On a reply: Space plays or pauses it; Tab moves between replies.</source>
        <translation>En una respuesta: Espacio la reproduce o pausa; Tab pasa de una respuesta a otra.</translation>
    </message>
    <message>
        <source>Talk mode on: speak, then pause.</source>
        <translation>Modo manos libres activado: habla y luego haz una pausa.</translation>
    </message>
    <message>
        <source>Talk mode ended.</source>
        <translation>Modo manos libres terminado.</translation>
    </message>
    <message>
        <source>Reply received: %1</source>
        <translation>Respuesta recibida: %1</translation>
    </message>
    <message>
        <source>Reply received.</source>
        <translation>Respuesta recibida.</translation>
    </message>
</context>
<context>
    <name>_Found</name>
    <message numerus="yes">
        <source>%n turn(s) match “{text}”.</source>
        <translation>
            <numerusform>%n turno coincide con «{text}».</numerusform>
            <numerusform>%n turnos coinciden con «{text}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plural</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>Conectado a %1: %n modelo.</numerusform>
            <numerusform>Conectado a %1: %n modelos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out to keep within the context budget of {budget} tokens.</source>
        <translation>
            <numerusform>Se omitió %n turno anterior para no superar el presupuesto de contexto de {budget} tokens.</numerusform>
            <numerusform>Se omitieron %n turnos anteriores para no superar el presupuesto de contexto de {budget} tokens.</numerusform>
        </translation>
    </message>
</context>
</TS>
