package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
    @Test
    void fixedHolidaysAndTheirSpellings() {
        assertThat(Holidays.on("New Year's Day", 2022)).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Holidays.on("new years eve", 2022)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(Holidays.on("St. Patrick's Day", 2022)).isEqualTo(LocalDate.of(2022, 3, 17));
        assertThat(Holidays.on("Christmas", 1999)).isEqualTo(LocalDate.of(1999, 12, 25));
        assertThat(Holidays.on("May Day", 2009)).isEqualTo(LocalDate.of(2009, 5, 1));
        assertThat(Holidays.on("Bastille Day", 2009)).isEqualTo(LocalDate.of(2009, 7, 14));
        assertThat(Holidays.on("VE Day", 2005)).isEqualTo(LocalDate.of(2005, 5, 8));
        assertThat(Holidays.on("VJ Day", 2005)).isEqualTo(LocalDate.of(2005, 8, 15));
        assertThat(Holidays.on("St George's Day", 2009)).isEqualTo(LocalDate.of(2009, 4, 23));
        assertThat(Holidays.on("International Holocaust Remembrance Day", 2021)).isEqualTo(LocalDate.of(2021, 1, 27));
        assertThat(Holidays.on("National Pearl Harbor Remembrance Day", 2021)).isEqualTo(LocalDate.of(2021, 12, 7));
        assertThat(Holidays.on("Remembrance Day", 2021)).isEqualTo(LocalDate.of(2021, 11, 11));
        assertThat(Holidays.on("Workers Memorial Day", 2021)).isEqualTo(LocalDate.of(2021, 4, 28));
        assertThat(Holidays.on("Juneteenth", 2022)).isEqualTo(LocalDate.of(2022, 6, 19));
    }

    @Test
    void holidaysOnAWeekdayOfTheMonth() {
        assertThat(Holidays.on("Thanksgiving Day", 1999)).isEqualTo(LocalDate.of(1999, 11, 25));
        assertThat(Holidays.on("Thanksgiving", 2000)).isEqualTo(LocalDate.of(2000, 11, 23));
        assertThat(Holidays.on("Memorial Day", 2022)).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(Holidays.on("Labor Day", 2022)).isEqualTo(LocalDate.of(2022, 9, 5));
        assertThat(Holidays.on("Election Day", 1998)).isEqualTo(LocalDate.of(1998, 11, 3));
        assertThat(Holidays.on("Presidents' Day", 2022)).isEqualTo(LocalDate.of(2022, 2, 21));
        assertThat(Holidays.on("Black Friday", 2022)).isEqualTo(LocalDate.of(2022, 11, 25));
        assertThat(Holidays.on("Cyber Monday", 2022)).isEqualTo(LocalDate.of(2022, 11, 28));
    }

    @Test
    void easterAndTheDaysAroundIt() {
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.easter(2022)).isEqualTo(LocalDate.of(2022, 4, 17));
        assertThat(Holidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Holidays.on("Good Friday", 2022)).isEqualTo(LocalDate.of(2022, 4, 15));
        assertThat(Holidays.on("Easter Monday", 2022)).isEqualTo(LocalDate.of(2022, 4, 18));
        assertThat(Holidays.on("Ash Wednesday", 2013)).isEqualTo(LocalDate.of(2013, 2, 13));
        assertThat(Holidays.on("Palm Sunday", 2013)).isEqualTo(LocalDate.of(2013, 3, 24));
        assertThat(Holidays.on("Fat Tuesday", 2013)).isEqualTo(LocalDate.of(2013, 2, 12));
        assertThat(Holidays.on("Mardi Gras", 2022)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(Holidays.on("Maundy Thursday", 2013)).isEqualTo(LocalDate.of(2013, 3, 28));
        assertThat(Holidays.on("Holy Saturday", 2022)).isEqualTo(LocalDate.of(2022, 4, 16));
        assertThat(Holidays.on("Pentecost", 2022)).isEqualTo(LocalDate.of(2022, 6, 5));
    }

    @Test
    void otherWordsNameNoHoliday() {
        assertThat(Holidays.names("Tuesday")).isFalse();
        assertThat(Holidays.on("Black Monday", 2022)).isNull();
    }
}
