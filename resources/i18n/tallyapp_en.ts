<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name />
    <message>
        <source>tallyapp</source>
        <translation>tallyapp</translation>
    </message>
    <message>
        <source>tallyapp — first start</source>
        <translation>tallyapp — first start</translation>
    </message>
    <message>
        <source>A new database was created for the 2023 Mäjilis election at
{0}

Load the national demo data (10,223 precincts, official 2023 results)?
Choose No to start with empty protocols.</source>
        <translation>A new database was created for the 2023 Mäjilis election at
{0}

Load the national demo data (10,223 precincts, official 2023 results)?
Choose No to start with empty protocols.</translation>
    </message>
    <message>
        <source>Loading the national demo</source>
        <translation>Loading the national demo</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Summary of the checks</source>
        <translation>Summary of the checks</translation>
    </message>
    <message>
        <source>Control relations and plausibility checks</source>
        <translation>Control relations and plausibility checks</translation>
    </message>
    <message>
        <source>Explanations of warnings (required to finalise)</source>
        <translation>Explanations of warnings (required to finalise)</translation>
    </message>
    <message>
        <source>No protocol open.</source>
        <translation>No protocol open.</translation>
    </message>
    <message>
        <source>✓ All control relations hold.</source>
        <translation>✓ All control relations hold.</translation>
    </message>
    <message>
        <source>Explanation for {0}</source>
        <translation>Explanation for {0}</translation>
    </message>
    <message>
        <source>Why this is right, in a sentence</source>
        <translation>Why this is right, in a sentence</translation>
    </message>
    <message>
        <source>Second entry: key the paper again from line 1. The first entry and the checks are hidden until you compare.</source>
        <translation>Second entry: key the paper again from line 1. The first entry and the checks are hidden until you compare.</translation>
    </message>
    <message>
        <source>Second entry, checked on its own: key the paper again from line 1. The first entry is hidden until you compare.</source>
        <translation>Second entry, checked on its own: key the paper again from line 1. The first entry is hidden until you compare.</translation>
    </message>
    <message numerus="yes">
        <source>○ %n line(s) not entered yet: nothing can be judged complete.</source>
        <translation><numerusform>○ %n line not entered yet: nothing can be judged complete.</numerusform><numerusform>○ %n lines not entered yet: nothing can be judged complete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n control relation(s) fail: recount and correct before finalising.</source>
        <translation><numerusform>✗ %n control relation fails: recount and correct before finalising.</numerusform><numerusform>✗ %n control relations fail: recount and correct before finalising.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s) need a written explanation.</source>
        <translation><numerusform>⚠ %n warning needs a written explanation.</numerusform><numerusform>⚠ %n warnings need a written explanation.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>≠ %n line(s) differ between the two entries.</source>
        <translation><numerusform>≠ %n line differs between the two entries.</numerusform><numerusform>≠ %n lines differ between the two entries.</numerusform></translation>
    </message>
</context>
<context>
    <name>CommissionTreeModel</name>
    <message>
        <source>District No. {0}</source>
        <translation>District No. {0}</translation>
    </message>
    <message>
        <source>Commission / precinct</source>
        <translation>Commission / precinct</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translation>transmitted</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>Precinct {0}: blue {1}, green {2}</source>
        <translation>Precinct {0}: blue {1}, green {2}</translation>
    </message>
    <message>
        <source>TEC No. {0}</source>
        <translation>TEC No. {0}</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translation>Precinct No. {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n protocol(s) accepted ({1}%), {2} received</source>
        <translation><numerusform>{0} of %n protocol accepted ({1}%), {2} received</numerusform><numerusform>{0} of %n protocols accepted ({1}%), {2} received</numerusform></translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Conflicts in {0}</source>
        <translation>Conflicts in {0}</translation>
    </message>
    <message>
        <source>These protocols differ from the ones already stored. Nothing was overwritten: the received protocol is kept in the inbox. Resolve with the sending commission; a correction comes as a repeated protocol with a higher version.</source>
        <translation>These protocols differ from the ones already stored. Nothing was overwritten: the received protocol is kept in the inbox. Resolve with the sending commission; a correction comes as a repeated protocol with a higher version.</translation>
    </message>
    <message>
        <source>Precinct / line</source>
        <translation>Precinct / line</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Stored and received figures side by side</source>
        <translation>Stored and received figures side by side</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translation>Precinct {0}, {1}</translation>
    </message>
    <message>
        <source>version {0} · {1}</source>
        <translation>version {0} · {1}</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translation>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
</context>
<context>
    <name>ExportableChart</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Protocol figures</source>
        <translation>Protocol figures</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translation>History: {0}</translation>
    </message>
    <message>
        <source>Versions of the protocol</source>
        <translation>Versions of the protocol</translation>
    </message>
    <message>
        <source>Version / line</source>
        <translation>Version / line</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>repeated protocol</source>
        <translation>repeated protocol</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>saved {0} by {1} at {2}; fingerprint {3}</source>
        <translation>saved {0} by {1} at {2}; fingerprint {3}</translation>
    </message>
    <message>
        <source>; reason: {0}</source>
        <translation>; reason: {0}</translation>
    </message>
    <message>
        <source>; signed by chair {0} and secretary {1}</source>
        <translation>; signed by chair {0} and secretary {1}</translation>
    </message>
    <message>
        <source>Version {0} ({1})</source>
        <translation>Version {0} ({1})</translation>
    </message>
    <message>
        <source>; received signed for {0} by {1}</source>
        <translation>; received signed for {0} by {1}</translation>
    </message>
    <message>
        <source>; keyed here for {0}</source>
        <translation>; keyed here for {0}</translation>
    </message>
    <message>
        <source>Observer's copy</source>
        <translation>Observer's copy</translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translation>Photo or scan</translation>
    </message>
    <message>
        <source>official / copy</source>
        <translation>official / copy</translation>
    </message>
    <message>
        <source>; full hand count of the audit, entered for {0}</source>
        <translation>; full hand count of the audit, entered for {0}</translation>
    </message>
    <message>
        <source>Details of the version</source>
        <translation>Details of the version</translation>
    </message>
    <message numerus="yes">
        <source>received {0} as {1}; not official: {2}; %n line(s) differ</source>
        <translation><numerusform>received {0} as {1}; not official: {2}; %n line differs</numerusform><numerusform>received {0} as {1}; not official: {2}; %n lines differ</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>observer copy</source>
        <translation>observer copy</translation>
    </message>
    <message>
        <source>Import protocols</source>
        <translation>Import protocols</translation>
    </message>
    <message>
        <source>Drop files or folders here: exchange packages (.json), signed protocol PDFs, or photos and scans of printed protocols (read through their QR code).</source>
        <translation>Drop files or folders here: exchange packages (.json), signed protocol PDFs, or photos and scans of printed protocols (read through their QR code).</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>Files and folders to import</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>What became of each file</source>
        <translation>What became of each file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Reason / details</source>
        <translation>Reason / details</translation>
    </message>
    <message>
        <source>Protocols to import</source>
        <translation>Protocols to import</translation>
    </message>
    <message>
        <source>Protocols (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Protocols (*.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>A folder of protocols</source>
        <translation>A folder of protocols</translation>
    </message>
    <message>
        <source>Trusted certification authority</source>
        <translation>Trusted certification authority</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority: {0}</source>
        <translation>&amp;Trusted authority: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Add files or folders first.</source>
        <translation>Add files or folders first.</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Trusted authority</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>signed PDF</source>
        <translation>signed PDF</translation>
    </message>
    <message>
        <source>photo (QR code)</source>
        <translation>photo (QR code)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>unsigned copy (not official)</source>
        <translation>unsigned copy (not official)</translation>
    </message>
    <message>
        <source>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</source>
        <translation>This copy is not official (unsigned, or an observer's): it differs from the official protocol as shown. It was kept, and it changes nothing.</translation>
    </message>
    <message>
        <source>summary protocol (compared)</source>
        <translation>summary protocol (compared)</translation>
    </message>
    <message>
        <source>Reason and details for the chosen file</source>
        <translation>Reason and details for the chosen file</translation>
    </message>
    <message>
        <source>Checking who may import</source>
        <translation>Checking who may import</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) differ from the official one — open to compare</source>
        <translation><numerusform>%n protocol differs from the official one — open to compare</numerusform><numerusform>%n protocols differ from the official one — open to compare</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) in conflict with stored protocols — open to compare</source>
        <translation><numerusform>%n protocol in conflict with the stored one — open to compare</numerusform><numerusform>%n protocols in conflict with the stored ones — open to compare</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected</source>
        <translation><numerusform>%n file: {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected</numerusform><numerusform>%n files: {0} accepted, {1} duplicate, {2} with conflicts, {3} rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Summary differs from the recomputed sum in %n line(s):</source>
        <translation><numerusform>Summary differs from the recomputed sum in %n line:</numerusform><numerusform>Summary differs from the recomputed sum in %n lines:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more (all of them in the details below)</source>
        <translation><numerusform>and %n more line (all of them in the details below)</numerusform><numerusform>and %n more lines (all of them in the details below)</numerusform></translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, line {2} — {3}: {4} in the summary, {5} in the sum of the accepted protocols</source>
        <translation>{0}, {1} ballot, line {2} — {3}: {4} in the summary, {5} in the sum of the accepted protocols</translation>
    </message>
    <message>
        <source>{0}, {1} ballot, {2}: {3} in the summary, {4} in the sum of the accepted protocols</source>
        <translation>{0}, {1} ballot, {2}: {3} in the summary, {4} in the sum of the accepted protocols</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>tallyapp — {0}</source>
        <translation>tallyapp — {0}</translation>
    </message>
    <message>
        <source>Find a precinct by number or name (Ctrl+F)</source>
        <translation>Find a precinct by number or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a precinct</source>
        <translation>Find a precinct</translation>
    </message>
    <message>
        <source>Commissions and precincts</source>
        <translation>Commissions and precincts</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Choose a precinct in the tree, or find it with Ctrl+F.</source>
        <translation>Choose a precinct in the tree, or find it with Ctrl+F.</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>Counting completeness…</source>
        <translation>Counting completeness…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <source>&amp;Find precinct</source>
        <translation>&amp;Find precinct</translation>
    </message>
    <message>
        <source>&amp;Blue protocol (party list)</source>
        <translation>&amp;Blue protocol (party list)</translation>
    </message>
    <message>
        <source>&amp;Green protocol (district)</source>
        <translation>&amp;Green protocol (district)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Correct (repeated protocol)…</source>
        <translation>&amp;Correct (repeated protocol)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Print / PDF of the protocol…</source>
        <translation>&amp;Print / PDF of the protocol…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected &amp;commission…</source>
        <translation>Summary protocol of the selected &amp;commission…</translation>
    </message>
    <message>
        <source>&amp;Import protocols from lower commissions…</source>
        <translation>&amp;Import protocols from lower commissions…</translation>
    </message>
    <message>
        <source>Results of the selected commission…</source>
        <translation>Results of the selected commission…</translation>
    </message>
    <message>
        <source>&amp;Double entry (blind)</source>
        <translation>&amp;Double entry (blind)</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translation>&amp;Refresh statuses</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of tallyapp.</source>
        <translation>The new language is used from the next start of tallyapp.</translation>
    </message>
    <message>
        <source>No precinct matches “{0}”</source>
        <translation>No precinct matches “{0}”</translation>
    </message>
    <message>
        <source>Blue — party list</source>
        <translation>Blue — party list</translation>
    </message>
    <message>
        <source>Green — district No. {0}</source>
        <translation>Green — district No. {0}</translation>
    </message>
    <message>
        <source>abroad — blue ballot only</source>
        <translation>abroad — blue ballot only</translation>
    </message>
    <message>
        <source>district No. {0}</source>
        <translation>district No. {0}</translation>
    </message>
    <message>
        <source>Precinct No. {0} — {1} · {2} · {3}</source>
        <translation>Precinct No. {0} — {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>Reading protocol states</source>
        <translation>Reading protocol states</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>{0}: {1} expected · {2} received · {3} accepted · {4} missing</source>
        <translation>{0}: {1} expected · {2} received · {3} accepted · {4} missing</translation>
    </message>
    <message>
        <source>Counting completeness</source>
        <translation>Counting completeness</translation>
    </message>
    <message>
        <source>summary protocol of {0}</source>
        <translation>summary protocol of {0}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The record's audit</source>
        <translation>The record's audit</translation>
    </message>
    <message>
        <source>Auditing the record</source>
        <translation>Auditing the record</translation>
    </message>
    <message>
        <source>The record was tampered with</source>
        <translation>The record was tampered with</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source>Nobody signed in: reading only</source>
        <translation>Nobody signed in: reading only</translation>
    </message>
    <message>
        <source>{0} ({1}), {2}</source>
        <translation>{0} ({1}), {2}</translation>
    </message>
    <message>
        <source>&amp;Accept the protocol (commission above)</source>
        <translation>&amp;Accept the protocol (commission above)</translation>
    </message>
    <message>
        <source>Re&amp;ject the protocol, with a reason…</source>
        <translation>Re&amp;ject the protocol, with a reason…</translation>
    </message>
    <message>
        <source>Precinct No. {0}</source>
        <translation>Precinct No. {0}</translation>
    </message>
    <message>
        <source>&amp;Members and PINs of my commission…</source>
        <translation>&amp;Members and PINs of my commission…</translation>
    </message>
    <message>
        <source>What is still &amp;missing for my commission…</source>
        <translation>What is still &amp;missing for my commission…</translation>
    </message>
    <message>
        <source>&amp;Election setup…</source>
        <translation>&amp;Election setup…</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Fi&amp;nalise…</source>
        <translation>Fi&amp;nalise…</translation>
    </message>
    <message>
        <source>Summary protocol of the selected c&amp;ommission…</source>
        <translation>Summary protocol of the selected c&amp;ommission…</translation>
    </message>
    <message>
        <source>Resul&amp;ts of the selected commission…</source>
        <translation>Resul&amp;ts of the selected commission…</translation>
    </message>
    <message>
        <source>Risk-limiting a&amp;udit of the seats and district winners…</source>
        <translation>Risk-limiting a&amp;udit of the seats and district winners…</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The record was tampered with: %n broken link(s)</source>
        <translation><numerusform>⚠ The record was tampered with: %n broken link</numerusform><numerusform>⚠ The record was tampered with: %n broken links</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit found %n broken link(s) in the record of protocols. Figures whose record is broken are not signed or exported. Run `tallyapp audit` for the full list.</source>
        <translation><numerusform>The audit found %n broken link in the record of protocols. Figures whose record is broken are not signed or exported. Run `tallyapp audit` for the full list.</numerusform><numerusform>The audit found %n broken links in the record of protocols. Figures whose record is broken are not signed or exported. Run `tallyapp audit` for the full list.</numerusform></translation>
    </message>
    <message>
        <source>Opened for reading</source>
        <translation>Opened for reading</translation>
    </message>
    <message>
        <source>The database {0}: {1}. Results, checks, history and printing work; nothing can be saved.</source>
        <translation>The database {0}: {1}. Results, checks, history and printing work; nothing can be saved.</translation>
    </message>
    <message>
        <source>Full name of the commission</source>
        <translation>Full name of the commission</translation>
    </message>
    <message numerus="yes">
        <source>Precinct {0} ({1} of %n match(es))</source>
        <translation><numerusform>Precinct {0} ({1} of %n match)</numerusform><numerusform>Precinct {0} ({1} of %n matches)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1} of %Ln expected accepted</source>
        <translation><numerusform>{0}: {1} of %Ln expected accepted</numerusform><numerusform>{0}: {1} of %Ln expected accepted</numerusform></translation>
    </message>
    <message>
        <source>{0}: {1}/{2} accepted</source>
        <translation>{0}: {1}/{2} accepted</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview: {0}</source>
        <translation>Preview: {0}</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save &amp;digitally signed PDF…</source>
        <translation>Save &amp;digitally signed PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The commission's key</source>
        <translation>The commission's key</translation>
    </message>
    <message>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translation>Passphrase of {0}:</translation>
    </message>
    <message>
        <source>Cannot sign</source>
        <translation>Cannot sign</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saved, digitally signed: {0}</source>
        <translation>Saved, digitally signed: {0}</translation>
    </message>
    <message>
        <source>Saved (not signed): {0}</source>
        <translation>Saved (not signed): {0}</translation>
    </message>
    <message>
        <source>Sign with a &amp;token…</source>
        <translation>Sign with a &amp;token…</translation>
    </message>
    <message>
        <source>The token's PKCS#11 module</source>
        <translation>The token's PKCS#11 module</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib)</source>
        <translation>PKCS#11 modules (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>PIN of the token reached through {0}:</source>
        <translation>PIN of the token reached through {0}:</translation>
    </message>
</context>
<context>
    <name>ProtocolEditor</name>
    <message>
        <source>Protocol state</source>
        <translation>Protocol state</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the figures as a new version (Ctrl+S)</source>
        <translation>Save the figures as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>Check, sign and finalise (Ctrl+Return)</source>
        <translation>Check, sign and finalise (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Correct a finalised protocol with a repeated protocol (Ctrl+R)</source>
        <translation>Correct a finalised protocol with a repeated protocol (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Every version and its differences (Ctrl+Shift+H)</source>
        <translation>Every version and its differences (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation>&amp;Print / PDF…</translation>
    </message>
    <message>
        <source>Preview the printed protocol; save it as a (signed) PDF or print it (Ctrl+P)</source>
        <translation>Preview the printed protocol; save it as a (signed) PDF or print it (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start s&amp;econd entry</source>
        <translation>Start s&amp;econd entry</translation>
    </message>
    <message>
        <source>Double entry: key the figures again, blind (Ctrl+Shift+D switches double entry on)</source>
        <translation>Double entry: key the figures again, blind (Ctrl+Shift+D switches double entry on)</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>Precinct {0}, {1} — state: {2}</source>
        <translation>Precinct {0}, {1} — state: {2}</translation>
    </message>
    <message>
        <source> · version {0}</source>
        <translation> · version {0}</translation>
    </message>
    <message>
        <source> (repeated: {0})</source>
        <translation> (repeated: {0})</translation>
    </message>
    <message>
        <source> · unsaved figures restored from {0}</source>
        <translation> · unsaved figures restored from {0}</translation>
    </message>
    <message>
        <source> · CORRECTING — reason: {0}. Save to store the repeated protocol.</source>
        <translation> · CORRECTING — reason: {0}. Save to store the repeated protocol.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved elsewhere first</source>
        <translation>Saved elsewhere first</translation>
    </message>
    <message>
        <source>The two entries differ</source>
        <translation>The two entries differ</translation>
    </message>
    <message>
        <source>line {0} ({1}): {2} and {3}</source>
        <translation>line {0} ({1}): {2} and {3}</translation>
    </message>
    <message>
        <source>Correct the protocol</source>
        <translation>Correct the protocol</translation>
    </message>
    <message>
        <source>A repeated protocol replaces this one; the finalised version is kept.
Reason for the correction:</source>
        <translation>A repeated protocol replaces this one; the finalised version is kept.
Reason for the correction:</translation>
    </message>
    <message>
        <source>Cannot correct</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>the reason is required</translation>
    </message>
    <message>
        <source>precinct {0}, {1}</source>
        <translation>precinct {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Compare entries</source>
        <translation>&amp;Compare entries</translation>
    </message>
    <message>
        <source>The figures being typed were not kept</source>
        <translation>The figures being typed were not kept</translation>
    </message>
    <message>
        <source> · read only: {0}</source>
        <translation> · read only: {0}</translation>
    </message>
    <message>
        <source>Reject the protocol</source>
        <translation>Reject the protocol</translation>
    </message>
    <message>
        <source>Why is it rejected? The commission below reads this reason:</source>
        <translation>Why is it rejected? The commission below reads this reason:</translation>
    </message>
    <message>
        <source>Cannot accept</source>
        <translation>Cannot accept</translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translation>Cannot reject</translation>
    </message>
    <message>
        <source>line {0} ({1}) is empty</source>
        <translation>line {0} ({1}) is empty</translation>
    </message>
    <message>
        <source>Cannot finalise</source>
        <translation>Cannot finalise</translation>
    </message>
    <message>
        <source>Cannot finalise yet</source>
        <translation>Cannot finalise yet</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised and signed by the members present. Print it for their signatures (Ctrl+P).</source>
        <translation>Precinct {0}: version {1} is finalised and signed by the members present. Print it for their signatures (Ctrl+P).</translation>
    </message>
    <message>
        <source>Precinct {0}: accepted.</source>
        <translation>Precinct {0}: accepted.</translation>
    </message>
    <message>
        <source>Precinct {0}: rejected.</source>
        <translation>Precinct {0}: rejected.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>transmitted</source>
        <translation>transmitted</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <source>finalised (signed)</source>
        <translation>finalised (signed)</translation>
    </message>
    <message>
        <source>Precinct {0}: version {1} is finalised. Next: print it (Ctrl+P) for the signatures of the members present, a copy for the territorial commission and one for the precinct's file, then transmit it.</source>
        <translation>Precinct {0}: version {1} is finalised. Next: print it (Ctrl+P) for the signatures of the members present, a copy for the territorial commission and one for the precinct's file, then transmit it.</translation>
    </message>
    <message>
        <source>The reason is required: the record keeps it.</source>
        <translation>The reason is required: the record keeps it.</translation>
    </message>
    <message>
        <source>Figure not entered</source>
        <translation>Figure not entered</translation>
    </message>
    <message>
        <source>double entry: a second member keys the paper again and the two entries are compared before the protocol is finalised</source>
        <translation>double entry: a second member keys the paper again and the two entries are compared before the protocol is finalised</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Double entry stays on: the second entry of this protocol has begun. Compare the entries and finalise.</source>
        <translation>Double entry stays on: the second entry of this protocol has begun. Compare the entries and finalise.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Print / P&amp;DF…</source>
        <translation>Print / P&amp;DF…</translation>
    </message>
    <message>
        <source>Co&amp;mpare entries</source>
        <translation>Co&amp;mpare entries</translation>
    </message>
</context>
<context>
    <name>ProtocolTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <source>≠ entries differ</source>
        <translation>≠ entries differ</translation>
    </message>
    <message>
        <source>The two entries differ: {0} and {1}</source>
        <translation>The two entries differ: {0} and {1}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Counting the results</source>
        <translation>Counting the results</translation>
    </message>
    <message>
        <source>The results could not be computed: {0}</source>
        <translation>The results could not be computed: {0}</translation>
    </message>
    <message>
        <source>{0} — turnout {1:.2f}% · against all {2:,} · invalid {3:,} · protocols: {4} of {5} accepted, {6} missing</source>
        <translation>{0} — turnout {1:.2f}% · against all {2:,} · invalid {3:,} · protocols: {4} of {5} accepted, {6} missing</translation>
    </message>
    <message>
        <source>Party list</source>
        <translation>Party list</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Commissions below</source>
        <translation>Commissions below</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Anomalies ({0})</source>
        <translation>Anomalies ({0})</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Party-list results</source>
        <translation>Party-list results</translation>
    </message>
    <message>
        <source>Party shares, % (line: the {0:g}% threshold)</source>
        <translation>Party shares, % (line: the {0:g}% threshold)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>Seats ({0})</source>
        <translation>Seats ({0})</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Elected</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Runner-up</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>District winners</source>
        <translation>District winners</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Precincts</source>
        <translation>Precincts</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Turnout %</source>
        <translation>Turnout %</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Turnout by commission, %</source>
        <translation>Turnout by commission, %</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <source>Reporting progress: accepted, received, missing</source>
        <translation>Reporting progress: accepted, received, missing</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>received, not accepted</source>
        <translation>received, not accepted</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Missing precincts</source>
        <translation>Missing precincts</translation>
    </message>
    <message>
        <source>Missing precincts ({0}) — Enter opens one</source>
        <translation>Missing precincts ({0}) — Enter opens one</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Precincts behind the finding</source>
        <translation>Precincts behind the finding</translation>
    </message>
    <message>
        <source>Informational: a finding never changes a result. It points at the precincts to look at; Enter on a precinct opens it.</source>
        <translation>Informational: a finding never changes a result. It points at the precincts to look at; Enter on a precinct opens it.</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Enter opens the results of the selected row</source>
        <translation>Enter opens the results of the selected row</translation>
    </message>
    <message>
        <source>turnout {0}%</source>
        <translation>turnout {0}%</translation>
    </message>
    <message>
        <source>against all {0}</source>
        <translation>against all {0}</translation>
    </message>
    <message>
        <source>invalid {0}</source>
        <translation>invalid {0}</translation>
    </message>
    <message>
        <source>protocols: {0} of {1} accepted, {2} missing</source>
        <translation>protocols: {0} of {1} accepted, {2} missing</translation>
    </message>
    <message>
        <source>Party shares, % of the votes counted</source>
        <translation>Party shares, % of the votes counted</translation>
    </message>
    <message>
        <source>(line: the {0}% threshold)</source>
        <translation>(line: the {0}% threshold)</translation>
    </message>
    <message>
        <source>threshold {0}%</source>
        <translation>threshold {0}%</translation>
    </message>
    <message>
        <source>Reporting progress, % of the protocols expected</source>
        <translation>Reporting progress, % of the protocols expected</translation>
    </message>
    <message>
        <source>{0}% accepted</source>
        <translation>{0}% accepted</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Choose a finding.</source>
        <translation>Choose a finding.</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>elected</translation>
    </message>
    <message>
        <source>tie: the commission draws lots</source>
        <translation>tie: the commission draws lots</translation>
    </message>
    <message>
        <source>against all leads</source>
        <translation>against all leads</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>no votes</translation>
    </message>
    <message>
        <source>declared invalid: repeat voting</source>
        <translation>declared invalid: repeat voting</translation>
    </message>
    <message>
        <source>The findings are computed when this tab is opened.</source>
        <translation>The findings are computed when this tab is opened.</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Looking for anomalies</source>
        <translation>Looking for anomalies</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Finalise and sign the protocol</source>
        <translation>Finalise and sign the protocol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translation>Commission members</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Dissenting opinions</source>
        <translation>Dissenting opinions</translation>
    </message>
    <message>
        <source>One per line: member's name: opinion</source>
        <translation>One per line: member's name: opinion</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>Mark who is present; every member present signs the printed protocol.</source>
        <translation>Mark who is present; every member present signs the printed protocol.</translation>
    </message>
    <message>
        <source>Dissenting opinions:</source>
        <translation>Dissenting opinions:</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>Member role</source>
        <translation>Member role</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Present at signing</source>
        <translation>Present at signing</translation>
    </message>
    <message>
        <source>Finalise the protocol</source>
        <translation>Finalise the protocol</translation>
    </message>
    <message>
        <source>The figures being finalised</source>
        <translation>The figures being finalised</translation>
    </message>
    <message>
        <source>The figures being finalised:</source>
        <translation>The figures being finalised:</translation>
    </message>
    <message>
        <source>Fingerprint of this version: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Fingerprint of this version: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark who is present; the members present sign the printed copies. A digital signature is added with the signer's key when the PDF is saved (Ctrl+P).</source>
        <translation>Mark who is present; the members present sign the printed copies. A digital signature is added with the signer's key when the PDF is saved (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>Reading the roster</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>e.g. ABAI-03, or a precinct number: 101</source>
        <translation>e.g. ABAI-03, or a precinct number: 101</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Commission:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Observe (read only)</source>
        <translation>&amp;Observe (read only)</translation>
    </message>
    <message>
        <source>Sign in as a member of your commission. What you key, finalise, accept or reject is recorded in your name.</source>
        <translation>Sign in as a member of your commission. What you key, finalise, accept or reject is recorded in your name.</translation>
    </message>
    <message>
        <source>Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial commission) or 101 (a precinct).</source>
        <translation>Demo data: every member's PIN is {0}. Try ABAI-03 (a territorial commission) or 101 (a precinct).</translation>
    </message>
    <message>
        <source>{0}: no such commission, or no roster</source>
        <translation>{0}: no such commission, or no roster</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose your commission and your name first.</source>
        <translation>Choose your commission and your name first.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>&amp;Continue as this member</source>
        <translation>&amp;Continue as this member</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>C&amp;ommission:</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Choose a member in the list first.</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>First members and PINs</source>
        <translation>First members and PINs</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>Reading the roster</translation>
    </message>
    <message>
        <source>Saving the roster</source>
        <translation>Saving the roster</translation>
    </message>
    <message>
        <source>Setting the PIN</source>
        <translation>Setting the PIN</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>You set up this database: until a member signs in, you are its administrator, and the audit log records what you do. Choose a commission, check its members (add one if the list is empty and save), give a member a PIN, then continue as that member.</source>
        <translation>You set up this database: until a member signs in, you are its administrator, and the audit log records what you do. Choose a commission, check its members (add one if the list is empty and save), give a member a PIN, then continue as that member.</translation>
    </message>
    <message>
        <source>e.g. CEC, ABAI-03, or a precinct number: 101</source>
        <translation>e.g. CEC, ABAI-03, or a precinct number: 101</translation>
    </message>
    <message>
        <source>{0}: nobody on the roster yet; add the members and save.</source>
        <translation>{0}: nobody on the roster yet; add the members and save.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Members of {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Commission members</source>
        <translation>Commission members</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Set &amp;PIN of the selected member…</source>
        <translation>Set &amp;PIN of the selected member…</translation>
    </message>
    <message>
        <source>&amp;Save the roster</source>
        <translation>&amp;Save the roster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>One roster per commission: the chair, the deputy and the secretary sign; every member keys. The IIN is the one on the member's signing key.</source>
        <translation>One roster per commission: the chair, the deputy and the secretary sign; every member keys. The IIN is the one on the member's signing key.</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>Member role</source>
        <translation>Member role</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN (at least 4 digits):</source>
        <translation>New PIN (at least 4 digits):</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation>PIN set.</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translation>C&amp;hange member…</translation>
    </message>
    <message>
        <source>Replacing the member</source>
        <translation>Replacing the member</translation>
    </message>
    <message>
        <source>{0} replaced by {1}. Set the new member's PIN.</source>
        <translation>{0} replaced by {1}. Set the new member's PIN.</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>Still missing: {0}</source>
        <translation>Still missing: {0}</translation>
    </message>
    <message>
        <source>Protocols not accepted yet</source>
        <translation>Protocols not accepted yet</translation>
    </message>
    <message>
        <source>No. {0}, {1}: {2}</source>
        <translation>No. {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing is missing: every protocol is accepted.</source>
        <translation>Nothing is missing: every protocol is accepted.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s) not accepted yet.</source>
        <translation><numerusform>%n protocol is not accepted yet.</numerusform><numerusform>%n protocols are not accepted yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>ElectionSetupDialog</name>
    <message>
        <source>Cancelled: nothing was created.</source>
        <translation>Cancelled: nothing was created.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Creating the database</translation>
    </message>
    <message>
        <source>Creating the database and the national demo</source>
        <translation>Creating the database and the national demo</translation>
    </message>
    <message>
        <source>Loading the files</source>
        <translation>Loading the files</translation>
    </message>
    <message>
        <source>Election setup</source>
        <translation>Election setup</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>&amp;Register of polling stations:</source>
        <translation>&amp;Register of polling stations:</translation>
    </message>
    <message>
        <source>Commission &amp;members:</source>
        <translation>Commission &amp;members:</translation>
    </message>
    <message>
        <source>District &amp;candidates:</source>
        <translation>District &amp;candidates:</translation>
    </message>
    <message>
        <source>Load the national &amp;demo data (fake figures, marked DEMO)</source>
        <translation>Load the national &amp;demo data (fake figures, marked DEMO)</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>set up when the database was created</source>
        <translation>set up when the database was created</translation>
    </message>
    <message>
        <source>A new database at {0}.
With a register file it holds exactly the register's commissions and precincts; without one, a synthetic register for practice.</source>
        <translation>A new database at {0}.
With a register file it holds exactly the register's commissions and precincts; without one, a synthetic register for practice.</translation>
    </message>
    <message>
        <source>Load the commission members and the district candidates from files.</source>
        <translation>Load the commission members and the district candidates from files.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Create the data&amp;base</source>
        <translation>Create the data&amp;base</translation>
    </message>
    <message>
        <source>&amp;Load the files</source>
        <translation>&amp;Load the files</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Re&amp;hearsal on the NCA's test keys (every document marked REHEARSAL)</source>
        <translation>Re&amp;hearsal on the NCA's test keys (every document marked REHEARSAL)</translation>
    </message>
    <message>
        <source>Signed setup, CSV, XLSX (*.json *.csv *.xlsx)</source>
        <translation>Signed setup, CSV, XLSX (*.json *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Trusted authority:</source>
        <translation>&amp;Trusted authority:</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>for a signed setup; none: the test authority</source>
        <translation>for a signed setup; none: the test authority</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) {0} stored.</source>
        <translation><numerusform>%n member {0} stored.</numerusform><numerusform>%n members {0} stored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>of %n commission(s)</source>
        <translation><numerusform>of %n commission</numerusform><numerusform>of %n commissions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) {0} stored.</source>
        <translation><numerusform>%n candidate {0} stored.</numerusform><numerusform>%n candidates {0} stored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n district(s)</source>
        <translation><numerusform>in %n district</numerusform><numerusform>in %n districts</numerusform></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;New PIN (at least 4 digits):</source>
        <translation>&amp;New PIN (at least 4 digits):</translation>
    </message>
    <message>
        <source>&amp;Set the PIN</source>
        <translation>&amp;Set the PIN</translation>
    </message>
    <message>
        <source>A PIN is at least 4 digits, digits only.</source>
        <translation>A PIN is at least 4 digits, digits only.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <source>The PIN of {0}. It is stored as a hash and never shown.</source>
        <translation>The PIN of {0}. It is stored as a hash and never shown.</translation>
    </message>
    <message>
        <source>The two PINs differ: type it again.</source>
        <translation>The two PINs differ: type it again.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>A new database for {0} at {1}.</source>
        <translation>A new database for {0} at {1}.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>The new database: {0}
Election: {1}</source>
        <translation>The new database: {0}
Election: {1}</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>The database is ready</source>
        <translation>The database is ready</translation>
    </message>
    <message>
        <source>You are signed in as {0}, the chair of commission {1}. Your PIN is {2}: every demo member has it, for practice only.</source>
        <translation>You are signed in as {0}, the chair of {1}. Your PIN is {2}: every demo member has it, for practice only.</translation>
    </message>
    <message>
        <source>You are this database's administrator for the setup (the audit log says so). Next: give a member a PIN, then you continue as that member.</source>
        <translation>You are this database's administrator for the setup (the audit log says so). Next: give a member a PIN, then you continue as that member.</translation>
    </message>
    <message>
        <source>tallyapp</source>
        <translation>tallyapp</translation>
    </message>
    <message>
        <source>A rehearsal on the NCA's test keys: every document it makes says REHEARSAL, and a production database refuses them.</source>
        <translation>A rehearsal on the NCA's test keys: every document it makes says REHEARSAL, and a production database refuses them.</translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} of the practice register (synthetic).</source>
        <translation><numerusform>%n commission and {0} of the practice register (synthetic).</numerusform><numerusform>%n commissions and {0} of the practice register (synthetic).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission(s) and {0} from the register file.</source>
        <translation><numerusform>%n commission and {0} from the register file.</numerusform><numerusform>%n commissions and {0} from the register file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n precinct(s)</source>
        <translation><numerusform>%n precinct</numerusform><numerusform>%n precincts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commission member(s) from the members file.</source>
        <translation><numerusform>%n commission member from the members file.</numerusform><numerusform>%n commission members from the members file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the candidates file.</source>
        <translation><numerusform>%n candidate from the candidates file.</numerusform><numerusform>%n candidates from the candidates file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The national demo: %n protocol(s), all accepted (fake figures, marked DEMO).</source>
        <translation><numerusform>The national demo: %n protocol, accepted (fake figures, marked DEMO).</numerusform><numerusform>The national demo: %n protocols, all accepted (fake figures, marked DEMO).</numerusform></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FigureValidator</name>
    <message>
        <source>Only digits can be keyed: “{0}” was not entered.</source>
        <translation>Only digits can be keyed: “{0}” was not entered.</translation>
    </message>
    <message>
        <source>No line can hold more than {0}: “{1}” was not entered.</source>
        <translation>No line can hold more than {0}: “{1}” was not entered.</translation>
    </message>
</context>
<context>
    <name>SecondKeyerDialog</name>
    <message>
        <source>Second entry: who keys it</source>
        <translation>Second entry: who keys it</translation>
    </message>
    <message>
        <source>Member keying the second entry</source>
        <translation>Member keying the second entry</translation>
    </message>
    <message>
        <source>Another member keys the paper again, without seeing the first entry. The record keeps both names. {0} keyed the first entry.</source>
        <translation>Another member keys the paper again, without seeing the first entry. The record keeps both names. {0} keyed the first entry.</translation>
    </message>
    <message>
        <source>&amp;Start the second entry</source>
        <translation>&amp;Start the second entry</translation>
    </message>
    <message>
        <source>Nobody else is on the commission's roster to key the second entry.</source>
        <translation>Nobody else is on the commission's roster to key the second entry.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Figures kept from the last time</source>
        <translation>Figures kept from the last time</translation>
    </message>
    <message>
        <source>Last time the database could not store these figures. They were kept in the file {0}:</source>
        <translation>Last time the database could not store these figures. They were kept in the file {0}:</translation>
    </message>
    <message>
        <source>Figures kept</source>
        <translation>Figures kept</translation>
    </message>
    <message>
        <source>Restore them as drafts: each protocol's latest figures are saved as a new version, checked and audited as any save, never over a version stored after them. Or keep the file for later: nothing changes, and the next start asks again.</source>
        <translation>Restore them as drafts: each protocol's latest figures are saved as a new version, checked and audited as any save, never over a version stored after them. Or keep the file for later: nothing changes, and the next start asks again.</translation>
    </message>
    <message>
        <source>&amp;Restore as drafts</source>
        <translation>&amp;Restore as drafts</translation>
    </message>
    <message>
        <source>&amp;Keep the file for later</source>
        <translation>&amp;Keep the file for later</translation>
    </message>
    <message>
        <source>blue ballot (party list)</source>
        <translation>blue ballot (party list)</translation>
    </message>
    <message>
        <source>green ballot (district)</source>
        <translation>green ballot (district)</translation>
    </message>
    <message>
        <source>Precinct {0}, {1}</source>
        <translation>Precinct {0}, {1}</translation>
    </message>
    <message>
        <source>Restoring the kept figures</source>
        <translation>Restoring the kept figures</translation>
    </message>
    <message>
        <source>Set aside (kept, no longer asked about): {0}</source>
        <translation>Set aside (kept, no longer asked about): {0}</translation>
    </message>
    <message>
        <source>What was not restored stays in {0}; the next start asks again.</source>
        <translation>What was not restored stays in {0}; the next start asks again.</translation>
    </message>
    <message>
        <source>The kept figures:</source>
        <translation>The kept figures:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>{0}: restored as draft version {1}.</source>
        <translation>{0}: restored as draft version {1}.</translation>
    </message>
    <message>
        <source>{0}: restored as repeated protocol version {1}, with its reason.</source>
        <translation>{0}: restored as repeated protocol version {1}, with its reason.</translation>
    </message>
    <message>
        <source>{0}: finalised meanwhile; the figures are back in its sheet, to be saved as a repeated protocol with a reason.</source>
        <translation>{0}: finalised meanwhile; the figures are back in its sheet, to be saved as a repeated protocol with a reason.</translation>
    </message>
    <message>
        <source>{0}: version {1} already holds these figures.</source>
        <translation>{0}: version {1} already holds these figures.</translation>
    </message>
    <message>
        <source>{0}: version {1} was stored after them; not restored (set aside).</source>
        <translation>{0}: version {1} was stored after them; not restored (set aside).</translation>
    </message>
    <message>
        <source>{0}: not restored: {1}</source>
        <translation>{0}: not restored: {1}</translation>
    </message>
    <message>
        <source>The kept figures could not be restored: {0}</source>
        <translation>The kept figures could not be restored: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file hold no figures (cut short, or edited): set aside when restoring, never deleted.</source>
        <translation><numerusform>%n line of the file holds no figures (cut short, or edited): set aside when restoring, never deleted.</numerusform><numerusform>%n lines of the file hold no figures (cut short, or edited): set aside when restoring, never deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n figure(s), kept {1}</source>
        <translation><numerusform>{0}: %n figure, kept {1}</numerusform><numerusform>{0}: %n figures, kept {1}</numerusform></translation>
    </message>
</context>
<context>
    <name>ReplaceMemberDialog</name>
    <message>
        <source>Change a member of {0}</source>
        <translation>Change a member of {0}</translation>
    </message>
    <message>
        <source>{0} (IIN {1}) leaves the commission. The member appointed in their place takes their line in the roster; the audit log records both and the decision. Set the new member's PIN afterwards.</source>
        <translation>{0} (IIN {1}) leaves the commission. The member appointed in their place takes their line in the roster; the audit log records both and the decision. Set the new member's PIN afterwards.</translation>
    </message>
    <message>
        <source>New member's name</source>
        <translation>New member's name</translation>
    </message>
    <message>
        <source>New member's IIN</source>
        <translation>New member's IIN</translation>
    </message>
    <message>
        <source>New member's role</source>
        <translation>New member's role</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>e.g. maslikhat decision No. 12, 30.11.2026</source>
        <translation>e.g. maslikhat decision No. 12, 30.11.2026</translation>
    </message>
    <message>
        <source>New member's &amp;name:</source>
        <translation>New member's &amp;name:</translation>
    </message>
    <message>
        <source>New member's &amp;IIN:</source>
        <translation>New member's &amp;IIN:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Decision (number and date):</source>
        <translation>&amp;Decision (number and date):</translation>
    </message>
    <message>
        <source>Re&amp;place the member</source>
        <translation>Re&amp;place the member</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RlaWindow</name>
    <message>
        <source>Risk-limiting audit</source>
        <translation>Risk-limiting audit</translation>
    </message>
    <message>
        <source>&amp;1 Plan</source>
        <translation>&amp;1 Plan</translation>
    </message>
    <message>
        <source>&amp;2 Seed</source>
        <translation>&amp;2 Seed</translation>
    </message>
    <message>
        <source>&amp;3 Draw</source>
        <translation>&amp;3 Draw</translation>
    </message>
    <message>
        <source>&amp;4 Recount</source>
        <translation>&amp;4 Recount</translation>
    </message>
    <message>
        <source>&amp;5 Risk</source>
        <translation>&amp;5 Risk</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Margin, votes</source>
        <translation>Margin, votes</translation>
    </message>
    <message>
        <source>Ballots to flip</source>
        <translation>Ballots to flip</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>Draws</translation>
    </message>
    <message>
        <source>&amp;Freeze the manifest (Ctrl+M)</source>
        <translation>&amp;Freeze the manifest (Ctrl+M)</translation>
    </message>
    <message>
        <source>Manifest frozen: sha256 {0}; total weight {1}; U = {2}</source>
        <translation>Manifest frozen: sha256 {0}; total weight {1}; U = {2}</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 digits</translation>
    </message>
    <message>
        <source>The same 20 digits again</source>
        <translation>The same 20 digits again</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Record the seed (Ctrl+Return)</source>
        <translation>&amp;Record the seed (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Seed: {0}; stream {1}</source>
        <translation>Seed: {0}; stream {1}</translation>
    </message>
    <message>
        <source>&amp;Draw the next round (Ctrl+D)</source>
        <translation>&amp;Draw the next round (Ctrl+D)</translation>
    </message>
    <message>
        <source>draws: {0}, precincts: {1}, rounds: {2}</source>
        <translation>draws: {0}, precincts: {1}, rounds: {2}</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinct</translation>
    </message>
    <message>
        <source>TEC</source>
        <translation>TEC</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>blue (party list)</source>
        <translation>blue (party list)</translation>
    </message>
    <message>
        <source>green (district)</source>
        <translation>green (district)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Open (Enter)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>1st keying</source>
        <translation>1st keying</translation>
    </message>
    <message>
        <source>2nd keying</source>
        <translation>2nd keying</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Against all</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>All ballots</source>
        <translation>All ballots</translation>
    </message>
    <message>
        <source>Bag &amp;missing or seal broken</source>
        <translation>Bag &amp;missing or seal broken</translation>
    </message>
    <message>
        <source>&amp;Save the recount (Ctrl+S)</source>
        <translation>&amp;Save the recount (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as the full hand count (Ctrl+Shift+S)</source>
        <translation>Save as the full hand count (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Precinct {0}'s full hand count accepted as version {1}; results follow it, the protocol's version {2} stays in the history</source>
        <translation>Precinct {0}'s full hand count accepted as version {1}; results follow it, the protocol's version {2} stays in the history</translation>
    </message>
    <message>
        <source>The audit is working…</source>
        <translation>The audit is working…</translation>
    </message>
    <message>
        <source>The protocol's figures show once both keyings agree</source>
        <translation>The protocol's figures show once both keyings agree</translation>
    </message>
    <message>
        <source>Both keyings agree: compare with the protocol and save</source>
        <translation>Both keyings agree: compare with the protocol and save</translation>
    </message>
    <message>
        <source>Precinct {0} saved: {1} — {2}, P = {3}</source>
        <translation>Precinct {0} saved: {1} — {2}, P = {3}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Draws used</source>
        <translation>Draws used</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>awaiting recounts</source>
        <translation>awaiting recounts</translation>
    </message>
    <message>
        <source>next round</source>
        <translation>next round</translation>
    </message>
    <message>
        <source>full hand count</source>
        <translation>full hand count</translation>
    </message>
    <message>
        <source>Write the &amp;report and bundle (Ctrl+R)</source>
        <translation>Write the &amp;report and bundle (Ctrl+R)</translation>
    </message>
    <message>
        <source>passes the threshold</source>
        <translation>passes the threshold</translation>
    </message>
    <message>
        <source>fails the threshold</source>
        <translation>fails the threshold</translation>
    </message>
    <message>
        <source>last seat beats the next seat</source>
        <translation>last seat beats the next seat</translation>
    </message>
    <message>
        <source>runner-up beats</source>
        <translation>runner-up beats</translation>
    </message>
    <message>
        <source>has more votes than</source>
        <translation>has more votes than</translation>
    </message>
    <message>
        <source>Written: {0}, {1}</source>
        <translation>Written: {0}, {1}</translation>
    </message>
    <message>
        <source>&amp;Public recount schedule, PDF (Ctrl+P)</source>
        <translation>&amp;Public recount schedule, PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Recount schedule written: {0}</source>
        <translation>Recount schedule written: {0}</translation>
    </message>
    <message numerus="yes">
        <source>The manifest is not frozen yet. Risk limit {0}; first round %n draw(s).</source>
        <translation><numerusform>The manifest is not frozen yet. Risk limit {0}; first round %n draw.</numerusform><numerusform>The manifest is not frozen yet. Risk limit {0}; first round %n draws.</numerusform></translation>
    </message>
</context>
</TS>
