// Data: the places and media of krant's standard gazetteer, as YAML (see data/gazetteer/README.md).
extension StandardGazetteer {
    static let placesAndMedia = #"""
# Places and media whose names contain a country's name or adjective, so that the longer match
# wins ("Zuid-Chinese Zee" is not China), plus regions that are actors in the news in their own
# right, and newspapers, broadcasters and agencies.

# --- Seas, gulfs, straits, waterways ---
- name: Zuid-Chinese Zee
  kind: place
  forms: [South China Sea, Zuid Chinese Zee]
- name: Oost-Chinese Zee
  kind: place
  forms: [East China Sea, Oost Chinese Zee]
- name: Japanse Zee
  kind: place
  forms: [Sea of Japan, Oostzee van Korea]
- name: Gele Zee
  kind: place
  forms: [Yellow Sea]
- name: Filipijnse Zee
  kind: place
  forms: [West-Filipijnse Zee, Philippine Sea]
- name: Zwarte Zee
  kind: place
  forms: [Black Sea]
- name: Oostzee
  kind: place
  forms: [Baltische Zee, Baltic Sea]
- name: Noordzee
  kind: place
  forms: [North Sea]
- name: Rode Zee
  kind: place
  forms: [Red Sea]
- name: Kaspische Zee
  kind: place
  forms: [Caspian Sea]
- name: Middellandse Zee
  kind: place
  forms: [Mediterranean, Mediterranean Sea]
- name: Adriatische Zee
  kind: place
- name: Egeïsche Zee
  kind: place
  forms: [Aegean Sea]
- name: Zee van Azov
  kind: place
  forms: [Azovse Zee, Sea of Azov]
- name: Barentszzee
  kind: place
  forms: [Barentsz Zee, Barents Sea]
- name: Arabische Zee
  kind: place
- name: Golf van Aden
  kind: place
  forms: [Gulf of Aden]
- name: Perzische Golf
  kind: place
  forms: [Persian Gulf, Arabische Golf]
- name: Golf van Oman
  kind: place
  forms: [Gulf of Oman]
- name: Golf van Mexico
  kind: place
  forms: [Gulf of Mexico, Golf van Amerika, Gulf of America]
- name: Golf van Guinee
  kind: place
  forms: [Gulf of Guinea]
- name: Golf van Bengalen
  kind: place
- name: Golf van Finland
  kind: place
  forms: [Finse Golf, Gulf of Finland]
- name: Straat van Hormuz
  kind: place
  forms: [Straat Hormuz, Strait of Hormuz]
- name: Straat Taiwan
  kind: place
  forms: [Straat van Taiwan, Taiwan Strait, Taiwanstraat]
- name: Straat van Kertsj
  kind: place
  forms: [Straat Kertsj, Kertsj-brug, Krimbrug]
- name: Bab el-Mandeb
  kind: place
  forms: [Bab al-Mandab, Straat Bab el-Mandeb]
- name: Bosporus
  kind: place
- name: Suezkanaal
  kind: place
  forms: [Suez Canal]
- name: Panamakanaal
  kind: place
  forms: [Panama Canal]
- name: Atlantische Oceaan
  kind: place
  forms: [Atlantic Ocean, Atlantische]
- name: Stille Oceaan
  kind: place
  forms: [Grote Oceaan, Pacific, Pacific Ocean]
- name: Indische Oceaan
  kind: place
  forms: [Indian Ocean]
- name: Noordelijke IJszee
  kind: place
  forms: [Arctic Ocean]

# --- Continents and large regions (so their adjectives are not read as a country's) ---
- name: Europa
  kind: place
  forms: [Europe]
  adjectives: [Europees, Europese]
  demonyms: [Europeanen, Europeaan]
- name: Oost-Europa
  kind: place
  adjectives: [Oost-Europees, Oost-Europese]
- name: West-Europa
  kind: place
  adjectives: [West-Europees, West-Europese]
- name: Midden-Europa
  kind: place
  adjectives: [Midden-Europees, Midden-Europese]
- name: Centraal-Europa
  kind: place
  adjectives: [Centraal-Europees, Centraal-Europese]
- name: Zuid-Europa
  kind: place
  adjectives: [Zuid-Europees, Zuid-Europese]
- name: Noord-Europa
  kind: place
  adjectives: [Noord-Europees, Noord-Europese]
- name: Oost-Azië
  kind: place
  adjectives: [Oost-Aziatisch, Oost-Aziatische]
- name: Zuidoost-Azië
  kind: place
  adjectives: [Zuidoost-Aziatisch, Zuidoost-Aziatische]
- name: Centraal-Azië
  kind: place
  adjectives: [Centraal-Aziatisch, Centraal-Aziatische]
- name: Zuid-Azië
  kind: place
  adjectives: [Zuid-Aziatisch, Zuid-Aziatische]
- name: Afrika
  kind: place
  forms: [Africa]
  adjectives: [Afrikaans, Afrikaanse]
  demonyms: [Afrikanen, Afrikaan]
- name: Azië
  kind: place
  forms: [Asia]
  adjectives: [Aziatisch, Aziatische]
  demonyms: [Aziaten]
- name: Noord-Amerika
  kind: place
  forms: [North America]
  adjectives: [Noord-Amerikaans, Noord-Amerikaanse]
- name: Zuid-Amerika
  kind: place
  forms: [South America]
  adjectives: [Zuid-Amerikaans, Zuid-Amerikaanse]
  demonyms: [Zuid-Amerikanen]
- name: Latijns-Amerika
  kind: place
  forms: [Latin America]
  adjectives: [Latijns-Amerikaans, Latijns-Amerikaanse]
  demonyms: [Latijns-Amerikanen]
- name: Midden-Amerika
  kind: place
  forms: [Centraal-Amerika, Central America]
  adjectives: [Midden-Amerikaans, Midden-Amerikaanse, Centraal-Amerikaans, Centraal-Amerikaanse]
- name: Noord-Afrika
  kind: place
  adjectives: [Noord-Afrikaans, Noord-Afrikaanse]
  demonyms: [Noord-Afrikanen]
- name: West-Afrika
  kind: place
  adjectives: [West-Afrikaans, West-Afrikaanse]
- name: Oost-Afrika
  kind: place
  adjectives: [Oost-Afrikaans, Oost-Afrikaanse]
- name: Midden-Oosten
  kind: place
  forms: [Middle East, Nabije Oosten]
- name: Oceanië
  kind: place
  forms: [Oceania]
- name: Antarctica
  kind: place
  forms: [Zuidpool, Antarctis]
  adjectives: [Antarctisch, Antarctische]
- name: Noordpool
  kind: place
  forms: [Arctis, Noordpoolgebied, Arctic]
  adjectives: [Arctisch, Arctische]
- name: Sahel
  kind: place
  forms: [Sahelregio]
- name: Balkan
  kind: place
  forms: [Westelijke Balkan]
- name: Kaukasus
  kind: place
  forms: [Zuidelijke Kaukasus]
- name: Scandinavië
  kind: place
  adjectives: [Scandinavisch, Scandinavische]
  demonyms: [Scandinaviërs]
- name: Korea
  kind: place   # the peninsula and the Korean people; Zuid-Korea and Noord-Korea are the states
  forms: [Koreaans Schiereiland, Koreaanse Schiereiland]
  adjectives: [Koreaans, Koreaanse]
  demonyms: [Koreanen, Koreaan]

# --- Parts of countries, disputed and occupied areas ---
- name: Engeland
  kind: place   # part of the VK; never a form of the VK
  forms: [England]
  adjectives: [Engels, Engelse]
  demonyms: [Engelsen, Engelsman]
- name: Schotland
  kind: place
  forms: [Scotland]
  adjectives: [Schots, Schotse]
  demonyms: [Schotten, Schot]
  metonyms: [Edinburgh, Holyrood]
- name: Wales
  kind: place
  adjectives: [Welsh, Wels, Welse]
- name: Noord-Ierland
  kind: place
  forms: [Northern Ireland, Ulster]
  adjectives: [Noord-Iers, Noord-Ierse]
  demonyms: [Noord-Ieren]
  metonyms: [Belfast, Stormont]
- name: Vlaanderen
  kind: place
  forms: [Vlaams Gewest, Vlaamse Gemeenschap]
  adjectives: [Vlaams, Vlaamse]
  demonyms: [Vlamingen, Vlaming]
- name: Wallonië
  kind: place
  forms: [Waals Gewest, Wallonie, Wallonia]
  adjectives: [Waals, Waalse]
  demonyms: [Walen]
  metonyms: [Namen]
- name: Brussels Hoofdstedelijk Gewest
  kind: place
  forms: [Brussels Gewest, Brussel-Hoofdstad]
  adjectives: [Brussels, Brusselse]
  demonyms: [Brusselaars, Brusselaar]
- name: Brussel
  kind: place   # the city; the EU only where the text says so (Europese Unie, EU)
  forms: [Bruxelles]
- name: Catalonië
  kind: place
  forms: [Catalunya, Catalonia]
  adjectives: [Catalaans, Catalaanse]
  demonyms: [Catalanen]
- name: Baskenland
  kind: place
  forms: [Baskische Land, Euskadi]
  adjectives: [Baskisch, Baskische]
  demonyms: [Basken]
- name: Beieren
  kind: place
  forms: [Bayern]
  adjectives: [Beiers, Beierse]
- name: Krim
  kind: place
  forms: [Krim-schiereiland, Crimea, Krym]
- name: Donbas
  kind: place
  forms: [Donbass, Donbasregio]
- name: Donetsk
  kind: place
  forms: [Donetsk Volksrepubliek, Volksrepubliek Donetsk]
- name: Loehansk
  kind: place
  forms: [Luhansk, Lugansk, Volksrepubliek Loehansk]
- name: Zaporizja
  kind: place
  forms: [Zaporizhzhia, Zaporozje]
- name: Cherson
  kind: place
  forms: [Kherson]
- name: Charkiv
  kind: place
  forms: [Kharkiv, Charkov]
- name: Koersk
  kind: place
  forms: [Kursk]
- name: Transnistrië
  kind: place
  forms: [Transnistria, Pridnestrovië]
- name: Abchazië
  kind: place
  forms: [Abkhazia]
- name: Zuid-Ossetië
  kind: place
  forms: [South Ossetia]
- name: Nagorno-Karabach
  kind: place
  forms: [Nagorno-Karabakh, Karabach, Artsach]
- name: Gazastrook
  kind: place
  forms: [Gaza, Gaza-strook, Gaza Strip, Gaza-Stad, Gaza-stad]
- name: Westelijke Jordaanoever
  kind: place
  forms: [Westoever, West Bank, Jordaanoever]
- name: Oost-Jeruzalem
  kind: place
  forms: [East Jerusalem]
- name: Golanhoogten
  kind: place
  forms: [Golan, Golan Heights]
- name: Sinaï
  kind: place
  forms: [Sinaï-schiereiland, Sinai]
- name: Koerdistan
  kind: place
  forms: [Iraaks Koerdistan, Kurdistan, Koerdische Autonome Regio]
  adjectives: [Koerdisch, Koerdische]
  demonyms: [Koerden, Koerd]
- name: Darfur
  kind: place
- name: Tigray
  kind: place
  forms: [Tigré]
  adjectives: [Tigrees, Tigrese]
- name: Kasjmir
  kind: place
  forms: [Kashmir, Jammu en Kasjmir]
  adjectives: [Kasjmiri]
- name: Xinjiang
  kind: place
  forms: [Oost-Turkestan]
- name: Oeigoeren
  kind: place   # a people, listed so the word is not unknown; no country of its own
  forms: [Oeigoer, Uyghurs, Oeigoerse]
- name: Tibet
  kind: place
  adjectives: [Tibetaans, Tibetaanse]
  demonyms: [Tibetanen]
- name: Somaliland
  kind: place
- name: Noord-Cyprus
  kind: place
  forms: [Turkse Republiek Noord-Cyprus, TRNC]
- name: Kaliningrad
  kind: place
- name: Groningen
  kind: place   # the Dutch province and city, often in gas news
- name: Suwalki-corridor
  kind: place
  forms: [Suwałki-corridor, Suwalki-kloof]

# --- Places that share a name with a country or contain one ---
- name: Washington D.C.
  kind: place   # the city; "Washington" also stands for the US government and names the state
  forms: [Washington DC, Washington, District of Columbia]
  ambiguous: [Washington]
- name: Washington (staat)
  kind: place
  forms: [staat Washington, Washington State]
- name: Georgia (VS)
  kind: place   # the US state; "Georgia" is also the English name of Georgië
  forms: [Georgia, staat Georgia]
- name: New Mexico
  kind: place
- name: New Jersey
  kind: place
- name: Brits-Columbia
  kind: place
  forms: [British Columbia]
- name: Nieuw-Guinea
  kind: place   # the island; Papoea-Nieuw-Guinea is the state
  forms: [New Guinea]
- name: Papoea
  kind: place   # the Indonesian provinces (West-Papoea)
  forms: [West-Papoea, West Papua]

# INDIA, the Indian opposition alliance (Indian National Developmental Inclusive Alliance): its form
# matches only in capitals, so India the country keeps every other spelling.
- name: INDIA-alliantie
  kind: organization
  affiliation: India
  exact: [INDIA]

# --- Media: newspapers, broadcasters, agencies ---
# Titles that are also Dutch words (de tijd, de morgen, het laatste nieuws, telegraaf) match only as written.
- name: NOS
  kind: media
  affiliation: Nederland
  forms: [Nederlandse Omroep Stichting, NOS Journaal, NOS Nieuws]
- name: NRC
  kind: media
  affiliation: Nederland
  forms: [NRC Handelsblad, nrc.next]
- name: de Volkskrant
  kind: media
  affiliation: Nederland
  forms: [Volkskrant]
- name: Trouw
  kind: media
  affiliation: Nederland
  exact: [Trouw]
- name: De Telegraaf
  kind: media
  affiliation: Nederland
  forms: [Telegraaf]
  exact: [De Telegraaf, Telegraaf]
- name: AD
  kind: media
  affiliation: Nederland
  forms: [Algemeen Dagblad]
- name: Het Parool
  kind: media
  affiliation: Nederland
  forms: [Parool]
- name: Het Financieele Dagblad
  kind: media
  affiliation: Nederland
  forms: [FD, Financieele Dagblad]
- name: RTL Nieuws
  kind: media
  affiliation: Nederland
  forms: [RTL]
- name: Nieuwsuur
  kind: media
  affiliation: Nederland
- name: EenVandaag
  kind: media
  affiliation: Nederland
- name: ANP
  kind: media
  affiliation: Nederland
  forms: [Algemeen Nederlands Persbureau]
- name: De Standaard
  kind: media
  affiliation: België
  exact: [De Standaard]
- name: De Morgen
  kind: media
  affiliation: België
  exact: [De Morgen]
- name: Het Laatste Nieuws
  kind: media
  affiliation: België
  forms: [HLN]
  exact: [Het Laatste Nieuws]
- name: Het Nieuwsblad
  kind: media
  affiliation: België
  forms: [Nieuwsblad]
  exact: [Het Nieuwsblad, Nieuwsblad]
- name: De Tijd
  kind: media
  affiliation: België
  exact: [De Tijd]
- name: Knack
  kind: media
  affiliation: België
- name: Le Soir
  kind: media
  affiliation: België
- name: VRT
  kind: media
  affiliation: België
  forms: [VRT NWS, VRT Nieuws, Vlaamse Radio- en Televisieomroep]
- name: RTBF
  kind: media
  affiliation: België
- name: VTM Nieuws
  kind: media
  affiliation: België
  forms: [VTM]
- name: Belga
  kind: media
  affiliation: België
  forms: [persbureau Belga]
- name: The Washington Post
  kind: media
  affiliation: VS
  forms: [Washington Post]
- name: The New York Times
  kind: media
  affiliation: VS
  forms: [New York Times, NYT]
- name: Wall Street Journal
  kind: media
  affiliation: VS
  forms: [The Wall Street Journal, WSJ]
- name: CNN
  kind: media
  affiliation: VS
- name: Fox News
  kind: media
  affiliation: VS
- name: Politico
  kind: media
  affiliation: VS
- name: Axios
  kind: media
  affiliation: VS
- name: Bloomberg
  kind: media
  affiliation: VS
- name: AP
  kind: media
  affiliation: VS
  forms: [Associated Press, persbureau AP]
- name: Foreign Affairs
  kind: media
  affiliation: VS
- name: Financial Times
  kind: media
  affiliation: Verenigd Koninkrijk
  forms: [FT]
- name: The Guardian
  kind: media
  affiliation: Verenigd Koninkrijk
  forms: [Guardian]
- name: The Times
  kind: media
  affiliation: Verenigd Koninkrijk
- name: The Economist
  kind: media
  affiliation: Verenigd Koninkrijk
  forms: [Economist]
- name: BBC
  kind: media
  affiliation: Verenigd Koninkrijk
  forms: [British Broadcasting Corporation]
- name: Reuters
  kind: media
  affiliation: Verenigd Koninkrijk
  forms: [persbureau Reuters]
- name: Sky News
  kind: media
  affiliation: Verenigd Koninkrijk
- name: AFP
  kind: media
  affiliation: Frankrijk
  forms: [Agence France-Presse, persbureau AFP]
- name: Le Monde
  kind: media
  affiliation: Frankrijk
- name: Le Figaro
  kind: media
  affiliation: Frankrijk
- name: Der Spiegel
  kind: media
  affiliation: Duitsland
  forms: [Spiegel]
  exact: [Der Spiegel, Spiegel]
- name: Bild
  kind: media
  affiliation: Duitsland
  forms: [Bild-Zeitung]
- name: Frankfurter Allgemeine Zeitung
  kind: media
  affiliation: Duitsland
  forms: [FAZ, Frankfurter Allgemeine]
- name: Süddeutsche Zeitung
  kind: media
  affiliation: Duitsland
  forms: [Süddeutsche]
- name: Al Jazeera
  kind: media
  affiliation: Qatar
  forms: [Al-Jazeera, Aljazeera]
- name: Al Arabiya
  kind: media
  affiliation: Saoedi-Arabië
- name: Haaretz
  kind: media
  affiliation: Israël
- name: The Times of Israel
  kind: media
  affiliation: Israël
  forms: [Times of Israel]
- name: TASS
  kind: media
  affiliation: Rusland
  forms: [Tass, ITAR-TASS]
- name: RIA Novosti
  kind: media
  affiliation: Rusland
  forms: [RIA]
- name: RT
  kind: media
  affiliation: Rusland
  forms: [Russia Today]
- name: Kommersant
  kind: media
  affiliation: Rusland
- name: Echo Moskvy
  kind: media
  affiliation: Rusland
  forms: [Echo van Moskou]
- name: Novaja Gazeta
  kind: media
  affiliation: Rusland
  forms: [Novaya Gazeta]
- name: Meduza
  kind: media
  affiliation: Rusland
- name: Xinhua
  kind: media
  affiliation: China
  forms: [Nieuw-China]
- name: Global Times
  kind: media
  affiliation: China
- name: CCTV
  kind: media
  affiliation: China
- name: Kyiv Independent
  kind: media
  affiliation: Oekraïne
  forms: [The Kyiv Independent]
- name: Oekraïnska Pravda
  kind: media
  affiliation: Oekraïne
  forms: [Ukrainska Pravda]
- name: Ukrinform
  kind: media
  affiliation: Oekraïne
- name: KCNA
  kind: media
  affiliation: Noord-Korea
  forms: [Korean Central News Agency]
- name: Yonhap
  kind: media
  affiliation: Zuid-Korea
- name: IRNA
  kind: media
  affiliation: Iran
- name: Anadolu
  kind: media
  affiliation: Turkije
  forms: [Anadolu Agency, Anadolu Ajansi]
"""#
}
