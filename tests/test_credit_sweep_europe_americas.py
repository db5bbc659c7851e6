"""A second sweep of credit conventions (session 8): the big-language press of Western and
Central Europe and the Americas, which the first sweep (tests/test_credit_world_lines.py,
`WORLD_SWEEP`) left out, and the forms of issue 13 again in new variants.

Written from how these papers, magazines, broadcasters, agencies and press rooms print their
credits, with invented people and local outlets and real agencies and publications; no row is
taken from a page. Each row is (printed, photographers, organisations (agencies, then the
distributor), supplier (the registry's canonical name of the main supplier), usage).

Measured before any fix of session 8 (the honest estimate of the parser on lines it never saw):
64 of the first 299 rows were wrong in some part, supplier or usage as first written, 55 with
the nine expectations corrected below (0.816 entirely right); by the measure of
benchmarks/credits.py (photographers and organisations only) 20 wrong as written, 18 corrected
(0.940 right). A second block of 48 rows was measured between the two rounds of fixes (below).
Expectations corrected after the first run, where the parser's reading is the documented one or
the registry knew better than the first draft: `picture alliance` named as the supplier (a slip);
`ministère des Armées` is the registry's French Armed Forces and `La Nación` its Argentine paper;
`Agência O Globo` and `MAFRA` are photo agencies there (wire), `USA TODAY Sports` its own
supplier and `EPA-EFE` one supplier; a `Getty Images for` client is an organisation of the credit
(as in the first sweep); a courtesy label decides the usage before a handout word (`Courtesy
photo`: courtesy).
"""

from __future__ import annotations

import pytest

from captions.credit import (
    DEFAULT_AGENCIES,
    credit_usage,
    looks_like_credit,
    main_supplier,
    read_credit,
)

Row = tuple[str, list[str], list[str], str | None, str]

SWEEP: list[Row] = [
    # German: Germany
    ("Foto: Lena Hartmann/dpa", ["Lena Hartmann"], ["dpa"], "dpa", "wire"),
    ("Bild: Jonas Keller/dpa", ["Jonas Keller"], ["dpa"], "dpa", "wire"),
    (
        "Foto: picture alliance/dpa/Tobias Brandt",
        ["Tobias Brandt"],
        ["picture alliance", "dpa"],
        "picture alliance",
        "wire",
    ),
    (
        "Foto: picture alliance / Sven Lorenz",
        ["Sven Lorenz"],
        ["picture alliance"],
        "picture alliance",
        "wire",
    ),
    ("Foto: IMAGO/Frank Seidel", ["Frank Seidel"], ["IMAGO"], "IMAGO", "wire"),
    ("Foto: imago images/Kai Winter", ["Kai Winter"], ["IMAGO"], "IMAGO", "wire"),
    ("Foto: dpa-Zentralbild/Uwe Richter", ["Uwe Richter"], ["dpa"], "dpa", "wire"),
    ("Foto: epd-bild/Petra Lang", ["Petra Lang"], ["epd"], "epd", "wire"),
    ("Foto: KNA/Martin Schuster", ["Martin Schuster"], ["KNA"], "KNA", "wire"),
    ("Foto: ddp/Nina Roth", ["Nina Roth"], ["ddp"], "ddp", "wire"),
    (
        "Foto: Katrin Vogel / Süddeutsche Zeitung",
        ["Katrin Vogel"],
        ["Süddeutsche Zeitung"],
        "Süddeutsche Zeitung",
        "staff",
    ),
    (
        "Foto: Jan Weber | Tagesspiegel",
        ["Jan Weber"],
        ["Tagesspiegel"],
        "Der Tagesspiegel",
        "staff",
    ),
    (
        "Stefan Bauer | Frankfurter Allgemeine Zeitung",
        ["Stefan Bauer"],
        ["Frankfurter Allgemeine Zeitung"],
        "FAZ",
        "staff",
    ),
    (
        "Foto: Michael Brandl/Der Spiegel",
        ["Michael Brandl"],
        ["Der Spiegel"],
        "Der Spiegel",
        "staff",
    ),
    ("Foto: Holger Kahl/taz", ["Holger Kahl"], ["taz"], "taz", "staff"),
    (
        "Foto: Reto Klein/Funke Foto Services",
        ["Reto Klein"],
        ["Funke Foto Services"],
        "Funke Foto Services",
        "wire",
    ),
    ("Foto: privat", [], [], None, "courtesy"),
    ("Foto: Privat", [], [], None, "courtesy"),
    ("Bild: Hersteller", [], [], None, "handout"),
    ("Foto: Hersteller", [], [], None, "handout"),
    ("Foto: Veranstalter", [], [], None, "handout"),
    ("Symbolbild", [], [], None, "illustration"),
    ("Symbolfoto: dpa", [], ["dpa"], "dpa", "illustration"),
    ("Symbolbild: Shutterstock", [], ["Shutterstock"], "Shutterstock", "illustration"),
    ("Archivfoto: Anke Lorenz", ["Anke Lorenz"], [], None, "file"),
    ("Foto: Archiv", [], [], None, "file"),
    ("Foto: Peter Hahn (Archiv)", ["Peter Hahn"], [], None, "file"),
    ("Montage: Julia Krämer", ["Julia Krämer"], [], None, "illustration"),
    ("Grafik: Max Böhm", ["Max Böhm"], [], None, "illustration"),
    ("Illustration: Clara Weiß", ["Clara Weiß"], [], None, "illustration"),
    ("Quelle: dpa", [], ["dpa"], "dpa", "wire"),
    ("Quelle: Bundesregierung", [], ["Bundesregierung"], "Bundesregierung", "handout"),
    (
        "Foto: Bundesregierung/Nils Kuhn",
        ["Nils Kuhn"],
        ["Bundesregierung"],
        "Bundesregierung",
        "handout",
    ),
    ("Foto: Feuerwehr Orsaburg", [], ["Feuerwehr Orsaburg"], None, "handout"),
    ("Foto: Polizei", [], ["Polizei"], None, "handout"),
    ("Foto: jbo", ["jbo"], [], None, "unknown"),
    ("Foto: sidm", ["sidm"], [], None, "unknown"),
    ("(Foto: hjs)", ["hjs"], [], None, "unknown"),
    ("Foto: A. Becker", ["A. Becker"], [], None, "unknown"),
    ("Pressebild: Siemens", [], ["Siemens"], "Siemens", "handout"),
    ("Foto: Siemens AG", [], ["Siemens"], "Siemens", "handout"),
    ("Foto: PR", [], [], None, "handout"),
    ("Pressefoto: Tom Lerch", ["Tom Lerch"], [], None, "handout"),
    ("Foto: Screenshot YouTube", [], ["YouTube"], "YouTube", "social"),
    ("Screenshot: ZDF", [], ["ZDF"], "ZDF", "social"),
    ("Standbild: ARD", [], ["ARD"], "ARD", "social"),
    (
        "Fotos: Anna Berger, Tim Koch und Lisa Sommer",
        ["Anna Berger", "Tim Koch", "Lisa Sommer"],
        [],
        None,
        "unknown",
    ),
    (
        "Fotos: Ute Brandt (2), Rolf Keim",
        ["Ute Brandt", "Rolf Keim"],
        [],
        None,
        "unknown",
    ),
    ("Foto: Karl-Heinz von Wedel", ["Karl-Heinz von Wedel"], [], None, "unknown"),
    (
        "Foto: Marie-Luise Schulze-Brinck/dpa",
        ["Marie-Luise Schulze-Brinck"],
        ["dpa"],
        "dpa",
        "wire",
    ),
    (
        "Foto: Shutterstock.com/Ralf Geithe",
        ["Ralf Geithe"],
        ["Shutterstock"],
        "Shutterstock",
        "stock",
    ),
    ("© Lena Hartmann", ["Lena Hartmann"], [], None, "unknown"),
    ("(c) Orsa Verlag", [], ["Orsa Verlag"], None, "handout"),
    (
        "Foto: Matthias Rieger für den Orsaer Boten",
        ["Matthias Rieger"],
        ["Orsaer Boten"],
        None,
        "commissioned",
    ),
    # German: Austria and Switzerland
    ("Foto: APA/Georg Hofer", ["Georg Hofer"], ["APA"], "APA", "wire"),
    ("Foto: APA/AFP/Joe Lindner", ["Joe Lindner"], ["APA", "AFP"], "APA", "wire"),
    ("Foto: APA/dpa/Ina Fassbender", ["Ina Fassbender"], ["APA", "dpa"], "APA", "wire"),
    ("Foto: Kurier/Franz Gruber", ["Franz Gruber"], ["Kurier"], "Kurier", "staff"),
    ("Foto: ORF", [], ["ORF"], "ORF", "staff"),
    ("Foto: Bundesheer/Anton Pichler", ["Anton Pichler"], ["Bundesheer"], "Bundesheer", "handout"),
    ("Bild: Keystone/Marco Bernasconi", ["Marco Bernasconi"], ["Keystone"], "Keystone", "wire"),
    ("Bild: zvg", [], [], None, "handout"),
    ("Foto: zVg", [], [], None, "handout"),
    ("Bild: Screenshot SRF", [], ["SRF"], "SRF", "social"),
    ("Bild: Urs Meier / NZZ", ["Urs Meier"], ["NZZ"], "NZZ", "staff"),
    ("© Keystone-SDA", [], ["Keystone-SDA"], "Keystone-SDA", "wire"),
    # French: France, Belgium, Switzerland, Canada
    ("Photo : Camille Leroy / AFP", ["Camille Leroy"], ["AFP"], "AFP", "wire"),
    ("© AFP / Julien Moreau", ["Julien Moreau"], ["AFP"], "AFP", "wire"),
    ("© Julien Moreau / AFP", ["Julien Moreau"], ["AFP"], "AFP", "wire"),
    (
        "Crédit photo : Hugo Lambert / Le Parisien",
        ["Hugo Lambert"],
        ["Le Parisien"],
        "Le Parisien",
        "staff",
    ),
    (
        "Photo : Élise Marchand / Ouest-France",
        ["Élise Marchand"],
        ["Ouest-France"],
        "Ouest-France",
        "staff",
    ),
    ("PHOTO OUEST-FRANCE", [], ["Ouest-France"], "Ouest-France", "staff"),
    ("Photo d'illustration", [], [], None, "illustration"),
    ("Photo d'illustration / Pixabay", [], ["Pixabay"], "Pixabay", "illustration"),
    ("Photo : MAXPPP", [], ["MAXPPP"], "MAXPPP", "wire"),
    ("© Nora Petit / Hans Lucas", ["Nora Petit"], ["Hans Lucas"], "Hans Lucas", "wire"),
    (
        "Photo : Nora Petit / Hans Lucas via AFP",
        ["Nora Petit"],
        ["Hans Lucas", "AFP"],
        "Hans Lucas",
        "wire",
    ),
    ("Photo : Luc Bernard / Abaca", ["Luc Bernard"], ["Abaca"], "Abaca", "wire"),
    ("Photo : Sipa", [], ["Sipa"], "Sipa", "wire"),
    ("Photo : DR", [], [], None, "unknown"),
    ("Photo archives Le Télégramme", [], ["Le Télégramme"], "Le Télégramme", "file"),
    (
        "Photo : Jean-Marc DUPRÉ / Le Figaro",
        ["Jean-Marc DUPRÉ"],
        ["Le Figaro"],
        "Le Figaro",
        "staff",
    ),
    ("Photo : Belga", [], ["Belga"], "Belga", "wire"),
    ("Photo : Thomas Dubois / Belga", ["Thomas Dubois"], ["Belga"], "Belga", "wire"),
    ("Photo : capture d'écran France 2", [], ["France 2"], "France 2", "social"),
    (
        "Photo : ministère des Armées",
        [],
        ["ministère des Armées"],
        "French Armed Forces",
        "handout",
    ),
    ("Photo : Marie de la Fontaine / AFP", ["Marie de la Fontaine"], ["AFP"], "AFP", "wire"),
    (
        "Photo : La Presse canadienne / Éric Gagnon",
        ["Éric Gagnon"],
        ["La Presse canadienne"],
        "CP",
        "wire",
    ),
    (
        "Photo : Radio-Canada / Sophie Tremblay",
        ["Sophie Tremblay"],
        ["Radio-Canada"],
        "Radio-Canada",
        "staff",
    ),
    ("Photo fournie par la Ville d'Orsa", [], ["Ville d'Orsa"], None, "handout"),
    ("Photo : Keystone-ATS", [], ["Keystone-ATS"], "Keystone-SDA", "wire"),
    ("Photos : Paul Girard et Inès Robin", ["Paul Girard", "Inès Robin"], [], None, "unknown"),
    ("Photo Le Progrès /Antoine Roux", ["Antoine Roux"], ["Le Progrès"], "Le Progrès", "staff"),
    # Italian
    ("Foto ANSA/Giuseppe Lami", ["Giuseppe Lami"], ["ANSA"], "ANSA", "wire"),
    ("(ANSA)", [], ["ANSA"], "ANSA", "wire"),
    ("Foto: LaPresse", [], ["LaPresse"], "LaPresse", "wire"),
    ("Foto LaPresse/Marco Alpozzi", ["Marco Alpozzi"], ["LaPresse"], "LaPresse", "wire"),
    ("Foto: Imagoeconomica", [], ["Imagoeconomica"], "Imagoeconomica", "wire"),
    ("Foto: Fotogramma", [], ["Fotogramma"], "Fotogramma", "wire"),
    ("Foto d'archivio", [], [], None, "file"),
    ("Foto di Luca Bianchi", ["Luca Bianchi"], [], None, "unknown"),
    ("Ph. Chiara Conti", ["Chiara Conti"], [], None, "unknown"),
    ("Foto ufficio stampa", [], [], None, "handout"),
    ("Credits: Ufficio stampa", [], [], None, "handout"),
    (
        "Foto: Davide Greco/Corriere della Sera",
        ["Davide Greco"],
        ["Corriere della Sera"],
        "Corriere della Sera",
        "staff",
    ),
    ("Foto: Ipa", [], ["IPA"], "IPA", "wire"),
    ("Foto: Agf", [], ["AGF"], "AGF", "wire"),
    ("Foto di repertorio", [], [], None, "file"),
    ("Immagine di repertorio/Ansa", [], ["ANSA"], "ANSA", "file"),
    # Spanish: Spain and Latin America
    ("Foto: EFE/Juan Carlos Rubio", ["Juan Carlos Rubio"], ["EFE"], "EFE", "wire"),
    ("EFE/Marta Pérez", ["Marta Pérez"], ["EFE"], "EFE", "wire"),
    ("Europa Press", [], ["Europa Press"], "Europa Press", "wire"),
    ("Foto: Europa Press/Álvaro Gil", ["Álvaro Gil"], ["Europa Press"], "Europa Press", "wire"),
    ("ANDREA SÁNCHEZ (EL PAÍS)", ["ANDREA SÁNCHEZ"], ["El País"], "El País", "staff"),
    ("Foto: Archivo", [], [], None, "file"),
    ("Imagen de archivo", [], [], None, "file"),
    ("Foto: Cedida", [], [], None, "handout"),
    ("Foto: Especial", [], [], None, "handout"),
    ("Foto: Cortesía", [], [], None, "courtesy"),
    (
        "Fotografía: Diego Ramos / Cuartoscuro",
        ["Diego Ramos"],
        ["Cuartoscuro"],
        "Cuartoscuro",
        "wire",
    ),
    ("Foto: Laura Gómez / Clarín", ["Laura Gómez"], ["Clarín"], "Clarín", "staff"),
    ("Foto: Télam", [], ["Télam"], "Télam", "wire"),
    ("Foto: Agencia Uno", [], ["Agencia Uno"], "Agencia Uno", "wire"),
    ("Foto: Ilustrativa", [], [], None, "illustration"),
    (
        "Foto: José María de la Torre/La Nación",
        ["José María de la Torre"],
        ["La Nación"],
        "La Nación",
        "staff",
    ),
    ("Ana Sofía García-Márquez/EFE", ["Ana Sofía García-Márquez"], ["EFE"], "EFE", "wire"),
    ("Foto: Notimex", [], ["Notimex"], "Notimex", "wire"),
    ("Imagen: captura de vídeo", [], [], None, "social"),
    ("Foto: Gobierno de México", [], ["Gobierno de México"], None, "handout"),
    # Portuguese: Portugal and Brazil
    ("Foto: Divulgação", [], [], None, "handout"),
    ("Foto: Reprodução/Instagram", [], ["Instagram"], "Instagram", "social"),
    ("Foto: Arquivo pessoal", [], [], None, "courtesy"),
    ("Foto: Rafael Lima/Folhapress", ["Rafael Lima"], ["Folhapress"], "Folhapress", "wire"),
    (
        "Foto: Bruno Alves/Estadão Conteúdo",
        ["Bruno Alves"],
        ["Estadão Conteúdo"],
        "Estadão Conteúdo",
        "wire",
    ),
    (
        "Foto: Carla Mendes/Agência O Globo",
        ["Carla Mendes"],
        ["Agência O Globo"],
        "Agência O Globo",
        "wire",
    ),
    (
        "Foto: Marcelo Duarte/Agência Brasil",
        ["Marcelo Duarte"],
        ["Agência Brasil"],
        "Agência Brasil",
        "wire",
    ),
    ("Foto: Tiago Sousa / Lusa", ["Tiago Sousa"], ["Lusa"], "Lusa", "wire"),
    (
        "Foto: Inês Correia/Global Imagens",
        ["Inês Correia"],
        ["Global Imagens"],
        "Global Imagens",
        "wire",
    ),
    ("Foto: Arquivo/Agência Brasil", [], ["Agência Brasil"], "Agência Brasil", "file"),
    ("Imagem: Reprodução/TV Globo", [], ["TV Globo"], "TV Globo", "social"),
    ("Foto: Ana Lima e Rui Costa/Lusa", ["Ana Lima", "Rui Costa"], ["Lusa"], "Lusa", "wire"),
    # Dutch: Netherlands and Flanders
    ("Foto: ANP / Remko de Vries", ["Remko de Vries"], ["ANP"], "ANP", "wire"),
    ("Foto ANP", [], ["ANP"], "ANP", "wire"),
    ("Beeld: ANP", [], ["ANP"], "ANP", "wire"),
    (
        "Beeld: Sanne Bakker / de Volkskrant",
        ["Sanne Bakker"],
        ["de Volkskrant"],
        "de Volkskrant",
        "staff",
    ),
    (
        "Foto: Hollandse Hoogte / Pieter Smit",
        ["Pieter Smit"],
        ["Hollandse Hoogte"],
        "Hollandse Hoogte",
        "wire",
    ),
    ("Foto: Jan van der Berg/ANP", ["Jan van der Berg"], ["ANP"], "ANP", "wire"),
    ("Foto: archief", [], [], None, "file"),
    ("Beeld: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    ("Foto: Politie", [], ["Politie"], None, "handout"),
    ("Foto: Eva Janssens / Het Parool", ["Eva Janssens"], ["Het Parool"], "Het Parool", "staff"),
    ("Foto: Bram Peeters/Belga", ["Bram Peeters"], ["Belga"], "Belga", "wire"),
    ("Beeld: NOS", [], ["NOS"], "NOS", "staff"),
    ("Foto: persfoto", [], [], None, "handout"),
    # Polish
    (
        "Fot. Tomasz Wójcik / Agencja Gazeta",
        ["Tomasz Wójcik"],
        ["Agencja Gazeta"],
        "Agencja Gazeta",
        "wire",
    ),
    ("Fot. PAP/Piotr Nowak", ["Piotr Nowak"], ["PAP"], "PAP", "wire"),
    ("Fot. Anna Kowalska / East News", ["Anna Kowalska"], ["East News"], "East News", "wire"),
    ("Zdjęcie: Marta Lis", ["Marta Lis"], [], None, "unknown"),
    ("Fot. archiwum", [], [], None, "file"),
    ("Fot. materiały prasowe", [], [], None, "handout"),
    ("Fot. Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    ("fot. Krzysztof Maj/REPORTER", ["Krzysztof Maj"], ["Reporter"], "Agencja Reporter", "wire"),
    ("Źródło: PAP", [], ["PAP"], "PAP", "wire"),
    ("Fot. Jakub Zięba / Forum", ["Jakub Zięba"], ["Forum"], "Agencja Forum", "wire"),
    # Czech and Slovak
    ("Foto: ČTK/Petr Malý", ["Petr Malý"], ["ČTK"], "ČTK", "wire"),
    ("Foto: Jan Horák, MAFRA", ["Jan Horák"], ["MAFRA"], "MAFRA", "wire"),
    ("Foto: Profimedia", [], ["Profimedia"], "Profimedia", "wire"),
    ("Ilustrační foto", [], [], None, "illustration"),
    ("Ilustrační foto: Shutterstock", [], ["Shutterstock"], "Shutterstock", "illustration"),
    ("Foto: TASR/Martin Baumann", ["Martin Baumann"], ["TASR"], "TASR", "wire"),
    ("Zdroj: Facebook", [], ["Facebook"], "Facebook", "social"),
    ("Foto: archiv", [], [], None, "file"),
    ("Foto: Lucie Králová, Deník", ["Lucie Králová"], ["Deník"], "Deník", "staff"),
    ("Foto: SITA/Jana Kováčová", ["Jana Kováčová"], ["SITA"], "SITA", "wire"),
    # Hungarian
    ("Fotó: MTI/Kocsis Zoltán", ["Kocsis Zoltán"], ["MTI"], "MTI", "wire"),
    ("Fotó: Tóth Bálint / Telex", ["Tóth Bálint"], ["Telex"], "Telex.hu", "staff"),
    ("Fotó: Facebook", [], ["Facebook"], "Facebook", "social"),
    ("Fotó: Nagy Réka / Index", ["Nagy Réka"], ["Index"], "Index.hu", "staff"),
    ("Forrás: MTI", [], ["MTI"], "MTI", "wire"),
    ("Fotó: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    ("Fotó: KOVÁCS Anna", ["KOVÁCS Anna"], [], None, "unknown"),
    # Romanian
    ("Foto: Agerpres", [], ["Agerpres"], "Agerpres", "wire"),
    (
        "Foto: Mihai Stan / Inquam Photos",
        ["Mihai Stan"],
        ["Inquam Photos"],
        "Inquam Photos",
        "wire",
    ),
    ("Sursa foto: Facebook", [], ["Facebook"], "Facebook", "social"),
    ("Foto: arhivă", [], [], None, "file"),
    ("Foto: captură video", [], [], None, "social"),
    ("Foto: Ioana Dobre / Mediafax Foto", ["Ioana Dobre"], ["Mediafax"], "Mediafax", "wire"),
    # Greek
    ("Φωτ.: Eurokinissi", [], ["Eurokinissi"], "Eurokinissi", "wire"),
    (
        "ΦΩΤΟ: EUROKINISSI/ΝΙΚΟΣ ΖΑΧΑΡΙΑΣ",
        ["ΝΙΚΟΣ ΖΑΧΑΡΙΑΣ"],
        ["Eurokinissi"],
        "Eurokinissi",
        "wire",
    ),
    ("Φωτογραφία: Intime News", [], ["Intime News"], "Intime News", "wire"),
    ("Πηγή: ΑΠΕ-ΜΠΕ", [], ["ANA-MPA"], "ANA-MPA", "wire"),
    ("Φωτ. αρχείου", [], [], None, "file"),
    ("Φωτ.: Reuters", [], ["Reuters"], "Reuters", "wire"),
    # Russian and Ukrainian
    ("Фото: Павел Орлов / РИА Новости", ["Павел Орлов"], ["РИА Новости"], "RIA Novosti", "wire"),
    (
        "Фото: Анна Козлова / «Коммерсантъ»",
        ["Анна Козлова"],
        ["Коммерсантъ"],
        "Kommersant",
        "staff",
    ),
    ("Фото: пресс-служба МВД", [], ["МВД"], None, "handout"),
    ("Фото: архив", [], [], None, "file"),
    ("Фото: соцсети", [], [], None, "social"),
    ("Фото: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    ("Фото: Богдан Мельник/УНІАН", ["Богдан Мельник"], ["УНІАН"], "UNIAN", "wire"),
    ("Фото: Суспільне", [], ["Суспільне"], "Suspilne", "staff"),
    ("Фото: скриншот видео", [], [], None, "social"),
    ("Фото: Getty Images", [], ["Getty Images"], "Getty Images", "wire"),
    ("Иллюстративное фото", [], [], None, "illustration"),
    ("Фото: Reuters", [], ["Reuters"], "Reuters", "wire"),
    ("Фото: Интерфакс", [], ["Интерфакс"], "Interfax", "wire"),
    # English: the UK and Ireland
    ("Picture: Tom Hughes/PA Wire", ["Tom Hughes"], ["PA"], "PA", "wire"),
    ("PA Wire/PA Images", [], ["PA"], "PA", "wire"),
    (
        "Photograph: Emma Clarke/The Guardian",
        ["Emma Clarke"],
        ["The Guardian"],
        "The Guardian",
        "staff",
    ),
    (
        "Photograph: Emma Clarke/Getty Images",
        ["Emma Clarke"],
        ["Getty Images"],
        "Getty Images",
        "wire",
    ),
    (
        "Photograph: Owen Price/Rex/Shutterstock",
        ["Owen Price"],
        ["Rex", "Shutterstock"],
        "Rex",
        "wire",
    ),
    ("Photograph: Owen Price/Alamy", ["Owen Price"], ["Alamy"], "Alamy", "stock"),
    (
        "Picture: Manchester Evening News",
        [],
        ["Manchester Evening News"],
        "Manchester Evening News",
        "staff",
    ),
    ("Image: Supplied", [], [], None, "handout"),
    ("Photo: Dan Walsh/SWNS", ["Dan Walsh"], ["SWNS"], "SWNS", "wire"),
    ("Credit: BBC", [], ["BBC"], "BBC", "staff"),
    ("Picture: Submitted", [], [], None, "handout"),
    ("Photo: Sarah Smith-Jones/PA", ["Sarah Smith-Jones"], ["PA"], "PA", "wire"),
    (
        "Photo: Niamh Byrne/RollingNews.ie",
        ["Niamh Byrne"],
        ["RollingNews.ie"],
        "RollingNews.ie",
        "wire",
    ),
    (
        "Picture: Ciarán Doyle/Irish Times",
        ["Ciarán Doyle"],
        ["Irish Times"],
        "The Irish Times",
        "staff",
    ),
    # English: US local papers
    ("Staff photo by Mike Russo", ["Mike Russo"], [], None, "staff"),
    ("Mike Russo/Staff Photographer", ["Mike Russo"], [], None, "staff"),
    ("Jenna Fox | Chicago Tribune", ["Jenna Fox"], ["Chicago Tribune"], "Chicago Tribune", "staff"),
    ("Photo courtesy of the Orsa Fire Department", [], ["Orsa Fire Department"], None, "courtesy"),
    ("Submitted photo", [], [], None, "handout"),
    ("Contributed photo/Orsa High School", [], ["Orsa High School"], None, "handout"),
    ("File photo", [], [], None, "file"),
    (
        "Dale Porter/The Oklahoman via AP",
        ["Dale Porter"],
        ["The Oklahoman", "AP"],
        "The Oklahoman",
        "wire",
    ),
    ("AP Photo/Rick Moreno, File", ["Rick Moreno"], ["AP"], "AP", "file"),
    ("(AP Photo/Rick Moreno)", ["Rick Moreno"], ["AP"], "AP", "wire"),
    (
        "(Kayla Dunn/Star Tribune via AP)",
        ["Kayla Dunn"],
        ["Star Tribune", "AP"],
        "Star Tribune",
        "wire",
    ),
    (
        "Kayla Dunn/The Boston Globe via Getty Images",
        ["Kayla Dunn"],
        ["The Boston Globe", "Getty Images"],
        "The Boston Globe",
        "wire",
    ),
    (
        "Photo by Kayla Dunn / The Denver Post",
        ["Kayla Dunn"],
        ["The Denver Post"],
        "The Denver Post",
        "staff",
    ),
    (
        "Photo provided by the Orsa County Sheriff's Office",
        [],
        ["Orsa County Sheriff's Office"],
        None,
        "handout",
    ),
    ("Courtesy photo", [], [], None, "courtesy"),
    ("Brian O'Neill, The Orsa Ledger", ["Brian O'Neill"], ["The Orsa Ledger"], None, "staff"),
    ("Photo: DeShawn McKinney", ["DeShawn McKinney"], [], None, "unknown"),
    ("Photo by Maria Van Dyke", ["Maria Van Dyke"], [], None, "unknown"),
    # English: magazines, broadcasters, tech and trade sites, press rooms
    ("Photograph by Lucas Hale for TIME", ["Lucas Hale"], ["TIME"], "TIME", "commissioned"),
    (
        "Photo: Ruth Ames for New York Magazine",
        ["Ruth Ames"],
        ["New York Magazine"],
        "New York Magazine",
        "commissioned",
    ),
    ("Illustration by Ivy Chen", ["Ivy Chen"], [], None, "illustration"),
    (
        "Photo illustration: Ivy Chen; Getty Images",
        ["Ivy Chen"],
        ["Getty Images"],
        "Getty Images",
        "illustration",
    ),
    ("Image: The Verge", [], ["The Verge"], "The Verge", "staff"),
    ("Photo by Amelia Holt / The Verge", ["Amelia Holt"], ["The Verge"], "The Verge", "staff"),
    ("Screenshot: Amelia Holt / The Verge", ["Amelia Holt"], ["The Verge"], "The Verge", "social"),
    ("Image: Google", [], ["Google"], "Google", "handout"),
    ("Photo: Samsung", [], ["Samsung"], "Samsung", "handout"),
    ("Image credit: Apple", [], ["Apple"], "Apple", "handout"),
    ("Photo: Courtesy of Tesla", [], ["Tesla"], "Tesla", "courtesy"),
    ("Press image", [], [], None, "handout"),
    ("Image: Siemens AG", [], ["Siemens"], "Siemens", "handout"),
    ("Credit: Ben Ortiz/Ars Technica", ["Ben Ortiz"], ["Ars Technica"], "Ars Technica", "staff"),
    ("Image credit: TechCrunch", [], ["TechCrunch"], "TechCrunch", "staff"),
    ("Video still: NBC News", [], ["NBC News"], "NBC News", "social"),
    ("Screenshot via YouTube", [], ["YouTube"], "YouTube", "social"),
    ("Screenshot: X", [], ["X"], "X", "social"),
    ("Source: Planet Labs via AP", [], ["Planet Labs", "AP"], "Planet Labs", "wire"),
    (
        "Source: Maxar Technologies via Reuters",
        [],
        ["Maxar Technologies", "Reuters"],
        "Maxar",
        "wire",
    ),
    ("Photo: NASA/JPL-Caltech", [], ["NASA", "JPL-Caltech"], "NASA", "handout"),
    ("Photo: CBS News", [], ["CBS News"], "CBS News", "staff"),
    ("Photo: Business Wire", [], ["Business Wire"], "Business Wire", "handout"),
    (
        "Photo: Canadian Press/Sean Kilpatrick",
        ["Sean Kilpatrick"],
        ["Canadian Press"],
        "CP",
        "wire",
    ),
    ("THE CANADIAN PRESS/Nathan Denette", ["Nathan Denette"], ["CP"], "CP", "wire"),
    ("Photo: Glen Ross/Toronto Star", ["Glen Ross"], ["Toronto Star"], "Toronto Star", "staff"),
    # the classes of issue 13 in variants
    ("[Photo/Xinhua]", [], ["Xinhua"], "Xinhua", "wire"),
    (
        "[Photos: Ana Berg/WENN.com, Tim Cole/Shutterstock]",
        ["Ana Berg", "Tim Cole"],
        ["WENN", "Shutterstock"],
        "WENN",
        "wire",
    ),
    ("Photographer: Ravi Kumar/Bloomberg", ["Ravi Kumar"], ["Bloomberg"], "Bloomberg", "wire"),
    (
        "Photographed by Ravi Kumar for Bloomberg",
        ["Ravi Kumar"],
        ["Bloomberg"],
        "Bloomberg",
        "commissioned",
    ),
    ("Pool photo by Ella Stone", ["Ella Stone"], [], None, "pool"),
    (
        "Official White House Photo by Adam Brooks",
        ["Adam Brooks"],
        ["White House"],
        "White House",
        "handout",
    ),
    (
        "Mandatory Credit: Greg Pratt-USA TODAY Sports",
        ["Greg Pratt"],
        ["USA TODAY Sports"],
        "USA Today Sports",
        "wire",
    ),
    ("Image credit: Ella Stone/Orsa Museum", ["Ella Stone"], ["Orsa Museum"], None, "staff"),
    ("Attribution: Ella Stone", ["Ella Stone"], [], None, "unknown"),
    ("Provided by Orsa Zoo", [], ["Orsa Zoo"], None, "handout"),
    (
        "(Photo by Luc Martin / AFP) (Photo by LUC MARTIN/AFP via Getty Images)",
        ["Luc Martin"],
        ["AFP", "Getty Images"],
        "AFP",
        "wire",
    ),
    (
        "AFP PHOTO / LUC MARTIN (Photo credit should read LUC MARTIN/AFP via Getty Images)",
        ["LUC MARTIN"],
        ["AFP", "Getty Images"],
        "AFP",
        "wire",
    ),
    ("REUTERS/Ana Berg TPX IMAGES OF THE DAY", ["Ana Berg"], ["Reuters"], "Reuters", "wire"),
    ("REUTERS/Ana Berg/File Photo", ["Ana Berg"], ["Reuters"], "Reuters", "file"),
    ("APTOPIX (AP Photo/Rick Moreno)", ["Rick Moreno"], ["AP"], "AP", "wire"),
    ("Photo by Zanele Khumalo/Reuters", ["Zanele Khumalo"], ["Reuters"], "Reuters", "wire"),
    ("Photo by Siosaia Fifita/AFP", ["Siosaia Fifita"], ["AFP"], "AFP", "wire"),
    (
        "Keystone/Hulton Archive/Getty Images",
        [],
        ["Keystone", "Hulton Archive", "Getty Images"],
        "Keystone",
        "file",
    ),
    (
        "Ana Berg/SOPA Images/LightRocket via Getty Images",
        ["Ana Berg"],
        ["SOPA Images", "LightRocket", "Getty Images"],
        "SOPA Images",
        "wire",
    ),
    ("Ana Berg/UPI/Alamy Live News", ["Ana Berg"], ["UPI", "Alamy"], "UPI", "wire"),
    (
        "Ana Berg/Getty Images for Orsa Fashion Week",
        ["Ana Berg"],
        ["Getty Images", "Orsa Fashion Week"],
        "Getty Images",
        "commissioned",
    ),
    ("Ana Berg/WireImage", ["Ana Berg"], ["WireImage"], "WireImage", "wire"),
    (
        "Ana Berg/Bloomberg via Getty Images",
        ["Ana Berg"],
        ["Bloomberg", "Getty Images"],
        "Bloomberg",
        "wire",
    ),
    (
        "(Photo by Ana Berg/NurPhoto via Getty Images)",
        ["Ana Berg"],
        ["NurPhoto", "Getty Images"],
        "NurPhoto",
        "wire",
    ),
    (
        "Ana Berg/Anadolu via Getty Images",
        ["Ana Berg"],
        ["Anadolu", "Getty Images"],
        "Anadolu",
        "wire",
    ),
    ("(Ana Berg/AFP", ["Ana Berg"], ["AFP"], "AFP", "wire"),
    ("Ana Berg/AFP)", ["Ana Berg"], ["AFP"], "AFP", "wire"),
    ("EPA/ANA BERG", ["ANA BERG"], ["EPA"], "EPA", "wire"),
    ("EPA-EFE/ANA BERG", ["ANA BERG"], ["EPA-EFE"], "EPA-EFE", "wire"),
    ("Ana Berg/ZUMA Press Wire", ["Ana Berg"], ["ZUMA"], "ZUMA", "wire"),
    ("Ana Berg/Sipa USA via AP", ["Ana Berg"], ["Sipa USA", "AP"], "Sipa USA", "wire"),
    ("Ana Berg/Polaris", ["Ana Berg"], ["Polaris"], "Polaris", "wire"),
    ("Ana Berg/Redux", ["Ana Berg"], ["Redux"], "Redux", "wire"),
    ("Ana Berg/iStock", ["Ana Berg"], ["iStock"], "iStock", "stock"),
    ("Photo: Ana Berg/Unsplash", ["Ana Berg"], ["Unsplash"], "Unsplash", "stock"),
    # A second block, written after the first block's fixes and measured before the second
    # round: 6 of these 48 rows were wrong (5 with `Getty Images/iStockphoto` corrected: the
    # main supplier is the first known one); by benchmarks/credits.py's measure 5.
    # Local papers and municipal sources by their shapes (invented outlets and places)
    ("Foto: Anna Berg / Orsaer Nachrichten", ["Anna Berg"], ["Orsaer Nachrichten"], None, "staff"),
    ("Foto: Thomas Frey/Orsaer Allgemeine", ["Thomas Frey"], ["Orsaer Allgemeine"], None, "staff"),
    ("Foto: Stadt Orsa", [], ["Stadt Orsa"], None, "handout"),
    ("Foto: Gemeinde Orsa", [], ["Gemeinde Orsa"], None, "handout"),
    ("Foto: Landkreis Orsa", [], ["Landkreis Orsa"], None, "handout"),
    ("Foto: Orsa Marketing GmbH", [], ["Orsa Marketing"], None, "handout"),
    ("Photo : Mairie d'Orsa", [], ["Mairie d'Orsa"], None, "handout"),
    ("Crédit : Orsa Tourisme", [], ["Orsa Tourisme"], None, "handout"),
    ("Foto: Comune di Orsa", [], ["Comune di Orsa"], None, "handout"),
    ("Foto: Prefeitura de Orsa", [], ["Prefeitura de Orsa"], None, "handout"),
    ("Foto: Gmina Orsa", [], ["Gmina Orsa"], None, "handout"),
    ("Foto: Město Orsa", [], ["Město Orsa"], None, "handout"),
    ("Foto: Primăria Orsa", [], ["Primăria Orsa"], None, "handout"),
    ("Foto: Gemeente Orsa", [], ["Gemeente Orsa"], None, "handout"),
    ("Фото: мэрия Орска", [], ["мэрия Орска"], None, "handout"),
    ("Photo: City of Orsa", [], ["City of Orsa"], None, "handout"),
    ("Photo: Orsa Police Department", [], ["Orsa Police Department"], None, "handout"),
    ("Foto: Ayuntamiento de Orsa", [], ["Ayuntamiento de Orsa"], None, "handout"),
    # names: particles, titles, hyphens, capitals, order
    ("Foto: Jürgen Müller-Lüdenscheidt", ["Jürgen Müller-Lüdenscheidt"], [], None, "unknown"),
    ("Foto: Dr. Anna Berg", ["Anna Berg"], [], None, "unknown"),
    ("Photo : Jean-Baptiste Le Goff", ["Jean-Baptiste Le Goff"], [], None, "unknown"),
    ("Foto: Giulia Dell'Acqua", ["Giulia Dell'Acqua"], [], None, "unknown"),
    ("Foto: Luis de los Santos/EFE", ["Luis de los Santos"], ["EFE"], "EFE", "wire"),
    ("Foto: João da Silva/Folhapress", ["João da Silva"], ["Folhapress"], "Folhapress", "wire"),
    ("Foto: Ana Lúcia dos Santos", ["Ana Lúcia dos Santos"], [], None, "unknown"),
    ("Fot. Jan Kowalski-Nowak", ["Jan Kowalski-Nowak"], [], None, "unknown"),
    ("Фото: Анна-Мария Петрова", ["Анна-Мария Петрова"], [], None, "unknown"),
    ("Foto: ANNA BERG", ["ANNA BERG"], [], None, "unknown"),
    ("Photo : Anna BERG", ["Anna BERG"], [], None, "unknown"),
    ("Photo : BERG Anna / AFP", ["BERG Anna"], ["AFP"], "AFP", "wire"),
    ("Foto: Hans-Peter van den Broek/ANP", ["Hans-Peter van den Broek"], ["ANP"], "ANP", "wire"),
    ("Foto: Schmidt", ["Schmidt"], [], None, "unknown"),
    ("Fotos: Schmidt (3), Weber", ["Schmidt", "Weber"], [], None, "unknown"),
    # stock libraries and social networks
    ("Bildquelle: Pixabay", [], ["Pixabay"], "Pixabay", "stock"),
    ("Foto: pixabay.com", [], ["Pixabay"], "Pixabay", "stock"),
    ("Foto: Adobe Stock/Anna Berg", ["Anna Berg"], ["Adobe Stock"], "Adobe Stock", "stock"),
    ("Foto: stock.adobe.com/Anna Berg", ["Anna Berg"], ["Adobe Stock"], "Adobe Stock", "stock"),
    ("Foto: iStockphoto/Anna Berg", ["Anna Berg"], ["iStock"], "iStock", "stock"),
    ("Bild: Getty Images/iStockphoto", [], ["Getty Images", "iStock"], "Getty Images", "stock"),
    ("Foto: Colourbox", [], ["Colourbox"], "Colourbox", "stock"),
    ("Photo: Depositphotos", [], ["Depositphotos"], "Depositphotos", "stock"),
    (
        "Foto: Wikimedia Commons/Anna Berg",
        ["Anna Berg"],
        ["Wikimedia Commons"],
        "Wikimedia Commons",
        "stock",
    ),
    ("Foto: Anna Berg (CC BY-SA 4.0)", ["Anna Berg"], [], None, "unknown"),
    ("Source: Twitter/@OrsaPolice", ["@OrsaPolice"], ["X"], "X", "social"),
    ("Foto: Facebook/Stadt Orsa", [], ["Facebook", "Stadt Orsa"], "Facebook", "social"),
    ("Foto: Instagram/@annaberg", ["@annaberg"], ["Instagram"], "Instagram", "social"),
    ("Foto: Screenshot Instagram", [], ["Instagram"], "Instagram", "social"),
    ("Foto: Deutsche Welle", [], ["Deutsche Welle"], "Deutsche Welle", "staff"),
    # A third block, written after the second round of fixes and measured before the third: 6
    # of these 53 rows were wrong (0.887 right); by benchmarks/credits.py's measure 2 (0.962).
    # Its fixes: `Screenshot via X` takes the label's roles; architects' offices are
    # organisations; Google's maps are a source of their own, taken from a screen (social; the
    # registry named them Google, a company's handout, before); `Presidencia de la República`,
    # printed by the presidencies of many countries, is no longer an alias of Mexico's.
    # Corporate press rooms, trade and tech sites, broadcasters (English)
    ("Image: Orsa Robotics", [], ["Orsa Robotics"], None, "handout"),
    ("Photo courtesy Orsa Motors", [], ["Orsa Motors"], None, "courtesy"),
    (
        "Photo: Business Wire/Orsa Labs Inc.",
        [],
        ["Business Wire", "Orsa Labs"],
        "Business Wire",
        "handout",
    ),
    ("Source: Orsa Energy press release", [], ["Orsa Energy"], None, "handout"),
    ("Image credit: NASA/ESA/CSA", [], ["NASA", "ESA", "CSA"], "NASA", "handout"),
    ("Rendering: Orsa Architects", [], ["Orsa Architects"], None, "illustration"),
    ("Photo: Ben Ortiz/CNET", ["Ben Ortiz"], ["CNET"], "CNET", "staff"),
    ("Photograph: Courtesy of Orsa Gallery", [], ["Orsa Gallery"], None, "courtesy"),
    (
        "(Photo by Ana Berg/CBS via Getty Images)",
        ["Ana Berg"],
        ["CBS", "Getty Images"],
        "CBS News",
        "wire",
    ),
    ("Credit: Ana Berg/NBC", ["Ana Berg"], ["NBC"], "NBC News", "staff"),
    ("Photo: ABC News", [], ["ABC News"], "ABC News", "staff"),
    ("CNN", [], ["CNN"], "CNN", "staff"),
    ("Image: CNN", [], ["CNN"], "CNN", "staff"),
    ("Screenshot via CNN", [], ["CNN"], "CNN", "social"),
    ("Photo by Ana Berg/NPR", ["Ana Berg"], ["NPR"], "NPR", "staff"),
    ("Ana Berg for NPR", ["Ana Berg"], ["NPR"], "NPR", "commissioned"),
    (
        "Photo: Ana Berg for The Washington Post",
        ["Ana Berg"],
        ["The Washington Post"],
        "The Washington Post",
        "commissioned",
    ),
    (
        "Ana Berg/The Washington Post",
        ["Ana Berg"],
        ["The Washington Post"],
        "The Washington Post",
        "staff",
    ),
    (
        "(Ana Berg/Los Angeles Times)",
        ["Ana Berg"],
        ["Los Angeles Times"],
        "Los Angeles Times",
        "staff",
    ),
    ("Ana Berg / Tampa Bay Times", ["Ana Berg"], ["Tampa Bay Times"], "Tampa Bay Times", "staff"),
    (
        "ANA BERG / The Seattle Times",
        ["ANA BERG"],
        ["The Seattle Times"],
        "The Seattle Times",
        "staff",
    ),
    ("Ana Berg/Deseret News", ["Ana Berg"], ["Deseret News"], "Deseret News", "staff"),
    ("Photo by Ana Berg, The Orsa Courier", ["Ana Berg"], ["The Orsa Courier"], None, "staff"),
    ("Ana Berg | The Orsa Sentinel", ["Ana Berg"], ["The Orsa Sentinel"], None, "staff"),
    ("Courtesy of the Orsa family", [], [], None, "courtesy"),
    ("Family photo", [], [], None, "courtesy"),
    (
        "Photo: Orsa Police Department via Facebook",
        [],
        ["Orsa Police Department", "Facebook"],
        "Facebook",
        "social",
    ),
    ("Google Maps", [], ["Google Maps"], "Google Maps", "social"),
    ("Photo: Google Street View", [], ["Google Street View"], "Google Maps", "social"),
    (
        "Photo illustration by The Orsa Ledger; Getty Images",
        [],
        ["The Orsa Ledger", "Getty Images"],
        "Getty Images",
        "illustration",
    ),
    ("Getty Images/iStockphoto", [], ["Getty Images", "iStock"], "Getty Images", "stock"),
    ("Ana Berg/Shutterstock", ["Ana Berg"], ["Shutterstock"], "Shutterstock", "stock"),
    ("Ana Berg - stock.adobe.com", ["Ana Berg"], ["Adobe Stock"], "Adobe Stock", "stock"),
    # Latin America and Iberia, local forms
    ("Foto: Ana Berg/Reforma", ["Ana Berg"], ["Reforma"], "Reforma", "staff"),
    ("Foto: Cortesía Gobierno de Orsa", [], ["Gobierno de Orsa"], None, "courtesy"),
    ("Foto: Presidencia de la República", [], ["Presidencia de la República"], None, "handout"),
    ("Foto: Ana Berg / Infobae", ["Ana Berg"], ["Infobae"], "Infobae", "staff"),
    ("Foto: Prensa Orsa", [], ["Prensa Orsa"], None, "handout"),
    ("Foto: Agencia Orsa de Noticias", [], ["Agencia Orsa de Noticias"], None, "handout"),
    ("Imagem: Divulgação/Orsa Filmes", [], ["Orsa Filmes"], None, "handout"),
    ("Foto: Ana Berg/Estadão", ["Ana Berg"], ["Estadão"], "Estadão", "staff"),
    ("Foto: Ana Berg/g1", ["Ana Berg"], ["g1"], None, "staff"),
    ("Fotografía: EFE", [], ["EFE"], "EFE", "wire"),
    (
        "Foto: Europa Press/Contacto/Ana Berg",
        ["Ana Berg"],
        ["Europa Press", "Contacto"],
        "Europa Press",
        "wire",
    ),
    # Central Europe again, other forms
    ("Foto: Ana Berg, ČTK", ["Ana Berg"], ["ČTK"], "ČTK", "wire"),
    ("Fotó: Kovács Anna / 24.hu", ["Kovács Anna"], ["24.hu"], None, "staff"),
    ("Fot. Anna Berg/Rzeczpospolita", ["Anna Berg"], ["Rzeczpospolita"], "Rzeczpospolita", "staff"),
    ("Foto: Anna Berg/Denník N", ["Anna Berg"], ["Denník N"], "Denník N", "staff"),
    ("Foto: Anna Berg/Digi24", ["Anna Berg"], ["Digi24"], "Digi24", "staff"),
    ("Φωτογραφία: ΣΚΑΪ", [], ["ΣΚΑΪ"], "Skai", "staff"),
    ("Фото: Анна Берг / «Известия»", ["Анна Берг"], ["Известия"], "Izvestia", "staff"),
    ("Фото: Анна Берг / Медуза", ["Анна Берг"], ["Медуза"], "Meduza", "staff"),
    ("Фото: Радіо Свобода", [], ["Радіо Свобода"], "Radio Free Europe", "staff"),
    # A fourth block, agencies' chains and archives as European papers print them, written after
    # the third round and measured before the fourth: 5 of these 50 rows were wrong, 3 with two
    # expectations corrected (the registry knows `Divergence`, a photo agency, and `The
    # Observer`); by benchmarks/credits.py's measure 2 (0.960). Its fixes: `dpa-Bildfunk`,
    # `dpa-tmn` are dpa's; `PA Archive` a collection of PA Media with a file usage (an alias
    # of PA before, so `Name/PA Archive/PA Images` read as a wire picture).
    ("Foto: Anna Berg/dpa/dpa-Bildfunk", ["Anna Berg"], ["dpa"], "dpa", "wire"),
    ("Foto: Anna Berg/dpa-tmn", ["Anna Berg"], ["dpa"], "dpa", "wire"),
    ("Foto: dpa/picture alliance", [], ["dpa", "picture alliance"], "dpa", "wire"),
    ("Foto: Anna Berg/dpa/Archivbild", ["Anna Berg"], ["dpa"], "dpa", "file"),
    ("Foto: Anna Berg/SZ Photo", ["Anna Berg"], ["SZ Photo"], "SZ Photo", "wire"),
    ("Foto: ullstein bild/Anna Berg", ["Anna Berg"], ["ullstein bild"], "ullstein bild", "file"),
    ("Foto: akg-images", [], ["akg-images"], "akg-images", "file"),
    ("Bild: Bridgeman Images", [], ["Bridgeman Images"], "Bridgeman Images", "file"),
    ("Foto: Anna Berg/Keystone/dpa", ["Anna Berg"], ["Keystone", "dpa"], "Keystone", "wire"),
    ("(AP Photo/Ana Berg, Pool)", ["Ana Berg"], ["AP"], "AP", "pool"),
    ("Photo : Anna Berg/AFP/Archives", ["Anna Berg"], ["AFP"], "AFP", "file"),
    ("Foto: ANSA/Ufficio stampa", [], ["ANSA"], "ANSA", "handout"),
    ("Foto: EFE/Ana Berg/Archivo", ["Ana Berg"], ["EFE"], "EFE", "file"),
    ("Foto: Ana Berg (EFE)", ["Ana Berg"], ["EFE"], "EFE", "wire"),
    (
        "Foto: Anna Berg / APA / picturedesk.com",
        ["Anna Berg"],
        ["APA", "picturedesk.com"],
        "APA",
        "wire",
    ),
    ("Foto: APA/HELMUT FOHRINGER", ["HELMUT FOHRINGER"], ["APA"], "APA", "wire"),
    ("Foto: Reuters/Anna Berg", ["Anna Berg"], ["Reuters"], "Reuters", "wire"),
    ("Foto: AP/dpa", [], ["AP", "dpa"], "AP", "wire"),
    ("Foto: AFP/Anna Berg", ["Anna Berg"], ["AFP"], "AFP", "wire"),
    ("Foto: Anna Berg/AFP/Getty Images", ["Anna Berg"], ["AFP", "Getty Images"], "AFP", "wire"),
    ("Photo : Anna Berg/Le Monde", ["Anna Berg"], ["Le Monde"], "Le Monde", "staff"),
    ("Photo Anna Berg pour « Le Monde »", ["Anna Berg"], ["Le Monde"], "Le Monde", "commissioned"),
    ("Photo : AFP", [], ["AFP"], "AFP", "wire"),
    ("Photo archives AFP", [], ["AFP"], "AFP", "file"),
    ("Photo : Anna Berg / Divergence", ["Anna Berg"], ["Divergence"], "Divergence", "wire"),
    (
        "© Anna Berg/Hans Lucas pour Libération",
        ["Anna Berg"],
        ["Hans Lucas", "Libération"],
        "Hans Lucas",
        "commissioned",
    ),
    ("Foto: Lapresse", [], ["LaPresse"], "LaPresse", "wire"),
    ("Foto di Anna Berg/LaPresse", ["Anna Berg"], ["LaPresse"], "LaPresse", "wire"),
    ("Foto: Ana Berg/Europa Press", ["Ana Berg"], ["Europa Press"], "Europa Press", "wire"),
    ("EFE/ Ana Berg", ["Ana Berg"], ["EFE"], "EFE", "wire"),
    ("Ana Berg/El País", ["Ana Berg"], ["El País"], "El País", "staff"),
    ("Foto: Ana Berg/Agência Brasil", ["Ana Berg"], ["Agência Brasil"], "Agência Brasil", "wire"),
    ("Foto: Ana Berg/AFP/Arquivo", ["Ana Berg"], ["AFP"], "AFP", "file"),
    ("Foto: ANP/Anna Berg", ["Anna Berg"], ["ANP"], "ANP", "wire"),
    ("Foto: Belga/Anna Berg", ["Anna Berg"], ["Belga"], "Belga", "wire"),
    ("Fot. PAP/EPA/Anna Berg", ["Anna Berg"], ["PAP", "EPA"], "PAP", "wire"),
    ("Foto: ČTK/AP/Anna Berg", ["Anna Berg"], ["ČTK", "AP"], "ČTK", "wire"),
    ("Fotó: MTI/EPA/Anna Berg", ["Anna Berg"], ["MTI", "EPA"], "MTI", "wire"),
    ("Фото: Анна Берг/ТАСС", ["Анна Берг"], ["TASS"], "TASS", "wire"),
    ("Фото: AP Photo/Анна Берг", ["Анна Берг"], ["AP"], "AP", "wire"),
    ("PA Media", [], ["PA"], "PA", "wire"),
    ("Photo: Anna Berg/PA", ["Anna Berg"], ["PA"], "PA", "wire"),
    ("Anna Berg/PA Archive/PA Images", ["Anna Berg"], ["PA Archive", "PA"], "PA Archive", "file"),
    ("Photograph: Anna Berg/AP", ["Anna Berg"], ["AP"], "AP", "wire"),
    (
        "Photograph: Anna Berg for the Guardian",
        ["Anna Berg"],
        ["The Guardian"],
        "The Guardian",
        "commissioned",
    ),
    (
        "Photograph: Anna Berg/The Observer",
        ["Anna Berg"],
        ["The Observer"],
        "The Observer",
        "staff",
    ),
    (
        "Photograph: Sopa Images/LightRocket/Getty Images",
        [],
        ["SOPA Images", "LightRocket", "Getty Images"],
        "SOPA Images",
        "wire",
    ),
    ("Photograph: Alamy", [], ["Alamy"], "Alamy", "stock"),
    ("Photograph: PR", [], [], None, "handout"),
    ("Photograph: Handout", [], [], None, "handout"),
]

# Rows still wrong, each a class left for later (strict: a fix must move the row out of here).
STILL_WRONG = {
    "fot. Krzysztof Maj/REPORTER": "`Reporter` (a Polish agency) is also a job title: no alias",
    "Fot. Jakub Zięba / Forum": "`Forum` (a Polish agency) is too common a word for an alias",
    "Foto: Kurier/Franz Gruber": "`Kurier` (an Austrian paper) is a German noun: no alias",
    "Fotó: Tóth Bálint / Telex": "`Telex` is an English word: only `telex.hu` is an alias",
    "Fotó: Nagy Réka / Index": "`Index` is a word of many languages: only `index.hu` is one",
    "Foto: Agf": "`AGF` names bodies of several countries (a German ratings body): no entry",
    "Beeld: NOS": "`NOS` spells a common word of Portuguese, Spanish and French: no entry",
    "Source: Orsa Energy press release": "a kind of document after the source, no separator",
    "Foto: Schmidt": "a surname alone reads as an organisation: the data hold no surnames",
    "Fotos: Schmidt (3), Weber": "surnames alone, listed with picture counts: no surname data",
}


def _organisation(name: str) -> str:
    return (DEFAULT_AGENCIES.lookup(name) or name).casefold()


def _wrong_parts(row: Row) -> list[str]:
    """The parts of `row` the parser reads otherwise (empty when the row is entirely right)."""
    text, photographers, organisations, supplier, usage = row
    reading = read_credit(text)
    credit = reading.credit
    wrong = []
    if [p.casefold() for p in credit.photographers] != [p.casefold() for p in photographers]:
        wrong.append("photographers")
    named = [*credit.agencies, *filter(None, [credit.distributor])]
    if {_organisation(o) for o in named} != {_organisation(o) for o in organisations}:
        wrong.append("organisations")
    found = main_supplier(credit)
    known = DEFAULT_AGENCIES.lookup(supplier) if supplier else None
    if (supplier is not None and known is None) or (found.name if found else None) != known:
        wrong.append("supplier")
    if credit_usage(reading) != usage:
        wrong.append("usage")
    if reading.unrecognized:
        wrong.append("unrecognized")
    return wrong


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[row[0]]))
        if row[0] in STILL_WRONG
        else row
        for row in SWEEP
    ],
    ids=[row[0] for row in SWEEP],
)
def test_credit_conventions_of_europe_and_the_americas(row: Row) -> None:
    assert _wrong_parts(row) == []


def test_the_rows_are_distinct() -> None:
    assert len({row[0] for row in SWEEP}) == len(SWEEP)
    assert set(STILL_WRONG) <= {row[0] for row in SWEEP}


@pytest.mark.parametrize(
    ("text", "photographers", "organisations", "usage"),
    [
        ("Foto: jbo", ["jbo"], [], "unknown"),  # initials alone after a label: a person
        ("Foto: dpa", [], ["dpa"], "wire"),  # a supplier the registry holds in lower case
        ("Foto: afp", [], ["AFP"], "wire"),  # a capital acronym of the registry, lower case
        ("Foto: zvg", [], [], "handout"),  # a marker of the word file
        ("Photo : dr", [], [], "unknown"),  # `droits réservés`: a marker naming nobody
        ("Foto: web", [], [], "social"),
        ("jbo", [], ["jbo"], "handout"),  # no label, no evidence: not read as initials
    ],
)
def test_lower_case_letters_alone_after_a_label_are_initials_unless_known(
    text: str, photographers: list[str], organisations: list[str], usage: str
) -> None:
    reading = read_credit(text)
    assert list(reading.credit.photographers) == photographers
    assert [*reading.credit.agencies] == organisations
    assert credit_usage(reading) == usage


@pytest.mark.parametrize(
    "text",
    [
        "Screenshot: Orsa TV",
        "Video still: Orsa News",
        "Standbild: Orsa TV",
        "Bild: Screenshot SRF",
        pytest.param(
            "Bild: Screenshot Orsa TV",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a second label noun with no colon before an unknown station is read as "
                "the first word of its name (known ones are right: `Bild: Screenshot SRF`)",
            ),
        ),
    ],
)
def test_a_screen_label_takes_the_picture_from_the_screen(text: str) -> None:
    # as `Screengrab from Orsa TV`: the station showed the picture, the credit does not say it
    # made it (social, not staff or handout)
    reading = read_credit(text)
    assert "reproduction" in reading.roles
    assert credit_usage(reading) == "social"


def test_the_second_sweep_is_mostly_right() -> None:
    # the rows left wrong stay few: 10 of 450 at session 8 (0.978 right)
    assert len(STILL_WRONG) / len(SWEEP) <= 0.023


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Фото: мэрия Орска", True),  # an office by its noun in lower case, then the place
        ("Foto: policie ČR", True),
        ("Photo : mairie d'Orsa", True),
        ("Photo: police near Orsa", False),  # prose after a label: a noun, then a sentence
        ("Photo: museum visitors in Orsa", False),
        ("Photo: school children in Orsa", False),
        ("Popular on BBC", False),  # a page's section, not a credit `via` the BBC
        ("Trending on TechCrunch", False),
    ],
)
def test_an_office_in_lower_case_is_a_source_and_prose_is_not(text: str, credit: bool) -> None:
    assert looks_like_credit(text) is credit
