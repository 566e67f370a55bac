package se.reorgledger.api.csv;

/**
 * The one rule every CSV the service writes follows for a spreadsheet's sake: a cell beginning with =, +, - or @
 * would be run as a formula when the file is opened (CSV injection), so such a cell is prefixed with an
 * apostrophe, which spreadsheets read as "text". Negative numbers are left as they are.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String defused(Object field) {
        String value = field == null ? "" : field.toString();
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d.*")) {
            return "'" + value;
        }
        return value;
    }
}
