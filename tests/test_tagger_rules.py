"""Golden tests for the rule tagger: the tricky families of the issue (tense, boundaries, anaphora...)."""
from __future__ import annotations

import datetime as dt

import pytest

from worker.engine.tagger import tag

FRIDAY = dt.date(2013, 3, 22)  # the publication date of timex3-values.md


def found(text: str, published: dt.date = FRIDAY, language: str = "en") -> dict[str, tuple[str, str]]:
    """{surface text: (type, value)} for every expression, checking the offsets on the way."""
    out = {}
    for x in tag(text, published, language):
        assert text[x.start:x.end] == x.text
        out[x.text] = (x.type, x.value)
    return out


def value_of(text: str, expression: str, published: dt.date = FRIDAY) -> str:
    result = found(text, published)
    assert expression in result, f"{expression!r} not found in {result}"
    return result[expression][1]


# --- weekdays x tense -------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAST = {"Monday": "2013-03-18", "Tuesday": "2013-03-19", "Wednesday": "2013-03-20", "Thursday": "2013-03-21",
        "Friday": "2013-03-22", "Saturday": "2013-03-16", "Sunday": "2013-03-17"}
FUTURE = {"Monday": "2013-03-25", "Tuesday": "2013-03-26", "Wednesday": "2013-03-27", "Thursday": "2013-03-28",
          "Friday": "2013-03-22", "Saturday": "2013-03-23", "Sunday": "2013-03-24"}


@pytest.mark.parametrize("day", WEEKDAYS)
def test_weekday_in_past_clause_is_before_publication(day):
    assert value_of(f"The court ruled on {day} that the law was valid.", day) == PAST[day]


@pytest.mark.parametrize("day", WEEKDAYS)
def test_weekday_in_future_clause_is_after_publication(day):
    assert value_of(f"The minister will travel to Paris on {day}.", day) == FUTURE[day]


@pytest.mark.parametrize("sentence, expected", [
    ("He said on Tuesday that he will resign.", "2013-03-19"),
    ("Officials said the talks are expected to resume Tuesday.", "2013-03-26"),
    ("The vote is scheduled for Tuesday.", "2013-03-26"),
    ("The summit, which was held on Tuesday, ended without a deal.", "2013-03-19"),
    ("The meeting will be held on Tuesday.", "2013-03-26"),
    ("The summit opens Tuesday in Brussels.", "2013-03-26"),
    ("He died on Tuesday.", "2013-03-19"),
    ("The storm will hit on Tuesday.", "2013-03-26"),
    ("The storm hit on Tuesday.", "2013-03-19"),
    ("The company plans to cut jobs on Tuesday.", "2013-03-26"),
    ("Voters went to the polls on Tuesday.", "2013-03-19"),
    ("Thirty-two members had filed their reports by Tuesday.", "2013-03-19"),
    ("Officials must file their reports by Tuesday.", "2013-03-26"),
    ("The dollar was at 1.84 marks Tuesday.", "2013-03-19"),
])
def test_weekday_tense_cues(sentence, expected):
    assert value_of(sentence, "Tuesday") == expected


def test_past_clause_with_a_near_deadline_keeps_the_year():
    november = dt.date(1989, 11, 2)
    assert value_of("The group extended its offer to Nov. 20.", "Nov. 20", november) == "1989-11-20"
    assert value_of("The company said sales fell in December.", "December", november) == "1988-12"


def test_this_past_weekend_and_the_weekend_follow_tense():
    assert value_of("This past weekend, the team lost.", "This past weekend") == "2013-W11-WE"
    assert value_of("He died at the weekend.", "the weekend") == "2013-W11-WE"
    assert value_of("Temperatures will drop over the weekend.", "the weekend") == "2013-W12-WE"


def test_last_and_next_weekday_skip_the_publication_day():
    assert value_of("The plant closed last Friday.", "last Friday") == "2013-03-15"
    assert value_of("The plant reopens next Friday.", "next Friday") == "2013-03-29"


# --- months, days and year boundaries ---------------------------------------------------------

def test_month_without_year_follows_tense_across_year_boundaries():
    new_year = dt.date(2014, 1, 2)
    assert value_of("Sales fell in December.", "December", new_year) == "2013-12"
    assert value_of("The company will open a plant in December.", "December", new_year) == "2014-12"
    eve = dt.date(2013, 12, 31)
    assert value_of("The company will open a plant in January.", "January", eve) == "2014-01"
    assert value_of("Sales rose in January.", "January", eve) == "2013-01"


def test_month_day_without_year_follows_tense_across_year_boundaries():
    new_year = dt.date(2014, 1, 2)
    assert value_of("The agency said on Dec. 28 that it had finished.", "Dec. 28", new_year) == "2013-12-28"
    assert value_of("The deadline is Jan. 31.", "Jan. 31", new_year) == "2014-01-31"
    eve = dt.date(2013, 12, 31)
    assert value_of("The law will take effect on January 31.", "January 31", eve) == "2014-01-31"
    assert value_of("The court ruled on December 30.", "December 30", eve) == "2013-12-30"


@pytest.mark.parametrize("text, expression, expected", [
    ("He was born on 12 August 1949 in Leeds.", "12 August 1949", "1949-08-12"),
    ("He was born on Aug. 12, 1949, in Leeds.", "Aug. 12, 1949", "1949-08-12"),
    ("The filing is dated 2019-11-05.", "2019-11-05", "2019-11-05"),
    ("The filing is dated 3/15/2019.", "3/15/2019", "2019-03-15"),
    ("Prices rose in March 2011.", "March 2011", "2011-03"),
    ("Prices rose in 2016.", "2016", "2016"),
    ("It was popular in the 1990s.", "the 1990s", "199"),
    ("It was founded in the 19th century.", "the 19th century", "18"),
    ("Revenue grew in Q4 2018.", "Q4 2018", "2018-Q4"),
    ("Revenue grew in the first half of 2018.", "the first half of 2018", "2018-H1"),
    ("They met in summer 2015.", "summer 2015", "2015-SU"),
    ("Profit rose in fiscal 2012.", "fiscal 2012", "2012"),
    ("He was born in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("Posted Jan 5, 2013 by staff.", "Jan 5, 2013", "2013-01-05"),
    ("The deadline is Jun 30 2014.", "Jun 30 2014", "2014-06-30"),
])
def test_absolute_dates(text, expression, expected):
    assert value_of(text, expression) == expected


def test_decade_modifier_is_folded_into_the_extent():
    result = {x.text: x for x in tag("Prices peaked in the mid-1980s.", FRIDAY)}
    assert result["the mid-1980s"].value == "198"
    assert result["the mid-1980s"].mod == "MID"
    late = {x.text: x for x in tag("It grew in the late 1990s.", FRIDAY)}
    assert late["the late 1990s"].mod == "END"


# --- relative and deictic ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("The report came out today.", "today", "2013-03-22"),
    ("The report came out yesterday.", "yesterday", "2013-03-21"),
    ("The report comes out tomorrow.", "tomorrow", "2013-03-23"),
    ("The index fell last week.", "last week", "2013-W11"),
    ("The index fell this week.", "this week", "2013-W12"),
    ("The index may fall next week.", "next week", "2013-W13"),
    ("Voters go to the polls this weekend.", "this weekend", "2013-W12-WE"),
    ("Sales rose last month.", "last month", "2013-02"),
    ("Sales will rise next month.", "next month", "2013-04"),
    ("Sales rose last year.", "last year", "2012"),
    ("The firm was sold three days ago.", "three days ago", "2013-03-19"),
    ("The firm was sold a year ago.", "a year ago", "2012"),
    ("The firm was sold two weeks ago.", "two weeks ago", "2013-W10"),
])
def test_deictic_expressions(text, expression, expected):
    assert value_of(text, expression) == expected


def test_mods_on_relative_expressions():
    result = {x.text: x for x in tag("Sales rose earlier this year and will fall at the end of the year.", FRIDAY)}
    assert result["earlier this year"].value == "2013"
    assert result["earlier this year"].mod == "START"
    assert result["the end of the year"].value == "2013"
    assert result["the end of the year"].mod == "END"


def test_iso_weeks_across_a_year_boundary():
    # 2013-01-02 is in ISO week 1 of 2013; the week before is 2012-W52.
    assert value_of("Orders slowed last week.", "last week", dt.date(2013, 1, 2)) == "2012-W52"
    # 2010-01-01 belongs to ISO week 53 of 2009.
    assert value_of("Orders slowed this week.", "this week", dt.date(2010, 1, 1)) == "2009-W53"


# --- anaphora ---------------------------------------------------------------------------------

def test_anaphora_chain_uses_the_previous_date_and_records_it():
    text = "The fire started on 3 March 2012. The following day it spread. Two months later it was out."
    xs = tag(text, FRIDAY)
    by_text = {x.text: x for x in xs}
    first, following, later = by_text["3 March 2012"], by_text["The following day"], by_text["Two months later"]
    assert following.value == "2012-03-04"
    assert following.anchor == "expression" and following.anchor_tid == first.tid
    assert later.value == "2012-05"
    assert later.anchor == "expression" and later.anchor_tid == following.tid


def test_month_day_inside_a_dated_sentence_takes_its_year():
    text = "The ICC opened its probe in March 2011 to investigate crimes committed during the 17 February revolution."
    assert value_of(text, "17 February", dt.date(2017, 4, 25)) == "2011-02-17"
    # ... but not across sentences, nor in future clauses
    assert value_of("He came in March 2011. He left on 17 February.", "17 February", dt.date(2017, 4, 25)) == "2017-02-17"
    assert value_of("Invited in July 1997, Poland will join on March 12.", "March 12", dt.date(1999, 2, 27)) == "1999-03-12"


def test_month_names_in_a_history_article_belong_to_its_years():
    history = ("The war began on November 1, 1954. On November 12, the minister spoke. In 1955 the army grew. "
               "Fighting spread in 1956. In August, the rebels met.")
    assert value_of(history, "November 12", dt.date(2009, 6, 1)) == "1954-11-12"
    assert value_of(history, "August", dt.date(2009, 6, 1)) == "1956-08"
    # news keeps its months in the publication's year
    news = "NATO was founded in 1949 and expanded in 1952 and 1955. On Monday it met. In April, it will grow."
    assert value_of(news, "April", dt.date(1999, 3, 12)) == "1999-04"


def test_that_year_refers_to_the_narrative_year():
    text = "The company was founded in 1998. That year it hired 40 people."
    assert value_of(text, "That year") == "1998"


def test_deictic_expressions_are_anchored_on_publication():
    x = {e.text: e for e in tag("The report came out yesterday.", FRIDAY)}["yesterday"]
    assert x.anchor == "publication" and x.anchor_tid is None


# --- holidays, parts of day, clock times ------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("Shops were busy on Christmas Eve.", "Christmas Eve", "2012-12-24"),
    ("Crowds gathered on New Year's Eve.", "New Year's Eve", "2012-12-31"),
    ("Families met on Thanksgiving.", "Thanksgiving", "2012-11-22"),
    ("Families will meet on Thanksgiving.", "Thanksgiving", "2013-11-28"),
    ("The parade is held on Independence Day 2014.", "Independence Day 2014", "2014-07-04"),
    ("Churches were full on Easter 2012.", "Easter 2012", "2012-04-08"),
])
def test_holidays(text, expression, expected):
    assert value_of(text, expression) == expected


def test_parts_of_day_and_clock_times():
    result = found("Police were called on Tuesday night. The blast happened at 3:30 p.m. Tuesday.")
    assert result["Tuesday night"] == ("TIME", "2013-03-19TNI")
    assert result["3:30 p.m. Tuesday"] == ("TIME", "2013-03-19T15:30")
    assert found("The bank opens this morning.")["this morning"] == ("TIME", "2013-03-22TMO")


# --- durations, sets, vague references --------------------------------------------------------

@pytest.mark.parametrize("text, expression, expected", [
    ("Prices rose over the past three years.", "the past three years", "P3Y"),
    ("The flight took 14 hours.", "14 hours", "PT14H"),
    ("The talks lasted several months.", "several months", "PXM"),
    ("The dispute lasted for decades.", "decades", "PXDE"),
    ("They waited 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("It is a five-year plan.", "five-year", "P5Y"),
])
def test_durations(text, expression, expected):
    result = found(text)
    assert result[expression] == ("DURATION", expected)


def test_duration_mods():
    xs = {x.text: x for x in tag("He spent more than a decade abroad and about two years in jail.", FRIDAY)}
    assert xs["more than a decade"].value == "P10Y" and xs["more than a decade"].mod == "MORE_THAN"
    assert xs["about two years"].value == "P2Y" and xs["about two years"].mod == "APPROX"


@pytest.mark.parametrize("text, expression, expected", [
    ("The market is open every Tuesday.", "every Tuesday", "XXXX-WXX-2"),
    ("The report is published annually.", "annually", "P1Y"),
    ("The newsletter appears weekly.", "weekly", "P1W"),
    ("The board meets every month.", "every month", "P1M"),
])
def test_sets(text, expression, expected):
    assert found(text)[expression] == ("SET", expected)


def test_twice_a_year_has_a_frequency():
    x = {e.text: e for e in tag("The board meets twice a year.", FRIDAY)}["twice a year"]
    assert (x.type, x.value, x.freq) == ("SET", "P1Y", "2X")


@pytest.mark.parametrize("text, expression, expected", [
    ("Prices are now higher.", "now", "PRESENT_REF"),
    ("She said: 'Currently my mom is away.'", "Currently", "PRESENT_REF"),
    ("The firm is currently profitable.", "currently", "PRESENT_REF"),
    ("The firm recently hired staff.", "recently", "PAST_REF"),
    ("Such crises happened in the past.", "the past", "PAST_REF"),
    ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
])
def test_vague_references(text, expression, expected):
    assert found(text)[expression] == ("DATE", expected)


# --- quarters ---------------------------------------------------------------------------------

def test_quarters_follow_the_reporting_calendar():
    october = dt.date(1989, 10, 26)
    assert value_of("Third-quarter profit rose 5%.", "Third-quarter", october) == "1989-Q3"
    assert value_of("The company expects fourth-quarter sales to rise.", "fourth-quarter", october) == "1989-Q4"
    assert value_of("The company said its fourth-quarter loss widened.", "fourth-quarter", dt.date(1990, 2, 1)) == "1989-Q4"
    text = "Net income rose in the third quarter. In the year-ago quarter, it fell."
    assert value_of(text, "the year-ago quarter", october) == "1988-Q3"
    assert value_of("Profit fell in the quarter.", "the quarter", october) == "1989-Q3"


# --- false alarms -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "May I ask you a question?",
    "Thousands joined the March for Science.",
    "The plant built 2016 units last year but none of them sold.",
    "For details call 555-2017.",
    "He scored in the 90th minute.",
    "Do you have a car?",
    "The interview was conducted by Mark Sunday.",
    "She read the Sunday Times.",
    "The film High Noon is a classic.",
    "Iraq imports about three-quarters of its food.",
    "Rooms cost $55 a night.",
    "Fans love March Madness.",
    "The play is by August Wilson.",
    "They signed the Good Friday agreement.",
    "He decorated the Christmas tree.",
    "Rev. Sun Myung Moon spoke.",
    "The Summer Olympics opened.",
    "Temperatures were in the 90s.",
    "The fall of Rome changed Europe.",
    "She was named Person of the Year.",
    "He teaches Sunday school.",
    "He said on CBS's ''60 Minutes.''",
])
def test_false_alarms(text):
    result = found(text)
    noise = {k: v for k, v in result.items() if k not in ("last year",)}
    assert noise == {}, noise


def test_years_next_to_count_nouns():
    assert found("The plant built 2016 units.") == {}
    assert found("In 2016 people voted for change.") == {"2016": ("DATE", "2016")}


def test_year_like_numbers_in_money_and_percentages_are_not_years():
    assert found("Shares rose to $1999 after a 2010% gain.") == {}


# --- non-English ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, expression, expected", [
    ("Die Wahl fand am 12. März 2017 statt.", "de", "12. März 2017", "2017-03-12"),
    ("Le sommet a eu lieu le 5 novembre 2019 à Paris.", "fr", "5 novembre 2019", "2019-11-05"),
    ("La reunión fue el 3 de mayo de 2018.", "es", "3 de mayo de 2018", "2018-05-03"),
    ("Il vertice si è tenuto il 12 ottobre 2020.", "it", "12 ottobre 2020", "2020-10-12"),
    ("Het besluit viel op 05.11.2019 in Den Haag.", "nl", "05.11.2019", "2019-11-05"),
    ("Die Reform kam im Januar 2015.", "de", "Januar 2015", "2015-01"),
    ("Выборы прошли 5 ноября 2019 года.", "ru", "5 ноября 2019", "2019-11-05"),
    ("会议于2019年11月5日举行。", "zh", "2019年11月5日", "2019-11-05"),
    ("El plazo vence el 12/03/2019.", "es", "12/03/2019", "2019-03-12"),
    # a day and month take the year of a date written earlier in the sentence (not of the sentence before)
    ("A eleição foi em 2 de outubro de 2022, e o segundo turno em 30 de outubro.", "pt", "30 de outubro", "2022-10-30"),
    ("En 2019, el 4 de marzo, hubo otra cumbre.", "es", "4 de marzo", "2019-03-04"),
    ("Am 3.10.2020 und am 5. November feierte man.", "de", "5. November", "2020-11-05"),
    ("Der Vertrag wurde 2019 unterzeichnet. Die Frist endet am 5. November.", "de", "5. November", "2012-11-05"),
])
def test_non_english_absolute_dates(text, language, expression, expected):
    assert found(text, language=language)[expression][1] == expected


def test_non_english_month_name_leaves_the_full_stop_out():
    assert "30 de outubro" in found("O segundo turno foi em 30 de outubro.", language="pt")
    assert "7 sept." in found("Réunion le 5 sept. 2023 et le 7 sept. à Lyon.", language="fr")  # an abbreviation's


# --- robustness -------------------------------------------------------------------------------

def test_expressions_are_sorted_non_overlapping_and_slice_exactly():
    text = ("On Monday, Oct. 26, 1998, the court met for three hours; the next day it ruled. "
            "Last week and every Tuesday since 1990, 12/31/1999 and now. ") * 3
    xs = tag(text, FRIDAY)
    assert xs, "expected expressions"
    for a, b in zip(xs, xs[1:]):
        assert a.end <= b.start
    for x in xs:
        assert text[x.start:x.end] == x.text
    assert [x.tid for x in xs] == [f"t{i}" for i in range(1, len(xs) + 1)]


@pytest.mark.parametrize("text", ["", " ", "\u0130stanbul on Monday", "x" * 10, "1" * 5000, "Monday " * 500,
                                  "\ud800 broken surrogate May 5", "2019-13-45 and 31/02/2019 and 99:99 p.m."])
def test_never_raises_and_offsets_hold(text):
    for x in tag(text, FRIDAY):
        assert text[x.start:x.end] == x.text


def test_numeric_dates_are_month_first_only_in_english():
    assert found("The deadline was 12/03/2019.")["12/03/2019"][1] == "2019-12-03"
    assert found("Le délai était le 12/03/2019.", language="fr")["12/03/2019"][1] == "2019-03-12"


def test_mods_on_dates_counted_back():
    # TimeBank keeps the mod of the stated amount ("more than four decades ago": MORE_THAN)
    xs = {x.text: x for x in tag("It fell more than two years ago and rose almost a year ago.", FRIDAY)}
    assert (xs["more than two years ago"].value, xs["more than two years ago"].mod) == ("2011", "MORE_THAN")
    assert (xs["almost a year ago"].value, xs["almost a year ago"].mod) == ("2012", "LESS_THAN")
    june = dt.date(2010, 6, 16)
    for text, value, mod in [("less than two weeks ago", "2010-W22", "LESS_THAN"),
                             ("about two weeks ago", "2010-W22", "APPROX"),
                             ("some three years ago", "2007", "APPROX"),
                             ("more than three months ago", "2010-03", "MORE_THAN")]:
        xs = tag(f"The phone went on sale {text}.", june)
        assert [(x.text, x.value, x.mod) for x in xs] == [(text, value, mod)]


def test_regional_language_codes_fall_back_to_the_language():
    assert found("A reunião foi em 3 de maio de 2018.", language="pt-BR")["3 de maio de 2018"][1] == "2018-05-03"


def test_the_quarter_just_ended_is_last_years_in_january():
    january = dt.date(2014, 1, 15)
    assert value_of("Fourth-quarter results will be released next week.", "Fourth-quarter", january) == "2013-Q4"
    assert value_of("First-quarter profit will rise.", "First-quarter", january) == "2014-Q1"
    assert value_of("Third-quarter profit rose.", "Third-quarter", january) == "2013-Q3"


def test_halves_without_a_year_only_in_business_context():
    assert found("First-half profit rose 10%.", dt.date(2013, 9, 5))["First-half"] == ("DATE", "2013-H1")
    assert found("In the second half, the striker scored twice.") == {}


@pytest.mark.parametrize("text, expression, value, freq", [
    ("The bus runs every two weeks.", "every two weeks", "P2W", None),
    ("Take it twice daily.", "twice daily", "P1D", "2X"),
    ("They meet three times a week.", "three times a week", "P1W", "3X"),
    ("The shop closes on weekends.", "weekends", "XXXX-WXX-WE", None),
])
def test_more_sets(text, expression, value, freq):
    x = {e.text: e for e in tag(text, FRIDAY)}[expression]
    assert (x.type, x.value, x.freq) == ("SET", value, freq)


def test_holiday_weeks_and_weekends():
    assert value_of("Protesters prayed as Easter week began.", "Easter week", dt.date(2000, 4, 17)) == "2000-W16"
    assert value_of("Shoppers were out over Thanksgiving weekend.", "Thanksgiving weekend", dt.date(2013, 12, 2)) == "2013-W48-WE"


def test_the_year_is_a_span_when_it_ends_on_a_date():
    october = dt.date(1989, 10, 30)
    assert found("Revenue was $980 million in the year ended March 31.", october)["the year"] == ("DURATION", "P1Y")
    assert found("For the year, volume was flat.", october)["the year"] == ("DATE", "1989")


def test_relative_words_in_other_languages():
    pub = dt.date(2019, 11, 20)
    de = found("Gestern wurde gewählt, morgen wird gezählt. Am Morgen regnete es.", pub, "de")
    assert de == {"Gestern": ("DATE", "2019-11-19"), "morgen": ("DATE", "2019-11-21")}
    es = found("Ayer llovió. Por la mañana hace frío. El año pasado fue malo.", pub, "es")
    assert es == {"Ayer": ("DATE", "2019-11-19"), "El año pasado": ("DATE", "2018")}


def test_weekdays_in_other_languages_are_the_latest_ones():
    pub = dt.date(2019, 11, 20)  # a Wednesday
    assert found("Am Montag wurde gewählt.", pub, "de") == {"Montag": ("DATE", "2019-11-18")}
    assert found("El martes llovió.", pub, "es") == {"martes": ("DATE", "2019-11-19")}


# --- tense: intent nouns, passive infinitives, "not ... until" (publication Friday 2013-03-22) --------------

@pytest.mark.parametrize("sentence, expression, expected", [
    ("The bank announced an agreement to acquire the company in January.", "January", "2014-01"),
    ("He made a bid to win the seat in May.", "May", "2013-05"),
    ("He said final guidelines to be published in early November will decide.", "early November", "2013-11"),
    ("He was believed to be in Paris in May.", "May", "2012-05"),
    ("Until Thursday, they had not called him a suspect.", "Thursday", "2013-03-21"),
    ("Police had not identified the man until Monday, officials said.", "Monday", "2013-03-18"),
    ("The store will stay open until Thursday.", "Thursday", "2013-03-28"),
    ("The minister is to visit Paris on Tuesday.", "Tuesday", "2013-03-26"),
])
def test_tense_from_intent_nouns_passive_infinitives_and_not_until(sentence, expression, expected):
    assert value_of(sentence, expression) == expected


def test_a_number_at_the_very_start_of_a_text_is_found():
    assert found("2013 was a good year.")["2013"] == ("DATE", "2013")
    assert found("1990s music is back.")["1990s"] == ("DATE", "199")


def test_short_quarter_before_a_business_noun():
    # written in March, the third quarter with no future cue is last year's: this year's has not begun
    assert found("Q3 earnings beat estimates.")["Q3"] == ("DATE", "2012-Q3")
    assert found("Q3 was bad.") == {}


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The president is meeting the pope on Monday.", "Monday", "2013-03-25"),
    ("The president was meeting the pope on Monday.", "Monday", "2013-03-18"),
    ("The bank said it is continuing to try to sell itself, under a June agreement.", "June", "2012-06"),
    ("The storm arrived Saturday. By Sunday, it had passed.", "Sunday", "2013-03-17"),
    ("Officials must file their reports by Sunday.", "Sunday", "2013-03-24"),
    ("Sales are expected to rise in the fourth quarter.", "the fourth quarter", "2013-Q4"),
    ("The company reported a loss for the fourth quarter.", "the fourth quarter", "2012-Q4"),
])
def test_progressive_plans_pluperfect_deadlines_and_quarters_long_ended(sentence, expression, expected):
    assert value_of(sentence, expression) == expected


def test_the_quarter_just_ended_is_reported_on_even_in_future_clauses():
    october = dt.date(1989, 10, 30)
    assert value_of("The company will report third-quarter results next week.", "third-quarter", october) == "1989-Q3"


def test_month_of_that_year_takes_the_narrative_year():
    text = "The company was founded in 1998. In March of that year, it hired its first employee."
    assert found(text)["March of that year"] == ("DATE", "1998-03")
    text = "He was elected in 2004 and took office in January of the following year."
    assert found(text)["January of the following year"] == ("DATE", "2005-01")


def test_dates_without_a_cue_share_the_tense_of_the_sentence_before_them():
    text = "The flights will leave from March 30, with the third departing each Thursday from August 6."
    assert value_of(text, "August 6") == "2013-08-06"
    assert value_of("Talks were held on Monday, and on Thursday.", "Thursday") == "2013-03-21"


@pytest.mark.parametrize("text", [
    "Windows 2000 was released.", "The Boeing 747 landed.", "Highway 101 was closed.", "Chapter 11 bankruptcy looms.",
    "The fall of the Berlin Wall changed Europe.", "The Sunday Times reported it.", "He is 45.", "The score was 21-14.",
    "Temperatures hit 100 degrees.", "The ratio is 3/4.", "Wait a minute.", "The second quarterback threw.",
    "Will Smith may win.", "Good Morning America aired.", "Apple's iPhone 5 launched.",
])
def test_more_false_alarms(text):
    assert found(text) == {}


def test_the_week_of_a_date_is_its_iso_week():
    assert found("They met during the week of Jan. 5, 2010.")["the week of Jan. 5, 2010"] == ("DATE", "2010-W01")
    assert found("Over the weekend of May 4, 2013, protests grew.")["the weekend of May 4, 2013"] == ("DATE", "2013-W18-WE")
    assert found("The vote will take place in the week of 11 March 2013.") == {"the week of 11 March 2013": ("DATE", "2013-W11")}


def test_odd_input_errors_fall_back_but_interrupts_propagate(monkeypatch):
    from worker.engine import tagger

    class SoftTimeLimitExceeded(Exception):  # what Celery raises inside a task at its soft time limit
        pass

    def odd(text, published):
        raise ValueError("an odd expression")

    monkeypatch.setattr(tagger, "_tag_english", odd)
    assert [x.value for x in tag("It happened on 2013-03-05.", FRIDAY)] == ["2013-03-05"]  # the fallback

    def interrupted(text, published):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(tagger, "_tag_english", interrupted)
    with pytest.raises(SoftTimeLimitExceeded):
        tag("It happened on Tuesday.", FRIDAY)


# --- SemEval-2015 Apple news ------------------------------------------------------------------

JAN_2007 = dt.date(2007, 1, 18)


@pytest.mark.parametrize("text, expression, expected", [
    ("Apple sold a record number of iPods at Christmas.", "Christmas", "2006-12-25"),
    ("It was a bumper Christmas for Apple.", "Christmas", "2006-12-25"),
    ("The iPod was the must-have gift this Christmas, analysts said.", "this Christmas", "2006-12-25"),
    ("Apple sold 21 million iPods between Thanksgiving and Christmas.", "Thanksgiving", "2006-11-23"),
    ("Apple will open the store before Christmas.", "Christmas", "2007-12-25"),
    ("On New Year's Day, sales rose.", "New Year's Day", "2007-01-01"),
    ("Over Thanksgiving, sales rose.", "Thanksgiving", "2006-11-23"),
    ("Christmas: a record for Apple.", "Christmas", "2006-12-25"),  # no tense: the nearest, news looks back
])
def test_holidays_follow_tense_like_months(text, expression, expected):
    assert value_of(text, expression, JAN_2007) == expected


def test_holiday_in_a_history_story_takes_the_story_year():
    history = ("The war began on November 1, 1954. On November 12, the minister spoke. In 1955 the army grew. "
               "Fighting spread in 1956. At Easter, the rebels met.")
    assert value_of(history, "Easter", dt.date(2009, 6, 1)) == "1956-04-01"


@pytest.mark.parametrize("text, expression, expected", [
    ("Apple has grown since 2004, and since January of this year its stock has doubled.", "January of this year", "2011-01"),
    ("Revenue fell in January of last year.", "January of last year", "2010-01"),
    ("It will open in March of next year.", "March of next year", "2012-03"),
    ("The deal closed on March 3 of last year.", "March 3 of last year", "2010-03-03"),
    ("The plant will open in the spring of next year.", "the spring of next year", "2012-SP"),
    ("The fort fell in 1794. On July 25 of that year the army left.", "July 25 of that year", "1794-07-25"),
])
def test_month_of_this_or_last_year_is_one_expression(text, expression, expected):
    assert value_of(text, expression, dt.date(2011, 8, 25)) == expected


APRIL_2008 = dt.date(2008, 4, 3)


def test_as_of_a_month_is_the_latest_one_whatever_story_came_before():
    history = ("Apple was founded in 1976. The iPod came out in 2001. The iTunes Store has sold 4 billion songs "
               "since its launch in 2003, and had 50 million customers as of February.")
    assert value_of(history, "February", APRIL_2008) == "2008-02"
    news = "iTunes has sold 4 billion songs since its launch in April 2003, and had 50 million customers as of February."
    assert value_of(news, "February", APRIL_2008) == "2008-02"
    assert value_of("iTunes, launched on April 28, 2003, had 50 million users as of February.", "February", APRIL_2008) == "2008-02"
    assert value_of("iTunes opened in April 2003 and had 50 million users as of March 31.", "March 31", APRIL_2008) == "2008-03-31"


def test_a_bare_month_takes_a_story_year_only_from_a_full_date():
    assert value_of("The store opened on April 28, 2003, and in May it sold a million songs.", "May", APRIL_2008) == "2003-05"
    assert value_of("Since its launch in 2003, iTunes has grown. It had 50 million users in February.", "February",
                    APRIL_2008) == "2008-02"
    # a day and month keep the year of the month just named in their sentence
    text = "The ICC opened its probe in March 2011 to investigate crimes committed during the 17 February revolution."
    assert value_of(text, "17 February", dt.date(2017, 4, 25)) == "2011-02-17"


def test_a_year_after_since_does_not_move_the_story():
    history = ("The war began on November 1, 1954. On November 12, the minister spoke. In 1955 the army grew. "
               "It was the largest battle since 1813. In August, the rebels met.")
    assert value_of(history, "August", dt.date(2009, 6, 1)) == "1955-08"


@pytest.mark.parametrize("text, expected", [
    ("Steve Jobs 1955-2011 was a founder.", [("1955", "1955"), ("2011", "2011")]),
    ("Steve Jobs (1955–2011) was a founder.", [("1955", "1955"), ("2011", "2011")]),
    ("Steve Jobs (1955 - 2011) was a founder.", [("1955", "1955"), ("2011", "2011")]),
    ("Temperature records 1850-2011 show it.", [("1850", "1850"), ("2011", "2011")]),
    ("The 1958-59 season was long.", [("1958", "1958"), ("59", "1959")]),
])
def test_year_ranges_are_two_dates(text, expected):
    xs = tag(text, dt.date(2011, 10, 6))
    assert [(x.text, x.value) for x in xs] == expected
    assert all(text[x.start:x.end] == x.text for x in xs)


@pytest.mark.parametrize("text, expression, expected", [
    ("Apple reported results for the first quarter of the financial year.", "the first quarter of the financial year", "2008-Q1"),
    ("Sales fell in the third quarter of the fiscal year, the company said.", "the third quarter of the fiscal year", "2007-Q3"),
    ("Apple said its fiscal first quarter profit rose.", "fiscal first quarter", "2008-Q1"),
    ("Apple expects growth in fiscal 2008.", "fiscal 2008", "2008"),
    ("Apple expects growth in fiscal year 2008.", "fiscal year 2008", "2008"),
    ("Apple expects growth in FY2008.", "FY2008", "2008"),
    ("Apple expects growth in FY08.", "FY08", "2008"),
])
def test_fiscal_years_and_quarters_keep_their_names(text, expression, expected):
    assert value_of(text, expression, dt.date(2008, 1, 22)) == expected


# --- held-out families: tense cues, year boundaries, anaphora, holidays, quarters, false alarms ---

NEW_YEARS_EVE = dt.date(2013, 12, 31)  # a Tuesday
JAN_2 = dt.date(2014, 1, 2)  # a Thursday


@pytest.mark.parametrize("sentence, expected", [
    ("Theresa May said on Tuesday that talks would resume.", "2013-03-19"),  # "May said" is a past
    ("Fireworks lit the sky on Tuesday.", "2013-03-19"),
    ("The team plays on Sunday.", "2013-03-24"),  # a scheduled event in the simple present
    ("The talks resume Monday.", "2013-03-25"),
    ("Parliament votes on Thursday.", "2013-03-28"),
    ("The team won on Sunday.", "2013-03-17"),
    ("Police said the suspect was arrested Thursday.", "2013-03-21"),
    ("The strike, which began Monday, continues.", "2013-03-18"),
    ("They're meeting on Monday.", "2013-03-25"),
    ("Negotiators are due back in Geneva on Wednesday.", "2013-03-27"),
    ("He didn't attend the meeting on Monday.", "2013-03-18"),
    ("He won't attend the meeting on Monday.", "2013-03-25"),
])
def test_weekday_tense_cues_more(sentence, expected):
    day = next(d for d in WEEKDAYS if d in sentence)
    assert value_of(sentence, day) == expected


@pytest.mark.parametrize("published, sentence, expression, expected", [
    (NEW_YEARS_EVE, "The court ruled on Monday.", "Monday", "2013-12-30"),
    (NEW_YEARS_EVE, "The court will rule on Monday.", "Monday", "2014-01-06"),
    (JAN_2, "The court ruled on Friday.", "Friday", "2013-12-27"),
    (JAN_2, "The court will rule on Friday.", "Friday", "2014-01-03"),
    (NEW_YEARS_EVE, "The store opened on January 31.", "January 31", "2013-01-31"),
    (NEW_YEARS_EVE, "The law takes effect on January 31.", "January 31", "2014-01-31"),
    (JAN_2, "The store closed on December 30.", "December 30", "2013-12-30"),
    (JAN_2, "The rule will take effect on December 1.", "December 1", "2014-12-01"),
    (JAN_2, "The law took effect on January 1.", "January 1", "2014-01-01"),
    (JAN_2, "Sales rose in December.", "December", "2013-12"),
    (NEW_YEARS_EVE, "The company will open a plant in January.", "January", "2014-01"),
    (JAN_2, "The company reported a loss in the fourth quarter.", "the fourth quarter", "2013-Q4"),
    (NEW_YEARS_EVE, "Sales will rise in the first quarter.", "the first quarter", "2014-Q1"),
    (NEW_YEARS_EVE, "Third-quarter profit will rise.", "Third-quarter", "2014-Q3"),  # 2013's was reported long ago
    (dt.date(2013, 10, 28), "Third-quarter profit will rise.", "Third-quarter", "2013-Q3"),  # about to be reported
    (JAN_2, "Fourth-quarter profit rose 5%.", "Fourth-quarter", "2013-Q4"),
    (NEW_YEARS_EVE, "Shops were busy on Christmas Eve.", "Christmas Eve", "2013-12-24"),
    (JAN_2, "Crowds gathered on New Year's Eve.", "New Year's Eve", "2013-12-31"),
    (JAN_2, "Crowds will gather on New Year's Eve.", "New Year's Eve", "2014-12-31"),
    (NEW_YEARS_EVE, "Crowds will gather on New Year's Day.", "New Year's Day", "2014-01-01"),
    # a plain event date in a plainly past or future clause lies where the tense says, even near the publication
    (FRIDAY, "The law took effect on April 1.", "April 1", "2012-04-01"),
    (FRIDAY, "The plant closed on April 15.", "April 15", "2012-04-15"),
    (FRIDAY, "The company will open a plant in February.", "February", "2014-02"),
    (FRIDAY, "The rules will apply from March 1.", "March 1", "2014-03-01"),
    (FRIDAY, "The vote is scheduled for March 15.", "March 15", "2014-03-15"),
    (FRIDAY, "The trial is set to begin on March 20.", "March 20", "2014-03-20"),
    (NEW_YEARS_EVE, "The law took effect on January 1.", "January 1", "2013-01-01"),
    (NEW_YEARS_EVE, "The trial is set to begin on December 20.", "December 20", "2014-12-20"),
    # ... but a deadline or a reported plan keeps its slack
    (dt.date(1989, 11, 2), "The group extended its offer to Nov. 20.", "Nov. 20", "1989-11-20"),
    (dt.date(2000, 1, 7), "The committee subpoenaed him to testify on Feb. 10.", "Feb. 10", "2000-02-10"),
    (dt.date(2000, 1, 15), "The agency ordered him to repatriate the child by Jan. 14.", "Jan. 14", "2000-01-14"),
    (JAN_2, "Sales rose this December.", "this December", "2013-12"),
    (FRIDAY, "Snow fell this winter.", "this winter", "2012-WI"),  # the winter of 2012-13, just ended in March
    (FRIDAY, "Snow will fall this winter.", "this winter", "2013-WI"),
    (JAN_2, "Snow fell this winter.", "this winter", "2013-WI"),
    (JAN_2, "Sales for the full year rose 5%.", "the full year", "2013"),
    (JAN_2, "Sales rose last year.", "last year", "2013"),
    (NEW_YEARS_EVE, "Shoppers will be out this weekend.", "this weekend", "2014-W01-WE"),
    (JAN_2, "The index fell last week.", "last week", "2013-W52"),
    # the ends and starts of the year and the month
    (FRIDAY, "The deal closed at the end of the year.", "the end of the year", "2012"),
    (FRIDAY, "The deal will close by the end of the year.", "the end of the year", "2013"),
    (FRIDAY, "Work will start at the beginning of the year.", "the beginning of the year", "2014"),
    (FRIDAY, "Work will start at the beginning of the month.", "the beginning of the month", "2013-04"),
    (dt.date(2014, 1, 2), "Sales rose at the end of the month.", "the end of the month", "2013-12"),
    (dt.date(2013, 12, 20), "The deal closed at the end of the year.", "the end of the year", "2013"),
    (FRIDAY, "The law takes effect on January 1.", "January 1", "2014-01-01"),
])
def test_year_boundaries_follow_tense(published, sentence, expression, expected):
    assert value_of(sentence, expression, published) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("Fireworks lit the sky on Independence Day.", "Independence Day", "2012-07-04"),
    ("Fireworks will light the sky on the Fourth of July.", "the Fourth of July", "2013-07-04"),
    ("Churches were full on Easter Sunday.", "Easter Sunday", "2012-04-08"),
    ("Churches will be full on Easter.", "Easter", "2013-03-31"),
    ("Families met on Thanksgiving Day.", "Thanksgiving Day", "2012-11-22"),
    ("Shops will be busy on Christmas Eve.", "Christmas Eve", "2013-12-24"),
    ("He returned on Boxing Day.", "Boxing Day", "2012-12-26"),
    ("Traffic was heavy over Labor Day weekend.", "Labor Day weekend", "2012-W35-WE"),
    ("Shops will be busy in Christmas week.", "Christmas week", "2013-W52"),
    ("Crowds gathered on Canada Day.", "Canada Day", "2012-07-01"),
    ("Revellers filled the streets on Mardi Gras.", "Mardi Gras", "2013-02-12"),
])
def test_holidays_follow_tense(sentence, expression, expected):
    assert value_of(sentence, expression) == expected


@pytest.mark.parametrize("sentence, expression, expected", [
    ("The company's third-quarter earnings beat forecasts.", "third-quarter", "2012-Q3"),  # Q3 2013 has not begun
    ("Q4 sales fell.", "Q4", "2012-Q4"),
    ("Q2 sales will rise.", "Q2", "2013-Q2"),
    ("Fourth-quarter profit will rise.", "Fourth-quarter", "2013-Q4"),
    ("The company posted a loss in the fourth quarter of 2012.", "the fourth quarter of 2012", "2012-Q4"),
    ("Revenue in Q4 2018 was flat.", "Q4 2018", "2018-Q4"),
    # a quarter or half without a year, right after a story's year, is in that year
    ("Sales rose 5% in 2011. In the fourth quarter, they fell 2%.", "the fourth quarter", "2011-Q4"),
    ("Sales rose in 2010. In the first half, costs fell.", "the first half", "2010-H1"),
    ("Sales rose in 2010 but fell in the first half of the following year.", "the first half of the following year",
     "2011-H1"),
])
def test_quarters_more(sentence, expression, expected):
    assert value_of(sentence, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The firm was founded on May 5, 2010. That summer it moved.", "That summer", "2010-SU"),
    ("The war began on June 22, 1941. The next day the army retreated.", "The next day", "1941-06-23"),
    ("The war began on June 22, 1941. That month it lost ground.", "That month", "1941-06"),
    ("He was elected in 2008. Four years later he was re-elected.", "Four years later", "2012"),
    ("He arrived on March 3. Three days earlier, police had raided the house.", "Three days earlier", "2013-02-28"),
    ("He left on Monday. The following day he returned.", "The following day", "2013-03-19"),
    ("The plant closed last year. That year sales fell.", "That year", "2012"),
])
def test_anaphora_chains_more(text, expression, expected):
    assert value_of(text, expression) == expected


def test_hours_later_after_a_clock_time_is_a_time():
    assert found("He arrived at 9 a.m. Two hours later he left.")["Two hours later"] == ("TIME", "2013-03-22T11:00")


@pytest.mark.parametrize("text", [
    "She may go, but April said no.",
    "Theresa May told reporters the deal was done.",
    "He wrote for the Mail on Sunday.",
    "The Sunday Times reported the story.",
    "We offer a 24/7 service.",
    "Will Smith will star in the film.",
    "Flight 1945 landed safely.",
    "The company sold 1999 cars.",
    "The temperature hit 2012 degrees.",
    "The Decade of Action starts.",
    "He will spring into action.",
    "Will Ferrell and April Kepner joined the cast.",
    "Mr. Friday was arrested.",
])
def test_false_alarms_more(text):
    assert found(text) == {}


# --- histories: a story told in past years dates its bare months, days and seasons itself ---

HISTORY = ("The war began in 1954. The army grew in 1955 and in 1956, and in 1957 it won. In March 1958 the "
           "government fell. " + "Fighting went on in the hills for many weeks. " * 12 +
           "By August, the rebels had lost. On September 12, the premier spoke, and during the summer "
           "the army regrouped. By the end of the year the war was over.")


@pytest.mark.parametrize("expression, expected", [
    ("August", "1958-08"),  # more than 400 characters after the story's last date, after "by"
    ("September 12", "1958-09-12"),
    ("the summer", "1958-SU"),
    ("the end of the year", "1958"),
])
def test_history_dates_its_months_from_the_story(expression, expected):
    assert value_of(HISTORY, expression, dt.date(2009, 12, 19)) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("The FLN met in August/September 1956.", "August", "1956-08"),
    ("Nationalists fought from April to September 1957.", "April", "1957-04"),
    ("Prices rose between March and May 2012.", "March", "2012-03"),
])
def test_month_range_shares_the_year_of_its_end(text, expression, expected):
    assert value_of(text, expression) == expected




@pytest.mark.parametrize("day", WEEKDAYS)
@pytest.mark.parametrize("frame", [
    "The bill faces a vote {d}.",
    "Voters head to the polls {d}.",
    "The game kicks off at 3 p.m. on {d}.",
])
def test_weekday_after_a_scheduled_present_is_ahead(frame, day):
    assert value_of(frame.format(d=day), day) == FUTURE[day]


def test_over_the_past_years_is_not_more_than():
    x = next(x for x in tag("Prices have doubled over the last two decades.", FRIDAY) if x.type == "DURATION")
    assert (x.text, x.value, x.mod) == ("the last two decades", "P20Y", None)


@pytest.mark.parametrize("text, expression, expected", [
    ("The year-long investigation ended.", "year-long", "P1Y"),
    ("After a day-long meeting, they agreed.", "day-long", "P1D"),
    ("The decades-long conflict ended.", "decades-long", "PXDE"),
])
def test_unit_long_adjectives_are_durations(text, expression, expected):
    assert found(text)[expression] == ("DURATION", expected)


@pytest.mark.parametrize("text, expression, expected", [
    ("Shares fell overnight in Asia.", "overnight", "2013-03-21TNI"),
    ("The results will be released overnight.", "overnight", "2013-03-22TNI"),
    ("The bomb exploded on Tuesday. In the morning, police arrived.", "the morning", "2013-03-19TMO"),
    ("The storm hit on March 3. By mid-afternoon, the streets were flooded.", "mid-afternoon", "2013-03-03TAF"),
])
def test_parts_of_day_on_their_own(text, expression, expected):
    assert found(text)[expression] == ("TIME", expected)


@pytest.mark.parametrize("text", ["I run in the morning.", "The overnight rate rose.", "He stayed in an overnight hotel."])
def test_parts_of_day_without_a_day(text):
    assert found(text) == {}


@pytest.mark.parametrize("text, expression, expected", [
    ("The talks were held in the first week of March.", "the first week of March", "2013-W10"),
    ("The talks will be held in the second week of April.", "the second week of April", "2013-W15"),
    ("The talks will be held in the last week of April 2014.", "the last week of April 2014", "2014-W17"),
    ("The festival takes place on the first weekend of June.", "the first weekend of June", "2013-W22-WE"),
])
def test_nth_week_of_a_month(text, expression, expected):
    assert value_of(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    ("Sales peaked in week 12 of 2013.", "week 12 of 2013", "2013-W12"),
    ("Sales peaked in 2013-W12.", "2013-W12", "2013-W12"),
    ("Sales peaked in the 12th week of the year.", "the 12th week of the year", "2013-W12"),
    ("Sales peaked in calendar week 52.", "calendar week 52", "2012-W52"),  # a past clause written in March
])
def test_iso_week_numbers(text, expression, expected):
    assert value_of(text, expression) == expected


@pytest.mark.parametrize("text, expected", [
    ("The NATO summit will be held on April 24 and 25.", {"April 24": "2013-04-24", "25": "2013-04-25"}),
    ("The talks were held on March 12, 13 and 14.", {"March 12": "2013-03-12", "13": "2013-03-13", "14": "2013-03-14"}),
    ("The talks were held on March 12 and 13 people died.", {"March 12": "2013-03-12"}),
])
def test_days_after_a_date_share_its_month(text, expected):
    assert {k: v for k, (_, v) in found(text).items()} == expected


def test_from_a_place_until_a_date_is_a_deadline_not_a_range():
    monday = dt.date(2019, 10, 28)
    assert value_of("The EU agreed on Monday to delay Britain's departure from the bloc until Jan. 31.", "Jan. 31",
                    monday) == "2020-01-31"
    assert value_of("The road was closed from 6 a.m. until 1 p.m. on Sunday.", "6 a.m.", monday) == "2019-10-27T06:00"


# --- rules of different examiners meeting (each fixed when their branches were merged) -----------------------

@pytest.mark.parametrize("published, text, expected", [
    # a week ahead's weekdays stop at a coordinated clause: on a Monday, the next Tuesday is tomorrow
    (dt.date(2024, 9, 30), "Earnings season kicks off next week, and Nike is due to report on Tuesday.",
     {"next week": ("DATE", "2024-W41"), "Tuesday": ("DATE", "2024-10-01")}),
    (dt.date(2017, 4, 14), "Earnings gather pace next week, with Goldman reporting on Tuesday.",
     {"next week": ("DATE", "2017-W16"), "Tuesday": ("DATE", "2017-04-18")}),
    # a narrative-placed month moves a later past month on, never a year past an earlier one
    (dt.date(2026, 2, 6), "The rate dipped last month from 4.4 percent in December. Job gains for November and "
     "December were revised down.", {"last month": ("DATE", "2026-01"), "November": ("DATE", "2025-11"),
                                     "December": ("DATE", "2025-12")}),
    # "and that" after a verb of saying is a conjunction; without one, a determiner
    (dt.date(2009, 1, 15), "She said traffic improved, and that January sales were down.",
     {"January": ("DATE", "2009-01")}),
    (dt.date(2009, 1, 15), "Sales fell in 2008, and that September thousands of shops closed.",
     {"2008": ("DATE", "2008"), "that September": ("DATE", "2008-09")}),
    # a question's own tense, and a verbless answer that takes its question's
    (dt.date(2023, 6, 20), "Will the ceasefire hold until Friday?", {"Friday": ("DATE", "2023-06-23")}),
])
def test_rules_of_different_examiners_together(published, text, expected):
    assert found(text, published) == expected


def test_per_document_caches_let_go_of_the_text():
    """The tagger caches a few look-ups while it tags one document; none may keep a (possibly huge) text alive."""
    from worker.engine.tagger import _prev_word
    from worker.engine.tense import direction

    found("The court ruled on Tuesday and will meet again on Friday. " * 50)
    assert _prev_word.cache_info().currsize == 0 and direction.cache_info().currsize == 0
