package cn.jixiao.util;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A time stamp as the office reads it: on its own clock (Shanghai), not UTC, to the minute. */
public final class LocalTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LocalTimes() {
    }

    /** An ISO time with offset (as the hidden sheet records it) in this computer's time zone. */
    public static String shown(String iso) {
        return shown(iso, ZoneId.systemDefault());
    }

    public static String shown(String iso, ZoneId zone) {
        if (iso == null) {
            return "?";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(zone).format(SHOWN);
        } catch (DateTimeParseException e) {
            return iso; // written by something else: shown as it stands
        }
    }
}
