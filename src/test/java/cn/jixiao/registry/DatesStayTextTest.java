package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.TestData;
import org.junit.jupiter.api.Test;

/** A registry jixiao writes keeps its dates as text for other YAML tools too (YAML 1.1 reads 2024-12-31 as a date). */
class DatesStayTextTest {

    @Test
    void anIsoDateIsQuoted() {
        RegistryIO io = new RegistryIO();
        String text = io.toText(io.read(TestData.registry("xidu-2024-shenbao.yaml")), RegistryFormat.YAML);
        assertTrue(text.contains("end: \"2024-12-31\""), text.substring(0, 1200));
        assertFalse(text.contains("end: 2024-12-31"), "unquoted, PyYAML makes it a date");
        assertTrue(text.contains("name: 西渡街道") || !text.contains("name: \"西渡"), "other text is not quoted for nothing");
    }
}
