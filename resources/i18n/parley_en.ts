<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditionSession</name>
    <message numerus="yes">
        <source>Exported %n clip(s) to {folder}</source>
        <translation>
            <numerusform>Exported %n clip to {folder}</numerusform>
            <numerusform>Exported %n clips to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: {reason}</source>
        <translation>
            <numerusform>%n failed: {reason}</numerusform>
            <numerusform>%n failed: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>Asking for %n clip(s)…</source>
        <translation>
            <numerusform>Asking for %n clip…</numerusform>
            <numerusform>Asking for %n clips…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ready} of %n clip(s) ready ({cached} from the cache)</source>
        <translation>
            <numerusform>{ready} of %n clip ready ({cached} from the cache)</numerusform>
            <numerusform>{ready} of %n clips ready ({cached} from the cache)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or stopped</source>
        <translation>
            <numerusform>%n failed or stopped</numerusform>
            <numerusform>%n failed or stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationExportDialog</name>
    <message numerus="yes">
        <source>The whole conversation (%n turn(s))</source>
        <translation>
            <numerusform>The whole conversation (%n turn)</numerusform>
            <numerusform>The whole conversation (%n turns)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audio file(s), transcript.md and conversation.json to {path}.</source>
        <translation>
            <numerusform>Exported %n audio file, transcript.md and conversation.json to {path}.</numerusform>
            <numerusform>Exported %n audio files, transcript.md and conversation.json to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <source>Show %n earlier turn(s)</source>
        <extracomment>The card to keep in view while the cards around it are laid out (see ``scroll_to``).</extracomment>
        <translation>
            <numerusform>Show %n earlier turn</numerusform>
            <numerusform>Show %n earlier turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n later turn(s)</source>
        <translation>
            <numerusform>Show %n later turn</numerusform>
            <numerusform>Show %n later turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message numerus="yes">
        <source>The history was damaged. The damaged file is kept as %1; %n conversation(s) were saved into a new history.</source>
        <translation>
            <numerusform>The history was damaged. The damaged file is kept as %1; %n conversation was saved into a new history.</numerusform>
            <numerusform>The history was damaged. The damaged file is kept as %1; %n conversations were saved into a new history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message numerus="yes">
        <source>%n vote(s) kept.</source>
        <translation>
            <numerusform>%n vote kept.</numerusform>
            <numerusform>%n votes kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NarrateDialog</name>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n piece(s) left; start again to do them.</source>
        <translation>
            <numerusform>Stopped: %n piece left; start again to do it.</numerusform>
            <numerusform>Stopped: %n pieces left; start again to do them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) failed; start again to retry them.</source>
        <translation>
            <numerusform>%n piece failed; start again to retry it.</numerusform>
            <numerusform>%n pieces failed; start again to retry them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodcastDialog</name>
    <message numerus="yes">
        <source>Exported %n chapter(s), %1 min, to %2.</source>
        <translation>
            <numerusform>Exported %n chapter, %1 min, to %2.</numerusform>
            <numerusform>Exported %n chapters, %1 min, to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyCosts</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out (context budget)</source>
        <translation>
            <numerusform>%n earlier turn left out (context budget)</numerusform>
            <numerusform>%n earlier turns left out (context budget)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Found</name>
    <message numerus="yes">
        <source>%n turn(s) match “{text}”.</source>
        <translation>
            <numerusform>%n turn matches “{text}”.</numerusform>
            <numerusform>%n turns match “{text}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plural</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>Connected to %1: %n model.</numerusform>
            <numerusform>Connected to %1: %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n earlier turn(s) left out to keep within the context budget of {budget} tokens.</source>
        <translation>
            <numerusform>%n earlier turn left out to keep within the context budget of {budget} tokens.</numerusform>
            <numerusform>%n earlier turns left out to keep within the context budget of {budget} tokens.</numerusform>
        </translation>
    </message>
</context>
</TS>
