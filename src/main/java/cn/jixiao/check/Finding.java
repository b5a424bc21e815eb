package cn.jixiao.check;

import cn.jixiao.i18n.Msg;

/** One thing a check found: how bad, which rule, what (a message in the user's language), where, whose. */
public record Finding(Severity severity, String rule, Msg message, Place place, String unit, String project) {
}
