namespace Bot.Core.Knowledge;

/// <summary>
/// The offices a glossary person can hold (<c>office:</c> in glossary.yaml), with the country each belongs to. One list,
/// so the loader can refuse a misspelt office and the router can answer "who is Japan's prime minister now?".
/// </summary>
public static class Offices
{
    public const string PresidentOfKorea = "President of South Korea";
    public const string PrimeMinisterOfJapan = "Prime Minister of Japan";
    public const string ForeignMinisterOfKorea = "Foreign Minister of South Korea";
    public const string ForeignMinisterOfJapan = "Foreign Minister of Japan";
    public const string SecurityAdviserOfKorea = "National Security Adviser of South Korea";
    public const string ChiefCabinetSecretaryOfJapan = "Chief Cabinet Secretary of Japan";

    public static IReadOnlyList<string> All { get; } =
        [PresidentOfKorea, PrimeMinisterOfJapan, ForeignMinisterOfKorea, ForeignMinisterOfJapan, SecurityAdviserOfKorea, ChiefCabinetSecretaryOfJapan];
}
