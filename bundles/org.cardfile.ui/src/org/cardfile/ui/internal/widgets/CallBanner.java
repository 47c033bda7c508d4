package org.cardfile.ui.internal.widgets;

import java.time.Instant;

import org.cardfile.core.calls.IncomingCall;
import org.cardfile.ui.internal.Ids;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The strip on top of a record opened by picking a call: who calls, the tracking number and its
 * advertising source, when, and a running duration while the call lasts.
 */
public final class CallBanner {
    private final Label label;
    private IncomingCall call;
    private boolean ticking;

    public CallBanner(Composite parent) {
        label = Ids.tag(new Label(parent, SWT.WRAP), "customer.call");
        label.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
    }

    public IncomingCall call() {
        return call;
    }

    public void show(IncomingCall shown) {
        call = shown;
        ((GridData) label.getLayoutData()).exclude = false;
        label.setVisible(true);
        tick();
        label.getParent().layout(true, true);
        if (!ticking && call.endedAt() == null) {
            ticking = true;
            label.getDisplay().timerExec(1000, this::everySecond);
        }
    }

    private void everySecond() {
        if (label.isDisposed()) {
            return;
        }
        tick();
        ticking = call.endedAt() == null;
        if (ticking) {
            label.getDisplay().timerExec(1000, this::everySecond);
        }
    }

    private void tick() {
        label.setText(CallText.banner(call, Instant.now()));
    }
}
