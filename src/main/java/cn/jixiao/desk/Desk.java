package cn.jixiao.desk;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.Msg;
import cn.jixiao.i18n.UserError;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The office's desk: a small web server on this computer's loopback address serving one
 * workspace's year on one page. Built on the JDK's own HTTP server: the page sends each file as
 * the body of its own request (so no multipart parsing is needed), downloads are streamed from
 * disk, and nothing beyond the JDK is added to the jar or to start-up.
 */
public final class Desk implements AutoCloseable {

    /** How the desk is started. */
    public record Options(Path workspace, int port, long maxUploadBytes, int maxReturnFiles, Messages messages) {
        public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
        public static final int MAX_RETURN_FILES = 1000;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Guard guard;
    private final Jobs jobs;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path lockFile;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Desk(HttpServer server, ExecutorService threads, Guard guard, Jobs jobs, FileChannel lockChannel,
                 FileLock lock, Path lockFile) {
        this.server = server;
        this.threads = threads;
        this.guard = guard;
        this.jobs = jobs;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.lockFile = lockFile;
    }

    public static Desk start(Options options) {
        Year year = new Year(options.workspace());
        Path lockFile = year.dir().resolve(".jixiao-desk.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(year.returnsDir());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, year.dir());
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 16);
            Guard guard = new Guard(Guard.newToken(), server.getAddress().getPort());
            Jobs jobs = new Jobs(options.messages());
            Routes routes = new Routes(year, guard, jobs, new Pages(options.messages().isEnglish()), options.messages(),
                    new Uploads(year, new Uploads.Limits(options.maxUploadBytes(), options.maxReturnFiles()),
                            options.messages()));
            server.createContext("/", routes::handle);
            ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "jixiao-desk-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            server.start();
            return new Desk(server, threads, guard, jobs, channel, lock, lockFile);
        } catch (IOException e) {
            close(channel);
            throw new UserError(new Msg("desk.cannotStart", String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** Only one desk per workspace: a second would race the first over the same files. */
    private static FileLock tryLock(FileChannel channel, Path dir) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by another desk in this same process
        }
        throw new UserError("desk.workspaceBusy", dir);
    }

    /** The address to open, token included; good for this run only. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/?token=" + guard.token());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Blocks until the desk is stopped (from another thread, or by the JVM shutting down). */
    public void await() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        server.stop(0);
        threads.shutdownNow();
        jobs.close();
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases it anyway
        }
        close(lockChannel);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // an empty lock file left behind is harmless: the lock itself is gone
        }
        stopped.countDown();
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** For the routes' use: a handler that may fail with a user's error. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }
}
