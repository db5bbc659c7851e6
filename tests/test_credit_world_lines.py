"""A table of invented credit lines in many languages and scripts, one block per class of line
that issue 13 lists as failing on pages we never saw (labels and connectors of other languages,
square brackets, roles, double credits, wire boilerplate, unknown persons, particles,
collections, unbalanced brackets, file photos, studios `for` a magazine). Names and places are
ours; the agencies are real (data/suppliers.json). The rows are not taken from any page: they
check that the rules generalize, where tests/test_credit_real_lines.py checks real lines."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from captions.credit import (
    DEFAULT_AGENCIES,
    credit_usage,
    looks_like_credit,
    main_supplier,
    read_credit,
)
from captions.credit.names import given_names

# (printed, photographers, agencies, distributor, flags)
ROWS: list[tuple[str, list[str], list[str], str | None, str]] = [
    # labels and connectors of many languages and scripts
    ("Foto oleh Bagus Santoso/Getty Images", ["Bagus Santoso"], ["Getty Images"], None, ""),
    ("Foto: Kadek Wirawan/ANTARA", ["Kadek Wirawan"], ["Antara"], None, ""),
    (
        "Oksana Hrytsenko para The New York Times",
        ["Oksana Hrytsenko"],
        ["The New York Times"],
        None,
        "commissioned",
    ),
    ("Lucía Ferrer/EPA vía Shutterstock", ["Lucía Ferrer"], ["EPA"], "Shutterstock", ""),
    ("Zdroj: ČTK / Novák Jaroslav", ["Novák Jaroslav"], ["ČTK"], None, ""),
    ("Φωτογραφίες: Reuters", [], ["Reuters"], None, ""),
    ("Φωτογραφία: Γιώργος Παπαδάκης/ΑΠΕ", ["Γιώργος Παπαδάκης"], ["ANA-MPA"], None, ""),
    ("Фото: Ирина Соколова/ТАСС", ["Ирина Соколова"], ["TASS"], None, ""),
    ("Фото: Олег Петренко/Укрінформ", ["Олег Петренко"], ["Ukrinform"], None, ""),
    ("Снимка: БТА", [], ["BTA"], None, ""),
    ("Fotó: Kovács Bence/MTI", ["Kovács Bence"], ["MTI"], None, ""),
    ("Fot. Marek Zieliński/PAP", ["Marek Zieliński"], ["PAP"], None, ""),
    ("Foto: Jana Dvořáková, ČTK", ["Jana Dvořáková"], ["ČTK"], None, ""),
    ("Kuva: Aino Virtanen/Lehtikuva", ["Aino Virtanen"], ["Lehtikuva"], None, ""),
    ("Photo : Camille Girard/AFP", ["Camille Girard"], ["AFP"], None, ""),
    ("Fotoğraf: Ayşe Demir/Anadolu Ajansı", ["Ayşe Demir"], ["Anadolu"], None, ""),
    ("Sursa foto: Inquam Photos/Andrei Popescu", ["Andrei Popescu"], ["Inquam Photos"], None, ""),
    ("Fotografija: Ana Kovač/STA", ["Ana Kovač"], ["STA"], None, ""),
    ("ছবি: রহিম উদ্দিন/বাসস", ["রহিম উদ্দিন"], ["BSS"], None, ""),
    ("फोटो: राहुल शर्मा/पीटीआई", ["राहुल शर्मा"], ["PTI"], None, ""),
    ("ภาพ: สมชาย ใจดี/รอยเตอร์", ["สมชาย ใจดี"], ["Reuters"], None, ""),
    ("Ảnh: Nguyễn Văn An/TTXVN", ["Nguyễn Văn An"], ["VNA"], None, ""),
    ("صورة: محمد علي/واس", ["محمد علي"], ["SPA"], None, ""),
    ("عکس: علی رضایی/ایرنا", ["علی رضایی"], ["IRNA"], None, ""),
    ("新华社记者 张伟 摄", ["张伟"], ["Xinhua"], None, ""),
    ("(2024年 ロイター/Yuki Tanaka)", ["Yuki Tanaka"], ["Reuters"], None, ""),
    ("撮影: 佐藤健", ["佐藤健"], [], None, ""),
    ("사진=뉴시스", [], ["Newsis"], None, ""),
    ("Photo: Kwame Mensah/GNA", ["Kwame Mensah"], ["GNA"], None, ""),
    (
        "Rafael Duarte para El Diario de Orsa",
        ["Rafael Duarte"],
        ["El Diario de Orsa"],
        None,
        "commissioned",
    ),
    (
        "Clément Roy pour Le Journal d'Orsa",
        ["Clément Roy"],
        ["Le Journal d'Orsa"],
        None,
        "commissioned",
    ),
    ("Lena Vogt für die Orsaer Zeitung", ["Lena Vogt"], ["Orsaer Zeitung"], None, "commissioned"),
    ("Alicja Nowak dla Gazety Orskiej", ["Alicja Nowak"], ["Gazety Orskiej"], None, "commissioned"),
    (
        "Дмитрий Волков для «Орской правды»",
        ["Дмитрий Волков"],
        ["Орской правды"],
        None,
        "commissioned",
    ),
    ("Foto: Lukas Brunner/Keystone via AP", ["Lukas Brunner"], ["Keystone"], "AP", ""),
    ("צילום: אי-פי", [], ["AP"], None, ""),
    ('צילום: דוברות צה"ל', [], ["Israel Defense Forces"], None, ""),
    ("צילום: פלאש 90", [], ["Flash90"], None, ""),
    ("الصورة: أ ف ب", [], ["AFP"], None, ""),
    ("صورة: وكالة الأنباء السعودية", [], ["SPA"], None, ""),
    ("عکس: خبرگزاری فارس", [], ["Fars"], None, ""),
    ("ছবি: এএফপি", [], ["AFP"], None, ""),
    ("फोटो: पीटीआई", [], ["PTI"], None, ""),
    ("ภาพ: เอเอฟพี", [], ["AFP"], None, ""),
    ("写真提供：共同通信", [], ["Kyodo"], None, ""),
    ("图片来源：新华社", [], ["Xinhua"], None, ""),
    ("사진=AP 연합뉴스", [], ["AP", "Yonhap"], None, ""),
    ("Фото: Пресс-служба Кремля", [], ["Kremlin"], None, "handout"),
    ("Φωτογραφία: ΑΠΕ-ΜΠΕ/Γιάννης Νικολάου", ["Γιάννης Νικολάου"], ["ANA-MPA"], None, ""),
    ("Fotó: MTI/Kovács Péter", ["Kovács Péter"], ["MTI"], None, ""),
    ("Foto: Ritzau Scanpix/Mette Lund", ["Mette Lund"], ["Ritzau Scanpix"], None, ""),
    # organisations of many languages by their words, and a list's last `and`
    ("Bianca Rossi, Orsa Tageblatt", ["Bianca Rossi"], ["Orsa Tageblatt"], None, ""),
    ("Foto: Kari Holm, Orsa Dagblad", ["Kari Holm"], ["Orsa Dagblad"], None, ""),
    ("Foto: Orsa Tourismus", [], ["Orsa Tourismus"], None, ""),
    ("Foto: Mona Lisa Kunsthalle", [], ["Mona Lisa Kunsthalle"], None, ""),
    ("Foto: Ayuntamiento de Orsa", [], ["Ayuntamiento de Orsa"], None, ""),
    ("Photo: Apple TV+", [], ["Apple"], None, ""),
    ("Image: NASA, ESA, and J. Olsen (STScI)", ["J. Olsen"], ["NASA", "ESA", "STScI"], None, ""),
    # compounds and names of offices: `-amt`, `-verket`; `für` inside an office's name
    ("Foto: Landratsamt Orsa", [], ["Landratsamt Orsa"], None, ""),
    ("Foto: Polizeipräsidium Orsa", [], ["Polizeipräsidium Orsa"], None, ""),
    ("Foto: Trafikverket", [], ["Trafikverket"], None, ""),
    ("Foto: Landesamt für Umwelt", [], ["Landesamt für Umwelt"], None, ""),
    ("Foto: Ana Berg für Orsa Magazin", ["Ana Berg"], ["Orsa Magazin"], None, "commissioned"),
    ("Photo: Orsa Public Schools", [], ["Orsa Public Schools"], None, ""),
    ("Photo: Orsa Chamber of Commerce", [], ["Orsa Chamber of Commerce"], None, ""),
    ("Foto: Xunta de Galicia", [], ["Xunta de Galicia"], None, ""),
    # a name in lower case after a label: a common given name opens it
    ("foto: ana berg/efe", ["ana berg"], ["EFE"], None, ""),
    ("photo: joão da silva", ["joão da silva"], [], None, ""),
    ("Foto: SBB CFF FFS", [], ["SBB CFF FFS"], None, ""),
    ("Handout photo from Orsa Trust via Reuters", [], ["Orsa Trust"], "Reuters", "handout"),
    # handouts after a photo label, in many languages; families are no part
    ("Foto: Divulgação", [], [], None, "handout"),
    ("Foto: Divulgação/Orsa Filmes", [], ["Orsa Filmes"], None, "handout"),
    ("Foto: Pressbild", [], [], None, "handout"),
    ("Foto: ufficio stampa", [], [], None, "handout"),
    ("Foto: materiały prasowe", [], [], None, "handout"),
    ("Foto: ist", [], [], None, "handout"),
    ("Фото: з дозволу Олени Коваль", ["Олени Коваль"], [], None, "handout"),
    ("Foto: gentileza Familia Prado", [], [], None, "handout"),
    # screenshots: the longest label noun is kept (`Captura de pantalla`, not `Captura de` + name)
    ("Foto: Captura de pantalla", [], [], None, ""),
    ("Foto: captura de tela/YouTube", [], ["YouTube"], None, ""),
    ("Foto: Tangkapan layar", [], [], None, ""),
    ("Fot. Ewa Lis - Radio Orsa", ["Ewa Lis"], ["Radio Orsa"], None, ""),
    # a writer's credit beside the picture's is a note
    ("Text: Tom Lind, Fotos: Ana Berg", ["Ana Berg"], [], None, ""),
    ("Reportaje: Tomás Lind. Fotos: Ana Berg/EFE", ["Ana Berg"], ["EFE"], None, ""),
    ("Fotos: Ana Berg/dpa. Text: Tom Lind", ["Ana Berg"], ["dpa"], None, ""),
    ("Texto y fotos: Ana Berg", ["Ana Berg"], [], None, ""),
    ("Tekst og foto: Kari Holm/NTB", ["Kari Holm"], ["NTB"], None, ""),
    # a second credit after a comma, with a whole label of its own
    (
        "Photo: Ana Berg/Orsa Times, illustration by Tom Lind",
        ["Ana Berg", "Tom Lind"],
        ["Orsa Times"],
        None,
        "",
    ),
    # Chinese, Japanese and Korean: offices by their last characters, datelines in brackets
    ("（写真：時事通信フォト）", [], ["Jiji Press"], None, ""),
    ("提供：東京都", [], ["東京都"], None, "handout"),
    ("사진제공=서울시", [], ["서울시"], None, "handout"),
    ("사진=픽사베이", [], ["Pixabay"], None, ""),
    ("[서울=뉴시스] 홍길동 기자", ["홍길동"], ["Newsis"], None, ""),
    # file photos, `by` and anonymous sources in right-to-left and Indic scripts
    ("صورة أرشيفية: رويترز", [], ["Reuters"], None, "file_photo"),
    ("צילום ארכיון: רויטרס", [], ["Reuters"], None, "file_photo"),
    ("عکس از علی رضایی", ["علی رضایی"], [], None, ""),
    ("ছবি: সংগৃহীত", [], [], None, ""),
    ("ภาพจาก: เอพี", [], ["AP"], None, ""),
    # Greek in capitals drops its accents, and its label words with them
    (
        "ΦΩΤΟΓΡΑΦΙΑ: EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ",
        ["Γιαννης Παναγοπουλος"],
        ["Eurokinissi"],
        None,
        "",
    ),
    ("ΠΗΓΗ: ΑΠΕ", [], ["ANA-MPA"], None, ""),
    # a capitalised marker of two words after an organisation; `Photo provided`
    ("(Orsa Times File Photo)", [], ["Orsa Times"], None, "file_photo"),
    ("Ana Berg/Orsa Times Staff Photographer", ["Ana Berg"], ["Orsa Times"], None, ""),
    ("Photo: Orsa City Archive", [], ["Orsa City Archive"], None, ""),
    ("Photo provided", [], [], None, "handout"),
    ("Orsa Times illustration; Getty Images", [], ["Orsa Times", "Getty Images"], None, ""),
    # square brackets
    ("[Xinhua]", [], ["Xinhua"], None, ""),
    ("[Photo/Xinhua]", [], ["Xinhua"], None, ""),
    (
        "[Photos: Bruno Castelli/WENN.com, Mara Lindqvist/Shutterstock]",
        ["Bruno Castelli", "Mara Lindqvist"],
        ["WENN"],
        "Shutterstock",
        "",
    ),
    ("[Фото: Анна Кузнецова/ТАСС]", ["Анна Кузнецова"], ["TASS"], None, ""),
    ("[Photo by Dong Wei/China Daily]", ["Dong Wei"], ["China Daily"], None, ""),
    # roles before the name
    (
        "Photographer: Efua Boateng for Bloomberg",
        ["Efua Boateng"],
        ["Bloomberg"],
        None,
        "commissioned",
    ),
    ("Fotógrafo: Mateo Salinas/EFE", ["Mateo Salinas"], ["EFE"], None, ""),
    ("Photographe : Aurélien Garnier/AFP", ["Aurélien Garnier"], ["AFP"], None, ""),
    (
        "Photographed by Rangi Parata for Harbourline Magazine",
        ["Rangi Parata"],
        ["Harbourline Magazine"],
        None,
        "commissioned",
    ),
    ("Pool photo by Hamza Qureshi", ["Hamza Qureshi"], [], None, "pool"),
    ("Official Kremlin photo by Lev Orlov", ["Lev Orlov"], ["Kremlin"], None, "handout"),
    (
        "Official White House Photo by Adaeze Nwosu",
        ["Adaeze Nwosu"],
        ["The White House"],
        None,
        "handout",
    ),
    (
        "Mandatory Credit: Brianna Holt-USA TODAY Sports",
        ["Brianna Holt"],
        ["USA Today Sports"],
        None,
        "",
    ),
    (
        "Mandatory Credit: Photo by Teodor Marin/Shutterstock",
        ["Teodor Marin"],
        ["Shutterstock"],
        None,
        "",
    ),
    ("Image credit: Kalani Akana/NOAA", ["Kalani Akana"], ["NOAA"], None, ""),
    ("Attribution: Yusuf Demirci", ["Yusuf Demirci"], [], None, ""),
    ("Provided by Orsa Tourism Board", [], ["Orsa Tourism Board"], None, "handout"),
    (
        "Photo provided by the Kessel Fire Department",
        [],
        ["Kessel Fire Department"],
        None,
        "handout",
    ),
    ("Bild: Hersteller", [], [], None, "handout"),
    ("Foto: zVg", [], [], None, "handout"),
    # two credits for one picture
    (
        "(Photo by Paulo Mendes / AFP) (Photo by PAULO MENDES/AFP via Getty Images)",
        ["Paulo Mendes"],
        ["AFP"],
        "Getty Images",
        "",
    ),
    (
        "AFP PHOTO / LINH NGUYEN (Photo credit should read LINH NGUYEN/AFP via Getty Images)",
        ["Linh Nguyen"],
        ["AFP"],
        "Getty Images",
        "",
    ),
    # wire boilerplate after the credit
    (
        "REUTERS/Olumide Bakare (NIGERIA - Tags: POLITICS ELECTIONS)",
        ["Olumide Bakare"],
        ["Reuters"],
        None,
        "",
    ),
    ("REUTERS/Sakura Mori TPX IMAGES OF THE DAY", ["Sakura Mori"], ["Reuters"], None, ""),
    (
        'REUTERS/Ivo Kranjc SEARCH "BALKAN FLOODS" FOR THIS STORY. '
        'SEARCH "WIDER IMAGE" FOR ALL STORIES.',
        ["Ivo Kranjc"],
        ["Reuters"],
        None,
        "",
    ),
    ("APTOPIX Lindiwe Dube/AP", ["Lindiwe Dube"], ["AP"], None, ""),
    ("Esteban Ruiz/AP ...more", ["Esteban Ruiz"], ["AP"], None, ""),
    # persons the name list may not know, after a label or before an agency
    ("Photo by Ngozi Eze/Reuters", ["Ngozi Eze"], ["Reuters"], None, ""),
    ("Photo by Hemi Walker/Reuters", ["Hemi Walker"], ["Reuters"], None, ""),
    ("Photo by Xochitl Ramírez/AFP", ["Xochitl Ramírez"], ["AFP"], None, ""),
    ("Photo by Tuan Anh Pham/EPA", ["Tuan Anh Pham"], ["EPA"], None, ""),
    ("Photo by Aigerim Nurlanovna/AP", ["Aigerim Nurlanovna"], ["AP"], None, ""),
    ("Photo by Oyelaran Adewale/Reuters", ["Oyelaran Adewale"], ["Reuters"], None, ""),
    ("Photo by Mthunzi Khumalo", ["Mthunzi Khumalo"], [], None, ""),
    # lowercase particles
    ("Omar al-Khatib/AFP", ["Omar al-Khatib"], ["AFP"], None, ""),
    ("Faisal bin Khalid/Reuters", ["Faisal bin Khalid"], ["Reuters"], None, ""),
    ("Ali ibn Rashid/AP", ["Ali ibn Rashid"], ["AP"], None, ""),
    ("Karim abu Zaid/Reuters", ["Karim abu Zaid"], ["Reuters"], None, ""),
    ("Hendrik van den Broek/ANP", ["Hendrik van den Broek"], ["ANP"], None, ""),
    ("Foto: Wouter van 't Hof/ANP", ["Wouter van 't Hof"], ["ANP"], None, ""),
    ("Foto: Joana dos Santos/Agência Brasil", ["Joana dos Santos"], ["Agência Brasil"], None, ""),
    ("Foto: Laura del Río/Europa Press", ["Laura del Río"], ["Europa Press"], None, ""),
    ("Foto: Nurul binti Hassan/Bernama", ["Nurul binti Hassan"], ["Bernama"], None, ""),
    ("Photo: Mohamed ould Cheikh/AMI", ["Mohamed ould Cheikh"], ["AMI"], None, ""),
    ("Photo: Nasser el-Amin/MENA", ["Nasser el-Amin"], ["MENA"], None, ""),
    ("Niamh Ní Bhriain/Inpho", ["Niamh Ní Bhriain"], ["Inpho"], None, ""),
    ("Stella Ó hAlmhain (ANSA)", ["Stella Ó hAlmhain"], ["ANSA"], None, ""),
    # scripts whose names need care: Georgian has no capitals in print, joiners spell Devanagari
    ("(AP Photo/თენგიზ აბულაძე)", ["თენგიზ აბულაძე"], ["AP"], None, ""),
    ("PAP/दावा मानन्\u200dधर", ["दावा मानन्\u200dधर"], ["PAP"], None, ""),
    ("عکس: علی\u200cرضا رضایی/ایرنا", ["علی\u200cرضا رضایی"], ["IRNA"], None, ""),
    ("Ines Lark\u200c/AFP", ["Ines Lark"], ["AFP"], None, ""),
    # a given name that is also an organisation word, then a surname
    ("Marina Lievens (AP)", ["Marina Lievens"], ["AP"], None, ""),
    ("Foto: Δήμος Τσιωλξ / EPA", ["Δήμος Τσιωλξ"], ["EPA"], None, ""),
    ("Photo: Orsa Marina", [], ["Orsa Marina"], None, ""),
    # a single given name after a label is the photographer's first name
    ("Photo: Sara", ["Sara"], [], None, ""),
    ("Foto: Jonas", ["Jonas"], [], None, ""),
    ("Bild: Lukas", ["Lukas"], [], None, ""),
    ("Kuva: Aino", ["Aino"], [], None, ""),
    ("Fotó: Zsófia", ["Zsófia"], [], None, ""),
    ("Zdjęcie: Agnieszka", ["Agnieszka"], [], None, ""),
    ("Фото: Ирина", ["Ирина"], [], None, ""),
    ("Photo : Camille", ["Camille"], [], None, ""),
    ("Foto: Giulia/Orsa Press", ["Giulia"], ["Orsa Press"], None, ""),
    ("Photo by Karin", ["Karin"], [], None, ""),
    # offices that capitalise only their first word (Slavic, Baltic, Hungarian, Estonian)
    ("Foto: Hasičský záchranný sbor", [], ["Hasičský záchranný sbor"], None, ""),
    ("Foto: Policja państwowa", [], ["Policja państwowa"], None, ""),
    ("Foto: Valsts policija", [], ["Valsts policija"], None, ""),
    ("Fotó: Országos Mentőszolgálat", [], ["Országos Mentőszolgálat"], None, ""),
    ("Fotó: Budapesti Rendőr-főkapitányság", [], ["Budapesti Rendőr-főkapitányság"], None, ""),
    ("Foto: Státní policie", [], ["Státní policie"], None, ""),
    ("Fotografie: Krajská správa silnic", [], ["Krajská správa silnic"], None, ""),
    ("Foto: Lietuvos policija", [], ["Lietuvos policija"], None, ""),
    (
        "Foto: Valsts ugunsdzēsības un glābšanas dienests",
        [],
        ["Valsts ugunsdzēsības un glābšanas dienests"],
        None,
        "",
    ),
    (
        "Foto: Hrvatska gorska služba spašavanja",
        [],
        ["Hrvatska gorska služba spašavanja"],
        None,
        "",
    ),
    ("Foto: Policijska uprava Ljubljana", [], ["Policijska uprava Ljubljana"], None, ""),
    ("Foto: Eesti päästeamet", [], ["Eesti päästeamet"], None, ""),
    (
        "Фото: Министерство на вътрешните работи",
        [],
        ["Министерство на вътрешните работи"],
        None,
        "",
    ),
    ("Фото: ГУ МВД по Орской области", [], ["ГУ МВД по Орской области"], None, ""),
    ("Foto: Polizeiinspektion Orsa", [], ["Polizeiinspektion Orsa"], None, ""),
    ("Foto: Pressestelle Orsa", [], ["Pressestelle Orsa"], None, ""),
    ("Foto: Rettungsdienst Orsa", [], ["Rettungsdienst Orsa"], None, ""),
    ("Foto: Ana de la Iglesia/Orsa Press", ["Ana de la Iglesia"], ["Orsa Press"], None, ""),
    # a name, a period and an organisation in mixed case after a label
    (
        "Foto: Iker Salcedo. Cofradía de Puerto Alcora",
        ["Iker Salcedo"],
        ["Cofradía de Puerto Alcora"],
        None,
        "",
    ),
    ("Photo Ana Berg. Orsa Press", ["Ana Berg"], ["Orsa Press"], None, ""),
    ("Photo: Ana B. Lind", ["Ana B. Lind"], [], None, ""),
    # a lower-case article before the source a sentence-like label names
    ("Foto cedida por el Ayuntamiento de Orsa", [], ["Ayuntamiento de Orsa"], None, "handout"),
    ("Foto divulgada pela Polícia Federal", [], ["Polícia Federal"], None, "handout"),
    ("Photo fournie par la mairie d'Orsa", [], ["mairie d'Orsa"], None, "handout"),
    # a note on the picture after a comma at the end
    ("Foto: Lena Vogt/Orsa Press, bearbeitet", ["Lena Vogt"], ["Orsa Press"], None, ""),
    ("Photo : Camille Roy/AFP, recadrée", ["Camille Roy"], ["AFP"], None, ""),
    ("Foto: Diego Marín/EFE, editada", ["Diego Marín"], ["EFE"], None, ""),
    # scripts without capitals: a lone given name, the Ethiopic colon
    ("صورة: محمد", ["محمد"], [], None, ""),
    ("ፎቶ፡ ኢዜአ", [], ["ENA"], None, ""),
    ("ፎቶ: አበበ ከበደ/ኢዜአ", ["አበበ ከበደ"], ["ENA"], None, ""),
    # an editor's initials after the photographer, even when they spell a registry acronym
    ("Foto: ANTARA/Muhammad Adimaja/wsj.", ["Muhammad Adimaja"], ["Antara"], None, ""),
    ("Fotó: Orsa Város Önkormányzata", [], ["Orsa Város Önkormányzata"], None, ""),
    ("Foto: Latvijas Nacionālais teātris", [], ["Latvijas Nacionālais teātris"], None, ""),
    ("Foto: Valsts robežsardze", [], ["Valsts robežsardze"], None, ""),
    ("Foto: Sbor dobrovolných hasičů Orsa", [], ["Sbor dobrovolných hasičů Orsa"], None, ""),
    # a credit that opens with its `for`: only the publication it was made for
    ("Special to the Orsa Times", [], ["Orsa Times"], None, "commissioned"),
    ("Special to The Orsa Courier", [], ["The Orsa Courier"], None, "commissioned"),
    ("for the Harbour Post", [], ["Harbour Post"], None, "commissioned"),
    ("Para El Diario de Orsa", [], ["El Diario de Orsa"], None, "commissioned"),
    ("Pour Le Journal d'Orsa", [], ["Le Journal d'Orsa"], None, "commissioned"),
    ("für die Orsaer Zeitung", [], ["Orsaer Zeitung"], None, "commissioned"),
    # source images from a supplier
    ("Source images from NASA", [], ["NASA"], None, "handout"),
    ("source imagery from ESA", [], ["ESA"], None, "handout"),
    ("Source image from the Orsa Museum", [], ["Orsa Museum"], None, "handout"),
    # long names and particles: Arabic, Malay, Indonesian, Vietnamese, Thai, Ethiopian, Dutch
    (
        "Photo: Ali bin Abdullah bin Hamad Al-Attiyah/QNA",
        ["Ali bin Abdullah bin Hamad Al-Attiyah"],
        ["QNA"],
        None,
        "",
    ),
    ("Photo: Hana bint Saleh al-Qahtani/SPA", ["Hana bint Saleh al-Qahtani"], ["SPA"], None, ""),
    (
        "Photo: Nur Aisyah binti Mohd Zain/Bernama",
        ["Nur Aisyah binti Mohd Zain"],
        ["Bernama"],
        None,
        "",
    ),
    ("Foto: Mohamed ould Cheikh/AMI", ["Mohamed ould Cheikh"], ["AMI"], None, ""),
    ("Photo: Abdullah al Mansour", ["Abdullah al Mansour"], [], None, ""),
    ("Foto: Nguyễn Thị Thu Hà/TTXVN", ["Nguyễn Thị Thu Hà"], ["VNA"], None, ""),
    ("Ảnh: Trần Thị Ngọc Ánh", ["Trần Thị Ngọc Ánh"], [], None, ""),
    (
        "Photo: Tesfaye Gebre Selassie Woldemariam/ENA",
        ["Tesfaye Gebre Selassie Woldemariam"],
        ["ENA"],
        None,
        "",
    ),
    (
        "Foto: Dewi Sartika Ayu Lestari/ANTARA FOTO",
        ["Dewi Sartika Ayu Lestari"],
        ["Antara"],
        None,
        "",
    ),
    (
        "Photo: Kittipong Na Nakhon/Bangkok Post",
        ["Kittipong Na Nakhon"],
        ["Bangkok Post"],
        None,
        "",
    ),
    ("Photo: Pieter van den Heuvel/ANP", ["Pieter van den Heuvel"], ["ANP"], None, ""),
    ("Foto: María José de la Fuente/EFE", ["María José de la Fuente"], ["EFE"], None, ""),
    # initials before a supplier: lower-case letters are a photographer's even when they spell
    # an acronym of the registry; a wire agency and a credit all in lower case stay suppliers
    ("Foto: abc / Orsa Press", ["abc"], ["Orsa Press"], None, ""),
    ("Foto: abl/NTB", ["abl"], ["NTB"], None, ""),
    ("Foto: A. B. Lind/Orsa Press", ["A. B. Lind"], ["Orsa Press"], None, ""),
    ("Foto: A.B./Orsa Press", ["A.B."], ["Orsa Press"], None, ""),
    ("Photo: J. L. / Reuters", ["J. L."], ["Reuters"], None, ""),
    ("Foto: afp/Getty Images", [], ["AFP"], "Getty Images", ""),
    ("foto: dpa/Orsa Press", [], ["dpa", "Orsa Press"], None, ""),
    # collections of Getty and others
    (
        "Evening Standard/Hulton Archive/Getty Images",
        [],
        ["Evening Standard", "Hulton Archive"],
        "Getty Images",
        "",
    ),
    (
        "Dario Conti/SOPA Images/LightRocket via Getty Images",
        ["Dario Conti"],
        ["SOPA Images", "LightRocket"],
        "Getty Images",
        "",
    ),
    ("Nadia Haddad/UPI/Alamy Live News", ["Nadia Haddad"], ["UPI"], "Alamy", ""),
    (
        "Fenna Dijkstra/Getty Images for Orsa Fashion Week",
        ["Fenna Dijkstra"],
        ["Getty Images", "Orsa Fashion Week"],
        None,
        "commissioned",
    ),
    (
        "Universal History Archive/Universal Images Group via Getty Images",
        [],
        ["Universal History Archive", "Universal Images Group"],
        "Getty Images",
        "",
    ),
    ("Wei Liang/VCG via Getty Images", ["Wei Liang"], ["Visual China Group"], "Getty Images", ""),
    (
        "Tariq Aziz/Middle East Images/AFP via Getty Images",
        ["Tariq Aziz"],
        ["Middle East Images", "AFP"],
        "Getty Images",
        "",
    ),
    ("Kenji Ito/Kyodo News via Getty Images", ["Kenji Ito"], ["Kyodo"], "Getty Images", ""),
    # unbalanced brackets
    ("Sebastián Rey (EFE", ["Sebastián Rey"], ["EFE"], None, ""),
    ("(Photo: Daniel Okoye/Reuters", ["Daniel Okoye"], ["Reuters"], None, ""),
    ("Tomás Vidal/AP)", ["Tomás Vidal"], ["AP"], None, ""),
    # file photos and archives
    ("REUTERS/Agnieszka Wolna/File photo", ["Agnieszka Wolna"], ["Reuters"], None, "file_photo"),
    ("FILE PHOTO: REUTERS/Agnieszka Wolna", ["Agnieszka Wolna"], ["Reuters"], None, "file_photo"),
    ("AP Photo/Rustam Karimov, File", ["Rustam Karimov"], ["AP"], None, "file_photo"),
    ("Foto: Archivo/EFE", [], ["EFE"], None, "file_photo"),
    ("Foto d'archivio: Luca Ferri/ANSA", ["Luca Ferri"], ["ANSA"], None, "file_photo"),
    ("Archiwum: Piotr Lis/PAP", ["Piotr Lis"], ["PAP"], None, "file_photo"),
    ("Фото из архива: ТАСС", [], ["TASS"], None, "file_photo"),
    # illustration studios for a magazine
    (
        "Illustration by Studio Halvorsen for Harbour Review; sources: NASA, USGS",
        [],
        ["Studio Halvorsen", "NASA", "USGS", "Harbour Review"],
        None,
        "commissioned",
    ),
    (
        "Illustration by Min-jung Seo for The Orsa Ledger",
        ["Min-jung Seo"],
        ["The Orsa Ledger"],
        None,
        "commissioned",
    ),
    ("Illustration: Priya Nair/The Orsa Ledger", ["Priya Nair"], ["The Orsa Ledger"], None, ""),
    # official sources, towns and social networks
    ("Foto: Ayuntamiento de Orsa", [], ["Ayuntamiento de Orsa"], None, ""),
    ("Zdjęcie: Urząd Miasta Orsa", [], ["Urząd Miasta Orsa"], None, ""),
    ("Фото: пресс-служба МЧС России", [], ["Ministry of Emergency Situations"], None, "handout"),
    ("Photo: Instagram/@mariposa.foto", ["@mariposa.foto"], ["Instagram"], None, ""),
    ("Image: TikTok/@orsa_daily", ["@orsa_daily"], ["TikTok"], None, ""),
    ("Photo: Facebook/Kessel Police", [], ["Facebook", "Kessel Police"], None, ""),
    # a social network's page and its owner: the owner is the source, the network where it was
    ("Rafaela Quint's Instagram", ["Rafaela Quint"], ["Instagram"], None, ""),
    ("Photo: Tobias Marr's Facebook page", ["Tobias Marr"], ["Facebook"], None, ""),
    ("Foto: Instagram de Lucía Ferrer", ["Lucía Ferrer"], ["Instagram"], None, ""),
    ("Foto: Instagram-Account von Lena Vogt", ["Lena Vogt"], ["Instagram"], None, ""),
    ("Photo: Kessel Police's Facebook page", [], ["Kessel Police", "Facebook"], None, ""),
    ("Image: @orsa_daily's TikTok", ["@orsa_daily"], ["TikTok"], None, ""),
    # an acronym printed with periods, a wire's acronym printed in lower case (German style)
    ("Photo: A.P.", [], ["AP"], None, ""),
    ("Photo: Tobias Marr/A.P.", ["Tobias Marr"], ["AP"], None, ""),
    ("Foto: A.F.P.", [], ["AFP"], None, ""),
    ("Foto: ap", [], ["AP"], None, ""),
    ("Foto: Lena Vogt/ap", ["Lena Vogt"], ["AP"], None, ""),
    ("ANTARA FOTO/Bagus Santoso/aa.", ["Bagus Santoso"], ["Antara"], None, ""),
    # titles and honorifics before a name (data: words.json `title`)
    ("Photo: Sheikh Omar Haddad/WAM", ["Omar Haddad"], ["WAM"], None, ""),
    ("Foto: Mgr. Jana Horáková", ["Jana Horáková"], [], None, ""),
    ("Foto: Ing. Petr Novotný/ČTK", ["Petr Novotný"], ["ČTK"], None, ""),
    ("Foto: Dipl.-Ing. Lena Vogt", ["Lena Vogt"], [], None, ""),
    ("Foto: dott.ssa Giulia Neri/ANSA", ["Giulia Neri"], ["ANSA"], None, ""),
    ("Foto: H. B. Lindqvist", ["H. B. Lindqvist"], [], None, ""),
    # a wire photographer's code beside the wire
    ("Photo by ABL/EPA", ["ABL"], ["EPA"], None, ""),
    ("EPA/KVD", ["KVD"], ["EPA"], None, ""),
    ("STR/AFP", [], ["AFP"], None, ""),
    # before a wire with no label that names a maker, capitals are the organisation that
    # handed the picture out (British print: an NHS trust, a ministry, a charity)
    ("NHS/PA", [], ["NHS", "PA Media"], None, ""),
    ("Photo: DWD/dpa", [], ["DWD", "dpa"], None, ""),
    # a brand made of common words (words.json `common`) is an organisation; a name is not
    ("Foto: Blue Harbor", [], ["Blue Harbor"], None, ""),
    ("Photo: Silver Lake", [], ["Silver Lake"], None, ""),
    ("Foto: Rote Erde/dpa", [], ["Rote Erde", "dpa"], None, ""),
    ("Photo: Reed Saxton", ["Reed Saxton"], [], None, ""),
    ("Photo by Harlan Quist", ["Harlan Quist"], [], None, ""),
    ("Photo: Ana White", ["Ana White"], [], None, ""),
    # the organisations a source note names are parts; its authors are not photographers
    (
        "Photo: Ana Berg; Source: Orsa Climate Institute",
        ["Ana Berg"],
        ["Orsa Climate Institute"],
        None,
        "",
    ),
    (
        "Grafik: Lena Vogt; Quelle: Statistisches Bundesamt",
        ["Lena Vogt"],
        ["Statistisches Bundesamt"],
        None,
        "",
    ),
    ("Infografía: Lucía Ferrer; Fuente: INE", ["Lucía Ferrer"], ["INE"], None, ""),
    # `from` a stock library or network in other languages (words.json `from`)
    ("Bild: Lena Vogt auf Pixabay", ["Lena Vogt"], [], "Pixabay", ""),
    ("Foto von Lena Vogt auf Unsplash", ["Lena Vogt"], [], "Unsplash", ""),
    ("Foto de Lucía Ferrer en Unsplash", ["Lucía Ferrer"], [], "Unsplash", ""),
    ("Photo de Camille Girard sur Unsplash", ["Camille Girard"], [], "Unsplash", ""),
    ("Foto di Giulia Neri su Pexels", ["Giulia Neri"], [], "Pexels", ""),
    ("Foto: Lucía Ferrer en Madrid", ["Lucía Ferrer"], [], None, ""),
    # collages and montages: a role label before the maker, then the sources of the pictures
    (
        "Collage: The Orsa Ledger; photos: Reuters, AP",
        [],
        ["Reuters", "AP", "The Orsa Ledger"],
        None,
        "",
    ),
    ("Fotomontage: Lena Vogt", ["Lena Vogt"], [], None, ""),
    # a place after a preposition of place is no part (data/places.json `prepositions`)
    ("Foto: Lucía Ferrer en Madrid", ["Lucía Ferrer"], [], None, ""),
    ("Photo: Tobias Marr in London", ["Tobias Marr"], [], None, ""),
    # a firm named after its founders; given names joined by `&` are people
    ("Photo: Harlow & Harlow", [], ["Harlow & Harlow"], None, ""),
    ("Foto: Quist & Marr/dpa", [], ["Quist & Marr", "dpa"], None, ""),
    ("Photo: Orsa & Kessel's", [], ["Orsa & Kessel's"], None, ""),
    ("Photos: Ana & Tom", ["Ana", "Tom"], [], None, ""),
    # social networks named in their own scripts; a Japanese `from` after a known source
    ("사진=김민준 인스타그램", ["김민준"], ["Instagram"], None, ""),
    ("Фото: Инстаграм", [], ["Instagram"], None, ""),
    ("写真：ツイッターより", [], ["X"], None, ""),
    ("写真：ユーチューブから", [], ["YouTube"], None, ""),
    # a lower-case label before a known supplier (Italian print)
    ("(foto Ansa)", [], ["ANSA"], None, ""),
    ("foto AFP/Getty Images", [], ["AFP"], "Getty Images", ""),
    # a second photographer after a name: a common given name opens it (data/given_names.json)
    ("Fotos: Lena Vogt / Tobias Marr", ["Lena Vogt", "Tobias Marr"], [], None, ""),
    ("Rafael Duarte/Lucía Ferrer/EFE", ["Rafael Duarte", "Lucía Ferrer"], ["EFE"], None, ""),
    # press and publicity pictures in many languages are handouts (words.json `handout`)
    ("Foto: Publicitātes foto", [], [], None, "handout"),
    ("Foto: Cedida", [], [], None, "handout"),
    ("Foto: ufficio stampa", [], [], None, "handout"),
    ("Foto: Pressbild", [], [], None, "handout"),
    ("Kuva: lehdistökuva", [], [], None, "handout"),
    ("Foto: Lena Vogt/PR-Foto", ["Lena Vogt"], [], None, "handout"),
    ("Photo: Orsa United", [], ["Orsa United"], None, ""),
    # a legal form, after the name or before it, makes a company (words.json `legal_form`,
    # `legal_form_lead`); it is dropped from the name
    ("© Kessel Vidović d.o.o.", [], ["Kessel Vidović"], None, ""),
    ("Foto: Orsai és társa Kft.", [], ["Orsai és társa"], None, ""),
    ("Courtesy of PT Orsa Jaya", [], ["Orsa Jaya"], None, "handout"),
    ("Фото: ООО «Орса»", [], ["Орса"], None, ""),
    ("Photo: Lena Vogt/Kessel & Marr GmbH", ["Lena Vogt"], ["Kessel & Marr"], None, ""),
    ("Foto: Quist und Partner", [], ["Quist und Partner"], None, ""),
    # `for` after an organisation word continues its name; before a newspaper it commissions
    (
        "Photo: Orsa Institute for Marine Research",
        [],
        ["Orsa Institute for Marine Research"],
        None,
        "",
    ),
    (
        "Lena Vogt/Kessel Foundation for the Arts",
        ["Lena Vogt"],
        ["Kessel Foundation for the Arts"],
        None,
        "",
    ),
    ("Foto: Landesamt für Umwelt Orsa", [], ["Landesamt für Umwelt Orsa"], None, ""),
    (
        "Tom Lind/Orsa Agency for The Orsa Times",
        ["Tom Lind"],
        ["Orsa Agency", "The Orsa Times"],
        None,
        "commissioned",
    ),
    ("Photo: Tom Lind/World Wide Fund for Nature", ["Tom Lind"], ["WWF"], None, ""),
    # a given name before a word no one bears as a surname is a business (`Ana Church` is not)
    ("Photo: Tom Lind/Morgan Group", ["Tom Lind"], ["Morgan Group"], None, ""),
    ("Photo: Harper Media", [], ["Harper Media"], None, ""),
    # Turkish dotted capitals fold to the data's plain `i`
    ("Foto: İzmir Valiliği", [], ["İzmir Valiliği"], None, ""),
    ("Fotoğraf: Kaya İnşaat", [], ["Kaya İnşaat"], None, ""),
    # a figure from a book or a paper: its maker and publisher are the credit, the work a note
    (
        "From The Tide Atlas by Ana Berg (1962) © Harlow Quist & Marr (London)",
        ["Ana Berg"],
        ["Harlow Quist & Marr"],
        None,
        "",
    ),
    ("Aus „Das Meer“ von Lena Vogt © Orsa Verlag", ["Lena Vogt"], ["Orsa Verlag"], None, ""),
    ("From “Harbour Lights” by Tom Lind © Orsa Press", ["Tom Lind"], ["Orsa Press"], None, ""),
    # a bracket opened twice and closed once; a licence between the parts is a note
    ("((Photo: Tobias Marr/AFP)", ["Tobias Marr"], ["AFP"], None, ""),
    ("[[Lena Vogt/Reuters]", ["Lena Vogt"], ["Reuters"], None, ""),
    ("Tobias Marr, CC BY 2.0, via Wikimedia Commons", ["Tobias Marr"], [], "Wikimedia Commons", ""),
    # brackets after a label; a handout marker joined to its source; a leading `via`
    ("Foto: (ANTARA/Bagus Santoso)", ["Bagus Santoso"], ["Antara"], None, ""),
    ("Foto: ANTARA/HO-Humas Polda Orsa", [], ["Antara", "Humas Polda Orsa"], None, "handout"),
    ("Via Kessel Police", [], ["Kessel Police"], None, ""),
    ("via Instagram", [], ["Instagram"], None, ""),
    ("Imagen: Twitter @lferrer", ["@lferrer"], ["X"], None, ""),
    ("Photo contributed by Tobias Marr", ["Tobias Marr"], [], None, "handout"),
    # Arabic-script particles (`بن`, data/names.json) do not count towards a name's length
    ("صورة: خالد بن سعيد بن ناصر الهاشمي/واس", ["خالد بن سعيد بن ناصر الهاشمي"], ["SPA"], None, ""),
    # an illustrative picture's label (Indian and British print); a courtesy inside a credit
    ("Representative image: Getty Images", [], ["Getty Images"], None, ""),
    ("Photo for illustrative purposes: Shutterstock", [], ["Shutterstock"], None, ""),
    ("(Image for representation)", [], [], None, ""),
    (
        "Photo by Tobias Marr / Courtesy of Kessel Museum",
        ["Tobias Marr"],
        ["Kessel Museum"],
        None,
        "handout",
    ),
    # labels of more languages (words.json): Croatian and Serbian `Snimio`, Latvian `Autors`,
    # Lithuanian, Slovenian
    ("Snimio: Marko Horvat", ["Marko Horvat"], [], None, ""),
    ("Snimila: Ivana Kovač/HINA", ["Ivana Kovač"], ["HINA"], None, ""),
    ("Снимио: Милан Петровић/Танјуг", ["Милан Петровић"], ["Tanjug"], None, ""),
    ("Autors: Jānis Bērziņš/LETA", ["Jānis Bērziņš"], ["LETA"], None, ""),
    ("Autorius: Jonas Kazlauskas/BNS", ["Jonas Kazlauskas"], ["BNS"], None, ""),
    ("Avtor fotografije: Luka Novak", ["Luka Novak"], [], None, ""),
    # a collection word makes an organisation (Swedish `samlingar`, Finnish `kokoelmat`)
    ("Foto: Orsa kommuns samling/TT", [], ["Orsa kommuns samling", "TT"], None, ""),
    ("Foto: Sbírka Orsa/ČTK", [], ["Sbírka Orsa", "ČTK"], None, ""),
    ("Foto: Orsa länsmuseums samlingar", [], ["Orsa länsmuseums samlingar"], None, ""),
    ("Kuva: Orsan museon kokoelmat", [], ["Orsan museon kokoelmat"], None, ""),
    # an article opens the name of a publication, never a person's (words.json `article`)
    ("Photo Le Progrès/Jean Dumas", ["Jean Dumas"], ["Le Progrès"], None, ""),
    ("Foto: Het Parool/Pieter Bakker", ["Pieter Bakker"], ["Het Parool"], None, ""),
    ("Foto: Il Tirreno/Marco Neri", ["Marco Neri"], ["Il Tirreno"], None, ""),
    ("Photo La Voix du Nord/Jean Dumas", ["Jean Dumas"], ["La Voix du Nord"], None, ""),
    ("Ảnh: Le Van Thanh/TTXVN", ["Le Van Thanh"], ["VNA"], None, ""),  # a guard: a person
    ("Foto: Los Tiempos/Ana Ruiz", ["Ana Ruiz"], ["Los Tiempos"], None, ""),
    # a label without a colon before a marker or a publication's short name (French print)
    ("Photo DR", [], [], None, ""),
    ("Bild Privat", [], [], None, ""),
    ("PHOTO DR/AFP", [], ["AFP"], None, ""),
    ("Photo Progrès/Jean DUMAS", ["Jean Dumas"], ["Progrès"], None, ""),
    # the day a picture was taken, printed in the credit, is a note (Brazilian, German print)
    ("Ana Souza - 12.out.2023/Folhapress", ["Ana Souza"], ["Folhapress"], None, ""),
    ("Foto: Lena Vogt, 12.03.2024", ["Lena Vogt"], [], None, ""),
    ("Foto: Lena Vogt, 2024-03-12 | dpa", ["Lena Vogt"], ["dpa"], None, ""),
    ("Foto: Jan Novák - 3. 4. 2024/ČTK", ["Jan Novák"], ["ČTK"], None, ""),
    # a legal form whose last token follows a period stays with its company
    ("Fotos: Orsa Bau GmbH & Co. KG", [], ["Orsa Bau"], None, ""),
    ("Foto: Lena Vogt/Kessel AG & Co. KG", ["Lena Vogt"], ["Kessel"], None, ""),
    # titles one after the other before a name (words.json `title`)
    ("Foto: Prof. Dr. Lena Vogt", ["Lena Vogt"], [], None, ""),
    ("Foto: Dr. med. Tobias Marr/Uniklinik Orsa", ["Tobias Marr"], ["Uniklinik Orsa"], None, ""),
    # a picture made by an AI is an illustration, no organisation (words.json `illustration`)
    ("Foto: KI-generiert", [], [], None, ""),
    ("Image: AI-generated", [], [], None, ""),
    ("Imagen generada por IA", [], [], None, ""),
    ("Illustration: image générée par IA", [], [], None, ""),
    # a courtesy word standing as a part; a photographer's credit with a masthead after a comma
    ("Photo: Jane Roe/Courtesy", ["Jane Roe"], [], None, "handout"),
    ("Foto: Lena Vogt/cortesía", ["Lena Vogt"], [], None, "handout"),
    # compounds ending in an organisation word (words.json `organisation_suffix`)
    ("Foto: Fotostudio Kessel", [], ["Fotostudio Kessel"], None, ""),
    ("Kuva: Orsan kaupunginarkisto", [], ["Orsan kaupunginarkisto"], None, ""),
    # markers of Chinese, Japanese, Korean and Arabic credits (words.json)
    ("資料照", [], [], None, "file_photo"),
    ("照片：翻攝畫面", [], [], None, ""),
    ("사진=독자 제공", [], [], None, "handout"),
    ("写真は本人提供", [], [], None, ""),
    ("المصدر: مواقع التواصل", [], [], None, ""),
    ("صورة أرشيفية", [], [], None, "file_photo"),
    ("Photo: Special Arrangement", [], [], None, "handout"),
    # a firm named after its partners or a family's sons (words.json `organisation`, `and`)
    ("Photo: Skidmore, Harlow and Quist", [], ["Skidmore, Harlow and Quist"], None, ""),
    ("Courtesy of Bakken, Myhre og Sivertsen", [], ["Bakken, Myhre og Sivertsen"], None, "handout"),
    ("Foto: Barrios, Guajardo y Bustamante", [], ["Barrios, Guajardo y Bustamante"], None, ""),
    ("© Eriksen og Sønner", [], ["Eriksen og Sønner"], None, ""),
    ("Rendering: Harlow & de Vries", [], ["Harlow & de Vries"], None, ""),
    ("Foto: Linares y Olvera e Hijos", [], ["Linares y Olvera e Hijos"], None, ""),
    ("Foto: Fonseca e Filhos", [], ["Fonseca e Filhos"], None, ""),
    ("Foto: Rossi e Figli/ANSA", [], ["Rossi e Figli", "ANSA"], None, ""),
    # legal forms and organisation words of more countries (words.json)
    ("Photo: Bochud Sàrl", [], ["Bochud"], None, ""),
    ("Foto: Kessel Vargas S.L.N.E.", [], ["Kessel Vargas"], None, ""),
    ("Kuva: Vainio Osk", [], ["Vainio"], None, ""),
    ("Foto: Kremser Bock GesbR", [], ["Kremser Bock"], None, ""),
    ("Foto: Perum Orsa Jaya", [], ["Orsa Jaya"], None, ""),
    ("Foto: Koninklijke van Heusden", [], ["Koninklijke van Heusden"], None, ""),
    ("Foto: Spółdzielnia Orsa", [], ["Spółdzielnia Orsa"], None, ""),
    ("Foto: Gəncə Tekstil Fabriki", [], ["Gəncə Tekstil Fabriki"], None, ""),
    ("عکس: فولاد مبارکه اصفهان", [], ["فولاد مبارکه اصفهان"], None, ""),
    ("صورة: شركة الخليج للتأمين", [], ["شركة الخليج للتأمين"], None, ""),
    # a paper cited in a source note: its journal is a source, its authors no photographers
    (
        "Credit: Orsa Design; Source: “Harbour Tides,” by Ana Berg et al., in Marine Letters, "
        "Vol. 12; May 2021",
        [],
        ["Orsa Design", "Marine Letters"],
        None,
        "",
    ),
    (
        "Chart: Lena Vogt; Source: “Tide Tables of Orsa,” in Harbour Almanac, 2019",
        ["Lena Vogt"],
        ["Harbour Almanac"],
        None,
        "",
    ),
    # labelled credits one after the other, each with its own brackets
    (
        "© Lena Vogt / Orsa Magazin; Fotos: kela / stock.adobe.com (Birke); "
        "Bearbeitung: Orsa Verlag (Ausschnitt)",
        ["Lena Vogt", "kela"],
        ["Orsa Magazin", "Adobe Stock", "Orsa Verlag"],
        None,
        "",
    ),
    # classes found by benchmarks/credit_shapes.py (session 6): initials before initials (not
    # the French title `M.`), `Official photo by` (a marker, no organisation), city and club
    # names, a bare label before an organisation, a caseless name, `para`, `・` or a first name,
    # a sentence's period after a short word, a name's suffix, a distributor's legal form, `;`
    # lists, first names beside a supplier, CJK names beside a Latin supplier, `MAP` in capitals
    ("Photo: M. C. Jansen/AFP", ["M. C. Jansen"], ["AFP"], None, ""),
    ("EPA PHOTO / M. C. JANSEN", ["M. C. Jansen"], ["EPA"], None, ""),
    ("Official photo by Ana Berg/AFP", ["Ana Berg"], ["AFP"], None, "handout"),
    ("Foto: Lena Vogt/City of Orsa", ["Lena Vogt"], ["City of Orsa"], None, ""),
    ("Foto: Real Orsa CF - Tomas Lind", ["Tomas Lind"], ["Real Orsa CF"], None, ""),
    ("Photo Orsa Museum / Ana Berg", ["Ana Berg"], ["Orsa Museum"], None, ""),
    ("PHOTO Orsa Police/Handout", [], ["Orsa Police"], None, "handout"),
    ("PHOTO محمد علي/AFP", ["محمد علي"], ["AFP"], None, ""),
    ("Photo Ana Berg para EFE", ["Ana Berg"], ["EFE"], None, "commissioned"),
    ("Photo Ana Berg・Orsa Museum", ["Ana Berg"], ["Orsa Museum"], None, ""),
    ("PHOTO Sara", ["Sara"], [], None, ""),
    ("Kuva: Ana Berg/Orsa FC.", ["Ana Berg"], ["Orsa FC"], None, ""),
    ("Foto: Ana Berg Jr.", ["Ana Berg Jr."], [], None, ""),
    ("Photo: Ana Berg via Orsa Mills GmbH", ["Ana Berg"], [], "Orsa Mills", ""),
    ("Photo: Ana Berg; Orsa Mills GmbH", ["Ana Berg"], ["Orsa Mills"], None, ""),
    (
        "(Photo by Yada / DDP) (Photo by YADA/DDP via Getty Images)",
        ["Yada"],
        ["DDP"],
        "Getty Images",
        "",
    ),
    ("AFP PHOTO / SARA", ["Sara"], ["AFP"], None, ""),
    ("Zora, TASS", ["Zora"], ["TASS"], None, ""),
    ("Neda for Orsa FC", ["Neda"], ["Orsa FC"], None, "commissioned"),
    ("Orsa Museum - Marcu", ["Marcu"], ["Orsa Museum"], None, ""),
    ("张伟 / Orsa Museum", ["张伟"], ["Orsa Museum"], None, ""),
    ("Photo: 박지영/AFP", ["박지영"], ["AFP"], None, ""),
    ("Photo: 박지영", ["박지영"], [], None, ""),
    ("Photo: MAP", [], ["MAP"], None, ""),
    # suppliers and markers in brackets after the name, a period after them, `(c) `, a CJK label
    ("Foto: Ana Berg (dpa) (Archiv)", ["Ana Berg"], ["dpa"], None, "file_photo"),
    ("Ana Berg (AFP) (Pool)", ["Ana Berg"], ["AFP"], None, "pool"),
    ("Photo: Ana Berg (Orsa Museum).", ["Ana Berg"], ["Orsa Museum"], None, ""),
    ("(c) Photo: Ana Berg (AFP)", ["Ana Berg"], ["AFP"], None, ""),
    ("사진: Ana Berg (Orsa Museum) (Archive)", ["Ana Berg"], ["Orsa Museum"], None, "file_photo"),
]


@pytest.mark.parametrize("row", ROWS, ids=[row[0] for row in ROWS])
def test_credit_lines_of_the_world(row: tuple[str, list[str], list[str], str | None, str]) -> None:
    text, photographers, agencies, distributor, flags = row
    reading = read_credit(text)
    credit = reading.credit
    assert list(credit.photographers) == photographers
    assert list(credit.agencies) == agencies
    assert credit.distributor == distributor
    assert {
        f for f in ("pool", "handout", "file_photo", "commissioned") if getattr(credit, f)
    } == set(flags.split())
    assert not reading.unrecognized


# Countries whose national (or main) news agency the registry must know: every continent.
NATIONAL_AGENCIES = re.findall(
    r"[A-Z]{2}",
    "AF AL AM AO AR AT AU AZ BA BD BE BF BG BH BO BR BT BW BY CA CD CG CH CI CL CN CO CU CY CZ DE "
    "DJ DK DZ EC EG ER ES ET FI FR GB GE GH GN GR GT HR HT HU ID IN IQ IR IT JO JP KE KG KH KP "
    "KR KW KZ LA LB LK LR LT LV LY MA MD ME MK ML MM MN MR MY MZ NA NG NL NO NP OM PE PH PK PL PS "
    "PT PY QA RO RS RU SA SD SE SI SK SL SN SO SY TH TJ TM TN TR TW TZ UA US UZ VE VN YE ZA ZM ZW",
)


def test_the_registry_knows_a_news_agency_of_every_listed_country() -> None:
    data = resources.files("captions.credit").joinpath("data/suppliers.json").read_text("utf-8")
    wire = {s["country"] for s in json.loads(data)["suppliers"] if s["kind"] == "wire"}
    assert not set(NATIONAL_AGENCIES) - wire


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("রয়টার্স", "Reuters"),
        ("रॉयटर्स", "Reuters"),
        ("رویترز", "Reuters"),
        ("เอเอฟพี", "AFP"),
        ("أسوشيتد برس", "AP"),
        ("পিটিআই", "PTI"),
        ("ΑΠΕ", "ANA-MPA"),
        ("Кабар", "Kabar"),
        ("小红书", "Xiaohongshu"),
        ("海上保安庁", "Japan Coast Guard"),
    ],
)
def test_suppliers_are_found_by_their_names_in_their_own_scripts(alias: str, name: str) -> None:
    assert DEFAULT_AGENCIES.lookup(alias) == name


@pytest.mark.parametrize("text", ["Photo: mark the date", "Photo: grace period", "ana berg/efe"])
def test_lower_case_words_are_no_name_without_a_label_or_a_given_name(text: str) -> None:
    assert not read_credit(text).credit.photographers


def test_the_given_names_cover_many_countries_and_scripts() -> None:
    names = given_names()
    assert len(names) >= 20000
    for name in (
        "bianca",
        "brent",
        "charlie",
        "danielle",
        "johannes",
        "jose",
        "ngozi",
        "aigerim",
        "ирина",
        "Γιώργος".casefold(),
        "محمد",
        "राहुल",
    ):
        assert name in names, name
    # words that begin organisation names stay out, though Faker's lists hold some of them
    assert not names & {"star", "royal", "major", "general", "unknown", "press", "london"}


# A label and a value that names nobody: a credit all the same, whose value says the usage
# (words.json `courtesy`, `provided`, `handout`, `private`, `reproduction`, `social_media`).
LABELLED_SOURCES = [
    ("Foto: Divulgação", "handout"),
    ("Crédito: reprodução", "social"),
    ("Foto: Cortesía", "courtesy"),
    ("Fotos: Screenshot", "social"),
    ("Foto: privat", "courtesy"),
    ("Фото: пресс-служба", "handout"),
    ("Kuva: kotialbumi", "courtesy"),
    ("Фото: из личного архива", "courtesy"),
    ("Fot. archiwum rodzinne", "courtesy"),
    ("Foto: Arquivo pessoal", "courtesy"),
    ("Foto: redes sociales", "social"),
    ("Фото: соцсети", "social"),
    ("Ảnh: Internet", "social"),
    ("Foto: captura de pantalla", "social"),
    ("Foto: zrzut ekranu", "social"),
    ("Kuva: kuvakaappaus", "social"),
    ("Fotoğraf: Ekran görüntüsü", "social"),
    ("Foto: ekrano nuotrauka", "social"),
    ("Foto: zur Verfügung gestellt", "handout"),
    ("Foto: Gentileza", "courtesy"),
    ("Photo : collection personnelle", "courtesy"),
    ("Photo DR", "unknown"),
    ("Foto: KI-generiert", "illustration"),
    ("Foto: generata con IA", "illustration"),
    # an illustrative or symbolic picture in more languages (words.json `illustration`)
    ("Foto: Genrebild", "illustration"),
    ("Foto: illustrasjonsbilde", "illustration"),
    ("Nuotr.: asociatyvi nuotrauka", "illustration"),
    ("फोटो: प्रतीकात्मक तस्वीर", "illustration"),
    ("الصورة: صورة تعبيرية", "illustration"),
    ("Fot. zdjęcie ilustracyjne", "illustration"),
    ("Фото: иллюстративное фото", "illustration"),
    ("צילום: אילוסטרציה", "illustration"),
    ("照片：翻攝畫面", "social"),
    ("图片来源：网络", "social"),
    ("Screenshot via YouTube", "social"),
]


@pytest.mark.parametrize(("text", "usage"), LABELLED_SOURCES)
def test_a_label_before_a_source_that_names_nobody_is_a_credit(text: str, usage: str) -> None:
    reading = read_credit(text)
    assert looks_like_credit(text)
    assert not reading.credit.photographers and not reading.unrecognized
    assert credit_usage(reading) == usage


@pytest.mark.parametrize(
    "text", ["Photo: Courtesy of", "Foto: cedida por", "released by", "Photo courtesy"]
)
def test_a_label_that_waits_for_its_source_is_no_credit(text: str) -> None:
    assert not looks_like_credit(text)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo | Jane Roe", True),
        ("FOTO/TOBIAS MARR", True),
        ("Bild | Orsa Press/dpa", True),
        ("Foto / Lena Vogt", True),
        ("Jane Roe, The Orsa Times", True),
        ("Photo | Video | Audio", False),
        ("Photo / Gallery", False),
    ],
)
def test_a_label_noun_set_off_by_a_bar_before_a_name_is_a_credit(text: str, credit: bool) -> None:
    assert looks_like_credit(text) is credit


@pytest.mark.parametrize(
    ("text", "photographers", "agencies"),
    [
        ("Photos: Ana Berg, Tom Lind and Lena Vogt", ["Ana Berg", "Tom Lind", "Lena Vogt"], []),
        ("Photos: Reuters, AP and AFP", [], ["Reuters", "AP", "AFP"]),
        ("Fotos: Ana, Tom und Lena", ["Ana", "Tom", "Lena"], []),
    ],
)
def test_people_and_suppliers_listed_are_no_firm(
    text: str, photographers: list[str], agencies: list[str]
) -> None:
    # guards of the partners' firm rule (`Skidmore, Harlow and Quist`): full names, given
    # names and known suppliers stay what they are
    credit = read_credit(text).credit
    assert (list(credit.photographers), list(credit.agencies)) == (photographers, agencies)


def test_a_chinese_article_source_line_is_no_picture_credit() -> None:
    # `来源：` alone names where an article's text came from (its picture's source is `图片来源：`
    # or `图源：`): the line under a Chinese article's byline is no credit
    assert not looks_like_credit("来源：海港日报")
    assert looks_like_credit("图片来源：海港日报")


@pytest.mark.parametrize("text", ["Presse", "Prensa", "Cortesia", "Assessoria", "Privé"])
def test_section_names_of_a_page_are_no_credit(text: str) -> None:
    # a press page's menu item is no handout marker: only `Pressefoto`, `foto de prensa` are
    assert not looks_like_credit(text)


# Conventions of regions and languages the tables above under-cover (South Asia, Australia and New
# Zealand, Nordic and Baltic, Balkans, Turkey, Arabic, Persian, Hebrew, Thai, Vietnamese,
# Indonesian and Malay, Tagalog, Latin America, Africa, Japan, Korea, China), written from how
# their papers and agencies print credits, with invented people and outlets (session 7). Before
# the fixes of that session 50 of these 215 rows were wrong in some part, supplier or usage
# (46 with the seven expectations corrected below): the honest measure of lines not seen.
# (printed, photographers, organisations (agencies, then distributor), supplier, usage)
# Expectations corrected after the first run, where the parser's reading is the documented one:
# a courtesy label decides the usage before the supplier (`Photo courtesy: Instagram/@x`); a
# picture lent by the person pictured is a courtesy (`NVCC`, `受访者供图`, as `本人提供`);
# `新华社发` is released by Xinhua, not taken by it (handout); VCG is a photo agency (wire);
# `Post` names a publication in `Post file photo`.
WORLD_SWEEP: list[tuple[str, list[str], list[str], str | None, str]] = [
    # South Asia: India
    ("(PTI Photo/Ravi Khatri)", ["Ravi Khatri"], ["PTI"], "PTI", "wire"),
    ("PTI Photo", [], ["PTI"], "PTI", "wire"),
    ("Photo: PTI", [], ["PTI"], "PTI", "wire"),
    ("(Photo: ANI)", [], ["ANI"], "ANI", "wire"),
    ("ANI Photo", [], ["ANI"], "ANI", "wire"),
    ("Photo: IANS", [], ["IANS"], "IANS", "wire"),
    ("HT Photo/Sanjiv Mehra", ["Sanjiv Mehra"], ["Hindustan Times"], "Hindustan Times", "staff"),
    ("(HT Photo)", [], ["Hindustan Times"], "Hindustan Times", "staff"),
    ("Photo: Special Arrangement", [], [], None, "handout"),
    ("Photo: K. Venkatesh Rao", ["K. Venkatesh Rao"], [], None, "unknown"),
    ("Photo: G.N. Iyer", ["G.N. Iyer"], [], None, "unknown"),
    ("Photo: The Hindu", [], ["The Hindu"], "The Hindu", "staff"),
    ("Image for representation only", [], [], None, "illustration"),
    ("Representational image", [], [], None, "illustration"),
    ("File photo: PTI", [], ["PTI"], "PTI", "file"),
    ("Photo: X/@ANI", ["@ANI"], ["X"], "X", "social"),
    ("Photo credit: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    (
        "Photo courtesy: Instagram/@mehek.arora",
        ["@mehek.arora"],
        ["Instagram"],
        "Instagram",
        "courtesy",
    ),
    (
        "(Express Photo by Arjun Sethi)",
        ["Arjun Sethi"],
        ["The Indian Express"],
        "The Indian Express",
        "staff",
    ),
    ("Pic: Rohan Pillai", ["Rohan Pillai"], [], None, "unknown"),
    # Pakistan, Bangladesh, Sri Lanka, Nepal
    ("Photo: APP", [], ["APP"], "APP", "wire"),
    ("— APP", [], ["APP"], "APP", "wire"),
    ("Photo: Reuters/File", [], ["Reuters"], "Reuters", "file"),
    ("Photo: File", [], [], None, "file"),
    ("Photo: BSS", [], ["BSS"], "BSS", "wire"),
    ("Photo: UNB", [], ["UNB"], "UNB", "wire"),
    ("Photo: Collected", [], [], None, "unknown"),
    ("Star file photo", [], ["The Daily Star"], "The Daily Star", "file"),
    ("Photo: Farhana Akter", ["Farhana Akter"], [], None, "unknown"),
    ("Pic by Chaminda Perera", ["Chaminda Perera"], [], None, "unknown"),
    ("Pix by Nuwan Jayasekara", ["Nuwan Jayasekara"], [], None, "unknown"),
    ("Photo: RSS", [], ["RSS"], "RSS", "wire"),
    ("Photo: Post file photo", [], ["Post"], None, "file"),
    ("Photo: Courtesy", [], [], None, "courtesy"),
    # Australia and New Zealand
    ("Picture: AAP Image/Liam Doherty", ["Liam Doherty"], ["AAP"], "AAP", "wire"),
    ("Photo: AAP", [], ["AAP"], "AAP", "wire"),
    ("Picture: Getty Images", [], ["Getty Images"], "Getty Images", "wire"),
    (
        "Picture: Brooke Hastings/NCA NewsWire",
        ["Brooke Hastings"],
        ["NCA NewsWire"],
        "NCA NewsWire",
        "staff",
    ),
    ("Photo: Tama Rewiti/Stuff", ["Tama Rewiti"], ["Stuff"], "Stuff", "staff"),
    ("Photo: RNZ / Mere Tipene", ["Mere Tipene"], ["RNZ"], "RNZ", "staff"),
    ("Photo: 123RF", [], ["123RF"], "123RF", "stock"),
    ("Image: Facebook", [], ["Facebook"], "Facebook", "social"),
    ("Source: Supplied", [], [], None, "handout"),
    ("Photo: Supplied / NZ Police", [], ["NZ Police"], None, "handout"),
    ("Picture: Kirra Mason", ["Kirra Mason"], [], None, "unknown"),
    ("Photo: NZ Herald / Aroha Wiremu", ["Aroha Wiremu"], ["NZ Herald"], "NZ Herald", "staff"),
    ("Picture: News Corp Australia", [], ["News Corp Australia"], "News Corp Australia", "staff"),
    ("Supplied: Orsa Shire Council", [], ["Orsa Shire Council"], None, "handout"),
    ("Photo: ABC News: Callum Reid", ["Callum Reid"], ["ABC News"], "ABC News", "staff"),
    ("Photo: Supplied/Instagram", [], ["Instagram"], "Instagram", "handout"),
    # Nordic and Baltic
    ("Foto: Henrik Lund / TT", ["Henrik Lund"], ["TT"], "TT", "wire"),
    ("Bild: Sofia Ek/TT", ["Sofia Ek"], ["TT"], "TT", "wire"),
    ("Foto: Eirik Haugen / NTB", ["Eirik Haugen"], ["NTB"], "NTB", "wire"),
    ("Foto: Ritzau Scanpix", [], ["Ritzau Scanpix"], "Ritzau Scanpix", "wire"),
    ("Kuva: Lehtikuva", [], ["Lehtikuva"], "Lehtikuva", "wire"),
    ("Kuva: Jari Salo / Lehtikuva", ["Jari Salo"], ["Lehtikuva"], "Lehtikuva", "wire"),
    ("Kuva: Yle / Aino Kettunen", ["Aino Kettunen"], ["Yle"], "Yle", "staff"),
    ("Foto: Skjermdump", [], [], None, "social"),
    ("Bild: Skärmdump", [], [], None, "social"),
    ("Bild: Polisen", [], ["Polisen"], None, "handout"),
    ("Foto: Politiet", [], ["Politiet"], None, "handout"),
    ("Kuva: Poliisi", [], ["Poliisi"], None, "handout"),
    (
        "Foto: Mads Kjær / Ritzau Scanpix",
        ["Mads Kjær"],
        ["Ritzau Scanpix"],
        "Ritzau Scanpix",
        "wire",
    ),
    ("Nuotr. BNS", [], ["BNS"], "BNS", "wire"),
    ("Foto: LETA", [], ["LETA"], "LETA", "wire"),
    ("Nuotr.: Tomas Petraitis / ELTA", ["Tomas Petraitis"], ["ELTA"], "ELTA", "wire"),
    ("Foto: ERR", [], ["ERR"], "ERR", "staff"),
    ("Foto: Kaupo Tamm / Postimees", ["Kaupo Tamm"], ["Postimees"], "Postimees", "staff"),
    ("Mynd: Jón Guðmundsson", ["Jón Guðmundsson"], [], None, "unknown"),
    ("Ljósmynd/Anna Sigurðardóttir", ["Anna Sigurðardóttir"], [], None, "unknown"),
    # Balkans
    ("Foto: Tanjug/Milan Ilić", ["Milan Ilić"], ["Tanjug"], "Tanjug", "wire"),
    ("Foto: FoNet", [], ["FoNet"], "FoNet", "wire"),
    ("Foto: Beta/AP", [], ["Beta", "AP"], "Beta", "wire"),
    ("FOTO: Ivan Horvat/PIXSELL", ["Ivan Horvat"], ["Pixsell"], "Pixsell", "wire"),
    ("Foto: Hina", [], ["Hina"], "Hina", "wire"),
    ("Foto: MIA", [], ["MIA"], "MIA", "wire"),
    ("Foto: Srna", [], ["Srna"], "Srna", "wire"),
    ("Foto: Printscreen", [], [], None, "social"),
    ("Foto: Ilustracija", [], [], None, "illustration"),
    ("Foto: Arhiva", [], [], None, "file"),
    ("Foto: Profimedia", [], ["Profimedia"], "Profimedia", "wire"),
    ("Foto: MUP", [], ["MUP"], None, "handout"),
    ("Foto: Promo", [], [], None, "handout"),
    ("Foto: Ustupljena fotografija", [], [], None, "handout"),
    ("Foto: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    ("Foto: Dragana Jovanović / N1", ["Dragana Jovanović"], ["N1"], "N1", "staff"),
    ("Foto: STA", [], ["STA"], "STA", "wire"),
    ("Foto: Bobo/STA", ["Bobo"], ["STA"], "STA", "wire"),
    # Turkey
    ("Fotoğraf: AA", [], ["Anadolu"], "Anadolu", "wire"),
    ("Fotoğraf: Mehmet Kaya / AA", ["Mehmet Kaya"], ["Anadolu"], "Anadolu", "wire"),
    ("(Fotoğraf: Elif Şahin/AA)", ["Elif Şahin"], ["Anadolu"], "Anadolu", "wire"),
    ("Fotoğraf: DHA", [], ["DHA"], "DHA", "wire"),
    ("Fotoğraf: İHA", [], ["İHA"], "İHA", "wire"),
    ("Fotoğraf: Arşiv", [], [], None, "file"),
    ("Fotoğraf: Sosyal medya", [], [], None, "social"),
    ("Foto: Depo Photos", [], ["Depo Photos"], "Depo Photos", "wire"),
    ("Kaynak: AA", [], ["Anadolu"], "Anadolu", "wire"),
    ("Fotoğraf: Reuters", [], ["Reuters"], "Reuters", "wire"),
    # Arabic
    ("(أ ف ب)", [], ["AFP"], "AFP", "wire"),
    ("(رويترز)", [], ["Reuters"], "Reuters", "wire"),
    ("تصوير: أحمد سالم", ["أحمد سالم"], [], None, "unknown"),
    ("(تصوير: خالد منصور)", ["خالد منصور"], [], None, "unknown"),
    ("(وام)", [], ["WAM"], "WAM", "wire"),
    ("(واس)", [], ["SPA"], "SPA", "wire"),
    ("(قنا)", [], ["QNA"], "QNA", "wire"),
    ("عدسة: يوسف الحربي", ["يوسف الحربي"], [], None, "unknown"),
    ("صورة أرشيفية", [], [], None, "file"),
    ("المصدر: مواقع التواصل الاجتماعي", [], [], None, "social"),
    ("صورة من رويترز", [], ["Reuters"], "Reuters", "wire"),
    ("(الأناضول)", [], ["Anadolu"], "Anadolu", "wire"),
    # Persian
    ("عکس: ایرنا", [], ["IRNA"], "IRNA", "wire"),
    ("عکاس: مهدی کریمی", ["مهدی کریمی"], [], None, "unknown"),
    ("عکس: تسنیم", [], ["Tasnim"], "Tasnim", "wire"),
    ("عکس: آرشیو", [], [], None, "file"),
    ("منبع: ایسنا", [], ["ISNA"], "ISNA", "wire"),
    ("عکس: مهدی کریمی/ایسنا", ["مهدی کریمی"], ["ISNA"], "ISNA", "wire"),
    # Hebrew
    ("צילום: רויטרס", [], ["Reuters"], "Reuters", "wire"),
    ("צילום: יוסי לוי", ["יוסי לוי"], [], None, "unknown"),
    ("צילום: יוסי לוי, פלאש 90", ["יוסי לוי"], ["Flash90"], "Flash90", "wire"),
    ("צילום: דוברות המשטרה", [], ["דוברות המשטרה"], None, "handout"),
    ("צילום: רשתות חברתיות", [], [], None, "social"),
    ("צילום מסך", [], [], None, "social"),
    ("צילום: באדיבות המשפחה", [], [], None, "courtesy"),
    ("צילום: AP", [], ["AP"], "AP", "wire"),
    # Thai
    ("ภาพ: รอยเตอร์", [], ["Reuters"], "Reuters", "wire"),
    ("ภาพจาก: เฟซบุ๊ก", [], ["Facebook"], "Facebook", "social"),
    ("ภาพประกอบ", [], [], None, "illustration"),
    ("ขอบคุณภาพ: สมศักดิ์ แก้วมณี", ["สมศักดิ์ แก้วมณี"], [], None, "courtesy"),
    ("ที่มา: เอเอฟพี", [], ["AFP"], "AFP", "wire"),
    # Vietnamese
    ("Ảnh: TTXVN", [], ["VNA"], "VNA", "wire"),
    ("Ảnh: Trần Minh Đức", ["Trần Minh Đức"], [], None, "unknown"),
    ("Ảnh: Trần Minh Đức/TTXVN", ["Trần Minh Đức"], ["VNA"], "VNA", "wire"),
    ("Ảnh minh họa", [], [], None, "illustration"),
    ("Ảnh: NVCC", [], [], None, "courtesy"),
    ("Ảnh: Tư liệu", [], [], None, "file"),
    ("Ảnh chụp màn hình", [], [], None, "social"),
    ("Ảnh: Reuters", [], ["Reuters"], "Reuters", "wire"),
    ("Ảnh: Facebook", [], ["Facebook"], "Facebook", "social"),
    ("Ảnh: CTV", [], [], None, "staff"),
    # Indonesian and Malay
    ("Foto: ANTARA/Rizky Pratama", ["Rizky Pratama"], ["Antara"], "Antara", "wire"),
    ("(ANTARA FOTO/Dewi Lestari/nym)", ["Dewi Lestari"], ["Antara"], "Antara", "wire"),
    ("Foto: Istimewa", [], [], None, "handout"),
    ("Foto: dok. Humas Polda Jaya", [], ["Humas Polda Jaya"], None, "handout"),
    ("Foto: Dok. Pribadi", [], [], None, "courtesy"),
    ("Foto: Tangkapan layar", [], [], None, "social"),
    ("Foto: Agus Setiawan/detikcom", ["Agus Setiawan"], ["detikcom"], "detikcom", "staff"),
    ("Foto: Bernama", [], ["Bernama"], "Bernama", "wire"),
    ("Gambar: Bernama", [], ["Bernama"], "Bernama", "wire"),
    ("Gambar hiasan", [], [], None, "illustration"),
    ("Foto: REUTERS/Budi Santoso", ["Budi Santoso"], ["Reuters"], "Reuters", "wire"),
    ("Foto: Shutterstock", [], ["Shutterstock"], "Shutterstock", "stock"),
    # Tagalog and the Philippines
    ("Larawan mula sa PNA", [], ["PNA"], "PNA", "wire"),
    ("Kuha ni Juan Santos", ["Juan Santos"], [], None, "unknown"),
    ("Larawan: Maria Reyes", ["Maria Reyes"], [], None, "unknown"),
    ("PNA photo by Jose Ramos", ["Jose Ramos"], ["PNA"], "PNA", "wire"),
    ("Contributed photo", [], [], None, "handout"),
    ("INQUIRER PHOTO / JUAN DELA CRUZ", ["Juan Dela Cruz"], ["Inquirer"], "Inquirer", "staff"),
    ("Screengrab from PTV", [], ["PTV"], "PTV", "social"),
    ("(Photo by Ana Villanueva/Rappler)", ["Ana Villanueva"], ["Rappler"], "Rappler", "staff"),
    # Latin America
    ("Foto: Cuartoscuro", [], ["Cuartoscuro"], "Cuartoscuro", "wire"),
    ("Foto: Archivo", [], [], None, "file"),
    ("Foto: Especial", [], [], None, "handout"),
    (
        "Foto: Mariana Torres | El Universal",
        ["Mariana Torres"],
        ["El Universal"],
        "El Universal",
        "staff",
    ),
    ("Foto: Agencia Uno", [], ["Agencia Uno"], "Agencia Uno", "wire"),
    ("(Foto: EFE/Carlos Mendoza)", ["Carlos Mendoza"], ["EFE"], "EFE", "wire"),
    ("Foto: Captura de video", [], [], None, "social"),
    ("FOTO: CORTESÍA", [], [], None, "courtesy"),
    ("Foto: Télam", [], ["Télam"], "Télam", "wire"),
    ("Foto: NA", [], ["Noticias Argentinas"], "Noticias Argentinas", "wire"),
    ("Foto: Presidencia", [], ["Presidencia"], None, "handout"),
    ("Foto: Reprodução/Instagram", [], ["Instagram"], "Instagram", "social"),
    ("Foto: Divulgação/Polícia Civil", [], ["Polícia Civil"], None, "handout"),
    (
        "Foto: Tânia Rêgo/Agência Brasil",
        ["Tânia Rêgo"],
        ["Agência Brasil"],
        "Agência Brasil",
        "wire",
    ),
    ("Foto: Folhapress", [], ["Folhapress"], "Folhapress", "wire"),
    ("Foto: Lucas Prado/Folhapress", ["Lucas Prado"], ["Folhapress"], "Folhapress", "wire"),
    ("Foto: Estadão Conteúdo", [], ["Estadão Conteúdo"], "Estadão Conteúdo", "wire"),
    ("Foto: Andina", [], ["Andina"], "Andina", "wire"),
    ("Foto: Prensa Latina", [], ["Prensa Latina"], "Prensa Latina", "wire"),
    ("Foto: Ilustrativa", [], [], None, "illustration"),
    ("Foto: Especial / Diego Ramírez", ["Diego Ramírez"], [], None, "handout"),
    ("Crédito: Valentina Ríos", ["Valentina Ríos"], [], None, "unknown"),
    (
        "Imagen: Sofía Herrera/Getty Images",
        ["Sofía Herrera"],
        ["Getty Images"],
        "Getty Images",
        "wire",
    ),
    ("Foto: AP/Andrés Vargas", ["Andrés Vargas"], ["AP"], "AP", "wire"),
    # Africa
    ("Photo: NAN", [], ["NAN"], "NAN", "wire"),
    (
        "Picture: Thabo Nkosi/Gallo Images",
        ["Thabo Nkosi"],
        ["Gallo Images"],
        "Gallo Images",
        "wire",
    ),
    (
        "Image: Sipho Dlamini/Gallo Images via Getty Images",
        ["Sipho Dlamini"],
        ["Gallo Images", "Getty Images"],
        "Gallo Images",
        "wire",
    ),
    ("Photo: KNA", [], ["KNA"], "KNA", "wire"),
    ("PHOTO | FILE | NATION", [], ["Nation"], "Nation", "file"),
    ("PHOTO | WANJIRU KAMAU | NMG", ["Wanjiru Kamau"], ["NMG"], "NMG", "staff"),
    ("Photo: State House", [], ["State House"], None, "handout"),
    ("Photo: MAP", [], ["MAP"], "MAP", "wire"),
    ("Photo: GNA", [], ["GNA"], "GNA", "wire"),
    ("Photo: Xinhua/Amina Yusuf", ["Amina Yusuf"], ["Xinhua"], "Xinhua", "wire"),
    (
        "Picture: Lerato Mokoena/Sunday Times",
        ["Lerato Mokoena"],
        ["Sunday Times"],
        "Sunday Times",
        "staff",
    ),
    ("Photo: APS", [], ["APS"], "APS", "wire"),
    # Japan, Korea, China beyond the common forms
    ("（共同）", [], ["Kyodo"], "Kyodo", "wire"),
    ("（時事）", [], ["Jiji Press"], "Jiji Press", "wire"),
    ("写真＝共同", [], ["Kyodo"], "Kyodo", "wire"),
    ("写真＝ロイター", [], ["Reuters"], "Reuters", "wire"),
    ("（撮影・佐藤健一）", ["佐藤健一"], [], None, "unknown"),
    ("写真はイメージ", [], [], None, "illustration"),
    ("（AP＝共同）", [], ["AP", "Kyodo"], "AP", "wire"),
    ("사진=연합뉴스", [], ["Yonhap"], "Yonhap", "wire"),
    ("사진=게티이미지뱅크", [], ["Getty Images Bank"], "Getty Images Bank", "stock"),
    ("사진=독자 제공", [], [], None, "handout"),
    ("[사진 출처=인스타그램]", [], ["Instagram"], "Instagram", "social"),
    ("新华社发（王伟摄）", ["王伟"], ["Xinhua"], "Xinhua", "handout"),
    ("（视觉中国）", [], ["VCG"], "VCG", "wire"),
    ("图/视觉中国", [], ["VCG"], "VCG", "wire"),
    ("中新社记者 李强 摄", ["李强"], ["China News Service"], "China News Service", "wire"),
    ("受访者供图", [], [], None, "courtesy"),
    ("资料图", [], [], None, "file"),
    ("（中央社）", [], ["CNA"], "CNA", "wire"),
    ("中央社記者王小明攝", ["王小明"], ["CNA"], "CNA", "wire"),
    ("（路透社）", [], ["Reuters"], "Reuters", "wire"),
]

# Rows still wrong, each a class left for later (strict: a fix must move the row out of here).
STILL_WRONG = {
    "Star file photo": "a publication's short name before `file photo`, lower case",
    "Photo: Post file photo": "a one-word publication before a lower-case `file photo`",
    "Ảnh: CTV": "`CTV` (contributor) is also a broadcaster's acronym",
    "Foto: dok. Humas Polda Jaya": "`dok.` of an office is its handout, of a paper its file",
    "صورة من رويترز": "`من` after a label also opens captions (`a picture from the protests`)",
    "Screengrab from PTV": "`PTV` names broadcasters of two countries: the registry has none",
    "PHOTO | FILE | NATION": "`Nation` alone is too common a word for an alias",
    "Photo: State House": "`State House` (an official residence of many countries) reads as a name",
    "Picture: Lerato Mokoena/Sunday Times": "`Sunday Times` names papers of several countries",
}


def _organisation(name: str) -> str:
    return (DEFAULT_AGENCIES.lookup(name) or name).casefold()


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[row[0]]))
        if row[0] in STILL_WRONG
        else row
        for row in WORLD_SWEEP
    ],
    ids=[row[0] for row in WORLD_SWEEP],
)
def test_credit_conventions_of_the_world(
    row: tuple[str, list[str], list[str], str | None, str],
) -> None:
    text, photographers, organisations, supplier, usage = row
    reading = read_credit(text)
    credit = reading.credit
    assert [p.casefold() for p in credit.photographers] == [p.casefold() for p in photographers]
    named = [*credit.agencies, *filter(None, [credit.distributor])]
    assert {_organisation(o) for o in named} == {_organisation(o) for o in organisations}
    found = main_supplier(credit)
    known = DEFAULT_AGENCIES.lookup(supplier) if supplier else None
    assert supplier is None or known is not None  # the registry knows the supplier
    assert (found.name if found else None) == known
    assert credit_usage(reading) == usage
    assert not reading.unrecognized


def test_the_world_sweep_is_mostly_right() -> None:
    # the rows left wrong stay few: 9 of 215 at session 7 (0.958 right)
    assert len(STILL_WRONG) / len(WORLD_SWEEP) <= 0.045
