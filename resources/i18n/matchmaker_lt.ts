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
        <location filename="../../matchmaker/ui/app.py" line="71" />
        <source>Cannot open the database</source>
        <translation>Nepavyko atidaryti duomenų bazės</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="101" />
        <source>Welcome to Matchmaker</source>
        <translation>Sveiki atvykę į Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="102" />
        <source>This database is empty. Load the demo data?</source>
        <translation>Ši duomenų bazė tuščia. Įkelti demonstracinius duomenis?</translation>
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
        <translation>Įkeliami demonstraciniai duomenys…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="114" />
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="116" />
        <source>Demo data</source>
        <translation>Demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="136" />
        <source>Demo data loaded: %n rows added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140" />
        <source>The demo data could not be loaded</source>
        <translation>Nepavyko įkelti demonstracinių duomenų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144" />
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Demonstracinių duomenų įkėlimas atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="153" />
        <location filename="../../matchmaker/ui/main_window.py" line="301" />
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
        <location filename="../../matchmaker/ui/organisations/detail.py" line="54" />
        <location filename="../../matchmaker/ui/organisations/model.py" line="69" />
        <source>Offers</source>
        <translation>Pasiūlymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="71" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="54" />
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
        <location filename="../../matchmaker/ui/partners/page.py" line="148" />
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
        <location filename="../../matchmaker/ui/partners/page.py" line="142" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="74" />
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
        <location filename="../../matchmaker/ui/main_window.py" line="228" />
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
        <translation>Visos šalys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="155" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="203" />
        <location filename="../../matchmaker/ui/partners/page.py" line="209" />
        <source>All capabilities</source>
        <translation>Visos kompetencijos</translation>
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
        <translation>Partneriai</translation>
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
        <translation>Trumpasis sąrašas</translation>
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
        <translation>&amp;Failas</translation>
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
        <translation>&amp;Keisti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="243" />
        <location filename="../../matchmaker/ui/main_window.py" line="159" />
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="246" />
        <location filename="../../matchmaker/ui/main_window.py" line="160" />
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="252" />
        <source>&amp;Find</source>
        <translation>&amp;Ieškoti</translation>
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
        <translation>&amp;Rodinys</translation>
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
        <location filename="../../matchmaker/ui/clusters/page.py" line="76" />
        <source>Add Members to %s</source>
        <translation>Pridėti narių į %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="82" />
        <source>Find organisations…</source>
        <translation>Ieškoti organizacijų…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="85" />
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="119" />
        <source>Find clusters…</source>
        <translation>Ieškoti klasterių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="135" />
        <source>Find members…</source>
        <translation>Ieškoti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="140" />
        <source>Add Members…</source>
        <translation>Pridėti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="143" />
        <source>Remove from Cluster</source>
        <translation>Pašalinti iš klasterio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="224" />
        <location filename="../../matchmaker/ui/organisations/detail.py" line="38" />
        <source>founded %s</source>
        <translation>įkurta %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="226" />
        <source>%s members as stated</source>
        <translation>nurodyta narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="242" />
        <source>%s members</source>
        <translation>narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="260" />
        <source>Cannot add members</source>
        <translation>Nepavyko pridėti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="262" />
        <source>Added %n to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="276" />
        <source>Cannot remove members</source>
        <translation>Nepavyko pašalinti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="279" />
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
        <location filename="../../matchmaker/ui/main_window.py" line="151" />
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="152" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Atidaryti duomenų bazę…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="153" />
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="172" />
        <source>Show &amp;Navigation</source>
        <translation>Rodyti &amp;naršymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="175" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Visas ekranas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="178" />
        <source>Load &amp;Demo Data…</source>
        <translation>Įkelti &amp;demonstracinius duomenis…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="179" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="183" />
        <source>&amp;About Matchmaker</source>
        <translation>&amp;Apie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;Tools</source>
        <translation>Į&amp;rankiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189" />
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="196" />
        <source>Open &amp;Recent</source>
        <translation>Atidaryti &amp;neseniai naudotą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="218" />
        <source>Main Toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="256" />
        <source>(no event)</source>
        <translation>(nėra renginio)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="293" />
        <source>New Database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="314" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="74" />
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
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <location filename="../../matchmaker/ui/partners/models.py" line="42" />
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="58" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60" />
        <source>Founded</source>
        <translation>Įkurta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="61" />
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="67" />
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="126" />
        <source>Illustrative demo data</source>
        <translation>Iliustraciniai demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="68" />
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Ieškoti pavadinimų, miestų, klasterių, kompetencijų, žymų…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="75" />
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="86" />
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="127" />
        <source>New</source>
        <translation>Nauja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="128" />
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="130" />
        <location filename="../../matchmaker/ui/organisations/page.py" line="345" />
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="133" />
        <source>Tag…</source>
        <translation>Žymėti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="134" />
        <source>Remove Tag…</source>
        <translation>Pašalinti žymą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="203" />
        <source>All clusters</source>
        <translation>Visi klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All sizes</source>
        <translation>Visi dydžiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="204" />
        <source>All tags</source>
        <translation>Visos žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="238" />
        <source>%s organisations</source>
        <translation>organizacijų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="241" />
        <source>%1 of %2 organisations</source>
        <translation>%1 iš %2 organizacijų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="330" />
        <source>Cannot edit</source>
        <translation>Nepavyko redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="341" />
        <source>Delete %s?</source>
        <translation>Ištrinti %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="343" />
        <source>Delete %n organisations?</source>
        <translation>Ištrinti organizacijų: %n?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="345" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Tai galima atšaukti paspaudus Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="351" />
        <source>Cannot delete</source>
        <translation>Nepavyko ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="353" />
        <source>Deleted %n organisations.</source>
        <translation>Ištrinta organizacijų: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="359" />
        <source>Remove Tag</source>
        <translation>Pašalinti žymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="359" />
        <source>Tag Organisations</source>
        <translation>Žymėti organizacijas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="360" />
        <source>Tag:</source>
        <translation>Žyma:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="373" />
        <source>Cannot tag</source>
        <translation>Nepavyko pažymėti</translation>
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
        <location filename="../../matchmaker/ui/partners/page.py" line="101" />
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacija, kuriai ieškoma partnerių (įveskite pavadinimą)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="110" />
        <source>Only participants of the current event</source>
        <translation>Tik dabartinio renginio dalyviai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="114" />
        <source>Include same country</source>
        <translation>Įtraukti tą pačią šalį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="153" />
        <source>Must meet</source>
        <translation>Būtina susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="153" />
        <source>Should meet</source>
        <translation>Verta susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="154" />
        <source>Could meet</source>
        <translation>Galima susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="161" />
        <source>Remove from Shortlist</source>
        <translation>Pašalinti iš trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="166" />
        <source>Partners for:</source>
        <translation>Partneriai organizacijai:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="242" />
        <source>Choose an organisation.</source>
        <translation>Pasirinkite organizaciją.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="251" />
        <source>Building the match index…</source>
        <translation>Kuriamas atitikčių indeksas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="251" />
        <source>Finding partners…</source>
        <translation>Ieškoma partnerių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="262" />
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Ne dabartinio renginio dalyvis: rodomos visos organizacijos.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="285" />
        <source>%s suggestions</source>
        <translation>pasiūlymų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="297" />
        <source>No suggestions.</source>
        <translation>Pasiūlymų nėra.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="298" />
        <source>Cannot suggest partners</source>
        <translation>Nepavyko pasiūlyti partnerių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="372" />
        <source>Cannot shortlist</source>
        <translation>Nepavyko įtraukti į sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="379" />
        <source>Cannot change the shortlist</source>
        <translation>Nepavyko pakeisti trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="387" />
        <source>Cannot request a meeting</source>
        <translation>Nepavyko paprašyti susitikimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="388" />
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
        <location filename="../../matchmaker/ui/clusters/page.py" line="102" />
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="49" />
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="74" />
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
</context>
</TS>