"""Word lists for the temporal tagger (English), kept as plain data."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names that are also ordinary words: only trusted when capitalised and in a date-like context.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "august"}
# Lower-case nouns after a month that name a weather or creature of that season: "June gloom", "May gray", "June bugs"
MONTH_SEASON_NOUNS = {"gloom", "gray", "grey", "bug", "bugs", "beetle", "beetles", "fly", "flies"}
# Months that are also given names, and verbs taking a person as object: "She met April at the airport".
NAME_MONTHS = {"april", "june"}
PERSON_OBJECT_VERBS = {"met", "meet", "meets", "meeting", "told", "tell", "tells", "saw", "see", "sees", "beat", "beats",
                       "thank", "thanks", "marry", "marries", "hug", "hugs", "kiss", "kisses", "call", "calls", "visit",
                       "visits", "join", "joins", "hire", "hires", "invite", "invites", "ask", "asks"}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tues": 2, "tue": 2, "wed": 3, "thurs": 4, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# A bare season before these names a kind of period, not a dated one: "a delayed winter break".
SEASON_KIND_NOUNS = {"break", "breaks", "vacation", "vacations", "holiday", "holidays", "recess", "camp", "camps", "semester",
                     "term", "session", "school", "training", "solstice", "equinox", "tires", "tyres", "clothes", "wheat",
                     "water", "waters", "roll", "rolls", "onion", "onions", "cleaning", "collection", "collections", "wear", "tide", "tides",
                     "people", "residents", "visitors", "home", "homes", "cottage", "cottages",  # "summer people"
                     "window", "windows", "transfer", "transfers", "olympics", "paralympics", "games",  # "the winter window"
                     "guy", "guys",  # "the fall guy"
                     # produce named for the season it grows in: "summer squash", "winter barley" (not clothing: the
                     # tweets' gold tags "In winter coat with gloves on")
                     "squash", "greens", "vegetables", "barley", "rye", "crops",
                     # creatures named for their season: "the fall armyworm", "winter moths", "spring peepers"
                     "armyworm", "armyworms", "moth", "moths", "peeper", "peepers"}
# Words before a bare season that make it a figure of speech: "a nuclear winter", "the crypto winter"
SEASON_FIGURE_WORDS = {"nuclear", "volcanic", "crypto", "ai", "economic", "demographic"}
# Words that take "about" as a preposition: "realistic about 2026" is no "circa 2026".
ABOUT_HEADS = {"realistic", "optimistic", "pessimistic", "cautious", "confident", "hopeful", "worried", "concerned", "nervous",
               "anxious", "excited", "uncertain", "unsure", "sure", "clear", "upbeat", "bullish", "bearish", "talk", "talks",
               "talked", "talking", "think", "thinking", "thought", "worry", "worries", "care", "know", "knew", "ask", "asked",
               "hear", "heard", "learn", "say", "said", "questions", "news", "debate", "wrong", "right",
               # "what's striking about this year": an adjective of judgement heads the preposition
               "striking", "interesting", "different", "special", "unusual", "remarkable", "notable", "unique",
               "strange", "surprising", "important", "significant", "proud", "angry", "upset", "curious", "honest",
               # a work's subject: "a new drama about the winter of 1962-63", "a book about 1968"
               "drama", "dramas", "film", "films", "documentary", "book", "books", "novel", "play", "series", "story",
               "stories", "programme", "program", "podcast", "song", "exhibition", "article"}
# verbs whose particle is "around" ("before things turn around next spring"): no approximation of the date after it
AROUND_PARTICLE_VERBS = {"turn", "turns", "turned", "turning", "come", "comes", "came", "coming", "bounce", "bounces",
                         "bounced", "bouncing", "swing", "swings", "swung", "swinging", "get", "gets", "got", "getting",
                         "hang", "hangs", "hung", "stick", "sticks", "stuck"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
    "mornings": "MO", "afternoons": "AF", "evenings": "EV",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF", "daytime": "DT", "overnight": "NI",
}

SMALL_NUMBERS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "dozen": 12, "a dozen": 12, "half a dozen": 6, "half a": 0.5, "half an": 0.5, "half": 0.5, "a half": 0.5, "couple of": 2, "a couple of": 2,
    "a couple": 2,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
    "two thousand": 2000,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Vague amounts: their durations carry X (PXY).
FUZZY_NUMBERS = (
    "a few", "few", "several", "some", "many", "a number of", "numerous", "dozens of",
    "hundreds of", "a couple of", "couple of",
)
# Ordinal words -> number (days of month, centuries, quarters).
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}

# Duration units -> (TIMEX3 unit letter, is a clock unit)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("2W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
}
UNIT_FORMS = {
    "seconds": "second", "secs": "second", "sec": "second", "minutes": "minute", "mins": "minute",
    "min": "minute", "hours": "hour", "hrs": "hour", "hr": "hour", "secs": "second", "days": "day", "nights": "night",
    "weeks": "week", "weekends": "weekend", "fortnights": "fortnight", "months": "month",
    "quarters": "quarter", "years": "year", "yrs": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium",
}

# Holidays: fixed (month, day) or a rule name understood by the tagger.
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "new years day": (1, 1),
    "new year": (1, 1), "new years eve": (12, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "independence day": (7, 4),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
    "the fourth": (7, 4),  # American "mark the Fourth with a parade" (capitalised, alone: vetted in the tagger)
    "veterans day": (11, 11), "veterans' day": (11, 11), "armistice day": (11, 11),
    "remembrance day": (11, 11), "remembrance sunday": "remembrance", "all saints' day": (11, 1), "april fools' day": (4, 1),
    "labour day": (5, 1), "may day": (5, 1), "bastille day": (7, 14), "flag day": (6, 14),
    "juneteenth": (6, 19), "groundhog day": (2, 2), "d-day": (6, 6),
    "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving",
    "easter sunday": "easter", "easter": "easter", "easter monday": "easter+1", "good friday": "easter-2",
    "ash wednesday": "easter-46", "palm sunday": "easter-7", "pentecost": "easter+49",
    "memorial day": "memorial", "labor day": "labor", "martin luther king day": "mlk",
    "martin luther king jr. day": "mlk", "presidents' day": "presidents", "presidents day": "presidents",
    "columbus day": "columbus", "indigenous peoples' day": "columbus", "indigenous peoples day": "columbus",
    "mother's day": "mothers", "father's day": "fathers", "mothering sunday": "easter-21",  # Britain's, Lent's 4th Sunday
    "easter week": "easter-6", "holy week": "easter-6", "thanksgiving weekend": "thanksgiving+2",
    "election day": "election", "black friday": "thanksgiving+1", "cyber monday": "thanksgiving+4",
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25), "earth day": (4, 22),
    "inauguration day": (1, 20), "whit monday": "easter+50", "whit sunday": "easter+49", "mardi gras": "easter-47",
    "shrove tuesday": "easter-47", "maundy thursday": "easter-3", "holy saturday": "easter-1",
    "ascension day": "easter+39",
    "epiphany": (1, 6), "bonfire night": (11, 5), "guy fawkes night": (11, 5), "hogmanay": (12, 31), "st. george's day": (4, 23),
    "st george's day": (4, 23),
    # British bank holidays (the spring one is the last Monday of May, as Memorial Day)
    "early may bank holiday": "earlymay", "spring bank holiday": "memorial", "august bank holiday": "augustbank",
    "summer bank holiday": "augustbank",
    # the long weekends of Monday holidays (the Saturday before) and the weeks of Christmas and Easter
    "labor day weekend": "labor-2", "memorial day weekend": "memorial-2", "easter weekend": "easter-1",
    "presidents' day weekend": "presidents-2", "presidents day weekend": "presidents-2",
    "columbus day weekend": "columbus-2", "christmas week": (12, 25),
    # the Chinese calendar's new year: a table of its days (normalise.LUNAR_NEW_YEARS)
    "lunar new year": "lunar", "chinese new year": "lunar", "lunar new year's day": "lunar",
}

# Other calendars' new years ("Lunar New Year") fall on other days.
OTHER_NEW_YEARS = {"lunar", "chinese", "jewish", "persian", "iranian", "islamic", "hindu", "vietnamese", "tamil",
                   "thai", "sikh", "bengali", "korean", "tibetan", "nepali", "ethiopian", "orthodox", "hijri",
                   "sinhala", "khmer"}

# Days that name an event: "the September 11 attacks" happened in 2001 whenever the story is written.
NAMED_DAYS = {(9, 11): 2001}

# Nouns after a holiday that make it a kind of thing or part of a name, not a day: "Christmas tree", "Easter Island's",
# "the Good Friday Agreement", "the Earth Day Network", "the Independence Day sequel" (but "an Independence Day
# parade" is held on that day)
HOLIDAY_KIND_NOUNS = {
    "tree", "trees", "card", "cards", "gift", "gifts", "shopping", "carol", "carols", "party", "parties", "music",
    "lights", "market", "markets", "island", "islands", "rising", "offensive", "bombing", "bombings", "agreement",
    "accord", "accords", "massacre", "uprising", "deal", "sale", "sales", "special", "movie", "film", "sequel",
    "franchise", "album", "song", "network", "foundation", "candy", "costume", "costumes", "decorations",
    "honours", "honors", "turkey", "turkeys", "bonus", "bonuses", "egg", "eggs", "seal", "seals", "stamp", "stamps",
    # works in the plural ("the list of Christmas films") and resolutions made for the day ("New Year's resolutions")
    "specials", "movies", "films", "albums", "songs", "episode", "episodes", "resolution", "resolutions",
    "committee", "society", "trust", "fund", "coalition", "alliance", "peace",
    # things of the season: "the Easter Bunny", "a Christmas pudding", "Halloween pumpkins"
    "bunny", "bunnies", "basket", "baskets", "hamper", "hampers", "bonnet", "bonnets", "lily", "lilies", "stocking",
    "stockings", "pudding", "puddings", "cracker", "crackers", "jumper", "jumpers", "sweater", "sweaters", "ornament",
    "ornaments", "wreath", "wreaths", "pumpkin", "pumpkins", "beads", "mask", "masks",
    # the season's travel: "Christmas travel: book tickets you can change" (as "Christmas shopping")
    "travel", "getaway",
}
# Capitalised place words after a holiday: "Easter Road", "Thanksgiving Point", "Christmas Island"; and firms'
# words: "Black Friday Records", "Halloween Productions"
HOLIDAY_PLACE_NOUNS = {"Road", "Street", "Avenue", "Point", "Park", "Square", "Hall", "Bay", "Hill", "Creek", "Lake",
                       "River", "Island", "Islands", "Mountain", "Beach", "Bridge", "Stadium", "Centre", "Center", "Cove",
                       "Valley", "Market", "Markets", "Harbor", "Harbour", "Town", "Village",  # weekdays too: "Saturday Market"
                       "Records", "Productions", "Studios", "Entertainment", "Inc", "Ltd", "LLC", "Pictures",
                       "Lane", "Diner", "Cafe", "Bar", "Restaurant", "Bakery", "Inn", "Hotel", "Pub", "Farm", "Farms"}

# Holidays named for their sales: "the Black Friday sale" is still that day.
SHOPPING_DAYS = {"black friday", "cyber monday", "boxing day"}

# Holidays that name a week: their value is the ISO week of the day above.
WEEK_HOLIDAYS = {"easter week", "holy week", "christmas week"}

# Words that mark the clause as future or past (tense heuristic).
FUTURE_MARKERS = {
    "will", "shall", "'ll", "won't", "wo", "gonna", "plans", "planning", "planned", "scheduled", "soon",
    "expected", "expects", "expect", "intends", "intend", "hopes", "wants", "want", "aims", "upcoming",
    "tomorrow", "until", "till", "forthcoming", "slated", "would", "due",
    # present tense of scheduled events: "the season starts in October", "parliament returns on Sept. 3"
    "begins", "starts", "opens", "reopens", "expires", "resumes", "returns", "arrives", "departs", "convenes",
    "visits", "travels", "hosts", "kicks", "launches", "debuts", "premieres", "celebrates", "takes", "goes", "ends",
    "closes",
}
PAST_MARKERS = {
    "was", "were", "had", "did", "said", "told", "ago", "yesterday", "last", "since", "met", "made",
    "took", "went", "came", "saw", "gave", "found", "left", "held", "began", "won", "lost", "fell",
    "rose", "sold", "bought", "paid", "got", "hit", "led", "ran", "spent", "struck", "shot", "sent",
    "brought", "became", "broke", "caught", "chose", "drove", "flew", "fought", "grew", "heard",
    "kept", "knew", "meant", "read", "sat", "spoke", "stood", "taught", "thought", "threw", "wrote",
    "earlier", "previously", "been", "quit", "cut", "overtook", "slid", "sank",
    "sought", "won", "ended", "tumbled", "climbed", "closed", "posted", "reported",
    # more irregular pasts that are not also base forms
    "lit", "fled", "dug", "hid", "hung", "laid", "lent", "rang", "sang", "shook", "slept", "spun", "stole", "stuck",
    "swept", "swore", "swam", "tore", "understood", "woke", "wore", "forgot", "forgave", "froze", "felt", "bent",
    "bled", "blew", "built", "clung", "crept", "dealt", "drew", "drank", "ate", "forbade", "rode", "shrank", "shone",
    "sprang", "strove", "swung", "underwent", "undertook", "upheld", "withdrew", "withheld", "wept", "oversaw",
    "mistook", "arose", "awoke", "sped", "strode", "slew", "overthrew", "foresaw", "outgrew", "rebuilt", "retook",
    # past participles that are no base form: "Jackson, sworn in on June 30, will hear ..." (not after "be")
    "sworn", "chosen", "stolen", "broken", "spoken", "frozen", "beaten", "eaten", "fallen", "taken", "written",
    "driven", "ridden", "risen", "shaken", "thrown", "drawn", "flown", "grown", "worn", "torn", "hidden", "forgotten",
}
# -ed words that are not past-tense verbs.
NOT_PAST_ED = {
    "need", "needed", "red", "bed", "indeed", "speed", "feed", "seed", "united", "limited", "based",
    "proposed", "scheduled", "expected", "planned", "indeed", "need", "related", "interested", "concerned", "detailed",
    "advanced", "experienced", "supposed", "used", "called", "so-called", "combined", "unprecedented",
    "alleged", "allied", "armed", "wed", "shed", "breed", "proceed", "succeed", "exceed", "embed",
    "hundred", "naked", "wicked", "sacred", "rugged", "skilled", "unemployed", "aged", "fixed",
    "tired", "talented", "registered", "accused", "suspected", "reduced", "increased", "continued",
    "preferred", "listed", "unrelated", "estimated", "restated", "adjusted", "diluted", "annualized", "owned",
    "traded", "rated", "secured", "unsecured", "insured", "guaranteed", "red", "wed", "shed", "speed",
}

# Titles before a name: "Mr. Winter", "Dr. Friday" are people, not times.
HONORIFICS = {"mr", "mrs", "ms", "dr", "miss", "sir", "prof", "gen", "sen", "rep", "judge", "officer"}

# Kinds of work whose title may be a number: "the novel 1984", "the film 1917" are titles, not years.
WORK_NOUNS = {"novel", "book", "film", "movie", "album", "song", "single", "opera", "musical", "poem", "documentary",
              "painting", "symphony", "sequel",
              "band", "duo", "trio", "quartet", "singer", "rapper", "podcast"}  # acts and shows: "the band Saturday Sun"

# Firearms named by their model year ("a 1911 pistol", "the Winchester 1873 rifle"): a model, not a year
MODEL_YEAR_ARMS = {"pistol", "pistols", "rifle", "rifles", "revolver", "revolvers", "carbine", "carbines", "handgun",
                   "handguns", "shotgun", "shotguns"}

# Capitalised names a year completes ("the Euro 2008 qualifiers", "Expo 2010", "Windows 2000"): a name, not a date;
# makers whose models carry four-digit numbers ("the Peugeot 2008", "the Nokia 1100")
NAMES_BEFORE_YEAR = {"Euro", "Expo", "Windows", "Office", "Server", "Vision", "Agenda", "Peugeot", "Nokia",
                     "Studio", "Excel", "Acrobat", "Photoshop", "Illustrator", "Visio",  # "Visual Studio 2022": a release
                     "Russell", "Wilshire"}  # "the Russell 2000": a stock index named for its count of shares
# Bodies and sittings whose "minutes" are a written record, not a span ("the minutes of the Fed's July meeting",
# "the board's minutes"); and verbs a record is the subject of ("the minutes showed")
MINUTES_RECORD_NOUNS = {"meeting", "meetings", "session", "sessions", "committee", "board", "hearing", "council",
                        "cabinet", "assembly", "conference", "FOMC", "Fed", "MPC", "ECB", "panel"}
MINUTES_RECORD_VERBS = {"showed", "show", "shows", "revealed", "reveal", "reveals", "said", "say", "says", "indicated",
                        "noted", "were", "was", "released", "published", "recorded"}
# Craft a name + year labels ("the Mars 2020 mission", "the ExoMars 2016 orbiter"): the year is part of the name
YEAR_NAMED_CRAFT = {"mission", "missions", "rover", "probe", "lander", "orbiter", "spacecraft"}
# Words of a game being played: "the fourth quarter" or "the second period" near them is a part of the game, not of the
# year (unless business words are near too: "cut rates by 25 basis points in the fourth quarter")
GAME_PLAY_WORDS = ("touchdown", "quarterback", "field goal", "free throw", "three-pointer", "rebound", "interception",
                   "fumble", "buzzer", "halftime", "half-time", "overtime", "scored", "scoring", "goals", "puck",
                   "power play", "inning", "slam dunk", "layup", "penalty kick", "hat-trick", "hat trick", "referee")
# Nouns that make a compound with "day" or "night" after "a": "a night owl", "a day trader", "a night shift" name a kind
# of person or thing, not a span of one day ("a day trip" is left out: "a two-day trip" is a duration)
DAY_NIGHT_COMPOUND_NOUNS = {"owl", "shift", "bus", "club", "school", "watchman", "porter", "nurse", "guard", "job",
                            "trader", "care", "pass", "ticket", "sky", "light", "cap", "person", "manager", "editor",
                            "desk", "student", "lily", "cream", "dress", "labourer", "laborer", "worker", "market",
                            "assistant", "clerk", "attendant", "supervisor", "operator", "crew", "train", "flight",
                            "raid", "patrol"}
# Verbs of seeming before "like" + a holiday: a simile ("the talks felt like Groundhog Day"), not that day
SIMILE_VERBS = {"felt", "feel", "feels", "feeling", "seemed", "seem", "seems", "looked", "look", "looks", "sounded",
                "was", "is", "it's", "it’s", "resembled", "resembles"}
# Capitalised function words after a sentence-initial "Now" that make a title ("Now That's What I Call Music")
TITLE_WORDS_AFTER_NOW = {"That", "That's", "That’s", "This", "These", "Those", "The", "A", "An", "Is", "Are", "You",
                         "You're", "We", "We're", "It", "It's", "It’s", "What", "And", "Or", "Playing", "Showing"}
# Verbs of having, giving and making: a year-like number after them and before a plural noun is a count ("the museum
# holds 1980 paintings", "handed out 2024 wristbands"); verbs of reporting are not here ("published 2019 figures")
COUNT_VERBS = {"has", "have", "had", "holds", "hold", "held", "contains", "contained", "owns", "owned", "employs",
               "employed", "sold", "sells", "bought", "buys", "handed", "gave", "give", "gives", "distributed",
               "received", "shipped", "produced", "produces", "built", "builds", "made", "makes", "collected", "planted",
               "seized", "confiscated", "recovered", "donated", "printed", "ordered", "hired", "housed", "fed", "keeps",
               "kept", "lent", "loaned", "rescued", "evacuated", "minted", "vaccinated", "treated", "arrested", "detained",
               "deported"}
# Verbs whose object is a work: a bare year or holiday right after them, then a pause, is its title ("Orwell wrote
# 1984 in 1948", "Eliot wrote Ash Wednesday after his conversion"); not a weekday ("he wrote Monday that ...")
CREATION_VERBS = {"wrote", "recorded", "directed", "filmed", "painted", "composed", "reissued", "remade", "remastered",
                  "sang", "covered", "staged", "adapted", "remixed"}
# Nouns that "past" modifies as an adjective: "the past president" is a former one, no PAST_REF
PAST_ADJECTIVE_NOUNS = {"president", "presidents", "chair", "chairs", "chairman", "chairwoman", "winner", "winners",
                        "champion", "champions", "master", "masters", "leader", "leaders", "recipient", "recipients",
                        "member", "members", "editor", "editors", "mistakes", "performance", "results", "practice",
                        "practices", "behaviour", "behavior", "experience", "experiences"}

# Nouns of plans and prospects: "the outlook for the coming year" is that year, not a span of one.
PLAN_NOUNS = {"wish", "wishes", "hope", "hopes", "plan", "plans", "outlook", "forecast", "forecasts", "budget", "budgets",
              "target", "targets", "goal", "goals", "priorities", "predictions", "prediction", "guidance", "resolution",
              "resolutions", "prospects", "agenda", "projections", "projection", "estimate", "estimates"}

# Nouns that make a preceding 4-digit number a count rather than a year.
COUNT_NOUNS = {
    "units", "people", "employees", "shares", "cars", "vehicles", "homes", "houses", "jobs", "troops",
    "copies", "tons", "tonnes", "miles", "meters", "metres", "feet", "dollars", "euros", "yen", "persons",
    "members", "workers", "votes", "residents", "students", "soldiers", "points", "barrels", "acres",
    "pounds", "words", "items", "cases", "deaths", "visitors", "users", "customers", "times", "rooms",
    "beds", "seats", "pages", "kilometers", "kilometres", "km", "kg", "mph", "calories", "children",
    "patients", "officers", "police", "refugees", "prisoners", "stores", "planes", "aircraft",
    "ships", "guns", "rounds", "signatures", "delegates", "lawyers", "fans", "rupees", "yuan",
    "francs", "marks", "hectares", "square", "cubic", "percent", "per", "inhabitants", "participants",
    "degrees", "pieces", "tickets", "bottles", "boxes", "samples", "runs", "goals", "laps", "steps", "shots",
    "adults", "voters", "respondents", "households", "families", "passengers",
    "runners", "athletes", "competitors", "spectators", "protesters", "demonstrators", "migrants", "firefighters",
    "volunteers", "nurses", "doctors", "teachers", "pupils", "cyclists", "tourists", "guests", "supporters", "buildings",
    # people counted: "evacuated 2028 villagers"
    "villagers", "civilians", "evacuees", "hostages", "inmates", "detainees", "pilgrims", "worshippers", "commuters",
    "travellers", "travelers", "shoppers", "mourners", "sailors", "marines", "farmers", "fishermen", "homeowners",
    "tenants", "citizens",
    "block",  # "the 1600 block of Elm Street": an address
    # units of measure: "2024 kilograms of cocaine"
    "kilograms", "kilos", "grams", "ounces", "litres", "liters", "gallons", "yards", "inches", "centimetres",
    "centimeters", "millimetres", "millimeters", "megawatts", "kilowatts", "gigawatts", "horsepower", "pixels",
    "guineas",  # "the 2000 Guineas": a race named for its purse
    "sheep", "cattle", "deer", "livestock", "dirhams", "riyals", "pesos", "shekels", "baht", "rubles", "roubles", "lira",
    "kronor", "kroner", "zlotys", "forints", "dinars", "naira", "shillings", "cedis", "reais",
}

# Particles between a given name and a surname: "Autumn de Wilde"
NAME_PARTICLES = {"de", "van", "von", "del", "della", "da", "di", "du", "le", "la", "der", "den", "dos", "das", "ten", "ter",
                  "bin", "ibn", "al", "el"}
# Beings and things given names, before a weekday after a naming verb: "named his companion Friday"
NAMED_BEINGS = {"companion", "son", "daughter", "baby", "child", "dog", "cat", "puppy", "kitten", "horse", "pony",
                "servant", "character", "pet", "parrot", "robot", "mascot", "boat", "doll", "bear", "goldfish", "tortoise",
                "man", "woman", "boy", "girl", "person", "suspect", "victim", "friend"}  # "a man called Sunday"
# Nouns a name follows in apposition: "the filly Tuesday won", "the yacht Saturday Girl": a name, not an adverb
APPOSITIVE_NAME_NOUNS = {"filly", "colt", "mare", "gelding", "stallion", "racehorse", "yacht", "schooner", "trawler",
                         "ketch", "sloop", "tanker", "freighter", "liner", "tugboat", "steamer", "frigate", "destroyer",
                         "greyhound", "hound"}
# Capitalised nouns after "<weekday>'s" that make a title, as the nursery rhyme's "Friday's Child"
WEEKDAY_TITLE_NOUNS = {"child", "children", "girl", "boy"}

# Lowercase nouns after a weekday that make it a kind of thing: "Sunday school", "a Sunday newspaper"
WEEKDAY_KIND_NOUNS = {"school", "schools", "newspaper", "newspapers", "paper", "papers", "tabloid", "tabloids",
                      "broadsheet", "broadsheets", "supplement", "supplements", "magazine", "magazines",
                      "best",  # "his Sunday best": clothes
                      "roast", "roasts", "league", "leagues", "driver", "drivers",  # "the Sunday roast", "Sunday league football"
                      "edition", "editions"}  # "the Saturday edition": a paper's kind
# Nouns after "the weekend" that make a kind of person or thing, not a weekend: "the weekend warrior", "the weekend
# edition", "the weekend anchor"
WEEKEND_KIND_NOUNS = {"warrior", "warriors", "edition", "editions", "bag", "bags", "supplement", "supplements",
                      "magazine", "paper", "pass", "passes", "ticket", "tickets", "shift", "shifts", "job", "jobs",
                      "anchor", "host", "presenter", "programme", "program", "staff", "crew", "rate", "rates"}
# Lower-case words before "Friday" in the idiom of a devoted helper: "his girl Friday", "a man Friday"
FRIDAY_HELPER_WORDS = {"girl", "man"}
# Rule nouns after "<weekday> trading" that make it a kind of trading: "Sunday trading laws" (but "in Monday trading")
WEEKDAY_TRADING_RULES = {"law", "laws", "rules", "hours", "restrictions", "regulations", "ban", "bans", "reform", "act",
                         "bill", "licence", "license", "licences", "licenses"}
# Newspapers named "The ... on Sunday"
ON_SUNDAY_PAPERS = {"Mail", "Sun", "Independent"}
# Words after a weekday that make it part of a name ("Sunday Times", "Monday Night Football").
WEEKDAY_NAME_PARTS = {
    "times", "telegraph", "night", "morning", "express", "mirror", "post", "herald", "tribune", "independent",
    "mail", "star", "school", "people", "sport", "bloody", "league", "club", "football",
    "weld",  # the actress Tuesday Weld
    "service",  # "Sunday Service Choir" (a capitalised Service is a name; "the Sunday service" stays a day's)
}

# Common first names: "Mark Sunday", "Joe Friday" are people, not dates.
FIRST_NAMES = set("""
mark joe john james robert michael william david richard charles thomas christopher daniel matthew anthony
donald paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick
jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl
keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily
donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley
angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris
abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella charlotte rose alexis kayla billie bill tom jim bob mike dave steve chris tony ted fred sam ben dan
""".split())

# Nouns after "the <month>" or "X's <month>" that make the month a date: "the September election",
# "the Fed's March meeting" (but "the March for Science", "the August heat" stay untagged).
MONTH_EVENT_NOUNS = {
    "meeting", "meetings", "election", "elections", "vote", "poll", "polls", "referendum", "primary", "primaries",
    "summit", "session", "sales", "data", "figures", "figure", "report", "reading", "deadline", "issue",
    "edition", "talks", "auction", "contract", "contracts", "futures", "payrolls", "survey", "decision",
    "release", "visit", "attack", "attacks", "strike", "budget", "rally", "conference", "hearing", "trial",
    "ballot", "runoff", "run-off", "launch", "offering", "quarter", "slaying", "slayings", "accession", "invasion",
    "coup", "uprising", "crackdown", "merger", "takeover", "ruling", "verdict", "announcement", "agreement",
    "accord", "ceasefire", "truce", "shutdown", "lockdown", "closure", "downturn", "recession", "peak", "low",
    "high", "inauguration", "congress", "convention", "plenum", "elections", "recess", "break", "holiday",
    "transfer", "window", "jobs", "inflation", "results", "earnings", "school", "holidays", "releases", "number",
    "numbers", "debut",
}

# Fixtures a subject "has" on a coming day: "we have a big game on Wednesday", "she has a hearing Friday".
SCHEDULED_EVENT_NOUNS = {
    "game", "match", "fixture", "final", "semifinal", "semi-final", "meeting", "hearing", "vote", "appointment",
    "interview", "flight", "exam", "concert", "show", "rehearsal", "session", "deadline", "race", "debate",
    "briefing", "summit", "election", "trip", "visit", "conference", "tie", "test", "date",
}

# Events nobody schedules: "Saturday's crash" lies in the past whatever the clause's tense.
UNPLANNED_EVENTS = {
    "crash", "crashes", "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
    "shooting", "shootings", "stabbing", "killing", "killings", "murder", "quake", "earthquake", "tremor", "fire",
    "blaze", "accident", "collision", "derailment", "collapse", "landslide", "flood", "floods", "flooding",
    "storm", "tornado", "ambush", "massacre", "assassination", "kidnapping", "abduction", "shelling", "airstrike",
    "airstrikes", "raid", "clashes", "riot", "riots", "stampede", "sinking", "shipwreck", "outage", "spill",
    "sell-off", "selloff", "plunge", "slump", "rout", "death", "deaths", "disappearance", "escape", "arrest",
    "eruption", "violence", "walkout", "delay", "delays", "abandonment", "defeat", "defeats", "outbreak", "breakdown",
    "leak", "leaks", "loss", "win", "victory",  # an outcome, too, is only reported once it is known
    "avalanche", "unrest", "mudslide", "wildfire", "tsunami", "blackout", "coup", "uprising", "mutiny", "hijacking",
    "shootout", "rampage",
}

# "<noun> of the year/decade/century" names a title or a superlative, not a date: "player of the
# year", "the deal of the century", "the storm of the decade".
TITLE_OF_THE_NOUNS = {
    "player", "players", "coach", "manager", "person", "man", "woman", "athlete", "rookie", "driver", "team",
    "deal", "goal", "goals", "game", "match", "fight", "album", "song", "record", "book", "film", "movie",
    "car", "word", "words", "trial", "story", "storm", "crime", "event", "wedding", "party", "teacher",
    "employee", "entrepreneur", "artist", "photo", "picture", "invention", "upset", "bargain", "scandal",
    "performance", "comeback", "signing", "transfer", "innovator", "leader", "executive", "ceo", "chef",
    "restaurant", "product", "company", "firm", "bank", "city", "destination", "show", "speech", "blunder",
    "flavour", "flavor",  # "the flavour of the month": a passing fashion
}

# Words after "9/11" that make it the 2001 attacks.
NINE_ELEVEN_NOUNS = {"attacks", "attack", "commission", "memorial", "hijackers", "terror", "era", "victims",
                     "anniversary", "museum", "families", "responders", "plot", "plotters", "world"}

# "a quarter point", "a quarter-percentage-point cut", "a quarter mile": a fraction of a measure, not three months
QUARTER_MEASURES = frozenset({"point", "points", "percent", "percentage", "cent", "cents", "mile", "miles", "inch",
                              "inches", "pound", "pounds", "ounce", "ounces", "basis", "share", "shares"})

# A capitalised "Today"/"Tonight" after or before these words is part of a title: "USA Today",
# "World News Tonight" (matched case-sensitively)
NAME_WORDS_AROUND_DEICTIC = frozenset({"USA", "News", "NEWS"})

# Measures that make "an hour", "a day" after them a rate: "105 miles an hour", "two inches a day".
RATE_MEASURES = ("miles", "kilometers", "kilometres", "km", "feet", "meters", "metres", "inches", "gallons",
                 "barrels", "tons", "tonnes", "knots", "words", "calories")

# "the 2019/20 financial year", "the 2022-23 season": periods named by the two years they straddle
SPLIT_YEAR_NOUNS = ["financial", "fiscal", "tax", "academic", "school", "budget"]
FISCAL_YEAR_CUES = ["financial year", "fiscal year", "tax year", "budget"]
# statistics about a month, published after it has begun: "Figures for February are due on 22 March"
STATISTICS_NOUNS = ["figures", "data", "statistics", "numbers", "readings", "index", "indexes", "indices", "report",
                    "reports"]  # "the jobs report for December"

# Nouns after a month that make it a futures contract's delivery month ("gold for August delivery", "the December
# contract"): the next such month, whatever the clause's tense.
DELIVERY_MONTH_NOUNS = ["delivery", "futures", "contract", "contracts"]
# Nouns after a month that make it a measured reference ("if prices hold at December levels"): the latest such month
OBSERVED_MONTH_NOUNS = ["levels", "level"]
# subjects that open a clause after "after"/"before" ("a year after he was elected", "a week before police raided")
CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you", "police", "officials"})
# words before a programme's or column's title rather than a date: "told This Week", "on This Week"
BEFORE_SHOW_TITLE = frozenset({"on", "told", "tells", "in", "of", "from", "to", "watch", "watched", "hosts", "host", "anchor"})

# what starts at a bare hour in a sports or events listing: "Kickoff is at 7", "Doors open at 6:30"
EVENT_START_WORDS = ("kickoff", "kick-off", "tipoff", "tip-off", "first pitch", "faceoff", "face-off", "puck drop",
                     "post time", "doors open", "gates open", "doors", "gates", "curtain", "showtime", "game time",
                     "start time", "first serve", "first tee time", "first ball")

# verbs whose object "the hours" / "its hours" are a place's opening hours, not a span: "extend the hours of the pool"
OPENING_HOURS_VERBS = frozenset({
    "extend", "extends", "extended", "extending", "expand", "expands", "expanded", "expanding", "cut", "cuts",
    "cutting", "reduce", "reduces", "reduced", "reducing", "change", "changes", "changed", "changing", "limit",
    "limits", "limited", "limiting", "lengthen", "lengthened", "shorten", "shortened", "curtail", "curtailed",
    "trim", "trimmed", "restore", "restored", "post", "posted", "adjust", "adjusted"})
