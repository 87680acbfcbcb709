using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Timebank.Domain.Common;

namespace Timebank.Api.Platform.Persistence;

public sealed class IdConverter<T>() : ValueConverter<Id<T>, Guid>(id => id.Value, value => Id<T>.From(value))
    where T : class;
