package cn.jixiao.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2024.01.01      | 2024 | 1  | 1",
        "2024.12.31      | 2024 | 12 | 31",
        "2024. 1. 18     | 2024 | 1  | 18",
        "2024. 12. 31    | 2024 | 12 | 31",
        "2024.1.1        | 2024 | 1  | 1",
        "2024.1          | 2024 | 1  | -",
        "2024.11         | 2024 | 11 | -",
        "2024. 11        | 2024 | 11 | -",
        "2026年1月       | 2026 | 1  | -",
        "2026年12月      | 2026 | 12 | -",
        "2024年1月1日     | 2024 | 1  | 1",
        "2024年12月31日   | 2024 | 12 | 31",
        "2024 年 1 月 1 日 | 2024 | 1  | 1",
        "2024年1月1号     | 2024 | 1  | 1",
        "2026-01-01      | 2026 | 1  | 1",
        "2024-1-1        | 2024 | 1  | 1",
        "2026/1/1        | 2026 | 1  | 1",
        "2026/01         | 2026 | 1  | -",
        "２０２４．１．１８  | 2024 | 1  | 18",
        "２０２６年１月     | 2026 | 1  | -",
        "2024-01-01 00:00:00 | 2024 | 1 | 1",
        "2024-02-29      | 2024 | 2  | 29",
    })
    void everyStyleOfTheForms(String text, int year, int month, Integer day) {
        assertEquals(Optional.of(new TypedDate(year, month, day)), TypedDate.parse(text), text);
    }

    @Test
    void spacesAroundAreIgnored() {
        assertEquals(Optional.of(new TypedDate(2024, 1, 1)), TypedDate.parse("\u00A02024.01.01\u3000\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/", "不详", "2024", "2024.13", "2024.2.30", "2023-02-29", "2024.1-1",
        "24.1.1", "1234.5", "2024年", "2024.1.1.1", "45292", "2024年13月", "明年一月"})
    void notADate(String text) {
        assertEquals(Optional.empty(), TypedDate.parse(text), text);
    }

    @Test
    void nullIsNoDate() {
        assertEquals(Optional.empty(), TypedDate.parse(null));
    }

    @Test
    void aMonthAloneSpansItsDaysForStartAndEndChecks() {
        TypedDate end = TypedDate.parse("2024.2").orElseThrow();
        assertFalse(end.hasDay());
        assertEquals(LocalDate.of(2024, 2, 1), end.firstDay());
        assertEquals(LocalDate.of(2024, 2, 29), end.lastDay());
        TypedDate day = TypedDate.parse("2024. 1. 18").orElseThrow();
        assertTrue(day.hasDay());
        assertEquals(LocalDate.of(2024, 1, 18), day.firstDay());
        assertEquals(LocalDate.of(2024, 1, 18), day.lastDay());
        assertTrue(TypedDate.parse("2024.1").orElseThrow().firstDay()
                .isBefore(TypedDate.parse("2024.12").orElseThrow().lastDay()));
    }

    @Test
    void fromALocalDate() {
        assertEquals(new TypedDate(2026, 1, 1), TypedDate.of(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TypedDate(2024, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> new TypedDate(2024, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new TypedDate(1234, 5, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // date        | sample          | written
        "2024-03-05    | 2024.01.01      | 2024.03.05",
        "2024-03-05    | 2024.1.1        | 2024.3.5",
        "2024-12-31    | 2024.1.1        | 2024.12.31",
        "2024-03-05    | 2024.12.31      | 2024.03.05",
        "2024-03-05    | 2024. 1. 18     | 2024. 3. 5",
        "2024-03-05    | 2024. 01. 01    | 2024. 03. 05",
        "2024-03-05    | 2024年1月1日     | 2024年3月5日",
        "2024-03-05    | 2024年12月31日   | 2024年3月5日",
        "2024-03-05    | 2024年01月01日   | 2024年03月05日",
        "2024-03-05    | 2026-01-01      | 2024-03-05",
        "2024-03-05    | 2024-1-1        | 2024-3-5",
        "2024-03-05    | 2026/1/1        | 2024/3/5",
        "2024-03-05    | 2024-01-01 00:00:00 | 2024-03-05",
        "2024-03-01    | 2024.1          | 2024.3",
        "2024-12-01    | 2024.1          | 2024.12",
        "2024-03-01    | 2024.11         | 2024.3",
        "2024-03-01    | 2026年1月       | 2024年3月",
        "2024-03-15    | 2024.1          | 2024.3.15",
        "2024-03-15    | 2024. 1         | 2024. 3. 15",
        "2024-03-15    | 2026年1月       | 2024年3月15日",
        "2024-03-05    | -               | 2024.03.05",
        "2024-03-05    | 不详             | 2024.03.05",
        "2024-03-05    | ''              | 2024.03.05",
    })
    void formatFollowsTheSample(LocalDate date, String sample, String written) {
        assertEquals(written, TypedDate.format(date, sample));
    }

    @Test
    void whatFormatWritesParsesBackToTheSameDay() {
        LocalDate d = LocalDate.of(2024, 11, 30);
        for (String sample : new String[] {"2024.01.01", "2024. 1. 18", "2024年1月1日", "2026-01-01", "2026/1/1",
            "2024.1", "2026年1月"}) {
            assertEquals(d, TypedDate.parse(TypedDate.format(d, sample)).orElseThrow().firstDay(), sample);
        }
    }
}
