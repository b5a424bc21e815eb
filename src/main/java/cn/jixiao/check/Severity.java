package cn.jixiao.check;

/** An error is something wrong that must be corrected; a warning asks a person to look. */
public enum Severity { ERROR, WARNING }
