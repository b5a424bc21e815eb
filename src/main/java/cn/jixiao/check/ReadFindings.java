package cn.jixiao.check;

import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;

/**
 * What a problem met while reading means as a finding: the one mapping check, the summary book's
 * 问题清单 and the demo share, so that a value is not an error in one and a warning in another.
 * A file that could not be read is an error; a cell whose amount or number is no number is an
 * error too, for the value was not read (the reader only warns, having read the rest).
 */
public final class ReadFindings {

    private ReadFindings() {
    }

    /** form: the form the problem is on (for its unit and project name), or null when it is on none. */
    public static Finding of(ReadProblem p, ReturnedProject form) {
        if (p.unreadable()) {
            return new Finding(Severity.ERROR, "file.unreadable", p.message(),
                    new Place(p.file().toString(), null, null, null, null), null, null);
        }
        String key = p.message().key();
        boolean notANumber = key.equals("read.notAnAmount") || key.equals("read.notANumber");
        return new Finding(p.error() || notANumber ? Severity.ERROR : Severity.WARNING,
                notANumber ? "value.notANumber" : key, p.message(),
                new Place(p.file().toString(), p.sheet(), p.cell(), null, null),
                form == null ? null : form.unit(), form == null ? null : form.project().name());
    }
}
