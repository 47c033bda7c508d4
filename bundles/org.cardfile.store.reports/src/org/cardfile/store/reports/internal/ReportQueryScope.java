package org.cardfile.store.reports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Checks a report's SQL and confines it to the offices the user's reports read (their own, and those
 * that share theirs with the user). Only a single query is let through, reading only reporting views
 * and calling only the functions a report needs; each office-scoped view it names is replaced by that
 * view filtered to those offices, under the name the query used, so the query's own conditions, joins
 * and subqueries all work on those offices' rows alone.
 */
public final class ReportQueryScope {
    /** Longer than any layout's query; checked before parsing, so a huge text costs nothing. */
    static final int MAX_LENGTH = 100_000;

    /** Aggregates, arithmetic, text and date functions of Derby and PostgreSQL; nothing that reads files, settings or other tables. */
    private static final Set<String> FUNCTIONS = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "STDDEV", "STDDEV_POP",
            "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "COALESCE", "NULLIF", "GREATEST", "LEAST", "ABS", "ROUND",
            "FLOOR", "CEIL", "CEILING", "MOD", "SQRT", "SIGN", "UPPER", "LOWER", "UCASE", "LCASE", "TRIM", "LTRIM",
            "RTRIM", "SUBSTR", "SUBSTRING", "LENGTH", "CHAR_LENGTH", "CONCAT", "LOCATE", "POSITION", "REPLACE", "LPAD",
            "RPAD", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "DATE", "TIME", "TIMESTAMP", "DAYS",
            "TIMESTAMPDIFF", "TIMESTAMPADD", "DATE_TRUNC", "DATE_PART", "TO_CHAR", "TO_DATE", "NOW", "CHAR", "VARCHAR",
            "INTEGER", "INT", "BIGINT", "SMALLINT", "DOUBLE", "DECIMAL", "STRING_AGG", "LISTAGG");

    private final ReportingViews views;
    /** {@code = 7} or {@code IN (7, 9)}: the office ids are numbers, never text from the layout. */
    private final String officeCondition;

    public ReportQueryScope(ReportingViews views, Collection<Long> officeIds) {
        if (officeIds.isEmpty()) {
            throw new IllegalArgumentException("A report reads at least the user's own office.");
        }
        this.views = views;
        List<Long> ids = officeIds.stream().distinct().sorted().toList();
        this.officeCondition = ids.size() == 1 ? " = " + ids.get(0)
                : " IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** The query as it runs for the offices, or a {@link RefusedQueryException} saying what is not allowed. */
    public String confine(String sql) throws RefusedQueryException {
        if (sql == null || sql.isBlank()) {
            throw new RefusedQueryException("the query is empty.");
        }
        if (sql.length() > MAX_LENGTH) {
            throw new RefusedQueryException("the query is " + sql.length() + " characters long; at most " + MAX_LENGTH
                    + " are read.");
        }
        Statement statement = single(sql);
        if (!(statement instanceof Select select)) {
            throw new RefusedQueryException("only SELECT is allowed, not " + firstWord(sql) + ".");
        }
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw new RefusedQueryException("WITH is not supported (Derby has no common table expressions);"
                    + " write the subquery in FROM instead.");
        }
        if (select.getForMode() != null) {
            throw new RefusedQueryException("a report cannot lock rows (FOR " + select.getForMode() + ").");
        }
        Scoper scoper = new Scoper();
        scoper.getTables((Statement) select);
        if (!scoper.problems.isEmpty()) {
            throw new RefusedQueryException(String.join(" ", scoper.problems));
        }
        scoper.tables.forEach(this::confine);
        return select.toString();
    }

    private static Statement single(String sql) throws RefusedQueryException {
        Statements parsed;
        try {
            parsed = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            throw new RefusedQueryException("the query could not be read: " + firstLine(reason));
        }
        if (parsed.size() != 1) {
            throw new RefusedQueryException("one statement per query, not " + parsed.size() + ".");
        }
        return parsed.get(0);
    }

    /*
     * The view reference becomes a derived table under the name the query knew it by. The node is
     * changed in place because the finder visits every table reference wherever it sits (FROM, JOIN,
     * subqueries in conditions and select lists, set operations), and the check and the scope must
     * cover exactly the same references.
     */
    private void confine(Table table) {
        String view = table.getName().toUpperCase(Locale.ROOT).replace("\"", "");
        if (!views.scoped(view)) {
            return; // shared reference data such as the code catalogue
        }
        String nameUsed = table.getName();
        if (table.getAlias() == null) {
            table.setAlias(new Alias(nameUsed, false));
        }
        table.setName("(SELECT * FROM " + view + " WHERE " + ReportingViews.SCOPE_COLUMN + officeCondition + ")");
    }

    private static String firstWord(String sql) {
        String trimmed = sql.strip();
        int end = 0;
        while (end < trimmed.length() && end < 20 && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return end == 0 ? "this statement" : trimmed.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Collects every table reference and every function call, and what is wrong with them. */
    private final class Scoper extends TablesNamesFinder<Void> {
        final List<Table> tables = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public <S> Void visit(Table table, S context) {
            String name = table.getName() == null ? "" : table.getName().toUpperCase(Locale.ROOT).replace("\"", "");
            if (table.getSchemaName() != null || table.getDatabase() != null && table.getDatabase().getDatabaseName() != null) {
                problems.add("name " + table.getName() + " without a schema (" + table.getFullyQualifiedName() + ").");
            } else if (!views.contains(name)) {
                problems.add(table.getName() + " is not a reporting view; the views are "
                        + views.officeScoped().keySet().stream().collect(Collectors.joining(", ")) + ".");
            } else {
                tables.add(table);
            }
            return super.visit(table, context);
        }

        @Override
        public <S> Void visit(Function function, S context) {
            String name = function.getName() == null ? "" : function.getName().toUpperCase(Locale.ROOT);
            if (function.getMultipartName() != null && function.getMultipartName().size() > 1) {
                problems.add("the function " + function.getName() + " may not be called from a report.");
            } else if (!FUNCTIONS.contains(name)) {
                problems.add("the function " + function.getName() + " may not be called from a report.");
            }
            return super.visit(function, context);
        }

        @Override
        public <S> Void visit(PlainSelect select, S context) {
            if (select.getIntoTables() != null && !select.getIntoTables().isEmpty()) {
                problems.add("a report cannot write its result into a table (SELECT … INTO).");
            }
            return super.visit(select, context);
        }
    }
}
