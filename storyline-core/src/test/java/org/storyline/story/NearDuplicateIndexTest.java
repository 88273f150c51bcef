package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final LocalDate DAY = LocalDate.of(2022, 2, 1);

    static final String WIRE = "US Secretary of State Antony Blinken urged Russia on Tuesday to immediately "
            + "de-escalate tensions and withdraw the more than 100,000 troops it has amassed on the frontier with "
            + "Ukraine.\n\nIn a telephone call with his Russian counterpart Sergey Lavrov, Blinken said that an "
            + "invasion would be met with swift and severe consequences, and asked Moscow to pursue a diplomatic "
            + "path.\n\nThe State Department said the two men agreed to keep talking about mutual security "
            + "concerns, while Russia denied that it intends any incursion into its neighbour.";

    static final String REPUBLISHED = "Blinken presses Lavrov to pull back troops\n\nBy Jane Doe, Reuters\n\n"
            + "US Secretary of State Antony Blinken urged Russia on Tuesday to immediately de-escalate tensions and "
            + "withdraw the more than 100,000 troops it has amassed on the border with Ukraine.\n\nIn a telephone "
            + "call with his Russian counterpart Sergey Lavrov, Blinken said that an invasion would be met with "
            + "swift and severe consequences, and asked Moscow to pursue a diplomatic path.\n\n"
            + "Copyright 2022 Reuters. All rights reserved.";

    static final String SAME_EVENT_OTHER_TEXT = "Russia's foreign minister Sergey Lavrov told Antony Blinken by "
            + "phone that Moscow had no plans to attack Ukraine, and repeated its demand for security guarantees "
            + "from NATO. The Kremlin said the call was businesslike and that talks would continue next week in "
            + "Geneva, where diplomats from both sides are expected to meet.";

    @Test
    void aRepublishedCopyWithHeadlineBylineTrimAndBoilerplateIsLinkedToTheOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex();

        assertThat(index.add("wire", DAY, WIRE)).isEmpty();
        NearDuplicate copy = index.add("copy", DAY.plusDays(1), REPUBLISHED).orElseThrow();

        assertThat(copy.articleId()).isEqualTo("copy");
        assertThat(copy.originalId()).isEqualTo("wire");
        assertThat(copy.containment()).isGreaterThanOrEqualTo(NearDuplicateIndex.MIN_CONTAINMENT);
        assertThat(copy.jaccard()).isLessThan(copy.containment());
    }

    @Test
    void anotherTextAboutTheSameEventIsNotACopy() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", DAY, WIRE);

        assertThat(index.add("other", DAY, SAME_EVENT_OTHER_TEXT)).isEmpty();
    }

    @Test
    void aCopyOfACopyLinksToTheFirstArticleOfTheGroup() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", DAY, WIRE);
        index.add("copy", DAY, REPUBLISHED);

        assertThat(index.add("again", DAY, REPUBLISHED + "\n\nShare this article."))
                .map(NearDuplicate::originalId).contains("wire");
    }

    @Test
    void aShortTextQuotedInALongOneIsNotACopy() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", DAY, WIRE);

        assertThat(index.add("quote", DAY, "Blinken said that an invasion would be met with swift and severe "
                + "consequences.")).isEmpty();
    }

    @Test
    void aNoticeFilledInAgainForAnotherStateIsNotLinkedThoughItSharesMostShingles() {
        long[] ohio = Shingles.of(FilledTemplatesTest.OHIO);
        long[] iowa = Shingles.of(FilledTemplatesTest.IOWA);
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("ohio", DAY, FilledTemplatesTest.OHIO);

        assertThat((double) Shingles.intersection(ohio, iowa) / Math.min(ohio.length, iowa.length))
                .isGreaterThanOrEqualTo(NearDuplicateIndex.MIN_CONTAINMENT);
        assertThat(index.add("iowa", DAY, FilledTemplatesTest.IOWA)).isEmpty();
    }

    @Test
    void articlesBeforeTheCutoffAreForgotten() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", DAY, WIRE);
        index.add("other", DAY.plusDays(10), SAME_EVENT_OTHER_TEXT);

        index.evictBefore(DAY.plusDays(5));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.add("copy", DAY.plusDays(11), REPUBLISHED)).isEmpty();
    }
}
