package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three form families of domain.md; the registry names them by their stable English keys. */
public enum FormFamily {
    MUBIAO("mubiao", "目标表", "财政项目支出绩效目标表"),
    SHENBAO("shenbao", "申报表", "财政项目支出绩效目标申报表"),
    ZIPING("ziping", "自评表", "财政项目支出绩效自评表");

    private final String key;
    private final String shortName;
    private final String title;

    FormFamily(String key, String shortName, String title) {
        this.key = key;
        this.shortName = shortName;
        this.title = title;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** 目标表, 申报表, 自评表. */
    public String shortName() {
        return shortName;
    }

    /** The title printed at the top of the paper form. */
    public String title() {
        return title;
    }

    /** Accepts the key or the Chinese short name; anything else is a registry error. */
    @JsonCreator
    public static FormFamily of(String text) {
        for (FormFamily f : values()) {
            if (f.key.equalsIgnoreCase(text.trim()) || f.shortName.equals(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
