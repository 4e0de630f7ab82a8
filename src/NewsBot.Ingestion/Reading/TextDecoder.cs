using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Reading;

/// <summary>
/// Turns the bytes of a file or web response into text: a byte-order mark wins, then the charset the server declared,
/// then one the document declares (HTML <c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, or an XML declaration), then
/// UTF-8 when the bytes are valid UTF-8, and Windows-1252 for legacy bytes that are not. Binary content is refused.
/// </summary>
internal static partial class TextDecoder
{
    /// <summary>How far into a document its own charset declaration is looked for.</summary>
    private const int DeclarationWindow = 4096;

    /// <summary>How many characters from the start are inspected for binary content.</summary>
    private const int BinarySample = 8192;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/>, honouring <paramref name="declaredCharset"/> (from HTTP) when given; throws
    /// <see cref="ReadException"/> naming <paramref name="origin"/> when the content is not text.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, string origin)
    {
        var (encoding, bomLength) = FromByteOrderMark(bytes);
        var body = bytes[bomLength..];
        encoding ??= Named(declaredCharset) ?? Named(DeclaredInDocument(body), fromDocument: true);
        var text = encoding is null || (encoding is UTF8Encoding && bomLength == 0)
            ? Utf8OrWindows1252(body)
            : encoding.GetString(body);
        if (LooksBinary(text))
        {
            throw new ReadException($"{origin} is not text (it holds binary data), so it was not read.");
        }

        return text;
    }

    /// <summary>The encoding a charset label names, or null when it names none NewsBot knows.</summary>
    internal static Encoding? Named(string? label, bool fromDocument = false)
    {
        var name = label?.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // As browsers do: these labels mean Windows-1252, a superset that gives meaning to bytes 0x80–0x9F.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252")
        {
            return Windows1252;
        }

        Encoding? encoding;
        try
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }

        // A document that could declare its own charset in ASCII is not UTF-16 or UTF-32, whatever it says.
        return fromDocument && encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
    }

    private static (Encoding? Encoding, int Length) FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        var match = DocumentCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>
    /// True when the text holds a NUL, or when more than one character in twenty of its start is a control character
    /// other than tab, line feed, form feed and carriage return: what executables, images and archives look like.
    /// </summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySample));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || (c >= '\u007F' && c <= '\u009F'))
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }

    // <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml … encoding="x"?>
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<charset>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentCharset();
}
