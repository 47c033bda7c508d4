package org.cardfile.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The settings of configuration {@value SmtpMailSender#PID}, described for Configuration Admin tools.
 * The names map to property keys ({@code from_address} is {@code from.address}); {@link SmtpSettings}
 * reads them, falling back to the framework properties {@code cardfile.mail.smtp.<key>}.
 */
@ObjectClassDefinition(name = "Cardfile e-mail (SMTP)",
        description = "The SMTP server cards send their e-mail through. Without a host, e-mail is not set up.")
@interface SmtpConfiguration {

    @AttributeDefinition(name = "Host", description = "SMTP server name, e.g. smtp.example.com; empty: e-mail is off")
    String host() default "";

    @AttributeDefinition(name = "Port", description = "0 for the usual port of the security setting: 25, 587 (STARTTLS) or 465 (SSL)", min = "0", max = "65535")
    int port() default 0;

    @AttributeDefinition(name = "Security", options = { @Option(label = "None", value = "none"),
            @Option(label = "STARTTLS", value = "starttls"), @Option(label = "SSL/TLS", value = "ssl") })
    String security() default "starttls";

    @AttributeDefinition(name = "User name", description = "empty when the server does not ask for a login")
    String username() default "";

    @AttributeDefinition(name = "Allow a login without encryption", description = "only for a relay on a trusted network: with security none a login sends the password in clear text")
    boolean plainLogin() default false;

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Password file", description = "a file whose first line is the password, instead of the password itself")
    String passwordFile() default "";

    @AttributeDefinition(name = "From address", description = "the sender address, e.g. leasing@example.com")
    String from_address() default "";

    @AttributeDefinition(name = "From name", description = "the sender name recipients read, e.g. Springfield Leasing Office")
    String from_name() default "";

    @AttributeDefinition(name = "Timeout (seconds)", description = "how long to wait for the server to connect and answer", min = "1")
    int timeout() default SmtpSettings.DEFAULT_TIMEOUT_SECONDS;
}
