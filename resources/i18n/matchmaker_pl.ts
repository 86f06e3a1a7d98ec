<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="28"/>
        <source>About Matchmaker</source>
        <translation>O programie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="35"/>
        <source>Cross-border B2B partner matchmaking and meeting scheduling for business clusters around the Baltic Sea. Works offline.</source>
        <translation>Transgraniczne kojarzenie partnerów B2B i planowanie spotkań dla klastrów biznesowych regionu Morza Bałtyckiego. Działa offline.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/about.py" line="40"/>
        <source>Log file</source>
        <translation>Plik dziennika</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="72"/>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="105"/>
        <source>Welcome to Matchmaker</source>
        <translation>Witamy w Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="106"/>
        <source>This database is empty. Load the demo data?</source>
        <translation>Ta baza danych jest pusta. Wczytać dane demonstracyjne?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="108"/>
        <source>The demo holds the Vilnius and Krakow film clusters, Nebula, the Lithuanian ICT Cluster, INFOBALT and their members, and an event modelled on Bridge 2 Business (Vilnius, 2018). You can load it later from Tools ▸ Load Demo Data.</source>
        <translation>Dane demonstracyjne obejmują klastry filmowe z Wilna i Krakowa, Nebulę, Litewski Klaster ICT, INFOBALT wraz z członkami oraz wydarzenie wzorowane na Bridge 2 Business (Wilno, 2018). Można je wczytać później: Narzędzia ▸ Wczytaj dane demonstracyjne.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="118"/>
        <location filename="../../matchmaker/ui/app.py" line="133"/>
        <source>Loading the demo data…</source>
        <translation>Wczytywanie danych demonstracyjnych…</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="120"/>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="140"/>
        <source>Demo data loaded: %n rows added.</source>
        <translation>Wczytano dane demonstracyjne: dodano wierszy: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="144"/>
        <source>The demo data could not be loaded</source>
        <translation>Nie udało się wczytać danych demonstracyjnych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="148"/>
        <source>Loading the demo was cancelled; nothing was written.</source>
        <translation>Wczytywanie danych demonstracyjnych anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/app.py" line="157"/>
        <location filename="../../matchmaker/ui/main_window.py" line="316"/>
        <source>Open Database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="38"/>
        <source>Research organisation</source>
        <translation>Organizacja badawcza</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="40"/>
        <source>Cluster organisation</source>
        <translation>Organizacja klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="44"/>
        <source>micro</source>
        <translation>mikro</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="45"/>
        <source>small</source>
        <translation>mała</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="46"/>
        <source>medium</source>
        <translation>średnia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="47"/>
        <source>large</source>
        <translation>duża</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="54"/>
        <source>Event catalogue</source>
        <translation>Katalog wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="54"/>
        <source>Cluster catalogue</source>
        <translation>Katalog klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="55"/>
        <source>%s “%s”, published by %s on %s, %d organisations.

Choose an organisation to see its profile.</source>
        <translation>%s „%s”, opublikowany przez %s dnia %s, organizacji: %d.

Wybierz organizację, aby zobaczyć jej profil.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="69"/>
        <source>{0} enterprise</source>
        <translation>przedsiębiorstwo: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="70"/>
        <source>founded {0}</source>
        <translation>założona w {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="73"/>
        <source>This is you.</source>
        <translation>To Twoja organizacja.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="78"/>
        <source>Why we suggest them</source>
        <translation>Dlaczego ją proponujemy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="85"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="72"/>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="85"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="79"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="73"/>
        <source>Requests</source>
        <translation>Zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="123"/>
        <source>This Is Us</source>
        <translation>To my</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="125"/>
        <source>Say that this organisation is yours</source>
        <translation>Wskaż, że to Twoja organizacja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="134"/>
        <source>Meeting request</source>
        <translation>Prośba o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="143"/>
        <source>A short note: what you would like to discuss</source>
        <translation>Krótka notatka: o czym chcesz porozmawiać</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="145"/>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="197"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="168"/>
        <source>Request Meeting</source>
        <translation>Poproś o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="148"/>
        <source>Remove Request</source>
        <translation>Usuń prośbę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="155"/>
        <source>Priority:</source>
        <translation>Priorytet:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="156"/>
        <source>Message:</source>
        <translation>Wiadomość:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="188"/>
        <source>On Shortlist</source>
        <translation>Na liście wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="188"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="162"/>
        <source>Add to Shortlist</source>
        <translation>Dodaj do listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="193"/>
        <source>Meeting request (needs an event catalogue)</source>
        <translation>Prośba o spotkanie (wymaga katalogu wydarzenia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="197"/>
        <source>Update Request</source>
        <translation>Zaktualizuj prośbę</translation>
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
        <translation>Organizacja</translation>
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
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="55"/>
        <location filename="../../matchmaker/ui/clusters/models.py" line="41"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="59"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="86"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="144"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="82"/>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="56"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="25"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="80"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="67"/>
        <source>Capabilities</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="57"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Match</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="59"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="200"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="46"/>
        <source>Request</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="84"/>
        <source>On your shortlist</source>
        <translation>Na Twojej liście wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="39"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="100"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="43"/>
        <source>Mutual</source>
        <translation>Obopólne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="101"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="44"/>
        <source>Each side has something the other asked for</source>
        <translation>Każda strona ma coś, czego szuka druga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="102"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="262"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="47"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="39"/>
        <source>Matchmaker requests (*.mmreq);;All files (*)</source>
        <translation>Zapytania Matchmaker (*.mmreq);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="60"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="121"/>
        <source>Publish Catalogue</source>
        <translation>Opublikuj katalog</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="65"/>
        <source>For an event (its participants and slots)</source>
        <translation>Dla wydarzenia (uczestnicy i terminy)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="66"/>
        <source>For a cluster (its members)</source>
        <translation>Dla klastra (jego członkowie)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="84"/>
        <source>default: the event&apos;s organiser</source>
        <translation>domyślnie: organizator wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="87"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="93"/>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="98"/>
        <location filename="../../matchmaker/ui/main_window.py" line="242"/>
        <source>Event:</source>
        <translation>Wydarzenie:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="100"/>
        <source>Cluster:</source>
        <translation>Klaster:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="101"/>
        <source>Publisher:</source>
        <translation>Wydawca:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="102"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="146"/>
        <source>Published %s</source>
        <translation>Opublikowano: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="149"/>
        <source>Catalogue published</source>
        <translation>Katalog opublikowany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="150"/>
        <source>%s: %d organisations, %d contacts with consent (%d withheld), %d meeting slots, %.0f KiB.

Send this file to the companies; they open it in Matchmaker.</source>
        <translation>%s: organizacje – %d, kontakty ze zgodą – %d (pominięte – %d), terminy spotkań – %d, %.0f KiB.

Wyślij ten plik firmom; otworzą go w programie Matchmaker.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="157"/>
        <source>The catalogue was not published</source>
        <translation>Katalog nie został opublikowany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="164"/>
        <source>%s: file %d from %s was already imported; nothing changes.</source>
        <translation>%s: plik nr %d od %s został już zaimportowany; nic się nie zmienia.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="166"/>
        <source>%s: file %d from %s — requests: %d new, %d changed, %d withdrawn, %d kept; unavailable slots: +%d −%d; shortlist: +%d −%d.</source>
        <translation>%s: plik nr %d od %s — zapytania: nowe %d, zmienione %d, wycofane %d, bez zmian %d; niedostępne terminy: +%d −%d; lista wybranych: +%d −%d.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="172"/>
        <source>Skipped: %s.</source>
        <translation>Pominięto: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="188"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="203"/>
        <source>The request file was refused</source>
        <translation>Plik zapytań został odrzucony</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="192"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="194"/>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="235"/>
        <source>Import Requests</source>
        <translation>Importuj zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="194"/>
        <source>Import these requests?</source>
        <translation>Zaimportować te zapytania?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="206"/>
        <source>Imported %d request file(s)</source>
        <translation>Zaimportowano pliki zapytań: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="214"/>
        <source>Open &amp;Catalogue…</source>
        <translation>Otwórz &amp;katalog…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="216"/>
        <source>&amp;Publish Catalogue…</source>
        <translation>O&amp;publikuj katalog…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="217"/>
        <source>Import &amp;Requests…</source>
        <translation>Importuj zap&amp;ytania…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/organiser.py" line="224"/>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="439"/>
        <source>Open Catalogue</source>
        <translation>Otwórz katalog</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="48"/>
        <source>Matchmaker catalogues (*.mmcat);;All files (*)</source>
        <translation>Katalogi Matchmaker (*.mmcat);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="92"/>
        <source>%s — Matchmaker catalogue (read-only)</source>
        <translation>%s — katalog Matchmaker (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="119"/>
        <source>Read-only catalogue: your choices are saved beside it.</source>
        <translation>Katalog tylko do odczytu: Twoje wybory są zapisywane obok niego.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="128"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="131"/>
        <source>This is us:</source>
        <translation>To my:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="137"/>
        <source>(choose your organisation)</source>
        <translation>(wybierz swoją organizację)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="149"/>
        <source>Search names, offers, requests…</source>
        <translation>Szukaj nazw, ofert, zapytań…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="157"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="364"/>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="164"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="229"/>
        <source>All capabilities</source>
        <translation>Wszystkie kompetencje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="223"/>
        <source>Tick the meeting slots when you cannot meet anyone.</source>
        <translation>Zaznacz terminy, w których nie możesz się z nikim spotkać.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="225"/>
        <source>This catalogue has no meeting slots (it is not for an event).</source>
        <translation>Ten katalog nie ma terminów spotkań (nie dotyczy wydarzenia).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="229"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="230"/>
        <source>Suggestions</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="231"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="45"/>
        <source>Shortlist</source>
        <translation>Wybrani</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="232"/>
        <source>My Requests</source>
        <translation>Moje zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="233"/>
        <source>My Availability</source>
        <translation>Moja dostępność</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="242"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="244"/>
        <source>&amp;Open Catalogue…</source>
        <translation>&amp;Otwórz katalog…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="246"/>
        <source>&amp;Export My Requests…</source>
        <translation>&amp;Eksportuj moje zapytania…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="248"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="254"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="255"/>
        <location filename="../../matchmaker/ui/main_window.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="258"/>
        <location filename="../../matchmaker/ui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="264"/>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="267"/>
        <source>Add to or Remove from &amp;Shortlist</source>
        <translation>Dodaj do listy wybranych lub &amp;usuń z niej</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="270"/>
        <location filename="../../matchmaker/ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="338"/>
        <source>Choose “this is us” above to see the partners that suit you best.</source>
        <translation>Wybierz powyżej „To my”, aby zobaczyć najlepiej dopasowanych partnerów.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="345"/>
        <source>Suggestions are not available</source>
        <translation>Propozycje są niedostępne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="358"/>
        <source>Partner suggestions are not available in this installation.</source>
        <translation>W tej instalacji propozycje partnerów są niedostępne.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="361"/>
        <source>The %d best partners for %s from other countries, with the reasons.</source>
        <translation>Najlepsi partnerzy (%d) z innych krajów dla %s, z uzasadnieniem.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="365"/>
        <source>No partner in this catalogue matches %s&apos;s offers and requests yet.</source>
        <translation>W tym katalogu nie ma jeszcze partnera pasującego do ofert i zapytań %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="374"/>
        <source>%d of %d organisations · %d shortlisted · %d %s · %d %s unavailable</source>
        <translation>%d z %d organizacji · na liście wybranych %d · %d %s · niedostępne: %d %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="375"/>
        <source>request</source>
        <translation>zapytanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="375"/>
        <source>requests</source>
        <translation>zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="376"/>
        <source>slot</source>
        <translation>termin</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="376"/>
        <source>slots</source>
        <translation>terminy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="378"/>
        <source>exported %d×</source>
        <translation>wyeksportowano %d×</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="426"/>
        <source>Export My Requests</source>
        <translation>Eksportuj moje zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="427"/>
        <source>Matchmaker requests (*{0})</source>
        <translation>Zapytania Matchmaker (*{0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="433"/>
        <source>The requests could not be exported</source>
        <translation>Nie udało się wyeksportować zapytań</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="435"/>
        <source>Wrote %s. E-mail it to the organiser.</source>
        <translation>Zapisano %s. Wyślij plik organizatorowi e-mailem.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/window.py" line="472"/>
        <source>Cannot open the catalogue</source>
        <translation>Nie można otworzyć katalogu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="22"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="94"/>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="24"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="25"/>
        <source>Stated</source>
        <translation>Podane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="26"/>
        <source>Member count as stated by the cluster</source>
        <translation>Liczba członków podana przez klaster</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45"/>
        <source>Founder</source>
        <translation>Założyciel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="45"/>
        <source>founder</source>
        <translation>założyciel</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/models.py" line="46"/>
        <source>Joined</source>
        <translation>Dołączył</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="44"/>
        <source>No clusters yet.</source>
        <translation>Nie ma jeszcze klastrów.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="83"/>
        <source>Add Members to %s</source>
        <translation>Dodaj członków do %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="89"/>
        <source>Find organisations…</source>
        <translation>Szukaj organizacji…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="92"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="126"/>
        <source>Find clusters…</source>
        <translation>Szukaj klastrów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="142"/>
        <source>Find members…</source>
        <translation>Szukaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="147"/>
        <source>Add Members…</source>
        <translation>Dodaj członków…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="150"/>
        <source>Remove from Cluster</source>
        <translation>Usuń z klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="231"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="63"/>
        <source>founded %s</source>
        <translation>założona w %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="233"/>
        <source>%s members as stated</source>
        <translation>deklarowanych członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="249"/>
        <source>%s members</source>
        <translation>członków: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="267"/>
        <source>Cannot add members</source>
        <translation>Nie można dodać członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="269"/>
        <source>Added %n to %s.</source>
        <translation>Dodano do %s: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="283"/>
        <source>Cannot remove members</source>
        <translation>Nie można usunąć członków</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="286"/>
        <source>Removed %n from %s (Ctrl+Z brings them back).</source>
        <translation>Usunięto z %s: %n (Ctrl+Z przywraca).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="28"/>
        <source>Something went wrong: %s</source>
        <translation>Coś poszło nie tak: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/dialogs.py" line="29"/>
        <source>This is a bug. Details are in the log file %s</source>
        <translation>To błąd programu. Szczegóły w pliku dziennika %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="36"/>
        <source>Matchmaker databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bazy danych Matchmaker (*.db *.sqlite *.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="165"/>
        <source>&amp;New Database…</source>
        <extracomment>The user chose a database (a file path or URL) to open instead of this one. The user asked to load the demo data into this database.</extracomment>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="166"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="186"/>
        <source>Show &amp;Navigation</source>
        <translation>Pokaż &amp;nawigację</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="189"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="192"/>
        <source>Load &amp;Demo Data…</source>
        <translation>Wczytaj dane &amp;demonstracyjne…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="193"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="197"/>
        <source>&amp;About Matchmaker</source>
        <translation>&amp;O programie Matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="210"/>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio u&amp;żywane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="232"/>
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="271"/>
        <source>(no event)</source>
        <translation>(brak wydarzenia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="308"/>
        <source>New Database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/main_window.py" line="329"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="42"/>
        <source>Find a capability (any language, synonyms too)…</source>
        <translation>Szukaj kompetencji (w dowolnym języku, także synonimy)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="46"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="94"/>
        <source>Capability</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="46"/>
        <source>NACE</source>
        <translation>PKD (NACE)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="116"/>
        <source>Chosen: %s</source>
        <translation>Wybrane: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/capability_picker.py" line="116"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="33"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="60"/>
        <source>Cannot redo</source>
        <translation>Nie można ponowić</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="63"/>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="82"/>
        <source>Create %s</source>
        <translation>Utwórz %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="102"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="74"/>
        <source>Edit %s</source>
        <translation>Edytuj %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="127"/>
        <source>%n organisations</source>
        <translation>organizacji: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="128"/>
        <source>Delete %s</source>
        <translation>Usuń %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="147"/>
        <source>Remove tag &apos;%1&apos; from %2</source>
        <translation>Usuń tag „%1” z %2</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="147"/>
        <source>Tag %2 as &apos;%1&apos;</source>
        <translation>Otaguj %2 jako „%1”</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="169"/>
        <source>Add %n to %s</source>
        <translation>Dodaj do %s: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/commands.py" line="186"/>
        <source>Remove %n from %s</source>
        <translation>Usuń z %s: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="74"/>
        <source>New Organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="77"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="81"/>
        <source>Offers and Requests</source>
        <translation>Oferty i zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="101"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="27"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="82"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="71"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="118"/>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="39"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="125"/>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="132"/>
        <source>e.g. lt, en, pl</source>
        <translation>np. lt, en, pl</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="135"/>
        <source>comma-separated</source>
        <translation>rozdzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="151"/>
        <source>Internal; never published or exported</source>
        <translation>Wewnętrzne; nigdy nie publikowane ani eksportowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="153"/>
        <source>City:</source>
        <translation>Miasto:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="154"/>
        <source>Size:</source>
        <translation>Wielkość:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="155"/>
        <source>Founded:</source>
        <translation>Założona:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="156"/>
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="156"/>
        <source>Languages:</source>
        <translation>Języki:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="157"/>
        <source>Clusters:</source>
        <translation>Klastry:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="157"/>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="158"/>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="158"/>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="166"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="174"/>
        <source>Add Offer</source>
        <translation>Dodaj ofertę</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="177"/>
        <source>Add Request</source>
        <translation>Dodaj zapytanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="182"/>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="229"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="128"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="190"/>
        <source>What this organisation offers to partners, and what it looks for.</source>
        <translation>Co ta organizacja oferuje partnerom i czego szuka.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="199"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="57"/>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="214"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="215"/>
        <source>Consent to publish</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="226"/>
        <source>Add Contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="232"/>
        <source>Erase Person…</source>
        <translation>Usuń osobę trwale…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="234"/>
        <source>Erase a stored contact for good, on their request (GDPR right to erasure)</source>
        <translation>Trwale usuń zapisany kontakt na jego prośbę (RODO: prawo do usunięcia danych)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="244"/>
        <source>Only contacts who consented are published in catalogues and agendas.</source>
        <translation>W katalogach i agendach publikowane są tylko kontakty, które wyraziły zgodę.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="259"/>
        <source>Given at %s</source>
        <translation>Udzielona %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="288"/>
        <source>Erase %s for good?</source>
        <translation>Trwale usunąć: %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="288"/>
        <source>this contact</source>
        <translation>ten kontakt</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="290"/>
        <source>The contact is deleted now (name, role, e-mail, phone and consent), and their e-mail, phone and full name are replaced by “[erased]” in notes, descriptions, meeting request messages, feedback comments and shortlist notes. This cannot be undone, and the undo history is cleared so nothing brings them back. Backups made before now still hold them until they rotate out.</source>
        <translation>Kontakt zostaje usunięty od razu (imię i nazwisko, stanowisko, e-mail, telefon i zgoda), a jego e-mail, telefon oraz imię i nazwisko w notatkach, opisach, wiadomościach próśb o spotkanie, komentarzach z ankiet i notatkach listy wybranych zostają zastąpione przez „[erased]”. Tego nie można cofnąć, a historia cofania zostaje wyczyszczona, aby nic go nie przywróciło. Dotychczasowe kopie zapasowe zawierają go, dopóki nie zostaną zastąpione nowszymi.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/editor.py" line="295"/>
        <source>Erase Person</source>
        <translation>Trwałe usunięcie osoby</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="37"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="30"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="31"/>
        <source>Research</source>
        <translation>Jednostka naukowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="39"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="32"/>
        <source>Public body</source>
        <translation>Instytucja publiczna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="33"/>
        <source>Cluster body</source>
        <translation>Organizacja klastra</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="41"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="34"/>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="37"/>
        <source>Micro (&lt;10)</source>
        <translation>Mikro (&lt;10)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="38"/>
        <source>Small (&lt;50)</source>
        <translation>Mała (&lt;50)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="39"/>
        <source>Medium (&lt;250)</source>
        <translation>Średnia (&lt;250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="40"/>
        <source>Large (250+)</source>
        <translation>Duża (250+)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="60"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="146"/>
        <location filename="../../matchmaker/ui/partners/models.py" line="42"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="61"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <source>Size</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="63"/>
        <source>Founded</source>
        <translation>Założona</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/detail.py" line="95"/>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="26"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="64"/>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="28"/>
        <source>Illustrative demo data.</source>
        <translation>Przykładowe dane demonstracyjne.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="29"/>
        <source>Internal notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="30"/>
        <location filename="../../matchmaker/ui/organisations/model.py" line="70"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="31"/>
        <source>may be published</source>
        <translation>można publikować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/detail.py" line="32"/>
        <source>no consent: never published</source>
        <translation>brak zgody: nigdy nie publikowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/model.py" line="129"/>
        <source>Illustrative demo data</source>
        <translation>Przykładowe dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="61"/>
        <source>Select an organisation to see its profile.</source>
        <translation>Wybierz organizację, aby zobaczyć jej profil.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="88"/>
        <source>Search names, cities, clusters, capabilities, tags…  (Ctrl+F)</source>
        <translation>Szukaj nazw, miast, klastrów, kompetencji, tagów…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="95"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="106"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="162"/>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="163"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="165"/>
        <location filename="../../matchmaker/ui/organisations/page.py" line="404"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="168"/>
        <source>Tag…</source>
        <translation>Otaguj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="169"/>
        <source>Remove Tag…</source>
        <translation>Usuń tag…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="171"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="172"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="242"/>
        <source>All clusters</source>
        <translation>Wszystkie klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All sizes</source>
        <translation>Wszystkie wielkości</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="243"/>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="278"/>
        <source>%s organisations</source>
        <translation>organizacji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="281"/>
        <source>%1 of %2 organisations</source>
        <translation>%1 z %2 organizacji</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="368"/>
        <source>Cannot erase the contact</source>
        <translation>Nie można usunąć kontaktu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="389"/>
        <source>Cannot edit</source>
        <translation>Nie można edytować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="400"/>
        <source>Delete %s?</source>
        <translation>Usunąć %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="402"/>
        <source>Delete %n organisations?</source>
        <translation>Usunąć organizacje (%n)?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="404"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Można to cofnąć skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="410"/>
        <source>Cannot delete</source>
        <translation>Nie można usunąć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="412"/>
        <source>Deleted %n organisations.</source>
        <translation>Usunięto organizacje: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="418"/>
        <source>Remove Tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="418"/>
        <source>Tag Organisations</source>
        <translation>Otaguj organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="419"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="432"/>
        <source>Cannot tag</source>
        <translation>Nie można otagować</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="435"/>
        <source>Removed &apos;%1&apos; from %2 organisations.</source>
        <translation>Usunięto tag „%1” z organizacji: %2.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="435"/>
        <source>Tagged %2 organisations &apos;%1&apos;.</source>
        <translation>Tag „%1” nadano organizacjom: %2.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23"/>
        <source>Remove %n from the shortlist</source>
        <translation>Usuń z listy wybranych: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="23"/>
        <source>Shortlist %n partners</source>
        <translation>Dodaj do listy wybranych partnerów: %n</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/commands.py" line="51"/>
        <source>Request a meeting with %s</source>
        <translation>Poproś o spotkanie z %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="40"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="64"/>
        <source>Shortlisted partner</source>
        <translation>Wybrany partner</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/models.py" line="66"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="63"/>
        <source>(no reasons)</source>
        <translation>(brak uzasadnienia)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="64"/>
        <source>Select a suggestion to see why.</source>
        <translation>Wybierz propozycję, aby zobaczyć uzasadnienie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="65"/>
        <source>mutual interest</source>
        <translation>obopólne zainteresowanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="66"/>
        <source>score</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="121"/>
        <source>Organisation to find partners for (type a name)…</source>
        <translation>Organizacja, dla której szukamy partnerów (wpisz nazwę)…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="130"/>
        <source>Only participants of the current event</source>
        <translation>Tylko uczestnicy bieżącego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="134"/>
        <source>Include same country</source>
        <translation>Uwzględnij ten sam kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="20"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="173"/>
        <source>Must meet</source>
        <translation>Spotkanie konieczne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="21"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="173"/>
        <source>Should meet</source>
        <translation>Spotkanie wskazane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/models.py" line="22"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="174"/>
        <source>Could meet</source>
        <translation>Spotkanie możliwe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="181"/>
        <source>Remove from Shortlist</source>
        <translation>Usuń z listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="186"/>
        <source>Partners for:</source>
        <translation>Partnerzy dla:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="262"/>
        <source>Choose an organisation.</source>
        <translation>Wybierz organizację.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="273"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="307"/>
        <source>Building the match index…</source>
        <translation>Budowanie indeksu dopasowań…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="273"/>
        <source>Finding partners…</source>
        <translation>Szukanie partnerów…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="285"/>
        <source>Not a participant of the current event: showing all organisations.</source>
        <translation>Nie uczestniczy w bieżącym wydarzeniu: pokazano wszystkie organizacje.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="319"/>
        <source>%s suggestions</source>
        <translation>propozycji: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="333"/>
        <source>No suggestions.</source>
        <translation>Brak propozycji.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="334"/>
        <source>Cannot suggest partners</source>
        <translation>Nie można zaproponować partnerów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="425"/>
        <source>Cannot shortlist</source>
        <translation>Nie można dodać do listy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="432"/>
        <source>Cannot change the shortlist</source>
        <translation>Nie można zmienić listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="440"/>
        <source>Cannot request a meeting</source>
        <translation>Nie można poprosić o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/partners/page.py" line="441"/>
        <source>Meeting requested with %s.</source>
        <translation>Poproszono o spotkanie z %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="24"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="27"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="32"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="36"/>
        <source>A new language is used from the next start.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="42"/>
        <source>Theme:</source>
        <translation>Motyw:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/preferences.py" line="43"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="44"/>
        <source>Add participants</source>
        <translation>Dodaj uczestników</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="52"/>
        <source>Filter by name, country or city</source>
        <translation>Filtruj według nazwy, kraju lub miasta</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="68"/>
        <source>%s organisations are not taking part yet.</source>
        <translation>Organizacje, które jeszcze nie uczestniczą: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="29"/>
        <source>Accept {0} request(s)</source>
        <extracomment>Undo texts per new status (marked for lupdate, shown through tr()).</extracomment>
        <translation>Akceptuj zapytania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="30"/>
        <source>Decline {0} request(s)</source>
        <translation>Odrzuć zapytania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="31"/>
        <source>Cancel {0} request(s)</source>
        <translation>Anuluj zapytania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="32"/>
        <source>Reopen {0} request(s)</source>
        <translation>Przywróć zapytania do rozpatrzenia ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="85"/>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="239"/>
        <source>Day 1 morning</source>
        <extracomment>Organisations that could still be added (list of OrganisationRow). Proposed requests from suggestions, for review (list of Proposal).</extracomment>
        <translation>Dzień 1, rano</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="86"/>
        <source>Coffee break</source>
        <translation>Przerwa kawowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="91"/>
        <source>Cannot create the event</source>
        <translation>Nie można utworzyć wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="97"/>
        <source>Created the event “{0}”</source>
        <translation>Utworzono wydarzenie „{0}”</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="118"/>
        <source>Event setup saved</source>
        <translation>Zapisano ustawienia wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="147"/>
        <source>Cannot list organisations</source>
        <translation>Nie można pobrać listy organizacji</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="155"/>
        <source>Add {0} participant(s)</source>
        <translation>Dodaj uczestników ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="158"/>
        <source>Added {0} participant(s)</source>
        <translation>Dodano uczestników: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="116"/>
        <source>Change the event setup</source>
        <translation>Zmień ustawienia wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="165"/>
        <source>Remove {0} participant(s)</source>
        <translation>Usuń uczestników ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="171"/>
        <source>Removed {0} participant(s); Ctrl+Z brings them back</source>
        <translation>Usunięto uczestników: {0}; Ctrl+Z ich przywraca</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="176"/>
        <source>Change delegates</source>
        <translation>Zmień liczbę delegatów</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="185"/>
        <source>Mark available ({0} slot(s))</source>
        <translation>Oznacz jako dostępne (terminy: {0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="185"/>
        <source>Mark unavailable ({0} slot(s))</source>
        <translation>Oznacz jako niedostępne (terminy: {0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="196"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="311"/>
        <source>Check in</source>
        <translation>Zarejestruj przybycie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="196"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="311"/>
        <source>Undo check-in</source>
        <translation>Cofnij rejestrację przybycia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="214"/>
        <source>{0} request(s) changed</source>
        <translation>Zmienione zapytania: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="219"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="82"/>
        <source>New meeting request</source>
        <translation>Nowa prośba o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="239"/>
        <source>Cannot propose requests</source>
        <translation>Nie można zaproponować zapytań</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="261"/>
        <source>Propose {0} request(s)</source>
        <translation>Zaproponuj zapytania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/controller.py" line="263"/>
        <source>Created {0} pending request(s) from suggestions</source>
        <translation>Z propozycji utworzono oczekujące zapytania: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="96"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="250"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="430"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="115"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="251"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="431"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="98"/>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="254"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="432"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="111"/>
        <source>Review proposed meeting requests</source>
        <translation>Przejrzyj proponowane prośby o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="125"/>
        <source>Ticked proposals become pending requests (source: suggestion). Accept or decline them afterwards like any other request.</source>
        <translation>Zaznaczone propozycje staną się oczekującymi zapytaniami (źródło: propozycja). Potem akceptuj je lub odrzucaj jak każde inne zapytanie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/dialogs.py" line="129"/>
        <source>Create ticked requests</source>
        <translation>Utwórz zaznaczone zapytania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="88"/>
        <source>Delegates</source>
        <translation>Delegaci</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="90"/>
        <source>Fixed table</source>
        <translation>Stały stolik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="91"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="358"/>
        <source>Accepted</source>
        <translation>Zaakceptowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="92"/>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="94"/>
        <source>Unavailable slots</source>
        <translation>Niedostępne terminy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="97"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="97"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="310"/>
        <source>Checked in</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="197"/>
        <source>not available</source>
        <translation>niedostępny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="197"/>
        <source>available</source>
        <translation>dostępny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="252"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="258"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="273"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="259"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="260"/>
        <source>Scheduled</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/models.py" line="322"/>
        <source>priority: {0}, status: {1}</source>
        <translation>priorytet: {0}, status: {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="79"/>
        <source> min</source>
        <extracomment>What the form was filled with, and the row versions behind it (team mode: see show_event). True while our own Apply saves (the reload it causes shows what we saved).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="81"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="239"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="83"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="84"/>
        <source>&amp;Venue</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="85"/>
        <source>Ci&amp;ty</source>
        <translation>Mi&amp;asto</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="86"/>
        <source>C&amp;ountry code</source>
        <translation>Kod &amp;kraju</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="87"/>
        <source>&amp;Time zone</source>
        <translation>Strefa &amp;czasowa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="88"/>
        <source>&amp;Slot length</source>
        <translation>&amp;Długość spotkania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="91"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="92"/>
        <source>Breaks (10:50-11:10 Coffee; …)</source>
        <translation>Przerwy (10:50-11:10 Kawa; …)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="98"/>
        <source>Add session</source>
        <translation>Dodaj sesję</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="99"/>
        <source>Remove session</source>
        <translation>Usuń sesję</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="102"/>
        <source>Sessions and breaks</source>
        <translation>Sesje i przerwy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="116"/>
        <source>Numbered tables</source>
        <translation>Stoliki numerowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="117"/>
        <source>Named tables</source>
        <translation>Stoliki z nazwami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="124"/>
        <source>One name per line, or separated by commas</source>
        <translation>Jedna nazwa w wierszu lub rozdzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="126"/>
        <source>Tables</source>
        <translation>Stoliki</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="132"/>
        <source>&amp;Save setup</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="134"/>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="175"/>
        <source>The event changed while you edit its setup; your edits are kept. Apply saves them (you are asked if they clash), Revert shows the stored setup.</source>
        <translation>Wydarzenie zmieniło się, gdy edytujesz jego ustawienia; twoje zmiany zostały zachowane. „Zastosuj” je zapisuje (zostaniesz zapytany, jeśli kolidują z cudzymi), „Przywróć” pokazuje zapisane ustawienia.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="204"/>
        <source>Breaks between sessions (kept when they overlap no new slot): </source>
        <translation>Przerwy między sesjami (zachowane, jeśli nie nachodzą na żaden nowy termin): </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="216"/>
        <source>{slots} meeting slots, {tables} tables</source>
        <translation>terminy spotkań: {slots}, stoliki: {tables}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="243"/>
        <source>Afternoon</source>
        <translation>Popołudnie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="245"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/setup_form.py" line="268"/>
        <source>Session {0}, breaks</source>
        <translation>Sesja {0}, przerwy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="74"/>
        <source>New event…</source>
        <translation>Nowe wydarzenie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="82"/>
        <source>Setup</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="34"/>
        <source>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Arkusze kalkulacyjne i CSV (*.xlsx *.xlsm *.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="36"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
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
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="64"/>
        <source>Choose an event first (toolbar: Event)</source>
        <translation>Najpierw wybierz wydarzenie (pasek narzędzi: Wydarzenie)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="76"/>
        <source>Import Participants</source>
        <translation>Importuj uczestników</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="76"/>
        <source>Import Organisations</source>
        <translation>Importuj organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="96"/>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="107"/>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="131"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="307"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="371"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="105"/>
        <source>Exporting to %s…</source>
        <translation>Eksportowanie do %s…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="127"/>
        <source>Exported %d rows to %s</source>
        <translation>Wyeksportowano wierszy: %d do %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="135"/>
        <source>Export cancelled; no file was written</source>
        <translation>Eksport anulowano; nie zapisano pliku</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="148"/>
        <source>&amp;Import Organisations…</source>
        <translation>&amp;Importuj organizacje…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="150"/>
        <source>Import Pa&amp;rticipants…</source>
        <translation>Importuj &amp;uczestników…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="152"/>
        <source>&amp;Export Organisations…</source>
        <translation>&amp;Eksportuj organizacje…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/__init__.py" line="154"/>
        <source>Export Par&amp;ticipants…</source>
        <translation>Eksportuj ucze&amp;stników…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="84"/>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="85"/>
        <source>Meeting requests</source>
        <translation>Prośby o spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="86"/>
        <source>There is no event yet. Create one, or load the demo data from the File menu.</source>
        <translation>Nie ma jeszcze wydarzenia. Utwórz je lub wczytaj dane demonstracyjne.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="123"/>
        <source>Filter participants</source>
        <translation>Filtruj uczestników</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="126"/>
        <source>Add from organisations…</source>
        <translation>Dodaj z organizacji…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="130"/>
        <source>Double-click Delegates to change how many meetings a participant holds at once.</source>
        <translation>Kliknij dwukrotnie „Delegaci”, aby zmienić, ile spotkań uczestnik może mieć jednocześnie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="148"/>
        <source>Press and drag across slots to mark when a participant cannot meet (✕). Drag from a marked cell to clear. Ctrl+Z undoes.</source>
        <translation>Naciśnij i przeciągnij po terminach, aby zaznaczyć, kiedy uczestnik nie może się spotkać (✕). Przeciągnij od zaznaczonej komórki, aby wyczyścić. Ctrl+Z cofa.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="179"/>
        <source>Filter by organisation or country</source>
        <translation>Filtruj według organizacji lub kraju</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="183"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="188"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="188"/>
        <source>Matrix</source>
        <translation>Macierz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="197"/>
        <source>&amp;Accept</source>
        <translation>&amp;Akceptuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="198"/>
        <source>&amp;Decline</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="199"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nuluj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="200"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="211"/>
        <source>New request…</source>
        <translation>Nowe zapytanie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="213"/>
        <source>Propose from suggestions…</source>
        <translation>Zaproponuj na podstawie propozycji…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="219"/>
        <source>{0} of {1} requests</source>
        <translation>{0} z {1} zapytań</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="249"/>
        <source>{days} · {zone} · {people} participants · {slots} slots · {tables} tables</source>
        <translation>{days} · {zone} · uczestnicy: {people} · terminy: {slots} · stoliki: {tables}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="300"/>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="300"/>
        <source>Name of the event:</source>
        <translation>Nazwa wydarzenia:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="309"/>
        <source>Remove {0} participant(s) and their meeting requests? Ctrl+Z brings them back.</source>
        <translation>Usunąć uczestników ({0}) wraz z ich prośbami o spotkanie? Ctrl+Z ich przywraca.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="310"/>
        <source>Remove participants</source>
        <translation>Usuń uczestników</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="328"/>
        <source>No new cross-border requests to propose: every good match is already asked.</source>
        <translation>Brak nowych zapytań transgranicznych do zaproponowania: o każde dobre dopasowanie już poproszono.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="50"/>
        <source> (this is a bug; details are in the log file)</source>
        <translation> (to błąd programu; szczegóły w pliku dziennika)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/widgets.py" line="77"/>
        <source>Create an event</source>
        <translation>Utwórz wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="70"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="329"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="331"/>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="74"/>
        <source>Grid</source>
        <translation>Siatka</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="75"/>
        <source>Participants and check-in</source>
        <translation>Uczestnicy i rejestracja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="76"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="77"/>
        <source>Last run</source>
        <translation>Ostatnie uruchomienie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="78"/>
        <source>Choose or create an event on the Event page first.</source>
        <translation>Najpierw wybierz lub utwórz wydarzenie na stronie „Wydarzenie”.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="79"/>
        <source>Use Event → New event…</source>
        <translation>Wydarzenie → Nowe wydarzenie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="103"/>
        <source>&amp;Run scheduler</source>
        <translation>&amp;Ułóż harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="104"/>
        <source>Place every accepted meeting, then minimise breaks (Ctrl+R)</source>
        <translation>Zaplanuj każde zaakceptowane spotkanie, potem zminimalizuj przerwy (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="107"/>
        <source>Re&amp;pair</source>
        <translation>&amp;Napraw</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="108"/>
        <source>Re-solve after changes, moving as few meetings as possible</source>
        <translation>Przelicz po zmianach, przesuwając jak najmniej spotkań</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="114"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="115"/>
        <source>Time limit of the search</source>
        <translation>Limit czasu wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="117"/>
        <source>Stop &amp;&amp; keep best</source>
        <translation>Zatrzymaj i zachowaj najlepszy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="460"/>
        <source>Undo last run</source>
        <translation>Cofnij ostatnie uruchomienie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="154"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="155"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="372"/>
        <source>Select a meeting in the grid.</source>
        <translation>Wybierz spotkanie w siatce.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="161"/>
        <source>Mark &amp;held</source>
        <translation>Oznacz jako od&amp;byte</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="162"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="374"/>
        <source>No-show</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="163"/>
        <source>Take out of the schedule</source>
        <translation>Usuń z harmonogramu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="163"/>
        <source>Cancel meeting…</source>
        <translation>Odwołaj spotkanie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="176"/>
        <source>The other meetings of both sides are highlighted. Drag a meeting to another cell to move it; conflicts are checked before anything moves.</source>
        <translation>Wyróżniono pozostałe spotkania obu stron. Przeciągnij spotkanie do innej komórki, aby je przenieść; przed przeniesieniem sprawdzane są konflikty.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="205"/>
        <source>Find a participant</source>
        <translation>Znajdź uczestnika</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="220"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="412"/>
        <source>Select a participant</source>
        <translation>Wybierz uczestnika</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="222"/>
        <source>Did not come from the selected slot on</source>
        <translation>Nie przybył od wybranego terminu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="223"/>
        <source>A no-show in that slot; later meetings are cancelled so a repair can give the partners&apos; time to others</source>
        <translation>Nieobecność w tym terminie; późniejsze spotkania są odwoływane, aby naprawa mogła przydzielić czas partnerów innym</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="254"/>
        <source>Meetings between countries</source>
        <translation>Spotkania między krajami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="272"/>
        <source>No run in this session yet: press Run scheduler.</source>
        <translation>W tej sesji nie było jeszcze uruchomienia: naciśnij „Ułóż harmonogram”.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="275"/>
        <source>What changed, per participant</source>
        <translation>Co się zmieniło, według uczestników</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="280"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="282"/>
        <source>Accepted but not placed</source>
        <translation>Zaakceptowane, ale niezaplanowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="283"/>
        <source>Every accepted meeting has a slot and a table.</source>
        <translation>Każde zaakceptowane spotkanie ma termin i stolik.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="333"/>
        <source>{0} of {1} checked in</source>
        <translation>Obecni: {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="340"/>
        <source>Busiest pairs: {0}. The diagonal counts meetings within one country.</source>
        <translation>Najczęstsze pary: {0}. Przekątna liczy spotkania w obrębie jednego kraju.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="345"/>
        <source>&lt;b&gt;{placed}&lt;/b&gt; meetings placed, &lt;b&gt;{unplaced}&lt;/b&gt; accepted but not placed · &lt;b&gt;{breaks}&lt;/b&gt; breaks · tables {load:.0%} used · {cross:.0%} cross-border · meetings per participant {low}–{high} (mean {mean:.1f})</source>
        <translation>zaplanowane spotkania: &lt;b&gt;{placed}&lt;/b&gt;, zaakceptowane, ale niezaplanowane: &lt;b&gt;{unplaced}&lt;/b&gt; · przerwy: &lt;b&gt;{breaks}&lt;/b&gt; · wykorzystanie stolików {load:.0%} · transgraniczne {cross:.0%} · spotkań na uczestnika {low}–{high} (średnio {mean:.1f})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="380"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})&lt;br&gt;with &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br&gt;{4}, table {5}&lt;br&gt;priority: {6} · {7}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1})&lt;br&gt;z &lt;b&gt;{2}&lt;/b&gt; ({3})&lt;br&gt;{4}, stolik {5}&lt;br&gt;priorytet: {6} · {7}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="396"/>
        <source>No-show: {0}</source>
        <translation>Nieobecność: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="419"/>
        <source>{name} ({country}) · {n} meetings · {d} delegate(s){checked}</source>
        <translation>{name} ({country}) · spotkania: {n} · delegaci: {d}{checked}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="421"/>
        <source> · checked in</source>
        <translation> · obecny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="443"/>
        <source>Meeting cancelled (Ctrl+Z undoes). Press &lt;b&gt;Repair&lt;/b&gt; to use the freed slot while moving as few other meetings as possible.</source>
        <translation>Spotkanie odwołane (Ctrl+Z cofa). Naciśnij &lt;b&gt;Napraw&lt;/b&gt;, aby wykorzystać zwolniony termin, przesuwając jak najmniej innych spotkań.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="454"/>
        <source>Marked. Press &lt;b&gt;Repair&lt;/b&gt; to give the freed time to other meetings.</source>
        <translation>Oznaczono. Naciśnij &lt;b&gt;Napraw&lt;/b&gt;, aby przydzielić zwolniony czas innym spotkaniom.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="461"/>
        <source>Put back the schedule from before the last run? Hand moves made since then are undone too.</source>
        <translation>Przywrócić harmonogram sprzed ostatniego ułożenia? Ręczne przeniesienia wykonane od tego czasu również zostaną cofnięte.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="462"/>
        <source>A backup is taken first (File ▸ Restore Backup).</source>
        <translation>Najpierw tworzona jest kopia zapasowa (Plik ▸ Przywróć kopię zapasową).</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="470"/>
        <source>Not moved</source>
        <translation>Nie przeniesiono</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="487"/>
        <source>weight {0} (bound {1})</source>
        <translation>waga {0} (granica {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="489"/>
        <source>breaks {0} (bound {1})</source>
        <translation>przerwy {0} (granica {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="43"/>
        <source>Repair schedule</source>
        <translation>Napraw harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="43"/>
        <source>Run scheduler</source>
        <translation>Ułóż harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="59"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="229"/>
        <source>Cannot undo the run</source>
        <translation>Nie można cofnąć uruchomienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="75"/>
        <source>Cannot redo the run</source>
        <translation>Nie można ponowić uruchomienia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="142"/>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="211"/>
        <source>Scheduling cancelled; nothing was changed</source>
        <extracomment>Live progress of a run (SolverProgress). A run ended and was saved (EventScheduleResult). True when a run starts, False when it ends (finished, failed or cancelled). A drop was refused: (list of Conflict, meeting label).</extracomment>
        <translation>Planowanie anulowano; nic nie zmieniono</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="153"/>
        <source>Repairing the schedule…</source>
        <translation>Naprawianie harmonogramu…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="153"/>
        <source>Scheduling…</source>
        <translation>Planowanie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="188"/>
        <source>Repair: {0}, {1} of {2} meetings placed, {3} breaks</source>
        <translation>Naprawa: {0}, zaplanowano {1} z {2} spotkań, przerwy: {3}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="190"/>
        <source>Schedule: {0}, {1} of {2} meetings placed, {3} breaks</source>
        <translation>Harmonogram: {0}, zaplanowano {1} z {2} spotkań, przerwy: {3}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="192"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="491"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="507"/>
        <source>{0} moved</source>
        <translation>przeniesiono: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="206"/>
        <source>The scheduler stopped</source>
        <translation>Planowanie zostało przerwane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="233"/>
        <source>The last schedule run was undone</source>
        <translation>Cofnięto ostatnie ułożenie harmonogramu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="252"/>
        <source>Cannot move the meeting</source>
        <translation>Nie można przenieść spotkania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="266"/>
        <source>Move {0}</source>
        <translation>Przenieś: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="277"/>
        <source>meeting {0}</source>
        <translation>spotkanie {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="284"/>
        <source>Lock {0} meeting(s)</source>
        <translation>Zablokuj spotkania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="284"/>
        <source>Unlock {0} meeting(s)</source>
        <translation>Odblokuj spotkania ({0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="291"/>
        <source>Unschedule {0}</source>
        <translation>Usuń z harmonogramu: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="301"/>
        <source>Cancel {0}</source>
        <translation>Odwołaj: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="318"/>
        <source>Mark {0} held</source>
        <translation>Oznacz jako odbyte: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="318"/>
        <source>Mark {0} no-show</source>
        <translation>Oznacz nieobecność: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="319"/>
        <source>Mark {0} scheduled</source>
        <translation>Oznacz jako zaplanowane: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="332"/>
        <source>No-show of {0}</source>
        <translation>Nieobecność: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/controller.py" line="339"/>
        <source>{0}: {1} meeting(s) marked; run a repair to use the freed time</source>
        <translation>{0}: oznaczono spotkania ({1}); uruchom naprawę, aby wykorzystać zwolniony czas</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="509"/>
        <source>{status}: {placed} of {total} meetings placed (weight {w} of bound {wb}), {breaks} breaks (bound {bb}){moved}, {sec:.1f} s. {changed} participant(s) affected.</source>
        <translation>{status}: zaplanowano {placed} z {total} spotkań (waga {w} przy granicy {wb}), przerwy: {breaks} (granica {bb}){moved}, {sec:.1f} s. Dotyczy uczestników: {changed}.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="35"/>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="36"/>
        <source>before a schedule run</source>
        <translation>przed ułożeniem harmonogramu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="37"/>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="38"/>
        <source>before undoing a schedule run</source>
        <translation>przed cofnięciem ułożenia harmonogramu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="39"/>
        <source>before an upgrade</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="40"/>
        <source>by hand</source>
        <translation>ręczna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="60"/>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="105"/>
        <source>Restore Backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="65"/>
        <source>Backups of %s, newest first. Restoring replaces the current data; the current state is backed up first, so you can go back.</source>
        <translation>Kopie zapasowe %s, od najnowszej. Przywrócenie zastępuje bieżące dane; najpierw tworzona jest kopia bieżącego stanu, więc można do niego wrócić.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="75"/>
        <source>No backups yet: they are taken daily and before schedule runs and upgrades.</source>
        <translation>Brak kopii zapasowych: są tworzone codziennie oraz przed ułożeniem harmonogramu i aktualizacjami.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="79"/>
        <source>&amp;Restore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="106"/>
        <source>Replace the current data with the backup of %s?</source>
        <translation>Zastąpić bieżące dane kopią zapasową z %s?</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="107"/>
        <source>The current state is backed up first.</source>
        <translation>Najpierw zostanie utworzona kopia bieżącego stanu.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="113"/>
        <source>Cannot restore the backup</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/backup_dialog.py" line="115"/>
        <source>Restored. The state before is kept as the backup of %s.</source>
        <translation>Przywrócono. Poprzedni stan zachowano jako kopię zapasową z %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="126"/>
        <source>Cannot reach the database to look for others&apos; changes; retrying.</source>
        <extracomment>Which ``data_changed`` topic a changed table belongs to. Emitted with each batch of others&apos; changes (after data_changed).</extracomment>
        <translation>Brak połączenia z bazą danych, aby sprawdzić zmiany innych; ponawianie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="130"/>
        <source>Connected again.</source>
        <translation>Połączono ponownie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/change_watcher.py" line="139"/>
        <source>%n changes by others were loaded.</source>
        <translation>Wczytano zmiany innych: %n.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="55"/>
        <source>Someone else changed this</source>
        <extracomment>Columns of the comparison table.</extracomment>
        <translation>Ktoś inny to zmienił</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Stored now</source>
        <translation>Zapisane teraz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="65"/>
        <source>Before your edit</source>
        <translation>Przed Twoją zmianą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="77"/>
        <source>%s (you did not change it; theirs stays)</source>
        <translation>%s (nie zmieniono; zostaje ich wartość)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="95"/>
        <source>&amp;Keep Mine (Overwrite)</source>
        <translation>&amp;Zachowaj moje (nadpisz)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="98"/>
        <source>Save your values over the stored version; their other changes stay.</source>
        <translation>Zapisz swoje wartości w miejsce zapisanych; ich pozostałe zmiany zostają.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="99"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Przyjmij ich zmiany</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="101"/>
        <source>Drop your edit and show what is stored now.</source>
        <translation>Porzuć swoją zmianę i pokaż, co jest teraz zapisane.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/conflict_dialog.py" line="104"/>
        <source>Keep editing; nothing is saved or dropped yet.</source>
        <translation>Kontynuuj edycję; nic nie zostało jeszcze zapisane ani porzucone.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="57"/>
        <source>Personal agendas (PDF)</source>
        <extracomment>A preview of &quot;all participants&quot; shows this many agendas; the export has them all.</extracomment>
        <translation>Agendy osobiste (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="58"/>
        <source>Calendars (iCalendar .ics)</source>
        <translation>Kalendarze (iCalendar .ics)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="59"/>
        <source>Master schedule (Excel .xlsx)</source>
        <translation>Harmonogram główny (Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="60"/>
        <source>Meetings (CSV)</source>
        <translation>Spotkania (CSV)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="61"/>
        <source>Table door sheets (PDF)</source>
        <translation>Karty stolików (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="62"/>
        <source>Check-in desk list (PDF)</source>
        <translation>Lista rejestracji (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="63"/>
        <source>Name badges (PDF)</source>
        <translation>Identyfikatory (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="64"/>
        <source>Event report (PDF)</source>
        <translation>Raport z wydarzenia (PDF)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="70"/>
        <source>A PDF per participant, or one combined file: every meeting with its time, table, partner and the partner&apos;s contact (when they consented), breaks, and room for notes.</source>
        <translation>Osobny PDF dla każdego uczestnika lub jeden wspólny plik: każde spotkanie z godziną, stolikiem, partnerem i jego kontaktem (jeśli wyraził zgodę), przerwy i miejsce na notatki.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="72"/>
        <source>An .ics per participant and one for the whole event. Re-exports update calendars instead of duplicating: every meeting keeps its UID, changes raise its SEQUENCE.</source>
        <translation>Plik .ics dla każdego uczestnika i jeden dla całego wydarzenia. Ponowny eksport aktualizuje kalendarze zamiast je dublować: każde spotkanie zachowuje UID, a zmiany zwiększają SEQUENCE.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="74"/>
        <source>A sheet per day with slots against tables, and a sheet of every participant&apos;s meetings.</source>
        <translation>Arkusz na każdy dzień z terminami i stolikami oraz arkusz ze spotkaniami każdego uczestnika.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="75"/>
        <source>One row per meeting, for mail merges and other tools.</source>
        <translation>Jeden wiersz na spotkanie – do korespondencji seryjnej i innych narzędzi.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="76"/>
        <source>One page per table to pin on its door: who meets whom at every slot.</source>
        <translation>Strona na każdy stolik do przypięcia: kto z kim spotyka się w każdym terminie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="77"/>
        <source>Every participant in alphabetical order with delegates, first meeting and a box to tick.</source>
        <translation>Wszyscy uczestnicy alfabetycznie z delegatami, pierwszym spotkaniem i polem do zaznaczenia.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="78"/>
        <source>A badge per delegate: four to an A4 or Letter sheet with cut lines, or one per A6 page.</source>
        <translation>Identyfikator dla każdego delegata: cztery na arkuszu A4 lub Letter z liniami cięcia albo jeden na stronie A6.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="79"/>
        <source>After the event: meetings held, no-shows, feedback outcomes, meetings between countries and the top capability pairs, with charts.</source>
        <translation>Po wydarzeniu: odbyte spotkania, nieobecności, wyniki ankiet, spotkania między krajami i najczęstsze pary kompetencji, z wykresami.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="194"/>
        <source>Choose an event in the toolbar.</source>
        <translation>Wybierz wydarzenie na pasku narzędzi.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="202"/>
        <source>Workbook with %n sheet(s):</source>
        <translation>Skoroszyt, arkusze: %n:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="205"/>
        <source>{0}: {1} rows × {2} columns</source>
        <translation>{0}: {1} wierszy × {2} kolumn</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="213"/>
        <source>This event has no participants yet.</source>
        <translation>To wydarzenie nie ma jeszcze uczestników.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/exports.py" line="215"/>
        <source>Calendar of %s (one .ics per participant and one for the whole event):</source>
        <translation>Kalendarz: %s (plik .ics dla każdego uczestnika i jeden dla całego wydarzenia):</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="44"/>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="46"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="48"/>
        <source>Baltic (cp1257)</source>
        <translation>Bałtyckie (cp1257)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="49"/>
        <source>Central European (cp1250)</source>
        <translation>Środkowoeuropejskie (cp1250)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="50"/>
        <source>Western (cp1252)</source>
        <translation>Zachodnie (cp1252)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="53"/>
        <source>commas</source>
        <translation>przecinkami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="54"/>
        <source>semicolons</source>
        <translation>średnikami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="55"/>
        <source>tabs</source>
        <translation>tabulatorami</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="105"/>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="106"/>
        <source>Import %s — %s</source>
        <translation>Import: %s — %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="129"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="131"/>
        <source>&amp;Check File &gt;</source>
        <translation>&amp;Sprawdź plik &gt;</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="134"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="165"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="165"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="179"/>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="180"/>
        <source>Preview of the first rows (problems highlighted; point at a cell for details)</source>
        <translation>Podgląd pierwszych wierszy (problemy wyróżnione; wskaż komórkę, aby zobaczyć szczegóły)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="206"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="254"/>
        <source>Update the existing one</source>
        <translation>Zaktualizuj istniejącą</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="206"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="254"/>
        <source>Skip this row</source>
        <translation>Pomiń ten wiersz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="207"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="255"/>
        <source>Create a new organisation</source>
        <translation>Utwórz nową organizację</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="220"/>
        <source>Same name and country:</source>
        <translation>Ta sama nazwa i kraj:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="223"/>
        <source>Similar name:</source>
        <translation>Podobna nazwa:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="232"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="233"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="234"/>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation>Zaimportuj poprawne wiersze i pomiń błędne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>1. Columns</source>
        <translation>1. Kolumny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>2. Check</source>
        <translation>2. Sprawdzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="275"/>
        <source>3. Import</source>
        <translation>3. Import</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="294"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="300"/>
        <source>Checking %s…</source>
        <translation>Sprawdzanie %s…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="307"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="336"/>
        <source>%d rows</source>
        <translation>wierszy: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="340"/>
        <source>separated by %s</source>
        <translation>rozdzielone %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="342"/>
        <source>headers in row %d</source>
        <translation>nagłówki w wierszu %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="344"/>
        <source>%d blank rows left out</source>
        <translation>pominięto pustych wierszy: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="385"/>
        <source>The first %d rows: %d errors, %d warnings. Check the whole file next.</source>
        <translation>Pierwsze wiersze (%d): błędy – %d, ostrzeżenia – %d. Następnie sprawdź cały plik.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="405"/>
        <source>%d rows: %d organisations, %d invalid rows (%d errors, %d warnings); %d already in the database, %d with a similar name.</source>
        <translation>Wiersze: %d; organizacje: %d; błędne wiersze: %d (błędy – %d, ostrzeżenia – %d); już w bazie: %d; o podobnej nazwie: %d.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="408"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>Popraw plik lub zaimportuj tylko poprawne wiersze.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="410"/>
        <source>Problems (%d)</source>
        <translation>Problemy (%d)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="411"/>
        <source>Duplicates (%d)</source>
        <translation>Duplikaty (%d)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="47"/>
        <source>Agenda {0} of {1}</source>
        <translation>Agenda {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="52"/>
        <source>Agenda of {0}</source>
        <translation>Agenda: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="57"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="431"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="86"/>
        <source>Preparing the document…</source>
        <translation>Przygotowywanie dokumentu…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/documents/jobs.py" line="90"/>
        <source>Part {0}</source>
        <translation>Część {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="431"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="444"/>
        <source>Nothing was written</source>
        <translation>Nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="434"/>
        <source>Left out: rows %s</source>
        <translation>Pominięte wiersze: %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/controller.py" line="154"/>
        <location filename="../../matchmaker/ui/importing/dialog.py" line="451"/>
        <source>Cancelled; nothing was written</source>
        <translation>Anulowano; nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="29"/>
        <source>(not imported)</source>
        <translation>(nie importowane)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>Imported as</source>
        <translation>Importowane jako</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="58"/>
        <source>First value</source>
        <translation>Pierwsza wartość</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="80"/>
        <source>Double-click to choose the field this column is imported as</source>
        <translation>Kliknij dwukrotnie, aby wybrać pole, do którego trafi ta kolumna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="144"/>
        <source>Column {0}</source>
        <translation>Kolumna {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="146"/>
        <source>not imported</source>
        <translation>nie importowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="181"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="182"/>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="183"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="184"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Existing organisation</source>
        <translation>Istniejąca organizacja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="234"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="253"/>
        <source>same name and country</source>
        <translation>ta sama nazwa i kraj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/importing/models.py" line="253"/>
        <source>%d%% similar name</source>
        <translation>nazwa podobna w %d%%</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="91"/>
        <source>One combined file (a new page per participant)</source>
        <translation>Jeden wspólny plik (każdy uczestnik od nowej strony)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="96"/>
        <source>A6 (one badge a page)</source>
        <translation>A6 (jeden identyfikator na stronę)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="102"/>
        <source>Participant:</source>
        <translation>Uczestnik:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="104"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="106"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="110"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="127"/>
        <source>Open &amp;Folder</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="134"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="156"/>
        <source>Choose an event in the toolbar to export its agendas and documents.</source>
        <translation>Wybierz wydarzenie na pasku narzędzi, aby wyeksportować jego agendy i dokumenty.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="161"/>
        <source>Zoom Out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="162"/>
        <source>Zoom In</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="163"/>
        <source>Fit Width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="164"/>
        <source>Whole Page</source>
        <translation>Cała strona</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="227"/>
        <source>All participants</source>
        <translation>Wszyscy uczestnicy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="266"/>
        <source>previewing the first %d of %d agendas · </source>
        <translation>podgląd pierwszych %d z %d agend · </translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="267"/>
        <source>%d page(s)</source>
        <translation>strony: %d</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="293"/>
        <source>Export Into Folder</source>
        <translation>Eksportuj do folderu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="298"/>
        <source>Export Combined Agendas Into Folder</source>
        <translation>Eksportuj wspólny plik agend do folderu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="304"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="304"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="305"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="318"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="345"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="347"/>
        <source>Sent %s to the printer.</source>
        <translation>Wysłano do drukarki: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="364"/>
        <source>Wrote %s.</source>
        <translation>Zapisano: %s.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="370"/>
        <source>The export failed; nothing was written.</source>
        <translation>Eksport się nie powiódł; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/exports.py" line="374"/>
        <source>Cancelled; no half-written file was left.</source>
        <translation>Anulowano; nie pozostał żaden niedokończony plik.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="54"/>
        <source>Enter the address of the team database, for example %s</source>
        <translation>Wpisz adres bazy danych zespołu, na przykład %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="57"/>
        <location filename="../../matchmaker/ui/team_dialog.py" line="61"/>
        <source>A team database is a PostgreSQL address, for example %s</source>
        <translation>Baza danych zespołu to adres PostgreSQL, na przykład %s</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="63"/>
        <source>Add the database name to the address, for example …:5432/matchmaker</source>
        <translation>Dodaj nazwę bazy danych do adresu, na przykład …:5432/matchmaker</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="77"/>
        <source>Connect to Team Database</source>
        <translation>Połącz z bazą danych zespołu</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="79"/>
        <source>Work together on one PostgreSQL database. Everyone sees the others&apos; changes within seconds; two edits of the same record never overwrite each other.</source>
        <translation>Pracujcie razem na jednej bazie PostgreSQL. Każdy widzi zmiany innych w ciągu kilku sekund; dwie edycje tego samego rekordu nigdy się nie nadpisują.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="90"/>
        <source>asked each time, never stored</source>
        <translation>pytanie za każdym razem, nigdy nie jest zapisywane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="91"/>
        <source>Remember the address (never the password)</source>
        <translation>Zapamiętaj adres (nigdy hasła)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="100"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="101"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="104"/>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="134"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="165"/>
        <source>Connect to &amp;Team Database…</source>
        <translation>Połącz z &amp;bazą zespołu…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="166"/>
        <source>Open a shared PostgreSQL database; the password is asked for and never stored</source>
        <translation>Otwórz wspólną bazę PostgreSQL; hasło jest pobierane za każdym razem i nigdy nie zapisywane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="171"/>
        <source>&amp;Restore Backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/team_dialog.py" line="176"/>
        <source>Automatic backups are for SQLite files; back up a team database with pg_dump</source>
        <translation>Automatyczne kopie zapasowe dotyczą plików SQLite; kopię bazy zespołu wykonaj za pomocą pg_dump</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="125"/>
        <source>This is us: {0}</source>
        <extracomment>What changed: &quot;us&quot;, &quot;shortlist&quot;, &quot;requests&quot;, &quot;unavailable&quot;, &quot;export&quot; or &quot;all&quot;. A problem the user should see (saving failed, work set aside, ...). False when this installation has no matcher (suggestions cannot be shown).</extracomment>
        <translation>To my: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="125"/>
        <source>Clear “this is us”</source>
        <translation>Wyczyść „To my”</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="132"/>
        <source>Remove {0} from the shortlist</source>
        <translation>Usuń {0} z listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="132"/>
        <source>Shortlist {0}</source>
        <translation>Dodaj {0} do listy wybranych</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="143"/>
        <source>Request to meet {0}</source>
        <translation>Poproś o spotkanie z {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="150"/>
        <source>Remove the request to meet {0}</source>
        <translation>Usuń prośbę o spotkanie z {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="157"/>
        <source>Mark a slot unavailable</source>
        <translation>Oznacz termin jako niedostępny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/catalogue/controller.py" line="157"/>
        <source>Mark a slot available</source>
        <translation>Oznacz termin jako dostępny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="18"/>
        <source>must</source>
        <extracomment>Enum value -&gt; English label, marked for lupdate (one context: &quot;&quot;).</extracomment>
        <translation>konieczne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="19"/>
        <source>should</source>
        <translation>wskazane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="20"/>
        <source>could</source>
        <translation>możliwe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="22"/>
        <source>pending</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="23"/>
        <source>accepted</source>
        <translation>zaakceptowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="24"/>
        <source>declined</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="25"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="26"/>
        <source>expired</source>
        <translation>wygasłe</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="28"/>
        <source>organiser</source>
        <translation>organizator</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="29"/>
        <source>participant</source>
        <translation>uczestnik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="30"/>
        <source>suggestion</source>
        <translation>propozycja</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="32"/>
        <source>scheduled</source>
        <translation>zaplanowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="33"/>
        <source>held</source>
        <translation>odbyte</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="34"/>
        <source>no-show</source>
        <translation>nieobecność</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="36"/>
        <source>optimal</source>
        <translation>optymalny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="37"/>
        <source>feasible</source>
        <translation>dopuszczalny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="38"/>
        <source>infeasible</source>
        <translation>niewykonalny</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="73"/>
        <source>new at {0}</source>
        <translation>nowe: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="74"/>
        <source>moved from {0} to {1}</source>
        <translation>przeniesione z {0} na {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="77"/>
        <source>no longer scheduled (was {0})</source>
        <translation>już niezaplanowane (było {0})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="97"/>
        <source>{0} (table {1})</source>
        <translation>{0} (stolik {1})</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="105"/>
        <source>same time, table {0} → {1}</source>
        <translation>ta sama godzina, stolik {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/labels.py" line="106"/>
        <source>With {0}: {1}</source>
        <translation>Z {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/base.py" line="148"/>
        <source>Cannot load the event</source>
        <extracomment>A fresh snapshot of the event (None when no event is selected). (title, exception) of a refused or failed action, for the view to show. A one-line message for the status bar and the page&apos;s own status line. True while a load runs. What :meth:`prepare` built for the current snapshot. The versions of the rows the page shows (and of those it wrote since): see matchmaker.db.seen. The newest version of each row this page wrote itself (so undoing older steps still works).</extracomment>
        <translation>Nie można wczytać wydarzenia</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/event/base.py" line="162"/>
        <source>Someone else saved the same rows a moment ago; nothing was saved. Try again.</source>
        <translation>Ktoś inny przed chwilą zapisał te same dane; nic nie zapisano. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="254"/>
        <source>Break</source>
        <extracomment>Roles our extra_data answers beyond the shared model&apos;s (which returns None for others at once).</extracomment>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="137"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="390"/>
        <source>locked</source>
        <translation>zablokowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="256"/>
        <source>(not available)</source>
        <translation>(niedostępny)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="256"/>
        <source>(free)</source>
        <translation>(wolne)</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="269"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="270"/>
        <source>With</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="272"/>
        <source>Table</source>
        <translation>Stolik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="307"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="354"/>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="309"/>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="356"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="357"/>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="359"/>
        <source>Not placed</source>
        <translation>Niezaplanowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="361"/>
        <source>Unavailable</source>
        <translation>Niedostępne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="410"/>
        <source>{0}–{1}: {2} meeting(s)</source>
        <translation>{0}–{1}: spotkania – {2}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="434"/>
        <source>Why not placed</source>
        <translation>Dlaczego niezaplanowane</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="447"/>
        <source>its meeting is {0}</source>
        <translation>status spotkania: {0}</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/schedule/models.py" line="449"/>
        <source>not scheduled yet: run the scheduler</source>
        <translation>jeszcze niezaplanowane: ułóż harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/controller.py" line="136"/>
        <source>Contact erased; %d free-text field(s) redacted.</source>
        <translation>Kontakt usunięty; zanonimizowane pola tekstowe: %d.</translation>
    </message>
</context>
<context>
    <name>OrganisationsController</name>
    <message>
        <location filename="../../matchmaker/ui/organisations/controller.py" line="69"/>
        <source>Cannot load the organisations</source>
        <extracomment>The table finished (re)loading: number of organisations. Cluster or tag names changed (the filter lists need refilling).</extracomment>
        <translation>Nie można wczytać organizacji</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../matchmaker/ui/clusters/page.py" line="109"/>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="117"/>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/organisations/page.py" line="68"/>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="115"/>
        <source>Organisations</source>
        <extracomment>Registered page classes, in registration order (the window sorts them by ``order``). What the window needs of a page before building it: a Page subclass, or a LazyPage standing in for one. The built-in pages. Their modules are imported when first shown (see the module docstring).</extracomment>
        <translation>Organizacje</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="119"/>
        <location filename="../../matchmaker/ui/partners/page.py" line="87"/>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="121"/>
        <location filename="../../matchmaker/ui/pages/event/view.py" line="64"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="123"/>
        <location filename="../../matchmaker/ui/pages/schedule/view.py" line="61"/>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/pages/__init__.py" line="125"/>
        <location filename="../../matchmaker/ui/pages/exports.py" line="49"/>
        <source>Exports</source>
        <translation>Eksport</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="22"/>
        <source>OK</source>
        <extracomment>Interface languages with a translation in resources/i18n/ (English is the source language). Qt&apos;s standard button texts, kept in our catalogues: Qt ships no Lithuanian qtbase translation.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="22"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="23"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="23"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="24"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="24"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="25"/>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="25"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="26"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="26"/>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="27"/>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <location filename="../../matchmaker/ui/look.py" line="27"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
</TS>
