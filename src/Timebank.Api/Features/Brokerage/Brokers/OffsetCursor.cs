using System.Globalization;
using System.Text;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>
/// Cursors by position, for lists ordered by a computed score (relevance) that no single column can key; a
/// timebank's brokers are few enough (thousands) that skipping to a position costs little.
/// </summary>
public static class OffsetCursor
{
    public static string Encode(int position) => Convert.ToBase64String(Encoding.ASCII.GetBytes("o:" + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int position)
    {
        position = 0;
        Span<byte> bytes = stackalloc byte[32];
        return cursor.Length <= 32 && Convert.TryFromBase64String(cursor, bytes, out var length) && length > 2 && bytes[0] == 'o' && bytes[1] == ':'
            && int.TryParse(Encoding.ASCII.GetString(bytes[2..length]), NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }
}
