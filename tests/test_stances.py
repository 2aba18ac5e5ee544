"""Stances: literal sentences with the rows a user expects, the seed articles end to end, and scoring."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from relations import schema
from relations.actors import ActorResolver, Mention
from relations.config import RAW_DIR
from relations.dates import extract_dates
from relations.document import ParsedArticle
from relations.evaluation.events import (
    CATEGORY_TO_PLOVER,
    is_country,
    read_cameo_to_plover,
    read_goldstein,
    score_plover,
    split_of,
)
from relations.quotes import extract_quotes
from relations.stances import CATEGORIES, Stance, extract_stances, load_lexicon


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.fixture(scope="module")
def stances_of(parse: Callable[..., ParsedArticle], resolver: ActorResolver) -> Callable[..., list[Stance]]:
    """The pipeline's chain on one text: actors -> dates -> quotes -> stances."""

    def run(text: str, published: str | None = "2018-03-03") -> list[Stance]:
        parsed = parse(text, published=published)
        mentions = resolver.extract(parsed)
        dates = extract_dates(parsed)
        quotes = extract_quotes(parsed, mentions, resolver)
        return extract_stances(parsed, mentions, quotes, dates, resolver)

    return run


def dyads(stances: list[Stance]) -> set[tuple[str | None, str | None, int, str]]:
    return {(s.source_country, s.target_country, s.polarity, s.category) for s in stances}


# --- the lexicon ------------------------------------------------------------------------------


def test_lexicon_entries_are_well_formed() -> None:
    entries = list(load_lexicon().entries())
    assert len(entries) > 300
    for entry in entries:
        assert entry.category in CATEGORIES, entry
        assert -10.0 <= entry.goldstein <= 10.0, entry
        assert entry.code.isdigit() and 2 <= len(entry.code) <= 4, entry


def test_a_repeated_lemma_is_refused_with_its_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.yml"
    lexicon.write_text('verbs:\n  slam: ["111", -2.0, criticism]\n  slam: ["111", -2.0, criticism]\n')
    with pytest.raises(ValueError, match="duplicate lexicon key 'slam' at line 3"):
        load_lexicon(lexicon)


def test_a_phrase_with_a_key_phrases_cannot_honour_is_refused(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.yml"
    lexicon.write_text(
        'phrases:\n  take control: {code: "171", goldstein: -9.2, category: coerce, armed: true}\n'
    )
    with pytest.raises(ValueError, match="phrase 'take control' cannot take"):
        load_lexicon(lexicon)


def test_every_category_is_scored_against_a_plover_type() -> None:
    assert set(CATEGORY_TO_PLOVER) == set(CATEGORIES)


def test_lexicon_intensities_follow_the_goldstein_table(shared_dir: Path) -> None:
    goldstein = read_goldstein(shared_dir / "eval" / "cameo" / "CAMEO.goldsteinscale.txt")
    disagreements = [
        (e.lemma, e.code, e.goldstein, goldstein.get(e.code))
        for e in load_lexicon().entries()
        if goldstein.get(e.code) is None or abs(goldstein[e.code] - e.goldstein) > 0.05
    ]
    assert disagreements == []


# --- literal sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compound actors: one row per actor
        (
            "Russia, China, and France criticized the United States.",
            {
                ("RUS", "USA", -1, "criticism"),
                ("CHN", "USA", -1, "criticism"),
                ("FRA", "USA", -1, "criticism"),
            },
        ),
        # the parser hangs the first items elsewhere; the listed actors still all act
        (
            "In January, Russia, China, and France criticized the United States when it convened a "
            "Security Council session.",
            {
                ("RUS", "USA", -1, "criticism"),
                ("CHN", "USA", -1, "criticism"),
                ("FRA", "USA", -1, "criticism"),
            },
        ),
        # a later conjunct names the actor when the first one is unknown
        (
            "Rwandan rebels said that President Kagame and his Rwandan Patriotic Front must agree to changes.",
            {("RWA", "RWA", -1, "demand")},
        ),
        # an act on no one is about the place it happens in, a place inside a state included
        ("Israel reimposed blockades in the West Bank.", {("ISR", "PSE", -1, "coerce")}),
        ("Israeli troops remained on alert in the occupied West Bank.", {("ISR", "PSE", -1, "mobilize")}),
        # a receiver is the target: the giver in the "from" phrase acts; no giver, no row
        ("Iran received S-300 missiles from Russia last year.", {("RUS", "IRN", 1, "aid")}),
        ("Georgian demonstrators received weapons from the Georgian government.", {("GEO", "GEO", 1, "aid")}),
        ("Iran received the news calmly.", set()),
        # "allowed X to ...": whom the act is done to, though the parser makes X a clause's subject
        ("Putin allowed Rouhani to visit Moscow.", {("RUS", "IRN", 1, "retreat")}),
        # a hyphenated name the parser hangs on the verb is still its object
        (
            "Putin criticized opposition leader Maulana Fazl-ur-Rehman of Pakistan.",
            {("RUS", "PAK", -1, "criticism")},
        ),
        # a promise with an infinitive is the promised act, announced
        ("Russia vowed to help Iran.", {("RUS", "IRN", 1, "agree")}),
        ("Erdogan has vowed to strangle a border force unveiled by Tillerson.", set()),
        # two nationality words on an act are both its authors, not each other's targets
        ("Syrian or Russian air raids hit the region.", set()),
        # "-style" names a manner, not the state
        ("Putin believes Soviet-style aggression is worth it.", set()),
        # event nouns carry the act ("Turkey's incursion into Syria")
        (
            "The fatalities were the first of Turkey's recent incursion into Syria.",
            {("TUR", "SYR", -1, "coerce")},
        ),
        # reporting an investigation accuses no one; reporting an attack accuses its author
        ("Foreign Minister Sergey Lavrov said Syria is investigating the killings.", set()),
        (
            "Foreign Minister Sergey Lavrov said Turkish troops shelled Afrin.",
            {("RUS", "TUR", -1, "criticism"), ("TUR", "SYR", -1, "fight")},
        ),
        # reporting a defence accuses no one
        ('"Kurdish forces were able to crush this attack," Xelil said.', set()),
        # an armed group's act on an act ("crushed this attack") is not against its own state
        ("Afghan rebels crushed the attack.", set()),
        # a list the parser reads as an apposition: every member acts
        (
            "Russia, the UK, France and Germany welcomed Iran's move.",
            {
                ("RUS", "IRN", 1, "praise"),
                ("GBR", "IRN", 1, "praise"),
                ("FRA", "IRN", 1, "praise"),
                ("DEU", "IRN", 1, "praise"),
            },
        ),
        # a hostile act aimed at a place is aimed at its state; one that happens there is not
        ("North Korea fired two artillery shells at Seoul on Thursday.", {("PRK", "KOR", -1, "fight")}),
        ("Turkey launched airstrikes on Afrin.", {("TUR", "SYR", -1, "fight")}),
        ("Russian troops clashed with rebels at Aleppo.", set()),
        (
            "Iran and Egypt have renewed diplomatic ties.",
            {("IRN", "EGY", 1, "support"), ("EGY", "IRN", 1, "support")},
        ),
        ("She had been killed in an Iraqi airstrike on Raqqa.", {("IRQ", "SYR", -1, "fight")}),
        # "agreed that": a statement, unless two parties agree with each other
        ("Iran agreed that the plant was safe.", set()),
        (
            "The Philippines and France agree that territorial disputes should be resolved through arbitration.",
            {("PHL", "FRA", 1, "agree"), ("FRA", "PHL", 1, "agree")},
        ),
        # journeys: the state travelled to (not home, not a deployment)
        ("Rouhani arrived in Moscow on Monday.", {("IRN", "RUS", 1, "consult")}),
        ("Lavrov flew to Tehran for talks.", {("RUS", "IRN", 1, "consult")}),
        ("Putin arrived back in Moscow.", set()),
        ("Russian troops arrived in Syria.", set()),
        ("Shamima Begum travelled to Syria in 2015.", set()),  # a journey, not a visit between states
        ("As many as 4,000 Russian citizens traveled to Syria.", set()),
        ("A Russian delegation arrived in Tehran.", {("RUS", "IRN", 1, "consult")}),
        # attending an event is a visit to where it is held
        ("Lavrov attended the summit in Tehran.", {("RUS", "IRN", 1, "consult")}),
        ("The US leader attended the Beijing Olympics.", {("USA", "CHN", 1, "consult")}),
        ("Iranian students attended a protest in London.", set()),
        # the venue of talks is no party to them; a journey not made is no rejection of anyone
        ("The Syrian delegation will attend the Geneva talks.", set()),
        ("The Syrian opposition said it would not attend the talks.", set()),
        # acting despite another actor's pressure or objections defies it
        (
            "Iran refused to halt enrichment despite pressure from the United States.",
            {("IRN", "USA", -1, "reject")},
        ),
        ("Despite Washington's warnings, Iran launched the satellite.", {("IRN", "USA", -1, "reject")}),
        (
            "Despite the rain, Russia and Iran met.",
            {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")},
        ),
        # people named by their attitude to a state or knowledge of it are not that state
        ("Trump has sought to assure Jews and other Israel supporters.", set()),
        ("Putin praised Iran experts.", set()),
        ("Russian experts criticized Iran.", {("RUS", "IRN", -1, "criticism")}),
        # a domestic object of another state ("Syrian opposition") is no act at home; the description of
        # the broker is its support of them
        (
            "The deal was brokered by Qatar, a longtime supporter of Syrian opposition forces.",
            {("QAT", "SYR", 1, "support")},
        ),
        # a hostile act asked for is not done: the demand is on its target, not on who would act
        (
            "France called for UN sanctions against the Syrian regime.",
            {("FRA", "SYR", -1, "demand")},
        ),
        # two organs of one state acting on each other: domestic politics
        ("Iranian lawmakers criticized the Iranian government.", {("IRN", "IRN", -1, "criticism")}),
        ("The US military pressed the US administration to delay the move.", {("USA", "USA", -1, "demand")}),
        ("The US administration is planning to withdraw US troops.", set()),  # its own forces
        ("Russian officials criticized Russian officials.", set()),  # one organ: whom, we cannot tell
        # a reduced relative names the victims, not the attackers
        ("At least 19 civilians killed in an air raid in northern Syria were buried.", set()),
        # civilians' violence is no default act against their own state ("civilians injure 16": a misparse)
        ("Rocket attacks on Aleppo kill 10 civilians injure 16.", set()),
        # passive voice: the agent is the source
        ("Iran was criticized by Russia.", {("RUS", "IRN", -1, "criticism")}),
        ("A resolution proposed by Britain was vetoed by Russia.", {("RUS", "GBR", -1, "reject")}),
        # negation: no interest in acting as Iran's spearhead is a refusal, not cooperation
        ("Russia has no interest in acting as Iran's spearhead.", {("RUS", "IRN", -1, "reject")}),
        ("Russia refused to help Iran.", {("RUS", "IRN", -1, "reject")}),
        ("Russia's failure to help Iran was noted.", {("RUS", "IRN", -1, "reject")}),
        # a negated hostile act is no stance we can place
        ("Russia did not attack Iran.", set()),
        # a denied frame negates what it frames
        ("It is not that Russia supports Iran.", {("RUS", "IRN", -1, "reject")}),
        ("It's not as though Moscow accuses the White House of doing it.", set()),
        # but a negated hostile pledge is a promise
        ("Putin said Russia will not betray Iran.", {("RUS", "IRN", 1, "agree")}),
        # reciprocal events between listed actors
        (
            "Russia and Iran cooperate closely in Syria.",
            {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")},
        ),
        (
            "Over the past year, military coordination between Moscow and Tehran has intensified.",
            {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")},
        ),
        # relational nouns: the possessor is the target
        ("Russia is now Iran's most important ally.", {("RUS", "IRN", 1, "support")}),
        # announced intent: CAMEO's "express intent to cooperate" (pronoun resolved to the speaker)
        ("Syria says it is willing to withdraw its troops from Lebanon.", {("SYR", "LBN", 1, "agree")}),
        # a reported obligation is a demand
        ("Russia said that Sudan must return the helicopter.", {("RUS", "SDN", -1, "demand")}),
        # light verbs: the noun carries the event, the verb's subject acts
        ("Russia imposed sanctions on Turkey.", {("RUS", "TUR", -1, "sanction")}),
        (
            "Moscow gave tacit support to Turkey's incursion into Afrin.",
            {("RUS", "TUR", 1, "support"), ("TUR", "SYR", -1, "coerce")},
        ),
        # a place is not a target: strikes in Syria are not strikes against Syria ...
        ("Russia and a U.S.-led coalition are carrying out separate air strikes in Syria.", set()),
        # ... but strikes on Syria are
        ("Russia launched airstrikes on Syria.", {("RUS", "SYR", -1, "fight")}),
        # a fronted place is not one of the subjects
        (
            "In Syria, Erdogan has backed Moscow and Tehran.",
            {("TUR", "RUS", 1, "support"), ("TUR", "IRN", 1, "support")},
        ),
        # a duty is nobody's stance
        ("The White House is required by Congress to certify Iran's compliance.", set()),
        # an announced hostile act under a condition is a threat, against the one it is announced to
        (
            "Nigeria announced that it will withdraw its peacekeeping force from Chad unless the rebels "
            "agree to a ceasefire.",
            {("NGA", "TCD", -1, "threaten")},
        ),
        # the object of "charged ... with" does the gerund
        (
            "The United States charged Tehran with violating an arms embargo.",
            {("USA", "IRN", -1, "criticism")},
        ),
        # domestic dyads: two distinct actors of one country are a dyad (PLOVER codes both sides NGA)
        (
            "The Nigerian Union of Teachers criticized the Nigerian government.",
            {("NGA", "NGA", -1, "criticism")},
        ),
        ("Iranian police arrested opposition leader Mir Hossein Mousavi.", {("IRN", "IRN", -1, "coerce")}),
        # a nationality word names its state's side when no mention covers the phrase
        ("Israeli helicopters shelled Palestinian positions.", {("ISR", "PSE", -1, "fight")}),
        ("Turkey rejected an Indian proposal.", {("TUR", "IND", -1, "reject")}),
        # an act with no one acted upon is about the state where it happens ...
        ("Palestinian prisoners rioted at a jail in northern Israel.", {("PSE", "ISR", -1, "protest")}),
        # ... except violence abroad (see the air strikes above)
        ("Afghan rebels exploded bombs in Pakistan.", set()),
        # a third party that carries the noun acts on both members of "between"
        (
            "Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
            {("QAT", "ARE", 1, "consult"), ("QAT", "SAU", 1, "consult")},
        ),
        # a demanded act is not done by its addressee: only the demand is a stance
        (
            "The United States urged Russia to withdraw its troops from Georgia.",
            {("USA", "RUS", 1, "appeal")},
        ),
        (
            "President Harry Truman’s ultimatum to Stalin to withdraw from Iran seeded the Cold War.",
            {("USA", "RUS", -1, "threaten")},
        ),
        # the issuer of a declaration demands
        (
            "The Kurdistan Workers' Party issued a declaration demanding that the Turkish government "
            "release its leader.",
            {("TUR", "TUR", -1, "demand")},
        ),
        # a phone call involves both sides
        (
            "Lavrov telephoned Zarif on Tuesday.",
            {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")},
        ),
        # an attitude adjective or stative passive with a complement: the subject holds it
        ("Iran is critical of the United States.", {("IRN", "USA", -1, "criticism")}),
        ("Israel is opposed to French mediation.", {("ISR", "FRA", -1, "opposition")}),
        # a person's own state's troops are the instrument, not the target; a critic's own state is one
        ("Trump withdrew US troops from Syria.", {("USA", "SYR", 1, "retreat")}),
        ("Senator Lindsey Graham condemned the Trump administration.", {("USA", "USA", -1, "criticism")}),
        # joint military exercises are mutual military cooperation, also through a measure phrase
        (
            "Iran and Russia held a joint military exercise.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        (
            "French and Egyptian warships on Monday launched 10 days of war games.",
            {("FRA", "EGY", 1, "cooperate"), ("EGY", "FRA", 1, "cooperate")},
        ),
        ("Russia launched a series of attacks on Ukraine.", {("RUS", "UKR", -1, "fight")}),
        # obstructing passage is a protest; workers (a group of France) blocking a French bridge is domestic
        (
            "Angry French paper workers blocked the Europe Bridge from France to Germany.",
            {("FRA", "FRA", -1, "protest")},
        ),
        # fighting "alongside" a side, or "with" it against another, is military cooperation with it
        (
            "Hezbollah fought alongside the Syrian army against the rebels.",
            {("LBN", "SYR", 1, "cooperate")},
        ),
        (
            "Foreign volunteers fighting with the YPG against Islamic State crossed into Syria.",
            set(),
        ),
        (
            "The Revolutionary Guards are fighting with the YPG against Islamic State.",
            {("IRN", "SYR", 1, "cooperate"), ("IRN", None, -1, "fight"), (None, "IRN", -1, "fight")},
        ),
        ("Russia fought with Turkey.", {("RUS", "TUR", -1, "fight"), ("TUR", "RUS", -1, "fight")}),
        # a fight against the state's own forces is still at home
        (
            "Afghan rebels fought fierce battles against government troops.",
            {("AFG", "AFG", -1, "fight")},
        ),
        # a curly apostrophe after a plural still makes a possessor, whose attempt it is
        (
            "The Iranians’ attempts to intimidate Ankara came to nothing.",
            {("IRN", "TUR", -1, "threaten")},
        ),
        # "sold out" is a betrayal, not a sale
        ("Israel was sold out by Kerry and Obama.", {("USA", "ISR", -1, "reject")}),
        ("Russia sold S-300 missiles to Iran.", {("RUS", "IRN", 1, "cooperate")}),
        # "insist" demands what should be done, on whom should do it; asserting a fact is no demand
        ("Iran insists it does not know his whereabouts.", set()),
        ("Russia insisted that Iran must halt enrichment.", {("RUS", "IRN", -1, "demand")}),
        ("The US insisted that Iran leave Iraq.", {("USA", "IRN", -1, "demand")}),
        # a patron is not the one who acts ("US-backed fighters"), but a sponsored deal is the sponsor's
        ("US-backed fighters are battling the Islamic State.", set()),
        (
            "Assad agreed to a Russia-sponsored deal.",
            {("SYR", "RUS", 1, "agree"), ("RUS", "SYR", 1, "agree")},
        ),
        # a time clause is not denied by its main clause ("it was not" is about something else)
        (
            "When Netanyahu arrived at the White House, it was not the main thing on his mind.",
            {("ISR", "USA", 1, "consult")},
        ),
        # the war an ally is an ally in is the setting, not a fight at home
        (
            "Hezbollah has been a vital military ally of Bashar al-Assad in the seven-year war.",
            {("LBN", "SYR", 1, "support")},
        ),
        # "told X it must ...": the pronoun is the addressee, on whom the obligation is a demand
        ("Donald Trump has told the EU it must take back its fighters.", {("USA", None, -1, "demand")}),
        # two sides agreeing with each other: the clause is what they agreed on, not whom with
        (
            "Russia and Iran agreed that Assad should stay.",
            {("RUS", "IRN", 1, "agree"), ("IRN", "RUS", 1, "agree")},
        ),
        # a participle's subject is its patient: the backer backs it, and it is no one's agent
        (
            "Backed by Russia, the Syrian army attacked ISIS.",
            {("RUS", "SYR", 1, "support"), ("SYR", None, -1, "fight")},
        ),
        (
            "Iran, backed by Russia, attacked ISIS.",
            {("RUS", "IRN", 1, "support"), ("IRN", None, -1, "fight")},
        ),
        ("Aid workers are involved in the effort in Raqqa and other towns recaptured from Isis.", set()),
        (
            "Syrian government forces backed by Russia attacked ISIS.",
            {("RUS", "SYR", 1, "support"), ("SYR", None, -1, "fight")},
        ),
        # ... only when it names a side: a conference hosted by AIPAC is no one AIPAC hosts
        ("In addressing the annual Washington policy conference hosted by AIPAC, Trump spoke.", set()),
        # a passive receipt: the "by" side received ("obtained by"), so it is no giver
        ("Kraninger wrote in an email to staff, obtained by the consumer group Allied Progress.", set()),
        # a hostile act called off is neither the act nor a sanction; "its" is the clause's own subject's
        ("Russia demanded that the US cancel its strikes on Syria.", {("RUS", "USA", -1, "demand")}),
        ("Turkey halted its offensive against the YPG.", set()),
        # a drill with no partner cooperates with no one, least of all the coast it is held off
        ("The Russian Navy conducted a firing drill off the Syrian coast.", set()),
        # a demand pressed upon someone is on them, not on the subject of what is demanded
        (
            "John Bolton was pressing upon Trump that the Isis fight is not yet won.",
            {("USA", "USA", -1, "demand")},
        ),
        # preventing an act keeps it from happening; preventing people from acting coerces them
        ("We will try to prevent any damage to the Syrian people, Zarif said.", set()),
        ("Israel prevented Palestinian workers from entering Jerusalem.", {("ISR", "PSE", -1, "coerce")}),
        # a group acting on unnamed fighters is not acting on its own state
        ("The YPG encircled the attackers near Hasakah.", set()),
        # a leader warning of his own state's act does not warn his state
        ("Putin warned that Russia would respond to any attack.", set()),
        ("Putin warned the US against strikes on Syria.", {("RUS", "USA", -1, "warning")}),
        # what a meeting, a clash or an agreement is about is not a side of it
        ("Russia and Turkey clashed over Syria.", {("RUS", "TUR", -1, "fight"), ("TUR", "RUS", -1, "fight")}),
        (
            "Russia and Iran agreed on a plan for Syria.",
            {("RUS", "IRN", 1, "agree"), ("IRN", "RUS", 1, "agree")},
        ),
        (
            "Erdogan has discussed his concerns about Syria in phone calls with Putin.",
            {("TUR", "RUS", 1, "consult"), ("RUS", "TUR", 1, "consult")},
        ),
        ("Russia and Iran discussed Syria.", {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")}),
        (
            "Putin discussed the crisis in Syria with Erdogan.",
            {("RUS", "TUR", 1, "consult"), ("TUR", "RUS", 1, "consult")},
        ),
        # calling for cooperation is an appeal, calling for hostility a demand
        (
            "French President Emmanuel Macron has called for more dialogue with Russia.",
            {("FRA", "RUS", 1, "appeal")},
        ),
        ("Russia called for sanctions against Iran.", {("RUS", "IRN", -1, "demand")}),
        # the helper of a hostile act is not its target: it cooperates with the one who acts
        # (the attack on a town of its own is the army's at home)
        (
            "The Syrian army attacked Aleppo with the help of Russian jets.",
            {("RUS", "SYR", 1, "cooperate"), ("SYR", "SYR", -1, "fight")},
        ),
        (
            "The Syrian army attacked Aleppo with Russian support.",
            {("RUS", "SYR", 1, "cooperate"), ("SYR", "SYR", -1, "fight")},
        ),
        ("Syrian troops attacked Aleppo with the help of Syrian jets.", {("SYR", "SYR", -1, "fight")}),
        # a demand that someone stay backs them; that they go is against them
        ("Russia insisted that Assad should stay.", {("RUS", "SYR", 1, "support")}),
        ("Russia said that Assad must go.", {("RUS", "SYR", -1, "demand")}),
        # an object-bound entry reads the object, not the clauses and places hung on it ("a letter ...
        # following the death of workers in airstrikes by regime forces" is no troops sent)
        (
            "Al-Fahd sent a letter of condolence to the Civil Defense Corps following the death of five "
            "rescue workers in airstrikes by the Russian and regime forces.",
            set(),
        ),
        ("Russia sent hundreds of troops to Syria.", {("RUS", "SYR", -1, "mobilize")}),
        # what is received decides the act: arms are aid, a call is a consultation, praise neither
        ("Iran received S-300 missiles from Russia.", {("RUS", "IRN", 1, "aid")}),
        ("Erdogan received a phone call from Putin.", {("RUS", "TUR", 1, "consult")}),
        ("Assad received praise from the crowd.", set()),
        ("The Turkish army sent an armoured convoy deep into Syria.", {("TUR", "SYR", -1, "mobilize")}),
        # co-raiders: violence in a place is about it only for the side at home there
        ("Syrian and Russian warplanes bombed aid trucks near Aleppo.", {("SYR", "SYR", -1, "fight")}),
        (
            "Russian and Syrian airstrikes killed 20 civilians in Idlib.",
            {("RUS", "SYR", -1, "assault"), ("SYR", "SYR", -1, "assault")},
        ),
        # "in support of" on a gathering acted on belongs to the gathering, on an act to the act
        ("Syrian Islamist rebels bombarded a campaign rally in support of President Bashar al-Assad.", set()),
        ("Russia began air strikes last September in support of Assad.", {("RUS", "SYR", 1, "support")}),
        # trading accusations is no trade
        (
            "The United States and Russia were trading conflicting assertions about the attack.",
            {("USA", "RUS", -1, "criticism"), ("RUS", "USA", -1, "criticism")},
        ),
        # a denial defends whom the denied content accuses
        (
            "Bassam Abu Abdullah has again denied that the Syrian army attacked civilians with chemical weapons.",
            set(),
        ),
        (
            "Ali Akbar Velayati rejected claims that the Syrian government was behind the chemical attack.",
            set(),
        ),
        ("Iran denied the accusations by Israel.", {("IRN", "ISR", -1, "reject")}),
        # not knowing of an act neither reports nor denies it
        (
            "Yakovenko says he is not aware of any conversations between Putin and Trump since last week.",
            set(),
        ),
        # an official's own state's duty is a pledge, not a demand on it
        ("Maria Zakharova said Russia should protect its people on the ground.", set()),
        ("Lavrov said the US must leave Syria.", {("RUS", "USA", -1, "demand")}),
        # an "anti-Isis force" is no Isis
        ("The operation sparked tensions between Washington and its Kurdish-led anti-Isis force.", set()),
        # releasing a statement publishes it; releasing a person is a concession
        ("Turkish authorities released the American pastor.", {("TUR", "USA", 1, "retreat")}),
        ("Iran released a video about Israel.", {("IRN", "ISR", 0, "statement")}),
        # "killed in Israeli shelling", parsed as "in Israeli" plus a clause "shelling": Israel's act
        (
            "Four civilians were killed in Israeli shelling in the Gaza Strip.",
            {("ISR", "PSE", -1, "assault")},
        ),
        ("Two civilians were killed by Israeli shelling in the Gaza Strip.", {("ISR", "PSE", -1, "assault")}),
        # a relative pronoun as the object stands for the noun it describes, not the clause's place
        ("They are Isis fighters that the US captured in Syria.", {("USA", None, -1, "coerce")}),
        (
            "Tehran protested the treatment of the Iranian diplomats whom Israel expelled.",
            {("ISR", "IRN", -1, "coerce")},
        ),
        # an infinitive completing a noun of intent is the noun owner's, and unrealised; the critic does not act
        ("Assad and Velayati criticised Western threats to carry out strikes on Syria.", set()),
        (
            "Russia criticised Israel's threats to attack Iran.",
            {("RUS", "ISR", -1, "criticism"), ("ISR", "IRN", -1, "threaten"), ("ISR", "IRN", -1, "fight")},
        ),
        # the dead suffer the act; a hostile cause names who did it, a "-led" one its leader
        ("Ten civilians died in Russian air strikes in Syria.", {("RUS", "SYR", -1, "assault")}),
        ("Ten civilians died in Saudi-led air strikes in Yemen.", {("SAU", "YEM", -1, "assault")}),
        ("Syrian soldiers were killed in US-led coalition air strikes.", {("USA", "SYR", -1, "assault")}),
        ("Ten people died in a flood in Syria.", set()),
        # "which" never stands for a person the parser hung the clause on
        ("One of them is a helmet signed by Tim Tebow, which Trump bought.", set()),
        # the state of relations between two sides
        (
            "Israel has had a strong political and military relationship with Turkey.",
            {("ISR", "TUR", 1, "cooperate")},
        ),
        ("Russia has strained relations with the United States.", {("RUS", "USA", -1, "distrust")}),
        ("Relations between Saudi Arabia and Turkey were already strained by differences over Syria.", set()),
        # a particle naming the partner: "stand by", "speak with" (after a direct object, not before)
        ("Like before, Iran will stand by Syria under any circumstances.", {("IRN", "SYR", 1, "support")}),
        (
            "Scott Morrison stood by previous comments that he would not put any Australian life at risk.",
            set(),
        ),
        ("The U.S. is pushing Iran into the arms of the Russians.", {("USA", "IRN", -1, "coerce")}),
        (
            "Obama spoke with British Prime Minister David Cameron about Syria.",
            {("USA", "GBR", 1, "consult"), ("GBR", "USA", 1, "consult")},
        ),
        # a phone call, also where the parser hangs it on the verb's object
        (
            "Macron raised concerns about Syria in a phone call with his Russian counterpart Vladimir Putin.",
            {("FRA", "RUS", 1, "consult")},
        ),
        (
            "The last straw for Mattis was a phone call between Trump and the Turkish president, Recep Tayyip Erdogan.",
            {("USA", "TUR", 1, "consult"), ("TUR", "USA", 1, "consult")},
        ),
        (
            "The United States, France and Britain all pointed the finger at Assad.",
            {
                ("USA", "SYR", -1, "criticism"),
                ("FRA", "SYR", -1, "criticism"),
                ("GBR", "SYR", -1, "criticism"),
            },
        ),
        # only a state's authorities arrest or jail: an agentless arrest is the place's
        (
            "The parents of a British soldier who was arrested in Turkey say he is innocent.",
            {("TUR", "GBR", -1, "coerce")},
        ),
        ("Three Iranian diplomats were detained in Germany on Monday.", {("DEU", "IRN", -1, "coerce")}),
        ("A British man was arrested in Turkey by Kurdish forces.", set()),
        ("A man has been detained in Syria on suspicion of being a member of Islamic State.", set()),
        # a relative clause on a side is about that side; on anything else, or hung on the nearest noun, not
        (
            "The Syrian regime, which has been supported by Russia, began attacking Isis.",
            {("RUS", "SYR", 1, "support"), ("SYR", None, -1, "fight")},
        ),
        (
            "The militia spearheaded the ground campaign against Islamic State that was backed by the US-led coalition.",
            set(),
        ),
        ("Saudi Arabia supports rebels fighting against Assad's government.", set()),
        # a rival's or a patron's name is not the side itself; with a possessor it is
        ("The US trained the SDF, an FSA rival.", {("USA", "SYR", 1, "cooperate")}),
        ("Moscow defended its Damascus ally.", {("RUS", "SYR", 1, "support")}),
        # conceding a point is admitting it; conceding ground is a concession
        ("As Condoleezza Rice conceded in Cairo in 2005, it was a self-defeating policy.", set()),
        ("Iran conceded territory to Iraq.", {("IRN", "IRQ", 1, "concede")}),
        # a fronted description is no second subject; a participle with an object is a main verb
        (
            "A longtime backer of the government in Damascus, Moscow stepped up its support for Bashar al-Assad.",
            {("RUS", "SYR", 1, "support")},
        ),
        (
            "Air raids carried out by Russian warplanes killed at least 39 civilians in Idlib.",
            {("RUS", "SYR", -1, "assault")},
        ),
        # the accused do what they are accused of, also when the tagger calls the gerund a noun
        (
            "Damascus accuses Saudi Arabia, Turkey and Qatar of funding and arming terrorist groups in Iraq.",
            {
                ("SYR", "SAU", -1, "criticism"),
                ("SYR", "TUR", -1, "criticism"),
                ("SYR", "QAT", -1, "criticism"),
                ("SAU", "IRQ", 1, "aid"),
                ("TUR", "IRQ", 1, "aid"),
                ("QAT", "IRQ", 1, "aid"),
            },
        ),
        # a participle without an auxiliary describes a side; it reports no act to accuse anyone of
        (
            "The United States claims the attacks are carried out to assist Syrian Kurds fighting against ISIL.",
            {("SYR", None, -1, "fight"), (None, "SYR", -1, "fight")},
        ),
        # adding to harm is no aid
        ("Turkey, too, has contributed to Syria's bottomless misery.", set()),
        # a source's reticence rejects no one
        ("A Syrian official declined to comment on Russia.", set()),
        ("The regime might attack any day, said an Idlib activist, who refused to be named.", set()),
        ("Iran refused to negotiate with the US.", {("IRN", "USA", -1, "reject")}),
        # ground is taken from an enemy; the place taken is none
        ("Syrian troops recaptured Palmyra from Islamic State.", {("SYR", None, -1, "fight")}),
        # fighting for a side is fighting on its side
        ("Hezbollah fought for Assad in Syria.", {("LBN", "SYR", 1, "cooperate")}),
        # a travel warning is no cooperation
        ("The UK has advised against all travel to Syria.", {("GBR", "SYR", -1, "sanction")}),
        ("Russian officers advised the Syrian army.", {("RUS", "SYR", 1, "cooperate")}),
        # the object of "arm", "train", "help" does the infinitive after it; one's own forces sent do not
        (
            "Iran armed Hezbollah to fight Israel.",
            {("IRN", "LBN", 1, "aid"), ("LBN", "ISR", -1, "fight"), ("ISR", "LBN", -1, "fight")},
        ),
        ("US troops had mentored and trained Kurdish-led units to fight Isis.", set()),
        ("Russia sent troops to fight Isis.", {("RUS", None, -1, "fight"), (None, "RUS", -1, "fight")}),
        ("Russia's relations with Turkey soured.", {("RUS", "TUR", -1, "distrust")}),
        ("Relations between Russia and Turkey have not improved.", set()),
        # what is feared or wanted is hedged, not what does the fearing
        (
            "Russia's close ties with Iran worry Israel.",
            {("RUS", "IRN", 1, "cooperate"), ("ISR", "RUS", -1, "distrust")},
        ),
        # conjoined passives share their agent; pressure is a demand on someone, not on a topic
        (
            "At least 15 civilians were killed and many wounded in fresh air strikes by US-led coalition in Syria.",
            {("USA", "SYR", -1, "assault")},
        ),
        ("The US put pressure on Damascus over the attack on Douma.", {("USA", "SYR", -1, "demand")}),
        # a participle as a bare adjective is no act
        ("Ellwood told the Daily Telegraph: we should consider an agreed international process.", set()),
        ("Mogherini said the regime bears responsibility for a suspected chemical attack.", set()),
        # relations as a subject
        (
            "Relations between Turkey and the US have unravelled in recent weeks.",
            {("TUR", "USA", -1, "distrust"), ("USA", "TUR", -1, "distrust")},
        ),
        (
            "Relations between Russia and Turkey have improved.",
            {("RUS", "TUR", 1, "cooperate"), ("TUR", "RUS", 1, "cooperate")},
        ),
        # CAMEO verbs frequent in the corpus (2026-12-06)
        ("The Turkish army inflicted heavy losses on the YPG.", {("TUR", "SYR", -1, "fight")}),
        ("Russian jets hit a Red Crescent aid convoy near Aleppo.", {("RUS", None, -1, "fight")}),
        ("Six European countries hit the 0.7% UN aid spending target.", set()),
        ("Iran has no good relations with Israel.", set()),
        (
            "The PKK has fought a decades-long insurgency against the Turkish state.",
            {("TUR", "TUR", -1, "fight")},
        ),
        ("Russia respects Syria's sovereignty.", {("RUS", "SYR", 1, "support")}),
        ("The news hit the headlines in Iran.", set()),
        (
            "Hezbollah fighters exchanged fire with Israeli troops.",
            {("LBN", "ISR", -1, "fight"), ("ISR", "LBN", -1, "fight")},
        ),
        # fighting an enemy together: "with" is the ally, and a compound subject cooperates
        ("The US combats terrorism with Iraq.", {("USA", "IRQ", 1, "cooperate")}),
        (
            "Russia and Iran fight terrorism in Syria.",
            {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")},
        ),
        ("Iran and Iraq fought a war.", {("IRN", "IRQ", -1, "fight"), ("IRQ", "IRN", -1, "fight")}),
        # a delivered speech is words, not aid
        ("Russia delivered S-300 missiles to Iran.", {("RUS", "IRN", 1, "aid")}),
        ("Russia delivered a speech about Iran.", {("RUS", "IRN", 0, "statement")}),
        # the offensive a capture is made in is the same act, not a second fight at home
        ("The YPG captured Tel Abyad from ISIS in an offensive.", {("SYR", None, -1, "coerce")}),
        # a clash over words is a disagreement; a world war is an era
        ("Tobias Ellwood clashed with Trump’s assessment.", {(None, "USA", -1, "criticism")}),
        (
            "Their homeland has been split since the first world war between Syria, Turkey, Iraq and Iran.",
            set(),
        ),
        # an arrest warrant is an arrest asked of the law (CAMEO 173), on whom it names
        ("The ICC issued an arrest warrant for Vladimir Putin.", {(None, "RUS", -1, "coerce")}),
        (
            "A court in Guyana has issued arrest warrants for two Brazilian men.",
            {("GUY", "BRA", -1, "coerce")},
        ),
        # a neutral public statement (CAMEO 015, Goldstein 0) is a row with polarity 0
        # (the claimed attack is the claimant's, hedged: on its own word)
        (
            "Hamas claimed responsibility for the attack on Israel.",
            {("PSE", "ISR", 0, "statement"), ("PSE", "ISR", -1, "fight")},
        ),
        # firing: at a side, at a capital (also when the parser hangs it on the shells), opening fire
        ("Pyongyang on Thursday fired two artillery shells at Seoul.", {("PRK", "KOR", -1, "fight")}),
        ("Israeli troops fired at Palestinian protesters.", {("ISR", "PSE", -1, "fight")}),
        ("Israeli troops opened fire on Palestinian protesters.", {("ISR", "PSE", -1, "fight")}),
        # (a minister fired is no fight; since the eighth round, a change of leadership at home)
        ("Iran fired the minister on Monday.", {("IRN", "IRN", 1, "concede")}),
        # a group named after its states stands for each of them
        (
            "Officials in Russia and Iran welcomed a resumption of ties with Egypt.",
            {("RUS", "EGY", 1, "praise"), ("IRN", "EGY", 1, "praise")},
        ),
        (
            "The ambassadors of Russia, China and Iran presented their credentials to Syria's president.",
            {("RUS", "SYR", 1, "cooperate"), ("CHN", "SYR", 1, "cooperate"), ("IRN", "SYR", 1, "cooperate")},
        ),
        # "neither ... nor" and "no" subjects deny the act
        ("Neither Russia nor China condemned Iran.", set()),
        ("No country backed Iran.", set()),
        ("Nor can Iran wholly trust Putin.", {("IRN", "RUS", -1, "reject")}),
        # a judged act happened all the same; another's act under a denied verb is neither done nor denied
        ("Russia has not condemned the Iranian strikes on Israel.", {("IRN", "ISR", -1, "fight")}),
        # (not tolerating them rejects their author)
        ("Iran will not tolerate Israeli attacks on Syria.", {("IRN", "ISR", -1, "reject")}),
        ("Russia does not need Iranian help.", set()),
        # a journey warned against is not made; an intent is the one side's alone
        ("Russia warned its citizens against travelling to Iran.", set()),
        ("Russia wants to cooperate with Iran.", {("RUS", "IRN", 1, "agree")}),
        ("Russia is interested in cooperating with Iran.", {("RUS", "IRN", 1, "agree")}),
        ("Putin met Raisi in Moscow.", {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")}),
        # an act named with its agent is the agent's, also when the parser hangs "by" on the verb
        ("Airstrikes by Russia on Syrian rebels killed 20 people.", {("RUS", "SYR", -1, "fight")}),
        (
            "Russia condemned the airstrikes by Israel on Syria.",
            {("RUS", "ISR", -1, "criticism"), ("ISR", "SYR", -1, "fight")},
        ),
        ("Russia welcomed the offer by Iran.", {("RUS", "IRN", 1, "praise")}),
        # strikes in a place named before the place noun are abroad, not a state's act at home (FA-KES's
        # bare "Syrias" is read as "Syria's" since the sixteenth round: the place struck is Syria's)
        (
            "Russian fighter jets struck a neighbourhood in western Syrias Idlib province.",
            {("RUS", "SYR", -1, "fight")},
        ),
        # the infinitive after "backed X" is X's act, and its object is not whom the backing is for
        ("The US supported the Kurds to fight ISIS.", set()),
        (
            "Iran backed Hezbollah to fight Israel.",
            {("IRN", "LBN", 1, "support"), ("LBN", "ISR", -1, "fight"), ("ISR", "LBN", -1, "fight")},
        ),
        # fighting on someone's behalf is fighting on their side
        ("Hezbollah fought on behalf of the Assad regime.", {("LBN", "SYR", 1, "cooperate")}),
        ("Russia fought in defence of Syria.", {("RUS", "SYR", 1, "cooperate")}),
        # "neighbouring Syria", read by the parser as a verb, still names Syria
        (
            "Israel seized the Golan Heights from neighbouring Syria in the 1967 war.",
            {("ISR", "SYR", -1, "coerce")},
        ),
        # groups that fight beside their state or abroad do not fight it by default; insurgents do
        # (whom it retakes from is the enemy: IS, which has no state)
        ("The SDF launched an offensive to retake Manbij from IS.", {("SYR", None, -1, "fight")}),
        ("Hezbollah launched an offensive.", set()),
        ("The SDF began an assault on Manbij in late May.", set()),
        ("Nusra began its assault on Aleppo.", {("SYR", "SYR", -1, "fight")}),
        ("Nusra Front fighters attacked an army outpost in Aleppo.", {("SYR", "SYR", -1, "fight")}),
        # a border is where, not whom
        ("Hezbollah and the Syrian military began a joint offensive on the Lebanon-Syria border.", set()),
        ("Iran closed its border with Iraq.", {("IRN", "IRQ", -1, "sanction")}),
        # a joint operation or patrol is military cooperation; joint strikes stay strikes
        (
            "Russia and Iran launched a joint operation against ISIS.",
            {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")},
        ),
        (
            "Russia and Turkey carried out a joint military patrol in Idlib.",
            {("RUS", "TUR", 1, "cooperate"), ("TUR", "RUS", 1, "cooperate")},
        ),
        (
            "The US and Britain launched joint strikes on Syria.",
            {("USA", "SYR", -1, "fight"), ("GBR", "SYR", -1, "fight")},
        ),
        # event nouns: an assault, a clash, fighting "between" sides hung on the verb, diplomacy
        (
            "Turkey launches an unprovoked assault on one of the few remaining peaceful corners of Syria.",
            {("TUR", "SYR", -1, "fight")},
        ),
        (
            "Fighting erupted between Turkish troops and Syrian forces.",
            {("TUR", "SYR", -1, "fight"), ("SYR", "TUR", -1, "fight")},
        ),
        ("Heavy fighting in Aleppo killed 20 people.", set()),
        # a list of pairs does not say who fights whom
        (
            "The war led to clashes between Iran and Israel, Syria and Israel, and Turkey and the Kurds.",
            set(),
        ),
        ("Obama's diplomacy with Tehran has been misplaced.", {("USA", "IRN", 1, "consult")}),
        ("Turkey will launch a military operation against Syria.", {("TUR", "SYR", -1, "threaten")}),
        (
            "Russia and Turkey launched a joint military operation against ISIS.",
            {("RUS", "TUR", 1, "cooperate"), ("TUR", "RUS", 1, "cooperate")},
        ),
        # "its efforts to ...": the possessive pronoun is the verb's subject
        ("Russia stepped up its efforts to help Iran.", {("RUS", "IRN", 1, "aid")}),
        # a violated agreement is the breach's, not a second, cooperative row
        ("Russia violated its agreement with Turkey.", {("RUS", "TUR", -1, "reject")}),
        # what a side suffers or faces is done to it by the "from" side
        ("Russia comes under increasing criticism over its support for Damascus.", set()),
        ("Russian troops came under attack from Syrian rebels.", {("SYR", "RUS", -1, "fight")}),
        ("Iran faced criticism from the United States.", {("USA", "IRN", -1, "criticism")}),
        # a group's report of its country's act accuses it: the government is not the group's side
        (
            "Activists in rural Idlib said that Syrian airstrikes killed 10 civilians.",
            {("SYR", "SYR", -1, "criticism"), ("SYR", "SYR", -1, "assault")},
        ),
        # striking a deal is agreeing; striking a tone is no strike
        ("Russia struck a deal with Turkey.", {("RUS", "TUR", 1, "agree"), ("TUR", "RUS", 1, "agree")}),
        ("Putin struck a conciliatory tone toward Iran.", set()),
        # a reduced passive ("if threatened") is suffered by the clause's subject, not done by it
        ("US aircraft would defend the troops if threatened, Davis said.", set()),
        # territory taken names the state that held it; help with an infinitive is the act helped along
        ("Turkey occupied Afrin.", {("TUR", "SYR", -1, "coerce")}),
        ("Putin helped foment a rebellion in eastern Ukraine.", {("RUS", "UKR", -1, "coerce")}),
        # stirring unrest in another state; naming a side a terrorist
        (
            "Turkey is inciting nationalist unrest among ethnic Azeri citizens of Iran.",
            {("TUR", "IRN", -1, "coerce")},
        ),
        ("The US designated the IRGC a terrorist organization.", {("USA", "IRN", -1, "sanction")}),
        ("Turkey considers the YPG a terrorist group.", {("TUR", "SYR", -1, "criticism")}),
        (
            "Jaish al-Islam is considered a terrorist group by the Syrian government and Russia.",
            {("SYR", "SYR", -1, "criticism"), ("RUS", "SYR", -1, "criticism")},
        ),
        ("Russia considered the proposal.", set()),
        ("Russia helped Syria to retake Palmyra.", {("RUS", "SYR", 1, "aid")}),
        # backing verbs
        (
            "Russia has been carrying out airstrikes to bolster Syrian government forces.",
            {("RUS", "SYR", 1, "support")},
        ),
        ("Iran propped up the Assad regime.", {("IRN", "SYR", 1, "support")}),
        ("Russia joined forces with Iran.", {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")}),
        ("Sally Jones joined an exodus of jihadists from Raqqa as Kurdish and Arab forces closed in.", set()),
        # a phone call hung deep in the object phrase is still the verb's
        (
            "Macron raised concerns about the deterioration of the situation in Syria in a phone call"
            " with his Russian counterpart Vladimir Putin.",
            {("FRA", "RUS", 1, "consult")},
        ),
        # the noun a trigger qualifies carries its phrases ("sanctions tool against ...")
        (
            "The US deploys the very same sanctions tool against both Russia and Iran.",
            {("USA", "RUS", -1, "sanction"), ("USA", "IRN", -1, "sanction")},
        ),
        ("Russia sent an aid package to Syria.", {("RUS", "SYR", 1, "aid")}),
        # a document's subject is no side: the veto is on its sponsors, when named
        ("Russia vetoed the resolution on Syria.", set()),
        ("Russia vetoed a US resolution on Syria.", {("RUS", "USA", -1, "reject")}),
        # backing a hostile act opposes its target, and praises its author when named
        ("Britain supported the strikes on Syria.", {("GBR", "SYR", -1, "opposition")}),
        (
            "Israel welcomed the US strikes on Syria.",
            {("ISR", "SYR", -1, "opposition"), ("ISR", "USA", 1, "praise"), ("USA", "SYR", -1, "fight")},
        ),
        ("Russia agreed to sanctions on North Korea.", {("RUS", "PRK", -1, "opposition")}),
        ("Iran lifted sanctions on Russia.", {("IRN", "RUS", 1, "retreat")}),
        # the one warned against an act would do it, if anyone
        (
            "Russia warned Israel against attacking Syria.",
            {("RUS", "ISR", -1, "warning"), ("ISR", "SYR", -1, "fight")},
        ),
        # a labour strike is a protest at home; a strike by jets is an attack
        ("Nigerian workers went on strike on Monday.", {("NGA", "NGA", -1, "protest")}),
        ("Kenyan doctors have been on strike for two months.", {("KEN", "KEN", -1, "protest")}),
        ("Iranian truckers staged a nationwide strike.", {("IRN", "IRN", -1, "protest")}),
        ("Some 500,000 Serbian workers stopped work on Monday.", {("SRB", "SRB", -1, "protest")}),
        ("Israeli jets carried out a strike on Gaza.", {("ISR", "PSE", -1, "fight")}),
        ("The convoy was struck by a Turkish missile.", set()),
        # professions protest and demand at home
        (
            "Pakistani lawyers marched in Lahore to demand the reinstatement of the chief justice.",
            {("PAK", "PAK", -1, "demand"), ("PAK", "PAK", -1, "protest")},
        ),
        # verbs the model's lemmatizer cut short ("staged" -> "stag", "waged" -> "wag")
        ("Tunisian workers staged a protest.", {("TUN", "TUN", -1, "protest")}),
        ("Iran waged war on Iraq.", {("IRN", "IRQ", -1, "fight")}),
        # growing relations is cooperation of both
        ("Iran expanded ties with Russia.", {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")}),
        ("Iran hopes to expand ties with Russia.", {("IRN", "RUS", 1, "cooperate")}),
        # an appeal that someone leave office is a demand; a titled surname is placed by the sentence
        (
            "Zimbabwe's opposition called on President Mnangagwa to resign.",
            {("ZWE", "ZWE", -1, "demand")},
        ),
        ("The US has long called on Assad to step down.", {("USA", "SYR", -1, "demand")}),
        # what one side says another must do is its demand, not the other's act
        ("Russia said that Iran must cooperate with the IAEA.", {("RUS", "IRN", -1, "demand")}),
        # the place a formal agreement is signed is a venue, not a side
        (
            "The Colombian government and FARC rebels signed a peace agreement in Havana.",
            {("COL", "COL", 1, "support")},
        ),
        # a bare count of people acting in a place is that place's people; a count that suffers is not
        ("Thousands marched in Nairobi against President Kenyatta.", {("KEN", "KEN", -1, "protest")}),
        (
            "Five people were killed and dozens more injured in Russian airstrikes on Idlib.",
            {("RUS", "SYR", -1, "fight")},
        ),
        ("Egyptian police dispersed the protesters.", {("EGY", "EGY", -1, "coerce")}),
        ("The clouds dispersed over Moscow.", set()),
        # an attack verb's object place is aimed at its state, as "airstrikes on Afrin" are; a place
        # of the attacker's own state is an attack at home; ground taken is no attack on the place
        ("Russian jets bombed Aleppo.", {("RUS", "SYR", -1, "fight")}),
        ("Israel attacked Gaza.", {("ISR", "PSE", -1, "fight")}),
        ("Syrian government forces shelled the town of Douma.", {("SYR", "SYR", -1, "fight")}),
        ("Turkish troops recaptured Afrin.", set()),
        # an unnamed attacker, whose participle clause kills unnamed people at a place
        (
            "A suicide bomber blew himself up in a crowded market in Baghdad, killing 20 people.",
            {("IRQ", "IRQ", -1, "assault")},
        ),
        ("Gunmen killed a journalist in Mexico.", {("MEX", "MEX", -1, "assault")}),
        # the place a withdrawal or a recall leaves is its state
        ("Russia withdrew its troops from Aleppo.", {("RUS", "SYR", 1, "retreat")}),
        ("Moscow recalled its ambassador from Washington.", {("RUS", "USA", -1, "sanction")}),
        # ground retaken from a side fights that side; a ceasefire or a war declared
        ("Somali troops retook a town from al-Shabaab.", {("SOM", "SOM", -1, "fight")}),
        ("Nepal's Maoist rebels declared a unilateral ceasefire.", {("NPL", "NPL", 1, "retreat")}),
        ("Russia declared war on Japan.", {("RUS", "JPN", -1, "fight")}),
        # a protest at a state's mission is against that state; stone-throwing is a violent protest
        (
            "Iranian students demonstrated outside the British embassy in Tehran.",
            {("IRN", "GBR", -1, "protest")},
        ),
        ("Palestinians threw stones at Israeli soldiers.", {("PSE", "ISR", -1, "protest")}),
        ("Iranian protesters burned American flags.", {("IRN", "USA", -1, "protest")}),
        ("The fire burned for days.", set()),
        ("Iran threw its weight behind Assad.", set()),
        # beating people is an assault; beating a rival in a vote is not
        ("Egyptian police beat protesters in Cairo.", {("EGY", "EGY", -1, "assault")}),
        ("The Vermont senator won the caucuses, beating rival Hillary Clinton.", set()),
        # an alias that ends another organisation's name is not that actor
        ("The Nigerian Labour Congress demanded a rise in the minimum wage.", {("NGA", "NGA", -1, "demand")}),
        ("The Kenyan student union called for a boycott.", {("KEN", "KEN", -1, "demand")}),
        # a state's concessions and investigations at home; a leader pardoning its own people
        ("Thai authorities lifted martial law.", {("THA", "THA", 1, "concede")}),
        ("Sri Lanka's government eased restrictions on the Tamil areas.", {("LKA", "LKA", 1, "concede")}),
        ("Putin pardoned 500 prisoners.", {("RUS", "RUS", 1, "concede")}),
        ("Turkish authorities shut down 15 newspapers.", {("TUR", "TUR", -1, "coerce")}),
        ("Indian police are investigating the attack.", {("IND", "IND", -1, "investigate")}),
        (
            "Mexican police opened an investigation into the disappearance of 43 students.",
            {("MEX", "MEX", -1, "investigate")},
        ),
        ("Russia is investigating the killing of its ambassador in Ankara.", set()),
        ("Russian forces have violated human rights law.", set()),
        ("Syrian troops beat back Islamic State fighters.", {("SYR", None, -1, "fight")}),
        # emergencies declared or imposed; a court's act on someone of its own state is domestic
        (
            "Ethiopia's government, facing mounting protests, declared a state of emergency.",
            {("ETH", "ETH", -1, "coerce")},
        ),
        ("Thailand imposed martial law.", {("THA", "THA", -1, "coerce")}),
        ("Egypt's former president was sentenced to death by a Cairo court.", {("EGY", "EGY", -1, "coerce")}),
        # two coordinated nationalities on one noun are the two sides; so is a shared border
        (
            "Heavy fighting broke out between Armenian and Azerbaijani forces.",
            {("ARM", "AZE", -1, "fight"), ("AZE", "ARM", -1, "fight")},
        ),
        (
            "Clashes erupted between the Syrian and Lebanese forces and militants.",
            set(),
        ),
        (
            "Clashes erupted on the Thai-Cambodian border.",
            {("THA", "KHM", -1, "fight"), ("KHM", "THA", -1, "fight")},
        ),
        ("Rebels clashed with troops on the Thai border.", set()),
        (
            "Chinese and Indian soldiers brawled in the Galwan valley.",
            {("CHN", "IND", -1, "fight"), ("IND", "CHN", -1, "fight")},
        ),
        # a compound subject that signs acts on each other; a side inside the agreed clause is no
        # partner of the agreement
        (
            "Brazil and Argentina signed a trade deal.",
            {("BRA", "ARG", 1, "support"), ("ARG", "BRA", 1, "support")},
        ),
        ("Putin signed a decree.", set()),
        ("India has agreed to buy Russian S-400 missiles.", {("IND", "RUS", 1, "agree")}),
        # commentary: hitting out, concern over, vowed revenge
        ("Russia hit out at the United States over sanctions.", {("RUS", "USA", -1, "criticism")}),
        ("China voiced concern over the US arms sale to Taiwan.", {("CHN", "USA", -1, "criticism")}),
        ("Russia expressed concern over the situation.", set()),
        # (vowed revenge is also a threat, as "vowed to retaliate": fourteenth round; since the twentieth
        # round the lexicon's "vow" + revenge entry reads it, and the verb carries its object's stance,
        # as "imposed sanctions" does)
        ("Iran vowed revenge against the United States.", {("IRN", "USA", -1, "threaten")}),
        # rebels with no one named fight their own state; militias fight for it as often as against it
        ("Afghan rebels attacked the town.", {("AFG", "AFG", -1, "fight")}),
        ("Iranian militias attacked the town.", set()),
        # what the people acted on were found guilty of names no side
        (
            "Iranian authorities executed two men convicted of spying for Israel.",
            {("IRN", "IRN", -1, "assault")},
        ),
        # handing someone over: whom to is the partner; prisoner swaps; sieges aimed at a place;
        # unnamed attackers' fights placed where they happened, never where the victims are from
        (
            "Thailand extradited the Russian arms dealer to the United States.",
            {("THA", "USA", 1, "cooperate")},
        ),
        (
            "Israel and Hamas exchanged prisoners.",
            {("ISR", "PSE", 1, "retreat"), ("PSE", "ISR", 1, "retreat")},
        ),
        ("Russian forces encircled the Ukrainian city of Mariupol.", {("RUS", "UKR", -1, "coerce")}),
        ("Gunmen ambushed a Nigerian army convoy near Maiduguri.", {("NGA", "NGA", -1, "fight")}),
        ("A roadside bomb killed two US soldiers.", set()),
        # teaming up and working together are cooperation of both
        (
            "France teamed up with Germany to draft the proposal.",
            {("FRA", "DEU", 1, "cooperate"), ("DEU", "FRA", 1, "cooperate")},
        ),
        (
            "Russia and Iran worked together in Syria.",
            {("RUS", "IRN", 1, "cooperate"), ("IRN", "RUS", 1, "cooperate")},
        ),
        ("He worked at the embassy.", set()),
        # "as" names no side of a noun
        ("We hope they will resume their support as Qatar and Turkey have been big supporters.", set()),
    ],
)
def test_literal_sentences(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # domestic dyads: two sub-state sides of one state ("Palestinian" names both)
        (
            "Palestinian police confiscated weapons from Palestinian armed groups.",
            {("PSE", "PSE", -1, "coerce")},
        ),
        (
            "Georgian demonstrators received ministers from the Georgian government.",
            {("GEO", "GEO", 1, "consult")},
        ),
        # a state's act on a domestic object with no one else named is at home: a self row
        ("Sudan's government lifted the state of emergency in Darfur.", {("SDN", "SDN", 1, "concede")}),
        ("Sudan's government lifted the state of emergency in Khartoum.", {("SDN", "SDN", 1, "concede")}),
        # a state's civil organs acting on people nobody names act on their own people; troops,
        # who as often act abroad, and acts placed abroad do not
        ("Egyptian police arrested dozens of protesters on Friday.", {("EGY", "EGY", -1, "coerce")}),
        ("Iranian authorities executed three prisoners.", {("IRN", "IRN", -1, "assault")}),
        ("The Turkish government released 200 prisoners.", {("TUR", "TUR", 1, "retreat")}),
        ("Russian troops killed 30 civilians.", set()),
        ("Turkish police detained 20 people in Germany.", {("TUR", "DEU", -1, "coerce")}),
        (
            "The Mozambique government accepted demands from the rebels that it initiate political reforms.",
            {("MOZ", "MOZ", 1, "concede")},
        ),
        # ... but lifting sanctions is about whom they hit, and is no sanction
        ("Iran lifted sanctions on Russia.", {("IRN", "RUS", 1, "retreat")}),
        # a people (plural nationality word) protesting with no one named protests at home
        (
            "Thousands of Kenyans gathered in Nairobi to protest against corruption.",
            {("KEN", "KEN", -1, "protest")},
        ),
        ("Nigerian workers called off their strike.", {("NGA", "NGA", 1, "concede")}),
        # armed groups' violence with no one named is against their own state, not abroad
        ("Afghan rebels blew up power lines near Kabul.", {("AFG", "AFG", -1, "coerce")}),
        ("Afghan rebels exploded bombs in the capital Kabul.", {("AFG", "AFG", -1, "assault")}),
        # refusal: the refused act's place is the target; a conjunct with its own auxiliary is not refused
        (
            "Pakistan has refused to deploy troops in Iraq and has urged its citizens to leave.",
            {("PAK", "IRQ", -1, "reject")},
        ),
        # a preposition whose noun the parser made the subject of the next clause
        (
            "Peru granted asylum to five Panamanian officers holed up in the embassy.",
            {("PER", "PAN", 1, "aid")},
        ),
        # a news-source frame reports, it does not accuse; background in a time phrase is no claim
        (
            "Peru has granted asylum to five Panamanian officers hiding since the U.S. invasion, "
            "the Peruvian embassy said on Tuesday.",
            {("PER", "PAN", 1, "aid")},
        ),
        # nominal events carried by a light verb or by the manner phrase of the act
        (
            "Iraqi demonstrators blocked a road to show their disapproval of American policies.",
            {("IRQ", "USA", -1, "disapprove"), ("IRQ", "IRQ", -1, "protest")},
        ),
        (
            "Georgian students marched in Tbilisi in defiance of Russian authorities.",
            {("GEO", "RUS", -1, "reject"), ("GEO", "RUS", -1, "protest")},
        ),
        # a demand for hostile action is the demander's opposition; the ones asked have done nothing
        (
            "A Syrian newspaper called on Arabs to mobilize against Israel.",
            {("SYR", "ISR", -1, "opposition")},
        ),
        ("Obama urged Europe to impose sanctions on Iran.", {("USA", "IRN", -1, "opposition")}),
        ("Putin on Sunday called for sanctions against Nigeria.", {("RUS", "NGA", -1, "demand")}),
        ("The UK is pushing hard for the US to support its plan.", {("GBR", "USA", -1, "demand")}),
        # a refused permission: the permitted act is not done by anyone
        ("Obama said he would not give permission to Russia to help Israel.", {("USA", "RUS", -1, "reject")}),
        # lexicon: compensation, abuse, firefights, evidence (active and passive)
        ("Uganda paid compensation to British nationals.", {("UGA", "GBR", 1, "retreat")}),
        ("U.S. border agents abused Mexican immigrants.", {("USA", "MEX", -1, "assault")}),
        (
            "Syrian rebels engaged Filipino peacekeepers in a firefight.",
            {("SYR", "PHL", -1, "fight"), ("PHL", "SYR", -1, "fight")},
        ),
        ("The US presented evidence against Russia.", {("USA", "RUS", -1, "criticism")}),
        ("Evidence against Russia was presented by the US.", {("USA", "RUS", -1, "criticism")}),
        # a negated object negates the act
        (
            "The Americans recognize neither Iranian nor Russian sovereignty.",
            {("USA", "IRN", -1, "reject"), ("USA", "RUS", -1, "reject")},
        ),
        # "who" never stands for an event noun the parser hung the clause on, but for the persons named
        # before its comma (changed 2026-12-07, twelfth round)
        (
            "It was a Russian jab at Israeli allies, who have formed an alliance with Trump.",
            {("RUS", "ISR", -1, "criticism"), ("ISR", "USA", 1, "cooperate")},
        ),
        # a patron is not its proxy or its allies; allies who are Israeli are Israel
        ("Iran's proxies attacked Israel.", set()),
        ("It was a Russian jab at Israel's allies.", set()),
        # a nationality word on a place noun is a location, not a side
        ("Burmese troops captured a rebel stronghold on the Thai border.", set()),
    ],
)
def test_domestic_passive_nominal_and_demanded_acts(
    stances_of: Callable[..., list[Stance]], text: str, expected: set
) -> None:
    assert dyads(stances_of(text)) == expected


def test_self_rows_are_domestic_and_flagged_by_identical_sides(
    stances_of: Callable[..., list[Stance]],
) -> None:
    """A state acting at home with no one else named gives source_id == target_id: reports that chart
    international dyads drop rows with source_country == target_country."""
    rows = stances_of("Sudan's government lifted the state of emergency in Darfur.")
    assert [(r.source_id, r.target_id) for r in rows] == [("SDN", "SDN")]


def test_mentions_sharing_a_span_are_a_compound_actor(
    parse: Callable[..., ParsedArticle], resolver: ActorResolver
) -> None:
    """The actor extractor gives "the two countries" one mention per state on the same span."""
    text = "The two countries condemned Israel."
    parsed = parse(text, published="2018-03-03")
    pair = [
        Mention(0, 0, 17, "The two countries", "RUS", "pair"),
        Mention(0, 0, 17, "The two countries", "IRN", "pair"),
    ]
    mentions = [*pair, Mention(0, 28, 34, "Israel", "ISR", "dictionary")]
    rows = extract_stances(parsed, mentions, [], extract_dates(parsed), resolver)
    assert dyads(rows) == {("RUS", "ISR", -1, "criticism"), ("IRN", "ISR", -1, "criticism")}


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Iran could isolate America.", True),
        ("If Iran attacks Israel, the United States will respond.", True),
        ("Pro-Iranian forces in Iraq threaten almost an uprising against the United States.", True),
        ("Russia strongly supports Iran.", False),
        # forecasts: a future act under a predicting frame or a time horizon
        ("The deal means that within five to 10 years Iran will threaten Israel with nuclear bombs.", True),
        ("Analysts expect that Russia will sell S-400 missiles to Iran.", True),
        # an announced act is the speaker's own threat or pledge, not a forecast
        ("Iran will retaliate against Israel, Khamenei said.", False),
        # a gerund spoken of, warned against or kept from is not done
        ("Putin spoke about cooperating with Iran.", True),
        ("Russia kept Iran from attacking Israel.", True),
        ("He needs Russia to put pressure on Assad.", True),
        # a denied claim is disputed, not established
        ("The Kremlin denied that Russian hackers interfered in the US election.", True),
        ("Russia interfered in the 2016 US election.", False),
        # an act in prospect is not done
        ("France raised the prospect of investigating Russia for war crimes.", True),
        # a supposed act: what "would be" so, or what a hope or a goal is (added 2026-12-06, eighth round)
        ("It would be crazy to have a confrontation between the US and Russia.", True),
        ("A war between Iran and Israel would be catastrophic.", True),
        ("The only hope is for Washington to oppose Erdogan's policy.", True),
        ("The war between Iran and Iraq was catastrophic.", False),
        # a question asks, it does not state (added 2026-12-06, ninth round)
        ("Will Russia attack Ukraine?", True),
        ("Why does Israel refuse to recognize the Armenian genocide?", True),
    ],
)
def test_hedges_and_conditionals_are_flagged(
    stances_of: Callable[..., list[Stance]], text: str, hedged: bool
) -> None:
    rows = stances_of(text)
    assert rows, text
    assert {row.hedged for row in rows} == {hedged}


def test_a_chance_to_attack_is_no_attack(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("We are not ready to give any opportunity for the US to attack us, Assad said.")
    assert {(r.source_country, r.target_country, r.hedged) for r in rows} == {("USA", "SYR", True)}


def test_the_act_a_threat_names_is_hedged_when_the_parser_hangs_it_on_the_verb(
    stances_of: Callable[..., list[Stance]],
) -> None:
    rows = stances_of("Russia criticised Israel's threats to attack Iran.")
    assert {(r.category, r.hedged) for r in rows if r.source_country == "ISR"} == {
        ("threaten", False),
        ("fight", True),
    }


def test_a_quote_gives_the_speaker_a_stance(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("“Our coöperation can isolate America,” Khamenei told Putin.")
    by_dyad = {(r.source_id, r.target_id): r for r in rows}
    khamenei_us = by_dyad[("person:ali-khamenei", "USA")]
    assert (khamenei_us.source_country, khamenei_us.polarity, khamenei_us.hedged) == ("IRN", -1, True)
    assert khamenei_us.quote_id is not None
    # "our cooperation", told to Putin: cooperative towards the addressee
    assert by_dyad[("person:ali-khamenei", "person:vladimir-putin")].polarity == 1


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        # a state's hostile act, reported, is held against the state
        ("Senator Bob Menendez said Russia had bombed hospitals in Idlib.", ("person:bob-menendez", "RUS")),
        # an armed group's act on an argumentative cue is an accusation ...
        (
            "Rami Abdel Rahman claimed that the YPG killed 10 civilians.",
            ("person:rami-abdel-rahman", "group:ypg"),
        ),
        # ... but on a neutral cue it is a monitor's report
        ("Rami Abdel Rahman told AFP that the YPG killed 10 IS members.", None),
        # a question accuses no one
        (
            '"Will Russia hit back at the US when it launches strikes against Damascus?" Dmitri Trenin said.',
            None,
        ),
        # the endangered is not the accused
        ("Erdogan said Kurdish fighters posed the biggest threat for Syria's future.", None),
        # a state reporting its own leader does not accuse him
        ("The Kremlin said Putin did not agree.", None),
    ],
)
def test_reporting_a_hostile_act_accuses_only_whom_it_should(
    stances_of: Callable[..., list[Stance]], text: str, accusation: tuple[str, str] | None
) -> None:
    criticisms = {(r.source_id, r.target_id) for r in stances_of(text) if r.category == "criticism"}
    assert criticisms == ({accusation} if accusation else set())


def test_reported_speech_keeps_the_speaker_and_the_actor_apart(
    stances_of: Callable[..., list[Stance]],
) -> None:
    rows = stances_of(
        "Foreign Minister Sergey Lavrov said that Iran had displayed bad faith by breaking contracts with Russia."
    )
    by_dyad = {(r.source_id, r.target_country): r for r in rows}
    # the speaker distrusts Iran; Iran's own act (breaking contracts) is Iran's, against Russia
    assert by_dyad[("person:sergey-lavrov", "IRN")].polarity == -1
    assert by_dyad[("IRN", "RUS")].polarity == -1


@pytest.mark.parametrize(
    ("text", "published", "date", "date_source"),
    [
        (
            "On February 26th, Russia vetoed a resolution proposed by Britain.",
            "2018-03-03",
            "2018-02-26",
            "expression",
        ),
        ("Russia strongly supports Iran.", "2018-03-03", "2018-03-03", "published"),
        ("Russia strongly supports Iran.", None, None, None),
    ],
)
def test_date_is_the_governing_expression_else_the_publication_date(
    stances_of: Callable[..., list[Stance]],
    text: str,
    published: str | None,
    date: str | None,
    date_source: str | None,
) -> None:
    rows = stances_of(text, published=published)
    assert rows
    assert {(r.date, r.date_source) for r in rows} == {(date, date_source)}


def test_historical_background_is_dated_to_its_own_time(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of(
        "Russia and Iran fought a series of wars between the seventeenth and nineteenth centuries."
    )
    assert dyads(rows) == {("RUS", "IRN", -1, "fight"), ("IRN", "RUS", -1, "fight")}
    for row in rows:
        assert row.date_source == "expression"
        assert row.date is not None and row.date < "1900"


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s occupation of Iran during the Second World War—and its refusal to leave afterward—"
        "produced the first crisis of the new U.N. Security Council.",
        "President Harry Truman’s ultimatum to Stalin to withdraw from Iran seeded the Cold War.",
    ],
)
def test_background_with_an_unresolved_time_of_its_own_is_not_dated_to_the_article(
    stances_of: Callable[..., list[Stance]], text: str
) -> None:
    rows = stances_of(text, published="2018-03-03")
    assert rows
    assert {(r.date, r.date_source) for r in rows} == {(None, None)}


def test_a_neutral_statement_has_zero_polarity_and_intensity(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("Hamas claimed responsibility for the attack on Israel.")
    assert [
        (r.source_id, r.target_id, r.polarity, r.intensity) for r in rows if r.category == "statement"
    ] == [("group:hamas", "ISR", 0, 0.0)]
    # the attack it claims is its own, hedged: a group's word that it did it
    assert [(r.category, r.hedged) for r in rows if r.category != "statement"] == [("fight", True)]


def test_plover_split_is_deterministic_and_covers_both_halves() -> None:
    ids = [f"PLOVER-GSR01-AGREE-{n:04d}" for n in range(40)]
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]
    assert {split_of(i) for i in ids} == {"dev", "test"}


def test_rows_fit_the_contract_and_carry_their_evidence(stances_of: Callable[..., list[Stance]]) -> None:
    text = "Iran was criticized by Russia. Russia, China, and France criticized the United States."
    rows = stances_of(text)
    frame = schema.validate("stances", pd.DataFrame(rows).assign(article_id="test"))
    assert len(frame) == 4
    assert [r.stance_id for r in rows] == [f"test:s{n}" for n in range(4)]
    for row in rows:
        assert row.evidence in text
        assert text[row.start : row.end] in row.evidence
        assert row.start < row.end
        assert abs(row.intensity) <= 10 and row.polarity * row.intensity > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon nobody is named for: unidentified attackers of the place, against the victims
        (
            "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.",
            {("group:irq-unidentified", "USA")},
        ),
        (
            "Two Afghan soldiers were killed when a bomb exploded in Kandahar.",
            {("group:afg-unidentified", "AFG")},
        ),
        # the journalist is a resident of the place; "anti-Syria" names what the journalist opposed
        (
            "A prominent anti-Syria journalist has been killed in a car bomb explosion in eastern Beirut.",
            {("group:lbn-unidentified", "group:lbn-media")},
        ),
        # victims nobody names are the place's
        ("Explosions in Damascus killed 20 people on Monday.", {("group:syr-unidentified", "SYR")}),
        # a side is named, claimed or implied by the weapon: no unidentified attacker
        ("An Israeli attack killed three policemen in Gaza.", set()),
        ("Two children were killed by regime bombs in a rebel-held area of Aleppo.", set()),
        ("Three people were killed in an attack claimed by the Islamic State in Mosul.", set()),
        ("A missile attack killed five civilians in Kyiv.", set()),
        ("Five civilians were also killed in similar attacks in Idlib.", set()),
        # the place must be the act's: "said in Turkey" places the saying
        ("Sabra said in Turkey that a bomb had killed 1300 people.", set()),
        # and one: two states leave the attackers unplaced
        ("A bomb killed five Iraqi soldiers near the border of Iran and Iraq.", set()),
    ],
)
def test_unattributed_violence_is_placed_where_it_happened(
    stances_of: Callable[..., list[Stance]], text: str, expected: set
) -> None:
    rows = stances_of(text)
    assert {(r.source_id, r.target_id) for r in rows if r.source_id.endswith("-unidentified")} == expected
    assert all(
        r.category == "assault" and r.polarity == -1 for r in rows if r.source_id.endswith("-unidentified")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's victims suffered a named side's act: that side is the author
        (
            "Twenty civilians were killed in Russian air strikes in Idlib province.",
            {("RUS", "group:syr-civilians", "assault", False)},
        ),
        (
            "Ten journalists were wounded in an attack by the Taliban in Kabul.",
            # (the attack, with no side attacked but the journalists, is at home where it happened)
            {
                ("group:taliban", "group:afg-media", "assault", False),
                ("group:taliban", "AFG", "fight", False),
            },
        ),
        # a projectile nobody is named for comes from its launch site's state; that is no target
        ("A rocket was fired into Israel from Lebanon.", {("LBN", "ISR", "fight", False)}),
        ("Militants fired rockets at Israel from Gaza.", {("PSE", "ISR", "fight", False)}),
        ("Hezbollah fired rockets at Israel from Lebanon.", {("group:hezbollah", "ISR", "fight", False)}),
        # a capital before the act is where it happened, not who did it
        ("Five people were killed in the Damascus bombing.", set()),
        # people nobody names are the people of the place they were killed in
        ("An Israeli attack killed three people in Gaza.", {("ISR", "PSE", "assault", False)}),
        # militants are a side of their own, not the place's people
        ("In Syria, Russian jets killed 30 militants.", set()),
        ("In Syria, Russian jets killed 30 people.", {("RUS", "SYR", "assault", False)}),
        # the accused does the act of the accusation, which is alleged, not established
        (
            "Washington accused the regime of killing 1400 people near Damascus.",
            {("USA", "SYR", "criticism", False), ("SYR", "SYR", "assault", True)},
        ),
    ],
)
def test_violence_is_credited_to_its_named_side(
    stances_of: Callable[..., list[Stance]], text: str, expected: set
) -> None:
    assert {(r.source_id, r.target_id, r.category, r.hedged) for r in stances_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd that marches or rallies with no object protests; troops marching in do not
        ("Egyptian activists rallied outside parliament on Sunday.", {("EGY", "EGY", -1, "protest")}),
        ("Thousands marched in Nairobi on Monday.", {("KEN", "KEN", -1, "protest")}),
        ("Russian troops marched into Crimea.", set()),
        # hyphenated protest nouns the tokenizer splits; a crowd's walkout
        (
            "Indian farmers staged a sit-in near New Delhi against new agricultural laws.",
            {("IND", "IND", -1, "protest")},
        ),
        (
            "Bangladeshi garment workers walked out of factories demanding higher wages.",
            {("BGD", "BGD", -1, "protest")},
        ),
        ("Iran walked out of the talks with the United States.", {("IRN", "USA", -1, "sanction")}),
        # prices, pay and laws are protested at home; "human rights law" acted on otherwise is not home
        (
            "Brazilian truck drivers blocked highways across the country for a third day to protest rising "
            "diesel prices.",
            {("BRA", "BRA", -1, "protest")},
        ),
        ("Russian forces have violated human rights law.", set()),
        # a state organ no one places faces the side's own state
        (
            "South African students clashed with police during protests over university fees.",
            {("ZAF", "ZAF", -1, "fight")},
        ),
        (
            "South Korean riot police fired tear gas at students demonstrating against the government.",
            {("KOR", "KOR", -1, "fight")},
        ),
        # a strike called is a strike staged; a leader's followers are a people of the leader's state
        (
            "Bangladesh's opposition parties called a 48-hour general strike to press for the resignation of "
            "the government.",
            {("BGD", "BGD", -1, "protest")},
        ),
        ("Supporters of Imran Khan staged a hunger strike.", {("PAK", "PAK", -1, "protest")}),
        # leaving office yields at home, to no one named; wishing it on someone is no act of theirs
        (
            "Armenian Prime Minister Serzh Sargsyan resigned on Monday after days of street protests.",
            {("ARM", "ARM", 1, "concede")},
        ),
        (
            "Egypt's prime minister resigned in protest at Israel's attack on Gaza.",
            # (the resignation yields to no one named; the protest is at Israel, from 2026-12-07)
            {("ISR", "PSE", -1, "fight"), ("EGY", "ISR", -1, "protest")},
        ),
        # (his act is not done; the opposition, Syria's by its leader, demands it)
        ("The opposition wants Assad to step down.", {("SYR", "SYR", -1, "demand")}),
        ("Russia said Assad should not step down.", set()),
        # a state's releases of people no one names free its own
        ("Kenya released several political detainees on Friday.", {("KEN", "KEN", 1, "retreat")}),
        # a leader's announced curfew is a threat at home, though the leader is an official
        (
            "President Mugabe announced that he would impose a curfew in Harare.",
            {("ZWE", "ZWE", -1, "threaten")},
        ),
        # a call for a domestic object ("for a general strike", "against the election results") is a
        # demand at home, unless the phrase names another state
        (
            "Kenyan opposition leader Raila Odinga called for mass protests against the election results.",
            {("KEN", "KEN", -1, "demand")},
        ),
        ("Putin called for early elections in Ukraine.", set()),
        # someone nothing places, arrested by a state's police, is that state's
        ("Egyptian police arrested activist Alaa Abdel Fattah on Thursday.", {("EGY", "EGY", -1, "coerce")}),
        ("Iran released 15 British sailors.", {("IRN", "GBR", 1, "retreat")}),
        # places left, and capitals addressed rather than travelled to
        ("French troops pulled out of the northern town of Kidal.", {("FRA", "MLI", 1, "retreat")}),
        ("Tokyo protested to Pyongyang over the missile launch.", {("JPN", "PRK", -1, "protest")}),
        ("Moscow halted gas deliveries to Kiev on Thursday.", {("RUS", "UKR", -1, "sanction")}),
        # military sites in a place are the place's state's (its rebels' too); a named group's are its own
        ("U.S. warplanes bombed targets in Tripoli and Benghazi.", {("USA", "LBY", -1, "fight")}),
        ("Russian jets bombed rebel positions near Aleppo.", {("RUS", "SYR", -1, "fight")}),
        ("Israeli jets pounded Hezbollah positions in southern Lebanon.", {("ISR", "LBN", -1, "fight")}),
        ("Saudi Arabia gave Pakistan 50,000 barrels of oil a day.", {("SAU", "PAK", 1, "aid")}),
        (
            "Russian jets pounded several opposition-held parts of eastern Aleppo killing 26 people.",
            {("RUS", "SYR", -1, "fight")},
        ),
        ("Turkey downed a Russian jet.", {("TUR", "RUS", -1, "fight")}),
        # "came under fire": shooting by armed men, criticism by anyone else
        (
            "A Turkish convoy came under fire from Syrian forces near the border.",
            {("SYR", "TUR", -1, "fight")},
        ),
        ("The U.S.-led coalition came under fire from Human Rights Watch.", {(None, "USA", -1, "criticism")}),
        # a raising verb's passive subject does the infinitive; one urged or killed does not
        ("Obama is expected to hold talks with Putin.", {("USA", "RUS", 1, "consult")}),
        ("Three Tunisian terrorists were said to be killed in al-Hizam.", set()),
        ("Iran was urged to stop its attacks on Iraq.", set()),
        # refusals by phrasal verbs; deals inked; missions reopened; aid airdropped; troops sent
        ("Israel turned down an offer of talks from Syria.", {("ISR", "SYR", -1, "reject")}),
        ("Iran ruled out talks with the United States.", {("IRN", "USA", -1, "reject")}),
        ("Iran and Iraq inked a trade deal.", {("IRN", "IRQ", 1, "support"), ("IRQ", "IRN", 1, "support")}),
        ("Britain reopened its embassy in Tehran.", {("GBR", "IRN", 1, "support")}),
        ("India airdropped food supplies to Tamil areas of Sri Lanka.", {("IND", "LKA", 1, "aid")}),
        ("France sent paratroopers to Chad.", {("FRA", "TCD", -1, "mobilize")}),
        # holding responsible and naming a terrorist are accusations; lobbying is an appeal
        (
            "The Syrian Coalition held the Assad regime responsible for the destruction.",
            {("SYR", "SYR", -1, "criticism")},
        ),
        ("Turkey regards the YPG as a terrorist group.", {("TUR", "SYR", -1, "criticism")}),
        ("I see Iran as a partner.", set()),
        ("Washington had been lobbying Baghdad to help find a solution.", {("USA", "IRQ", 1, "appeal")}),
        ("Russia took a jab at the United States on Wednesday.", {("RUS", "USA", -1, "criticism")}),
        # more verbs of cooperation, demand, appeal and attack
        (
            "The Taliban colluded with Pakistan.",
            {("AFG", "PAK", 1, "cooperate"), ("PAK", "AFG", 1, "cooperate")},
        ),
        ("Britain sought the extradition of the two suspects from Libya.", {("GBR", "LBY", -1, "demand")}),
        ("Pakistan pleaded with Washington for help.", {("PAK", "USA", 1, "appeal")}),
        ("Iraqi forces gassed Kurdish villagers in Halabja.", {("IRQ", "IRQ", -1, "assault")}),
        (
            "Israeli artillery hammered Hezbollah positions in southern Lebanon.",
            {("ISR", "LBN", -1, "fight")},
        ),
        # an act one is unable to do is not done, nor refused
        ("The US and Russia have been unable to deter Turkey.", set()),
        ("Medical workers in eastern Aleppo are unable to provide treatment for the injured.", set()),
        # a reporter, its commas lost, takes no part in the fighting it reports; its team may be hit
        (
            "Syrian government air strikes killed at least 42 people in Idlib province the Syrian Observatory "
            "for Human Rights said on Monday.",
            set(),
        ),
        ("Another Al-Jazeera team was targeted by Russian jets near Aleppo.", {("RUS", "QAT", -1, "fight")}),
        # a claimed attack is the claimant's, also through a clause describing it
        (
            "Hamas claimed responsibility for an attack that killed Israel's ambassador.",
            {("PSE", "ISR", -1, "assault")},
        ),
        ("Russian troops came under attack from Chechen rebels.", {("RUS", "RUS", -1, "fight")}),
        # "it", aimed at, in what a state says, is that state (and the state accuses where the fire
        # came from: see the eighth round)
        (
            "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.",
            {("PSE", "ISR", -1, "fight"), ("ISR", "PSE", -1, "criticism")},
        ),
        # a reduced passive the parser reads as a clause ("taken" is never a past tense)
        (
            "They are thought to have been questioned about John Cantlie, the British journalist taken hostage "
            "by Islamic State.",
            {(None, "GBR", -1, "assault")},
        ),
        # help for armed men named by a nationality is no help for their state
        ("Syrian fighters backed by US special forces took a position inside a building.", set()),
        ("Turkey armed the Free Syria Army.", {("TUR", "SYR", 1, "aid")}),
        # ground freed from its holder is retaken from it; people freed are released
        ("The Syrian army freed the town from IS gangs.", {("SYR", None, -1, "fight")}),
        ("Iraqi forces liberated Mosul from Islamic State.", {("IRQ", None, -1, "fight")}),
        ("Israel freed 400 Palestinian prisoners.", {("ISR", "PSE", 1, "retreat")}),
        # bombs dropped on a place of the attacker's own state: at home
        ("Syrian army helicopters dropped barrel bombs on Aleppo.", {("SYR", "SYR", -1, "fight")}),
        ("Russian helicopters dropped barrel bombs on Aleppo.", {("RUS", "SYR", -1, "fight")}),
        # a community that lives in one state; a backer is no target; words on "air strikes" are no
        # labour dispute at home
        (
            "Sikh militants shot dead 12 bus passengers in Punjab on Sunday, police said.",
            {("IND", "IND", -1, "fight")},
        ),
        ("Syrian government forces continue to pound the area, backed by Iranian and Russian allies.", set()),
        (
            "Condemning air strikes, State Department spokesperson Mark Toner slammed the air strikes on Daraya.",
            set(),
        ),
    ],
)
def test_fifth_round_domestic_and_international_acts(
    stances_of: Callable[..., list[Stance]], text: str, expected: set
) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb the tagger calls a noun; a weapon that tells "hit" is an attack; a nationality word NER
        # ran into a name
        ("Georgia was overrun by Russian forces.", {("RUS", "GEO", -1, "fight")}),
        ("Israel was hit by Iraqi Scud missiles.", {("IRQ", "ISR", -1, "fight")}),
        # meals are meetings; a visiting secretary is received; joint ventures are set up
        (
            "Obama dined with Medvedev at a burger restaurant.",
            {("USA", "RUS", 1, "consult"), ("RUS", "USA", 1, "consult")},
        ),
        (
            "Jiang Zemin received the American secretary of state in Beijing.",
            {("CHN", "USA", 1, "consult"), ("USA", "CHN", 1, "consult")},
        ),
        (
            "Russia and China set up a joint venture to build nuclear plants.",
            {("RUS", "CHN", 1, "cooperate"), ("CHN", "RUS", 1, "cooperate")},
        ),
        # a place sealed off, the object hung on the particle; a preposition hung on "back"
        ("Israel sealed off the West Bank and Gaza Strip.", {("ISR", "PSE", -1, "coerce")}),
        ("Israeli troops pulled back from Jenin.", {("ISR", "PSE", 1, "retreat")}),
        # forces massed on another state's border face it; on one's own, no one named
        ("Russia massed troops on the Ukrainian border.", {("RUS", "UKR", -1, "mobilize")}),
        ("Russian troops massed on the Russian border.", set()),
        # backing down is yielding, not backing; yielding on prices is at home
        (
            "The Philippine government backed down on the fuel price increase after protests.",
            {("PHL", "PHL", 1, "concede")},
        ),
        ("The United States backed Israel in the dispute.", {("USA", "ISR", 1, "support")}),
        # slogans chanted; reforms at home ("unbanned": a doubled consonant the lemmatizer keeps)
        ("Protesters in Tehran chanted slogans against the government.", {("IRN", "IRN", -1, "protest")}),
        ("De Klerk unbanned the African National Congress.", {("ZAF", "ZAF", 1, "concede")}),
        ("King Gyanendra restored parliament in Nepal.", {("NPL", "NPL", 1, "concede")}),
        ("Egyptian police rounded up hundreds of students.", {("EGY", "EGY", -1, "coerce")}),
        # rebels no word places that a state's police, or its forces on their own ground, fight are
        # the state's own; troops with no ground named, a name or a pronoun place nothing
        ("Algerian security forces killed 20 Islamic militants.", {("DZA", "DZA", -1, "assault")}),
        (
            "Turkish troops launched an offensive against Kurdish rebels in southeast Turkey.",
            {("TUR", "TUR", -1, "fight")},
        ),
        ("Pakistan outlawed two militant groups.", {("PAK", "PAK", -1, "coerce")}),
        ("American troops killed 20 militants.", set()),
        ("The Syrian army killed 60 ISIL terrorists.", {("SYR", None, -1, "assault")}),
        ("They target only militants.", set()),
        # rebels who attack where the sentence places them are that place's rebels; gunmen, unidentified
        (
            "Muslim separatists bombed a market in the southern Philippines.",
            {("PHL", "PHL", -1, "fight")},
        ),
        # crowds placed in front of, outside or through a place
        (
            "More than 10,000 people staged a protest in front of the parliament building in Kathmandu.",
            {("NPL", "NPL", -1, "protest")},
        ),
        ("Hundreds staged a protest outside the Lahore press club.", {("PAK", "PAK", -1, "protest")}),
        (
            "Opposition supporters marched through Caracas demanding a recall referendum.",
            {("VEN", "VEN", -1, "protest"), ("VEN", "VEN", -1, "demand")},
        ),
        # a ruler's concessions in his own state, made at home; concessions won from a side are its
        (
            "President Omar al-Bashir has made several major concessions to ease political tension and allow "
            "an expansion of freedoms in Sudan.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Israel made concessions to the Palestinians.", {("ISR", "PSE", 1, "concede")}),
        (
            "''They can gain concessions from this government under Barack Obama,'' Mr. Rubio said in Iowa.",
            set(),
        ),
        # words against a hostile act are against its author, not its target; an accusation names the
        # author; "X-led" names the leader of the act
        ("France opposed a war against Iraq.", set()),
        (
            "France opposed the American-led war against Iraq.",
            {("FRA", "USA", -1, "opposition"), ("USA", "IRQ", -1, "fight")},
        ),
        ("Russia condemned the airstrikes on Syria.", set()),
        (
            "Russia condemned the Israeli airstrikes on Syria.",
            {("RUS", "ISR", -1, "criticism"), ("ISR", "SYR", -1, "fight")},
        ),
        ("Saudi-led airstrikes killed 20 civilians in Yemen.", {("SAU", "YEM", -1, "assault")}),
        # insults; a refusal to tolerate; an inquiry into a state's sites
        ("Hugo Chavez called George W. Bush a devil.", {("VEN", "USA", -1, "criticism")}),
        ("Israel said it would not tolerate a nuclear-armed Iran.", {("ISR", "IRN", -1, "reject")}),
        (
            "U.N. inspectors investigated suspected weapons sites in Iraq.",
            {(None, "IRQ", -1, "investigate")},
        ),
        # a sentence-initial name parsed as an adverbial noun still acts; a gorge placed by its "in"
        ("Turkey massed troops along its border with Syria.", {("TUR", "SYR", -1, "mobilize")}),
        ("Russian aircraft bombed the Pankisi Gorge in Georgia.", {("RUS", "GEO", -1, "fight")}),
        ("Britain sank the Argentine cruiser General Belgrano.", {("GBR", "ARG", -1, "fight")}),
        # places of the gazetteer (world_places.yml), and sites placed by their own "in" phrase
        ("Israeli tanks fired shells at houses in Beit Hanoun.", {("ISR", "PSE", -1, "fight")}),
        ("Rebels attacked a village near Lashkar Gah.", {("AFG", "AFG", -1, "fight")}),
        # at home: a dissident sentenced by a state by name; pardons; troops firing on protesters; a
        # strike a people ends (not a state's air strikes); a coup; an exile group's members executed
        (
            "China sentenced the dissident Wei Jingsheng to 14 years in prison.",
            {("CHN", "CHN", -1, "coerce")},
        ),
        (
            "Argentina pardoned military officers accused of human rights abuses.",
            {("ARG", "ARG", 1, "concede")},
        ),
        ("Chinese troops opened fire on protesters in Tiananmen Square.", {("CHN", "CHN", -1, "fight")}),
        ("British coal miners ended their year-long strike.", {("GBR", "GBR", 1, "concede")}),
        ("Russia ended its strikes on Syria.", set()),
        ("Malian soldiers staged a coup.", {("MLI", "MLI", -1, "coerce")}),
        (
            "Iran executed two members of the opposition Mujahedeen Khalq.",
            {("IRN", "IRN", -1, "assault")},
        ),
        # a people named by a nationality word demands of its own unnamed government; a titled
        # surname NER missed is the office holder
        (
            "Zimbabwean war veterans demanded compensation from the government.",
            {("ZWE", "ZWE", -1, "demand")},
        ),
        ("Filipino bishops called on President Estrada to resign.", {("PHL", "PHL", -1, "demand")}),
        # a state's soldiers killed abroad with no one named: unidentified attackers of the place; not
        # at home, not in a crash
        ("There were 20 Russian soldiers killed in Ukraine yesterday.", {("UKR", "RUS", -1, "assault")}),
        ("Two Iraqi soldiers were killed in Iraq on Sunday.", set()),
        ("Two US soldiers were killed in a helicopter crash in Iraq.", set()),
        # a threat's condition on the act threatened, with its agent
        (
            "Iran threatened to close the Strait of Hormuz if attacked by the United States.",
            {("IRN", "USA", -1, "threaten")},
        ),
        # a thing flagged or owned by a nationality is that state's; closures ordered
        ("Iran seized a British-flagged tanker.", {("IRN", "GBR", -1, "coerce")}),
        ("China ordered the closure of the US consulate in Chengdu.", {("CHN", "USA", -1, "sanction")}),
        # people are of where they come from; militias disarmed at home
        (
            "A man from Montreal was sentenced in Lebanon for collaborating with Israel.",
            # (since the ninth round, what he was sentenced for is his own act)
            {("LBN", "CAN", -1, "coerce"), ("CAN", "ISR", 1, "cooperate"), ("ISR", "CAN", 1, "cooperate")},
        ),
        ("The Sudanese government began to disarm Arab militias.", {("SDN", "SDN", 1, "retreat")}),
        # food shipped, credits extended, relations resumed
        ("South Korea shipped rice to North Korea.", {("KOR", "PRK", 1, "aid")}),
        ("France extended credits to Algeria.", {("FRA", "DZA", 1, "aid")}),
        (
            "Iran and Iraq resumed diplomatic relations.",
            {("IRN", "IRQ", 1, "support"), ("IRQ", "IRN", 1, "support")},
        ),
        # armed sides or a state crossing into another invade it; tourists and refugees do not
        ("Chinese forces crossed into northern Vietnam.", {("CHN", "VNM", -1, "coerce")}),
        ("Iraq crossed into Kuwait.", {("IRQ", "KWT", -1, "coerce")}),
        ("Syrian refugees crossed into Turkey.", set()),
        # a high commissioner recalled; works struck in a place are its state's; a count of a people
        ("Pakistan recalled its high commissioner from New Delhi.", {("PAK", "IND", -1, "sanction")}),
        (
            "American cruise missiles destroyed a pharmaceutical plant in Khartoum.",
            {("USA", "SDN", -1, "assault")},
        ),
        ("Hutu militias massacred thousands of Tutsis in Rwanda.", {("RWA", "RWA", -1, "assault")}),
        # "he" in what one is quoted as saying is the one quoted
        (
            "King Hassan of Morocco was quoted Monday as saying he would host a meeting between an Israeli "
            "delegation and the PLO.",
            {("MAR", "ISR", 1, "agree"), ("MAR", "PSE", 1, "agree")},
        ),
        # asylum asked for in a state asks that state; a named side ordered to act is a demand on it
        ("Some 200 Iraqi Kurds sought asylum in Germany last week.", {("IRQ", "DEU", 1, "appeal")}),
        ("The Russian dissident requested asylum from Britain.", {("RUS", "GBR", 1, "appeal")}),
        (
            "An Argentine judge has ordered former President Carlos Menem to testify on Monday.",
            {("ARG", "ARG", -1, "demand")},
        ),
        ("Putin ordered troops to withdraw from Syria.", {("RUS", "SYR", 1, "retreat")}),
        # refusing to join strikes on a state is no agreement with it
        ("Germany will not join any military strikes against the Syrian government.", set()),
        # knowledge exchanged, swapped or shared is cooperation
        (
            "Israeli intelligence officials have exchanged information with the United States.",
            {("ISR", "USA", 1, "cooperate"), ("USA", "ISR", 1, "cooperate")},
        ),
        (
            "Afghanistan has been sharing expertise with the Liberation Tigers of Tamil Eelam.",
            {("AFG", "LKA", 1, "cooperate")},
        ),
        # exercises no partner shares are a show of force where they are held
        ("China staged military exercises off Taiwan.", {("CHN", "TWN", -1, "mobilize")}),
        ("Turkey staged war games along the Syrian border.", {("TUR", "SYR", -1, "mobilize")}),
        (
            "North Korea conducted military drills near the border with South Korea.",
            {("PRK", "KOR", -1, "mobilize")},
        ),
        ("Russia held military exercises with Belarus.", {("RUS", "BLR", 1, "cooperate")}),
        (
            "Russia and China held joint naval exercises.",
            {("RUS", "CHN", 1, "cooperate"), ("CHN", "RUS", 1, "cooperate")},
        ),
        # a crowd that protests with one state in the sentence protests at home; kin are a people;
        # protesters against someone protest against them; dispersed demonstrators are acted on
        (
            "Hundreds staged a protest demanding the release of Imran Khan.",
            {("PAK", "PAK", -1, "protest"), ("PAK", "PAK", -1, "demand")},
        ),
        (
            "A group of Kuril residents are staging a hunger strike in protest of the Russian government's "
            "decision.",
            {("RUS", "RUS", -1, "protest")},
        ),
        ("Algerian families staged a protest outside the UN office.", {("DZA", "DZA", -1, "protest")}),
        (
            "Palestinian hunger strikers against the Israeli occupation are still fasting.",
            {("PSE", "ISR", -1, "protest")},
        ),
        ("Egyptian police dispersed the demonstrators.", {("EGY", "EGY", -1, "coerce")}),
        # the accused does the gerund, not its own object (no row of civilians killing in Damascus);
        # placed by "in Damascus suburbs", the government forces are Syria's, whose act it is (hedged;
        # fourteenth round)
        (
            "Activists accused government forces of killing 1000 civilians in Damascus suburbs.",
            {("SYR", "SYR", -1, "criticism"), ("SYR", "SYR", -1, "assault")},
        ),
    ],
)
def test_sixth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move fought names no enemy; what sides clash over is disputed with whoever holds it, also
        # when the parser makes "over" a particle
        ("Russia has fought every UN attempt to constrain Syria.", set()),
        ("Turkey clashed over the efforts of Russia to arm the Kurds.", {("TUR", "RUS", -1, "fight")}),
        # whoever stages a protest is a people, whatever the noun; whoever stages it does what it is for
        (
            "Algerian intellectuals staged a protest outside parliament to demand the release of students "
            "detained by Algerian security forces.",
            {("DZA", "DZA", -1, "protest"), ("DZA", "DZA", -1, "demand")},
        ),
        (
            "The Syrian army launched an operation to encircle Islamic State militants in Mayadin.",
            {("SYR", None, -1, "coerce")},
        ),
        # an embassy stands in another state: a crowd outside it is not its state's people
        ("Students protested outside the Russian embassy in Kabul.", {("AFG", "RUS", -1, "protest")}),
        ("Students staged a sit-in outside the Russian embassy.", set()),
        # an ally is the subject only where the noun says what it is; hitting an ally is not hitting
        # whose ally it is; an alliance names whose ally, not the ally
        ("Moscow, Tehran's closest ally, vetoed the resolution.", {("RUS", "IRN", 1, "support")}),
        (
            "Israel struck Hezbollah, Iran's proxy in Lebanon.",
            {("ISR", "LBN", -1, "fight"), ("LBN", "IRN", 1, "cooperate")},
        ),
        ("Israel struck Iran's proxies in Syria.", set()),
        ("Israel attacked the allies of Iran.", set()),
        ("Erdogan has a long list of additional grievances with his Nato ally.", set()),
        # a collective of the state its "of" phrase names
        (
            "The National Union of Mineworkers of South Africa criticised the government.",
            {("ZAF", "ZAF", -1, "criticism")},
        ),
        # bidding a named side to act asks it, and the act is not done; one persuaded does it
        ("Erdogan told the United States to get out of the way.", {("TUR", "USA", -1, "demand")}),
        ("Russia wants Turkey to close its borders to radical groups.", {("RUS", "TUR", 1, "appeal")}),
        (
            "Iran encouraged Hezbollah to attack Israel.",
            {("IRN", "LBN", 1, "appeal"), ("IRN", "ISR", -1, "opposition")},
        ),
        # (urging an attack on a side opposes it, as backing one does: fourteenth round)
        (
            "Obama persuaded Putin to attack Switzerland.",
            {("USA", "RUS", 1, "appeal"), ("RUS", "CHE", -1, "fight"), ("USA", "CHE", -1, "opposition")},
        ),
        ("Jan Egeland begged Jordan to reopen its border.", {(None, "JOR", 1, "appeal")}),
        ("Putin told reporters that the talks went well.", set()),
        ("Obama wants peace.", set()),
        # a gerund with an object names an act, not an actor; an attack's target does not persuade
        ("Defeating Islamic State is a higher priority than persuading Assad to step down.", set()),
        (
            "An attack on Israel persuaded Trump to launch missile strikes on Syria.",
            {("USA", "SYR", -1, "fight")},
        ),
        # rebels' leaders and sites are the rebels'; a state's forces leaving its own ground, and a
        # state's pledge to free its people, are acts at home
        ("Indian police arrested 40 separatist leaders in Kashmir.", {("IND", "IND", -1, "coerce")}),
        (
            "Turkish warplanes bombed Kurdish rebel bases in southeastern Turkey.",
            {("TUR", "TUR", -1, "fight")},
        ),
        ("Macedonian forces pulled out of Tetovo.", {("MKD", "MKD", 1, "retreat")}),
        ("Russian troops withdrew from Aleppo.", {("RUS", "SYR", 1, "retreat")}),
        ("Sudan's government agreed to release all political detainees.", {("SDN", "SDN", 1, "agree")}),
        # guns fired, food sent, works built in another state
        (
            "Vietnamese troops fired artillery against Cambodian guerrillas near the Thai border.",
            {("VNM", "KHM", -1, "fight")},
        ),
        ("The United States sent 500 tonnes of food to Iraq.", {("USA", "IRQ", 1, "aid")}),
        ("China is building a port in Sri Lanka.", {("CHN", "LKA", 1, "cooperate")}),
        ("Iran built a new reactor in Arak.", set()),
        # light verbs of visits and sanctions; people and remains handed over or returned; rebels'
        # positions abroad are the place's state's, whatever people the rebels are of
        (
            "German President Roman Herzog will pay an official visit to Albania next week.",
            {("DEU", "ALB", 1, "agree")},  # (an announced visit: an intent, CAMEO 03)
        ),
        ("Washington slapped new sanctions on Iranian banks.", {("USA", "IRN", -1, "sanction")}),
        ("Benin handed three men over to Nigeria.", {("BEN", "NGA", 1, "retreat")}),
        (
            "Iran returned the remains of 200 Iraqi soldiers killed in the war.",
            {("IRN", "IRQ", 1, "retreat")},
        ),
        ("Iraq received the bodies of 200 soldiers from Iran.", {("IRN", "IRQ", 1, "retreat")}),
        ("Turkish warplanes bombed Kurdish rebel positions near Dohuk.", {("TUR", "IRQ", -1, "fight")}),
        # a "between" list with an "against" phrase is one side
        (
            "Syria will be the theatre in any coming war between Hezbollah and Iran against Israel.",
            {("LBN", "ISR", -1, "threaten"), ("IRN", "ISR", -1, "threaten")},
        ),
        # ground a state holds is its; what is fired is no organ faced; stopping a side from acting
        # coerces it; a sanctions waiver eases them
        (
            "Iran's Revolutionary Guards fired missiles at Israeli-held territory.",
            {("IRN", "ISR", -1, "fight")},
        ),
        ("The Revolutionary Guards fired missiles at the territory.", set()),
        (
            "Netanyahu vowed to stop Iran from entrenching itself in Syria.",
            {("ISR", "IRN", -1, "threaten")},
        ),
        ("The ceasefire stopped short of a peace deal.", set()),
        (
            "Russia stopped Iran from attacking Israel.",
            {("RUS", "IRN", -1, "coerce"), ("IRN", "ISR", -1, "fight")},  # (the attack hedged)
        ),
        (
            "Washington granted Baghdad a waiver to keep importing Iranian gas.",
            {("USA", "IRQ", 1, "retreat")},
        ),
        # people affiliated with, belonging or loyal to a side are that side
        (
            "Workers affiliated with the Serbian Workers' Union stopped work over a bill signed by Serbian "
            "Labour Minister Dragan Milovanovic.",
            {("SRB", "SRB", -1, "protest")},
        ),
        ("Fighters belonging to the Free Syrian Army shelled Afrin.", {("SYR", "SYR", -1, "fight")}),
        # the participle that carries an act noun holds its phrases (not a broker's)
        (
            "The sanctions imposed on Iran by Washington last year have hit its oil exports.",
            {("USA", "IRN", -1, "sanction")},
        ),
        ("The freeze on fighting brokered by the United States and Russia lasted a week.", set()),
        # an act noun's "of" phrase is what it hits; "South Korean" is one nationality
        ("Russia's bombing of Aleppo killed 40 civilians.", {("RUS", "SYR", -1, "fight")}),
        ("North Korea shelled a South Korean island.", {("PRK", "KOR", -1, "fight")}),
        # anger at a side; a reply in kind to an aggression; ground handed over
        ("Tokyo voiced anger at China's refusal to condemn the attack.", {("JPN", "CHN", -1, "criticism")}),
        ("Damascus vowed to respond to the Israeli aggression.", {("SYR", "ISR", -1, "threaten")}),
        ("Nigeria handed over the Bakassi peninsula to Cameroon.", {("NGA", "CMR", 1, "retreat")}),
        # tariffs; demands a side presents are its own, also in a list (a participle names the author,
        # it is not denied content)
        ("The Trump administration slapped tariffs on Chinese steel.", {("USA", "CHN", -1, "sanction")}),
        (
            "Qatar rejected the list of demands presented by Saudi Arabia.",
            {("QAT", "SAU", -1, "reject")},
        ),
        ("Russia rejected claims that the Syrian government was behind the attack.", set()),
        # the opposition no word places is the own state's, as a state's unnamed rebels are (force
        # only on ground the sentence makes the source's)
        ("Maduro accused the opposition of plotting a coup.", {("VEN", "VEN", -1, "criticism")}),
        ("Burundi's government banned opposition rallies ahead of the vote.", {("BDI", "BDI", -1, "coerce")}),
        ("Aleppo was recaptured from opposition groups by a Russian assault.", set()),
        ("Russia accused the opposition of plotting a coup in Ukraine.", {("RUS", "UKR", -1, "criticism")}),
        # and an unplaced opposition that acts is of the one state its sentence's people are of
        ("The opposition accused Maduro of fraud.", {("VEN", "VEN", -1, "criticism")}),
        ("The opposition accused Russia of meddling.", set()),
        (
            "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif from office.",
            {("PAK", "PAK", -1, "coerce")},
        ),
    ],
)
def test_seventh_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # volunteers fight with the side they joined; armies fight with their enemy
        (
            "British nationals fighting with Islamic State in Syria were arrested.",
            {("GBR", None, 1, "cooperate")},
        ),
        ("Three Britons who fought with Isis were arrested.", {("GBR", None, 1, "cooperate")}),
        ("Syrian troops fought with rebels near Aleppo.", {("SYR", "SYR", -1, "fight")}),
        # whoever is killed fighting names no killer, and fights no one it fought beside
        (
            "She was one of eight British nationals killed fighting alongside the Kurdish YPG since 2014.",
            set(),
        ),
        (
            "Other Britons killed fighting Isis in the past year include Mehmet Aksoy.",
            {("GBR", None, -1, "fight"), (None, "GBR", -1, "fight")},
        ),
        # "on 16 March" is a date, not a march at home
        ("The convoy was hit by a Turkish airstrike on 16 March in Syria.", set()),
        # a nation's people travelling pay no state visit
        ("Three Americans travelled to Iran.", set()),
        ("Rory Stewart said that most of the Britons who travel to Syria should be killed.", set()),
        # the passive subject of taking part takes part, and the act's "with" phrase is the other side
        (
            "Russia and Turkey are engaged in talks with Iran.",
            {("RUS", "IRN", 1, "consult"), ("TUR", "IRN", 1, "consult")},
        ),
        ("Russia is locked in a dispute with Ukraine.", {("RUS", "UKR", -1, "opposition")}),
        (
            "The YPG and the SDF are still engaged in combat with Hezbollah.",
            {("SYR", "LBN", -1, "fight"), ("LBN", "SYR", -1, "fight")},
        ),
        # what a projectile is fired at is its target, not a place
        ("A US warship fired warning shots at Iranian boats.", {("USA", "IRN", -1, "fight")}),
        ("Moscow has shipped advanced air defence systems to Damascus.", {("RUS", "SYR", 1, "aid")}),
        ("Iran transferred drones to Russia.", {("IRN", "RUS", 1, "aid")}),
        ("Chinese coast guard vessels blocked Philippine supply boats.", {("CHN", "PHL", -1, "coerce")}),
        ("Protesters blocked the road to the airport.", set()),
        (
            "Lebanon filed a complaint against Israel with the UN Security Council.",
            {("LBN", "ISR", -1, "disapprove")},
        ),
        # in an article about the Koreas, "the North" and "the South" are the two states
        ("Seoul offered food aid to the North.", {("KOR", "PRK", 1, "agree")}),
        ("Sudan's army attacked rebels in the South.", set()),
        # envoys ordered out are expelled; a ruler called a tumour is insulted
        (
            "Mali's junta ordered the French ambassador to leave the country within 72 hours.",
            {("MLI", "FRA", -1, "sanction")},
        ),
        ("Iran's supreme leader called Israel a cancerous tumour.", {("IRN", "ISR", -1, "criticism")}),
        # ways of consulting: views exchanged, a briefing, a letter, a working lunch, a greeting
        (
            "French President Jacques Chirac exchanged views with South African President Thabo Mbeki.",
            {("FRA", "ZAF", 1, "consult"), ("ZAF", "FRA", 1, "consult")},
        ),
        ("Patrick Shanahan briefed Donald Trump on Syria.", {(None, "USA", 1, "consult")}),
        ("Sudan sent an envoy to Chad to discuss the crisis.", {("SDN", "TCD", 1, "consult")}),
        ("Obama sent a strong message to Syria.", set()),
        ("Erdogan exchanged views on Syria.", set()),
        (
            "US troops exchanged fire with Russian contractors.",
            {("USA", "RUS", -1, "fight"), ("RUS", "USA", -1, "fight")},
        ),
        # a government undoing its own measures concedes at home
        (
            "Sudan's President Omar al-Bashir ended the ban on political parties.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Sudan's President Omar al-Bashir rescinded the decree.", {("SDN", "SDN", 1, "concede")}),
        ("Sudan's government withdrew the controversial bill.", {("SDN", "SDN", 1, "concede")}),
        (
            "Sudan's government dropped the charges against the opposition leader.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Sudan's President Omar al-Bashir granted autonomy to the south.", {("SDN", "SDN", 1, "concede")}),
        # the opposition a ruler lets act, or whose victory a government recognises, is its own
        (
            "Sudan's President Omar al-Bashir allowed opposition parties to resume their activities.",
            {("SDN", "SDN", 1, "retreat")},
        ),
        (
            "Serbia's government recognised the opposition's victory in the local elections.",
            {("SRB", "SRB", 1, "concede")},
        ),
        # backing a fight or strikes opposes whom they are aimed at, also when the author is named first
        ("The US has supported the Kurds' fight against Isis.", {("USA", None, -1, "opposition")}),
        (
            "Britain supported the US strikes on Syria.",
            {("GBR", "SYR", -1, "opposition"), ("GBR", "USA", 1, "support"), ("USA", "SYR", -1, "fight")},
        ),
        # saying a side is responsible for an attack blames it; responsibility for security does not
        ("Britain said Russia was responsible for the poisoning.", {("GBR", "RUS", -1, "criticism")}),
        ("Russia is responsible for security in Syria.", set()),
        (
            "The Kremlin said Kiev bore full responsibility for the escalation.",
            {("RUS", "UKR", -1, "criticism")},
        ),
        ("Iran called Trump's speech a farce.", {("IRN", "USA", -1, "criticism")}),
        # a demand for the release of people held somewhere is on whoever holds them
        (
            "Berlin demanded the release of the German journalist held in Turkey.",
            {("DEU", "TUR", -1, "demand")},
        ),
        ("Britain demanded the release of the sailors detained by Iran.", {("GBR", "IRN", -1, "demand")}),
        ("China lodged stern representations with India over the ban.", {("CHN", "IND", -1, "disapprove")}),
        # aid to a named place goes to its state; a ship's name is no side, its flag is
        ("Moscow delivered nuclear fuel to the Bushehr plant.", {("RUS", "IRN", 1, "aid")}),
        ("Russia shipped weapons to the port of Tartus.", {("RUS", "SYR", 1, "aid")}),
        (
            "Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero.",
            {("IRN", "GBR", -1, "coerce")},
        ),
        # demands repeated, reminders of obligations, deadlines set, cooperation sought
        (
            "Britain's foreign secretary repeated the demand that Libya hand over the two suspects.",
            {("GBR", "LBY", -1, "demand")},
        ),
        ("Britain's foreign secretary reminded Libya of its obligations.", {("GBR", "LBY", -1, "demand")}),
        (
            "Britain's foreign secretary set Libya a deadline to hand over the suspects.",
            {("GBR", "LBY", -1, "demand")},
        ),
        ("Britain's foreign secretary sought Libya's cooperation.", {("GBR", "LBY", 1, "appeal")}),
        # a nationality word NER calls a place is still a nationality word
        ("Russia called the Ukrainian elections a farce.", {("RUS", "UKR", -1, "criticism")}),
        (
            "This meeting saw several British lawmakers call for alleged Russian war crimes to be investigated.",
            {("GBR", "RUS", -1, "demand")},
        ),
        (
            "Youths pelted Israeli army patrols with stones in the Gaza Strip.",
            {("PSE", "ISR", -1, "protest")},
        ),
        # a ruler warning that protests will not be tolerated threatens its own protesters
        (
            "Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya group.",
            {("EGY", "EGY", -1, "warning")},
        ),
        ("Putin warned that Russia would respond to any NATO expansion.", {("RUS", None, -1, "warning")}),
        # whoever protests is a people, whatever the plural names; forces are no crowd
        (
            "Thousands of motorists held a rally in protest against the Russian government's decision.",
            {("RUS", "RUS", -1, "protest")},
        ),
        (
            "Hundreds of Berbers staged a protest in Tizi Ouzou to demand the release of Algerian singer Lounes Matoub.",
            {("DZA", "DZA", -1, "protest"), ("DZA", "DZA", -1, "demand")},
        ),
        ("Pro-government forces blocked a road leading towards the Turkish border.", set()),
        # "anti-X" names what a protest is against, never who makes it
        ("Students held an anti-American rally in Tehran.", {("IRN", "USA", -1, "protest")}),
        (
            "Thousands of mourners chanted anti-Israeli slogans at the funeral in Gaza.",
            {("PSE", "ISR", -1, "protest")},
        ),
        # more ways to protest: tyres burned, a rampage, booing, a march led, streets poured into
        (
            "Ivorian opposition supporters burned tyres and barricaded streets in Abidjan.",
            {("CIV", "CIV", -1, "protest")},
        ),
        ("Ivorian students went on the rampage in Abidjan on Monday.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian opposition supporters booed the president in Abidjan.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian opposition leaders led a march through Abidjan.", {("CIV", "CIV", -1, "protest")}),
        (
            "Thousands of Ivorians poured into the streets of Abidjan to denounce the election results.",
            {("CIV", "CIV", -1, "protest"), ("CIV", "CIV", -1, "criticism")},
        ),
        # crowds that demand are a people too; armed men, bodies' staff and statements are no crowd
        (
            "Labour unions demanded that the Nigerian government raise the minimum wage.",
            {("NGA", "NGA", -1, "demand")},
        ),
        (
            "IS fighters pressed their assault on the Kurdish town of Kobane on the border with Turkey.",
            {(None, "SYR", -1, "fight")},
        ),
        (
            "United Nations war crimes investigators called for evidence in the Syrian town of Douma to be preserved.",
            set(),
        ),
        (
            "Official statements avoided blaming the regime, calling instead for a careful Russian investigation.",
            set(),
        ),
        # yielding to demands, refusing to, or balking at them; a demand's author hung on the verb
        (
            "Arafat refused to bow to demands by the United States.",
            {("PSE", "USA", -1, "reject")},
        ),
        ("Egypt bowed to US pressure and freed the activists.", {("EGY", "USA", 1, "concede")}),
        ("Hamas balked at demands by the United States.", {("PSE", "USA", -1, "reject")}),
        ("Arafat turned a deaf ear to demands by the United States.", {("PSE", "USA", -1, "reject")}),
        ("The king bowed to the crowd.", set()),
        # the opposition a government acts on, or orders to act, is its own
        (
            "Nicaragua's government ordered the opposition party to suspend its activities.",
            {("NIC", "NIC", -1, "sanction")},
        ),
        # a state's name on its organ ("the Montenegro Assembly") names that organ
        (
            "Montenegro Municipality Association officials demanded support from the Montenegro Assembly.",
            {("MNE", "MNE", -1, "demand")},
        ),
        # help for the act a fight is for helps the fighters; the helpers' enemy is no target
        (
            "The SDF are fighting to take the town with support from the US-led coalition against Daesh.",
            {("USA", "SYR", 1, "cooperate")},
        ),
        # people clashing with or attacking people argue; forces clashing fight
        ("Trump attacked Hillary Clinton over her emails.", {("USA", "USA", -1, "criticism")}),
        ("Russian jets attacked rebels near Idlib.", {("RUS", "SYR", -1, "fight")}),
        ("Karen Pierce, the UK ambassador to the UN, clashed with Trump.", {("GBR", "USA", -1, "criticism")}),
        (
            "Turkish troops clashed with Kurdish fighters in Afrin.",
            {("TUR", "SYR", -1, "fight"), ("SYR", "TUR", -1, "fight")},
        ),
        # sides sharing a clause with a subjectless participle do not fight each other
        (
            "Trump demanded that Germany, France and Britain repatriate and prosecute their citizens fighting in Syria.",
            {("USA", "DEU", -1, "demand"), ("USA", "FRA", -1, "demand"), ("USA", "GBR", -1, "demand")},
        ),
        # more concessions at home: officials sacked, prices lowered, pay raised, sentences commuted,
        # an amnesty announced, power shared
        (
            "Sudan's President Omar al-Bashir sacked the defence minister after the protests.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Sudan's President Omar al-Bashir lowered fuel prices.", {("SDN", "SDN", 1, "concede")}),
        ("Sudan's President Omar al-Bashir raised public sector wages.", {("SDN", "SDN", 1, "concede")}),
        (
            "Sudan's President Omar al-Bashir commuted the death sentences of 20 prisoners.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Sudan's President Omar al-Bashir announced a general amnesty.", {("SDN", "SDN", 1, "concede")}),
        (
            "Sudan's President Omar al-Bashir agreed to share power with the rebels.",
            {("SDN", "SDN", 1, "agree")},
        ),
        # ousting another state's government is no concession
        (
            "The US and the UK covertly ousted the government of prime minister Mohammad Mosaddegh in 1953.",
            {("USA", "IRN", -1, "coerce"), ("GBR", "IRN", -1, "coerce")},
        ),
        # working with a side, being in contact with it, passing it intelligence
        (
            "Israel is working closely with the United States to counter the threat.",
            {("ISR", "USA", 1, "cooperate"), ("USA", "ISR", 1, "cooperate")},
        ),
        (
            "Macron added that he was in daily contact with US President Donald Trump.",
            {("FRA", "USA", 1, "consult")},
        ),
        ("Israel passed intelligence to the United States.", {("ISR", "USA", 1, "cooperate")}),
        ("The Duma passed a law banning US adoptions.", set()),
        # a month is no march
        (
            "Scurfield, the first Briton killed fighting Isis in March 2015, was buried in London.",
            {("GBR", None, -1, "fight"), (None, "GBR", -1, "fight")},
        ),
        # the enemy of an alliance is no partner in it
        ("Saudi forces lead an alliance of regional powers against Houthi rebels in Yemen.", set()),
        # a state's branch of a movement is of that state
        ("Qatar pledged to expel leaders of Egypt's Muslim Brotherhood.", {("QAT", "EGY", -1, "threaten")}),
    ],
)
def test_eighth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British spellings kept whole by the tokenizer
        (
            "Israel co-operated closely with the United States during the Gulf war.",
            {("ISR", "USA", 1, "cooperate"), ("USA", "ISR", 1, "cooperate")},
        ),
        # hosting, courtesy calls, a guest, a trip, hands shaken, lunch joined, an issue raised
        (
            "French President Jacques Chirac played host to South African President Nelson Mandela on Tuesday.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "French Prime Minister Lionel Jospin paid a courtesy call on South African President Nelson Mandela.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "President Jacques Chirac will be the guest of South African President Nelson Mandela.",
            {("FRA", "ZAF", 1, "agree")},
        ),
        ("President Jacques Chirac is on a three-day trip to South Africa.", {("FRA", "ZAF", 1, "consult")}),
        (
            "President Jacques Chirac left Paris on Sunday for a state visit to South Africa.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "President Jacques Chirac shook hands with President Nelson Mandela.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "President Jacques Chirac joined President Nelson Mandela for lunch.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "President Jacques Chirac is expected to raise the issue with President Nelson Mandela.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "Netanyahu shunned Jimmy Carter during his recent trips to Israel.",
            {("ISR", "USA", -1, "criticism")},
        ),
        # joining a side in its act; not joining a group somewhere
        (
            "Israel joined the United States in developing the Arrow anti-missile system.",
            {("ISR", "USA", 1, "cooperate")},
        ),
        ("Begum left the UK in 2015 to join Islamic State in Syria.", set()),
        (
            "Israel and the United States will jointly develop the missile.",
            {("ISR", "USA", 1, "agree"), ("USA", "ISR", 1, "agree")},
        ),
        # releases announced, curbs eased, rights stripped, critics of a ruler
        (
            "Sudan's President Omar al-Bashir announced the release of all political detainees.",
            {("SDN", "SDN", 1, "retreat")},
        ),
        ("Sudan's government eased curbs on the press.", {("SDN", "SDN", 1, "concede")}),
        (
            "Nicaragua's government stripped opposition lawmakers of their seats.",
            {("NIC", "NIC", -1, "coerce")},
        ),
        (
            "Critics accused President Jean-Bertrand Aristide of rigging the elections.",
            {("HTI", "HTI", -1, "criticism")},
        ),
        (
            "Nigerian labour leaders criticised the government's fuel price increase.",
            {("NGA", "NGA", -1, "criticism")},
        ),
        ("Nigerian leaders criticised the decision.", set()),
        # refusals, seizures, closures, supplies cut, refugees taken in
        ("Palestinian leader Yasser Arafat said no to the U.S. plan.", {("PSE", "USA", -1, "reject")}),
        ("Serbia's army took control of the airport in Montenegro.", {("SRB", "MNE", -1, "coerce")}),
        ("The new owners took control of the company.", set()),
        ("Syria shut its border crossings with Lebanon.", {("SYR", "LBN", -1, "sanction")}),
        ("Syria halted truck traffic into Lebanon.", {("SYR", "LBN", -1, "sanction")}),
        ("Israel imposed a closure on the Palestinian territories.", {("ISR", "PSE", -1, "coerce")}),
        # (supplies cut to a place are cut to its state: fourteenth round)
        ("Israel threatened to cut off electricity to the Gaza Strip.", {("ISR", "PSE", -1, "threaten")}),
        ("Benin took in 5,000 Nigerian refugees.", {("BEN", "NGA", 1, "aid")}),
        ("The Sudanese army retreated from the town of Kurmuk.", {("SDN", "SDN", 1, "retreat")}),
        # protests: a boycott of elections, tools downed, a protest hung on the object
        ("Ivory Coast's main opposition party pulled out of the elections.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian dock workers downed tools on Monday.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian traders closed their shops in protest.", {("CIV", "CIV", -1, "protest")}),
        # a show of force near a named place of a state
        ("Russia conducted military exercises near Alaska.", {("RUS", "USA", -1, "mobilize")}),
        # calls on a side, obligations reported and made clear
        ("Britain renewed its call on Libya to hand over the suspects.", {("GBR", "LBY", 1, "appeal")}),
        ("Britain says Libya has to hand over the suspects.", {("GBR", "LBY", -1, "demand")}),
        ("Russia said Iran had to postpone the launch.", set()),
        ("Britain made clear that Libya must surrender the suspects.", {("GBR", "LBY", -1, "demand")}),
        (
            '"President Trump has yet to be faced with a true international crisis," said Alexandra Bell.',
            set(),
        ),
        ("Hunt expressed qualms about Trump's call for the withdrawal of US troops from Syria.", set()),
        # a visitor welcomed is hosted; a decision welcomed is praised
        (
            "President Jacques Chirac welcomed South African President Nelson Mandela to Paris.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        ("Putin welcomed his Iranian counterpart at the Kremlin.", {("RUS", "IRN", 1, "consult")}),
        ("Russia welcomed Iran's decision to resume talks.", {("RUS", "IRN", 1, "praise")}),
        # a nationality word NER left untyped; rival sides of one state fight each other, wherever
        ("Rival Somali clans fought.", {("SOM", "SOM", -1, "fight")}),
        ("Somali clans fought in Mogadishu.", {("SOM", "SOM", -1, "fight")}),
        ("Somali clans fought.", set()),
        # an "as" the parser makes a preposition over an event is no role: the allies attacked are not their patron
        (
            "Turkish troops are making final plans to attack the US military's Kurdish partners inside northern Syria as tensions between Ankara and Washington near unprecedented levels.",
            {("TUR", "USA", -1, "opposition"), ("USA", "TUR", -1, "opposition")},
        ),
        # Palestinian militants fight Israel, not their own state; ground retaken and sieges laid
        ("The Israeli army sealed off the village after Palestinian gunmen fired on a patrol.", set()),
        ("Israeli troops came under fire from Palestinian gunmen.", {("PSE", "ISR", -1, "fight")}),
        ("The Israeli army reoccupied the Palestinian town of Jenin.", {("ISR", "PSE", -1, "coerce")}),
        (
            "The Israeli army laid siege to Palestinian leader Yasser Arafat's headquarters.",
            {("ISR", "PSE", -1, "coerce")},
        ),
        # refuge given, medical teams sent, goods exported
        ("Benin gave refuge to Nigerian pro-democracy activists.", {("BEN", "NGA", 1, "aid")}),
        ("Benin sent a medical team to Nigeria.", {("BEN", "NGA", 1, "aid")}),
        ("Benin exported electricity to Nigeria.", {("BEN", "NGA", 1, "cooperate")}),
        # what is frozen: assets and talks reduce relations; one's own building works are conceded
        ("The US froze Iranian assets.", {("USA", "IRN", -1, "sanction")}),
        ("Russia froze talks with Ukraine.", {("RUS", "UKR", -1, "sanction")}),
        ("Israel agreed to freeze settlement construction in the West Bank.", {("ISR", "PSE", 1, "agree")}),
        (
            "Mr. Obama decided to press Israel to freeze settlement construction in the occupied West Bank.",
            {("USA", "ISR", -1, "demand")},
        ),
        # the asked is not the asker; "his" is the one whose will it is, not the last sentence's subject
        (
            "Ted Cruz, when asked what about Trump's vision is wrong, responded that the businessman is right about the problems.",
            set(),
        ),
        (
            "Ari Fleischer spoke to reporters. More troubling to many in the room was Trump's unwillingness to affirm his support for a united Jerusalem as the capital of Israel.",
            {("USA", "ISR", -1, "reject")},
        ),
        # what the passive subject is held to account for is its own act
        (
            "Palestinians were arrested for protesting against the Israeli occupation.",
            {("PSE", "ISR", -1, "protest")},
        ),
        ("Turkey was criticised for attacking Syria.", {("TUR", "SYR", -1, "fight")}),
        # the friend of those a hostile act hits is not hit
        ("Hezbollah said it attacked militiamen allied to Israel.", set()),
        # a policy's owner is its side, the state it is about its topic; a deal with a side's allies is with the allies
        (
            "The US's Syria policy has switched focus to preventing Iran from capitalising on any power vacuum.",
            {("USA", "IRN", -1, "coerce")},
        ),
        ("Trump criticised Russia's Syria policy.", {("USA", "RUS", -1, "criticism")}),
        (
            "Erdogan spoke. He also cut a de facto deal with Assad's allies, Russia and Iran, accepting their Syria agenda.",
            {
                ("IRN", "TUR", 1, "agree"),
                ("RUS", "TUR", 1, "agree"),
                ("TUR", "IRN", 1, "agree"),
                ("TUR", "RUS", 1, "agree"),
                # (Assad's allies, named after the comma: changed 2026-12-07, twelfth round)
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", 1, "support"),
            },
        ),
    ],
)
def test_ninth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


# Tenth round (2026-12-07): wording written as wire copy, to probe the held-out miss shapes by kind
# (concessions at home, armed entries, hosting), and the corpus rows each change moved.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed sides entering a place (as "crossed into"); others who pour in do not invade
        ("Israeli tanks rolled into the Palestinian town of Beit Hanoun.", {("ISR", "PSE", -1, "coerce")}),
        ("Turkish forces moved into the Syrian town of Jarablus.", {("TUR", "SYR", -1, "coerce")}),
        ("Iraqi troops marched into Kuwait in August 1990.", {("IRQ", "KWT", -1, "coerce")}),
        ("Tourists poured into Egypt last year.", set()),
        ("Iraqi forces drove IS out of Mosul.", {("IRQ", None, -1, "fight")}),
        # a named person received is hosted (NER typed Mbeki a product); a letter received is the sender's
        (
            "Chirac received Mbeki at the Elysee Palace on Tuesday.",
            {("FRA", "ZAF", 1, "consult"), ("ZAF", "FRA", 1, "consult")},
        ),
        ("Putin received a letter from Rouhani on Tuesday.", {("IRN", "RUS", 1, "consult")}),
        # demands met, at home, whoever made them; and the demander, when named
        (
            "The Sudanese government agreed to a key demand of the opposition, allowing independent candidates to run.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("The Sudanese government met the demands of the protesters.", {("SDN", "SDN", 1, "concede")}),
        ("Khartoum acceded to the demands of the Sudanese opposition.", {("SDN", "SDN", 1, "concede")}),
        (
            "The Sudanese government granted the opposition's request for more time.",
            {("SDN", "SDN", 1, "concede")},
        ),
        (
            "Sudan's government heeded calls from Sudanese protesters to release detainees.",
            {("SDN", "SDN", 1, "concede")},
        ),
        (
            "Sudan's ruling military council accepted the protesters' demand for a civilian-led government.",
            {("SDN", "SDN", 1, "concede")},
        ),
        ("Iran agreed to the American demands.", {("IRN", "USA", 1, "concede")}),
        ("Sudan's government reinstated dismissed judges.", {("SDN", "SDN", 1, "concede")}),
        (
            "Sudan's government restored internet access after weeks of protests.",
            {("SDN", "SDN", 1, "concede")},
        ),
        (
            "Sudan's government allowed the Sudanese opposition to hold rallies.",
            {("SDN", "SDN", 1, "retreat")},
        ),
        (
            "The Sudanese military disbanded the paramilitary unit accused of abuses.",
            {("SDN", "SDN", 1, "retreat")},
        ),
        # "President Bashir": a titled surname without its joined article
        (
            "President Bashir dissolved the government and declared a year-long state of emergency.",
            {("SDN", "SDN", -1, "coerce"), ("SDN", "SDN", 1, "concede")},
        ),
        # not done yet, or refused; services restored and a birth given are no concessions
        (
            "The Syrian government has yet to accede to demands that U.N. inspectors be allowed to visit the sites.",
            set(),
        ),
        (
            "Hezbollah has been unwilling to accede to demands of the Lebanese government.",
            {("LBN", "LBN", -1, "reject")},
        ),
        ("Shamima Begum gave birth to a son while in a refugee camp in Syria.", set()),
        (
            "Moscow gave tacit support to Turkey's incursion into Afrin.",
            {("RUS", "TUR", 1, "support"), ("TUR", "SYR", -1, "coerce")},
        ),
        ("Hammoud said they are restoring the medical services in the Syrian town.", set()),
        # what carries the words is the speaker's: statements released, letters published, placards waved
        ("Russia released a statement criticizing the United States.", {("RUS", "USA", -1, "criticism")}),
        ("Iran published a letter blaming Saudi Arabia for the stampede.", {("IRN", "SAU", -1, "criticism")}),
        (
            "Demonstrators in Ivory Coast waved placards denouncing President Gbagbo.",
            {("CIV", "CIV", -1, "criticism")},
        ),
        # "IS" read as the group; pressing its gunmen is fighting them
        (
            "Three IS suicide bombers attacked the Syrian Democratic Forces near Manbij.",
            {(None, "SYR", -1, "fight")},
        ),
        ("US-backed Syrian fighters pressing IS gunmen in the north.", {("SYR", None, -1, "fight")}),
        # states named by a plural are no crowd at home ("Western powers" were Iran's people)
        ("Western powers pressed Iran to accept the deal.", set()),
        # the neighbour of a town attacked (its "with" hung on the verb) is not attacked
        (
            "IS fighters pressed their assault on the Kurdish town of Kobane on the border with Turkey.",
            {(None, "SYR", -1, "fight")},
        ),
        ("Turkey massed troops on its border with Syria.", {("TUR", "SYR", -1, "mobilize")}),
        # a passive subject does what its time clause says it was doing; a result clause is the event's
        (
            "Palestinians were wounded while protesting against Israel's separation barrier.",
            {("PSE", "ISR", -1, "protest")},
        ),
        (
            "A Russian helicopter was shot down near Saraqeb on Monday, killing all five people on board.",
            set(),
        ),
        ("Mattis was credited with blocking such suggestions as assassinating Bashar al-Assad.", set()),
        # "in protest at X" says whom an act is against, "in honour of X" whom it is for
        (
            "Thousands of Palestinians went on strike in protest at Israel's policies.",
            {("PSE", "ISR", -1, "protest")},
        ),
        (
            "Syria walked out of the meeting in protest over Israel's presence.",
            {("SYR", "ISR", -1, "protest")},
        ),
        (
            "French President Jacques Chirac hosted a state banquet in honour of South African President Thabo Mbeki.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "Palestinian President Mahmoud Abbas stood firm against US pressure.",
            {("PSE", "USA", -1, "reject")},
        ),
        # seeing a person (NER called him a place) is meeting him; seeing him as something is a view
        (
            "French President Jacques Chirac is due to see South African President Thabo Mbeki next week.",
            {("FRA", "ZAF", 1, "consult"), ("ZAF", "FRA", 1, "consult")},
        ),
        ("Talabani increasingly saw Mustafa Barzani as an antiquated tribalist.", set()),
        (
            "French President Jacques Chirac and South African President Thabo Mbeki held a joint news conference.",
            {("FRA", "ZAF", 1, "consult"), ("ZAF", "FRA", 1, "consult")},
        ),
        (
            "French President Jacques Chirac addressed a letter to South African President Thabo Mbeki.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        (
            "The 223 YPG sniper unit paid tribute to Holmes, the British volunteer.",
            {("SYR", "GBR", 1, "praise")},
        ),
        (
            "The US national security adviser, John Bolton, recently hinted at a similar response should Assad transgress again.",
            {("USA", "SYR", -1, "threaten")},
        ),
        ("Israel revoked the residency of Palestinians in East Jerusalem.", {("ISR", "PSE", -1, "sanction")}),
        (
            "Israel froze the transfer of tax revenues to the Palestinian Authority.",
            {("ISR", "PSE", -1, "sanction")},
        ),
        # what people were doing when they were hurt or died is their own act
        (
            "Palestinians were injured in protesting against Israel's closure of Al-Aqsa.",
            {("PSE", "ISR", -1, "protest")},
        ),
        ("Two Palestinians died after protesting against Israel.", {("PSE", "ISR", -1, "protest")}),
        # an act's agent and aim, and a list of nationalities on one head (not a patron's "-backed")
        ("Attacks by Russian forces on Syrian rebels killed dozens.", {("RUS", "SYR", -1, "fight")}),
        (
            "Airstrikes by US, British and French forces on Syrian regime targets were intended to provide reassurance.",
            {("FRA", "SYR", -1, "fight"), ("GBR", "SYR", -1, "fight"), ("USA", "SYR", -1, "fight")},
        ),
        (
            "British and French diplomats condemned Russia.",
            {("FRA", "RUS", -1, "criticism"), ("GBR", "RUS", -1, "criticism")},
        ),
        (
            "The PYD-dominated and U.S.-backed Syria Democratic Forces have been the main force fighting Daesh in northern Syria.",
            {("SYR", None, -1, "fight"), (None, "SYR", -1, "fight")},
        ),
        # the sides of a "between" phrase: two nationalities on one noun, unless another side follows
        (
            "Al-Zobdani is now the scene of fierce clashes between the Syrian and Lebanese forces and militants of Jeish al-Fath terrorist group.",
            set(),
        ),
        (
            "On Saturday a meeting between Kerry and Russian Foreign Minister Sergei Lavrov lasted over four hours.",
            {("RUS", "USA", 1, "consult"), ("USA", "RUS", 1, "consult")},
        ),
        (
            "In Ghouta regime artillery hit Douma city while clashes continued between rebel and regime fighters in Daraa.",
            {("SYR", "SYR", -1, "fight")},
        ),
        # agreed by, or between, several sides: they agree with each other
        (
            "A truce agreed by Russia and the United States in February has been violated nearly continuously around Aleppo.",
            {("RUS", "USA", 1, "agree"), ("USA", "RUS", 1, "agree")},
        ),
        (
            "The fighting in effect rips up a ceasefire agreed last year between Russia, the US and Jordan.",
            {
                ("JOR", "RUS", 1, "agree"),
                ("JOR", "USA", 1, "agree"),
                ("RUS", "JOR", 1, "agree"),
                ("RUS", "USA", 1, "agree"),
                ("USA", "JOR", 1, "agree"),
                ("USA", "RUS", 1, "agree"),
            },
        ),
        # a site struck is its state's; a rebellion fomented is against the state it is stirred in
        (
            "Dozens of civilians have been killed after Russian airstrikes targeted a busy market place in rebel-held Idlib northern Syria.",
            {("RUS", "SYR", -1, "fight")},
        ),
        (
            "It is more than four years since Russia annexed Crimea and helped to foment a rebellion in Ukraine's industrial east.",
            {("RUS", "UKR", -1, "coerce")},
        ),
        (
            "Ankara informed the government in Damascus in writing about the Olive Branch operation.",
            {("TUR", "SYR", 1, "consult")},
        ),
        ("Russia intends to strike Ukraine.", {("RUS", "UKR", -1, "threaten")}),
        # holding a side responsible, as a gerund too; deals made; reservations expressed
        (
            "Washington has upped the pressure by holding Russia responsible for gas attacks on civilians.",
            {("USA", "RUS", -1, "criticism")},
        ),
        ("He argued that the Obama administration made a deal with Russia.", {("USA", "RUS", 1, "support")}),
        (
            "Less than a year ago, the enclave was declared a safe zone in a deal between Russia, Iran and Turkey.",
            {
                ("IRN", "RUS", 1, "support"),
                ("IRN", "TUR", 1, "support"),
                ("RUS", "IRN", 1, "support"),
                ("RUS", "TUR", 1, "support"),
                ("TUR", "IRN", 1, "support"),
                ("TUR", "RUS", 1, "support"),
            },
        ),
        (
            "The Syrian opposition expressed strong reservations about a US plan to establish a border guard.",
            {("SYR", "USA", -1, "disapprove")},
        ),
        # "whether or not" is either way: no denial, so the speaker accuses no one
        ("Whether or not Russia supports Iran, the deal will go ahead.", {("RUS", "IRN", 1, "support")}),
        (
            '"A lot will have to do with Israel and whether or not Israel wants to make the deal," Trump said.',
            set(),
        ),
        # what a side obtains, wins or faces from another: the owner of the noun gives it
        (
            "The Afrin offensive was launched after Ankara apparently obtained Russia's blessing.",
            {("RUS", "TUR", 1, "support")},
        ),
        ("Turkey won US backing for the operation.", {("USA", "TUR", 1, "support")}),
        ("Iran received Russian help.", {("RUS", "IRN", 1, "aid")}),
        ("Assad received support from Moscow.", {("RUS", "SYR", 1, "support")}),
        (
            "The opposition faces the DAESH threat while fighting intensively against the Syrian regime in Idlib.",
            {("SYR", "SYR", -1, "fight"), (None, "SYR", -1, "threaten")},
        ),
        (
            '"I worked to get not just our allies but also Russia and China on board for the strongest sanctions yet," Clinton said.',
            set(),
        ),
        (
            "The White House expressed skepticism about North Korea's claims.",
            {("USA", "PRK", -1, "distrust")},
        ),
        # ground entered by armed sides (negotiations entered stay talks); posts levelled; leaders
        # eliminated; a military campaign (an election's stays none)
        (
            "Israeli troops entered the Palestinian town of Qalqilya on Monday.",
            {("ISR", "PSE", -1, "coerce")},
        ),
        ("Iran entered negotiations with the United States.", {("IRN", "USA", 1, "consult")}),
        ("Israeli forces swept into the Balata refugee camp near Nablus.", {("ISR", "PSE", -1, "coerce")}),
        ("Israel eliminated the Islamic Jihad leader in a targeted strike.", {("ISR", "PSE", -1, "fight")}),
        ("Israeli forces levelled a Palestinian police post in Rafah.", {("ISR", "PSE", -1, "assault")}),
        ("Britain levelled accusations at Russia.", {("GBR", "RUS", -1, "criticism")}),
        ("Israel stepped up its military campaign against the Palestinians.", {("ISR", "PSE", -1, "fight")}),
        # "in protest" says why, not what: no act at home against oneself
        ("Syria recalled its ambassador in protest.", set()),
        ("Iran cancelled the talks in protest.", set()),
        ("Sudanese teachers went on strike in protest.", {("SDN", "SDN", -1, "protest")}),
    ],
)
def test_tenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation harmed or mended: its sides, whoever the cause
        (
            "The dispute has strained ties between Turkey and the United States.",
            {("TUR", "USA", -1, "distrust"), ("USA", "TUR", -1, "distrust")},
        ),
        (
            "The deal improved ties between Russia and Iran.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        # feelings named by their cause: whom it angered holds the stance
        ("The American decision angered Turkey.", {("TUR", "USA", -1, "criticism")}),
        ("The US plan incensed Turkey.", {("TUR", "USA", -1, "criticism")}),
        ("Washington's move infuriated Ankara.", {("TUR", "USA", -1, "criticism")}),
        ("Turkey was angered by the US decision to arm the Kurds.", {("TUR", "USA", -1, "criticism")}),
        (
            "Ankara, angered by Washington's support for the YPG, threatened to close the base.",
            {("TUR", "USA", -1, "criticism"), ("USA", "SYR", 1, "support")},
        ),
        ("But de Mistura may not want to alienate Putin by boycotting the talks.", set()),
        ("There is anger in Moscow at the US decision.", {("RUS", "USA", -1, "criticism")}),
        ("There is growing frustration in France at US policy.", {("FRA", "USA", -1, "criticism")}),
        ("France voiced frustration at US policy.", {("FRA", "USA", -1, "criticism")}),
        # the sides of talks that a relative clause says started
        (
            "The plan follows two-way talks that started late last year between Baghdad and Damascus.",
            {("IRQ", "SYR", 1, "consult"), ("SYR", "IRQ", 1, "consult")},
        ),
        # backers and patrons, beside the subject they describe (not whom a clause on the backed names)
        ("Moscow, a key backer of Assad, vetoed the resolution.", {("RUS", "SYR", 1, "support")}),
        (
            "Russia and Iran, both backers of the Syrian regime, will attempt to thrash out a deal.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        ("A longtime backer of Damascus, Moscow stepped up its support.", {("RUS", "SYR", 1, "support")}),
        (
            "Turkey, a backer of many groups who stood against the Syrian leader, will attempt to thrash out a deal.",
            set(),
        ),
        (
            "Saudi Arabia, a staunch supporter of the Syrian rebels, denied it.",
            {("SAU", "SYR", 1, "support")},
        ),
        (
            "The Assad regime has clawed back control with extensive backing from Iran and Russia.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        # campaigns: against an armed side a fight, else opposition; rolling back
        (
            "The Syrian regime intensified its campaign against the rebels in Idlib.",
            {("SYR", "SYR", -1, "fight")},
        ),
        ("Iran's campaign against Israel continued.", {("IRN", "ISR", -1, "opposition")}),
        ("Iraqi forces rolled back the Islamic State.", {("IRQ", None, -1, "fight")}),
        (
            "The US is determined to roll back Iranian influence in the region.",
            {("USA", "IRN", -1, "opposition")},
        ),
        # who killed struck, and where; a target one of several attackers shares is the others'
        ("Ten people were killed in air strikes by Russian forces on Idlib.", {("RUS", "SYR", -1, "fight")}),
        (
            "Dozens were killed in the escalating bombing campaign by the Assad regime and Russian air forces on Syria's towns.",
            {("RUS", "SYR", -1, "fight"), ("SYR", "SYR", -1, "assault"), ("SYR", "SYR", -1, "fight")},
        ),
        # military action; at someone's request is no attack on them
        (
            "US President Donald Trump ordered the first direct US military action against Assad's government.",
            {("USA", "SYR", -1, "fight")},
        ),
        ("Washington threatened military action against Damascus.", {("USA", "SYR", -1, "threaten")}),
        (
            "Russia's military intervention in Syria in 2015 at Assad's request has been a strategic success for Putin.",
            set(),
        ),
        # places struck named by a place noun, or by an "in" phrase
        ("A Turkish military assault on the city of Afrin continued.", {("TUR", "SYR", -1, "fight")}),
        ("Russian jets bombed houses in Idlib.", {("RUS", "SYR", -1, "fight")}),
        (
            "Russian warplanes continued the bombardment of rebel-held areas in Idlib.",
            {("RUS", "SYR", -1, "fight")},
        ),
        # who was behind an attack did it; reporting an act with no actor accuses no victim
        ("Russia was behind the attack on the Ukrainian navy.", {("RUS", "UKR", -1, "fight")}),
        (
            "The U.S. says it believes Russian jets were behind the strikes.",
            {("USA", "RUS", -1, "criticism")},
        ),
        ("Activists said the bombing of towns and villages in Idlib continued into Wednesday.", set()),
        ("Israel said the threat of Iran's nuclear breakout was real.", {("ISR", "IRN", -1, "criticism")}),
        # pushing a side to act; a joint statement; a named person called; a name called
        ("Washington pushed Ankara to back down.", {("USA", "TUR", -1, "demand")}),
        (
            "Chirac and Mbeki issued a joint statement.",
            {("FRA", "ZAF", 1, "agree"), ("ZAF", "FRA", 1, "agree")},
        ),
        (
            "French President Jacques Chirac called South African President Thabo Mbeki to discuss the crisis.",
            {("FRA", "ZAF", 1, "consult")},
        ),
        ("Obama called Netanyahu after the vote.", {("USA", "ISR", 1, "consult")}),
        ("Biden called Putin a killer.", {("USA", "RUS", -1, "criticism")}),
        # protests: barricades, boycotted classes, rampages, mutinies, a strike as the means
        ("Ivorian youths set up barricades across Abidjan.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian students boycotted classes in Abidjan.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian opposition supporters rampaged through Abidjan.", {("CIV", "CIV", -1, "protest")}),
        ("Ivorian soldiers mutinied in Bouake.", {("CIV", "CIV", -1, "protest")}),
        (
            "Ivorian opposition supporters paralysed Abidjan with a general strike.",
            {("CIV", "CIV", -1, "protest")},
        ),
        # a description beside its subject is neither a second subject nor lost
        ("A close ally of Iran, Russia vetoed the resolution.", {("RUS", "IRN", 1, "support")}),
        (
            "Russia and Iran, both backers of the Syrian regime, attacked the rebels in Idlib.",
            {
                ("IRN", "SYR", -1, "fight"),
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", -1, "fight"),
                ("RUS", "SYR", 1, "support"),
            },
        ),
        # "whose" is the noun its clause describes; a partner "with"; an embrace "of"
        (
            "Saudi Arabia, whose bitter dispute with Qatar has jeopardised security, denied it.",
            {("SAU", "QAT", -1, "opposition")},
        ),
        ("Iran, whose support for Assad is well known, sent troops.", {("IRN", "SYR", 1, "support")}),
        ("The YPG was a key partner with the US in Syria.", {("SYR", "USA", 1, "support")}),
        (
            "Trump's close embrace of Saudi Arabia angered Iran.",
            {("IRN", "USA", -1, "criticism"), ("USA", "SAU", 1, "support")},
        ),
        # chemical weapons used; attacks on a place of the attacker's own state are at home
        (
            "France has proof that the Assad regime used chemical weapons in Douma.",
            {("SYR", "SYR", -1, "assault")},
        ),
        (
            "The Syrian regime has been stepping up its attacks on Eastern Ghouta.",
            {("SYR", "SYR", -1, "fight")},
        ),
        ("Syrian airstrikes on Aleppo killed ten.", {("SYR", "SYR", -1, "fight")}),
        # support for an act that is no fight is support; for a fight, military cooperation
        (
            "The SDF entered the town with support from the US-led coalition against IS.",
            {("USA", "SYR", 1, "support")},
        ),
        (
            "The SDF are fighting to take the town with support from the US-led coalition against Daesh.",
            {("USA", "SYR", 1, "cooperate")},
        ),
        # a description the parser made a second object describes the name before it
        (
            "Turkey sought a rapprochement with Russia, Assad's most important ally, to kickstart peace negotiations.",
            {("RUS", "SYR", 1, "support"), ("TUR", "RUS", 1, "support")},
        ),
        # sites damaged; the named passive subject of "accused of" does the gerund (not one done instead)
        (
            "A salvo of US cruise missiles have severely damaged a Syrian regime airbase.",
            {("USA", "SYR", -1, "coerce")},
        ),
        ("Iran was accused of arming the Houthis.", {("IRN", "YEM", 1, "aid")}),
        (
            "Instead of warning Erdoğan off a threatened offensive into Syria aimed at Kurdish forces, Washington’s closest allies against Isis, Trump was persuaded in a matter of seconds to abandon Syria.",
            set(),
        ),
        # someone's act as a topic happened all the same; a stop in force is no act; air strikes "on"
        (
            "Turkey and the US however do not see eye to eye on Washington's support for Kurdish militants in northern Syria.",
            {("USA", "SYR", 1, "support")},
        ),
        ("Russia did not comment on Israel's strikes on Syria.", {("ISR", "SYR", -1, "fight")}),
        ("Iranian workers went on a strike.", {("IRN", "IRN", -1, "protest")}),
        (
            "The Kremlin said a moratorium on Russian air strikes against targets in Aleppo remained in place.",
            set(),
        ),
        (
            "Russia called for an end to Turkish attacks on Afrin.",
            {("RUS", "TUR", -1, "demand"), ("TUR", "SYR", -1, "fight")},
        ),
        # what is used is the means, not whom it is used on (since the thirteenth round the weapons'
        # giver aids the user: the clause on the used noun names a gift)
        (
            "During the Iran-Iraq war, Saddam Hussein gassed several Kurdish villages, using chemical weapons given to him by the United States.",
            {("IRN", "IRQ", -1, "fight"), ("IRQ", "IRN", -1, "fight"), ("USA", "IRQ", 1, "aid")},
        ),
        (
            "Riyad Alhassan said that Russian air force has been using cluster munitions in attacks on towns and villages in Aleppo.",
            {("RUS", "SYR", -1, "fight")},
        ),
        ("ISIL Used Chemical Weapons against Syria Kurds in Hasakeh.", set()),
        # a place struck as a passive subject; a place noun's own name or "in" phrase
        ("Aleppo was bombed by Russian jets.", {("RUS", "SYR", -1, "fight")}),
        ("The town of Douma was shelled by Syrian forces.", {("SYR", "SYR", -1, "fight")}),
        ("Russian jets struck the town of Armanaz in Idlib province.", {("RUS", "SYR", -1, "fight")}),
        ("Russian jets bombed houses in the province of Idlib.", {("RUS", "SYR", -1, "fight")}),
        (
            "A Daesh counterattack on Syrian regime forces left 28 militants dead.",
            {(None, "SYR", -1, "fight")},
        ),
        # "in an attempt to": whoever did the act the attempt was made in
        (
            "The Russian Navy conducted a drill in an attempt to deter U.S. naval maneuvers.",
            {("RUS", "USA", -1, "mobilize"), ("RUS", "USA", -1, "threaten")},
        ),
        # a challenge "to"; what a threat is compared with is no one threatened
        ("China's challenge to US dominance grows.", {("CHN", "USA", -1, "opposition")}),
        ("Russia is a greater threat to world peace than the United States.", set()),
        # the state named on a decision does its infinitive
        (
            "Repatriation has been further complicated by the US decision to withdraw troops from Kurdish-held Syria in the next few months.",
            {("USA", "SYR", 1, "retreat")},
        ),
        # allies and rivals of each other (not "enemies of free speech"); a patron's epithet is no event
        (
            "Russia and Iran may be strong allies, but their approach to the conflict is different.",
            {("IRN", "RUS", 1, "support"), ("RUS", "IRN", 1, "support")},
        ),
        (
            "Israel and Iran are bitter rivals.",
            {("IRN", "ISR", -1, "opposition"), ("ISR", "IRN", -1, "opposition")},
        ),
        (
            "As enemies of free speech and a free press, Bin Salman and Erdoğan also share a dislike of brave people.",
            set(),
        ),
        # (since the thirteenth round the hyphenated backer supports the forces, see _backings)
        ("Assad's Russia-backed forces clawed back territory.", {("RUS", "SYR", 1, "support")}),
        # a noun parsed as the sentence's root, with its verb as a clause; "instead of" names no side
        ("The Saudi-led coalition bombed Yemen.", {("SAU", "YEM", -1, "fight")}),
        ("Instead of Cardin, Corker teamed up with Sens.", set()),
        # "with which" after a name; "its ally" beside the name it is conjoined with
        (
            "Also staking its claim in Deir ez-Zor is Iran, with which Russia has partnered to ensure that the opposition can no longer win the war.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        (
            "Syria and its ally Russia deny Damascus carried out any such chemical attack.",
            {("RUS", "SYR", 1, "support")},
        ),
        # a description holds whatever its clause says; a predicate does not
        (
            "The Syrian government and its Russian allies were not immediately available for comment.",
            {("RUS", "SYR", 1, "support")},
        ),
        ("Russia is not Iran's ally.", {("RUS", "IRN", -1, "reject")}),
        # tensions that simmer between two sides; attitudes a side views another with
        (
            "Tensions have simmered between Washington and Ankara for months.",
            {("TUR", "USA", -1, "opposition"), ("USA", "TUR", -1, "opposition")},
        ),
        (
            "Moscow views Iran's difficulties with understanding and even a modicum of sympathy.",
            {("RUS", "IRN", 1, "support")},
        ),
        ("Israel views Iran with suspicion.", {("ISR", "IRN", -1, "distrust")}),
        ("Turkey greeted the US decision with suspicion.", {("TUR", "USA", -1, "distrust")}),
        # support counted on "from" a side; an onslaught; fights of words
        (
            "As the prospect grows of military confrontation with Russia, the US is counting on support from European partners such as France and the UK.",
            {("FRA", "USA", 1, "support"), ("GBR", "USA", 1, "support")},
        ),
        ("The onslaught on Aleppo by Russian jets continues.", {("RUS", "SYR", -1, "fight")}),
        ("Iran launched a diplomatic offensive against Israel.", {("IRN", "ISR", -1, "criticism")}),
        ("Russia launched a propaganda war against Ukraine.", {("RUS", "UKR", -1, "criticism")}),
        ("Russia launched an air offensive against Ukraine.", {("RUS", "UKR", -1, "fight")}),
        # a named person fights with a force on its side; troops fight with their enemy
        ("Jac Holmes, a British volunteer, fought with the YPG.", {("GBR", "SYR", 1, "cooperate")}),
        (
            "Turkish troops fought with the YPG near Afrin.",
            {("SYR", "TUR", -1, "fight"), ("TUR", "SYR", -1, "fight")},
        ),
        # a named place struck by a verb whose objects the lexicon lists (not "hit Iran with sanctions")
        ("Russian air strikes hit Idlib on Monday.", {("RUS", "SYR", -1, "fight")}),
        ("The US hit Iran with new sanctions.", set()),
        (
            "Syrian and Russian air strikes have battered parts of Idlib despite a ceasefire.",
            {("RUS", "SYR", -1, "fight"), ("SYR", "SYR", -1, "fight")},
        ),
        # beside a name, a nationality on a relational noun is the counterpart's
        (
            "Lebanon's Hezbollah, the most important Iranian proxy, has lost more than 1,700 fighters in Syria.",
            {("LBN", "IRN", 1, "cooperate")},
        ),
        ("Russia, a close Syrian ally, vetoed the resolution.", {("RUS", "SYR", 1, "support")}),
    ],
)
def test_eleventh_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two nationalities on one noun: a pair ("Russian-Iranian", "Russian and Iranian"), not two
        # events ("the Syrian and Yemeni wars")
        (
            "Russian-Iranian cooperation has deepened.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        (
            "Russian and Iranian cooperation is strong.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        ("The fatigue in the Syrian and Yemeni wars could lead to accords.", set()),
        # a conflict: its two sides oppose each other; one state's name places it
        (
            "Iran enjoys Russian-American conflict because it makes Russia more dependent on Iran.",
            {("RUS", "USA", -1, "opposition"), ("USA", "RUS", -1, "opposition")},
        ),
        (
            "An Israel-Iran conflict is simmering.",
            {("IRN", "ISR", -1, "opposition"), ("ISR", "IRN", -1, "opposition")},
        ),
        ("More than 210000 people have died in the Syrian conflict.", set()),
        (
            "A suicide bomber killed four people in an attack that took Syria's civil war to the Assad clan's hometown.",
            set(),
        ),
        ("Erdogan's obsession is exacerbating conflict along the Syria-Turkey border.", set()),
        # "between": one side's phrase is no pair; a pair of modifiers or a named pair is
        (
            "A violent conflict between the forces loyal to Syrian President Bashar Assad and opposition factions has been raging in Syria.",
            set(),
        ),
        ("Clashes continued between rebel and regime fighters in Daraa.", {("SYR", "SYR", -1, "fight")}),
        (
            "Bagheri discussed with Shoigu ways of strengthening military-technical cooperation between the two countries, Russia and Iran.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        # a subordinate clause's subject the parser made the object of "as"
        (
            "The row broke out as the US national security adviser, John Bolton, visited Ankara to row back on an announcement.",
            {("USA", "TUR", 1, "consult")},
        ),
        # a backer in a state is the state
        ("Damascus and its backers in Iran saw these areas as sanctuaries.", {("IRN", "SYR", 1, "support")}),
        (
            "It refused to halt the killing machine of the Syrian regime and its deadly supporters in Russia and Iran.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        # a nationality on a person's roots is no state's side
        ("Her hero is Kurdo, a rapper of Iraqi-Kurdish origin who arrived in Germany aged eight.", set()),
        # blame, classification, lawsuits
        (
            "French Foreign Minister Jean-Marc Ayrault said Russia and Iran will be guilty of war crimes if they do not pressure Assad.",
            {("FRA", "IRN", -1, "criticism"), ("FRA", "RUS", -1, "criticism")},
        ),
        ("Turkey classifies the PKK as a terrorist group.", {("TUR", "TUR", -1, "criticism")}),
        (
            "Last year, the European commission began a legal case against the Czech Republic, Hungary and Poland.",
            {
                (None, "CZE", -1, "disapprove"),
                (None, "HUN", -1, "disapprove"),
                (None, "POL", -1, "disapprove"),
            },
        ),
        (
            "The British Foreign Office says Moscow's accusation that Britain directed the attack on Douma is ludicrous.",
            {("GBR", "RUS", -1, "criticism"), ("RUS", "GBR", -1, "criticism")},
        ),
        ("The accusation that Russia made was false.", set()),
        (
            "The newspaper reports Emmanuel Macron's claim that Syria used chemical weapons during an attack in Damascus.",
            {("FRA", "SYR", -1, "criticism")},
        ),
        # negation: a conjunct with its own tense does not share it; "no longer" negates
        (
            "Konashenkov said the Russian air force was not responsible for the bombing and accused Britain of withholding the evidence.",
            {("RUS", "GBR", -1, "criticism")},
        ),
        ("Russia did not attack and kill the protesters.", set()),
        (
            "Iranian-led ground troops have been central to the advance, while opposition groups no longer pose a threat to Israel.",
            set(),
        ),
        # a speaker who reports a mutual conflict or another's worry accuses no one of it
        (
            '"Iran enjoys Russian-American conflict," Bassam Barabandi said.',
            {("RUS", "USA", -1, "opposition"), ("USA", "RUS", -1, "opposition")},
        ),
        (
            '"After the nuclear deal, Putin worried about rapprochement between Iran and the United States," Vaez told me.',
            {
                ("IRN", "USA", 1, "support"),
                ("USA", "IRN", 1, "support"),
                ("RUS", "IRN", -1, "distrust"),
                ("RUS", "USA", -1, "distrust"),
            },
        ),
        (
            "American officials have long worried about Saudi Arabia's role in promoting a hard-line strain of Islam.",
            {("USA", "SAU", -1, "distrust")},
        ),
        (
            "Russia's embassy says it is concerned by reports that the cabinet has agreed to take action against Syria.",
            set(),
        ),
        (
            "US authorities said yesterday that removing the sanctions on Burma is currently out of the question.",
            {("USA", "MMR", -1, "criticism")},
        ),
        # "with" an absolute clause names no side; "according to" names no accord
        ("Turkey launched an offensive against the Kurds with Russia watching closely.", set()),
        (
            "The Syrian army clashed on Thursday with the terrorist groups in Quneitra countryside killing a dissident officer.",
            {("SYR", "SYR", -1, "assault"), ("SYR", "SYR", -1, "fight")},
        ),
        (
            "Russian warplanes struck Idlib with cluster munitions according to Anadolu.",
            {("RUS", "SYR", -1, "fight")},
        ),
        # wording
        ("Turkish troops surrounded Afrin.", {("TUR", "SYR", -1, "coerce")}),
        ("Stalin's attempts at appeasing Turkey caused trouble.", {("RUS", "TUR", 1, "concede")}),
        (
            "France, Spain and Switzerland have taken action against Israel.",
            {
                ("CHE", "ISR", -1, "opposition"),
                ("ESP", "ISR", -1, "opposition"),
                ("FRA", "ISR", -1, "opposition"),
            },
        ),
        ("Russia took the threat seriously.", set()),
        # an act noun's agents on the participle that carries it; contradicting a side
        (
            "Ministers from the UK and France have contradicted Trump's assessment that Isis had been defeated.",
            {("FRA", "USA", -1, "disapprove"), ("GBR", "USA", -1, "disapprove")},
        ),
        (
            "Some 50 civilians in Syria have been killed in airstrikes conducted by a US-led coalition.",
            {("USA", "SYR", -1, "assault")},
        ),
        (
            "A suicide bombing claimed by the Islamic State has killed four Americans in north-eastern Syria.",
            {(None, "USA", -1, "assault")},
        ),
        # a backer "in" a state is the state, a capital too, and where it is is no target
        (
            "Assad and his backers in Moscow and Tehran dismissed the report.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        (
            "That the Assad regime is shielded by his backers in Moscow and Tehran should garner contempt.",
            set(),
        ),
        # spying; a means used for an act; an active participle conjoined to a passive one
        ("Israel spied on Iran.", {("ISR", "IRN", -1, "opposition")}),
        ("Israel conducted espionage operations against Iran.", {("ISR", "IRN", -1, "opposition")}),
        (
            "Israelis are using Azerbaijan for espionage operations against Iran.",
            {("ISR", "IRN", -1, "opposition")},
        ),
        (
            "The problem of Israelis stationed in Azerbaijan and using the country for electronic reconnaissance and espionage operations against Iran grows.",
            {("ISR", "IRN", -1, "opposition")},
        ),
        # "that" hung on the name in a parenthetical participle's "by" phrase is the document's, which
        # its authors wrote (not "controlled by Islamic State which has seized ...")
        (
            "On February 26th, Russia vetoed a resolution, proposed by the U.K. and backed by the United States, that charged Tehran with violating an arms embargo on Yemen.",
            {("GBR", "IRN", -1, "criticism"), ("RUS", "GBR", -1, "reject"), ("RUS", "USA", -1, "reject")},
        ),
        (
            "It was the Syrian army's last foothold in an area otherwise controlled by Islamic State which has seized large areas of Syria and Iraq.",
            {(None, "IRQ", -1, "coerce"), (None, "SYR", -1, "coerce")},
        ),
        # "who" hung on an act noun: the persons before its comma, and whom they are conjoined to
        (
            "The reports prompted a rebuke by Turkey's president and foreign minister, who warned that the Assad regime risked a confrontation with the Turkish army.",
            {("TUR", "SYR", -1, "warning")},
        ),
        (
            "Russian jets later intervened in support of the Syrian army by targeting IS.",
            {("RUS", "SYR", 1, "support"), ("RUS", None, -1, "fight")},
        ),
        # an act noun's "of" hung on its "by" agent; "commit" carries a massacre; a campaign of strikes
        (
            "She was referring to the heavy bombardment by Russian and Syrian warplanes of rebel-held areas in Idlib.",
            {("RUS", "SYR", -1, "fight"), ("SYR", "SYR", -1, "fight")},
        ),
        (
            "Aircraft of the US-led coalition committed a new massacre against Syrians in Raqqa province.",
            {("USA", "SYR", -1, "assault")},
        ),
        (
            "Obama announced the US would intensify its campaign of airstrikes against the Islamic State in northern Syria.",
            {("USA", None, -1, "threaten")},
        ),
        # those withdrawn leave the place (a prisoner freed leaves nothing)
        (
            "All US State Department staff will be withdrawn from Syria in the next 24 hours.",
            {("USA", "SYR", 1, "agree")},
        ),
        ("Prakash could be freed from Turkish custody if the court agreed.", set()),
        # relational nouns named after their comma, with their conjuncts; "his/her" as "its" (not a
        # person's friends)
        (
            "It would draw in Assad's allies, Russia and Iran.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        (
            "The victories were chalked up by Assad and his supporters, principally Iran and Russia.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        ("She and her friends, Amira Abase and Kadiza Sultana, were children when they left the UK.", set()),
        # standoffs: the subject's sides, or the object's, or whom "with" names; "odds" elsewhere is none
        (
            "Russia and Turkey could find themselves at loggerheads.",
            {("RUS", "TUR", -1, "opposition"), ("TUR", "RUS", -1, "opposition")},
        ),
        ("Turkey is at odds with Washington over the Kurds.", {("TUR", "USA", -1, "opposition")}),
        (
            "The Syrian war has placed Washington and Moscow at loggerheads.",
            {("RUS", "USA", -1, "opposition"), ("USA", "RUS", -1, "opposition")},
        ),
        ("The odds of success are low for Russia and Iran.", set()),
        (
            "Israel and Iran are on a collision course.",
            {("IRN", "ISR", -1, "opposition"), ("ISR", "IRN", -1, "opposition")},
        ),
        # an invitation; sponsors of a side (not of an event); chafing; availing
        (
            "Russia and Iran, at the invitation of the Syrian government, are planning to keep forces inside Syria.",
            {("SYR", "IRN", 1, "appeal"), ("SYR", "RUS", 1, "appeal")},
        ),
        (
            "The Assad regime is sponsored by Iran and Russia.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        ("Turkey and Iran are co-sponsoring Vladimir Putin's Syrian dialogue this month.", set()),
        (
            "If the US leaves Syria, it will embolden Russia and Iran, which have chafed at US power in the region.",
            {("IRN", "USA", -1, "disapprove"), ("RUS", "USA", -1, "disapprove")},
        ),
        ("Iran will not avail Russia in the Turkish dimension.", {("IRN", "RUS", -1, "reject")}),
        # "X and its allies backed by Y": the backing is X's side's (not a conjoined opponent's)
        (
            "The Syrian army and its allies backed by Russian warplanes have recently made major advances north of Aleppo.",
            {("RUS", "SYR", 1, "support")},
        ),
        (
            "The clash was between forces loyal to Bashar al-Assad and a Kurdish-led opposition force supported by US advisers.",
            set(),
        ),
        # diplomatic links restored
        ("Qatar has restored diplomatic links with Tehran.", {("QAT", "IRN", 1, "support")}),
        # a hyphenated pair of sides, not an "X-chaired" or "X-endorsed" participle
        (
            "Hours after the new US-Russian agreement was reached, the violence resumed.",
            {("RUS", "USA", 1, "support"), ("USA", "RUS", 1, "support")},
        ),
        ("De Mistura will report to a US-chaired meeting of the UN security council.", set()),
        ("The Trump-endorsed Saudi war in Yemen has cost billions.", set()),
        # "X-led" acts, also as the subject of a report
        (
            "US-led air strikes killed at least 20 Islamic State fighters in northeastern Syria, an organisation monitoring the conflict said on Friday.",
            {("USA", None, -1, "assault")},
        ),
        # "X-led" names the leader of the act on the noun itself, and of the cause of a harm
        (
            "The deal was further strained by US-led coalition strikes on Syrian army positions in the east.",
            {("USA", "SYR", -1, "fight")},
        ),
        ("Russia says 62 Syrian troops killed in US-led strikes", {("USA", "SYR", -1, "assault")}),
        (
            "Air strikes by the US-led coalition killed at least 21 civilians in Raqqa on Monday, a monitor said.",
            {("USA", "SYR", -1, "assault")},
        ),
        ("Journalists were killed in Syria's 30-month war.", set()),
        # an act looked on at happens all the same
        (
            "Turkey has warned it will not stand by and watch a Russian-led attack on Syria's Idlib province.",
            {("RUS", "SYR", -1, "fight"), ("TUR", "RUS", -1, "reject")},
        ),
        # a name run on from a date; losing patience; "as" on the object
        (
            "In September Turkey persuaded Russia to hold off from a full-scale attack on Idlib.",
            {("TUR", "RUS", 1, "appeal")},
        ),
        (
            "It appears Moscow is losing patience with Turkey's efforts to disentangle the rebels.",
            {("RUS", "TUR", -1, "disapprove")},
        ),
        (
            "Turkey has long regarded the growing power of the YPG in northern Syria as a national security threat.",
            {("TUR", "SYR", -1, "criticism")},
        ),
        # the purpose of an asked-for act is asked for too
        (
            "Erdogan urged the United Nations to take urgent action to protect civilians in Idlib.",
            {("TUR", None, 1, "appeal")},
        ),
        # passives the parser hid: a past tense with an agent, a passive conjunct sharing the subject,
        # an agent hung on the verb's phrase, "subjected to ... by"
        (
            "The conflict pits President Bashar al-Assad's government helped by Russia against a wide array of rebel groups.",
            {("RUS", "SYR", 1, "aid")},
        ),
        (
            "The YPG is not a proscribed terrorist group in the UK and is supported in its fight against Isis by the US military.",
            {("USA", "SYR", 1, "support")},
        ),
        (
            "The province of Idlib is held by rebels and is regularly bombarded by Russian warplanes.",
            {("RUS", "SYR", -1, "fight")},
        ),
        (
            "Aleppo and its countryside have been subjected to ferocious onslaught by the Assad regime and Russian forces.",
            {("RUS", "SYR", -1, "fight"), ("SYR", "SYR", -1, "fight")},
        ),
        # sites struck; who suffers strikes, and a gerund that is a noun, strike no one
        (
            "Russia previously targeted locations in Eastern Syria from the Engels Air Base.",
            {("RUS", "SYR", -1, "fight")},
        ),
        (
            "She said the UN continues to receive distressing reports of aerial bombardment and shelling on civilian locations in Aleppo.",
            set(),
        ),
        (
            "Jaish al-Fateh terrorists suffered another blow in similar strikes on their hideouts in the province of Idlib.",
            set(),
        ),
        # a backer's participle the parser hung on a noun that is no side: the side before the comma
        # (not a noun whose reading would pass to the backing)
        (
            "The country lurches towards a political settlement with Bashar al-Assad's regime, backed by Moscow and Tehran, retaining the military momentum.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        # (twenty-first round: the backing is the regime's and, since a describing participle keeps its
        # own modifiers, no refusal; it was once kept out for fear of a "reject")
        (
            "The destruction of Syria was caused by the persistent refusal of the Assad regime, backed by Russia, to negotiate a settlement.",
            {("RUS", "SYR", 1, "support")},
        ),
        # evaluative nouns said of a side
        (
            "Russia will cynically use the UN to claim the US and its allies are aggressors.",
            {("RUS", "USA", -1, "criticism")},
        ),
        ("Lavrov said the Americans were warmongers.", {("RUS", "USA", -1, "criticism")}),
        ("Erdogan called Assad a liar.", {("TUR", "SYR", -1, "criticism")}),
        # a prospect: whoever raises it, hedged
        (
            "France and Britain's Foreign Ministers raised the prospect of investigating Russia for war crimes.",
            {("FRA", "RUS", -1, "investigate")},
        ),
        # a verbless sentence's verb hung on the noun's agent
        (
            "Airstrikes by the US-led coalition killed at least 21 civilians in Raqqa.",
            {("USA", "SYR", -1, "assault")},
        ),
        (
            "The dispute poisoned relations between Russia and Ukraine.",
            {("RUS", "UKR", -1, "distrust"), ("UKR", "RUS", -1, "distrust")},
        ),
    ],
)
def test_twelfth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the CAMEO verb dictionary's tail: acts the lexicon lacked
        ("The United States overthrew the Iraqi government in 2003.", {("USA", "IRQ", -1, "coerce")}),
        (
            "When the US invasion toppled Saddam in 2003, Kurds flocked to Erbil.",
            {("USA", "IRQ", -1, "coerce")},
        ),
        ("Russian troops patrolled the Georgian border.", {("RUS", "GEO", -1, "mobilize")}),
        ("Russia equipped the Syrian army with new tanks.", {("RUS", "SYR", 1, "aid")}),
        ("Iran disputed Iraq's claim to the islands.", {("IRN", "IRQ", -1, "opposition")}),
        ("Turkish officials disputed the White House readout.", {("TUR", "USA", -1, "opposition")}),
        ("Iraq devastated Kuwait.", {("IRQ", "KWT", -1, "assault")}),
        ("Washington compelled Tehran to halt enrichment.", {("USA", "IRN", -1, "coerce")}),
        ("Iraq complied with the United States' demands.", {("IRQ", "USA", 1, "concede")}),
        ("Iran contested the American sanctions.", {("IRN", "USA", -1, "opposition")}),
        ("The US presence has reassured allies such as Saudi Arabia.", {("USA", "SAU", 1, "support")}),
        ("France contacted Algeria about the hostages.", {("FRA", "DZA", 1, "consult")}),
        ("Russia waived Ukraine's debt.", {("RUS", "UKR", 1, "aid")}),
        ("Iran safeguarded Iraq's border.", {("IRN", "IRQ", 1, "aid")}),
        ("All too often Russian vetoes hampered effective UN action.", {("RUS", None, -1, "reject")}),
        ("Japan purchased South Korean goods.", {("JPN", "KOR", 1, "cooperate")}),
        ("Israel imports roughly 40 percent of its oil from Azerbaijan.", {("ISR", "AZE", 1, "cooperate")}),
        ("Trump said the US would devastate Turkey economically.", {("USA", "TUR", -1, "threaten")}),
        (
            "Ilham Ahmed has been touring Washington, Paris and London.",
            {(None, "USA", 1, "consult"), (None, "FRA", 1, "consult"), (None, "GBR", 1, "consult")},
        ),
        (
            "Malaysia and Singapore resolved their dispute over the island.",
            {("MYS", "SGP", 1, "agree"), ("SGP", "MYS", 1, "agree")},
        ),
        # settling a dispute is no dispute, nor backing one
        (
            "Mr. Netanyahu settled a dispute with Turkey at Mr. Obama's request.",
            {("ISR", "TUR", 1, "agree"), ("TUR", "ISR", 1, "agree"), ("USA", "ISR", 1, "appeal")},
        ),
        # inspections of sites, not of damage or schools
        ("US inspectors inspected Iraqi weapons sites.", {("USA", "IRQ", -1, "investigate")}),
        ("People inspect the damage at a market in Syria.", set()),
        # complying with principles concedes to no one at home
        ("The US authorities pledged to comply with the principles of the Law of Armed Conflict.", set()),
        # "force" stays out: its gerunds took the wrong subject
        ("He dictated military conditions, forcing the US to abandon the Kurds.", set()),
        # a conflict one state's name places does nothing as that state
        ("Tillerson said the Syrian conflict would continue to destabilise Europe.", set()),
        # a one-state community's leaders
        (
            "Igbo leaders urged the Nigerian government to release the detainees.",
            {("NGA", "NGA", 1, "appeal")},
        ),
        ("Chechen elders criticized the Russian government.", {("RUS", "RUS", -1, "criticism")}),
        ("Kurdish leaders criticized the Iraqi government.", set()),
        # a gift's giver on a passive
        # (a "prior warning" is notice ahead of a strike, no threat: nineteenth round)
        ("Russia was given a stern warning by the US.", {("USA", "RUS", -1, "warning")}),
        ("Russia was given a warning.", set()),
        # requests, pleas and assurances to a side
        ("Russia will send an official request today to the UK.", {("RUS", "GBR", 1, "appeal")}),
        (
            "Russia has given assurances to the Kurdish People's Protection Units.",
            {("RUS", "SYR", 1, "agree")},
        ),
        (
            "A Turkish court has rejected Australia's request for the extradition of Neil Prakash.",
            {("TUR", "AUS", -1, "reject")},
        ),
        ("Japan expressed regret to China over the incident.", {("JPN", "CHN", 1, "support")}),
        # "ethnic" makes a people, not a state
        ("Serbian police raided ethnic Albanian villages.", set()),
        # "its" in a reported clause is no plural subject's
        (
            "Syria said Israeli jets violated its airspace.",
            {("ISR", "SYR", -1, "reject"), ("SYR", "ISR", -1, "criticism")},
        ),
        ("Iran demanded that the US cancel its strikes.", {("IRN", "USA", -1, "demand")}),
        # an accusation's act noun is the accused's
        (
            "Georgia accused Russia of an attack on Georgia.",
            {("GEO", "RUS", -1, "criticism"), ("RUS", "GEO", -1, "fight")},
        ),
        # "what it called ..."
        ("Iraq condemned what it called a US violation of its airspace.", {("IRQ", "USA", -1, "criticism")}),
        ("Iran denounced what it described as American aggression.", {("IRN", "USA", -1, "criticism")}),
        # votes for and against a side's resolution
        (
            "Egypt voted for rival French and Russian draft resolutions on Syria at the U.N. Security Council.",
            {("EGY", "FRA", 1, "support"), ("EGY", "RUS", 1, "support")},
        ),
        ("China voted against the American resolution.", {("CHN", "USA", -1, "opposition")}),
        ("Britain voted against military action in Syria.", set()),
        # "X-led" forces are X's side
        (
            "Clashes erupted between Syrian Kurdish groups and Turkish-led forces.",
            {("SYR", "TUR", -1, "fight"), ("TUR", "SYR", -1, "fight")},
        ),
        (
            "The Syrian government, Russia and a US-led coalition have carried out air strikes against IS.",
            {("SYR", None, -1, "fight"), ("RUS", None, -1, "fight"), ("USA", None, -1, "fight")},
        ),
        # a name the dictionary does not know leaves a group to the sentence's place
        (
            "Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the demonstration in Baku.",
            {("AZE", "AZE", 1, "agree")},
        ),
        # feelings about a side the subject names
        ("Turkey is angry at the United States.", {("TUR", "USA", -1, "criticism")}),
        ("Iran is happy that Russia has taken the lead in Syria.", {("IRN", "RUS", 1, "praise")}),
        ("Russia is concerned about Turkey's plans.", {("RUS", "TUR", -1, "distrust")}),
        ("Turkey was upset by the American decision.", {("TUR", "USA", -1, "criticism")}),
        ("Iran is happy.", set()),
        ("An angry crowd gathered in Paris.", set()),
        # "do" carries a deal; coming to a side's rescue
        ("Russia's munitions industry did deals with weapons-hungry Iran.", {("RUS", "IRN", 1, "support")}),
        ("Russia did nothing to stop Iran.", set()),
        (
            "Assad is deeply in hock to Russia, whose 2015 military intervention saved his bacon, and Iran, which also came to his rescue.",
            # (and Russia, whose intervention saved him: seventeenth round)
            {("IRN", "SYR", 1, "aid"), ("RUS", "SYR", 1, "aid")},
        ),
        ("Russia rushed to Assad's defence.", {("RUS", "SYR", 1, "aid")}),
        # co-brokers cooperate, as they do in the active voice; a negation elsewhere is not theirs
        (
            "The Sochi peace talks, brokered by Russia and Turkey, collapsed.",
            {("RUS", "TUR", 1, "consult"), ("TUR", "RUS", 1, "consult")},
        ),
        (
            "Syria agreed to destroy its chemical weapons under a deal brokered by Moscow and Washington.",
            {("RUS", "USA", 1, "support"), ("USA", "RUS", 1, "support")},
        ),
        ("HTS is not party to a deal brokered by Russia, Turkey and Iran.", set()),
        ("A truce brokered by Russia took hold.", set()),
        # weapons used against a side, also as the noun the clause describes or the purpose's object
        ("Rebels in Colombia used weapons against the United States.", {("COL", "USA", -1, "fight")}),
        ("Iran is building missiles to use against Israel.", {("IRN", "ISR", -1, "fight")}),
        ("Syria used weapons supplied by Russia.", set()),
        (
            "Saddam Hussein gassed several Kurdish villages, using chemical weapons given to him by the United States.",
            {("USA", "IRQ", 1, "aid")},
        ),
        # where a group is based, past a description of the place
        (
            "A newspaper based in Christian east Beirut has violated a ban by General Michel Aoun.",
            {("LBN", "LBN", -1, "reject")},
        ),
        # a hyphenated backer supports the side the noun names, whatever the clause says of it
        (
            "Lebanon's Iran-backed Hezbollah does not believe the latest Syria crisis will spiral into a wider war.",
            {("IRN", "LBN", 1, "support")},
        ),
        (
            "The move angered Saudi Arabia, which supports rebels fighting against Assad's Moscow-backed government.",
            {("RUS", "SYR", 1, "support")},
        ),
        ("The US-backed Syrian Democratic Forces captured Raqqa.", {("USA", "SYR", 1, "support")}),
        ("The Russian-backed offensive continued.", set()),
        # who is behind an act did it; forces loyal to a leader are the leader's
        ("Britain said Russia was behind the attack.", {("GBR", "RUS", -1, "criticism")}),
        ("Iran was behind the attacks on Saudi oil facilities.", {("IRN", "SAU", -1, "fight")}),
        ("Forces loyal to Bashar al-Assad attacked the town of Douma.", {("SYR", "SYR", -1, "fight")}),
        # differences divide; the difference between two states compares them
        (
            "Moscow and Tehran still have differences, and their common goals have disparate motives.",
            {("IRN", "RUS", -1, "opposition"), ("RUS", "IRN", -1, "opposition")},
        ),
        ("The difference between Russia and Iran is their economy.", set()),
        # a model name the tagger calls an adjective; a headline's passive
        ("A Russian Su-25 fighter jet was shot down by Syrian rebels.", {("SYR", "RUS", -1, "fight")}),
        ("175 Nusra Terrorists Killed Injured in Castello Road in Aleppo.", set()),
        ("20 Syrian Soldiers Killed in Turkish Airstrike.", {("TUR", "SYR", -1, "assault")}),
        (
            "Syrian Army Reportedly Engaged in Fierce Fighting Against Daesh in Homs",
            {("SYR", None, -1, "fight"), (None, "SYR", -1, "fight")},
        ),
        # the dictionary's armed groups: Peru's Tupac Amaru (MRTA)
        (
            "Tupac Amaru rebels seized the Japanese ambassador's residence in Lima.",
            {("PER", "JPN", -1, "coerce")},
        ),
        (
            "Iran and Russia have resolved their differences.",
            {("IRN", "RUS", 1, "agree"), ("RUS", "IRN", 1, "agree")},
        ),
    ],
)
def test_thirteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Coalition condemned the Russian airstrikes.",
        "President of the Syrian Coalition Anas Abdah condemned the Russian airstrikes.",
    ],
)
def test_the_syrian_coalition_is_the_opposition_not_the_state_or_its_president(
    stances_of: Callable[..., list[Stance]], text: str
) -> None:
    rows = stances_of(text)
    assert {(s.source_id, s.target_id, s.category) for s in rows} == {
        ("group:syrian-opposition", "RUS", "criticism")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-initial name word the tagger makes a preposition ("Barack" IN), and a conjunct
        # the parser hangs on a mention's other word
        (
            "Barack Obama and Vladimir Putin met in Zurich.",
            {("USA", "RUS", 1, "consult"), ("RUS", "USA", 1, "consult")},
        ),
        (
            "Barack Obama and Vladimir Putin met on Friday.",
            {("USA", "RUS", 1, "consult"), ("RUS", "USA", 1, "consult")},
        ),
        # a call between two sides, not two speeches
        (
            "Emmanuel Macron and Vladimir Putin spoke by phone on Friday.",
            {("FRA", "RUS", 1, "consult"), ("RUS", "FRA", 1, "consult")},
        ),
        ("Macron and Putin spoke at the conference.", set()),
        # an intent verb carries the reciprocal noun, as "offered" does
        (
            "Xi Jinping and Vladimir Putin pledged closer cooperation.",
            {("CHN", "RUS", 1, "agree"), ("RUS", "CHN", 1, "agree")},
        ),
        (
            "China and Russia promised closer cooperation.",
            {("CHN", "RUS", 1, "agree"), ("RUS", "CHN", 1, "agree")},
        ),
        # times and numbers in a phrase name no one: the government forces stay unnamed, so Syria's
        (
            "Syria's opposition accused government forces of gassing hundreds of people on Wednesday.",
            {("SYR", "SYR", -1, "criticism")},
        ),
        # a government's forces are its state's, at home; with no place, no one's
        ("Government forces shelled rebel positions in Syria.", {("SYR", "SYR", -1, "fight")}),
        ("Government forces shelled rebel positions.", set()),
        # an "of" on a list of agents is the last one's owner, not the raid's target (no SYR -> USA)
        (
            "Air raids by regime aircraft and warplanes of the US-led coalition killed 25 civilians in Idlib.",
            {("SYR", "SYR", -1, "assault")},
        ),
        # a place noun's own "in" phrase places it before the gazetteer's namesake (Mansoura, Egypt)
        (
            "Regime aircraft bombed a factory in the town of Mansoura in rural Aleppo.",
            {("SYR", "SYR", -1, "fight")},
        ),
        # a place noun's possessor places it
        ("Russian jets targeted Aleppo's opposition-held Atarib district.", {("RUS", "SYR", -1, "fight")}),
        # a group holds no state assets: its surrender to the state's army is a domestic retreat
        ("Opposition fighters in Syria surrendered to the Syrian army.", {("SYR", "SYR", 1, "retreat")}),
        ("The men surrendered in Albu Kamal.", set()),
        # a news outlet spoken with is an interview (CNN is no USA)
        ("Rouhani spoke with CNN on Monday.", set()),
        # nouns of intent, as "is willing to": the act is announced (and "signal" carries them)
        (
            "Washington signalled its willingness to hold talks with North Korea.",
            {("USA", "PRK", 1, "agree")},
        ),
        ("Washington expressed willingness to hold talks with North Korea.", {("USA", "PRK", 1, "agree")}),
        ("Russia questioned Iran's willingness to compromise.", set()),
        # ending hostilities de-escalates (CAMEO 087), it does not undo a hostile act into nothing
        ("Turkey ended hostilities with Syria.", {("TUR", "SYR", 1, "retreat")}),
        ("Ankara expressed readiness to end hostilities with Damascus.", {("TUR", "SYR", 1, "agree")}),
        # what partners work on is no partner; an entry's own "on" still is ("called on Iran")
        (
            "Russia agreed to cooperation on Syria with Iran.",
            {("RUS", "IRN", 1, "agree"), ("IRN", "RUS", 1, "agree")},
        ),
        (
            "Russia and Iran held talks on Syria.",
            {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")},
        ),
        ("Russia called on Iran to show restraint.", {("RUS", "IRN", 1, "appeal")}),
        # returned ships, forgiven or written-off debts
        ("Russia returned the seized ships to Ukraine.", {("RUS", "UKR", 1, "retreat")}),
        ("Russia forgave Syria's debt.", {("RUS", "SYR", 1, "aid")}),
        ("Russia wrote off Syria's debt.", {("RUS", "SYR", 1, "aid")}),
        # found guilty or liable, as convicted
        (
            "A British court found two Russian agents guilty of the poisoning.",
            {("GBR", "RUS", -1, "disapprove")},
        ),
        ("The court found him not guilty.", set()),
        # funding cut; supplies cut to a place are cut to its state (troops sent there are not)
        ("Washington cut funding to the Palestinians.", {("USA", "PSE", -1, "sanction")}),
        ("Israel cut off electricity to Gaza.", {("ISR", "PSE", -1, "sanction")}),
        ("Russia sent troops to Aleppo.", set()),
        # unknown gunmen who open fire on people somewhere are that place's unidentified attackers
        ("Gunmen opened fire on worshippers at a mosque in Kabul.", {("AFG", "AFG", -1, "fight")}),
        ("Gunmen opened fire in Kabul.", set()),
        # co-guarantors and co-hosts cooperate, as co-brokers do (the passive and conjoined participles)
        (
            "The talks were hosted by Russia and Iran.",
            {("RUS", "IRN", 1, "consult"), ("IRN", "RUS", 1, "consult")},
        ),
        ("The talks were hosted by Kazakhstan.", set()),
        (
            "The Astana talks, hosted by Kazakhstan and sponsored by Russia and Iran, ended.",
            {
                ("RUS", "IRN", 1, "consult"),
                ("IRN", "RUS", 1, "consult"),
                ("KAZ", "RUS", 1, "consult"),
                ("RUS", "KAZ", 1, "consult"),
                ("KAZ", "IRN", 1, "consult"),
                ("IRN", "KAZ", 1, "consult"),
            },
        ),
        # each of two or more conjoined speakers says it (one voice per state; fellow speakers are one side)
        (
            "Washington and Paris say Russia is responsible for the attack.",
            {("USA", "RUS", -1, "criticism"), ("FRA", "RUS", -1, "criticism")},
        ),
        (
            "The US, UK and France say Russia is to blame.",
            {
                ("USA", "RUS", -1, "criticism"),
                ("GBR", "RUS", -1, "criticism"),
                ("FRA", "RUS", -1, "criticism"),
            },
        ),
        ("The US, UK and France say they carried out the airstrikes to enforce a norm.", set()),
        (
            "Russia and Iran said the US strikes were illegal.",
            {("RUS", "USA", -1, "criticism"), ("IRN", "USA", -1, "criticism")},
        ),
        # a civil organ of listed states is each of them (troops are not: they serve abroad)
        (
            "Lawmakers in Russia and Iran condemned the United States.",
            {("RUS", "USA", -1, "criticism"), ("IRN", "USA", -1, "criticism")},
        ),
        ("Troops in Syria and Iraq attacked the rebels.", set()),
        # reactions an act brings on its author come from the "from" side
        (
            "Turkey has hinted at establishing a safe zone near Manbij, prompting objections from Iran and Russia.",
            {("IRN", "TUR", -1, "opposition"), ("RUS", "TUR", -1, "opposition")},
        ),
        ("The Turkish offensive provoked protests from Moscow.", {("RUS", "TUR", -1, "protest")}),
        (
            "The pair were captured by Kurdish fighters, prompting negotiations between the UK and the US.",
            {("GBR", "USA", 1, "consult"), ("USA", "GBR", 1, "consult")},
        ),
        # opposing a measure against a side stands by that side (not refusing or breaching one, and
        # not opposing an attack, whose victims may be a place's people)
        ("Russia vetoed a resolution condemning Iran.", {("RUS", "IRN", 1, "support")}),
        ("Russia opposed new sanctions on Iran.", {("RUS", "IRN", 1, "support")}),
        ("Russia did not oppose the sanctions on Iran.", set()),
        ("The United States backed a resolution condemning Iran.", {("USA", "IRN", -1, "opposition")}),
        (
            "Russia condemned the US strikes on Syria.",
            {("RUS", "USA", -1, "criticism"), ("USA", "SYR", -1, "fight")},
        ),
        # Russia-Iran phrasings: an appeal for help, a supplier, a permission revoked, drones used
        ("Tehran turned to Moscow for help.", {("IRN", "RUS", 1, "appeal")}),
        ("Iran turned to the next item.", set()),
        ("Russia is Iran's largest arms supplier.", {("RUS", "IRN", 1, "aid")}),
        ("Iran revoked Russia's permission to use the Hamadan base.", {("IRN", "RUS", -1, "sanction")}),
        ("Iranian drones were used by Russian forces in Ukraine.", set()),  # the means, not a target
        # an unreal past ("would/could have done") is neither a report, nor a pledge, nor a refusal;
        # "should have" reproaches, "will have" infers that it was done
        ("Assad would not have used chemical weapons had it not been for Russian support.", set()),
        ("Russia would have helped Syria.", set()),
        ("Russia would not have helped Syria.", set()),
        ("Russia has helped Syria.", {("RUS", "SYR", 1, "aid")}),
        # help named beside the subject, between commas
        (
            "Syrian troops, with the support of Russian air power, retook Aleppo.",
            {("RUS", "SYR", 1, "cooperate")},
        ),
    ],
)
def test_fourteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


# Fifteenth round (2026-12-07): misses and false positives of the dev half of the real-sentence gold
# (benchmarks/gold_sentences.yml), each mended by a rule that is not about that sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feeling whose "that" clause names whom it is about (passive and active)
        (
            "The US is frustrated Russia has not put pressure on Assad to negotiate at Geneva.",
            {("USA", "RUS", -1, "criticism")},
        ),
        ("Israel worries that Iran will build a bomb.", {("ISR", "IRN", -1, "distrust")}),
        ("Israel worries about the weather.", set()),
        # whom a verb is aimed at does the "for" gerund, as a direct object does
        (
            "Moscow hit out at Boris Johnson for accusing Russia of committing war crimes in Syria.",
            {("RUS", "GBR", -1, "criticism"), ("GBR", "RUS", -1, "criticism")},
        ),
        # a capital one hits out at is its government, not a place
        ("Recep Tayyip Erdogan lashed out at Washington.", {("TUR", "USA", -1, "criticism")}),
        ("Protesters gathered at Washington's Lafayette Square.", set()),
        # a deployment beside an ally is military cooperation, as fighting beside one is
        (
            "The Pentagon deployed 200 special forces troops alongside the Syrian Democratic Forces.",
            {("USA", "SYR", 1, "cooperate")},
        ),
        # a visit scheduled or arranged is a visit
        (
            "French Foreign Minister Laurent Fabius scheduled a visit to China.",
            {("FRA", "CHN", 1, "consult")},
        ),
        # the sides of a ceasefire agreed on are not the partners of those who agree
        (
            "Russia and Iran agreed to a ceasefire between Syria and Turkey.",
            {("RUS", "IRN", 1, "agree"), ("IRN", "RUS", 1, "agree")},
        ),
        # where aid is sent from is no recipient
        ("The CIA sent weapons from Jordan and Turkey to Syria.", {("USA", "SYR", 1, "aid")}),
        # a war's sides in the article's theatre (its places are Syria's)
        (
            "Troops shelled Homs, Idlib and Aleppo. Hezbollah says it is fighting alongside regime forces.",
            {("LBN", "SYR", 1, "cooperate")},
        ),
        (
            "Troops shelled Homs, Idlib and Aleppo. Russian jets bombed rebel-held areas.",
            {("RUS", "SYR", -1, "fight")},
        ),
        # support one keeps is the owner's support; support lost is none
        ("Bashar al-Assad retains Moscow's support.", {("RUS", "SYR", 1, "support")}),
        ("Bashar al-Assad has lost Moscow's support.", set()),
        # the sent do what they were sent for
        ("Russian troops were sent to Syria to support Assad.", {("RUS", "SYR", 1, "support")}),
        ("Turkey voiced misgivings over the US plan.", {("TUR", "USA", -1, "disapprove")}),
        # lives claimed are people killed, of the place they died in
        (
            "US-led coalition strikes have claimed hundreds of civilian lives in parts of Syria.",
            {("USA", "SYR", -1, "assault")},
        ),
        ("The war has claimed 400,000 lives.", set()),
        # killed in clashes with a side: that side killed them
        (
            "Dozens of Russian nationals were killed in clashes with US forces.",
            {("USA", "RUS", -1, "assault")},
        ),
        # an invitation to visit a state is that state's
        ("Trump has received an invitation to visit Turkey in 2019.", {("TUR", "USA", 1, "appeal")}),
        # clearing another side of a hostile act defends it; clearing one's own side defends no one
        ("Assad said Russia was not behind the attack.", {("SYR", "RUS", 1, "support")}),
        ("Russia denied that Damascus was behind the attack.", {("RUS", "SYR", 1, "support")}),
        ("Russia denied that its jets were behind the attack.", set()),
        ("US officials said Moscow was responsible for the attack.", {("USA", "RUS", -1, "criticism")}),
        # a military operation against an armed side is a fight
        (
            "Turkey launched a military operation against Kurdish forces in Syria.",
            {("TUR", "SYR", -1, "fight")},
        ),
        ("The operation against the deal failed.", set()),
        # support kept, named by a compound (FA-KES's lost apostrophe)
        ("The SDF retains US backing.", {("USA", "SYR", 1, "support")}),
        # examples named after "such as" are the ones bidden
        ("Moscow persuaded countries such as the UAE to reopen embassies.", {("RUS", "ARE", 1, "appeal")}),
        # what a view is on is no act reported
        (
            "Yildirim said he was sure Russia and Iran shared his view on barring the Kurds from any role.",
            set(),
        ),
        # a conjoined "by" is an agent too; the pronoun after a clause of time is its subject
        (
            "Trump was contradicted by his own intelligence chiefs and by British ministers.",
            {("GBR", "USA", -1, "disapprove")},
        ),
        (
            "When Trump first made the claim, he was sharply contradicted by British ministers.",
            {("GBR", "USA", -1, "disapprove")},
        ),
        ("When the war began, he fled to Turkey.", set()),
        # gas released is no prisoner released; pictures released are words
        ("Moscow has said rebels may have released gas to discredit Assad.", set()),
        ("In October, Turkey released a US pastor detained for two years.", {("TUR", "USA", 1, "retreat")}),
        # Kurdish fighters in a Syrian theatre are Syria's
        (
            "Troops shelled Homs, Idlib and Aleppo. Turkish jets bombed Kurdish fighters.",
            {("TUR", "SYR", -1, "fight")},
        ),
    ],
)
def test_fifteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim stood by is no side stood by; its clause names the accused
        ("Trump stood by his charge that Assad's forces were responsible.", set()),
        ("Trump stood by Erdogan.", {("USA", "TUR", 1, "support")}),
        # the aim hung on the agent of the participle that carries the act noun; NER's "Raqqa
        # province" is the place Raqqa
        (
            "A new attack launched by the US-led coalition on residential areas in the northern Raqqa "
            "province caused a massacre.",
            {("USA", "SYR", -1, "fight")},
        ),
        # FA-KES's lost apostrophes, read as possessives: the owner, not a word of its own
        ("Iran is Syrias closest ally.", {("IRN", "SYR", 1, "support")}),
        ("Iran is Assads strongest regional ally.", {("IRN", "SYR", 1, "support")}),
        (
            "Turkey and the US do not see eye to eye on Washingtons support for Kurdish militants in "
            "northern Syria.",
            {("USA", "SYR", 1, "support")},
        ),
        # an organisation NER names after the bare possessive is the state's
        (
            "On Wednesday Russias Defense Ministry declared a 48-hour truce in Aleppo.",
            {("RUS", "SYR", 1, "retreat")},
        ),
        # a strike in a place is no strike on its state (the struck are named, or none is)
        ("Russian strikes in Syria continued.", set()),
        # "demonstrating" a thing shows it; a crowd that demonstrates protests
        (
            "After Syria, Mr Putin travelled on to Cairo, demonstrating Russia's new clout.",
            {("RUS", "EGY", 1, "consult")},
        ),
        ("Serbs demonstrated outside the US embassy.", {("SRB", "USA", -1, "protest")}),
        ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", {("SRB", "SRB", -1, "protest")}),
        ("Presumably they must now watch the Americans march away.", set()),
        # the enemy of help asked for is not whom it is asked of
        (
            "Syrian Kurdish fighters appealed to the Assad regime for help against the threat of attack by Turkey.",
            {("SYR", "SYR", 1, "appeal")},
        ),
        ("Iran asked Russia for support against the United States.", {("IRN", "RUS", 1, "appeal")}),
        # support one enjoys from an "of" phrase is the owner's; the let in do their purpose
        ("Assad retains the support of Russia.", {("RUS", "SYR", 1, "support")}),
        (
            "The Assad regime enjoys the active support of its allies, particularly Russia.",
            {("RUS", "SYR", 1, "support")},
        ),
        (
            "Syrian troops were allowed into Afrin to counter Turkish forces.",
            {("SYR", "TUR", -1, "criticism")},
        ),
        # a war's victims are the theatre's people
        (
            "Troops shelled Homs, Idlib and Aleppo. At least 13 civilians were killed in airstrikes by "
            "regime and Russian fighter jets on the town of Alghantou on Friday.",
            {("RUS", "SYR", -1, "assault"), ("SYR", "SYR", -1, "assault")},
        ),
        # a deployment for a side is no show of force against it; support reinforced is support
        ("Russia sent troops to Syria to support Assad.", {("RUS", "SYR", 1, "support")}),
        (
            "Turkey sent troops into Syria to fight the YPG.",
            {("TUR", "SYR", -1, "mobilize"), ("TUR", "SYR", -1, "fight"), ("SYR", "TUR", -1, "fight")},
        ),
        (
            "Russia and Iran have both reinforced their support for Bashar al-Assad.",
            {("RUS", "SYR", 1, "support"), ("IRN", "SYR", 1, "support")},
        ),
        ("Russia reinforced its troops in Syria.", {("RUS", "SYR", -1, "mobilize")}),
        # what is discussed is a topic: the sides of a "whether" clause are no partners
        ("Macron discussed whether France could replace US troops.", set()),
        (
            "Macron discussed with Merkel whether a French presence could replace US troops.",
            {("FRA", "DEU", 1, "consult"), ("DEU", "FRA", 1, "consult")},
        ),
        # a place struck does not act; the participle after it is the striker's act
        (
            "Troops shelled Homs, Idlib and Aleppo. Regime helicopters dropped four barrel bombs on an "
            "opposition-held town of Dael in the southern province of Daraa killing 10 people.",
            set(),
        ),
        (
            "Russian jets bombed a rebel-held town in Idlib province killing 10 civilians.",
            {("RUS", "SYR", -1, "assault"), ("RUS", "SYR", -1, "fight")},
        ),
        (
            "Troops shelled Homs, Idlib and Aleppo. Iranian forces escalated their bombardment of the Wadi "
            "Barada valley northwest of Damascus pounding the rebel-held enclave.",
            {("IRN", "SYR", -1, "fight")},
        ),
    ],
)
def test_sixteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list whose commas FA-KES lost is still a list; "the Russia Iran deal" is none
        (
            "Eastern Ghouta is part of a zone under a deal between Russia Iran and Turkey aimed at reducing violence.",
            {(a, b, 1, "support") for a in ("RUS", "IRN", "TUR") for b in ("RUS", "IRN", "TUR") if a != b},
        ),
        (
            "Russia Iran and Syria condemned the United States.",
            {
                ("RUS", "USA", -1, "criticism"),
                ("IRN", "USA", -1, "criticism"),
                ("SYR", "USA", -1, "criticism"),
            },
        ),
        ("The Russia Iran deal was signed.", set()),
        # in a passive with its agent, "from" says where the doers come from
        (
            "The civil war pits Bashar al Assad backed by Russia Iran and Shia Muslim militias from Lebanon Iraq "
            "and Afghanistan against an array of mostly Sunni Muslim opposition groups.",
            {("RUS", "SYR", 1, "support"), ("IRN", "SYR", 1, "support"), ("LBN", "SYR", 1, "support")},
        ),
        ("Syria was attacked by Israel from Lebanon.", {("ISR", "SYR", -1, "fight")}),
        # a side turned on; guns turned on a place
        ("The United States turned on Saddam Hussein in 1990.", {("USA", "IRQ", -1, "opposition")}),
        ("Russia turned on the lights in Tehran.", set()),
        (
            "Turkey's leaders instead turned their guns on Afrin, a small pocket of north-western Syria.",
            {("TUR", "SYR", -1, "fight")},
        ),
        # a stop asked for, or refused, leaves the act going on; a stop done is a refusal
        ("Russia must stop supporting Assad.", {("RUS", "SYR", 1, "support")}),
        ("Russia refused to stop supporting Assad.", {("RUS", "SYR", 1, "support")}),
        ("Russia did not stop arming Iran.", {("RUS", "IRN", 1, "aid")}),
        ("Russia has stopped arming Iran.", {("RUS", "IRN", -1, "reject")}),
        ("The US urged Russia to stop bombing Syrian rebels.", {("USA", "RUS", 1, "appeal")}),
        # penalties aimed are sanctions, not strikes
        ("The United States imposed tariffs targeting China.", {("USA", "CHN", -1, "sanction")}),
        ("Iranian banks were hit by US sanctions.", {("USA", "IRN", -1, "sanction")}),
        ("The new US sanctions have hit Iran's oil exports.", {("USA", "IRN", -1, "sanction")}),
        ("Russian jets targeted rebels in Idlib.", {("RUS", "SYR", -1, "fight")}),
        # a hostile act as a passive's agent, with its own doer
        (
            "At least 14 civilians were killed by airstrikes carried out by the US-led international coalition in "
            "the outskirts of Raqqa in northern Syria Al Mayadeen TV channel reported on Sunday.",
            {("USA", "SYR", -1, "assault")},
        ),
        # what is fended off is no partner; what is saved for someone is no rescue
        ("They headed into Afrin to help defend the besieged Kurdish city from Turkish attack.", set()),
        ("Clinton saved much of her most forceful rhetoric for Trump.", set()),
        ("Russia saved the Assad regime.", {("RUS", "SYR", 1, "aid")}),
        # an act owned by "whose" is the described side's, also where the parser lost the clause
        (
            "Assad is grateful to Russia, whose intervention saved Assad.",
            {("RUS", "SYR", 1, "aid"), ("SYR", "RUS", 1, "praise")},
        ),
        (
            "Assad thanked Russia, whose ally Iran attacked the United States.",
            {("IRN", "USA", -1, "fight"), ("SYR", "RUS", 1, "praise")},
        ),
        # persuading a named side of something bids it
        ("Moscow convinced the UAE that Assad would win.", {("RUS", "ARE", 1, "appeal")}),
        ("Moscow convinced reporters that Assad would win.", set()),
        # each nationality of a list on a conjunct names a side
        (
            "Obamas announcement drew protests from Damascus and its Iranian and Russian allies.",
            {
                ("SYR", "USA", -1, "protest"),
                ("IRN", "USA", -1, "protest"),
                ("RUS", "USA", -1, "protest"),
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", 1, "support"),
            },
        ),
        # an object pronoun is not its own clause's subject
        ("Trump said Putin praised him.", {("RUS", "USA", 1, "praise")}),
        # the one helped is the small clause's subject, not whom that one acts on
        ("The YPG helped the US-led coalition push Isis out of Syria.", {("SYR", "USA", 1, "aid")}),
        # help sought, support relied on, action in cooperation
        ("Turkey sought Moscow's blessing for the operation.", {("TUR", "RUS", 1, "appeal")}),
        ("The Saudis rely on US support in their wars.", {("USA", "SAU", 1, "support")}),
        (
            "The Russian Aerospace Forces in cooperation with the Syrian army carried out 468 sorties.",
            {("RUS", "SYR", 1, "cooperate")},
        ),
        # sites an armed group holds are the group's, not their place's state's
        ("Russian jets struck terrorist targets in the Syrian provinces of Aleppo and Homs.", set()),
        ("Russian jets struck targets in Syria.", {("RUS", "SYR", -1, "fight")}),
        # backing an ouster opposes the one ousted
        ("The UK supports Assad's removal.", {("GBR", "SYR", -1, "opposition")}),
        ("The UK remains committed to Assad's removal.", {("GBR", "SYR", -1, "opposition")}),
        ("Russia supports the removal of chemical weapons from Syria.", {("RUS", "SYR", 1, "support")}),
        # forces moved near a side; not the forces themselves, nor where they came from
        ("The United States moved warships closer to Syria.", {("USA", "SYR", -1, "mobilize")}),
        ("The United States sent warships towards Syria.", {("USA", "SYR", -1, "mobilize")}),
        ("Russia moved troops from Syria to Crimea.", set()),
        # conjuncts name their own sides
        (
            "Erdogan vowed to combat Islamic State terrorists and Syrian Kurdish fighters.",
            {("TUR", None, -1, "threaten"), ("TUR", "SYR", -1, "threaten")},
        ),
        # a clause whose subject the parser made the verb's object names no partner
        (
            "Erdogan and Biden agreed the obstacle to Assad can be resolved.",
            {("TUR", "USA", 1, "agree"), ("USA", "TUR", 1, "agree")},
        ),
        # what it said the condemned thing was
        (
            "The White House condemned what it said was a reprehensible attack carried out by Assad's forces.",
            {("USA", "SYR", -1, "criticism")},
        ),
        ("Putin says Turkey is evil.", {("RUS", "TUR", -1, "criticism")}),
        # a backer of strikes against a side opposes it; a backer of a side supports it
        (
            "France has been a strong backer of action including possible strikes against Syrian leader "
            "Bashar al-Assad's forces.",
            {("FRA", "SYR", -1, "opposition")},
        ),
        ("Russia is a strong backer of Assad.", {("RUS", "SYR", 1, "support")}),
        # a side's crimes named in a report accuse it
        (
            "The Syrian Coalition said that the United Nations continues to ignore Russia's crimes.",
            {("SYR", "RUS", -1, "criticism"), (None, "RUS", -1, "reject")},
        ),
        ("Crime rates in Moscow fell.", set()),
        # what a judgement calls its object is a role, also when it is an act noun
        (
            "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro.",
            {("ALB", "SRB", -1, "criticism")},
        ),
        # a sentence opened by "He" goes on about the one person the sentence before named
        (
            "Rival sides will need to overcome the hurdle of the fate of Syrian President Bashar al-Assad. "
            "He retains Moscows support.",
            {("RUS", "SYR", 1, "support")},
        ),
        ("Reporters asked about Putin and Trump. He praised Iran.", set()),
        # ... and "It" or "They" about the states the sentence before was about
        ("Russia vetoed the draft. It accused Ukraine of provocations.", {("RUS", "UKR", -1, "criticism")}),
        (
            "Russia and China vetoed the draft. They criticised the United States.",
            {("RUS", "USA", -1, "criticism"), ("CHN", "USA", -1, "criticism")},
        ),
        ("Russia vetoed the draft. It is clear that Iran is angry.", set()),
        ("The talks collapsed. It criticised Iran.", set()),
        # an infinitive conjunct shares the first one's frame: refused both
        ("Russia refused to help Iran and to attack Ukraine.", {("RUS", "IRN", -1, "reject")}),
    ],
)
def test_seventeenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision or stance with its owner named is the owner's; the place is its topic
        ("Putin welcomed Trump's Syria decision.", {("RUS", "USA", 1, "praise")}),
        ("Britain criticised Obama's Syria policy.", {("GBR", "USA", -1, "criticism")}),
        ("Russia praised Iran's Syria stance.", {("RUS", "IRN", 1, "praise")}),
        # a conjunct named by its apposition acts with the first
        (
            "Bombardment by the Assad regime and its ally Russia killed 80 civilians in Aleppo.",
            {("RUS", "SYR", -1, "assault"), ("RUS", "SYR", 1, "support"), ("SYR", "SYR", -1, "assault")},
        ),
        ("The rebels detained the activist Marcel Shehwaro and her friend, Mohammad Khalili.", set()),
        # who must suffer a hostile act is the one a reported obligation is on; not a kind act
        (
            "Obama has argued that Assad must be punished for the use of poison gas.",
            {("USA", "SYR", -1, "demand")},
        ),
        ('"Assad must be punished," Obama said.', {("USA", "SYR", -1, "demand")}),
        ("Boris Johnson said Russia should be investigated for war crimes.", {("GBR", "RUS", -1, "demand")}),
        (
            "Obama demanded that Assad be held accountable.",
            {("USA", "SYR", -1, "demand"), ("USA", "SYR", -1, "opposition")},
        ),
        ("Obama said Assad should be held accountable.", {("USA", "SYR", -1, "demand")}),
        ("Obama said Assad must be protected.", set()),
        ("Obama said Iran should be included in the talks.", set()),
        # (not a noun that names no side)
        ("Moscow says accusations on both sides must be investigated.", set()),
        # a conjunct the parser hung on an object is the subject a next clause lacks
        (
            "Though Syria has objected to the Turkish invasion and Russia had urged restraint, all three sides have cooperated in the assault.",
            {("SYR", "TUR", -1, "reject")},
        ),
        (
            "A truce deal agreed by Iran and Russia and rebel backer Turkey has been in place since July.",
            {
                ("IRN", "RUS", 1, "agree"),
                ("IRN", "TUR", 1, "agree"),
                ("RUS", "IRN", 1, "agree"),
                ("RUS", "TUR", 1, "agree"),
                ("TUR", "IRN", 1, "agree"),
                ("TUR", "RUS", 1, "agree"),
            },
        ),
        # what a side has of another's backing is the other's support for it
        ("Syria has the backing of Iran.", {("IRN", "SYR", 1, "support")}),
        ("Assad has Russia's support.", {("RUS", "SYR", 1, "support")}),
        ("Russia has the support of its people.", set()),
        ("Iran has good relations with Russia.", {("IRN", "RUS", 1, "cooperate")}),
        # forces pushed back are fought; people pushed back to a place are not
        ("Turkey pushed back the YPG.", {("TUR", "SYR", -1, "fight")}),
        ("The government is attempting to push them back to Syria.", set()),
        ("Russian behaviour is obliging the west to push back against Russia.", set()),
        # degrading an enemy's capabilities; disrupting its supply lines
        ("Turkey wants to degrade the military capabilities of the YPG.", {("TUR", "SYR", -1, "threaten")}),
        (
            "Israel is determined to disrupt Iranian lines of communication, control and supply to Hezbollah.",
            {("ISR", "IRN", -1, "threaten")},
        ),
        ("Israel disrupted Iran's supply lines.", {("ISR", "IRN", -1, "coerce")}),
        # (a conjunct named by its apposition, also after a title)
        (
            "The US has supported, first President Hamid Karzai and then his successor, Ashraf Ghani, with huge amounts of aid.",
            {("USA", "AFG", 1, "support")},
        ),
        # the allies named after an ally noun are hit, not left out with it
        (
            "Turkey criticised Assad's allies, Russia and Iran.",
            {
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", 1, "support"),
                ("TUR", "IRN", -1, "criticism"),
                ("TUR", "RUS", -1, "criticism"),
            },
        ),
        ("Turkey criticised Assad's allies.", set()),
        # an owner's title read as the head of what he owns
        (
            "Turkey is increasingly cooperating with the Syrian president Bashar al-Assad's main backers, Iran and Russia.",
            {
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", 1, "support"),
                ("IRN", "TUR", 1, "cooperate"),
                ("RUS", "TUR", 1, "cooperate"),
                ("TUR", "IRN", 1, "cooperate"),
                ("TUR", "RUS", 1, "cooperate"),
            },
        ),
        ("Iran praised the Syrian president, Bashar al-Assad.", {("IRN", "SYR", 1, "praise")}),
        (
            "The Syrian government its ally Russia and a US-led coalition have all carried out air strikes against IS in Raqa.",
            {("RUS", None, -1, "fight"), ("SYR", None, -1, "fight"), ("USA", None, -1, "fight")},
        ),
        # keeping or putting first one's ties with a side; protecting a side is still aid
        (
            "The US refused to intervene, prioritising its ties with Turkey over its new ally.",
            {("TUR", "USA", 1, "cooperate"), ("USA", "TUR", 1, "cooperate")},
        ),
        (
            "Russia and Iran maintained ties.",
            {("IRN", "RUS", 1, "cooperate"), ("RUS", "IRN", 1, "cooperate")},
        ),
        ("Russia protected Syria.", {("RUS", "SYR", 1, "aid")}),
        # the "with" side of a war is whom it is against: opposing or ruling it out is no hostility
        ("Russia ruled out a war with Iran.", set()),
        ("France opposed a war with Iraq.", set()),
        ("Russia backed a war with Iraq.", {("RUS", "IRQ", -1, "opposition")}),
        ("Russia ruled out talks with Israel.", {("RUS", "ISR", -1, "reject")}),
    ],
)
def test_eighteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object's last conjunct that is the next clause's subject is not an object
        (
            "The hotline prevents a clash in the Syrian conflict, where Russia is backing the government and "
            "the United States supports some opposition forces.",
            set(),
        ),
        (
            "Russia is backing the government and the United States supports Turkey.",
            {("USA", "TUR", 1, "support")},
        ),
        # "respectively" pairs the lists in order
        (
            "Vladimir Putin and Recep Tayyip Erdoğan, who have backed the Syrian government and rebels "
            "respectively, are due to meet in Tehran on Friday.",
            {("RUS", "SYR", 1, "support"), ("RUS", "TUR", 1, "consult"), ("TUR", "RUS", 1, "consult")},
        ),
        (
            "Russia and Iran condemned Israel and the United States respectively.",
            {("IRN", "USA", -1, "criticism"), ("RUS", "ISR", -1, "criticism")},
        ),
        (
            "Russia and Iran condemned Israel and the United States.",
            {
                ("IRN", "ISR", -1, "criticism"),
                ("IRN", "USA", -1, "criticism"),
                ("RUS", "ISR", -1, "criticism"),
                ("RUS", "USA", -1, "criticism"),
            },
        ),
        # what was given away is held by whom it was given to
        ("Iran seized weapons given by Washington.", set()),
        ("Iran seized a tanker owned by Britain.", {("IRN", "GBR", -1, "coerce")}),
        # a capital naming a meeting or an accord is where, not who; a pair of capitals names the sides
        (
            "The opposition's Riyadh agreement, which demands Assad's resignation, will not form part of the "
            "negotiations.",
            set(),
        ),
        ("The Minsk agreement demands that Russia withdraw its troops.", set()),
        ("Russia welcomed the Astana talks.", set()),
        ("Moscow talks with Tehran about oil.", {("IRN", "RUS", 1, "consult"), ("RUS", "IRN", 1, "consult")}),
        (
            "A western official familiar with the Baghdad–Washington talks said the US will jump on it.",
            {("IRQ", "USA", 1, "consult"), ("USA", "IRQ", 1, "consult")},
        ),
        # what is ruled out does not happen; a refusal of talks is still a rejection
        ("We rule out the situation developing into a direct American-Russian clash, Qassem said.", set()),
        ("Russia ruled out any talks with the United States.", {("RUS", "USA", -1, "reject")}),
        # "could not ... without X" names a condition, not a refusal, and blames no one
        (
            "Turkish jets could not operate over Syria's north-west without both Russia and Syria agreeing "
            "not to use their missile systems against them.",
            {("RUS", "SYR", 1, "agree"), ("SYR", "RUS", 1, "agree")},
        ),
        ("The offensive cannot succeed without Russian help for Assad.", {("RUS", "SYR", 1, "aid")}),
        ('"Without pressure from Russia, the political process will not work," Hariri said.', set()),
        # what a thing is meant for is its topic, not its side
        (
            "Erdoğan denounced an agreement signed with the EU intended to deal with the Syrian refugee crisis.",
            {("TUR", None, -1, "criticism")},
        ),
        # a group's legal status in wire copy is no ban of the day; a ban is
        ("Kurdish-led forces killed 47 Daesh militants (Daesh outlawed in Russia) near Tabqah.", set()),
        (
            "Jabhat al-Nusra (Nusra Front) both outlawed in Russia and a range of other states are not part "
            "of the deal.",
            set(),
        ),
        ("Germany outlawed Hezbollah in April.", {("DEU", "LBN", -1, "coerce")}),
        # a phrase's own noun aimed at a side; a list closed by its own "and" in a fronted phrase
        ("Zakharova took a jab at the United States.", {("RUS", "USA", -1, "criticism")}),
        (
            "To the surprise of Bolton and Erdoğan, Trump instantly sided with the Turkish president.",
            {("USA", "TUR", 1, "support")},
        ),
        (
            "In January, Russia, China, and France criticized the United States.",
            {
                ("CHN", "USA", -1, "criticism"),
                ("FRA", "USA", -1, "criticism"),
                ("RUS", "USA", -1, "criticism"),
            },
        ),
        ("Trump called out Iran.", {("USA", "IRN", -1, "criticism")}),
        ("Trump expressed his disappointment with Russia.", {("USA", "RUS", -1, "criticism")}),
        # what an unowned effort aims at is its content; a cause is no target
        ("Trump has ignored diplomatic efforts to end Syria’s seven-year civil war.", set()),
        ("Russia backed efforts to isolate Iran.", set()),
        (
            "Idlib administration on Monday announced it was suspending its work as a result of intensive "
            "aerial bombardment by the Russian and Assad regime air forces.",
            {("SYR", "RUS", -1, "criticism")},  # the report of another's attack accuses it; no sanction
        ),
        ("Russia suspended talks with the US as a result of the strikes.", {("RUS", "USA", -1, "sanction")}),
        # notice given ahead between militaries is no threat; a call for a meeting is an appeal
        ("The US gave Russia advance warning of that attack through a deconfliction notice.", set()),
        ("The US gave Russia a warning.", {("USA", "RUS", -1, "warning")}),
        ("Russia was given prior warning by the US.", set()),
        (
            "Putin called for a congress of Syrian regime and opposition figures.",
            {("RUS", "SYR", 1, "appeal")},
        ),
    ],
)
def test_nineteenth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


def test_respective_pairs_hold_inside_a_quote(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of('"Russia and Iran condemned Israel and the United States respectively," Lavrov said.')
    pairs = {(s.source_country, s.target_country) for s in rows if s.category == "criticism"}
    assert {("RUS", "ISR"), ("IRN", "USA")} <= pairs
    assert not {("RUS", "USA"), ("IRN", "ISR")} & pairs


def test_a_condition_is_hedged_not_refused(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("The offensive cannot succeed without Russian help for Assad.")
    assert [(s.category, s.hedged) for s in rows] == [("aid", True)]


# Twentieth round (2026-12-07): samples of the corpus table and dev misses
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks are held somewhere; the place of a refused act is its target
        ("The Syrian delegation refused to engage in Geneva.", set()),
        ("Russia refused to deploy peacekeepers in Iraq.", {("RUS", "IRQ", -1, "reject")}),
        # an admission accuses no one; a plain report of another's attack does
        (
            "Moscow has acknowledged that its nationals were killed by a US-led coalition strike.",
            {("USA", "RUS", -1, "assault")},
        ),
        (
            "Moscow has said that its nationals were killed by a US-led coalition strike.",
            {("USA", "RUS", -1, "assault"), ("RUS", "USA", -1, "criticism")},
        ),
        # a relative clause on a predicate noun is done by what the noun is said of
        ("Russia is the country that protected the Syrian president.", {("RUS", "SYR", 1, "aid")}),
        ("Russia seems certain to emerge as the victor that protected Assad.", {("RUS", "SYR", 1, "aid")}),
        ("Washington views Moscow as the power that backs Assad.", {("RUS", "SYR", 1, "support")}),
        ("The problem is the militia that attacked the base.", set()),
        # a perfect tense the parser read as "has" + an adjective
        ("The US has cautiously backed rebel groups in Syria.", {("USA", "SYR", 1, "support")}),
        (
            "The US has backed rebel groups, on and off, such as the Syrian Democratic Forces.",
            {("USA", "SYR", 1, "support")},
        ),
        ("Iran has armed groups in Iraq.", set()),
        # a floating "all" stands for the list before it
        (
            "The incident brought swift condemnation, with the United States, France and Britain all pointing "
            "the finger at Assad.",
            {
                ("FRA", "SYR", -1, "criticism"),
                ("GBR", "SYR", -1, "criticism"),
                ("USA", "SYR", -1, "criticism"),
            },
        ),
        # a bare title before a name the parser cut off ("by ally Russia")
        ("Syrian government forces backed by ally Russia advanced.", {("RUS", "SYR", 1, "support")}),
        # breaking off talks; forcing and pushing a side out; an aim of an armed side
        ("Kerry broke off talks with Lavrov.", {("USA", "RUS", -1, "sanction")}),
        ("Turkey forced the YPG out of Afrin.", {("TUR", "SYR", -1, "coerce")}),
        ("Turkey pushed the YPG out of Afrin.", {("TUR", "SYR", -1, "coerce")}),
        ("Turkey aims to drive the YPG out of Afrin.", {("TUR", "SYR", -1, "threaten")}),
        # an object we cannot read is still someone: the act is not against the group's own state
        ("Syrian rebels have pushed them out of the city.", set()),
        ("Syrian rebels blew up power lines.", {("SYR", "SYR", -1, "coerce")}),
        # a named foe is no unnamed organ of one's own state, though the tagger misreads its name
        (
            "Syrian government troops and Syrian Kurdish fighters had been battling to push IS forces out of "
            "the city.",
            {("SYR", None, -1, "coerce"), ("SYR", None, -1, "fight")},
        ),
        # an adjective about a thing evaluates no one; one that judges its subject does
        (
            "“The US and Russia are now closer to a direct collision than at any time since the cold war,” "
            "Dmitri Trenin wrote.",
            set(),
        ),
        ("Russia is close to Iran.", {("RUS", "IRN", 1, "praise")}),
        (
            "Ayrault said Russia and Iran will be guilty of war crimes if they don't pressure Assad.",
            {("FRA", "IRN", -1, "criticism"), ("FRA", "RUS", -1, "criticism")},
        ),
        # going on with one's own plan is no demand; an offensive gone on with is no ally
        ("Russia will be able to press ahead with its political solution for Syria.", set()),
        ("Russia pressed ahead with an offensive against Syrian rebels.", {("RUS", "SYR", -1, "fight")}),
        ("Russia pressed Iran to withdraw.", {("RUS", "IRN", -1, "demand")}),
        # a thing on a side's border is not the side's; a place there is placed by it
        ("Washington is backing a “terror force” on Turkey’s border.", set()),
        (
            "An Israeli air strike on a government-held village on the Syrian side of the ceasefire line "
            "killed five soldiers.",
            {("ISR", "SYR", -1, "fight")},
        ),
        # the topic of a policy deeper in a phrase is no side; a risked clash is not (yet) one
        (
            "Erdoğan called on the US not to allow deep disagreements over their Syria policy to impede "
            "future cooperation between the two countries.",
            {("TUR", "USA", 1, "appeal")},
        ),
        # a blow delivered is an attack; aid delivered is aid
        (
            "On Friday the Israeli combat planes delivered a missile strike on Syrian army positions.",
            {("ISR", "SYR", -1, "fight")},
        ),
        ("Russia delivered aid to Syria.", {("RUS", "SYR", 1, "aid")}),
        # a lost comma: an apposition past the verb is not the subject's; a clause under a preposition
        # is read for its subject only
        (
            "At least 20 members of the Daesh terrorist group were killed Thursday in northern Syria during a "
            "military operation by the Turkish Armed Forces and the U.S.-led coalition the Turkish military "
            "announced Friday.",
            {("TUR", None, -1, "assault")},
        ),
        (
            "The strikes carried out by either Russian or Syrian warplanes hit the village of Hass prompting "
            "outrage from UNICEF director Anthony Lake.",
            set(),
        ),
        (
            "US troops have shot down Iranian drones and exchanged fire with Russian contractors working for a "
            "pro-regime militia.",
            {("USA", "IRN", -1, "fight"), ("USA", "RUS", -1, "fight"), ("RUS", "USA", -1, "fight")},
        ),
        # an "anti-"/"pro-" line or mood of a named holder
        (
            "European diplomats remain sceptical that Pompeo and Pence will dial down their anti-Iran "
            "rhetoric at the summit.",
            {("USA", "IRN", -1, "opposition")},
        ),
        ("The US pursued an anti-Iranian policy.", {("USA", "IRN", -1, "opposition")}),
        ("Hillary Clinton and Donald Trump are relatively pro-Israel.", {("USA", "ISR", 1, "support")}),
        ("Anti-American sentiment is rising in Turkey.", set()),
        (
            "Trump criticised Erdogan's anti-American rhetoric.",
            {("TUR", "USA", -1, "opposition"), ("USA", "TUR", -1, "criticism")},
        ),
        # a backed act's leader is backed; so is the name beside a backed noun
        (
            "The Syrian Kurds had spearheaded a US-backed campaign to oust Isis from Raqqa.",
            {("USA", "SYR", 1, "support")},
        ),
        ("A US-backed group, the SDF, advanced.", {("USA", "SYR", 1, "support")}),
        # every nationality of a list modifies the noun
        (
            "Trump was ordering the biggest military operation in Syria to date: a salvo of 105 missiles from "
            "American, French and British ships and planes, to punish a chemical weapons attack attributed to "
            "Bashar al-Assad’s regime.",
            {("USA", "SYR", -1, "coerce"), ("FRA", "SYR", -1, "coerce"), ("GBR", "SYR", -1, "coerce")},
        ),
        # who does it along with the subject
        (
            "Russia, together with Iran, backs Assad.",
            {("IRN", "SYR", 1, "support"), ("RUS", "SYR", 1, "support")},
        ),
        # a place noun after its name is the named place; a side led by a state is the state's
        ("Russian jets bombed Idlib province.", {("RUS", "SYR", -1, "fight")}),
        (
            "A coalition of Gulf states led by Saudi Arabia launched air strikes against the Houthis.",
            {("SAU", "YEM", -1, "fight")},
        ),
        (
            "Other donor countries responded with the She Decides initiative, led by Dutch minister Lilianne "
            "Ploumen, which set out to compensate for the shortfall created by the Trump administration.",
            set(),
        ),
        # a vow of revenge is a threat; a vow that something is so states it
        ("Iran vowed revenge against Israel.", {("IRN", "ISR", -1, "threaten")}),
        ("Trump promised a tough response to Iran.", {("USA", "IRN", -1, "threaten")}),
        (
            "Obama had vowed that any use of chemical weapons by Bashar al-Assad would cross a red line.",
            set(),
        ),
        # a tweet reports; a stronghold of a place is the place unless its holder is named; "the
        # province" is the province named before
        (
            "Trump tweeted that Britain, France and Germany should take back their fighters.",
            {("USA", "DEU", -1, "demand"), ("USA", "FRA", -1, "demand"), ("USA", "GBR", -1, "demand")},
        ),
        (
            "Before invading the Kurdish stronghold of Afrin last month, Erdoğan told the US to get out of the way.",
            {("TUR", "SYR", -1, "fight"), ("TUR", "USA", -1, "demand")},
        ),
        ("Russian jets bombed the Islamic State stronghold of Raqqa.", {("RUS", None, -1, "fight")}),
        ("Russian jets bombed the province.", set()),
        # a feeling about an act is about whose act it is
        (
            "Trump expressed his disappointment with Russian and Iranian support for Assad.",
            {
                ("IRN", "SYR", 1, "support"),
                ("RUS", "SYR", 1, "support"),
                ("USA", "IRN", -1, "criticism"),
                ("USA", "RUS", -1, "criticism"),
            },
        ),
        # whose act an "in support of" phrase hangs on supports
        ("Moscow began its intervention in support of Assad's government.", {("RUS", "SYR", 1, "support")}),
        ("Russian jets carried out strikes in support of Assad's forces.", {("RUS", "SYR", 1, "support")}),
        # the purpose of nothing done is not done
        ("Obama did not lift a finger to help the Syrian people.", {("USA", "SYR", -1, "reject")}),
        ("Russia did nothing to help Syria.", {("RUS", "SYR", -1, "reject")}),
        ("Russia sent troops to help Syria.", {("RUS", "SYR", 1, "aid")}),
        # vetoing or defying a measure aimed at a side stands by the side; backing one is against it
        ("Russia vetoed a resolution against Syria.", {("RUS", "SYR", 1, "support")}),
        ("Russia supported a resolution against Syria.", {("RUS", "SYR", -1, "opposition")}),
        ("Russia could defy any punitive measures against Assad.", {("RUS", "SYR", 1, "support")}),
        # an envoy is the sending state's, not the host's
        (
            "Russia’s ambassador to the UK, Alexander Yakovenko, said Russia had warned of a staged attack.",
            set(),
        ),
    ],
)
def test_twentieth_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


THEATRE = "Troops shelled Homs, Idlib and Aleppo. "  # a Syrian war story's places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of a clause on a noun in a fronted phrase is that event's place: the prosecutor is not
        # Myanmar's
        (
            "Following a precedent set last year in Myanmar, the group wants the chief prosecutor to open a "
            "case against Assad.",
            set(),
        ),
        # a commitment met or not is no meeting
        ("Russia maintained the agreement despite Ankara’s failure to meet its commitment to Moscow.", set()),
        # a people split between states is the theatre's part of it, unless a place says otherwise
        (THEATRE + "Turkey has threatened to attack the Kurds.", {("TUR", "SYR", -1, "threaten")}),
        (
            THEATRE + "The Kurds have fought Isis since 2014 in Iraq.",
            {("IRQ", None, -1, "fight"), (None, "IRQ", -1, "fight")},
        ),
        (THEATRE + "Turkey regards the Kurdish groups as terrorists.", {("TUR", "SYR", -1, "criticism")}),
        (THEATRE + "Turkish jets struck Kurdish militants.", {("TUR", "SYR", -1, "fight")}),
        (THEATRE + "Kurdish-led forces attacked Isis.", {("SYR", None, -1, "fight")}),
        # a conjunct shares a participle's subject, not its agent
        (
            "Turkey’s leaders, angered by Washington but not willing to confront Syria, instead turned their "
            "guns on Iraq.",
            {("TUR", "USA", -1, "criticism"), ("TUR", "SYR", 1, "agree"), ("TUR", "IRQ", -1, "fight")},
        ),
        # what an act did not do is not a denial that it was done; an act that never came about is
        ("Russian strikes have not deterred Turkey.", set()),
        (
            "The alliance between Russia and Iran never materialised.",
            {("RUS", "IRN", -1, "reject"), ("IRN", "RUS", -1, "reject")},
        ),
        # the leader of a state's people is the people's, not the state's head
        (
            "The leader of the Syrian Kurds has called for a small international observer force.",
            {("SYR", "SYR", -1, "demand")},
        ),
        # fought with a force in the fight against a third: alongside it
        (
            THEATRE
            + "Dozens of Kurdish militants who had fought with US forces in the fight against Islamic "
            "State have now allied with Syrian regime forces.",
            {("SYR", "USA", 1, "cooperate"), ("SYR", "SYR", 1, "cooperate")},
        ),
        # a relative pronoun object before a second, predicate object
        (
            "He joined the YPG, which Turkey considers a terrorist organisation.",
            {("TUR", "SYR", -1, "criticism")},
        ),
        # the owner of an attempt pressed ahead with does it
        (
            THEATRE
            + "Ankara can press ahead with its attempts to drive the Syrian Kurds out of Afrin province.",
            {("TUR", "SYR", -1, "fight")},
        ),
        # a thing of the subject's own does not do the gerund
        (
            "Turkey has shifted its focus from fighting Isis in Syria to preventing the YPG from establishing a "
            "foothold along its border.",
            {("TUR", None, -1, "fight"), ("TUR", "SYR", -1, "coerce")},
        ),
        # a relative clause with no pronoun: its object is the noun it is on
        (
            THEATRE + "Damascus was attacked by the rebels Turkey supports.",
            {("SYR", "SYR", -1, "fight"), ("TUR", "SYR", 1, "support")},
        ),
        (THEATRE + "He joined the Kurdish militia the US armed.", {("USA", "SYR", 1, "aid")}),
        (
            "Iran, whose Revolutionary Guards are fighting alongside Assad’s forces, said it would respect the "
            "resolution.",
            {("IRN", "SYR", 1, "cooperate")},
        ),
        # a listing as terrorists is a designation; the agent hung on the "as" phrase, a conjoined
        # participle's noun, and the participle's own time
        (
            "HTS, seen as the Syrian franchise of al-Qaida and listed as terrorists by Russia and the UN, will "
            "be expected to evacuate the zone.",
            {("RUS", "SYR", -1, "sanction"), (None, "SYR", -1, "sanction")},
        ),
        ("The PKK is proscribed by Britain.", {("GBR", "TUR", -1, "sanction")}),
        # the Kurds' own officials and sites, in the theatre
        (
            THEATRE + "Canada and the Kurdish administration struck a deal to repatriate Canadian citizens.",
            {("CAN", "SYR", 1, "agree"), ("SYR", "CAN", 1, "agree")},
        ),
        (THEATRE + "Kurdish officials accused Turkey of war crimes.", {("SYR", "TUR", -1, "criticism")}),
        (
            THEATRE + "Kurdish leaders met Russian officials in Moscow.",
            {("SYR", "RUS", 1, "consult"), ("RUS", "SYR", 1, "consult")},
        ),
        (THEATRE + "Turkish troops shelled Kurdish positions near Manbij.", {("TUR", "SYR", -1, "fight")}),
        (THEATRE + "Turkey launched an offensive on the Kurdish enclave.", {("TUR", "SYR", -1, "fight")}),
        # where a truce holds is no party to it
        (
            "Russia and the US agreed a truce for Syria.",
            {("RUS", "USA", 1, "agree"), ("USA", "RUS", 1, "agree")},
        ),
        # a place's neighbour across the border is not whose the place is
        (
            "ISIL terrorists beheaded eight Syrian militants who had surrendered in a town on the border with "
            "Iraq last week.",
            {("SYR", "SYR", 1, "retreat"), (None, "SYR", -1, "assault")},
        ),
        ("Lavrov took a dig at the US.", {("RUS", "USA", -1, "criticism")}),
        # an object "him" is not its own clause's subject: the one other person named before it
        (
            "Netanyahu rejects Trump's remarks about Muslims but will meet with him.",
            {("ISR", "USA", -1, "reject"), ("ISR", "USA", 1, "agree"), ("USA", "ISR", 1, "agree")},
        ),
        ("Trump said Putin praised him.", {("RUS", "USA", 1, "praise")}),
        # the doer of a thing a relative clause says was done by someone; not of a thing abandoned
        (
            "Turkey condemned the crime which was committed by Russian jets.",
            {("TUR", "RUS", -1, "criticism")},
        ),
        ("Turkey supported the deal that was abandoned by the US.", set()),
        ("Trump called out Russia for its support of Assad.", {("USA", "RUS", -1, "criticism")}),
        # a halt put on one's own act is a halt of it; criticising another's halt is not
        ("Britain announced a suspension of its aid to Syria.", {("GBR", "SYR", -1, "reject")}),
        ("Russia criticised the suspension of their aid to Syria.", {("RUS", "SYR", -1, "criticism")}),
        # a named agreement reached is no party to it
        (
            "Early in September 2013 the United States and Russia reached the Framework for Elimination of "
            "Syrian Chemical Weapons.",
            {("USA", "RUS", 1, "agree"), ("RUS", "USA", 1, "agree")},
        ),
        (
            "Ankara hopes to dislodge the YPG from the enclave of Afrin, which borders Turkey.",
            {("TUR", "SYR", -1, "fight")},
        ),
        ("Assad ally Russia vetoed the resolution.", {("RUS", "SYR", 1, "support")}),
        # the armed opposition of the war at home; "which" right after the last name of a list
        (
            THEATRE
            + "His forces tried to cut supply lines between rebel-held districts of the city and nearby "
            "Turkey which supports opposition forces.",
            {("TUR", "SYR", 1, "support")},
        ),
        (
            THEATRE + "The raids formed part of an escalation by the Syrian government and allies including "
            "Russia which fired missiles at rebels.",
            {("RUS", "SYR", -1, "fight")},
        ),
        ("The strike on Syria which killed 20 people was condemned.", set()),
        # troops withdrawn from where they are posted
        ("Trump withdrew US troops based in Iraq.", {("USA", "IRQ", 1, "retreat")}),
        # a counterweight to a side, whoever it is said of
        (
            "Russia has long presented itself as a counterweight to Iran in Syria.",
            {("RUS", "IRN", -1, "opposition")},
        ),
        ("Israel sees Moscow as a counterweight to Iran.", {("RUS", "IRN", -1, "opposition")}),
        # a cold war is rivalry, not battle
        ("Relations were strained by Riyadh’s cold war with Qatar.", {("SAU", "QAT", -1, "opposition")}),
        # a hostile act allowed is no concession to its target; a side's own act allowed is one to the side
        ("The U.S. Congress debates whether to allow limited strikes on Syria.", set()),
        (
            "Moscow moved personnel from Afrin and allowed the Turkish strikes in airspace it controls.",
            {("RUS", "TUR", 1, "retreat")},
        ),
    ],
)
def test_twenty_first_round_probes(stances_of: Callable[..., list[Stance]], text: str, expected: set) -> None:
    assert dyads(stances_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("It is likely Washington and Moscow will ultimately side with Ankara.", True),
        ("Washington is likely to side with Ankara.", True),
        ("It is possible that Washington will side with Ankara.", True),
        ("It is clear that Washington sided with Ankara.", False),
        # speculation, and the clause the parser hung on the verb right after it
        (
            "Officials are attempting to kill off speculation Russia would retaliate against British bases.",
            True,
        ),
        # a backing wanted, which the parser read as a clause
        ("Turkey wants Russia’s backing for its plan to weaken the Kurds in north-western Syria.", True),
    ],
)
def test_a_likelihood_or_a_wish_is_hedged(
    stances_of: Callable[..., list[Stance]], text: str, hedged: bool
) -> None:
    rows = stances_of(text)
    assert rows and all(s.hedged is hedged for s in rows)


def test_a_participle_describing_a_noun_keeps_its_own_time(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("Iran, backed by Russia, could attack Israel.")
    assert {(s.source_country, s.target_country, s.category, s.hedged) for s in rows} == {
        ("RUS", "IRN", "support", False),
        ("IRN", "ISR", "fight", True),
    }


def test_background_opened_by_they_is_dated_to_its_own_time(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of(
        "For centuries, the neighboring Russian and Persian empires were rivals. They fought a series of "
        "wars between the seventeenth and nineteenth centuries."
    )
    fights = [s for s in rows if s.category == "fight"]
    assert {(s.source_id, s.target_id) for s in fights} == {
        ("RUS", "state:persian-empire"),
        ("state:persian-empire", "RUS"),
    }
    assert all(s.date == "1600" and s.date_source == "expression" for s in fights)


@pytest.mark.parametrize(
    "text",
    [
        "The war between a U.S.-Israeli alliance and Iran seemed inevitable.",
        "Russia appears to have bombed the hospital in Idlib.",
        # an act noun in prospect
        "A possible war between Iran and Israel worries Europe.",
        "Syria will be the theatre in any coming war between Hezbollah and Iran against Israel.",
    ],
)
def test_what_only_seems_is_hedged(stances_of: Callable[..., list[Stance]], text: str) -> None:
    rows = stances_of(text)
    assert rows and all(s.hedged for s in rows)


def test_whom_an_invitation_is_to_is_to_act_hedged(stances_of: Callable[..., list[Stance]]) -> None:
    visit = stances_of("Rouhani was invited to visit Moscow.")
    talks = stances_of("Iran was invited to hold talks with the United States.")
    assert {(s.source_country, s.target_country, s.category, s.hedged) for s in visit} == {
        ("IRN", "RUS", "consult", True)
    }
    assert ("IRN", "USA", "consult", True) in {
        (s.source_country, s.target_country, s.category, s.hedged) for s in talks
    }
    assert stances_of("Iran was urged to stop enrichment.") == []  # whom a demand is made on: not yet


def test_rebels_placed_by_the_scene_are_its_rebels_and_gunmen_stay_unidentified(
    stances_of: Callable[..., list[Stance]],
) -> None:
    rebels = stances_of("Muslim separatists bombed a market in the southern Philippines.")
    gunmen = stances_of("Unknown gunmen bombed a market in the southern Philippines.")
    assert {s.source_id for s in rebels} == {"group:phl-rebels"}
    assert {s.source_id for s in gunmen} == {"group:phl-unidentified"}


def test_unidentified_attackers_are_an_actor_that_says_so() -> None:
    resolver = ActorResolver()
    record = resolver.actor(resolver.unidentified_attackers("IRQ"))
    assert (record.actor_id, record.name, record.kind, record.country) == (
        "group:irq-unidentified",
        "Unidentified attackers in Iraq",
        "group",
        "IRQ",
    )


def test_no_actor_no_row(stances_of: Callable[..., list[Stance]]) -> None:
    assert stances_of("The resolution was vetoed.") == []
    assert stances_of("They criticized the decision.") == []


# --- the seed articles end to end ---------------------------------------------------------------


def seed_stances(name: str) -> pd.DataFrame:
    from relations.ingest import read_articles
    from relations.parse import parse_articles

    resolver = ActorResolver()
    articles, _ = read_articles([RAW_DIR / name])
    parsed = next(parse_articles(articles))
    mentions = resolver.extract(parsed)
    quotes = extract_quotes(parsed, mentions, resolver)
    rows = extract_stances(parsed, mentions, quotes, extract_dates(parsed), resolver)
    return pd.DataFrame(rows, columns=Stance._fields)


def mean_intensity(frame: pd.DataFrame, source: str, target: str) -> float:
    dyad = frame[(frame.source_country == source) & (frame.target_country == target)]
    assert len(dyad), f"no {source}->{target} stance"
    return float(dyad.intensity.mean())


def test_wright_2018_russia_and_iran_cooperate_and_both_oppose_the_us() -> None:
    frame = seed_stances("004_2513f709a0890ad6.txt")
    assert mean_intensity(frame, "RUS", "IRN") > 0
    assert mean_intensity(frame, "IRN", "RUS") > 0
    assert mean_intensity(frame, "IRN", "USA") < 0
    assert mean_intensity(frame, "USA", "IRN") < 0
    # Russia's veto of the Western resolution on February 26th is dated to that day
    veto = frame[
        (frame.source_country == "RUS") & (frame.category == "reject") & (frame.date == "2018-02-26")
    ]
    assert len(veto) >= 1


def test_memri_columnist_distrusts_iran_while_the_defence_chiefs_cooperate() -> None:
    frame = seed_stances("000_5c96164e5080614d.txt")
    columnist = frame[frame.source_id.str.contains("mirzayan") & (frame.target_country == "IRN")]
    assert len(columnist) >= 3 and columnist.polarity.mean() < 0
    ministers = frame[
        frame.source_id.str.contains("bagheri|shoigu") & frame.target_id.str.contains("bagheri|shoigu")
    ]
    assert len(ministers) >= 1 and (ministers.polarity > 0).all()
    # the article has no publication date and the rows do not invent one
    assert frame.date_source.isin(["expression"]).sum() + frame.date.isna().sum() == len(frame)


# --- scoring --------------------------------------------------------------------------------------


def test_score_plover_on_a_small_gold_file(tmp_path: Path) -> None:
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "a", "event": "DISAPPROVE", "text": "Russia criticized the United States.",
         "source": [{"actorText": "Russia", "code": "RUS"}], "target": [{"actorText": "United States", "code": "USA"}]},
        {"id": "b", "event": "CONSULT", "text": "Russia and Iran held talks.", "target": "",
         "source": [{"actorText": "Russia", "code": "RUS"}, {"actorText": "Iran", "code": "IRN"}],
         "textInfo": {"markup": "(SRC/TAR: Russia) and (SRC/TAR: Iran) held (EVT: talks)."}},
        {"id": "c", "event": "AID", "text": "The UN sent aid to Iran.",
         "source": [{"actorText": "UN", "code": "IGO"}], "target": [{"actorText": "Iran", "code": "IRN"}]},
    ]  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = score_plover(path)
    assert result["gold_dyads"] == 3 and result["skipped_dyads"] == 1
    assert result["dyad_recall"] == 1.0
    assert result["polarity_accuracy"] == 1.0
    assert result["category_accuracy"] == 1.0


def test_a_repeated_gold_id_is_scored_against_its_own_sentence(tmp_path: Path) -> None:
    # PLOVER_GSR_CAMEO.json gives one id to two different sentences
    records = [
        {"id": "x", "event": "DISAPPROVE", "text": "Russia criticized the United States.",
         "source": [{"actorText": "Russia", "code": "RUS"}], "target": [{"actorText": "United States", "code": "USA"}]},
        {"id": "x", "event": "DISAPPROVE", "text": "France criticized Germany.",
         "source": [{"actorText": "France", "code": "FRA"}], "target": [{"actorText": "Germany", "code": "DEU"}]},
    ]  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = score_plover(path)
    assert result["records"] == 2 and result["gold_dyads"] == 2
    assert result["dyad_recall"] == 1.0


def test_petrarch_unit_records_read_with_their_fictional_states(shared_dir: Path) -> None:
    from relations.actor_import import import_phoenix
    from relations.evaluation.events import extract_sentence_stances, match, read_petrarch_units

    eval_dir = shared_dir / "eval"
    events, skipped, texts = read_petrarch_units(
        eval_dir / "petrarch2" / "unit_test_records.derived.jsonl", eval_dir / "cameo", eval_dir / "plover"
    )
    assert len(texts) > 250 and len(events) > 300 and skipped > 0
    demo = [e for e in events if e.record_id == "DEMO-00"]
    assert [(e.source, e.target, e.polarity) for e in demo] == [("ARN", "GON", 1)]
    validate = eval_dir / "petrarch2" / "dictionaries" / "PETR.Validate.actors.txt"
    resolver = ActorResolver(extra_entries=import_phoenix(validate, any_code=True))
    predicted = extract_sentence_stances({"DEMO-00": texts["DEMO-00"]}, resolver)
    assert [s.found is not None for s in match(demo, predicted)] == [True]


def test_cameo_codes_map_to_plover_types(shared_dir: Path) -> None:
    mapping = read_cameo_to_plover(shared_dir / "eval" / "plover" / "CAMEO2PLOVER-2021.txt")
    assert mapping["111"] == "DISAPPROVE"
    assert mapping["090"] == "INVESTIGATE"
    assert mapping["100"] == "DEMAND"
    assert mapping["190"] == "FIGHT"
    assert mapping["043"] == "CONSULT"


@pytest.mark.parametrize(("code", "expected"), [("RUS", True), ("IGO", False), ("---", False), ("", False)])
def test_only_countries_count_as_dyad_ends(code: str, expected: bool) -> None:
    assert is_country(code) is expected


def test_a_name_after_its_own_role_noun_is_not_in_the_list_before(
    stances_of: Callable[..., list[Stance]],
) -> None:
    # "Syria's allies Russia and Iran and rebel backer Turkey": Turkey backs the rebels, not Syria
    rows = dyads(
        stances_of(
            "Atareb is in an area agreed under a deal between Syria's allies Russia and Iran and rebel backer Turkey."
        )
    )
    assert {("RUS", "SYR", 1, "support"), ("IRN", "SYR", 1, "support")} <= rows
    assert ("TUR", "SYR", 1, "support") not in rows


def test_a_risked_clash_is_hedged(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("The move risks a confrontation between Turkey and Russia.")
    assert {(s.source_country, s.target_country, s.hedged) for s in rows} == {
        ("TUR", "RUS", True),
        ("RUS", "TUR", True),
    }


def test_the_province_is_the_one_named_before(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of(
        "Activists in Idlib province said that at least 135 civilians have been killed in airstrikes by "
        "the Assad regime and Russian forces on the province over the past three days."
    )
    assert ("RUS", "SYR", -1) in {(s.source_country, s.target_country, s.polarity) for s in rows}


def test_an_ambition_is_hedged(stances_of: Callable[..., list[Stance]]) -> None:
    rows = stances_of("Turkey still has ambitions to drive the YPG out of Afrin.")
    assert [(s.source_country, s.target_country, s.polarity, s.hedged) for s in rows] == [
        ("TUR", "SYR", -1, True)
    ]


# Twenty-second round (2026-12-08): wire-style probes written by kind of event (retreats, concessions,
# protests at home, ties cut between two sides), each giving other rows at fe5884e.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ties cut by a compound subject are cut between its members; with a "with" side, one way only
        (
            "Chad and Sudan severed diplomatic relations.",
            {("TCD", "SDN", -1, "sanction"), ("SDN", "TCD", -1, "sanction")},
        ),
        (
            "Chad and Sudan broke off diplomatic relations on Monday.",
            {("TCD", "SDN", -1, "sanction"), ("SDN", "TCD", -1, "sanction")},
        ),
        (
            "Russia and Georgia cut diplomatic ties.",
            {("RUS", "GEO", -1, "sanction"), ("GEO", "RUS", -1, "sanction")},
        ),
        ("Georgia severed ties with Russia.", {("GEO", "RUS", -1, "sanction")}),
        # truces announced, and ended
        ("The Tamil Tigers announced a ceasefire.", {("LKA", "LKA", 1, "retreat")}),
        ("Russia declared the end of the truce with Ukraine.", set()),
        ("Russia declared a truce with Ukraine.", {("RUS", "UKR", 1, "retreat")}),
        # arms laid down: a surrender, by rebels to their state; a state's names no one
        ("Maoist rebels in Nepal laid down their arms.", {("NPL", "NPL", 1, "retreat")}),
        ("The US has not said whether it is prepared to lay down its arms.", set()),
        ("Iran returned the seized British sailors.", {("IRN", "GBR", 1, "retreat")}),
        # a protest the tagger reads as a participle
        ("Thousands of people protested in Nairobi.", {("KEN", "KEN", -1, "protest")}),
        ("Hundreds of people protested outside the parliament in Kiev.", {("UKR", "UKR", -1, "protest")}),
        # a blockade lifted is lifted for the place it was aimed at
        ("Israel eased its blockade of Gaza.", {("ISR", "PSE", 1, "retreat")}),
        ("Israel lifted its blockade of the Gaza Strip.", {("ISR", "PSE", 1, "retreat")}),
        (
            "The Hermit Kingdom fired two artillery shells at Japan on Thursday.",
            {("PRK", "JPN", -1, "fight")},
        ),
        # fire traded is a fight, accusations traded criticism
        (
            "Indian and Pakistani troops traded fire across the Line of Control.",
            {("IND", "PAK", -1, "fight"), ("PAK", "IND", -1, "fight")},
        ),
        ("Cuba dispatched 200 doctors to Haiti.", {("CUB", "HTI", 1, "aid")}),
        (
            "Brazil and Argentina launched a joint space programme.",
            {("BRA", "ARG", 1, "cooperate"), ("ARG", "BRA", 1, "cooperate")},
        ),
        ("The Pakistani government restored the sacked judges.", {("PAK", "PAK", 1, "concede")}),
        ("Britain laid the blame on Syria.", {("GBR", "SYR", -1, "criticism")}),
        # a reported passive of a hostile verb with its particle
        (
            "Iranian President Mahmoud Ahmadinejad said Israel should be wiped off the map.",
            {("IRN", "ISR", -1, "demand")},
        ),
        # works set up together; an embassy set up is one opened
        (
            "Turkey, Russia and Iran established a mechanism to monitor the ceasefire.",
            {
                ("TUR", "RUS", 1, "cooperate"),
                ("TUR", "IRN", 1, "cooperate"),
                ("RUS", "TUR", 1, "cooperate"),
                ("RUS", "IRN", 1, "cooperate"),
                ("IRN", "TUR", 1, "cooperate"),
                ("IRN", "RUS", 1, "cooperate"),
            },
        ),
        (
            "Russia and Turkey set up a hotline.",
            {("RUS", "TUR", 1, "cooperate"), ("TUR", "RUS", 1, "cooperate")},
        ),
        ("The United Arab Emirates has set up an embassy again in Damascus.", {("ARE", "SYR", 1, "support")}),
        # sides set on an act
        ("Russia is keen on cooperation with Iran.", {("RUS", "IRN", 1, "agree")}),
        ("Russia is interested in cooperation with Iran.", {("RUS", "IRN", 1, "agree")}),
        ("Obama seems bent on a stand-off with Iran.", {("USA", "IRN", -1, "opposition")}),
        ("Iran is open to talks with the United States.", {("IRN", "USA", 1, "consult")}),
        # allies a viewer regards, and an ally of another
        ("Turkey regards Russia as an ally.", {("TUR", "RUS", 1, "support")}),
        ("Turkey considers Russia a strategic partner.", {("TUR", "RUS", 1, "support")}),
        ("Turkey views the YPG as an ally of the PKK.", {("SYR", "TUR", 1, "support")}),
        # another side's sway held back; an aim held is its holder's act, hedged
        (
            "Erdogan and Putin share the aim of curbing US influence in the Middle East.",
            {("TUR", "USA", -1, "opposition"), ("RUS", "USA", -1, "opposition")},
        ),
        (
            "Emirati officials began to refloat the idea of restoring ties with Assad.",
            {("ARE", "SYR", 1, "support")},
        ),
        # plurals that forecast are no people's demand
        ("Analysts told Russia to leave.", set()),
        # what is ruled out does not happen; turning down a hostile act is no stance against its target
        ("Trump ruled out attacking Iran.", set()),
        ("Trump rejected the idea of attacking Iran.", set()),
        ("Russia rejected Turkey's plan to attack the Kurds.", {("RUS", "TUR", -1, "reject")}),
        # support received, enjoyed, or lived under
        (
            "Saudi Arabia received US and British intelligence support.",
            {("USA", "SAU", 1, "support"), ("GBR", "SAU", 1, "support")},
        ),
        (
            "The Syrian government enjoys Russian and Iranian backing.",
            {("RUS", "SYR", 1, "support"), ("IRN", "SYR", 1, "support")},
        ),
        ("Assad is under Russia's protection.", {("RUS", "SYR", 1, "aid")}),
        # a visit's capital is its state; a visit during which one speaks is the speaker's
        ("Putin paid a visit to Tehran.", {("RUS", "IRN", 1, "consult")}),
        (
            "During a visit to Jerusalem on Sunday, Bolton said the withdrawal would depend on conditions.",
            {("USA", "ISR", 1, "consult")},
        ),
        ("Putin's visit to Moscow was brief.", set()),
        (
            "After talks with Putin, Erdogan said the offensive would go ahead.",
            {("TUR", "RUS", 1, "consult")},
        ),
        # a place named after Assad is no Assad
        (
            "Trump angered Iraqi politicians after a three-hour visit to troops at Ayn al-Assad over Christmas.",
            set(),
        ),
        # sides that talked past each other held no talks
        (
            "The leaders of the United States and Israel talked past each other for years.",
            {("USA", "ISR", -1, "opposition"), ("ISR", "USA", -1, "opposition")},
        ),
        # a news outlet whose report a lost comma joins to the act is no side of it
        (
            "The Syrian army killed a notorious Takfiri terrorist commander in heavy clashes in the province of "
            "Lattakia on Wednesday Al-Alam News Network reports.",
            set(),
        ),
        # a fired weapon's nationality fired it, at what the "at" phrase names
        (
            "Suspected Israeli missiles were fired at several Syrian locations on Monday.",
            {("ISR", "SYR", -1, "fight")},
        ),
        ("Rockets were fired at Israel from Gaza.", {("PSE", "ISR", -1, "fight")}),
        # a bare verb after "insist", negated
        ("Bolton insisted that Turkey not attack the Kurds.", {("USA", "TUR", -1, "demand")}),
        ("Iran insists it does not know his whereabouts.", set()),
        ("Turkey wants to halt Iranian expansion in Syria.", {("TUR", "IRN", -1, "opposition")}),
        # a reliance denied says nothing of the giver
        ("Assad warned Kurdish forces not to rely on US protection.", {("SYR", "USA", -1, "warning")}),
    ],
)
def test_twenty_second_round_probes(
    stances_of: Callable[..., list[Stance]], text: str, expected: set
) -> None:
    assert dyads(stances_of(text)) == expected
