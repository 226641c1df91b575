// Data: the parties of krant's standard gazetteer, as YAML (see data/gazetteer/README.md).
extension StandardGazetteer {
    static let parties = #"""
# Political parties (kind organization). Dutch, Belgian, then the foreign and European parties
# the Dutch press names most. `affiliation` is the country (or EU) they belong to.
# Several short names are ordinary words once case is ignored: Groen, Vooruit, DENK and Volt are
# `exact` (they match only with their capitals), and MR, like every form of up to three capitals, matches
# only in capitals.

# --- Netherlands ---
- name: VVD
  kind: organization
  affiliation: Nederland
  forms: [Volkspartij voor Vrijheid en Democratie]
  demonyms: [VVD'ers, VVD'er]
- name: PVV
  kind: organization
  affiliation: Nederland
  forms: [Partij voor de Vrijheid]
  demonyms: [PVV'ers, PVV'er]
- name: CDA
  kind: organization
  affiliation: Nederland
  forms: [Christen-Democratisch Appèl, Christen Democratisch Appèl]
  demonyms: [CDA'ers, CDA'er]
- name: D66
  kind: organization
  affiliation: Nederland
  forms: [Democraten 66, Democraten '66]
  demonyms: [D66'ers, D66'er]
- name: GroenLinks
  kind: organization
  affiliation: Nederland
  forms: [Groen Links, GL]
- name: PvdA
  kind: organization
  affiliation: Nederland
  forms: [Partij van de Arbeid]
  demonyms: [PvdA'ers, PvdA'er]
- name: GroenLinks-PvdA
  kind: organization
  affiliation: Nederland
  forms: [GL-PvdA, GL/PvdA, GroenLinks/PvdA, PvdA-GroenLinks, PvdA/GroenLinks]
- name: SP
  kind: organization
  affiliation: Nederland
  forms: [Socialistische Partij]
  demonyms: [SP'ers, SP'er]
- name: ChristenUnie
  kind: organization
  affiliation: Nederland
  forms: [CU, Christen Unie]
- name: SGP
  kind: organization
  affiliation: Nederland
  forms: [Staatkundig Gereformeerde Partij]
- name: PvdD
  kind: organization
  affiliation: Nederland
  forms: [Partij voor de Dieren]
- name: JA21
  kind: organization
  affiliation: Nederland
  forms: [JA 21, Juiste Antwoord 21]
- name: FvD
  kind: organization
  affiliation: Nederland
  forms: [Forum voor Democratie]
- name: BBB
  kind: organization
  affiliation: Nederland
  forms: [BoerBurgerBeweging, Boer Burger Beweging]
- name: NSC
  kind: organization
  affiliation: Nederland
  forms: [Nieuw Sociaal Contract]
- name: Volt
  kind: organization
  affiliation: Nederland
  forms: [Volt Nederland, Volt Europa]
  exact: [Volt]
- name: DENK
  kind: organization
  affiliation: Nederland
  exact: [DENK]
- name: 50PLUS
  kind: organization
  affiliation: Nederland
  forms: [50Plus, 50+]
- name: BIJ1
  kind: organization
  affiliation: Nederland
  forms: [Bij1, Artikel 1]
- name: BVNL
  kind: organization
  affiliation: Nederland
  forms: [Belang van Nederland]

# --- Belgium ---
- name: N-VA
  kind: organization
  affiliation: België
  forms: [Nieuw-Vlaamse Alliantie, NVA]
- name: Vlaams Belang
  kind: organization
  affiliation: België
  forms: [VB, Vlaams Blok]
- name: CD&V
  kind: organization
  affiliation: België
  forms: [Christen-Democratisch en Vlaams, CDenV]
- name: Open VLD
  kind: organization
  affiliation: België
  forms: [Open Vld, Open Vlaamse Liberalen en Democraten, VLD]
- name: Vooruit
  kind: organization
  affiliation: België
  forms: [sp.a, SP.A, Socialistische Partij Anders]
  exact: [Vooruit]
- name: Groen
  kind: organization
  affiliation: België
  exact: [Groen]
- name: PVDA-PTB
  kind: organization
  affiliation: België
  forms: [PVDA, PTB, Partij van de Arbeid van België, Parti du Travail de Belgique, PVDA/PTB]
  exact: [PVDA]
- name: MR
  kind: organization
  affiliation: België
  forms: [Mouvement Réformateur]
- name: PS
  kind: organization
  affiliation: België
  forms: [Parti Socialiste, Parti socialiste]
- name: Les Engagés
  kind: organization
  affiliation: België
  forms: [cdH, Centre démocrate humaniste]
- name: Ecolo
  kind: organization
  affiliation: België
- name: DéFI
  kind: organization
  affiliation: België

# --- Other countries ---
- name: Republikeinse Partij
  kind: organization
  affiliation: VS
  forms: [Republikeinen, Republikein, GOP, Republican Party, Republicans]
  adjectives: [Republikeins, Republikeinse]
- name: Democratische Partij
  kind: organization
  affiliation: VS
  forms: [Democraten, Democratic Party, Democrats]
- name: CDU
  kind: organization
  affiliation: Duitsland
  forms: [Christlich Demokratische Union, CDU/CSU]
- name: CSU
  kind: organization
  affiliation: Duitsland
  forms: [Christlich-Soziale Union]
- name: SPD
  kind: organization
  affiliation: Duitsland
  forms: [Sozialdemokratische Partei Deutschlands]
- name: AfD
  kind: organization
  affiliation: Duitsland
  forms: [Alternative für Deutschland, Alternatief voor Duitsland]
- name: Die Grünen
  kind: organization
  affiliation: Duitsland
  forms: [Grünen, Bündnis 90/Die Grünen, Duitse Groenen]
- name: FDP
  kind: organization
  affiliation: Duitsland
  forms: [Freie Demokratische Partei]
- name: BSW
  kind: organization
  affiliation: Duitsland
  forms: [Bündnis Sahra Wagenknecht]
- name: Labour
  kind: organization
  affiliation: Verenigd Koninkrijk
  forms: [Labour Party, Britse Labour]
- name: Conservatieve Partij
  kind: organization
  affiliation: Verenigd Koninkrijk
  forms: [Tories, Conservative Party, Britse Conservatieven]
- name: Reform UK
  kind: organization
  affiliation: Verenigd Koninkrijk
- name: Rassemblement National
  kind: organization
  affiliation: Frankrijk
  forms: [RN, Front National]
- name: Renaissance
  kind: organization
  affiliation: Frankrijk
  forms: [La République En Marche, En Marche]
- name: La France Insoumise
  kind: organization
  affiliation: Frankrijk
  forms: [LFI]
- name: Fidesz
  kind: organization
  affiliation: Hongarije
- name: PiS
  kind: organization
  affiliation: Polen
  forms: [Recht en Rechtvaardigheid, Prawo i Sprawiedliwość]
- name: Burgercoalitie
  kind: organization
  affiliation: Polen
  forms: [Burgerplatform, Platforma Obywatelska, Koalicja Obywatelska]
- name: Likoed
  kind: organization
  affiliation: Israël
  forms: [Likud]
- name: Verenigd Rusland
  kind: organization
  affiliation: Rusland
  forms: [Jedinaja Rossija, United Russia]
- name: BJP
  kind: organization
  affiliation: India
  forms: [Bharatiya Janata Party]
- name: Congrespartij
  kind: organization
  affiliation: India
  forms: [Indian National Congress, Indiase Congrespartij]
- name: ANC
  kind: organization
  affiliation: Zuid-Afrika
  forms: [African National Congress]
- name: AKP
  kind: organization
  affiliation: Turkije
  forms: [Partij voor Gerechtigheid en Ontwikkeling]
- name: CHP
  kind: organization
  affiliation: Turkije
  forms: [Republikeinse Volkspartij]
- name: Fratelli d'Italia
  kind: organization
  affiliation: Italië
  forms: [Broeders van Italië]
- name: Vox
  kind: organization
  affiliation: Spanje

# --- European parliamentary groups and parties ---
- name: EVP
  kind: organization
  affiliation: EU
  forms: [Europese Volkspartij, EPP, European People's Party]
- name: S&D
  kind: organization
  affiliation: EU
  forms: [Progressieve Alliantie van Socialisten en Democraten, Socialisten en Democraten]
- name: Renew Europe
  kind: organization
  affiliation: EU
- name: Patriotten voor Europa
  kind: organization
  affiliation: EU
  forms: [Patriots for Europe]
- name: ECR
  kind: organization
  affiliation: EU
  forms: [Europese Conservatieven en Hervormers]
"""#
}
