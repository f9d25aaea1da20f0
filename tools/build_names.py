"""Build the shipped name lists: extractors/data/first_names.txt, surnames.txt and places.txt.

Run once from the repository root (needs `pip install faker`, a build-time tool only):
    python tools/build_names.py [--municipalities /work/shared/reference/municipalities.csv]
"""
from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "extractors" / "data"
DEFAULT_MUNICIPALITIES = Path("/work/shared/reference/municipalities.csv")
DEFAULT_REGIONS = Path("/work/shared/reference/regions.csv")

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

# Faker entries that are, in protocol text, far more often Swedish words than names.
NOT_FIRST_NAMES = frozenset({"Del", "Juni", "Mina", "My"})
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
    args = parser.parse_args()
    places = read_places(args.municipalities, args.regions)
    place_keys = {p.casefold() for p in places}
    first = clean_names([*faker_first_names(), *words(EXTRA_FIRST_NAMES)])
    last = clean_names([*faker_last_names(), *words(EXTRA_SURNAMES), *patronyms(),
                        *compound_surnames(place_keys)])
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    print("first_names.txt", write_lines(DATA_DIR / "first_names.txt", first))
    print("surnames.txt", write_lines(DATA_DIR / "surnames.txt", last))
    print("places.txt", write_lines(DATA_DIR / "places.txt", places))


if __name__ == "__main__":
    main()
