<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name />
    <message>
        <location filename="../../matchmaker/ui/about.py" line="27" />
        <source>About Matchmaker</source>
        <translation>O programie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="34" />
        <source>Cross-border B2B partner matchmaking and meeting scheduling for business clusters around the Baltic Sea. Works offline.</source>
        <translation>Transgraniczne kojarzenie partnerów B2B i planowanie spotkań dla klastrów biznesowych regionu Morza Bałtyckiego. Działa offline.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="71" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="101" />
        <source>Welcome to Matchmaker</source>
        <translation>Witamy w Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="102" />
        <source>This database is empty. Load the demo data?</source>
        <translation>Ta baza danych jest pusta. Wczytać dane demonstracyjne?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="104" />
        <source>The demo holds the Vilnius and Krakow film clusters, Nebula, the Lithuanian ICT Cluster, INFOBALT and their members, and an event modelled on Bridge 2 Business (Vilnius, 2018). You can load it later from Tools ▸ Load Demo Data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="114" />
        <location filename="../../matchmaker/ui/app.py" line="129" />
        <source>Loading the demo data…</source>
        <translation>Wczytywanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="114" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="116" />
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="136" />
        <source>Demo data loaded: %n rows added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140" />
        <source>The demo data could not be loaded</source>
        <translation>Nie udało się wczytać danych demonstracyjnych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144" />
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Wczytywanie danych demonstracyjnych anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="153" />
        <location filename="../../matchmaker/ui/main_window.py" line="301" />
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="41" />
        <source>Event catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="41" />
        <source>Cluster catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="42" />
        <source>%s “%s”, published by %s on %s, %d organisations.

Choose an organisation to see its profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="71" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="54" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="69" />
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="71" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="54" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="70" />
        <source>Requests</source>
        <translation>Zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="109" />
        <source>This Is Us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="111" />
        <source>Say that this organisation is yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="120" />
        <source>Meeting request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="129" />
        <source>A short note: what you would like to discuss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="131" />
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="183" />
        <location filename="../../matchmaker/ui/partners/page.py" line="148" />
        <source>Request Meeting</source>
        <translation>Poproś o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="134" />
        <source>Remove Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="141" />
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="142" />
        <source>Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="174" />
        <source>On Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="174" />
        <location filename="../../matchmaker/ui/partners/page.py" line="142" />
        <source>Add to Shortlist</source>
        <translation>Dodaj do listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="179" />
        <source>Meeting request (needs an event catalogue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="183" />
        <source>Update Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="47" />
        <location filename="../../matchmaker/ui/catalogue/models.py" line="92" />
        <location filename="../../matchmaker/ui/clusters/models.py" line="39" />
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="48" />
        <location filename="../../matchmaker/ui/catalogue/models.py" line="93" />
        <location filename="../../matchmaker/ui/clusters/models.py" line="23" />
        <location filename="../../matchmaker/ui/clusters/models.py" line="40" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="55" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="74" />
        <location filename="../../matchmaker/ui/partners/models.py" line="41" />
        <location filename="../../matchmaker/ui/partners/models.py" line="65" />
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="49" />
        <location filename="../../matchmaker/ui/clusters/models.py" line="41" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="56" />
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="50" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="76" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="64" />
        <source>Capabilities</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="51" />
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="53" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="196" />
        <location filename="../../matchmaker/ui/partners/models.py" line="46" />
        <source>Request</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="78" />
        <source>On your shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="91" />
        <location filename="../../matchmaker/ui/partners/models.py" line="39" />
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="94" />
        <location filename="../../matchmaker/ui/partners/models.py" line="43" />
        <source>Mutual</source>
        <translation>Obopólne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="95" />
        <location filename="../../matchmaker/ui/partners/models.py" line="44" />
        <source>Each side has something the other asked for</source>
        <translation>Każda strona ma coś, czego szuka druga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="96" />
        <location filename="../../matchmaker/ui/partners/models.py" line="47" />
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="57" />
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="116" />
        <source>Publish Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="62" />
        <source>For an event (its participants and slots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="63" />
        <source>For a cluster (its members)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="81" />
        <source>default: the event's organiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="84" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="90" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="95" />
        <location filename="../../matchmaker/ui/main_window.py" line="228" />
        <source>Event:</source>
        <translation>Wydarzenie:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="97" />
        <source>Cluster:</source>
        <translation>Klaster:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="98" />
        <source>Publisher:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="99" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="139" />
        <source>Published %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="142" />
        <source>Catalogue published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="143" />
        <source>%s: %d organisations, %d contacts with consent (%d withheld), %d meeting slots, %.0f KiB.

Send this file to the companies; they open it in Matchmaker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="150" />
        <source>The catalogue was not published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="157" />
        <source>%s: file %d from %s was already imported; nothing changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="159" />
        <source>%s: file %d from %s — requests: %d new, %d changed, %d withdrawn, %d kept; unavailable slots: +%d −%d; shortlist: +%d −%d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="165" />
        <source>Skipped: %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="179" />
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="194" />
        <source>The request file was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="183" />
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="185" />
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="224" />
        <source>Import Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="185" />
        <source>Import these requests?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="197" />
        <source>Imported %d request file(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="205" />
        <source>Open &amp;Catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="207" />
        <source>&amp;Publish Catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="208" />
        <source>Import &amp;Requests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="213" />
        <location filename="../../matchmaker/ui/catalogue/window.py" line="412" />
        <source>Open Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="81" />
        <source>%s — Matchmaker catalogue (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="108" />
        <source>Read-only catalogue: your choices are saved beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="119" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="122" />
        <source>This is us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="128" />
        <source>(choose your organisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="140" />
        <source>Search names, offers, requests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="148" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="203" />
        <location filename="../../matchmaker/ui/partners/page.py" line="312" />
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="155" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="203" />
        <location filename="../../matchmaker/ui/partners/page.py" line="209" />
        <source>All capabilities</source>
        <translation>Wszystkie kompetencje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="211" />
        <source>Tick the meeting slots when you cannot meet anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="213" />
        <source>This catalogue has no meeting slots (it is not for an event).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="217" />
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="218" />
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="219" />
        <location filename="../../matchmaker/ui/partners/models.py" line="45" />
        <source>Shortlist</source>
        <translation>Lista wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="220" />
        <source>My Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="221" />
        <source>My Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="230" />
        <location filename="../../matchmaker/ui/main_window.py" line="188" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="232" />
        <source>&amp;Open Catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="234" />
        <source>&amp;Export My Requests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="236" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="242" />
        <location filename="../../matchmaker/ui/main_window.py" line="188" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="243" />
        <location filename="../../matchmaker/ui/main_window.py" line="159" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="246" />
        <location filename="../../matchmaker/ui/main_window.py" line="160" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="252" />
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="255" />
        <source>Add to or Remove from &amp;Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="258" />
        <location filename="../../matchmaker/ui/main_window.py" line="188" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="326" />
        <source>Choose “this is us” above to see the partners that suit you best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="333" />
        <source>Suggestions are not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="343" />
        <source>The %d best partners for %s from other countries, with the reasons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="345" />
        <source>No partner in this catalogue matches %s's offers and requests yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="352" />
        <source>%d of %d organisations · %d shortlisted · %d requests · %d slots unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="355" />
        <source>exported %d×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="399" />
        <source>Export My Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="406" />
        <source>The requests could not be exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="408" />
        <source>Wrote %s. E-mail it to the organiser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="445" />
        <source>Cannot open the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="22" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="74" />
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="24" />
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="25" />
        <source>Stated</source>
        <translation>Deklarowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="26" />
        <source>Member count as stated by the cluster</source>
        <translation>Liczba członków podana przez klaster</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45" />
        <source>Founder</source>
        <translation>Założyciel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45" />
        <source>founder</source>
        <translation>założyciel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="46" />
        <source>Joined</source>
        <translation>Dołączył</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="76" />
        <source>Add Members to %s</source>
        <translation>Dodaj członków do %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="82" />
        <source>Find organisations…</source>
        <translation>Szukaj organizacji…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="85" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="119" />
        <source>Find clusters…</source>
        <translation>Szukaj klastrów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="135" />
        <source>Find members…</source>
        <translation>Szukaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="140" />
        <source>Add Members…</source>
        <translation>Dodaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="143" />
        <source>Remove from Cluster</source>
        <translation>Usuń z klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="224" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="38" />
        <source>founded %s</source>
        <translation>założona w %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="226" />
        <source>%s members as stated</source>
        <translation>deklarowanych członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="242" />
        <source>%s members</source>
        <translation>członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="260" />
        <source>Cannot add members</source>
        <translation>Nie można dodać członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="262" />
        <source>Added %n to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="276" />
        <source>Cannot remove members</source>
        <translation>Nie można usunąć członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="279" />
        <source>Removed %n from %s (Ctrl+Z brings them back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="26" />
        <source>Something went wrong: %s</source>
        <translation>Coś poszło nie tak: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="27" />
        <source>This is a bug. Details are in the log file %s</source>
        <translation>To błąd programu. Szczegóły w pliku dziennika %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="151" />
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="152" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="153" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="172" />
        <source>Show &amp;Navigation</source>
        <translation>Pokaż &amp;nawigację</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="175" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="178" />
        <source>Load &amp;Demo Data…</source>
        <translation>Wczytaj dane &amp;demonstracyjne…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="179" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="183" />
        <source>&amp;About Matchmaker</source>
        <translation>&amp;O programie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="218" />
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="256" />
        <source>(no event)</source>
        <translation>(brak wydarzenia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="293" />
        <source>New Database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="314" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="40" />
        <source>Find a capability (any language, synonyms too)…</source>
        <translation>Szukaj kompetencji (w dowolnym języku, także synonimy)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="44" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="74" />
        <source>Capability</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="44" />
        <source>NACE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="114" />
        <source>Chosen: %s</source>
        <translation>Wybrane: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="114" />
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="60" />
        <source>Cannot redo</source>
        <translation>Nie można ponowić</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="63" />
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="82" />
        <source>Create %s</source>
        <translation>Utwórz %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="102" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="70" />
        <source>Edit %s</source>
        <translation>Edytuj %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="126" />
        <source>%n organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="127" />
        <source>Delete %s</source>
        <translation>Usuń %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="146" />
        <source>Remove tag '%1' from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="146" />
        <source>Tag %2 as '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="168" />
        <source>Add %n to %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="185" />
        <source>Remove %n from %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="70" />
        <source>New Organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="73" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="77" />
        <source>Offers and Requests</source>
        <translation>Oferty i zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="78" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="68" />
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="114" />
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="121" />
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="128" />
        <source>e.g. lt, en, pl</source>
        <translation>np. lt, en, pl</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="131" />
        <source>comma-separated</source>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="147" />
        <source>Internal; never published or exported</source>
        <translation>Wewnętrzne; nigdy nie publikowane ani eksportowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>City:</source>
        <translation>Miasto:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="150" />
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="150" />
        <source>Size:</source>
        <translation>Wielkość:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="151" />
        <source>Founded:</source>
        <translation>Założona:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="152" />
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="152" />
        <source>Languages:</source>
        <translation>Języki:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153" />
        <source>Clusters:</source>
        <translation>Klastry:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153" />
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154" />
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154" />
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="170" />
        <source>Add Offer</source>
        <translation>Dodaj ofertę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="173" />
        <source>Add Request</source>
        <translation>Dodaj zapytanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="178" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="225" />
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="186" />
        <source>What this organisation offers to partners, and what it looks for.</source>
        <translation>Co ta organizacja oferuje partnerom i czego szuka.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="195" />
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="54" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="211" />
        <source>Consent to publish</source>
        <translation>Zgoda na publikację</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="222" />
        <source>Add Contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="232" />
        <source>Only contacts who consented are published in catalogues and agendas.</source>
        <translation>W katalogach i agendach publikowane są tylko kontakty, które wyraziły zgodę.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="247" />
        <source>Given at %s</source>
        <translation>Udzielona %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="30" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="31" />
        <source>Research</source>
        <translation>Jednostka naukowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="32" />
        <source>Public body</source>
        <translation>Instytucja publiczna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="33" />
        <source>Cluster body</source>
        <translation>Organizacja klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="34" />
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="37" />
        <source>Micro (&lt;10)</source>
        <translation>Mikro (&lt;10)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="38" />
        <source>Small (&lt;50)</source>
        <translation>Mała (&lt;50)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="39" />
        <source>Medium (&lt;250)</source>
        <translation>Średnia (&lt;250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="40" />
        <source>Large (250+)</source>
        <translation>Duża (250+)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="57" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <location filename="../../matchmaker/ui/partners/models.py" line="42" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="58" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <source>Size</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60" />
        <source>Founded</source>
        <translation>Założona</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="61" />
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="67" />
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="126" />
        <source>Illustrative demo data</source>
        <translation>Przykładowe dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="68" />
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Szukaj nazw, miast, klastrów, kompetencji, tagów…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="86" />
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="127" />
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="128" />
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="130" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="345" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="133" />
        <source>Tag…</source>
        <translation>Otaguj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="134" />
        <source>Remove Tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="203" />
        <source>All clusters</source>
        <translation>Wszystkie klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All sizes</source>
        <translation>Wszystkie wielkości</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="238" />
        <source>%s organisations</source>
        <translation>organizacji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="241" />
        <source>%1 of %2 organisations</source>
        <translation>%1 z %2 organizacji</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="330" />
        <source>Cannot edit</source>
        <translation>Nie można edytować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="341" />
        <source>Delete %s?</source>
        <translation>Usunąć %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="343" />
        <source>Delete %n organisations?</source>
        <translation>Usunąć organizacje (%n)?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="345" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Można to cofnąć skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="351" />
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="353" />
        <source>Deleted %n organisations.</source>
        <translation>Usunięto organizacje: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="359" />
        <source>Remove Tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="359" />
        <source>Tag Organisations</source>
        <translation>Otaguj organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="360" />
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="373" />
        <source>Cannot tag</source>
        <translation>Nie można otagować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="376" />
        <source>Removed '%1' from %2 organisations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="376" />
        <source>Tagged %2 organisations '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23" />
        <source>Remove %n from the shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23" />
        <source>Shortlist %n partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="51" />
        <source>Request a meeting with %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="40" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="64" />
        <source>Shortlisted partner</source>
        <translation>Wybrany partner</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="66" />
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="101" />
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacja, dla której szukamy partnerów (wpisz nazwę)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="110" />
        <source>Only participants of the current event</source>
        <translation>Tylko uczestnicy bieżącego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="114" />
        <source>Include same country</source>
        <translation>Uwzględnij ten sam kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="153" />
        <source>Must meet</source>
        <translation>Spotkanie konieczne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="153" />
        <source>Should meet</source>
        <translation>Spotkanie wskazane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="154" />
        <source>Could meet</source>
        <translation>Spotkanie możliwe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="161" />
        <source>Remove from Shortlist</source>
        <translation>Usuń z listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="166" />
        <source>Partners for:</source>
        <translation>Partnerzy dla:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="242" />
        <source>Choose an organisation.</source>
        <translation>Wybierz organizację.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="251" />
        <source>Building the match index…</source>
        <translation>Budowanie indeksu dopasowań…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="251" />
        <source>Finding partners…</source>
        <translation>Szukanie partnerów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="262" />
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Nie uczestniczy w bieżącym wydarzeniu: pokazano wszystkie organizacje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="285" />
        <source>%s suggestions</source>
        <translation>propozycji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="297" />
        <source>No suggestions.</source>
        <translation>Brak propozycji.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="298" />
        <source>Cannot suggest partners</source>
        <translation>Nie można zaproponować partnerów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="372" />
        <source>Cannot shortlist</source>
        <translation>Nie można dodać do listy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="379" />
        <source>Cannot change the shortlist</source>
        <translation>Nie można zmienić listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="387" />
        <source>Cannot request a meeting</source>
        <translation>Nie można poprosić o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="388" />
        <source>Meeting requested with %s.</source>
        <translation>Poproszono o spotkanie z %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="24" />
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="32" />
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="36" />
        <source>A new language is used from the next start.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="42" />
        <source>Theme:</source>
        <translation>Motyw:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="43" />
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
</context>
<context>
    <name>OrganisationsController</name>
    <message>
        <location filename="../../matchmaker/ui/organisations/controller.py" line="68" />
        <source>Cannot load the organisations</source>
        <extracomment>The table finished (re)loading: number of organisations. Cluster or tag names changed (the filter lists need refilling).</extracomment>
        <translation>Nie można wczytać organizacji</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="102" />
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="49" />
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="74" />
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
</context>
</TS>