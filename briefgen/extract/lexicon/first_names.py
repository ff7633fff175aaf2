"""Rule data: first names that say whether "he" or "she" can refer to a person.

News writing names a person in full once, then says "she" or "he": "Priya Nair and Marcus Webb spoke
after the vote. “We lost,” she said." (she is Priya Nair). A first name in these lists gives the
person's gender; an honorific (Mr, Ms, Mrs) or a gendered title (chairwoman, king) gives it too, and so
does a pronoun already resolved to them. A name in neither list, or in both, says nothing. The lists
hold common given names of English, French and other news, lowercase; `tests/extract/test_pronouns.py`
runs the example above and its near-misses.
"""

from __future__ import annotations

FEMALE_FIRST_NAMES = frozenset(
    """
abby abigail ada adele adrienne agnes aisha alana alexandra alexis alice alicia alina alison allison
amanda amber amelia amy ana anastasia andrea angela angelina anita ann anna anne annette annie antonia
april ariana arlene ashley audrey aurora ava barbara beatrice becky belinda bella bernadette beth bethany
betty beverly bianca bonnie brenda brianna bridget brigitte brittany brooke caitlin camille candace cara
carla carmen carol caroline carolyn carrie cassandra catherine cathy cecilia celine charlene charlotte
chelsea cheryl chloe chrystia christina christine cindy claire clara claudia colleen connie courtney
crystal cynthia daisy dana danielle daphne darlene dawn deanna debbie deborah debra delia denise diana
diane dianne dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elise eliza
elizabeth ella ellen elsa emilie emily emma erica erin esther eva evelyn faith fatima felicia fiona
florence frances francine gabrielle gail genevieve georgia geraldine gillian gina ginette gisele gloria
grace gwen hailey hannah harriet hazel heather heidi helen helene hillary holly hope ingrid irene iris
isabel isabella isabelle jackie jacqueline jacinda jane janet janice jasmine jean jeanne jennifer
jenny jessica jill joan joanna joanne jocelyn jodie jody josee josephine joy joyce judith judy julia
julie juliet june justine kamala karen karina kate katherine kathleen kathryn kathy katie katrina kay
kayla keira kelly kim kimberly kirsten kisha krista kristen kristin kristina laura lauren laurie leah
lena leslie lily linda lindsay lisa lise liz louise lucia lucy lydia lynn madeleine madison maggie
manon marcia margaret maria marie marilyn marina marion marjorie martha martine mary maryam maureen
megan melanie melinda melissa meredith mia michelle mila mildred miranda molly monica monique morgan
nadia nancy naomi natalie natasha nathalie nicole nina nora olivia pamela patricia paula pauline
penelope penny phyllis priya rachel rebecca regina renee rhonda rita roberta robin rosa rosalie rose
rosemary ruth sabrina sally samantha sandra sara sarah serena sharon sheila shelley sherry shirley
sonia sophia sophie stacy stephanie sue susan suzanne sylvia tamara tammy tanya tara teresa theresa
tina tracy valerie vanessa veronica vicki victoria violet virginia vivian wanda wendy whitney yolanda
yvonne zoe
""".split()
)

MALE_FIRST_NAMES = frozenset(
    """
aaron abdul abraham adam adrian ahmed alain alan albert alex alexander alexandre alfred ali allan
alvin andre andrew andy angelo anthony antoine antonio antony arnold arthur austin barry ben benjamin
bernard bill billy blair bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
byron calvin cameron carl carlos chad charles charlie chris christian christopher chuck clarence
claude clayton clifford clint clinton colin colton conrad craig curtis dale damon dan daniel danny
darren dave david dean dennis denis derek desmond dick dominic don donald doug douglas duncan dustin
dwayne dwight earl ed eddie edgar edward edwin elijah elliot elon emmanuel eric erik ernest ernie
ethan eugene evan francis francois frank franklin fred frederick gabriel gary gavin gene geoffrey
george gerald gilbert glen glenn gordon graham grant greg gregory guy hank harold harry harvey hector
henry herbert howard hugh hugo ian isaac ivan jack jackson jacob jacques jake james jamie jared jason
jay jean-pierre jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jordan
jorge jose joseph josh joshua juan julian justin keith ken kenneth kent kevin kody kurt kyle lance
larry lawrence lee leo leon leonard lewis liam lloyd logan louis lucas luis luke malcolm manuel marc
marcel marco marcus mario mark marshall martin marty mathieu matt matthew maurice max maxime michael
michel miguel mike mitch mitchell mohamed mohammad mohammed muhammad murray nathan neil nelson nicholas
nick nicolas noah norman oliver omar oscar owen pascal patrick paul pedro pete peter phil philip
philippe pierre ralph randy ray raymond reginald rene ricardo richard rick ricky rob robert roberto
rodney roger roland ron ronald ross roy russell ryan sam samuel scott sean sebastian sergei seth shane
shawn simon stan stanley stefan stephen steve steven stuart syed ted terrence terry theodore thomas tim
timothy todd tom tommy tony travis trevor troy tyler victor vincent vladimir wade walter warren wayne
wesley will william xavier yves zach zachary
""".split()
)

# Titles and honorifics that say a person's gender: "Ms. Okafor", "the chairwoman", "King Charles".
FEMALE_TITLES = frozenset(
    """
ms ms. mrs mrs. miss madam madame mme dame lady queen princess duchess countess chairwoman spokeswoman
congresswoman businesswoman actress sister mother wife daughter grandmother aunt niece girlfriend
""".split()
)
MALE_TITLES = frozenset(
    """
mr mr. sir lord king prince duke count chairman spokesman congressman businessman actor brother father
husband son grandfather uncle nephew boyfriend
""".split()
)

# Pronouns by the gender they refer to.
FEMALE_PRONOUNS = frozenset("she her hers".split())
MALE_PRONOUNS = frozenset("he him his".split())
