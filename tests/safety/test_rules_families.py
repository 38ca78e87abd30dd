"""The French and English rules by family, on invented phrasings that are not corpus lines:
each family an ordinary sentence must leave quiet (an idiom, a narrower pattern), and the
crisis beside it that must still fire (an idiom cuts only its own words). Rules alone: the
model is tested in test_model.py."""

from __future__ import annotations

import pytest

from bot.safety import SafetyNet


@pytest.fixture(scope="module")
def net() -> SafetyNet:
    return SafetyNet.load(models=False)


QUIET = [
    # a vow about a trivial thing, "si"/"if" before or after it, then a laugh
    "si le bus est encore en retard demain je me pends mdr",
    "je me jette par la fenêtre si on a encore des maths lundi 😂",
    "if the wifi drops one more time i'm going to hang myself lmao",
    "gonna jump off the bridge if we lose the final lol",
    # a threat whose reason is a trivial thing, or aimed at a thing
    "je vais tuer ma sœur, elle a pris mon chargeur",
    "je vais le défoncer ce boss final",
    # fiction, games, cooking, sport
    "le méchant veut tuer tout le monde à la fin du film",
    "il m'a égorgé dans warzone hier",
    "on doit égorger les poulets pour le repas de dimanche",
    "during sparring he punched me pretty hard",
    "he kicked me in training, bruised now",
    "i'll be dead by the end of the race",
    "this exam is so cringe i'm gonna die",
    "i thought i was going to die on that rollercoaster",
    # idioms
    "je vais me pendre à son bras toute la soirée",
    "mon pote a le couteau sous la gorge avec ses dettes",
    "mon chef me menace de me retirer mes heures",
    "he stabbed me in the back at work",
    "he's got a gun to his head with the mortgage",
    # a negation that governs the words themselves
    "j'ai jamais envie de me tuer, je suis juste crevée",
    "she doesn't hit me, she's just strict",
    "i've never been beaten at home",
    "not suicidal just bored",
    # someone else's past; a lesson or the news about it
    "ma sœur a fait une TS il y a longtemps",
    "the sexual assault case is on the news",
    # everyday: a dose by the day, away for a reason, waiting for a friend up there, tired
    "je regarde combien de comprimés de paracétamol par prise pour la fièvre",
    "je serai plus là ce soir, je suis chez ma tante",
    "je suis sur le toit du parking, je t'attends",
    "i'm on the roof, come up and see the sunset",
    "je tiens plus en place, vivement les vacances",
    "tout est noir dans la salle, la lumière a sauté",
    "je me sens coincée dans ce bouchon depuis une heure",
]


CAUGHT = [
    # a laugh alone, or a condition that is no trivial thing, cuts nothing
    ("je vais me pendre mdr", "fr.want-kill"),
    ("si ça continue je vais me tuer", "fr.want-kill"),
    ("i'll kill myself lol", "en.want-kill"),
    ("gonna kill him he raped my sister", "en.kill-them"),
    ("je vais me pendre à la poutre", "fr.want-kill"),
    ("il m'a mis un couteau sous la gorge", "fr.hit-me"),
    ("il menace de me tuer", "fr.threat-me"),
    # my own attempt, however it is said
    ("j'ai déjà fait des tentatives", "fr.attempt-past"),
    # a negation before other words does not cancel the crisis after them
    ("i don't know, i want to die", "en.want-die"),
    ("idk i want to die", "en.want-die"),
    ("soon i won't hurt anymore", "en.hours-left"),
    ("he doesn't care, he hit me again", "en.hit-me"),
    ("i don't have the rope yet", "en.rope"),
    ("je suis sur le toit, je vais sauter", "fr.high-place"),
]


# Families of the recall work (2026-11-30): invented phrasings beyond the dev lines that
# suggested them, each with the rule it must fire, and look-alikes that stay quiet.
FAMILIES = [
    # intent or a decision with "le faire", and a time or "for good"
    ("je vais le faire pour de bon cette fois", "fr.do-it"),
    ("ce soir je le fais, j'ai plus peur", "fr.do-it"),
    ("i'm gonna top myself this weekend", "en.intent-3"),
    ("i'm doing it tonight, i'm done", "en.do-it-2"),
    # leaving for ever, farewells, a last day
    ("je m'en vais pour de bon, prenez soin de vous", "fr.leave-forever-2"),
    ("je pars pour toujours, vous inquiétez pas", "fr.leave-forever-2"),
    ("quand tu liras ce message je serai plus là", "fr.farewell-3"),
    ("ce sera mon dernier soir sur terre", "fr.farewell-3"),
    ("you won't hear from me after tomorrow", "en.farewell-4"),
    ("i won't be around in march", "en.farewell-4"),
    ("my note is ready, it's in the drawer", "en.farewell-4"),
    # means in hand, taken, kept or ready; a place to jump or to crash
    ("j'ai la plaquette de xanax dans la main", "fr.means-ready"),
    ("la corde est accrochée à la poutre", "fr.means-ready"),
    ("ouais j'ai toujours la lame", "fr.means-answer"),
    ("the pills are lined up under my pillow", "en.means-ready-2"),
    ("i have the belt ready", "en.means-ready-2"),
    ("je vais sauter dans la Seine ce soir", "fr.jump-3"),
    ("je prends la moto et je fonce dans un platane", "fr.crash-2"),
    ("i'm standing at the edge of the bridge", "en.means-ready-2"),
    ("i'm gonna walk into the sea tonight", "en.means-ready-2"),
    # a passive wish: to stop existing, an accident, not waking up; no point, a burden
    ("j'aimerais juste arrêter d'exister", "fr.wish-gone"),
    ("si un camion me renverse demain tant pis", "fr.wish-gone"),
    ("je prie pour pas me réveiller demain", "fr.wish-gone"),
    ("i wish i could just switch off forever", "en.wish-gone-2"),
    ("if a bus hits me so be it", "en.wish-gone-2"),
    ("i don't want to be here anymore", "en.not-here"),
    ("there's no point anymore", "en.not-here"),
    ("tired of pretending i'm fine", "en.not-here"),
    ("je déteste ma vie, tout est nul", "fr.hate-life"),
    ("i hate my life so much", "en.hate-life"),
    # self-harm now: just done, with a lighter, the head against a wall
    ("je viens de me couper encore", "fr.cut-now-2"),
    ("je me brûle avec des cigarettes quand je suis seule", "fr.burn-self"),
    ("je viens de me taper la tête contre le mur", "fr.head-wall"),
    ("cutting right now, can't stop", "en.cut-now-3"),
    ("i burnt myself with a lighter last night", "en.cut-now-3"),
    ("punched the wall until my knuckles bled, on purpose", "en.cut-now-3"),
    # abuse and danger told by what is done
    ("ils veulent me marier de force en août", "fr.forced-life"),
    ("mon coach dit que c'est notre secret", "fr.secret-3"),
    ("un mec a mis un truc dans mon verre", "fr.trapped"),
    ("my uncle batters me when he's drunk", "en.home-2"),
    ("they want to force me to marry my cousin", "en.home-2"),
    ("i think someone spiked my drink at the party", "en.trapped-2"),
    # threats: a weapon on the way, a school
    ("je vais tirer sur tout le monde demain", "fr.kill-them-2"),
    ("je vais aller chez lui avec une batte", "fr.kill-them-2"),
    ("i'm gonna shoot up the college tomorrow", "en.kill-them-3"),
    ("gonna stab the guy who jumped my brother", "en.kill-them-3"),
    # distress
    ("je vois plus l'intérêt de rien depuis l'été", "fr.not-well"),
    ("je pleure toutes les nuits sans savoir pourquoi", "fr.not-well"),
    ("i'm really not ok, like properly", "en.not-well-2"),
    ("panic attacks every night this week", "en.not-well-2"),
    # the plainest phrasings, missed until now
    ("i'm thinking of ending things", "en.want-kill"),
    ("i'm better off dead", "en.no-live-2"),
    ("nobody cares if i live or die", "en.no-live-2"),
    ("i bought pills to end it", "en.plan-3"),
    ("i just want the pain to stop", "en.pain"),
    ("je veux mettre fin à tout ça", "fr.intent-2"),
    ("je serais mieux morte", "fr.no-live-2"),
    ("la vie vaut pas la peine d'être vécue", "fr.no-live-2"),
    ("j'ai un plan pour me tuer", "fr.plan-3"),
    ("je prépare mon suicide", "fr.plan-3"),
    ("je me fais encore du mal", "fr.hurt-self-2"),
    ("je veux juste que la douleur s'arrête", "fr.pain"),
    ("he said he'd hurt me if i told anyone", "en.threats-2"),
    ("i'm being groomed by a guy online", "en.grooming"),
    ("i'm so tired of fighting every day", "en.fight-tired"),
    ("mon père m'a donné un coup de poing au visage hier", "fr.hit-me-4"),
    ("des grands m'ont tabassé après les cours", "fr.hit-me-4"),
    ("un mec sur internet me demande des photos de moi", "fr.grooming"),
    ("je veux faire du mal à ceux qui m'ont harcelé", "fr.harm-them"),
    ("je me sens comme un poids mort", "fr.fight-tired"),
    # written before the third landing: the plainest phrasings still missed
    ("i'm gonna do it for real this time", "en.do-it-3"),
    ("i want to stop this pain forever", "en.do-it-3"),
    ("the voices keep telling me to jump", "en.do-it-3"),
    ("je veux arrêter cette douleur pour toujours", "fr.do-it-3"),
    ("des voix me disent de me tuer", "fr.do-it-3"),
    ("i'm being hurt at home", "en.home-3"),
    ("ils me font du mal à la maison", "fr.home-3"),
    ("a man is outside trying to break in", "en.break-in"),
    ("un mec essaie d'entrer chez moi, j'ai peur", "fr.break-in"),
    ("i'm so lonely, really", "en.alone-2"),
    ("i feel like i'm going insane", "en.alone-2"),
    ("je suis vraiment seule", "fr.alone-2"),
    ("j'ai l'impression de devenir folle", "fr.alone-2"),
]


LOOK_ALIKES = [
    "c'est décidé, je pars en Erasmus l'an prochain",
    "je pars pour toujours de ce club de foot, ils sont nuls",
    "quand tu liras ça je serai au cinéma",
    "c'est mon dernier jour de stage demain",
    "j'ai pris un doliprane il y a une heure pour la tête",
    "oui j'ai encore les cachets pour la toux",
    "je me laisse tomber sur le canapé après le taf",
    "je viens de me couper en épluchant les carottes",
    "ils m'ont pris mes papiers au guichet pour les photocopier",
    "j'ai un couteau dans mon sac pour le pique-nique",
    "je suis pas bien réveillée ce matin",
    "je vais faire une bêtise et manger tout le gâteau mdr",
    "je déteste ma vie le lundi matin mdr",
    "i'm leaving for good, moving to glasgow",
    "took two paracetamol an hour ago for my headache",
    "yeah still got the tablets from the doctor",
    "i'm at the edge of the cliff with my mates, amazing view",
    "he shot me in fortnite again",
    "i'm not good at maths",
    "i don't want to be here at this party",
    "can't keep going like this, need a coffee lol",
    "i feel like giving up on this diet lol",
    "i'm thinking of ending things with my boyfriend",
    "i'm saying goodbye to everyone at work, new job monday",
    "my sister got groomed by her dog trainer, the dog looks great",
    "life is not worth living without pizza lol",
    "i feel so empty after finishing that series",
    "mon pote m'a donné un coup de pied au foot sans faire exprès",
    "je suis fatiguée de me battre avec mon frère pour la télé",
    "j'en ai fini avec la vie de célibataire",
    "je supporte plus cette douleur au genou",
    "je vous dis adieu, je déménage à Nantes la semaine prochaine",
    # look-alikes of the families, written after their first held-out measure
    "je me sens pas bien, je crois que j'ai la grippe",
    "il m'a encore tapé à la console, il triche",
    "on s'est fait tabasser au match de hand, l'autre équipe était trop forte",
    "il veut pas que je parte de la soirée, il dit qu'on s'amuse",
    "j'ai un couteau dans ma poche, c'est un opinel pour le camping",
    "la vie c'est trop dur quand t'as pas de wifi mdr",
    "j'ai peur de faire une bêtise à l'oral demain",
    "la corde est prête pour l'escalade samedi",
    "je vais sauter dans le lac avec les potes cet été",
    "je fonce dans le mur si je continue à procrastiner",
    "je viens de me couper les cheveux moi-même, catastrophe",
    "il m'a donné un coup de poing amical à l'épaule",
    "he batters me at fifa every time",
    "we got jumped by the other team in the last ten minutes, 3 goals",
    "doing it tonight, finally cleaning my room",
    "you won't see me again until september, off to spain",
    "i have the rope ready for climbing saturday",
    "i'm standing at the edge of the platform waiting for my train lol",
    "i wish i could switch off my brain during exams",
    "i'm cutting right now, the onions for dinner",
    "i'm stuck at my aunt's because of the snow",
    "they took my passport at the border for a check",
    "i'm so useless at cooking",
    # the look-alikes of each alternative of the families, read out
    "i'm so alone at home tonight, everyone's out lol",
    "i'm going crazy with all these exams",
    "he's trying to get in the team",
    "je vais devenir folle avec ces devoirs",
    "ma cousine a fait une overdose l'an dernier, elle va mieux",
    "my sister got jumped last year but she's ok",
    "the song goes i want to end it all tonight",
    "today is the last day of school",
    "i said bye to my friends and went home",
    "don't take meds with alcohol",
    "wanna hang tonight?",
    "we've chosen the date for the wedding",
    "you shouldn't be here after 10pm",
    "i hit the wall at mile 20 until i got my second wind",
    "my mum comes into my room at night to check on me",
    "they beat us at football",
    "she threw the ball at me",
    "my mum won't let me go to the party",
    "they said they'll come at 5",
    "my dad will kill me if i fail",
    "bought a knife to cut vegetables",
    "i can't think of a name for my cat",
    "i'm not depressed, just tired",
    "prends soin de ma sœur ce soir, je rentre tard",
    "on se reverra plus jamais dans cette classe, c'est la fin de l'année",
    "j'ai pris des médicaments il y a une heure pour la grippe",
    "je vais au pont pour courir et je rentre",
    "mourir me fait pas peur dans les jeux vidéo",
    "il m'a encore tapé à la récré, on jouait",
    "je mets des photos de moi partout sur insta",
    "ils veulent pas me laisser sortir avant la fin du cours",
    "je pleure tous les soirs de rire devant cette série",
    "c'est trop tard pour moi pour m'inscrire",
    "ça va jamais marcher ton truc",
    "je vais cuisiner avec le couteau de ma mère",
]


@pytest.mark.parametrize("text", QUIET + LOOK_ALIKES)
def test_ordinary_look_alikes_stay_quiet(net: SafetyNet, text: str) -> None:
    assert net.rules_only(text) is None


@pytest.mark.parametrize(("text", "rule"), CAUGHT + FAMILIES)
def test_the_crises_fire_their_family(net: SafetyNet, text: str, rule: str) -> None:
    """The rule without its markers: "fr.crazy-act+time" is fr.crazy-act."""
    hit = net.rules_only(text)
    assert hit is not None and hit.rule.split("+")[0] == rule
