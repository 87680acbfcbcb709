using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>
/// The SQL of one directory search, with its parameters, for either store: full-text match (FTS5 or tsvector), then
/// each filter as an indexed EXISTS or column test; distance is a bounding box on the places' index, then haversine.
/// </summary>
public sealed partial class DirectoryQuerySql
{
    private readonly StoreKind _store;
    private readonly Func<DbParameter> _newParameter;
    private readonly List<DbParameter> _parameters = [];
    private readonly StringBuilder _where = new("s.archived_at IS NULL");
    private string _from = "local_supports s";
    private string _order = "s.number";

    private DirectoryQuerySql(StoreKind store, Func<DbParameter> newParameter) => (_store, _newParameter) = (store, newParameter);

    /// <summary>A page of matches, ordered by relevance when there is text, else in listing order.</summary>
    public static (string Sql, DbParameter[] Parameters) Page(StoreKind store, Func<DbParameter> newParameter, DirectoryFilter filter, int offset, int limit)
    {
        var sql = new DirectoryQuerySql(store, newParameter);
        sql.Apply(filter);
        var text = $"SELECT s.* FROM {sql._from} WHERE {sql._where} ORDER BY {sql._order} LIMIT {sql.Parameter(limit)} OFFSET {sql.Parameter(offset)}";
        return (text, [.. sql._parameters]);
    }

    /// <summary>How many entries match.</summary>
    public static (string Sql, DbParameter[] Parameters) Count(StoreKind store, Func<DbParameter> newParameter, DirectoryFilter filter)
    {
        var sql = new DirectoryQuerySql(store, newParameter);
        sql.Apply(filter);
        return ($"SELECT COUNT(*) AS \"Value\" FROM {sql._from} WHERE {sql._where}", [.. sql._parameters]);
    }

    private void Apply(DirectoryFilter f)
    {
        if (f.Text is { } text)
            Text(text);
        if (f.TermId is { } term)
            And($"EXISTS (SELECT 1 FROM local_support_terms t WHERE t.number = s.number AND t.term_id = {Parameter(Key(term))})");
        if (f.TaxonomyId is { } taxonomy)
            And($"EXISTS (SELECT 1 FROM local_support_terms t JOIN directory_taxonomy_terms x ON x.id = t.term_id WHERE t.number = s.number AND x.taxonomy_id = {Parameter(Key(taxonomy))})");
        if (f.Area is { } area)
            And($"EXISTS (SELECT 1 FROM local_support_areas a WHERE a.number = s.number AND a.district = {Parameter(area.Value)})");
        if (f.Format is { } format)
            And($"(s.location_types & {Parameter(Entries.LocalSupportRecords.Bit(format))}) <> 0");
        if (f.FreeOnly)
            And($"s.is_free = {Parameter(true)}");
        if (f.AgeFrom is { } from)
            And($"(s.maximum_age IS NULL OR s.maximum_age >= {Parameter(from)})");
        if (f.AgeTo is { } to)
            And($"(s.minimum_age IS NULL OR s.minimum_age <= {Parameter(to)})");
        if (f.ModifiedAfter is { } modified)
            And($"s.last_modified >= {Parameter(_store == StoreKind.Sqlite ? modified.ToUnixTimeTicks() : modified)}");
        if (f.Organisation is { } organisation)
            And($"s.organisation_id = {Parameter(Key(organisation.Value))}");
        if (f.Open is { } open)
        {
            var today = _store == StoreKind.Sqlite ? (object)LocalDatePattern.Iso.Format(f.Today) : f.Today;
            And($"EXISTS (SELECT 1 FROM local_support_hours h WHERE h.number = s.number AND h.day = {Parameter((int)open.Day)} AND h.opens_minute <= {Parameter(open.FromMinute)} AND h.closes_minute >= {Parameter(open.UntilMinute)} AND (h.valid_to IS NULL OR h.valid_to >= {Parameter(today)}))");
        }
        if (f.Near is { } near)
            Distance(near);
    }

    private void Text(string text)
    {
        if (_store == StoreKind.Postgres)
        {
            var query = $"websearch_to_tsquery('english', {Parameter(text)})";
            And($"s.search @@ {query}");
            _order = $"ts_rank(s.search, {query}) DESC, s.number";
            return;
        }
        // FTS5 has a query language of its own; people's words are quoted so none of them is read as an operator.
        var words = Word().Matches(text).Select(m => "\"" + m.Value + "\"").ToList();
        _from = "local_supports s JOIN local_supports_fts ON local_supports_fts.rowid = s.number";
        And($"local_supports_fts MATCH {Parameter(words.Count == 0 ? "\"\"" : string.Join(' ', words))}");
        // Name counts ten times description.
        _order = "bm25(local_supports_fts, 10.0, 1.0), s.number";
    }

    private void Distance(Near near)
    {
        // One degree of latitude is 111.2 km everywhere; a degree of longitude shrinks with the cosine of the latitude.
        var dLat = near.Km / 111.19;
        var cos = Math.Cos(Math.Min(89.0, Math.Abs(near.From.Latitude) + dLat) * Math.PI / 180);
        var dLon = Math.Min(180, near.Km / (111.19 * Math.Max(cos, 0.01)));
        var (lat, lon) = (Parameter(near.From.Latitude), Parameter(near.From.Longitude));
        var haversine = _store == StoreKind.Sqlite
            ? $"haversine_km({lat}, {lon}, p.latitude, p.longitude)"
            : $"2 * {GeoPoint.EarthRadiusKm.ToString(CultureInfo.InvariantCulture)} * asin(least(1, sqrt(power(sin(radians(p.latitude - {lat}) / 2), 2) + cos(radians({lat})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - {lon}) / 2), 2))))";
        // The bounding box is selective, so its few places are found first (by the latitude index) and the entries from them.
        And($"s.number IN (SELECT p.number FROM local_support_places p WHERE p.latitude BETWEEN {Parameter(near.From.Latitude - dLat)} AND {Parameter(near.From.Latitude + dLat)} AND p.longitude BETWEEN {Parameter(near.From.Longitude - dLon)} AND {Parameter(near.From.Longitude + dLon)} AND {haversine} <= {Parameter(near.Km)})");
    }

    private void And(string condition) => _where.Append(" AND ").Append(condition);

    private string Parameter(object value)
    {
        var parameter = _newParameter();
        parameter.ParameterName = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value;
        _parameters.Add(parameter);
        return parameter.ParameterName;
    }

    // EF keeps Guids in SQLite as upper-case text.
    private object Key(Guid id) => _store == StoreKind.Sqlite ? id.ToString("D").ToUpperInvariant() : id;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
