package org.storyline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.CoreNlpAnnotator;
import org.storyline.ingest.Article;
import org.storyline.ingest.Publication;

/** Coding rules of {@link PatternEventCoder} on sentences written for them, parsed by CoreNLP. */
class PatternEventCoderRulesIT {
    private static final PatternEventCoder CODER = new PatternEventCoder(new DictionaryActorResolver());

    /** Each mention as "actors EVENT recipients cameo status", codes joined by "+", "-" for none. */
    private static List<String> code(String text) {
        Article article = Article.of(text, new Publication(null, null, LocalDate.of(2020, 3, 2), null, "test"));
        return CODER.code(CoreNlpAnnotator.shared().annotate(article)).stream()
            .map(e -> codes(e.actors()) + " " + e.event() + " " + codes(e.recipients()) + " " + e.cameo() + " "
                + e.status())
            .toList();
    }

    private static String codes(List<Actor> actors) {
        return actors.isEmpty() ? "-" : String.join("+", actors.stream().map(Actor::code).toList());
    }

    @Test
    void theOwnerOfARejectedProposalIsTheRecipient() {
        assertThat(code("Japan rejected China's proposal for joint patrols."))
            .containsExactly("JPN REJECT CHN 120 asserted");
    }

    @Test
    void aCounterpartNamedDeeperInTheObjectIsTheRecipient() {
        assertThat(code("The United Nations rejected a call for its troops to be sent to Haiti."))
            .containsExactly("UN REJECT HTI 120 asserted");
        assertThat(code("Sudan agreed to permit the return of U.N. aid workers."))
            .containsExactly("SDN AGREE UN 030 asserted");
    }

    @Test
    void aPartOfANamedBodyActsForItAndHyphenatedNamesAreFound() {
        assertThat(code("The Asia-Pacific Economic Cooperation forum has agreed to help Japan."))
            .containsExactly("APEC AGREE JPN 033 asserted");
        assertThat(code("The UNITA militarist wing refused to allow United Nations planes to land."))
            .containsExactly("AGO REJECT UN 121 asserted");
    }

    @Test
    void whatAMeetingIsAboutIsNotAPartyToIt() {
        assertThat(code("The French foreign minister discussed Russia's military build-up near Ukraine."))
            .containsExactly("FRA CONSULT - 040 asserted");
    }

    @Test
    void aPassiveSubjectUndergoesTheEventAndTheAgentActs() {
        assertThat(code("Two Kenyan soldiers were killed by Somali militants."))
            .containsExactly("SOM ASSAULT KEN 1823 asserted");
    }

    @Test
    void aParticipleWithAPassiveSubjectIsPassiveWithoutItsAuxiliary() {
        assertThat(code("There were ten Russian soldiers killed in Ukraine today."))
            .containsExactly("UKR ASSAULT RUS 1823 asserted");
    }

    @Test
    void theAttackSomeoneWasHarmedInIsDoneByItsOwnerAndHappensWhereItHappened() {
        assertThat(code("Three civilians were killed in a Russian air strike in Kharkiv."))
            .containsExactly("RUS ASSAULT UKR 1823 asserted");
        assertThat(code("Two boys were wounded in Israeli shelling in the south of the Gaza Strip."))
            .containsExactly("ISR ASSAULT PSE 194 asserted");
    }

    @Test
    void aPassiveWithoutAgentHasNoActor() {
        assertThat(code("Three Kenyan soldiers were killed on Monday."))
            .containsExactly("- ASSAULT KEN 1823 asserted");
    }

    @Test
    void theRecipientOfAThreatIsFoundInItsContent() {
        assertThat(code("Turkey threatened to cut off water supplies to Syria."))
            .containsExactly("TUR THREATEN SYR 1313 asserted");
    }

    @Test
    void readinessToActIsAnIntention() {
        assertThat(code("Norway is willing to host the Colombian delegation."))
            .containsExactly("NOR AGREE COL 036 asserted");
    }

    @Test
    void anAppealIsCameoAppealAndADemandCameoDemand() {
        assertThat(code("The Ukrainian minister urged Russia to withdraw its troops."))
            .containsExactly("UKR REQUEST RUS 0256 asserted");
        assertThat(code("The Ukrainian minister demanded that Russia withdraw its troops."))
            .containsExactly("UKR REQUEST RUS 1056 asserted");
    }

    @Test
    void refusingToAcceptIsARejection() {
        assertThat(code("Iran said it would not accept the proposal."))
            .containsExactly("IRN REJECT - 120 asserted");
    }

    @Test
    void providingSupportIsAidAndRefusingItARejection() {
        assertThat(code("Japan has provided support to Ukraine."))
            .containsExactly("JPN AID UKR 070 asserted");
        assertThat(code("Germany said it would not provide support to the government of Mali."))
            .containsExactly("DEU REJECT MLI 120 asserted");
    }

    @Test
    void beingOpposedIsAStanceOfTheSubject() {
        assertThat(code("Greece is opposed to Turkish membership."))
            .containsExactly("GRC REJECT TUR 120 asserted");
    }

    @Test
    void aMeetingOfOneSideIsNoConsultation() {
        assertThat(code("The Israeli cabinet met on Sunday.")).isEmpty();
    }

    @Test
    void lightVerbsWithEventNouns() {
        assertThat(code("Pakistan and India resumed talks on Kashmir."))
            .containsExactly("PAK+IND CONSULT - 046 asserted");
        assertThat(code("Kenyan teachers staged a protest in Nairobi."))
            .containsExactly("KEN PROTEST KEN 141 asserted");
    }

    @Test
    void newVerbsOfCoercionAndAid() {
        assertThat(code("Egyptian police confiscated weapons from smugglers."))
            .containsExactly("EGY COERCE EGY 1711 asserted");
        assertThat(code("Japan donated medicine to Haiti."))
            .containsExactly("JPN AID HTI 070 asserted");
    }

    @Test
    void mobilisingIsMilitaryOnlyWithTroopsOrAlone() {
        assertThat(code("Senegal mobilized its voters for the election.")).isEmpty();
        assertThat(code("Greece mobilized its reservists.")).containsExactly("GRC MOBILIZE - 154 asserted");
    }

    @Test
    void theCountryAnActLandsInIsTheRecipientWhenNoOneElseIsNamed() {
        assertThat(code("Serbia lifted a curfew in Montenegro."))
            .containsExactly("SRB CONCEDE MNE 0813 asserted");
        assertThat(code("Japan sent aid to Haiti in March."))
            .containsExactly("JPN AID HTI 070 asserted");
    }

    @Test
    void protestCoercionAndAttacksWithoutACounterpartAreDomestic() {
        assertThat(code("Kenyan teachers protested on Monday."))
            .containsExactly("KEN PROTEST KEN 140 asserted");
        assertThat(code("Turkish police arrested twelve students."))
            .containsExactly("TUR COERCE TUR 173 asserted");
        assertThat(code("Thousands of Kenyans protested against Uganda."))
            .containsExactly("KEN PROTEST UGA 140 asserted");
        assertThat(code("Nigerian gunmen attacked a village on Sunday."))
            .containsExactly("NGA ASSAULT NGA 190 asserted");
        assertThat(code("Russia denied the accusation."))
            .containsExactly("RUS REJECT - 120 asserted");
    }

    @Test
    void anIntendedActIsAnnouncedAndAWantedOneIsNot() {
        assertThat(code("The United States intends to provide assistance to Ukraine."))
            .containsExactly("USA AGREE UKR 033 asserted");
        assertThat(code("The United States wants to provide assistance to Ukraine."))
            .containsExactly("USA AID UKR 070 hypothetical");
    }

    @Test
    void whatAHostileActIsOfIsItsTarget() {
        assertThat(code("Russia tightened the blockade of Ukraine's ports."))
            .containsExactly("RUS COERCE UKR 191 asserted");
        assertThat(code("Russia announced the withdrawal of its troops from Belarus."))
            .containsExactly("RUS RETREAT BLR 087 asserted");
    }

    @Test
    void aComplaintIsAgainstWhatItIsAboutBeforeWhomItIsMadeTo() {
        assertThat(code("Georgia complained to the OSCE about Russian troop movements."))
            .containsExactly("GEO ACCUSE RUS 114 asserted");
        assertThat(code("Georgia complained to the OSCE."))
            .containsExactly("GEO ACCUSE OSCE 114 asserted");
    }

    @Test
    void aStateOfEmergencyIsDeclaredAndAnAttackOnAnUnknownPlaceIsNotDomestic() {
        assertThat(code("Ethiopia declared a state of emergency on Tuesday."))
            .containsExactly("ETH COERCE ETH 1724 asserted");
        assertThat(code("Russian forces launched a series of attacks on Pokrovsk."))
            .containsExactly("RUS ASSAULT - 190 asserted");
        assertThat(code("Russian forces launched a series of attacks on Kharkiv."))
            .containsExactly("RUS ASSAULT UKR 190 asserted");
        assertThat(code("The United States launched an air strike against an Islamic State target."))
            .containsExactly("USA ASSAULT - 190 asserted");
        assertThat(code("Russian forces launched a series of attacks on Ukraine."))
            .containsExactly("RUS ASSAULT UKR 190 asserted");
    }

    @Test
    void anEthnicGroupIsOfThePlaceItIsInNotOfTheCountryItIsNamedAfter() {
        assertThat(code("Ethnic Hungarians in Romania demanded autonomy from the government."))
            .containsExactly("ROU REQUEST - 100 asserted");
        assertThat(code("Ethnic Hungarians demanded autonomy from Romania."))
            .isEmpty();
        assertThat(code("Hungarians demanded autonomy from Romania."))
            .containsExactly("HUN REQUEST ROU 100 asserted");
    }

    @Test
    void aGenericPlaceWordStandsForThePlaceItsNameSays() {
        assertThat(code("Serbia eased emergency measures in Kosovo province."))
            .containsExactly("SRB CONCEDE XKX 081 asserted");
        assertThat(code("Morocco eased restrictions in the Western Sahara territory."))
            .containsExactly("MAR CONCEDE ESH 081 asserted");
    }

    @Test
    void whatAMeasureWordMeasuresIsTheObject() {
        assertThat(code("Swiss doctors handed over 700 kg of medicine to the Red Crescent."))
            .containsExactly("CHE AID IFRC 073 asserted");
        assertThat(code("Egypt delivered hundreds of tons of food to Sudan."))
            .containsExactly("EGY AID SDN 073 asserted");
        assertThat(code("Egypt delivered hundreds of tons of cement to Sudan."))
            .isEmpty();
    }

    @Test
    void aGroupWithoutACountryOfItsOwnActsForTheCountryItActsIn() {
        assertThat(code("Thousands of farmers marched in Paris to protest against the government."))
            .containsExactly("FRA PROTEST FRA 141 asserted");
        assertThat(code("Police dispersed hundreds of students protesting tuition fees in Santiago."))
            .contains("CHL PROTEST CHL 140 asserted");
        assertThat(code("Thousands of farmers protested against the new tax."))
            .isEmpty();
        assertThat(code("The Egyptian president refused to meet Jordan's visiting King Abdullah II in Cairo."))
            .containsExactly("EGY REJECT JOR 125 asserted");
    }

    @Test
    void protestRepressionSanctionAndBombingVerbs() {
        assertThat(code("Nigerian unionists picketed on Monday."))
            .containsExactly("NGA PROTEST NGA 141 asserted");
        assertThat(code("Turkish police prevented a rally in Istanbul."))
            .containsExactly("TUR COERCE TUR 172 asserted");
        assertThat(code("Egypt withheld aid from Sudan."))
            .containsExactly("EGY SANCTION SDN 162 asserted");
        assertThat(code("Ethiopian gunmen blew up a bridge in Somalia."))
            .containsExactly("ETH ASSAULT SOM 183 asserted");
    }

    @Test
    void theOwnerOfTheThingAnActTargetsIsTheRecipient() {
        assertThat(code("France threatened to impose restrictions against German goods."))
            .containsExactly("FRA THREATEN DEU 1312 asserted");
    }

    @Test
    void aMemberActsForTheBodyItBelongsTo() {
        assertThat(code("A member of the Syrian parliament protested on Monday."))
            .containsExactly("SYR ACCUSE - 111 asserted");
    }

    @Test
    void aGroupIsOfThePlaceItIsInOrFrom() {
        assertThat(code("Students in Kenya protested on Monday."))
            .containsExactly("KEN PROTEST KEN 140 asserted");
        assertThat(code("Workers from Ethiopia protested on Monday."))
            .containsExactly("ETH PROTEST ETH 140 asserted");
        assertThat(code("Russian troops in Belarus attacked Ukraine."))
            .containsExactly("RUS ASSAULT UKR 190 asserted");
    }

    @Test
    void archiveLeadersAreKnownOnTheDatesTheyHeldOffice() {
        Article article = Article.of("Jacques Chirac criticised Saddam Hussein.",
            new Publication(null, null, LocalDate.of(1998, 2, 3), null, "test"));
        assertThat(CODER.code(CoreNlpAnnotator.shared().annotate(article)).stream()
            .map(e -> codes(e.actors()) + " " + e.event() + " " + codes(e.recipients())).toList())
            .containsExactly("FRA ACCUSE IRQ");
    }

    @Test
    void pluralsTheLemmatizerLeavesAsWrittenStillMatch() {
        assertThat(code("France is ready to contribute troops to Liberia."))
            .containsExactly("FRA AGREE LBR 033 asserted");
        assertThat(code("Refugees from Somalia protested against Kenya."))
            .containsExactly("SOM PROTEST KEN 140 asserted");
    }

    @Test
    void nonGovernmentalOrganisationsAreCodedNgo() {
        assertThat(code("Amnesty International criticised Egypt on Monday."))
            .containsExactly("NGO ACCUSE EGY 111 asserted");
        assertThat(code("A human rights group protested on Monday."))
            .containsExactly("NGO ACCUSE - 111 asserted");
    }

    @Test
    void aHarmfulActOnAConditionIsAThreat() {
        assertThat(code("The European Union may suspend talks with Serbia if the fighting continues."))
            .containsExactly("EUR THREATEN SRB 1312 asserted");
        assertThat(code("Kenya would help Somalia if the rains failed."))
            .containsExactly("KEN AID SOM 070 hypothetical");
    }

    @Test
    void anActNounCarriedOutByTheSubjectOfItsVerb() {
        assertThat(code("Russia began the withdrawal of its troops from Belarus."))
            .containsExactly("RUS RETREAT BLR 087 asserted");
    }

    @Test
    void aThreatIsAimedAtWhoeverMustActToAvertItOrWhereItWouldLand() {
        assertThat(code("Kenyan farmers threatened to block roads unless Uganda reopened the border."))
            .containsExactly("KEN THREATEN UGA 130 asserted");
        assertThat(code("Hezbollah threatened to resume attacks in Israel."))
            .containsExactly("LBN THREATEN ISR 138 asserted");
    }

    @Test
    void theOwnerOfWhatIsRejectedIsFoundWhereTheParserLeftIt() {
        assertThat(code("Japan rejected China's demand to close its embassy."))
            .containsExactly("JPN REJECT CHN 120 asserted");
    }

    @Test
    void regionsAreCodedToTheirCountry() {
        assertThat(code("Sudanese troops attacked villages in Darfur."))
            .containsExactly("SDN ASSAULT SDN 190 asserted");
    }

    @Test
    void aLightVerbWithItsNounWinsOverTheVerbAlone() {
        assertThat(code("The Thai government declared martial law in Bangkok."))
            .containsExactly("THA COERCE THA 1724 asserted");
    }

    @Test
    void earlierAdministrationsAreTheirGovernment() {
        assertThat(code("The Bush administration criticised Cuba."))
            .containsExactly("USA ACCUSE CUB 111 asserted");
    }

    @Test
    void anIntentionSomeoneElseOwesIsADemandNotAPlan() {
        assertThat(code("Kenya's president said that Uganda must be ready to mediate between the two sides."))
            .containsExactly("KEN REQUEST UGA 100 asserted", "UGA CONSULT - 045 hypothetical");
    }

    @Test
    void callingSomethingByANameIsNoPhoneCall() {
        assertThat(code("The Dutch government banned the group because of what it called its role in the riots."))
            .containsExactly("NLD COERCE NLD 172 asserted");
    }

    @Test
    void aDeedIsHeldAgainstWhoeverDidIt() {
        assertThat(code("Serbia is investigating alleged abuses by Serbian police against Albanian villagers."))
            .containsExactly("SRB ACCUSE SRB 090 asserted");
    }

    @Test
    void whoLeadsAThingActsThroughIt() {
        assertThat(code("Kenya refused to join the French-led mission against Somalia."))
            .containsExactly("KEN REJECT FRA 120 asserted");
    }

    @Test
    void aProtestIsAimedAtWhatItDefiesOrIsMeantToShow() {
        assertThat(code("Students in Nairobi blocked a highway to show their anger at Uganda's trade policies."))
            .containsExactly("KEN PROTEST UGA 144 asserted");
        assertThat(code("Thousands of people marched in Minsk in defiance of Russian authorities."))
            .containsExactly("BLR PROTEST RUS 141 asserted");
    }

    @Test
    void anotherBodyOfTheActorsOwnCountryCanBeTheRecipient() {
        assertThat(code("Nigerian union officials demanded support from the Nigerian Senate."))
            .containsExactly("NGA REQUEST NGA 103 asserted");
    }

    @Test
    void receivingInspectorsIsAllowingInternationalInvolvement() {
        assertThat(code("Iran received a team of inspectors from the United Nations."))
            .containsExactly("IRN RETREAT UN 0862 asserted");
    }

    @Test
    void theSidesOfAMeetingSomeoneHostsAreItsRecipients() {
        assertThat(code("Norway hosted a meeting between Sudan and Chad."))
            .containsExactly("NOR CONSULT SDN+TCD 043 asserted");
    }

    @Test
    void aReminderOfWhatSomeoneMustDoIsADemand() {
        assertThat(code("The Kenyan president issued a reminder to Uganda that it must reopen the border."))
            .containsExactly("KEN REQUEST UGA 100 asserted");
    }

    @Test
    void beingOnAlertIsMobilising() {
        assertThat(code("Greek troops remained on high alert near the border."))
            .containsExactly("GRC MOBILIZE - 152 asserted");
    }

    @Test
    void aNameTheParserTookForTheModifierOfADayIsTheSubject() {
        assertThat(code("Turkey Friday reimposed a curfew in Diyarbakir."))
            .containsExactly("TUR COERCE TUR 172 asserted");
    }

    @Test
    void whatIsDenouncedAsACrimeNamesTheAccused() {
        assertThat(code("Greece on Monday condemned as a grave crime Turkey's occupation of the island."))
            .containsExactly("GRC ACCUSE TUR 111 asserted");
    }

    @Test
    void someoneTheDictionaryCannotPlaceStillActsOnAKnownRecipient() {
        assertThat(code("Maria Lopez opened an investigation against three Peruvian ministers."))
            .containsExactly("- ACCUSE PER 090 asserted");
        assertThat(code("The new plan rejected Peruvian demands."))
            .isEmpty();
    }

    @Test
    void anActNamedAsTheSettingOfAnotherIsPartOfIt() {
        assertThat(code("President Smith agreed to Kenyan mediation in the talks with the rebels."))
            .containsExactly("- AGREE KEN 030 asserted");
    }

    @Test
    void beingWillingToSendGoodsIsAnOfferOfAid() {
        assertThat(code("Denmark is willing to send equipment to Kenya."))
            .containsExactly("DNK AGREE KEN 033 asserted");
    }

    @Test
    void anActWithoutRecipientBesideTheSameActWithOneAddsNothing() {
        assertThat(code("Kenyan rebels rejected a Ugandan peace plan and said they also opposed the new talks."))
            .containsExactly("KEN REJECT UGA 120 asserted");
    }

    @Test
    void inResponseToSaysWhyNotWhatIsThreatened() {
        assertThat(code("The Kenyan president announced that he will extend the curfew in Nairobi in response to the "
            + "riots."))
            .containsExactly("KEN THREATEN KEN 131 asserted");
    }

    @Test
    void aStateProtestsInWordsAndPeopleInTheStreet() {
        assertThat(code("Russia protested the expulsion of its diplomats from Poland."))
            .containsExactly("RUS ACCUSE POL 111 asserted");
        assertThat(code("Hundreds of Kenyan students protested against Uganda."))
            .containsExactly("KEN PROTEST UGA 140 asserted");
    }

    @Test
    void anActDoneToProtestIsTheProtest() {
        assertThat(code("Kenyan teachers stayed home on Monday to protest against Uganda."))
            .containsExactly("KEN PROTEST UGA 140 asserted");
        assertThat(code("Kenyan farmers blocked roads to protest against Uganda."))
            .containsExactly("KEN PROTEST UGA 144 asserted");
    }

    @Test
    void whatAnActIsForNamesItsRecipient() {
        assertThat(code("Denmark is willing to send equipment to help defend Kenya."))
            .containsExactly("DNK AGREE KEN 033 asserted");
    }

    @Test
    void aNounPredicateHappensWhereItsClauseDoes() {
        assertThat(code("Greek troops remained on high alert in Cyprus."))
            .containsExactly("GRC MOBILIZE CYP 152 asserted");
    }

    @Test
    void aPeopleOfAPlaceIsOfThatPlacesCountry() {
        assertThat(code("The Serbs of northern Kosovo demanded autonomy from the Kosovo assembly."))
            .containsExactly("XKX REQUEST XKX 100 asserted");
    }

    @Test
    void aPlaceThatChangedCountryIsOfTheCountryItWasInThen() {
        for (int year : new int[] {1995, 2015}) {
            Article article = Article.of("Sudanese rebels shelled Juba.",
                new Publication(null, null, LocalDate.of(year, 5, 1), null, "test"));
            assertThat(CODER.code(CoreNlpAnnotator.shared().annotate(article)).stream()
                .map(e -> codes(e.actors()) + " " + e.event() + " " + codes(e.recipients())).toList())
                .containsExactly(year == 1995 ? "SDN ASSAULT SDN" : "SDN ASSAULT SSD");
        }
    }

    @Test
    void someoneUnplacedInAClauseThatSetsTheSceneIsNoActor() {
        assertThat(code("Kenya paid compensation to Indian traders whom Idi Amin expelled from Uganda."))
            .containsExactly("KEN RETREAT IND 084 asserted");
    }

    @Test
    void ethnicCleansingIsAnAssaultUnlessItIsWhatSomeoneIsAccusedOf() {
        assertThat(code("Serb forces engaged in ethnic cleansing in Kosovo."))
            .containsExactly("SRB ASSAULT XKX 203 asserted");
        assertThat(code("Albania accused Serbia of ethnic cleansing."))
            .containsExactly("ALB ACCUSE SRB 112 asserted");
    }

    @Test
    void coordinatedModifiersNameSeveralActors() {
        assertThat(code("US and British activists staged a protest in Beijing."))
            .containsExactly("GBR+USA PROTEST CHN 141 asserted");
    }

    @Test
    void seekingToActIsNoRequest() {
        assertThat(code("Brazil is seeking to deepen its partnership with Chile."))
            .isEmpty();
        assertThat(code("Brazil sought support from Chile."))
            .containsExactly("BRA REQUEST CHL 023 asserted");
    }

    @Test
    void statesProvincesAndCitiesAreOfTheirCountry() {
        assertThat(code("Russia conducted military exercises in Alaska."))
            .containsExactly("RUS MOBILIZE USA 150 asserted");
        assertThat(code("Pakistani troops shelled villages in Jammu."))
            .containsExactly("PAK ASSAULT IND 194 asserted");
    }

    @Test
    void aVisitToAPlaceOfOnesOwnCountryIsWithNoOneThere() {
        assertThat(code("The Kenyan president traveled to Mombasa on Monday."))
            .containsExactly("KEN CONSULT - 042 asserted");
        assertThat(code("The Kenyan president traveled to Kampala on Monday."))
            .containsExactly("KEN CONSULT UGA 042 asserted");
    }

    @Test
    void aQuestionAssertsNothing() {
        assertThat(code("Has the Kenyan president spoken with Uganda's president?"))
            .containsExactly("KEN CONSULT UGA 040 hypothetical");
    }

    @Test
    void aCallForSomethingIsNoConversation() {
        assertThat(code("The plan answers the Kenyan president's call for unity."))
            .isEmpty();
        assertThat(code("The Kenyan president's call with Uganda's president lasted an hour."))
            .containsExactly("KEN CONSULT UGA 041 asserted");
    }

    @Test
    void meetingARequirementOrFightingForACauseIsNoEvent() {
        assertThat(code("Kenya met the requirements of the International Monetary Fund."))
            .isEmpty();
        assertThat(code("The Kenyan minister fought her whole life for democracy."))
            .isEmpty();
    }

    @Test
    void signingALawIsNoAgreementButSigningATreatyIs() {
        assertThat(code("The Kenyan president signed the budget bill into law."))
            .isEmpty();
        assertThat(code("Kenya signed a trade agreement with Uganda."))
            .containsExactly("KEN SUPPORT UGA 057 asserted");
    }

    @Test
    void statementsAndTopicsAreNoActs() {
        assertThat(code("The Kenyan president spoke to this issue again on Monday."))
            .isEmpty();
        assertThat(code("Kenya passed what is called the Climate Act."))
            .isEmpty();
        assertThat(code("The Kenyan vote demonstrates that democracy works."))
            .isEmpty();
        assertThat(code("Kenya and Uganda recognize the importance of regional trade."))
            .isEmpty();
        assertThat(code("France recognized the independence of Kosovo."))
            .containsExactly("FRA SUPPORT XKX 054 asserted");
        assertThat(code("Students demonstrated in Nairobi against Uganda."))
            .containsExactly("KEN PROTEST UGA 141 asserted");
    }

    @Test
    void aRequestOrMeetingByNoOneNamedIsNoEventButAnAttackIs() {
        assertThat(code("The Ugandan minister was asked about the border on Monday."))
            .isEmpty();
        assertThat(code("Three Ugandan soldiers were killed on Monday."))
            .containsExactly("- ASSAULT UGA 1823 asserted");
    }

    @Test
    void callingSomeoneOutIsACriticism() {
        assertThat(code("Kenya called out Uganda over the border closure."))
            .containsExactly("KEN ACCUSE UGA 111 asserted");
    }

    @Test
    void forcesDeployedOrMassedAreTheSideThatMobilises() {
        assertThat(code("Greek soldiers were deployed to Cyprus."))
            .containsExactly("GRC MOBILIZE CYP 154 asserted");
    }

    @Test
    void engagingIsCombatOnlyWithAnArmedSide() {
        assertThat(code("Syrian rebels engaged Filipino peacekeepers in a firefight."))
            .containsExactly("SYR ASSAULT PHL 190 asserted");
        assertThat(code("The Kenyan minister engaged the public in a debate on Uganda."))
            .isEmpty();
    }

    @Test
    void aCourtOrJudgeNoOnePlacesActsAtHomeOnItsOwnOfficials() {
        assertThat(code("Judge Maria Lopez indicted two Peruvian ministers."))
            .containsExactly("PER ACCUSE PER 115 asserted");
        assertThat(code("Judge Maria Lopez indicted two British tourists."))
            .containsExactly("- ACCUSE GBR 115 asserted");
        assertThat(code("A Kenyan police officer was killed on Monday."))
            .containsExactly("- ASSAULT KEN 1823 asserted");
    }

    @Test
    void anAttackNoOneIsNamedForIsByAnUnidentifiedActorOfWhereItHappened() {
        assertThat(code("Two Kenyan soldiers were killed by a roadside bomb outside the Somali city of Kismayo."))
            .containsExactly("SOM ASSAULT KEN 1823 asserted");
        assertThat(code("A mayor was killed in a car bomb attack in central Kabul."))
            .containsExactly("AFG ASSAULT AFG 1823 asserted");
        assertThat(CODER.code(CoreNlpAnnotator.shared().annotate(Article.of(
            "Masked gunmen shot dead a judge in Lagos on Monday.",
            new Publication(null, null, LocalDate.of(2020, 3, 2), null, "test")))))
            .singleElement().satisfies(e -> assertThat(e.actors()).extracting(Actor::code, Actor::sector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NGA", "UAF")));
        // no place, no attacker
        assertThat(code("Three Kenyan soldiers were killed on Monday."))
            .containsExactly("- ASSAULT KEN 1823 asserted");
        // militants no one names still attack; where they did tells their country
        assertThat(code("Militants attacked a police station in Kano."))
            .containsExactly("NGA ASSAULT NGA 190 asserted");
        assertThat(code("Insurgents shelled a Kenyan army post."))
            .containsExactly("- ASSAULT KEN 194 asserted");
    }

    @Test
    void anActTheClauseIsAboutOrAgainstIsNotTheSubjectsOwn() {
        assertThat(code("Kenya imposed a news blackout on the withdrawal from the border.")).isEmpty();
        assertThat(code("Uganda protested against the deployment near the border."))
            .containsExactly("UGA ACCUSE - 111 asserted");
        // a bare "on alert" is the subject's state
        assertThat(code("Kenyan troops remained on alert near the Somali border."))
            .containsExactly("KEN MOBILIZE - 152 asserted");
    }

    @Test
    void aPartOfAGroupIsOfTheGroupAndForcesWithdrawnAreTheSideThatRetreats() {
        assertThat(code("Half of the Kenyan troops were withdrawn from Somalia on Monday."))
            .containsExactly("KEN RETREAT SOM 087 asserted");
    }

    @Test
    void anEthnicAdjectiveNamesAPeopleAndAParticiplePlacesIt() {
        assertThat(code("Ethnic Albanian guerrillas operating in Macedonia have been demobilized."))
            .containsExactly("MKD RETREAT - 0873 asserted");
    }

    @Test
    void aReleaseIsOfPeopleNotOfReports() {
        assertThat(code("The Kenyan ministry released a report on Monday.")).isEmpty();
        assertThat(code("Kenya released two Ugandan fishermen."))
            .containsExactly("KEN RETREAT UGA 0841 asserted");
        assertThat(code("Uganda freed the mayor of Kisumu."))
            .containsExactly("UGA RETREAT KEN 0841 asserted");
    }

    @Test
    void aCurfewOrEmergencyNoOnePlacesIsImposedByTheAuthoritiesOfItsPlace() {
        assertThat(code("The military government declared a state of siege in Uganda."))
            .containsExactly("UGA COERCE UGA 1724 asserted");
        assertThat(code("The new government lifted the state of emergency in Uganda."))
            .containsExactly("UGA CONCEDE UGA 0814 asserted");
        assertThat(code("It imposed a curfew in Nairobi.")).isEmpty();
        // a relief or legal measure is no martial rule
        assertThat(code("Kenya declared a public health emergency.")).isEmpty();
    }

    @Test
    void whatASubjectReceivesFromSomeoneThatSomeoneGives() {
        assertThat(code("Ukraine received weapons from the United States."))
            .containsExactly("USA AID UKR 072 asserted");
        assertThat(code("Georgian demonstrators received assurances from the Georgian government."))
            .containsExactly("GEO AGREE GEO 030 asserted");
        assertThat(code("Kenya received a letter from Uganda.")).isEmpty();
    }

    @Test
    void archiveNewsHasTheStatesAndLeadersOfItsDay() {
        Article article = Article.of("Soviet leader Mikhail Gorbachev met President Reagan in Washington.",
            new Publication(null, null, LocalDate.of(1987, 12, 8), null, "test"));
        assertThat(CODER.code(CoreNlpAnnotator.shared().annotate(article)).stream()
            .map(e -> codes(e.actors()) + " " + e.event() + " " + codes(e.recipients())).toList())
            .containsExactly("SUN CONSULT USA");
        // the same name after the Soviet Union is a former official of Russia
        assertThat(code("Mikhail Gorbachev met Chinese students in Beijing."))
            .containsExactly("RUS CONSULT CHN 040 asserted");
    }

    @Test
    void wantingSomeoneNamedToActIsAskingThem() {
        // the content sets the code: a call to pull back is an appeal to de-escalate (CAMEO 0256)
        assertThat(code("Kenya wants Uganda to pull back its troops from the border."))
            .containsExactly("KEN REQUEST UGA 0256 asserted");
        assertThat(code("I want you to know that Kenya is ready.")).isEmpty();
        assertThat(code("Kenya wants a deal with Uganda.")).isEmpty();
    }

    @Test
    void aGenericPlaceTakesTheCountryThatQualifiesIt() {
        assertThat(code("Kenyan soldiers clashed with rioters in a Ugandan square."))
            .containsExactly("KEN ASSAULT UGA 190 asserted");
    }

    @Test
    void anAttackIsFromWhereItCameAndAtWhereItWasSent() {
        assertThat(code("A mortar bomb was fired at Kenyan troops from Somalia."))
            .containsExactly("SOM ASSAULT KEN 193 asserted");
        assertThat(code("Militants launched rockets into Kenya from Somalia."))
            .containsExactly("SOM ASSAULT KEN 190 asserted");
        assertThat(code("Uganda sent troops into Kenya.")).containsExactly("UGA MOBILIZE KEN 154 asserted");
        // whom an attack is aimed at is not where it happened
        assertThat(code("Militants fired rockets at Kenyan troops."))
            .containsExactly("- ASSAULT KEN 194 asserted");
    }

    @Test
    void aWordOfAnotherPersonsNameIsNoOwner() {
        // "Michel" is Charles Michel's surname, but here the first name of a Lebanese president
        assertThat(code("President Biden spoke with President Michel Aoun of Lebanon."))
            .containsExactly("USA CONSULT LBN 040 asserted");
        // a name written surname first is still the person's
        assertThat(code("President Biden met Japanese Prime Minister Kishida Fumio."))
            .containsExactly("USA CONSULT JPN 040 asserted");
    }

    @Test
    void anAccidentOrADisasterIsNoAttack() {
        assertThat(code("Five Kenyan soldiers were killed in a helicopter crash in Somalia.")).isEmpty();
        assertThat(code("Five Kenyan soldiers were killed in a car bomb explosion in Somalia."))
            .containsExactly("SOM ASSAULT KEN 1823 asserted");
    }
}
