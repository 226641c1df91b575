// Data: the organizations of krant's standard gazetteer, as YAML (see data/gazetteer/README.md).
extension StandardGazetteer {
    static let organizations = #"""
# International organisations, EU institutions, armed groups, and Dutch and Belgian institutions.
# Forms are exact spellings; krant's matching ignores case and accents, except that a form of up to
# three capitals (IS, AU, OM) matches only in capitals, and forms listed under `exact` only as written.

# --- United Nations ---
- name: VN
  kind: organization
  forms: [Verenigde Naties, UN, United Nations, Organisatie van de Verenigde Naties]
  metonyms: [Turtle Bay]
- name: Veiligheidsraad
  kind: organization
  affiliation: VN
  forms: [VN-Veiligheidsraad, Veiligheidsraad van de VN, Veiligheidsraad van de Verenigde Naties, UN Security Council]
- name: Algemene Vergadering
  kind: organization
  affiliation: VN
  forms: [Algemene Vergadering van de VN, Algemene Vergadering van de Verenigde Naties, VN-Algemene Vergadering, UN General Assembly]
- name: VN-Mensenrechtenraad
  kind: organization
  affiliation: VN
  forms: [Mensenrechtenraad, Mensenrechtenraad van de VN, UN Human Rights Council]
- name: WHO
  kind: organization
  affiliation: VN
  forms: [Wereldgezondheidsorganisatie, World Health Organization]
- name: UNHCR
  kind: organization
  affiliation: VN
  forms: [VN-vluchtelingenorganisatie, Hoge Commissaris voor de Vluchtelingen, VN-vluchtelingenagentschap]
- name: UNICEF
  kind: organization
  affiliation: VN
  forms: [VN-kinderfonds, Kinderfonds van de Verenigde Naties]
- name: UNRWA
  kind: organization
  affiliation: VN
  forms: [VN-organisatie voor Palestijnse vluchtelingen, VN-hulporganisatie voor Palestijnse vluchtelingen]
- name: WFP
  kind: organization
  affiliation: VN
  forms: [Wereldvoedselprogramma, World Food Programme, VN-voedselprogramma]
- name: FAO
  kind: organization
  affiliation: VN
  forms: [Voedsel- en Landbouworganisatie, Food and Agriculture Organization]
- name: UNESCO
  kind: organization
  affiliation: VN
- name: OCHA
  kind: organization
  affiliation: VN
  forms: [VN-bureau voor humanitaire zaken]
- name: IAEA
  kind: organization
  affiliation: VN
  forms: [Internationaal Atoomenergieagentschap, International Atomic Energy Agency, Internationaal Atoomagentschap]
- name: IMF
  kind: organization
  forms: [Internationaal Monetair Fonds, International Monetary Fund]
- name: Wereldbank
  kind: organization
  forms: [World Bank]
- name: WTO
  kind: organization
  forms: [Wereldhandelsorganisatie, World Trade Organization]
- name: Internationaal Strafhof
  kind: organization
  forms: [ICC, Strafhof, International Criminal Court]
- name: Internationaal Gerechtshof
  kind: organization
  affiliation: VN
  forms: [ICJ, International Court of Justice, VN-gerechtshof]
- name: Permanent Hof van Arbitrage
  kind: organization
  forms: [Permanent Court of Arbitration]
- name: OPCW
  kind: organization
  forms: [Organisatie voor het Verbod op Chemische Wapens]
- name: IPCC
  kind: organization
  affiliation: VN
  forms: [VN-klimaatpanel, Intergovernmental Panel on Climate Change]
- name: ILO
  kind: organization
  affiliation: VN
  forms: [Internationale Arbeidsorganisatie]

# --- European Union ---
- name: EU
  kind: organization
  forms: [Europese Unie, European Union]   # not Brussel: the city keeps its name (places and media)
- name: Europese Commissie
  kind: organization
  affiliation: EU
  forms: [European Commission, Berlaymont]
- name: Europees Parlement
  kind: organization
  affiliation: EU
  forms: [European Parliament, EP]
- name: Europese Raad
  kind: organization
  affiliation: EU
  forms: [European Council, EU-top]
- name: Raad van de EU
  kind: organization
  affiliation: EU
  forms: [Raad van de Europese Unie, Raad van Ministers, Council of the European Union]
- name: ECB
  kind: organization
  affiliation: EU
  forms: [Europese Centrale Bank, European Central Bank]
- name: Europees Hof van Justitie
  kind: organization
  affiliation: EU
  forms: [Hof van Justitie van de Europese Unie, Hof van Justitie van de EU, EU-Hof, Europees Hof]
- name: Europese Rekenkamer
  kind: organization
  affiliation: EU
- name: Europese Investeringsbank
  kind: organization
  affiliation: EU
  forms: [EIB]
- name: Frontex
  kind: organization
  affiliation: EU
- name: Europol
  kind: organization
  affiliation: EU
- name: Eurojust
  kind: organization
  affiliation: EU
- name: EMA
  kind: organization
  affiliation: EU
  forms: [Europees Geneesmiddelenbureau]
- name: Eurogroep
  kind: organization
  affiliation: EU
  forms: [Eurogroup]
- name: Europese Dienst voor Extern Optreden
  kind: organization
  affiliation: EU
  forms: [EDEO, EEAS]
- name: EFTA
  kind: organization
  forms: [Europese Vrijhandelsassociatie]

# --- Security and regional organisations, groupings ---
- name: NAVO
  kind: organization
  forms: [Navo, NATO, Noord-Atlantische Verdragsorganisatie, North Atlantic Treaty Organization, Atlantisch Bondgenootschap]
- name: OVSE
  kind: organization
  forms: [Organisatie voor Veiligheid en Samenwerking in Europa, Organisatie voor Vrede en Samenwerking in Europa, OSCE]
- name: Raad van Europa
  kind: organization
  forms: [Council of Europe]
- name: Europees Hof voor de Rechten van de Mens
  kind: organization
  affiliation: Raad van Europa
  forms: [EHRM, Mensenrechtenhof, European Court of Human Rights]
- name: G7
  kind: organization
  forms: [G-7, Groep van Zeven]
- name: G20
  kind: organization
  forms: [G-20, Groep van Twintig]
- name: BRICS
  kind: organization
  forms: [BRICS-landen]
- name: OPEC
  kind: organization
  forms: [Organisatie van Olie-exporterende Landen]
- name: OPEC-plus   # not "OPEC+": words hold no "+", so "OPEC+" in the text is OPEC
  kind: organization
  forms: [OPEC plus]
- name: OESO
  kind: organization
  forms: [OECD, Organisatie voor Economische Samenwerking en Ontwikkeling]
- name: Afrikaanse Unie
  kind: organization
  forms: [African Union]
- name: ASEAN
  kind: organization
  forms: [Associatie van Zuidoost-Aziatische Staten]
- name: Arabische Liga
  kind: organization
  forms: [Arab League]
- name: Golfsamenwerkingsraad
  kind: organization
  forms: [GCC, Gulf Cooperation Council, Samenwerkingsraad van de Golfstaten]
- name: Organisatie voor Islamitische Samenwerking
  kind: organization
  forms: [OIS, OIC]
- name: ECOWAS
  kind: organization
  forms: [Economische Gemeenschap van West-Afrikaanse Staten]
- name: Sjanghai Samenwerkingsorganisatie
  kind: organization
  forms: [SCO, Shanghai Cooperation Organisation, Sjanghai-samenwerkingsorganisatie]
- name: Euraziatische Economische Unie
  kind: organization
  forms: [EAEU, EEU]
- name: CSTO
  kind: organization
  forms: [Collectieve Veiligheidsverdragsorganisatie, Organisatie van het Verdrag inzake Collectieve Veiligheid]
- name: Mercosur
  kind: organization
- name: Organisatie van Amerikaanse Staten
  kind: organization
  forms: [OAS, Organization of American States]
- name: Gemenebest
  kind: organization
  forms: [Commonwealth, Gemenebest van Naties]
- name: Benelux
  kind: organization
  forms: [Benelux Unie]
- name: Internationaal Olympisch Comité
  kind: organization
  forms: [IOC, International Olympic Committee]
- name: FIFA
  kind: organization
- name: UEFA
  kind: organization
- name: Rode Kruis
  kind: organization
  forms: [Internationale Comité van het Rode Kruis, ICRC, Internationaal Comité van het Rode Kruis, Red Cross]
- name: Rode Halve Maan
  kind: organization
  forms: [Palestijnse Rode Halve Maan, Red Crescent]
- name: Artsen zonder Grenzen
  kind: organization
  forms: [Médecins Sans Frontières, MSF, Doctors Without Borders]
- name: Amnesty International
  kind: organization
  forms: [Amnesty]
- name: Human Rights Watch
  kind: organization
  forms: [HRW]
- name: Greenpeace
  kind: organization
- name: Wereld Economisch Forum
  kind: organization
  forms: [World Economic Forum, WEF]

# --- Foreign state bodies the press names on their own ---
- name: Amerikaanse Congres
  kind: organization
  affiliation: VS
  forms: [Amerikaans Congres, US Congress, Capitool, Capitol]
- name: Amerikaanse Senaat
  kind: organization
  affiliation: VS
  forms: [US Senate]
- name: Huis van Afgevaardigden
  kind: organization
  affiliation: VS
  forms: [Amerikaanse Huis van Afgevaardigden, House of Representatives]
- name: Amerikaanse Hooggerechtshof
  kind: organization
  affiliation: VS
  forms: [US Supreme Court, Amerikaans Hooggerechtshof]
- name: Federal Reserve
  kind: organization
  affiliation: VS
  forms: [Fed, Amerikaanse centrale bank]
- name: CIA
  kind: organization
  affiliation: VS
  forms: [Central Intelligence Agency]
- name: FBI
  kind: organization
  affiliation: VS
  forms: [Federal Bureau of Investigation]
- name: Doema
  kind: organization
  affiliation: Rusland
  forms: [Staatsdoema, Russische Doema, Duma]
- name: FSB
  kind: organization
  affiliation: Rusland
  forms: [Federale Veiligheidsdienst]
- name: GROe
  kind: organization
  affiliation: Rusland
  forms: [GRU]
- name: Communistische Partij van China
  kind: organization
  affiliation: China
  forms: [Chinese Communistische Partij, CCP, Communist Party of China, Chinese Communist Party, CPC]
- name: Volksbevrijdingsleger
  kind: organization
  affiliation: China
  forms: [People's Liberation Army, PLA]
- name: Bundestag
  kind: organization
  affiliation: Duitsland
- name: Bundeswehr
  kind: organization
  affiliation: Duitsland
- name: Lagerhuis
  kind: organization
  affiliation: Verenigd Koninkrijk
  forms: [House of Commons, Britse Lagerhuis]
- name: Hogerhuis
  kind: organization
  affiliation: Verenigd Koninkrijk
  forms: [House of Lords, Britse Hogerhuis]
- name: Bank of England
  kind: organization
  affiliation: Verenigd Koninkrijk
- name: Knesset
  kind: organization
  affiliation: Israël
  forms: [Israëlische parlement]
- name: IDF
  kind: organization
  affiliation: Israël
  forms: [Israëlische leger, Israel Defense Forces, Tsahal, Israëlische strijdkrachten]
- name: Mossad
  kind: organization
  affiliation: Israël
- name: Revolutionaire Garde
  kind: organization
  affiliation: Iran
  forms: [Iraanse Revolutionaire Garde, IRGC, Pasdaran, Islamitische Revolutionaire Garde]
- name: Palestijnse Autoriteit
  kind: organization
  affiliation: Palestina
  forms: [Palestinian Authority, Palestijnse Nationale Autoriteit]
- name: PLO
  kind: organization
  affiliation: Palestina
  forms: [Palestijnse Bevrijdingsorganisatie]
- name: Fatah
  kind: organization
  affiliation: Palestina
- name: Verkhovna Rada
  kind: organization
  affiliation: Oekraïne
  forms: [Oekraïense parlement]

# --- Armed groups ---
- name: Hamas
  kind: organization
  forms: [Islamitische Verzetsbeweging, Qassam-brigades, Izz ad-Din al-Qassam-brigades, Ezzedine al-Qassam-brigades]
- name: Islamitische Jihad
  kind: organization
  forms: [Palestijnse Islamitische Jihad, PIJ]
- name: Hezbollah
  kind: organization
  forms: [Hezbollah-beweging, Hizbollah, Hizballah, Hezbolla]
- name: Houthi's
  kind: organization
  forms: [Houthi, Houthi-rebellen, Ansar Allah, Houthis, Ansarallah]
- name: Taliban
  kind: organization
- name: Islamitische Staat
  kind: organization
  forms: [IS, ISIS, ISIL, Daesh, Daesj, Islamic State, IS-K, ISIS-K, Provincie Khorasan]
- name: al-Qaida
  kind: organization
  forms: [Al Qaida, al-Qaeda, Al Qaeda, al-Qa'ida, AQAP, al-Qaida op het Arabisch Schiereiland]
- name: al-Shabaab
  kind: organization
  forms: [Al Shabaab, al-Shabab]
- name: Boko Haram
  kind: organization
- name: Wagnergroep
  kind: organization
  affiliation: Rusland
  forms: [Wagner, Wagner Group, Wagner-groep, Groep Wagner, Africa Corps]
- name: Hayat Tahrir al-Sham
  kind: organization
  forms: [HTS, "Hay'at Tahrir al-Sham"]
- name: PKK
  kind: organization
  forms: [Koerdische Arbeiderspartij, Arbeiderspartij van Koerdistan]
- name: SDF
  kind: organization
  forms: [Syrische Democratische Strijdkrachten, Syrian Democratic Forces]
- name: YPG
  kind: organization
  forms: [Koerdische Volksbeschermingseenheden]
- name: RSF
  kind: organization
  affiliation: Soedan
  forms: [Rapid Support Forces, Snelle Steuntroepen]
- name: M23
  kind: organization
  forms: [M23-rebellen, Beweging van 23 maart]
- name: Azov
  kind: organization
  affiliation: Oekraïne
  forms: [Azov-bataljon, Azov-brigade, Azovbataljon]

# --- Netherlands ---
- name: Tweede Kamer
  kind: organization
  affiliation: Nederland
  forms: [Tweede Kamer der Staten-Generaal]
- name: Eerste Kamer
  kind: organization
  affiliation: Nederland
  forms: [Eerste Kamer der Staten-Generaal]
- name: Staten-Generaal
  kind: organization
  affiliation: Nederland
- name: Nederlandse kabinet
  kind: organization
  affiliation: Nederland
  forms: [kabinet-Rutte, kabinet-Schoof, kabinet-Rutte IV, kabinet-Rutte III, kabinet-Rutte II, Nederlandse regering]
- name: Raad van State
  kind: organization
  affiliation: Nederland
- name: Openbaar Ministerie
  kind: organization
  affiliation: Nederland
  forms: [OM]
- name: De Nederlandsche Bank
  kind: organization
  affiliation: Nederland
  forms: [DNB, Nederlandsche Bank]
- name: Hoge Raad
  kind: organization
  affiliation: Nederland
  forms: [Hoge Raad der Nederlanden]
- name: Algemene Rekenkamer
  kind: organization
  affiliation: Nederland
- name: Centraal Planbureau
  kind: organization
  affiliation: Nederland
  forms: [CPB]
- name: CBS
  kind: organization
  affiliation: Nederland
  forms: [Centraal Bureau voor de Statistiek]
- name: AIVD
  kind: organization
  affiliation: Nederland
  forms: [Algemene Inlichtingen- en Veiligheidsdienst]
- name: MIVD
  kind: organization
  affiliation: Nederland
  forms: [Militaire Inlichtingen- en Veiligheidsdienst]
- name: NCTV
  kind: organization
  affiliation: Nederland
  forms: [Nationaal Coördinator Terrorismebestrijding en Veiligheid]
- name: Nationale Politie
  kind: organization
  affiliation: Nederland
  forms: [Politie Nederland]
- name: Koninklijke Marechaussee
  kind: organization
  affiliation: Nederland
  forms: [marechaussee, KMar]
- name: IND
  kind: organization
  affiliation: Nederland
  forms: [Immigratie- en Naturalisatiedienst]
- name: COA
  kind: organization
  affiliation: Nederland
  forms: [Centraal Orgaan opvang asielzoekers]
- name: Onderzoeksraad voor Veiligheid
  kind: organization
  affiliation: Nederland
  forms: [OVV, Onderzoeksraad]
- name: RIVM
  kind: organization
  affiliation: Nederland
  forms: [Rijksinstituut voor Volksgezondheid en Milieu]
- name: Belastingdienst
  kind: organization
  affiliation: Nederland
# A department alone (Buitenlandse Zaken, Defensie) is every country's: "de ministers van Buitenlandse
# Zaken van de NAVO". The ministries are named here only by their full names and abbreviations.
- name: Ministerie van Algemene Zaken
  kind: organization
  affiliation: Nederland
  forms: [AZ]
- name: Ministerie van Buitenlandse Zaken
  kind: organization
  affiliation: Nederland
  forms: [BZ, BuZa, ministerie van BuZa]
- name: Ministerie van Defensie
  kind: organization
  affiliation: Nederland
- name: Ministerie van Financiën
  kind: organization
  affiliation: Nederland
- name: Ministerie van Justitie en Veiligheid
  kind: organization
  affiliation: Nederland
  forms: [JenV, Ministerie van Justitie]
- name: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
  kind: organization
  affiliation: Nederland
  forms: [BZK]
- name: Ministerie van Economische Zaken
  kind: organization
  affiliation: Nederland
  forms: [EZ, EZK, Ministerie van Economische Zaken en Klimaat]
- name: Ministerie van Klimaat en Groene Groei
  kind: organization
  affiliation: Nederland
  forms: [Klimaat en Groene Groei, KGG]
- name: Ministerie van Infrastructuur en Waterstaat
  kind: organization
  affiliation: Nederland
  forms: [Infrastructuur en Waterstaat, IenW]
- name: Ministerie van Onderwijs, Cultuur en Wetenschap
  kind: organization
  affiliation: Nederland
  forms: [OCW]
- name: Ministerie van Sociale Zaken en Werkgelegenheid
  kind: organization
  affiliation: Nederland
  forms: [Sociale Zaken en Werkgelegenheid, SZW]
- name: Ministerie van Volksgezondheid, Welzijn en Sport
  kind: organization
  affiliation: Nederland
  forms: [VWS]
- name: Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur
  kind: organization
  affiliation: Nederland
  forms: [LVVN, LNV, Ministerie van Landbouw, Natuur en Voedselkwaliteit]
- name: Ministerie van Asiel en Migratie
  kind: organization
  affiliation: Nederland
  forms: [Asiel en Migratie]
- name: Ministerie van Volkshuisvesting en Ruimtelijke Ordening
  kind: organization
  affiliation: Nederland
  forms: [VRO]
- name: Koninklijk Huis
  kind: organization
  affiliation: Nederland
  forms: [Nederlandse koningshuis, Huis van Oranje, Oranje-Nassau]
- name: Rijksvoorlichtingsdienst
  kind: organization
  affiliation: Nederland
  forms: [RVD]

# --- Belgium ---
- name: Kamer van Volksvertegenwoordigers
  kind: organization
  affiliation: België
  forms: [Belgische Kamer, Chambre des représentants, Belgische Kamer van Volksvertegenwoordigers]
- name: Belgische Senaat
  kind: organization
  affiliation: België
- name: Belgische federale regering
  kind: organization
  affiliation: België
  forms: [federale regering, regering-De Croo, regering-De Wever, regering-Michel, Arizona-regering]
- name: Vlaams Parlement
  kind: organization
  affiliation: België
- name: Vlaamse regering
  kind: organization
  affiliation: België
- name: Waals Parlement
  kind: organization
  affiliation: België
- name: Nationale Bank van België
  kind: organization
  affiliation: België
  forms: [NBB]
- name: Grondwettelijk Hof
  kind: organization
  affiliation: België
- name: Belgisch federaal parket
  kind: organization
  affiliation: België
  forms: [federaal parket]
- name: Staatsveiligheid
  kind: organization
  affiliation: België
  forms: [VSSE, Veiligheid van de Staat]
- name: OCAM
  kind: organization
  affiliation: België
  forms: [Coördinatieorgaan voor de Dreigingsanalyse]
- name: Belgisch Defensie
  kind: organization
  affiliation: België
  forms: [Belgische Defensie, Belgisch leger]
- name: Belgische FOD Buitenlandse Zaken
  kind: organization
  affiliation: België
  forms: [FOD Buitenlandse Zaken, Egmontpaleis]
"""#
}
