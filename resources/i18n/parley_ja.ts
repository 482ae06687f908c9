<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tell from the base URL</source>
        <translation>ベース URL から判断</translation>
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
        <translation>vLLM-Omni（自分のサーバー）</translation>
    </message>
    <message>
        <source>Qwen-Omni (Alibaba Model Studio)</source>
        <translation>Qwen-Omni（Alibaba Model Studio）</translation>
    </message>
    <message>
        <source>Other gateway (one-api, new-api)</source>
        <translation>その他のゲートウェイ（one-api、new-api）</translation>
    </message>
    <message>
        <source>Azure has no deployment by that name: set the deployment&apos;s own name (Azure portal, Deployments) in Settings → Profiles.</source>
        <translation>Azure にその名前のデプロイはありません：設定 → プロファイル でデプロイ自体の名前（Azure ポータルの「デプロイ」）を指定してください。</translation>
    </message>
    <message>
        <source>This Azure resource refused the api-version: set one it takes in Settings → Profiles, or use its …/openai/v1 URL, which needs none.</source>
        <translation>この Azure リソースはその api-version を拒否しました：設定 → プロファイル で対応するバージョンを指定するか、バージョン不要の …/openai/v1 URL を使ってください。</translation>
    </message>
    <message>
        <source>Check that the key belongs to this Azure resource and that the base URL is its endpoint (https://NAME.openai.azure.com).</source>
        <translation>キーがこの Azure リソースのものか、ベース URL がそのエンドポイント（https://NAME.openai.azure.com）かを確認してください。</translation>
    </message>
    <message>
        <source>The gateway has no upstream channel for this model: choose a model its list offers.</source>
        <translation>ゲートウェイにこのモデルの上流チャネルがありません：一覧にあるモデルを選んでください。</translation>
    </message>
    <message>
        <source>This server sends audio only in streamed replies.</source>
        <translation>このサーバーはストリーミングの返答でのみ音声を送ります。</translation>
    </message>
    <message>
        <source>This model has its own voices: pick one the server names.</source>
        <translation>このモデルには専用のボイスがあります：サーバーが示すボイスを選んでください。</translation>
    </message>
    <message>
        <source>“%1” is an OpenRouter-style model id; %2 wants a plain model name.</source>
        <translation>「%1」は OpenRouter 形式のモデル ID です。%2 には通常のモデル名が必要です。</translation>
    </message>
    <message>
        <source>The key looks like an Alibaba Model Studio key, but the base URL is OpenAI&apos;s: use https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni.</source>
        <translation>キーは Alibaba Model Studio のもののようですが、ベース URL が OpenAI のものです：Qwen-Omni には https://dashscope.aliyuncs.com/compatible-mode/v1 を使ってください。</translation>
    </message>
    <message>
        <source>The Azure URL names no deployment: set it in Settings → Profiles.</source>
        <translation>Azure の URL にデプロイ名がありません：設定 → プロファイル で指定してください。</translation>
    </message>
    <message>
        <source>The Azure URL has an empty api-version: set one in Settings → Profiles.</source>
        <translation>Azure の URL の api-version が空です：設定 → プロファイル で指定してください。</translation>
    </message>
    <message>
        <source>This is not an Azure OpenAI URL Parley knows: give the resource endpoint, …/openai/deployments/NAME or …/openai/v1.</source>
        <translation>Parley が知っている Azure OpenAI の URL ではありません：リソースのエンドポイント、…/openai/deployments/NAME、または …/openai/v1 を指定してください。</translation>
    </message>
    <message>
        <source>The %1 does not fit this server.</source>
        <translation>%1 はこのサーバーに合いません。</translation>
    </message>
    <message>
        <source>audio only in streamed replies</source>
        <translation>ストリーミングの返答でのみ音声</translation>
    </message>
    <message>
        <source>streamed or whole replies</source>
        <translation>ストリーミングまたは一括の返答</translation>
    </message>
    <message>
        <source>by audio id</source>
        <translation>音声 ID で</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>テキストとして</translation>
    </message>
    <message>
        <source>%1: %2; whole replies in %3.</source>
        <translation>%1：%2。一括の返答の形式は %3。</translation>
    </message>
    <message>
        <source>Voices: %1.</source>
        <translation>ボイス：%1。</translation>
    </message>
    <message>
        <source>Earlier replies go back %1.</source>
        <translation>以前の返答は%1送り返されます。</translation>
    </message>
    <message>
        <source>Prices: the server&apos;s own, as it reports them.</source>
        <translation>料金：サーバー自身が報告する料金です。</translation>
    </message>
    <message>
        <source>The …/openai/v1 URL answered.</source>
        <translation>…/openai/v1 の URL が応答しました。</translation>
    </message>
    <message>
        <source>The …/openai/deployments URL answered.</source>
        <translation>…/openai/deployments の URL が応答しました。</translation>
    </message>
    <message>
        <source>The URL set up did not answer; %1 did: use it as the base URL.</source>
        <translation>設定した URL は応答せず、%1 が応答しました：これをベース URL にしてください。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The history cannot be opened ({reason}); this session is not saved.</source>
        <translation>履歴を開けません（{reason}）。このセッションは保存されません。</translation>
    </message>
</context>
<context>
    <name>AuditionForm</name>
    <message>
        <source>Hello! This is how I sound when I read your words aloud.</source>
        <translation>こんにちは！あなたの言葉を読み上げると、こんな声になります。</translation>
    </message>
    <message>
        <source>Text to say</source>
        <translation>読み上げるテキスト</translation>
    </message>
    <message>
        <source>The words every voice should say</source>
        <translation>各ボイスが読み上げる言葉</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Tick every voice</source>
        <translation>すべてのボイスを選択</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Untick every voice</source>
        <translation>すべてのボイスの選択を解除</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>一字一句そのまま</translation>
    </message>
    <message>
        <source>Ask the model to say the text verbatim: every voice says the same</source>
        <translation>テキストを一字一句そのまま読むようモデルに指示します。どのボイスも同じ内容を話します</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音声形式</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>同時リクエスト数</translation>
    </message>
    <message>
        <source>Vibes</source>
        <translation>バイブ</translation>
    </message>
    <message>
        <source>How to speak: tick several to hear a voice in each</source>
        <translation>話し方：複数選ぶと、それぞれでボイスを聴けます</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>同時</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>バイブなし</translation>
    </message>
</context>
<context>
    <name>AuditionHistory</name>
    <message>
        <source>Audition history</source>
        <translation>試聴履歴</translation>
    </message>
</context>
<context>
    <name>AuditionHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
</context>
<context>
    <name>AuditionPlayer</name>
    <message>
        <source>There is no clip to play yet.</source>
        <translation>再生できるクリップはまだありません。</translation>
    </message>
    <message>
        <source>Play two rows first; A/B then switches between them.</source>
        <translation>先に2行を再生してください。A/B でその2つを切り替えます。</translation>
    </message>
</context>
<context>
    <name>AuditionRow</name>
    <message>
        <source>waiting</source>
        <extracomment>How a status reads on a row.</extracomment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>requesting…</source>
        <translation>リクエスト中…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>原文にない</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>読まれていない</translation>
    </message>
    <message>
        <source>Press {key} to play</source>
        <translation>{key} キーで再生</translation>
    </message>
    <message>
        <source>Select row {number} for export</source>
        <translation>{number} 行目をエクスポート対象にする</translation>
    </message>
    <message>
        <source>Play row {number}</source>
        <translation>{number} 行目を再生</translation>
    </message>
    <message>
        <source>☆ Use this voice</source>
        <translation>☆ このボイスを使う</translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation>このボイスを使う</translation>
    </message>
    <message>
        <source>Make this voice the chat&apos;s voice</source>
        <translation>このボイスをチャットのボイスにする</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry row {number}</source>
        <translation>{number} 行目を再試行</translation>
    </message>
    <message>
        <source>Fresh take</source>
        <translation>新しく生成</translation>
    </message>
    <message>
        <source>Ask for a fresh take</source>
        <translation>新しく生成を依頼</translation>
    </message>
    <message>
        <source>Ask the server again instead of using the saved clip</source>
        <translation>保存済みのクリップを使わず、サーバーにもう一度依頼します</translation>
    </message>
    <message>
        <source>Row {number}: {name}</source>
        <translation>{number} 行目：{name}</translation>
    </message>
    <message>
        <source>New take</source>
        <translation>もう一度生成</translation>
    </message>
    <message>
        <source>receiving… {seconds} s</source>
        <translation>受信中… {seconds} 秒</translation>
    </message>
    <message>
        <source>requesting… {seconds} s</source>
        <translation>リクエスト中… {seconds} 秒</translation>
    </message>
    <message>
        <source>words differ</source>
        <translation>言葉に違いあり</translation>
    </message>
    <message>
        <source>★ Chat voice</source>
        <translation>★ チャットのボイス</translation>
    </message>
    <message>
        <source>Pause row {number}</source>
        <translation>{number} 行目を一時停止</translation>
    </message>
</context>
<context>
    <name>AuditionSession</name>
    <message>
        <source>The audition history cannot be read: {reason}</source>
        <extracomment>Bars of a row&apos;s waveform (the widget scales them to its width). Prices for the run&apos;s cost estimate (the window gives the one reading the settings).</extracomment>
        <translation>試聴履歴を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>There is no clip to export yet.</source>
        <translation>エクスポートできるクリップはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n clip(s) to {folder}</source>
        <translation>
            <numerusform>%n 個のクリップを {folder} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: {reason}</source>
        <translation>
            <numerusform>%n 個が失敗：{reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlindRound</name>
    <message>
        <source>Blind round: run an audition of two voices or more.</source>
        <translation>ブラインド対決：まず 2 つ以上のボイスで比較を実行してください。</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>A を再生</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>B を再生</translation>
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
        <source>Both bad</source>
        <translation>どちらも悪い</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>次のラウンド</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>リーダーボード…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>レーティング</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外：%1</translation>
    </message>
    <message>
        <source>A blind round needs two voices that could be heard.</source>
        <translation>ブラインド対決には、聴ける 2 つのボイスが必要です。</translation>
    </message>
    <message>
        <source>Round %1: listen to A and B, then vote.</source>
        <translation>ラウンド %1：A と B を聴いてから投票してください。</translation>
    </message>
    <message>
        <source>You chose A.</source>
        <translation>A を選びました。</translation>
    </message>
    <message>
        <source>You chose B.</source>
        <translation>B を選びました。</translation>
    </message>
    <message>
        <source>A tie.</source>
        <translation>引き分けです。</translation>
    </message>
    <message>
        <source>Both bad.</source>
        <translation>どちらも悪いです。</translation>
    </message>
    <message>
        <source>A was %1, B was %2. %3</source>
        <translation>A は %1、B は %2 でした。%3</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <source>Endpoint profile</source>
        <translation>エンドポイントのプロファイル</translation>
    </message>
    <message>
        <source>Which endpoint and key to use</source>
        <translation>使用するエンドポイントとキー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model (type any id the endpoint offers)</source>
        <translation>モデル（エンドポイントが提供する任意の ID を入力できます）</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Voice, or a custom voice id (voice_…)</source>
        <translation>ボイス、またはカスタムボイスの ID（voice_…）</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音声形式</translation>
    </message>
    <message>
        <source>Format of whole (non-streamed) replies</source>
        <translation>一括（非ストリーミング）返答の形式</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <source>Stream replies</source>
        <translation>返答をストリーミング</translation>
    </message>
    <message>
        <source>Play replies as they arrive (they stream as pcm16)</source>
        <translation>返答を届いたそばから再生します（pcm16 でストリーミング）</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>自動再生</translation>
    </message>
    <message>
        <source>Autoplay replies</source>
        <translation>返答を自動再生</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>How fast replies play back; the pitch stays the same</source>
        <translation>返答の再生速度（音の高さは変わりません）</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>エンドポイント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>ボイス(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>streams as pcm16</source>
        <translation>pcm16 でストリーミング</translation>
    </message>
    <message>
        <source>The API streams only pcm16; whole replies come in the chosen format.</source>
        <translation>API のストリーミングは pcm16 のみです。一括の返答は選んだ形式で届きます。</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>A reply is still on its way: wait for it, or press Esc to stop it.</source>
        <translation>返答がまだ届いています。待つか、Esc で停止してください。</translation>
    </message>
    <message>
        <source>This conversation is not kept in the history: %1</source>
        <extracomment>The stored conversation&apos;s cards: built only for the turns on show.</extracomment>
        <translation>この会話は履歴に保存されません：%1</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>返答を待っています…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>不完全：返答が途中で切れました</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>音声なし</translation>
    </message>
    <message>
        <source>This reply&apos;s audio cannot be read: {reason}</source>
        <translation>この返答の音声を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>話しています…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Could not save to the history: {reason}</source>
        <extracomment>How long (seconds) a send in the window&apos;s first moments waits for the connection (the keyring may be slow to answer); after that it fails and says why. The stored reply this request re-voices (the new take is kept beside it). A write of this reply to the history failed (a full disk): it was taken back. Prices for the cost estimates (the window gives the one that reads the settings).</extracomment>
        <translation>履歴に保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>{model} (retired {date})</source>
        <translation>{model} ({date} に提供終了)</translation>
    </message>
    <message>
        <source>{model} (shuts down {date})</source>
        <translation>{model} ({date} に提供終了予定)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Write the text the voices should say.</source>
        <translation>ボイスに話させるテキストを入力してください。</translation>
    </message>
    <message>
        <source>Choose at least one voice.</source>
        <translation>ボイスを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>モデルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>The file name pattern is empty.</source>
        <translation>ファイル名のパターンが空です。</translation>
    </message>
    <message>
        <source>The file name pattern names a file, not a folder: leave out / and \.</source>
        <translation>ファイル名のパターンはフォルダーではなくファイルの名前です：/ と \ を含めないでください。</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>ボイス比較</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Ask for every voice x model</source>
        <translation>ボイス × モデルのすべてを依頼</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>すべてキャンセル</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>ブラインド</translation>
    </message>
    <message>
        <source>Hear two voices as A and B, names hidden until you vote</source>
        <translation>2 つのボイスを A と B として聴き、投票まで名前を伏せます</translation>
    </message>
    <message>
        <source>Play all in turn</source>
        <translation>すべて順に再生</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Switch between the last two rows played, at the same moment</source>
        <translation>最後に再生した2行を、同じ位置で切り替えます</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>音量をそろえる</translation>
    </message>
    <message>
        <source>Play every clip at the same loudness, to compare voices fairly</source>
        <translation>すべてのクリップを同じ音量で再生し、ボイスを公平に比べます</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>ファイル名のパターン</translation>
    </message>
    <message>
        <source>File names from {voice} {model} {ext} {n} {format}</source>
        <translation>ファイル名に使えるもの：{voice} {model} {ext} {n} {format}</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>original</source>
        <translation>元のまま</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>すべてエクスポート…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>選択分をエクスポート…</translation>
    </message>
    <message>
        <source>Export the ticked rows</source>
        <translation>チェックした行をエクスポート</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Earlier clips</source>
        <translation>以前のクリップ</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Keys 1-9 play a row</source>
        <translation>1〜9 キーで行を再生</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ファイル名</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n clip(s)…</source>
        <translation>
            <numerusform>%n 個のクリップを依頼しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ready} of %n clip(s) ready ({cached} from the cache)</source>
        <translation>
            <numerusform>%n 個中 {ready} 個のクリップが完了（{cached} 個はキャッシュから）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or stopped</source>
        <translation>
            <numerusform>%n 個が失敗または停止</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat now speaks with {voice}.</source>
        <translation>チャットのボイスを {voice} にしました。</translation>
    </message>
    <message>
        <source>Playing {voice} · {model}: “{transcript}”</source>
        <translation>再生中 {voice} · {model}：「{transcript}」</translation>
    </message>
    <message>
        <source>Tick the rows to export first.</source>
        <translation>先にエクスポートする行にチェックを入れてください。</translation>
    </message>
    <message>
        <source>There is no clip yet.</source>
        <translation>クリップはまだありません。</translation>
    </message>
    <message>
        <source>Export the clips to a folder</source>
        <translation>クリップをフォルダーにエクスポート</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Prompt</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation>入力を送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply and its audio (Esc)</source>
        <translation>返答とその音声を停止（Esc）</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter sends, Enter makes a new line, Esc stops)</source>
        <translation>質問を入力…（Ctrl+Enter で送信、Enter で改行、Esc で停止）</translation>
    </message>
    <message>
        <source>Ask something… (Enter sends, Shift+Enter makes a new line, Esc stops)</source>
        <translation>質問を入力…（Enter で送信、Shift+Enter で改行、Esc で停止）</translation>
    </message>
    <message>
        <source>Send the prompt (Enter)</source>
        <translation>入力を送信（Enter）</translation>
    </message>
    <message>
        <source>In the prompt: Ctrl+Enter sends, Enter makes a new line.</source>
        <translation>入力欄では Ctrl+Enter で送信、Enter で改行します。</translation>
    </message>
    <message>
        <source>In the prompt: Enter sends, Shift+Enter makes a new line, Ctrl+Enter also sends.</source>
        <translation>入力欄では Enter で送信、Shift+Enter で改行、Ctrl+Enter でも送信します。</translation>
    </message>
    <message>
        <source>Write something to send first.</source>
        <translation>先に送信する内容を入力してください。</translation>
    </message>
    <message>
        <source>Recording thrown away.</source>
        <translation>録音を破棄しました。</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it is kept until you press Send.</source>
        <translation>録音が上限の {limit} に達したため停止しました。「送信」を押すまで保持します。</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it was sent.</source>
        <translation>録音が上限の {limit} に達したため停止し、送信しました。</translation>
    </message>
    <message>
        <source>A reply is still on its way: your recording is kept; press Send when it is done.</source>
        <translation>返答がまだ届いています。録音は保持しているので、終わったら「送信」を押してください。</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Context of this conversation</source>
        <translation>この会話のコンテキスト</translation>
    </message>
    <message>
        <source>Latest replies sent back as audio</source>
        <translation>音声として送り返す最新の返答</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>コンテキストの上限（トークン）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Each earlier reply sent back as audio is billed again as audio input (about 20 tokens a second, at the audio input price). Older replies go back as their transcripts. Beyond the budget, the oldest turns are left out.</source>
        <translation>音声として送り返す過去の返答は、音声入力として再び課金されます（1 秒あたり約 20 トークン、音声入力の料金）。それより古い返答は文字起こしとして送ります。上限を超えると、最も古いメッセージから省かれます。</translation>
    </message>
    <message>
        <source>Latest replies sent as &amp;audio</source>
        <translation>音声で送る最新の返答数(&amp;A)</translation>
    </message>
    <message>
        <source>Context &amp;budget (tokens)</source>
        <translation>コンテキストの上限（トークン）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ConversationExportDialog</name>
    <message>
        <source>As received (streamed pcm16 as WAV)</source>
        <translation>受信したまま（ストリーミングの pcm16 は WAV）</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono)</source>
        <translation>生の pcm16（24 kHz モノラル）</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>フォルダーを確認しています…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>返答をエクスポート</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>The whole conversation (%n turn(s))</source>
        <translation>
            <numerusform>会話全体（%n 件のメッセージ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the replies ticked below</source>
        <translation>下でチェックした返答のみ</translation>
    </message>
    <message>
        <source>Replies to export</source>
        <translation>エクスポートする返答</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>（文字起こしなし）</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>返答</translation>
    </message>
    <message>
        <source>A folder of numbered audio files</source>
        <translation>番号付き音声ファイルのフォルダー</translation>
    </message>
    <message>
        <source>A .zip archive of the same</source>
        <translation>同じ内容の .zip アーカイブ</translation>
    </message>
    <message>
        <source>One audio file, turns joined by short silences</source>
        <translation>1 つの音声ファイル（メッセージ間に短い無音）</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音声形式</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>音声形式：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>As</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Export as a .zip</source>
        <translation>.zip としてエクスポート</translation>
    </message>
    <message>
        <source>Export as one audio file</source>
        <translation>1 つの音声ファイルとしてエクスポート</translation>
    </message>
    <message>
        <source>Tick at least one reply to export.</source>
        <translation>エクスポートする返答を 1 つ以上チェックしてください。</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>別のエクスポートが実行中です。終わるのを待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>{path} にエクスポートしています…</translation>
    </message>
    <message>
        <source>turn {done} of {total}</source>
        <translation>{done} / {total} 件目</translation>
    </message>
    <message>
        <source>Exported {seconds} s of audio to {path}.</source>
        <translation>{seconds} 秒の音声を {path} にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audio file(s), transcript.md and conversation.json to {path}.</source>
        <translation>
            <numerusform>%n 個の音声ファイルと transcript.md、conversation.json を {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>エクスポートできませんでした：{reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <extracomment>The card to keep in view while the cards around it are laid out (see ``scroll_to``).</extracomment>
        <translation>
            <numerusform>以前のメッセージを %n 件表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Show later turns</source>
        <translation>以降のメッセージを表示</translation>
    </message>
    <message numerus="yes">
        <source>Show %n later turn(s)</source>
        <translation>
            <numerusform>以降のメッセージを %n 件表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>cached input</source>
        <translation>キャッシュ入力</translation>
    </message>
    <message>
        <source>text input</source>
        <translation>テキスト入力</translation>
    </message>
    <message>
        <source>audio input</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>text output</source>
        <translation>テキスト出力</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>音声出力</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>+ unpriced {kinds}</source>
        <translation>+ 料金不明の{kinds}</translation>
    </message>
    <message>
        <source>{figure} (estimate, from the gateway)</source>
        <translation>{figure}（推定、ゲートウェイから）</translation>
    </message>
    <message>
        <source>{figure} (estimate)</source>
        <translation>{figure}（推定）</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens (no price known)</source>
        <translation>{kind}：{tokens} トークン（料金不明）</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens × ${rate}/1M = {cost}</source>
        <translation>{kind}：{tokens} トークン × ${rate}/100万 = {cost}</translation>
    </message>
    <message>
        <source>the gateway&apos;s own figure: {cost}</source>
        <translation>ゲートウェイ自身の金額：{cost}</translation>
    </message>
    <message>
        <source>≈ {cost} spent</source>
        <translation>≈ {cost} 使用</translation>
    </message>
    <message>
        <source>≈ {cost} saved by the clip cache</source>
        <translation>≈ クリップのキャッシュで {cost} 節約</translation>
    </message>
    <message>
        <source>{costs} (estimates)</source>
        <translation>{costs}（推定）</translation>
    </message>
    <message>
        <source>OpenAI&apos;s model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), read in November 2026</source>
        <extracomment>core.costs.PRICE_SOURCE, marked for translation (a changed source shows in English).</extracomment>
        <translation>OpenAI のモデルページ（developers.openai.com/api/docs/models/gpt-audio-1.5、gpt-audio、gpt-audio-mini）、2026 年 11 月時点</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Parley is still connecting to the endpoint: send again in a moment.</source>
        <extracomment>What the sessions take: the shared client itself, or a SharedHttp that makes it on demand.</extracomment>
        <translation>Parley はまだエンドポイントに接続中です。少ししてからもう一度送信してください。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Parley will not send your API key over plain http to {host}: use an https:// address (plain http is only allowed for this computer).</source>
        <translation>Parley は API キーを暗号化されていない http で {host} に送りません。https:// のアドレスを使ってください（http はこのコンピューターに対してのみ使えます）。</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. Check your network and the base URL.</source>
        <translation>{host} に接続できません：{reason}。ネットワークとベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} s; try again later.</source>
        <extracomment>A timeout&apos;s sentences by what the server did not do (core.errors.RequestTimeout&apos;s phase): with the time limit, and without.</extracomment>
        <translation>{host} のサーバーが {seconds} 秒以内に応答しませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer; try again later.</source>
        <translation>{host} のサーバーが応答しませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply within {seconds} s; try again later.</source>
        <translation>{host} のサーバーが {seconds} 秒以内に返答全体を送りませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply; try again later.</source>
        <translation>{host} のサーバーが返答全体を送りませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection within {seconds} s; try again later.</source>
        <translation>{host} のサーバーが {seconds} 秒以内に接続を受け付けませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection; try again later.</source>
        <translation>{host} のサーバーが接続を受け付けませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent a reply Parley cannot read: {what}.</source>
        <translation>サーバーから Parley が読めない返答が届きました：{what}。</translation>
    </message>
    <message>
        <source>The reply was cut off after {seconds} s of audio: {reason}.</source>
        <translation>返答が音声 {seconds} 秒のところで途切れました：{reason}。</translation>
    </message>
    <message>
        <source>The reply was cut off after a part of the transcript: {reason}.</source>
        <translation>返答が文字起こしの途中で途切れました：{reason}。</translation>
    </message>
    <message>
        <source>The reply was cut off: {reason}.</source>
        <translation>返答が途切れました：{reason}。</translation>
    </message>
    <message>
        <source>Parley cannot keep the key in the system keyring ({reason}); it can use the key for this session only.</source>
        <translation>Parley はキーをシステムのキーリングに保存できません（{reason}）。このセッションの間だけ使えます。</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>in the reply</source>
        <translation>返答内</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): check the key set for this endpoint.</source>
        <translation>サーバーが API キーを受け付けませんでした（HTTP 401）。このエンドポイントに設定したキーを確認してください。</translation>
    </message>
    <message>
        <source>The server said: “{words}”.</source>
        <translation>サーバーの応答：「{words}」。</translation>
    </message>
    <message>
        <source>The server said: “{words}” (behind a gateway, this may be about the gateway&apos;s own key upstream).</source>
        <translation>サーバーの応答：「{words}」（ゲートウェイ経由の場合、ゲートウェイ自身が上流で使うキーのことかもしれません）。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} (or {instead}) instead.</source>
        <translation>モデル「{model}」は使えません（{status}）。OpenAI が {date} に提供を終了しました。代わりに {default}（または {instead}）を選んでください。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} instead.</source>
        <translation>モデル「{model}」は使えません（{status}）。OpenAI が {date} に提供を終了しました。代わりに {default} を選んでください。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist on this endpoint or this key has no access to it ({status}): {detail}. Choose another model, such as {default}.</source>
        <translation>モデル「{model}」はこのエンドポイントに存在しないか、このキーでは使えません（{status}）：{detail}。{default} など別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>This API key has no access to the model &apos;{model}&apos;: {detail}.</source>
        <translation>この API キーではモデル「{model}」を使えません：{detail}。</translation>
    </message>
    <message>
        <source>This API key has no access to the model: {detail}.</source>
        <translation>この API キーではこのモデルを使えません：{detail}。</translation>
    </message>
    <message>
        <source>The server refused the request{where}: {detail}.</source>
        <translation>サーバーがリクエストを拒否しました{where}：{detail}。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): {detail}. Check the base URL and the model name.</source>
        <translation>見つかりません（HTTP 404）：{detail}。ベース URL とモデル名を確認してください。</translation>
    </message>
    <message>
        <source>The account behind this key has run out of quota: {detail}.</source>
        <translation>このキーのアカウントは利用枠を使い切りました：{detail}。</translation>
    </message>
    <message>
        <source>Rate limited by the server: {detail}. Wait a moment and try again.</source>
        <translation>サーバーがリクエスト数を制限しています：{detail}。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had a problem ({status}): {detail}. Try again later.</source>
        <translation>サーバーで問題が起きました（{status}）：{detail}。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}.</source>
        <translation>サーバーがエラーを返しました（{status}）：{detail}。</translation>
    </message>
    <message>
        <source>Parley could not play sound on “{name}”; check that the device is connected and the sound server is running.</source>
        <extracomment>What a device failed to do (app.audio.devices.device_error&apos;s action), with and without the device&apos;s name.</extracomment>
        <translation>Parley は「{name}」で音を再生できませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Parley could not play sound; check that the device is connected and the sound server is running.</source>
        <translation>Parley は音を再生できませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley は「{name}」のマイクを聞き取れませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley はマイクを聞き取れませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley は「{name}」のマイクで録音できませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley はマイクで録音できませんでした。デバイスが接続されていて、サウンドサーバーが動いているか確認してください。</translation>
    </message>
    <message>
        <source>Sound is unavailable: the PortAudio library is not installed on this system.</source>
        <translation>音声を使えません。このシステムには PortAudio ライブラリがインストールされていません。</translation>
    </message>
    <message>
        <source>The sound system could not be queried ({reason}).</source>
        <translation>サウンドシステムを照会できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>No audio output device was found; check that a sound server or sound card is available.</source>
        <translation>音声出力デバイスが見つかりません。サウンドサーバーかサウンドカードがあるか確認してください。</translation>
    </message>
    <message>
        <source>No microphone (audio input) device was found; check that a sound server or sound card is available.</source>
        <translation>マイク（音声入力デバイス）が見つかりません。サウンドサーバーかサウンドカードがあるか確認してください。</translation>
    </message>
    <message>
        <source>The audio output device “{name}” is not available; choose another one in Settings.</source>
        <translation>音声出力デバイス「{name}」は使えません。設定で別のデバイスを選んでください。</translation>
    </message>
    <message>
        <source>The microphone (audio input) device “{name}” is not available; choose another one in Settings.</source>
        <translation>マイク（音声入力デバイス）「{name}」は使えません。設定で別のデバイスを選んでください。</translation>
    </message>
    <message>
        <source>The audio output device “{name}” has not answered for {seconds} seconds; playback is paused where it was. Press Play to go on.</source>
        <translation>音声出力デバイス「{name}」が {seconds} 秒間応答していません。再生はその位置で一時停止しました。再生を押すと続きから再生します。</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped delivering sound.</source>
        <translation>マイク「{name}」から音が届かなくなりました。</translation>
    </message>
    <message>
        <source>This endpoint sends {model}&apos;s replies streamed only: asked for a streamed reply (remembered for this endpoint).</source>
        <translation>このエンドポイントは {model} の返答をストリーミングでしか送りません。ストリーミングで依頼しました（このエンドポイント用に記憶します）。</translation>
    </message>
    <message>
        <source>This model sends whole replies ({model}): asked for the whole reply in {format} (remembered for this endpoint).</source>
        <translation>このモデルは返答を一括で送ります（{model}）。{format} で一括の返答を依頼しました（このエンドポイント用に記憶します）。</translation>
    </message>
    <message>
        <source>Skipped an unreadable event from the server; the reply may have a gap.</source>
        <translation>サーバーから届いた読めないイベントをスキップしました。返答が一部欠けている可能性があります。</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>サーバーが API キーを拒否しました。</translation>
    </message>
    <message>
        <source>The server does not know the realtime model {model}.</source>
        <translation>サーバーはリアルタイムモデル {model} を知りません。</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s shape (it wants the current Realtime API, without the beta header).</source>
        <translation>サーバーがセッションの形式を拒否しました（beta ヘッダーなしの現行の Realtime API を求めています）。</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached: wait a moment and resume.</source>
        <translation>サーバーのレート制限に達しました。少し待ってから再開してください。</translation>
    </message>
    <message>
        <source>This server does not speak the Realtime API. Talk mode&apos;s Chat Completions engine works with it: turn Realtime off.</source>
        <translation>このサーバーは Realtime API に対応していません。トークモードの Chat Completions エンジンなら使えます。「リアルタイム」をオフにしてください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>サーバーとの接続が切れました。</translation>
    </message>
    <message>
        <source>Could not reach the server for a realtime session.</source>
        <translation>リアルタイムセッションのためにサーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server ended the realtime session.</source>
        <translation>サーバーがリアルタイムセッションを終了しました。</translation>
    </message>
    <message>
        <source>The microphone “{name}” went away (unplugged or switched off); the sound server now offers “{now}”.</source>
        <extracomment>The listener&apos;s own failures, by the AudioDeviceError kind it reports.</extracomment>
        <translation>マイク「{name}」がなくなりました（抜かれたか電源が切られました）。サウンドサーバーは現在「{now}」を提供しています。</translation>
    </message>
    <message>
        <source>The sound server went away, and the microphone “{name}” with it (stopped or restarting).</source>
        <translation>サウンドサーバーがなくなり、マイク「{name}」も使えなくなりました（停止したか再起動中です）。</translation>
    </message>
    <message>
        <source>Listening stopped: {reason}</source>
        <translation>聞き取りが止まりました：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音声 (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 音声 (*.mp3)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC 音声 (*.flac)</translation>
    </message>
    <message>
        <source>Opus audio (*.opus *.ogg)</source>
        <translation>Opus 音声 (*.opus *.ogg)</translation>
    </message>
    <message>
        <source>Raw pcm16, 24 kHz mono (*.pcm)</source>
        <translation>生の pcm16、24 kHz モノラル (*.pcm)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Parley cannot save audio as {format}.</source>
        <translation>Parley は音声を {format} として保存できません。</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name to save to.</source>
        <translation>「{path}」はフォルダーです。保存先のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name.</source>
        <translation>{folder} に「{name}」が既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name or allow replacing it.</source>
        <translation>{folder} に「{name}」が既にあります。別の名前を選ぶか、置き換えを許可してください。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to save “{name}”.</source>
        <translation>{folder} の空き容量が足りないため、「{name}」を保存できません。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another place to save.</source>
        <translation>フォルダー {folder} は読み取り専用です。別の保存先を選んでください。</translation>
    </message>
    <message>
        <source>Parley is not allowed to write in {folder}; choose another folder.</source>
        <translation>Parley には {folder} への書き込み権限がありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The file name “{name}” is too long.</source>
        <translation>ファイル名「{name}」が長すぎます。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder} ({reason}).</source>
        <translation>「{name}」を {folder} に保存できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The audio of turn {number} could not be saved: {reason}</source>
        <translation>{number} 件目のメッセージの音声を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>There is no audio to save in what was chosen.</source>
        <translation>選んだ中に保存できる音声がありません。</translation>
    </message>
    <message>
        <source>The audio could not be read or converted.</source>
        <translation>音声を読み込むことも変換することもできませんでした。</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk.</source>
        <translation>ディスクの空き容量が足りません。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>ディスクは読み取り専用です。</translation>
    </message>
    <message>
        <source>Parley is not allowed to open this file.</source>
        <translation>Parley にはこのファイルを開く権限がありません。</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>ファイルはもうありません。</translation>
    </message>
    <message>
        <source>The disk could not be read.</source>
        <translation>ディスクを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>HistoryBridge</name>
    <message>
        <source>The export failed: {reason}.</source>
        <extracomment>Most search hits listed at once. None until the window&apos;s start has opened the history (or when it cannot be opened: then every request is quietly not answered; the window says why once).</extracomment>
        <translation>エクスポートに失敗しました：{reason}。</translation>
    </message>
    <message>
        <source>The history could not be used: {reason}.</source>
        <translation>履歴を使えませんでした：{reason}。</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history folder %1 cannot be written: you can read and export the history, but new conversations are not kept.</source>
        <translation>履歴フォルダー %1 に書き込めません：履歴の閲覧とエクスポートはできますが、新しい会話は保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>The history was damaged. The damaged file is kept as %1; %n conversation(s) were saved into a new history.</source>
        <translation>
            <numerusform>履歴が壊れていました。壊れたファイルは %1 として保存してあります。%n 件の会話を新しい履歴に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The item&apos;s text without its cost (added when the usages are read). Wait this long after the last key before searching (ms).</extracomment>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>No turns match “{text}”.</source>
        <translation>「{text}」に一致するメッセージはありません。</translation>
    </message>
    <message>
        <source>First {shown} of {total} turns match “{text}”.</source>
        <translation>「{text}」に一致する {total} 件のうち最初の {shown} 件。</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Search prompts and transcripts</source>
        <translation>入力と文字起こしを検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>会話の名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <source>Conversations, most recently used first</source>
        <translation>会話（最近使ったものから）</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” and its audio for good? This cannot be undone.</source>
        <translation>「{title}」とその音声を完全に削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>The conversation was deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>turn {number}</source>
        <translation>{number} 件目</translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no turns.</source>
        <translation>エクスポートするものはまだありません。この会話にはメッセージがありません。</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The key is used for this session only.</source>
        <translation>キーはこのセッションの間だけ使います。</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>リーダーボード</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>順位の基準</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Voice and model</source>
        <translation>ボイスとモデル</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>バイブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>レーティング</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区間</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>勝ち</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>負け</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV として保存…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) kept.</source>
        <translation>
            <numerusform>%n 票を保存しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSV として保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <extracomment>The meter shows -60..0 dBFS.</extracomment>
        <translation>マイクのレベル</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;selected replies…</source>
        <translation>選択した返答をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename conversation…</source>
        <translation>会話の名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete conversation…</source>
        <translation>会話を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;podcast…</source>
        <translation>ポッドキャストとしてエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Narrate a &amp;script…</source>
        <translation>台本をナレーション(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>オフラインデモを試す(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op the reply</source>
        <translation>返答を停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record a voice message</source>
        <translation>ボイスメッセージを録音(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Talk hands-free</source>
        <translation>ハンズフリーでトーク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mute the microphone</source>
        <translation>マイクをミュート(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Focus the &amp;prompt</source>
        <translation>入力欄へ移動(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare voices</source>
        <translation>ボイス比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>Parley について(&amp;A)</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>その他のメニュー</translation>
    </message>
    <message>
        <source>Export as podcast</source>
        <translation>ポッドキャストとしてエクスポート</translation>
    </message>
    <message>
        <source>This conversation has no audio yet to make a podcast of.</source>
        <translation>この会話にはポッドキャストにできる音声がまだありません。</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Parley について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Talk with audio-capable chat models.&lt;/p&gt;&lt;p&gt;MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;音声対応のチャットモデルと話せます。&lt;/p&gt;&lt;p&gt;MIT ライセンス。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline demo</source>
        <translation>オフラインデモ</translation>
    </message>
    <message>
        <source>Offline demo: replies come from Parley&apos;s built-in demo server, not a real model.</source>
        <translation>オフラインデモ：返答は Parley 内蔵のデモサーバーから届きます。本物のモデルではありません。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>The window&apos;s first frame has been painted (emitted once, on the loop&apos;s next turn).</extracomment>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>履歴の問題</translation>
    </message>
    <message>
        <source>Using the key in OPENAI_API_KEY for this session.</source>
        <translation>このセッションでは OPENAI_API_KEY のキーを使います。</translation>
    </message>
    <message>
        <source>Offline demo running at {url}</source>
        <translation>オフラインデモを {url} で実行中</translation>
    </message>
    <message>
        <source>Chat and voice comparison</source>
        <translation>チャットとボイス比較</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>ボイス比較</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Time recorded</source>
        <translation>録音時間</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 録音</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Record a voice message (or hold Ctrl+Space)</source>
        <translation>音声メッセージを録音（Ctrl+Space 長押しでも可）</translation>
    </message>
    <message>
        <source>● Opening…</source>
        <translation>● 準備中…</translation>
    </message>
    <message>
        <source>Opening the microphone</source>
        <translation>マイクを開いています</translation>
    </message>
    <message>
        <source>■ Send</source>
        <translation>■ 送信</translation>
    </message>
    <message>
        <source>Stop and send</source>
        <translation>停止して送信</translation>
    </message>
    <message>
        <source>Stop recording and send it (Esc throws it away)</source>
        <translation>録音を止めて送信（Esc で破棄）</translation>
    </message>
    <message>
        <source>■ Sending…</source>
        <translation>■ 送信中…</translation>
    </message>
    <message>
        <source>Finishing the recording</source>
        <translation>録音を仕上げています</translation>
    </message>
</context>
<context>
    <name>NarrateDialog</name>
    <message>
        <source>Narrate a script</source>
        <translation>台本をナレーション</translation>
    </message>
    <message>
        <source>Choose a script</source>
        <translation>台本を選択</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>テキスト (*.txt *.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a script…</source>
        <translation>台本を選択…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Paragraphs done</source>
        <translation>完了した段落</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>There is no script at %1.</source>
        <translation>%1 に台本がありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); save it as UTF-8.</source>
        <translation>%1 は UTF-8 テキストではありません（%2 行目）。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>%1 has nothing to read: it is empty or only blank lines.</source>
        <translation>%1 には読む内容がありません：空か、空行だけです。</translation>
    </message>
    <message>
        <source>Save the narration in</source>
        <translation>ナレーションの保存先</translation>
    </message>
    <message>
        <source>Choose a script: paragraphs separated by blank lines.</source>
        <translation>台本を選んでください：段落は空行で区切ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 段落</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 if none is done yet</source>
        <translation>まだ何も完了していなければ約 %1</translation>
    </message>
    <message>
        <source>Parley is not connected to an endpoint yet.</source>
        <translation>Parley はまだエンドポイントに接続していません。</translation>
    </message>
    <message>
        <source>Narrating…</source>
        <translation>ナレーション中…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n piece(s) left; start again to do them.</source>
        <translation>
            <numerusform>停止しました：残り %n 個。もう一度開始すると続きを行います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed; start again to retry them.</source>
        <translation>
            <numerusform>%n 個が失敗しました。もう一度開始すると再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The joined file could not be made: %1</source>
        <translation>結合したファイルを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Done: %1, with a chapter per paragraph and captions.</source>
        <translation>完了：%1（段落ごとのチャプターと字幕付き）。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>from the clip cache</source>
        <translation>クリップのキャッシュから</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>再リクエスト済み</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>This reply&apos;s audio cannot be played: {reason}</source>
        <extracomment>How fast whole clips play (the pitch kept); ``_key_speed``: the loaded clip&apos;s.</extracomment>
        <translation>この返答の音声を再生できません：{reason}</translation>
    </message>
</context>
<context>
    <name>PodcastDialog</name>
    <message>
        <source>Export as podcast</source>
        <translation>ポッドキャストとしてエクスポート</translation>
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
        <translation>字幕なし</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>ラウドネス</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>One file with a chapter per turn, a short gap between turns, every turn at the same loudness, and captions beside it.</source>
        <translation>メッセージごとのチャプター、メッセージ間の短い間、揃ったラウドネスを持つ 1 つのファイルと、その横に字幕を作ります。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Turn {n}</source>
        <translation>メッセージ {n}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>エクスポートできませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chapter(s), %1 min, to %2.</source>
        <translation>
            <numerusform>%n 個のチャプター（%1 分）を %2 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions: %1.</source>
        <translation>字幕：%1。</translation>
    </message>
    <message>
        <source>Left out (audio missing): turn %1.</source>
        <translation>除外（音声なし）：メッセージ %1。</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>Text in</source>
        <translation>テキスト入力</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>テキスト出力</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>音声出力</translation>
    </message>
    <message>
        <source>Cached in</source>
        <translation>キャッシュ入力</translation>
    </message>
    <message>
        <source>Prices of the profile</source>
        <translation>プロファイルの料金</translation>
    </message>
    <message>
        <source>Prices per 1M tokens</source>
        <translation>100万トークンあたりの料金</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>another model id</source>
        <translation>別のモデル ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Use the published prices</source>
        <translation>公表料金を使う</translation>
    </message>
    <message>
        <source>Forget your prices for the selected model on this profile</source>
        <translation>このプロファイルで選んだモデルに設定した料金を消去します</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; every cost Parley shows is an estimate. An empty cell uses the published price ({source}); where none is published, those tokens are shown without a figure. Cached input without a price of its own is priced as text input. A gateway&apos;s own cost (usage.cost) wins over these.</source>
        <translation>100万トークンあたりの米ドルです。Parley が表示する費用はすべて推定です。空欄のセルは公表料金（{source}）を使います。公表されていない場合、そのトークンは金額なしで表示します。独自の料金がないキャッシュ入力はテキスト入力として計算します。ゲートウェイ自身の費用（usage.cost）がこれより優先されます。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>あなたの料金</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>公表料金</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>That recording was too short to send: keep recording (or hold Ctrl+Space) while you speak.</source>
        <extracomment>Shorter recordings are not sent (a tap of the button or of Ctrl+Space).</extracomment>
        <translation>録音が短すぎて送信できません。話している間は録音を続けてください（Ctrl+Space 長押しでも可）。</translation>
    </message>
    <message>
        <source>The microphone gave only silence: check that it is not muted and that Parley is allowed to use it.</source>
        <translation>マイクから無音しか届きませんでした。ミュートになっていないか、Parley に使用が許可されているか確認してください。</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound; the recording was not sent.</source>
        <translation>マイクから音が届かなくなりました。録音は送信していません。</translation>
    </message>
    <message>
        <source>Parley could not open the microphone.</source>
        <extracomment>The length limit of the current (or last) recording, in seconds.</extracomment>
        <translation>Parley はマイクを開けませんでした。</translation>
    </message>
    <message>
        <source>Parley could not finish the recording.</source>
        <translation>Parley は録音を仕上げられませんでした。</translation>
    </message>
</context>
<context>
    <name>ReplyCard</name>
    <message>
        <source>Audio as received</source>
        <extracomment>Export menu entries: (label, format key). &quot;original&quot; keeps the server&apos;s bytes (a streamed reply&apos;s raw pcm16 as a WAV file of the same samples); &quot;text&quot; is the transcript.</extracomment>
        <translation>受信したままの音声</translation>
    </message>
    <message>
        <source>Audio as WAV</source>
        <translation>WAV 音声</translation>
    </message>
    <message>
        <source>Audio as MP3</source>
        <translation>MP3 音声</translation>
    </message>
    <message>
        <source>Audio as FLAC</source>
        <translation>FLAC 音声</translation>
    </message>
    <message>
        <source>Audio as Opus</source>
        <translation>Opus 音声</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono, no header)</source>
        <translation>生の pcm16（24 kHz モノラル、ヘッダーなし）</translation>
    </message>
    <message>
        <source>Transcript as text</source>
        <translation>文字起こし（テキスト）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返答</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>トークン使用量</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>推定費用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Play reply</source>
        <translation>返答を再生</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Takes of this reply</source>
        <translation>この返答のテイク</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>返答をエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>文字起こしをコピー</translation>
    </message>
    <message>
        <source>Say it again in another voice</source>
        <translation>別のボイスでもう一度</translation>
    </message>
    <message>
        <source>Say it again in…</source>
        <translation>別のボイスで…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>ボイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Audio format of the reply</source>
        <translation>返答の音声形式</translation>
    </message>
    <message>
        <source>Reply in {voice}</source>
        <translation>{voice} による返答</translation>
    </message>
    <message>
        <source>An estimate. Prices: {source}, or your own (Settings → Prices).</source>
        <translation>推定値です。料金：{source}、または自分で設定した料金（設定 → 料金）。</translation>
    </message>
    <message>
        <source>out: {audio} audio + {text} text tokens · in: {prompt}</source>
        <translation>出力：音声 {audio} + テキスト {text} · 入力：{prompt}</translation>
    </message>
    <message>
        <source>Prompt: {prompt} tokens ({prompt_audio} audio, {prompt_text} text)
Reply: {reply} tokens ({reply_audio} audio, {reply_text} text)</source>
        <translation>入力：{prompt} トークン（音声 {prompt_audio}、テキスト {prompt_text}）
返答：{reply} トークン（音声 {reply_audio}、テキスト {reply_text}）</translation>
    </message>
    <message>
        <source>Pause reply</source>
        <translation>返答を一時停止</translation>
    </message>
</context>
<context>
    <name>ReplyCosts</name>
    <message>
        <source>Estimated cost</source>
        <translation>推定費用</translation>
    </message>
    <message>
        <source>Context of this conversation</source>
        <translation>この会話のコンテキスト</translation>
    </message>
    <message>
        <source>How many latest replies go back as audio, and the context budget</source>
        <translation>音声として送り返す最新の返答の数と、コンテキストの上限</translation>
    </message>
    <message>
        <source>Could not keep the context setting: {reason}</source>
        <translation>コンテキストの設定を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Context: {audio} as audio, budget {budget} tokens</source>
        <translation>コンテキスト：音声 {audio}、上限 {budget} トークン</translation>
    </message>
    <message>
        <source>Context: {audio} as audio</source>
        <translation>コンテキスト：音声 {audio}</translation>
    </message>
    <message>
        <source>This conversation {cost}</source>
        <translation>この会話 {cost}</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens, {audio} of them audio</source>
        <translation>次のリクエスト：入力 約 {tokens} トークン（うち音声 {audio}）</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens</source>
        <translation>次のリクエスト：入力 約 {tokens} トークン</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier turn(s) left out (context budget)</source>
        <translation>
            <numerusform>以前のメッセージを %n 件省略（コンテキストの上限）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the token counts and the prices of the model picked: {source}, or your own (Settings → Prices).</source>
        <translation>トークン数と選んだモデルの料金からの推定です：{source}、または自分で設定した料金（設定 → 料金）。</translation>
    </message>
</context>
<context>
    <name>ReplyExport</name>
    <message>
        <source>Export reply</source>
        <translation>返答をエクスポート</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>エクスポートできませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ReplySlot</name>
    <message>
        <source>Take {number}: {voice}</source>
        <extracomment>Transcript pieces not yet shown on the card.</extracomment>
        <translation>テイク {number}：{voice}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server kind</source>
        <translation>サーバーの種類</translation>
    </message>
    <message>
        <source>Azure deployment</source>
        <translation>Azure のデプロイ</translation>
    </message>
    <message>
        <source>the deployment&apos;s name (else the model)</source>
        <translation>デプロイの名前（なければモデル）</translation>
    </message>
    <message>
        <source>Azure api-version</source>
        <translation>Azure の api-version</translation>
    </message>
    <message>
        <source>Send earlier replies as text</source>
        <translation>以前の返答をテキストで送る</translation>
    </message>
    <message>
        <source>Earlier replies go back as their transcripts, not by audio id: for servers that cannot take an audio id back, or drop it on the way.</source>
        <translation>以前の返答を音声 ID ではなく文字起こしで送り返します：音声 ID を受け取れない、または途中で失うサーバー向けです。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API バージョン(&amp;V)</translation>
    </message>
    <message>
        <source>Told from the URL: %1.</source>
        <translation>URL から判断：%1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>the OS keyring</source>
        <extracomment>What kind of server is there, with Azure&apos;s details (see app.core.servers). The window&apos;s language (&quot;&quot; follows the system; see app.runtime.i18n). The user&apos;s prices: profile -&gt; model -&gt; field -&gt; USD per 1M tokens (Settings.prices). Where keys may be kept (core.secrets), named in the user&apos;s language.</extracomment>
        <translation>OS のキーリング</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>Secret Service のキーリング（GNOME キーリングまたは KWallet）</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS のキーチェーン</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>nowhere (no system keyring)</source>
        <translation>どこにも保存しない（システムのキーリングがありません）</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>このセッションのみ（保存しない）</translation>
    </message>
    <message>
        <source>Parley settings</source>
        <translation>Parley の設定</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>音声(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;rices</source>
        <translation>料金(&amp;R)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>キーを消去</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>ベース URL(&amp;U)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>出力デバイス</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>入力デバイス</translation>
    </message>
    <message>
        <source>Longest recording in seconds</source>
        <translation>最長録音時間（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A recording stops here and is sent</source>
        <translation>録音はここで止まり、送信されます</translation>
    </message>
    <message>
        <source>&amp;Output device</source>
        <translation>出力デバイス(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Input device (microphone)</source>
        <translation>入力デバイス（マイク）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Longest recording</source>
        <translation>最長録音時間(&amp;L)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
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
        <source>Stream replies (as pcm16)</source>
        <translation>返答をストリーミング（pcm16）</translation>
    </message>
    <message>
        <source>Play replies as they arrive</source>
        <translation>返答を届いたそばから再生</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>Ctrl+Enter で送信（Enter で改行）</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter</source>
        <translation>Ctrl+Enter で送信</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language changes when Parley starts again.</source>
        <translation>言語は Parley を次に起動したときに変わります。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>既定のモデル(&amp;M)</translation>
    </message>
    <message>
        <source>Default &amp;voice</source>
        <translation>既定のボイス(&amp;V)</translation>
    </message>
    <message>
        <source>Default &amp;format</source>
        <translation>既定の形式(&amp;F)</translation>
    </message>
    <message>
        <source>stored in {place}</source>
        <translation>{place}に保存済み</translation>
    </message>
    <message>
        <source>Keys are kept in {place}, never in a file. Leave empty to keep the stored key.</source>
        <translation>キーは{place}に保存し、ファイルには書きません。空欄のままにすると保存済みのキーを使い続けます。</translation>
    </message>
    <message>
        <source>Profile {number}</source>
        <translation>プロファイル {number}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>More keys</source>
        <translation>その他のキー</translation>
    </message>
</context>
<context>
    <name>SpeedButton</name>
    <message>
        <source>Playback speed of this reply</source>
        <translation>この返答の再生速度</translation>
    </message>
    <message>
        <source>Play this reply faster or slower (the pitch stays)</source>
        <translation>この返答を速く、または遅く再生します（音の高さは変わりません）</translation>
    </message>
    <message>
        <source>The chat&apos;s speed</source>
        <translation>チャットの速度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>SystemPromptPanel</name>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>モデルにどう振る舞ってほしいか（任意）</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>システムプロンプトのプリセット</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Use the chosen preset as the system prompt</source>
        <translation>選んだプリセットをシステムプロンプトにする</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>プリセットを適用</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>プリセットの名前を変更</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>The prompt in effect for this conversation:</source>
        <translation>この会話で使っているプロンプト：</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>プリセット名：</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Save system prompt as</source>
        <translation>システムプロンプトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Replace the preset “{name}”?</source>
        <translation>プリセット「{name}」を置き換えますか？</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>プリセット「{name}」を削除しますか？</translation>
    </message>
</context>
<context>
    <name>TalkBar</name>
    <message>
        <source>Opening the microphone…</source>
        <translation>マイクを開いています…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>聞いています</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>聞き取り中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>話しています</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>トーク</translation>
    </message>
    <message>
        <source>Talk hands-free</source>
        <translation>ハンズフリーでトーク</translation>
    </message>
    <message>
        <source>A hands-free voice conversation (Ctrl+T; Esc ends it)</source>
        <translation>ハンズフリーの音声トーク（Ctrl+T、Esc で終了）</translation>
    </message>
    <message>
        <source>Talk state</source>
        <translation>トークの状態</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>マイクのレベル</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>マイクをミュート</translation>
    </message>
    <message>
        <source>Stop listening without leaving talk mode (M)</source>
        <translation>トークモードのまま聞くのをやめる（M）</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>ヘッドホン</translation>
    </message>
    <message>
        <source>Headphones: no echo cancellation</source>
        <translation>ヘッドホン：エコー除去なし</translation>
    </message>
    <message>
        <source>With headphones the reply cannot reach the microphone: echo cancellation is off</source>
        <translation>ヘッドホンなら返答がマイクに入らないため、エコー除去をオフにします</translation>
    </message>
    <message>
        <source>Pause that sends what you said, in seconds</source>
        <translation>話した内容を送るまでの間（秒）</translation>
    </message>
    <message>
        <source>How long a pause ends what you say and sends it</source>
        <translation>どれだけ間があいたら話し終わりとみなして送信するか</translation>
    </message>
    <message>
        <source> s pause sends</source>
        <translation> 秒の間で送信</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>リアルタイム</translation>
    </message>
    <message>
        <source>Talk over the Realtime API</source>
        <translation>Realtime API でトーク</translation>
    </message>
    <message>
        <source>One live connection: the server hears you as you speak and answers at once (Realtime API). Off: each thing you say is sent after the pause.</source>
        <translation>1 本のライブ接続：話している間にサーバーが聞き取り、すぐに答えます（Realtime API）。オフ：話した内容は間を置いてから送られます。</translation>
    </message>
    <message>
        <source>Talk mode message</source>
        <translation>トークモードのメッセージ</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume talking</source>
        <translation>トークを再開</translation>
    </message>
    <message>
        <source>End talk</source>
        <translation>トーク終了</translation>
    </message>
</context>
<context>
    <name>TalkBridge</name>
    <message>
        <source>Talk mode stopped after an error.</source>
        <translation>エラーのためトークモードを終了しました。</translation>
    </message>
</context>
<context>
    <name>TalkMode</name>
    <message>
        <source>interrupted: what you heard of it went back to the model</source>
        <translation>中断：聞いた部分だけをモデルに返しました</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <extracomment>The realtime models the endpoint lists (the first is used), as last listed.</extracomment>
        <translation>返答を待っています…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>不完全：返答が途中で切れました</translation>
    </message>
    <message>
        <source>interrupted before it began</source>
        <translation>始まる前に中断</translation>
    </message>
    <message>
        <source>What you said is kept: Retry sends it.</source>
        <translation>話した内容は保持しています。「再試行」で送信します。</translation>
    </message>
</context>
<context>
    <name>TurnExport</name>
    <message>
        <source>There is no audio to save.</source>
        <extracomment>The transcript as text, beside the audio formats and &quot;original&quot;.</extracomment>
        <translation>保存できる音声がありません。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Recording as recorded (original bytes)</source>
        <extracomment>Export menu entries for a recording: (label, format key); &quot;original&quot; keeps the bytes recorded.</extracomment>
        <translation>録音そのまま（元のデータ）</translation>
    </message>
    <message>
        <source>Recording as WAV</source>
        <translation>WAV の録音</translation>
    </message>
    <message>
        <source>Recording as MP3</source>
        <translation>MP3 の録音</translation>
    </message>
    <message>
        <source>Recording as FLAC</source>
        <translation>FLAC の録音</translation>
    </message>
    <message>
        <source>Recording as Opus</source>
        <translation>Opus の録音</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Play your recording</source>
        <translation>自分の録音を再生</translation>
    </message>
    <message>
        <source>Play / pause your recording (Space)</source>
        <translation>自分の録音を再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Your recording (click to seek)</source>
        <translation>自分の録音（クリックで移動）</translation>
    </message>
    <message>
        <source>Duration of your recording</source>
        <translation>自分の録音の長さ</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>自分の録音をエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Pause your recording</source>
        <translation>自分の録音を一時停止</translation>
    </message>
</context>
<context>
    <name>UserCards</name>
    <message>
        <source>Your recording cannot be read: {reason}</source>
        <extracomment>Bars computed for a recording&apos;s waveform (the view spreads them over its width).</extracomment>
        <translation>録音を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>自分の録音をエクスポート</translation>
    </message>
    <message>
        <source>Could not export your recording: {reason}</source>
        <translation>録音をエクスポートできませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>VibePicker</name>
    <message>
        <source>Calm</source>
        <translation>穏やか</translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation>明るく</translation>
    </message>
    <message>
        <source>Newscaster</source>
        <translation>ニュースキャスター</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>語り部</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>おやすみ前</translation>
    </message>
    <message>
        <source>Sports commentator</source>
        <translation>スポーツ実況</translation>
    </message>
    <message>
        <source>Noir detective</source>
        <translation>ハードボイルド探偵</translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation>辛抱強い先生</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>バイブ</translation>
    </message>
    <message>
        <source>How the voice speaks: affect, tone, pacing, emotion…</source>
        <translation>話し方：感情、トーン、テンポ、気持ち…</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <source>Shuffle the vibe</source>
        <translation>バイブをシャッフル</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>バイブなし</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform (click to seek)</source>
        <translation>波形（クリックで移動）</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Parley</source>
        <translation>Parley へようこそ</translation>
    </message>
    <message>
        <source>Parley needs an API key for an OpenAI-compatible endpoint with audio models. No key yet? Try the offline demo: a built-in local server with simple rule-based replies spoken by an offline voice, so you can try every feature.</source>
        <translation>Parley を使うには、音声モデルを提供する OpenAI 互換エンドポイントの API キーが必要です。まだキーがない場合は、オフラインデモを試してください。内蔵のローカルサーバーが簡単なルールベースの返答をオフラインの音声で読み上げるので、すべての機能を試せます。</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>オフラインデモを試す</translation>
    </message>
    <message>
        <source>Enter an API key…</source>
        <translation>API キーを入力…</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>API キーを入力</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}). The details are in {1}.</source>
        <extracomment>How long an unexpected error stays said in the status bar.</extracomment>
        <translation>Parley の内部で予期しないエラーが発生しました（{0}）。詳細は {1} にあります。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}).</source>
        <translation>Parley の内部で予期しないエラーが発生しました（{0}）。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation>設定を保存できませんでした：{0}</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Ctrl+Enter.</source>
        <translation>話しかけてみましょう：下に入力して Ctrl+Enter を押してください。</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Enter.</source>
        <translation>話しかけてみましょう：下に入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Hold Ctrl+Space to record a voice message while the key is down.</source>
        <translation>Ctrl+Space を押している間、ボイスメッセージを録音します。</translation>
    </message>
    <message>
        <source>On a reply: Space plays or pauses it; Tab moves between replies.</source>
        <translation>返答の上で：Space で再生・一時停止、Tab で返答間を移動します。</translation>
    </message>
    <message>
        <source>Talk mode on: speak, then pause.</source>
        <translation>トークモード開始：話してから、間を置いてください。</translation>
    </message>
    <message>
        <source>Talk mode ended.</source>
        <translation>トークモードを終了しました。</translation>
    </message>
    <message>
        <source>Reply received: %1</source>
        <translation>返答を受信しました：%1</translation>
    </message>
    <message>
        <source>Reply received.</source>
        <translation>返答を受信しました。</translation>
    </message>
</context>
<context>
    <name>_Found</name>
    <message numerus="yes">
        <source>%n turn(s) match “{text}”.</source>
        <translation>
            <numerusform>「{text}」に一致するメッセージが %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plural</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>%1 に接続しました：モデル %n 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out to keep within the context budget of {budget} tokens.</source>
        <translation>
            <numerusform>コンテキストの上限 {budget} トークンに収めるため、以前のメッセージを %n 件省きました。</numerusform>
        </translation>
    </message>
</context>
</TS>
