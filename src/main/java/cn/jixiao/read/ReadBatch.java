package cn.jixiao.read;

import cn.jixiao.grid.WorkbookFiles;
import cn.jixiao.i18n.Msg;
import cn.jixiao.i18n.UserError;
import cn.jixiao.meta.MetaInfo;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectMoney;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import cn.jixiao.util.InOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads many returned workbooks into one registry. A file that fails is reported and the others
 * are read all the same. The family and year most forms have are the batch's; a form of another
 * is reported, not mixed in. Amounts are restated exactly in the batch's money unit.
 */
public final class ReadBatch {

    /**
     * The registry read, what went wrong, how many files were tried, and how many forms were found
     * on each sheet of each file read (in file and sheet order).
     */
    public record Result(Registry registry, List<ReadProblem> problems, int files,
                         Map<Path, Map<String, Integer>> formsFound) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(ReadProblem::error);
        }

        public int forms() {
            return formsFound.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        public long warnings() {
            return problems.stream().filter(p -> !p.error()).count();
        }
    }

    private final WorkbookReader reader;

    public ReadBatch(WorkbookReader reader) {
        this.reader = reader;
    }

    /** The workbooks named or found (one level deep, by name) in the folders named; lock files left out. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(Files::isRegularFile).filter(WorkbookFiles::looksLikeWorkbook)
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UserError("file.unreadable", input, String.valueOf(e.getMessage()));
                }
            } else if (!WorkbookFiles.isLockFile(input)) {
                files.add(input);
            }
        }
        return files;
    }

    public Result read(List<Path> files, Consumer<Path> progress) {
        List<ReadProblem> problems = new ArrayList<>();
        List<Book> books = new ArrayList<>();
        Map<Path, Map<String, Integer>> found = new LinkedHashMap<>();
        // The registry holds every project read until it is written: equal values are held once.
        ValuePool pool = ValuePool.create();
        // Files are read side by side; what they give is taken in file order, as a loop would.
        InOrder.map(files, InOrder.threads(files.size()), f -> reader.readForRegistry(f, pool), done -> {
            if (done.error() instanceof UserError e) {
                problems.add(ReadProblem.fileError(done.item(), e.msg()));
            } else if (done.error() != null) {
                throw done.error();
            } else {
                ReadWorkbook book = done.result();
                books.add(new Book(book.file(), book.meta().map(MetaInfo::title).orElse(book.title()), book.forms()));
                found.put(book.file(), book.formsPerSheet());
                problems.addAll(book.problems());
            }
            progress.accept(done.item());
        });
        return new Result(assemble(books, problems), problems, files.size(), found);
    }

    /**
     * What the registry is assembled from, kept of each workbook until all are read: its forms and
     * the title it carries (its hidden sheet's, else the summary book's own), not the rest of its
     * hidden sheet.
     */
    private record Book(Path file, String title, List<ReadForm> forms) {
    }

    private static Registry assemble(List<Book> books, List<ReadProblem> problems) {
        List<ReadForm> all = books.stream().flatMap(b -> b.forms().stream()).toList();
        // Each workbook votes once, so one big file of the wrong kind cannot outvote the rest.
        FormFamily family = majority(books.stream().map(b -> majority(b.forms(), ReadForm::family)).toList(), f -> f);
        Integer year = majority(books.stream().map(b -> majority(b.forms(), ReadForm::year)).toList(), y -> y);
        MoneyUnit money = majority(all.stream().filter(f -> f.family() == family).toList(), ReadForm::moneyUnit);
        Map<String, List<Project>> units = new LinkedHashMap<>();
        Map<String, Path> seenIds = new HashMap<>();
        String title = null;
        for (Book book : books) {
            title = title != null ? title : book.title();
        }
        for (Placed placed : inRegistryOrder(books)) {
            Book book = placed.book();
            ReadForm form = placed.form();
            if (form.family() != family) {
                problems.add(new ReadProblem(book.file(), form.sheet(), form.anchor(), true,
                        new Msg("read.otherFamily", form.family().shortName(), family.shortName())));
                continue;
            }
            if (form.year() != null && year != null && !form.year().equals(year)) {
                problems.add(new ReadProblem(book.file(), form.sheet(), form.anchor(), true,
                        new Msg("read.otherYear", String.valueOf(form.year()), String.valueOf(year))));
                continue;
            }
            Project project = ProjectMoney.convert(form.project(), form.moneyUnit(), money);
            String id = project.id();
            if (id != null && seenIds.containsKey(id)) {
                problems.add(new ReadProblem(book.file(), form.sheet(), form.anchor(), false,
                        new Msg("read.duplicate", project.name(), seenIds.get(id))));
                continue;
            }
            if (id != null) {
                seenIds.put(id, book.file());
            }
            units.computeIfAbsent(form.unit(), u -> new ArrayList<>()).add(project);
        }
        List<Unit> list = units.entrySet().stream().map(e -> new Unit(e.getKey(), e.getValue())).toList();
        return Ids.assign(new Registry(year, family, money, title, list));
    }

    private record Placed(Book book, ReadForm form) {
    }

    /**
     * Forms in the order of the registry they were filled from, as the hidden sheets record it;
     * forms without that record follow, in file and sheet order.
     */
    private static List<Placed> inRegistryOrder(List<Book> books) {
        List<Placed> placed = new ArrayList<>();
        books.forEach(b -> b.forms().forEach(f -> placed.add(new Placed(b, f))));
        placed.sort(Comparator.comparing(p -> p.form().order() == null ? Integer.MAX_VALUE : p.form().order()));
        return placed;
    }

    /** The value most forms share; the first one seen wins a tie. */
    private static <E, T> T majority(List<E> items, Function<E, T> value) {
        Map<T, Long> counts = items.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        T best = null;
        long most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
