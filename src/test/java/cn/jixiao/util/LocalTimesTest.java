package cn.jixiao.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** status says when a pack was filled on the office's clock, not in UTC. */
class LocalTimesTest {

    @Test
    void aUtcStampIsShownInShanghaiTime() {
        assertEquals("2026-11-30 06:05", LocalTimes.shown("2026-11-29T22:05:31Z", ZoneId.of("Asia/Shanghai")));
        assertEquals("2026-11-29 22:05", LocalTimes.shown("2026-11-30T06:05:31+08:00", ZoneId.of("UTC")));
        assertEquals("昨天", LocalTimes.shown("昨天", ZoneId.of("UTC")));
    }
}
