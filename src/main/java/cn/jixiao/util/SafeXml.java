package cn.jixiao.util;

import javax.xml.stream.XMLInputFactory;

/** XML readers for parts of files users send: no DTDs, no external entities. */
public final class SafeXml {

    private SafeXml() {
    }

    /**
     * A new StAX factory that refuses DTDs and external entities: the JDK's own, as
     * {@code newFactory()} finds it (no provider ships with jixiao), without searching the class
     * path for one each time. A factory is not promised to be thread-safe: one per thread.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
