package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.storyline.annotate.Parses.timex;
import static org.storyline.annotate.Parses.tokens;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MissedExpressionsTest {
    @Test
    void aYearInWordsIsAddedAndAnExpressionCutInsideOneIsExtendedOverIt() {
        List<Token> tokens = tokens("In/IN/in nineteen/CD/nineteen ninety/CD/ninety -/HYPH/- one/CD/one he/PRP/he "
                + "was/VBD/be convicted/VBN/convict and/CC/and in/IN/in January/NNP/January nineteen/CD/nineteen "
                + "ninety/CD/ninety -/HYPH/- seven/CD/seven freed/VBN/free");
        List<Timex> sutime = List.of(timex(tokens, 10, 13, "DATE", "1990-01"));

        assertThat(apply(tokens, sutime)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("nineteen ninety - one", "1991", "worded:year"),
                tuple("January nineteen ninety - seven", "1997-01", "worded:year"));
    }

    @Test
    void aDecadeWithoutItsCenturyNeedsTheOrADecadeBeforeIt() {
        List<Token> tokens = tokens("through/IN/through the/DT/the nineties/NNS/nineties ,/,/, the/DT/the "
                + "70s/NNS/70s and/CC/and 80s/NNS/80s ,/,/, the/DT/the 90's/NNS/90' ,/,/, but/CC/but she/PRP/she "
                + "is/VBZ/be in/IN/in her/PRP$/she 70s/NNS/70s");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("the nineties", "199", "worded:decade"),
                tuple("the 70s", "197", "worded:decade"),
                tuple("80s", "198", "worded:decade"),
                tuple("the 90's", "199", "worded:decade"));
    }

    @Test
    void aPartOfADecadeIsTheDecadeButAnAgeIsNone() {
        List<Token> tokens = tokens("from/IN/from the/DT/the late/JJ/late Seventies/NNPS/Seventies ,/,/, in/IN/in "
                + "the/DT/the mid-sixties/NNS/mid-sixties ,/,/, but/CC/but I/PRP/I am/VBP/be in/IN/in my/PRP$/my "
                + "early/JJ/early forties/NNS/forties");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("the late Seventies", "197", "worded:decade"),
                tuple("the mid-sixties", "196", "worded:decade"));
    }

    @Test
    void aRunOfQuartersIsADurationInQuarters() {
        List<Token> tokens = tokens("after/IN/after two/CD/two consecutive/JJ/consecutive quarters/NNS/quarter "
                + "of/IN/of contraction/NN/contraction and/CC/and three/CD/three quarters/NNS/quarter of/IN/of "
                + "the/DT/the market/NN/market");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::type, Timex::value, Timex::rule)
                .containsExactly(tuple("two consecutive quarters", "DURATION", "P2Q", "counted"));
    }

    @Test
    void aYearBeforeAPluralNounAfterADeterminerIsAYearButACountOfPeopleIsNot() {
        List<Token> tokens = tokens("to/TO/to its/PRP$/its 1967/CD/1967 borders/NNS/border after/IN/after the/DT/the "
                + "2001/CD/2001 terrorist/JJ/terrorist attacks/NNS/attack ,/,/, but/CC/but the/DT/the 2000/CD/2000 "
                + "people/NNS/people and/CC/and 1990/CD/1990 levels/NNS/level");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("1967", "1967", "year:premodifier"), tuple("2001", "2001", "year:premodifier"));
    }

    @Test
    void aYearAfterFiscalIsAYearWithoutADeterminer() {
        List<Token> tokens = tokens("the/DT/the bank/NN/bank reported/VBD/report fiscal/JJ/fiscal 2013/CD/2013 "
                + "results/NNS/result");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::value, Timex::rule)
                .containsExactly(tuple("2013", "2013", "year:premodifier"));
    }

    @Test
    void aCountIsNoYear() {
        List<Token> tokens = tokens("nineteen/CD/nineteen people/NNS/people and/CC/and "
                + "twenty/CD/twenty ninety/CD/ninety -/HYPH/- year/NN/year -/HYPH/- olds/NNS/old");

        assertThat(apply(tokens, List.of())).isEmpty();
    }

    @Test
    void theNearShortOrLongTermIsTheFutureButTheAdjectiveIsNot() {
        List<Token> tokens = tokens("in/IN/in the/DT/the near/JJ/near term/NN/term and/CC/and over/IN/over "
                + "the/DT/the long/JJ/long term/NN/term ,/,/, not/RB/not short/JJ/short -/HYPH/- term/NN/term "
                + "debt/NN/debt");

        assertThat(apply(tokens, List.of())).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("the near term", "FUTURE_REF", "term"),
                tuple("the long term", "FUTURE_REF", "term"));
    }

    @Test
    void aLaterDayJoinedToADayOfAMonthIsADayOfThatMonth() {
        List<Token> tokens = tokens("the/DT/the summit/NN/summit on/IN/on April/NNP/April 24/CD/24 and/CC/and "
                + "25/CD/25 ,/,/, talks/NNS/talk from/IN/from May/NNP/May 5/CD/5 to/TO/to 7/CD/7 ,/,/, "
                + "a/DT/a vote/NN/vote on/IN/on June/NNP/June 9/CD/9 and/CC/and 25/CD/25 people/NNS/people "
                + "and/CC/and on/IN/on June/NNP/June 30/CD/30 or/CC/or 2/CD/2");
        List<Timex> resolved = List.of(timex(tokens, 3, 5, "DATE", "1999-04-24"),
                timex(tokens, 10, 12, "DATE", "1999-05-05"), timex(tokens, 18, 20, "DATE", "1999-06-09"),
                timex(tokens, 25, 27, "DATE", "1999-06-30"));

        assertThat(coordinated(tokens, resolved))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("April 24", "1999-04-24", null),
                        tuple("25", "1999-04-25", "coordinated:day"),
                        tuple("May 5", "1999-05-05", null),
                        tuple("7", "1999-05-07", "coordinated:day"),
                        tuple("June 9", "1999-06-09", null),
                        tuple("June 30", "1999-06-30", null));
    }

    @Test
    void aBareMonthBeforeAMonthWithItsYearAndAWeekdayBeforeItsDateInBracketsShareThatDate() {
        List<Token> tokens = tokens("it/PRP/it fell/VBD/fall between/IN/between January/NNP/January and/CC/and "
                + "March/NNP/March 2003/CD/2003 ,/,/, from/IN/from November/NNP/November to/TO/to "
                + "February/NNP/February 2004/CD/2004 ,/,/, and/CC/and meets/VBZ/meet Friday/NNP/Friday (/-LRB-/( "
                + "May/NNP/May 8/CD/8 "
                + ",/,/, 2009/CD/2009 )/-RRB-/)");
        List<Timex> resolved = List.of(timex(tokens, 3, 4, "DATE", "2009-01"), timex(tokens, 5, 7, "DATE", "2003-03"),
                timex(tokens, 9, 10, "DATE", "2008-11"), timex(tokens, 11, 13, "DATE", "2004-02"),
                timex(tokens, 16, 17, "DATE", "2009-05-15"), timex(tokens, 18, 22, "DATE", "2009-05-08"));

        assertThat(coordinated(tokens, resolved))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("January", "2003-01", "coordinated:month"),
                        tuple("March 2003", "2003-03", null),
                        tuple("November", "2003-11", "coordinated:month"),
                        tuple("February 2004", "2004-02", null),
                        tuple("Friday", "2009-05-08", "coordinated:day"),
                        tuple("May 8 , 2009", "2009-05-08", null));
    }

    @Test
    void aDayOfAMonthBeforeADayWithItsYearSharesThatYear() {
        List<Token> tokens = tokens("sent/VBD/send it/PRP/it between/IN/between April/NNP/April 16/CD/16 and/CC/and "
                + "May/NNP/May 28/CD/28 2004/CD/2004 and/CC/and from/IN/from Dec./NNP/Dec. 3/CD/3 to/TO/to "
                + "Jan./NNP/Jan. 5/CD/5 ,/,/, 2005/CD/2005");
        List<Timex> resolved = List.of(timex(tokens, 3, 5, "DATE", "2005-04-16"),
                timex(tokens, 6, 9, "DATE", "2004-05-28"), timex(tokens, 11, 13, "DATE", "2005-12-03"),
                timex(tokens, 14, 18, "DATE", "2005-01-05"));

        assertThat(coordinated(tokens, resolved))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("April 16", "2004-04-16", "coordinated:day"),
                        tuple("May 28 2004", "2004-05-28", null),
                        tuple("Dec. 3", "2004-12-03", "coordinated:day"),
                        tuple("Jan. 5 , 2005", "2005-01-05", null));
    }

    @Test
    void aWeekdayWithTheNumberOfItsDayBeforeADateIsThatDay() {
        // SUTime takes "Monday" alone; the 19th of October 2009 is a Monday, the 28th of September too; the 20th
        // is no Monday, so "Monday 20" is left as it was
        List<Token> tokens = tokens("Monday/NNP/Monday 19/CD/19 to/TO/to Friday/NNP/Friday 23/CD/23 "
                + "October/NNP/October ,/,/, Monday/NNP/Monday 28/CD/28 -/HYPH/- Friday/NNP/Friday 2/CD/2 "
                + "October/NNP/October ,/,/, Monday/NNP/Monday 20/CD/20 to/TO/to Friday/NNP/Friday 23/CD/23 "
                + "October/NNP/October");
        List<Timex> resolved = List.of(timex(tokens, 0, 1, "DATE", "2009-10-26"),
                timex(tokens, 3, 6, "DATE", "2009-10-23"), timex(tokens, 7, 8, "DATE", "2009-10-26"),
                timex(tokens, 10, 13, "DATE", "2009-10-02"), timex(tokens, 14, 15, "DATE", "2009-10-26"),
                timex(tokens, 17, 20, "DATE", "2009-10-23"));

        assertThat(coordinated(tokens, resolved))
                .extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                        tuple("Monday 19", "2009-10-19", "coordinated:day"),
                        tuple("Friday 23 October", "2009-10-23", null),
                        tuple("Monday 28", "2009-09-28", "coordinated:day"),
                        tuple("Friday 2 October", "2009-10-02", null),
                        tuple("Monday", "2009-10-26", null),
                        tuple("Friday 23 October", "2009-10-23", null));
    }

    @Test
    void aWeekdayJoinedToASetOfWeekdaysIsASetToo() {
        List<Token> tokens = tokens("protests/NNS/protest every/DT/every Tuesday/NNP/Tuesday and/CC/and "
                + "Friday/NNP/Friday ,/,/, and/CC/and talks/NNS/talk on/IN/on Monday/NNP/Monday and/CC/and "
                + "Friday/NNP/Friday");
        List<Timex> resolved = List.of(timex(tokens, 1, 3, "SET", "XXXX-WXX-2"),
                timex(tokens, 4, 5, "DATE", "2022-02-18"), timex(tokens, 9, 10, "DATE", "2022-02-14"),
                timex(tokens, 11, 12, "DATE", "2022-02-18"));

        assertThat(coordinated(tokens, resolved))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("every Tuesday", "SET", "XXXX-WXX-2"), tuple("Friday", "SET", "XXXX-WXX-5"),
                        tuple("Monday", "DATE", "2022-02-14"), tuple("Friday", "DATE", "2022-02-18"));
        // a weekday before a set of a part of another weekday has that part too
        List<Token> nights = tokens("flights/NNS/flight leave/VBP/leave on/IN/on Monday/NNP/Monday and/CC/and "
                + "Tuesday/NNP/Tuesday nights/NNS/night");
        List<Timex> nightly = List.of(timex(nights, 3, 4, "DATE", "2022-02-14"),
                timex(nights, 5, 7, "SET", "XXXX-WXX-2TNI"));
        assertThat(coordinated(nights, nightly)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Monday", "SET", "XXXX-WXX-1TNI"), tuple("Tuesday nights", "SET", "XXXX-WXX-2TNI"));
    }

    @Test
    void theEndOfARangeIsNotBeforeItsStart() {
        List<Token> tokens = tokens("runs/VBZ/run from/IN/from June/NNP/June 1/CD/1 to/TO/to the/DT/the end/NN/end "
                + "of/IN/of November/NNP/November ,/,/, revised/VBN/revise Friday/NNP/Friday to/TO/to "
                + "December/NNP/December 's/POS/'s figures/NNS/figure");
        List<Timex> resolved = List.of(timex(tokens, 2, 4, "DATE", "2010-06-01"),
                timex(tokens, 5, 9, "DATE", "2009-11"), timex(tokens, 11, 12, "DATE", "2010-05-14"),
                timex(tokens, 13, 14, "DATE", "2009-12"));

        assertThat(coordinated(tokens, resolved)).extracting(Timex::value)
                .containsExactly("2010-06-01", "2010-11", "2010-05-14", "2009-12");
    }

    @Test
    void theEndDayOfARangeIsNotBeforeItsStartUnlessItNamesItsYear() {
        List<Token> season = tokens("runs/VBZ/run from/IN/from 1/CD/1 June/NNP/June to/TO/to 30/CD/30 "
                + "November/NNP/November");
        List<Timex> seasonDays = List.of(timex(season, 2, 4, "DATE", "2010-06-01"),
                timex(season, 5, 7, "DATE", "2009-11-30"));
        List<Token> lost = tokens("from/IN/from April/NNP/April of/IN/of last/JJ/last year/NN/year to/TO/to "
                + "April/NNP/April of/IN/of this/DT/this year/NN/year");
        List<Timex> lostMonths = List.of(timex(lost, 1, 5, "DATE", "2020-04"), timex(lost, 6, 10, "DATE", "2021-04"));

        assertThat(coordinated(season, seasonDays)).extracting(Timex::value, Timex::rule)
                .containsExactly(tuple("2010-06-01", null), tuple("2010-11-30", "coordinated:day"));
        assertThat(coordinated(lost, lostMonths)).extracting(Timex::value).containsExactly("2020-04", "2021-04");
        // a dash before a time counted back is no range: "donors to meet in March - 7 hrs ago"
        List<Token> ago = tokens("meet/VB/meet in/IN/in March/NNP/March -/:/- 7/CD/7 hrs/NNS/hr ago/RB/ago");
        List<Timex> agoTimes = List.of(timex(ago, 2, 3, "DATE", "2010-03"), timex(ago, 4, 7, "TIME", "2010-01-26"));
        assertThat(coordinated(ago, agoTimes)).extracting(Timex::value).containsExactly("2010-03", "2010-01-26");
        // a date moved earlier is no range
        List<Token> moved = tokens("we/PRP/we are/VBP/be moving/VBG/move that/DT/that date/NN/date up/RP/up "
                + "from/IN/from May/NNP/May 1st/JJ/1st to/TO/to April/NNP/April 19th/JJ/19th");
        List<Timex> movedDays = List.of(timex(moved, 7, 9, "DATE", "2021-05-01"),
                timex(moved, 10, 12, "DATE", "2021-04-19"));
        assertThat(coordinated(moved, movedDays)).extracting(Timex::value).containsExactly("2021-05-01", "2021-04-19");
    }

    @Test
    void theYearAfterTheSecondOfTwoDaysIsTheFirstsToo() {
        List<Token> tokens = tokens("took/VBD/take place/NN/place between/IN/between September/NNP/September "
                + "13/CD/13 and/CC/and 15/CD/15 2003/CD/2003");
        List<Timex> resolved = List.of(timex(tokens, 3, 5, "DATE", "2004-09-13"), timex(tokens, 7, 8, "DATE", "2003"));

        assertThat(coordinated(tokens, resolved)).extracting(Timex::text, Timex::value, Timex::rule).containsExactly(
                tuple("September 13", "2003-09-13", "coordinated:year"),
                tuple("15 2003", "2003-09-15", "coordinated:day"));
    }

    private static List<Timex> coordinated(List<Token> tokens, List<Timex> resolved) {
        String text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        return MissedExpressions.coordinated(text, tokens, resolved);
    }

    private static List<Timex> apply(List<Token> tokens, List<Timex> timexes) {
        String text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        return MissedExpressions.apply(text, tokens, timexes);
    }
}
