package io.github.imssdk.core.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Captures every log event of the SDK at TRACE while open, and keeps it out of the build's
 * output: a test that provokes a warning on purpose captures it and asserts it, so that a WARN
 * line on the console always means something unexpected.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level previous;
    private final boolean previousAdditive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String name) {
        logger = (Logger) LoggerFactory.getLogger(name);
        previous = logger.getLevel();
        previousAdditive = logger.isAdditive();
        logger.setAdditive(false); // keep the captured TRACE lines out of the build output
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.TRACE);
    }

    /** Captures the whole SDK ({@code io.github.imssdk}). */
    public static LogCapture sdk() {
        return new LogCapture("io.github.imssdk");
    }

    /** @return every captured line: formatted message plus any throwable with its stack trace */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : new ArrayList<>(appender.list)) {
            StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
                for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
                    sb.append("\n\t").append(s.getSTEAsString());
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** @return the captured lines at WARN or ERROR, for tests that provoke a warning on purpose */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : new ArrayList<>(appender.list)) {
            if (e.getLevel().isGreaterOrEqual(Level.WARN)) {
                out.add(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
            }
        }
        return out;
    }

    /** @return all lines joined */
    public String text() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
        logger.setAdditive(previousAdditive);
    }
}
