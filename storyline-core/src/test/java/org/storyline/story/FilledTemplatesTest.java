package org.storyline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilledTemplatesTest {
    static final String OHIO = "Today, the President declared that a major disaster exists in the State of Ohio and "
            + "ordered Federal assistance to supplement state and local recovery efforts in the areas affected by "
            + "severe storms and flooding from March 3 to March 9, 2023.\n\nFederal funding is available to state "
            + "and eligible local governments on a cost-sharing basis for emergency work in the counties of Adams, "
            + "Brown and Scioto.\n\nFederal funding is also available on a cost-sharing basis for hazard "
            + "mitigation measures statewide.\n\nThe Administrator named Maria Lopez as the Federal Coordinating "
            + "Officer for recovery operations in the affected areas.\n\nAdditional designations may be made at a "
            + "later date if requested by the state and warranted by further damage assessments.";

    static final String IOWA = "Today, the President declared that a major disaster exists in the State of Iowa and "
            + "ordered Federal assistance to supplement state and local recovery efforts in the areas affected by "
            + "severe storms and tornadoes from April 12 to April 14, 2023.\n\nFederal funding is available to "
            + "state and eligible local governments on a cost-sharing basis for emergency work in the counties of "
            + "Linn, Story and Polk.\n\nFederal funding is also available on a cost-sharing basis for hazard "
            + "mitigation measures statewide.\n\nThe Administrator named Daniel Kim as the Federal Coordinating "
            + "Officer for recovery operations in the affected areas.\n\nAdditional designations may be made at a "
            + "later date if requested by the state and warranted by further damage assessments.";

    @Test
    void theSameTemplateFilledInForAnotherStateIsAnotherDocument() {
        assertThat(FilledTemplates.differentDocuments(OHIO, IOWA)).isTrue();
    }

    @Test
    void aRepublishedCopyWithHeadlineBylineTrimAndBoilerplateIsACopy() {
        assertThat(FilledTemplates.differentDocuments(NearDuplicateIndexTest.WIRE,
                NearDuplicateIndexTest.REPUBLISHED)).isFalse();
    }

    @Test
    void aMisspeltNameIsNotAnotherName() {
        String misspelt = NearDuplicateIndexTest.WIRE.replace("Lavrov", "Lavorv").replace("Blinken said",
                "Blinkn said");

        assertThat(FilledTemplates.differentDocuments(NearDuplicateIndexTest.WIRE, misspelt)).isFalse();
    }

    @Test
    void anotherAmountIsAnotherDocumentEvenOneDigitApart() {
        String memo = "By the authority vested in me as President, I hereby delegate to the Secretary of State the "
                + "authority to direct the drawdown of up to $200 million in defense articles and services. You are "
                + "authorized and directed to publish this memorandum in the Federal Register.";

        assertThat(FilledTemplates.differentDocuments(memo, memo.replace("$200 million", "$800 million"))).isTrue();
    }

    @Test
    void oneEditApartIsOneLetterAddedDroppedChangedOrTwoSwapped() {
        assertThat(FilledTemplates.oneEditApart("lavrov", "lavorv")).isTrue();
        assertThat(FilledTemplates.oneEditApart("blinken", "blinkn")).isTrue();
        assertThat(FilledTemplates.oneEditApart("geneva", "genova")).isTrue();
        assertThat(FilledTemplates.oneEditApart("kyiv", "kyivs")).isTrue();
        assertThat(FilledTemplates.oneEditApart("ohio", "iowa")).isFalse();
        assertThat(FilledTemplates.oneEditApart("russia", "prussian")).isFalse();
        assertThat(FilledTemplates.oneEditApart("moscow", "moscow")).isFalse();
    }

    @Test
    void namesAndFiguresAreCapitalisedWordsInsideASentenceAndTokensWithDigits() {
        assertThat(FilledTemplates.namesAndFigures("On Tuesday, Blinken met Lavrov in Geneva. Talks lasted 90 "
                + "minutes and resume in 2022-Q2."))
                .containsExactlyInAnyOrder("tuesday", "blinken", "lavrov", "geneva", "90", "2022-q2");
    }
}
