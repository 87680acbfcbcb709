namespace Timebank.Domain.Directory;

/// <summary>
/// Collects the problems found while checking an entry (or a whole import), so every one is reported with its path
/// and nothing is written while any remain.
/// </summary>
public sealed class DirectoryProblems
{
    private readonly List<DirectoryInputError> _problems = [];

    public IReadOnlyList<DirectoryInputError> All => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(DirectoryInputError problem) => _problems.Add(problem);

    /// <summary>Runs one check; a refusal is recorded instead of thrown and the result is the default.</summary>
    public T? Try<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (DomainException e) when (e.Error is DirectoryInputError problem)
        {
            _problems.Add(problem);
            return default;
        }
        catch (DomainException e) when (e.Error is DirectoryEntryInvalid inner)
        {
            _problems.AddRange(inner.Problems);
            return default;
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
            throw new DomainException(new DirectoryEntryInvalid(_problems.ToList()));
    }

    /// <summary>Checks each item of a list at <c>path[i]</c>, keeping those that pass; too many items is one problem.</summary>
    internal List<T> Each<TDraft, T>(IReadOnlyList<TDraft>? drafts, string path, int max, Func<TDraft, string, T> parse)
        where T : class
    {
        var parsed = new List<T>();
        if (drafts is null)
            return parsed;
        if (drafts.Count > max)
        {
            Add(new TooMany(path, max));
            return parsed;
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            var at = $"{path}[{i}]";
            var draft = drafts[i];
            if (Try(() => parse(draft, at)) is { } item)
                parsed.Add(item);
        }
        return parsed;
    }

    /// <summary>Ids given to the items of one list must differ: an export must be able to tell them apart.</summary>
    internal void UniqueIds(IEnumerable<Guid?> ids, string path, string field = "id")
    {
        var seen = new HashSet<Guid>();
        var i = 0;
        foreach (var id in ids)
        {
            if (id is { } given && !seen.Add(given))
                Add(new InvalidField($"{path}[{i}].{field}", "is used twice in this entry; each part needs its own id"));
            i++;
        }
    }
}
