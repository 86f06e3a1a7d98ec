<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lt_LT">
<context>
    <name />
    <message>
        <location filename="../../matchmaker/ui/about.py" line="27" />
        <source>About Matchmaker</source>
        <translation>Apie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="34" />
        <source>Cross-border B2B partner matchmaking and meeting scheduling for business clusters around the Baltic Sea. Works offline.</source>
        <translation>Tarptautinių B2B partnerių paieška ir susitikimų planavimas Baltijos jūros regiono verslo klasteriams. Veikia be interneto.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="72" />
        <source>Cannot open the database</source>
        <translation>Nepavyko atidaryti duomenų bazės</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="105" />
        <source>Welcome to Matchmaker</source>
        <translation>Sveiki atvykę į Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="106" />
        <source>This database is empty. Load the demo data?</source>
        <translation>Ši duomenų bazė tuščia. Įkelti demonstracinius duomenis?</translation>
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
        <translation>Įkeliami demonstraciniai duomenys…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118" />
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="125" />
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="120" />
        <source>Demo data</source>
        <translation>Demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140" />
        <source>Demo data loaded: %n rows added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144" />
        <source>The demo data could not be loaded</source>
        <translation>Nepavyko įkelti demonstracinių duomenų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="148" />
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Demonstracinių duomenų įkėlimas atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="157" />
        <location filename="../../matchmaker/ui/main_window.py" line="309" />
        <source>Open Database</source>
        <translation>Atidaryti duomenų bazę</translation>
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
        <translation>Pasiūlymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="71" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="70" />
        <source>Requests</source>
        <translation>Užklausos</translation>
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
        <translation>Prašyti susitikimo</translation>
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
        <translation>Į trumpąjį sąrašą</translation>
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
        <translation>Organizacija</translation>
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
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="49" />
        <location filename="../../matchmaker/ui/clusters/models.py" line="41" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="56" />
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="50" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="25" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="76" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="64" />
        <source>Capabilities</source>
        <translation>Kompetencijos</translation>
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
        <translation>Užklausa</translation>
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
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="94" />
        <location filename="../../matchmaker/ui/partners/models.py" line="43" />
        <source>Mutual</source>
        <translation>Abipusis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="95" />
        <location filename="../../matchmaker/ui/partners/models.py" line="44" />
        <source>Each side has something the other asked for</source>
        <translation>Abi pusės turi tai, ko ieško kita</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="96" />
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="114" />
        <location filename="../../matchmaker/ui/partners/models.py" line="47" />
        <source>Why</source>
        <translation>Kodėl</translation>
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
        <translation>Renginys:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="97" />
        <source>Cluster:</source>
        <translation>Klasteris:</translation>
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
        <translation>Visos šalys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="161" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="231" />
        <location filename="../../matchmaker/ui/partners/page.py" line="221" />
        <source>All capabilities</source>
        <translation>Visos kompetencijos</translation>
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
        <translation>Partneriai</translation>
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
        <translation>Trumpasis sąrašas</translation>
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
        <translation>&amp;Failas</translation>
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
        <translation>&amp;Keisti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="251" />
        <location filename="../../matchmaker/ui/main_window.py" line="166" />
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="254" />
        <location filename="../../matchmaker/ui/main_window.py" line="167" />
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="260" />
        <source>&amp;Find</source>
        <translation>&amp;Ieškoti</translation>
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
        <translation>&amp;Rodinys</translation>
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
        <translation>Klasteris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="24" />
        <source>Members</source>
        <translation>Nariai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="25" />
        <source>Stated</source>
        <translation>Nurodyta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="26" />
        <source>Member count as stated by the cluster</source>
        <translation>Narių skaičius, kurį nurodo klasteris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45" />
        <source>Founder</source>
        <translation>Steigėjas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45" />
        <source>founder</source>
        <translation>steigėjas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="46" />
        <source>Joined</source>
        <translation>Įstojo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="44" />
        <source>No clusters yet.</source>
        <translation>Klasterių dar nėra.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="83" />
        <source>Add Members to %s</source>
        <translation>Pridėti narių į %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="89" />
        <source>Find organisations…</source>
        <translation>Ieškoti organizacijų…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="92" />
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="126" />
        <source>Find clusters…</source>
        <translation>Ieškoti klasterių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="142" />
        <source>Find members…</source>
        <translation>Ieškoti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="147" />
        <source>Add Members…</source>
        <translation>Pridėti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="150" />
        <source>Remove from Cluster</source>
        <translation>Pašalinti iš klasterio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="231" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="63" />
        <source>founded %s</source>
        <translation>įkurta %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="233" />
        <source>%s members as stated</source>
        <translation>nurodyta narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="249" />
        <source>%s members</source>
        <translation>narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="267" />
        <source>Cannot add members</source>
        <translation>Nepavyko pridėti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="269" />
        <source>Added %n to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="283" />
        <source>Cannot remove members</source>
        <translation>Nepavyko pašalinti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="286" />
        <source>Removed %n from %s (Ctrl+Z brings them back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="26" />
        <source>Something went wrong: %s</source>
        <translation>Įvyko klaida: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="27" />
        <source>This is a bug. Details are in the log file %s</source>
        <translation>Tai programos klaida. Išsami informacija žurnalo faile %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="158" />
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="159" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Atidaryti duomenų bazę…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="160" />
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="179" />
        <source>Show &amp;Navigation</source>
        <translation>Rodyti &amp;naršymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="182" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Visas ekranas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="185" />
        <source>Load &amp;Demo Data…</source>
        <translation>Įkelti &amp;demonstracinius duomenis…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="190" />
        <source>&amp;About Matchmaker</source>
        <translation>&amp;Apie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>&amp;Tools</source>
        <translation>Į&amp;rankiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203" />
        <source>Open &amp;Recent</source>
        <translation>Atidaryti &amp;neseniai naudotą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="225" />
        <source>Main Toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="264" />
        <source>(no event)</source>
        <translation>(nėra renginio)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="301" />
        <source>New Database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="322" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Išvalyti sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="40" />
        <source>Find a capability (any language, synonyms too)…</source>
        <translation>Ieškoti kompetencijos (bet kuria kalba, ir sinonimų)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="44" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="92" />
        <source>Capability</source>
        <translation>Kompetencija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="44" />
        <source>NACE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="114" />
        <source>Chosen: %s</source>
        <translation>Pasirinkta: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="114" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="33" />
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="60" />
        <source>Cannot redo</source>
        <translation>Nepavyko pakartoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="63" />
        <source>Cannot undo</source>
        <translation>Nepavyko atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="82" />
        <source>Create %s</source>
        <translation>Sukurti %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="102" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="70" />
        <source>Edit %s</source>
        <translation>Redaguoti %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="126" />
        <source>%n organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="127" />
        <source>Delete %s</source>
        <translation>Ištrinti %s</translation>
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
        <translation>Nauja organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="73" />
        <source>Profile</source>
        <translation>Profilis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="77" />
        <source>Offers and Requests</source>
        <translation>Pasiūlymai ir užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="27" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="78" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="68" />
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="114" />
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="121" />
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="128" />
        <source>e.g. lt, en, pl</source>
        <translation>pvz., lt, en, pl</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="131" />
        <source>comma-separated</source>
        <translation>atskirti kableliais</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="147" />
        <source>Internal; never published or exported</source>
        <translation>Vidinės; niekada neskelbiamos ir neeksportuojamos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>Country:</source>
        <translation>Šalis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="149" />
        <source>City:</source>
        <translation>Miestas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="150" />
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="150" />
        <source>Size:</source>
        <translation>Dydis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="151" />
        <source>Founded:</source>
        <translation>Įkurta:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="152" />
        <source>Website:</source>
        <translation>Svetainė:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="152" />
        <source>Languages:</source>
        <translation>Kalbos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153" />
        <source>Clusters:</source>
        <translation>Klasteriai:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153" />
        <source>Tags:</source>
        <translation>Žymos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154" />
        <source>Description:</source>
        <translation>Aprašymas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154" />
        <source>Notes:</source>
        <translation>Pastabos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="162" />
        <source>Details</source>
        <translation>Išsamiau</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="170" />
        <source>Add Offer</source>
        <translation>Pridėti pasiūlymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="173" />
        <source>Add Request</source>
        <translation>Pridėti užklausą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="178" />
        <location filename="../../matchmaker/ui/organisations/editor.py" line="225" />
        <location filename="../../matchmaker/ui/pages/event/view.py" line="131" />
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="186" />
        <source>What this organisation offers to partners, and what it looks for.</source>
        <translation>Ką ši organizacija siūlo partneriams ir ko ieško.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="195" />
        <source>Offer</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="54" />
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84" />
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="210" />
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="211" />
        <source>Consent to publish</source>
        <translation>Sutikimas skelbti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="222" />
        <source>Add Contact</source>
        <translation>Pridėti kontaktą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="232" />
        <source>Only contacts who consented are published in catalogues and agendas.</source>
        <translation>Kataloguose ir darbotvarkėse skelbiami tik sutikimą davę kontaktai.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="247" />
        <source>Given at %s</source>
        <translation>Duotas %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="30" />
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="31" />
        <source>Research</source>
        <translation>Mokslo įstaiga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="32" />
        <source>Public body</source>
        <translation>Viešoji įstaiga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="33" />
        <source>Cluster body</source>
        <translation>Klasterio organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="34" />
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="37" />
        <source>Micro (&lt;10)</source>
        <translation>Labai maža (&lt;10)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="38" />
        <source>Small (&lt;50)</source>
        <translation>Maža (&lt;50)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="39" />
        <source>Medium (&lt;250)</source>
        <translation>Vidutinė (&lt;250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="40" />
        <source>Large (250+)</source>
        <translation>Didelė (250+)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="57" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <location filename="../../matchmaker/ui/partners/models.py" line="42" />
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="58" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60" />
        <source>Founded</source>
        <translation>Įkurta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="26" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="61" />
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="28" />
        <source>Illustrative demo data.</source>
        <translation>Iliustraciniai demonstraciniai duomenys.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="29" />
        <source>Internal notes</source>
        <translation>Vidinės pastabos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="30" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="67" />
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="31" />
        <source>may be published</source>
        <translation>galima skelbti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="32" />
        <source>no consent: never published</source>
        <translation>nėra sutikimo: niekada neskelbiama</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="126" />
        <source>Illustrative demo data</source>
        <translation>Iliustraciniai demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="60" />
        <source>Select an organisation to see its profile.</source>
        <translation>Pasirinkite organizaciją, kad pamatytumėte jos profilį.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="86" />
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Ieškoti pavadinimų, miestų, klasterių, kompetencijų, žymų…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="93" />
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="104" />
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="151" />
        <source>New</source>
        <translation>Nauja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="152" />
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="154" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="375" />
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="157" />
        <source>Tag…</source>
        <translation>Žymėti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="158" />
        <source>Remove Tag…</source>
        <translation>Pašalinti žymą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="160" />
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="161" />
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="231" />
        <source>All clusters</source>
        <translation>Visi klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All sizes</source>
        <translation>Visi dydžiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="232" />
        <source>All tags</source>
        <translation>Visos žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="266" />
        <source>%s organisations</source>
        <translation>organizacijų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="269" />
        <source>%1 of %2 organisations</source>
        <translation>%1 iš %2 organizacijų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="360" />
        <source>Cannot edit</source>
        <translation>Nepavyko redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="371" />
        <source>Delete %s?</source>
        <translation>Ištrinti %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="373" />
        <source>Delete %n organisations?</source>
        <translation>Ištrinti organizacijų: %n?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="375" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Tai galima atšaukti paspaudus Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="381" />
        <source>Cannot delete</source>
        <translation>Nepavyko ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="383" />
        <source>Deleted %n organisations.</source>
        <translation>Ištrinta organizacijų: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389" />
        <source>Remove Tag</source>
        <translation>Pašalinti žymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389" />
        <source>Tag Organisations</source>
        <translation>Žymėti organizacijas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="390" />
        <source>Tag:</source>
        <translation>Žyma:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="403" />
        <source>Cannot tag</source>
        <translation>Nepavyko pažymėti</translation>
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
        <translation>Partneris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="64" />
        <source>Shortlisted partner</source>
        <translation>Partneris trumpajame sąraše</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="66" />
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="60" />
        <source>(no reasons)</source>
        <translation>(priežasčių nėra)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="61" />
        <source>Select a suggestion to see why.</source>
        <translation>Pasirinkite pasiūlymą, kad pamatytumėte kodėl.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="62" />
        <source>mutual interest</source>
        <translation>abipusis interesas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="63" />
        <source>score</source>
        <translation>balas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="113" />
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacija, kuriai ieškoma partnerių (įveskite pavadinimą)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="122" />
        <source>Only participants of the current event</source>
        <translation>Tik dabartinio renginio dalyviai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="126" />
        <source>Include same country</source>
        <translation>Įtraukti tą pačią šalį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="165" />
        <source>Must meet</source>
        <translation>Būtina susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="165" />
        <source>Should meet</source>
        <translation>Verta susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="166" />
        <source>Could meet</source>
        <translation>Galima susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="173" />
        <source>Remove from Shortlist</source>
        <translation>Pašalinti iš trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="178" />
        <source>Partners for:</source>
        <translation>Partneriai organizacijai:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="254" />
        <source>Choose an organisation.</source>
        <translation>Pasirinkite organizaciją.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="264" />
        <source>Building the match index…</source>
        <translation>Kuriamas atitikčių indeksas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="264" />
        <source>Finding partners…</source>
        <translation>Ieškoma partnerių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="274" />
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Ne dabartinio renginio dalyvis: rodomos visos organizacijos.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="302" />
        <source>%s suggestions</source>
        <translation>pasiūlymų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="314" />
        <source>No suggestions.</source>
        <translation>Pasiūlymų nėra.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="315" />
        <source>Cannot suggest partners</source>
        <translation>Nepavyko pasiūlyti partnerių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="392" />
        <source>Cannot shortlist</source>
        <translation>Nepavyko įtraukti į sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="399" />
        <source>Cannot change the shortlist</source>
        <translation>Nepavyko pakeisti trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="407" />
        <source>Cannot request a meeting</source>
        <translation>Nepavyko paprašyti susitikimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="408" />
        <source>Meeting requested with %s.</source>
        <translation>Paprašyta susitikimo su %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="24" />
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Follow the system</source>
        <translation>Kaip sistemoje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27" />
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="32" />
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="36" />
        <source>A new language is used from the next start.</source>
        <translation>Nauja kalba bus naudojama nuo kito paleidimo.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="42" />
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="43" />
        <source>Language:</source>
        <translation>Kalba:</translation>
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
        <translation type="unfinished">Renginys</translation>
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
        <translation type="unfinished">Tvarkaraštis</translation>
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
        <translation>Nepavyko įkelti organizacijų</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="109" />
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="67" />
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="84" />
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="67" />
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="67" />
        <source>Schedule</source>
        <translation>Tvarkaraštis</translation>
    </message>
</context>
</TS>