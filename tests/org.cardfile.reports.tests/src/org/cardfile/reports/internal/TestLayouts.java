package org.cardfile.reports.internal;

import java.util.List;

/**
 * Small layouts as a report designer would write them: one JDBC data set shown as a table, and a text
 * item whose content may hold script. The hostile ones are what a curious or malicious designer tries.
 */
final class TestLayouts {
    private TestLayouts() {
    }

    static String table(String title, String query, List<String> columns, String text) {
        StringBuilder resultSet = new StringBuilder();
        StringBuilder bindings = new StringBuilder();
        StringBuilder header = new StringBuilder();
        StringBuilder detail = new StringBuilder();
        int id = 100;
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            resultSet.append("""
                    <structure><property name="position">%d</property><property name="name">%s</property>\
                    <property name="dataType">string</property></structure>
                    """.formatted(i + 1, c));
            bindings.append("""
                    <structure><property name="name">%s</property><property name="dataType">string</property>\
                    <expression name="expression" type="javascript">dataSetRow["%s"]</expression></structure>
                    """.formatted(c, c));
            header.append("<cell id=\"%d\"><label id=\"%d\"><text-property name=\"text\">%s</text-property></label></cell>\n"
                    .formatted(id++, id++, c));
            detail.append("<cell id=\"%d\"><data id=\"%d\"><property name=\"resultSetColumn\">%s</property></data></cell>\n"
                    .formatted(id++, id++, c));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                <text-property name="title">%s</text-property>
                <parameters>
                <scalar-parameter name="cardfile_office_id" id="2"><property name="hidden">true</property>
                <property name="valueType">static</property><property name="dataType">integer</property>
                <property name="paramType">simple</property><property name="controlType">text-box</property></scalar-parameter>
                </parameters>
                <data-sources><oda-data-source extensionID="org.eclipse.birt.report.data.oda.jdbc" name="db" id="3">
                <property name="odaDriverClass">org.apache.derby.jdbc.EmbeddedDriver</property>
                <property name="odaURL">jdbc:derby:memory:none</property></oda-data-source></data-sources>
                <data-sets><oda-data-set extensionID="org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet" name="rows" id="4">
                <property name="dataSource">db</property>
                <list-property name="resultSet">
                %s</list-property>
                <property name="queryText">%s</property>
                </oda-data-set></data-sets>
                <body>
                <text id="5"><property name="contentType">html</property><text-property name="content"><![CDATA[%s]]></text-property></text>
                <table id="6"><property name="dataSet">rows</property>
                <list-property name="boundDataColumns">
                %s</list-property>
                <header><row id="7">
                %s</row></header>
                <detail><row id="8">
                %s</row></detail>
                </table>
                </body>
                </report>
                """.formatted(title, resultSet, escape(query), text, bindings, header, detail).strip();
    }

    private static String escape(String sql) {
        return sql.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
