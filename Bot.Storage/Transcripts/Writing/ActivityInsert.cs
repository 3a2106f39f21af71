using System.Text;
using ChatBot.Storage.Transcripts.Data;
using LinqToDB;
using LinqToDB.Data;

namespace ChatBot.Storage.Transcripts.Writing;

/// <summary>
/// Inserts a batch's activity rows into MySQL/MariaDB with one multi-row, parameterised INSERT. Hand-written
/// because linq2db's multi-row bulk copy renders every value as an SQL literal, escaping each activity's JSON
/// itself; as parameters, the driver writes the values straight to the wire.
/// </summary>
internal static class ActivityInsert
{
    private const string Columns = "record_id, conversation_row_id, sequence, activity_id, type, timestamp_utc, "
        + "local_offset_minutes, from_id, from_name, from_role, recipient_id, text, activity_json";

    private const int ParametersPerRow = 13;

    // 2,000 rows make 26,000 parameters, well under MySQL's 65,535. Only a BatchSize above the default of 500 ever
    // needs a second statement.
    private const int MaxRowsPerStatement = 2_000;

    public static async Task ExecuteAsync(
        TranscriptDb db, IReadOnlyList<ActivityRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);

        for (var start = 0; start < rows.Count; start += MaxRowsPerStatement)
        {
            var count = Math.Min(MaxRowsPerStatement, rows.Count - start);
            var sql = new StringBuilder(96 + Columns.Length + (count * 110))
                .Append("INSERT INTO ").Append(TableNames.Activities).Append(" (").Append(Columns).Append(") VALUES ");
            var parameters = new DataParameter[count * ParametersPerRow];
            for (var i = 0; i < count; i++)
            {
                var p = i * ParametersPerRow;
                sql.Append(i == 0 ? "(" : ",(");
                for (var j = 0; j < ParametersPerRow; j++)
                {
                    sql.Append(j == 0 ? "@a" : ",@a").Append(p + j);
                }

                sql.Append(')');
                Bind(parameters, p, rows[start + i]);
            }

            await db.ExecuteAsync(sql.ToString(), cancellationToken, parameters);
        }
    }

    private static void Bind(DataParameter[] parameters, int p, ActivityRow row)
    {
        parameters[p] = Text(p, row.RecordId);
        parameters[p + 1] = new DataParameter("a" + (p + 1), row.ConversationRowId, DataType.Int64);
        parameters[p + 2] = new DataParameter("a" + (p + 2), row.Sequence, DataType.Int64);
        parameters[p + 3] = Text(p + 3, row.ActivityId);
        parameters[p + 4] = Text(p + 4, row.Type);

        // The same DataType as linq2db's own mapping of the column, so SQLite stores the same text for the time.
        parameters[p + 5] = new DataParameter("a" + (p + 5), row.TimestampUtc, DataType.DateTime);
        parameters[p + 6] = new DataParameter("a" + (p + 6), row.LocalOffsetMinutes, DataType.Int32);
        parameters[p + 7] = Text(p + 7, row.FromId);
        parameters[p + 8] = Text(p + 8, row.FromName);
        parameters[p + 9] = Text(p + 9, row.FromRole);
        parameters[p + 10] = Text(p + 10, row.RecipientId);
        parameters[p + 11] = Text(p + 11, row.Text);
        parameters[p + 12] = Text(p + 12, row.ActivityJson);
    }

    private static DataParameter Text(int index, string? value) => new("a" + index, value, DataType.NVarChar);
}
