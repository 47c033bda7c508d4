# shellcheck shell=bash
# Sourced by the Cardfile scripts: sets JAVA_HOME to a JDK 21 or newer, or explains what is missing.
# Order: JAVA_HOME when it is 21+, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.

cardfile_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

cardfile_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(cardfile_java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge 21 ]; then
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(cardfile_java_major "$candidate")
        if [ "${major:-0}" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ "$best_major" -ge 21 ]; then
        export JAVA_HOME="$best"
        return 0
    fi
    if command -v java >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        major=$(cardfile_java_major "$candidate")
        if [ "${major:-0}" -ge 21 ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    fi
    echo "Cardfile needs a JDK 21 or newer. Set JAVA_HOME to one, or install one (for example your distribution's openjdk-21-jdk, or an Eclipse Temurin 21+ build)." >&2
    return 1
}
