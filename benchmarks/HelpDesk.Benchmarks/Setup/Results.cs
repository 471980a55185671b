using System.Globalization;

namespace HelpDesk.Benchmarks.Setup;

/// <summary>Appends <c>key&lt;TAB&gt;value</c> lines to the run's results file, which the run script turns into the report.</summary>
internal sealed class Results(string path)
{
    public void Write(string key, double value)
    {
        var line = $"{key}\t{value.ToString("0.###", CultureInfo.InvariantCulture)}";
        Console.WriteLine(line);
        File.AppendAllLines(path, [line]);
    }
}
