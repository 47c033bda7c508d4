package org.cardfile.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.stream.Stream;

import org.cardfile.core.reports.ReportLayout;
import org.cardfile.core.reports.ReportLayoutSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The layouts report designers drop into the reports folder ({@code <data>/reports}, or the folder
 * {@code cardfile.reports.dir} names): each {@code .rptdesign} file is a report, its file name the
 * report's id. The folder is read whenever reports are listed, so a file dropped in is there on the next
 * look; a watch on the folder tells listeners (the Reports part) at once.
 */
@Component(service = ReportLayoutSource.class)
public class DropInFolderLayouts implements ReportLayoutSource {
    static final String FOLDER_PROPERTY = "cardfile.reports.dir";
    static final String EXTENSION = ".rptdesign";
    private static final System.Logger LOG = System.getLogger(DropInFolderLayouts.class.getName());

    private final Path folder;
    private final Listeners<Listener> listeners = new Listeners<>();
    private final WatchService watcher;
    private final Thread watching;

    @Activate
    public DropInFolderLayouts(BundleContext context) throws IOException {
        this(folder(context));
    }

    public DropInFolderLayouts(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.watching = Thread.ofPlatform().daemon().name("cardfile-reports-folder").start(this::watch);
        LOG.log(Level.INFO, "Report layouts are read from {0}", folder);
    }

    private static Path folder(BundleContext context) {
        String named = context.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String data = context.getProperty("cardfile.data.dir");
        Path dataDir = data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".cardfile") : Path.of(data);
        return dataDir.resolve("reports");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<ReportLayout> layouts() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted()
                    .map(f -> new ReportLayout(id(f), f.toUri(), "reports folder " + folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The reports folder " + folder + " cannot be read", e);
        }
    }

    /**
     * Writes {@code design} as the layout {@code id}, replacing one of that id. It is written beside the
     * folder's layouts under another name and moved into place, so a listing never meets half a file.
     */
    void write(String id, byte[] design) throws IOException {
        Path partial = Files.createTempFile(folder, "." + id + "-", ".partial");
        try {
            Files.write(partial, design);
            Files.move(partial, folder.resolve(id + EXTENSION), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Removes the layout {@code id}; false when the folder has none of that id. */
    boolean delete(String id) throws IOException {
        return Files.deleteIfExists(folder.resolve(id + EXTENSION));
    }

    /** Whether {@code layout} is one of this folder's files. */
    boolean holds(ReportLayout layout) {
        return layout.location().equals(folder.resolve(layout.id() + EXTENSION).toUri());
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean layoutChanged = key.pollEvents().stream()
                        .anyMatch(e -> e.context() instanceof Path p && p.toString().endsWith(EXTENSION)
                                || e.kind() == StandardWatchEventKinds.OVERFLOW);
                key.reset();
                if (layoutChanged) {
                    tellListeners();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed by deactivate: the watch ends with the component
        }
    }

    private void tellListeners() {
        listeners.tell(l -> l.layoutsChanged(this), "the report layouts of " + this);
    }

    @Deactivate
    public void close() throws IOException {
        watcher.close();
        watching.interrupt();
    }
}
