"""Word lists for the data generator: the region's places and names, and business archetypes.

Kept apart from :mod:`matchmaker.core.generate` so the logic stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryWords:
    """What a generated organisation from one country is called and where it is."""

    weight: int
    language: str
    phone_prefix: str
    cities: tuple[str, ...]
    words: tuple[str, ...]  # company-name words in the country's language
    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]
    legal_prefix: str = ""
    legal_suffix: str = ""


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


COUNTRIES: dict[str, CountryWords] = {
    "LT": CountryWords(
        22, "lt", "+370 6",
        _t("Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Marijampolė|Utena|Telšiai|Druskininkai|Mažeikiai"),
        _t("Šviesa|Žvaigždė|Ąžuolas|Gintaras|Vėjas|Aušra|Jūra|Giria|Rūkas|Kūryba|Pilis|Šaltinis|Baltija|Nemunas|"
           "Vilkas|Upė|Dangus|Sėkmė|Įkvėpimas|Kregždė|Lūšis|Žaibas|Ąžuolynas|Vėtrungė|Šermukšnis|Gervė|Dūzgė|Ąžuolų|Jūrų"),
        _t("Jonas|Tomas|Mantas|Vytautas|Šarūnas|Lukas|Kęstutis|Mindaugas|Rimantas|Žydrūnas|Andrius|Justinas|Darius"),
        _t("Rūta|Eglė|Giedrė|Aušra|Dovilė|Ieva|Gintarė|Jurgita|Austėja|Agnė|Vaida|Živilė|Indrė"),
        _t("Kazlauskas|Petrauskas|Jankauskas|Stankevičius|Vasiliauskas|Žukauskas|Butkus|Paulauskas|Urbonas|"
           "Navickas|Šimkus|Žemaitis|Kavaliauskas|Rimkus"),
        _t("Kazlauskienė|Petrauskaitė|Jankauskienė|Stankevičiūtė|Vasiliauskienė|Žukauskaitė|Butkienė|"
           "Paulauskaitė|Urbonienė|Navickaitė|Šimkutė|Žemaitytė|Kavaliauskienė|Rimkutė"),
        legal_prefix="UAB ",
    ),
    "PL": CountryWords(
        20, "pl", "+48 5",
        _t("Warszawa|Kraków|Gdańsk|Łódź|Wrocław|Poznań|Szczecin|Białystok|Gdynia|Toruń|Lublin|Katowice|Rzeszów|"
           "Bydgoszcz|Olsztyn|Sopot"),
        _t("Źródło|Łąka|Żagiel|Gwiazda|Światło|Wisła|Bursztyn|Sokół|Niebo|Ślad|Pióro|Żuraw|Łoś|Mgła|Orzeł|Wiatr|"
           "Dąb|Ogień|Ćma|Zorza|Kłos|Jaźń|Przystań|Śnieżka|Łuna|Wędrowiec|Grań|Bór"),
        _t("Piotr|Krzysztof|Tomasz|Paweł|Michał|Łukasz|Marcin|Jakub|Wojciech|Mateusz|Grzegorz|Bartłomiej"),
        _t("Anna|Małgorzata|Agnieszka|Katarzyna|Joanna|Magdalena|Ewa|Żaneta|Dorota|Aleksandra|Łucja|Agata"),
        _t("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|"
           "Dąbrowski|Kozłowski|Jabłoński|Mazur|Król|Wróbel|Sikorski|Górski"),
        _t("Nowak|Kowalska|Wiśniewska|Wójcik|Kowalczyk|Kamińska|Lewandowska|Zielińska|Szymańska|Woźniak|"
           "Dąbrowska|Kozłowska|Jabłońska|Mazur|Król|Wróbel|Sikorska|Górska"),
        legal_suffix=" Sp. z o.o.",
    ),
    "LV": CountryWords(
        10, "lv", "+371 2",
        _t("Rīga|Liepāja|Ventspils|Jūrmala|Daugavpils|Jelgava|Cēsis|Valmiera|Rēzekne|Ogre|Sigulda"),
        _t("Dzintars|Zvaigzne|Vējš|Ozols|Saule|Jūra|Mēness|Ziemeļi|Ķirsis|Ābele|Pļava|Gaisma|Lāse|Strauts|Ēna|"
           "Līdaka|Ķīvīte|Zīle|Dzērve|Liesma"),
        _t("Jānis|Andris|Mārtiņš|Edgars|Kārlis|Roberts|Aivars|Ģirts|Raimonds|Uldis"),
        _t("Anna|Ilze|Līga|Inese|Kristīne|Zane|Dace|Ieva|Laura|Sandra|Ināra"),
        _t("Bērziņš|Kalniņš|Ozoliņš|Jansons|Ozols|Liepiņš|Krūmiņš|Balodis|Zariņš|Pētersons|Vītols|Kļaviņš"),
        _t("Bērziņa|Kalniņa|Ozoliņa|Jansone|Ozola|Liepiņa|Krūmiņa|Balode|Zariņa|Pētersone|Vītola|Kļaviņa"),
        legal_prefix="SIA ",
    ),
    "EE": CountryWords(
        10, "et", "+372 5",
        _t("Tallinn|Tartu|Pärnu|Narva|Viljandi|Kuressaare|Rakvere|Haapsalu|Võru|Jõhvi|Paide"),
        _t("Päike|Täht|Tõde|Mänd|Lõuna|Öö|Küla|Järv|Meri|Rändaja|Kõrge|Sõber|Õun|Tõusev|Lõke|Kärbes|Hõbe|Jää"),
        _t("Märt|Jüri|Tõnu|Andres|Priit|Mihkel|Rasmus|Kristjan|Toomas|Siim"),
        _t("Mari|Kadri|Liis|Triin|Kärt|Piret|Ülle|Tiina|Merike|Kristiina"),
        _t("Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Kõiv|Lepik|Männik|Org|Põder"),
        _t("Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Kõiv|Lepik|Männik|Org|Põder"),
        legal_suffix=" OÜ",
    ),
    "FI": CountryWords(
        9, "fi", "+358 40",
        _t("Helsinki|Espoo|Tampere|Turku|Oulu|Jyväskylä|Lahti|Kuopio|Vaasa|Hämeenlinna|Pori|Seinäjoki"),
        _t("Tähti|Sää|Mäki|Järvi|Kärppä|Revontuli|Pöllö|Yö|Metsä|Sävel|Lähde|Kivi|Tuuli|Väre|Kyy|Hälläpyörä|Lumi"),
        _t("Mikko|Jussi|Matti|Timo|Antti|Jukka|Väinö|Pekka|Sami|Eero"),
        _t("Anna|Sanna|Päivi|Minna|Riikka|Johanna|Tiina|Hanna|Elina|Sää"),
        _t("Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen"),
        _t("Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen"),
        legal_suffix=" Oy",
    ),
    "SE": CountryWords(
        9, "sv", "+46 70",
        _t("Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå|Luleå|Norrköping|Växjö|Karlstad"),
        _t("Älv|Björk|Fjäll|Ljus|Stjärna|Våg|Skärgård|Norrsken|Hjärta|Måne|Gräs|Sjö|Ö|Tärna|Räv|Dröm|Kärna"),
        _t("Erik|Lars|Anders|Johan|Björn|Per|Måns|Nils|Örjan|Karl|Göran"),
        _t("Anna|Maria|Karin|Åsa|Sofia|Linnéa|Ingrid|Märta|Elin|Sara"),
        _t("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Åberg|Öberg"),
        _t("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Åberg|Öberg"),
        legal_suffix=" AB",
    ),
    "DK": CountryWords(
        7, "da", "+45 2",
        _t("København|Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|Vejle|Horsens|Roskilde|Næstved|Helsingør"),
        _t("Bølge|Lys|Ø|Fyr|Æble|Hav|Stjerne|Skov|Nord|Fjord|Sø|Gård|Mølle|Ræv|Ånd|Kløver|Spæt"),
        _t("Søren|Jens|Mads|Rasmus|Anders|Jørgen|Niels|Christian|Frederik|Bjørn"),
        _t("Mette|Hanne|Sofie|Line|Maja|Signe|Kirsten|Søs|Ida|Freja"),
        _t("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Møller|Kjær"),
        _t("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Møller|Kjær"),
        legal_suffix=" ApS",
    ),
    "NO": CountryWords(
        7, "nb", "+47 4",
        _t("Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen|Kristiansand|Bodø|Ålesund|Skien|Porsgrunn|Notodden|"
           "Lillehammer|Fredrikstad"),
        _t("Fjell|Nordlys|Bølge|Ørn|Lys|Skog|Hav|Måke|Fjord|Brygge|Stjerne|Øy|Tåke|Elv|Vår|Lyng|Bjørk|Håp"),
        _t("Ola|Lars|Håkon|Bjørn|Øyvind|Knut|Sindre|Magnus|Jørgen|Espen"),
        _t("Kari|Ingrid|Marit|Åse|Silje|Hege|Ragnhild|Solveig|Tone|Kjersti"),
        _t("Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Berg|Haugen|Dahl|Løken|Sæther"),
        _t("Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Berg|Haugen|Dahl|Løken|Sæther"),
        legal_suffix=" AS",
    ),
    "DE": CountryWords(
        5, "de", "+49 151",
        _t("Berlin|Hamburg|Kiel|Lübeck|Rostock|Greifswald|Flensburg|Schwerin|Stralsund|Bremen|Wismar"),
        _t("Möwe|Küste|Brücke|Wärme|Höhe|Nordwind|Strömung|Leuchtturm|Düne|Förde|Grün|Bernstein|Hafen|Welle"),
        _t("Jörg|Jürgen|Stefan|Thomas|Lukas|Jonas|Björn|Günter|Felix|Moritz"),
        _t("Anna|Jana|Käthe|Lea|Sophie|Jülide|Marie|Hanna|Katrin|Sabine"),
        _t("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schäfer|Köhler|Krüger|Schröder|Böhm"),
        _t("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schäfer|Köhler|Krüger|Schröder|Böhm"),
        legal_suffix=" GmbH",
    ),
    "IS": CountryWords(
        1, "is", "+354 8",
        _t("Reykjavík|Akureyri|Hafnarfjörður|Kópavogur|Ísafjörður|Selfoss"),
        _t("Sól|Jökull|Hraun|Eldur|Norðurljós|Vík|Fjörður|Hekla|Lundi|Ás|Bára"),
        _t("Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Björn"),
        _t("Guðrún|Anna|Kristín|Sigríður|Margrét|Helga|Sólveig|Ásta"),
        _t("Jónsson|Sigurðsson|Guðmundsson|Gunnarsson|Ólafsson|Einarsson|Kristjánsson|Björnsson"),
        _t("Jónsdóttir|Sigurðardóttir|Guðmundsdóttir|Gunnarsdóttir|Ólafsdóttir|Einarsdóttir|Kristjánsdóttir"),
        legal_suffix=" ehf.",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Archetype:
    """A kind of organisation: the capabilities it has, what it needs, and how it is named.

    ``core`` capabilities are drawn first (most organisations of the kind have them),
    ``extra`` sometimes; ``needs`` are what its requests ask partners for.
    """

    key: str
    weight: int
    noun: str  # "film production company"
    family: str  # cluster family: film, creative, games, ict, services
    core: tuple[str, ...]
    extra: tuple[str, ...]
    needs: tuple[str, ...]
    suffixes: tuple[str, ...]
    org_type: str = "company"


ARCHETYPES: tuple[Archetype, ...] = (
    Archetype("film", 10, "film production company", "film",
              _t("av.film|av.film.feature|av.film.documentary|av.film.tv"),
              _t("av.services|av.services.locations|av.film.commercials|av.distribution|av.services.crew"),
              _t("av.post|av.post.vfx|av.post.colour|av.sound.design|av.services.locations|av.distribution|"
                 "services.funding|av.post.localisation"),
              _t("Films|Pictures|Productions|Film|Studio|Media")),
    Archetype("services", 5, "production services company", "film",
              _t("av.services|av.services.locations|av.services.equipment|av.services.crew|av.services.studios"),
              _t("av.film.commercials|av.photo"),
              _t("av.film|av.film.feature|av.film.tv|services.export"),
              _t("Production Services|Locations|Rental|Stages|Crew")),
    Archetype("post", 7, "post-production and VFX studio", "film",
              _t("av.post|av.post.vfx|av.post.editing|av.post.colour"),
              _t("av.animation.3d|av.sound.design|av.post.localisation|xr.capture"),
              _t("av.film|av.film.feature|av.film.tv|av.advertising|digital.cloud.iaas"),
              _t("Post|VFX|Pixels|Digital|Lab|Visuals")),
    Archetype("animation", 7, "animation studio", "creative",
              _t("av.animation|av.animation.2d|av.animation.3d"),
              _t("av.post.vfx|games.art|av.sound.music|av.film.tv"),
              _t("av.distribution|av.film.tv|av.sound.music|games.dev|services.funding|av.post.localisation"),
              _t("Animation|Animation Studio|Cartoons|Motion|Frames")),
    Archetype("sound", 3, "sound and music studio", "creative",
              _t("av.sound|av.sound.design|av.sound.music"),
              _t("av.post.localisation|games.art"),
              _t("av.film|games.dev|av.animation|av.advertising"),
              _t("Sound|Audio|Music|Records")),
    Archetype("design", 6, "design agency", "creative",
              _t("av.design|av.design.graphic|av.design.ux|av.advertising"),
              _t("av.design.product|av.photo|digital.software.web|av.publishing"),
              _t("digital.software.web|digital.ecommerce|av.film.commercials|services.export"),
              _t("Design|Creative|Branding|Agency|Works")),
    Archetype("games", 8, "game developer", "games",
              _t("games|games.dev|games.mobile|games.art"),
              _t("games.serious|games.qa|xr.vr|av.animation.3d|games.publishing"),
              _t("games.publishing|games.qa|av.sound.music|games.art|services.funding|xr.vr|av.post.localisation"),
              _t("Games|Interactive|Play|Entertainment|Game Studio")),
    Archetype("xr", 5, "VR/AR studio", "games",
              _t("xr|xr.vr|xr.ar|xr.video360"),
              _t("xr.training|xr.capture|games.serious|av.animation.3d"),
              _t("av.film|services.education|games.dev|digital.ai.vision|services.funding"),
              _t("XR|Reality|Immersive|VR|Worlds")),
    Archetype("cloud", 5, "cloud and hosting provider", "ict",
              _t("digital.cloud|digital.cloud.iaas|digital.cloud.devops|digital.datacentre"),
              _t("digital.security|digital.cloud.saas|digital.telecom"),
              _t("digital.software.outsourcing|services.export|digital.security|av.post.vfx"),
              _t("Cloud|Hosting|Data Centre|Systems|Networks")),
    Archetype("ai", 6, "AI and data company", "ict",
              _t("digital.ai|digital.ai.ml|digital.ai.analytics"),
              _t("digital.ai.nlp|digital.ai.vision|digital.cloud.saas|services.research"),
              _t("digital.cloud.iaas|services.research|digital.fintech|digital.egov|services.funding"),
              _t("AI|Analytics|Data|Intelligence|Labs")),
    Archetype("software", 12, "software development company", "ict",
              _t("digital.software|digital.software.web|digital.software.mobile|digital.software.outsourcing"),
              _t("digital.software.enterprise|digital.software.testing|digital.software.consulting|"
                 "digital.cloud.saas|digital.ecommerce"),
              _t("digital.software.outsourcing|services.export|digital.security|av.design.ux|"
                 "digital.software.testing|digital.cloud.devops"),
              _t("Soft|Software|Tech|Solutions|IT|Code|Systems")),
    Archetype("security", 4, "cybersecurity company", "ict",
              _t("digital.security|digital.software.consulting"),
              _t("digital.cloud|digital.fintech|digital.iot|services.education"),
              _t("digital.fintech|digital.egov|digital.cloud.iaas|services.export"),
              _t("Security|Secure|Shield|Cyber|Defence")),
    Archetype("fintech", 4, "fintech company", "ict",
              _t("digital.fintech|digital.software|digital.blockchain"),
              _t("digital.ai.analytics|digital.ecommerce|digital.security"),
              _t("digital.security|digital.cloud.iaas|services.legal|services.export"),
              _t("Pay|Finance|Ledger|Capital|Fintech")),
    Archetype("iot", 4, "IoT and electronics company", "ict",
              _t("digital.iot|digital.iot.embedded|digital.iot.electronics"),
              _t("digital.telecom|digital.ai.vision|services.testing"),
              _t("services.testing|digital.cloud.iaas|services.research|services.export"),
              _t("Electronics|Devices|Sensors|Photonics|Embedded")),
    Archetype("consulting", 5, "consulting and export services firm", "services",
              _t("services.consulting|services.export|services.partnering"),
              _t("services.funding|services.legal|services.events"),
              _t("digital.software|av.film|games.dev|services.export"),
              _t("Consulting|Partners|Advisory|Export|Group")),
    Archetype("research", 3, "university or research institute", "services",
              _t("services.research|services.education|services.testing"),
              _t("digital.ai|xr|av.animation|digital.iot|services.incubation"),
              _t("services.funding|digital.ai|games.serious|services.partnering"),
              _t("University of Applied Sciences|Research Institute|Academy|Technology Centre"),
              org_type="research"),
    Archetype("public", 2, "public body", "services",
              _t("services.funding|services.partnering|digital.egov"),
              _t("services.events|services.incubation|services.export"),
              _t("digital.egov|digital.software|services.events|services.consulting"),
              _t("Film Commission|Innovation Agency|Development Agency|Science Park"),
              org_type="public"),
)  # fmt: skip

#: Cluster families: how generated clusters are named and which taxonomy branches they cover.
CLUSTER_FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "film": ("Film Cluster", ("film", "tv", "production services", "post-production")),
    "creative": ("Creative Industries Cluster", ("animation", "design", "sound", "advertising")),
    "games": ("Games & XR Cluster", ("games", "vr", "ar", "xr")),
    "ict": ("ICT Cluster", ("software", "cloud", "ai", "cybersecurity")),
    "services": ("Business Services Cluster", ("consulting", "export", "research")),
}

ROLES = _t(
    "CEO|Managing director|Producer|Head of business development|Export manager|CTO|Project manager|"
    "Sales director|Partnerships lead|Creative director|Studio head|Research coordinator|Account manager"
)
PRIORITY_WEIGHTS = {"must": 2, "should": 5, "could": 3}
STATUS_WEIGHTS = {"accepted": 7, "pending": 2, "declined": 1}

# Phrasings of offers and requests. {label}: the capability label in the text's language,
# {term}/{term2}: synonyms, {countries}: target country names, {years}: a number.
OFFER_TITLES = {
    "en": _t("{Label} services|{Label} for international productions|Experienced {label} partner|"
             "{Label} and {term2}|Your partner for {term}"),
    "lt": _t("Siūlome: {label}|{Label} – paslaugos partneriams|Patyręs partneris: {label}"),
    "pl": _t("Oferujemy: {label}|{Label} – usługi dla partnerów|Doświadczony partner: {label}"),
}  # fmt: skip
OFFER_TEXTS = {
    "en": _t("We offer {term} and {term2} with {years} years of experience on projects across the Baltic Sea region.|"
             "Our team provides {label} for clients in {countries}; we work in English and our own language.|"
             "{Label}: full service from concept to delivery, {years} years on the market, room for joint projects.|"
             "Looking to expand abroad, we offer {term} at competitive rates and can start within weeks.|"
             "We have delivered {term} for more than {years} international projects and offer it to new partners."),
    "lt": _t("Siūlome {term} ir {term2}; turime {years} metų patirtį tarptautiniuose projektuose.|"
             "Mūsų komanda teikia paslaugas: {label}. Dirbame su partneriais šiose šalyse: {countries}.|"
             "{Label} – nuo idėjos iki rezultato, {years} metų patirtis, lankstūs terminai."),
    "pl": _t("Oferujemy {term} oraz {term2}; mamy {years} lat doświadczenia w projektach międzynarodowych.|"
             "Nasz zespół świadczy usługi: {label}. Współpracujemy z partnerami z krajów: {countries}.|"
             "{Label} – kompleksowo, od koncepcji po realizację; {years} lat na rynku."),
}  # fmt: skip
REQUEST_TITLES = {
    "en": _t("Looking for a {label} partner|Partner wanted: {term}|Seeking {label} in {country}|"
             "{Label} partner for a joint project|Need {term} for an upcoming project"),
    "lt": _t("Ieškome partnerio: {label}|Reikalingas partneris – {term}|Ieškome: {label}"),
    "pl": _t("Szukamy partnera: {label}|Poszukujemy: {term}|Partner w obszarze: {label}"),
}  # fmt: skip
REQUEST_TEXTS = {
    "en": _t("We are looking for a partner offering {term} for a project starting next year, ideally in {countries}.|"
             "Seeking an experienced {label} company for long-term cooperation; {term2} is a plus.|"
             "We need {term} to complete an international project and welcome offers from {countries}.|"
             "Our growing client base needs {label}; we are open to subcontracting or a joint venture in {country}."),
    "lt": _t("Ieškome partnerio, siūlančio {term}, projektui, kuris prasidės kitais metais.|"
             "Ieškome patyrusios įmonės ilgalaikiam bendradarbiavimui: {label} ({countries}).|"
             "Reikalingas partneris ({countries}): {term} ir {term2}."),
    "pl": _t("Szukamy partnera oferującego {term} do projektu rozpoczynającego się w przyszłym roku.|"
             "Poszukujemy doświadczonej firmy do długofalowej współpracy: {label} ({countries}).|"
             "Potrzebujemy partnera (kraje: {countries}): {term} oraz {term2}."),
}  # fmt: skip
REQUEST_MESSAGES = _t(
    "Would be glad to meet and discuss a joint project.|We saw your profile and think our services fit.|"
    "Let us talk about joint projects in the region.|Interested in your offer; can we meet?|"
    "Norėtume susitikti ir aptarti bendradarbiavimą.|Chętnie porozmawiamy o współpracy.|"
)
