using System.Buffers;

namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// A response body built in pooled memory up to a byte limit, so a response too large to send is replaced whole
/// rather than cut off part way, and is sent with its Content-Length.
/// </summary>
internal sealed class ResponseBuffer(int limit) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _written;

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        if (_written + count > limit)
            throw new TooLargeException();
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Clear() => _written = 0;

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            // Never more than the limit and one writer's request beyond it: past the limit Advance refuses anyway.
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _buffer.Length), limit + Math.Max(sizeHint, 1) + 1L));
            _buffer.AsSpan(0, _written).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }
    }

    /// <summary>Thrown from <see cref="Advance"/> when the body would pass the limit.</summary>
    public sealed class TooLargeException : Exception
    {
    }
}
