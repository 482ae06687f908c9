<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tell from the base URL</source>
        <translation>根据基础 URL 判断</translation>
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
        <translation>vLLM-Omni（你自己的服务器）</translation>
    </message>
    <message>
        <source>Qwen-Omni (Alibaba Model Studio)</source>
        <translation>Qwen-Omni（阿里云百炼）</translation>
    </message>
    <message>
        <source>Other gateway (one-api, new-api)</source>
        <translation>其他网关（one-api、new-api）</translation>
    </message>
    <message>
        <source>Azure has no deployment by that name: set the deployment&apos;s own name (Azure portal, Deployments) in Settings → Profiles.</source>
        <translation>Azure 上没有这个名称的部署：请在 设置 → 配置 中填写部署本身的名称（Azure 门户 → 部署）。</translation>
    </message>
    <message>
        <source>This Azure resource refused the api-version: set one it takes in Settings → Profiles, or use its …/openai/v1 URL, which needs none.</source>
        <translation>此 Azure 资源拒绝了该 api-version：请在 设置 → 配置 中填写它支持的版本，或改用它的 …/openai/v1 URL（无需版本）。</translation>
    </message>
    <message>
        <source>Check that the key belongs to this Azure resource and that the base URL is its endpoint (https://NAME.openai.azure.com).</source>
        <translation>请检查密钥是否属于此 Azure 资源，以及基础 URL 是否为其端点（https://NAME.openai.azure.com）。</translation>
    </message>
    <message>
        <source>The gateway has no upstream channel for this model: choose a model its list offers.</source>
        <translation>网关没有该模型的上游渠道：请从它的列表中选择一个模型。</translation>
    </message>
    <message>
        <source>This server sends audio only in streamed replies.</source>
        <translation>此服务器只在流式回复中发送音频。</translation>
    </message>
    <message>
        <source>This model has its own voices: pick one the server names.</source>
        <translation>此模型有自己的音色：请选择服务器列出的音色。</translation>
    </message>
    <message>
        <source>“%1” is an OpenRouter-style model id; %2 wants a plain model name.</source>
        <translation>“%1”是 OpenRouter 风格的模型 ID；%2 需要普通的模型名称。</translation>
    </message>
    <message>
        <source>The key looks like an Alibaba Model Studio key, but the base URL is OpenAI&apos;s: use https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni.</source>
        <translation>密钥看起来是阿里云百炼的密钥，但基础 URL 是 OpenAI 的：Qwen-Omni 请使用 https://dashscope.aliyuncs.com/compatible-mode/v1。</translation>
    </message>
    <message>
        <source>The Azure URL names no deployment: set it in Settings → Profiles.</source>
        <translation>Azure URL 中没有部署名称：请在 设置 → 配置 中填写。</translation>
    </message>
    <message>
        <source>The Azure URL has an empty api-version: set one in Settings → Profiles.</source>
        <translation>Azure URL 的 api-version 为空：请在 设置 → 配置 中填写。</translation>
    </message>
    <message>
        <source>This is not an Azure OpenAI URL Parley knows: give the resource endpoint, …/openai/deployments/NAME or …/openai/v1.</source>
        <translation>这不是 Parley 认识的 Azure OpenAI URL：请填写资源端点、…/openai/deployments/NAME 或 …/openai/v1。</translation>
    </message>
    <message>
        <source>The %1 does not fit this server.</source>
        <translation>%1 不适用于此服务器。</translation>
    </message>
    <message>
        <source>audio only in streamed replies</source>
        <translation>仅在流式回复中提供音频</translation>
    </message>
    <message>
        <source>streamed or whole replies</source>
        <translation>流式或完整回复</translation>
    </message>
    <message>
        <source>by audio id</source>
        <translation>通过音频 ID</translation>
    </message>
    <message>
        <source>as text</source>
        <translation>以文字形式</translation>
    </message>
    <message>
        <source>%1: %2; whole replies in %3.</source>
        <translation>%1：%2；完整回复为 %3。</translation>
    </message>
    <message>
        <source>Voices: %1.</source>
        <translation>音色：%1。</translation>
    </message>
    <message>
        <source>Earlier replies go back %1.</source>
        <translation>之前的回复%1发回。</translation>
    </message>
    <message>
        <source>Prices: the server&apos;s own, as it reports them.</source>
        <translation>价格：以服务器自己报告的为准。</translation>
    </message>
    <message>
        <source>The …/openai/v1 URL answered.</source>
        <translation>…/openai/v1 URL 有响应。</translation>
    </message>
    <message>
        <source>The …/openai/deployments URL answered.</source>
        <translation>…/openai/deployments URL 有响应。</translation>
    </message>
    <message>
        <source>The URL set up did not answer; %1 did: use it as the base URL.</source>
        <translation>所设置的 URL 无响应；%1 有响应：请将其用作基础 URL。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The history cannot be opened ({reason}); this session is not saved.</source>
        <translation>无法打开历史记录（{reason}）；本次会话不会被保存。</translation>
    </message>
</context>
<context>
    <name>AuditionForm</name>
    <message>
        <source>Hello! This is how I sound when I read your words aloud.</source>
        <translation>你好！这就是我朗读你的文字时的声音。</translation>
    </message>
    <message>
        <source>Text to say</source>
        <translation>要朗读的文字</translation>
    </message>
    <message>
        <source>The words every voice should say</source>
        <translation>每个音色都要朗读的文字</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick every voice</source>
        <translation>勾选所有音色</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Untick every voice</source>
        <translation>取消勾选所有音色</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>逐字朗读</translation>
    </message>
    <message>
        <source>Ask the model to say the text verbatim: every voice says the same</source>
        <translation>要求模型逐字朗读文本：每个音色说的内容都相同</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音频格式</translation>
    </message>
    <message>
        <source>Requests at a time</source>
        <translation>同时发出的请求数</translation>
    </message>
    <message>
        <source>Vibes</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>How to speak: tick several to hear a voice in each</source>
        <translation>说话方式：勾选多个，可听到每个音色在每种风格下的效果</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>同时</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>无风格</translation>
    </message>
</context>
<context>
    <name>AuditionHistory</name>
    <message>
        <source>Audition history</source>
        <translation>试听历史</translation>
    </message>
</context>
<context>
    <name>AuditionHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
</context>
<context>
    <name>AuditionPlayer</name>
    <message>
        <source>There is no clip to play yet.</source>
        <translation>还没有可播放的片段。</translation>
    </message>
    <message>
        <source>Play two rows first; A/B then switches between them.</source>
        <translation>请先播放两行；之后 A/B 会在两者之间切换。</translation>
    </message>
</context>
<context>
    <name>AuditionRow</name>
    <message>
        <source>waiting</source>
        <extracomment>How a status reads on a row.</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>requesting…</source>
        <translation>请求中…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新生成</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>not in the text</source>
        <translation>原文中没有</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未说出</translation>
    </message>
    <message>
        <source>Press {key} to play</source>
        <translation>按 {key} 播放</translation>
    </message>
    <message>
        <source>Select row {number} for export</source>
        <translation>选择第 {number} 行以导出</translation>
    </message>
    <message>
        <source>Play row {number}</source>
        <translation>播放第 {number} 行</translation>
    </message>
    <message>
        <source>☆ Use this voice</source>
        <translation>☆ 使用此音色</translation>
    </message>
    <message>
        <source>Use this voice</source>
        <translation>使用此音色</translation>
    </message>
    <message>
        <source>Make this voice the chat&apos;s voice</source>
        <translation>将此音色设为聊天的音色</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry row {number}</source>
        <translation>重试第 {number} 行</translation>
    </message>
    <message>
        <source>Fresh take</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Ask for a fresh take</source>
        <translation>请求重新生成</translation>
    </message>
    <message>
        <source>Ask the server again instead of using the saved clip</source>
        <translation>不使用已保存的片段，重新向服务器请求</translation>
    </message>
    <message>
        <source>Row {number}: {name}</source>
        <translation>第 {number} 行：{name}</translation>
    </message>
    <message>
        <source>New take</source>
        <translation>再生成一版</translation>
    </message>
    <message>
        <source>receiving… {seconds} s</source>
        <translation>接收中… {seconds} 秒</translation>
    </message>
    <message>
        <source>requesting… {seconds} s</source>
        <translation>请求中… {seconds} 秒</translation>
    </message>
    <message>
        <source>words differ</source>
        <translation>文字有出入</translation>
    </message>
    <message>
        <source>★ Chat voice</source>
        <translation>★ 聊天音色</translation>
    </message>
    <message>
        <source>Pause row {number}</source>
        <translation>暂停第 {number} 行</translation>
    </message>
</context>
<context>
    <name>AuditionSession</name>
    <message>
        <source>The audition history cannot be read: {reason}</source>
        <extracomment>Bars of a row&apos;s waveform (the widget scales them to its width). Prices for the run&apos;s cost estimate (the window gives the one reading the settings).</extracomment>
        <translation>无法读取试听历史：{reason}</translation>
    </message>
    <message>
        <source>There is no clip to export yet.</source>
        <translation>还没有可导出的片段。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n clip(s) to {folder}</source>
        <translation>
            <numerusform>已将 %n 个片段导出到 {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: {reason}</source>
        <translation>
            <numerusform>%n 个失败：{reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlindRound</name>
    <message>
        <source>Blind round: run an audition of two voices or more.</source>
        <translation>盲听：请先运行一次包含两个或更多音色的对比。</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>播放 A</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>播放 B</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>排行榜…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>A blind round needs two voices that could be heard.</source>
        <translation>盲听需要两个能听到的音色。</translation>
    </message>
    <message>
        <source>Round %1: listen to A and B, then vote.</source>
        <translation>第 %1 轮：听 A 和 B，然后投票。</translation>
    </message>
    <message>
        <source>You chose A.</source>
        <translation>你选择了 A。</translation>
    </message>
    <message>
        <source>You chose B.</source>
        <translation>你选择了 B。</translation>
    </message>
    <message>
        <source>A tie.</source>
        <translation>平局。</translation>
    </message>
    <message>
        <source>Both bad.</source>
        <translation>都不好。</translation>
    </message>
    <message>
        <source>A was %1, B was %2. %3</source>
        <translation>A 是 %1，B 是 %2。%3</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <source>Endpoint profile</source>
        <translation>端点配置</translation>
    </message>
    <message>
        <source>Which endpoint and key to use</source>
        <translation>要使用的端点和密钥</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model (type any id the endpoint offers)</source>
        <translation>模型（可输入端点提供的任意 ID）</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Voice, or a custom voice id (voice_…)</source>
        <translation>音色，或自定义音色 ID（voice_…）</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音频格式</translation>
    </message>
    <message>
        <source>Format of whole (non-streamed) replies</source>
        <translation>完整（非流式）回复的格式</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>Stream replies</source>
        <translation>流式接收回复</translation>
    </message>
    <message>
        <source>Play replies as they arrive (they stream as pcm16)</source>
        <translation>回复边到边播放（以 pcm16 流式传输）</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <source>Autoplay replies</source>
        <translation>自动播放回复</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>How fast replies play back; the pitch stays the same</source>
        <translation>回复的播放速度；音高保持不变</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>音色(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>streams as pcm16</source>
        <translation>以 pcm16 流式传输</translation>
    </message>
    <message>
        <source>The API streams only pcm16; whole replies come in the chosen format.</source>
        <translation>API 只以 pcm16 流式传输；完整回复使用所选格式。</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>A reply is still on its way: wait for it, or press Esc to stop it.</source>
        <translation>回复仍在路上：请稍候，或按 Esc 停止。</translation>
    </message>
    <message>
        <source>This conversation is not kept in the history: %1</source>
        <extracomment>The stored conversation&apos;s cards: built only for the turns on show.</extracomment>
        <translation>此对话不会保存到历史记录：%1</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>等待回复…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>不完整：回复中断了</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>无音频</translation>
    </message>
    <message>
        <source>This reply&apos;s audio cannot be read: {reason}</source>
        <translation>无法读取此回复的音频：{reason}</translation>
    </message>
    <message>
        <source>speaking…</source>
        <translation>朗读中…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Could not save to the history: {reason}</source>
        <extracomment>How long (seconds) a send in the window&apos;s first moments waits for the connection (the keyring may be slow to answer); after that it fails and says why. The stored reply this request re-voices (the new take is kept beside it). A write of this reply to the history failed (a full disk): it was taken back. Prices for the cost estimates (the window gives the one that reads the settings).</extracomment>
        <translation>无法保存到历史记录：{reason}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>{model} (retired {date})</source>
        <translation>{model} (已于 {date} 停用)</translation>
    </message>
    <message>
        <source>{model} (shuts down {date})</source>
        <translation>{model} (将于 {date} 停用)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Write the text the voices should say.</source>
        <translation>请写下音色要说的文字。</translation>
    </message>
    <message>
        <source>Choose at least one voice.</source>
        <translation>请至少选择一个音色。</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <source>The file name pattern is empty.</source>
        <translation>文件名模式为空。</translation>
    </message>
    <message>
        <source>The file name pattern names a file, not a folder: leave out / and \.</source>
        <translation>文件名模式应是文件名，而不是文件夹：请去掉 / 和 \。</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>对比音色</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ask for every voice x model</source>
        <translation>为每个音色 × 模型发出请求</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>盲听</translation>
    </message>
    <message>
        <source>Hear two voices as A and B, names hidden until you vote</source>
        <translation>以 A 和 B 听两个音色，投票前隐藏名称</translation>
    </message>
    <message>
        <source>Play all in turn</source>
        <translation>依次播放全部</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Switch between the last two rows played, at the same moment</source>
        <translation>在最近播放的两行之间切换，保持同一时间点</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Match loudness</source>
        <translation>统一响度</translation>
    </message>
    <message>
        <source>Play every clip at the same loudness, to compare voices fairly</source>
        <translation>以相同响度播放每个片段，以便公平地对比音色</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>文件名模板</translation>
    </message>
    <message>
        <source>File names from {voice} {model} {ext} {n} {format}</source>
        <translation>文件名可用 {voice} {model} {ext} {n} {format}</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原样</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export the ticked rows</source>
        <translation>导出勾选的行</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Earlier clips</source>
        <translation>以前的片段</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Keys 1-9 play a row</source>
        <translation>按 1-9 播放对应行</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>文件名</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n clip(s)…</source>
        <translation>
            <numerusform>正在请求 %n 个片段…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ready} of %n clip(s) ready ({cached} from the cache)</source>
        <translation>
            <numerusform>%n 个片段中已就绪 {ready} 个（{cached} 个来自缓存）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or stopped</source>
        <translation>
            <numerusform>%n 个失败或已停止</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat now speaks with {voice}.</source>
        <translation>聊天现在使用 {voice} 音色。</translation>
    </message>
    <message>
        <source>Playing {voice} · {model}: “{transcript}”</source>
        <translation>正在播放 {voice} · {model}：“{transcript}”</translation>
    </message>
    <message>
        <source>Tick the rows to export first.</source>
        <translation>请先勾选要导出的行。</translation>
    </message>
    <message>
        <source>There is no clip yet.</source>
        <translation>还没有片段。</translation>
    </message>
    <message>
        <source>Export the clips to a folder</source>
        <translation>将片段导出到文件夹</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Prompt</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the prompt (Ctrl+Enter)</source>
        <translation>发送输入内容（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply and its audio (Esc)</source>
        <translation>停止回复及其音频（Esc）</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ask something… (Ctrl+Enter sends, Enter makes a new line, Esc stops)</source>
        <translation>输入问题…（Ctrl+Enter 发送，Enter 换行，Esc 停止）</translation>
    </message>
    <message>
        <source>Ask something… (Enter sends, Shift+Enter makes a new line, Esc stops)</source>
        <translation>输入问题…（Enter 发送，Shift+Enter 换行，Esc 停止）</translation>
    </message>
    <message>
        <source>Send the prompt (Enter)</source>
        <translation>发送输入内容（Enter）</translation>
    </message>
    <message>
        <source>In the prompt: Ctrl+Enter sends, Enter makes a new line.</source>
        <translation>在输入框中：Ctrl+Enter 发送，Enter 换行。</translation>
    </message>
    <message>
        <source>In the prompt: Enter sends, Shift+Enter makes a new line, Ctrl+Enter also sends.</source>
        <translation>在输入框中：Enter 发送，Shift+Enter 换行，Ctrl+Enter 也可发送。</translation>
    </message>
    <message>
        <source>Write something to send first.</source>
        <translation>请先写点要发送的内容。</translation>
    </message>
    <message>
        <source>Recording thrown away.</source>
        <translation>录音已丢弃。</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it is kept until you press Send.</source>
        <translation>录音达到 {limit} 的上限，已停止；录音会保留到你按下“发送”。</translation>
    </message>
    <message>
        <source>The recording reached the {limit} limit and stopped; it was sent.</source>
        <translation>录音达到 {limit} 的上限，已停止并发送。</translation>
    </message>
    <message>
        <source>A reply is still on its way: your recording is kept; press Send when it is done.</source>
        <translation>回复仍在路上：你的录音已保留；回复完成后按“发送”。</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <source>Context of this conversation</source>
        <translation>此对话的上下文</translation>
    </message>
    <message>
        <source>Latest replies sent back as audio</source>
        <translation>以音频形式发回的最新回复数</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>上下文预算（词元）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Each earlier reply sent back as audio is billed again as audio input (about 20 tokens a second, at the audio input price). Older replies go back as their transcripts. Beyond the budget, the oldest turns are left out.</source>
        <translation>每条以音频形式发回的早先回复都会再次按音频输入计费（约每秒 20 个词元，按音频输入价格）。更早的回复以文字稿发回。超出预算时，最早的消息会被省略。</translation>
    </message>
    <message>
        <source>Latest replies sent as &amp;audio</source>
        <translation>以音频发送的最新回复数(&amp;A)</translation>
    </message>
    <message>
        <source>Context &amp;budget (tokens)</source>
        <translation>上下文预算（词元）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ConversationExportDialog</name>
    <message>
        <source>As received (streamed pcm16 as WAV)</source>
        <translation>原样（流式 pcm16 存为 WAV）</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono)</source>
        <translation>原始 pcm16（24 kHz 单声道）</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>正在检查文件夹…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message numerus="yes">
        <source>The whole conversation (%n turn(s))</source>
        <translation>
            <numerusform>整个对话（%n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the replies ticked below</source>
        <translation>仅下方勾选的回复</translation>
    </message>
    <message>
        <source>Replies to export</source>
        <translation>要导出的回复</translation>
    </message>
    <message>
        <source>(no transcript)</source>
        <translation>（无文字稿）</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>A folder of numbered audio files</source>
        <translation>一个包含编号音频文件的文件夹</translation>
    </message>
    <message>
        <source>A .zip archive of the same</source>
        <translation>同样内容的 .zip 压缩包</translation>
    </message>
    <message>
        <source>One audio file, turns joined by short silences</source>
        <translation>一个音频文件，消息之间以短暂静音相连</translation>
    </message>
    <message>
        <source>Audio format</source>
        <translation>音频格式</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Audio format:</source>
        <translation>音频格式：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>As</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Export as a .zip</source>
        <translation>导出为 .zip</translation>
    </message>
    <message>
        <source>Export as one audio file</source>
        <translation>导出为一个音频文件</translation>
    </message>
    <message>
        <source>Tick at least one reply to export.</source>
        <translation>请至少勾选一条要导出的回复。</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>另一个导出仍在进行；请等待或取消它。</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>正在导出到 {path}…</translation>
    </message>
    <message>
        <source>turn {done} of {total}</source>
        <translation>第 {done} / {total} 条</translation>
    </message>
    <message>
        <source>Exported {seconds} s of audio to {path}.</source>
        <translation>已将 {seconds} 秒音频导出到 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audio file(s), transcript.md and conversation.json to {path}.</source>
        <translation>
            <numerusform>已将 %n 个音频文件、transcript.md 和 conversation.json 导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>无法导出：{reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Show earlier turns</source>
        <translation>显示更早的消息</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <extracomment>The card to keep in view while the cards around it are laid out (see ``scroll_to``).</extracomment>
        <translation>
            <numerusform>显示更早的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Show later turns</source>
        <translation>显示后面的消息</translation>
    </message>
    <message numerus="yes">
        <source>Show %n later turn(s)</source>
        <translation>
            <numerusform>显示后面的 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>text input</source>
        <translation>文字输入</translation>
    </message>
    <message>
        <source>audio input</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>text output</source>
        <translation>文字输出</translation>
    </message>
    <message>
        <source>audio output</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>+ unpriced {kinds}</source>
        <translation>+ 未计价的{kinds}</translation>
    </message>
    <message>
        <source>{figure} (estimate, from the gateway)</source>
        <translation>{figure}（估算，来自网关）</translation>
    </message>
    <message>
        <source>{figure} (estimate)</source>
        <translation>{figure}（估算）</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens (no price known)</source>
        <translation>{kind}：{tokens} 个词元（价格未知）</translation>
    </message>
    <message>
        <source>{kind}: {tokens} tokens × ${rate}/1M = {cost}</source>
        <translation>{kind}：{tokens} 个词元 × ${rate}/百万 = {cost}</translation>
    </message>
    <message>
        <source>the gateway&apos;s own figure: {cost}</source>
        <translation>网关自己给出的金额：{cost}</translation>
    </message>
    <message>
        <source>≈ {cost} spent</source>
        <translation>≈ 花费 {cost}</translation>
    </message>
    <message>
        <source>≈ {cost} saved by the clip cache</source>
        <translation>≈ 片段缓存节省了 {cost}</translation>
    </message>
    <message>
        <source>{costs} (estimates)</source>
        <translation>{costs}（估算）</translation>
    </message>
    <message>
        <source>OpenAI&apos;s model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, gpt-audio-mini), read in November 2026</source>
        <extracomment>core.costs.PRICE_SOURCE, marked for translation (a changed source shows in English).</extracomment>
        <translation>OpenAI 的模型页面（developers.openai.com/api/docs/models/gpt-audio-1.5、gpt-audio、gpt-audio-mini），2026 年 11 月查阅</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Parley is still connecting to the endpoint: send again in a moment.</source>
        <extracomment>What the sessions take: the shared client itself, or a SharedHttp that makes it on demand.</extracomment>
        <translation>Parley 仍在连接端点：请稍后再发送。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Parley will not send your API key over plain http to {host}: use an https:// address (plain http is only allowed for this computer).</source>
        <translation>Parley 不会通过明文 http 把你的 API 密钥发送到 {host}：请使用 https:// 地址（明文 http 只允许用于本机）。</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. Check your network and the base URL.</source>
        <translation>无法连接 {host}：{reason}。请检查网络和基础 URL。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} s; try again later.</source>
        <extracomment>A timeout&apos;s sentences by what the server did not do (core.errors.RequestTimeout&apos;s phase): with the time limit, and without.</extracomment>
        <translation>{host} 上的服务器在 {seconds} 秒内没有应答；请稍后再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not answer; try again later.</source>
        <translation>{host} 上的服务器没有应答；请稍后再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply within {seconds} s; try again later.</source>
        <translation>{host} 上的服务器没有在 {seconds} 秒内发完整个回复；请稍后再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not send the whole reply; try again later.</source>
        <translation>{host} 上的服务器没有发完整个回复；请稍后再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection within {seconds} s; try again later.</source>
        <translation>{host} 上的服务器没有在 {seconds} 秒内接受连接；请稍后再试。</translation>
    </message>
    <message>
        <source>The server at {host} did not accept a connection; try again later.</source>
        <translation>{host} 上的服务器没有接受连接；请稍后再试。</translation>
    </message>
    <message>
        <source>The server sent a reply Parley cannot read: {what}.</source>
        <translation>服务器发来了 Parley 无法读取的回复：{what}。</translation>
    </message>
    <message>
        <source>The reply was cut off after {seconds} s of audio: {reason}.</source>
        <translation>回复在 {seconds} 秒音频后中断：{reason}。</translation>
    </message>
    <message>
        <source>The reply was cut off after a part of the transcript: {reason}.</source>
        <translation>回复在传来部分文字稿后中断：{reason}。</translation>
    </message>
    <message>
        <source>The reply was cut off: {reason}.</source>
        <translation>回复中断了：{reason}。</translation>
    </message>
    <message>
        <source>Parley cannot keep the key in the system keyring ({reason}); it can use the key for this session only.</source>
        <translation>Parley 无法把密钥保存在系统密钥环中（{reason}）；只能在本次会话中使用该密钥。</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>未给出详细信息</translation>
    </message>
    <message>
        <source>in the reply</source>
        <translation>在回复中</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP 401): check the key set for this endpoint.</source>
        <translation>服务器不接受此 API 密钥（HTTP 401）：请检查为此端点设置的密钥。</translation>
    </message>
    <message>
        <source>The server said: “{words}”.</source>
        <translation>服务器的原话：“{words}”。</translation>
    </message>
    <message>
        <source>The server said: “{words}” (behind a gateway, this may be about the gateway&apos;s own key upstream).</source>
        <translation>服务器的原话：“{words}”（如果经过网关，这可能指的是网关自己在上游使用的密钥）。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} (or {instead}) instead.</source>
        <translation>模型“{model}”不可用（{status}）：OpenAI 已于 {date} 停用它。请改用 {default}（或 {instead}）。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; is not available ({status}): OpenAI retired it on {date}. Choose {default} instead.</source>
        <translation>模型“{model}”不可用（{status}）：OpenAI 已于 {date} 停用它。请改用 {default}。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist on this endpoint or this key has no access to it ({status}): {detail}. Choose another model, such as {default}.</source>
        <translation>此端点上不存在模型“{model}”，或此密钥无权使用它（{status}）：{detail}。请选择其他模型，例如 {default}。</translation>
    </message>
    <message>
        <source>This API key has no access to the model &apos;{model}&apos;: {detail}.</source>
        <translation>此 API 密钥无权使用模型“{model}”：{detail}。</translation>
    </message>
    <message>
        <source>This API key has no access to the model: {detail}.</source>
        <translation>此 API 密钥无权使用该模型：{detail}。</translation>
    </message>
    <message>
        <source>The server refused the request{where}: {detail}.</source>
        <translation>服务器拒绝了请求{where}：{detail}。</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): {detail}. Check the base URL and the model name.</source>
        <translation>未找到（HTTP 404）：{detail}。请检查基础 URL 和模型名称。</translation>
    </message>
    <message>
        <source>The account behind this key has run out of quota: {detail}.</source>
        <translation>此密钥所属账户的额度已用完：{detail}。</translation>
    </message>
    <message>
        <source>Rate limited by the server: {detail}. Wait a moment and try again.</source>
        <translation>服务器限制了请求频率：{detail}。请稍候再试。</translation>
    </message>
    <message>
        <source>The server had a problem ({status}): {detail}. Try again later.</source>
        <translation>服务器出现问题（{status}）：{detail}。请稍后再试。</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}): {detail}.</source>
        <translation>服务器返回了错误（{status}）：{detail}。</translation>
    </message>
    <message>
        <source>Parley could not play sound on “{name}”; check that the device is connected and the sound server is running.</source>
        <extracomment>What a device failed to do (app.audio.devices.device_error&apos;s action), with and without the device&apos;s name.</extracomment>
        <translation>Parley 无法在“{name}”上播放声音；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Parley could not play sound; check that the device is connected and the sound server is running.</source>
        <translation>Parley 无法播放声音；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley 无法通过“{name}”聆听麦克风；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Parley could not listen to the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley 无法聆听麦克风；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone on “{name}”; check that the device is connected and the sound server is running.</source>
        <translation>Parley 无法通过“{name}”上的麦克风录音；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Parley could not record from the microphone; check that the device is connected and the sound server is running.</source>
        <translation>Parley 无法通过麦克风录音；请检查设备是否已连接、声音服务器是否在运行。</translation>
    </message>
    <message>
        <source>Sound is unavailable: the PortAudio library is not installed on this system.</source>
        <translation>无法使用声音：此系统未安装 PortAudio 库。</translation>
    </message>
    <message>
        <source>The sound system could not be queried ({reason}).</source>
        <translation>无法查询声音系统（{reason}）。</translation>
    </message>
    <message>
        <source>No audio output device was found; check that a sound server or sound card is available.</source>
        <translation>没有找到音频输出设备；请检查是否有声音服务器或声卡。</translation>
    </message>
    <message>
        <source>No microphone (audio input) device was found; check that a sound server or sound card is available.</source>
        <translation>没有找到麦克风（音频输入）设备；请检查是否有声音服务器或声卡。</translation>
    </message>
    <message>
        <source>The audio output device “{name}” is not available; choose another one in Settings.</source>
        <translation>音频输出设备“{name}”不可用；请在设置中选择其他设备。</translation>
    </message>
    <message>
        <source>The microphone (audio input) device “{name}” is not available; choose another one in Settings.</source>
        <translation>麦克风（音频输入）设备“{name}”不可用；请在设置中选择其他设备。</translation>
    </message>
    <message>
        <source>The audio output device “{name}” has not answered for {seconds} seconds; playback is paused where it was. Press Play to go on.</source>
        <translation>音频输出设备“{name}”已有 {seconds} 秒没有响应；播放已在当前位置暂停。按“播放”继续。</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped delivering sound.</source>
        <translation>麦克风“{name}”不再传来声音。</translation>
    </message>
    <message>
        <source>This endpoint sends {model}&apos;s replies streamed only: asked for a streamed reply (remembered for this endpoint).</source>
        <translation>此端点只以流式发送 {model} 的回复：已改为请求流式回复（已为此端点记住）。</translation>
    </message>
    <message>
        <source>This model sends whole replies ({model}): asked for the whole reply in {format} (remembered for this endpoint).</source>
        <translation>此模型只发送完整回复（{model}）：已改为请求 {format} 格式的完整回复（已为此端点记住）。</translation>
    </message>
    <message>
        <source>Skipped an unreadable event from the server; the reply may have a gap.</source>
        <translation>跳过了服务器发来的一个无法读取的事件；回复可能有缺漏。</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>服务器拒绝了此 API 密钥。</translation>
    </message>
    <message>
        <source>The server does not know the realtime model {model}.</source>
        <translation>服务器不认识实时模型 {model}。</translation>
    </message>
    <message>
        <source>The server refused the session&apos;s shape (it wants the current Realtime API, without the beta header).</source>
        <translation>服务器拒绝了会话的格式（它要求使用当前的 Realtime API，不带 beta 头）。</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached: wait a moment and resume.</source>
        <translation>已达到服务器的速率限制：请稍等片刻再继续。</translation>
    </message>
    <message>
        <source>This server does not speak the Realtime API. Talk mode&apos;s Chat Completions engine works with it: turn Realtime off.</source>
        <translation>此服务器不支持 Realtime API。交谈模式的 Chat Completions 引擎可以使用它：请关闭“实时”。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Could not reach the server for a realtime session.</source>
        <translation>无法连接服务器以进行实时会话。</translation>
    </message>
    <message>
        <source>The server ended the realtime session.</source>
        <translation>服务器结束了实时会话。</translation>
    </message>
    <message>
        <source>The microphone “{name}” went away (unplugged or switched off); the sound server now offers “{now}”.</source>
        <extracomment>The listener&apos;s own failures, by the AudioDeviceError kind it reports.</extracomment>
        <translation>麦克风“{name}”已消失（被拔出或关闭）；声音服务器现在提供的是“{now}”。</translation>
    </message>
    <message>
        <source>The sound server went away, and the microphone “{name}” with it (stopped or restarting).</source>
        <translation>声音服务器已消失，麦克风“{name}”也随之消失（已停止或正在重启）。</translation>
    </message>
    <message>
        <source>Listening stopped: {reason}</source>
        <translation>聆听已停止：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 音频 (*.mp3)</translation>
    </message>
    <message>
        <source>FLAC audio (*.flac)</source>
        <translation>FLAC 音频 (*.flac)</translation>
    </message>
    <message>
        <source>Opus audio (*.opus *.ogg)</source>
        <translation>Opus 音频 (*.opus *.ogg)</translation>
    </message>
    <message>
        <source>Raw pcm16, 24 kHz mono (*.pcm)</source>
        <translation>原始 pcm16，24 kHz 单声道 (*.pcm)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Parley cannot save audio as {format}.</source>
        <translation>Parley 无法将音频保存为 {format}。</translation>
    </message>
    <message>
        <source>“{path}” is a folder; choose a file name to save to.</source>
        <translation>“{path}”是一个文件夹；请选择要保存到的文件名。</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name.</source>
        <translation>{folder} 中已存在“{name}”；请换一个名称。</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}; choose another name or allow replacing it.</source>
        <translation>{folder} 中已存在“{name}”；请换一个名称，或允许替换它。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to save “{name}”.</source>
        <translation>{folder} 的可用空间不足，无法保存“{name}”。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another place to save.</source>
        <translation>文件夹 {folder} 是只读的；请选择其他保存位置。</translation>
    </message>
    <message>
        <source>Parley is not allowed to write in {folder}; choose another folder.</source>
        <translation>Parley 无权写入 {folder}；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The file name “{name}” is too long.</source>
        <translation>文件名“{name}”太长。</translation>
    </message>
    <message>
        <source>“{name}” could not be saved in {folder} ({reason}).</source>
        <translation>无法将“{name}”保存到 {folder}（{reason}）。</translation>
    </message>
    <message>
        <source>The audio of turn {number} could not be saved: {reason}</source>
        <translation>第 {number} 条消息的音频无法保存：{reason}</translation>
    </message>
    <message>
        <source>There is no audio to save in what was chosen.</source>
        <translation>所选内容中没有可保存的音频。</translation>
    </message>
    <message>
        <source>The audio could not be read or converted.</source>
        <translation>无法读取或转换该音频。</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk.</source>
        <translation>磁盘可用空间不足。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>磁盘是只读的。</translation>
    </message>
    <message>
        <source>Parley is not allowed to open this file.</source>
        <translation>Parley 无权打开此文件。</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <source>The disk could not be read.</source>
        <translation>无法读取磁盘。</translation>
    </message>
</context>
<context>
    <name>HistoryBridge</name>
    <message>
        <source>The export failed: {reason}.</source>
        <extracomment>Most search hits listed at once. None until the window&apos;s start has opened the history (or when it cannot be opened: then every request is quietly not answered; the window says why once).</extracomment>
        <translation>导出失败：{reason}。</translation>
    </message>
    <message>
        <source>The history could not be used: {reason}.</source>
        <translation>无法使用历史记录：{reason}。</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history folder %1 cannot be written: you can read and export the history, but new conversations are not kept.</source>
        <translation>无法写入历史记录文件夹 %1：你可以阅读和导出历史记录，但新的对话不会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>The history was damaged. The damaged file is kept as %1; %n conversation(s) were saved into a new history.</source>
        <translation>
            <numerusform>历史记录已损坏。损坏的文件保存为 %1；%n 个对话已保存到新的历史记录中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The item&apos;s text without its cost (added when the usages are read). Wait this long after the last key before searching (ms).</extracomment>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>No turns match “{text}”.</source>
        <translation>没有消息匹配“{text}”。</translation>
    </message>
    <message>
        <source>First {shown} of {total} turns match “{text}”.</source>
        <translation>匹配“{text}”的 {total} 条消息中的前 {shown} 条。</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search prompts and transcripts</source>
        <translation>搜索输入内容和文字稿</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Conversations, most recently used first</source>
        <translation>对话（最近使用的在前）</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” and its audio for good? This cannot be undone.</source>
        <translation>永久删除“{title}”及其音频？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The conversation was deleted.</source>
        <translation>对话已删除。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>turn {number}</source>
        <translation>第 {number} 条</translation>
    </message>
    <message>
        <source>There is nothing to export yet: this conversation has no turns.</source>
        <translation>还没有可导出的内容：此对话没有消息。</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The key is used for this session only.</source>
        <translation>该密钥仅在本次会话中使用。</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Voice and model</source>
        <translation>音色和模型</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>负</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) kept.</source>
        <translation>
            <numerusform>已保存 %n 票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <extracomment>The meter shows -60..0 dBFS.</extracomment>
        <translation>麦克风音量</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;selected replies…</source>
        <translation>导出所选回复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename conversation…</source>
        <translation>重命名对话(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete conversation…</source>
        <translation>删除对话(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;podcast…</source>
        <translation>导出为播客(&amp;P)…</translation>
    </message>
    <message>
        <source>Narrate a &amp;script…</source>
        <translation>朗读文稿(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Try the offline &amp;demo</source>
        <translation>试用离线演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op the reply</source>
        <translation>停止回复(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Record a voice message</source>
        <translation>录制语音消息(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Talk hands-free</source>
        <translation>免提交谈(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mute the microphone</source>
        <translation>麦克风静音(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Focus the &amp;prompt</source>
        <translation>聚焦到输入框(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare voices</source>
        <translation>对比音色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>关于 Parley(&amp;A)</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>Export as podcast</source>
        <translation>导出为播客</translation>
    </message>
    <message>
        <source>This conversation has no audio yet to make a podcast of.</source>
        <translation>此对话还没有可制作播客的音频。</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>关于 Parley</translation>
    </message>
    <message>
        <source>&lt;p&gt;Talk with audio-capable chat models.&lt;/p&gt;&lt;p&gt;MIT licensed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与支持音频的聊天模型对话。&lt;/p&gt;&lt;p&gt;采用 MIT 许可证。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Offline demo: replies come from Parley&apos;s built-in demo server, not a real model.</source>
        <translation>离线演示：回复来自 Parley 内置的演示服务器，而不是真实的模型。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>The window&apos;s first frame has been painted (emitted once, on the loop&apos;s next turn).</extracomment>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>历史记录问题</translation>
    </message>
    <message>
        <source>Using the key in OPENAI_API_KEY for this session.</source>
        <translation>本次会话使用 OPENAI_API_KEY 中的密钥。</translation>
    </message>
    <message>
        <source>Offline demo running at {url}</source>
        <translation>离线演示运行于 {url}</translation>
    </message>
    <message>
        <source>Chat and voice comparison</source>
        <translation>聊天与音色对比</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Compare voices</source>
        <translation>对比音色</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Time recorded</source>
        <translation>已录制时长</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● 录音</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Record a voice message (or hold Ctrl+Space)</source>
        <translation>录制语音消息（或按住 Ctrl+Space）</translation>
    </message>
    <message>
        <source>● Opening…</source>
        <translation>● 正在打开…</translation>
    </message>
    <message>
        <source>Opening the microphone</source>
        <translation>正在打开麦克风</translation>
    </message>
    <message>
        <source>■ Send</source>
        <translation>■ 发送</translation>
    </message>
    <message>
        <source>Stop and send</source>
        <translation>停止并发送</translation>
    </message>
    <message>
        <source>Stop recording and send it (Esc throws it away)</source>
        <translation>停止录音并发送（按 Esc 丢弃）</translation>
    </message>
    <message>
        <source>■ Sending…</source>
        <translation>■ 正在发送…</translation>
    </message>
    <message>
        <source>Finishing the recording</source>
        <translation>正在完成录音</translation>
    </message>
</context>
<context>
    <name>NarrateDialog</name>
    <message>
        <source>Narrate a script</source>
        <translation>朗读文稿</translation>
    </message>
    <message>
        <source>Choose a script</source>
        <translation>选择文稿</translation>
    </message>
    <message>
        <source>Text (*.txt *.md);;All files (*)</source>
        <translation>文本 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a script…</source>
        <translation>选择文稿…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Paragraphs done</source>
        <translation>已完成的段落</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>文稿</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>There is no script at %1.</source>
        <translation>%1 处没有文稿。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); save it as UTF-8.</source>
        <translation>%1 不是 UTF-8 文本（第 %2 行）；请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <source>%1 has nothing to read: it is empty or only blank lines.</source>
        <translation>%1 没有可朗读的内容：它是空的或只有空行。</translation>
    </message>
    <message>
        <source>Save the narration in</source>
        <translation>朗读保存到</translation>
    </message>
    <message>
        <source>Choose a script: paragraphs separated by blank lines.</source>
        <translation>选择文稿：段落之间用空行分隔。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 if none is done yet</source>
        <translation>若尚未完成任何段落，约 %1</translation>
    </message>
    <message>
        <source>Parley is not connected to an endpoint yet.</source>
        <translation>Parley 尚未连接到端点。</translation>
    </message>
    <message>
        <source>Narrating…</source>
        <translation>正在朗读…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n piece(s) left; start again to do them.</source>
        <translation>
            <numerusform>已停止：还剩 %n 段；再次开始即可完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed; start again to retry them.</source>
        <translation>
            <numerusform>%n 段失败；再次开始即可重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The joined file could not be made: %1</source>
        <translation>无法生成合并文件：%1</translation>
    </message>
    <message>
        <source>Done: %1, with a chapter per paragraph and captions.</source>
        <translation>完成：%1，每个段落一个章节，并附字幕。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新生成</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>from the clip cache</source>
        <translation>来自片段缓存</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>已重新请求</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>This reply&apos;s audio cannot be played: {reason}</source>
        <extracomment>How fast whole clips play (the pitch kept); ``_key_speed``: the loaded clip&apos;s.</extracomment>
        <translation>无法播放此回复的音频：{reason}</translation>
    </message>
</context>
<context>
    <name>PodcastDialog</name>
    <message>
        <source>Export as podcast</source>
        <translation>导出为播客</translation>
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
        <translation>无字幕</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>One file with a chapter per turn, a short gap between turns, every turn at the same loudness, and captions beside it.</source>
        <translation>一个文件，每条消息一个章节，消息之间有短暂间隔，每条消息响度一致，并在旁边附字幕。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Turn {n}</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chapter(s), %1 min, to %2.</source>
        <translation>
            <numerusform>已导出 %n 个章节，%1 分钟，到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions: %1.</source>
        <translation>字幕：%1。</translation>
    </message>
    <message>
        <source>Left out (audio missing): turn %1.</source>
        <translation>已跳过（缺少音频）：第 %1 条消息。</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>Text in</source>
        <translation>文字输入</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>文字输出</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>Cached in</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Prices of the profile</source>
        <translation>此配置的价格</translation>
    </message>
    <message>
        <source>Prices per 1M tokens</source>
        <translation>每百万词元的价格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>another model id</source>
        <translation>其他模型 ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Use the published prices</source>
        <translation>使用公布的价格</translation>
    </message>
    <message>
        <source>Forget your prices for the selected model on this profile</source>
        <translation>清除你为此配置中所选模型设置的价格</translation>
    </message>
    <message>
        <source>US dollars per 1M tokens; every cost Parley shows is an estimate. An empty cell uses the published price ({source}); where none is published, those tokens are shown without a figure. Cached input without a price of its own is priced as text input. A gateway&apos;s own cost (usage.cost) wins over these.</source>
        <translation>单位为美元/百万词元；Parley 显示的所有费用都是估算。空白单元格使用公布的价格（{source}）；没有公布价格时，这些词元不显示金额。没有单独价格的缓存输入按文字输入计价。网关自己给出的费用（usage.cost）优先于这里的价格。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>你的价格</translation>
    </message>
    <message>
        <source>published price</source>
        <translation>公布的价格</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>That recording was too short to send: keep recording (or hold Ctrl+Space) while you speak.</source>
        <extracomment>Shorter recordings are not sent (a tap of the button or of Ctrl+Space).</extracomment>
        <translation>录音太短，无法发送：说话时请保持录音（或按住 Ctrl+Space）。</translation>
    </message>
    <message>
        <source>The microphone gave only silence: check that it is not muted and that Parley is allowed to use it.</source>
        <translation>麦克风只传来静音：请检查它没有被静音，并且 Parley 有权使用它。</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound; the recording was not sent.</source>
        <translation>麦克风不再传来声音；录音未发送。</translation>
    </message>
    <message>
        <source>Parley could not open the microphone.</source>
        <extracomment>The length limit of the current (or last) recording, in seconds.</extracomment>
        <translation>Parley 无法打开麦克风。</translation>
    </message>
    <message>
        <source>Parley could not finish the recording.</source>
        <translation>Parley 无法完成录音。</translation>
    </message>
</context>
<context>
    <name>ReplyCard</name>
    <message>
        <source>Audio as received</source>
        <extracomment>Export menu entries: (label, format key). &quot;original&quot; keeps the server&apos;s bytes (a streamed reply&apos;s raw pcm16 as a WAV file of the same samples); &quot;text&quot; is the transcript.</extracomment>
        <translation>原样音频</translation>
    </message>
    <message>
        <source>Audio as WAV</source>
        <translation>WAV 音频</translation>
    </message>
    <message>
        <source>Audio as MP3</source>
        <translation>MP3 音频</translation>
    </message>
    <message>
        <source>Audio as FLAC</source>
        <translation>FLAC 音频</translation>
    </message>
    <message>
        <source>Audio as Opus</source>
        <translation>Opus 音频</translation>
    </message>
    <message>
        <source>Raw pcm16 (24 kHz mono, no header)</source>
        <translation>原始 pcm16（24 kHz 单声道，无文件头）</translation>
    </message>
    <message>
        <source>Transcript as text</source>
        <translation>文字稿（文本）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Token usage</source>
        <translation>词元用量</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Play reply</source>
        <translation>播放回复</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Takes of this reply</source>
        <translation>此回复的各个版本</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>复制文字稿</translation>
    </message>
    <message>
        <source>Say it again in another voice</source>
        <translation>换个音色再说一遍</translation>
    </message>
    <message>
        <source>Say it again in…</source>
        <translation>换个音色再说…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音色</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Audio format of the reply</source>
        <translation>回复的音频格式</translation>
    </message>
    <message>
        <source>Reply in {voice}</source>
        <translation>{voice} 音色的回复</translation>
    </message>
    <message>
        <source>An estimate. Prices: {source}, or your own (Settings → Prices).</source>
        <translation>这是估算。价格来源：{source}，或你自己设置的价格（设置 → 价格）。</translation>
    </message>
    <message>
        <source>out: {audio} audio + {text} text tokens · in: {prompt}</source>
        <translation>输出：音频 {audio} + 文字 {text} · 输入：{prompt}</translation>
    </message>
    <message>
        <source>Prompt: {prompt} tokens ({prompt_audio} audio, {prompt_text} text)
Reply: {reply} tokens ({reply_audio} audio, {reply_text} text)</source>
        <translation>输入：{prompt} 个词元（音频 {prompt_audio}，文字 {prompt_text}）
回复：{reply} 个词元（音频 {reply_audio}，文字 {reply_text}）</translation>
    </message>
    <message>
        <source>Pause reply</source>
        <translation>暂停回复</translation>
    </message>
</context>
<context>
    <name>ReplyCosts</name>
    <message>
        <source>Estimated cost</source>
        <translation>估算费用</translation>
    </message>
    <message>
        <source>Context of this conversation</source>
        <translation>此对话的上下文</translation>
    </message>
    <message>
        <source>How many latest replies go back as audio, and the context budget</source>
        <translation>有多少条最新回复以音频形式发回，以及上下文预算</translation>
    </message>
    <message>
        <source>Could not keep the context setting: {reason}</source>
        <translation>无法保存上下文设置：{reason}</translation>
    </message>
    <message>
        <source>Context: {audio} as audio, budget {budget} tokens</source>
        <translation>上下文：{audio} 条为音频，预算 {budget} 词元</translation>
    </message>
    <message>
        <source>Context: {audio} as audio</source>
        <translation>上下文：{audio} 条为音频</translation>
    </message>
    <message>
        <source>This conversation {cost}</source>
        <translation>此对话 {cost}</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens, {audio} of them audio</source>
        <translation>下一次请求：约 {tokens} 个输入词元，其中 {audio} 个为音频</translation>
    </message>
    <message>
        <source>Next request: ~{tokens} input tokens</source>
        <translation>下一次请求：约 {tokens} 个输入词元</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier turn(s) left out (context budget)</source>
        <translation>
            <numerusform>省略了 %n 条更早的消息（上下文预算）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from the token counts and the prices of the model picked: {source}, or your own (Settings → Prices).</source>
        <translation>根据词元数和所选模型的价格估算：{source}，或你自己设置的价格（设置 → 价格）。</translation>
    </message>
</context>
<context>
    <name>ReplyExport</name>
    <message>
        <source>Export reply</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>无法导出：{reason}</translation>
    </message>
</context>
<context>
    <name>ReplySlot</name>
    <message>
        <source>Take {number}: {voice}</source>
        <extracomment>Transcript pieces not yet shown on the card.</extracomment>
        <translation>版本 {number}：{voice}</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>Server kind</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <source>Azure deployment</source>
        <translation>Azure 部署</translation>
    </message>
    <message>
        <source>the deployment&apos;s name (else the model)</source>
        <translation>部署的名称（否则使用模型）</translation>
    </message>
    <message>
        <source>Azure api-version</source>
        <translation>Azure api-version</translation>
    </message>
    <message>
        <source>Send earlier replies as text</source>
        <translation>以文字形式发送之前的回复</translation>
    </message>
    <message>
        <source>Earlier replies go back as their transcripts, not by audio id: for servers that cannot take an audio id back, or drop it on the way.</source>
        <translation>之前的回复以其文字稿发回，而不是通过音频 ID：适用于无法接收音频 ID 或会在途中丢弃它的服务器。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API 版本(&amp;V)</translation>
    </message>
    <message>
        <source>Told from the URL: %1.</source>
        <translation>根据 URL 判断：%1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>the OS keyring</source>
        <extracomment>What kind of server is there, with Azure&apos;s details (see app.core.servers). The window&apos;s language (&quot;&quot; follows the system; see app.runtime.i18n). The user&apos;s prices: profile -&gt; model -&gt; field -&gt; USD per 1M tokens (Settings.prices). Where keys may be kept (core.secrets), named in the user&apos;s language.</extracomment>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>Secret Service 密钥环（GNOME 密钥环或 KWallet）</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>nowhere (no system keyring)</source>
        <translation>无处（没有系统密钥环）</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>仅本次会话（不保存）</translation>
    </message>
    <message>
        <source>Parley settings</source>
        <translation>Parley 设置</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>音频(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;rices</source>
        <translation>价格(&amp;R)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>清除密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>基础 URL(&amp;U)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>输出设备</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Longest recording in seconds</source>
        <translation>最长录音时长（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A recording stops here and is sent</source>
        <translation>录音到此时长会停止并发送</translation>
    </message>
    <message>
        <source>&amp;Output device</source>
        <translation>输出设备(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Input device (microphone)</source>
        <translation>输入设备（麦克风）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Longest recording</source>
        <translation>最长录音(&amp;L)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Stream replies (as pcm16)</source>
        <translation>流式接收回复（pcm16）</translation>
    </message>
    <message>
        <source>Play replies as they arrive</source>
        <translation>回复边到边播放</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter makes a new line)</source>
        <translation>用 Ctrl+Enter 发送（Enter 换行）</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter</source>
        <translation>用 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when Parley starts again.</source>
        <translation>重新启动 Parley 后语言才会更改。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>默认模型(&amp;M)</translation>
    </message>
    <message>
        <source>Default &amp;voice</source>
        <translation>默认音色(&amp;V)</translation>
    </message>
    <message>
        <source>Default &amp;format</source>
        <translation>默认格式(&amp;F)</translation>
    </message>
    <message>
        <source>stored in {place}</source>
        <translation>保存在{place}中</translation>
    </message>
    <message>
        <source>Keys are kept in {place}, never in a file. Leave empty to keep the stored key.</source>
        <translation>密钥保存在{place}中，从不写入文件。留空则保留已存储的密钥。</translation>
    </message>
    <message>
        <source>Profile {number}</source>
        <translation>配置 {number}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>More keys</source>
        <translation>其他按键</translation>
    </message>
</context>
<context>
    <name>SpeedButton</name>
    <message>
        <source>Playback speed of this reply</source>
        <translation>此回复的播放速度</translation>
    </message>
    <message>
        <source>Play this reply faster or slower (the pitch stays)</source>
        <translation>加快或放慢此回复的播放（音高不变）</translation>
    </message>
    <message>
        <source>The chat&apos;s speed</source>
        <translation>聊天的速度</translation>
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
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>模型应该如何表现（可选）</translation>
    </message>
    <message>
        <source>System prompt presets</source>
        <translation>系统提示词预设</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Use the chosen preset as the system prompt</source>
        <translation>将所选预设用作系统提示词</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Apply preset</source>
        <translation>应用预设</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>重命名预设</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>The prompt in effect for this conversation:</source>
        <translation>此对话当前生效的提示词：</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Save system prompt as</source>
        <translation>将系统提示词另存为</translation>
    </message>
    <message>
        <source>Replace the preset “{name}”?</source>
        <translation>替换预设“{name}”？</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>删除预设“{name}”？</translation>
    </message>
</context>
<context>
    <name>TalkBar</name>
    <message>
        <source>Opening the microphone…</source>
        <translation>正在打开麦克风…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>听到你了</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>正在说话</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>交谈</translation>
    </message>
    <message>
        <source>Talk hands-free</source>
        <translation>免提交谈</translation>
    </message>
    <message>
        <source>A hands-free voice conversation (Ctrl+T; Esc ends it)</source>
        <translation>免提语音交谈（Ctrl+T；按 Esc 结束）</translation>
    </message>
    <message>
        <source>Talk state</source>
        <translation>交谈状态</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute the microphone</source>
        <translation>将麦克风静音</translation>
    </message>
    <message>
        <source>Stop listening without leaving talk mode (M)</source>
        <translation>停止聆听但不退出交谈模式（M）</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>耳机</translation>
    </message>
    <message>
        <source>Headphones: no echo cancellation</source>
        <translation>耳机：不进行回声消除</translation>
    </message>
    <message>
        <source>With headphones the reply cannot reach the microphone: echo cancellation is off</source>
        <translation>戴耳机时回复不会传入麦克风：回声消除关闭</translation>
    </message>
    <message>
        <source>Pause that sends what you said, in seconds</source>
        <translation>发送所说内容前的停顿（秒）</translation>
    </message>
    <message>
        <source>How long a pause ends what you say and sends it</source>
        <translation>停顿多久算说完并发送</translation>
    </message>
    <message>
        <source> s pause sends</source>
        <translation> 秒停顿后发送</translation>
    </message>
    <message>
        <source>Realtime</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Talk over the Realtime API</source>
        <translation>通过 Realtime API 交谈</translation>
    </message>
    <message>
        <source>One live connection: the server hears you as you speak and answers at once (Realtime API). Off: each thing you say is sent after the pause.</source>
        <translation>一条实时连接：服务器在你说话时就能听到并立即回答（Realtime API）。关闭时：你说的每段话在停顿后发送。</translation>
    </message>
    <message>
        <source>Talk mode message</source>
        <translation>交谈模式消息</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume talking</source>
        <translation>继续交谈</translation>
    </message>
    <message>
        <source>End talk</source>
        <translation>结束交谈</translation>
    </message>
</context>
<context>
    <name>TalkBridge</name>
    <message>
        <source>Talk mode stopped after an error.</source>
        <translation>交谈模式因错误而停止。</translation>
    </message>
</context>
<context>
    <name>TalkMode</name>
    <message>
        <source>interrupted: what you heard of it went back to the model</source>
        <translation>已打断：你听到的部分已发回给模型</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <extracomment>The realtime models the endpoint lists (the first is used), as last listed.</extracomment>
        <translation>等待回复…</translation>
    </message>
    <message>
        <source>partial: the reply broke off</source>
        <translation>不完整：回复中断了</translation>
    </message>
    <message>
        <source>interrupted before it began</source>
        <translation>开始前就被打断</translation>
    </message>
    <message>
        <source>What you said is kept: Retry sends it.</source>
        <translation>你说的内容已保留：点“重试”即可发送。</translation>
    </message>
</context>
<context>
    <name>TurnExport</name>
    <message>
        <source>There is no audio to save.</source>
        <extracomment>The transcript as text, beside the audio formats and &quot;original&quot;.</extracomment>
        <translation>没有可保存的音频。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Recording as recorded (original bytes)</source>
        <extracomment>Export menu entries for a recording: (label, format key); &quot;original&quot; keeps the bytes recorded.</extracomment>
        <translation>原始录音（原始字节）</translation>
    </message>
    <message>
        <source>Recording as WAV</source>
        <translation>WAV 录音</translation>
    </message>
    <message>
        <source>Recording as MP3</source>
        <translation>MP3 录音</translation>
    </message>
    <message>
        <source>Recording as FLAC</source>
        <translation>FLAC 录音</translation>
    </message>
    <message>
        <source>Recording as Opus</source>
        <translation>Opus 录音</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Play your recording</source>
        <translation>播放你的录音</translation>
    </message>
    <message>
        <source>Play / pause your recording (Space)</source>
        <translation>播放 / 暂停你的录音（空格）</translation>
    </message>
    <message>
        <source>Your recording (click to seek)</source>
        <translation>你的录音（点击跳转）</translation>
    </message>
    <message>
        <source>Duration of your recording</source>
        <translation>你的录音时长</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>导出你的录音</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Pause your recording</source>
        <translation>暂停你的录音</translation>
    </message>
</context>
<context>
    <name>UserCards</name>
    <message>
        <source>Your recording cannot be read: {reason}</source>
        <extracomment>Bars computed for a recording&apos;s waveform (the view spreads them over its width).</extracomment>
        <translation>无法读取你的录音：{reason}</translation>
    </message>
    <message>
        <source>Export your recording</source>
        <translation>导出你的录音</translation>
    </message>
    <message>
        <source>Could not export your recording: {reason}</source>
        <translation>无法导出你的录音：{reason}</translation>
    </message>
</context>
<context>
    <name>VibePicker</name>
    <message>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation>欢快</translation>
    </message>
    <message>
        <source>Newscaster</source>
        <translation>新闻播音员</translation>
    </message>
    <message>
        <source>Storyteller</source>
        <translation>讲故事的人</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡前</translation>
    </message>
    <message>
        <source>Sports commentator</source>
        <translation>体育解说员</translation>
    </message>
    <message>
        <source>Noir detective</source>
        <translation>黑色侦探</translation>
    </message>
    <message>
        <source>Patient teacher</source>
        <translation>耐心的老师</translation>
    </message>
    <message>
        <source>Vibe</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>How the voice speaks: affect, tone, pacing, emotion…</source>
        <translation>说话方式：情感、语气、节奏、情绪…</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Shuffle the vibe</source>
        <translation>随机选择风格</translation>
    </message>
    <message>
        <source>No vibe</source>
        <translation>无风格</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform (click to seek)</source>
        <translation>波形（点击跳转）</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Parley</source>
        <translation>欢迎使用 Parley</translation>
    </message>
    <message>
        <source>Parley needs an API key for an OpenAI-compatible endpoint with audio models. No key yet? Try the offline demo: a built-in local server with simple rule-based replies spoken by an offline voice, so you can try every feature.</source>
        <translation>Parley 需要一个提供音频模型的 OpenAI 兼容端点的 API 密钥。还没有密钥？试试离线演示：一个内置的本地服务器，用离线语音朗读简单的规则式回复，让你体验每一项功能。</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>Enter an API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>输入 API 密钥</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}). The details are in {1}.</source>
        <extracomment>How long an unexpected error stays said in the status bar.</extracomment>
        <translation>Parley 内部出现了意外错误（{0}）。详细信息见 {1}。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Parley ({0}).</source>
        <translation>Parley 内部出现了意外错误（{0}）。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Could not save the settings: {0}</source>
        <translation>无法保存设置：{0}</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Ctrl+Enter.</source>
        <translation>说点什么开始吧：在下方输入并按 Ctrl+Enter。</translation>
    </message>
    <message>
        <source>Say something to start: write below and press Enter.</source>
        <translation>说点什么开始吧：在下方输入并按 Enter。</translation>
    </message>
    <message>
        <source>Hold Ctrl+Space to record a voice message while the key is down.</source>
        <translation>按住 Ctrl+Space 录制语音消息，松开即结束。</translation>
    </message>
    <message>
        <source>On a reply: Space plays or pauses it; Tab moves between replies.</source>
        <translation>在回复上：Space 播放或暂停；Tab 在回复之间移动。</translation>
    </message>
    <message>
        <source>Talk mode on: speak, then pause.</source>
        <translation>交谈模式已开启：说话，然后停顿。</translation>
    </message>
    <message>
        <source>Talk mode ended.</source>
        <translation>交谈模式已结束。</translation>
    </message>
    <message>
        <source>Reply received: %1</source>
        <translation>已收到回复：%1</translation>
    </message>
    <message>
        <source>Reply received.</source>
        <translation>已收到回复。</translation>
    </message>
</context>
<context>
    <name>_Found</name>
    <message numerus="yes">
        <source>%n turn(s) match “{text}”.</source>
        <translation>
            <numerusform>%n 条消息匹配“{text}”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plural</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>已连接到 %1：%n 个模型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out to keep within the context budget of {budget} tokens.</source>
        <translation>
            <numerusform>为保持在 {budget} 个词元的上下文预算内，省略了 %n 条更早的消息。</numerusform>
        </translation>
    </message>
</context>
</TS>
