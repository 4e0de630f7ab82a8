namespace NewsBot.Discord.Bot;

/// <summary>A small thread-safe map that forgets its oldest entries beyond a capacity.</summary>
internal sealed class BoundedMap<TValue>(int capacity)
{
    private readonly Dictionary<string, TValue> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public void Set(string key, TValue value)
    {
        lock (gate)
        {
            if (!entries.ContainsKey(key))
            {
                order.Enqueue(key);
            }

            entries[key] = value;
            while (entries.Count > capacity && order.TryDequeue(out var oldest))
            {
                entries.Remove(oldest);
            }
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out value!);
        }
    }
}
