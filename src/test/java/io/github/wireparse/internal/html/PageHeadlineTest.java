package io.github.wireparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageHeadlineTest {

    @Test
    void takesTheH1ThatATitleAgreesWith() {
        assertThat(PageHeadline.choose(
                        List.of("Breaking News", "Storm hits coast, thousands lose power"),
                        List.of("Storm hits coast, thousands lose power | Daily Planet"),
                        Set.of("dailyplanet")))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void stripsTheSiteNameFromTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of(),
                        List.of("Daily Planet :: Storm hits coast, thousands lose power"),
                        PageHeadline.siteKeys(List.of(), "www.dailyplanet.com")))
                .contains("Storm hits coast, thousands lose power");
        assertThat(PageHeadline.choose(List.of(), List.of("How to Build a Terrarium | eHow"), Set.of("ehow")))
                .contains("How to Build a Terrarium");
    }

    @Test
    void prefersTheTitleOverAShortSiteOrSectionH1() {
        assertThat(PageHeadline.choose(
                        List.of("U.S. & World"), List.of("Storm hits coast, thousands lose power"), Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void keepsAnH1ThatIsTheWholeTitleThoughItsLastPartIsShort() {
        assertThat(PageHeadline.choose(
                        List.of("Storm Watch — Why the Coast Lost Power for Days", "SIGN UP FOR OUR NEWSLETTER"),
                        List.of(
                                "Storm Watch — Why the Coast Lost Power for Days",
                                "Storm Watch — Why the Coast Lost Power for Days | planet"),
                        PageHeadline.siteKeys(List.of("planet"), "fakehost")))
                .contains("Storm Watch — Why the Coast Lost Power for Days");
    }

    @Test
    void readsABracketedSiteNameClosingTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of("Springfield Archive beta"),
                        List.of("Storm hits coast - Part 2 - thousands lose power [Springfield Archive]"),
                        Set.of()))
                .contains("Storm hits coast - Part 2 - thousands lose power");
    }

    @Test
    void leavesOutAnH1ThatIsTheSiteNamedInTheTitle() {
        assertThat(PageHeadline.choose(
                        List.of("Springfield News Update Service"),
                        List.of("Storm hits coast, thousands lose power - Springfield News Update Service"),
                        Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }

    @Test
    void recognisesWireSlugs() {
        assertThat(PageHeadline.isSlug("BC-EU-GEN--Topic, 2nd Ld-Writethru,0987"))
                .isTrue();
        assertThat(PageHeadline.isSlug("Storm hits coast")).isFalse();
        assertThat(PageHeadline.choose(
                        List.of("BC-EU-GEN--Storm, 2nd Ld-Writethru,0987"),
                        List.of("Storm hits coast, thousands lose power"),
                        Set.of()))
                .contains("Storm hits coast, thousands lose power");
    }
}
