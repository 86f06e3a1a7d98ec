<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name></name>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="28"/>
        <source>About Matchmaker</source>
        <translation>Apie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="35"/>
        <source>Cross-border B2B partner matchmaking and meeting scheduling for business clusters around the Baltic Sea. Works offline.</source>
        <translation>Tarptautinių B2B partnerių paieška ir susitikimų planavimas Baltijos jūros regiono verslo klasteriams. Veikia be interneto.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Data folder</source>
        <translation>Duomenų aplankas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Log file</source>
        <translation>Žurnalo failas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="72"/>
        <source>Cannot open the database</source>
        <translation>Nepavyko atidaryti duomenų bazės</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="105"/>
        <source>Welcome to Matchmaker</source>
        <translation>Sveiki atvykę į Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="106"/>
        <source>This database is empty. Load the demo data?</source>
        <translation>Ši duomenų bazė tuščia. Įkelti demonstracinius duomenis?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="108"/>
        <source>The demo holds the Vilnius and Krakow film clusters, Nebula, the Lithuanian ICT Cluster, INFOBALT and their members, and an event modelled on Bridge 2 Business (Vilnius, 2018). You can load it later from Tools ▸ Load Demo Data.</source>
        <translation>Demonstraciniuose duomenyse yra Vilniaus ir Krokuvos kino klasteriai, Nebula, Lietuvos IRT klasteris, INFOBALT ir jų nariai bei renginys pagal Bridge 2 Business (Vilnius, 2018) pavyzdį. Juos galėsite įkelti vėliau: Įrankiai ▸ Įkelti demonstracinius duomenis.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118"/>
        <location filename="../../matchmaker/ui/app.py" line="133"/>
        <source>Loading the demo data…</source>
        <translation>Įkeliami demonstraciniai duomenys…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118"/>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="102"/>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="105"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="136"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="294"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="113"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="119"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="120"/>
        <source>Demo data</source>
        <translation>Demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140"/>
        <source>Demo data loaded: %n rows added.</source>
        <translation>Demonstraciniai duomenys įkelti: pridėta eilučių – %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144"/>
        <source>The demo data could not be loaded</source>
        <translation>Nepavyko įkelti demonstracinių duomenų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="148"/>
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Demonstracinių duomenų įkėlimas atšauktas; niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="157"/>
        <location filename="../../matchmaker/ui/main_window.py" line="316"/>
        <source>Open Database</source>
        <translation>Atidaryti duomenų bazę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="38"/>
        <source>Research organisation</source>
        <translation>Mokslo organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="40"/>
        <source>Cluster organisation</source>
        <translation>Klasterio organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="44"/>
        <source>micro</source>
        <translation>labai maža</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="45"/>
        <source>small</source>
        <translation>maža</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="46"/>
        <source>medium</source>
        <translation>vidutinė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="47"/>
        <source>large</source>
        <translation>didelė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="54"/>
        <source>Event catalogue</source>
        <translation>Renginio katalogas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="54"/>
        <source>Cluster catalogue</source>
        <translation>Klasterio katalogas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="55"/>
        <source>%s “%s”, published by %s on %s, %d organisations.

Choose an organisation to see its profile.</source>
        <translation>%s „%s“, paskelbė %s %s, organizacijų: %d.

Pasirinkite organizaciją, kad pamatytumėte jos profilį.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="69"/>
        <source>{0} enterprise</source>
        <translation>{0} įmonė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="70"/>
        <source>founded {0}</source>
        <translation>įkurta {0} m.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="73"/>
        <source>This is you.</source>
        <translation>Tai jūsų organizacija.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="78"/>
        <source>Why we suggest them</source>
        <translation>Kodėl siūlome</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="85"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="72"/>
        <source>Offers</source>
        <translation>Pasiūlymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="85"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="73"/>
        <source>Requests</source>
        <translation>Užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="123"/>
        <source>This Is Us</source>
        <translation>Tai mes</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="125"/>
        <source>Say that this organisation is yours</source>
        <translation>Nurodyti, kad tai jūsų organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="134"/>
        <source>Meeting request</source>
        <translation>Susitikimo užklausa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="143"/>
        <source>A short note: what you would like to discuss</source>
        <translation>Trumpa pastaba: ką norėtumėte aptarti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="145"/>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="197"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="168"/>
        <source>Request Meeting</source>
        <translation>Prašyti susitikimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="148"/>
        <source>Remove Request</source>
        <translation>Pašalinti užklausą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="155"/>
        <source>Priority:</source>
        <translation>Prioritetas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="156"/>
        <source>Message:</source>
        <translation>Žinutė:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="188"/>
        <source>On Shortlist</source>
        <translation>Trumpajame sąraše</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="188"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="162"/>
        <source>Add to Shortlist</source>
        <translation>Į trumpąjį sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="193"/>
        <source>Meeting request (needs an event catalogue)</source>
        <translation>Susitikimo užklausa (reikia renginio katalogo)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="197"/>
        <source>Update Request</source>
        <translation>Atnaujinti užklausą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="53"/>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="98"/>
        <location filename="../../matchmaker/ui/clusters/models.py" line="39"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="84"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="142"/>
        <source>Organisation</source>
        <extracomment>Roles our extra_data answers beyond the shared model&apos;s (which returns None for others at once). Soft colours with alpha, readable on light and dark themes.
----------
Called as (participation id, delegates) when the user edits the Delegates cell.</extracomment>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="54"/>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="99"/>
        <location filename="../../matchmaker/ui/clusters/models.py" line="23"/>
        <location filename="../../matchmaker/ui/clusters/models.py" line="40"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="58"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="94"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="85"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="143"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="271"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="308"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="355"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="41"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="65"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="55"/>
        <location filename="../../matchmaker/ui/clusters/models.py" line="41"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="59"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="86"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="144"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="82"/>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="56"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="25"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="80"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="67"/>
        <source>Capabilities</source>
        <translation>Kompetencijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="57"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Match</source>
        <translation>Atitiktis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="59"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="200"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="46"/>
        <source>Request</source>
        <translation>Užklausa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="84"/>
        <source>On your shortlist</source>
        <translation>Jūsų trumpajame sąraše</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="39"/>
        <source>Score</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="100"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="43"/>
        <source>Mutual</source>
        <translation>Abipusis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="101"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="44"/>
        <source>Each side has something the other asked for</source>
        <translation>Abi pusės turi tai, ko ieško kita</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="102"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="262"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="47"/>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="39"/>
        <source>Matchmaker requests (*.mmreq);;All files (*)</source>
        <translation>Matchmaker užklausos (*.mmreq);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="60"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="121"/>
        <source>Publish Catalogue</source>
        <translation>Skelbti katalogą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="65"/>
        <source>For an event (its participants and slots)</source>
        <translation>Renginiui (jo dalyviai ir laiko intervalai)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="66"/>
        <source>For a cluster (its members)</source>
        <translation>Klasteriui (jo nariai)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="84"/>
        <source>default: the event&apos;s organiser</source>
        <translation>numatytasis: renginio organizatorius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="87"/>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="93"/>
        <source>Publish</source>
        <translation>Skelbti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="98"/>
        <location filename="../../matchmaker/ui/main_window.py" line="242"/>
        <source>Event:</source>
        <translation>Renginys:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="100"/>
        <source>Cluster:</source>
        <translation>Klasteris:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="101"/>
        <source>Publisher:</source>
        <translation>Leidėjas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="102"/>
        <source>File:</source>
        <translation>Failas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="146"/>
        <source>Published %s</source>
        <translation>Paskelbta: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="149"/>
        <source>Catalogue published</source>
        <translation>Katalogas paskelbtas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="150"/>
        <source>%s: %d organisations, %d contacts with consent (%d withheld), %d meeting slots, %.0f KiB.

Send this file to the companies; they open it in Matchmaker.</source>
        <translation>%s: organizacijų – %d, kontaktų su sutikimu – %d (neskelbiama – %d), susitikimų laiko intervalų – %d, %.0f KiB.

Nusiųskite šį failą įmonėms; jos jį atidarys programoje Matchmaker.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="157"/>
        <source>The catalogue was not published</source>
        <translation>Katalogas nepaskelbtas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="164"/>
        <source>%s: file %d from %s was already imported; nothing changes.</source>
        <translation>%s: failas Nr. %d iš %s jau importuotas; niekas nesikeičia.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="166"/>
        <source>%s: file %d from %s — requests: %d new, %d changed, %d withdrawn, %d kept; unavailable slots: +%d −%d; shortlist: +%d −%d.</source>
        <translation>%s: failas Nr. %d iš %s – užklausos: naujų %d, pakeistų %d, atšauktų %d, nepakitusių %d; neprieinami laiko intervalai: +%d −%d; trumpasis sąrašas: +%d −%d.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="172"/>
        <source>Skipped: %s.</source>
        <translation>Praleista: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="188"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="203"/>
        <source>The request file was refused</source>
        <translation>Užklausų failas atmestas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="192"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="194"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="235"/>
        <source>Import Requests</source>
        <translation>Importuoti užklausas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="194"/>
        <source>Import these requests?</source>
        <translation>Importuoti šias užklausas?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="206"/>
        <source>Imported %d request file(s)</source>
        <translation>Importuota užklausų failų: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="214"/>
        <source>Open &amp;Catalogue…</source>
        <translation>Atidaryti katalo&amp;gą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="216"/>
        <source>&amp;Publish Catalogue…</source>
        <translation>&amp;Skelbti katalogą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="217"/>
        <source>Import &amp;Requests…</source>
        <translation>Importuoti &amp;užklausas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="224"/>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="439"/>
        <source>Open Catalogue</source>
        <translation>Atidaryti katalogą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="48"/>
        <source>Matchmaker catalogues (*.mmcat);;All files (*)</source>
        <translation>Matchmaker katalogai (*.mmcat);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="92"/>
        <source>%s — Matchmaker catalogue (read-only)</source>
        <translation>%s – Matchmaker katalogas (tik skaityti)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="119"/>
        <source>Read-only catalogue: your choices are saved beside it.</source>
        <translation>Katalogas tik skaitomas: jūsų pasirinkimai įrašomi šalia jo.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="128"/>
        <source>Catalogue</source>
        <translation>Katalogas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="131"/>
        <source>This is us:</source>
        <translation>Tai mes:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="137"/>
        <source>(choose your organisation)</source>
        <translation>(pasirinkite savo organizaciją)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="149"/>
        <source>Search names, offers, requests…</source>
        <translation>Ieškoti pavadinimų, pasiūlymų, užklausų…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="157"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="364"/>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="164"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="229"/>
        <source>All capabilities</source>
        <translation>Visos kompetencijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="223"/>
        <source>Tick the meeting slots when you cannot meet anyone.</source>
        <translation>Pažymėkite laiko intervalus, kai negalite su niekuo susitikti.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="225"/>
        <source>This catalogue has no meeting slots (it is not for an event).</source>
        <translation>Šiame kataloge nėra susitikimų laiko intervalų (jis ne renginiui).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="229"/>
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="230"/>
        <source>Suggestions</source>
        <translation>Pasiūlymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="231"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="45"/>
        <source>Shortlist</source>
        <translation>Atrinkti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="232"/>
        <source>My Requests</source>
        <translation>Mano užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="233"/>
        <source>My Availability</source>
        <translation>Mano užimtumas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="242"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="244"/>
        <source>&amp;Open Catalogue…</source>
        <translation>&amp;Atidaryti katalogą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="246"/>
        <source>&amp;Export My Requests…</source>
        <translation>&amp;Eksportuoti mano užklausas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="254"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;Edit</source>
        <translation>&amp;Keisti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="255"/>
        <location filename="../../matchmaker/ui/main_window.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="258"/>
        <location filename="../../matchmaker/ui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Pakartoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="264"/>
        <source>&amp;Find</source>
        <translation>&amp;Ieškoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="267"/>
        <source>Add to or Remove from &amp;Shortlist</source>
        <translation>&amp;Trumpasis sąrašas: įtraukti ar pašalinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="270"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="338"/>
        <source>Choose “this is us” above to see the partners that suit you best.</source>
        <translation>Viršuje pasirinkite „Tai mes“, kad pamatytumėte jums labiausiai tinkančius partnerius.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="345"/>
        <source>Suggestions are not available</source>
        <translation>Pasiūlymai nepasiekiami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="358"/>
        <source>Partner suggestions are not available in this installation.</source>
        <translation>Šioje įdiegtoje versijoje partnerių pasiūlymai nepasiekiami.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="361"/>
        <source>The %d best partners for %s from other countries, with the reasons.</source>
        <translation>Geriausi partneriai (%d) iš kitų šalių organizacijai %s, su priežastimis.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="365"/>
        <source>No partner in this catalogue matches %s&apos;s offers and requests yet.</source>
        <translation>Šiame kataloge kol kas nėra partnerio, atitinkančio %s pasiūlymus ir užklausas.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="374"/>
        <source>%d of %d organisations · %d shortlisted · %d %s · %d %s unavailable</source>
        <translation>%d iš %d organizacijų · trumpajame sąraše %d · %d %s · neprieinama: %d %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="375"/>
        <source>request</source>
        <translation>užklausa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="375"/>
        <source>requests</source>
        <translation>užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="376"/>
        <source>slot</source>
        <translation>intervalas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="376"/>
        <source>slots</source>
        <translation>intervalai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="378"/>
        <source>exported %d×</source>
        <translation>eksportuota %d×</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="426"/>
        <source>Export My Requests</source>
        <translation>Eksportuoti mano užklausas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="427"/>
        <source>Matchmaker requests (*{0})</source>
        <translation>Matchmaker užklausos (*{0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="433"/>
        <source>The requests could not be exported</source>
        <translation>Nepavyko eksportuoti užklausų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="435"/>
        <source>Wrote %s. E-mail it to the organiser.</source>
        <translation>Įrašyta %s. Nusiųskite failą organizatoriui el. paštu.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="472"/>
        <source>Cannot open the catalogue</source>
        <translation>Nepavyko atidaryti katalogo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="22"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="94"/>
        <source>Cluster</source>
        <translation>Klasteris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="24"/>
        <source>Members</source>
        <translation>Nariai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="25"/>
        <source>Stated</source>
        <translation>Nurodyta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="26"/>
        <source>Member count as stated by the cluster</source>
        <translation>Narių skaičius, kurį nurodo klasteris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45"/>
        <source>Founder</source>
        <translation>Steigėjas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45"/>
        <source>founder</source>
        <translation>steigėjas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="46"/>
        <source>Joined</source>
        <translation>Įstojo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="44"/>
        <source>No clusters yet.</source>
        <translation>Klasterių dar nėra.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="83"/>
        <source>Add Members to %s</source>
        <translation>Pridėti narių į %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="89"/>
        <source>Find organisations…</source>
        <translation>Ieškoti organizacijų…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="92"/>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="126"/>
        <source>Find clusters…</source>
        <translation>Ieškoti klasterių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="142"/>
        <source>Find members…</source>
        <translation>Ieškoti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="147"/>
        <source>Add Members…</source>
        <translation>Pridėti narių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="150"/>
        <source>Remove from Cluster</source>
        <translation>Pašalinti iš klasterio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="231"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="63"/>
        <source>founded %s</source>
        <translation>įkurta %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="233"/>
        <source>%s members as stated</source>
        <translation>nurodyta narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="249"/>
        <source>%s members</source>
        <translation>narių: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="267"/>
        <source>Cannot add members</source>
        <translation>Nepavyko pridėti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="269"/>
        <source>Added %n to %s.</source>
        <translation>Į %s pridėta: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="283"/>
        <source>Cannot remove members</source>
        <translation>Nepavyko pašalinti narių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="286"/>
        <source>Removed %n from %s (Ctrl+Z brings them back).</source>
        <translation>Iš %s pašalinta: %n (Ctrl+Z sugrąžina).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="28"/>
        <source>Something went wrong: %s</source>
        <translation>Įvyko klaida: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="29"/>
        <source>This is a bug. Details are in the log file %s</source>
        <translation>Tai programos klaida. Išsami informacija žurnalo faile %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="36"/>
        <source>Matchmaker databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Matchmaker duomenų bazės (*.db *.sqlite *.sqlite3);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="165"/>
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nauja duomenų bazė…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="166"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Atidaryti duomenų bazę…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186"/>
        <source>Show &amp;Navigation</source>
        <translation>Rodyti &amp;naršymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Visas ekranas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="192"/>
        <source>Load &amp;Demo Data…</source>
        <translation>Įkelti &amp;demonstracinius duomenis…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="193"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="197"/>
        <source>&amp;About Matchmaker</source>
        <translation>&amp;Apie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203"/>
        <source>&amp;Tools</source>
        <translation>Įr&amp;ankiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="210"/>
        <source>Open &amp;Recent</source>
        <translation>Atidaryti n&amp;eseniai naudotą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="232"/>
        <source>Main Toolbar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="271"/>
        <source>(no event)</source>
        <translation>(nėra renginio)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="308"/>
        <source>New Database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="329"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Išvalyti sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="42"/>
        <source>Find a capability (any language, synonyms too)…</source>
        <translation>Ieškoti kompetencijos (bet kuria kalba, ir sinonimų)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="46"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="94"/>
        <source>Capability</source>
        <translation>Kompetencija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="46"/>
        <source>NACE</source>
        <translation>EVRK (NACE)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="116"/>
        <source>Chosen: %s</source>
        <translation>Pasirinkta: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="116"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="33"/>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="60"/>
        <source>Cannot redo</source>
        <translation>Nepavyko pakartoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="63"/>
        <source>Cannot undo</source>
        <translation>Nepavyko atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="82"/>
        <source>Create %s</source>
        <translation>Sukurti %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="102"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="74"/>
        <source>Edit %s</source>
        <translation>Redaguoti %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="127"/>
        <source>%n organisations</source>
        <translation>organizacijų: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="128"/>
        <source>Delete %s</source>
        <translation>Ištrinti %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="147"/>
        <source>Remove tag &apos;%1&apos; from %2</source>
        <translation>Pašalinti žymą „%1“ iš %2</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="147"/>
        <source>Tag %2 as &apos;%1&apos;</source>
        <translation>Pažymėti %2 žyma „%1“</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="169"/>
        <source>Add %n to %s</source>
        <translation>Pridėti į %s: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="186"/>
        <source>Remove %n from %s</source>
        <translation>Pašalinti iš %s: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="74"/>
        <source>New Organisation</source>
        <translation>Nauja organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="77"/>
        <source>Profile</source>
        <translation>Profilis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="81"/>
        <source>Offers and Requests</source>
        <translation>Pasiūlymai ir užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="101"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="27"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="82"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="71"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="118"/>
        <source>Unknown</source>
        <translation>Nežinoma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="39"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="125"/>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="132"/>
        <source>e.g. lt, en, pl</source>
        <translation>pvz., lt, en, pl</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="135"/>
        <source>comma-separated</source>
        <translation>atskirti kableliais</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="151"/>
        <source>Internal; never published or exported</source>
        <translation>Vidinės; niekada neskelbiamos ir neeksportuojamos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>Country:</source>
        <translation>Šalis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>City:</source>
        <translation>Miestas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154"/>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154"/>
        <source>Size:</source>
        <translation>Dydis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="155"/>
        <source>Founded:</source>
        <translation>Įkurta:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="156"/>
        <source>Website:</source>
        <translation>Svetainė:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="156"/>
        <source>Languages:</source>
        <translation>Kalbos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="157"/>
        <source>Clusters:</source>
        <translation>Klasteriai:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="157"/>
        <source>Tags:</source>
        <translation>Žymos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="158"/>
        <source>Description:</source>
        <translation>Aprašymas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="158"/>
        <source>Notes:</source>
        <translation>Pastabos:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Details</source>
        <translation>Išsamiau</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="174"/>
        <source>Add Offer</source>
        <translation>Pridėti pasiūlymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="177"/>
        <source>Add Request</source>
        <translation>Pridėti užklausą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="182"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="229"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="128"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="190"/>
        <source>What this organisation offers to partners, and what it looks for.</source>
        <translation>Ką ši organizacija siūlo partneriams ir ko ieško.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="199"/>
        <source>Offer</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="57"/>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="215"/>
        <source>Consent to publish</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="226"/>
        <source>Add Contact</source>
        <translation>Pridėti kontaktą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="232"/>
        <source>Erase Person…</source>
        <translation>Ištrinti asmenį…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="234"/>
        <source>Erase a stored contact for good, on their request (GDPR right to erasure)</source>
        <translation>Visam laikui ištrinti įrašytą kontaktą jo prašymu (BDAR teisė būti pamirštam)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="244"/>
        <source>Only contacts who consented are published in catalogues and agendas.</source>
        <translation>Kataloguose ir darbotvarkėse skelbiami tik sutikimą davę kontaktai.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="259"/>
        <source>Given at %s</source>
        <translation>Duotas %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="288"/>
        <source>Erase %s for good?</source>
        <translation>Visam laikui ištrinti %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="288"/>
        <source>this contact</source>
        <translation>šį kontaktą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="290"/>
        <source>The contact is deleted now (name, role, e-mail, phone and consent), and their e-mail, phone and full name are replaced by “[erased]” in notes, descriptions, meeting request messages, feedback comments and shortlist notes. This cannot be undone, and the undo history is cleared so nothing brings them back. Backups made before now still hold them until they rotate out.</source>
        <translation>Kontaktas ištrinamas iš karto (vardas, pareigos, el. paštas, telefonas ir sutikimas), o jo el. paštas, telefonas ir vardas su pavarde pastabose, aprašymuose, susitikimų užklausų žinutėse, atsiliepimų komentaruose ir trumpojo sąrašo pastabose pakeičiami į „[erased]“. To atšaukti negalima, o atšaukimo istorija išvaloma, kad niekas jo nesugrąžintų. Iki šiol padarytose atsarginėse kopijose jis lieka, kol jos bus pakeistos naujomis.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="295"/>
        <source>Erase Person</source>
        <translation>Ištrinti asmenį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="37"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="30"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="31"/>
        <source>Research</source>
        <translation>Mokslo įstaiga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="39"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="32"/>
        <source>Public body</source>
        <translation>Viešoji įstaiga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="33"/>
        <source>Cluster body</source>
        <translation>Klasterio organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="41"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="34"/>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="37"/>
        <source>Micro (&lt;10)</source>
        <translation>Labai maža (&lt;10)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="38"/>
        <source>Small (&lt;50)</source>
        <translation>Maža (&lt;50)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="39"/>
        <source>Medium (&lt;250)</source>
        <translation>Vidutinė (&lt;250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="40"/>
        <source>Large (250+)</source>
        <translation>Didelė (250+)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="146"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="42"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="61"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="63"/>
        <source>Founded</source>
        <translation>Įkurta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="95"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="26"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="64"/>
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="28"/>
        <source>Illustrative demo data.</source>
        <translation>Iliustraciniai demonstraciniai duomenys.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="29"/>
        <source>Internal notes</source>
        <translation>Vidinės pastabos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="30"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="70"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="31"/>
        <source>may be published</source>
        <translation>galima skelbti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="32"/>
        <source>no consent: never published</source>
        <translation>nėra sutikimo: niekada neskelbiama</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="129"/>
        <source>Illustrative demo data</source>
        <translation>Iliustraciniai demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="61"/>
        <source>Select an organisation to see its profile.</source>
        <translation>Pasirinkite organizaciją, kad pamatytumėte jos profilį.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="88"/>
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Ieškoti pavadinimų, miestų, kompetencijų, žymų…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <source>Tag</source>
        <translation>Žyma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="106"/>
        <source>Clear</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="162"/>
        <source>New</source>
        <translation>Nauja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="163"/>
        <source>Edit</source>
        <translation>Redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="165"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="404"/>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="168"/>
        <source>Tag…</source>
        <translation>Žymėti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="169"/>
        <source>Remove Tag…</source>
        <translation>Pašalinti žymą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="171"/>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="172"/>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <source>All clusters</source>
        <translation>Visi klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All types</source>
        <translation>Visi tipai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All sizes</source>
        <translation>Visi dydžiai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All tags</source>
        <translation>Visos žymos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="278"/>
        <source>%s organisations</source>
        <translation>organizacijų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="281"/>
        <source>%1 of %2 organisations</source>
        <translation>%1 iš %2 organizacijų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="368"/>
        <source>Cannot erase the contact</source>
        <translation>Nepavyko ištrinti kontakto</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389"/>
        <source>Cannot edit</source>
        <translation>Nepavyko redaguoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="400"/>
        <source>Delete %s?</source>
        <translation>Ištrinti %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="402"/>
        <source>Delete %n organisations?</source>
        <translation>Ištrinti organizacijų: %n?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="404"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Tai galima atšaukti paspaudus Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="410"/>
        <source>Cannot delete</source>
        <translation>Nepavyko ištrinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="412"/>
        <source>Deleted %n organisations.</source>
        <translation>Ištrinta organizacijų: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="418"/>
        <source>Remove Tag</source>
        <translation>Pašalinti žymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="418"/>
        <source>Tag Organisations</source>
        <translation>Žymėti organizacijas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="419"/>
        <source>Tag:</source>
        <translation>Žyma:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="432"/>
        <source>Cannot tag</source>
        <translation>Nepavyko pažymėti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="435"/>
        <source>Removed &apos;%1&apos; from %2 organisations.</source>
        <translation>Žyma „%1“ pašalinta iš organizacijų: %2.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="435"/>
        <source>Tagged %2 organisations &apos;%1&apos;.</source>
        <translation>Žyma „%1“ pažymėta organizacijų: %2.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23"/>
        <source>Remove %n from the shortlist</source>
        <translation>Pašalinti iš trumpojo sąrašo: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23"/>
        <source>Shortlist %n partners</source>
        <translation>Įtraukti į trumpąjį sąrašą partnerių: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="51"/>
        <source>Request a meeting with %s</source>
        <translation>Prašyti susitikimo su %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="40"/>
        <source>Partner</source>
        <translation>Partneris</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="64"/>
        <source>Shortlisted partner</source>
        <translation>Partneris trumpajame sąraše</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="66"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="63"/>
        <source>(no reasons)</source>
        <translation>(priežasčių nėra)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="64"/>
        <source>Select a suggestion to see why.</source>
        <translation>Pasirinkite pasiūlymą, kad pamatytumėte kodėl.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="65"/>
        <source>mutual interest</source>
        <translation>abipusis interesas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="66"/>
        <source>score</source>
        <translation>balas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="121"/>
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacija, kuriai ieškoma partnerių (įveskite pavadinimą)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="130"/>
        <source>Only participants of the current event</source>
        <translation>Tik dabartinio renginio dalyviai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="134"/>
        <source>Include same country</source>
        <translation>Įtraukti tą pačią šalį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="20"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="173"/>
        <source>Must meet</source>
        <translation>Būtina susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="21"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="173"/>
        <source>Should meet</source>
        <translation>Verta susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="22"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="174"/>
        <source>Could meet</source>
        <translation>Galima susitikti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="181"/>
        <source>Remove from Shortlist</source>
        <translation>Pašalinti iš trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="186"/>
        <source>Partners for:</source>
        <translation>Partneriai organizacijai:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="262"/>
        <source>Choose an organisation.</source>
        <translation>Pasirinkite organizaciją.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="273"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="307"/>
        <source>Building the match index…</source>
        <translation>Kuriamas atitikčių indeksas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="273"/>
        <source>Finding partners…</source>
        <translation>Ieškoma partnerių…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="285"/>
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Ne dabartinio renginio dalyvis: rodomos visos organizacijos.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="319"/>
        <source>%s suggestions</source>
        <translation>pasiūlymų: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="333"/>
        <source>No suggestions.</source>
        <translation>Pasiūlymų nėra.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="334"/>
        <source>Cannot suggest partners</source>
        <translation>Nepavyko pasiūlyti partnerių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="425"/>
        <source>Cannot shortlist</source>
        <translation>Nepavyko įtraukti į sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="432"/>
        <source>Cannot change the shortlist</source>
        <translation>Nepavyko pakeisti trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="440"/>
        <source>Cannot request a meeting</source>
        <translation>Nepavyko paprašyti susitikimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="441"/>
        <source>Meeting requested with %s.</source>
        <translation>Paprašyta susitikimo su %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Follow the system</source>
        <translation>Kaip sistemoje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="32"/>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="36"/>
        <source>A new language is used from the next start.</source>
        <translation>Nauja kalba bus naudojama nuo kito paleidimo.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="42"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="43"/>
        <source>Language:</source>
        <translation>Kalba:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="44"/>
        <source>Add participants</source>
        <translation>Pridėti dalyvius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="52"/>
        <source>Filter by name, country or city</source>
        <translation>Filtruoti pagal pavadinimą, šalį ar miestą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="68"/>
        <source>%s organisations are not taking part yet.</source>
        <translation>Dar nedalyvaujančių organizacijų: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="29"/>
        <source>Accept {0} request(s)</source>
        <extracomment>Undo texts per new status (marked for lupdate, shown through tr()).</extracomment>
        <translation>Priimti užklausas ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="30"/>
        <source>Decline {0} request(s)</source>
        <translation>Atmesti užklausas ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="31"/>
        <source>Cancel {0} request(s)</source>
        <translation>Atšaukti užklausas ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="32"/>
        <source>Reopen {0} request(s)</source>
        <translation>Grąžinti svarstyti užklausas ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="85"/>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="239"/>
        <source>Day 1 morning</source>
        <extracomment>Organisations that could still be added (list of OrganisationRow). Proposed requests from suggestions, for review (list of Proposal).</extracomment>
        <translation>1 dienos rytas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="86"/>
        <source>Coffee break</source>
        <translation>Kavos pertrauka</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="91"/>
        <source>Cannot create the event</source>
        <translation>Nepavyko sukurti renginio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="97"/>
        <source>Created the event “{0}”</source>
        <translation>Sukurtas renginys „{0}“</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="118"/>
        <source>Event setup saved</source>
        <translation>Renginio nustatymai išsaugoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="147"/>
        <source>Cannot list organisations</source>
        <translation>Nepavyko gauti organizacijų sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="155"/>
        <source>Add {0} participant(s)</source>
        <translation>Pridėti dalyvius ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="158"/>
        <source>Added {0} participant(s)</source>
        <translation>Pridėta dalyvių: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="116"/>
        <source>Change the event setup</source>
        <translation>Keisti renginio nustatymus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="165"/>
        <source>Remove {0} participant(s)</source>
        <translation>Pašalinti dalyvius ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="171"/>
        <source>Removed {0} participant(s); Ctrl+Z brings them back</source>
        <translation>Pašalinta dalyvių: {0}; Ctrl+Z juos sugrąžina</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="176"/>
        <source>Change delegates</source>
        <translation>Keisti delegatų skaičių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="185"/>
        <source>Mark available ({0} slot(s))</source>
        <translation>Pažymėti laisvus ({0} interv.)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="185"/>
        <source>Mark unavailable ({0} slot(s))</source>
        <translation>Pažymėti užimtus ({0} interv.)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="196"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="311"/>
        <source>Check in</source>
        <translation>Registruoti atvykimą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="196"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="311"/>
        <source>Undo check-in</source>
        <translation>Atšaukti atvykimo registraciją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="214"/>
        <source>{0} request(s) changed</source>
        <translation>Pakeista užklausų: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="219"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="82"/>
        <source>New meeting request</source>
        <translation>Nauja susitikimo užklausa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="239"/>
        <source>Cannot propose requests</source>
        <translation>Nepavyko pasiūlyti užklausų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="261"/>
        <source>Propose {0} request(s)</source>
        <translation>Pasiūlyti užklausas ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="263"/>
        <source>Created {0} pending request(s) from suggestions</source>
        <translation>Iš pasiūlymų sukurta laukiančių užklausų: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="96"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="250"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="430"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="251"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="431"/>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="98"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="254"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="432"/>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="111"/>
        <source>Review proposed meeting requests</source>
        <translation>Peržiūrėkite siūlomas susitikimų užklausas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="125"/>
        <source>Ticked proposals become pending requests (source: suggestion). Accept or decline them afterwards like any other request.</source>
        <translation>Pažymėti pasiūlymai taps laukiančiomis užklausomis (šaltinis: pasiūlymas). Vėliau juos priimkite ar atmeskite kaip bet kurią kitą užklausą.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="129"/>
        <source>Create ticked requests</source>
        <translation>Sukurti pažymėtas užklausas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="88"/>
        <source>Delegates</source>
        <translation>Delegatai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="90"/>
        <source>Fixed table</source>
        <translation>Nuolatinis stalas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="91"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="358"/>
        <source>Accepted</source>
        <translation>Priimta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="92"/>
        <source>Pending</source>
        <translation>Laukia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="94"/>
        <source>Unavailable slots</source>
        <translation>Užimti intervalai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="97"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="310"/>
        <source>Checked in</source>
        <translation>Atvyko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="197"/>
        <source>not available</source>
        <translation>užimta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="197"/>
        <source>available</source>
        <translation>laisva</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="252"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="258"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="273"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="259"/>
        <source>Source</source>
        <translation>Šaltinis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="260"/>
        <source>Scheduled</source>
        <translation>Suplanuota</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="322"/>
        <source>priority: {0}, status: {1}</source>
        <translation>prioritetas: {0}, būsena: {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="79"/>
        <source> min</source>
        <extracomment>What the form was filled with, and the row versions behind it (team mode: see show_event). True while our own Apply saves (the reload it causes shows what we saved).</extracomment>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="81"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="239"/>
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="83"/>
        <source>&amp;Name</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84"/>
        <source>&amp;Venue</source>
        <translation>&amp;Vieta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="85"/>
        <source>Ci&amp;ty</source>
        <translation>&amp;Miestas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="86"/>
        <source>C&amp;ountry code</source>
        <translation>Ša&amp;lies kodas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="87"/>
        <source>&amp;Time zone</source>
        <translation>Laiko &amp;juosta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="88"/>
        <source>&amp;Slot length</source>
        <translation>&amp;Susitikimo trukmė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Code</source>
        <translation>Kodas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>End</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="92"/>
        <source>Breaks (10:50-11:10 Coffee; …)</source>
        <translation>Pertraukos (10:50-11:10 Kava; …)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="98"/>
        <source>Add session</source>
        <translation>Pridėti sesiją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="99"/>
        <source>Remove session</source>
        <translation>Pašalinti sesiją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="102"/>
        <source>Sessions and breaks</source>
        <translation>Sesijos ir pertraukos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="116"/>
        <source>Numbered tables</source>
        <translation>Numeruoti stalai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="117"/>
        <source>Named tables</source>
        <translation>Pavadinti stalai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="124"/>
        <source>One name per line, or separated by commas</source>
        <translation>Po vieną pavadinimą eilutėje arba atskirti kableliais</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="126"/>
        <source>Tables</source>
        <translation>Stalai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="132"/>
        <source>&amp;Save setup</source>
        <translation>Išsaugoti &amp;nustatymus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="134"/>
        <source>Revert</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="175"/>
        <source>The event changed while you edit its setup; your edits are kept. Apply saves them (you are asked if they clash), Revert shows the stored setup.</source>
        <translation>Renginys pasikeitė, kol redagavote jo nustatymus; jūsų pakeitimai palikti. „Taikyti“ juos įrašo (jei jie kertasi su kitų pakeitimais, būsite paklausti), „Atkurti“ parodo įrašytus nustatymus.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="204"/>
        <source>Breaks between sessions (kept when they overlap no new slot): </source>
        <translation>Pertraukos tarp sesijų (paliekamos, jei nesutampa su jokiu nauju intervalu): </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="216"/>
        <source>{slots} meeting slots, {tables} tables</source>
        <translation>susitikimų intervalų: {slots}, stalų: {tables}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="243"/>
        <source>Afternoon</source>
        <translation>Popietė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="245"/>
        <source>Morning</source>
        <translation>Rytas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="268"/>
        <source>Session {0}, breaks</source>
        <translation>{0} sesija, pertraukos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="74"/>
        <source>New event…</source>
        <translation>Naujas renginys…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="82"/>
        <source>Setup</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="34"/>
        <source>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Skaičiuoklės ir CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="36"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbaknygė (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="37"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="64"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="105"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="83"/>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="64"/>
        <source>Choose an event first (toolbar: Event)</source>
        <translation>Pirmiausia pasirinkite renginį (įrankių juosta: Renginys)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="76"/>
        <source>Import Participants</source>
        <translation>Importuoti dalyvius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="76"/>
        <source>Import Organisations</source>
        <translation>Importuoti organizacijas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="96"/>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="107"/>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="131"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="307"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="371"/>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="105"/>
        <source>Exporting to %s…</source>
        <translation>Eksportuojama į %s…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="127"/>
        <source>Exported %d rows to %s</source>
        <translation>Eksportuota eilučių: %d į %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="135"/>
        <source>Export cancelled; no file was written</source>
        <translation>Eksportas atšauktas; failas neįrašytas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="148"/>
        <source>&amp;Import Organisations…</source>
        <translation>&amp;Importuoti organizacijas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="150"/>
        <source>Import Pa&amp;rticipants…</source>
        <translation>Importuoti &amp;dalyvius…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="152"/>
        <source>&amp;Export Organisations…</source>
        <translation>Eks&amp;portuoti organizacijas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="154"/>
        <source>Export Par&amp;ticipants…</source>
        <translation>Eksportuoti da&amp;lyvius…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="84"/>
        <source>Availability</source>
        <translation>Užimtumas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="85"/>
        <source>Meeting requests</source>
        <translation>Susitikimų užklausos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="86"/>
        <source>There is no event yet. Create one, or load the demo data from the File menu.</source>
        <translation>Renginio dar nėra. Sukurkite jį arba įkelkite demonstracinius duomenis.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="123"/>
        <source>Filter participants</source>
        <translation>Filtruoti dalyvius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="126"/>
        <source>Add from organisations…</source>
        <translation>Pridėti iš organizacijų…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="130"/>
        <source>Double-click Delegates to change how many meetings a participant holds at once.</source>
        <translation>Dukart spustelėkite „Delegatai“, kad pakeistumėte, kiek susitikimų dalyvis gali turėti vienu metu.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="148"/>
        <source>Press and drag across slots to mark when a participant cannot meet (✕). Drag from a marked cell to clear. Ctrl+Z undoes.</source>
        <translation>Paspauskite ir tempkite per intervalus, kad pažymėtumėte, kada dalyvis negali susitikti (✕). Tempkite nuo pažymėto langelio, kad išvalytumėte. Ctrl+Z atšaukia.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="179"/>
        <source>Filter by organisation or country</source>
        <translation>Filtruoti pagal organizaciją ar šalį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="183"/>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="188"/>
        <source>List</source>
        <translation>Sąrašas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="188"/>
        <source>Matrix</source>
        <translation>Matrica</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="197"/>
        <source>&amp;Accept</source>
        <translation>&amp;Priimti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="198"/>
        <source>&amp;Decline</source>
        <translation>&amp;Atmesti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="199"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;tšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="200"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Grąžinti svarstyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="211"/>
        <source>New request…</source>
        <translation>Nauja užklausa…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="213"/>
        <source>Propose from suggestions…</source>
        <translation>Pasiūlyti pagal rekomendacijas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="219"/>
        <source>{0} of {1} requests</source>
        <translation>{0} iš {1} užklausų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="249"/>
        <source>{days} · {zone} · {people} participants · {slots} slots · {tables} tables</source>
        <translation>{days} · {zone} · dalyvių: {people} · intervalų: {slots} · stalų: {tables}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="300"/>
        <source>New event</source>
        <translation>Naujas renginys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="300"/>
        <source>Name of the event:</source>
        <translation>Renginio pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="309"/>
        <source>Remove {0} participant(s) and their meeting requests? Ctrl+Z brings them back.</source>
        <translation>Pašalinti dalyvius ({0}) ir jų susitikimų užklausas? Ctrl+Z juos sugrąžina.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="310"/>
        <source>Remove participants</source>
        <translation>Pašalinti dalyvius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="328"/>
        <source>No new cross-border requests to propose: every good match is already asked.</source>
        <translation>Naujų tarptautinių užklausų pasiūlyti nėra: visos geros atitiktys jau pateiktos.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="50"/>
        <source> (this is a bug; details are in the log file)</source>
        <translation> (tai programos klaida; išsami informacija žurnalo faile)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="77"/>
        <source>Create an event</source>
        <translation>Sukurti renginį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="70"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="329"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="331"/>
        <source>Schedule</source>
        <translation>Tvarkaraštis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="74"/>
        <source>Grid</source>
        <translation>Tinklelis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="75"/>
        <source>Participants and check-in</source>
        <translation>Dalyviai ir registracija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="76"/>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="77"/>
        <source>Last run</source>
        <translation>Paskutinis paleidimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="78"/>
        <source>Choose or create an event on the Event page first.</source>
        <translation>Pirmiausia pasirinkite arba sukurkite renginį puslapyje „Renginys“.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="79"/>
        <source>Use Event → New event…</source>
        <translation>Renginys → Naujas renginys…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="103"/>
        <source>&amp;Run scheduler</source>
        <translation>&amp;Sudaryti tvarkaraštį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="104"/>
        <source>Place every accepted meeting, then minimise breaks (Ctrl+R)</source>
        <translation>Suplanuoti visus priimtus susitikimus, tada sumažinti pertraukų skaičių (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="107"/>
        <source>Re&amp;pair</source>
        <translation>&amp;Pataisyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="108"/>
        <source>Re-solve after changes, moving as few meetings as possible</source>
        <translation>Perskaičiuoti po pakeitimų, perkeliant kuo mažiau susitikimų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="114"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="115"/>
        <source>Time limit of the search</source>
        <translation>Paieškos laiko riba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="117"/>
        <source>Stop &amp;&amp; keep best</source>
        <translation>Stabdyti ir palikti geriausią</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="460"/>
        <source>Undo last run</source>
        <translation>Atšaukti paskutinį paleidimą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="154"/>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="155"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="372"/>
        <source>Select a meeting in the grid.</source>
        <translation>Pasirinkite susitikimą tinklelyje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Atrakinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>Mark &amp;held</source>
        <translation>Pažymėti į&amp;vykusį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="162"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="374"/>
        <source>No-show</source>
        <translation>Neatvyko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="163"/>
        <source>Take out of the schedule</source>
        <translation>Išimti iš tvarkaraščio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="163"/>
        <source>Cancel meeting…</source>
        <translation>Atšaukti susitikimą…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="176"/>
        <source>The other meetings of both sides are highlighted. Drag a meeting to another cell to move it; conflicts are checked before anything moves.</source>
        <translation>Paryškinti kiti abiejų pusių susitikimai. Tempkite susitikimą į kitą langelį, kad jį perkeltumėte; prieš perkeliant tikrinami konfliktai.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="205"/>
        <source>Find a participant</source>
        <translation>Rasti dalyvį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="220"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="412"/>
        <source>Select a participant</source>
        <translation>Pasirinkite dalyvį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="222"/>
        <source>Did not come from the selected slot on</source>
        <translation>Neatvyko nuo pasirinkto intervalo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="223"/>
        <source>A no-show in that slot; later meetings are cancelled so a repair can give the partners&apos; time to others</source>
        <translation>Neatvykimas tame intervale; vėlesni susitikimai atšaukiami, kad pataisant partnerių laiką būtų galima skirti kitiems</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="254"/>
        <source>Meetings between countries</source>
        <translation>Susitikimai tarp šalių</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="272"/>
        <source>No run in this session yet: press Run scheduler.</source>
        <translation>Šioje sesijoje tvarkaraštis dar nesudarytas: spauskite „Sudaryti tvarkaraštį“.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="275"/>
        <source>What changed, per participant</source>
        <translation>Kas pasikeitė kiekvienam dalyviui</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="280"/>
        <source>Changes</source>
        <translation>Pakeitimai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="282"/>
        <source>Accepted but not placed</source>
        <translation>Priimti, bet nesuplanuoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="283"/>
        <source>Every accepted meeting has a slot and a table.</source>
        <translation>Kiekvienam priimtam susitikimui skirtas laikas ir stalas.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="333"/>
        <source>{0} of {1} checked in</source>
        <translation>Atvyko {0} iš {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="340"/>
        <source>Busiest pairs: {0}. The diagonal counts meetings within one country.</source>
        <translation>Daugiausia susitikimų: {0}. Įstrižainėje – susitikimai tos pačios šalies viduje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="345"/>
        <source>&lt;b&gt;{placed}&lt;/b&gt; meetings placed, &lt;b&gt;{unplaced}&lt;/b&gt; accepted but not placed · &lt;b&gt;{breaks}&lt;/b&gt; breaks · tables {load:.0%} used · {cross:.0%} cross-border · meetings per participant {low}–{high} (mean {mean:.1f})</source>
        <translation>suplanuota susitikimų: &lt;b&gt;{placed}&lt;/b&gt;, priimtų, bet nesuplanuotų: &lt;b&gt;{unplaced}&lt;/b&gt; · pertraukų: &lt;b&gt;{breaks}&lt;/b&gt; · stalų užimtumas {load:.0%} · tarptautinių {cross:.0%} · susitikimų vienam dalyviui {low}–{high} (vidurkis {mean:.1f})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="380"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})&lt;br&gt;with &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br&gt;{4}, table {5}&lt;br&gt;priority: {6} · {7}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1})&lt;br&gt;su &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br&gt;{4}, stalas {5}&lt;br&gt;prioritetas: {6} · {7}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="396"/>
        <source>No-show: {0}</source>
        <translation>Neatvyko: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="419"/>
        <source>{name} ({country}) · {n} meetings · {d} delegate(s){checked}</source>
        <translation>{name} ({country}) · susitikimų: {n} · delegatų: {d}{checked}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="421"/>
        <source> · checked in</source>
        <translation> · atvyko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="443"/>
        <source>Meeting cancelled (Ctrl+Z undoes). Press &lt;b&gt;Repair&lt;/b&gt; to use the freed slot while moving as few other meetings as possible.</source>
        <translation>Susitikimas atšauktas (Ctrl+Z atšaukia). Spauskite &lt;b&gt;Pataisyti&lt;/b&gt;, kad atlaisvintas laikas būtų panaudotas perkeliant kuo mažiau kitų susitikimų.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="454"/>
        <source>Marked. Press &lt;b&gt;Repair&lt;/b&gt; to give the freed time to other meetings.</source>
        <translation>Pažymėta. Spauskite &lt;b&gt;Pataisyti&lt;/b&gt;, kad atlaisvintą laiką skirtumėte kitiems susitikimams.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="461"/>
        <source>Put back the schedule from before the last run? Hand moves made since then are undone too.</source>
        <translation>Grąžinti tvarkaraštį, buvusį prieš paskutinį sudarymą? Vėliau rankiniu būdu atlikti perkėlimai taip pat bus atšaukti.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="462"/>
        <source>A backup is taken first (File ▸ Restore Backup).</source>
        <translation>Pirmiausia padaroma atsarginė kopija (Failas ▸ Atkurti atsarginę kopiją).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="470"/>
        <source>Not moved</source>
        <translation>Neperkelta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="487"/>
        <source>weight {0} (bound {1})</source>
        <translation>svoris {0} (riba {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="489"/>
        <source>breaks {0} (bound {1})</source>
        <translation>pertraukos {0} (riba {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="43"/>
        <source>Repair schedule</source>
        <translation>Pataisyti tvarkaraštį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="43"/>
        <source>Run scheduler</source>
        <translation>Sudaryti tvarkaraštį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="59"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="229"/>
        <source>Cannot undo the run</source>
        <translation>Nepavyko atšaukti paleidimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="75"/>
        <source>Cannot redo the run</source>
        <translation>Nepavyko pakartoti paleidimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="142"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="211"/>
        <source>Scheduling cancelled; nothing was changed</source>
        <extracomment>Live progress of a run (SolverProgress). A run ended and was saved (EventScheduleResult). True when a run starts, False when it ends (finished, failed or cancelled). A drop was refused: (list of Conflict, meeting label).</extracomment>
        <translation>Planavimas atšauktas; niekas nepakeista</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="153"/>
        <source>Repairing the schedule…</source>
        <translation>Taisomas tvarkaraštis…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="153"/>
        <source>Scheduling…</source>
        <translation>Planuojama…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="188"/>
        <source>Repair: {0}, {1} of {2} meetings placed, {3} breaks</source>
        <translation>Pataisymas: {0}, suplanuota {1} iš {2} susitikimų, pertraukų: {3}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="190"/>
        <source>Schedule: {0}, {1} of {2} meetings placed, {3} breaks</source>
        <translation>Tvarkaraštis: {0}, suplanuota {1} iš {2} susitikimų, pertraukų: {3}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="192"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="491"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="507"/>
        <source>{0} moved</source>
        <translation>perkelta: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="206"/>
        <source>The scheduler stopped</source>
        <translation>Planuoklis sustojo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="233"/>
        <source>The last schedule run was undone</source>
        <translation>Paskutinis tvarkaraščio sudarymas atšauktas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="252"/>
        <source>Cannot move the meeting</source>
        <translation>Nepavyko perkelti susitikimo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="266"/>
        <source>Move {0}</source>
        <translation>Perkelti: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="277"/>
        <source>meeting {0}</source>
        <translation>susitikimas {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="284"/>
        <source>Lock {0} meeting(s)</source>
        <translation>Užrakinti susitikimus ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="284"/>
        <source>Unlock {0} meeting(s)</source>
        <translation>Atrakinti susitikimus ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="291"/>
        <source>Unschedule {0}</source>
        <translation>Išimti iš tvarkaraščio: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="301"/>
        <source>Cancel {0}</source>
        <translation>Atšaukti: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="318"/>
        <source>Mark {0} held</source>
        <translation>Pažymėti įvykusį: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="318"/>
        <source>Mark {0} no-show</source>
        <translation>Pažymėti neatvykimą: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="319"/>
        <source>Mark {0} scheduled</source>
        <translation>Pažymėti suplanuotą: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="332"/>
        <source>No-show of {0}</source>
        <translation>Neatvyko {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="339"/>
        <source>{0}: {1} meeting(s) marked; run a repair to use the freed time</source>
        <translation>{0}: pažymėta susitikimų – {1}; pataisykite tvarkaraštį, kad panaudotumėte atlaisvintą laiką</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="509"/>
        <source>{status}: {placed} of {total} meetings placed (weight {w} of bound {wb}), {breaks} breaks (bound {bb}){moved}, {sec:.1f} s. {changed} participant(s) affected.</source>
        <translation>{status}: suplanuota {placed} iš {total} susitikimų (svoris {w}, riba {wb}), pertraukų: {breaks} (riba {bb}){moved}, {sec:.1f} s. Paveikta dalyvių: {changed}.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="35"/>
        <source>daily</source>
        <translation>kasdienė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="36"/>
        <source>before a schedule run</source>
        <translation>prieš sudarant tvarkaraštį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="37"/>
        <source>before a restore</source>
        <translation>prieš atkūrimą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="38"/>
        <source>before undoing a schedule run</source>
        <translation>prieš atšaukiant tvarkaraščio sudarymą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="39"/>
        <source>before an upgrade</source>
        <translation>prieš atnaujinimą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="40"/>
        <source>by hand</source>
        <translation>rankinė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="60"/>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="105"/>
        <source>Restore Backup</source>
        <translation>Atkurti atsarginę kopiją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="65"/>
        <source>Backups of %s, newest first. Restoring replaces the current data; the current state is backed up first, so you can go back.</source>
        <translation>%s atsarginės kopijos, naujausios pirmos. Atkūrimas pakeičia dabartinius duomenis; pirmiausia padaroma dabartinės būsenos kopija, tad galėsite grįžti.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="75"/>
        <source>No backups yet: they are taken daily and before schedule runs and upgrades.</source>
        <translation>Atsarginių kopijų dar nėra: jos daromos kasdien, prieš sudarant tvarkaraštį ir atnaujinant.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="79"/>
        <source>&amp;Restore</source>
        <translation>&amp;Atkurti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="106"/>
        <source>Replace the current data with the backup of %s?</source>
        <translation>Pakeisti dabartinius duomenis %s atsargine kopija?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="107"/>
        <source>The current state is backed up first.</source>
        <translation>Pirmiausia padaroma dabartinės būsenos atsarginė kopija.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="113"/>
        <source>Cannot restore the backup</source>
        <translation>Nepavyko atkurti atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="115"/>
        <source>Restored. The state before is kept as the backup of %s.</source>
        <translation>Atkurta. Ankstesnė būsena išsaugota kaip %s atsarginė kopija.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="126"/>
        <source>Cannot reach the database to look for others&apos; changes; retrying.</source>
        <extracomment>Which ``data_changed`` topic a changed table belongs to. Emitted with each batch of others&apos; changes (after data_changed).</extracomment>
        <translation>Nepavyksta pasiekti duomenų bazės kitų pakeitimams patikrinti; bandoma iš naujo.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="130"/>
        <source>Connected again.</source>
        <translation>Vėl prisijungta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="139"/>
        <source>%n changes by others were loaded.</source>
        <translation>Įkelta kitų pakeitimų: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="55"/>
        <source>Someone else changed this</source>
        <extracomment>Columns of the comparison table.</extracomment>
        <translation>Kažkas kitas tai pakeitė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Yours</source>
        <translation>Jūsų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Stored now</source>
        <translation>Dabar įrašyta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Before your edit</source>
        <translation>Prieš jūsų pakeitimą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="77"/>
        <source>%s (you did not change it; theirs stays)</source>
        <translation>%s (jūs to nekeitėte; lieka jų reikšmė)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="95"/>
        <source>&amp;Keep Mine (Overwrite)</source>
        <translation>&amp;Palikti mano (perrašyti)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="98"/>
        <source>Save your values over the stored version; their other changes stay.</source>
        <translation>Įrašyti jūsų reikšmes vietoj įrašytųjų; kiti jų pakeitimai lieka.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="99"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Imti jų</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="101"/>
        <source>Drop your edit and show what is stored now.</source>
        <translation>Atmesti jūsų pakeitimą ir parodyti, kas dabar įrašyta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="104"/>
        <source>Keep editing; nothing is saved or dropped yet.</source>
        <translation>Tęsti redagavimą; niekas dar neįrašyta ir neatmesta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="57"/>
        <source>Personal agendas (PDF)</source>
        <extracomment>A preview of &quot;all participants&quot; shows this many agendas; the export has them all.</extracomment>
        <translation>Asmeninės darbotvarkės (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="58"/>
        <source>Calendars (iCalendar .ics)</source>
        <translation>Kalendoriai (iCalendar .ics)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="59"/>
        <source>Master schedule (Excel .xlsx)</source>
        <translation>Bendras tvarkaraštis (Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="60"/>
        <source>Meetings (CSV)</source>
        <translation>Susitikimai (CSV)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="61"/>
        <source>Table door sheets (PDF)</source>
        <translation>Stalų lapai (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="62"/>
        <source>Check-in desk list (PDF)</source>
        <translation>Registracijos sąrašas (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="63"/>
        <source>Name badges (PDF)</source>
        <translation>Vardiniai ženkleliai (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="64"/>
        <source>Event report (PDF)</source>
        <translation>Renginio ataskaita (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="70"/>
        <source>A PDF per participant, or one combined file: every meeting with its time, table, partner and the partner&apos;s contact (when they consented), breaks, and room for notes.</source>
        <translation>Po PDF kiekvienam dalyviui arba vienas bendras failas: kiekvienas susitikimas su laiku, stalu, partneriu ir partnerio kontaktu (jei davė sutikimą), pertraukos ir vieta pastaboms.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="72"/>
        <source>An .ics per participant and one for the whole event. Re-exports update calendars instead of duplicating: every meeting keeps its UID, changes raise its SEQUENCE.</source>
        <translation>Po .ics kiekvienam dalyviui ir vienas visam renginiui. Pakartotinis eksportas atnaujina kalendorius, o ne dubliuoja: kiekvienas susitikimas išlaiko savo UID, o pakeitimai padidina SEQUENCE.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="74"/>
        <source>A sheet per day with slots against tables, and a sheet of every participant&apos;s meetings.</source>
        <translation>Lapas kiekvienai dienai su intervalais ir stalais bei lapas su kiekvieno dalyvio susitikimais.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="75"/>
        <source>One row per meeting, for mail merges and other tools.</source>
        <translation>Po eilutę kiekvienam susitikimui – laiškų suliejimui ir kitoms priemonėms.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="76"/>
        <source>One page per table to pin on its door: who meets whom at every slot.</source>
        <translation>Po puslapį kiekvienam stalui: kas su kuo susitinka kiekvienu laiku.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="77"/>
        <source>Every participant in alphabetical order with delegates, first meeting and a box to tick.</source>
        <translation>Visi dalyviai abėcėlės tvarka su delegatais, pirmuoju susitikimu ir langeliu pažymėti.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="78"/>
        <source>A badge per delegate: four to an A4 or Letter sheet with cut lines, or one per A6 page.</source>
        <translation>Ženklelis kiekvienam delegatui: keturi A4 ar Letter lape su kirpimo linijomis arba po vieną A6 puslapyje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="79"/>
        <source>After the event: meetings held, no-shows, feedback outcomes, meetings between countries and the top capability pairs, with charts.</source>
        <translation>Po renginio: įvykę susitikimai, neatvykimai, atsiliepimų rezultatai, susitikimai tarp šalių ir dažniausios kompetencijų poros su diagramomis.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="194"/>
        <source>Choose an event in the toolbar.</source>
        <translation>Įrankių juostoje pasirinkite renginį.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="202"/>
        <source>Workbook with %n sheet(s):</source>
        <translation>Darbaknygė, lapų: %n:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="205"/>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} eil. × {2} stulp.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="213"/>
        <source>This event has no participants yet.</source>
        <translation>Šiame renginyje dar nėra dalyvių.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="215"/>
        <source>Calendar of %s (one .ics per participant and one for the whole event):</source>
        <translation>%s kalendorius (po .ics kiekvienam dalyviui ir vienas visam renginiui):</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="44"/>
        <source>Detect</source>
        <translation>Atpažinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="46"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 su BOM</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="48"/>
        <source>Baltic (cp1257)</source>
        <translation>Baltų (cp1257)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="49"/>
        <source>Central European (cp1250)</source>
        <translation>Vidurio Europos (cp1250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="50"/>
        <source>Western (cp1252)</source>
        <translation>Vakarų (cp1252)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="53"/>
        <source>commas</source>
        <translation>kableliais</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="54"/>
        <source>semicolons</source>
        <translation>kabliataškiais</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="55"/>
        <source>tabs</source>
        <translation>tabuliacijomis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="105"/>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="106"/>
        <source>Import %s — %s</source>
        <translation>Importuoti: %s – %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="129"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atgal</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="131"/>
        <source>&amp;Check File &gt;</source>
        <translation>&amp;Tikrinti failą &gt;</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="134"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="165"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lapas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="165"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Koduotė:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="179"/>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="180"/>
        <source>Preview of the first rows (problems highlighted; point at a cell for details)</source>
        <translation>Pirmųjų eilučių peržiūra (problemos paryškintos; užveskite žymeklį ant langelio, kad pamatytumėte išsamiau)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="206"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="254"/>
        <source>Update the existing one</source>
        <translation>Atnaujinti esamą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="206"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="254"/>
        <source>Skip this row</source>
        <translation>Praleisti šią eilutę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="207"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="255"/>
        <source>Create a new organisation</source>
        <translation>Sukurti naują organizaciją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="220"/>
        <source>Same name and country:</source>
        <translation>Tas pats pavadinimas ir šalis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="223"/>
        <source>Similar name:</source>
        <translation>Panašus pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="232"/>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="233"/>
        <source>Duplicates</source>
        <translation>Dublikatai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="234"/>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation>Importuoti tinkamas eilutes, o netinkamas praleisti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>1. Columns</source>
        <translation>1. Stulpeliai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>2. Check</source>
        <translation>2. Tikrinimas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>3. Import</source>
        <translation>3. Importas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="294"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="300"/>
        <source>Checking %s…</source>
        <translation>Tikrinama %s…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="307"/>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="336"/>
        <source>%d rows</source>
        <translation>eilučių: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="340"/>
        <source>separated by %s</source>
        <translation>atskirta %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="342"/>
        <source>headers in row %d</source>
        <translation>antraštės %d eilutėje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="344"/>
        <source>%d blank rows left out</source>
        <translation>praleista tuščių eilučių: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="385"/>
        <source>The first %d rows: %d errors, %d warnings. Check the whole file next.</source>
        <translation>Pirmosios %d eilutės: klaidų – %d, įspėjimų – %d. Toliau patikrinkite visą failą.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="405"/>
        <source>%d rows: %d organisations, %d invalid rows (%d errors, %d warnings); %d already in the database, %d with a similar name.</source>
        <translation>Eilučių: %d; organizacijų: %d; netinkamų eilučių: %d (klaidų – %d, įspėjimų – %d); jau duomenų bazėje: %d; panašiu pavadinimu: %d.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="408"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>Pataisykite failą arba importuokite tik tinkamas eilutes.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="410"/>
        <source>Problems (%d)</source>
        <translation>Problemos (%d)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="411"/>
        <source>Duplicates (%d)</source>
        <translation>Dublikatai (%d)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="47"/>
        <source>Agenda {0} of {1}</source>
        <translation>Darbotvarkė {0} iš {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="52"/>
        <source>Agenda of {0}</source>
        <translation>Darbotvarkė: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="57"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="431"/>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="86"/>
        <source>Preparing the document…</source>
        <translation>Ruošiamas dokumentas…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="90"/>
        <source>Part {0}</source>
        <translation>{0} dalis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="431"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="444"/>
        <source>Nothing was written</source>
        <translation>Niekas neįrašyta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="434"/>
        <source>Left out: rows %s</source>
        <translation>Praleistos eilutės: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/controller.py" line="154"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="451"/>
        <source>Cancelled; nothing was written</source>
        <translation>Atšaukta; niekas neįrašyta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="29"/>
        <source>(not imported)</source>
        <translation>(neimportuojama)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>Column in the file</source>
        <translation>Stulpelis faile</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>Imported as</source>
        <translation>Importuojama kaip</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>First value</source>
        <translation>Pirmoji reikšmė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="80"/>
        <source>Double-click to choose the field this column is imported as</source>
        <translation>Dukart spustelėkite, kad pasirinktumėte, į kurį lauką importuoti šį stulpelį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="144"/>
        <source>Column {0}</source>
        <translation>{0} stulpelis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="146"/>
        <source>not imported</source>
        <translation>neimportuojama</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="181"/>
        <source>Severity</source>
        <translation>Svarba</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="182"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="183"/>
        <source>Column</source>
        <translation>Stulpelis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="184"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>In the file</source>
        <translation>Faile</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Existing organisation</source>
        <translation>Esama organizacija</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="253"/>
        <source>same name and country</source>
        <translation>tas pats pavadinimas ir šalis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="253"/>
        <source>%d%% similar name</source>
        <translation>pavadinimas panašus %d%%</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="91"/>
        <source>One combined file (a new page per participant)</source>
        <translation>Vienas bendras failas (kiekvienas dalyvis naujame puslapyje)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="96"/>
        <source>A6 (one badge a page)</source>
        <translation>A6 (vienas ženklelis puslapyje)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="102"/>
        <source>Participant:</source>
        <translation>Dalyvis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="104"/>
        <source>Paper:</source>
        <translation>Popierius:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="106"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="110"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="127"/>
        <source>Open &amp;Folder</source>
        <translation>Atidaryti &amp;aplanką</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="134"/>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="156"/>
        <source>Choose an event in the toolbar to export its agendas and documents.</source>
        <translation>Įrankių juostoje pasirinkite renginį, kad eksportuotumėte jo darbotvarkes ir dokumentus.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="161"/>
        <source>Zoom Out</source>
        <translation>Mažinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="162"/>
        <source>Zoom In</source>
        <translation>Didinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="163"/>
        <source>Fit Width</source>
        <translation>Pagal plotį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="164"/>
        <source>Whole Page</source>
        <translation>Visas puslapis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="227"/>
        <source>All participants</source>
        <translation>Visi dalyviai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="266"/>
        <source>previewing the first %d of %d agendas · </source>
        <translation>rodomos pirmosios %d iš %d darbotvarkių · </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="267"/>
        <source>%d page(s)</source>
        <translation>puslapių: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="293"/>
        <source>Export Into Folder</source>
        <translation>Eksportuoti į aplanką</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="298"/>
        <source>Export Combined Agendas Into Folder</source>
        <translation>Eksportuoti bendrą darbotvarkių failą į aplanką</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="304"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="304"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel darbaknygės (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="305"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="318"/>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="345"/>
        <source>Print</source>
        <translation>Spausdinti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="347"/>
        <source>Sent %s to the printer.</source>
        <translation>%s nusiųsta spausdinti.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="364"/>
        <source>Wrote %s.</source>
        <translation>Įrašyta: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="370"/>
        <source>The export failed; nothing was written.</source>
        <translation>Eksportuoti nepavyko; niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="374"/>
        <source>Cancelled; no half-written file was left.</source>
        <translation>Atšaukta; nebaigtų rašyti failų neliko.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="54"/>
        <source>Enter the address of the team database, for example %s</source>
        <translation>Įveskite komandos duomenų bazės adresą, pavyzdžiui, %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="57"/>
        <location filename="../../matchmaker/ui/team_dialog.py" line="61"/>
        <source>A team database is a PostgreSQL address, for example %s</source>
        <translation>Komandos duomenų bazė – tai PostgreSQL adresas, pavyzdžiui, %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="63"/>
        <source>Add the database name to the address, for example …:5432/matchmaker</source>
        <translation>Prie adreso pridėkite duomenų bazės pavadinimą, pavyzdžiui, …:5432/matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="77"/>
        <source>Connect to Team Database</source>
        <translation>Prisijungti prie komandos duomenų bazės</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="79"/>
        <source>Work together on one PostgreSQL database. Everyone sees the others&apos; changes within seconds; two edits of the same record never overwrite each other.</source>
        <translation>Dirbkite kartu vienoje PostgreSQL duomenų bazėje. Kitų pakeitimai matomi per kelias sekundes; du to paties įrašo pakeitimai niekada vienas kito neperrašo.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="90"/>
        <source>asked each time, never stored</source>
        <translation>klausiama kiekvieną kartą, niekada neįrašomas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="91"/>
        <source>Remember the address (never the password)</source>
        <translation>Įsiminti adresą (slaptažodžio – niekada)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="100"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresas:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="101"/>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="104"/>
        <source>&amp;Connect</source>
        <translation>&amp;Prisijungti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="134"/>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="165"/>
        <source>Connect to &amp;Team Database…</source>
        <translation>Prisijungti prie &amp;komandos duomenų bazės…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="166"/>
        <source>Open a shared PostgreSQL database; the password is asked for and never stored</source>
        <translation>Atidaryti bendrą PostgreSQL duomenų bazę; slaptažodžio klausiama ir jis niekada neįrašomas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="171"/>
        <source>&amp;Restore Backup…</source>
        <translation>A&amp;tkurti atsarginę kopiją…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="176"/>
        <source>Automatic backups are for SQLite files; back up a team database with pg_dump</source>
        <translation>Automatinės atsarginės kopijos skirtos SQLite failams; komandos duomenų bazės kopiją darykite su pg_dump</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="125"/>
        <source>This is us: {0}</source>
        <extracomment>What changed: &quot;us&quot;, &quot;shortlist&quot;, &quot;requests&quot;, &quot;unavailable&quot;, &quot;export&quot; or &quot;all&quot;. A problem the user should see (saving failed, work set aside, ...). False when this installation has no matcher (suggestions cannot be shown).</extracomment>
        <translation>Tai mes: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="125"/>
        <source>Clear “this is us”</source>
        <translation>Išvalyti „Tai mes“</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="132"/>
        <source>Remove {0} from the shortlist</source>
        <translation>Pašalinti {0} iš trumpojo sąrašo</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="132"/>
        <source>Shortlist {0}</source>
        <translation>Įtraukti {0} į trumpąjį sąrašą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="143"/>
        <source>Request to meet {0}</source>
        <translation>Prašyti susitikimo su {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="150"/>
        <source>Remove the request to meet {0}</source>
        <translation>Pašalinti susitikimo su {0} užklausą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="157"/>
        <source>Mark a slot unavailable</source>
        <translation>Pažymėti intervalą kaip užimtą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="157"/>
        <source>Mark a slot available</source>
        <translation>Pažymėti intervalą kaip laisvą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="18"/>
        <source>must</source>
        <extracomment>Enum value -&gt; English label, marked for lupdate (one context: &quot;&quot;).</extracomment>
        <translation>būtina</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="19"/>
        <source>should</source>
        <translation>verta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="20"/>
        <source>could</source>
        <translation>galima</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="22"/>
        <source>pending</source>
        <translation>laukia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="23"/>
        <source>accepted</source>
        <translation>priimta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="24"/>
        <source>declined</source>
        <translation>atmesta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="25"/>
        <source>cancelled</source>
        <translation>atšaukta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="26"/>
        <source>expired</source>
        <translation>nebegalioja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="28"/>
        <source>organiser</source>
        <translation>organizatorius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="29"/>
        <source>participant</source>
        <translation>dalyvis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="30"/>
        <source>suggestion</source>
        <translation>pasiūlymas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="32"/>
        <source>scheduled</source>
        <translation>suplanuotas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="33"/>
        <source>held</source>
        <translation>įvyko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="34"/>
        <source>no-show</source>
        <translation>neatvyko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="36"/>
        <source>optimal</source>
        <translation>optimalus</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="37"/>
        <source>feasible</source>
        <translation>leistinas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="38"/>
        <source>infeasible</source>
        <translation>neįmanomas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="73"/>
        <source>new at {0}</source>
        <translation>naujas: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="74"/>
        <source>moved from {0} to {1}</source>
        <translation>perkeltas iš {0} į {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="77"/>
        <source>no longer scheduled (was {0})</source>
        <translation>nebesuplanuotas (buvo {0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="97"/>
        <source>{0} (table {1})</source>
        <translation>{0} (stalas {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="105"/>
        <source>same time, table {0} → {1}</source>
        <translation>tas pats laikas, stalas {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="106"/>
        <source>With {0}: {1}</source>
        <translation>Su {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/base.py" line="148"/>
        <source>Cannot load the event</source>
        <extracomment>A fresh snapshot of the event (None when no event is selected). (title, exception) of a refused or failed action, for the view to show. A one-line message for the status bar and the page&apos;s own status line. True while a load runs. What :meth:`prepare` built for the current snapshot. The versions of the rows the page shows (and of those it wrote since): see matchmaker.db.seen. The newest version of each row this page wrote itself (so undoing older steps still works).</extracomment>
        <translation>Nepavyko įkelti renginio</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/base.py" line="162"/>
        <source>Someone else saved the same rows a moment ago; nothing was saved. Try again.</source>
        <translation>Kažkas kitas ką tik įrašė tuos pačius duomenis; niekas neįrašyta. Bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="254"/>
        <source>Break</source>
        <extracomment>Roles our extra_data answers beyond the shared model&apos;s (which returns None for others at once).</extracomment>
        <translation>Pertrauka</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="137"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="390"/>
        <source>locked</source>
        <translation>užrakinta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="256"/>
        <source>(not available)</source>
        <translation>(užimta)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="256"/>
        <source>(free)</source>
        <translation>(laisva)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="269"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="270"/>
        <source>With</source>
        <translation>Su</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="272"/>
        <source>Table</source>
        <translation>Stalas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="307"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="354"/>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="309"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="356"/>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="357"/>
        <source>Breaks</source>
        <translation>Pertraukos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="359"/>
        <source>Not placed</source>
        <translation>Nesuplanuota</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="361"/>
        <source>Unavailable</source>
        <translation>Užimta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="410"/>
        <source>{0}–{1}: {2} meeting(s)</source>
        <translation>{0}–{1}: susitikimų – {2}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="434"/>
        <source>Why not placed</source>
        <translation>Kodėl nesuplanuota</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="447"/>
        <source>its meeting is {0}</source>
        <translation>jo susitikimo būsena: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="449"/>
        <source>not scheduled yet: run the scheduler</source>
        <translation>dar nesuplanuota: sudarykite tvarkaraštį</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/controller.py" line="136"/>
        <source>Contact erased; %d free-text field(s) redacted.</source>
        <translation>Kontaktas ištrintas; išvalyta laisvo teksto laukų: %d.</translation>
    </message>
</context>
<context>
    <name>OrganisationsController</name>
    <message>
        <location filename="../../matchmaker/ui/organisations/controller.py" line="69"/>
        <source>Cannot load the organisations</source>
        <extracomment>The table finished (re)loading: number of organisations. Cluster or tag names changed (the filter lists need refilling).</extracomment>
        <translation>Nepavyko įkelti organizacijų</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="109"/>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="117"/>
        <source>Clusters</source>
        <translation>Klasteriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="68"/>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="115"/>
        <source>Organisations</source>
        <extracomment>Registered page classes, in registration order (the window sorts them by ``order``). What the window needs of a page before building it: a Page subclass, or a LazyPage standing in for one. The built-in pages. Their modules are imported when first shown (see the module docstring).</extracomment>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="119"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="87"/>
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="64"/>
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="123"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="61"/>
        <source>Schedule</source>
        <translation>Tvarkaraštis</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="125"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="49"/>
        <source>Exports</source>
        <translation>Eksportas</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="22"/>
        <source>OK</source>
        <extracomment>Interface languages with a translation in resources/i18n/ (English is the source language). Qt&apos;s standard button texts, kept in our catalogues: Qt ships no Lithuanian qtbase translation.</extracomment>
        <translation>Gerai</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="22"/>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="23"/>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="23"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="24"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="24"/>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="25"/>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="25"/>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="26"/>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="26"/>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytuosius</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="27"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
</TS>
