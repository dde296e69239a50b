"""Every text the interface shows, in Dutch (default) and English.

Pages ask `t(key, lang)`; a test fails when a key lacks either language, so nothing
ships half-translated.
"""
from __future__ import annotations

LANGUAGES = ("nl", "en")
DEFAULT_LANG = "nl"

TEXTS: dict[str, dict[str, str]] = {
    # --- app and navigation
    "app.title": {"nl": "Leefbaarometer Verkenner", "en": "Leefbaarometer Explorer"},
    "nav.start": {"nl": "Start", "en": "Start"},
    "nav.buurt": {"nl": "Mijn buurt", "en": "My neighbourhood"},
    "nav.vergelijk": {"nl": "Gemeenten vergelijken", "en": "Compare municipalities"},
    "nav.kaart": {"nl": "Kaart", "en": "Map"},
    "nav.signalen": {"nl": "Signalen", "en": "Signals"},
    "nav.themas": {"nl": "Thema's", "en": "Themes"},
    "nav.over": {"nl": "Over de data", "en": "About the data"},
    "ui.language": {"nl": "Taal", "en": "Language"},
    "ui.language.nl": {"nl": "Nederlands", "en": "Nederlands"},
    "ui.language.en": {"nl": "English", "en": "English"},
    "ui.palette": {"nl": "Kleuren", "en": "Colours"},
    "ui.palette.official": {"nl": "Leefbaarometer", "en": "Leefbaarometer"},
    "ui.palette.colourblind": {"nl": "Kleurenblind-vriendelijk", "en": "Colour-blind friendly"},
    "ui.source_footer": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "ui.derived": {"nl": "Eigen berekening", "en": "Our own calculation"},
    "ui.bad_param": {
        "nl": "De link bevat een ongeldige waarde voor `{param}`: “{value}”. {what}",
        "en": "The link has an invalid value for `{param}`: “{value}”. {what}",
    },
    "ui.unexpected": {
        "nl": "Er ging iets mis bij het tonen van deze pagina. Probeer een andere keuze of laad de "
              "pagina opnieuw; de fout is vastgelegd in het serverlog.",
        "en": "Something went wrong while showing this page. Try another choice or reload the page; "
              "the error was recorded in the server log.",
    },
    "ui.all": {"nl": "Alle", "en": "All"},
    "ui.choose_from": {"nl": "Kies uit: {options}.", "en": "Choose from: {options}."},
    "ui.no_cause": {
        "nl": "De Leefbaarometer signaleert en volgt; hij verklaart geen oorzaken.",
        "en": "The Leefbaarometer signals and monitors; it does not explain causes.",
    },
    # --- sharing and presenting
    "share.title": {"nl": "Deel deze weergave", "en": "Share this view"},
    "share.caption": {"nl": "Deze link opent precies deze weergave (kopieerknop rechtsboven in het vak).",
                      "en": "This link opens exactly this view (copy button at the top right of the box)."},
    "present.title": {"nl": "Presenteren", "en": "Present"},
    "present.add": {"nl": "Zet deze weergave in de presentatie", "en": "Add this view to the presentation"},
    "present.kept": {"nl": "Ze blijven bewaard zolang u in dit tabblad via het menu verder gaat; opnieuw laden of een adres intikken begint een nieuwe presentatie.",
                     "en": "They are kept while you go on through the menu in this tab; reloading or typing an address starts a new presentation."},
    "present.full": {"nl": "Meer dan {n} weergaven passen er niet in.", "en": "It holds no more than {n} views."},
    "export.busy": {
        "nl": "Het is even druk: er worden nu al bestanden gemaakt ({n}). Probeer het over een halve minuut opnieuw.",
        "en": "It is busy right now: files are already being made ({n}). Please try again in half a minute.",
    },
    "export.retry": {"nl": "Opnieuw proberen", "en": "Try again"},
    "present.start": {"nl": "Presentatiemodus", "en": "Presenter mode"},
    # --- the gemeente profile (core.gemeente_profile, core.exports.profile_pdf)
    "profile.section": {"nl": "Gemeenteprofiel (PDF)", "en": "Municipality profile (PDF)"},
    "profile.pick": {"nl": "Profiel van", "en": "Profile of"},
    "profile.of_gemeente": {"nl": "Het profiel van de gemeente {name}.", "en": "The profile of the municipality of {name}."},
    "profile.intro": {
        "nl": "Eén of twee pagina's voor een raadsmemo: klasse en score, de vijf dimensies naast Nederland, de "
              "ontwikkeling, de spreiding over de buurten met de zwakste buurten, stijgers en dalers en gebieden onder "
              "druk, met bronnen en kanttekeningen.",
        "en": "One or two pages for a council memo: class and score, the five dimensions beside the Netherlands, the "
              "development, the spread over its buurten with the weakest named, risers and fallers and areas under "
              "pressure, with sources and caveats."},
    "profile.download_nl": {"nl": "Download profiel (Nederlands)", "en": "Download profile (Dutch)"},
    "profile.download_en": {"nl": "Download profiel (Engels)", "en": "Download profile (English)"},
    "profile.title": {"nl": "Leefbaarheid in {name}", "en": "Liveability in {name}"},
    "profile.subtitle": {"nl": "Gemeenteprofiel uit de Leefbaarometer 3.0 · provincie {province} · {group} · scores "
                               "{year} · gemaakt op {date}",
                         "en": "Municipality profile from the Leefbaarometer 3.0 · province of {province} · {group} · "
                               "scores {year} · made on {date}"},
    "profile.footer": {"nl": "Leefbaarometer Verkenner · gemeenteprofiel {name} · {date}",
                       "en": "Leefbaarometer Explorer · municipality profile {name} · {date}"},
    "profile.score": {"nl": "Afwijking {score} van de landelijke referentie; plaats {rank} van {n} gemeenten.",
                      "en": "Deviation {score} from the national reference; rank {rank} of {n} municipalities."},
    "profile.households": {
        "nl": "{households} huishoudens; {weak} daarvan ({share}) wonen in een buurt die in {year} zwak of lager scoort "
              "(eigen berekening uit de buurtscores en CBS-huishoudens).",
        "en": "{households} households; {weak} of them ({share}) live in a buurt scoring weak or lower in {year} (our "
              "own calculation from the buurt scores and CBS households)."},
    "profile.dims.title": {"nl": "De vijf dimensies naast Nederland", "en": "The five dimensions beside the Netherlands"},
    "profile.dims.text": {"nl": "Ten opzichte van Nederland scoort {name} het sterkst op {best} en het zwakst op {worst}.",
                          "en": "Compared with the Netherlands, {name} scores strongest on {best} and weakest on {worst}."},
    "profile.national_derived": {"nl": "Nederland = het naar huishoudens gewogen gemiddelde van alle buurten",
                                 "en": "the Netherlands = the household-weighted mean of all buurten"},
    "profile.trend.title": {"nl": "Ontwikkeling sinds 2002 (afgeleid)", "en": "Development since 2002 (derived)"},
    "profile.trend.text": {"nl": "Van {va} in {a} naar {vb} in {b}. Er is geen officiële gemeentereeks over deze jaren; "
                                 "deze lijn is het gewogen gemiddelde van de wijken (of postcodegebieden) van de gemeente.",
                           "en": "From {va} in {a} to {vb} in {b}. There is no official municipal series over these "
                                 "years; this line is the weighted mean of the municipality's wijken (or postcode areas)."},
    "profile.trend.none": {"nl": "Voor deze gemeente is geen reeks af te leiden.",
                           "en": "No series can be derived for this municipality."},
    "profile.no_image": {"nl": "(De grafiek kon op de server niet worden getekend; de app toont hem wel.)",
                         "en": "(The chart could not be drawn on the server; the app shows it.)"},
    "profile.spread.title": {"nl": "Verschillen binnen de gemeente ({year})", "en": "Differences within the municipality ({year})"},
    "profile.spread.text": {"nl": "{n} buurten; de middelste helft van de huishoudens woont in buurten die {iqr} uit "
                                  "elkaar liggen (interkwartielafstand, eigen berekening). De zwakste buurten:",
                            "en": "{n} buurten; the middle half of households live in buurten {iqr} apart "
                                  "(interquartile range, our own calculation). The weakest buurten:"},
    "profile.spread.few": {"nl": "{n} buurten: te weinig voor een betrouwbare spreidingsmaat. De zwakste buurten:",
                           "en": "{n} buurten: too few for a reliable spread. The weakest buurten:"},
    "profile.rf.title": {"nl": "Stijgers en dalers, {a}–{b} (wijken)", "en": "Risers and fallers, {a}–{b} (wijken)"},
    "profile.rf.text": {
        "nl": "Wijken die in {a} zwak of lager scoorden en tot {b} minstens {min} meer stegen of daalden dan Nederland: {risers} en {fallers}. De drijvende dimensie is die het meest meebewoog.",
        "en": "Wijken that scored weak or lower in {a} and by {b} rose or fell at least {min} more than the Netherlands: {risers} and {fallers}. The driving dimension is the one that moved most with it.",
    },
    "profile.col.wijk": {"nl": "Wijk", "en": "Wijk"},
    "profile.col.buurt": {"nl": "Buurt", "en": "Buurt"},
    "profile.col.weak_years": {"nl": "Jaren zwak", "en": "Years weak"},
    "profile.up.title": {"nl": "Structureel onder druk (wijken)", "en": "Under persistent pressure (wijken)"},
    "profile.caveats.title": {"nl": "Kanttekeningen", "en": "Caveats"},
    "profile.caveats.text": {
        "nl": "Scores van 2024 zijn de officiële gemeente- en buurtscores. De ontwikkeling, de spreiding, de huishoudens "
              "in zwakke buurten en de signalen zijn eigen berekeningen van de Leefbaarometer Verkenner uit de open data; "
              "wijken volgen de indeling van 2022. Een verschil of samenhang wijst niet op een oorzaak.",
        "en": "The 2024 scores are the official municipal and buurt scores. The development, the spread, the households "
              "in weak buurten and the signals are our own calculations from the open data; wijken follow the 2022 "
              "division. A difference or association does not point to a cause."},
    "profile.sources.title": {"nl": "Bronnen", "en": "Sources"},
    # --- the presentation as a slide deck (core.exports.briefing, core.exports.slide_deck)
    "deck.download": {"nl": "Download als presentatie (.pptx)", "en": "Download as presentation (.pptx)"},
    "deck.clear": {"nl": "Maak de presentatie leeg", "en": "Empty the presentation"},
    "deck.empty": {"nl": "Zet eerst een of meer weergaven in de presentatie; dan kunt u die als .pptx downloaden.",
                   "en": "Add one or more views to the presentation first; then you can download it as .pptx."},
    "deck.title": {"nl": "Leefbaarometer: briefing", "en": "Leefbaarometer: briefing"},
    "deck.author": {"nl": "Leefbaarometer Verkenner", "en": "Leefbaarometer Explorer"},
    "deck.caveat": {
        "nl": "Bron van alle scores: Leefbaarometer 3.0, ministerie van BZK (leefbaarometer.nl); huishoudens: CBS. "
              "De Leefbaarometer signaleert en volgt; hij verklaart geen oorzaken.",
        "en": "Source of all scores: Leefbaarometer 3.0, Ministry of the Interior (BZK, leefbaarometer.nl); households: "
              "CBS. The Leefbaarometer signals and monitors; it does not explain causes."},
    "deck.caveat.links": {"nl": "Elke titel linkt naar de weergave in de app.", "en": "Each title links to the view in the app."},
    "deck.no_image": {"nl": "Geen afbeelding beschikbaar; open de link hieronder.",
                      "en": "No image available; open the link below."},
    "deck.no_browser": {"nl": "De grafiek kon op de server niet als afbeelding worden getekend (geen Chromium); open de "
                              "link hieronder.",
                        "en": "The chart could not be drawn as an image on the server (no Chromium); open the link below."},
    "deck.no_visual": {"nl": "Deze weergave heeft geen grafiek of kaart; open de link hieronder om hem te tonen.",
                       "en": "This view has no chart or map; open the link below to show it."},
    "deck.sources_generic": {"nl": "Bron: Leefbaarometer 3.0 (ministerie van BZK) en CBS; de bron van elk cijfer staat "
                                    "bij het cijfer in de app en onder Over de data.",
                             "en": "Source: Leefbaarometer 3.0 (Ministry of the Interior, BZK) and CBS; the source of "
                                   "each figure is given beside it in the app and under About the data."},
    "deck.no_visual_sub": {"nl": "Weergave uit de Leefbaarometer Verkenner", "en": "View from the Leefbaarometer Explorer"},
    "present.prev": {"nl": "Vorige", "en": "Previous"},
    "present.next": {"nl": "Volgende", "en": "Next"},
    "present.stop": {"nl": "Stop", "en": "Stop"},
    "present.corner": {"nl": "Bron: Leefbaarometer 3.0 (ministerie van BZK), CBS · leefbaarometer.nl",
                       "en": "Source: Leefbaarometer 3.0 (Ministry of BZK), CBS · leefbaarometer.nl"},
    # --- database problems
    "db.title": {"nl": "De database is niet beschikbaar", "en": "The database is not available"},
    "db.missing": {
        "nl": "Er is nog geen database op `{path}`.",
        "en": "There is no database at `{path}` yet.",
    },
    "db.empty": {"nl": "Het bestand `{path}` is leeg.", "en": "The file `{path}` is empty."},
    "db.corrupt": {
        "nl": "Het bestand `{path}` is geen leesbare database (beschadigd of afgebroken).",
        "en": "The file `{path}` is not a readable database (damaged or truncated).",
    },
    "db.locked": {
        "nl": "Het bestand `{path}` is vergrendeld door een ander proces (waarschijnlijk een lopende build).",
        "en": "The file `{path}` is locked by another process (probably a build in progress).",
    },
    "db.incomplete": {
        "nl": "De database `{path}` mist tabellen ({detail}); hij is met een oudere versie gebouwd.",
        "en": "The database `{path}` lacks tables ({detail}); it was built by an older version.",
    },
    "db.howto": {
        "nl": "Bouw hem opnieuw met `make data` of `python -m etl --source MAP`, "
              "en laad deze pagina daarna opnieuw.",
        "en": "Rebuild it with `make data` or `python -m etl --source FOLDER`, "
              "then reload this page.",
    },
    # --- start page
    "start.lead": {
        "nl": "Hoe leefbaar is uw buurt, uw gemeente, Nederland? De Leefbaarometer van het "
              "ministerie van BZK schat de leefbaarheid van elk gebied uit 94 kenmerken van de "
              "woonomgeving (meting 2024). Deze verkenner maakt die cijfers doorzoekbaar.",
        "en": "How liveable is your neighbourhood, your municipality, the Netherlands? The "
              "Leefbaarometer of the Ministry of the Interior (BZK) estimates the liveability of every "
              "area from 94 characteristics of the living environment (2024 measurement). This "
              "explorer makes those figures searchable.",
    },
    "start.citizen.title": {"nl": "Bewoners", "en": "Residents"},
    "start.citizen.body": {
        "nl": "Zoek uw postcode of buurt en zie hoe die scoort, waarom, en hoe dat veranderde.",
        "en": "Look up your postcode or neighbourhood and see how it scores, why, and how that changed.",
    },
    "start.policy.title": {"nl": "Beleidsmakers", "en": "Policy officers"},
    "start.policy.body": {
        "nl": "Vergelijk gemeenten, vind gebieden die aandacht vragen en zie welke dimensie het verschil maakt.",
        "en": "Compare municipalities, find areas that need attention and see which dimension makes the difference.",
    },
    "start.presenter.title": {"nl": "Presentatoren", "en": "Presenters"},
    "start.presenter.body": {
        "nl": "Toon een kaart of grafiek op groot scherm en deel precies die weergave met een link.",
        "en": "Put a map or chart on a big screen and share exactly that view with a link.",
    },
    "start.national.title": {"nl": "Nederland in één oogopslag", "en": "The Netherlands at a glance"},
    "start.weak_households": {
        "nl": "Huishoudens in buurten zwak of lager",
        "en": "Households in buurten weak or lower",
    },
    "start.buurten_scored": {"nl": "Buurten met een score", "en": "Buurten with a score"},
    "start.pc4_years": {"nl": "Meetjaren postcodegebieden", "en": "Years measured, postcode areas"},
    "start.grid_note": {
        "nl": "Het kabinet noemt voor 2024 ongeveer 963.000 huishoudens, geteld op 100-meterniveau. "
              "Per buurt gemiddeld valt een deel van de zwakke plekken weg tegen betere straten "
              "ernaast, daarom is het buurtgetal lager.",
        "en": "The government reports about 963,000 households for 2024, counted on a 100 m grid. "
              "Averaged per buurt, some weak spots are offset by better streets next to them, "
              "which is why the buurt count is lower.",
    },
    # --- about page
    "over.title": {"nl": "Over de data", "en": "About the data"},
    "over.what.title": {"nl": "Wat de Leefbaarometer is", "en": "What the Leefbaarometer is"},
    "over.what.body": {
        "nl": "De Leefbaarometer 3.0 schat de leefbaarheid van een gebied uit objectieve kenmerken van de "
              "woonomgeving (94 indicatoren in de meting van 2024) in vijf dimensies: woningvoorraad, "
              "fysieke omgeving, voorzieningen, sociale samenhang, en overlast en onveiligheid. Hij gebruikt "
              "geen kenmerken van bewoners zoals inkomen, opleiding of arbeidsverleden meer. De "
              "totaalscore is de som van een vaste landelijke referentie (het gemiddelde van 2002 over het hele land, "
              "gebieden en geen huishoudens) en de "
              "afwijking daarvan; die afwijking is de som van de vijf dimensies. Negen klassen lopen van "
              "*zeer onvoldoende* tot *uitstekend*.",
        "en": "Leefbaarometer 3.0 estimates the liveability of an area from objective characteristics of the "
              "living environment (94 indicators in the 2024 measurement) in five dimensions: housing "
              "stock, physical environment, amenities, social cohesion, and nuisance and insecurity. It no "
              "longer uses characteristics of residents such as income, education or work history. The "
              "total score is a fixed national reference (the 2002 mean over the whole country, areas "
              "rather than households) plus a deviation from it; that "
              "deviation is the sum of the five dimensions. Nine classes run from *very poor* to *excellent*.",
    },
    "over.isnot.title": {"nl": "Wat hij niet is", "en": "What it is not"},
    "over.isnot.body": {
        "nl": "De Leefbaarometer signaleert en volgt; hij is geen verklarend model. Een samenhang "
              "met onderwijs, inkomen of gezondheid zegt niets over oorzaak en gevolg. De werkelijke "
              "situatie op straat kan afwijken van de schatting.",
        "en": "The Leefbaarometer signals and monitors; it is not an explanatory model. A link with "
              "education, income or health says nothing about cause and effect. The real situation "
              "on the ground may differ from the estimate.",
    },
    "over.dimensions.title": {"nl": "De vijf dimensies", "en": "The five dimensions"},
    "over.sources.title": {"nl": "Bronnen in deze verkenner", "en": "Sources in this explorer"},
    "over.sources.caption": {
        "nl": "Gelezen uit de database; rijen en controlegetal (SHA-256) zoals bij de laatste build.",
        "en": "Read from the database; rows and checksum (SHA-256) as of the last build.",
    },
    "over.coverage.title": {"nl": "Wat er in de database staat", "en": "What the database holds"},
    "over.build": {
        "nl": "Database gebouwd op {built_at} in {seconds} s.",
        "en": "Database built on {built_at} in {seconds} s.",
    },
    "over.classes.title": {"nl": "De negen klassen", "en": "The nine classes"},
    "over.classes.caption": {
        "nl": "Klassengrenzen op de afwijking, afgeleid uit de officiële (klasse, score)-paren van 2024. "
              "De kleuren volgen de legenda van leefbaarometer.nl.",
        "en": "Class boundaries on the deviation, derived from the official 2024 (class, score) pairs. "
              "Colours follow the leefbaarometer.nl legend.",
    },
    "col.source": {"nl": "Bron", "en": "Source"},
    "col.publisher": {"nl": "Uitgever", "en": "Publisher"},
    "col.licence": {"nl": "Licentie", "en": "Licence"},
    "col.year": {"nl": "Jaar", "en": "Year"},
    "col.rows": {"nl": "Rijen", "en": "Rows"},
    "col.file": {"nl": "Bestand", "en": "File"},
    "col.via": {"nl": "Herkomst kopie", "en": "Copy taken from"},
    "col.level": {"nl": "Niveau", "en": "Level"},
    "col.class": {"nl": "Klasse", "en": "Class"},
    "col.from": {"nl": "Vanaf afwijking", "en": "From deviation"},
    "col.to": {"nl": "Tot afwijking", "en": "To deviation"},
    "col.edition": {"nl": "Editie", "en": "Edition"},
    "col.areas": {"nl": "Gebieden", "en": "Areas"},
    "col.first": {"nl": "Eerste jaar", "en": "First year"},
    "col.last": {"nl": "Laatste jaar", "en": "Last year"},
    "col.years": {"nl": "Jaren", "en": "Years"},
    # --- charts
    "chart.reference": {"nl": "Landelijke referentie", "en": "National reference"},
    "chart.this_area": {"nl": "Dit gebied", "en": "This area"},
    "chart.deviation": {"nl": "Afwijking van de landelijke referentie", "en": "Deviation from the national reference"},
    "chart.change": {"nl": "Verandering van de afwijking", "en": "Change in the deviation"},
    # --- Mijn buurt
    "buurt.title": {"nl": "Mijn buurt", "en": "My neighbourhood"},
    "buurt.search": {
        "nl": "Zoek uw buurt: postcode, plaats, buurt, wijk of gemeente (druk op Enter)",
        "en": "Find your area: postcode, place, neighbourhood, district or municipality (press Enter)",
    },
    "buurt.placeholder": {
        "nl": "bijvoorbeeld 3072 AP, Den Haag, Utrecht Centrum",
        "en": "for example 3072 AP, The Hague, Utrecht Centrum",
    },
    "buurt.intro": {
        "nl": "Typ uw postcode (bijvoorbeeld 3072 AP, of alleen 3072), uw plaats, de naam van uw buurt of wijk, of “plaats + buurt” (Rotterdam Oude Noorden), en druk op Enter. Is het antwoord duidelijk, dan gaat de pagina er meteen heen; anders kiest u uit een korte lijst die zegt waarom elk gebied erop staat.",
        "en": "Type your postcode (for example 3072 AP, or just 3072), your town or village, the name of your neighbourhood or district, or “place + neighbourhood” (Rotterdam Oude Noorden), and press Enter. When the answer is clear the page goes straight there; otherwise you pick from a short list that says why each area is on it.",
    },
    "buurt.no_match": {
        "nl": "Geen gebied gevonden voor “{query}”. Controleer de spelling, of probeer een postcode.",
        "en": "No area found for “{query}”. Check the spelling, or try a postcode.",
    },
    "buurt.unknown_area": {
        "nl": "We kennen geen gebied met de code “{code}”.",
        "en": "We know no area with the code “{code}”.",
    },
    "buurt.closest": {"nl": "Dichtstbijzijnde treffers:", "en": "Closest matches:"},
    "buurt.level_line": {"nl": "{level} in {gemeente}, {province}", "en": "{level} in {gemeente}, {province}"},
    "buurt.sentence": {
        "nl": "In {year} is de leefbaarheid van {name} naar schatting **{label}** (klasse {k} van 9, een vaste maat). Van alle {levels} in Nederland scoort {pct} lager.{many}",
        "en": "In {year} the liveability of {name} is estimated as **{label}** (class {k} of 9, a fixed scale). Of all {levels} in the Netherlands, {pct} score lower.{many}",
    },
    "buurt.last_year": {
        "nl": "Waarom {year}? Voor {levels} lopen de scores in deze gegevens tot en met {year}; de meting van {newest} is er per buurt en per gemeente.",
        "en": "Why {year}? For {levels} the scores in these data run up to {year}; the {newest} measurement is given per neighbourhood and per municipality.",
    },
    "buurt.levels.pc4": {"nl": "postcodegebieden", "en": "postcode areas"},
    "buurt.levels.buurt": {"nl": "buurten", "en": "neighbourhoods"},
    "buurt.levels.gemeente": {"nl": "gemeenten", "en": "municipalities"},
    "buurt.levels.wijk": {"nl": "wijken", "en": "districts (wijken)"},
    "buurt.why.title": {"nl": "Waarom deze score?", "en": "Why this score?"},
    "buurt.why.chart": {"nl": "Wat {name} boven of onder de landelijke referentie brengt, {year}",
                        "en": "What lifts {name} above or below the national reference, {year}"},
    "buurt.why.subtitle": {
        "nl": "Bijdrage van elke dimensie aan de afwijking; de balken tellen op tot de totale afwijking",
        "en": "Contribution of each dimension to the deviation; the bars add up to the total deviation",
    },
    "buurt.why.none": {
        "nl": "Voor dit jaar zijn geen dimensiescores gepubliceerd (die bestaan in 2014, 2018, 2020, 2022 en 2024; "
              "niet in 2016 en niet vóór 2014).",
        "en": "No dimension scores were published for this year (they exist for 2014, 2018, 2020, 2022 and 2024; "
              "not for 2016 or before 2014).",
    },
    "buurt.strongest": {
        "nl": "Sterkste punt: **{best}**. Zwakste punt: **{worst}**.",
        "en": "Strongest point: **{best}**. Weakest point: **{worst}**.",
    },
    "buurt.compare.title": {"nl": "Vergeleken met gemeente en land", "en": "Compared with municipality and country"},
    "buurt.compare.chart": {"nl": "{name} naast {others}, {year}", "en": "{name} next to {others}, {year}"},
    "buurt.compare.subtitle": {
        "nl": "Afwijking van de landelijke referentie, totaal en per dimensie",
        "en": "Deviation from the national reference, total and per dimension",
    },
    "buurt.compare.nl_derived": {
        "nl": "Nederland = gemiddelde van alle {levels}, gewogen met huishoudens (CBS 2024)",
        "en": "the Netherlands = mean of all {levels}, weighted by households (CBS 2024)",
    },
    "buurt.trend.title": {"nl": "Ontwikkeling", "en": "Development"},
    "buurt.trend.chart": {"nl": "Hoe {name} zich ontwikkelde, {first}–{last}",
                          "en": "How {name} developed, {first}–{last}"},
    "buurt.trend.subtitle": {
        "nl": "Afwijking van de landelijke referentie; de gekleurde banden zijn de klassen",
        "en": "Deviation from the national reference; the coloured bands are the classes",
    },
    "buurt.trend.other_area": {
        "nl": "Voor buurten bestaat alleen 2024, en de wijkcode van deze buurt ({wijk}) bestond in 2022 niet. "
              "Hieronder daarom de reeks van **postcodegebied {pc4}**, waarin deze buurt ligt: een ander, groter "
              "gebied, uit de editie 2022 van de Leefbaarometer.",
        "en": "Neighbourhoods only have 2024, and this neighbourhood's wijk code ({wijk}) did not exist in 2022. "
              "Below is therefore the series of **postcode area {pc4}**, which this neighbourhood lies in: a "
              "different, larger area, from the 2022 edition of the Leefbaarometer.",
    },
    "buurt.trend.none": {
        "nl": "Voor dit gebied is geen reeks beschikbaar.",
        "en": "No series is available for this area.",
    },
    "buurt.change.title": {"nl": "Wat veranderde er?", "en": "What changed?"},
    "buurt.change.from": {"nl": "Van", "en": "From"},
    "buurt.change.to": {"nl": "Tot", "en": "To"},
    "buurt.change.chart": {"nl": "{name}: verandering {a}–{b}", "en": "{name}: change {a}–{b}"},
    "buurt.change.subtitle": {
        "nl": "Verandering per dimensie; samen vormen ze de totale verandering",
        "en": "Change per dimension; together they make the total change",
    },
    "buurt.change.driver": {
        "nl": "Tussen {a} en {b} {direction} de score met {delta}; **{dim}** droeg het meest bij ({dim_delta}).",
        "en": "Between {a} and {b} the score {direction} by {delta}; **{dim}** contributed most ({dim_delta}).",
    },
    "buurt.change.up": {"nl": "steeg", "en": "rose"},
    "buurt.change.down": {"nl": "daalde", "en": "fell"},
    "buurt.change.flat": {"nl": "bleef gelijk", "en": "stayed the same"},
    "buurt.change.no_dims": {
        "nl": "Tussen {a} en {b} {direction} de score met {delta}. Een uitsplitsing per dimensie kan alleen "
              "tussen jaren met dimensiescores (2014, 2018, 2020, 2022).",
        "en": "Between {a} and {b} the score {direction} by {delta}. A split by dimension is only possible "
              "between years with dimension scores (2014, 2018, 2020, 2022).",
    },
    "buurt.change.same_year": {"nl": "Kies twee verschillende jaren.", "en": "Choose two different years."},
    "buurt.map.title": {"nl": "Op de kaart", "en": "On the map"},
    "buurt.map.caption": {
        "nl": "Het gekozen gebied heeft een zwarte rand; de buren zijn gekleurd naar hun klasse ({year}). "
              "Beweeg over een gebied voor de naam en de score.",
        "en": "The chosen area has a black outline; its neighbours are coloured by class ({year}). "
              "Hover over an area for its name and score.",
    },
    "buurt.caveat": {
        "nl": "De Leefbaarometer schat de leefbaarheid uit kenmerken van een gebied. Hij verklaart geen "
              "oorzaken, en de werkelijke situatie op straat kan anders zijn.",
        "en": "The Leefbaarometer estimates liveability from an area's characteristics. It does not explain "
              "causes, and the real situation on the ground may differ.",
    },
    "buurt.dims.title": {"nl": "Wat de dimensies meten", "en": "What the dimensions measure"},
    # --- vergelijk
    "cmp.title": {"nl": "Gemeenten vergelijken", "en": "Compare municipalities"},
    "cmp.pick": {"nl": "Kies 2 tot 6 gemeenten", "en": "Choose 2 to 6 municipalities"},
    "cmp.g4": {"nl": "De G4", "en": "The G4"},
    "cmp.province": {"nl": "Grootste in {province}", "en": "Largest in {province}"},
    "cmp.corop": {"nl": "COROP-regio {region}", "en": "COROP region {region}"},
    "cmp.corop_help": {"nl": "De gemeente met de {n} andere gemeenten van haar COROP-regio (CBS-indeling 2024), de grootste eerst; zes tegelijk op zijn hoogst.",
                       "en": "The gemeente with the {n} other gemeenten of its COROP region (CBS 2024 division), largest first; six at a time at most."},
    "cmp.filter.corop": {"nl": "COROP-regio", "en": "COROP region"},
    "cmp.similar": {"nl": "Gemeenten zoals {name}", "en": "Municipalities like {name}"},
    "cmp.similar_caption": {
        "nl": "Lijkt op {name} (profiel van de vijf dimensies, 2024): {list}. Gelijkenis 1 = identiek profiel.",
        "en": "Resembles {name} (profile of the five dimensions, 2024): {list}. Similarity 1 = identical profile.",
    },
    "cmp.need_two": {"nl": "Kies minstens twee gemeenten om te vergelijken.", "en": "Choose at least two municipalities to compare."},
    "cmp.unknown_codes": {"nl": "Onbekende gemeentecodes genegeerd: {codes}.", "en": "Unknown municipality codes ignored: {codes}."},
    "cmp.duplicates": {"nl": "Dubbele gemeenten één keer getoond.", "en": "Duplicate municipalities shown once."},
    "cmp.too_many": {"nl": "Hooguit zes gemeenten; de eerste zes worden getoond.", "en": "Six municipalities at most; showing the first six."},
    "cmp.side.title": {"nl": "Naast elkaar", "en": "Side by side"},
    "cmp.side.chart": {"nl": "Welke dimensie maakt het verschil? 2024", "en": "Which dimension makes the difference? 2024"},
    "cmp.side.subtitle": {"nl": "Officiële gemeentescores: afwijking van de landelijke referentie, totaal en per dimensie",
                          "en": "Official municipal scores: deviation from the national reference, total and per dimension"},
    "cmp.diff": {"nl": "Het grootste verschil tussen {a} en {b} zit in **{dim}** ({delta}).",
                 "en": "The largest difference between {a} and {b} is in **{dim}** ({delta})."},
    "cmp.spread.title": {"nl": "Ongelijkheid binnen de gemeente", "en": "Inequality within the municipality"},
    "cmp.spread.chart": {"nl": "Hoe verschillend zijn de buurten? 2024", "en": "How different are the neighbourhoods? 2024"},
    "cmp.spread.subtitle": {"nl": "Elke stip is een buurt, in de kleur van haar klasse; de doos is de middelste helft van de huishoudens",
                            "en": "Each dot is a neighbourhood in its class colour; the box holds the middle half of the households"},
    "cmp.spread.derived": {"nl": "spreiding (interkwartielafstand, standaardafwijking) en aandeel huishoudens gewogen met CBS-huishoudens 2024",
                           "en": "spread (interquartile range, standard deviation) and household share weighted by CBS households 2024"},
    "cmp.trend.title": {"nl": "Ontwikkeling 2002–2022", "en": "Development 2002–2022"},
    "cmp.trend.chart": {"nl": "Leefbaarheid per gemeente, 2002–2022 (afgeleid)", "en": "Liveability per municipality, 2002–2022 (derived)"},
    "cmp.trend.subtitle": {"nl": "Gemiddelde van de officiële wijkscores in de gemeente, gewogen met huishoudens",
                           "en": "Mean of the official wijk scores in the municipality, weighted by households"},
    "cmp.trend.coverage.wijk": {"nl": "{name}: wijken, dekking ≥ {coverage} van de huishoudens",
                                "en": "{name}: wijken, covering ≥ {coverage} of households"},
    "cmp.trend.coverage.pc4": {"nl": "{name}: postcodegebieden (wijken dekken maar {coverage})",
                               "en": "{name}: postcode areas (wijken cover only {coverage})"},
    "cmp.trend.note": {
        "nl": "Geen officieel gemeentecijfer: een eigen berekening uit de officiële wijkscores (editie 2022, "
              "wijkindeling 2022). Elke wijk telt mee met haar huishoudens (CBS 2022) en hoort bij de gemeente "
              "van 2024 waarin haar buurten liggen (of waarin haar gemeente opging). Dekken de wijken een gemeente "
              "in een jaar niet voor minstens 90% van de huishoudens, dan komt haar reeks uit de postcodegebieden. "
              "Dimensies bestaan in 2014, 2018, 2020 en 2022. Dezelfde berekening staat op Mijn buurt en op de "
              "startpagina. Per gemeente:",
        "en": "Not an official municipal figure: our own calculation from the official wijk scores (2022 edition, "
              "2022 wijk division). Each wijk counts with its households (CBS 2022) and belongs to the 2024 "
              "municipality its buurten lie in (or its municipality merged into). Where the wijken do not cover at "
              "least 90% of a municipality's households in a year, its series comes from the postcode areas. "
              "Dimensions exist for 2014, 2018, 2020 and 2022. The same calculation is on My neighbourhood and the "
              "start page. Per municipality:",
    },
    "cmp.trend.dim": {"nl": "Maat", "en": "Measure"},
    "cmp.rank.title": {"nl": "Alle 342 gemeenten", "en": "All 342 municipalities"},
    "cmp.rank.filtered": {"nl": "{n} van de {total} gemeenten getoond; de rang is de landelijke.",
                          "en": "{n} of the {total} municipalities shown; the rank is the national one."},
    "cmp.rank.caption": {"nl": "Klik op een kolomkop om te sorteren. Gekozen gemeenten staan gemarkeerd (★). De spreiding (IQR) en "
                               "haar rang staan alleen bij gemeenten met minstens {n} buurten ({few} gemeenten hebben er "
                               "minder; zet de schakelaar aan om ook hun IQR te zien).",
                         "en": "Click a column header to sort. Chosen municipalities are marked (★). The spread (IQR) and "
                               "its rank are shown only for municipalities with at least {n} buurten ({few} have fewer; "
                               "switch the toggle on to see their IQR too)."},
    "cmp.filter.province": {"nl": "Provincie", "en": "Province"},
    "cmp.filter.group": {"nl": "Groep", "en": "Group"},
    "cmp.filter.urbanity": {"nl": "Stedelijkheid", "en": "Urbanity"},
    "cmp.groups.title": {"nl": "G4, G40 en de rest", "en": "G4, G40 and the rest"},
    "cmp.groups.chart": {"nl": "Leefbaarheid naar groep gemeenten, 2024", "en": "Liveability by group of municipalities, 2024"},
    "cmp.urb.chart": {"nl": "Leefbaarheid naar stedelijkheid, 2024", "en": "Liveability by urbanity, 2024"},
    "cmp.groups.subtitle": {"nl": "Gemiddelde van alle buurten in de groep, gewogen met huishoudens",
                            "en": "Mean of all neighbourhoods in the group, weighted by households"},
    "cmp.download": {"nl": "Download als CSV", "en": "Download as CSV"},
    "group.G4": {"nl": "G4", "en": "G4"},
    "group.G40": {"nl": "G40", "en": "G40"},
    "group.overig": {"nl": "Overige gemeenten", "en": "Other municipalities"},
    "urb.1": {"nl": "1 zeer sterk stedelijk", "en": "1 very highly urban"},
    "urb.2": {"nl": "2 sterk stedelijk", "en": "2 highly urban"},
    "urb.3": {"nl": "3 matig stedelijk", "en": "3 moderately urban"},
    "urb.4": {"nl": "4 weinig stedelijk", "en": "4 slightly urban"},
    "urb.5": {"nl": "5 niet stedelijk", "en": "5 not urban"},
    "col.name": {"nl": "Gemeente", "en": "Municipality"},
    "col.rank": {"nl": "Rang", "en": "Rank"},
    "col.score": {"nl": "Afwijking", "en": "Deviation"},
    "col.province": {"nl": "Provincie", "en": "Province"},
    "col.group": {"nl": "Groep", "en": "Group"},
    "col.urbanity": {"nl": "Stedelijkheid", "en": "Urbanity"},
    "col.iqr": {"nl": "Spreiding buurten (IQR)", "en": "Buurt spread (IQR)"},
    "col.sd": {"nl": "Standaardafwijking buurten", "en": "Buurt standard deviation"},
    "col.weak_share": {"nl": "Aandeel huishoudens in zwakke buurten", "en": "Share of households in weak buurten"},
    "col.households": {"nl": "Huishoudens", "en": "Households"},
    "col.buurten": {"nl": "Buurten", "en": "Buurten"},
    "col.selected": {"nl": "★", "en": "★"},
    # --- kaart
    "map.title": {"nl": "Kaart", "en": "Map"},
    "map.level": {"nl": "Niveau", "en": "Level"},
    "map.measure": {"nl": "Maat", "en": "Measure"},
    "map.year": {"nl": "Jaar", "en": "Year"},
    "map.from": {"nl": "Verandering sinds", "en": "Change since"},
    "map.no_change": {"nl": "geen (toon het jaar zelf)", "en": "none (show the year itself)"},
    "map.province": {"nl": "Provincie", "en": "Province"},
    "map.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "map.everything": {"nl": "Heel Nederland", "en": "All of the Netherlands"},
    "map.heading": {"nl": "{measure}, {level}, {year}", "en": "{measure}, {level}, {year}"},
    "map.heading_theme": {"nl": "{measure}, {level} (model rond 2008–2012)", "en": "{measure}, {level} (model around 2008–2012)"},
    "map.layer.heat": {"nl": "Hitte-eiland op een hittegolfdag", "en": "Heat island on a heat-wave day"},
    "map.layer.green": {"nl": "Groen (begroeid oppervlak)", "en": "Green (vegetated surface)"},
    "map.theme_levels": {"nl": "Hitte en groen zijn er per buurt en gemeente; de kaart toont buurten.",
                         "en": "Heat and green exist per buurt and municipality; the map shows buurten."},
    "map.theme_note": {
        "nl": "Een eigen kleurschaal, niet de leefbaarheidsklassen. Het hitte-eiland is de extra luchttemperatuur "
              "op een hittegolfdag volgens een model van de bebouwing, niet de gevoelstemperatuur.",
        "en": "A colour scale of its own, not the liveability classes. The heat island is the extra air temperature on "
              "a heat-wave day according to a model of the built environment, not the felt temperature.",
    },
    "map.theme_derived": {
        "nl": "waarden van de modelbuurten van 2012 naar de buurten van 2024 omgerekend naar oppervlakte van de "
              "overlap; gemeenten: gewogen met huishoudens",
        "en": "values of the 2012 model buurten carried to the 2024 buurten by area of overlap; municipalities: "
              "weighted by households",
    },
    "map.lens": {"nl": "Vergelijk met", "en": "Compare with"},
    "map.lens.none": {"nl": "Nederland (vaste referentie)", "en": "the Netherlands (fixed reference)"},
    "map.lens.corop": {"nl": "de eigen COROP-regio", "en": "its own COROP region"},
    "map.lens.gemeente": {"nl": "de eigen gemeente", "en": "its own gemeente"},
    "map.lens_help": {
        "nl": "Het regionale vergrootglas: de totaalscore als afwijking van het gemiddelde van de eigen COROP-regio "
              "(40 regio's, CBS-indeling 2024) of gemeente in hetzelfde jaar. Zo worden verschillen binnen een regio "
              "zichtbaar die op de landelijke schaal wegvallen.",
        "en": "The regional magnifier: the total score as the deviation from the mean of the area's own COROP region "
              "(40 regions, CBS 2024 division) or gemeente in the same year. Differences within a region that vanish "
              "on the national scale become visible."},
    "map.lens.only_total": {
        "nl": "Het regionale vergrootglas toont de totaalscore in één jaar; kies Totaal en geen verandering om het te gebruiken.",
        "en": "The regional magnifier shows the total score in one year; choose Total and no change to use it."},
    "map.heading_lens": {"nl": "Totaalscore ten opzichte van {lens}, {level}, {year}",
                         "en": "Total score compared with {lens}, {level}, {year}"},
    "map.lens.note": {
        "nl": "0 is het gemiddelde van {lens} in {year}: het gemiddelde van de {level} daarin, gewogen naar huishoudens. "
              "Groen scoort hoger dan dat gemiddelde, paars lager; de klassen zijn die van de dimensies, met grenzen bij 0,04, 0,08, 0,16 en 0,24 (boven en onder nul). "
              "Een lage plek binnen een sterke regio kan landelijk nog ruim voldoende zijn.",
        "en": "0 is the mean of {lens} in {year}: the mean of its {level}, weighted by households. "
              "Green scores above that mean, purple below; the classes are those of the dimensions, with boundaries at 0.04, 0.08, 0.16 and 0.24 (above and below zero). "
              "A low place within a strong region can still be well above the national reference."},
    "map.lens.derived": {
        "nl": "afwijking van het gemiddelde van de eigen {lens}, naar huishoudens gewogen",
        "en": "deviation from the mean of its own {lens}, weighted by households"},
    "map.lens.unit.corop": {"nl": "COROP-regio", "en": "COROP region"},
    "map.lens.unit.gemeente": {"nl": "gemeente", "en": "gemeente"},
    "map.lens.tooltip.corop": {"nl": "t.o.v. COROP-regio {region}: {value}", "en": "vs. COROP region {region}: {value}"},
    "map.lens.tooltip.gemeente": {"nl": "t.o.v. de eigen gemeente: {value}", "en": "vs. its own gemeente: {value}"},
    "map.table.lens": {"nl": "Afwijking van het gemiddelde van {lens}", "en": "Deviation from the mean of {lens}"},
    "buurt.region.sentence": {
        "nl": "In de COROP-regio {region} scoort {name} hoger dan {pct} van de {others} andere {levels}. "
              "Het ligt {dev} {direction} het gemiddelde van de regio.",
        "en": "In the COROP region {region}, {name} scores higher than {pct} of the {others} other {levels}. "
              "It lies {dev} {direction} the region's mean."},
    "buurt.region.above": {"nl": "boven", "en": "above"},
    "buurt.region.below": {"nl": "onder", "en": "below"},
    "buurt.region.map": {"nl": "De regio op de kaart (het regionale vergrootglas)",
                         "en": "The region on the map (the regional magnifier)"},
    "buurt.region.derived": {
        "nl": "plaats binnen de eigen COROP-regio in hetzelfde jaar; het gemiddelde is naar huishoudens gewogen",
        "en": "place within its own COROP region in the same year; the mean is weighted by households"},
    "play.play": {"nl": "Afspelen {a}–{b}", "en": "Play {a}–{b}"},
    "play.pause": {"nl": "Pauze", "en": "Pause"},
    "play.to": {"nl": "Naar {year}", "en": "To {year}"},
    "play.back": {"nl": "Jaar terug", "en": "Year back"},
    "play.next": {"nl": "Jaar verder", "en": "Year on"},
    "map.heading_change": {"nl": "Verandering {measure}, {level}, {a}–{b}", "en": "Change in {measure}, {level}, {a}–{b}"},
    "map.click": {
        "nl": "Beweeg over een gebied voor de scores; open een gebied in Mijn buurt met de keuzelijst onder de kaart. "
              "De kaart heeft geen achtergrondkaart nodig en werkt ook offline.",
        "en": "Hover over an area for its scores; open an area in My neighbourhood with the list below the map. "
              "The map needs no basemap and also works offline.",
    },
    "map.open": {"nl": "Open een gebied uit deze kaart", "en": "Open an area from this map"},
    "map.filter_to_list": {"nl": "Kies een provincie of gemeente om de gebieden als lijst te zien (tot {n}).",
                           "en": "Choose a province or municipality to see the areas as a list (up to {n})."},
    "map.count": {"nl": "{n} gebieden getekend.", "en": "{n} areas drawn."},
    "map.pc4_only": {"nl": "Jaren en veranderingen bestaan alleen voor wijken en postcodegebieden (2002–2022).",
                     "en": "Years and changes exist for districts (wijken) and postcode areas only (2002–2022)."},
    "map.wijk_outlines": {"nl": "omtrek van een wijk = de buurten van 2024 met haar wijkcode samengevoegd; voor {n} "
                                "hernummerde wijken (vooral Amsterdam) de buurten van de wijk van 2024 met dezelfde naam "
                                "in dezelfde gemeente (een benadering)",
                          "en": "a district's outline = the 2024 neighbourhoods carrying its wijk code, merged; for {n} "
                                "re-coded districts (mostly Amsterdam) the neighbourhoods of the 2024 district with the "
                                "same name in the same municipality (an approximation)"},
    "map.wijk_missing.one": {
        "nl": "1 wijk van 2022 ontbreekt op de kaart (wit): geen buurt van 2024 draagt haar code (hernummerde of "
              "heringedeelde gemeente). Ze staat op Over de data en is te vinden op Mijn buurt.",
        "en": "1 district of 2022 is missing from the map (white): no 2024 neighbourhood carries its code (a re-coded or "
              "merged municipality). It is listed on About the data and can be found on My neighbourhood."},
    "map.wijk_missing.other": {
        "nl": "{n} wijken van 2022 ontbreken op de kaart (wit): geen buurt van 2024 draagt hun code (hernummerde of "
              "heringedeelde gemeenten). Ze staan op Over de data en zijn te vinden op Mijn buurt.",
        "en": "{n} districts of 2022 are missing from the map (white): no 2024 neighbourhood carries their code (re-coded or "
              "merged municipalities). They are listed on About the data and can be found on My neighbourhood.",
    },
    "map.no_dims_year": {"nl": "Dimensiescores bestaan alleen voor 2014, 2018, 2020 en 2022 (postcodegebieden, wijken) en 2024 "
                               "(buurten, gemeenten); kies zo'n jaar of het totaal.",
                         "en": "Dimension scores exist only for 2014, 2018, 2020 and 2022 (postcode areas, districts) and 2024 "
                               "(buurten, municipalities); choose such a year or the total."},
    "map.download": {"nl": "Download de kaartgegevens (CSV)", "en": "Download the map data (CSV)"},
    "map.download_png": {"nl": "Download de kaart als afbeelding (PNG)", "en": "Download the map as an image (PNG)"},
    "map.netherlands": {"nl": "Nederland", "en": "The Netherlands"},
    "map.change_note": {
        "nl": "Verandering van de afwijking tussen de twee jaren; ‘gelijk gebleven’ is minder dan 0,01.",
        "en": "Change in the deviation between the two years; ‘about the same’ is less than 0.01.",
    },
    # --- national picture
    "nat.title": {"nl": "Het landelijke beeld", "en": "The national picture"},
    "nat.classes.chart": {"nl": "Hoeveel huishoudens wonen in welke klasse? 2024",
                          "en": "How many households live in each class? 2024"},
    "nat.classes.subtitle": {"nl": "Huishoudens per klasse van hun buurt", "en": "Households by the class of their neighbourhood"},
    "nat.weak_line": {
        "nl": "**{hh}** huishoudens (**{pct}**, {inh} inwoners) wonen in een buurt die *zwak* of lager scoort. "
              "Het kabinet noemt voor 2024 ongeveer **963.000** huishoudens, geteld op 100-meterniveau.",
        "en": "**{hh}** households (**{pct}**, {inh} inhabitants) live in a neighbourhood scoring *weak* or lower. "
              "The government reports about **963,000** households for 2024, counted on a 100 m grid.",
    },
    "nat.trend.chart": {"nl": "Leefbaarheid in Nederland, 2002–2022 (afgeleid)", "en": "Liveability in the Netherlands, 2002–2022 (derived)"},
    "nat.trend.subtitle.wijk": {"nl": "Gemiddelde van alle wijken (officiële scores), gewogen met huishoudens; balken: bijdrage per dimensie",
                                "en": "Mean of all wijken (official scores), weighted by households; bars: contribution per dimension"},
    "nat.trend.subtitle.pc4": {"nl": "Gemiddelde van alle postcodegebieden, gewogen met geschatte huishoudens; balken: bijdrage per dimensie",
                               "en": "Mean of all postcode areas, weighted by estimated households; bars: contribution per dimension"},
    "nat.dist.chart": {"nl": "Verdeling van de postcodegebieden over de klassen, 2002–2022",
                       "en": "Postcode areas by class, 2002–2022"},
    "nat.dist.subtitle": {"nl": "Aandeel van de postcodegebieden per klasse", "en": "Share of postcode areas per class"},
    "nat.groups.chart": {"nl": "Aandeel huishoudens in zwakke buurten, 2024", "en": "Share of households in weak neighbourhoods, 2024"},
    "nat.groups.subtitle": {"nl": "Per groep gemeenten en per provincie", "en": "By group of municipalities and by province"},
    "nat.top.title": {"nl": "De tien gemeenten met de meeste huishoudens in zwakke buurten (2024)",
                      "en": "The ten municipalities with most households in weak neighbourhoods (2024)"},
    # --- signalen
    "sig.title": {"nl": "Signalen", "en": "Signals"},
    "sig.intro": {
        "nl": "Drie analyses uit de rapportages aan de Kamer, voor elke periode en regio: wijken of postcodegebieden die "
              "vanuit een zwakke positie sterk stegen of daalden, gebieden die structureel onder druk staan, en "
              "gebieden die vanuit een voldoende score achteruitgaan. Steeds met de dimensie die het verschil maakte.",
        "en": "Three analyses from the reports to parliament, for any period and region: districts or postcode areas that rose or "
              "fell substantially from a weak start, areas under persistent pressure, and areas slipping from a "
              "sufficient score. Always with the dimension that made the difference.",
    },
    "sig.from": {"nl": "Van", "en": "From"},
    "sig.to": {"nl": "Tot", "en": "To"},
    "sig.min_change": {"nl": "Minimale verandering", "en": "Minimum change"},
    "sig.min_change_help": {
        "nl": "Standaard 0,04 op de totaalscore (de afwijking). Dat is ongeveer één klassebreedte van de dimensies (0,0392); de middelste klassen van de totaalscore zijn breder ({widths}), dus 0,04 is minder dan één totaalklasse.",
        "en": "Default 0.04 on the total score (the deviation). That is about one class width of the dimensions (0.0392); the middle classes of the total score are wider ({widths}), so 0.04 is less than one total class.",
    },
    "sig.region": {"nl": "Regio", "en": "Region"},
    "sig.last_step": {"nl": "Laatste stap (2020–2022)", "en": "Last step (2020–2022)"},
    "sig.rf.title": {"nl": "Stijgers en dalers", "en": "Risers and fallers"},
    "sig.rf.definition": {
        "nl": "**Definitie.** {areas} met klasse *zwak* of lager in {a} waarvan de afwijking tot {b} met "
              "minstens {min} veranderde{ref} (omhoog: stijger, omlaag: daler). De drijvende dimensie is de dimensie "
              "die het meest in dezelfde richting bewoog; dimensies bestaan in 2014, 2018, 2020 en 2022.",
        "en": "**Definition.** {areas} of class *weak* or lower in {a} whose deviation changed by at least "
              "{min} by {b}{ref} (up: riser, down: faller). The driving dimension is the one that moved most in the "
              "same direction; dimensions exist for 2014, 2018, 2020 and 2022.",
    },
    "sig.risers": {"nl": "Stijgers", "en": "Risers"},
    "sig.col.direction": {"nl": "Richting", "en": "Direction"},
    "sig.dir.riser": {"nl": "stijger", "en": "riser"},
    "sig.dir.faller": {"nl": "daler", "en": "faller"},
    "sig.fallers": {"nl": "Dalers", "en": "Fallers"},
    "sig.periods.chart": {"nl": "Huishoudens in stijgers en dalers per periode", "en": "Households in risers and fallers per period"},
    "sig.periods.subtitle": {"nl": "Telkens tussen twee opeenvolgende metingen, zelfde drempel, heel Nederland of de gekozen regio",
                             "en": "Between successive measurements, same threshold, the whole country or the chosen region"},
    "sig.up.title": {"nl": "Structureel onder druk", "en": "Under persistent pressure"},
    "sig.up.n": {"nl": "Minstens N keer", "en": "At least N times"},
    "sig.up.m": {"nl": "in de laatste M metingen", "en": "in the last M measurements"},
    "sig.up.definition": {
        "nl": "**Definitie (benadering).** {areas} met klasse *{label}* of lager in minstens {n} van "
              "de laatste {m} metingen ({years}). De brieven tellen buurten op basis van het 100-meterniveau "
              "(431 buurten in 46 gemeenten, ongeveer 495.000 huishoudens, 2024); {areas_lower} zijn groter en "
              "onze reeks eindigt in 2022, dus dit is een benadering. Het kader hieronder zet beide naast elkaar.",
        "en": "**Definition (proxy).** {areas} of class *{label}* or lower in at least {n} of the last "
              "{m} measurements ({years}). The letters count buurten based on the 100 m grid (431 buurten in 46 "
              "municipalities, about 495,000 households, 2024); {areas_lower} are larger and our series ends in "
              "2022, so this is a proxy. The box below puts both side by side.",
    },
    "sig.up.per_gemeente": {"nl": "Aantal per gemeente", "en": "Count per municipality"},
    "sig.ew.title": {"nl": "Vroegsignalering", "en": "Early warning"},
    "sig.ew.relative": {"nl": "Vergeleken met de landelijke verandering", "en": "Relative to the national change"},
    "sig.ew.definition": {
        "nl": "**Definitie.** {areas} met klasse *voldoende* of *ruim voldoende* in {a} waarvan de afwijking "
              "tot {b} met minstens {min} daalde{rel}.",
        "en": "**Definition.** {areas} of class *sufficient* or *more than sufficient* in {a} whose deviation "
              "fell by at least {min} by {b}{rel}.",
    },
    "sig.ew.rel_text": {"nl": ", méér dan de landelijke verandering ({nat})", "en": ", more than the national change ({nat})"},
    "sig.map_unmapped.one": {
        "nl": "Niet op de kaart: {names}. Dit gebied heeft geen grens op de kaart van 2024 (opgedeeld of hernoemd).",
        "en": "Not on the map: {names}. This area has no boundary on the 2024 map (split or renamed)."},
    "sig.map_unmapped.other": {
        "nl": "Niet op de kaart ({n}): {names}. Deze gebieden hebben geen grens op de kaart van 2024 (opgedeeld of hernoemd).",
        "en": "Not on the map ({n}): {names}. These areas have no boundary on the 2024 map (split or renamed)."},
    "map.names": {"nl": "Plaatsnamen", "en": "Place names"},
    "map.names_help": {"nl": "Namen van gemeenten op de landkaart, van wijken, buurten of postcodes als u een provincie of gemeente kiest. "
                              "Minder namen dan gebieden: een naam staat er alleen als hij past.",
                       "en": "Names of gemeenten on the national map; of districts, neighbourhoods or postcodes when you choose a province or gemeente. "
                             "Fewer names than areas: a name is shown only where it fits."},
    "map.few": {"nl": "omlijnd: minder dan {n} huishoudens, score minder zeker", "en": "outlined: fewer than {n} households, score less certain"},
    "map.no_score": {"nl": "geen score", "en": "no score"},
    "map.no_value": {"nl": "geen waarde", "en": "no value"},
    "sig.few": {"nl": "Ook gebieden met minder dan {n} huishoudens", "en": "Include areas with fewer than {n} households"},
    "sig.few_help": {
        "nl": "Scores van gebieden met minder dan {n} huishoudens (bedrijventerreinen, havens, polders) wijken veel "
              "verder uiteen dan die van andere gebieden en staan daardoor vaak bovenaan de stijgers en dalers. "
              "Ze zijn standaard weggelaten; de Leefbaarometer raadt af ze los te lezen.",
        "en": "Scores of areas with fewer than {n} households (business parks, ports, polders) spread much wider than "
              "those of other areas and so often top the risers and fallers. They are left out by default; the "
              "Leefbaarometer advises against reading them on their own."},
    "sig.few_left_out.one": {
        "nl": "Weggelaten omdat er minder dan {n_hh} huishoudens wonen: {names}.",
        "en": "Left out because fewer than {n_hh} households live there: {names}."},
    "sig.few_left_out.other": {
        "nl": "{n} gebieden weggelaten omdat er minder dan {n_hh} huishoudens wonen: {names}.",
        "en": "{n} areas left out because fewer than {n_hh} households live there: {names}."},
    "buurt.few": {
        "nl": "In dit gebied wonen weinig huishoudens (ongeveer {hh}). Bij zo weinig bewoners kan de score uitschieten; "
              "lees hem samen met de buurgebieden en de gemeente, niet los.",
        "en": "Few households live in this area (about {hh}). With so few residents the score can be extreme; "
              "read it together with the neighbouring areas and the gemeente, not on its own."},
    "buurt.few.none": {
        "nl": "In dit gebied wonen (bijna) geen huishoudens: een bedrijventerrein, haven of polder. De score zegt hier weinig "
              "over wonen; lees hem samen met de buurgebieden en de gemeente, niet los.",
        "en": "(Almost) no households live in this area: a business park, port or polder. Its score says little about "
              "living here; read it together with the neighbouring areas and the gemeente, not on its own."},
    "sig.none": {"nl": "Geen gebieden voldoen aan deze definitie.", "en": "No areas meet this definition."},
    "sig.bad_years": {"nl": "Het beginjaar moet vóór het eindjaar liggen; de standaardperiode wordt getoond.",
                      "en": "The start year must come before the end year; showing the default period."},
    "sig.col.area": {"nl": "Postcode", "en": "Postcode"},
    "sig.col.area.wijk": {"nl": "Wijk", "en": "District"},
    "sig.level": {"nl": "Niveau", "en": "Level"},
    "pub.wijk_note": {
        "nl": "De rijen voor wijken passen dezelfde regel toe op de officiële wijkscores (huishoudens CBS 2022, "
              "landelijke verandering van de wijken); wijken zijn groter dan buurten, dus ook daar middelt een deel weg.",
        "en": "The district rows apply the same rule to the official district scores (CBS 2022 households, the "
              "districts' national change); districts are larger than buurten, so there too some of it averages away.",
    },
    "sig.level.pc4": {"nl": "Postcodegebieden", "en": "Postcode areas"},
    "sig.level.wijk": {"nl": "Wijken", "en": "Districts (wijken)"},
    "sig.level_help": {
        "nl": "Beide reeksen zijn officieel (editie 2022). Wijken zijn kleiner dan de meeste postcodegebieden "
              "buiten de steden en groter in de steden; de brieven tellen buurten en 100-metercellen.",
        "en": "Both series are official (2022 edition). Districts are smaller than most postcode areas outside the "
              "cities and larger within them; the letters count buurten and 100 m cells.",
    },
    "sig.up.areas.wijk": {"nl": "Wijken", "en": "Districts"},
    "rec.level.pc4": {"nl": "postcodegebieden", "en": "postcode areas"},
    "rec.level.wijk": {"nl": "wijken", "en": "districts (wijken)"},
    "rec.up.ours.wijk": {"nl": "{areas} wijken in {gemeenten} gemeenten, ongeveer {households} huishoudens "
                               "({label} of lager in minstens {n} van de metingen {years})",
                         "en": "{areas} districts in {gemeenten} municipalities, about {households} households "
                               "({label} or lower in at least {n} of the measurements {years})"},
    "rec.up.why.wijk": {
        "nl": "Wijken (ongeveer vier buurten elk) in plaats van buurten; officiële wijkscores tot en met 2022, "
              "huishoudens van 2022; de precieze regel van de brief staat niet in de open data, de onze staat op "
              "Signalen.",
        "en": "Districts (about four buurten each) instead of buurten; official district scores up to 2022, 2022 "
              "households; the letter's exact rule is not in the open data, ours is on Signals.",
    },
    "rec.rf.why.wijk": {
        "nl": "De brieven tellen alleen de delen van buurten (100-metercellen) die sterk veranderden; wij tellen alle huishoudens van een wijk die als geheel sterk veranderde, ook waar maar een deel ervan veranderde: daarom zijn onze aantallen groter. Wij meten ten opzichte van de landelijke verandering van de wijken (instelbaar op Signalen); huishoudens van 2022.",
        "en": "The letters count only the parts of buurten (100 m cells) that changed substantially; we count all households of a district that changed substantially as a whole, also where only part of it changed: that is why our numbers are larger. We measure relative to the districts' national change (settable on Signals); 2022 households.",
    },
    "sig.col.from": {"nl": "Klasse begin", "en": "Class start"},
    "sig.col.to": {"nl": "Klasse eind", "en": "Class end"},
    "sig.col.change": {"nl": "Verandering", "en": "Change"},
    "sig.col.driver": {"nl": "Drijvende dimensie", "en": "Driving dimension"},
    "sig.col.weak_years": {"nl": "Keer {label} of lager", "en": "Times {label} or lower"},
    "sig.col.run": {"nl": "Langste reeks", "en": "Longest run"},
    "sig.col.depth": {"nl": "Gem. afwijking (zwakke jaren)", "en": "Mean deviation (weak years)"},
    "sig.col.lowest": {"nl": "Laagste klasse", "en": "Lowest class"},
    "sig.col.weakest": {"nl": "Zwakste dimensie", "en": "Weakest dimension"},
    "sig.col.relative": {"nl": "T.o.v. landelijk", "en": "Relative to national"},
    # --- thema's
    "themes.title": {"nl": "Thema's", "en": "Themes"},
    "themes.intro": {
        "nl": "Hoe gaat leefbaarheid samen met onderwijs, inkomen, criminaliteit, gezondheid, hitte en groen? "
              "Kies een indicator en zie de samenhang met de Leefbaarometer, per gebied.",
        "en": "How does liveability go together with education, income, crime, health, heat and green? "
              "Choose an indicator and see its link with the Leefbaarometer, area by area.",
    },
    "themes.no_cause": {
        "nl": "**Samenhang is geen oorzaak.** Een verband tussen deze indicator en de leefbaarheid zegt niet dat "
              "het een het ander veroorzaakt; beide kunnen samenhangen met iets anders. De Leefbaarometer 3.0 "
              "gebruikt zelf geen kenmerken van bewoners (zoals inkomen, opleiding of arbeidsverleden), maar "
              "kenmerken van de woonomgeving kunnen wel met die van de bewoners samenhangen.",
        "en": "**Correlation is not causation.** A link between this indicator and liveability does not mean one "
              "causes the other; both may depend on something else. Leefbaarometer 3.0 itself uses no "
              "characteristics of residents (such as income, education or work history), but characteristics "
              "of the living environment can go together with those of its residents.",
    },
    "themes.theme": {"nl": "Thema", "en": "Theme"},
    "themes.indicator": {"nl": "Indicator", "en": "Indicator"},
    "themes.level": {"nl": "Niveau", "en": "Level"},
    "themes.measure": {"nl": "Leefbaarheidsmaat", "en": "Liveability measure"},
    "theme.education": {"nl": "Onderwijs", "en": "Education"},
    "theme.income": {"nl": "Inkomen", "en": "Income"},
    "theme.crime": {"nl": "Criminaliteit", "en": "Crime"},
    "theme.health": {"nl": "Gezondheid", "en": "Health"},
    "theme.heat_green": {"nl": "Hitte en groen", "en": "Heat and green"},
    "theme.ses": {"nl": "Sociaal-economische status", "en": "Socio-economic status"},
    "theme.upload": {"nl": "Eigen indicator (upload)", "en": "Own indicator (upload)"},
    "themes.source": {"nl": "Indicator: {source} ({year}). Leefbaarheid: {lbm}.", "en": "Indicator: {source} ({year}). Liveability: {lbm}."},
    "themes.matched": {
        "nl": "{matched} van de {total} gebieden met een waarde zijn gekoppeld aan een leefbaarheidsscore.",
        "en": "{matched} of the {total} areas with a value were matched to a liveability score.",
    },
    "themes.unmatched": {"nl": "Niet gekoppeld ({n}): andere gebiedsindeling of geen score", "en": "Not matched ({n}): other boundaries or no score"},
    "themes.too_few": {"nl": "Te weinig gekoppelde gebieden (minder dan 5) voor een grafiek.",
                       "en": "Too few matched areas (fewer than 5) for a chart."},
    "themes.stats": {
        "nl": "Pearson r = **{r}** (95%-interval {lo} tot {hi}) · Spearman ρ = **{rho}** ({rlo} tot {rhi}) · n = **{n}**",
        "en": "Pearson r = **{r}** (95% interval {lo} to {hi}) · Spearman ρ = **{rho}** ({rlo} to {rhi}) · n = **{n}**",
    },
    "themes.scatter": {"nl": "{indicator} en {measure}", "en": "{indicator} and {measure}"},
    "themes.scatter_sub": {"nl": "Elke stip is een {level}, in de kleur van zijn klasse; stippellijn: kleinste-kwadratenlijn",
                           "en": "Each dot is a {level} in its class colour; dashed: least-squares line"},
    "themes.bars": {"nl": "{indicator} per leefbaarheidsklasse", "en": "{indicator} by liveability class"},
    "themes.bars_sub": {"nl": "Gemiddelde per klasse, gewogen met huishoudens (CBS 2024); n = aantal gebieden",
                        "en": "Mean per class, weighted by households (CBS 2024); n = number of areas"},
    "themes.bars_sub_unweighted": {"nl": "Gemiddelde van de gebieden in elke klasse (ongewogen: geen huishoudens bekend)",
                                   "en": "Mean of the areas in each class (unweighted: no households known)"},
    "themes.log": {"nl": "Logaritmische schaal voor de indicator", "en": "Logarithmic scale for the indicator"},
    "themes.fit": {"nl": "Lijn", "en": "Fit"},
    "themes.highlighted": {"nl": "Gekozen", "en": "Chosen"},
    "themes.highlight": {"nl": "Markeer gebieden", "en": "Highlight areas"},
    "themes.upload.title": {"nl": "Eigen indicator", "en": "Your own indicator"},
    "themes.upload.help": {
        "nl": "Een CSV met een kolom `code` (GM0363, BU03630000, WK036300 of een postcode) en een kolom `value`; "
              "eventueel `year` en `label`; hooguit 5 MB. Het bestand blijft alleen in deze sessie en wordt nergens opgeslagen.",
        "en": "A CSV with a `code` column (GM0363, BU03630000, WK036300 or a postcode) and a `value` column; "
              "optionally `year` and `label`; 5 MB at most. The file stays in this session only and is never stored.",
    },
    "themes.upload.label": {"nl": "CSV-bestand", "en": "CSV file"},
    "themes.upload.ok": {"nl": "{n} waarden gelezen op niveau {level}.", "en": "{n} values read at level {level}."},
    "themes.upload.unknown": {"nl": "Onbekende codes ({n}), genegeerd: {codes}", "en": "Unknown codes ({n}), ignored: {codes}"},
    "upload.empty": {"nl": "Het bestand is leeg.", "en": "The file is empty."},
    "upload.too_big": {"nl": "Het bestand is {mb} MB; het maximum is {max_mb} MB.", "en": "The file is {mb} MB; the maximum is {max_mb} MB."},
    "upload.binary": {"nl": "Dit is geen tekstbestand (CSV).", "en": "This is not a text (CSV) file."},
    "upload.unreadable": {"nl": "Het bestand is geen leesbare CSV: {detail}", "en": "The file is not a readable CSV: {detail}"},
    "upload.no_code": {"nl": "Geen kolom met gebiedscodes gevonden (verwacht `code`); kolommen: {columns}.",
                       "en": "No column with area codes found (expected `code`); columns: {columns}."},
    "upload.no_value": {"nl": "Geen kolom `value` gevonden; kolommen: {columns}.", "en": "No `value` column found; columns: {columns}."},
    "upload.not_numeric": {"nl": "{count} waarden zijn geen getal, bijvoorbeeld op regel {lines}.",
                           "en": "{count} values are not numbers, e.g. on line {lines}."},
    "upload.duplicates": {"nl": "{count} codes komen meer dan eens voor: {codes}.", "en": "{count} codes occur more than once: {codes}."},
    "upload.no_known_codes": {"nl": "Geen herkenbare gebiedscodes, bijvoorbeeld: {examples}.",
                              "en": "No recognisable area codes, e.g.: {examples}."},
    # --- levels
    "level.pc4": {"nl": "postcodegebied (PC4)", "en": "postcode area (PC4)"},
    "level.buurt": {"nl": "buurt", "en": "neighbourhood (buurt)"},
    "level.gemeente": {"nl": "gemeente", "en": "municipality"},
    "level.wijk": {"nl": "wijk", "en": "district (wijk)"},
    "level.nl": {"nl": "Nederland", "en": "the Netherlands"},
    # --- dimensions
    "dim.afw": {"nl": "Totaal", "en": "Total"},
    "dim.fys": {"nl": "Fysieke omgeving", "en": "Physical environment"},
    "dim.won": {"nl": "Woningvoorraad", "en": "Housing stock"},
    "dim.vrz": {"nl": "Voorzieningen", "en": "Amenities"},
    "dim.soc": {"nl": "Sociale samenhang", "en": "Social cohesion"},
    "dim.onv": {"nl": "Overlast en onveiligheid", "en": "Nuisance and insecurity"},
    "dimdesc.fys": {
        "nl": "Groen, water, geluid en luchtkwaliteit, risico's zoals overstroming.",
        "en": "Green space, water, noise and air quality, risks such as flooding.",
    },
    "dimdesc.won": {
        "nl": "Soort, grootte en ouderdom van de woningen.",
        "en": "Type, size and age of the homes.",
    },
    "dimdesc.vrz": {
        "nl": "Afstand tot winkels, scholen, zorg, cultuur, horeca en openbaar vervoer.",
        "en": "Distance to shops, schools, care, culture, restaurants and public transport.",
    },
    "dimdesc.soc": {
        "nl": "Samenstelling en stabiliteit van de bevolking: verhuizingen, leeftijd, gezinnen.",
        "en": "Make-up and stability of the population: moves, age, families.",
    },
    "dimdesc.onv": {
        "nl": "Geweld, vernielingen, inbraken en andere overlast.",
        "en": "Violence, vandalism, burglary and other nuisance.",
    },
    # --- class words (1–9): total score, dimension scores (relative to the reference), change
    "class.1": {"nl": "zeer onvoldoende", "en": "very poor"},
    "class.2": {"nl": "ruim onvoldoende", "en": "largely insufficient"},
    "class.3": {"nl": "onvoldoende", "en": "insufficient"},
    "class.4": {"nl": "zwak", "en": "weak"},
    "class.5": {"nl": "voldoende", "en": "sufficient"},
    "class.6": {"nl": "ruim voldoende", "en": "more than sufficient"},
    "class.7": {"nl": "goed", "en": "good"},
    "class.8": {"nl": "zeer goed", "en": "very good"},
    "class.9": {"nl": "uitstekend", "en": "excellent"},
    "dimclass.1": {"nl": "zeer veel lager", "en": "far below"},
    "dimclass.2": {"nl": "veel lager", "en": "well below"},
    "dimclass.3": {"nl": "lager", "en": "below"},
    "dimclass.4": {"nl": "iets lager", "en": "slightly below"},
    "dimclass.5": {"nl": "gemiddeld", "en": "average"},
    "dimclass.6": {"nl": "iets hoger", "en": "slightly above"},
    "dimclass.7": {"nl": "hoger", "en": "above"},
    "dimclass.8": {"nl": "veel hoger", "en": "well above"},
    "dimclass.9": {"nl": "zeer veel hoger", "en": "far above"},
    "change.1": {"nl": "sterk gedaald", "en": "fell sharply"},
    "change.2": {"nl": "gedaald", "en": "fell"},
    "change.3": {"nl": "iets gedaald", "en": "fell somewhat"},
    "change.4": {"nl": "licht gedaald", "en": "fell slightly"},
    "change.5": {"nl": "gelijk gebleven", "en": "about the same"},
    "change.6": {"nl": "licht gestegen", "en": "rose slightly"},
    "change.7": {"nl": "iets gestegen", "en": "rose somewhat"},
    "change.8": {"nl": "gestegen", "en": "rose"},
    "change.9": {"nl": "sterk gestegen", "en": "rose sharply"},
    "label.gemeente": {"nl": "{name} (gemeente)", "en": "{name} (municipality)"},
    "label.pc4": {"nl": "{name} (postcodegebied)", "en": "{name} (postcode area)"},
    "label.pc4.in": {"nl": "{name} (postcodegebied in {gemeente})", "en": "{name} (postcode area in {gemeente})"},
    "label.buurt": {"nl": "{name} (buurt)", "en": "{name} (neighbourhood)"},
    "label.buurt.in": {"nl": "{name} (buurt in {gemeente})", "en": "{name} (neighbourhood in {gemeente})"},
    # --- wijken: the official 2002–2022 series (issue 19)
    "label.wijk": {"nl": "{name} (wijk)", "en": "{name} (district)"},
    "label.wijk.in": {"nl": "{name} (wijk in {gemeente})", "en": "{name} (district in {gemeente})"},
    "method.wijk_weights": {
        "nl": "gemiddelde van officiële wijkscores gewogen met huishoudens (CBS 2022 per wijk, de wijkindeling van "
              "de scores; huishoudens van 2022 ook voor eerdere jaren)",
        "en": "mean of official wijk scores weighted by households (CBS 2022 per wijk, the wijk division of the "
              "scores; 2022 households for earlier years too)",
    },
    "buurt.compare.gm_derived.pc4": {
        "nl": "gemeente = gemiddelde van haar postcodegebieden, gewogen met huishoudens (CBS 2024 per buurt, verdeeld naar oppervlakte van de overlap)",
        "en": "municipality = mean of its postcode areas, weighted by households (CBS 2024 per buurt, split by area of overlap)",
    },
    "buurt.compare.gm_derived.wijk": {
        "nl": "gemeente = gemiddelde van haar wijken, gewogen met huishoudens (CBS 2022 per wijk)",
        "en": "municipality = mean of its wijken, weighted by households (CBS 2022 per wijk)",
    },
    "buurt.compare.nl_derived.wijk": {
        "nl": "Nederland = gemiddelde van alle wijken, gewogen met huishoudens (CBS 2022)",
        "en": "the Netherlands = mean of all wijken, weighted by households (CBS 2022)",
    },
    "buurt.trend.from_wijk": {
        "nl": "Voor buurten bestaat alleen 2024. Hieronder de officiële reeks van **{wijk}**, de wijk waarin deze buurt ligt: dezelfde wijkcode met dezelfde naam en een vergelijkbaar aantal inwoners in 2022 en 2024. Een groter gebied, uit de editie 2022 van de Leefbaarometer.",
        "en": "Neighbourhoods only have 2024. Below is the official series of **{wijk}**, the district this neighbourhood lies in: the same wijk code with the same name and a comparable number of inhabitants in 2022 and 2024. A larger area, from the 2022 edition of the Leefbaarometer.",
    },
    "buurt.trend.gemeente_derived.wijk": {
        "nl": "Voor gemeenten publiceert de Leefbaarometer hier alleen 2024. De reeks hieronder is een eigen "
              "berekening uit officiële scores: het gemiddelde van de wijken van de gemeente, gewogen met "
              "huishoudens (CBS 2022). De wijken met een score dekken in elk jaar minstens {coverage} van de "
              "huishoudens. Dezelfde reeks staat op Gemeenten vergelijken.",
        "en": "For municipalities only 2024 is published here. The series below is our own calculation from "
              "official scores: the mean of the municipality's wijken, weighted by households (CBS 2022). In "
              "every year the wijken with a score hold at least {coverage} of the households. The same series "
              "is on Compare municipalities.",
    },
    "buurt.trend.gemeente_derived.pc4": {
        "nl": "Voor gemeenten publiceert de Leefbaarometer hier alleen 2024. De wijken dekken deze gemeente niet "
              "(laagste dekking {coverage}); de reeks hieronder is het gemiddelde van de postcodegebieden in de "
              "gemeente, gewogen met huishoudens (editie 2022).",
        "en": "For municipalities only 2024 is published here. The wijken do not cover this municipality (lowest "
              "coverage {coverage}); the series below is the mean of the postcode areas in the municipality, "
              "weighted by households (2022 edition).",
    },
    "buurt.trend.nl_line.wijk": {
        "nl": "Nederland = gemiddelde van alle wijken, gewogen met huishoudens (CBS 2022)",
        "en": "the Netherlands = mean of all wijken, weighted by households (CBS 2022)",
    },
    "buurt.trend.nl_line.pc4": {
        "nl": "Nederland = gemiddelde van alle postcodegebieden, gewogen met huishoudens (CBS 2024)",
        "en": "the Netherlands = mean of all postcode areas, weighted by households (CBS 2024)",
    },
    "buurt.map.by_name": {
        "nl": "De omtrek van deze wijk is benaderd: haar code bestaat in 2024 niet meer, dus tekenen we de buurten "
              "van de wijk van 2024 met dezelfde naam ({code}).",
        "en": "This district's outline is approximated: its code no longer exists in 2024, so we draw the "
              "neighbourhoods of the 2024 district with the same name ({code}).",
    },
    "buurt.map.no_outline": {
        "nl": "Deze wijk bestaat alleen in de wijkindeling van 2022: geen buurt van 2024 draagt haar code, dus er "
              "is hier geen omtrek om te tekenen.",
        "en": "This district exists only in the 2022 division: no 2024 neighbourhood carries its code, so there "
              "is no outline to draw here.",
    },
    "level.wijk.series": {"nl": "wijken (officieel, 2002–2022)", "en": "districts (official, 2002–2022)"},
    "col.code": {"nl": "Code", "en": "Code"},
    "col.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "col.area": {"nl": "Gebied", "en": "Area"},
    "over.wijk.title": {"nl": "Wijken: de officiële reeks 2002–2022", "en": "Districts: the official series 2002–2022"},
    "over.wijk.body": {
        "nl": "De Leefbaarometer publiceert scores voor **{total} wijken** (wijkindeling 2022; {latest} in 2022), "
              "berekend door de makers op het 100-meterniveau: geen gemiddelden van buurten of postcodegebieden. "
              "Controles bij de bouw: codes, jaren, bereik, afw = som van de dimensies, en lbm − afw = {reference} "
              "op elke rij. Koppeling aan de gemeenten van 2024: {buurten} wijken via de buurten van 2024 met hun "
              "code, {same} via hun gemeentecode die nog bestaat, {merger} via een gemeentelijke herindeling die de "
              "data tonen; {none} zonder gemeente. {outline} wijken hebben een omtrek (hun buurten van 2024 "
              "samengevoegd), waarvan {by_name} benaderd met de wijk van 2024 met dezelfde naam in dezelfde "
              "gemeente (hernummerde wijken, vooral Amsterdam). Gewicht: huishoudens per wijk uit CBS Kerncijfers 2022 ({households} wijken met "
              "huishoudens). De trends per gemeente en van Nederland komen uit deze wijken.",
        "en": "The Leefbaarometer publishes scores for **{total} districts** (2022 division; {latest} in 2022), "
              "computed by its makers on the 100 m grid: not averages of buurten or postcode areas. Checked in the "
              "build: codes, years, ranges, afw = sum of the dimensions, and lbm − afw = {reference} on every row. "
              "Link to the 2024 municipalities: {buurten} districts through the 2024 buurten carrying their code, "
              "{same} through their municipality code that still exists, {merger} through a municipal merger the "
              "data show; {none} without a municipality. {outline} districts have an outline (their 2024 buurten "
              "merged), {by_name} of them approximated by the 2024 district with the same name in the same "
              "municipality (re-coded districts, mostly Amsterdam). Weight: households per district from CBS kerncijfers 2022 ({households} districts with "
              "households). The trends per municipality and of the Netherlands come from these districts.",
    },
    "over.wijk.compare": {
        "nl": "Vroeger kwamen de gemeentetrends uit postcodegebieden. Beide afleidingen naast elkaar voor {n} "
              "gemeenten: mediaan van het gemiddelde verschil {median}, grootste verschil {worst}; bij {over} "
              "gemeenten is het grootste verschil meer dan één klassebreedte van de dimensies (0,0392). De tien "
              "grootste verschillen (postcodegebieden min wijken):",
        "en": "Municipal trends used to come from postcode areas. Both derivations side by side for {n} "
              "municipalities: median of the mean difference {median}, largest difference {worst}; for {over} "
              "municipalities the largest difference exceeds one dimension class width (0.0392). The ten largest "
              "differences (postcode areas minus districts):",
    },
    "over.wijk.col.mean": {"nl": "Gem. verschil", "en": "Mean difference"},
    "over.wijk.col.max": {"nl": "Grootste verschil", "en": "Largest difference"},
    "over.wijk.col.year": {"nl": "In jaar", "en": "In year"},
    "over.wijk.col.sign": {"nl": "PC4 − wijken", "en": "PC4 − districts"},
    "over.wijk.col.link": {"nl": "Gekoppeld via", "en": "Linked through"},
    "over.wijk.link.buurten": {"nl": "buurten van 2024", "en": "2024 buurten"},
    "over.wijk.link.same_code": {"nl": "gemeentecode", "en": "municipality code"},
    "over.wijk.link.merger": {"nl": "herindeling", "en": "merger"},
    "over.wijk.link.None": {"nl": "geen", "en": "none"},
    "over.wijk.missing": {
        "nl": "{n} wijken zonder omtrek (alleen in de indeling van 2022, of hun code hoort nu bij een ander gebied)",
        "en": "{n} districts without an outline (2022 division only, or their code now belongs to another area)",
    },
    "map.tooltip.class": {"nl": "Klasse", "en": "Class"},
    # Short, so the four fit side by side on a phone.
    "map.level.gemeente": {"nl": "Gemeenten", "en": "Municipalities"},
    "map.level.wijk": {"nl": "Wijken", "en": "Districts"},
    "map.level.buurt": {"nl": "Buurten", "en": "Neighbourhoods"},
    "map.level.pc4": {"nl": "PC4", "en": "PC4"},
    "map.table": {"nl": "De kaart als tabel ({n} gebieden)", "en": "The map as a table ({n} areas)"},
    "map.table.change": {"nl": "Verandering", "en": "Change"},
    "buurt.map.table": {"nl": "De buren als tabel", "en": "The neighbours as a table"},
    "map.tooltip.change": {"nl": "Afwijking", "en": "Deviation"},
    "sig.section": {"nl": "Signaal", "en": "Signal"},
    "buurt.section": {"nl": "Onderdeel", "en": "Part"},
    "over.section": {"nl": "Onderdeel", "en": "Part"},
    "ui.csv_help": {"nl": "Met puntkomma's en decimale komma's, zoals Excel in het Nederlands het opent.",
                    "en": "With commas between fields and decimal points, as Excel in English opens it."},
    "cmp.section": {"nl": "Onderdeel", "en": "Part"},
    "cmp.section.compare": {"nl": "De gekozen gemeenten", "en": "The chosen municipalities"},
    "cmp.section.ranking": {"nl": "Alle gemeenten gerangschikt", "en": "All municipalities ranked"},
    "cmp.section.groups": {"nl": "G4, G40 en de rest", "en": "G4, G40 and the rest"},
    "over.section.about": {"nl": "Wat het meet", "en": "What it measures"},
    "over.section.sources": {"nl": "Bronnen en dekking", "en": "Sources and coverage"},
    "over.section.wijk": {"nl": "Wijken en zoeken", "en": "Districts and search"},
    "over.section.letters": {"nl": "Naast de Kamerbrieven", "en": "Beside the ministry's letters"},
    "buurt.section.score": {"nl": "Waarom deze score", "en": "Why this score"},
    "buurt.section.trend": {"nl": "Ontwikkeling", "en": "Development"},
    "buurt.section.map": {"nl": "Kaart", "en": "Map"},
    "buurt.section.living": {"nl": "Gezondheid, hitte en school", "en": "Health, heat and school"},
    # --- derived figures: one method, named where shown
    "method.pc4_weights": {
        "nl": "gemiddelde van postcodegebieden gewogen met huishoudens (CBS 2024 per buurt, verdeeld over de "
              "postcodegebieden naar oppervlakte van de overlap; huishoudens van 2024 ook voor eerdere jaren)",
        "en": "mean of postcode areas weighted by households (CBS 2024 per buurt, split over the postcode areas by "
              "area of overlap; 2024 households for earlier years too)",
    },
    "start.weak_derived": {"nl": "huishoudens (CBS 2024) opgeteld over buurten per Leefbaarometerklasse",
                           "en": "households (CBS 2024) summed over buurten per Leefbaarometer class"},
    "col.weak_households": {"nl": "Huishoudens in zwakke buurten", "en": "Households in weak buurten"},
    "col.households_est": {"nl": "Huishoudens (schatting)", "en": "Households (estimate)"},
    "col.households_per_buurt": {"nl": "Huishoudens per buurt (mediaan)", "en": "Households per buurt (median)"},
    "col.spread_rank": {"nl": "Rang spreiding", "en": "Spread rank"},
    "cmp.spread.few": {
        "nl": "{names}: minder dan {n} buurten. De spreiding van zo weinig buurten zegt weinig; deze gemeenten "
              "staan niet in de rangorde van de spreiding.",
        "en": "{names}: fewer than {n} buurten. The spread of so few buurten means little; these municipalities "
              "are left out of the spread ranking.",
    },
    "cmp.spread.size": {
        "nl": "Buurten verschillen sterk in grootte tussen gemeenten (Amsterdam heeft veel kleine buurten, Rotterdam "
              "minder en grotere): bij grotere buurten middelt meer weg en lijkt de spreiding kleiner. Zie de kolom "
              "huishoudens per buurt. De doos in de grafiek toont dezelfde gewogen kwartielen als de tabel.",
        "en": "Buurt size differs a lot between municipalities (Amsterdam has many small buurten, Rotterdam fewer and "
              "larger ones): larger buurten average more away and the spread looks smaller. See the households per "
              "buurt column. The box in the chart shows the same weighted quartiles as the table.",
    },
    "cmp.rank.show_few": {"nl": "Ook de spreiding tonen van gemeenten met minder dan {n} buurten",
                          "en": "Also show the spread of municipalities with fewer than {n} buurten"},
    "sig.reference": {"nl": "Verandering gemeten", "en": "Change measured"},
    "sig.reference.nat": {"nl": "ten opzichte van de landelijke verandering", "en": "relative to the national change"},
    "sig.reference.abs": {"nl": "absoluut", "en": "absolute"},
    "sig.reference_help": {
        "nl": "Het landelijk gemiddelde steeg in elke periode. Absoluut gemeten 'stijgt' dan bijna elk zwak gebied; "
              "ten opzichte van de landelijke verandering telt alleen wat sterker steeg of daalde dan het land. Dat "
              "komt dichter bij de brieven en is de standaard.",
        "en": "The national mean rose in every period. Measured absolutely, almost every weak area 'rises'; relative "
              "to the national change only what rose or fell more than the country counts. That comes closer to "
              "the letters and is the default.",
    },
    "sig.rf.ref_nat": {"nl": ", bovenop de landelijke verandering in dezelfde periode",
                       "en": ", beyond the national change over the same period"},
    "sig.rf.ref_abs": {"nl": " (absoluut)", "en": " (absolute)"},
    "sig.households_help": {"nl": "Ongeveer {hh} huishoudens (schatting, CBS {year})",
                            "en": "About {hh} households (estimate, CBS {year})"},
    "sig.national_change": {"nl": "Landelijke verandering", "en": "National change"},
    "sig.rf.households": {
        "nl": "In deze gebieden wonen ongeveer **{risers}** huishoudens in stijgers en **{fallers}** in dalers "
              "(schatting met huishoudens van {year}).",
        "en": "About **{risers}** households live in risers and **{fallers}** in fallers (estimated with {year} "
              "households).",
    },
    "sig.periods.axis": {"nl": "Huishoudens (dalers omlaag)", "en": "Households (fallers down)"},
    "sig.up.class": {"nl": "Klasse", "en": "Class"},
    "sig.up.class_or_lower": {"nl": "{label} of lager", "en": "{label} or lower"},
    "sig.up.areas": {"nl": "Postcodegebieden", "en": "Postcode areas"},
    "sig.up.gemeenten": {"nl": "Gemeenten", "en": "Municipalities"},
    "pub.beside.title": {"nl": "Naast de cijfers uit de Kamerbrieven", "en": "Beside the figures of the letters to parliament"},
    "pub.national_only": {"nl": "Dit kader geldt voor heel Nederland, ook als een regio is gekozen.",
                          "en": "This box covers the whole country, also when a region is chosen."},
    "pub.rf.why": {
        "nl": "De brieven tellen delen van buurten (100-metercellen) met een zwakke score die sterk veranderden; wij "
              "tellen hele postcodegebieden, die groter zijn en veel kleine stijgingen en dalingen uitmiddelen. Onze "
              "huishoudens zijn die van 2024. De reeks per postcodegebied eindigt in 2022: 2022–2024 is niet te "
              "berekenen. Onze drempel (0,04 op de totaalscore, ongeveer één klassebreedte van de dimensies) staat niet in "
              "de brieven.",
        "en": "The letters count parts of buurten (100 m cells) with a weak score that changed substantially; we count "
              "whole postcode areas, which are larger and average many small rises and falls away. Our households "
              "are those of 2024. The postcode-area series ends in 2022: 2022–2024 cannot be computed. The "
              "threshold (0.04 on the total score, about one class width of the dimensions) is not stated in the letters.",
    },
    "pub.up.why": {
        "nl": "De brieven tellen buurten op basis van het 100-meterniveau tot en met 2024; wij tellen postcodegebieden "
              "(ongeveer drie buurten per gebied) tot en met 2022, met onze eigen definitie. Het aantal huishoudens is "
              "het best vergelijkbaar; het aantal gebieden niet.",
        "en": "The letters count buurten based on the 100 m grid up to 2024; we count postcode areas (about three "
              "buurten each) up to 2022, with our own definition. The number of households compares best; the "
              "number of areas does not.",
    },
    "themes.missing_gemeenten": {
        "nl": "Niet gekoppeld, vooral door gewijzigde gebiedscodes: {list}. Deze gebieden ontbreken in de grafieken.",
        "en": "Not joined, mostly because area codes changed: {list}. These areas are missing from the charts.",
    },
    "themes.merged_territory": {
        "nl": "Let op: de cijfers van {year} gaan over het grondgebied van toen. Deze gemeenten zijn sindsdien groter "
              "geworden, hun cijfer dekt het toegevoegde deel niet: {list}.",
        "en": "Note: the {year} figures cover the territory of that year. These municipalities have grown since; "
              "their figure does not cover the part added: {list}.",
    },
    "over.coverage_ind.title": {"nl": "Welke indicator koppelt waar", "en": "Which indicator joins where"},
    "over.coverage_ind.caption": {
        "nl": "Een indicator wordt op een niveau aangeboden als minstens {share}% van zijn waarden een gebied van 2024 "
              "vindt, of minstens {share}% van de gebieden van 2024 een waarde krijgt, en het er minstens {n} zijn. "
              "De rest wordt niet getoond (zoals SES-WOA met codes van 2019 en de steekproef van 317 buurten). Waar "
              "een buurtcode sinds het jaar van de indicator veranderde, heeft die buurt geen waarde: er wordt niet "
              "teruggevallen op wijk of gemeente.",
        "en": "An indicator is offered at a level when at least {share}% of its values find a 2024 area, or at least "
              "{share}% of the 2024 areas get a value, and at least {n} do. The rest is not shown (such as SES-WOA "
              "with 2019 codes and the 317-buurt sample). Where a buurt code changed since the indicator's year, "
              "that buurt has no value: there is no fallback to wijk or gemeente.",
    },
    "col.indicator": {"nl": "Indicator", "en": "Indicator"},
    "themes.former_gemeente": {"nl": "{code}, een opgeheven gemeente", "en": "{code}, a former municipality"},
    "col.values": {"nl": "Waarden", "en": "Values"},
    "col.joined": {"nl": "Gekoppeld", "en": "Joined"},
    "col.offered": {"nl": "Aangeboden", "en": "Offered"},
    "col.joined_share": {"nl": "% van de waarden gekoppeld", "en": "% of values joined"},
    "col.areas_covered": {"nl": "% van de gebieden van 2024 met een waarde", "en": "% of 2024 areas with a value"},
    "ui.yes": {"nl": "ja", "en": "yes"},
    "ui.no": {"nl": "nee", "en": "no"},
    "rec.health.factor": {"nl": "factor {factor} (onvoldoende tegen uitstekend; brief 2022)",
                          "en": "factor {factor} (insufficient against excellent; 2022 letter)"},
    "rec.health.pair": {"nl": "{weak}% tegen {best}% (brief 2022)", "en": "{weak}% against {best}% (2022 letter)"},
    "rec.health.ours": {"nl": "factor {factor}: {weak}% (klasse onvoldoende of lager) tegen {best}% (uitstekend)",
                        "en": "factor {factor}: {weak}% (class insufficient or lower) against {best}% (excellent)"},
    "rec.health.diff_factor": {
        "nl": "kleiner verschil: factor {ours} tegen {published}",
        "en": "smaller gap: factor {ours} against {published}",
    },
    "rec.health.diff_pair": {"nl": "{weak} en {best} procentpunt", "en": "{weak} and {best} percentage points"},
    "rec.health.topic.longterm": {"nl": "Gezondheid: ernstig beperkt door langdurige ziekte",
                                  "en": "Health: seriously limited by long-term illness"},
    "rec.health.topic.mental": {"nl": "Gezondheid: psychische problemen", "en": "Health: mental health problems"},
    "rec.health.topic.stress": {"nl": "Gezondheid: veel stress of gemis aan steun", "en": "Health: much stress or missing support"},
    "rec.health.topic.resilience": {"nl": "Gezondheid: zeer lage veerkracht", "en": "Health: very low resilience"},
    "rec.health.topic.poor": {"nl": "Gezondheid: (zeer) slechte ervaren gezondheid, 2022",
                              "en": "Health: (very) poor perceived health, 2022"},
    "rec.health.why.longterm": {
        "nl": "RIVM-schatting 'ernstig beperkt vanwege gezondheid' (2020) komt het dichtst bij de woorden van de brief "
              "('langdurige ziekte en beperkt' geeft factor 1,2: de ernst maakt het verschil); buurtgemiddelden in "
              "plaats van het 100-meterniveau vlakken verschillen af; klassen van 2024.",
        "en": "RIVM estimate 'severely limited by health' (2020) is closest to the letter's words ('long-term illness "
              "and limited' gives factor 1.2: severity makes the difference); buurt averages instead of the 100 m grid "
              "flatten differences; classes of 2024.",
    },
    "rec.health.why.mental": {
        "nl": "'Hoog risico op angststoornis of depressie' (RIVM 2020) als maat voor psychische problemen; "
              "buurtgemiddelden vlakken de verschillen van het 100-meterniveau af; modelschattingen.",
        "en": "'High risk of anxiety disorder or depression' (RIVM 2020) as the measure of mental health problems; buurt "
              "averages flatten the 100 m grid's differences; model-based estimates.",
    },
    "rec.health.why.stress": {
        "nl": "Alleen 'heel veel stress' (RIVM 2020) staat in de bestanden, niet het gemis aan steun; buurtgemiddelden.",
        "en": "Only 'a lot of stress' (RIVM 2020) is in the files, not missing support; buurt averages.",
    },
    "rec.health.why.resilience": {"nl": "Veerkracht staat niet in de RIVM-bestanden van deze verkenner.",
                                  "en": "Resilience is not in this explorer's RIVM files."},
    "rec.health.why.poor": {
        "nl": "De bestanden geven '(zeer) goed', niet '(zeer) slecht': het verschil is ook 'matig'. De brief vergelijkt "
              "bovendien met zeer goed of uitstekend.",
        "en": "The files give '(very) good', not '(very) poor': the difference also holds 'fair'. The letter also "
              "compares with very good or excellent.",
    },
    "themes.letter": {"nl": "Naast de Kamerbrief (2022)", "en": "Beside the letter to parliament (2022)"},
    "themes.ratio": {
        "nl": "Gemiddelde waarde (gewogen met huishoudens) in {levels} die **onvoldoende of lager** scoren: **{weak}**; in **uitstekende** {levels}: **{best}** (factor **{ratio}**).",
        "en": "Mean value (weighted by households) in {levels} scoring **insufficient or lower**: **{weak}**; in **excellent** {levels}: **{best}** (factor **{ratio}**).",
    },
    "themes.covered": {
        "nl": "{joined} van de {areas} {levels} van {year} hebben een waarde ({share}).",
        "en": "{joined} of the {areas} {levels} of {year} have a value ({share}).",
    },
    "buurt.health.title": {"nl": "Gezondheid (schatting)", "en": "Health (estimate)"},
    "buurt.health.sentence": {
        "nl": "Naar schatting voelt **{value}%** van de volwassenen in {name} zich gezond (goed of zeer goed){gemeente}, "
              "tegen {national}% in heel Nederland (2022).",
        "en": "An estimated **{value}%** of adults in {name} feel healthy (good or very good){gemeente}, against "
              "{national}% in the Netherlands as a whole (2022).",
    },
    "buurt.health.gemeente": {"nl": ", in de gemeente {gemeente} {value}%", "en": ", in the municipality of {gemeente} {value}%"},
    "buurt.health.none": {
        "nl": "Voor {name} is geen gezondheidsschatting van 2022 beschikbaar (te weinig inwoners, of een buurtcode die "
              "sindsdien veranderde).",
        "en": "No 2022 health estimate is available for {name} (too few inhabitants, or a buurt code that changed "
              "since).",
    },
    "buurt.health.caveat": {
        "nl": "Een modelschatting van het RIVM, geen meting in dit gebied; ze laat een samenhang zien met de leefbaarheid, geen oorzaak.",
        "en": "A model-based estimate by RIVM, not a measurement in this area; it shows a link with liveability, not a cause.",
    },
    "rec.dir.ours": {"nl": "{weak} waar de leefbaarheid onvoldoende of lager is, {best} waar ze uitstekend is",
                     "en": "{weak} where liveability is insufficient or lower, {best} where it is excellent"},
    "rec.dir.same": {"nl": "zelfde richting", "en": "same direction"},
    "rec.dir.opposite": {"nl": "andere richting", "en": "opposite direction"},
    "rec.dir.topic.vwo": {"nl": "Schooladvies vwo", "en": "School advice vwo"},
    "rec.dir.topic.vmbo": {"nl": "Schooladvies vmbo", "en": "School advice vmbo"},
    "rec.dir.topic.heat": {"nl": "Hitte", "en": "Heat"},
    "rec.dir.topic.green": {"nl": "Groen", "en": "Green"},
    "rec.dir.published.vwo": {"nl": "minder vaak vwo waar de leefbaarheid onvoldoende of lager is (brief 2024)",
                              "en": "vwo less often where liveability is insufficient or lower (2024 letter)"},
    "rec.dir.published.vmbo": {"nl": "vaker vmbo waar de leefbaarheid onvoldoende of lager is (brief 2024)",
                               "en": "vmbo more often where liveability is insufficient or lower (2024 letter)"},
    "rec.dir.published.heat": {
        "nl": "de minste hittestress in uitstekende gebieden; in zwakke en onvoldoende gebieden beperkt door schaduw van "
              "hoogbouw; veel hittestress in dichte laagbouw (vaak ruim voldoende of goed) (brief 2024)",
        "en": "least heat stress in excellent areas; limited by high-rise shade in weak and insufficient areas; much heat "
              "stress in dense low-rise areas (often more than sufficient or good) (2024 letter)",
    },
    "rec.dir.published.green": {"nl": "het meeste groen in uitstekende gebieden, maar ook veel groen in zwakke en "
                                      "onvoldoende gebieden (brief 2024)",
                                "en": "most green in excellent areas, but also much green in weak and insufficient "
                                      "areas (2024 letter)"},
    "rec.dir.why.vwo": {
        "nl": "Per postcodegebied van de school (2019-20 tot en met 2021-22), niet de woonbuurt van de leerling zoals de brief; klassen van 2022 per postcodegebied. Gewogen met de huishoudens van het postcodegebied, niet met leerlingen; met leerlingen als gewicht: {pupils}.",
        "en": "By the school's postcode area (2019-20 to 2021-22), not the pupil's home buurt as in the letter; 2022 classes per postcode area. Weighted by the postcode area's households, not by pupils; with pupils as the weight: {pupils}.",
    },
    "rec.dir.why.vmbo": {
        "nl": "vmbo-basis/kader en praktijkonderwijs; per postcodegebied van de school, niet de woonbuurt; gewogen met huishoudens, met leerlingen als gewicht: {pupils}.",
        "en": "vmbo basic/vocational and practical education; by the school's postcode area, not the home buurt; weighted by households, with pupils as the weight: {pupils}.",
    },
    "rec.dir.why.heat": {
        "nl": "Een model van het hitte-eiland (luchttemperatuur, bebouwing 2008–2012), niet de gevoelstemperatuur met "
              "schaduw die de brief gebruikt; buurten van 2024. Zie de gemiddelden per klasse op Thema's.",
        "en": "A heat-island model (air temperature, built environment 2008–2012), not the felt temperature with shade "
              "the letter uses; 2024 buurten. See the means per class on Themes.",
    },
    "rec.dir.why.green": {
        "nl": "Begroeid oppervlak uit luchtfoto's van 2008 (Summer in the City), niet de groenkaart van de brief.",
        "en": "Vegetated surface from 2008 aerial photographs (Summer in the City), not the letter's green map.",
    },
    "themes.letter2024": {"nl": "Naast de Kamerbrief (2024)", "en": "Beside the letter to parliament (2024)"},
    "themes.pupils": {
        "nl": "Achter deze aandelen: {pupils} adviezen op {schools} scholen (2019-20 tot en met 2021-22). Elk gebied telt in de gemiddelden per klasse mee met zijn huishoudens, niet met het aantal leerlingen van zijn scholen.",
        "en": "Behind these shares: {pupils} pieces of advice at {schools} schools (2019-20 to 2021-22). In the means per class each area counts with its households, not with the number of pupils at its schools.",
    },
    "buurt.heat.title": {"nl": "Hitte en groen (model)", "en": "Heat and green (model)"},
    "buurt.heat.sentence": {
        "nl": "Op een hittegolfdag is het in {name} naar schatting **{value} °C** warmer dan op het platteland eromheen "
              "(stedelijk hitte-eiland); dat is meer dan in {pct}% van de {levels}. Begroeid oppervlak: {green}%.",
        "en": "On a heat-wave day {name} is an estimated **{value} °C** warmer than the countryside around it (urban "
              "heat island); that is more than in {pct}% of {levels}. Vegetated surface: {green}%.",
    },
    "buurt.heat.caveat": {
        "nl": "Een model van de bebouwing rond 2008–2012 (luchttemperatuur), niet de gevoelstemperatuur in de schaduw; "
              "een samenhang met de leefbaarheid is geen oorzaak.",
        "en": "A model of the built environment around 2008–2012 (air temperature), not the felt temperature in the "
              "shade; a link with liveability is not a cause.",
    },
    "buurt.advice.title": {"nl": "Schooladviezen op de basisscholen hier", "en": "School advice at the primary schools here"},
    "buurt.advice.sentence": {
        "nl": "Van de leerlingen van de basisscholen in {name} kreeg **{vwo}%** een vwo-advies, {havo}% havo/vwo of "
              "hoger en {vmbo}% vmbo-basis/kader of praktijkonderwijs ({pupils} adviezen op {schools} scholen, "
              "2019-20 tot en met 2021-22). Landelijk kreeg {national}% een vwo-advies.",
        "en": "Of the pupils at the primary schools in {name}, **{vwo}%** got a vwo advice, {havo}% havo/vwo or higher "
              "and {vmbo}% vmbo basic/vocational or practical education ({pupils} pieces of advice at {schools} "
              "schools, 2019-20 to 2021-22). Nationally {national}% got a vwo advice.",
    },
    "buurt.advice.pc4": {"nl": "postcodegebied {pc4} (waar deze buurt ligt)", "en": "postcode area {pc4} (where this buurt lies)"},
    "buurt.advice.caveat": {
        "nl": "Waar leerlingen naar school gaan, niet waar ze wonen; scholen met vestigingen in meer postcodegebieden "
              "tellen niet mee.",
        "en": "Where pupils go to school, not where they live; schools with locations in several postcode areas are "
              "not counted.",
    },
    "over.a11y.title": {"nl": "Toegankelijkheid", "en": "Accessibility"},
    "over.a11y.body": {
        "nl": "Deze verkenner streeft naar WCAG 2.1 niveau AA (EN 301 549), zoals voor overheidssites geldt.\n\n"
              "- **Getest met axe-core** (regels WCAG 2.1 A en AA) in een echte browser: elke pagina in het Nederlands "
              "en het Engels, het kleurenblind-vriendelijke palet en de presentatiemodus; geen ernstige of kritieke "
              "overtreding. De taal van de pagina (`lang`) volgt de taal van de interface; achter nginx klopt die al "
              "voordat een script draait.\n"
              "- **Alleen met het toetsenbord** (automatische test): een buurt vinden, gemeenten vergelijken, een gebied "
              "openen vanaf de kaart en een presentatie doorlopen, met een zichtbare focus bij elke stap.\n"
              "- **Op een telefoon** (390 × 844): geen pagina scrollt zijwaarts; titels, ondertitels en bronregels van "
              "grafieken staan er als tekst die omloopt (schermafdrukken van elke pagina in de test).\n"
              "- **Kleur draagt nooit alleen de betekenis:** klassen staan overal met naam en nummer naast de kleur, en "
              "elke kaart heeft een tabel met dezelfde gebieden, waarden en klassen in woorden.\n"
              "- **Bekende beperkingen:** op een telefoon laat een grafiek boven en onder wat lege ruimte (waar op een "
              "groot scherm de titel en bron in de figuur staan) en past de Engelse niveaukeuze van de kaart niet "
              "helemaal in de breedte; de namen en waarden in een kaart verschijnen bij aanwijzen met de muis, de tabel eronder "
              "geeft ze zonder muis; tooltips van grafieken zijn niet met het toetsenbord te openen (de tabellen en "
              "CSV-downloads bevatten dezelfde cijfers).",
        "en": "This explorer aims at WCAG 2.1 level AA (EN 301 549), as government sites must.\n\n"
              "- **Tested with axe-core** (WCAG 2.1 A and AA rules) in a real browser: every page in Dutch and English, "
              "the colour-blind palette and presenter mode; no serious or critical violation. The page language "
              "(`lang`) follows the interface language; behind nginx it is right before any script runs.\n"
              "- **Keyboard only** (automated test): finding a neighbourhood, comparing municipalities, opening an area "
              "from the map and stepping through a presentation, with visible focus at every step.\n"
              "- **On a phone** (390 × 844): no page scrolls sideways; chart titles, subtitles and source lines come as "
              "text that wraps (the test takes a screenshot of every page).\n"
              "- **Colour never carries meaning alone:** classes everywhere show their name and number next to the "
              "colour, and every map has a table with the same areas, values and classes in words.\n"
              "- **Known limits:** on a phone a chart leaves some empty space above and below it (where a large screen "
              "shows the title and source inside the figure) and the English level choice of the map does not quite fit "
              "the width; "
              "names and values on a map appear on mouse hover, the table below gives them without a mouse; chart "
              "tooltips cannot be opened with the keyboard (the tables and CSV downloads hold the same figures).",
    },
    # --- reconciliation (Over de data)
    "rec.title": {"nl": "Wat de Kamerbrieven noemen en wat deze verkenner laat zien",
                  "en": "What the letters report and what this explorer shows"},
    "rec.intro": {
        "nl": "Elk gepubliceerd cijfer dat deze gegevens kunnen benaderen, met ons eigen getal, het verschil en de "
              "reden. Waar een cijfer niet te benaderen is, staat dat er.",
        "en": "Every published figure these data can approach, with our own number, the difference and the reason. "
              "Where a figure cannot be reached, the table says so.",
    },
    "rec.col.topic": {"nl": "Onderwerp", "en": "Topic"},
    "rec.col.published": {"nl": "Kamerbrief", "en": "Letter"},
    "rec.col.ours": {"nl": "Deze verkenner", "en": "This explorer"},
    "rec.col.difference": {"nl": "Verschil", "en": "Difference"},
    "rec.col.why": {"nl": "Waarom", "en": "Why"},
    "rec.unreachable": {"nl": "niet te berekenen met deze gegevens", "en": "cannot be computed from these data"},
    "rec.unit.households": {"nl": "huishoudens", "en": "households"},
    "rec.unit.dwellings": {"nl": "woningen", "en": "dwellings"},
    "rec.weak.topic": {"nl": "Huishoudens in gebieden zwak of lager, 2024", "en": "Households in areas weak or lower, 2024"},
    "rec.weak.published": {"nl": "ongeveer {hh} (100-meterniveau; brief 2024)", "en": "about {hh} (100 m grid; 2024 letter)"},
    "rec.weak.ours": {"nl": "{hh} (buurten, CBS-huishoudens 2024)", "en": "{hh} (buurten, CBS households 2024)"},
    "rec.weak.why": {
        "nl": "Aggregatieniveau: een zwakke straat in een voldoende buurt telt in de brief wel mee, hier niet, "
              "omdat het buurtgemiddelde haar uitmiddelt.",
        "en": "Level of aggregation: a weak street inside a sufficient buurt counts in the letter but not here, "
              "because the buurt average evens it out.",
    },
    "rec.weakchange.topic": {"nl": "Verandering daarvan sinds 2022", "en": "Its change since 2022"},
    "rec.weakchange.published": {"nl": "{hh} meer dan in 2022 (brief 2024)", "en": "{hh} more than in 2022 (2024 letter)"},
    "rec.weakchange.why": {
        "nl": "Buurtscores hebben we alleen voor 2024; de reeks per postcodegebied eindigt in 2022 en is een ander niveau.",
        "en": "We have buurt scores for 2024 only; the postcode-area series ends in 2022 and is another level.",
    },
    "rec.up.topic": {"nl": "Structureel onder druk", "en": "Under persistent pressure"},
    "rec.up.published": {"nl": "{buurten} buurten in {gemeenten} gemeenten, ongeveer {households} huishoudens (2024)",
                         "en": "{buurten} buurten in {gemeenten} municipalities, about {households} households (2024)"},
    "rec.up.ours": {"nl": "{areas} postcodegebieden in {gemeenten} gemeenten, ongeveer {households} huishoudens "
                          "({label} of lager in minstens {n} van de metingen {years})",
                    "en": "{areas} postcode areas in {gemeenten} municipalities, about {households} households "
                          "({label} or lower in at least {n} of the measurements {years})"},
    "rec.up.diff": {"nl": "{households} huishoudens, {gemeenten} gemeenten", "en": "{households} households, {gemeenten} municipalities"},
    "rec.up.why": {
        "nl": "Postcodegebieden (ongeveer drie buurten elk) in plaats van buurten; onze reeks eindigt in 2022; de "
              "precieze regel van de brief staat niet in de open data, de onze staat op Signalen.",
        "en": "Postcode areas (about three buurten each) instead of buurten; our series ends in 2022; the letter's "
              "exact rule is not in the open data, ours is stated on Signals.",
    },
    "rec.rf.topic": {"nl": "Stijgers en dalers {a}–{b}", "en": "Risers and fallers {a}–{b}"},
    "rec.by_level": {"nl": "{topic} ({level})", "en": "{topic} ({level})"},
    "rec.rf.published": {"nl": "{risers} {unit} gestegen, {fallers} gedaald (brief over de meting {b})",
                         "en": "{risers} {unit} rose, {fallers} fell (letter on the {b} measurement)"},
    "rec.rf.ours": {"nl": "ongeveer {risers} huishoudens in stijgers, {fallers} in dalers",
                    "en": "about {risers} households in risers, {fallers} in fallers"},
    "rec.rf.diff": {"nl": "stijgers {risers}, dalers {fallers}", "en": "risers {risers}, fallers {fallers}"},
    "rec.rf.why": {
        "nl": "De brieven tellen alleen de delen van buurten (100-metercellen) die sterk veranderden; wij tellen alle huishoudens van een postcodegebied dat als geheel sterk veranderde. Eén postcodegebied telt zo al snel duizenden huishoudens, ook waar maar een deel ervan veranderde: daarom zijn onze aantallen groter. Wij meten ten opzichte van de landelijke verandering (instelbaar op Signalen); huishoudens van 2024.",
        "en": "The letters count only the parts of buurten (100 m cells) that changed substantially; we count all households of a postcode area that changed substantially as a whole. One postcode area thus easily counts thousands of households, also where only part of it changed: that is why our numbers are larger. We measure relative to the national change (settable on Signals); 2024 households.",
    },
    "rec.rf.why.mixed": {
        "nl": "De brieven tellen alleen de delen van buurten (100-metercellen) die sterk veranderden; wij tellen alle huishoudens van een postcodegebied dat als geheel sterk veranderde. Dat werkt twee kanten op: een heel postcodegebied telt ook de huishoudens waar maar een deel veranderde (meer), en over een heel postcodegebied middelt de verandering van een deel weg (minder). Hier weegt het tweede zwaarder: daarom is ten minste een van onze aantallen kleiner. Wij meten ten opzichte van de landelijke verandering (instelbaar op Signalen); huishoudens van 2024.",
        "en": "The letters count only the parts of buurten (100 m cells) that changed substantially; we count all households of a postcode area that changed substantially as a whole. That works both ways: a whole postcode area also counts the households where only part of it changed (more), and over a whole postcode area the change of a part averages away (fewer). Here the second weighs more: that is why at least one of our numbers is smaller. We measure relative to the national change (settable on Signals); 2024 households.",
    },
    "rec.rf.why.mixed.wijk": {
        "nl": "De brieven tellen alleen de delen van buurten (100-metercellen) die sterk veranderden; wij tellen alle huishoudens van een wijk die als geheel sterk veranderde. Dat werkt twee kanten op: een hele wijk telt ook de huishoudens waar maar een deel veranderde (meer), en over een hele wijk middelt de verandering van een deel weg (minder). Hier weegt het tweede zwaarder: daarom is ten minste een van onze aantallen kleiner. Wij meten ten opzichte van de landelijke verandering van de wijken (instelbaar op Signalen); huishoudens van 2022.",
        "en": "The letters count only the parts of buurten (100 m cells) that changed substantially; we count all households of a district that changed substantially as a whole. That works both ways: a whole district also counts the households where only part of it changed (more), and over a whole district the change of a part averages away (fewer). Here the second weighs more: that is why at least one of our numbers is smaller. We measure relative to the districts' national change (settable on Signals); 2022 households.",
    },
    "rec.rf.why_unreachable": {
        "nl": "Onze reeks per postcodegebied eindigt in 2022 en voor buurten is er alleen 2024.",
        "en": "Our postcode-area series ends in 2022 and for buurten there is only 2024.",
    },
    "rec.g4.topic": {"nl": "Spreiding binnen gemeenten: G4 in de top vijf", "en": "Spread within municipalities: G4 in the top five"},
    "rec.g4.published": {"nl": "alle vier de G4 in de top vijf van verschillen tussen buurten (SES-studie, 2020)",
                         "en": "all four G4 cities in the top five of differences between buurten (SES study, 2020)"},
    "rec.g4.ours": {"nl": "rang naar gewogen interkwartielafstand (IQR) van buurtscores 2024: {ranks}",
                    "en": "rank by weighted IQR of buurt scores 2024: {ranks}"},
    "rec.g4.diff": {"nl": "{n} van de 4 in de top vijf", "en": "{n} of 4 in the top five"},
    "rec.g4.why": {
        "nl": "Ander jaar (2024 tegen 2020), een andere maat voor spreiding (interkwartielafstand, gewogen met huishoudens) en buurten van ongelijke grootte: Rotterdams grote buurten middelen meer uit. Het aantal hangt ook af van hoe het gewogen kwartiel wordt berekend: wij interpoleren tussen de buurten; met een kwartiel zonder interpolatie (de eerste buurt waar een kwart van de huishoudens is bereikt) zijn het er {step} van de 4.",
        "en": "Another year (2024 against 2020), another measure of spread (interquartile range, household-weighted) and buurten of unequal size: Rotterdam's large buurten average more away. The count also depends on how the weighted quartile is computed: we interpolate between buurten; with a quartile without interpolation (the first buurt where a quarter of the households is reached) it is {step} of 4.",
    },
    "rec.trend.topic": {"nl": "Richting van de landelijke ontwikkeling", "en": "Direction of the national trend"},
    "rec.trend.published": {
        "nl": "2022–2024: 43.000 huishoudens meer in gebieden zwak of lager; sinds 2020 meer dalers dan stijgers",
        "en": "2022–2024: 43,000 more households in areas weak or lower; since 2020 more fallers than risers",
    },
    "rec.trend.ours": {
        "nl": "afgeleid landelijk gemiddelde {first}–{last}: gestegen in {up} van de {steps} perioden, laatste "
              "periode {last_step}",
        "en": "derived national mean {first}–{last}: rose in {up} of {steps} periods, last period {last_step}",
    },
    "rec.trend.diff": {"nl": "niet hetzelfde gemeten", "en": "not the same measure"},
    "rec.ind.topic": {"nl": "Aantal indicatoren in het model", "en": "Number of indicators in the model"},
    "rec.ind.published": {"nl": "{n} indicatoren (brief 2024)", "en": "{n} indicators (2024 letter)"},
    "rec.ind.ours": {"nl": "de open data geven de totaalscore en vijf dimensies, niet de indicatoren",
                     "en": "the open data give the total and five dimensions, not the indicators"},
    "rec.ind.why": {"nl": "De indicatoren zelf zijn niet gepubliceerd als open data per gebied.",
                    "en": "The indicators themselves are not published as open data per area."},
    "rec.weights": {
        "nl": "Controle van de gewichten: {buurt} huishoudens in de buurten, {pc4} verdeeld over de gescoorde "
              "postcodegebieden ({diff}); {none} gescoorde postcodegebieden hebben geen polygoon of overlap en wegen "
              "niet mee.",
        "en": "Weights check: {buurt} households in the buurten, {pc4} split over the scored postcode areas "
              "({diff}); {none} scored postcode areas have no polygon or overlap and carry no weight.",
    },
    "buurt.level_line.gemeente": {
        "nl": "{level} in {province}",
        "en": "{level} in {province}",
    },
    "buurt.health.none_gemeente": {
        "nl": "Het RIVM heeft voor {name} geen schatting met de buurtcode van 2024: de buurt is te klein, of haar code veranderde na 2022 ({missing} van de {buurten} buurten van {gemeente} hebben er geen{all}). Voor de hele gemeente {gemeente}: naar schatting **{value}%** van de volwassenen voelt zich gezond (goed of zeer goed), tegen {national}% in heel Nederland (2022). Dat is een gemiddelde van de gemeente, niet van deze buurt.",
        "en": "RIVM has no estimate for {name} under its 2024 buurt code: the buurt is too small, or its code changed after 2022 ({missing} of the {buurten} buurten of {gemeente} have none{all}). For the municipality of {gemeente} as a whole: an estimated **{value}%** of adults feel healthy (good or very good), against {national}% in the Netherlands as a whole (2022). That is the municipality's mean, not this buurt's.",
    },
    "buurt.health.all_recoded": {
        "nl": ": de gemeente hernummerde haar buurten",
        "en": ": the municipality renumbered its buurten",
    },
    "buurt.trend.reused_code": {
        "nl": "Voor buurten bestaat alleen 2024. De wijkcode van deze buurt ({wijk}) hoorde in 2022 bij een ander gebied: “{name_2022}” ({inh_2022} inwoners), nu “{name_2024}” ({inh_2024} inwoners); de gemeente deelde haar wijken opnieuw in. Hieronder daarom de reeks van **postcodegebied {pc4}**, waarin deze buurt ligt: een ander, groter gebied, uit de editie 2022 van de Leefbaarometer.",
        "en": "Neighbourhoods only have 2024. This neighbourhood's wijk code ({wijk}) belonged to another area in 2022: “{name_2022}” ({inh_2022} inhabitants), now “{name_2024}” ({inh_2024} inhabitants); the municipality redrew its wijken. Below is therefore the series of **postcode area {pc4}**, which this neighbourhood lies in: a different, larger area, from the 2022 edition of the Leefbaarometer.",
    },
    "buurt.trend.class_differs": {
        "nl": "In {year} is {name} **{label_now}**; de lijn hieronder eindigt in {last} bij **{label_series}**. Dat is geen tegenspraak: de lijn is die van {series}, een groter gebied, en komt uit een andere editie van de Leefbaarometer (2022) dan de score van de buurt ({year}).",
        "en": "In {year} {name} is **{label_now}**; the line below ends in {last} at **{label_series}**. That is no contradiction: the line is that of {series}, a larger area, and comes from another edition of the Leefbaarometer (2022) than the buurt's score ({year}).",
    },
    "buurt.trend.gemeente_derived.wijk_full": {
        "nl": "Voor gemeenten publiceert de Leefbaarometer hier alleen 2024. De reeks hieronder is een eigen berekening uit officiële scores: het gemiddelde van de wijken van de gemeente, gewogen met huishoudens (CBS 2022). In elk jaar heeft elke wijk een score, dus alle huishoudens tellen mee. Dezelfde reeks staat op Gemeenten vergelijken.",
        "en": "For municipalities only 2024 is published here. The series below is our own calculation from official scores: the mean of the municipality's wijken, weighted by households (CBS 2022). Every wijk has a score in every year, so all households count. The same series is on Compare municipalities.",
    },
    "cmp.trend.coverage.wijk_full": {
        "nl": "{name}: wijken, alle huishoudens",
        "en": "{name}: wijken, all households",
    },
    "buurt.reading": {
        "nl": "Hoe leest u het getal? De score is de afwijking van een vaste landelijke referentie: het gemiddelde van Nederland in 2002, gerekend over het hele land (gebieden, niet huishoudens). Een afwijking van 0 is dus niet ‘gemiddeld voor een huishouden nu’: het gemiddelde van alle {levels}, gewogen met huishoudens, is {nl} in {year} (en was {nl_first} in {first}, gemiddelde van de wijken: grote steden met veel huishoudens scoren lager). {name} scoort {afw}: {compared} dat gemiddelde van nu.",
        "en": "How to read the number? The score is the deviation from a fixed national reference: the Netherlands' mean in 2002, taken over the whole country (areas, not households). A deviation of 0 is therefore not ‘average for a household today’: the mean of all {levels}, weighted by households, is {nl} in {year} (and was {nl_first} in {first}, mean of the wijken: large cities with many households score lower). {name} scores {afw}: {compared} that mean of today.",
    },
    "buurt.reading.higher": {
        "nl": "hoger dan",
        "en": "higher than",
    },
    "buurt.reading.lower": {
        "nl": "lager dan",
        "en": "lower than",
    },
    "buurt.reading.equal": {
        "nl": "ongeveer even hoog als",
        "en": "about as high as",
    },
    "buurt.trend.series.wijk": {
        "nl": "wijk {name}",
        "en": "the district {name}",
    },
    "buurt.trend.series.pc4": {
        "nl": "postcodegebied {name}",
        "en": "postcode area {name}",
    },
    "buurt.map.no_outline.reused": {
        "nl": "Deze wijk van de indeling van 2022 heeft hier geen omtrek: haar code hoort in 2024 bij een ander gebied (“{name_2024}”, {inh_2024} inwoners tegen {inh_2022} in 2022), en er is geen wijk van 2024 met haar naam en omvang.",
        "en": "This district of the 2022 division has no outline here: its code belongs to another area in 2024 (“{name_2024}”, {inh_2024} inhabitants against {inh_2022} in 2022), and no 2024 district has its name and size.",
    },
    "over.wijk.identity": {
        "nl": "**Een wijkcode is geen identiteit.** Sommige gemeenten deelden hun wijken na 2022 opnieuw in, zodat dezelfde code in 2024 een ander gebied kan aanduiden (Schiedams WK060605 was in 2022 “Nieuw Mathenesse”, een bedrijventerrein, en is in 2024 de woonwijk “Kethel”; de tabel hieronder geeft de inwoners). Van de {shared} codes die in beide indelingen voorkomen, gelden er {same} als hetzelfde gebied: dezelfde naam (zonder het voorvoegsel ‘Wijk 05’, ongeveer gelijk gespeld) bij een vergelijkbaar aantal inwoners (CBS 2022 tegen 2024: binnen een factor twee, of 250 mensen), of een genummerde naam (‘Wijk 03’) die een echte naam kreeg bij bijna hetzelfde aantal inwoners. De {failing} andere staan hieronder. Hun buurten krijgen niet de reeks van die wijk maar die van hun postcodegebied, en de wijk krijgt geen omtrek, hitte of groen van de buurten van nu (tenzij een wijk van 2024 met haar naam en omvang bestaat).",
        "en": "**A wijk code is not an identity.** Some municipalities redrew their districts after 2022, so the same code can name another area in 2024 (Schiedam's WK060605 was “Nieuw Mathenesse”, an industrial area, in 2022 and is the residential district “Kethel” in 2024; the table below gives the inhabitants). Of the {shared} codes found in both divisions, {same} count as the same area: the same name (without the ‘Wijk 05’ prefix, spelt about the same) at a comparable number of inhabitants (CBS 2022 against 2024: within a factor of two, or 250 people), or a numbered name (‘Wijk 03’) that got a real name at almost the same number of inhabitants. The {failing} others are listed below. Their buurten get the series of their postcode area instead of that wijk's, and the wijk gets no outline, heat or green from today's buurten (unless a 2024 district with its name and size exists).",
    },
    "over.wijk.identity.list": {
        "nl": "{n} wijkcodes die in 2024 een ander gebied aanduiden",
        "en": "{n} wijk codes that name another area in 2024",
    },
    "over.wijk.col.name_2022": {
        "nl": "Naam 2022",
        "en": "Name 2022",
    },
    "over.wijk.col.name_2024": {
        "nl": "Naam 2024",
        "en": "Name 2024",
    },
    "over.wijk.col.inh_2022": {
        "nl": "Inwoners 2022",
        "en": "Inhabitants 2022",
    },
    "over.wijk.col.inh_2024": {
        "nl": "Inwoners 2024",
        "en": "Inhabitants 2024",
    },
    "over.wijk.col.reason": {
        "nl": "Waarom",
        "en": "Why",
    },
    "over.wijk.reason.other_name": {
        "nl": "andere naam",
        "en": "another name",
    },
    "over.wijk.reason.other_size": {
        "nl": "zelfde naam, andere omvang",
        "en": "same name, another size",
    },
    "rec.rf.why_unreachable.wijk": {
        "nl": "De officiële wijkreeks eindigt in 2022 en voor buurten is er alleen 2024.",
        "en": "The official wijk series ends in 2022 and for buurten there is only 2024.",
    },
    "rec.trend.why.wijk": {
        "nl": "Een gemiddelde kan stijgen terwijl de zwakke kant verslechtert; 2024 valt buiten de officiële wijkreeks (2002–2022), en wijken middelen dalers uit.",
        "en": "A mean can rise while the weak end worsens; 2024 lies outside the official wijk series (2002–2022), and wijken average fallers away.",
    },
    "rec.trend.why.pc4": {
        "nl": "Een gemiddelde kan stijgen terwijl de zwakke kant verslechtert; 2024 valt buiten onze reeks per postcodegebied (2002–2022), en postcodegebieden middelen dalers uit.",
        "en": "A mean can rise while the weak end worsens; 2024 lies outside our postcode-area series (2002–2022), and postcode areas average fallers away.",
    },
    "rec.dir.same_ends": {
        "nl": "zelfde richting tussen de uiteinden, niet klasse voor klasse ({exceptions})",
        "en": "same direction between the ends, not class by class ({exceptions})",
    },
    "rec.dir.step": {
        "nl": "klasse {a}: {va}, klasse {b}: {vb}",
        "en": "class {a}: {va}, class {b}: {vb}",
    },
    "rec.dir.pupils": {
        "nl": "{weak} tegen {best}",
        "en": "{weak} against {best}",
    },
    "buurt.candidates": {
        "nl": "Wat bedoelt u met “{query}”? Kies:",
        "en": "What do you mean by “{query}”? Choose:",
    },
    "buurt.postcode.note": {
        "nl": "Postcode {postcode} ligt in postcodegebied {pc4}. Preciezer kunnen deze gegevens een adres niet plaatsen: hieronder de buurten van 2024 die dit postcodegebied delen, met hun aandeel in de huishoudens ervan. De grootste staat open; kies een andere als u weet waar u woont.",
        "en": "Postcode {postcode} lies in postcode area {pc4}. These data cannot place an address more exactly: below are the 2024 neighbourhoods that share this postcode area, with their share of its households. The largest is open; pick another if you know where you live.",
    },
    "buurt.postcode.pick": {
        "nl": "Buurten bij postcode {postcode}",
        "en": "Neighbourhoods at postcode {postcode}",
    },
    "buurt.postcode.own_series": {
        "nl": "het postcodegebied zelf, met zijn reeks 2002–2022",
        "en": "the postcode area itself, with its 2002–2022 series",
    },
    "buurt.found": {
        "nl": "U zocht “{query}”: {why}.",
        "en": "You searched for “{query}”: {why}.",
    },
    "buurt.found.spelling": {
        "nl": "U zocht “{query}”; {name} is de naam die daar het meest op lijkt.",
        "en": "You searched for “{query}”; {name} is the name closest to it.",
    },
    "search.why.alias": {
        "nl": "{alias} = gemeente {name}",
        "en": "{alias} = the municipality of {name}",
    },
    "search.why.place": {
        "nl": "{place} ligt in gemeente {gemeente}",
        "en": "{place} lies in the municipality of {gemeente}",
    },
    "search.why.region": {
        "nl": "in {region}",
        "en": "in {region}",
    },
    "search.why.spelling": {
        "nl": "lijkt op wat u typte",
        "en": "close to what you typed",
    },
    "search.why.full_postcode": {
        "nl": "{share} van de huishoudens van het postcodegebied",
        "en": "{share} of the postcode area's households",
    },
    "search.why.contains": {
        "nl": "hier ligt {name}",
        "en": "{name} lies here",
    },
    "cmp.add": {
        "nl": "Gemeente toevoegen: naam, plaats of postcode (druk op Enter)",
        "en": "Add a municipality: name, place or postcode (press Enter)",
    },
    "cmp.add_placeholder": {
        "nl": "bijvoorbeeld Den Bosch, Voorburg of 3511",
        "en": "for example Den Bosch, Voorburg or 3511",
    },
    "cmp.add_choose": {
        "nl": "Welke gemeente bedoelt u met “{query}”?",
        "en": "Which municipality do you mean by “{query}”?",
    },
    "cmp.add_none": {
        "nl": "Geen gemeente gevonden voor “{query}”.",
        "en": "No municipality found for “{query}”.",
    },
    "over.aliases.title": {
        "nl": "Zoeken: namen die mensen gebruiken, en plaatsen",
        "en": "Search: names people use, and places",
    },
    "over.aliases.body": {
        "nl": "Zoeken kent naast de officiële namen van gemeenten, wijken en buurten de {places} woonplaatsen van CBS (met hun gemeente) en deze namen die mensen voor gemeenten gebruiken; de lijst staat in `data/gemeente_aliases.csv`, met bij elke naam waar hij vandaan komt.",
        "en": "Besides the official names of municipalities, districts and neighbourhoods, search knows the {places} CBS places (woonplaatsen, with their municipality) and these names people use for municipalities; the list is in `data/gemeente_aliases.csv`, each name with where it comes from.",
    },
    "over.aliases.col.alias": {
        "nl": "Naam",
        "en": "Name",
    },
    "over.aliases.col.source": {
        "nl": "Bron",
        "en": "Source",
    },
    "buurt.sentence.many_high": {
        "nl": " De meeste {levels} scoren voldoende of beter, dus ook een voldoende kan onder het midden liggen.",
        "en": " Most {levels} score sufficient or better, so even a pass can lie below the middle.",
    },
    "buurt.pct.none": {
        "nl": "vrijwel geen",
        "en": "almost none",
    },
    "buurt.pct.all": {
        "nl": "vrijwel alle andere",
        "en": "almost all others",
    },
    "buurt.pct.share": {
        "nl": "{pct}%",
        "en": "{pct}%",
    },
    "rec.health.diff_factor_larger": {
        "nl": "groter verschil: factor {ours} tegen {published}",
        "en": "larger gap: factor {ours} against {published}",
    },
    "search.why.region_as": {
        "nl": "in {region}; “{typed}” heet hier {name}",
        "en": "in {region}; “{typed}” is called {name} here",
    },
    "cmp.add_full": {
        "nl": "Er staan al zes gemeenten naast elkaar; haal er eerst een weg (× bij de naam) om {name} toe te voegen.",
        "en": "Six municipalities are already side by side; remove one first (× by its name) to add {name}.",
    },
    "fmt.million": {
        "nl": "{n} mln",
        "en": "{n} m",
    },
    "fmt.rank": {
        "nl": "plaats {position} van {total}",
        "en": "rank {position} of {total}",
    },
    "fmt.month.1": {
        "nl": "januari",
        "en": "January",
    },
    "fmt.month.2": {
        "nl": "februari",
        "en": "February",
    },
    "fmt.month.3": {
        "nl": "maart",
        "en": "March",
    },
    "fmt.month.4": {
        "nl": "april",
        "en": "April",
    },
    "fmt.month.5": {
        "nl": "mei",
        "en": "May",
    },
    "fmt.month.6": {
        "nl": "juni",
        "en": "June",
    },
    "fmt.month.7": {
        "nl": "juli",
        "en": "July",
    },
    "fmt.month.8": {
        "nl": "augustus",
        "en": "August",
    },
    "fmt.month.9": {
        "nl": "september",
        "en": "September",
    },
    "fmt.month.10": {
        "nl": "oktober",
        "en": "October",
    },
    "fmt.month.11": {
        "nl": "november",
        "en": "November",
    },
    "fmt.month.12": {
        "nl": "december",
        "en": "December",
    },
    "present.queued.one": {
        "nl": "1 weergave in de presentatie.",
        "en": "1 view in the presentation.",
    },
    "present.queued.other": {
        "nl": "{n} weergaven in de presentatie.",
        "en": "{n} views in the presentation.",
    },
    "profile.up.text.one": {
        "nl": "1 wijk, met ongeveer {households} huishoudens, scoorde zwak of lager in elk van de metingen {years}.",
        "en": "1 wijk, with about {households} households, scored weak or lower in each of the measurements {years}.",
    },
    "profile.up.text.other": {
        "nl": "{n} wijken, samen ongeveer {households} huishoudens, scoorden zwak of lager in elk van de metingen {years}.",
        "en": "{n} wijken, together about {households} households, scored weak or lower in each of the measurements {years}.",
    },
    "deck.made_on.one": {
        "nl": "Gemaakt op {date} met de Leefbaarometer Verkenner · 1 weergave",
        "en": "Made on {date} with the Leefbaarometer Explorer · 1 view",
    },
    "deck.made_on.other": {
        "nl": "Gemaakt op {date} met de Leefbaarometer Verkenner · {n} weergaven",
        "en": "Made on {date} with the Leefbaarometer Explorer · {n} views",
    },
    "deck.more.one": {
        "nl": "… en nog 1 weergave",
        "en": "… and 1 more view",
    },
    "deck.more.other": {
        "nl": "… en nog {n} weergaven",
        "en": "… and {n} more views",
    },
    "profile.rf.risers.one": {
        "nl": "1 stijger",
        "en": "1 riser",
    },
    "profile.rf.risers.other": {
        "nl": "{n} stijgers",
        "en": "{n} risers",
    },
    "profile.rf.fallers.one": {
        "nl": "1 daler",
        "en": "1 faller",
    },
    "profile.rf.fallers.other": {
        "nl": "{n} dalers",
        "en": "{n} fallers",
    },
    "cmp.diff.many": {
        "nl": "Het grootste verschil tussen de {n} gekozen gemeenten zit in **{dim}**: {high} ({vhigh}) tegenover {low} ({vlow}).",
        "en": "The largest difference among the {n} chosen municipalities is in **{dim}**: {high} ({vhigh}) against {low} ({vlow}).",
    },
}


def plural(key: str, n: int, lang: str = DEFAULT_LANG, **fmt) -> str:
    """Real singular and plural forms: `key.one` for exactly one, `key.other` otherwise (never
    "wijk(en)"); a test checks that every `.one` has its `.other`."""
    return t(f"{key}.{'one' if n == 1 else 'other'}", lang, n=n, **fmt)


def t(key: str, lang: str = DEFAULT_LANG, **fmt) -> str:
    """The text for `key` in `lang`; a missing key shows itself rather than crashing a page."""
    entry = TEXTS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


def valid_lang(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANG
