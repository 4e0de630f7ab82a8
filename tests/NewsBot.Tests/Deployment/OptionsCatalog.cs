using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace NewsBot.Tests.Deployment;

/// <summary>
/// Every options class of the newsbot executable and the libraries it references, found by reflection as the classes
/// with a <c>Section</c> or <c>SectionName</c> constant, and whether a configuration key and value bind to one of them.
/// </summary>
internal sealed class OptionsCatalog
{
    /// <summary>The section the Qdrant adapter's options bind to.</summary>
    public const string QdrantSection = "NewsBot:Storage:Qdrant";

    private readonly Dictionary<string, Type> sections;

    private OptionsCatalog(Dictionary<string, Type> sections) => this.sections = sections;

    public IReadOnlyDictionary<string, Type> Sections => sections;

    /// <summary>
    /// The catalog. Until the Qdrant adapter's <c>NewsBot.Storage.Qdrant.QdrantStoreOptions</c> is part of the
    /// executable, its agreed settings stand in for it (<see cref="AgreedQdrantSettings"/>), so the compose file can be
    /// checked before the adapter lands; once the class is found, the class itself is checked.
    /// </summary>
    public static OptionsCatalog Load()
    {
        var found = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in NewsBotAssemblies().SelectMany(LoadableTypes))
        {
            var field = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
                ?? type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static);
            if (field is { IsLiteral: true } && field.GetRawConstantValue() is string section && type.Name.EndsWith("Options", StringComparison.Ordinal))
            {
                found[section] = type;
            }
        }

        found.TryAdd(QdrantSection, typeof(AgreedQdrantSettings));
        return new OptionsCatalog(found);
    }

    /// <summary>Null when <paramref name="key"/> ("NewsBot:Storage:Provider") binds to a property that can take <paramref name="value"/>; otherwise why not.</summary>
    public string? WhyNotBound(string key, string value)
    {
        var section = sections.Keys
            .Where(candidate => key.StartsWith(candidate + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(candidate => candidate.Length)
            .FirstOrDefault();
        if (section is null)
        {
            return $"{key}: no options class binds a section that holds it";
        }

        var type = sections[section];
        foreach (var part in key[(section.Length + 1)..].Split(':'))
        {
            var element = ElementType(type);
            if (element is not null && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                type = element;
                continue;
            }

            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || (property.SetMethod is not { IsPublic: true } && ElementType(property.PropertyType) is null))
            {
                return $"{key}: {sections[section].Name} has no settable property for '{part}'";
            }

            type = property.PropertyType;
        }

        var literal = LiteralValue(value);
        if (literal is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            _ = target.IsEnum
                ? Enum.Parse(target, literal, ignoreCase: true)
                : TypeDescriptor.GetConverter(target).ConvertFromInvariantString(literal);
            return null;
        }
        catch (Exception error) when (error is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return $"{key}: '{literal}' is not a {target.Name}";
        }
    }

    /// <summary>The value compose would pass: the literal, the default of <c>${VAR:-default}</c>, or null when it comes from the environment.</summary>
    private static string? LiteralValue(string value)
    {
        if (!value.Contains("${", StringComparison.Ordinal))
        {
            return value;
        }

        var start = value.IndexOf(":-", StringComparison.Ordinal);
        return value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}') && start > 0 && value.Length - start - 3 > 0
            ? value[(start + 2)..^1]
            : null;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var list = type.GetInterfaces().Append(type)
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IList<>));
        return list?.GetGenericArguments()[0];
    }

    private static IEnumerable<Assembly> NewsBotAssemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(NewsBot.StorageOptions).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(name => name.Name!.StartsWith("NewsBot", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return seen.Values;
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    /// <summary>
    /// The settings agreed for <c>NewsBot.Storage.Qdrant.QdrantStoreOptions</c> (issue 10, item 2), used only while
    /// that class is not yet part of the executable.
    /// </summary>
    private sealed class AgreedQdrantSettings
    {
        public Uri? Url { get; set; }

        public string? ApiKey { get; set; }

        public string? Collection { get; set; }

        public uint? ShardNumber { get; set; }

        public uint? ReplicationFactor { get; set; }

        public uint? WriteConsistencyFactor { get; set; }
    }
}
