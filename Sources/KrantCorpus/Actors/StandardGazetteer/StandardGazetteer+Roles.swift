// Data: the roles of krant's standard gazetteer, as YAML (see data/gazetteer/README.md).
extension StandardGazetteer {
    static let roles = #"""
# Roles that people hold, with the Dutch words the press uses for them. Every `role:` id in
# people.yaml is listed here. Words such as "chef", "topman", "baas" or "leider" fit several
# roles: krant should resolve them through the actor the role is `of`.
# `shared: true` (an optional key, added beyond the brief) marks roles that several people hold
# at once (EU commissioners); check.py does not report overlaps for them.
- {role: president, forms: [president, staatshoofd, presidente, president-elect]}
- {role: vicepresident, forms: [vicepresident, vicepresidente, vice-president]}
- {role: premier, forms: [premier, minister-president, regeringsleider, eerste minister, regeringschef, taoiseach]}
- {role: bondskanselier, forms: [bondskanselier, kanselier]}
- {role: minister-president, forms: [Vlaams minister-president, deelstaatpremier]}
- {role: koning, forms: [koning, koningin, vorst, monarch, staatshoofd]}
- {role: keizer, forms: [keizer]}
- {role: emir, forms: [emir]}
- {role: kroonprins, forms: [kroonprins]}
- {role: paus, forms: [paus, heilige vader, pontifex]}
- {role: opperste-leider, forms: [opperste leider, hoogste leider, geestelijk leider, ayatollah]}
- {role: leider, forms: [leider, politiek leider, kopstuk]}
- {role: partijleider, forms: [partijleider, partijvoorzitter, fractievoorzitter, lijsttrekker]}
- {role: minister-van-buitenlandse-zaken, forms: [minister van Buitenlandse Zaken, buitenlandminister, minister van buitenlandse zaken, minister van BuZa, chef-diplomaat, secretary of state, foreign secretary]}
- {role: minister-van-defensie, forms: [minister van Defensie, defensieminister, minister van defensie, minister van Oorlog, defence secretary, minister van Strijdkrachten]}
- {role: minister-van-financien, forms: [minister van Financiën, financiënminister, minister van financiën, minister van Financien, schatkistbewaarder]}
- {role: nationaal-veiligheidsadviseur, forms: [nationaal veiligheidsadviseur, veiligheidsadviseur]}
- {role: woordvoerder, forms: [woordvoerder, zegsman]}
- {role: opperbevelhebber, forms: [opperbevelhebber, legerchef, legerleider, bevelhebber]}
- {role: secretaris-generaal, forms: [secretaris-generaal, chef, topman, topvrouw, baas]}
- {role: voorzitter, forms: [voorzitter, Kamervoorzitter, commissievoorzitter, president]}
- {role: eerste-vicevoorzitter, forms: [eerste vicevoorzitter, eerste vicepresident, uitvoerend vicevoorzitter, vicevoorzitter]}
- {role: hoge-vertegenwoordiger, forms: [hoge vertegenwoordiger, buitenlandchef, EU-buitenlandchef, buitenlandcoördinator]}
- {role: eurocommissaris, forms: [eurocommissaris, Europees commissaris, EU-commissaris], shared: true}
- {role: directeur, forms: [directeur, topvrouw, topman, managing director]}
- {role: directeur-generaal, forms: [directeur-generaal, directeur, baas, topman]}
- {role: hoge-commissaris, forms: [hoge commissaris, vluchtelingencommissaris]}
- {role: aanklager, forms: [aanklager, hoofdaanklager, openbaar aanklager]}
- {role: gouverneur, forms: [gouverneur, president]}
"""#
}
