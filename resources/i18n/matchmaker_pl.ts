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
        <location filename="../../matchmaker/ui/app.py" line="72" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="105" />
        <source>Welcome to Matchmaker</source>
        <translation>Witamy w Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="106" />
        <source>This database is empty. Load the demo data?</source>
        <translation>Ta baza danych jest pusta. Wczytać dane demonstracyjne?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="108" />
        <source>The demo holds the Vilnius and Krakow film clusters, Nebula, the Lithuanian ICT Cluster, INFOBALT and their members, and an event modelled on Bridge 2 Business (Vilnius, 2018). You can load it later from Tools ▸ Load Demo Data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118" />
        <location filename="../../matchmaker/ui/app.py" line="133" />
        <source>Loading the demo data…</source>
        <translation>Wczytywanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="125" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="120" />
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140" />
        <source>Demo data loaded: %n rows added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144" />
        <source>The demo data could not be loaded</source>
        <translation>Nie udało się wczytać danych demonstracyjnych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="148" />
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Wczytywanie danych demonstracyjnych anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="157" />
        <location filename="../../matchmaker/ui/main_window.py" line="309" />
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
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="69" />
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="71" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79" />
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
        <location filename="../../matchmaker/ui/partners/page.py" line="160" />
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
        <location filename="../../matchmaker/ui/partners/page.py" line="154" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="92" />
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
        <location filename="../../matchmaker/ui/organisations/detail.py" line="25" />
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
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="114" />
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
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="114" />
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
        <location filename="../../matchmaker/ui/main_window.py" line="235" />
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
        <location filename="../../matchmaker/ui/catalogue/window.py" line="430" />
        <source>Open Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="89" />
        <source>%s — Matchmaker catalogue (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="116" />
        <source>Read-only catalogue: your choices are saved beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="125" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="128" />
        <source>This is us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="134" />
        <source>(choose your organisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="146" />
        <source>Search names, offers, requests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="154" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="231" />
        <location filename="../../matchmaker/ui/partners/page.py" line="331" />
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="161" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="231" />
        <location filename="../../matchmaker/ui/partners/page.py" line="221" />
        <source>All capabilities</source>
        <translation>Wszystkie kompetencje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="219" />
        <source>Tick the meeting slots when you cannot meet anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="221" />
        <source>This catalogue has no meeting slots (it is not for an event).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="225" />
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="226" />
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="227" />
        <location filename="../../matchmaker/ui/partners/models.py" line="45" />
        <source>Shortlist</source>
        <translation>Lista wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="228" />
        <source>My Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="229" />
        <source>My Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="238" />
        <location filename="../../matchmaker/ui/main_window.py" line="195" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="240" />
        <source>&amp;Open Catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="242" />
        <source>&amp;Export My Requests…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="244" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="250" />
        <location filename="../../matchmaker/ui/main_window.py" line="195" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="251" />
        <location filename="../../matchmaker/ui/main_window.py" line="166" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="254" />
        <location filename="../../matchmaker/ui/main_window.py" line="167" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="260" />
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="263" />
        <source>Add to or Remove from &amp;Shortlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="266" />
        <location filename="../../matchmaker/ui/main_window.py" line="195" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="334" />
        <source>Choose “this is us” above to see the partners that suit you best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="341" />
        <source>Suggestions are not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="354" />
        <source>The %d best partners for %s from other countries, with the reasons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="356" />
        <source>No partner in this catalogue matches %s's offers and requests yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="365" />
        <source>%d of %d organisations · %d shortlisted · %d %s · %d %s unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="366" />
        <source>request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="366" />
        <source>requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="367" />
        <source>slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="367" />
        <source>slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="369" />
        <source>exported %d×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="417" />
        <source>Export My Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="424" />
        <source>The requests could not be exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="426" />
        <source>Wrote %s. E-mail it to the organiser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="463" />
        <source>Cannot open the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="22" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="92" />
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
        <location filename="../../matchmaker/ui/clusters/page.py" line="44" />
        <source>No clusters yet.</source>
        <translation>Nie ma jeszcze klastrów.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="83" />
        <source>Add Members to %s</source>
        <translation>Dodaj członków do %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="89" />
        <source>Find organisations…</source>
        <translation>Szukaj organizacji…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="92" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="126" />
        <source>Find clusters…</source>
        <translation>Szukaj klastrów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="142" />
        <source>Find members…</source>
        <translation>Szukaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="147" />
        <source>Add Members…</source>
        <translation>Dodaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="150" />
        <source>Remove from Cluster</source>
        <translation>Usuń z klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="231" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="63" />
        <source>founded %s</source>
        <translation>założona w %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="233" />
        <source>%s members as stated</source>
        <translation>deklarowanych członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="249" />
        <source>%s members</source>
        <translation>członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="267" />
        <source>Cannot add members</source>
        <translation>Nie można dodać członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="269" />
        <source>Added %n to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="283" />
        <source>Cannot remove members</source>
        <translation>Nie można usunąć członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="286" />
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
        <location filename="../../matchmaker/ui/main_window.py" line="158" />
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="159" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="160" />
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="179" />
        <source>Show &amp;Navigation</source>
        <translation>Pokaż &amp;nawigację</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="182" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="185" />
        <source>Load &amp;Demo Data…</source>
        <translation>Wczytaj dane &amp;demonstracyjne…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="190" />
        <source>&amp;About Matchmaker</source>
        <translation>&amp;O programie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203" />
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="225" />
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="264" />
        <source>(no event)</source>
        <translation>(brak wydarzenia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="301" />
        <source>New Database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="322" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="92" />
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
        <location filename="../../matchmaker/ui/organisations/detail.py" line="33" />
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
        <location filename="../../matchmaker/ui/organisations/detail.py" line="27" />
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
        <location filename="../../matchmaker/ui/pages/event/view.py" line="131" />
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
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <location filename="../../matchmaker/ui/partners/models.py" line="42" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="58" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <source>Size</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60" />
        <source>Founded</source>
        <translation>Założona</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="26" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="61" />
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="28" />
        <source>Illustrative demo data.</source>
        <translation>Przykładowe dane demonstracyjne.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="29" />
        <source>Internal notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="30" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="67" />
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="31" />
        <source>may be published</source>
        <translation>można publikować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="32" />
        <source>no consent: never published</source>
        <translation>brak zgody: nigdy nie publikowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="126" />
        <source>Illustrative demo data</source>
        <translation>Przykładowe dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="60" />
        <source>Select an organisation to see its profile.</source>
        <translation>Wybierz organizację, aby zobaczyć jej profil.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="86" />
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Szukaj nazw, miast, klastrów, kompetencji, tagów…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="104" />
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="151" />
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="152" />
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="154" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="375" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="157" />
        <source>Tag…</source>
        <translation>Otaguj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="158" />
        <source>Remove Tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="160" />
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="161" />
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="231" />
        <source>All clusters</source>
        <translation>Wszystkie klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All sizes</source>
        <translation>Wszystkie wielkości</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="266" />
        <source>%s organisations</source>
        <translation>organizacji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="269" />
        <source>%1 of %2 organisations</source>
        <translation>%1 z %2 organizacji</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="360" />
        <source>Cannot edit</source>
        <translation>Nie można edytować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="371" />
        <source>Delete %s?</source>
        <translation>Usunąć %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="373" />
        <source>Delete %n organisations?</source>
        <translation>Usunąć organizacje (%n)?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="375" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Można to cofnąć skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="381" />
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="383" />
        <source>Deleted %n organisations.</source>
        <translation>Usunięto organizacje: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389" />
        <source>Remove Tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389" />
        <source>Tag Organisations</source>
        <translation>Otaguj organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="390" />
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="403" />
        <source>Cannot tag</source>
        <translation>Nie można otagować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="406" />
        <source>Removed '%1' from %2 organisations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="406" />
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
        <location filename="../../matchmaker/ui/partners/page.py" line="60" />
        <source>(no reasons)</source>
        <translation>(brak uzasadnienia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="61" />
        <source>Select a suggestion to see why.</source>
        <translation>Wybierz propozycję, aby zobaczyć uzasadnienie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="62" />
        <source>mutual interest</source>
        <translation>obopólne zainteresowanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="63" />
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="113" />
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacja, dla której szukamy partnerów (wpisz nazwę)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="122" />
        <source>Only participants of the current event</source>
        <translation>Tylko uczestnicy bieżącego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="126" />
        <source>Include same country</source>
        <translation>Uwzględnij ten sam kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="165" />
        <source>Must meet</source>
        <translation>Spotkanie konieczne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="165" />
        <source>Should meet</source>
        <translation>Spotkanie wskazane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="166" />
        <source>Could meet</source>
        <translation>Spotkanie możliwe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="173" />
        <source>Remove from Shortlist</source>
        <translation>Usuń z listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="178" />
        <source>Partners for:</source>
        <translation>Partnerzy dla:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="254" />
        <source>Choose an organisation.</source>
        <translation>Wybierz organizację.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="264" />
        <source>Building the match index…</source>
        <translation>Budowanie indeksu dopasowań…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="264" />
        <source>Finding partners…</source>
        <translation>Szukanie partnerów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="274" />
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Nie uczestniczy w bieżącym wydarzeniu: pokazano wszystkie organizacje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="302" />
        <source>%s suggestions</source>
        <translation>propozycji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="314" />
        <source>No suggestions.</source>
        <translation>Brak propozycji.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="315" />
        <source>Cannot suggest partners</source>
        <translation>Nie można zaproponować partnerów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="392" />
        <source>Cannot shortlist</source>
        <translation>Nie można dodać do listy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="399" />
        <source>Cannot change the shortlist</source>
        <translation>Nie można zmienić listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="407" />
        <source>Cannot request a meeting</source>
        <translation>Nie można poprosić o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="408" />
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
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="43" />
        <source>Add participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="51" />
        <source>Filter by name, country or city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="67" />
        <source>%s organisations are not taking part yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="81" />
        <source>New meeting request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="95" />
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="114" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="96" />
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="114" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="97" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="110" />
        <source>Review proposed meeting requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="124" />
        <source>Ticked proposals become pending requests (source: suggestion). Accept or decline them afterwards like any other request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="128" />
        <source>Create ticked requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="81" />
        <source>yes</source>
        <extracomment>Soft colours with alpha, readable on light and dark themes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="178" />
        <source>not available</source>
        <extracomment>Called as (participation id, delegates) when the user edits the Delegates cell.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="178" />
        <source>available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="72" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="74" />
        <location filename="../../matchmaker/ui/pages/event/view.py" line="240" />
        <source>Event</source>
        <translation type="unfinished">Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="76" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="77" />
        <source>&amp;Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="78" />
        <source>Ci&amp;ty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="79" />
        <source>C&amp;ountry code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="80" />
        <source>&amp;Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="81" />
        <source>&amp;Slot length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="85" />
        <source>Breaks (10:50-11:10 Coffee; …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91" />
        <source>Add session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="92" />
        <source>Remove session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="95" />
        <source>Sessions and breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="109" />
        <source>Numbered tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="110" />
        <source>Named tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="117" />
        <source>One name per line, or separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="119" />
        <source>Tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="125" />
        <source>&amp;Save setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="127" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="165" />
        <source>Breaks between sessions (kept when they overlap no new slot): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="177" />
        <source>{slots} meeting slots, {tables} tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="77" />
        <source>New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="85" />
        <source>Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="86" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="87" />
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="88" />
        <source>Meeting requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="89" />
        <source>There is no event yet. Create one, or load the demo data from the File menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="126" />
        <source>Filter participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="129" />
        <source>Add from organisations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="133" />
        <source>Double-click Delegates to change how many meetings a participant holds at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="151" />
        <source>Press and drag across slots to mark when a participant cannot meet (✕). Drag from a marked cell to clear. Ctrl+Z undoes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="182" />
        <source>Filter by organisation or country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="186" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="191" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="191" />
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="200" />
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="201" />
        <source>&amp;Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="202" />
        <source>Ca&amp;ncel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="203" />
        <source>&amp;Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="212" />
        <source>New request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="214" />
        <source>Propose from suggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="220" />
        <source>{0} of {1} requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="250" />
        <source>{days} · {zone} · {people} participants · {slots} slots · {tables} tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="286" />
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="286" />
        <source>Name of the event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="295" />
        <source>Remove {0} participant(s) and their meeting requests? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="296" />
        <source>Remove participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="314" />
        <source>No new cross-border requests to propose: every good match is already asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="40" />
        <source> (this is a bug; details are in the log file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="67" />
        <source>Create an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="76" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="326" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="328" />
        <source>Schedule</source>
        <translation type="unfinished">Harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="80" />
        <source>Grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="81" />
        <source>Participants and check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="82" />
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="83" />
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="84" />
        <source>Choose or create an event on the Event page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="85" />
        <source>Use Event → New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="109" />
        <source>&amp;Run scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="110" />
        <source>Place every accepted meeting, then minimise breaks (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="113" />
        <source>Re&amp;pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="114" />
        <source>Re-solve after changes, moving as few meetings as possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="120" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="121" />
        <source>Time limit of the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="123" />
        <source>Stop &amp;&amp; keep best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="127" />
        <source>Undo last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="159" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="160" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="369" />
        <source>Select a meeting in the grid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="166" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="166" />
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="166" />
        <source>Mark &amp;held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="167" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="371" />
        <source>No-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="168" />
        <source>Take out of the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="168" />
        <source>Cancel meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="173" />
        <source>The other meetings of both sides are highlighted. Drag a meeting to another cell to move it; conflicts are checked before anything moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="202" />
        <source>Find a participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="217" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="398" />
        <source>Select a participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="219" />
        <source>Did not come from the selected slot on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="220" />
        <source>A no-show in that slot; later meetings are cancelled so a repair can give the partners' time to others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="251" />
        <source>Meetings between countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="269" />
        <source>No run in this session yet: press Run scheduler.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="272" />
        <source>What changed, per participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="277" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="279" />
        <source>Accepted but not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="280" />
        <source>Every accepted meeting has a slot and a table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="330" />
        <source>{0} of {1} checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="337" />
        <source>Busiest pairs: {0}. The diagonal counts meetings within one country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="342" />
        <source>&lt;b&gt;{placed}&lt;/b&gt; meetings placed, &lt;b&gt;{unplaced}&lt;/b&gt; accepted but not placed · &lt;b&gt;{breaks}&lt;/b&gt; breaks · tables {load:.0%} used · {cross:.0%} cross-border · meetings per participant {low}–{high} (mean {mean:.1f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="384" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="385" />
        <source>No-show: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="405" />
        <source>{name} ({country}) · {n} meetings · {d} delegate(s){checked}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="407" />
        <source> · checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="427" />
        <source>Meeting cancelled (Ctrl+Z undoes). Press &lt;b&gt;Repair&lt;/b&gt; to use the freed slot while moving as few other meetings as possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="438" />
        <source>Marked. Press &lt;b&gt;Repair&lt;/b&gt; to give the freed time to other meetings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="459" />
        <source>weight {0} (bound {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="461" />
        <source>breaks {0} (bound {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="463" />
        <source>{0} moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="481" />
        <source>{status}: {placed} of {total} meetings placed (weight {w} of bound {wb}), {breaks} breaks (bound {bb}){moved}, {sec:.1f} s. {changed} participant(s) affected.</source>
        <translation type="unfinished" />
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
        <location filename="../../matchmaker/ui/clusters/page.py" line="109" />
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="67" />
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="84" />
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="67" />
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="67" />
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
</context>
</TS>