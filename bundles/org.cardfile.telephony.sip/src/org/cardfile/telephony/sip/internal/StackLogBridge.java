package org.cardfile.telephony.sip.internal;

import java.lang.System.Logger.Level;
import java.util.Properties;

import gov.nist.core.LogLevels;
import gov.nist.core.StackLogger;

/**
 * Sends the JAIN-SIP stack's own log to {@link System.Logger} (logger {@code gov.nist.javax.sip}), so
 * the stack needs no log4j. The stack creates it by class name ({@code gov.nist.javax.sip.STACK_LOGGER}),
 * which is why it is public with a no-argument constructor and why this bundle registers as a buddy of
 * the stack's bundle.
 */
public final class StackLogBridge implements StackLogger {
    static final String NAME = "gov.nist.javax.sip";
    private final System.Logger log = System.getLogger(NAME);

    public StackLogBridge() {
    }

    /**
     * The stack's errors become warnings and its warnings debug lines: it calls a TCP caller hanging up
     * an error and unused TLS settings a warning. What matters to the office the driver logs itself.
     */
    private static Level level(int stackLevel) {
        if (stackLevel <= LogLevels.TRACE_ERROR) {
            return Level.WARNING;
        }
        return stackLevel <= LogLevels.TRACE_DEBUG ? Level.DEBUG : Level.TRACE;
    }

    @Override
    public boolean isLoggingEnabled() {
        return log.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isLoggingEnabled(int stackLevel) {
        return log.isLoggable(level(stackLevel));
    }

    @Override
    public void logStackTrace() {
        logStackTrace(LogLevels.TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int stackLevel) {
        if (isLoggingEnabled(stackLevel)) {
            log.log(level(stackLevel), "JAIN-SIP stack trace", new Throwable("here"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable t) {
        // the stack reports ordinary network events this way too (a caller closing its TCP connection):
        // one line, the trace only when debugging
        if (log.isLoggable(Level.DEBUG)) {
            log.log(Level.WARNING, "JAIN-SIP: " + t, t);
        } else {
            log.log(Level.WARNING, "JAIN-SIP: " + t);
        }
    }

    @Override
    public void logDebug(String message) {
        log.log(Level.DEBUG, message);
    }

    @Override
    public void logDebug(String message, Exception e) {
        log.log(Level.DEBUG, message, e);
    }

    @Override
    public void logTrace(String message) {
        log.log(Level.TRACE, message);
    }

    @Override
    public void logFatalError(String message) {
        log.log(Level.WARNING, message);
    }

    @Override
    public void logError(String message) {
        log.log(Level.WARNING, message);
    }

    @Override
    public void logError(String message, Exception e) {
        log.log(Level.WARNING, message, e);
    }

    @Override
    public void logWarning(String message) {
        log.log(Level.DEBUG, message);
    }

    @Override
    public void logInfo(String message) {
        log.log(Level.DEBUG, message);
    }

    @Override
    public void disableLogging() {
        // the System.Logger's configuration decides
    }

    @Override
    public void enableLogging() {
        // the System.Logger's configuration decides
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // nothing to record
    }

    @Override
    public void setStackProperties(Properties properties) {
        // levels come from the System.Logger's configuration, not from stack properties
    }

    @Override
    public String getLoggerName() {
        return NAME;
    }
}
