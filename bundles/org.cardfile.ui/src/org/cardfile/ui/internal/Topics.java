package org.cardfile.ui.internal;

/** Event topics parts use to tell each other that records changed. */
public final class Topics {
    /** Data: the saved {@link org.cardfile.core.model.RecordRef}. */
    public static final String CUSTOMER_SAVED = "cardfile/customer/saved";
    public static final String PRODUCT_SAVED = "cardfile/product/saved";
    public static final String CARD_SAVED = "cardfile/card/saved";
    /** Data: ignored. Lists reload, editors keep their input. */
    public static final String REFRESH = "cardfile/refresh";
    /** Data: ignored. The list part named by the topic focuses its search field. */
    public static final String FIND_CUSTOMER = "cardfile/find/customer";
    public static final String FIND_PRODUCT = "cardfile/find/product";
    /** Data: the {@link org.eclipse.e4.ui.model.application.ui.basic.MPart} whose transient data gained values. */
    public static final String EDITOR_INPUT = "cardfile/editor/input";

    private Topics() {
    }
}
