package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.annotate.Parses.dependencies;
import static org.storyline.annotate.Parses.timex;
import static org.storyline.annotate.Parses.tokens;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 19);

    @Test
    void pastVerbMovesWeekdayBackDespiteWillElsewhereInTheSentence() {
        List<Token> tokens = tokens("The/DT/the minister/NN/minister left/VBD/leave Washington/NNP/Washington "
                + "on/IN/on Tuesday/NNP/Tuesday and/CC/and will/MD/will meet/VB/meet Lavrov/NNP/Lavrov on/IN/on "
                + "Friday/NNP/Friday ././.");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,3) obl:on(2,5) "
                + "conj:and(2,8) punct(2,12) nsubj(8,1) cc(8,6) aux(8,7) obj(8,9) obl:on(8,11) case(5,4) case(11,10)");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "DATE", "2022-01-25"),
                timex(tokens, 11, 12, "DATE", "2022-01-21"));

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY);

        assertThat(resolved).containsExactly(
                new Timex("Tuesday", "DATE", "2022-01-18", "2022-01-25", "tense:past", 5, 6, 32, 39),
                timexes.get(1));
    }

    @Test
    void aDateHungFromNoPredicateTakesTheTenseOfTheNearestFiniteVerbBeforeIt() {
        // the parser read "received" as an adjective of "letters" and hung the rest of the sentence from "companies"
        List<Token> tokens = tokens("The/DT/the companies/NNS/company ,/,/, which/WDT/which received/VBD/receive "
                + "letters/NNS/letter on/IN/on Friday/NNP/Friday ,/,/, did/VBD/do not/RB/not comment/VB/comment ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) det(1,0) punct(1,2) det(5,3) amod(5,4) dep(1,5) "
                + "case(7,6) nmod:on(5,7) punct(5,8) aux(11,9) advmod(11,10) dep(5,11) punct(1,12)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2008-10-03")), LocalDate.of(2008, 9, 30));

        assertThat(resolved).extracting(Timex::value, Timex::rule).containsExactly(tuple("2008-09-26", "tense:past"));
    }

    @Test
    void overnightToldInThePastIsTheNightBeforeTheWriting() {
        List<Token> tokens = tokens("Bombs/NNS/bomb rained/VBD/rain down/RP/down on/IN/on Tripoli/NNP/Tripoli "
                + "overnight/RB/overnight ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) compound:prt(1,2) obl:on(1,4) "
                + "advmod(1,5) punct(1,6) case(4,3)");
        List<Token> ahead = tokens("Talks/NNS/talk will/MD/will continue/VB/continue overnight/RB/overnight ././.");

        List<Timex> past = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 5, 6, "TIME", "2022-01-19TNI")), WEDNESDAY);
        List<Timex> future = DateResolver.resolve(ahead, dependencies("root(-1,2) nsubj(2,0) aux(2,1) advmod(2,3) "
                + "punct(2,4)"), List.of(timex(ahead, 3, 4, "TIME", "2022-01-19TNI")), WEDNESDAY);

        assertThat(past).extracting(Timex::value, Timex::rule).containsExactly(tuple("2022-01-18TNI", "tense:past"));
        assertThat(future).extracting(Timex::value).containsExactly("2022-01-19TNI");
    }

    @Test
    void aDateTheParserMadeTheRootTakesTheTenseOfTheNearestFiniteVerb() {
        List<Token> tokens = tokens("From/IN/from April/NNP/April ,/,/, when/WRB/when the/DT/the stock/NN/stock "
                + "was/VBD/be tanking/VBG/tank ,/,/, he/PRP/he bought/VBD/buy shares/NNS/share");
        List<Dependency> dependencies = dependencies("root(-1,1) case(1,0) punct(1,2) acl:relcl(1,7) advmod(7,3) "
                + "det(5,4) nsubj(7,5) aux(7,6) punct(7,8) parataxis(7,10) nsubj(10,9) obj(10,11)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 1, 2, "DATE", "2011-04")), LocalDate.of(2010, 12, 29));

        assertThat(resolved).extracting(Timex::value).containsExactly("2010-04");
    }

    @Test
    void theFiniteBeOfAProgressivePassiveTellsItsTense() {
        List<Token> tokens = tokens("The/DT/the desk/NN/desk was/VBD/be among/IN/among the/DT/the "
                + "belongings/NNS/belonging which/WDT/which are/VBP/be being/VBG/be sold/VBN/sell in/IN/in "
                + "December/NNP/December ././.");
        List<Dependency> dependencies = dependencies("root(-1,5) det(1,0) nsubj(5,1) cop(5,2) case(5,3) det(5,4) "
                + "ref(5,6) acl:relcl(5,9) punct(5,12) nsubj:pass(9,5) aux(9,7) aux:pass(9,8) obl:in(9,11) "
                + "case(11,10)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 11, 12, "DATE", "2011-12")), LocalDate.of(2011, 11, 16));

        assertThat(resolved).extracting(Timex::value).containsExactly("2011-12");
    }

    @Test
    void aRootInfinitiveLiesAheadUnlessAFiniteVerbHangsLooselyOnIt() {
        List<Token> effort = tokens("An/DT/a earlier/JJR/early effort/NN/effort ,/,/, in/IN/in May/NNP/May ,/,/, "
                + "to/TO/to pump/VB/pump mud/NN/mud failed/VBD/fail ././.");
        List<Dependency> effortGraph = dependencies("root(-1,8) det(2,0) amod(2,1) nsubj(8,2) punct(5,3) case(5,4) "
                + "obl:in(8,5) punct(5,6) mark(8,7) obj(8,9) dep(8,10) punct(8,11)");
        List<Token> headline = tokens("Obama/NNP/Obama to/TO/to visit/VB/visit Japan/NNP/Japan in/IN/in May/NNP/May");
        List<Dependency> headlineGraph = dependencies("root(-1,2) nsubj(2,0) mark(2,1) obj(2,3) obl:in(2,5) "
                + "case(5,4)");
        LocalDate august = LocalDate.of(2010, 8, 3);

        List<Timex> failed = DateResolver.resolve(effort, effortGraph,
                List.of(timex(effort, 5, 6, "DATE", "2011-05")), august);
        List<Timex> ahead = DateResolver.resolve(headline, headlineGraph,
                List.of(timex(headline, 5, 6, "DATE", "2010-05")), august);

        assertThat(failed).extracting(Timex::value).containsExactly("2010-05");
        assertThat(ahead).extracting(Timex::value).containsExactly("2011-05");
    }

    @Test
    void aFiniteVerbTakenForTheAuxiliaryOfARootInfinitiveTellsItsTense() {
        // after a dateline the parser made "tries" the auxiliary of "keep": the sentence is in the present
        List<Token> tokens = tokens("February/NNP/February 4/CD/4 |/NFP/| A/DT/a soldier/NN/soldier tries/VBZ/try "
                + "to/TO/to keep/VB/keep order/NN/order Thursday/NNP/Thursday");
        List<Dependency> dependencies = dependencies("root(-1,7) nsubj(7,0) nummod(0,1) punct(7,2) det(4,3) "
                + "appos(0,4) aux(7,5) mark(7,6) obj(7,8) obl:tmod(7,9)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 9, 10, "DATE", "2011-02-03")), LocalDate.of(2011, 2, 4));

        assertThat(resolved).extracting(Timex::value).containsExactly("2011-02-03");
    }

    @Test
    void theLastDaysOfAMonthAreOfTheMonthTheTenseTells() {
        List<Token> tokens = tokens("He/PRP/he left/VBD/leave in/IN/in the/DT/the last/JJ/last days/NNS/day "
                + "of/IN/of May/NNP/May");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,5) case(5,2) det(5,3) "
                + "amod(5,4) nmod:of(5,7) case(7,6)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 3, 8, "DATE", "2021-05")), LocalDate.of(2021, 3, 4));

        assertThat(resolved).extracting(Timex::value).containsExactly("2020-05");
    }

    @Test
    void theSmallHoursOfTheDayAfterThePageAreThatDayInThePast() {
        // a page dated Friday 2011-01-28 tells what happened in Cairo early on Saturday; "on Saturday" alone is the
        // Saturday before
        List<Token> early = tokens("Blasts/NNS/blast shook/VBD/shake Cairo/NNP/Cairo early/RB/early "
                + "Saturday/NNP/Saturday");
        List<Dependency> earlyGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) advmod(4,3) obl:tmod(1,4)");
        List<Token> plain = tokens("Protesters/NNS/protester rallied/VBD/rally on/IN/on Saturday/NNP/Saturday");
        List<Dependency> plainGraph = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2)");
        LocalDate friday = LocalDate.of(2011, 1, 28);

        Timex small = DateResolver.resolve(early, earlyGraph, List.of(timex(early, 3, 5, "DATE", "2011-01-29")),
                friday).get(0);
        Timex before = DateResolver.resolve(plain, plainGraph, List.of(timex(plain, 3, 4, "DATE", "2011-01-29")),
                friday).get(0);

        assertThat(List.of(small, before)).extracting(Timex::value).containsExactly("2011-01-29", "2011-01-22");
        // a condition tells of no event: "if I was there early Saturday"
        List<Token> condition = tokens("if/IN/if I/PRP/I was/VBD/be there/RB/there early/RB/early "
                + "Saturday/NNP/Saturday");
        Timex supposed = DateResolver.resolve(condition, dependencies("root(-1,3) mark(3,0) nsubj(3,1) cop(3,2) "
                + "advmod(5,4) obl:tmod(3,5)"), List.of(timex(condition, 4, 6, "DATE", "2011-01-29")), friday).get(0);
        assertThat(supposed.value()).isEqualTo("2011-01-22");
    }

    @Test
    void followingWithNoDeterminerMakesNoDateRelative() {
        // "following Wednesday's sell-off" is no "the following Wednesday"
        List<Token> tokens = tokens("Stocks/NNS/stock fell/VBD/fall following/VBG/follow Wednesday/NNP/Wednesday "
                + "'s/POS/'s sell-off/NN/sell-off");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:following(1,5) case(5,2) "
                + "nmod:poss(5,3) case(3,4)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 3, 4, "DATE", "2008-10-22")), LocalDate.of(2008, 10, 17));

        assertThat(resolved).extracting(Timex::value).containsExactly("2008-10-15");
    }

    @Test
    void aWordBeforeTheArticleOfTheNounPhraseMakesNoDateRelative() {
        // "following the April accident" is not "the following April"
        List<Token> tokens = tokens("Bacteria/NNS/bacteria multiplied/VBD/multiply following/VBG/follow the/DT/the "
                + "April/NNP/April accident/NN/accident");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:following(1,5) case(5,2) det(5,3) "
                + "compound(5,4)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2011-04")), LocalDate.of(2011, 1, 6));

        assertThat(resolved).extracting(Timex::value).containsExactly("2010-04");
    }

    @Test
    void theDoOfANegationTellsTheTense() {
        List<Token> tokens = tokens("I/PRP/I did/VBD/do n't/RB/not hear/VB/hear of/IN/of it/PRP/it until/IN/until "
                + "Friday/NNP/Friday ././.");
        List<Dependency> dependencies = dependencies("root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obl:of(3,5) "
                + "case(5,4) obl:until(3,7) case(7,6) punct(3,8)");
        List<Token> present = tokens("He/PRP/he does/VBZ/do not/RB/not expect/VB/expect a/DT/a deal/NN/deal "
                + "on/IN/on Friday/NNP/Friday ././.");
        List<Dependency> presentGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obj(3,5) det(5,4) "
                + "obl:on(3,7) case(7,6) punct(3,8)");
        // a Wednesday: the Friday after is nearer than the one before
        LocalDate wednesday = LocalDate.of(2009, 4, 29);

        List<Timex> past = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2009-05-01")), wednesday);
        List<Timex> nearer = DateResolver.resolve(present, presentGraph,
                List.of(timex(present, 7, 8, "DATE", "2009-05-01")), wednesday);

        assertThat(past).extracting(Timex::value, Timex::rule).containsExactly(tuple("2009-04-24", "tense:past"));
        assertThat(nearer).extracting(Timex::value).containsExactly("2009-05-01");
    }

    @Test
    void aDateRightAfterAnUnplannedEventIsPastHoweverTheParserHungIt() {
        // the parser hung "in April" on "aftermath"; the present "sheds" would take the nearer April, the next one
        List<Token> tokens = tokens("The/DT/the study/NN/study sheds/VBZ/shed light/NN/light on/IN/on the/DT/the "
                + "aftermath/NN/aftermath of/IN/of the/DT/the 172/CD/172 million/CD/million -/HYPH/- gallon/NN/gallon "
                + "spill/NN/spill in/IN/in April/NNP/April ././.");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,3) obl:on(2,6) case(6,4) "
                + "det(6,5) nmod:of(6,13) case(13,7) det(13,8) compound(13,12) nummod(12,10) compound(10,9) "
                + "punct(12,11) nmod:in(6,15) case(15,14) punct(2,16)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 15, 16, "DATE", "2010-04")), LocalDate.of(2010, 11, 8));

        assertThat(resolved).extracting(Timex::value).containsExactly("2010-04");
    }

    @Test
    void whatIsUpcomingOrLoomingLiesAheadAndWhatIsExpectedOnEitherSide() {
        LocalDate january = LocalDate.of(2010, 1, 27);
        List<Token> expected = tokens("Tents/NNS/tent were/VBD/be needed/VBN/need before/IN/before the/DT/the "
                + "expected/VBN/expect start/NN/start of/IN/of the/DT/the rainy/JJ/rainy season/NN/season in/IN/in "
                + "May/NNP/May ././.");
        List<Dependency> expectedGraph = dependencies("root(-1,2) nsubj:pass(2,0) aux:pass(2,1) case(6,3) det(6,4) "
                + "amod(6,5) obl:before(2,6) case(10,7) det(10,8) amod(10,9) nmod:of(6,10) case(12,11) nmod:in(6,12) "
                + "punct(2,13)");
        List<Token> upcoming = tokens("Officials/NNS/official met/VBD/meet ahead/RB/ahead of/IN/of the/DT/the "
                + "upcoming/JJ/upcoming elections/NNS/election in/IN/in March/NNP/March");
        List<Dependency> upcomingGraph = dependencies("root(-1,1) nsubj(1,0) advmod(1,2) case(6,3) det(6,4) "
                + "amod(6,5) obl:of(2,6) case(8,7) nmod:in(6,8)");
        List<Token> looming = tokens("They/PRP/they act/VBP/act with/IN/with elections/NNS/election "
                + "looming/VBG/loom in/IN/in November/NNP/November");
        List<Dependency> loomingGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:with(1,3) case(3,2) acl(3,4) obl:in(4,6) case(6,5)");

        Timex may = DateResolver.resolve(expected, expectedGraph, List.of(timex(expected, 12, 13, "DATE", "2009-05")),
                january).get(0);
        Timex march = DateResolver.resolve(upcoming, upcomingGraph, List.of(timex(upcoming, 8, 9, "DATE", "2009-03")),
                january).get(0);
        Timex november = DateResolver.resolve(looming, loomingGraph,
                List.of(timex(looming, 6, 7, "DATE", "2009-11")), LocalDate.of(2010, 5, 14)).get(0);

        assertThat(List.of(may, march, november)).extracting(Timex::value)
                .containsExactly("2010-05", "2010-03", "2010-11");
    }

    @Test
    void couldWithAVerbOfPerceivingComingToAndAModalBeforeACommaAreNoFuture() {
        List<Token> smell = tokens("On/IN/on Thursday/NNP/Thursday ,/,/, I/PRP/I could/MD/could smell/VB/smell "
                + "the/DT/the oil/NN/oil");
        List<Dependency> smellGraph = dependencies("root(-1,5) case(1,0) obl:on(5,1) punct(5,2) nsubj(5,3) "
                + "aux(5,4) obj(5,7) det(7,6)");
        List<Token> came = tokens("She/PRP/she came/VBD/come to/TO/to visit/VB/visit me/PRP/I on/IN/on "
                + "Thursday/NNP/Thursday");
        List<Dependency> cameGraph = dependencies(
                "root(-1,1) nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,4) obl:on(3,6) case(6,5)");
        List<Token> can = tokens("like/IN/like a/DT/a soda/NN/soda can/MD/can ,/,/, robots/NNS/robot "
                + "remained/VBD/remain there/RB/there Thursday/NNP/Thursday");
        List<Dependency> canGraph = dependencies("root(-1,6) case(2,0) det(2,1) obl:like(6,2) aux(6,3) punct(6,4) "
                + "nsubj(6,5) advmod(6,7) obl:tmod(6,8)");
        LocalDate monday = LocalDate.of(2022, 1, 24);

        List<String> values = List.of(
                DateResolver.resolve(smell, smellGraph, List.of(timex(smell, 1, 2, "DATE", "2022-01-27")), monday),
                DateResolver.resolve(came, cameGraph, List.of(timex(came, 6, 7, "DATE", "2022-01-27")), monday),
                DateResolver.resolve(can, canGraph, List.of(timex(can, 8, 9, "DATE", "2022-01-27")), monday))
                .stream().map(resolved -> resolved.get(0).value()).toList();

        assertThat(values).containsExactly("2022-01-20", "2022-01-20", "2022-01-20");
        List<Token> see = tokens("Analysts/NNS/analyst could/MD/could see/VB/see a/DT/a cut/NN/cut in/IN/in "
                + "March/NNP/March");
        List<Dependency> seeGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) det(4,3) obl:in(2,6) "
                + "case(6,5)");
        assertThat(DateResolver.resolve(see, seeGraph, List.of(timex(see, 6, 7, "DATE", "2022-03")), monday).get(0)
                .value()).isEqualTo("2022-03");
    }

    @Test
    void anAgreementReachedThenAPreviousRoundAndWhatWasForcedArePastAndAnExpectationEitherSide() {
        List<Token> reached = tokens("Under/IN/under an/DT/a agreement/NN/agreement reached/VBD/reach "
                + "Thursday/NNP/Thursday ,/,/, forces/NNS/force will/MD/will close/VB/close the/DT/the space/NN/space");
        List<Dependency> reachedGraph = dependencies("root(-1,8) case(2,0) det(2,1) obl:under(8,2) acl(2,3) "
                + "obl:tmod(3,4) punct(8,5) nsubj(8,6) aux(8,7) obj(8,10) det(10,9)");
        List<Token> previous = tokens("there/EX/there must/MD/must be/VB/be no/DT/no repeat/NN/repeat of/IN/of "
                + "the/DT/the previous/JJ/previous round/NN/round in/IN/in January/NNP/January");
        List<Dependency> previousGraph = dependencies("root(-1,2) expl(2,0) aux(2,1) det(4,3) nsubj(2,4) case(8,5) "
                + "det(8,6) amod(8,7) nmod:of(4,8) case(10,9) nmod:in(8,10)");
        List<Token> forced = tokens("BP/NNP/BP was/VBD/be forced/VBN/force to/TO/to close/VB/close the/DT/the "
                + "field/NN/field in/IN/in August/NNP/August");
        List<Dependency> forcedGraph = dependencies("root(-1,2) nsubj:pass(2,0) aux:pass(2,1) xcomp(2,4) mark(4,3) "
                + "obj(4,6) det(6,5) obl:in(4,8) case(8,7)");
        List<Token> expected = tokens("Expectations/NNS/expectation of/IN/of a/DT/a rise/NN/rise by/IN/by "
                + "July/NNP/July kept/VBD/keep the/DT/the euro/NN/euro high/JJ/high");
        List<Dependency> expectedGraph = dependencies("root(-1,6) nsubj(6,0) case(3,1) det(3,2) nmod:of(0,3) "
                + "case(5,4) nmod:by(3,5) obj(6,8) det(8,7) xcomp(6,9)");
        LocalDate friday = LocalDate.of(2011, 3, 25);

        List<String> values = List.of(
                DateResolver.resolve(reached, reachedGraph, List.of(timex(reached, 4, 5, "DATE", "2011-03-31")),
                        friday),
                DateResolver.resolve(previous, previousGraph, List.of(timex(previous, 10, 11, "DATE", "2012-01")),
                        friday),
                DateResolver.resolve(forced, forcedGraph, List.of(timex(forced, 8, 9, "DATE", "2011-08")), friday),
                DateResolver.resolve(expected, expectedGraph, List.of(timex(expected, 5, 6, "DATE", "2010-07")),
                        friday))
                .stream().map(resolved -> resolved.get(0).value()).toList();

        assertThat(values).containsExactly("2011-03-24", "2011-01", "2010-08", "2011-07");
    }

    @Test
    void whatLoomsInThePastMayLieOnEitherSide() {
        List<Token> tokens = tokens("with/IN/with the/DT/the November/NNP/November election/NN/election "
                + "approaching/VBG/approach ,/,/, he/PRP/he was/VBD/be detained/VBN/detain");
        List<Dependency> dependencies = dependencies("root(-1,8) mark(4,0) det(3,1) compound(3,2) nsubj(4,3) "
                + "advcl(8,4) punct(8,5) nsubj:pass(8,6) aux:pass(8,7)");

        Timex november = DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 2, 3, "DATE", "2011-11")),
                LocalDate.of(2011, 2, 7)).get(0);

        assertThat(november.value()).isEqualTo("2010-11");
    }

    @Test
    void pastPerfectMovesWeekdayBack() {
        List<Token> tokens = tokens("Blinken/NNP/Blinken had/VBD/have met/VBN/meet Lavrov/NNP/Lavrov on/IN/on "
                + "Monday/NNP/Monday ././.");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) obl:on(2,5) punct(2,6) case(5,4)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 5, 6, "DATE", "2022-01-24")), WEDNESDAY);

        assertThat(resolved).extracting(Timex::value, Timex::sourceValue, Timex::rule)
                .containsExactly(tuple("2022-01-17", "2022-01-24", "tense:past"));
    }

    @Test
    void presentTenseTakesTheNearestWeekday() {
        List<Token> meets = tokens(
                "Blinken/NNP/Blinken meets/VBZ/meet Lavrov/NNP/Lavrov on/IN/on Monday/NNP/Monday ././.");
        List<Dependency> meetsGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:on(1,4) case(4,3) punct(1,5)");
        List<Token> copula = tokens("Talks/NNS/talk are/VBP/be on/IN/on Thursday/NNP/Thursday ././.");
        List<Dependency> copulaGraph = dependencies("root(-1,3) nsubj(3,0) cop(3,1) case(3,2) punct(3,4)");

        Timex monday = DateResolver.resolve(meets, meetsGraph, List.of(timex(meets, 4, 5, "DATE", "2022-01-24")),
                WEDNESDAY).get(0);
        Timex thursday = DateResolver.resolve(copula, copulaGraph,
                List.of(timex(copula, 3, 4, "DATE", "2022-01-13")), WEDNESDAY).get(0);

        assertThat(monday.value()).isEqualTo("2022-01-17");
        assertThat(monday.rule()).isEqualTo("tense:present");
        assertThat(thursday.value()).isEqualTo("2022-01-20");
        assertThat(thursday.rule()).isEqualTo("tense:present");
    }

    @Test
    void weekdayOfThePublicationDateIsThatDayWhateverTheTense() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will speak/VB/speak on/IN/on Wednesday/NNP/Wednesday ././.");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) case(4,3) punct(2,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2022-01-26")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-19");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void nextTuesdayIsLeftToSutimeInsideOrBeforeTheExpression() {
        List<Token> tokens = tokens("Blinken/NNP/Blinken said/VBD/say the/DT/the talks/NNS/talk start/VBP/start "
                + "next/JJ/next Tuesday/NNP/Tuesday ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) ccomp(1,4) det(3,2) nsubj(4,3) "
                + "obl:tmod(4,6) amod(6,5) punct(1,7)");
        Timex whole = timex(tokens, 5, 7, "DATE", "2022-01-25");
        Timex weekdayOnly = timex(tokens, 6, 7, "DATE", "2022-01-25");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(whole), WEDNESDAY)).containsExactly(whole);
        assertThat(DateResolver.resolve(tokens, dependencies, List.of(weekdayOnly), WEDNESDAY))
                .containsExactly(weekdayOnly);
    }

    @Test
    void timeOfDayIsKeptAndADayPartOnItsOwnFollowsItsWeekday() {
        List<Token> tokens = tokens("The/DT/the talks/NNS/talk were/VBD/be held/VBN/hold on/IN/on Friday/NNP/Friday "
                + "night/NN/night ,/,/, and/CC/and he/PRP/he will/MD/will return/VB/return next/RB/next "
                + "Tuesday/NNP/Tuesday ././.");
        List<Dependency> dependencies = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,6) "
                + "punct(3,7) conj:and(3,11) punct(3,14) case(6,4) compound(6,5) cc(11,8) nsubj(11,9) aux(11,10) "
                + "obl:tmod(11,13) advmod(13,12)");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "TIME", "2022-01-21TNI"),
                timex(tokens, 6, 7, "TIME", "2022-01-21TNI"), timex(tokens, 12, 14, "DATE", "2022-01-25"));

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY);

        assertThat(resolved).extracting(Timex::text, Timex::value, Timex::sourceValue, Timex::rule).containsExactly(
                tuple("Friday", "2022-01-14TNI", "2022-01-21TNI", "tense:past"),
                tuple("night", "2022-01-14TNI", "2022-01-21TNI", "tense:past"),
                tuple("next Tuesday", "2022-01-25", "2022-01-25", null));
    }

    @Test
    void headlineInfinitiveIsFutureAndKeepsTheClockTime() {
        List<Token> tokens = tokens("Blinken/NNP/Blinken to/TO/to meet/VB/meet Lavrov/NNP/Lavrov on/IN/on "
                + "Friday/NNP/Friday at/IN/at 2/CD/2 pm/NN/pm");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) mark(2,1) obj(2,3) obl:on(2,5) "
                + "case(5,4) obl:at(2,8) case(8,6) nummod(8,7)");
        List<Timex> timexes = List.of(timex(tokens, 5, 6, "TIME", "2022-01-21T14:00"),
                timex(tokens, 6, 9, "TIME", "2022-01-21T14:00"));

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2022, 1, 22));

        assertThat(resolved).extracting(Timex::value).containsExactly("2022-01-28T14:00", "2022-01-28T14:00");
        assertThat(resolved).extracting(Timex::rule).containsExactly("tense:future", "tense:future");
    }

    @Test
    void wouldIsFutureOnlyWhenReportedByAPastVerb() {
        List<Token> reported = tokens("He/PRP/he said/VBD/say he/PRP/he would/MD/would travel/VB/travel "
                + "on/IN/on Tuesday/NNP/Tuesday ././.");
        List<Dependency> reportedGraph = dependencies("root(-1,1) nsubj(1,0) ccomp(1,4) punct(1,7) nsubj(4,2) "
                + "aux(4,3) obl:on(4,6) case(6,5)");
        List<Token> conditional = tokens(
                "Talks/NNS/talk would/MD/would start/VB/start on/IN/on Monday/NNP/Monday ././.");
        List<Dependency> conditionalGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) case(4,3) "
                + "punct(2,5)");

        Timex tuesday = DateResolver.resolve(reported, reportedGraph,
                List.of(timex(reported, 6, 7, "DATE", "2022-01-18")), WEDNESDAY).get(0);
        Timex monday = DateResolver.resolve(conditional, conditionalGraph,
                List.of(timex(conditional, 4, 5, "DATE", "2022-01-24")), WEDNESDAY).get(0);

        assertThat(tuesday.value()).isEqualTo("2022-01-25");
        assertThat(tuesday.rule()).isEqualTo("tense:future");
        assertThat(monday.value()).isEqualTo("2022-01-17");
        assertThat(monday.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void aModalWithoutHaveIsFutureButCouldAndMightAreReadAsWould() {
        List<Token> should = tokens("He/PRP/he should/MD/should be/VB/be allowed/VBN/allow an/DT/a exit/NN/exit "
                + "in/IN/in September/NNP/September ././.");
        List<Dependency> shouldGraph = dependencies("root(-1,3) nsubj:pass(3,0) aux(3,1) aux:pass(3,2) obj(3,5) "
                + "det(5,4) obl:in(3,7) case(7,6) punct(3,8)");
        List<Token> could = tokens("He/PRP/he could/MD/could not/RB/not attend/VB/attend on/IN/on Monday/NNP/Monday "
                + "././.");
        List<Dependency> couldGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obl:on(3,5) "
                + "case(5,4) punct(3,6)");
        LocalDate february = LocalDate.of(2011, 2, 11);

        Timex september = DateResolver.resolve(should, shouldGraph,
                List.of(timex(should, 7, 8, "DATE", "2010-09")), february).get(0);
        Timex monday = DateResolver.resolve(could, couldGraph,
                List.of(timex(could, 5, 6, "DATE", "2022-01-24")), WEDNESDAY).get(0);

        assertThat(september).extracting(Timex::value, Timex::rule).containsExactly("2011-09", "tense:future");
        assertThat(monday).extracting(Timex::value, Timex::rule).containsExactly("2022-01-17", "tense:unknown");
        // "may have" with the participle tagged as an adjective and "have" parsed as the verb is still a perfect
        List<Token> mayHave = tokens("It/PRP/it may/MD/may have/VB/have first/JJ/first infected/JJ/infected "
                + "someone/NN/someone around/IN/around January/NNP/January 12/CD/12");
        Timex january = DateResolver.resolve(mayHave, dependencies("root(-1,2) nsubj(2,0) aux(2,1) amod(5,3) "
                + "amod(5,4) obj(2,5) obl:around(2,7) case(7,6) nummod(7,8)"),
                List.of(timex(mayHave, 7, 9, "DATE", "2009-01-12")), LocalDate.of(2009, 5, 11)).get(0);
        assertThat(january).extracting(Timex::value, Timex::rule).containsExactly("2009-01-12", null);
        // the month the tagger took for a modal: "May 14 - Obama slams companies involved in the spill"
        List<Token> month = tokens("May/MD/may 14/CD/14 -/HYPH/- Obama/NN/Obama slams/VBZ/slam "
                + "companies/NNS/company involved/VBN/involve");
        Timex may = DateResolver.resolve(month, dependencies("root(-1,6) aux(6,0) nummod(3,1) punct(3,2) "
                + "compound(5,3) amod(5,4) nsubj(6,5)"), List.of(timex(month, 0, 2, "DATE", "2010-05-14")),
                LocalDate.of(2010, 6, 1)).get(0);
        assertThat(may).extracting(Timex::value).isEqualTo("2010-05-14");
    }

    @Test
    void whatLastsUntilATimeSeenFromNowEndsAheadAndSinceIsPastWhateverTheParse() {
        List<Token> tokens = tokens("Schools/NNS/school are/VBP/be closed/JJ/closed until/IN/until Monday/NNP/Monday "
                + "and/CC/and protesters/NNS/protester have/VBP/have marched/VBN/march since/IN/since "
                + "Tuesday/NNP/Tuesday to/TO/to demand/VB/demand change/NN/change");
        // the parser's reading of "since Tuesday to demand": "Tuesday" the subject of "demand"
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) cop(2,1) obl:until(2,4) case(4,3) "
                + "cc(8,5) nsubj(8,6) aux(8,7) conj:and(2,8) advcl:to(8,12) mark(12,9) nsubj(12,10) mark(12,11) "
                + "obj(12,13)");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-01-17"),
                timex(tokens, 10, 11, "DATE", "2022-01-25"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY))
                .extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2022-01-24", "tense:future"), tuple("2022-01-18", "tense:past"));
    }

    @Test
    void whatIsIntendedIsFuture() {
        List<Token> tokens = tokens("The/DT/the plan/NN/plan is/VBZ/be intended/VBN/intend to/TO/to be/VB/be "
                + "the/DT/the centrepiece/NN/centrepiece of/IN/of a/DT/a summit/NN/summit in/IN/in "
                + "November/NNP/November");
        List<Dependency> dependencies = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) "
                + "xcomp(3,7) mark(7,4) cop(7,5) det(7,6) nmod:of(7,10) case(10,8) det(10,9) nmod:in(10,12) "
                + "case(12,11)");

        Timex november = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 12, 13, "DATE", "2004-11")), LocalDate.of(2005, 1, 15)).get(0);

        assertThat(november).extracting(Timex::value, Timex::rule).containsExactly("2005-11", "tense:future");
    }

    @Test
    void theEndOfWhatWasDecidedInThePastMayLieAhead() {
        List<Token> tokens = tokens("Authorities/NNS/authority ordered/VBD/order the/DT/the closure/NN/closure "
                + "of/IN/of schools/NNS/school until/IN/until 6/CD/6 May/NNP/May and/CC/and stayed/VBD/stay "
                + "there/RB/there until/IN/until 2/CD/2 April/NNP/April");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2) nmod:of(3,5) "
                + "case(5,4) obl:until(1,8) case(8,6) nummod(8,7) cc(10,9) conj:and(1,10) advmod(10,11) "
                + "obl:until(10,14) case(14,12) nummod(14,13)");
        List<Timex> timexes = List.of(timex(tokens, 7, 9, "DATE", "2009-05-06"),
                timex(tokens, 13, 15, "DATE", "2009-04-02"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2009, 4, 26)))
                .extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2009-05-06", null), tuple("2009-04-02", null));
    }

    @Test
    void anInfinitiveUnderAFutureAndWouldUnderANounAreFuture() {
        List<Token> able = tokens("He/PRP/he wo/MD/will n't/RB/not be/VB/be able/JJ/able to/TO/to stick/VB/stick "
                + "around/RB/around till/IN/till September/NNP/September ././.");
        List<Dependency> ableGraph = dependencies("root(-1,4) nsubj(4,0) aux(4,1) advmod(4,2) cop(4,3) xcomp(4,6) "
                + "punct(4,10) mark(6,5) advmod(6,7) obl:till(6,9) case(9,8)");
        List<Token> announcement = tokens("Mubarak/NNP/Mubarak 's/POS/'s announcement/NN/announcement that/IN/that "
                + "he/PRP/he would/MD/would end/VB/end his/PRP$/he rule/NN/rule in/IN/in September/NNP/September "
                + "came/VBD/come early/RB/early");
        List<Dependency> announcementGraph = dependencies("root(-1,11) nmod:poss(2,0) case(0,1) nsubj(11,2) "
                + "ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) obj(6,8) nmod:poss(8,7) obl:in(6,10) case(10,9) "
                + "advmod(11,12)");
        LocalDate february = LocalDate.of(2011, 2, 2);

        Timex stick = DateResolver.resolve(able, ableGraph, List.of(timex(able, 9, 10, "DATE", "2010-09")),
                february).get(0);
        Timex end = DateResolver.resolve(announcement, announcementGraph,
                List.of(timex(announcement, 10, 11, "DATE", "2010-09")), february).get(0);

        assertThat(stick).extracting(Timex::value, Timex::rule).containsExactly("2011-09", "tense:future");
        assertThat(end).extracting(Timex::value, Timex::rule).containsExactly("2011-09", "tense:future");
        // an infinitive clause of what will be waited for
        List<Token> wait = tokens("America/NNP/America can/MD/can wait/VB/wait for/IN/for Mubarak/NNP/Mubarak "
                + "to/TO/to leave/VB/leave in/IN/in September/NNP/September ././.");
        List<Dependency> waitGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) advcl:to(2,6) punct(2,9) mark(6,3) "
                + "nsubj(6,4) mark(6,5) obl:in(6,8) case(8,7)");
        assertThat(DateResolver.resolve(wait, waitGraph, List.of(timex(wait, 8, 9, "DATE", "2010-09")), february))
                .extracting(Timex::value, Timex::rule).containsExactly(tuple("2011-09", "tense:future"));
    }

    @Test
    void aWeekdayAfterAnArticleIsSomeSuchDayUnlessTheArticleGoesWithANounAfterIt() {
        List<Token> tokens = tokens("On/IN/on a/DT/a lively/JJ/lively Saturday/NNP/Saturday night/NN/night "
                + "he/PRP/he helps/VBZ/help at/IN/at a/DT/a Sunday/NNP/Sunday service/NN/service");
        List<Dependency> dependencies = dependencies("root(-1,6) obl:on(6,4) case(4,0) det(4,1) amod(4,2) "
                + "compound(4,3) nsubj(6,5) obl:at(6,10) case(10,7) det(10,8) compound(10,9)");
        List<Timex> timexes = List.of(timex(tokens, 3, 5, "TIME", "2022-01-22TNI"),
                timex(tokens, 9, 10, "DATE", "2022-01-23"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY))
                .extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("XXXX-WXX-6TNI", "indefinite"), tuple("2022-01-16", "tense:premodifier"));
        List<Token> second = tokens("Blasts/NNS/blast shook/VBD/shake Tripoli/NNP/Tripoli for/IN/for a/DT/a "
                + "second/JJ/second night/NN/night Monday/NNP/Monday");
        List<Timex> night = List.of(timex(second, 6, 8, "TIME", "2022-01-24TNI"));
        assertThat(DateResolver.resolve(second, dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:for(1,6) case(6,3) "
                + "det(6,4) amod(6,5) nmod:tmod(6,7)"), night, WEDNESDAY)).extracting(Timex::value)
                .containsExactly("2022-01-17TNI");
    }

    @Test
    void aDateInsideWhatSomethingHasLastedSinceIsPast() {
        List<Token> tokens = tokens("Since/IN/since his/PRP$/he father/NN/father 's/POS/'s overthrow/NN/overthrow "
                + "in/IN/in August/NNP/August he/PRP/he may/MD/may have/VB/have money/NN/money");
        List<Dependency> dependencies = dependencies("root(-1,9) case(4,0) nmod:poss(4,2) nmod:poss(2,1) case(2,3) "
                + "obl:since(9,4) nmod:in(4,6) case(6,5) nsubj(9,7) aux(9,8) obj(9,10)");

        Timex august = DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 6, 7, "DATE", "2011-08")),
                LocalDate.of(2011, 10, 28)).get(0);

        assertThat(august).extracting(Timex::value, Timex::rule).containsExactly("2011-08", null);
    }

    @Test
    void aWeekdayInBracketsWithoutAVerbHasNoTense() {
        List<Token> tokens = tokens("(/-LRB-/( Update/NN/update 4:08/CD/4:08 a.m./NN/a.m. Tuesday/NNP/Tuesday "
                + ")/-RRB-/) Google/NNP/Google said/VBD/say it/PRP/it acted/VBD/act");
        List<Dependency> dependencies = dependencies("root(-1,7) dep(7,1) nummod(1,2) compound(1,3) "
                + "nmod:tmod(1,4) punct(1,0) punct(1,5) nsubj(7,6) ccomp(7,9) nsubj(9,8)");
        List<Timex> timexes = List.of(timex(tokens, 2, 5, "TIME", "2022-01-25T04:08"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2022, 1, 24)))
                .extracting(Timex::value).containsExactly("2022-01-25T04:08");
    }

    @Test
    void withoutDependenciesTheTenseIsUnknown() {
        List<Token> tokens = tokens("He/PRP/he left/VBD/leave on/IN/on Sunday/NNP/Sunday");

        Timex resolved = DateResolver.resolve(tokens, List.of(), List.of(timex(tokens, 3, 4, "DATE", "2022-01-23")),
                WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-16");
        assertThat(resolved.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void monthNamesFollowTheTenseOrTakeTheNearerOneWhenItIsUnknown() {
        List<Token> tokens = tokens("He/PRP/he visited/VBD/visit Kyiv/NNP/Kyiv in/IN/in March/NNP/March and/CC/and "
                + "will/MD/will return/VB/return in/IN/in June/NNP/June ././.");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:in(1,4) case(4,3) cc(7,5) "
                + "aux(7,6) conj:and(1,7) nsubj(7,0) obl:in(7,9) case(9,8) punct(1,10)");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-03"), timex(tokens, 9, 10, "DATE", "2022-06"));

        List<Timex> january = DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY);
        List<Timex> november = DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2022, 11, 10));
        List<Timex> unparsed = DateResolver.resolve(tokens, List.of(), timexes, WEDNESDAY);
        List<Timex> unparsedInOctober = DateResolver.resolve(tokens, List.of(), timexes, LocalDate.of(2022, 10, 10));

        assertThat(january).extracting(Timex::value).containsExactly("2021-03", "2022-06");
        assertThat(january).extracting(Timex::rule).containsExactly("tense:past", null);
        assertThat(november).extracting(Timex::value).containsExactly("2022-03", "2023-06");
        assertThat(november).extracting(Timex::rule).containsExactly(null, "tense:future");
        assertThat(unparsed).isEqualTo(timexes);
        assertThat(unparsedInOctober).extracting(Timex::value).containsExactly("2023-03", "2022-06");
        assertThat(unparsedInOctober).extracting(Timex::rule).containsExactly("tense:unknown", null);
    }

    @Test
    void seasonsFollowTheTenseWithWinterBelongingToTheYearItStarts() {
        List<Token> tokens = tokens("It/PRP/it snowed/VBD/snow in/IN/in the/DT/the winter/NN/winter and/CC/and "
                + "in/IN/in the/DT/the summer/NN/summer");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:in(1,4) case(4,2) det(4,3) cc(8,5) "
                + "case(8,6) det(8,7) conj:and(4,8) obl:in(1,8)");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-WI"), timex(tokens, 8, 9, "DATE", "2022-SU"));

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY);

        assertThat(resolved).extracting(Timex::value).containsExactly("2021-WI", "2021-SU");
        assertThat(resolved).extracting(Timex::sourceValue).containsExactly("2022-WI", "2022-SU");
    }

    @Test
    void weekdaysWithADateAreNotBare() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will speak/VB/speak on/IN/on Monday/NNP/Monday ,/,/, "
                + "January/NNP/January 17/CD/17");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) case(4,3) "
                + "punct(4,5) appos(4,6) nummod(6,7)");
        List<Timex> timexes = List.of(timex(tokens, 4, 8, "DATE", "2022-01-17"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY)).isEqualTo(timexes);
    }

    @Test
    void goingToIsFutureButAnInfinitiveAfterAPastVerbIsUnknown() {
        List<Token> going = tokens("Blinken/NNP/Blinken is/VBZ/be going/VBG/go to/TO/to visit/VB/visit "
                + "Berlin/NNP/Berlin on/IN/on Monday/NNP/Monday ././.");
        List<Dependency> goingGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) xcomp(2,4) punct(2,8) "
                + "nsubj:xsubj(4,0) mark(4,3) obj(4,5) obl:on(4,7) case(7,6)");
        List<Token> agreed = tokens("They/PRP/they agreed/VBD/agree to/TO/to meet/VB/meet on/IN/on Sunday/NNP/Sunday");
        List<Dependency> agreedGraph = dependencies(
                "root(-1,1) nsubj(1,0) xcomp(1,3) nsubj:xsubj(3,0) mark(3,2) obl:on(3,5) case(5,4)");

        Timex monday = DateResolver.resolve(going, goingGraph, List.of(timex(going, 7, 8, "DATE", "2022-01-17")),
                WEDNESDAY).get(0);
        Timex sunday = DateResolver.resolve(agreed, agreedGraph, List.of(timex(agreed, 5, 6, "DATE", "2022-01-23")),
                WEDNESDAY).get(0);

        assertThat(monday.value()).isEqualTo("2022-01-24");
        assertThat(monday.rule()).isEqualTo("tense:future");
        assertThat(sunday.value()).isEqualTo("2022-01-16");
        assertThat(sunday.rule()).isEqualTo("tense:unknown");
        List<Token> was = tokens("Blinken/NNP/Blinken was/VBD/be going/VBG/go to/TO/to visit/VB/visit "
                + "Berlin/NNP/Berlin on/IN/on Tuesday/NNP/Tuesday ././.");
        Timex tuesday = DateResolver.resolve(was, goingGraph, List.of(timex(was, 7, 8, "DATE", "2022-01-25")),
                WEDNESDAY).get(0);
        assertThat(tuesday.value()).isEqualTo("2022-01-18");
        assertThat(tuesday.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void aParticipleAfterItsNounIsPast() {
        List<Token> tokens = tokens("They/PRP/they appealed/VBP/appeal the/DT/the injunction/NN/injunction "
                + "issued/VBN/issue Thursday/NNP/Thursday");
        List<Dependency> dependencies = dependencies(
                "root(-1,1) nsubj(1,0) obj(1,3) det(3,2) acl(3,4) obl:tmod(4,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 5, 6, "DATE", "2022-01-20")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-13");
        assertThat(resolved.rule()).isEqualTo("tense:past");
    }

    @Test
    void whatIsPlannedFromNowIsFutureButAPastPlanIsNot() {
        List<Token> scheduled = tokens("She/PRP/she has/VBZ/have scheduled/VBN/schedule a/DT/a "
                + "conference/NN/conference for/IN/for Thursday/NNP/Thursday");
        List<Dependency> scheduledGraph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) det(4,3) obl:for(2,6) case(6,5)");
        List<Token> toClose = tokens("The/DT/the sale/NN/sale is/VBZ/be scheduled/VBN/schedule to/TO/to "
                + "close/VB/close Monday/NNP/Monday");
        List<Dependency> toCloseGraph = dependencies(
                "root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) xcomp(3,5) mark(5,4) obl:tmod(5,6)");
        List<Token> hadBeen = tokens("The/DT/the offer/NN/offer had/VBD/have been/VBN/be scheduled/VBN/schedule "
                + "to/TO/to expire/VB/expire Friday/NNP/Friday");
        List<Dependency> hadBeenGraph = dependencies("root(-1,4) det(1,0) nsubj:pass(4,1) aux(4,2) aux:pass(4,3) "
                + "xcomp(4,6) mark(6,5) obl:tmod(6,7)");
        List<Token> isTo = tokens("Trading/NN/trading is/VBZ/be to/TO/to resume/VB/resume Tuesday/NNP/Tuesday");
        List<Dependency> isToGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) mark(3,2) obl:tmod(3,4)");

        Timex thursday = DateResolver.resolve(scheduled, scheduledGraph,
                List.of(timex(scheduled, 6, 7, "DATE", "2022-01-13")), WEDNESDAY).get(0);
        Timex monday = DateResolver.resolve(toClose, toCloseGraph,
                List.of(timex(toClose, 6, 7, "DATE", "2022-01-17")), WEDNESDAY).get(0);
        Timex friday = DateResolver.resolve(hadBeen, hadBeenGraph,
                List.of(timex(hadBeen, 7, 8, "DATE", "2022-01-14")), WEDNESDAY).get(0);
        Timex tuesday = DateResolver.resolve(isTo, isToGraph,
                List.of(timex(isTo, 4, 5, "DATE", "2022-01-18")), WEDNESDAY).get(0);

        assertThat(List.of(thursday, monday, tuesday)).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-01-20", "tense:future"), tuple("2022-01-24", "tense:future"),
                tuple("2022-01-25", "tense:future"));
        assertThat(friday.value()).isEqualTo("2022-01-21");
        assertThat(friday.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void aPrepositionToBeforeAClauseMakesNoInfinitive() {
        // published in late November: the summer just gone, not the next one ("is to resume" would be ahead)
        List<Token> tokens = tokens("saving/VBG/save $/$/$ 170/CD/170 compared/VBN/compare to/IN/to what/WP/what "
                + "you/PRP/you 're/VBP/be paying/VBG/pay in/IN/in the/DT/the summer/NN/summer");
        List<Dependency> graph = dependencies("root(-1,0) obj(0,1) nummod(1,2) advcl:to(0,8) case(8,3) mark(8,4) "
                + "obj(8,5) nsubj(8,6) aux(8,7) obl:in(8,11) case(11,9) det(11,10)");

        assertThat(DateResolver.resolve(tokens, graph, List.of(timex(tokens, 10, 12, "DATE", "2022-SU")),
                LocalDate.of(2022, 11, 29))).extracting(Timex::value).containsExactly("2022-SU");
    }

    @Test
    void aHolidaysWeekendIsThatOfTheHolidayNearestThePublication() {
        // published on Tuesday 31 August 2021: the last weekend is two days back, Labor Day's four days ahead
        List<Token> tokens = tokens("people/NNS/people prepare/VBP/prepare for/IN/for Labor/NNP/Labor Day/NNP/Day "
                + "weekend/NN/weekend");
        List<Dependency> graph = dependencies("root(-1,1) nsubj(1,0) obl:for(1,5) case(5,2) compound(5,4) "
                + "compound(4,3)");

        assertThat(DateResolver.resolve(tokens, graph, List.of(timex(tokens, 3, 5, "DATE", "2021-09-06"),
                timex(tokens, 5, 6, "DATE", "2021-W34-WE")), LocalDate.of(2021, 8, 31)))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("Labor Day", "2021-09-06"),
                        tuple("weekend", "2021-W35-WE"));
    }

    @Test
    void aPlanToldInThePastMayBeForEitherSide() {
        List<Token> tokens = tokens("The/DT/the vote/NN/vote was/VBD/be due/JJ/due Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies("root(-1,3) det(1,0) nsubj(3,1) cop(3,2) obl:tmod(3,4)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2022-01-14")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-21");
        assertThat(resolved.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void aMonthAndDayWithoutYearFollowTheTenseAndTheNearestOtherwise() {
        List<Token> ended = tokens("Sales/NNS/sale rose/VBD/rise in/IN/in the/DT/the year/NN/year "
                + "ended/VBN/end March/NNP/March 31/CD/31");
        List<Dependency> endedGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:in(1,4) case(4,2) det(4,3) acl(4,5) obl:tmod(5,6) nummod(6,7)");
        List<Token> night = tokens("He/PRP/he was/VBD/be shot/VBN/shoot on/IN/on the/DT/the night/NN/night "
                + "of/IN/of Oct./NNP/October 23/CD/23");
        List<Dependency> nightGraph = dependencies("root(-1,2) nsubj:pass(2,0) aux:pass(2,1) obl:on(2,5) case(5,3) "
                + "det(5,4) nmod:of(5,7) case(7,6) nummod(7,8)");
        List<Token> payable = tokens("A/DT/a dividend/NN/dividend was/VBD/be declared/VBN/declare ,/,/, "
                + "payable/JJ/payable Feb./NNP/February 7/CD/7");
        List<Dependency> payableGraph = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) punct(3,4) "
                + "advcl(3,5) obl:tmod(5,6) nummod(6,7)");

        Timex march = DateResolver.resolve(ended, endedGraph, List.of(timex(ended, 6, 8, "DATE", "2022-03-31")),
                WEDNESDAY).get(0);
        Timex october = DateResolver.resolve(night, nightGraph,
                List.of(timex(night, 4, 9, "TIME", "2022-10-23TNI")), WEDNESDAY).get(0);
        Timex february = DateResolver.resolve(payable, payableGraph,
                List.of(timex(payable, 6, 8, "DATE", "2021-02-07")), WEDNESDAY).get(0);

        assertThat(List.of(march, october, february)).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2021-03-31", "tense:past"), tuple("2021-10-23TNI", "tense:past"),
                tuple("2022-02-07", "tense:unknown"));
    }

    @Test
    void aHolidayWithoutYearFollowsTheTense() {
        List<Token> tokens = tokens("The/DT/the boy/NN/boy was/VBD/be found/VBN/find on/IN/on "
                + "Thanksgiving/NNP/Thanksgiving Day/NNP/Day");
        List<Dependency> dependencies = dependencies(
                "root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,6) case(6,4) compound(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 5, 7, "DATE", "2022-11-24")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2021-11-25");
        assertThat(resolved.rule()).isEqualTo("tense:past");
    }

    @Test
    void aTimeSomethingIsMovedToLiesAheadAndAnEndFromAPresentPerfectIsTheNearest() {
        List<Token> extended = tokens("The/DT/the offer/NN/offer was/VBD/be extended/VBN/extend to/TO/to "
                + "Nov./NNP/November 20/CD/20");
        List<Dependency> extendedGraph = dependencies(
                "root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:to(3,5) case(5,4) nummod(5,6)");
        List<Token> given = tokens("They/PRP/they have/VBP/have been/VBN/be given/VBN/give until/IN/until "
                + "Thursday/NNP/Thursday");
        List<Dependency> givenGraph = dependencies(
                "root(-1,3) nsubj:pass(3,0) aux(3,1) aux:pass(3,2) obl:until(3,5) case(5,4)");

        Timex november = DateResolver.resolve(extended, extendedGraph,
                List.of(timex(extended, 5, 7, "DATE", "2021-11-20")), WEDNESDAY).get(0);
        Timex thursday = DateResolver.resolve(given, givenGraph, List.of(timex(given, 5, 6, "DATE", "2022-01-13")),
                WEDNESDAY).get(0);

        assertThat(november.value()).isEqualTo("2022-11-20");
        assertThat(november.rule()).isEqualTo("tense:future");
        assertThat(thursday.value()).isEqualTo("2022-01-20");
        assertThat(thursday.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void theTimeSomethingIsArrangedForIsTheNearest() {
        List<Token> tokens = tokens("They/PRP/they were/VBD/be organizing/VBG/organize a/DT/a march/NN/march "
                + "for/IN/for Thursday/NNP/Thursday");
        List<Dependency> graph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) det(4,3) obj(2,4) obl:for(2,6) case(6,5)");

        Timex thursday = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 6, 7, "DATE", "2022-01-13")),
                WEDNESDAY).get(0);

        assertThat(thursday.value()).isEqualTo("2022-01-20");
        assertThat(thursday.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void aDateBeforeItsNounIsThePastOneUnlessTheNextIsMuchNearerOrTheClauseIsFuture() {
        List<Token> canceled = tokens("It/PRP/it canceled/VBD/cancel its/PRP$/its Jan./NNP/January 28/CD/28 "
                + "match/NN/match");
        List<Dependency> canceledGraph = dependencies(
                "root(-1,1) nsubj(1,0) nmod:poss(5,2) compound(5,3) nummod(3,4) obj(1,5)");
        List<Token> premium = tokens("It/PRP/it is/VBZ/be a/DT/a premium/NN/premium over/IN/over "
                + "Monday/NNP/Monday 's/POS/'s close/NN/close");
        List<Dependency> premiumGraph = dependencies(
                "root(-1,3) nsubj(3,0) cop(3,1) det(3,2) nmod:over(3,7) case(7,4) nmod:poss(7,5) case(5,6)");
        List<Token> final_ = tokens("Sunday/NNP/Sunday 's/POS/'s final/NN/final will/MD/will be/VB/be "
                + "close/JJ/close");
        List<Dependency> finalGraph = dependencies(
                "root(-1,5) nmod:poss(2,0) case(0,1) nsubj(5,2) aux(5,3) cop(5,4)");

        Timex january = DateResolver.resolve(canceled, canceledGraph,
                List.of(timex(canceled, 3, 5, "DATE", "2021-01-28")), WEDNESDAY).get(0);
        Timex monday = DateResolver.resolve(premium, premiumGraph,
                List.of(timex(premium, 5, 6, "DATE", "2022-01-24")), WEDNESDAY).get(0);
        // a future clause, but nothing scheduled and the next Monday more than twice as far as the last
        List<Token> events = tokens("We/PRP/we will/MD/will respond/VB/respond to/IN/to Monday/NNP/Monday 's/POS/'s "
                + "events/NNS/event");
        List<Dependency> eventsGraph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obl:to(2,6) case(6,3) nmod:poss(6,4) case(4,5)");
        Timex sunday = DateResolver.resolve(final_, finalGraph,
                List.of(timex(final_, 0, 1, "DATE", "2022-01-16")), WEDNESDAY).get(0);
        Timex before = DateResolver.resolve(events, eventsGraph,
                List.of(timex(events, 4, 5, "DATE", "2022-01-24")), WEDNESDAY).get(0);

        assertThat(List.of(january, monday, sunday, before)).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-01-28", "tense:premodifier"), tuple("2022-01-17", "tense:premodifier"),
                tuple("2022-01-23", "tense:premodifier"), tuple("2022-01-17", "tense:premodifier"));
    }

    @Test
    void aDateOfSomethingAwaitedIsTheNearerOneAndTheNextOnATie() {
        List<Token> tokens = tokens("It/PRP/it could/MD/could hurt/VB/hurt him/PRP/him ahead/RB/ahead of/IN/of "
                + "July/NNP/July elections/NNS/election");
        List<Dependency> graph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) advmod(2,4) obl:of(4,7) case(7,5) compound(7,6)");

        Timex july = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 6, 7, "DATE", "2021-07")),
                WEDNESDAY).get(0);

        assertThat(july.value()).isEqualTo("2022-07");
        assertThat(july.rule()).isEqualTo("tense:premodifier");
    }

    @Test
    void aPlannedEventAtWhichSomethingWillHappenLiesAhead() {
        // on a Sunday: the Thursday ahead, four days away, not the one three days back
        List<Token> will = tokens("Talks/NNS/talk will/MD/will continue/VB/continue at/IN/at a/DT/a "
                + "planned/VBN/plan Thursday/NNP/Thursday briefing/NN/briefing");
        List<Dependency> willGraph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obl:at(2,7) case(7,3) det(7,4) amod(7,5) compound(7,6)");
        List<Token> was = tokens("A/DT/a planned/VBN/plan Thursday/NNP/Thursday briefing/NN/briefing "
                + "was/VBD/be cancelled/VBN/cancel");
        List<Dependency> wasGraph = dependencies(
                "root(-1,5) det(3,0) amod(3,1) compound(3,2) nsubj:pass(5,3) aux:pass(5,4)");
        LocalDate sunday = LocalDate.of(2011, 3, 20);

        Timex ahead = DateResolver.resolve(will, willGraph, List.of(timex(will, 6, 7, "DATE", "2011-03-17")),
                sunday).get(0);
        Timex either = DateResolver.resolve(was, wasGraph, List.of(timex(was, 2, 3, "DATE", "2011-03-17")),
                sunday).get(0);

        assertThat(List.of(ahead, either)).extracting(Timex::value)
                .containsExactly("2011-03-24", "2011-03-17");
    }

    @Test
    void aDateOfAScheduledEventIsTheNearerOneUnlessAPastClauseMakesItFar() {
        List<Token> withdrew = tokens("He/PRP/he withdrew/VBD/withdraw from/IN/from Friday/NNP/Friday 's/POS/'s "
                + "debate/NN/debate");
        List<Dependency> withdrewGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:from(1,5) case(5,2) nmod:poss(5,3) case(3,4)");
        List<Token> passed = tokens("It/PRP/it passed/VBD/pass in/IN/in Saturday/NNP/Saturday 's/POS/'s "
                + "vote/NN/vote");
        List<Dependency> passedGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:in(1,5) case(5,2) nmod:poss(5,3) case(3,4)");

        Timex friday = DateResolver.resolve(withdrew, withdrewGraph,
                List.of(timex(withdrew, 3, 4, "DATE", "2022-01-14")), WEDNESDAY).get(0);
        Timex saturday = DateResolver.resolve(passed, passedGraph,
                List.of(timex(passed, 3, 4, "DATE", "2022-01-22")), WEDNESDAY).get(0);

        assertThat(List.of(friday, saturday)).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-01-21", "tense:premodifier"), tuple("2022-01-15", "tense:premodifier"));
        // results are published on a day set ahead: the Friday two days ahead, not the one five days back
        List<Token> results = tokens("Investors/NNS/investor wait/VBP/wait for/IN/for Friday/NNP/Friday 's/POS/'s "
                + "results/NNS/result");
        List<Dependency> resultsGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:for(1,5) case(5,2) nmod:poss(5,3) case(3,4)");
        assertThat(DateResolver.resolve(results, resultsGraph, List.of(timex(results, 3, 4, "DATE", "2022-01-14")),
                WEDNESDAY)).extracting(Timex::value).containsExactly("2022-01-21");
    }

    @Test
    void anInfinitiveOfARankedNounTakesTheTenseOfItsClause() {
        List<Token> nation = tokens("They/PRP/they were/VBD/be the/DT/the first/JJ/first nation/NN/nation to/TO/to "
                + "strike/VB/strike on/IN/on Saturday/NNP/Saturday");
        List<Dependency> nationGraph = dependencies("root(-1,4) nsubj(4,0) cop(4,1) det(4,2) amod(4,3) acl:to(4,6) "
                + "mark(6,5) obl:on(6,8) case(8,7)");

        Timex saturday = DateResolver.resolve(nation, nationGraph, List.of(timex(nation, 8, 9, "DATE", "2022-01-22")),
                WEDNESDAY).get(0);

        assertThat(saturday.value()).isEqualTo("2022-01-15");
        assertThat(saturday.rule()).isEqualTo("tense:past");
    }

    @Test
    void aDayOfAMonthInThePresentIsThePastOneUnlessTheNextIsTwiceAsNear() {
        List<Token> tokens = tokens("Militias/NNS/militia take/VBP/take control/NN/control on/IN/on "
                + "February/NNP/February 24/CD/24");
        List<Dependency> graph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:on(1,4) case(4,3) nummod(4,5)");

        Timex february = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 4, 6, "DATE", "2012-02-24")),
                LocalDate.of(2011, 8, 30)).get(0);

        assertThat(february.value()).isEqualTo("2011-02-24");
        assertThat(february.rule()).isEqualTo("tense:present");
    }

    @Test
    void theDateOfWhatCannotBeScheduledIsPast() {
        List<Token> tokens = tokens("They/PRP/they discussed/VBD/discuss the/DT/the Jan./NNP/January 28/CD/28 "
                + "bombing/NN/bombing");
        List<Dependency> graph = dependencies("root(-1,1) nsubj(1,0) det(5,2) compound(5,3) nummod(3,4) obj(1,5)");

        Timex january = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 3, 5, "DATE", "2022-01-28")),
                WEDNESDAY).get(0);

        assertThat(january.value()).isEqualTo("2021-01-28");
        assertThat(january.rule()).isEqualTo("tense:premodifier");
        // written on a Tuesday: the Wednesday before, not the one after, however near
        List<Token> clashes = tokens("Three/CD/three died/VBD/die in/IN/in Wednesday/NNP/Wednesday 's/POS/'s "
                + "clashes/NNS/clash");
        Timex wednesday = DateResolver.resolve(clashes, dependencies("root(-1,1) nsubj(1,0) obl:in(1,5) case(5,2) "
                + "nmod:poss(5,3) case(3,4)"), List.of(timex(clashes, 3, 4, "DATE", "2011-02-02")),
                LocalDate.of(2011, 2, 1)).get(0);
        assertThat(wednesday.value()).isEqualTo("2011-01-26");
    }

    @Test
    void theSeptemberElevenAttacksAreThoseOf2001ButOtherSeptemberElevensAreNot() {
        List<Token> tokens = tokens("a/DT/a role/NN/role in/IN/in the/DT/the Sept./NNP/September 11/CD/11 "
                + "attacks/NNS/attack");
        List<Dependency> graph = dependencies("root(-1,1) det(1,0) nmod:in(1,6) case(6,2) det(6,3) compound(6,4) "
                + "nummod(4,5)");
        List<Token> meeting = tokens("the/DT/the Sept./NNP/September 11/CD/11 meeting/NN/meeting");
        List<Dependency> meetingGraph = dependencies("root(-1,3) det(3,0) compound(3,1) nummod(1,2)");
        LocalDate june = LocalDate.of(2005, 6, 30);

        Timex attacks = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 4, 6, "DATE", "2005-09-11")),
                june).get(0);
        Timex other = DateResolver.resolve(meeting, meetingGraph, List.of(timex(meeting, 1, 3, "DATE",
                "2004-09-11")), june).get(0);
        Timex before = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 4, 6, "DATE", "1998-09-11")),
                LocalDate.of(1998, 10, 1)).get(0);

        assertThat(attacks).extracting(Timex::value, Timex::rule).containsExactly("2001-09-11", "named:event");
        assertThat(other).extracting(Timex::value, Timex::rule).containsExactly("2005-09-11", "tense:premodifier");
        assertThat(before.value()).isEqualTo("1998-09-11");
    }

    @Test
    void whatSomethingHasLastedSinceIsPastWhateverTheClause() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will make/VB/make a/DT/a trip/NN/trip since/IN/since "
                + "the/DT/the Friday/NNP/Friday explosion/NN/explosion");
        List<Dependency> graph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) det(4,3) obj(2,4) case(8,5) det(8,6) "
                + "compound(8,7) nmod:since(4,8)");

        Timex friday = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 7, 8, "DATE", "2022-01-21")),
                WEDNESDAY).get(0);

        assertThat(friday.value()).isEqualTo("2022-01-14");
        assertThat(friday.rule()).isEqualTo("tense:premodifier");
    }

    @Test
    void backInAMonthLooksBackButBeingBackInOneDoesNot() {
        List<Token> said = tokens("I/PRP/I will/MD/will say/VB/say that/IN/that ,/,/, back/RB/back in/IN/in "
                + "May/NNP/May ,/,/, the/DT/the variant/NN/variant was/VBD/be rare/JJ/rare");
        List<Dependency> saidGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) punct(3,4) dep(4,5) "
                + "obl:in(5,7) case(7,6) punct(7,8) det(10,9) nsubj(12,10) cop(12,11) parataxis(2,12)");
        List<Token> be = tokens("He/PRP/he will/MD/will be/VB/be back/RB/back in/IN/in May/NNP/May");
        List<Dependency> beGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) cop(3,2) obl:in(3,5) case(5,4)");

        assertThat(DateResolver.resolve(said, saidGraph, List.of(timex(said, 7, 8, "DATE", "2022-05")), WEDNESDAY))
                .extracting(Timex::value, Timex::rule).containsExactly(tuple("2021-05", "tense:past"));
        assertThat(DateResolver.resolve(be, beGraph, List.of(timex(be, 5, 6, "DATE", "2022-05")), WEDNESDAY))
                .extracting(Timex::value).containsExactly("2022-05");
    }

    @Test
    void lookingBackToAMonthLooksToThePast() {
        // the present after "if" would put both months ahead
        List<Token> tokens = tokens("if/IN/if you/PRP/you look/VBP/look back/RB/back to/IN/to "
                + "December/NNP/December ,/,/, January/NNP/January ,/,/, vaccines/NNS/vaccine were/VBD/be "
                + "scarce/JJ/scarce");
        List<Dependency> graph = dependencies("root(-1,11) advcl:if(11,2) mark(2,0) nsubj(2,1) advmod(2,3) "
                + "obl:to(3,5) case(5,4) punct(5,6) appos(5,7) punct(11,8) nsubj(11,9) cop(11,10)");

        assertThat(DateResolver.resolve(tokens, graph, List.of(timex(tokens, 5, 6, "DATE", "2020-12"),
                timex(tokens, 7, 8, "DATE", "2021-01")), LocalDate.of(2021, 5, 11)))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("December", "2020-12"),
                        tuple("January", "2021-01"));
    }

    @Test
    void theTwentyNinthOfFebruaryIsThatOfALeapYear() {
        List<Token> tokens = tokens("Staff/NNS/staff left/VBD/leave on/IN/on 29/CD/29 February/NNP/February");
        List<Dependency> graph = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) compound(3,4)");

        Timex leapDay = DateResolver.resolve(tokens, graph, List.of(timex(tokens, 3, 5, "DATE", "2013-02-28")),
                LocalDate.of(2012, 3, 1)).get(0);

        assertThat(leapDay.value()).isEqualTo("2012-02-29");
    }

    @Test
    void aPastTenseWithoutASubjectUnderAPerfectIsAParticiple() {
        // CoreNLP's parse of "The government has kept the markets closed until Friday": "closed" a past tense
        List<Token> tokens = tokens("The/DT/the government/NN/government has/VBZ/have kept/VBN/keep the/DT/the "
                + "markets/NNS/market closed/VBD/close until/IN/until Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies(
                "root(-1,3) det(1,0) nsubj(3,1) aux(3,2) obj(3,5) det(5,4) advmod(3,6) obl:until(6,8) case(8,7)");
        List<Token> told = tokens("The/DT/the government/NN/government kept/VBD/keep the/DT/the "
                + "markets/NNS/market closed/VBD/close until/IN/until Friday/NNP/Friday");
        List<Dependency> toldGraph = dependencies(
                "root(-1,2) det(1,0) nsubj(2,1) obj(2,4) det(4,3) advmod(2,5) obl:until(5,7) case(7,6)");

        Timex kept = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 8, 9, "DATE", "2022-01-14")), WEDNESDAY).get(0);
        Timex keptThen = DateResolver.resolve(told, toldGraph,
                List.of(timex(told, 7, 8, "DATE", "2022-01-21")), WEDNESDAY).get(0);

        assertThat(kept.value()).isEqualTo("2022-01-21");
        assertThat(kept.rule()).isEqualTo("tense:unknown");
        assertThat(keptThen.value()).isEqualTo("2022-01-14");
        assertThat(keptThen.rule()).isEqualTo("tense:past");
        // "said" stays a past tense when the parser lost its subject
        List<Token> said = tokens("Libya/NNP/Libya will/MD/will fight/VB/fight ,/,/, al-Islam/NNP/al-Islam "
                + "said/VBD/say on/IN/on Thursday/NNP/Thursday");
        Timex thursday = DateResolver.resolve(said, dependencies("root(-1,2) nsubj(2,0) aux(2,1) punct(2,3) "
                + "appos(0,4) acl(4,5) obl:on(5,7) case(7,6)"), List.of(timex(said, 7, 8, "DATE", "2022-01-20")),
                WEDNESDAY).get(0);
        assertThat(thursday).extracting(Timex::value, Timex::rule).containsExactly("2022-01-13", "tense:past");
    }

    @Test
    void theWeekendFollowsTheTense() {
        List<Token> tokens = tokens("The/DT/the storm/NN/storm killed/VBD/kill 12/CD/12 people/NNS/people "
                + "over/IN/over the/DT/the weekend/NN/weekend and/CC/and more/JJR/more rain/NN/rain will/MD/will "
                + "fall/VB/fall over/IN/over the/DT/the weekend/NN/weekend");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,4) nummod(4,3) "
                + "obl:over(2,7) case(7,5) det(7,6) cc(12,8) amod(10,9) nsubj(12,10) aux(12,11) conj:and(2,12) "
                + "obl:over(12,15) case(15,13) det(15,14)");
        List<Timex> timexes = List.of(timex(tokens, 6, 8, "DATE", "2022-W03-WE"),
                timex(tokens, 14, 16, "DATE", "2022-W03-WE"));

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY);

        assertThat(resolved).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2022-W02-WE", "tense:past"), tuple("2022-W03-WE", null));
    }

    @Test
    void haveToIsNoPerfect() {
        // CoreNLP's parse of "The agency has until Friday to respond": "has" an auxiliary of "respond"
        List<Token> tokens = tokens("The/DT/the agency/NN/agency has/VBZ/have until/IN/until Friday/NNP/Friday "
                + "to/TO/to respond/VB/respond");
        List<Dependency> dependencies = dependencies(
                "root(-1,6) det(1,0) nsubj(6,1) aux(6,2) mark(6,3) nsubj(6,4) mark(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2022-01-14")), WEDNESDAY).get(0);

        // not a perfect (which would be past), and "until" the day it ends, ahead
        assertThat(resolved.value()).isEqualTo("2022-01-21");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void aParticipleWithItsOwnSubjectAndNoAuxiliaryIsPast() {
        // CoreNLP tags "traded" in "The stock traded at a low on Friday" as a participle
        List<Token> tokens = tokens("The/DT/the stock/NN/stock traded/VBN/trade at/IN/at a/DT/a low/NN/low "
                + "on/IN/on Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) det(1,0) nsubj(2,1) obl:at(2,5) case(5,3) det(5,4) obl:on(2,7) case(7,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2022-01-21")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-14");
        assertThat(resolved.rule()).isEqualTo("tense:past");
    }

    @Test
    void theMonthOfThePublicationIsThisYearsWhateverTheTense() {
        List<Token> tokens = tokens("By/IN/by the/DT/the end/NN/end of/IN/of January/NNP/January ,/,/, tests/NNS/test "
                + "should/MD/should be/VB/be available/JJ/available");
        List<Dependency> dependencies = dependencies("root(-1,9) obl:by(9,2) case(2,0) det(2,1) nmod:of(2,4) "
                + "case(4,3) punct(9,5) nsubj(9,6) aux(9,7) cop(9,8)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 1, 5, "DATE", "2023-01")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void aBaseFormWithItsOwnSubjectIsPresent() {
        // CoreNLP tags "run" in "The drills began in January and run through March" as a base form
        List<Token> tokens = tokens("The/DT/the drills/NNS/drill began/VBD/begin in/IN/in January/NNP/January "
                + "and/CC/and run/VB/run through/IN/through March/NNP/March");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:in(2,4) case(4,3) "
                + "conj:and(2,6) nsubj(6,1) cc(6,5) obl:through(6,8) case(8,7)");
        List<Timex> timexes = List.of(timex(tokens, 4, 5, "DATE", "2022-01"), timex(tokens, 8, 9, "DATE", "2022-03"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, WEDNESDAY)).isEqualTo(timexes);
    }

    @Test
    void whatIsExtendedIntoAMonthEndsAhead() {
        List<Token> tokens = tokens("It/PRP/it extends/VBZ/extend the/DT/the benefit/NN/benefit into/IN/into "
                + "September/NNP/September");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) det(3,2) obj(1,3) obl:into(1,5) "
                + "case(5,4)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 5, 6, "DATE", "2021-09")),
                LocalDate.of(2022, 3, 5))).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2022-09", "tense:future"));
        // what reaches into a month said in the present too, but not an infinitive's reach
        List<Token> runs = tokens("The/DT/the program/NN/program runs/VBZ/run into/IN/into September/NNP/September");
        List<Dependency> runsGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:into(2,4) case(4,3)");
        assertThat(DateResolver.resolve(runs, runsGraph, List.of(timex(runs, 4, 5, "DATE", "2021-09")),
                LocalDate.of(2022, 3, 5))).extracting(Timex::value).containsExactly("2022-09");
        List<Token> meet = tokens("It/PRP/it made/VBD/make it/PRP/it hard/JJ/hard for/IN/for Sun/NNP/Sun to/TO/to "
                + "meet/VB/meet demand/NN/demand into/IN/into the/DT/the summer/NN/summer");
        List<Dependency> meetGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) xcomp(1,3) advcl:to(3,7) "
                + "mark(7,4) nsubj(7,5) mark(7,6) obj(7,8) obl:into(7,11) case(11,9) det(11,10)");
        assertThat(DateResolver.resolve(meet, meetGraph, List.of(timex(meet, 10, 12, "DATE", "1989-SU")),
                LocalDate.of(1989, 10, 27))).extracting(Timex::value).containsExactly("1989-SU");
    }

    @Test
    void thisPastWeekendIsTheLastOne() {
        List<Token> tokens = tokens("This/DT/this past/JJ/past weekend/NN/weekend ,/,/, he/PRP/he called/VBD/call");
        List<Dependency> dependencies = dependencies("root(-1,5) det(2,0) amod(2,1) obl:tmod(5,2) punct(5,3) "
                + "nsubj(5,4)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 0, 3, "DATE", "2022-W03-WE")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-W02-WE");
    }

    @Test
    void aPassiveInfinitiveIsNoArrangement() {
        List<Token> tokens = tokens("It/PRP/it agreed/VBD/agree to/TO/to be/VB/be sold/VBN/sell on/IN/on "
                + "Sunday/NNP/Sunday");
        List<Dependency> dependencies = dependencies(
                "root(-1,1) nsubj(1,0) xcomp(1,4) mark(4,2) aux:pass(4,3) obl:on(4,6) case(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 7, "DATE", "2022-01-23")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-16");
        assertThat(resolved.rule()).isEqualTo("tense:unknown");
    }

    @Test
    void anInfinitiveOfTryingHappensWhenTheTryingDid() {
        List<Token> tried = tokens("They/PRP/they tried/VBD/try to/TO/to approach/VB/approach the/DT/the "
                + "house/NN/house Friday/NNP/Friday");
        List<Token> agreed = tokens("They/PRP/they agreed/VBD/agree to/TO/to approach/VB/approach the/DT/the "
                + "house/NN/house Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies(
                "root(-1,1) nsubj(1,0) xcomp(1,3) mark(3,2) obj(3,5) det(5,4) obl:tmod(3,6)");

        Timex triedFriday = DateResolver.resolve(tried, dependencies,
                List.of(timex(tried, 6, 7, "DATE", "2022-01-21")), WEDNESDAY).get(0);
        Timex agreedFriday = DateResolver.resolve(agreed, dependencies,
                List.of(timex(agreed, 6, 7, "DATE", "2022-01-21")), WEDNESDAY).get(0);

        assertThat(triedFriday.value()).isEqualTo("2022-01-14");
        assertThat(triedFriday.rule()).isEqualTo("tense:past");
        assertThat(agreedFriday.value()).isEqualTo("2022-01-21");
    }

    @Test
    void anInfinitiveOfWhatSomeoneWasAbleToDoHappenedThen() {
        List<Token> tokens = tokens("They/PRP/they were/VBD/be able/JJ/able to/TO/to return/VB/return on/IN/on "
                + "Friday/NNP/Friday ././.");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) cop(2,1) xcomp(2,4) mark(4,3) "
                + "obl:on(4,6) case(6,5) punct(2,7)");

        Timex friday = DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 6, 7, "DATE", "2022-01-21")),
                WEDNESDAY).get(0);

        assertThat(friday.value()).isEqualTo("2022-01-14");
        assertThat(friday.rule()).isEqualTo("tense:past");
    }

    @Test
    void thatOpeningAClauseMakesNoMonthRelative() {
        List<Token> clause = tokens("The/DT/the report/NN/report reveals/VBZ/reveal that/IN/that in/IN/in "
                + "April/NNP/April the/DT/the office/NN/office denied/VBD/deny a/DT/a request/NN/request");
        List<Dependency> clauseGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) ccomp(2,8) mark(8,3) "
                + "obl:in(8,5) case(5,4) det(7,6) nsubj(8,7) obj(8,10) det(10,9)");
        List<Token> determiner = tokens("In/IN/in that/DT/that April/NNP/April the/DT/the office/NN/office "
                + "denied/VBD/deny a/DT/a request/NN/request");
        List<Dependency> determinerGraph = dependencies(
                "root(-1,5) obl:in(5,2) case(2,0) det(2,1) det(4,3) nsubj(5,4) obj(5,7) det(7,6)");
        LocalDate october = LocalDate.of(2010, 10, 7);

        Timex reveals = DateResolver.resolve(clause, clauseGraph,
                List.of(timex(clause, 5, 6, "DATE", "2011-04")), october).get(0);
        Timex thatApril = DateResolver.resolve(determiner, determinerGraph,
                List.of(timex(determiner, 1, 3, "DATE", "2011-04")), october).get(0);

        assertThat(reveals.value()).isEqualTo("2010-04");
        assertThat(reveals.rule()).isEqualTo("tense:past");
        assertThat(thatApril.value()).isEqualTo("2011-04");
    }

    @Test
    void aPresentAfterIfIsAFuture() {
        List<Token> tokens = tokens("If/IN/if voters/NNS/voter switch/VBP/switch on/IN/on Thursday/NNP/Thursday ,/,/, "
                + "he/PRP/he loses/VBZ/lose");
        List<Dependency> dependencies = dependencies(
                "root(-1,7) mark(2,0) nsubj(2,1) obl:on(2,4) case(4,3) advcl:if(7,2) punct(7,5) nsubj(7,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2022-01-13")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-20");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void wouldInAClauseTheParserLeftLooseUnderAPastIsAFuture() {
        List<Token> tokens = tokens("It/PRP/it was/VBD/be secure/JJ/secure he/PRP/he would/MD/would start/VB/start "
                + "by/IN/by Thursday/NNP/Thursday");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) nsubj(2,0) cop(2,1) dep(2,5) nsubj(5,3) aux(5,4) obl:by(5,7) case(7,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2022-01-13")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-20");
    }

    @Test
    void anInfinitiveOfADecisionTakesTheTenseOfItsClause() {
        List<Token> tokens = tokens("The/DT/the decision/NN/decision to/TO/to cut/VB/cut the/DT/the rating/NN/rating "
                + "on/IN/on Friday/NNP/Friday has/VBZ/have sparked/VBN/spark a/DT/a rally/NN/rally");
        List<Dependency> dependencies = dependencies("root(-1,9) det(1,0) nsubj(9,1) acl(1,3) mark(3,2) obj(3,5) "
                + "det(5,4) obl:on(3,7) case(7,6) aux(9,8) obj(9,11) det(11,10)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2022-01-21")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-14");
        assertThat(resolved.rule()).isEqualTo("tense:past");
    }

    @Test
    void aDeadlineHungOnTheVerbOfSayingIsTheReportedClauses() {
        List<Token> tokens = tokens("By/IN/by Friday/NNP/Friday ,/,/, she/PRP/she said/VBD/say they/PRP/they "
                + "should/MD/should have/VB/have a/DT/a machine/NN/machine");
        List<Dependency> dependencies = dependencies("root(-1,4) case(1,0) obl:by(4,1) punct(4,2) nsubj(4,3) "
                + "ccomp(4,7) nsubj(7,5) aux(7,6) obj(7,9) det(9,8)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 1, 2, "DATE", "2022-01-14")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-21");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void aMonthOfWhatWasPromisedLiesAfterThePromise() {
        // published in February: the September of a pledge made on Tuesday is the coming one
        List<Token> tokens = tokens("He/PRP/he agreed/VBD/agree Tuesday/NNP/Tuesday to/TO/to step/VB/step "
                + "down/RP/down in/IN/in September/NNP/September");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:tmod(1,2) xcomp(1,4) mark(4,3) "
                + "compound:prt(4,5) obl:in(4,7) case(7,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2010-09")), LocalDate.of(2011, 2, 3)).get(0);

        assertThat(resolved.value()).isEqualTo("2011-09");
        assertThat(resolved.rule()).isEqualTo("tense:future");
    }

    @Test
    void havingBeforeAParticipleIsAPerfect() {
        List<Token> tokens = tokens("Having/VBG/have swept/VBN/sweep elections/NNS/election in/IN/in "
                + "January/NNP/January ,/,/, they/PRP/they boast/VBP/boast a/DT/a mandate/NN/mandate");
        List<Dependency> dependencies = dependencies("root(-1,7) advcl(7,0) amod(2,1) obj(0,2) obl:in(0,4) "
                + "case(4,3) punct(7,5) nsubj(7,6) obj(7,9) det(9,8)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2006-01")), LocalDate.of(2005, 8, 12)).get(0);

        assertThat(resolved.value()).isEqualTo("2005-01");
    }

    @Test
    void aTimetabledOrProgressivePresentSpeaksOfTheDaysAhead() {
        // published on a Wednesday: the Monday before is two days back, the next one five days ahead
        List<Token> tokens = tokens("Public/JJ/public hearings/NNS/hearing start/VBP/start Monday/NNP/Monday");
        List<Dependency> dependencies = dependencies("root(-1,2) amod(1,0) nsubj(2,1) obl:tmod(2,3)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 3, 4, "DATE", "2022-01-17")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-24");
        // a present progressive tells what is arranged
        List<Token> gathering = tokens("Envoys/NNS/envoy are/VBP/be gathering/VBG/gather on/IN/on Monday/NNP/Monday");
        List<Dependency> gatheringGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) case(4,3)");
        assertThat(DateResolver.resolve(gathering, gatheringGraph,
                List.of(timex(gathering, 4, 5, "DATE", "2022-01-17")), WEDNESDAY)).extracting(Timex::value)
                .containsExactly("2022-01-24");
    }

    @Test
    void aDateAfterWhatIsAwaitedLiesAfterTheClause() {
        // "in April" hung by the parser on "released": the summit prepared for lies after the release, so the
        // nearer April (the one ahead), not the one before the past verb
        List<Token> tokens = tokens("Officials/NNS/official released/VBD/release a/DT/a paper/NN/paper in/IN/in "
                + "preparation/NN/preparation for/IN/for the/DT/the summit/NN/summit in/IN/in April/NNP/April");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2) obl:in(1,5) case(5,4) "
                + "nmod:for(5,8) case(8,6) det(8,7) obl:in(1,10) case(10,9)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 10, 11, "DATE", "2022-04")),
                WEDNESDAY)).extracting(Timex::value).containsExactly("2022-04");
        // in the present, ahead of the writing: not the November just gone
        List<Token> gather = tokens("Leaders/NNS/leader gather/VBP/gather ahead/RB/ahead of/IN/of the/DT/the "
                + "summit/NN/summit in/IN/in November/NNP/November");
        List<Dependency> gatherGraph = dependencies(
                "root(-1,1) nsubj(1,0) advmod(1,2) obl:of(2,5) case(5,3) det(5,4) obl:in(1,7) case(7,6)");
        assertThat(DateResolver.resolve(gather, gatherGraph, List.of(timex(gather, 7, 8, "DATE", "2021-11")),
                WEDNESDAY)).extracting(Timex::value).containsExactly("2022-11");
        // what is awaited may be the season itself, after "of": in November, the winter ahead, not the last one
        List<Token> stored = tokens("Storage/NN/storage rose/VBD/rise ahead/RB/ahead of/IN/of the/DT/the "
                + "thick/NN/thick of/IN/of winter/NN/winter");
        List<Dependency> storedGraph = dependencies(
                "root(-1,1) nsubj(1,0) advmod(1,2) obl:of(2,5) case(5,3) det(5,4) obl:of(1,7) case(7,6)");
        assertThat(DateResolver.resolve(stored, storedGraph, List.of(timex(stored, 7, 8, "DATE", "2022-WI")),
                LocalDate.of(2022, 11, 29))).extracting(Timex::value).containsExactly("2022-WI");
    }

    @Test
    void aWeekdayOfWhatIsAwaitedInAClauseNotPastIsTheNextOne() {
        // written on a Monday: Friday's vote the campaign nears is four days ahead, though the last Friday is three
        // days back; shares that rose ahead of Friday's vote keep the nearer one
        LocalDate monday = LocalDate.of(2022, 1, 17);
        List<Token> tokens = tokens("The/DT/the campaign/NN/campaign enters/VBZ/enter its/PRP$/its final/JJ/final "
                + "stages/NNS/stage ahead/RB/ahead of/IN/of Friday/NNP/Friday 's/POS/'s vote/NN/vote");
        List<Dependency> dependencies = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,5) nmod:poss(5,3) "
                + "amod(5,4) advmod(2,6) obl:of(6,10) case(10,7) nmod:poss(10,8) case(8,9)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 8, 9, "DATE", "2022-01-21")),
                monday)).extracting(Timex::value).containsExactly("2022-01-21");
        List<Token> rose = tokens("Shares/NNS/share rose/VBD/rise ahead/RB/ahead of/IN/of Friday/NNP/Friday "
                + "'s/POS/'s vote/NN/vote");
        List<Dependency> roseGraph = dependencies(
                "root(-1,1) nsubj(1,0) advmod(1,2) obl:of(2,6) case(6,3) nmod:poss(6,4) case(4,5)");
        assertThat(DateResolver.resolve(rose, roseGraph, List.of(timex(rose, 4, 5, "DATE", "2022-01-21")),
                monday)).extracting(Timex::value).containsExactly("2022-01-14");
    }

    @Test
    void whatWasPredictedLiesAfterThePrediction() {
        // written on a Friday: the waves predicted through Sunday are those of the Sunday two days ahead
        List<Token> tokens = tokens("Forecasters/NNS/forecaster predicted/VBD/predict high/JJ/high waves/NNS/wave "
                + "through/IN/through Sunday/NNP/Sunday");
        List<Dependency> dependencies = dependencies(
                "root(-1,1) nsubj(1,0) obj(1,3) amod(3,2) obl:through(1,5) case(5,4)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 5, 6, "DATE", "2022-01-23")),
                LocalDate.of(2022, 1, 21))).extracting(Timex::value).containsExactly("2022-01-23");
    }

    @Test
    void aWeekdayBeforeAModalIsItsSubjectHoweverTheParserHungIt() {
        // written on a Thursday: the Friday she thought would be her last is the next day, though the parser hung
        // it on "thought" as a time
        List<Token> tokens = tokens("She/PRP/she thought/VBD/think Friday/NNP/Friday would/MD/would be/VB/be "
                + "her/PRP$/her last/JJ/last day/NN/day");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:tmod(1,2) dep(1,7) aux(7,3) cop(7,4) "
                + "nmod:poss(7,5) amod(7,6)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 2, 3, "DATE", "2011-02-11")),
                LocalDate.of(2011, 2, 10))).extracting(Timex::value).containsExactly("2011-02-11");
    }

    @Test
    void aParticipleTaggedAsAPastSharesThePassiveItIsJoinedTo() {
        // written on a Wednesday: "hooked" is a participle of "would be", so the weekend ahead, not the last one
        List<Token> tokens = tokens("He/PRP/he said/VBD/say it/PRP/it would/MD/would be/VB/be deployed/VBN/deploy "
                + "and/CC/and hooked/VBD/hook up/RP/up over/IN/over the/DT/the weekend/NN/weekend");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) ccomp(1,5) ccomp(1,7) nsubj:pass(5,2) "
                + "aux(5,3) aux:pass(5,4) cc(7,6) conj:and(5,7) nsubj:pass(7,2) compound:prt(7,8) obl:over(7,11) "
                + "case(11,9) det(11,10)");

        assertThat(DateResolver.resolve(tokens, dependencies, List.of(timex(tokens, 10, 12, "DATE", "2022-W03-WE")),
                WEDNESDAY)).extracting(Timex::value).containsExactly("2022-W03-WE");
    }

    @Test
    void aWeekdayTheParserMadeASubjectIsNoTimetable() {
        // "those surveyed Monday say BP is doing a poor job": the parser made Monday the subject of "doing"; the
        // poll is of the Monday before, not an arrangement for the next one
        List<Token> tokens = tokens("Those/DT/those surveyed/VBN/survey Monday/NNP/Monday say/VBP/say BP/NNP/BP "
                + "is/VBZ/be doing/VBG/do poorly/RB/poorly");
        List<Dependency> dependencies = dependencies(
                "root(-1,6) nsubj(6,0) amod(2,1) nsubj(6,2) conj:and(2,3) obj(3,4) aux(6,5) advmod(6,7)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 2, 3, "DATE", "2022-01-17")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-17");
    }

    @Test
    void aDateAfterTheNounOfWhatHappenedIsPastWhateverTheClause() {
        List<Token> tokens = tokens("He/PRP/he will/MD/will face/VB/face trial/NN/trial for/IN/for the/DT/the "
                + "killing/NN/killing late/JJ/late January/NNP/January");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) obl:for(2,6) case(6,4) det(6,5) obl:tmod(6,8) amod(8,7)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 9, "DATE", "2023-01")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01");
    }

    @Test
    void aDateOnACallForSomethingIsOfWhatIsCalledFor() {
        // published on a Wednesday: the Friday called for is two days ahead
        List<Token> tokens = tokens("They/PRP/they called/VBD/call for/IN/for a/DT/a rally/NN/rally on/IN/on "
                + "Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies(
                "root(-1,1) nsubj(1,0) obl:for(1,4) case(4,2) det(4,3) obl:on(1,6) case(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 7, "DATE", "2022-01-14")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-21");
    }

    @Test
    void anInfinitiveUnderAPassiveReportIsPast() {
        // published on a Wednesday: the Saturday four days back, not the one three days ahead
        List<Token> tokens = tokens("A/DT/a student/NN/student was/VBD/be found/VBN/find to/TO/to be/VB/be "
                + "infected/VBN/infect on/IN/on Saturday/NNP/Saturday");
        List<Dependency> dependencies = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) xcomp(3,6) "
                + "mark(6,4) aux:pass(6,5) obl:on(6,8) case(8,7)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 8, 9, "DATE", "2022-01-22")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-15");
    }

    @Test
    void aPresentAfterWhenIsAFuture() {
        // published on a Wednesday: the Friday after, not the one before
        List<Token> tokens = tokens("Talks/NNS/talk may/MD/may fail/VB/fail when/WRB/when they/PRP/they meet/VBP/meet "
                + "on/IN/on Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) advcl(2,5) advmod(5,3) nsubj(5,4) obl:on(5,7) case(7,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 7, 8, "DATE", "2022-01-14")), WEDNESDAY).get(0);

        assertThat(resolved.value()).isEqualTo("2022-01-21");
    }

    @Test
    void aDateSetAsSomethingAndTheEndOfAPastSpanThroughItMayLieAhead() {
        // published in October: November 10 and 17 of this year are nearer than those of the year before
        List<Token> set = tokens("They/PRP/they have/VBP/have set/VBN/set Nov./NNP/Nov. 10/CD/10 as/IN/as the/DT/the "
                + "deadline/NN/deadline");
        List<Dependency> setGraph = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obl:tmod(2,3) nummod(3,4) obl:as(2,7) case(7,5) det(7,6)");
        List<Token> through = tokens("shares/NNS/share tendered/VBN/tender through/IN/through Nov./NNP/Nov. "
                + "17/CD/17");
        List<Dependency> throughGraph = dependencies("root(-1,0) acl(0,1) obl:through(1,3) case(3,2) nummod(3,4)");
        LocalDate october = LocalDate.of(1989, 10, 26);

        Timex deadline = DateResolver.resolve(set, setGraph, List.of(timex(set, 3, 5, "DATE", "1989-11-10")),
                october).get(0);
        Timex end = DateResolver.resolve(through, throughGraph, List.of(timex(through, 3, 5, "DATE", "1989-11-17")),
                october).get(0);

        assertThat(deadline.value()).isEqualTo("1989-11-10");
        assertThat(end.value()).isEqualTo("1989-11-17");
    }

    @Test
    void theEndOfAPastSpanAfterItsNounMayLieAhead() {
        List<Token> tokens = tokens("Banks/NNS/bank have/VBP/have extended/VBN/extend loans/NNS/loan "
                + "through/IN/through January/NNP/January");
        List<Dependency> dependencies = dependencies(
                "root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) nmod:through(3,5) case(5,4)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 5, 6, "DATE", "1990-01")), LocalDate.of(1989, 10, 26)).get(0);

        assertThat(resolved.value()).isEqualTo("1990-01");
    }

    @Test
    void theDayOfTheAttacksAfterOfIsTheirs() {
        List<Token> tokens = tokens("in/IN/in the/DT/the wake/NN/wake of/IN/of 11/CD/11 September/NNP/September");
        List<Dependency> dependencies = dependencies("root(-1,2) case(2,0) det(2,1) nmod:of(2,5) case(5,3) "
                + "nummod(5,4)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 6, "DATE", "2005-09-11")), LocalDate.of(2005, 5, 22)).get(0);

        assertThat(resolved.value()).isEqualTo("2001-09-11");
    }

    @Test
    void aDeadlineDemandedMayLieAhead() {
        // published in early September: the September 10 to come, not the one a year back
        List<Token> tokens = tokens("They/PRP/they sent/VBD/send a/DT/a letter/NN/letter demanding/VBG/demand "
                + "a/DT/a briefing/NN/briefing by/IN/by Sept./NNP/Sept. 10/CD/10");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2) acl(3,4) obj(4,6) "
                + "det(6,5) nmod:by(6,8) case(8,7) nummod(8,9)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 8, 10, "DATE", "2010-09-10")), LocalDate.of(2010, 9, 3)).get(0);

        assertThat(resolved.value()).isEqualTo("2010-09-10");
    }

    @Test
    void aDeadlinePromisedMayLieAhead() {
        // published in June: the August to come, as SUTime's tense heuristic took it for the last one
        List<Token> tokens = tokens("She/PRP/she pledged/VBD/pledge legislation/NN/legislation by/IN/by "
                + "August/NNP/August");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:by(1,4) case(4,3)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 4, 5, "DATE", "2009-08")), LocalDate.of(2010, 6, 10)).get(0);

        assertThat(resolved.value()).isEqualTo("2010-08");
    }

    @Test
    void whatIsDueFallsDueOnEitherSideOfThePastClause() {
        // published in June: a payment due in August is this August's, not last year's
        List<Token> tokens = tokens("Six/CD/six Flags/NNS/flag was/VBD/be facing/VBG/face a/DT/a payment/NN/payment "
                + "due/IN/due in/IN/in August/NNP/August");
        List<Dependency> dependencies = dependencies("root(-1,3) nummod(1,0) nsubj(3,1) aux(3,2) obj(3,5) det(5,4) "
                + "xcomp(3,6) obl:in(6,8) case(8,7)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 8, 9, "DATE", "2008-08")), LocalDate.of(2009, 6, 15)).get(0);

        assertThat(resolved.value()).isEqualTo("2009-08");
    }

    @Test
    void anInfinitiveOfTryingTakesTheTenseOfTheClauseItsParticipleHangsFrom() {
        // published on a Friday: the Monday before, not the one after
        List<Token> tokens = tokens("People/NNS/people trying/VBG/try to/TO/to enter/VB/enter Syria/NNP/Syria "
                + "on/IN/on Monday/NNP/Monday were/VBD/be shot/VBN/shoot");
        List<Dependency> dependencies = dependencies("root(-1,8) nsubj:pass(8,0) aux:pass(8,7) acl(0,1) xcomp(1,3) "
                + "mark(3,2) obj(3,4) obl:on(3,6) case(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 7, "DATE", "2012-04-02")), LocalDate.of(2012, 3, 30)).get(0);

        assertThat(resolved.value()).isEqualTo("2012-03-26");
    }

    @Test
    void thisFallToldInThePastBeforeItBeganIsLastYears() {
        List<Token> tokens = tokens("Imports/NNS/import hit/VBD/hit a/DT/a high/NN/high this/DT/this fall/NN/fall");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2) obl:tmod(1,5) "
                + "det(5,4)");
        List<Timex> timexes = List.of(timex(tokens, 4, 6, "DATE", "2009-FA"));

        assertThat(DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2009, 2, 20)).get(0).value())
                .isEqualTo("2008-FA");
        assertThat(DateResolver.resolve(tokens, dependencies, timexes, LocalDate.of(2009, 10, 20)).get(0).value())
                .isEqualTo("2009-FA");
        // the present perfect tells of the time up to now
        List<Token> perfect = tokens("They/PRP/they have/VBP/have put/VBN/put it/PRP/it into/IN/into ads/NNS/ad "
                + "this/DT/this fall/NN/fall");
        List<Dependency> perfectGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,3) obl:into(2,5) case(5,4) "
                + "obl:tmod(2,7) det(7,6)");
        assertThat(DateResolver.resolve(perfect, perfectGraph, List.of(timex(perfect, 6, 8, "DATE", "2009-FA")),
                LocalDate.of(2009, 6, 20)).get(0).value()).isEqualTo("2009-FA");
        // what something was for lies ahead of it
        List<Token> planned = tokens("They/PRP/they worked/VBD/work on/IN/on scenarios/NNS/scenario for/IN/for "
                + "this/DT/this autumn/NN/autumn");
        List<Dependency> plannedGraph = dependencies(
                "root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) nmod:for(3,6) case(6,4) det(6,5)");
        assertThat(DateResolver.resolve(planned, plannedGraph, List.of(timex(planned, 5, 7, "DATE", "2009-FA")),
                LocalDate.of(2009, 6, 30)).get(0).value()).isEqualTo("2009-FA");
    }

    @Test
    void september11IncludedAmongAttacksIsTheOneOf2001() {
        List<Token> tokens = tokens("attacks/NNS/attack ,/,/, including/VBG/include September/NNP/September "
                + "11/CD/11 ,/,/, took/VBD/take place/NN/place");
        List<Dependency> dependencies = dependencies("root(-1,6) nsubj(6,0) punct(0,1) nmod:including(0,3) "
                + "case(3,2) nummod(3,4) obj(6,7)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 3, 5, "DATE", "2004-09-11")), LocalDate.of(2005, 7, 19)).get(0);

        assertThat(resolved.value()).isEqualTo("2001-09-11");
    }

    @Test
    void aMonthScheduledForIsAheadWhenTheClauseGivesNoTense() {
        // published in February: the September of this year, not last year's
        List<Token> tokens = tokens("to/TO/to be/VB/be a/DT/a candidate/NN/candidate in/IN/in the/DT/the "
                + "election/NN/election scheduled/VBN/schedule for/IN/for September/NNP/September");
        List<Dependency> dependencies = dependencies("root(-1,3) mark(3,0) cop(3,1) det(3,2) nmod:in(3,6) "
                + "case(6,4) det(6,5) acl(3,7) obl:for(7,9) case(9,8)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 9, 10, "DATE", "2010-09")), LocalDate.of(2011, 2, 2)).get(0);

        assertThat(resolved.value()).isEqualTo("2011-09");
    }

    @Test
    void aCommandOpeningTheSentenceIsForTheDaysAhead() {
        // published on a Tuesday: the Monday to come
        List<Token> tokens = tokens("Watch/VB/watch the/DT/the show/NN/show at/IN/at 10/CD/10 p.m./NN/p.m. "
                + "Monday/NNP/Monday");
        List<Dependency> dependencies = dependencies("root(-1,0) obj(0,2) det(2,1) obl:at(0,5) case(5,3) nummod(5,4) "
                + "obl:tmod(0,6)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 7, "DATE", "2011-03-07")), LocalDate.of(2011, 3, 8)).get(0);

        assertThat(resolved.value()).isEqualTo("2011-03-14");
    }

    @Test
    void untilADateThatTheParserLeftLooseStillEndsWhatHasBeenPlaced() {
        // published on May 12: the May 28 to come, not the one a year back
        List<Token> tokens = tokens("Interior/NNP/Interior has/VBZ/have placed/VBN/place a/DT/a "
                + "moratorium/NN/moratorium until/IN/until at/IN/at least/JJS/least May/NNP/May 28/CD/28");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) det(4,3) advmod(2,5) "
                + "dep(5,6) fixed(6,7) dep(6,8) dep(8,9)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 8, 10, "DATE", "2010-05-28")), LocalDate.of(2010, 5, 12)).get(0);

        assertThat(resolved.value()).isEqualTo("2010-05-28");
    }

    @Test
    void whatIsLikelyToHappenLiesAhead() {
        // published on a Monday: the Friday to come
        List<Token> tokens = tokens("Strains/NNS/strain are/VBP/be likely/JJ/likely to/TO/to surface/VB/surface "
                + "on/IN/on Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies("root(-1,2) nsubj(2,0) cop(2,1) xcomp(2,4) mark(4,3) "
                + "obl:on(4,6) case(6,5)");

        Timex resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 7, "DATE", "2011-07-08")), LocalDate.of(2011, 7, 11)).get(0);

        assertThat(resolved.value()).isEqualTo("2011-07-15");
    }

    @Test
    void whatOneGetsReadyForLiesOnEitherSideOfTheWriting() {
        // on a Monday page, the protests of the march Egypt braced for are the next day's, not those of six days back
        List<Token> braced = tokens("Egypt/NNP/Egypt braced/VBD/brace for/IN/for a/DT/a march/NN/march of/IN/of "
                + "millions/NNS/million in/IN/in protests/NNS/protest Tuesday/NNP/Tuesday");
        List<Dependency> bracedGraph = dependencies("root(-1,1) nsubj(1,0) obl:for(1,4) case(4,2) det(4,3) "
                + "nmod:of(4,6) nmod:in(4,8) obl:tmod(4,9) case(6,5) case(8,7)");
        List<Token> prepared = tokens("McKay/NNP/McKay spoke/VBD/speak in/IN/in testimony/NN/testimony "
                + "prepared/VBN/prepare for/IN/for a/DT/a Senate/NNP/Senate hearing/NN/hearing Tuesday/NNP/Tuesday");
        List<Dependency> preparedGraph = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) case(3,2) acl(3,4) "
                + "obl:for(4,8) obl:tmod(8,9) case(8,5) det(8,6) compound(8,7)");
        // the day one spoke on is that day
        List<Token> spoke = tokens("McKay/NNP/McKay spoke/VBD/speak Tuesday/NNP/Tuesday");

        Timex march = DateResolver.resolve(braced, bracedGraph, List.of(timex(braced, 9, 10, "DATE",
                "2011-01-25")), LocalDate.of(2011, 1, 31)).get(0);
        Timex hearing = DateResolver.resolve(prepared, preparedGraph, List.of(timex(prepared, 9, 10, "DATE",
                "2010-05-04")), LocalDate.of(2010, 5, 10)).get(0);
        Timex spoken = DateResolver.resolve(spoke, dependencies("root(-1,1) nsubj(1,0) obl:tmod(1,2)"),
                List.of(timex(spoke, 2, 3, "DATE", "2010-05-11")), LocalDate.of(2010, 5, 10)).get(0);

        assertThat(List.of(march, hearing, spoken)).extracting(Timex::value, Timex::rule).containsExactly(
                tuple("2011-02-01", "tense:unknown"), tuple("2010-05-11", "tense:unknown"),
                tuple("2010-05-04", "tense:past"));
    }

    @Test
    void whatWasToHappenAndWhatWouldHaveHappenedLieOnEitherSide() {
        List<Token> wereTo = tokens("Two/CD/two officials/NNS/official were/VBD/be to/TO/to lead/VB/lead "
                + "a/DT/a delegation/NN/delegation on/IN/on Monday/NNP/Monday");
        List<Dependency> wereToGraph = dependencies("root(-1,4) nummod(1,0) nsubj(4,1) aux(4,2) mark(4,3) "
                + "obj(4,6) det(6,5) obl:on(4,8) case(8,7)");
        List<Token> wouldHave = tokens("We/PRP/we would/MD/would have/VB/have arrived/VBN/arrive in/IN/in "
                + "Haiti/NNP/Haiti on/IN/on Saturday/NNP/Saturday");
        List<Dependency> wouldHaveGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) aux(3,2) obl:in(3,5) "
                + "obl:on(3,7) case(5,4) case(7,6)");
        // "had arrived" is past
        List<Token> had = tokens("We/PRP/we had/VBD/have arrived/VBN/arrive in/IN/in Haiti/NNP/Haiti on/IN/on "
                + "Saturday/NNP/Saturday");

        Timex lead = DateResolver.resolve(wereTo, wereToGraph, List.of(timex(wereTo, 8, 9, "DATE", "2010-05-17")),
                LocalDate.of(2010, 5, 23)).get(0);
        Timex arrived = DateResolver.resolve(wouldHave, wouldHaveGraph, List.of(timex(wouldHave, 7, 8, "DATE",
                "2010-01-09")), LocalDate.of(2010, 1, 15)).get(0);
        Timex hadArrived = DateResolver.resolve(had, dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:in(2,4) "
                + "obl:on(2,6) case(4,3) case(6,5)"), List.of(timex(had, 6, 7, "DATE", "2010-01-16")),
                LocalDate.of(2010, 1, 15)).get(0);

        // the parser may make "was" the copula of a passive: "was to be aired"
        List<Token> aired = tokens("The/DT/the film/NN/film was/VBD/be to/TO/to be/VB/be aired/VBN/air on/IN/on "
                + "Tuesday/NNP/Tuesday");
        Timex toBeAired = DateResolver.resolve(aired, dependencies("root(-1,5) det(1,0) nsubj:pass(5,1) cop(5,2) "
                + "mark(5,3) aux:pass(5,4) obl:on(5,7) case(7,6)"), List.of(timex(aired, 7, 8, "DATE",
                "2010-08-17")), LocalDate.of(2010, 8, 23)).get(0);

        assertThat(List.of(lead, arrived, hadArrived, toBeAired)).extracting(Timex::value)
                .containsExactly("2010-05-24", "2010-01-16", "2010-01-09", "2010-08-24");
    }

    @Test
    void whatIsDoneBeforeATimeAheadLiesOnEitherSide() {
        // on a Friday page: the joining on Wednesday is two days back, though the debut is ahead
        List<Token> after = tokens("Nasri/NNP/Nasri will/MD/will make/VB/make his/PRP$/he debut/NN/debut "
                + "after/IN/after joining/VBG/join from/IN/from Arsenal/NNP/Arsenal on/IN/on Wednesday/NNP/Wednesday");
        List<Dependency> afterGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) nmod:poss(4,3) "
                + "advcl:after(2,6) case(6,5) obl:from(6,8) case(8,7) obl:on(6,10) case(10,9)");
        List<Token> debut = tokens("Nasri/NNP/Nasri will/MD/will make/VB/make his/PRP$/he debut/NN/debut "
                + "on/IN/on Wednesday/NNP/Wednesday");
        LocalDate friday = LocalDate.of(2011, 8, 26);

        Timex joined = DateResolver.resolve(after, afterGraph, List.of(timex(after, 10, 11, "DATE", "2011-08-24")),
                friday).get(0);
        Timex made = DateResolver.resolve(debut, dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) "
                + "nmod:poss(4,3) obl:on(2,6) case(6,5)"), List.of(timex(debut, 6, 7, "DATE", "2011-08-24")),
                friday).get(0);

        assertThat(List.of(joined, made)).extracting(Timex::value).containsExactly("2011-08-24", "2011-08-31");
    }

    @Test
    void aSlatedVisitIsAwaitedAndWhatOneGetsDoneIsInTheTimeOfGetting() {
        List<Token> slated = tokens("They/PRP/they talked/VBD/talk about/IN/about the/DT/the slated/VBN/slate "
                + "visit/NN/visit of/IN/of Daley/NNP/Daley in/IN/in September/NNP/September");
        List<Dependency> slatedGraph = dependencies("root(-1,1) nsubj(1,0) obl:about(1,5) case(5,2) det(5,3) "
                + "amod(5,4) nmod:of(5,7) nmod:in(5,9) case(7,6) case(9,8)");
        // the parser read "adolescents vaccinated" as a clause of its own under "get"
        List<Token> got = tokens("The/DT/the President/NNP/President will/MD/will get/VB/get "
                + "adolescents/NNS/adolescent vaccinated/VBN/vaccinate by/IN/by July/NNP/July 4/CD/4");
        List<Dependency> gotGraph = dependencies("root(-1,3) det(1,0) nsubj(3,1) aux(3,2) dep(3,5) nsubj(5,4) "
                + "obl:by(5,7) case(7,6) nummod(7,8)");

        Timex visit = DateResolver.resolve(slated, slatedGraph, List.of(timex(slated, 9, 10, "DATE", "1998-09")),
                LocalDate.of(1998, 8, 26)).get(0);
        Timex vaccinated = DateResolver.resolve(got, gotGraph, List.of(timex(got, 7, 9, "DATE", "2021-07-04")),
                LocalDate.of(2021, 5, 4)).get(0);

        assertThat(List.of(visit, vaccinated)).extracting(Timex::value).containsExactly("1998-09", "2021-07-04");
    }

    @Test
    void aDayOfTheMonthJustPastToldInTheFutureIsNotOfNextYear() {
        // written on February 11: January 25 is seventeen days back, December 20 eleven months ahead
        LocalDate page = LocalDate.of(2011, 2, 11);
        List<Token> after = tokens("Egypt/NNP/Egypt will/MD/will never/RB/never be/VB/be the/DT/the same/JJ/same "
                + "after/IN/after January/NNP/January 25/CD/25");
        List<Dependency> afterGraph = dependencies("root(-1,5) nsubj(5,0) aux(5,1) advmod(5,2) cop(5,3) det(5,4) "
                + "obl:after(5,7) case(7,6) nummod(7,8)");
        List<Token> ahead = tokens("Egypt/NNP/Egypt will/MD/will vote/VB/vote on/IN/on December/NNP/December "
                + "20/CD/20");
        List<Dependency> aheadGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:on(2,4) case(4,3) "
                + "nummod(4,5)");

        Timex past = DateResolver.resolve(after, afterGraph, List.of(timex(after, 7, 9, "DATE", "2011-01-25")), page)
                .get(0);
        Timex vote = DateResolver.resolve(ahead, aheadGraph, List.of(timex(ahead, 4, 6, "DATE", "2011-12-20")), page)
                .get(0);

        assertThat(List.of(past, vote)).extracting(Timex::value).containsExactly("2011-01-25", "2011-12-20");
    }

    @Test
    void whatHappensAheadOfADayAndWhatWasAnnouncedAreOnEitherSide() {
        // on a Monday page: the hearings lawmakers released a letter ahead of are the next day's
        List<Token> ahead = tokens("Ahead/RB/ahead of/IN/of hearings/NNS/hearing on/IN/on Tuesday/NNP/Tuesday ,/,/, "
                + "lawmakers/NNS/lawmaker released/VBD/release a/DT/a letter/NN/letter");
        List<Dependency> aheadGraph = dependencies("root(-1,7) advmod(7,0) punct(7,5) nsubj(7,6) obj(7,9) "
                + "obl:of(0,2) case(2,1) nmod:on(2,4) case(4,3) det(9,8)");
        // on a Thursday page: an announcement judged now was made the day before; a meeting ahead stays ahead
        List<Token> announced = tokens("BP/NNP/BP 's/POS/'s announcement/NN/announcement on/IN/on "
                + "Wednesday/NNP/Wednesday may/MD/may sound/VB/sound like/IN/like a/DT/a win/NN/win");
        List<Dependency> announcedGraph = dependencies("root(-1,6) nmod:poss(2,0) nmod:on(2,4) case(0,1) nsubj(6,2) "
                + "aux(6,5) obl:like(6,9) case(4,3) case(9,7) det(9,8)");
        List<Token> meeting = tokens("The/DT/the meeting/NN/meeting on/IN/on Monday/NNP/Monday will/MD/will "
                + "decide/VB/decide it/PRP/it");
        List<Dependency> meetingGraph = dependencies("root(-1,5) det(1,0) nmod:on(1,3) nsubj(5,1) aux(5,4) "
                + "obj(5,6) case(3,2)");
        LocalDate thursday = LocalDate.of(2010, 6, 17);

        Timex hearings = DateResolver.resolve(ahead, aheadGraph, List.of(timex(ahead, 4, 5, "DATE", "2010-06-08")),
                LocalDate.of(2010, 6, 14)).get(0);
        Timex announcement = DateResolver.resolve(announced, announcedGraph, List.of(timex(announced, 4, 5, "DATE",
                "2010-06-23")), thursday).get(0);
        Timex decided = DateResolver.resolve(meeting, meetingGraph, List.of(timex(meeting, 3, 4, "DATE",
                "2010-06-14")), thursday).get(0);

        assertThat(List.of(hearings, announcement, decided)).extracting(Timex::value)
                .containsExactly("2010-06-15", "2010-06-16", "2010-06-21");
    }

    @Test
    void aCopulaBeforeAnInfinitiveIsNoArrangement() {
        // the parser hung "Until Sunday" on "see", with "was" as its copula: it was hard until then, the Sunday before
        List<Token> tokens = tokens("Until/IN/until Sunday/NNP/Sunday ,/,/, it/PRP/it was/VBD/be pretty/RB/pretty "
                + "hard/RB/hard to/TO/to see/VB/see it/PRP/it");
        List<Dependency> dependencies = dependencies("root(-1,8) case(1,0) obl:until(8,1) punct(8,2) nsubj(8,3) "
                + "cop(8,4) advmod(8,6) mark(8,7) obj(8,9) advmod(6,5)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 1, 2, "DATE", "2008-09-14")), LocalDate.of(2008, 9, 16));

        assertThat(resolved).extracting(Timex::value).containsExactly("2008-09-14");
    }

    @Test
    void aDayOfTheMonthJustAheadToldInThePastIsOfThisYearUnlessItEndedSomething() {
        // written on April 9: a ceasefire demanded for 10 April is the next day's; written on October 27, a quarter
        // that ended Oct. 31 is the year before's
        List<Token> demanded = tokens("The/DT/the plan/NN/plan demanded/VBD/demand a/DT/a ceasefire/NN/ceasefire "
                + "on/IN/on 10/CD/10 April/NNP/April");
        List<Dependency> demandedGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,4) det(4,3) "
                + "nmod:on(4,7) case(7,5) nummod(7,6)");
        List<Token> ended = tokens("The/DT/the quarter/NN/quarter ended/VBN/end Oct./NNP/Oct. 31/CD/31");
        List<Dependency> endedGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:tmod(2,3) nummod(3,4)");

        Timex ceasefire = DateResolver.resolve(demanded, demandedGraph, List.of(timex(demanded, 6, 8, "DATE",
                "2012-04-10")), LocalDate.of(2012, 4, 9)).get(0);
        Timex quarter = DateResolver.resolve(ended, endedGraph, List.of(timex(ended, 3, 5, "DATE", "1989-10-31")),
                LocalDate.of(1989, 10, 27)).get(0);

        // the day that heads an entry of a chronology is the year before too
        List<Token> entry = tokens("May/NNP/May 6/CD/6 :/:/: Private/JJ/private Kelly/NNP/Kelly was/VBD/be "
                + "killed/VBN/kill");
        Timex killed = DateResolver.resolve(entry, dependencies("root(-1,0) nummod(0,1) punct(0,2) parataxis(0,6) "
                + "amod(4,3) nsubj:pass(6,4) aux:pass(6,5)"), List.of(timex(entry, 0, 2, "DATE", "2005-05-06")),
                LocalDate.of(2005, 5, 2)).get(0);

        assertThat(List.of(ceasefire, quarter, killed)).extracting(Timex::value)
                .containsExactly("2012-04-10", "1988-10-31", "2004-05-06");
    }

    @Test
    void aVerbThatReadsAsAPastSharesTheModalOfTheVerbItIsJoinedTo() {
        // on a Wednesday page: "hit" joined to "could develop" is no past; "left" joined to "could not attend" is
        List<Token> hit = tokens("A/DT/a system/NN/system could/MD/could develop/VB/develop into/IN/into a/DT/a "
                + "depression/NN/depression and/CC/and hit/VBD/hit the/DT/the coast/NN/coast on/IN/on "
                + "Thursday/NNP/Thursday");
        List<Dependency> hitGraph = dependencies("root(-1,3) det(1,0) nsubj(3,1) aux(3,2) obl:into(3,6) "
                + "conj:and(3,8) nsubj(8,1) cc(8,7) obj(8,10) obl:on(8,12) case(6,4) det(6,5) det(10,9) case(12,11)");
        List<Token> left = tokens("He/PRP/he could/MD/could not/RB/not attend/VB/attend the/DT/the talks/NNS/talk "
                + "and/CC/and left/VBN/leave on/IN/on Thursday/NNP/Thursday");
        List<Dependency> leftGraph = dependencies("root(-1,3) nsubj(3,0) aux(3,1) advmod(3,2) obj(3,5) "
                + "conj:and(3,7) nsubj(7,0) cc(7,6) obl:on(7,9) det(5,4) case(9,8)");
        LocalDate wednesday = LocalDate.of(2010, 7, 7);

        Timex coast = DateResolver.resolve(hit, hitGraph, List.of(timex(hit, 12, 13, "DATE", "2010-07-01")),
                wednesday).get(0);
        Timex talks = DateResolver.resolve(left, leftGraph, List.of(timex(left, 9, 10, "DATE", "2010-07-08")),
                wednesday).get(0);

        assertThat(List.of(coast, talks)).extracting(Timex::value).containsExactly("2010-07-08", "2010-07-01");
    }

    @Test
    void whatWasSetOrDueToHappenAndWhatSomethingHappensOnTheEveOfAreOnEitherSide() {
        List<Token> set = tokens("The/DT/the action/NN/action on/IN/on Thursday/NNP/Thursday was/VBD/be set/VBN/set "
                + "to/TO/to move/VB/move to/IN/to the/DT/the courts/NNS/court");
        List<Dependency> setGraph = dependencies("root(-1,5) det(1,0) nmod:on(1,3) nsubj:pass(5,1) aux:pass(5,4) "
                + "xcomp(5,7) nsubj:xsubj(7,1) mark(7,6) obl:to(7,10) case(3,2) case(10,8) det(10,9)");
        // the parser read "due to" as a preposition opening the infinitive
        List<Token> due = tokens("The/DT/the ministers/NNS/minister had/VBD/have been/VBN/be due/IN/due to/TO/to "
                + "gather/VB/gather on/IN/on Sunday/NNP/Sunday");
        List<Dependency> dueGraph = dependencies("root(-1,6) det(1,0) nsubj(6,1) aux(6,2) cop(6,3) mark(6,4) "
                + "mark(6,5) obl:on(6,8) case(8,7)");
        List<Token> eve = tokens("Activity/NN/activity accelerated/VBD/accelerate on/IN/on the/DT/the eve/NN/eve "
                + "of/IN/of a/DT/a meeting/NN/meeting on/IN/on Tuesday/NNP/Tuesday");
        List<Dependency> eveGraph = dependencies("root(-1,1) nsubj(1,0) obl:on(1,4) case(4,2) det(4,3) "
                + "nmod:of(4,7) case(7,5) det(7,6) nmod:on(7,9) case(9,8)");

        // a Wednesday, a Saturday and a Monday page: each the day after, not the one a week before
        Timex action = DateResolver.resolve(set, setGraph, List.of(timex(set, 3, 4, "DATE", "2010-07-01")),
                LocalDate.of(2010, 7, 7)).get(0);
        Timex gathering = DateResolver.resolve(due, dueGraph, List.of(timex(due, 8, 9, "DATE", "2012-08-05")),
                LocalDate.of(2012, 8, 11)).get(0);
        Timex meeting = DateResolver.resolve(eve, eveGraph, List.of(timex(eve, 9, 10, "DATE", "2011-03-22")),
                LocalDate.of(2011, 3, 28)).get(0);

        assertThat(List.of(action, gathering, meeting)).extracting(Timex::value)
                .containsExactly("2010-07-08", "2012-08-12", "2011-03-29");
    }

    @Test
    void laterOrEarlierOnAWeekdayIsTheDayOfTheWriting() {
        // a Saturday page, written on the Friday: not the next Friday, whatever "will" says
        List<Token> tokens = tokens("The/DT/the priest/NN/priest will/MD/will hold/VB/hold a/DT/a service/NN/service "
                + "later/RB/later Friday/NNP/Friday");
        List<Dependency> dependencies = dependencies("root(-1,3) det(1,0) nsubj(3,1) aux(3,2) obj(3,5) "
                + "obl:tmod(3,7) det(5,4) advmod(7,6)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 6, 8, "DATE", "2011-05-20")), LocalDate.of(2011, 5, 14));

        assertThat(resolved).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2011-05-13", "tense:unknown"));
    }

    @Test
    void aDayOfTheMonthWithItsWeekdayIsInTheYearWhereTheyAgree() {
        // SUTime put it a year back, where the 11th of September was a Thursday
        List<Token> tokens = tokens("Herrmann/NNP/Herrmann spoke/VBD/speak on/IN/on Friday/NNP/Friday 11/CD/11 "
                + "September/NNP/September");
        List<Dependency> dependencies = dependencies("root(-1,1) nsubj(1,0) obl:on(1,3) case(3,2) obl:tmod(3,5) "
                + "nummod(5,4)");

        List<Timex> resolved = DateResolver.resolve(tokens, dependencies,
                List.of(timex(tokens, 3, 6, "DATE", "2008-09-11")), LocalDate.of(2009, 8, 25));

        assertThat(resolved).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2009-09-11", "weekday:year"));
    }

    @Test
    void september11DoingSomethingOrComparedWithIsTheAttacks() {
        List<Token> gave = tokens("September/NNP/September 11/CD/11 gave/VBD/give them/PRP/they the/DT/the "
                + "opportunity/NN/opportunity");
        List<Dependency> gaveGraph = dependencies("root(-1,2) nsubj(2,0) iobj(2,3) obj(2,5) nummod(0,1) det(5,4)");
        List<Token> like = tokens("He/PRP/he threatened/VBD/threaten another/DT/another attack/NN/attack like/IN/like "
                + "September/NNP/September 11/CD/11");
        List<Dependency> likeGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,3) det(3,2) nmod:like(3,5) "
                + "case(5,4) nummod(5,6)");
        // the subject of a copula is a day still: the deadline six days ahead
        List<Token> deadline = tokens("September/NNP/September 11/CD/11 is/VBZ/be the/DT/the deadline/NN/deadline");
        List<Dependency> deadlineGraph = dependencies("root(-1,4) nsubj(4,0) cop(4,2) det(4,3) nummod(0,1)");

        Timex opportunity = DateResolver.resolve(gave, gaveGraph, List.of(timex(gave, 0, 2, "DATE", "2004-09-11")),
                LocalDate.of(2005, 6, 25)).get(0);
        Timex threat = DateResolver.resolve(like, likeGraph, List.of(timex(like, 5, 7, "DATE", "2005-09-11")),
                LocalDate.of(2005, 8, 4)).get(0);
        Timex due = DateResolver.resolve(deadline, deadlineGraph,
                List.of(timex(deadline, 0, 2, "DATE", "2005-09-11")), LocalDate.of(2005, 9, 5)).get(0);

        assertThat(List.of(opportunity, threat, due)).extracting(Timex::value)
                .containsExactly("2001-09-11", "2001-09-11", "2005-09-11");
    }

    @Test
    void aDayOfAPastAttackOrWhatCameOfAnEventIsPast() {
        // a day told of an attack is the attacks' own (was the coming September 11, 28 days ahead)
        List<Token> attacked = tokens("The/DT/the forces/NNS/force attacked/VBD/attack this/DT/this country/NN/country "
                + "on/IN/on September/NNP/September 11th/NN/11th");
        List<Dependency> attackedGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obj(2,4) obl:on(2,7) det(4,3) "
                + "case(7,5) compound(7,6)");
        // a committee named by its day was set up after it (was the coming January 6, nearer than the last)
        List<Token> committee = tokens("People/NNS/person defy/VBP/defy subpoenas/NNS/subpoena of/IN/of the/DT/the "
                + "January/NNP/January 6/CD/6 committee/NN/committee");
        List<Dependency> committeeGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) nmod:of(2,7) case(7,3) "
                + "det(7,4) compound(7,5) nummod(5,6)");

        // a committee named by a weekday is its sitting, two days ahead
        List<Token> sitting = tokens("Hayward/NNP/Hayward will/MD/will speak/VB/speak in/IN/in front/NN/front of/IN/of "
                + "Thursday/NNP/Thursday 's/POS/'s committee/NN/committee");
        List<Dependency> sittingGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obl:in_front_of(2,8) case(8,3) "
                + "nmod:poss(8,6) fixed(3,4) fixed(3,5) case(6,7)");

        Timex attack = DateResolver.resolve(attacked, attackedGraph,
                List.of(timex(attacked, 6, 8, "DATE", "2021-09-11")), LocalDate.of(2021, 8, 14)).get(0);
        Timex inquiry = DateResolver.resolve(committee, committeeGraph,
                List.of(timex(committee, 5, 7, "DATE", "2022-01-06")), LocalDate.of(2021, 10, 15)).get(0);
        Timex hearing = DateResolver.resolve(sitting, sittingGraph,
                List.of(timex(sitting, 6, 7, "DATE", "2010-06-17")), LocalDate.of(2010, 6, 15)).get(0);

        assertThat(List.of(attack, inquiry, hearing)).extracting(Timex::value)
                .containsExactly("2001-09-11", "2021-01-06", "2010-06-17");
    }

    @Test
    void aTimeSetForLiesAheadOfTheSetting() {
        // a present setting: the June ahead (a present clause took the June before, 200 days back against 165)
        List<Token> present = tokens("Trial/NN/trial is/VBZ/be set/VBN/set for/IN/for June/NNP/June 17/CD/17 ././.");
        List<Dependency> presentGraph = dependencies("root(-1,2) nsubj:pass(2,0) aux:pass(2,1) obl:for(2,4) "
                + "punct(2,6) case(4,3) nummod(4,5)");
        // a past one: the October ahead (was the October before, 227 days back against 138)
        List<Token> past = tokens("A/DT/a trial/NN/trial date/NN/date was/VBD/be set/VBN/set for/IN/for "
                + "October/NNP/October 28/CD/28 ././.");
        List<Dependency> pastGraph = dependencies("root(-1,4) det(2,0) compound(2,1) nsubj:pass(4,2) aux:pass(4,3) "
                + "obl:for(4,6) punct(4,8) case(6,5) nummod(6,7)");
        // a weekday set in the past may be the one just gone: the Wednesday before a Thursday page
        List<Token> weekday = tokens("The/DT/the hearing/NN/hearing was/VBD/be set/VBN/set for/IN/for "
                + "Wednesday/NNP/Wednesday ././.");
        List<Dependency> weekdayGraph = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) obl:for(3,5) "
                + "punct(3,6) case(5,4)");

        Timex trial = DateResolver.resolve(present, presentGraph,
                List.of(timex(present, 4, 6, "DATE", "2022-06-17")), LocalDate.of(2022, 1, 3)).get(0);
        Timex date = DateResolver.resolve(past, pastGraph,
                List.of(timex(past, 6, 8, "DATE", "2022-10-28")), LocalDate.of(2022, 6, 12)).get(0);
        Timex hearing = DateResolver.resolve(weekday, weekdayGraph,
                List.of(timex(weekday, 5, 6, "DATE", "2022-01-26")), LocalDate.of(2022, 1, 20)).get(0);

        assertThat(List.of(trial, date, hearing)).extracting(Timex::value)
                .containsExactly("2022-06-17", "2022-10-28", "2022-01-19");
    }

    @Test
    void aDayOfWhatWasScheduledMayBeOnEitherSide() {
        // written on a Monday: the scheduled visit is two days ahead (was the Wednesday before, five days back)
        List<Token> visit = tokens("it/PRP/it was/VBD/be canceling/VBG/cancel the/DT/the scheduled/VBN/schedule "
                + "visit/NN/visit Wednesday/NNP/Wednesday ././.");
        List<Dependency> visitGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,5) obl:tmod(2,6) punct(2,7) "
                + "det(5,3) amod(5,4)");
        // with nothing planned, the past clause keeps the Wednesday before
        List<Token> plain = tokens("it/PRP/it was/VBD/be canceling/VBG/cancel the/DT/the visit/NN/visit "
                + "Wednesday/NNP/Wednesday ././.");
        List<Dependency> plainGraph = dependencies("root(-1,2) nsubj(2,0) aux(2,1) obj(2,4) obl:tmod(2,5) punct(2,6) "
                + "det(4,3)");
        LocalDate monday = LocalDate.of(2022, 1, 17);

        Timex scheduled = DateResolver.resolve(visit, visitGraph,
                List.of(timex(visit, 6, 7, "DATE", "2022-01-19")), monday).get(0);
        Timex before = DateResolver.resolve(plain, plainGraph,
                List.of(timex(plain, 5, 6, "DATE", "2022-01-19")), monday).get(0);

        assertThat(List.of(scheduled, before)).extracting(Timex::value).containsExactly("2022-01-19", "2022-01-12");
    }

    @Test
    void anEndPointOfWhatSomeoneWasToldToDoMayBeOnEitherSide() {
        // written in December: the September just gone (was the September ahead, as for a present clause)
        List<Token> directed = tokens("I/PRP/I directed/VBD/direct the/DT/the agency/NN/agency to/TO/to "
                + "pause/VB/pause repayments/NNS/repayment through/IN/through September/NNP/September ././.");
        List<Dependency> directedGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,3) xcomp(1,5) punct(1,9) det(3,2) "
                + "nsubj:xsubj(5,3) mark(5,4) obj(5,6) obl:through(5,8) case(8,7)");
        // a present clause: the September ahead
        List<Token> closed = tokens("The/DT/the office/NN/office is/VBZ/be closed/VBN/close through/IN/through "
                + "September/NNP/September ././.");
        List<Dependency> closedGraph = dependencies("root(-1,3) det(1,0) nsubj:pass(3,1) aux:pass(3,2) "
                + "obl:through(3,5) punct(3,6) case(5,4)");
        LocalDate december = LocalDate.of(2021, 12, 22);

        Timex paused = DateResolver.resolve(directed, directedGraph,
                List.of(timex(directed, 8, 9, "DATE", "2021-09")), december).get(0);
        Timex open = DateResolver.resolve(closed, closedGraph,
                List.of(timex(closed, 5, 6, "DATE", "2021-09")), december).get(0);

        assertThat(List.of(paused, open)).extracting(Timex::value).containsExactly("2021-09", "2022-09");
    }

    @Test
    void aDayAfterWhatSomethingWasPreparedForIsThatThingsDay() {
        // written on a Monday: the hearing the testimony was prepared for is the next day (was the Tuesday before)
        List<Token> hearing = tokens("He/PRP/he said/VBD/say in/IN/in testimony/NN/testimony prepared/VBN/prepare "
                + "for/IN/for a/DT/a Senate/NNP/Senate hearing/NN/hearing Tuesday/NNP/Tuesday ././.");
        List<Dependency> hearingGraph = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) punct(1,10) case(3,2) "
                + "acl(3,4) obl:for(4,8) obl:tmod(4,9) case(8,5) det(8,6) compound(8,7)");
        // with nothing it was prepared for, the day of the preparing, in the past
        List<Token> prepared = tokens("He/PRP/he said/VBD/say in/IN/in testimony/NN/testimony prepared/VBN/prepare "
                + "Tuesday/NNP/Tuesday ././.");
        List<Dependency> preparedGraph = dependencies("root(-1,1) nsubj(1,0) obl:in(1,3) punct(1,6) case(3,2) "
                + "acl(3,4) obl:tmod(4,5)");
        LocalDate monday = LocalDate.of(2022, 1, 17);

        Timex ahead = DateResolver.resolve(hearing, hearingGraph,
                List.of(timex(hearing, 9, 10, "DATE", "2022-01-18")), monday).get(0);
        Timex before = DateResolver.resolve(prepared, preparedGraph,
                List.of(timex(prepared, 5, 6, "DATE", "2022-01-18")), monday).get(0);

        assertThat(List.of(ahead, before)).extracting(Timex::value).containsExactly("2022-01-18", "2022-01-11");
    }

    @Test
    void anEventAPastVerbTookPlaceInHadHappened() {
        // a referendum voted in was the January before (was the coming one, two months ahead against ten back)
        List<Token> voted = tokens("Voters/NNS/voter backed/VBD/back secession/NN/secession in/IN/in a/DT/a "
                + "January/NNP/January referendum/NN/referendum ././.");
        List<Dependency> votedGraph = dependencies("root(-1,1) nsubj(1,0) obj(1,2) obl:in(1,6) punct(1,7) case(6,3) "
                + "det(6,4) compound(6,5)");
        // one withdrawn from is still to come
        List<Token> withdrew = tokens("The/DT/the party/NN/party withdrew/VBD/withdraw from/IN/from the/DT/the "
                + "January/NNP/January election/NN/election ././.");
        List<Dependency> withdrewGraph = dependencies("root(-1,2) det(1,0) nsubj(2,1) obl:from(2,6) punct(2,7) "
                + "case(6,3) det(6,4) compound(6,5)");
        LocalDate november = LocalDate.of(2021, 11, 10);

        Timex referendum = DateResolver.resolve(voted, votedGraph,
                List.of(timex(voted, 5, 6, "DATE", "2022-01")), november).get(0);
        Timex election = DateResolver.resolve(withdrew, withdrewGraph,
                List.of(timex(withdrew, 5, 6, "DATE", "2022-01")), november).get(0);

        assertThat(List.of(referendum, election)).extracting(Timex::value).containsExactly("2021-01", "2022-01");
    }
}
