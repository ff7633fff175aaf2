"""Rule data about speech: the verbs of saying, the small words around them in a reported construction,
and the speakers news writing leaves unnamed. Read by `quotes.py`, `speech.py`, `clauses.py` and
`speakers.py` (and the entity pass and the sections, for the first lists).

All entries are lowercase (but the capitalised groups and abbreviations), matching on lowercased
tokens. Each list says the pattern of news writing it states, with an example sentence;
`tests/extract/test_speech.py` and `tests/extract/test_quotes.py` run those sentences (and the
near-misses that must give nothing) through the rules."""

from __future__ import annotations

# Verbs of saying, in the forms news writing uses for attribution.
REPORTING_VERBS = frozenset(
    """
said says say told tells added adds warned warns noted notes remarked remarks argued argues stressed
stresses emphasized emphasised emphasizes insisted insists explained explains wrote writes posted
stated states declared declares continued cautioned cautions recalled replied responded urged urges
claimed claims acknowledged admitted conceded predicted suggested recommended advised called
announced tweeted asked observed commented countered maintained contended vowed pledged promised
hailed described dubbed branded labelled labeled warn argue
""".split()
)


# Anonymous or collective speakers kept as a description ("a senior official said").
ANONYMOUS_SPEAKER_NOUNS = frozenset(
    """
official officials source sources aide aides diplomat diplomats person people spokesperson spokesman
spokeswoman observers analysts insider insiders negotiator negotiators executive executives
lawmaker lawmakers member members officer officers staffer staffers adviser advisers
""".split()
)

# --- reported speech and attribution (speech.py, clauses.py, quotes.py) -----------------------

# Verbs of saying whose subject is the speaker and whose complement is what was said, almost always
# a clause: "Harbour officials said on Monday that the ferry terminal will close", "The lawsuit
# alleges the landlord ignored complaints", "Residents say the pipe leaked twice". A noun phrase
# after them is rare enough ("said goodbye") for the clause test alone to turn it away.
CLAUSE_VERBS = frozenset(
    """
said says say told tells tell argued argues argue insisted insists insist contended contends contend
alleged alleges allege testified testifies warned warns warn cautioned cautions maintained maintains
explained explains asserted asserts
assured assures claimed claims complained complains lamented laments acknowledged acknowledges
admitted admits conceded concedes confessed
""".split()
)

# Verbs of saying that as often take a plain noun phrase ("The index added 1.2 per cent", "She
# announced a plan", "Police confirmed the death"): what follows is reported speech only when it
# opens as a clause: "that", a subject pronoun, or a short noun phrase and its verb ("In a statement,
# the Ministry of Transport confirmed the bridge had failed two inspections").
OBJECT_VERBS = frozenset(
    """
added adds noted notes announced announces confirmed confirms stated states reported reports report
wrote writes tweeted posted predicted predicts suggested suggests suggest recalled recalls revealed
reveals disclosed discloses promised promises observed remarked declared declares replied replies
responded responds countered counters advised advises recommended recommends stressed stresses emphasized
emphasizes emphasised emphasises
""".split()
)
SPEECH_VERBS = CLAUSE_VERBS | OBJECT_VERBS
# The forms among them that are never nouns: with every "-ed" form, they end the subject of a later
# verb ("A release said a majority of workers said yes").
PLAIN_SPEECH_VERBS = frozenset("said says told tells wrote".split())

# Verbs that attribute a quotation written beside them: every verb of saying, and verbs of manner
# and of naming that attribute only a quotation: "“That hurt,” quipped Dube", "Lindqvist joked,
# “I brought snacks.”", "remarks which Beijing called “dangerous”", "he was quoted as saying", "with a
# spokesperson describing the scene as “chaos”" (a participle of naming: the noun phrase before it).
QUOTE_VERBS = SPEECH_VERBS | frozenset(
    """
quipped joked laughed shouted yelled chanted screamed whispered mused deadpanned blurted exclaimed asked
asks wondered continued began concluded recounted offered pleaded begged demanded urged urges vowed
pledged boasted bragged read reads called calls described describes dubbed branded labelled labeled
hailed quoted saying adding noting cried sang sings tweets posts shared recalled remembered commented
comments describing calling dubbing labelling labeling branding
""".split()
)

# Verbs whose hearer comes between the verb and the clause: "Mayor Lena Okafor told reporters she
# would not seek a third term", "He assured her the money was there".
HEARER_VERBS = frozenset("told tells tell assured assures warned warns reminded reminds informed informs".split())
# Those of them that never go without their hearer: "told" alone is the passive ("He was diagnosed
# and told he had three months to live").
HEARER_REQUIRED = frozenset("told tells tell informed informs reminded reminds".split())

# Participles that add a report to the sentence's subject: "The club apologized on Sunday, saying
# the ticket prices had been set in error", "Kaur praised the volunteers, adding that the food bank
# had never been busier". Near-miss: "She left without saying a word" (no clause).
SPEECH_PARTICIPLES = frozenset(
    """
saying adding noting arguing explaining insisting warning claiming stating stressing suggesting
acknowledging admitting alleging writing contending asserting
""".split()
)

# Words that may stand between a subject and its verb of saying: "Tideway Energy has said it met
# every deadline", "Police later said the road was closed".
BETWEEN_SUBJECT_AND_VERB = frozenset(
    """
has have had also previously later then again repeatedly recently earlier quickly further both
already often still now long first publicly privately separately simply once initially originally
had've
""".split()
)

# A word right before the verb that means nobody is reported here: negation ("The council has not
# said whether it will appeal"), a modal ("must have said something"), the passive ("He was told he
# had two weeks"), an infinitive ("declined to say"), a question ("what he said about Uber").
NOT_A_REPORT_BEFORE = frozenset(
    """
not n't never no must would could might may should will can shall to was were been being is are be
am what whether if how why nor cannot
""".split()
)

# Words that open no reported clause after a verb of saying ("said to be worth $2 million", "warned
# of delays", "told of his escape", "said whether", "said so"): the verb has another sense here.
NOT_A_CLAUSE_OPENING = frozenset(
    """
to of about for by as so and or but with from into whether goodbye nothing little much hello
thanks anything something yes no in on at inside outside during after before while amid near under
over through across without within via following despite since until upon toward towards against
among between behind beyond
""".split()
)

# Particles of a phrasal verb of saying, between the verb and its clause: "They tweeted out that ...",
# "She pointed out that ...".
VERB_PARTICLES = frozenset("out up".split())

# Abbreviations whose period ends no sentence and no phrase: "Ms. May said", "Bullpen Research Inc.".
ABBREVIATIONS = frozenset(
    """
Mr Mrs Ms Dr St Gov Sen Rep Lt Sgt Cpl Capt Col Gen Prof Rev Jr Sr Inc Corp Ltd Co No Mt Ft Supt Insp
Const Det Atty
""".split()
)

# Words that end the subject of a verb of saying, read leftwards from the verb: a clause boundary
# ("The area is wooded, and Lohmar said Emery escaped"), a relative ("wounds that authorities said
# did not appear self-inflicted"), a subordinator ("while officials say").
SUBJECT_BOUNDARIES = frozenset(
    """
and but or while as because although though so when where whereas after before since if until
unless that which who whom than then however meanwhile yet also instead once
""".split()
)

# Words opening a subject that names nobody yet (a determiner, a count, a possessive): "Two officials
# familiar with the talks said", "Some residents say", "Her office said".
SUBJECT_DETERMINERS = frozenset(
    """
the a an this that these those some many most several few two three four five six seven eight nine
ten dozens hundreds thousands one another other each both all his her their its our no any
""".split()
)

# Words before a subject that make its verb no report: a comparison ("higher than city reports say
# it is"), a question ("what he said about Uber"), a case or a condition ("when a landlord tells a
# tenant they have to move out").
NOT_A_REPORT_AFTER = frozenset("than what how whether if why when whenever unless".split())

# Relative pronouns: a report inside a relative clause has no subject in its clause ("wounds that
# authorities said did not appear self-inflicted").
RELATIVES = frozenset("that which who whom".split())

# Subject pronouns a verb of saying may take; their referent is found from the sentences before.
SPEAKER_PRONOUNS = frozenset("he she they it we i".split())

# Collective nouns that speak without a determiner and without a plural "s": "Police said Sunday the
# road was closed", "Staff say the ward is full". (A lowercase plural such as "residents" or
# "environmental groups" is a group speaker by its ending.)
GROUP_NOUNS = frozenset(
    """
police staff people media military management government public press clergy crew faculty personnel
leadership administration council committee board jury
""".split()
)

# Words that end with an "s" but are no plural subject: "Bass said", "the campus says".
NOT_PLURALS = frozenset("news this his its us bus gas campus status series species always perhaps as".split())

# Heads of "according to" that name a method, not a source: "The trains ran according to the
# winter schedule", "Seats are allocated according to seniority", "Everything went according to plan".
NOT_A_SOURCE = frozenset(
    """
plan plans schedule schedules rules rule law laws tradition traditions custom seniority size age
merit need needs rank order script protocol formula design instructions policy
""".split()
)

# Words that begin a clause: an opening word of a reported clause after a verb of saying that takes a
# noun phrase too ("Police confirmed there were no injuries", "She added that the talks would go on").
CLAUSE_PRONOUNS = frozenset("that he she they it we i you there this these those".split())

# Forms that mark a finite verb: auxiliaries and modals, and their contracted forms. A reported
# clause has one within its first words ("said the bridge had failed", "says it will appeal");
# "said goodbye" and "announced a $2 million plan" have none there.
FINITE_WORDS = frozenset(
    """
is are was were be been has have had will would could can should may might must do does did shall
isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't cannot shouldn't
doesn't don't didn't mustn't need needs wants want knew know thinks think
""".split()
)

# Irregular past tenses, finite verbs without the "-ed" ending ("said the fire began in a basement").
IRREGULAR_PAST = frozenset(
    """
began became brought bought built came caught chose cut dealt did drew drove fell felt fled fought
found gave got grew held hit hung kept knew laid led left lent let lost made meant met paid put quit
ran rose saw sold sent set shot shut sat slid spent split spoke spread stood stole struck swore took
taught tore told thought threw understood went won wore wrote heard shook broke woke rode drank hid
forgot froze sang rang swam bit
""".split()
)

# Pronouns whose "'s" is "is" or "has" ("it's", "there's"); after a noun it is a possessive.
CONTRACTING_WORDS = frozenset("it he she that there what who here where everyone nobody".split())

# Nouns of the occasion a verb of saying names before its clause: "said in a statement the road
# would reopen", "told reporters at a news conference that ...".
OCCASION_NOUNS = frozenset(
    """
statement interview email e-mail release letter post tweet conference briefing speech news radio
television video call note report memo filing court hearing meeting
""".split()
)

# Words of time a verb of saying may name before its clause ("said Tuesday night the bridge ...").
TIME_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon evening
night weekend today yesterday tonight earlier later
""".split()
)

# Documents and words that speak for the person who wrote or said them: "according to a letter Donovan
# sent", "Okafor's statement said", "according to Blinken's explanations".
DOCUMENT_NOUNS = frozenset(
    """
letter statement memo email e-mail tweet post note message op-ed essay blog explanations explanation
remarks comments words speech testimony account interview
""".split()
)

# Documents that speak for the body that made them, named after "by" or "from" or before the noun:
# "according to a study released Monday by Civic Action", "A release from UFCW Local 832 said", "the
# Civic Action study", "a statement released by the Prime Minister's Office"; a later "the study"
# is that body's too. Near-miss: "the memo obtained by The Globe" (who has it did not write it).
SOURCED_DOCUMENT_NOUNS = DOCUMENT_NOUNS | frozenset(
    """
study report release survey poll analysis decision ruling notice filing data figures numbers review
audit findings
""".split()
)
# Verbs after which "by" names who holds a document, not who made it: "the memo obtained by The Globe".
NOT_AN_AUTHOR_BEFORE_BY = frozenset("obtained seen reviewed received viewed leaked cited quoted".split())

# Times and places that sit after an attribution at the end of a sentence: "..., police said
# Sunday.", "..., Jensen explained from Calgary.", "..., she said in an interview last week."
ATTRIBUTION_ADJUNCT_OPENERS = frozenset(
    """
in on at during to from by for after before while when via through over late earlier last this yesterday
today tonight monday tuesday wednesday thursday friday saturday sunday recently previously
""".split()
)

# Nouns by which news writing names an organisation already named: "Tideway Energy ... “We expect
# delays,” the company said" (the company is Tideway Energy). Near-miss: "the company's rival, Norland
# Power, said" names its speaker.
ORGANISATION_NOUNS = frozenset(
    """
company firm carrier agency union group organization organisation association airline bank ministry
department club team league board corporation retailer network broadcaster insurer charity council
automaker carmaker manufacturer regulator utility companies firms groups organizations organisations
agencies unions airlines banks carriers
""".split()
)

# A spokesperson not named, speaking for the organisation named just before: "AOL welcomed the plan.
# “It is overdue,” a spokesman said." (AOL spoke).
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson representative".split())

# Participles of naming whose speaker is the noun phrase right before them, not the sentence's subject:
# "Police cleared the camp, with a spokesperson for the camp describing the scene as “chaos”."
NAMING_PARTICIPLES = frozenset("describing calling dubbing labelling labeling branding".split())

# Nouns of an epithet: a description news writing gives a person just named, instead of the name,
# with words before the noun ("Jones scored late. “It felt like garbage time,” said the rookie
# defenceman.", "McConnell blamed the media. “…,” the Kentucky Republican said.", "said the
# 26-year-old"). Offices ("the Nova Scotia judge", "the minister") are not epithets: news writing
# also speaks of office holders it never names. Near-miss: "the civil claim", "the Globe report".
EPITHET_NOUNS = frozenset(
    """
defenceman defenseman forward winger centre goaltender goalie netminder striker midfielder defender
quarterback pitcher catcher outfielder rookie veteran star superstar champion player athlete golfer
skater swimmer runner actor actress singer rapper comedian musician novelist filmmaker billionaire
entrepreneur republican democrat conservative liberal politician incumbent challenger native
""".split()
)
