"""Demo bank: Chemistry (JEE Main). Constants and atomic masses are stated in each item."""

# Question texts and explanations are long prose strings; breaking them would put line breaks
# inside LaTeX, so line length is not checked in this file.
# ruff: noqa: E501

from __future__ import annotations

from bank import Bank

NAME = "chemistry"


def build(b: Bank) -> None:
    basic(b)
    atom(b)
    bonding(b)
    thermodynamics(b)
    solutions(b)
    equilibrium(b)
    electrochemistry(b)
    kinetics(b)
    periodic(b)
    p_block(b)
    d_block(b)
    coordination(b)
    purification(b)
    goc(b)
    hydrocarbons(b)
    halogen_compounds(b)
    oxygen_compounds(b)
    nitrogen_compounds(b)
    biomolecules(b)
    practical(b)


def basic(b: Bank) -> None:
    c = "CHEM.BASIC.MATTER"
    b.mcq(
        c,
        "E",
        "Carbon forms two oxides. In one, 12 g of carbon is combined with 16 g of oxygen; in the other, 12 g of carbon is combined with 32 g of oxygen. These data illustrate the law of",
        "multiple proportions",
        [
            (
                "definite proportions",
                "confuses the law of definite proportions (one compound) with multiple proportions (two compounds of the same elements)",
            ),
            (
                "conservation of mass",
                "names the law of conservation of mass for any data about masses",
            ),
            "gaseous volumes",
        ],
        r"For a fixed mass of carbon (12 g), the masses of oxygen in CO and CO₂ are 16 g and 32 g, in the simple whole-number ratio $1 : 2$. That is Dalton's law of multiple proportions.",
    )
    b.tf(
        c,
        "E",
        "Pure water, whether taken from a river or made in the laboratory by burning hydrogen, contains hydrogen and oxygen in the mass ratio 1 : 8.",
        True,
        r"By the law of definite (constant) proportions, a given compound always contains the same elements in the same proportion by mass, whatever its source: $2 \times 1 : 16 = 1 : 8$.",
    )
    b.mcq(
        c,
        "M",
        "Which postulate of Dalton's atomic theory is contradicted by the existence of isotopes?",
        "All atoms of a given element are identical in mass and properties.",
        [
            (
                "Matter consists of indivisible atoms.",
                "confuses the discovery of isotopes with the discovery of subatomic particles",
            ),
            "Atoms are neither created nor destroyed in a chemical reaction.",
            "Compounds are formed when atoms of different elements combine in a fixed ratio.",
        ],
        "Isotopes are atoms of the same element with different masses (for example ³⁵Cl and ³⁷Cl), so atoms of one element are not all identical in mass. The indivisibility of atoms was contradicted by the discovery of the electron, proton and neutron.",
    )
    b.numeric(
        c,
        "E",
        "In an open beaker, 4.2 g of sodium hydrogencarbonate is added to 10.0 g of dilute acetic acid. When the fizzing stops, the contents weigh 12.0 g. What mass of carbon dioxide (in g) escaped?",
        2.2,
        0.01,
        r"By the law of conservation of mass, total mass of reactants = total mass of products: $4.2 + 10.0 = 12.0 + m_{\mathrm{CO_2}}$, so $m_{\mathrm{CO_2}} = 2.2$ g.",
    )
    b.mcq(
        c,
        "M",
        "At the same temperature and pressure, 2 volumes of hydrogen react with 1 volume of oxygen to give 2 volumes of water vapour. The simple ratio of the volumes is explained by",
        "Gay-Lussac's law of gaseous volumes, later explained by Avogadro's hypothesis",
        [
            (
                "the law of conservation of mass, so the volumes must also be conserved",
                "thinks volume is conserved in a reaction as mass is",
            ),
            "the law of multiple proportions",
            "Dalton's law of partial pressures",
        ],
        r"Gases combine in simple whole-number ratios by volume (2 : 1 : 2). Avogadro explained this: equal volumes contain equal numbers of molecules, so the volume ratio is the mole ratio of $2\mathrm{H_2} + \mathrm{O_2} \to 2\mathrm{H_2O}$. Volume is not conserved (3 volumes give 2).",
    )

    c = "CHEM.BASIC.MOLE"
    b.tpl(
        c,
        "E",
        r"How many moles of water molecules are there in {{m}} g of water? (H = 1, O = 16; answer to two decimal places.)",
        {"m": (9, 90, 3)},
        "m/18",
        r"Molar mass of H₂O $= 2(1) + 16 = 18$ g/mol, so $n = \dfrac{m}{M} = \dfrac{m}{18}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"How many molecules are present in {{m}} g of carbon dioxide? Give the answer in units of $10^{22}$, to two decimal places. (C = 12, O = 16, $N_A = 6.022 \times 10^{23}$ mol⁻¹.)",
        {"m": (2, 44, 2)},
        "m/44*6.022e23/1e22",
        r"$M(\mathrm{CO_2}) = 44$ g/mol; number of molecules $= \dfrac{m}{44} N_A$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Which of the following samples contains the largest number of atoms? (H = 1, O = 16, Na = 23, Cl = 35.5)",
        "4 g of H₂",
        [
            ("71 g of Cl₂", "assumes the sample with the largest mass has the most atoms"),
            ("18 g of H₂O", "counts molecules or atoms per molecule but not both"),
            "23 g of Na",
        ],
        r"4 g H₂ = 2 mol of molecules = **4 mol of atoms**. 71 g Cl₂ = 1 mol of molecules = 2 mol of atoms; 18 g H₂O = 1 mol of molecules = 3 mol of atoms; 23 g Na = 1 mol of atoms.",
    )
    b.integer(
        c,
        "E",
        "What is the molar mass of glucose, C₆H₁₂O₆, in g/mol? (H = 1, C = 12, O = 16)",
        180,
        r"$6(12) + 12(1) + 6(16) = 72 + 12 + 96 = 180$ g/mol.",
    )
    b.tf(
        c,
        "E",
        "One mole of oxygen gas (O₂) and one mole of ozone (O₃) contain the same number of oxygen atoms.",
        False,
        r"Both contain $N_A$ molecules, but O₂ has $2N_A$ oxygen atoms and O₃ has $3N_A$.",
    )
    b.tpl(
        c,
        "M",
        r"How many moles of an ideal gas occupy {{v}} L at {{p}} bar and {{t}} K? (R = 0.0831 L bar mol⁻¹ K⁻¹; answer to three decimal places.)",
        {"v": (1, 20), "p": (1, 5), "t": (250, 500, 25)},
        "p*v/(0.0831*t)",
        r"From the ideal gas equation $pV = nRT$: $n = \dfrac{pV}{RT}$.",
        tolerance=0.001,
    )

    c = "CHEM.BASIC.FORMULA"
    b.mcq(
        c,
        "M",
        "A compound contains 40.0% carbon, 6.67% hydrogen and 53.3% oxygen by mass. Its empirical formula is (H = 1, C = 12, O = 16)",
        "CH₂O",
        [
            (
                "C₂H₄O₂",
                "gives a molecular formula, which needs the molar mass, instead of the simplest ratio",
            ),
            "CHO",
            "CH₄O",
        ],
        r"In 100 g: C $40/12 = 3.33$ mol, H $6.67/1 = 6.67$ mol, O $53.3/16 = 3.33$ mol. Dividing by 3.33 gives $1 : 2 : 1$, so CH₂O.",
    )
    b.integer(
        c,
        "E",
        "A hydrocarbon has the empirical formula CH₂ and a molar mass of 70 g/mol. How many carbon atoms are there in one molecule? (H = 1, C = 12)",
        5,
        r"Empirical formula mass $= 14$; $n = 70/14 = 5$, so the molecular formula is C₅H₁₀.",
    )
    b.tpl(
        c,
        "M",
        r"A hydrocarbon contains {{p}}% carbon by mass. What is the ratio of the number of hydrogen atoms to the number of carbon atoms in it? (H = 1, C = 12; answer to two decimal places.)",
        {"p": (75, 92)},
        "(100 - p)/1/(p/12)",
        r"In 100 g there are $p/12$ mol of C and $(100 - p)/1$ mol of H, so $\dfrac{n_H}{n_C} = \dfrac{12(100 - p)}{p}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        "On complete combustion, 0.30 g of an organic compound containing C, H and O gives 0.44 g of CO₂ and 0.18 g of H₂O. Its vapour density is 30. Its molecular formula is (H = 1, C = 12, O = 16)",
        "C₂H₄O₂",
        [
            ("CH₂O", "takes the vapour density as the molar mass instead of half of it"),
            ("C₃H₈O", "matches the molar mass of 60 without using the composition"),
            "C₂H₄O",
        ],
        r"C: $0.44 \times \tfrac{12}{44} = 0.12$ g (0.01 mol); H: $0.18 \times \tfrac{2}{18} = 0.02$ g (0.02 mol); O: $0.30 - 0.14 = 0.16$ g (0.01 mol). Empirical formula CH₂O (mass 30). Molar mass $= 2 \times \text{VD} = 60$, so $n = 2$: C₂H₄O₂.",
    )
    b.tpl(
        c,
        "E",
        r"An oxide of a metal M contains {{p}}% oxygen by mass. What mass of M (in g, to two decimal places) combines with 8 g of oxygen? This is the equivalent mass of M.",
        {"p": (10, 50, 2)},
        "8*(100 - p)/p",
        r"Per 100 g of oxide: $p$ g O and $(100 - p)$ g M. Mass of M per 8 g O $= \dfrac{8(100 - p)}{p}$.",
        tolerance=0.01,
    )

    c = "CHEM.BASIC.STOICHIOMETRY"
    b.tpl(
        c,
        "E",
        r"What mass of carbon dioxide (in g, to two decimal places) is formed by the complete combustion of {{m}} g of carbon? (C = 12, O = 16)",
        {"m": (1, 30)},
        "m*44/12",
        r"$\mathrm{C} + \mathrm{O_2} \to \mathrm{CO_2}$: 12 g of C gives 44 g of CO₂, so mass $= m \times \dfrac{44}{12}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"{{a}} g of N₂ and {{h}} g of H₂ are made to react completely according to $\mathrm{N_2 + 3H_2 \to 2NH_3}$. What mass of ammonia (in g, to two decimal places) is formed? (H = 1, N = 14)",
        {"a": (14, 70, 7), "h": (2, 12)},
        "min(a/28, h/6)*34",
        r"Moles of reaction possible: from N₂, $a/28$; from H₂ (3 mol needed), $h/6$. The smaller one is set by the limiting reagent, and each mole of reaction gives 2 mol (34 g) of NH₃.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"4 g of H₂ is mixed with 48 g of O₂ and the mixture is exploded ($\mathrm{2H_2 + O_2 \to 2H_2O}$). Which is the limiting reagent, and what mass of water forms? (H = 1, O = 16)",
        "H₂; 36 g",
        [
            (
                "O₂; 54 g",
                "compares the moles present without dividing by the stoichiometric coefficients",
            ),
            ("H₂; 52 g", "adds the reactant masses, forgetting that excess O₂ is left over"),
            "O₂; 27 g",
        ],
        r"H₂: 2 mol; O₂: 1.5 mol. 2 mol H₂ needs only 1 mol O₂, so H₂ is limiting and 0.5 mol O₂ is left. Water formed $= 2$ mol $= 36$ g.",
    )
    b.integer(
        c,
        "E",
        "What mass of calcium oxide (in g) is obtained by completely decomposing 50 g of calcium carbonate? (C = 12, O = 16, Ca = 40)",
        28,
        r"$\mathrm{CaCO_3 \to CaO + CO_2}$: 100 g gives 56 g, so 50 g gives 28 g.",
    )
    b.tpl(
        c,
        "M",
        r"What volume of oxygen at STP (in L, to two decimal places) is needed to burn {{m}} g of methane completely? (H = 1, C = 12; molar volume at STP = 22.4 L.)",
        {"m": (1, 32)},
        "m/16*2*22.4",
        r"$\mathrm{CH_4 + 2O_2 \to CO_2 + 2H_2O}$: each mole (16 g) of CH₄ needs 2 mol of O₂, i.e. $44.8$ L at STP.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"A {{m}} g sample of impure limestone gives {{w}} g of CO₂ on strong heating; the impurities do not decompose. What is the percentage purity of the sample with respect to CaCO₃ (to one decimal place)? (C = 12, O = 16, Ca = 40)",
        {"m": (10, 20), "w": (2, 4, 0.2)},
        "w*100/44/m*100",
        r"$\mathrm{CaCO_3 \to CaO + CO_2}$: 44 g CO₂ comes from 100 g CaCO₃, so mass of CaCO₃ $= \dfrac{100w}{44}$ and purity $= \dfrac{100w/44}{m} \times 100$.",
        tolerance=0.1,
    )

    c = "CHEM.BASIC.CONCENTRATION"
    b.tpl(
        c,
        "E",
        r"{{m}} g of NaOH is dissolved in water and the solution is made up to {{v}} mL. What is its molarity (to two decimal places)? (H = 1, O = 16, Na = 23)",
        {"m": (1, 10), "v": (100, 500, 50)},
        "m/40/(v/1000)",
        r"$n = m/40$ mol; molarity $= \dfrac{n}{V\,(\text{L})}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"{{m}} g of urea (molar mass 60 g/mol) is dissolved in {{w}} g of water. What is the molality of the solution (to two decimal places)?",
        {"m": (3, 30, 3), "w": (100, 500, 50)},
        "m/60/(w/1000)",
        r"Molality $= \dfrac{\text{moles of solute}}{\text{mass of solvent in kg}} = \dfrac{m/60}{w/1000}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Which concentration term does not change when the temperature of a solution changes?",
        "Molality",
        [
            ("Molarity", "forgets that the volume of a solution changes with temperature"),
            (
                "Mass per unit volume (g/L)",
                "forgets that the volume of a solution changes with temperature",
            ),
            "Normality",
        ],
        "Molality and mole fraction involve only masses (or amounts), which do not depend on temperature. Molarity, normality and g/L are per unit volume, and volume expands on heating.",
    )
    b.tpl(
        c,
        "M",
        r"A solution is made by mixing {{a}} g of ethanol (C₂H₅OH) with {{w}} g of water. What is the mole fraction of ethanol (to three decimal places)? (H = 1, C = 12, O = 16)",
        {"a": (10, 100, 5), "w": (50, 200, 10)},
        "(a/46)/(a/46 + w/18)",
        r"$n_{\text{ethanol}} = a/46$, $n_{\text{water}} = w/18$; $x = \dfrac{a/46}{a/46 + w/18}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "H",
        "Concentrated sulphuric acid is 98% H₂SO₄ by mass and has a density of 1.84 g/mL. Its molarity is (H = 1, O = 16, S = 32)",
        "18.4 M",
        [
            ("10 M", "treats 98 g per 100 g of solution as 98 g per 100 mL"),
            ("36.8 M", "gives the normality instead of the molarity"),
            "9.2 M",
        ],
        r"1 L of acid has mass 1840 g, of which $0.98 \times 1840 = 1803$ g is H₂SO₄: $1803/98 = 18.4$ mol. Molarity $= 18.4$ M.",
    )
    b.tpl(
        c,
        "H",
        r"A {{c}} M aqueous solution of NaOH has a density of {{d}} g/mL. What is its molality (to two decimal places)? (H = 1, O = 16, Na = 23)",
        {"c": (0.5, 3, 0.5), "d": (1.02, 1.12, 0.02)},
        "c/((1000*d - 40*c)/1000)",
        r"In 1 L of solution: mass $= 1000d$ g, NaOH $= 40c$ g, water $= 1000d - 40c$ g. Molality $= \dfrac{c}{(1000d - 40c)/1000}$.",
        tolerance=0.01,
    )


def atom(b: Bank) -> None:
    c = "CHEM.ATOM.SUBATOMIC"
    b.mcq(
        c,
        "E",
        "In Rutherford's scattering experiment, most alpha particles passed through the gold foil undeflected. This showed that",
        "most of the space in an atom is empty",
        [
            (
                "the nucleus is positively charged",
                "attributes a conclusion drawn from the deflected particles to the undeflected ones",
            ),
            (
                "positive charge is spread uniformly through the atom",
                "confuses Rutherford's conclusion with Thomson's model",
            ),
            "electrons revolve in fixed circular orbits",
        ],
        "Only a tiny fraction of alpha particles was deflected through large angles; that showed a small, dense, positive nucleus. The fact that most went straight through showed that the atom is mostly empty space.",
    )
    b.tf(
        c,
        "E",
        "The charge-to-mass ratio (e/m) of cathode rays depends on the gas filled in the discharge tube.",
        False,
        "Cathode rays are electrons, whatever the gas or the electrode material, so e/m is the same. It is the e/m of the positive (canal) rays that depends on the gas.",
    )
    b.integer(
        c,
        "E",
        "How many neutrons are there in a nucleus of uranium-235 (Z = 92)?",
        143,
        r"Neutrons $= A - Z = 235 - 92 = 143$.",
    )
    b.mcq(
        c,
        "M",
        "¹⁴₆C and ¹⁶₈O are",
        "isotones",
        [
            (
                "isotopes",
                "confuses isotones (same neutron number) with isotopes (same atomic number)",
            ),
            ("isobars", "confuses isotones with isobars (same mass number)"),
            "isoelectronic",
        ],
        "C-14 has $14 - 6 = 8$ neutrons and O-16 has $16 - 8 = 8$ neutrons: the same number of neutrons makes them isotones.",
    )
    b.mcq(
        c,
        "E",
        "Which species is isoelectronic with Ne (Z = 10)?",
        "Mg²⁺",
        [
            ("Ca²⁺", "assumes every dipositive ion of group 2 has the neon configuration"),
            "Cl⁻",
            "K⁺",
        ],
        r"Mg²⁺ has $12 - 2 = 10$ electrons. Ca²⁺, K⁺ and Cl⁻ each have 18 electrons (isoelectronic with Ar).",
    )

    c = "CHEM.ATOM.BOHR"
    b.tpl(
        c,
        "M",
        r"Using $\dfrac{1}{\lambda} = R_H\left(\dfrac{1}{n_1^2} - \dfrac{1}{n_2^2}\right)$ with $R_H = 1.097 \times 10^{7}$ m⁻¹, find the wavelength (in nm, to one decimal place) of the hydrogen line for the transition from n = {{a}} to n = 2.",
        {"a": (3, 7)},
        "1/(1.097e7*(1/4 - 1/a**2))*1e9",
        r"This is a Balmer line: $\lambda = \dfrac{1}{R_H(1/4 - 1/a^2)}$, converted to nm. For $a = 3$ it is the red line near 656 nm.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "E",
        r"What is the energy of a photon of wavelength {{l}} nm, in units of $10^{-19}$ J (to two decimal places)? ($h = 6.626 \times 10^{-34}$ J s, $c = 3.0 \times 10^{8}$ m/s)",
        {"l": (200, 800, 25)},
        "6.626e-34*3e8/(l*1e-9)/1e-19",
        r"$E = \dfrac{hc}{\lambda}$ with $\lambda$ in metres.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "The energy of the electron in the first Bohr orbit of the hydrogen atom is −13.6 eV. The energy of the electron in the first orbit of He⁺ is",
        "−54.4 eV",
        [
            ("−13.6 eV", "ignores the nuclear charge Z"),
            ("−27.2 eV", "takes the energy proportional to Z instead of Z²"),
            "−3.4 eV",
        ],
        r"$E_n = -13.6\,\dfrac{Z^2}{n^2}$ eV; for He⁺, $Z = 2$, $n = 1$: $-13.6 \times 4 = -54.4$ eV.",
    )
    b.mcq(
        c,
        "H",
        "Which transition in the hydrogen atom gives a line of the same wavelength as the n = 4 → n = 2 transition in He⁺?",
        "n = 2 → n = 1",
        [
            ("n = 4 → n = 2", "ignores the factor Z² in the Rydberg formula for He⁺"),
            "n = 3 → n = 1",
            "n = 3 → n = 2",
        ],
        r"For He⁺: $\dfrac1\lambda = R \cdot 2^2\left(\dfrac14 - \dfrac1{16}\right) = \dfrac34 R$. For hydrogen $\dfrac1\lambda = R\left(1 - \dfrac14\right) = \dfrac34R$ for $2 \to 1$.",
    )
    b.integer(
        c,
        "E",
        "An electron in a sample of hydrogen atoms is excited to the n = 5 level. What is the maximum number of different spectral lines the sample can emit as it returns to the ground state?",
        10,
        r"Number of lines $= \dfrac{n(n - 1)}{2} = \dfrac{5 \times 4}{2} = 10$.",
    )
    b.tpl(
        c,
        "M",
        r"The radius of the first Bohr orbit of hydrogen is 52.9 pm. What is the radius (in pm, to one decimal place) of orbit n = {{n}} of a hydrogen-like ion with Z = {{z}}?",
        {"n": (1, 4), "z": (1, 4)},
        "52.9*n**2/z",
        r"$r_n = 52.9\,\dfrac{n^2}{Z}$ pm.",
        tolerance=0.1,
    )

    c = "CHEM.ATOM.DUALITY"
    b.tpl(
        c,
        "M",
        r"An electron moves at {{v}} $\times 10^{6}$ m/s. What is its de Broglie wavelength in nm (to three decimal places)? ($h = 6.626 \times 10^{-34}$ J s, $m_e = 9.11 \times 10^{-31}$ kg)",
        {"v": (1, 9, 0.5)},
        "6.626e-34/(9.11e-31*v*1e6)*1e9",
        r"$\lambda = \dfrac{h}{mv}$.",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "H",
        r"The position of an electron is known to within {{x}} pm. What is the minimum uncertainty in its velocity, in units of $10^{5}$ m/s (to two decimal places)? Use $\Delta x \cdot m\Delta v \ge \dfrac{h}{4\pi}$ with $h = 6.626 \times 10^{-34}$ J s and $m_e = 9.11 \times 10^{-31}$ kg.",
        {"x": (10, 100, 10)},
        "6.626e-34/(4*pi*9.11e-31*x*1e-12)/1e5",
        r"$\Delta v = \dfrac{h}{4\pi m \Delta x}$ with $\Delta x$ in metres. The result is comparable to the electron's speed itself, so its trajectory cannot be defined.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        "A moving cricket ball has a de Broglie wavelength, but it is far too small to be observed.",
        True,
        r"Every moving body has $\lambda = h/mv$; for a 0.15 kg ball at 30 m/s, $\lambda \approx 1.5 \times 10^{-34}$ m, far below any measurable size.",
    )
    b.mcq(
        c,
        "E",
        "The de Broglie wavelength of a particle is inversely proportional to its",
        "momentum",
        [
            ("kinetic energy", "takes λ ∝ 1/K instead of λ ∝ 1/√K"),
            ("speed squared", "confuses momentum with kinetic energy"),
            "charge",
        ],
        r"$\lambda = \dfrac{h}{p} = \dfrac{h}{mv}$.",
    )
    b.mcq(
        c,
        "H",
        "A proton and an alpha particle are accelerated from rest through the same potential difference. The ratio of their de Broglie wavelengths, λp : λα, is (take m_α = 4m_p)",
        r"$2\sqrt2 : 1$",
        [
            ("4 : 1", "uses the mass ratio alone, ignoring the different charges"),
            ("2 : 1", "ignores the charge of the alpha particle"),
            r"$1 : 2\sqrt2$",
        ],
        r"$\lambda = \dfrac{h}{\sqrt{2mqV}}$. $\dfrac{\lambda_p}{\lambda_\alpha} = \sqrt{\dfrac{m_\alpha q_\alpha}{m_p q_p}} = \sqrt{4 \times 2} = 2\sqrt2$.",
    )

    c = "CHEM.ATOM.QUANTUM"
    b.integer(
        c,
        "E",
        "How many orbitals are there in the shell with principal quantum number n = 4?",
        16,
        r"The number of orbitals in shell $n$ is $n^2 = 16$ (one 4s, three 4p, five 4d and seven 4f).",
    )
    b.mcq(
        c,
        "M",
        "Which set of quantum numbers (n, l, m_l, m_s) is not allowed?",
        r"$n = 2,\ l = 2,\ m_l = 0,\ m_s = +\tfrac12$",
        [
            (
                r"$n = 3,\ l = 2,\ m_l = -2,\ m_s = +\tfrac12$",
                "thinks m_l cannot be more negative than −1",
            ),
            (
                r"$n = 4,\ l = 0,\ m_l = 0,\ m_s = -\tfrac12$",
                "thinks l = 0 is not allowed for n > 1",
            ),
            r"$n = 2,\ l = 1,\ m_l = -1,\ m_s = +\tfrac12$",
        ],
        r"$l$ can take values $0$ to $n - 1$ only, so $l = 2$ is impossible for $n = 2$. For a given $l$, $m_l$ runs from $-l$ to $+l$.",
    )
    b.integer(
        c,
        "E",
        "How many radial nodes does a 5p orbital have?",
        3,
        r"Radial nodes $= n - l - 1 = 5 - 1 - 1 = 3$; it also has $l = 1$ angular node.",
    )
    b.mcq(
        c,
        "H",
        "An orbital has two angular nodes and one radial node. It is",
        "4d",
        [
            ("3d", "counts all nodes as angular, forgetting n − l − 1"),
            ("4p", "swaps the numbers of radial and angular nodes"),
            "5d",
        ],
        r"Angular nodes $= l = 2$ (a d orbital); radial nodes $= n - l - 1 = 1$ gives $n = 4$.",
    )
    b.tf(
        c,
        "E",
        "The 2pₓ orbital has a nodal plane: the yz-plane.",
        True,
        r"A p orbital has one angular node ($l = 1$); for $p_x$ the electron density is zero everywhere in the plane $x = 0$, the yz-plane.",
    )
    b.mcq(
        c,
        "E",
        "The maximum number of electrons that can have the quantum numbers n = 3 and l = 2 is",
        "10",
        [
            ("2", "counts one orbital instead of the whole subshell"),
            ("18", "counts the whole shell n = 3"),
            "5",
        ],
        r"$l = 2$ is the 3d subshell: 5 orbitals ($m_l = -2$ to $+2$), each holding 2 electrons.",
    )

    c = "CHEM.ATOM.CONFIG"
    b.mcq(
        c,
        "E",
        "The ground-state electronic configuration of chromium (Z = 24) is",
        "[Ar] 3d⁵ 4s¹",
        [
            (
                "[Ar] 3d⁴ 4s²",
                "applies the Aufbau order without the extra stability of a half-filled d subshell",
            ),
            "[Ar] 3d⁶",
            "[Ar] 4s² 4p⁴",
        ],
        "A half-filled 3d⁵ set (exchange energy, symmetrical distribution) is more stable, so one 4s electron moves to 3d. Copper (Z = 29) is [Ar] 3d¹⁰ 4s¹ for the same reason.",
    )
    b.integer(
        c,
        "M",
        "How many unpaired electrons does the Fe³⁺ ion (Z of Fe = 26) have?",
        5,
        "Fe is [Ar] 3d⁶ 4s². Fe³⁺ loses the two 4s electrons and one 3d electron: [Ar] 3d⁵, with five unpaired electrons by Hund's rule.",
    )
    b.mcq(
        c,
        "E",
        "Writing the ground state of carbon as 1s² 2s² 2pₓ² violates",
        "Hund's rule",
        [
            (
                "the Pauli exclusion principle",
                "thinks two electrons in one orbital always break Pauli's principle, even with opposite spins",
            ),
            (
                "the Aufbau principle",
                "confuses filling order of subshells with filling of orbitals within a subshell",
            ),
            "Heisenberg's uncertainty principle",
        ],
        "Within the 2p subshell, electrons occupy separate orbitals with parallel spins before pairing: 2pₓ¹ 2p_y¹.",
    )
    b.tf(
        c,
        "M",
        "The 4s subshell fills before 3d in the neutral atoms of the first transition series, and 4s electrons are also removed before 3d electrons when these atoms form cations.",
        True,
        "Once 3d is occupied, 4s lies higher in energy, so ionisation removes 4s first: for example Fe²⁺ is [Ar] 3d⁶, not [Ar] 3d⁴ 4s².",
    )
    b.mcq(
        c,
        "H",
        "Which ion has the same number of unpaired electrons as Mn²⁺ (Z of Mn = 25)?",
        "Fe³⁺ (Z of Fe = 26)",
        [
            ("Fe²⁺ (Z of Fe = 26)", "removes 3d electrons before 4s electrons"),
            ("Cr³⁺ (Z of Cr = 24)", "counts the electrons lost instead of the d electrons left"),
            "Cu²⁺ (Z of Cu = 29)",
        ],
        "Mn²⁺ and Fe³⁺ are both 3d⁵ (five unpaired). Fe²⁺ is 3d⁶ (four), Cr³⁺ is 3d³ (three) and Cu²⁺ is 3d⁹ (one).",
    )


def bonding(b: Bank) -> None:
    c = "CHEM.BOND.IONIC"
    b.mcq(
        c,
        "M",
        "Which of these compounds has the highest lattice enthalpy?",
        "MgO",
        [
            ("CaO", "ignores that Mg²⁺ is smaller than Ca²⁺"),
            ("NaCl", "thinks lattice enthalpy depends on the electronegativity difference alone"),
            "KBr",
        ],
        r"Lattice enthalpy grows with the product of ionic charges and falls with the distance between ions ($\propto \dfrac{z_+ z_-}{r_+ + r_-}$). MgO has 2+/2− charges and the smallest ions.",
    )
    b.tpl(
        c,
        "H",
        r"Use a Born-Haber cycle for NaCl(s): enthalpy of sublimation of Na = {{s}} kJ/mol; first ionisation enthalpy of Na = 496 kJ/mol; bond dissociation enthalpy of Cl₂ = {{d}} kJ/mol; electron gain enthalpy of Cl = −349 kJ/mol; enthalpy of formation of NaCl(s) = −411 kJ/mol. Find the lattice enthalpy of NaCl (the enthalpy needed to separate 1 mol of NaCl(s) into gaseous ions), in kJ/mol.",
        {"s": (105, 111), "d": (238, 246, 2)},
        "s + 496 + d/2 - 349 + 411",
        r"$\Delta_f H = \Delta_{sub}H + IE + \tfrac12 D - |\Delta_{eg}H| - U$, so $U = \Delta_{sub}H + IE + \tfrac12 D + \Delta_{eg}H - \Delta_f H$. Only half a mole of Cl₂ is dissociated.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        "Solid sodium chloride conducts electricity because it is made of ions.",
        False,
        "In the solid the ions are held in fixed lattice positions and cannot move. NaCl conducts only when molten or dissolved in water.",
    )
    b.mcq(
        c,
        "E",
        "Which pair of elements is most likely to form an ionic compound?",
        "Potassium and fluorine",
        [
            ("Carbon and oxygen", "thinks any two different elements bond ionically"),
            "Nitrogen and hydrogen",
            "Chlorine and bromine",
        ],
        "An ionic bond forms most easily between a metal of low ionisation enthalpy (K) and a non-metal with a strongly negative electron gain enthalpy (F).",
    )

    c = "CHEM.BOND.COVALENT"
    b.mcq(
        c,
        "M",
        "In the most stable Lewis structure of ozone (O₃), the formal charge on the central oxygen atom is",
        "+1",
        [
            ("0", "assumes every atom in a neutral molecule has zero formal charge"),
            ("−1", "sign error in the formal-charge formula"),
            "+2",
        ],
        r"Central O: 6 valence electrons, one lone pair (2 non-bonding electrons) and three bonds (6 bonding electrons). Formal charge $= 6 - 2 - \tfrac12(6) = +1$. One terminal O carries −1.",
    )
    b.msq(
        c,
        "M",
        "In which of these molecules does an atom other than hydrogen have more or fewer than eight electrons in its valence shell?",
        [
            ("BF₃", True),
            ("PCl₅", True),
            ("NO", True),
            ("CO₂", False),
            ("NH₃", False, "thinks a lone pair does not count towards the octet"),
        ],
        "B in BF₃ has 6 electrons (incomplete octet); P in PCl₅ has 10 (expanded octet); NO has an odd number (11) of valence electrons, so one atom cannot have an octet. C in CO₂ and N in NH₃ (3 bond pairs + 1 lone pair) have octets.",
    )
    b.integer(
        c,
        "E",
        "How many valence electrons are shown in the Lewis structure of the carbonate ion, CO₃²⁻?",
        24,
        r"C: 4, three O: $3 \times 6 = 18$, plus 2 for the charge: 24.",
    )
    b.mcq(
        c,
        "E",
        "In the Lewis structure of N₂, the two nitrogen atoms are joined by",
        "a triple bond, with one lone pair on each N",
        [
            (
                "a double bond, with two lone pairs on each N",
                "stops at a double bond, leaving nitrogen without an octet",
            ),
            "a single bond, with three lone pairs on each N",
            "a triple bond, with no lone pairs",
        ],
        r"10 valence electrons: a triple bond (6) and a lone pair on each N (4) gives each N an octet: $:\mathrm{N{\equiv}N}:$.",
    )
    b.mcq(
        c,
        "H",
        "In the Lewis structure of the sulphate ion drawn with two S=O and two S–O⁻ bonds, the formal charge on sulphur is",
        "0",
        [
            ("+2", "uses the structure with four S–O single bonds"),
            ("+6", "confuses formal charge with oxidation number"),
            "−2",
        ],
        r"S: 6 valence electrons, no lone pairs, 6 bonds (12 bonding electrons). Formal charge $= 6 - 0 - 6 = 0$. The oxidation number of S is +6, which is a different bookkeeping.",
    )

    c = "CHEM.BOND.PARAMETERS"
    b.mcq(
        c,
        "M",
        "Which molecule has zero dipole moment?",
        "BF₃",
        [
            (
                "NF₃",
                "assumes a molecule whose bonds are all the same is non-polar whatever its shape",
            ),
            ("H₂O", "assumes every triatomic molecule is linear"),
            "CHCl₃",
        ],
        "BF₃ is trigonal planar, so its three equal B–F bond dipoles cancel. NF₃ is pyramidal, H₂O is bent and CHCl₃ has unequal bonds, so their dipoles do not cancel.",
    )
    b.mcq(
        c,
        "M",
        "How are the carbon-oxygen bonds in the carbonate ion, CO₃²⁻, best described?",
        "All three are identical, with a length between that of a C–O single bond and a C=O double bond",
        [
            (
                "One is a short C=O bond and two are longer C–O bonds",
                "treats one resonance structure as the real structure",
            ),
            (
                "The ion switches rapidly between three structures with one C=O bond each",
                "thinks resonance structures are in equilibrium with each other",
            ),
            "All three are C=O double bonds",
        ],
        r"The real ion is a resonance hybrid of three equivalent structures; each C–O bond has bond order $1\tfrac13$ and all three are 129 pm long.",
    )
    b.mcq(
        c,
        "M",
        "According to Fajans' rules, which of these lithium halides has the greatest covalent character?",
        "LiI",
        [
            ("LiF", "thinks a more electronegative anion gives more covalent character"),
            "LiCl",
            "LiBr",
        ],
        "Covalent character grows with the polarisability of the anion. I⁻ is the largest and most easily polarised by the small Li⁺ ion.",
    )
    b.tpl(
        c,
        "H",
        r"The bond length in HCl is {{d}} pm and its dipole moment is {{m}} D. What is the percentage ionic character of the bond (to one decimal place)? (1 D = $3.336 \times 10^{-30}$ C m; $e = 1.602 \times 10^{-19}$ C)",
        {"d": (120, 135), "m": (1.0, 1.2, 0.05)},
        "m*3.336e-30/(1.602e-19*d*1e-12)*100",
        r"A fully ionic H⁺Cl⁻ would have $\mu = e d$. Percentage ionic character $= \dfrac{\mu_{obs}}{e d} \times 100$, with $d$ in metres.",
        tolerance=0.1,
    )
    b.tf(
        c,
        "E",
        "Resonance structures of a molecule differ only in the arrangement of electrons, not in the positions of the nuclei.",
        True,
        "Moving atoms gives a different compound (an isomer or tautomer); resonance structures differ only in where bonding and lone-pair electrons are drawn.",
    )
    b.mcq(
        c,
        "E",
        "Which carbon-carbon bond is the shortest?",
        "C≡C in ethyne",
        [
            ("C–C in ethane", "thinks more bonds between two atoms push them further apart"),
            "C=C in ethene",
            "C–C in benzene",
        ],
        "Bond length falls as bond order rises: C–C 154 pm, C–C in benzene (bond order 1.5) 139 pm, C=C 134 pm, C≡C 120 pm.",
    )

    c = "CHEM.BOND.VSEPR"
    b.mcq(
        c,
        "E",
        "The shape of the ammonia molecule is",
        "trigonal pyramidal",
        [
            ("trigonal planar", "ignores the lone pair on nitrogen"),
            (
                "tetrahedral",
                "gives the arrangement of electron pairs instead of the shape of the molecule",
            ),
            "T-shaped",
        ],
        "N has three bond pairs and one lone pair: the four pairs point to the corners of a tetrahedron, and the three atoms bonded to N form a pyramid with N at the apex.",
    )
    b.mcq(
        c,
        "M",
        "The shape of ClF₃ is",
        "T-shaped",
        [
            ("trigonal planar", "ignores the two lone pairs on chlorine"),
            (
                "trigonal pyramidal",
                "places the lone pairs as in NH₃, with one lone pair instead of two",
            ),
            "see-saw",
        ],
        "Cl has 3 bond pairs and 2 lone pairs (5 pairs, trigonal bipyramidal arrangement). The lone pairs take equatorial positions, where they repel least, leaving a T shape.",
    )
    b.mcq(
        c,
        "M",
        "The shape of SF₄ is",
        "see-saw",
        [
            ("tetrahedral", "ignores the lone pair on sulphur"),
            ("square planar", "puts the lone pair in an axial position"),
            "trigonal pyramidal",
        ],
        "S has 4 bond pairs and 1 lone pair; the lone pair occupies an equatorial position of the trigonal bipyramid, leaving a see-saw shape.",
    )
    b.mcq(
        c,
        "M",
        "Which order of H–X–H bond angles is correct?",
        "H₂O < NH₃ < CH₄",
        [
            ("CH₄ < NH₃ < H₂O", "thinks lone pairs open up the bond angle"),
            ("NH₃ < H₂O < CH₄", "counts bonds instead of lone pairs"),
            "H₂O = NH₃ = CH₄",
        ],
        "All three have four electron pairs around the central atom. Lone pair-bond pair repulsion exceeds bond pair-bond pair repulsion, so angles shrink as lone pairs increase: CH₄ 109.5°, NH₃ 107°, H₂O 104.5°.",
    )
    b.mcq(
        c,
        "H",
        "Which species has a square planar shape?",
        "XeF₄",
        [
            (
                "SF₄",
                "confuses four bond pairs + one lone pair (see-saw) with four bond pairs + two lone pairs",
            ),
            ("CCl₄", "assumes every AX₄ molecule has the same shape"),
            "BF₄⁻",
        ],
        "Xe has 4 bond pairs and 2 lone pairs (octahedral arrangement). The lone pairs are trans to each other, leaving the four F atoms in a square plane. SF₄ is see-saw; CCl₄ and BF₄⁻ are tetrahedral.",
    )
    b.msq(
        c,
        "H",
        "Which of these species are linear?",
        [
            ("XeF₂", True),
            ("I₃⁻", True),
            ("H₂O", False, "assumes every triatomic species is linear"),
            ("SO₂", False, "assumes every triatomic species is linear"),
            ("CO₂", True),
        ],
        "XeF₂ and I₃⁻ have 2 bond pairs and 3 equatorial lone pairs (trigonal bipyramidal arrangement), which makes them linear; CO₂ has two double bonds and no lone pair. H₂O and SO₂ are bent because of lone pairs on the central atom.",
    )

    c = "CHEM.BOND.HYBRID"
    b.mcq(
        c,
        "E",
        "The hybridisation of each carbon atom in ethene, C₂H₄, is",
        "sp²",
        [
            ("sp³", "counts the C=C double bond as two σ bonds"),
            ("sp", "confuses ethene with ethyne"),
            "dsp²",
        ],
        "Each carbon forms three σ bonds (two C–H, one C–C) using sp² hybrid orbitals; the unhybridised p orbitals overlap sideways to form the π bond.",
    )
    b.integer(
        c,
        "M",
        "How many σ bonds are there in acrylonitrile, CH₂=CH–C≡N?",
        6,
        "Three C–H bonds, one σ in C=C, the C–C single bond and one σ in C≡N: 6 σ bonds. There are also 3 π bonds (one in C=C, two in C≡N).",
    )
    b.mcq(
        c,
        "M",
        "The hybridisation of phosphorus in PCl₅ (vapour) and the shape of the molecule are",
        "sp³d; trigonal bipyramidal",
        [
            (
                "sp³; tetrahedral",
                "counts only four bond pairs, as for a molecule obeying the octet rule",
            ),
            ("sp³d²; octahedral", "adds a lone pair that phosphorus does not have"),
            "dsp²; square planar",
        ],
        "P uses one 3s, three 3p and one 3d orbital to make five sp³d hybrids for five P–Cl bonds. The axial bonds are longer than the equatorial ones.",
    )
    b.mcq(
        c,
        "H",
        "The hybridisation of xenon in XeO₃ is",
        "sp³",
        [
            ("sp²", "ignores the lone pair on xenon"),
            ("sp³d", "counts the π bonds as hybrid orbitals"),
            "sp³d²",
        ],
        "Xe forms three σ bonds to O and keeps one lone pair: four electron domains, so sp³, and the molecule is pyramidal. The Xe=O π bonds use unhybridised orbitals.",
    )
    b.tf(
        c,
        "E",
        "A π bond is formed by sideways overlap of p orbitals, and it is weaker than the σ bond between the same two atoms.",
        True,
        "Sideways overlap is smaller than end-on (axial) overlap, so the π bond is weaker; a double bond (σ + π) is therefore less than twice as strong as a single bond.",
    )
    b.mcq(
        c,
        "E",
        "The percentage s character of an sp hybrid orbital is",
        "50%",
        [("33.3%", "gives the value for sp²"), ("25%", "gives the value for sp³"), "100%"],
        "One s and one p orbital mix, so each sp hybrid is half s and half p. This is why sp carbon is more electronegative than sp² or sp³ carbon.",
    )

    c = "CHEM.BOND.MOT"
    b.integer(
        c,
        "E",
        "What is the bond order of O₂ according to molecular orbital theory?",
        2,
        r"The 12 valence electrons of O₂ are σ2s² σ*2s² σ2p² π2p⁴ π*2p²: 8 in bonding and 4 in antibonding orbitals. Bond order $= \tfrac12(8 - 4) = 2$.",
    )
    b.mcq(
        c,
        "E",
        "Which of these molecules is paramagnetic?",
        "O₂",
        [
            ("N₂", "counts bonding electrons only, not their pairing in π orbitals"),
            ("F₂", "thinks every molecule with many electrons is paramagnetic"),
            "H₂",
        ],
        "O₂ has two unpaired electrons, one in each π*2p orbital. N₂, F₂ and H₂ have all their electrons paired.",
    )
    b.mcq(
        c,
        "M",
        "Which species has the longest O–O bond?",
        "O₂²⁻",
        [
            ("O₂⁺", "thinks a higher bond order means a longer bond"),
            ("O₂", "assumes adding electrons does not change the bond"),
            "O₂⁻",
        ],
        r"Extra electrons go into the antibonding π* orbitals. Bond orders: O₂⁺ 2.5, O₂ 2, O₂⁻ 1.5, O₂²⁻ 1. The lowest bond order gives the longest bond.",
    )
    b.mcq(
        c,
        "H",
        "Which of the following species is diamagnetic?",
        "C₂",
        [
            ("B₂", "uses the O₂-type ordering, with σ2p below π2p, for a light molecule"),
            (
                "N₂⁺",
                "forgets that a species with an odd number of electrons must have an unpaired electron",
            ),
            "O₂⁻",
        ],
        "For B₂, C₂ and N₂, π2p lies below σ2p. C₂ (8 valence electrons) is σ2s² σ*2s² π2p⁴: all paired. B₂ has one electron in each π2p orbital (paramagnetic); N₂⁺ and O₂⁻ have odd electron counts.",
    )
    b.numeric(
        c,
        "M",
        "What is the bond order of N₂⁺?",
        2.5,
        0.01,
        r"N₂⁺ has 13 electrons: 9 in bonding and 4 in antibonding MOs. Bond order $= \tfrac12(9 - 4) = 2.5$.",
    )

    c = "CHEM.BOND.HBOND"
    b.mcq(
        c,
        "E",
        "Water (H₂O) boils at 373 K, far above hydrogen sulphide (H₂S, 213 K). The main reason is that",
        "water molecules are held together by hydrogen bonds",
        [
            (
                "water has a larger molar mass",
                "does not check the molar masses: H₂O (18) is lighter than H₂S (34)",
            ),
            (
                "the O–H covalent bond is stronger than the S–H bond",
                "confuses breaking covalent bonds with overcoming intermolecular forces on boiling",
            ),
            "H₂S is a linear molecule",
        ],
        "Boiling separates molecules without breaking covalent bonds. Small, highly electronegative O makes strong intermolecular hydrogen bonds; S does not.",
    )
    b.mcq(
        c,
        "M",
        "o-Nitrophenol is steam volatile but p-nitrophenol is not, because",
        "o-nitrophenol forms an intramolecular hydrogen bond, while p-nitrophenol forms intermolecular hydrogen bonds",
        [
            (
                "p-nitrophenol forms an intramolecular hydrogen bond",
                "swaps the intramolecular and intermolecular cases",
            ),
            (
                "o-nitrophenol has a smaller molar mass",
                "forgets that the two isomers have the same molar mass",
            ),
            "p-nitrophenol cannot form hydrogen bonds at all",
        ],
        "In the ortho isomer the O–H and NO₂ groups are close enough to bond within one molecule (chelation), so the molecules associate less and the compound is more volatile. In the para isomer hydrogen bonds link different molecules.",
    )
    b.tf(
        c,
        "E",
        "Ice is less dense than liquid water because hydrogen bonding holds the molecules of ice in an open, cage-like arrangement.",
        True,
        "In ice each O is tetrahedrally hydrogen-bonded to four others, leaving empty space; on melting some hydrogen bonds break and molecules pack more closely.",
    )
    b.mcq(
        c,
        "E",
        "Which hydrogen halide has the highest boiling point?",
        "HF",
        [
            ("HI", "assumes boiling point always rises with molar mass"),
            "HCl",
            "HBr",
        ],
        "HF is hydrogen-bonded (bp 293 K). Among the others boiling point rises with molar mass (HCl < HBr < HI) because of dispersion forces, but none reaches HF.",
    )
    b.mcq(
        c,
        "H",
        "Ethanoic acid has a higher boiling point than propan-1-ol, although their molar masses are the same (60 g/mol). This is because",
        "two molecules of the acid are joined by two hydrogen bonds into a dimer",
        [
            ("propan-1-ol cannot form hydrogen bonds", "thinks only acids form hydrogen bonds"),
            (
                "ethanoic acid ionises completely in the liquid",
                "confuses ionisation in water with the pure liquid",
            ),
            "the C=O bond of the acid is very long",
        ],
        "Carboxylic acids form cyclic dimers held by two O–H⋯O=C hydrogen bonds, which persist even in the vapour. Alcohols hydrogen-bond too, but less extensively.",
    )


def thermodynamics(b: Bank) -> None:
    c = "CHEM.THERMO.SYSTEMS"
    b.mcq(
        c,
        "E",
        "Which of these is an intensive property?",
        "Temperature",
        [
            ("Volume", "confuses intensive with extensive properties"),
            ("Internal energy", "thinks energy does not depend on the amount of substance"),
            "Enthalpy",
        ],
        "An intensive property does not depend on the amount of matter. Volume, internal energy and enthalpy double when the sample is doubled; temperature does not.",
    )
    b.mcq(
        c,
        "E",
        "Which of the following is not a state function?",
        "Work",
        [
            ("Internal energy", "confuses energy with the ways of transferring it"),
            "Enthalpy",
            "Entropy",
        ],
        "Work and heat depend on the path taken between two states; U, H, S and G depend only on the state itself.",
    )
    b.tf(
        c,
        "E",
        "Hot coffee in a closed, perfectly insulated flask is a good approximation to an isolated system.",
        True,
        "An isolated system exchanges neither matter nor energy with its surroundings. A closed, insulated flask lets neither heat nor matter through (approximately).",
    )
    b.msq(
        c,
        "M",
        "Which of the following are extensive properties?",
        [
            ("Heat capacity", True),
            (
                "Molar heat capacity",
                False,
                "thinks any heat capacity depends on the amount of substance",
            ),
            ("Density", False, "thinks a property made from mass is extensive"),
            ("Amount of substance (moles)", True),
            ("Gibbs energy", True),
        ],
        "Heat capacity, amount and G scale with the size of the system. Molar heat capacity and density are ratios of two extensive properties, so they are intensive.",
    )

    c = "CHEM.THERMO.FIRST_LAW"
    b.tpl(
        c,
        "E",
        r"A gas expands against a constant external pressure of {{p}} bar from {{v1}} L to {{v2}} L. Using the IUPAC sign convention ($\Delta U = q + w$, work done on the system positive), find $w$ in joules. (1 L bar = 100 J)",
        {"p": (1, 5), "v1": (1, 5), "v2": (6, 20)},
        "-p*(v2 - v1)*100",
        r"$w = -p_{ext}\Delta V = -p(V_2 - V_1)$ L bar, multiplied by 100 J per L bar. It is negative because the gas does work on the surroundings.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"For $\mathrm{N_2(g) + 3H_2(g) \to 2NH_3(g)}$ at {{t}} K, find $\Delta H - \Delta U$ in kJ/mol (to two decimal places). (R = 8.314 J mol⁻¹ K⁻¹)",
        {"t": (298, 798, 25)},
        "-2*8.314*t/1000",
        r"$\Delta H = \Delta U + \Delta n_g RT$ with $\Delta n_g = 2 - 4 = -2$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"Under the IUPAC convention $\Delta U = q + w$, the work $w$ is positive when",
        "work is done on the system by the surroundings",
        [
            (
                "the system does work on the surroundings",
                "uses the older convention ΔU = q − w in which work done by the system is positive",
            ),
            "heat flows into the system",
            "the system expands",
        ],
        "Both q and w count energy entering the system as positive. Compression (work done on the gas) gives $w > 0$; expansion gives $w < 0$.",
    )
    b.tpl(
        c,
        "H",
        r"{{n}} mol of an ideal gas expands reversibly and isothermally at 300 K from 10 L to {{v}} L. How much work does the gas do on the surroundings, in kJ (to two decimal places)? (R = 8.314 J mol⁻¹ K⁻¹)",
        {"n": (1, 5), "v": (20, 100, 10)},
        "n*8.314*300*log(v/10)/1000",
        r"For a reversible isothermal process $w = -nRT\ln\dfrac{V_2}{V_1}$; the work done **by** the gas is $nRT\ln\dfrac{V_2}{V_1}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"For one mole of an ideal gas, $C_p - C_V = R$.",
        True,
        r"$H = U + pV = U + RT$ per mole, so $\dfrac{dH}{dT} = \dfrac{dU}{dT} + R$: $C_p = C_V + R$.",
    )
    b.mcq(
        c,
        "H",
        "An ideal gas expands freely into a vacuum inside an insulated container. Which is true?",
        r"$q = 0$, $w = 0$ and $\Delta U = 0$",
        [
            (
                r"$q = 0$, $w < 0$ and $\Delta U < 0$",
                "thinks a gas does work whenever it expands, even against zero pressure",
            ),
            (r"$q > 0$, $w = 0$ and $\Delta U > 0$", "thinks heat must flow into an expanding gas"),
            r"$q = 0$, $w = 0$ and $\Delta U < 0$",
        ],
        r"With $p_{ext} = 0$ no work is done, and the insulation makes $q = 0$; so $\Delta U = 0$. For an ideal gas the temperature is then unchanged.",
    )

    c = "CHEM.THERMO.THERMOCHEM"
    b.tpl(
        c,
        "M",
        r"Standard enthalpies of formation: CO₂(g) −{{a}} kJ/mol, H₂O(l) −286 kJ/mol, CH₄(g) −75 kJ/mol. Find the standard enthalpy of combustion of methane in kJ/mol.",
        {"a": (390, 396)},
        "-a + 2*(-286) - (-75)",
        r"$\mathrm{CH_4 + 2O_2 \to CO_2 + 2H_2O(l)}$: $\Delta_c H = \sum \Delta_f H(\text{products}) - \sum \Delta_f H(\text{reactants})$; $\Delta_f H(\mathrm{O_2}) = 0$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Bond enthalpies: H–H {{a}} kJ/mol, Cl–Cl {{b}} kJ/mol, H–Cl {{c}} kJ/mol. Find $\Delta H$ for $\mathrm{H_2(g) + Cl_2(g) \to 2HCl(g)}$ in kJ.",
        {"a": (430, 440, 2), "b": (238, 246, 2), "c": (428, 434)},
        "a + b - 2*c",
        r"$\Delta H = \sum(\text{bonds broken}) - \sum(\text{bonds formed}) = (a + b) - 2c$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "For which substance is the standard enthalpy of formation zero at 298 K?",
        "O₂(g)",
        [
            ("O₃(g)", "thinks every form of an element has zero enthalpy of formation"),
            ("C(diamond)", "thinks every form of an element has zero enthalpy of formation"),
            ("Br₂(g)", "forgets that the standard state of bromine at 298 K is the liquid"),
        ],
        "Δ_fH° is zero only for an element in its reference (most stable) state at 1 bar: O₂(g), C(graphite), Br₂(l).",
    )
    b.tf(
        c,
        "E",
        "Hess's law of constant heat summation is a consequence of enthalpy being a state function.",
        True,
        "Because ΔH depends only on the initial and final states, it is the same whether the reaction happens in one step or many.",
    )
    b.mcq(
        c,
        "H",
        "The enthalpy of neutralisation of HCl by NaOH is −57.1 kJ/mol. For ethanoic acid (acetic acid) with NaOH, it is",
        "slightly less negative, because some energy is used to ionise the weak acid",
        [
            (
                "exactly −57.1 kJ/mol, because every neutralisation is H⁺ + OH⁻ → H₂O",
                "forgets that a weak acid must first ionise, which absorbs energy",
            ),
            (
                "more negative, because the acid is weaker",
                "reverses the effect of the ionisation enthalpy",
            ),
            "zero, because a weak acid is not neutralised by NaOH",
        ],
        "For strong acid + strong base the only change is $\\mathrm{H^+ + OH^- \\to H_2O}$. Acetic acid is only partly ionised, and its ionisation is endothermic, so the net value is about −55.9 kJ/mol.",
    )
    b.tpl(
        c,
        "H",
        r"The enthalpies of combustion of C(graphite), H₂(g) and C₂H₆(g) are −394, −286 and −{{q}} kJ/mol (water formed as liquid). Find the standard enthalpy of formation of ethane in kJ/mol.",
        {"q": (1555, 1565)},
        "2*(-394) + 3*(-286) + q",
        r"$\mathrm{2C + 3H_2 \to C_2H_6}$: $\Delta_f H = 2\Delta_c H(\mathrm{C}) + 3\Delta_c H(\mathrm{H_2}) - \Delta_c H(\mathrm{C_2H_6})$ by Hess's law.",
        integer=True,
    )

    c = "CHEM.THERMO.ENTROPY"
    b.mcq(
        c,
        "E",
        "For which process is the entropy change of the system negative?",
        "Freezing of water",
        [
            ("Evaporation of water", "reverses the effect of a phase change on entropy"),
            "Dissolving sugar in water",
            r"$\mathrm{2NH_3(g) \to N_2(g) + 3H_2(g)}$",
        ],
        "A liquid turning into an ordered solid loses entropy. Evaporation, dissolution and a reaction that increases the moles of gas all increase entropy.",
    )
    b.tpl(
        c,
        "E",
        r"The enthalpy of vaporisation of a liquid is {{h}} kJ/mol at its boiling point of {{t}} K. Find its entropy of vaporisation in J K⁻¹ mol⁻¹ (to one decimal place).",
        {"h": (20, 45), "t": (300, 400, 10)},
        "h*1000/t",
        r"At the boiling point the phase change is reversible: $\Delta S = \dfrac{\Delta H}{T}$, with $\Delta H$ in joules.",
        tolerance=0.1,
    )
    b.tf(
        c,
        "E",
        "In every spontaneous process, the total entropy of the system and its surroundings increases.",
        True,
        r"This is the second law: $\Delta S_{total} = \Delta S_{sys} + \Delta S_{surr} > 0$ for a spontaneous process. The entropy of the system alone can fall (freezing below 0 °C).",
    )
    b.mcq(
        c,
        "M",
        "For which reaction is ΔS° the most positive?",
        r"$\mathrm{NH_4Cl(s) \to NH_3(g) + HCl(g)}$",
        [
            (
                r"$\mathrm{H_2(g) + I_2(g) \to 2HI(g)}$",
                "counts the total moles instead of the change in moles of gas",
            ),
            (
                r"$\mathrm{N_2(g) + 3H_2(g) \to 2NH_3(g)}$",
                "thinks forming bigger molecules increases disorder",
            ),
            r"$\mathrm{C(s) + O_2(g) \to CO_2(g)}$",
        ],
        r"Entropy changes are dominated by the change in moles of gas: +2 for NH₄Cl, 0 for HI and CO₂ formation, −2 for NH₃.",
    )
    b.mcq(
        c,
        "H",
        r"1 mol of an ideal gas expands reversibly and isothermally to twice its volume. Its entropy change is (R = 8.314 J mol⁻¹ K⁻¹)",
        r"$+5.76$ J K⁻¹",
        [
            ("0 J K⁻¹", "thinks an isothermal process has no entropy change"),
            (r"$-5.76$ J K⁻¹", "sign error: takes expansion as a decrease in entropy"),
            r"$+2.50$ J K⁻¹",
        ],
        r"$\Delta S = nR\ln\dfrac{V_2}{V_1} = 8.314 \times \ln 2 = 5.76$ J K⁻¹. The gas absorbs heat $q_{rev} = T\Delta S$ to keep its temperature constant.",
    )

    c = "CHEM.THERMO.GIBBS"
    b.tpl(
        c,
        "M",
        r"For a reaction, ΔH = +{{h}} kJ/mol and ΔS = +{{s}} J K⁻¹ mol⁻¹, both taken as independent of temperature. Above what temperature (in K, to one decimal place) is the reaction spontaneous?",
        {"h": (20, 180, 10), "s": (80, 200, 10)},
        "h*1000/s",
        r"$\Delta G = \Delta H - T\Delta S < 0$ when $T > \dfrac{\Delta H}{\Delta S}$ (convert kJ to J).",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "H",
        r"The equilibrium constant of a reaction at 298 K is {{k}}. Find ΔG° in kJ/mol (to two decimal places). (R = 8.314 J mol⁻¹ K⁻¹)",
        {"k": (2, 100, 2)},
        "-8.314*298*log(k)/1000",
        r"$\Delta G^\circ = -RT\ln K$. For $K > 1$, ΔG° is negative.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A reaction has ΔH < 0 and ΔS < 0. It is",
        "spontaneous only below a certain temperature",
        [
            ("spontaneous at all temperatures", "considers only the sign of ΔH"),
            ("spontaneous only above a certain temperature", "reverses the role of the TΔS term"),
            "non-spontaneous at all temperatures",
        ],
        r"$\Delta G = \Delta H - T\Delta S$: the negative ΔH favours it, the $-T\Delta S$ term (positive) opposes it and grows with $T$. So $\Delta G < 0$ only when $T < \Delta H/\Delta S$.",
    )
    b.tf(
        c,
        "E",
        "For a reaction at equilibrium at constant temperature and pressure, ΔG (not ΔG°) is zero.",
        True,
        r"At equilibrium $\Delta G = \Delta G^\circ + RT\ln Q = 0$ with $Q = K$, which gives $\Delta G^\circ = -RT\ln K$.",
    )
    b.mcq(
        c,
        "E",
        "If ΔG° for a reaction is negative, its equilibrium constant K is",
        "greater than 1",
        [
            ("less than 1", "sign error in ΔG° = −RT ln K"),
            ("equal to 1", "confuses ΔG° < 0 with ΔG = 0"),
            "negative",
        ],
        r"$K = e^{-\Delta G^\circ/RT}$, and $-\Delta G^\circ/RT > 0$ when $\Delta G^\circ < 0$, so $K > 1$: products are favoured at equilibrium.",
    )


def solutions(b: Bank) -> None:
    c = "CHEM.SOLN.SOLUBILITY"
    b.tpl(
        c,
        "M",
        r"Henry's law constant $K_H$ for N₂ in water at 298 K is {{k}} kbar (with $p = K_H x$). What is the mole fraction of N₂ dissolved in water when its partial pressure is {{p}} bar? Give the answer in units of $10^{-5}$, to two decimal places.",
        {"k": (70, 90), "p": (0.5, 5, 0.5)},
        "p/(k*1000)*1e5",
        r"$x = \dfrac{p}{K_H}$, with $K_H$ converted to bar (1 kbar = 1000 bar).",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "How does the solubility of a gas such as O₂ in water change when the temperature is raised (at constant pressure)?",
        "It decreases",
        [
            ("It increases", "assumes gases dissolve like most solids, better when hot"),
            "It does not change",
            "It first increases and then decreases",
        ],
        "Dissolution of a gas is exothermic, so by Le Chatelier's principle heating drives gas out of solution. That is why fish need cool water and why warm soda goes flat faster.",
    )
    b.mcq(
        c,
        "E",
        "Deep-sea divers can suffer from 'the bends' if they rise to the surface too quickly. This is because",
        "nitrogen dissolved in the blood under high pressure comes out as bubbles when the pressure falls",
        [
            (
                "oxygen in the blood is used up as they rise",
                "confuses the bends with oxygen starvation",
            ),
            (
                "the solubility of nitrogen in blood increases as pressure falls",
                "reverses Henry's law",
            ),
            "carbon dioxide freezes in the blood vessels",
        ],
        "By Henry's law, more N₂ dissolves at the high pressure of depth. A fast ascent lowers the pressure so quickly that the excess gas forms bubbles that block capillaries. Divers breathe helium-diluted air, as He is less soluble.",
    )
    b.tf(
        c,
        "M",
        "In Henry's law written as p = K_H x, a gas with a larger value of K_H is less soluble at a given pressure.",
        True,
        r"$x = p/K_H$: for the same partial pressure, the larger $K_H$, the smaller the mole fraction of dissolved gas.",
    )

    c = "CHEM.SOLN.RAOULT"
    b.tpl(
        c,
        "E",
        r"Liquids A and B form an ideal solution. At 300 K the vapour pressure of pure A is {{pa}} mm Hg and of pure B is {{pb}} mm Hg. What is the total vapour pressure (in mm Hg, to one decimal place) of a solution in which the mole fraction of A is {{x}}?",
        {"pa": (100, 500, 20), "pb": (50, 400, 25), "x": (0.1, 0.9, 0.1)},
        "pa*x + pb*(1 - x)",
        r"By Raoult's law $p = p_A^\circ x_A + p_B^\circ x_B$ with $x_B = 1 - x_A$.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "H",
        r"Liquids A and B form an ideal solution. The vapour pressure of pure A is {{pa}} mm Hg and of pure B is {{pb}} mm Hg. For a liquid with mole fraction of A equal to {{x}}, what is the mole fraction of A in the vapour in equilibrium with it (to two decimal places)?",
        {"pa": (100, 500, 20), "pb": (50, 400, 25), "x": (0.1, 0.9, 0.1)},
        "pa*x/(pa*x + pb*(1 - x))",
        r"Partial pressure of A $= p_A^\circ x_A$; by Dalton's law its mole fraction in the vapour is $y_A = \dfrac{p_A^\circ x_A}{p_A^\circ x_A + p_B^\circ(1 - x_A)}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "The vapour in equilibrium with an ideal solution of two volatile liquids is richer than the liquid in",
        "the more volatile component (the one with the higher vapour pressure when pure)",
        [
            (
                "the component present in larger amount in the liquid",
                "assumes the vapour has the same composition as the liquid",
            ),
            ("the less volatile component", "reverses the effect of volatility"),
            "neither: the vapour always has the same composition as the liquid",
        ],
        r"$y_A/y_B = \dfrac{p_A^\circ x_A}{p_B^\circ x_B}$, so the vapour is enriched in the component with the larger $p^\circ$. This is the basis of fractional distillation.",
    )
    b.tf(
        c,
        "E",
        "For a solution of a non-volatile solute, the vapour pressure of the solution is proportional to the mole fraction of the solvent.",
        True,
        r"Only the solvent is volatile, so $p = p^\circ_{solvent}\, x_{solvent}$ by Raoult's law.",
    )
    b.mcq(
        c,
        "E",
        "Raoult's law for a solution of two volatile liquids states that the partial vapour pressure of each component is",
        "proportional to its mole fraction in the solution",
        [
            (
                "proportional to its mass fraction in the solution",
                "confuses mole fraction with mass fraction",
            ),
            (
                "equal to the vapour pressure of the pure component",
                "ignores the dilution of each component by the other",
            ),
            "proportional to its molality",
        ],
        r"$p_A = p_A^\circ x_A$, where $p_A^\circ$ is the vapour pressure of pure A at the same temperature.",
    )

    c = "CHEM.SOLN.IDEAL"
    b.mcq(
        c,
        "M",
        "Which mixture shows positive deviation from Raoult's law?",
        "Ethanol and acetone",
        [
            (
                "Chloroform and acetone",
                "misses that chloroform and acetone form new hydrogen bonds with each other (negative deviation)",
            ),
            (
                "Nitric acid and water",
                "misses the strong attraction between HNO₃ and water (negative deviation)",
            ),
            (
                "Benzene and toluene",
                "thinks any mixture of two liquids deviates, even very similar ones",
            ),
        ],
        "Acetone breaks some of the hydrogen bonds between ethanol molecules, so A-B attractions are weaker than A-A, molecules escape more easily and the vapour pressure is higher than Raoult's law predicts. Benzene + toluene is nearly ideal.",
    )
    b.mcq(
        c,
        "M",
        "A solution showing large negative deviation from Raoult's law forms",
        "a maximum-boiling azeotrope",
        [
            (
                "a minimum-boiling azeotrope",
                "swaps the azeotropes of positive and negative deviation",
            ),
            "no azeotrope at any composition",
            "an ideal solution at its boiling point",
        ],
        "Negative deviation means a lower vapour pressure than ideal, so the solution boils at a higher temperature. At one composition the boiling point is a maximum (for example about 68% HNO₃ in water).",
    )
    b.tf(
        c,
        "E",
        "For an ideal solution, the enthalpy of mixing and the volume change on mixing are both zero.",
        True,
        "In an ideal solution A-B interactions equal A-A and B-B ones, so no heat is absorbed or released and the volumes simply add.",
    )
    b.mcq(
        c,
        "H",
        "For a solution that shows positive deviation from Raoult's law,",
        r"$\Delta_{mix}H > 0$ and $\Delta_{mix}V > 0$",
        [
            (
                r"$\Delta_{mix}H < 0$ and $\Delta_{mix}V < 0$",
                "gives the signs for negative deviation",
            ),
            (
                r"$\Delta_{mix}H = 0$ and $\Delta_{mix}V = 0$",
                "gives the signs for an ideal solution",
            ),
            r"$\Delta_{mix}H > 0$ and $\Delta_{mix}V < 0$",
        ],
        "Weaker A-B attractions mean energy must be supplied to mix (endothermic) and the molecules are held less tightly (volume expands).",
    )
    b.mcq(
        c,
        "M",
        "Why can ethanol not be made more than about 95% pure by fractional distillation of its aqueous solution?",
        "Ethanol and water form a minimum-boiling azeotrope whose vapour has the same composition as the liquid",
        [
            (
                "Ethanol and water form a maximum-boiling azeotrope",
                "swaps the type of azeotrope formed by positive deviation",
            ),
            (
                "Ethanol decomposes at its boiling point",
                "thinks the limit is chemical rather than physical",
            ),
            "Water is more volatile than ethanol",
        ],
        "The ethanol-water system shows positive deviation; the azeotrope (about 95% ethanol) boils at 351 K, below both components, and distils unchanged.",
    )

    c = "CHEM.SOLN.COLLIGATIVE"
    b.tpl(
        c,
        "E",
        r"{{m}} g of glucose (molar mass 180 g/mol) is dissolved in {{w}} g of water. By how much (in K, to two decimal places) is the freezing point lowered? ($K_f$ of water = 1.86 K kg mol⁻¹)",
        {"m": (9, 90, 9), "w": (100, 500, 50)},
        "1.86*(m/180)/(w/1000)",
        r"$\Delta T_f = K_f\, m$, where the molality $m = \dfrac{\text{moles of glucose}}{\text{kg of water}}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"What is the osmotic pressure, in bar (to two decimal places), of a {{c}} M aqueous solution of sucrose at {{t}} K? (R = 0.0831 L bar mol⁻¹ K⁻¹)",
        {"c": (0.05, 0.5, 0.05), "t": (280, 320, 5)},
        "c*0.0831*t",
        r"$\pi = CRT$ for a non-electrolyte.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"{{w}} g of a non-volatile, non-electrolyte solute is dissolved in 100 g of benzene, and the boiling point rises by {{d}} K. Find the molar mass of the solute in g/mol (to one decimal place). ($K_b$ of benzene = 2.53 K kg mol⁻¹)",
        {"w": (1, 5, 0.5), "d": (0.2, 1.0, 0.1)},
        "2.53*w*1000/(d*100)",
        r"$\Delta T_b = K_b \dfrac{w/M}{W/1000}$, so $M = \dfrac{K_b \times w \times 1000}{\Delta T_b \times W}$ with $W = 100$ g.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "Which colligative property is best suited to finding the molar mass of a protein?",
        "Osmotic pressure",
        [
            (
                "Elevation of boiling point",
                "forgets that proteins are denatured at the boiling point",
            ),
            (
                "Depression of freezing point",
                "overlooks how tiny ΔT is for a solute of very large molar mass",
            ),
            "Relative lowering of vapour pressure",
        ],
        "For a large molar mass the molality is tiny, so ΔT_b and ΔT_f are too small to measure, but the osmotic pressure is measurable, and it is measured at room temperature where proteins are stable.",
    )
    b.tpl(
        c,
        "M",
        r"{{w}} g of urea (molar mass 60 g/mol) is dissolved in 90 g of water. What is the relative lowering of the vapour pressure of water (to four decimal places)? (H = 1, O = 16)",
        {"w": (3, 30, 3)},
        "(w/60)/(w/60 + 90/18)",
        r"$\dfrac{p^\circ - p}{p^\circ} = x_{solute} = \dfrac{n_{urea}}{n_{urea} + n_{water}}$ with $n_{water} = 90/18 = 5$ mol.",
        tolerance=0.0001,
    )
    b.tf(
        c,
        "E",
        "Colligative properties depend on the number of solute particles in a given amount of solvent, not on their chemical nature.",
        True,
        r"For dilute solutions $\Delta T_f$, $\Delta T_b$, $\pi$ and relative lowering of vapour pressure are all proportional to the number of dissolved particles; a 0.1 m solution of glucose and one of urea behave alike.",
    )

    c = "CHEM.SOLN.VANT_HOFF"
    b.integer(
        c,
        "E",
        "What is the van't Hoff factor of K₂SO₄ in a very dilute aqueous solution, assuming complete dissociation?",
        3,
        r"$\mathrm{K_2SO_4 \to 2K^+ + SO_4^{2-}}$: three ions per formula unit.",
    )
    b.tpl(
        c,
        "H",
        r"Ethanoic acid dimerises in benzene. Its observed van't Hoff factor there is {{i}}. What fraction of the acid molecules is associated into dimers (to two decimal places)?",
        {"i": (0.5, 0.95, 0.05)},
        "2*(1 - i)",
        r"If a fraction $\alpha$ of molecules pairs up, the particles per original molecule are $(1 - \alpha) + \alpha/2 = 1 - \alpha/2 = i$, so $\alpha = 2(1 - i)$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"A 0.1 mol/kg aqueous solution of a salt AB₂, which dissociates as $\mathrm{AB_2 \to A^{2+} + 2B^-}$, freezes at −{{t}} °C. Find the degree of dissociation of the salt (to two decimal places). ($K_f$ of water = 1.86 K kg mol⁻¹; pure water freezes at 0 °C.)",
        {"t": (0.40, 0.55, 0.01)},
        "(t/(1.86*0.1) - 1)/2",
        r"$i = \dfrac{\Delta T_f}{K_f m}$. Each formula unit gives 3 ions, so $i = 1 + 2\alpha$ and $\alpha = \dfrac{i - 1}{2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Which 0.1 mol/kg aqueous solution has the lowest freezing point? (Assume complete dissociation of the salts.)",
        "Al₂(SO₄)₃",
        [
            ("Glucose", "thinks a larger molar mass lowers the freezing point more"),
            "K₂SO₄",
            "NaCl",
        ],
        r"$\Delta T_f = iK_f m$. The values of $i$ are: glucose 1, NaCl 2, K₂SO₄ 3, Al₂(SO₄)₃ 5. The largest $i$ gives the largest depression.",
    )
    b.tf(
        c,
        "M",
        "The molar mass of ethanoic acid determined from the freezing point depression of its solution in benzene comes out close to twice its true value.",
        True,
        r"In benzene it exists largely as hydrogen-bonded dimers, so $i \approx 0.5$, the number of particles is halved and the apparent molar mass (about 120 g/mol) is double.",
    )


def equilibrium(b: Bank) -> None:
    c = "CHEM.EQM.LAW"
    b.tpl(
        c,
        "M",
        r"For $\mathrm{PCl_5(g) \rightleftharpoons PCl_3(g) + Cl_2(g)}$, $K_c$ = {{k}} mol/L at {{t}} K. Find $K_p$ in bar (to three decimal places). (R = 0.0831 L bar mol⁻¹ K⁻¹)",
        {"k": (0.01, 0.1, 0.01), "t": (400, 600, 50)},
        "k*0.0831*t",
        r"$K_p = K_c(RT)^{\Delta n_g}$ with $\Delta n_g = 2 - 1 = 1$.",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "H",
        r"1.0 mol of H₂ and 1.0 mol of I₂ are heated in a 1.0 L flask until $\mathrm{H_2(g) + I_2(g) \rightleftharpoons 2HI(g)}$ reaches equilibrium. $K_c$ = {{k}}. How many moles of HI are present at equilibrium (to two decimal places)?",
        {"k": (4, 64, 4)},
        "2*sqrt(k)/(2 + sqrt(k))",
        r"If $x$ mol of H₂ reacts: $K_c = \dfrac{(2x)^2}{(1 - x)^2}$, so $\dfrac{2x}{1 - x} = \sqrt{K_c}$ and $x = \dfrac{\sqrt{K_c}}{2 + \sqrt{K_c}}$. Moles of HI $= 2x$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The equilibrium constant of $\mathrm{A \rightleftharpoons B}$ is 4. What is the equilibrium constant of $\mathrm{2B \rightleftharpoons 2A}$ at the same temperature?",
        r"$\dfrac{1}{16}$",
        [
            (r"$\dfrac18$", "multiplies by the factor 2 instead of raising to the power 2"),
            ("16", "forgets to invert K for the reverse reaction"),
            r"$\dfrac14$",
        ],
        r"Reversing gives $1/K = 1/4$; doubling the coefficients squares it: $(1/4)^2 = 1/16$.",
    )
    b.mcq(
        c,
        "E",
        "At some instant the reaction quotient Q of a reaction is smaller than its equilibrium constant K. The reaction will",
        "proceed in the forward direction",
        [
            ("proceed in the reverse direction", "reverses the comparison of Q with K"),
            ("stay as it is, as it is at equilibrium", "thinks any Q means equilibrium"),
            "stop completely",
        ],
        "When Q < K there are too few products compared with equilibrium, so the net reaction goes forward until Q = K.",
    )
    b.tf(
        c,
        "E",
        r"For $\mathrm{CaCO_3(s) \rightleftharpoons CaO(s) + CO_2(g)}$, the equilibrium constant is $K_p = p_{\mathrm{CO_2}}$.",
        True,
        "Pure solids have unit activity and are left out of the expression, so only the partial pressure of CO₂ appears.",
    )

    c = "CHEM.EQM.LE_CHATELIER"
    b.mcq(
        c,
        "E",
        r"For $\mathrm{N_2(g) + 3H_2(g) \rightleftharpoons 2NH_3(g)}$, $\Delta H < 0$, increasing the pressure at constant temperature",
        "increases the yield of ammonia",
        [
            ("decreases the yield of ammonia", "shifts towards the side with more moles of gas"),
            ("has no effect on the yield", "thinks pressure matters only when solids are present"),
            "changes the value of K",
        ],
        "The system relieves the added pressure by shifting to the side with fewer moles of gas (2 instead of 4). K depends only on temperature.",
    )
    b.mcq(
        c,
        "E",
        "A catalyst is added to a reaction mixture already at equilibrium. The catalyst",
        "leaves the equilibrium composition unchanged",
        [
            (
                "shifts the equilibrium towards the products",
                "thinks a catalyst favours the forward reaction",
            ),
            ("increases the equilibrium constant", "thinks a catalyst changes K"),
            "shifts the equilibrium towards the reactants",
        ],
        "A catalyst lowers the activation energy of the forward and reverse reactions equally, so equilibrium is reached faster but its position is not changed.",
    )
    b.mcq(
        c,
        "H",
        r"Argon is added at constant volume to an equilibrium mixture of $\mathrm{PCl_5(g) \rightleftharpoons PCl_3(g) + Cl_2(g)}$. The equilibrium",
        "does not shift",
        [
            (
                "shifts to the left because the total pressure rises",
                "uses the total pressure instead of the partial pressures of the reacting gases",
            ),
            ("shifts to the right", "thinks adding any gas dilutes the reactants"),
            "shifts to the left because argon reacts with Cl₂",
        ],
        "At constant volume the partial pressures (concentrations) of PCl₅, PCl₃ and Cl₂ do not change, so Q stays equal to K. (At constant pressure, added argon would raise the volume and shift the equilibrium to the right.)",
    )
    b.tf(
        c,
        "M",
        "Raising the temperature of an exothermic equilibrium decreases its equilibrium constant.",
        True,
        r"By the van't Hoff equation, $\ln K$ falls with $T$ when $\Delta H < 0$: the system absorbs heat by shifting back towards the reactants.",
    )
    b.mcq(
        c,
        "E",
        r"For $\mathrm{N_2O_4(g)}$ (colourless) $\rightleftharpoons$ $\mathrm{2NO_2(g)}$ (brown), $\Delta H > 0$. The brown colour of the equilibrium mixture becomes deeper when",
        "the temperature is raised",
        [
            ("the temperature is lowered", "treats the forward reaction as exothermic"),
            (
                "the pressure is increased by compression",
                "thinks a higher pressure favours the side with more moles",
            ),
            "a catalyst is added",
        ],
        "The forward reaction is endothermic, so heating shifts the equilibrium to the right, forming more brown NO₂.",
    )

    c = "CHEM.EQM.ACID_BASE"
    b.mcq(
        c,
        "E",
        "The conjugate base of H₂PO₄⁻ is",
        "HPO₄²⁻",
        [
            ("H₃PO₄", "gives the conjugate acid (adds a proton) instead of the base"),
            ("PO₄³⁻", "removes two protons instead of one"),
            "H₂PO₃⁻",
        ],
        "A conjugate base differs from its acid by exactly one proton: H₂PO₄⁻ − H⁺ = HPO₄²⁻.",
    )
    b.mcq(
        c,
        "M",
        "Which species is a Lewis acid but not a Brønsted-Lowry acid?",
        "BF₃",
        [
            ("NH₄⁺", "confuses a proton donor with an electron-pair acceptor"),
            ("NH₃", "confuses an electron-pair donor with an acceptor"),
            "H₂O",
        ],
        "BF₃ has no proton to donate but its boron, with only six valence electrons, accepts an electron pair (for example from NH₃ or F⁻).",
    )
    b.msq(
        c,
        "M",
        "Which of these species can act both as a Brønsted-Lowry acid and as a Brønsted-Lowry base in water?",
        [
            ("H₂O", True),
            ("HCO₃⁻", True),
            ("NH₄⁺", False, "thinks a species with hydrogen can always accept a proton too"),
            ("CO₃²⁻", False),
            ("HS⁻", True),
        ],
        "Amphiprotic species can both donate and accept a proton: H₂O (H₃O⁺/OH⁻), HCO₃⁻ (H₂CO₃/CO₃²⁻), HS⁻ (H₂S/S²⁻). NH₄⁺ has no lone pair to accept a proton; CO₃²⁻ has no proton to give.",
    )
    b.tf(
        c,
        "M",
        "Every Brønsted-Lowry base is also a Lewis base.",
        True,
        "To accept a proton, a base must donate an electron pair to form the new bond, which is the Lewis definition of a base. The reverse is not true for acids: BF₃ is a Lewis acid but not a Brønsted acid.",
    )
    b.mcq(
        c,
        "E",
        "According to Arrhenius, an acid is a substance that",
        "gives H⁺ (H₃O⁺) ions in aqueous solution",
        [
            ("accepts an electron pair", "gives the Lewis definition"),
            ("accepts a proton", "confuses the definition of an acid with that of a base"),
            "gives OH⁻ ions in aqueous solution",
        ],
        "Arrhenius' definitions apply to aqueous solutions only: acids give H⁺, bases give OH⁻. The Brønsted-Lowry and Lewis definitions are broader.",
    )

    c = "CHEM.EQM.PH"
    b.tpl(
        c,
        "E",
        r"What is the pH of a {{c}} $\times 10^{-3}$ M solution of HCl (to two decimal places)?",
        {"c": (1, 9)},
        "-log10(c*1e-3)",
        r"HCl is a strong acid: $[\mathrm{H^+}] = c \times 10^{-3}$ M and $\mathrm{pH} = -\log[\mathrm{H^+}]$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"What is the pH at 298 K of a {{c}} $\times 10^{-3}$ M solution of Ba(OH)₂, assuming complete dissociation (to two decimal places)? ($K_w = 1.0 \times 10^{-14}$)",
        {"c": (1, 9)},
        "14 + log10(2*c*1e-3)",
        r"Each Ba(OH)₂ gives two OH⁻: $[\mathrm{OH^-}] = 2c \times 10^{-3}$, $\mathrm{pOH} = -\log[\mathrm{OH^-}]$, $\mathrm{pH} = 14 - \mathrm{pOH}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"What is the approximate pH of a $1.0 \times 10^{-8}$ M solution of HCl at 298 K?",
        "6.98",
        [
            ("8.00", "ignores the H⁺ from the ionisation of water"),
            ("7.00", "thinks such a dilute acid adds no H⁺ at all"),
            "6.00",
        ],
        r"Water's own ionisation cannot be ignored: $[\mathrm{H^+}] = 10^{-8} + x$ with $x(10^{-8} + x) = 10^{-14}$ gives $[\mathrm{H^+}] \approx 1.05 \times 10^{-7}$ M, pH $\approx 6.98$. An acid can never give a pH above 7.",
    )
    b.tpl(
        c,
        "M",
        r"{{a}} mL of 0.1 M HCl is mixed with {{v}} mL of 0.1 M NaOH. What is the pH of the mixture (to two decimal places)?",
        {"a": (60, 100, 10), "v": (10, 50, 10)},
        "-log10(0.1*(a - v)/(a + v))",
        r"The excess HCl is $0.1(a - v)$ mmol in a total volume of $(a + v)$ mL, so $[\mathrm{H^+}] = \dfrac{0.1(a - v)}{a + v}$ M.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"At 323 K, $K_w$ of water is about $5.5 \times 10^{-14}$. The pH of pure water at this temperature is about 6.6, and the water is",
        "neutral",
        [
            (
                "acidic, because its pH is below 7",
                "equates pH below 7 with acidity at every temperature",
            ),
            ("basic, because K_w has increased", "thinks more ionisation gives more OH⁻ than H⁺"),
            "acidic, because heating releases H⁺ from dissolved air",
        ],
        r"In pure water $[\mathrm{H^+}] = [\mathrm{OH^-}] = \sqrt{K_w}$ at any temperature, so it stays neutral even though pH $= -\log\sqrt{5.5 \times 10^{-14}} \approx 6.6$.",
    )

    c = "CHEM.EQM.WEAK"
    b.tpl(
        c,
        "M",
        r"Find the pH of a {{c}} M solution of acetic acid (to two decimal places). $K_a = 1.8 \times 10^{-5}$; use $[\mathrm{H^+}] = \sqrt{K_a c}$.",
        {"c": (0.01, 0.2, 0.01)},
        "-log10(sqrt(1.8e-5*c))",
        r"For a weak acid with small $\alpha$: $[\mathrm{H^+}] = c\alpha = \sqrt{K_a c}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"A {{c}} M solution of a weak monobasic acid is {{a}}% ionised. Find its ionisation constant $K_a$ in units of $10^{-6}$ (to two decimal places), without approximations.",
        {"c": (0.01, 0.1, 0.01), "a": (1, 5)},
        "c*(a/100)**2/(1 - a/100)/1e-6",
        r"Ostwald's dilution law: $K_a = \dfrac{c\alpha^2}{1 - \alpha}$ with $\alpha = a/100$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "When a solution of a weak acid is diluted with water,",
        "its degree of ionisation increases but [H⁺] decreases",
        [
            (
                "its degree of ionisation and [H⁺] both increase",
                "thinks more ionisation must give a higher concentration of H⁺",
            ),
            ("its degree of ionisation decreases", "reverses Ostwald's dilution law"),
            "its ionisation constant K_a increases",
        ],
        r"$\alpha \approx \sqrt{K_a/c}$ rises as $c$ falls, but $[\mathrm{H^+}] = \sqrt{K_a c}$ falls. $K_a$ depends only on temperature.",
    )
    b.mcq(
        c,
        "H",
        r"For H₂S, $K_{a1} = 1.0 \times 10^{-7}$ and $K_{a2} = 1.3 \times 10^{-13}$. In a 0.1 M solution of H₂S, [S²⁻] is approximately",
        r"$1.3 \times 10^{-13}$ M",
        [
            (r"$1.0 \times 10^{-4}$ M", "takes [S²⁻] equal to [H⁺] from the first step"),
            (
                r"$1.3 \times 10^{-20}$ M",
                "multiplies the two constants without using the concentrations",
            ),
            "0.1 M",
        ],
        r"The first step gives $[\mathrm{H^+}] \approx [\mathrm{HS^-}] = \sqrt{K_{a1} c} = 10^{-4}$ M. In $K_{a2} = \dfrac{[\mathrm{H^+}][\mathrm{S^{2-}}]}{[\mathrm{HS^-}]}$ the equal concentrations cancel, so $[\mathrm{S^{2-}}] \approx K_{a2}$.",
    )
    b.tf(
        c,
        "E",
        "Of two weak acids, the one with the larger pKa is the stronger acid.",
        False,
        r"$\mathrm{p}K_a = -\log K_a$: a larger pKa means a smaller $K_a$, so a weaker acid.",
    )

    c = "CHEM.EQM.BUFFER"
    b.tpl(
        c,
        "E",
        r"A buffer contains {{a}} M acetic acid and {{s}} M sodium acetate. Find its pH (to two decimal places). (pKa of acetic acid = 4.74)",
        {"a": (0.05, 0.5, 0.05), "s": (0.05, 0.5, 0.05)},
        "4.74 + log10(s/a)",
        r"Henderson-Hasselbalch equation: $\mathrm{pH} = \mathrm{p}K_a + \log\dfrac{[\text{salt}]}{[\text{acid}]}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Which mixture acts as a buffer solution?",
        "NH₄OH and NH₄Cl",
        [
            (
                "HCl and NaCl",
                "thinks any acid with its salt makes a buffer, including a strong acid",
            ),
            (
                "NaOH and NaCl",
                "thinks any base with its salt makes a buffer, including a strong base",
            ),
            "CH₃COOH and HCl",
        ],
        "A buffer needs a weak acid with its conjugate base, or a weak base with its conjugate acid, in comparable amounts: NH₃ (NH₄OH) with NH₄⁺ is a basic buffer.",
    )
    b.mcq(
        c,
        "E",
        "An aqueous solution of sodium acetate is",
        "basic",
        [
            ("neutral", "thinks every salt solution is neutral"),
            ("acidic", "thinks the acetate ion gives up a proton"),
            "neutral at all concentrations but basic on heating",
        ],
        r"Acetate is the conjugate base of a weak acid and hydrolyses: $\mathrm{CH_3COO^- + H_2O \rightleftharpoons CH_3COOH + OH^-}$.",
    )
    b.tpl(
        c,
        "H",
        r"Find the pH at 298 K of a {{c}} M solution of sodium acetate (to two decimal places). (pKa of acetic acid = 4.74, p$K_w$ = 14)",
        {"c": (0.01, 0.5, 0.01)},
        "7 + 4.74/2 + log10(c)/2",
        r"For the salt of a weak acid and a strong base: $\mathrm{pH} = 7 + \tfrac12\mathrm{p}K_a + \tfrac12\log c$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        "For ammonium acetate, the pKa of acetic acid (4.76) and the pKb of ammonia (4.75) are nearly equal. The pH of its aqueous solution is",
        "about 7, and almost independent of its concentration",
        [
            ("about 7, because a salt does not hydrolyse", "thinks neither ion reacts with water"),
            ("well below 7, because NH₄⁺ hydrolyses", "considers only the cation's hydrolysis"),
            "well above 7, because acetate hydrolyses",
        ],
        r"Both ions hydrolyse, but to nearly equal extents. $\mathrm{pH} = 7 + \tfrac12(\mathrm{p}K_a - \mathrm{p}K_b)$, which contains no concentration term.",
    )

    c = "CHEM.EQM.KSP"
    b.tpl(
        c,
        "E",
        r"The solubility product of AgCl is {{k}} $\times 10^{-10}$ at 298 K. What is its solubility in pure water, in units of $10^{-5}$ mol/L (to two decimal places)?",
        {"k": (1, 2, 0.1)},
        "sqrt(k*1e-10)/1e-5",
        r"$\mathrm{AgCl \rightleftharpoons Ag^+ + Cl^-}$: $K_{sp} = s^2$, so $s = \sqrt{K_{sp}}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"The solubility product of CaF₂ is {{k}} $\times 10^{-11}$. What is its solubility in pure water, in units of $10^{-4}$ mol/L (to two decimal places)?",
        {"k": (1, 5, 0.5)},
        "(k*1e-11/4)**(1/3)/1e-4",
        r"$\mathrm{CaF_2 \rightleftharpoons Ca^{2+} + 2F^-}$: $K_{sp} = s(2s)^2 = 4s^3$, so $s = (K_{sp}/4)^{1/3}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"What is the solubility of AgCl in a {{c}} M NaCl solution, in units of $10^{-9}$ mol/L (to two decimal places)? ($K_{sp}$ of AgCl $= 1.8 \times 10^{-10}$)",
        {"c": (0.01, 0.2, 0.01)},
        "1.8e-10/c/1e-9",
        r"Common-ion effect: $[\mathrm{Cl^-}] \approx c$, so $s = [\mathrm{Ag^+}] = K_{sp}/c$, far smaller than in pure water.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "In which of these liquids is AgCl least soluble?",
        "0.1 M NaCl",
        [
            ("Pure water", "forgets the common-ion effect"),
            ("0.1 M NaNO₃", "thinks any dissolved salt lowers solubility by the common-ion effect"),
            ("0.1 M NH₃", "forgets that Ag⁺ forms the soluble complex [Ag(NH₃)₂]⁺"),
        ],
        "The common ion Cl⁻ pushes AgCl ⇌ Ag⁺ + Cl⁻ to the left. NaNO₃ has no common ion, and NH₃ removes Ag⁺ as a complex, increasing the solubility.",
    )
    b.tf(
        c,
        "E",
        "A salt precipitates from a solution when the ionic product of its ions exceeds its solubility product.",
        True,
        r"If $Q_{sp} > K_{sp}$ the solution is supersaturated and solid forms until $Q_{sp} = K_{sp}$.",
    )


def electrochemistry(b: Bank) -> None:
    c = "CHEM.ELECTRO.REDOX"
    b.integer(
        c,
        "E",
        "What is the oxidation number of chromium in K₂Cr₂O₇?",
        6,
        r"$2(+1) + 2x + 7(-2) = 0$, so $2x = 12$ and $x = +6$.",
    )
    b.mcq(
        c,
        "M",
        "The oxidation number of sulphur in peroxomonosulphuric acid, H₂SO₅ (which contains one O–O peroxide linkage), is",
        "+6",
        [
            ("+8", "ignores the peroxide linkage and takes every oxygen as −2"),
            ("+4", "counts the peroxide oxygens as zero"),
            "+7",
        ],
        r"Two O atoms of the peroxide group are −1 each and three are −2: $2(+1) + x + 3(-2) + 2(-1) = 0$, so $x = +6$. Sulphur cannot exceed +6, its number of valence electrons.",
    )
    b.mcq(
        c,
        "H",
        "In which reaction does hydrogen peroxide act as a reducing agent?",
        r"$\mathrm{Ag_2O + H_2O_2 \to 2Ag + H_2O + O_2}$",
        [
            (
                r"$\mathrm{PbS + 4H_2O_2 \to PbSO_4 + 4H_2O}$",
                "does not track which element's oxidation number changes",
            ),
            (
                r"$\mathrm{2KI + H_2SO_4 + H_2O_2 \to K_2SO_4 + I_2 + 2H_2O}$",
                "does not track which element's oxidation number changes",
            ),
            r"$\mathrm{2Fe^{2+} + H_2O_2 + 2H^+ \to 2Fe^{3+} + 2H_2O}$",
        ],
        "When H₂O₂ is a reductant its oxygen goes from −1 to 0 (O₂ is released) while the other reactant is reduced: Ag(+1) → Ag(0). In the other three, O goes from −1 to −2 and H₂O₂ is the oxidant.",
    )
    b.mcq(
        c,
        "H",
        "Which of these is a disproportionation reaction?",
        r"$\mathrm{3ClO^- \to 2Cl^- + ClO_3^-}$",
        [
            (
                r"$\mathrm{2KClO_3 \to 2KCl + 3O_2}$",
                "treats any decomposition into a reduced and an oxidised product as disproportionation, though two different elements change here",
            ),
            (
                r"$\mathrm{Zn + CuSO_4 \to ZnSO_4 + Cu}$",
                "calls any redox reaction a disproportionation",
            ),
            (
                r"$\mathrm{AgNO_3 + NaCl \to AgCl + NaNO_3}$",
                "calls a precipitation reaction a redox reaction",
            ),
        ],
        "In disproportionation one element in one oxidation state is both oxidised and reduced: Cl(+1) → Cl(−1) and Cl(+5). In KClO₃ decomposition, Cl is reduced but O is oxidised.",
    )
    b.numeric(
        c,
        "M",
        "What is the average oxidation number of iron in Fe₃O₄ (to two decimal places)?",
        8 / 3,
        0.01,
        r"$3x + 4(-2) = 0$ gives $x = 8/3 \approx 2.67$. Fe₃O₄ actually contains one Fe²⁺ and two Fe³⁺ per formula unit (FeO·Fe₂O₃).",
    )
    b.tf(
        c,
        "E",
        "In the reaction Zn + Cu²⁺ → Zn²⁺ + Cu, zinc is the oxidising agent.",
        False,
        "Zinc loses electrons (it is oxidised), so it is the reducing agent. Cu²⁺ gains electrons and is the oxidising agent.",
    )

    c = "CHEM.ELECTRO.BALANCING"
    b.integer(
        c,
        "M",
        r"Balance $\mathrm{MnO_4^- + Fe^{2+} + H^+ \to Mn^{2+} + Fe^{3+} + H_2O}$ with the smallest whole-number coefficients. What is the coefficient of H⁺?",
        8,
        r"Mn: +7 → +2 (gains 5 e⁻); Fe: +2 → +3 (loses 1 e⁻), so 5 Fe²⁺ per MnO₄⁻. Balancing O with 4 H₂O needs 8 H⁺: $\mathrm{MnO_4^- + 5Fe^{2+} + 8H^+ \to Mn^{2+} + 5Fe^{3+} + 4H_2O}$.",
    )
    b.integer(
        c,
        "H",
        r"Balance $\mathrm{Cr_2O_7^{2-} + I^- + H^+ \to Cr^{3+} + I_2 + H_2O}$ with the smallest whole-number coefficients. What is the coefficient of H⁺?",
        14,
        r"$\mathrm{Cr_2O_7^{2-} + 14H^+ + 6e^- \to 2Cr^{3+} + 7H_2O}$ and $\mathrm{2I^- \to I_2 + 2e^-}$ (×3): $\mathrm{Cr_2O_7^{2-} + 6I^- + 14H^+ \to 2Cr^{3+} + 3I_2 + 7H_2O}$.",
    )
    b.mcq(
        c,
        "M",
        "In neutral or weakly alkaline solution, permanganate is reduced to MnO₂. How many electrons does each MnO₄⁻ ion gain?",
        "3",
        [
            ("5", "uses the change to Mn²⁺ in acidic solution"),
            ("1", "uses the change to MnO₄²⁻ in strongly alkaline solution"),
            "7",
        ],
        r"Mn goes from +7 in MnO₄⁻ to +4 in MnO₂: $\mathrm{MnO_4^- + 2H_2O + 3e^- \to MnO_2 + 4OH^-}$.",
    )
    b.integer(
        c,
        "H",
        r"Balance $\mathrm{MnO_4^- + C_2O_4^{2-} + H^+ \to Mn^{2+} + CO_2 + H_2O}$ with the smallest whole-number coefficients. What is the coefficient of CO₂?",
        10,
        r"Mn gains 5 e⁻; each C₂O₄²⁻ loses 2 e⁻ (2 C from +3 to +4). So 2 MnO₄⁻ : 5 C₂O₄²⁻: $\mathrm{2MnO_4^- + 5C_2O_4^{2-} + 16H^+ \to 2Mn^{2+} + 10CO_2 + 8H_2O}$.",
    )
    b.tf(
        c,
        "E",
        "When a redox equation is balanced by the half-reaction method in basic solution, OH⁻ ions and H₂O molecules (not H⁺) are used to balance oxygen and hydrogen.",
        True,
        "H⁺ cannot appear in a basic medium; one can balance with H⁺ first and then add equal numbers of OH⁻ to both sides to turn H⁺ into H₂O.",
    )

    c = "CHEM.ELECTRO.CELLS"
    b.tpl(
        c,
        "E",
        r"A galvanic cell is made from the half-cells M²⁺/M ($E^\circ$ = −{{a}} V) and N²⁺/N ($E^\circ$ = +{{k}} V). What is the standard emf of the cell, in V (to two decimal places)?",
        {"a": (0.2, 1.0, 0.01), "k": (0.1, 0.9, 0.01)},
        "k + a",
        r"The half-cell with the higher reduction potential (N²⁺/N) is the cathode: $E^\circ_{cell} = E^\circ_{cathode} - E^\circ_{anode}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Standard reduction potentials: Li⁺/Li −3.04 V, K⁺/K −2.93 V, Na⁺/Na −2.71 V, Zn²⁺/Zn −0.76 V. The strongest reducing agent in aqueous solution is",
        "Li",
        [
            (
                "K",
                "judges reducing strength by the gas-phase ionisation enthalpy instead of the electrode potential",
            ),
            "Na",
            ("Zn", "picks the potential closest to zero"),
        ],
        "The more negative the reduction potential, the more readily the metal is oxidised, i.e. the stronger it is as a reducing agent. Li's large hydration enthalpy makes its potential the most negative.",
    )
    b.mcq(
        c,
        "E",
        "The main function of the salt bridge in a galvanic cell is to",
        "complete the circuit and keep both solutions electrically neutral by letting ions move",
        [
            (
                "let electrons flow from one half-cell to the other",
                "thinks electrons travel through the solution",
            ),
            (
                "supply the electrons needed for reduction",
                "thinks the salt bridge is a source of electrons",
            ),
            "stop the two electrodes from reacting",
        ],
        "Electrons flow through the external wire. In the bridge, anions move towards the anode compartment and cations towards the cathode compartment, balancing the charge that builds up.",
    )
    b.mcq(
        c,
        "M",
        "Can copper sulphate solution be stored in a zinc vessel? (E° Zn²⁺/Zn = −0.76 V, E° Cu²⁺/Cu = +0.34 V)",
        "No, because zinc reduces Cu²⁺ to copper and dissolves",
        [
            (
                "Yes, because zinc is more reactive than copper and so protects the solution",
                "reverses the meaning of the electrode potentials",
            ),
            (
                "Yes, because metals do not react with salt solutions",
                "thinks displacement reactions need acids",
            ),
            "No, because copper reduces Zn²⁺",
        ],
        r"$\mathrm{Zn + Cu^{2+} \to Zn^{2+} + Cu}$ has $E^\circ = 0.34 - (-0.76) = +1.10$ V > 0, so it is spontaneous.",
    )
    b.tf(
        c,
        "E",
        "In a galvanic cell, the anode is the negative electrode.",
        True,
        "Oxidation at the anode releases electrons into the electrode, making it negative. (In an electrolytic cell the anode is the positive electrode.)",
    )
    b.mcq(
        c,
        "E",
        "In the cell Zn(s) | Zn²⁺(aq) || Ag⁺(aq) | Ag(s), electrons flow through the external circuit",
        "from the zinc electrode to the silver electrode",
        [
            (
                "from the silver electrode to the zinc electrode",
                "gives the direction of conventional current instead of electron flow",
            ),
            "through the salt bridge",
            "in both directions alternately",
        ],
        "By convention the anode (oxidation, Zn → Zn²⁺) is written on the left. Electrons leave it through the wire and reduce Ag⁺ at the silver cathode.",
    )

    c = "CHEM.ELECTRO.NERNST"
    b.tpl(
        c,
        "M",
        r"For the Daniell cell Zn | Zn²⁺({{a}} M) || Cu²⁺({{k}} M) | Cu at 298 K, $E^\circ_{cell} = 1.10$ V. Find $E_{cell}$ in V (to three decimal places), using $\dfrac{2.303RT}{F} = 0.0591$ V.",
        {"a": (0.01, 1, 0.01), "k": (0.01, 1, 0.01)},
        "1.10 - 0.0591/2*log10(a/k)",
        r"$E = E^\circ - \dfrac{0.0591}{n}\log\dfrac{[\mathrm{Zn^{2+}}]}{[\mathrm{Cu^{2+}}]}$ with $n = 2$.",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "M",
        r"What is the potential, in V (to three decimal places), of a hydrogen electrode ($p_{\mathrm{H_2}} = 1$ bar) dipped in a solution of pH {{p}} at 298 K? Use $\dfrac{2.303RT}{F} = 0.0591$ V.",
        {"p": (1, 13)},
        "-0.0591*p",
        r"$\mathrm{2H^+ + 2e^- \to H_2}$: $E = 0 - \dfrac{0.0591}{2}\log\dfrac{p_{\mathrm{H_2}}}{[\mathrm{H^+}]^2} = -0.0591\,\mathrm{pH}$.",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "E",
        r"A cell reaction involves the transfer of 2 electrons and has $E^\circ_{cell}$ = {{v}} V. Find $\Delta_r G^\circ$ in kJ/mol (to one decimal place). (F = 96 500 C/mol)",
        {"v": (0.1, 1.5, 0.05)},
        "-2*96500*v/1000",
        r"$\Delta_r G^\circ = -nFE^\circ_{cell}$; divide by 1000 for kJ. A positive emf gives a negative ΔG°.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "H",
        r"A two-electron cell reaction has $E^\circ_{cell}$ = {{v}} V at 298 K. Find $\log_{10} K$ for the reaction (to two decimal places), using $\dfrac{2.303RT}{F} = 0.0591$ V.",
        {"v": (0.05, 0.5, 0.01)},
        "2*v/0.0591",
        r"At equilibrium $E_{cell} = 0$, so $E^\circ_{cell} = \dfrac{0.0591}{n}\log K$ and $\log K = \dfrac{nE^\circ}{0.0591}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        "What is the emf at 298 K of the concentration cell Ag | Ag⁺(0.01 M) || Ag⁺(0.1 M) | Ag? (Use 2.303RT/F = 0.0591 V.)",
        "0.0591 V",
        [
            (
                "0 V",
                "thinks a cell with identical electrodes has no emf whatever the concentrations",
            ),
            ("−0.0591 V", "puts the concentrations the wrong way round"),
            "0.118 V",
        ],
        r"$E^\circ = 0$ for a concentration cell; $E = -\dfrac{0.0591}{1}\log\dfrac{[\mathrm{Ag^+}]_{anode}}{[\mathrm{Ag^+}]_{cathode}} = -0.0591\log\dfrac{0.01}{0.1} = 0.0591$ V.",
    )

    c = "CHEM.ELECTRO.CONDUCTANCE"
    b.tpl(
        c,
        "E",
        r"The conductivity of a {{c}} M solution of an electrolyte is {{k}} $\times 10^{-3}$ S cm⁻¹. Find its molar conductivity in S cm² mol⁻¹ (to one decimal place).",
        {"c": (0.01, 0.1, 0.01), "k": (1, 15)},
        "k*1e-3*1000/c",
        r"$\Lambda_m = \dfrac{\kappa \times 1000}{c}$ with $\kappa$ in S cm⁻¹ and $c$ in mol/L (1000 converts litres to cm³).",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "M",
        r"Limiting molar conductivities at 298 K (S cm² mol⁻¹): HCl 426, NaCl 126, CH₃COONa {{a}}. Use Kohlrausch's law to find the limiting molar conductivity of CH₃COOH.",
        {"a": (88, 95)},
        "426 + a - 126",
        r"$\Lambda^\circ_m(\mathrm{CH_3COOH}) = \Lambda^\circ_m(\mathrm{HCl}) + \Lambda^\circ_m(\mathrm{CH_3COONa}) - \Lambda^\circ_m(\mathrm{NaCl})$: the Na⁺ and Cl⁻ contributions cancel.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"The molar conductivity of a dilute acetic acid solution is {{l}} S cm² mol⁻¹, and its limiting molar conductivity is 390.5 S cm² mol⁻¹. What is the degree of dissociation (to three decimal places)?",
        {"l": (10, 80, 5)},
        "l/390.5",
        r"For a weak electrolyte $\alpha = \dfrac{\Lambda_m}{\Lambda^\circ_m}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "As a solution of a strong electrolyte such as KCl is diluted, its molar conductivity",
        "increases slowly, roughly linearly with the square root of concentration",
        [
            (
                "decreases, because there are fewer ions per unit volume",
                "confuses molar conductivity with conductivity",
            ),
            (
                "increases steeply, because more of the electrolyte dissociates",
                "applies the behaviour of a weak electrolyte",
            ),
            "stays exactly constant",
        ],
        r"KCl is fully dissociated at all concentrations; dilution only weakens interionic attraction. $\Lambda_m = \Lambda^\circ_m - A\sqrt c$ (Debye-Hückel-Onsager).",
    )
    b.mcq(
        c,
        "E",
        "The SI unit of molar conductivity is",
        "S m² mol⁻¹",
        [
            ("S m⁻¹", "gives the unit of conductivity"),
            ("S", "gives the unit of conductance"),
            "Ω m",
        ],
        r"$\Lambda_m = \kappa/c$: (S m⁻¹)/(mol m⁻³) = S m² mol⁻¹.",
    )
    b.tf(
        c,
        "M",
        "The conductivity (κ) of a solution decreases on dilution, for both strong and weak electrolytes.",
        True,
        "Conductivity is the conductance of unit volume; dilution lowers the number of ions per unit volume. It is the molar conductivity that rises on dilution.",
    )

    c = "CHEM.ELECTRO.ELECTROLYSIS"
    b.tpl(
        c,
        "M",
        r"A current of {{i}} A is passed through CuSO₄ solution for {{t}} minutes. What mass of copper (in g, to two decimal places) is deposited at the cathode? (Cu = 63.5; F = 96 500 C/mol)",
        {"i": (1, 10), "t": (10, 60, 5)},
        "i*t*60*63.5/(2*96500)",
        r"$Q = It$ (in seconds); moles of Cu $= \dfrac{Q}{2F}$ since $\mathrm{Cu^{2+} + 2e^- \to Cu}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"What charge (in coulombs, to the nearest coulomb) is needed to deposit {{m}} g of silver from AgNO₃ solution? (Ag = 108; F = 96 500 C/mol)",
        {"m": (1, 10, 0.5)},
        "m/108*96500",
        r"$\mathrm{Ag^+ + e^- \to Ag}$: 1 mol (108 g) needs 1 F.",
        tolerance=1,
    )
    b.mcq(
        c,
        "M",
        "Concentrated aqueous NaCl (brine) is electrolysed with inert electrodes. The main products at the cathode and the anode are",
        "H₂ at the cathode and Cl₂ at the anode",
        [
            (
                "Na at the cathode and Cl₂ at the anode",
                "ignores that water is reduced in preference to Na⁺",
            ),
            (
                "H₂ at the cathode and O₂ at the anode",
                "ignores the overpotential for O₂ that lets Cl⁻ be oxidised first",
            ),
            "Na at the cathode and O₂ at the anode",
        ],
        "At the cathode H₂O (E° −0.83 V) is reduced far more easily than Na⁺ (−2.71 V). At the anode, O₂ formation has a high overpotential, so Cl⁻ is oxidised to Cl₂. NaOH is left in solution.",
    )
    b.mcq(
        c,
        "M",
        "Dilute sulphuric acid is electrolysed with platinum electrodes. The product at the anode is",
        "O₂",
        [
            ("H₂", "confuses the anode with the cathode"),
            ("S₂O₈²⁻ (peroxodisulphate)", "applies the result for concentrated acid"),
            "SO₂",
        ],
        r"Water is oxidised at the anode: $\mathrm{2H_2O \to O_2 + 4H^+ + 4e^-}$. Peroxodisulphate forms only from concentrated acid at high current density.",
    )
    b.tf(
        c,
        "E",
        "One faraday is the charge carried by one mole of electrons, about 96 500 C.",
        True,
        r"$F = N_A e = 6.022 \times 10^{23} \times 1.602 \times 10^{-19} \approx 96\,485$ C/mol.",
    )


def kinetics(b: Bank) -> None:
    c = "CHEM.KIN.RATE"
    b.mcq(
        c,
        "E",
        r"For $\mathrm{2N_2O_5 \to 4NO_2 + O_2}$, which expression equals the rate of reaction $-\dfrac12\dfrac{d[\mathrm{N_2O_5}]}{dt}$?",
        r"$\dfrac14\dfrac{d[\mathrm{NO_2}]}{dt}$",
        [
            (
                r"$\dfrac{d[\mathrm{NO_2}]}{dt}$",
                "forgets to divide by the stoichiometric coefficient",
            ),
            (
                r"$-\dfrac14\dfrac{d[\mathrm{NO_2}]}{dt}$",
                "puts a minus sign on the rate of formation of a product",
            ),
            r"$2\dfrac{d[\mathrm{O_2}]}{dt}$",
        ],
        r"Rate $= -\dfrac12\dfrac{d[\mathrm{N_2O_5}]}{dt} = \dfrac14\dfrac{d[\mathrm{NO_2}]}{dt} = \dfrac{d[\mathrm{O_2}]}{dt}$.",
    )
    b.tpl(
        c,
        "E",
        r"In $\mathrm{N_2 + 3H_2 \to 2NH_3}$, ammonia forms at {{r}} $\times 10^{-4}$ mol L⁻¹ s⁻¹. At what rate is hydrogen consumed, in units of $10^{-4}$ mol L⁻¹ s⁻¹ (to two decimal places)?",
        {"r": (1, 10, 0.5)},
        "1.5*r",
        r"$-\dfrac13\dfrac{d[\mathrm{H_2}]}{dt} = \dfrac12\dfrac{d[\mathrm{NH_3}]}{dt}$, so $-\dfrac{d[\mathrm{H_2}]}{dt} = \dfrac32\dfrac{d[\mathrm{NH_3}]}{dt}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Which change does not alter the rate constant of a reaction?",
        "Increasing the concentration of the reactants",
        [
            (
                "Raising the temperature",
                "thinks the rate constant is a true constant under all conditions",
            ),
            ("Adding a catalyst", "thinks a catalyst changes only the rate, not the rate constant"),
            "Changing the solvent",
        ],
        "Concentration changes the rate through the rate law, but k itself depends only on temperature, the catalyst and the medium.",
    )
    b.tf(
        c,
        "E",
        "The instantaneous rate of consumption of a reactant at time t is given by the negative of the slope of the tangent to its concentration-time curve at t.",
        True,
        r"Rate $= -\dfrac{d[\mathrm{R}]}{dt}$; the slope of the curve is negative for a reactant, so the minus sign makes the rate positive.",
    )
    b.tpl(
        c,
        "E",
        r"The concentration of a reactant falls from {{a}} M to {{z}} M in {{t}} s. What is the average rate of its consumption over this interval, in units of $10^{-3}$ M s⁻¹ (to two decimal places)?",
        {"a": (0.5, 1.0, 0.1), "z": (0.1, 0.4, 0.05), "t": (20, 100, 10)},
        "(a - z)/t/1e-3",
        r"Average rate $= -\dfrac{\Delta[\mathrm{R}]}{\Delta t} = \dfrac{a - z}{t}$.",
        tolerance=0.01,
    )

    c = "CHEM.KIN.RATE_LAW"
    b.mcq(
        c,
        "E",
        "The units of the rate constant of a second-order reaction are",
        "L mol⁻¹ s⁻¹",
        [
            ("s⁻¹", "gives the units for a first-order reaction"),
            ("mol L⁻¹ s⁻¹", "gives the units for a zero-order reaction"),
            "L² mol⁻² s⁻¹",
        ],
        r"$k = \dfrac{\text{rate}}{[\mathrm{A}]^2}$: $\dfrac{\mathrm{mol\,L^{-1}\,s^{-1}}}{\mathrm{mol^2\,L^{-2}}} = \mathrm{L\,mol^{-1}\,s^{-1}}$. In general the units are $(\mathrm{mol\,L^{-1}})^{1-n}\,\mathrm{s^{-1}}$.",
    )
    b.integer(
        c,
        "E",
        "For a reaction A + B → products, doubling [A] alone doubles the initial rate, and doubling [B] alone makes it four times faster. What is the overall order of the reaction?",
        3,
        r"Rate $\propto [\mathrm{A}]^1[\mathrm{B}]^2$: order 1 in A ($2^1 = 2$) and 2 in B ($2^2 = 4$), total 3.",
    )
    b.mcq(
        c,
        "M",
        "Which statement about order and molecularity is correct?",
        "Molecularity is always a small whole number, whereas order can be zero or fractional",
        [
            (
                "Order and molecularity are always equal",
                "treats every reaction as an elementary step",
            ),
            (
                "Molecularity is found by experiment, order from the balanced equation",
                "swaps how order and molecularity are found",
            ),
            "Molecularity can be zero for photochemical reactions",
        ],
        "Molecularity counts the species colliding in one elementary step (1, 2, rarely 3). Order is found experimentally from the rate law and can be 0, fractional or even negative.",
    )
    b.mcq(
        c,
        "H",
        r"The reaction $\mathrm{NO_2 + CO \to NO + CO_2}$ proceeds by: step 1 (slow) $\mathrm{NO_2 + NO_2 \to NO_3 + NO}$; step 2 (fast) $\mathrm{NO_3 + CO \to NO_2 + CO_2}$. The rate law is",
        r"rate $= k[\mathrm{NO_2}]^2$",
        [
            (
                r"rate $= k[\mathrm{NO_2}][\mathrm{CO}]$",
                "writes the rate law from the overall equation",
            ),
            (
                r"rate $= k[\mathrm{NO_3}][\mathrm{CO}]$",
                "uses the fast step instead of the rate-determining step",
            ),
            r"rate $= k[\mathrm{NO_2}]^2[\mathrm{CO}]$",
        ],
        "The slow step controls the rate, and it involves two NO₂ molecules. CO enters only after the slow step, so it does not appear in the rate law.",
    )
    b.tf(
        c,
        "E",
        "The order of a reaction can always be read from the coefficients of its balanced chemical equation.",
        False,
        "Order is found by experiment. It matches the coefficients only for elementary reactions; for example, the decomposition of N₂O₅ is first order although its coefficient is 2.",
    )
    b.tpl(
        c,
        "E",
        r"The rate law of a reaction is rate = $k[\mathrm{A}][\mathrm{B}]^2$. By what factor does the rate change when [A] is made {{p}} times and [B] is made {{q}} times larger?",
        {"p": (1, 4), "q": (2, 4)},
        "p*q**2",
        r"Rate $\propto [\mathrm{A}][\mathrm{B}]^2$, so the factor is $p \times q^2$.",
        integer=True,
    )

    c = "CHEM.KIN.INTEGRATED"
    b.tpl(
        c,
        "E",
        r"A first-order reaction has a rate constant of {{k}} $\times 10^{-3}$ s⁻¹. What is its half-life in seconds (to one decimal place)? Use $t_{1/2} = 0.693/k$.",
        {"k": (1, 20)},
        "0.693/(k*1e-3)",
        r"For first order, $t_{1/2} = \dfrac{\ln 2}{k} = \dfrac{0.693}{k}$, independent of the initial concentration.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "M",
        r"A first-order reaction has a rate constant of {{k}} min⁻¹. How long (in minutes, to two decimal places) does it take for {{p}}% of the reactant to react?",
        {"k": (0.01, 0.2, 0.01), "p": (10, 90, 10)},
        "log(100/(100 - p))/k",
        r"$kt = \ln\dfrac{[\mathrm{A}]_0}{[\mathrm{A}]}$, and after $p$% reaction $\dfrac{[\mathrm{A}]_0}{[\mathrm{A}]} = \dfrac{100}{100 - p}$. (Equivalently $t = \dfrac{2.303}{k}\log\dfrac{100}{100 - p}$.)",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"A zero-order reaction has a rate constant of {{k}} $\times 10^{-3}$ mol L⁻¹ s⁻¹ and starts at a concentration of {{a}} mol/L. How long (in s, to one decimal place) does it take to go to completion?",
        {"k": (1, 10), "a": (0.1, 1, 0.1)},
        "a/(k*1e-3)",
        r"For zero order $[\mathrm{A}] = [\mathrm{A}]_0 - kt$, which reaches zero at $t = [\mathrm{A}]_0/k$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "H",
        "For a first-order reaction, the time needed for 99.9% completion is about how many times its half-life?",
        "10",
        [
            ("2", "treats the reaction as zero order"),
            ("3", "uses 99% or 99.9% as if it were 3 half-lives"),
            "1000",
        ],
        r"$t_{99.9\%} = \dfrac{2.303}{k}\log 1000 = \dfrac{6.909}{k}$ and $t_{1/2} = \dfrac{0.693}{k}$: the ratio is about 10.",
    )
    b.integer(
        c,
        "E",
        "After three half-lives of a first-order reaction, the fraction of reactant left is 1/x. Find x.",
        8,
        r"Each half-life halves what remains: $\left(\tfrac12\right)^3 = \tfrac18$.",
    )
    b.mcq(
        c,
        "M",
        "The half-life of a zero-order reaction is",
        "directly proportional to the initial concentration",
        [
            (
                "independent of the initial concentration",
                "applies the first-order result to every order",
            ),
            (
                "inversely proportional to the initial concentration",
                "gives the second-order result",
            ),
            "proportional to the square of the initial concentration",
        ],
        r"$t_{1/2} = \dfrac{[\mathrm{A}]_0}{2k}$ for zero order.",
    )

    c = "CHEM.KIN.ARRHENIUS"
    b.tpl(
        c,
        "H",
        r"A reaction has an activation energy of {{a}} kJ/mol. By what factor does its rate constant increase when the temperature is raised from 300 K to 310 K (to two decimal places)? (R = 8.314 J mol⁻¹ K⁻¹)",
        {"a": (40, 100, 5)},
        "exp(a*1000/8.314*(1/300 - 1/310))",
        r"$\ln\dfrac{k_2}{k_1} = \dfrac{E_a}{R}\left(\dfrac1{T_1} - \dfrac1{T_2}\right)$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"The rate constant of a reaction becomes {{f}} times larger when the temperature is raised from 300 K to {{t}} K. Find the activation energy in kJ/mol (to one decimal place). (R = 8.314 J mol⁻¹ K⁻¹)",
        {"f": (2, 4, 0.5), "t": (310, 350, 10)},
        "8.314*log(f)/(1/300 - 1/t)/1000",
        r"$E_a = \dfrac{R\ln(k_2/k_1)}{1/T_1 - 1/T_2}$, divided by 1000 for kJ.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        r"For a reaction obeying the Arrhenius equation, a plot of $\ln k$ against $1/T$ is a straight line of slope",
        r"$-E_a/R$",
        [
            (r"$+E_a/R$", "drops the minus sign in k = A e^(−Ea/RT)"),
            (r"$-E_a/(2.303R)$", "uses the slope of a log₁₀ k plot for a ln k plot"),
            r"$\ln A$",
        ],
        r"$\ln k = \ln A - \dfrac{E_a}{R}\cdot\dfrac1T$; the intercept is $\ln A$.",
    )
    b.tf(
        c,
        "M",
        "The higher the activation energy of a reaction, the more sensitive its rate is to a change in temperature.",
        True,
        r"$\dfrac{d\ln k}{dT} = \dfrac{E_a}{RT^2}$: the larger $E_a$, the faster $k$ rises with $T$.",
    )
    b.mcq(
        c,
        "E",
        r"In the Arrhenius equation $k = Ae^{-E_a/RT}$, the factor $e^{-E_a/RT}$ represents",
        "the fraction of molecules with energy equal to or greater than the activation energy",
        [
            (
                "the total number of collisions per second",
                "confuses the exponential factor with the pre-exponential factor A",
            ),
            "the equilibrium constant",
            "the fraction of molecules that are activated complexes at equilibrium",
        ],
        "It is the Boltzmann factor. The pre-exponential factor A is related to the collision frequency (and orientation).",
    )

    c = "CHEM.KIN.COLLISION"
    b.mcq(
        c,
        "E",
        "A catalyst speeds up a reaction by",
        "providing an alternative pathway of lower activation energy",
        [
            ("increasing the enthalpy change of the reaction", "thinks a catalyst changes ΔH"),
            ("increasing the equilibrium constant", "thinks a catalyst changes K"),
            ("raising the kinetic energy of the molecules", "confuses a catalyst with heating"),
        ],
        "The catalyst takes part in the mechanism and is regenerated. It does not change ΔH, ΔG or K, only how fast equilibrium is reached.",
    )
    b.mcq(
        c,
        "E",
        "According to collision theory, not every collision between reactant molecules leads to reaction because",
        "the colliding molecules must have at least the threshold energy and the proper orientation",
        [
            (
                "only collisions between identical molecules are effective",
                "invents a rule about which molecules may react",
            ),
            ("molecules collide too rarely", "thinks the collision frequency itself is the limit"),
            "every collision needs a catalyst",
        ],
        r"Rate $= PZ_{AB}e^{-E_a/RT}$: only the fraction $e^{-E_a/RT}$ of collisions has enough energy, and only a fraction $P$ of those is correctly oriented.",
    )
    b.tf(
        c,
        "M",
        "A catalyst increases the rates of the forward and reverse reactions by the same factor.",
        True,
        "It lowers the energy barrier of both directions by the same amount, which is why it does not shift the equilibrium.",
    )
    b.mcq(
        c,
        "E",
        r"In the collision theory expression rate $= PZ_{AB}e^{-E_a/RT}$, P is the",
        "steric (probability) factor, accounting for the orientation of colliding molecules",
        [
            ("pressure of the gas", "reads P as pressure"),
            "collision frequency",
            "pre-exponential factor",
        ],
        r"$Z_{AB}$ is the collision frequency; $P$ (often much less than 1 for complex molecules) is the fraction of collisions with an effective orientation.",
    )
    b.mcq(
        c,
        "H",
        "Near room temperature, a 10 K rise often roughly doubles the rate of a reaction. This is mainly because",
        "the fraction of molecules with energy above the activation energy roughly doubles",
        [
            (
                "the collision frequency doubles",
                "attributes the effect to collision frequency, which grows only as √T (about 2% per 10 K)",
            ),
            ("the activation energy halves", "thinks temperature changes the activation energy"),
            "the reaction becomes more exothermic",
        ],
        r"The Maxwell-Boltzmann tail beyond $E_a$ grows sharply with temperature ($e^{-E_a/RT}$), while collision frequency changes only slightly.",
    )


def periodic(b: Bank) -> None:
    c = "CHEM.PERIODIC.TABLE"
    b.mcq(
        c,
        "E",
        "The element with atomic number 35 is in",
        "period 4, group 17",
        [
            "period 5, group 17",
            ("period 4, group 7", "uses the old group numbering for a p-block element"),
            "period 3, group 17",
        ],
        "Z = 35: [Ar] 3d¹⁰ 4s² 4p⁵. The outermost shell is n = 4 (period 4) and it has 7 valence electrons in s and p, so group 17 (bromine).",
    )
    b.mcq(
        c,
        "M",
        "Under the IUPAC rules for temporary names, the element with atomic number 119 is called",
        "ununennium",
        [
            ("unennium", "drops one 'un' for the repeated digit 1"),
            ("ununnilium", "uses the root for 0 instead of 9"),
            "unbinilium",
        ],
        "Roots: 0 nil, 1 un, 2 bi, ..., 9 enn. 1-1-9 gives un-un-enn-ium: ununennium (Uue). 120 would be unbinilium.",
    )
    b.integer(
        c,
        "E",
        "How many elements are there in the sixth period of the periodic table?",
        32,
        "Period 6 fills 6s (2), 4f (14), 5d (10) and 6p (6): 32 elements, from Cs to Rn.",
    )
    b.mcq(
        c,
        "E",
        "The general outer electronic configuration of the d-block elements is",
        "(n−1)d¹⁻¹⁰ ns⁰⁻²",
        [
            ("nd¹⁻¹⁰ ns²", "puts the d subshell in the same shell as s"),
            ("(n−2)f¹⁻¹⁴ (n−1)d⁰⁻¹ ns²", "gives the f-block configuration"),
            "ns² np¹⁻⁶",
        ],
        "The differentiating electron enters the penultimate (n−1)d subshell; ns holds 1 or 2 electrons (0 in Pd).",
    )
    b.tf(
        c,
        "E",
        "The modern periodic law states that the properties of elements are periodic functions of their atomic numbers.",
        True,
        "Mendeleev arranged elements by atomic mass; Moseley's X-ray work showed atomic number to be the fundamental property, which removed anomalies such as Ar/K and Co/Ni.",
    )

    c = "CHEM.PERIODIC.TRENDS"
    b.mcq(
        c,
        "M",
        "Which of these elements has the highest first ionisation enthalpy?",
        "Nitrogen",
        [
            ("Oxygen", "assumes ionisation enthalpy always rises across a period"),
            ("Boron", "reverses the trend across a period"),
            "Carbon",
        ],
        "N has the stable half-filled 2p³ configuration; in O the fourth 2p electron is paired and repelled, so it is removed more easily. Order: B < C < O < N.",
    )
    b.mcq(
        c,
        "M",
        "Which element has the most negative electron gain enthalpy?",
        "Chlorine",
        [
            (
                "Fluorine",
                "assumes the most electronegative element has the most negative electron gain enthalpy",
            ),
            "Oxygen",
            "Bromine",
        ],
        "F is so small that the added electron suffers strong repulsion from the compact 2p electrons; Cl (−349 kJ/mol) releases more energy than F (−328 kJ/mol).",
    )
    b.mcq(
        c,
        "M",
        "What is the correct order of ionic radii for these isoelectronic species?",
        "Mg²⁺ < Na⁺ < F⁻ < O²⁻ < N³⁻",
        [
            ("N³⁻ < O²⁻ < F⁻ < Na⁺ < Mg²⁺", "thinks a higher nuclear charge gives a larger ion"),
            ("Na⁺ < Mg²⁺ < F⁻ < O²⁻ < N³⁻", "orders the ions by mass"),
            "All have the same radius because they have the same number of electrons",
        ],
        "All have 10 electrons. The greater the nuclear charge (N 7 → Mg 12), the more strongly the same electron cloud is pulled in, so the smaller the ion.",
    )
    b.mcq(
        c,
        "H",
        "The atomic radius of gallium (135 pm) is slightly smaller than that of aluminium (143 pm). The reason is",
        "the poor shielding of the nuclear charge by the ten 3d electrons in gallium",
        [
            (
                "gallium has fewer electron shells than aluminium",
                "does not check the number of shells: Ga has four, Al three",
            ),
            (
                "the lanthanoid contraction",
                "applies the lanthanoid contraction, which affects elements after the 4f series, to Ga",
            ),
            "gallium is a non-metal",
        ],
        "Between Al and Ga the 3d subshell fills. d electrons shield poorly, so Ga's outer electrons feel a larger effective nuclear charge, which outweighs the extra shell.",
    )
    b.tf(
        c,
        "E",
        "Electronegativity generally increases across a period from left to right and decreases down a group.",
        True,
        "Across a period the effective nuclear charge rises and the radius falls; down a group the radius grows.",
    )
    b.mcq(
        c,
        "E",
        "Which of these atoms has the largest atomic radius?",
        "Cs",
        [("Li", "reverses the trend down a group"), "Na", "K"],
        "Atomic radius increases down a group as new shells are added: Li < Na < K < Cs.",
    )

    c = "CHEM.PERIODIC.REACTIVITY"
    b.mcq(
        c,
        "E",
        "Which oxide is the most acidic?",
        "Cl₂O₇",
        [
            ("Na₂O", "reverses the trend in acidity of oxides across a period"),
            ("Al₂O₃", "thinks amphoteric means most acidic"),
            "MgO",
        ],
        "Across period 3 the oxides change from strongly basic (Na₂O) through amphoteric (Al₂O₃) to strongly acidic (Cl₂O₇, the anhydride of HClO₄).",
    )
    b.mcq(
        c,
        "E",
        "Which of these oxides is amphoteric?",
        "Al₂O₃",
        [
            ("MgO", "thinks a metal oxide next to an amphoteric one is also amphoteric"),
            ("SO₃", "confuses acidic with amphoteric"),
            "Na₂O",
        ],
        r"Al₂O₃ dissolves in acids (giving Al³⁺) and in alkalis (giving $[\mathrm{Al(OH)_4}]^-$).",
    )
    b.mcq(
        c,
        "M",
        "The vigour of the reaction of alkali metals with water increases from Li to Cs mainly because",
        "ionisation enthalpy decreases down the group, so the metals lose their valence electron more easily",
        [
            (
                "electronegativity increases down the group",
                "reverses the trend in electronegativity",
            ),
            (
                "the metals become harder down the group",
                "confuses physical hardness with chemical reactivity",
            ),
            "the hydroxides become less soluble",
        ],
        "The single ns¹ electron is further from the nucleus and better shielded in larger atoms. (Li still has the most negative E°, but it reacts slowly because it is hard and its reaction is kinetically slower.)",
    )
    b.tf(
        c,
        "E",
        "Metallic character decreases across a period and increases down a group.",
        True,
        "It follows the ease of losing electrons: ionisation enthalpy rises across a period and falls down a group.",
    )
    b.mcq(
        c,
        "M",
        "Lithium resembles magnesium more than the other alkali metals (diagonal relationship) mainly because",
        "Li⁺ and Mg²⁺ have similar charge-to-size ratios (polarising power)",
        [
            ("Li and Mg have the same number of valence electrons", "does not check their groups"),
            ("Li and Mg have the same atomic mass", "does not check the atomic masses"),
            "both are transition metals",
        ],
        "Like Mg, Li forms a nitride, a normal oxide, a carbonate that decomposes on heating and a sparingly soluble fluoride, owing to the small size and high polarising power of its ion.",
    )


def p_block(b: Bank) -> None:
    c = "CHEM.PBLOCK.G13"
    b.mcq(
        c,
        "M",
        "Boric acid, B(OH)₃, is best described as",
        "a weak monobasic acid that acts as a Lewis acid, accepting OH⁻ from water",
        [
            (
                "a tribasic protic acid that gives three H⁺ ions",
                "counts each O–H group as an ionisable proton",
            ),
            ("a strong monobasic protic acid", "misjudges its strength"),
            "an amphoteric hydroxide like Al(OH)₃",
        ],
        r"$\mathrm{B(OH)_3 + 2H_2O \rightleftharpoons [B(OH)_4]^- + H_3O^+}$: the electron-deficient boron takes an OH⁻ from water, releasing one H⁺. pKa is about 9.2.",
    )
    b.integer(
        c,
        "M",
        "How many three-centre two-electron (banana) bonds are there in a molecule of diborane, B₂H₆?",
        2,
        "Diborane has four terminal B–H bonds (ordinary 2c-2e bonds) and two bridging B–H–B bonds, each of which holds one pair of electrons over three atoms.",
    )
    b.mcq(
        c,
        "M",
        "Thallium forms Tl⁺ compounds that are more stable than its Tl³⁺ compounds. This is explained by",
        "the inert pair effect: the 6s² electrons become reluctant to take part in bonding",
        [
            (
                "thallium having only one valence electron",
                "does not check the configuration 6s² 6p¹",
            ),
            (
                "the lanthanoid contraction making Tl a non-metal",
                "confuses the inert pair effect with the lanthanoid contraction",
            ),
            "the larger electronegativity of thallium",
        ],
        "Poor shielding by the 4f and 5d electrons holds the 6s pair tightly, so in heavy p-block elements the oxidation state two below the group value becomes more stable (Tl⁺, Pb²⁺, Bi³⁺).",
    )
    b.tf(
        c,
        "M",
        "Aluminium chloride exists as the dimer Al₂Cl₆ in the vapour at moderate temperatures, with two chlorine atoms bridging the aluminium atoms.",
        True,
        "Each Al completes its octet by accepting a lone pair from a Cl of the other AlCl₃ unit. At high temperatures the dimer dissociates into trigonal planar AlCl₃.",
    )
    b.mcq(
        c,
        "E",
        "BF₃ acts as a Lewis acid because",
        "boron has only six electrons in its valence shell and can accept an electron pair",
        [
            ("boron has a lone pair to donate", "confuses a Lewis acid with a Lewis base"),
            (
                "BF₃ gives H⁺ in water",
                "applies the Arrhenius definition to a compound without hydrogen",
            ),
            "fluorine is more electronegative than boron",
        ],
        "The empty 2p orbital on B accepts a pair, for example from NH₃, forming F₃B←NH₃ with tetrahedral boron.",
    )

    c = "CHEM.PBLOCK.G14"
    b.mcq(
        c,
        "E",
        "Which allotrope of carbon is a good conductor of electricity?",
        "Graphite",
        [
            ("Diamond", "thinks the hardest or most valuable allotrope is the best conductor"),
            "Buckminsterfullerene (C₆₀)",
            "None of them",
        ],
        "In graphite each carbon is sp² bonded to three others; the fourth electron is delocalised over the layers and carries current. In diamond all four electrons are in localised σ bonds.",
    )
    b.mcq(
        c,
        "M",
        "Carbon monoxide is highly poisonous because it",
        "binds to the iron of haemoglobin far more strongly than oxygen does",
        [
            ("reacts with water in the blood to form carbonic acid", "confuses CO with CO₂"),
            ("is a strong oxidising agent", "misjudges CO, which is a reducing agent"),
            "blocks the nerves by forming carbonates",
        ],
        "Carboxyhaemoglobin is about 300 times more stable than oxyhaemoglobin, so the blood's capacity to carry oxygen falls.",
    )
    b.mcq(
        c,
        "E",
        "The basic structural unit of all silicates is",
        "the SiO₄⁴⁻ tetrahedron",
        [
            ("the SiO₂ molecule", "thinks silica is made of discrete molecules like CO₂"),
            ("a planar SiO₃²⁻ triangle", "uses the shape of the carbonate ion for silicon"),
            "an octahedral SiO₆⁸⁻ unit",
        ],
        "Each Si is bonded to four O at the corners of a tetrahedron; the tetrahedra share corners in chains, sheets and three-dimensional networks.",
    )
    b.mcq(
        c,
        "M",
        "Carbon shows catenation far more than silicon does because",
        "C–C bonds are much stronger than Si–Si bonds",
        [
            (
                "silicon is more electronegative than carbon",
                "does not compare the electronegativities correctly",
            ),
            (
                "carbon has d orbitals available for bonding",
                "attributes carbon's properties to d orbitals it does not have",
            ),
            "silicon has more valence electrons than carbon",
        ],
        "Small carbon atoms overlap well (C–C about 348 kJ/mol); the larger Si atoms form weaker Si–Si bonds (about 297 kJ/mol) and Si–O bonds are preferred.",
    )
    b.integer(
        c,
        "E",
        "How many carbon atoms are there in one molecule of buckminsterfullerene?",
        60,
        "C₆₀ is a soccer-ball-shaped cage of 20 six-membered and 12 five-membered rings, with sp² carbon.",
    )
    b.tf(
        c,
        "E",
        "CO₂ is a gas made of discrete linear molecules, while SiO₂ is a solid made of a three-dimensional network of Si–O bonds.",
        True,
        "Carbon forms strong pπ-pπ double bonds with oxygen; silicon does not, so it forms four single Si–O bonds in a giant covalent structure.",
    )

    c = "CHEM.PBLOCK.G15"
    b.mcq(
        c,
        "M",
        "In the Haber process, ammonia is made from N₂ and H₂ under which conditions?",
        "About 200 bar and 700 K, over an iron catalyst promoted with K₂O and Al₂O₃",
        [
            (
                "About 1 bar and 300 K, with no catalyst",
                "thinks the most favourable equilibrium conditions are used regardless of rate",
            ),
            (
                "About 200 bar and 1500 K, over platinum",
                "confuses the catalyst with the one used in the Ostwald process",
            ),
            "About 2 bar and 700 K, over V₂O₅",
        ],
        "The reaction is exothermic with a decrease in moles of gas: high pressure favours ammonia, while the moderate temperature and catalyst are a compromise between yield and rate.",
    )
    b.mcq(
        c,
        "M",
        "Phosphorous acid, H₃PO₃, is",
        "dibasic",
        [
            ("tribasic", "counts every hydrogen atom as ionisable, including the P–H hydrogen"),
            "monobasic",
            "non-acidic",
        ],
        "Its structure is HP(O)(OH)₂: only the two O–H hydrogens ionise. The P–H bond gives it reducing properties.",
    )
    b.mcq(
        c,
        "H",
        "Which of these hydrides of group 15 has the highest boiling point?",
        "SbH₃",
        [
            ("NH₃", "assumes hydrogen bonding always gives the highest boiling point"),
            ("PH₃", "reverses the trend of dispersion forces"),
            "AsH₃",
        ],
        "Boiling points: PH₃ 185 K < AsH₃ 211 K < NH₃ 240 K < SbH₃ 256 K. NH₃ is raised by hydrogen bonding, but the large dispersion forces of SbH₃ win.",
    )
    b.mcq(
        c,
        "M",
        "In the brown ring test for nitrate, the brown ring is due to",
        "[Fe(H₂O)₅(NO)]²⁺",
        [
            ("Fe₂(SO₄)₃", "thinks the colour is from simple oxidation of Fe²⁺"),
            ("NO₂ gas", "confuses the brown complex with brown NO₂ fumes"),
            "[Fe(CN)₆]⁴⁻",
        ],
        "Fe²⁺ reduces NO₃⁻ to NO in the acid layer, and NO coordinates to another Fe²⁺ to form the brown nitrosyl complex at the interface.",
    )
    b.tf(
        c,
        "M",
        "Nitrogen does not form a pentahalide like PCl₅, because it has no d orbitals in its valence shell.",
        True,
        "N is limited to four bonds (maximum covalency 4, as in NH₄⁺). Phosphorus can use its 3d orbitals to expand its octet.",
    )
    b.mcq(
        c,
        "H",
        "In the solid state, phosphorus pentachloride exists as",
        "[PCl₄]⁺[PCl₆]⁻",
        [
            ("trigonal bipyramidal PCl₅ molecules", "uses the gas-phase structure for the solid"),
            ("[PCl₆]⁺[PCl₄]⁻", "swaps the cation and the anion"),
            "P₂Cl₁₀ dimers",
        ],
        "The ionic solid contains tetrahedral PCl₄⁺ and octahedral PCl₆⁻ ions.",
    )

    c = "CHEM.PBLOCK.G16"
    b.mcq(
        c,
        "E",
        "The catalyst used in the contact process to oxidise SO₂ to SO₃ is",
        "V₂O₅",
        [
            ("Finely divided iron", "confuses it with the Haber process catalyst"),
            ("Platinum gauze with rhodium", "confuses it with the Ostwald process catalyst"),
            "Nickel",
        ],
        r"$\mathrm{2SO_2 + O_2 \rightleftharpoons 2SO_3}$, $\Delta H < 0$, at about 720 K and 2 bar over V₂O₅.",
    )
    b.mcq(
        c,
        "M",
        "The ozone molecule, O₃, is",
        "bent, with both O–O bonds of equal length",
        [
            ("linear, like CO₂", "ignores the lone pair on the central oxygen"),
            (
                "bent, with one O=O and one longer O–O bond",
                "treats one resonance structure as the real structure",
            ),
            "cyclic, like a triangle of O atoms",
        ],
        "The central O has a lone pair (bond angle about 117°), and resonance makes both bonds equal (128 pm), between a single and a double bond.",
    )
    b.mcq(
        c,
        "M",
        "In the contact process, SO₃ is absorbed in concentrated H₂SO₄ rather than in water because",
        "dissolving SO₃ directly in water is so exothermic that it forms a fine mist of acid that is hard to condense",
        [
            ("SO₃ does not react with water", "thinks SO₃ is not the anhydride of H₂SO₄"),
            ("water would reduce SO₃ back to SO₂", "treats water as a reducing agent here"),
            "concentrated H₂SO₄ catalyses the oxidation of SO₂",
        ],
        r"SO₃ forms oleum: $\mathrm{SO_3 + H_2SO_4 \to H_2S_2O_7}$, which is then diluted with water to H₂SO₄ of the desired strength.",
    )
    b.mcq(
        c,
        "H",
        "Which oxoacid of sulphur contains a sulphur-sulphur bond?",
        "Dithionic acid, H₂S₂O₆",
        [
            (
                "Peroxodisulphuric acid, H₂S₂O₈",
                "assumes two S atoms in a formula must be bonded to each other (it has an O–O bridge)",
            ),
            (
                "Pyrosulphuric acid, H₂S₂O₇",
                "assumes two S atoms in a formula must be bonded to each other (it has an S–O–S bridge)",
            ),
            "Peroxomonosulphuric acid, H₂SO₅",
        ],
        "H₂S₂O₆ is (HO)O₂S–SO₂(OH). In H₂S₂O₇ the two S atoms are joined through an O atom, and in H₂S₂O₈ through an O–O (peroxide) bridge.",
    )
    b.tf(
        c,
        "M",
        "Oxygen has a positive oxidation state, +2, in OF₂.",
        True,
        "F is more electronegative than O, so F is −1 and O is +2. This is one of the few compounds with positive oxygen.",
    )

    c = "CHEM.PBLOCK.G17"
    b.mcq(
        c,
        "E",
        "Which halogen is the strongest oxidising agent?",
        "F₂",
        [("I₂", "reverses the trend in oxidising power"), "Cl₂", "Br₂"],
        "F₂ has the highest standard reduction potential (+2.87 V), helped by its low bond dissociation enthalpy and the very high hydration enthalpy of F⁻.",
    )
    b.mcq(
        c,
        "E",
        "Which hydrogen halide is the strongest acid in water?",
        "HI",
        [("HF", "assumes the most electronegative halogen gives the strongest acid"), "HCl", "HBr"],
        "Acid strength follows the H–X bond enthalpy, which falls from HF to HI. HF is weak because its H–F bond is very strong.",
    )
    b.mcq(
        c,
        "M",
        "Which oxoacid of chlorine is the weakest acid?",
        "HOCl",
        [("HClO₄", "reverses the effect of the number of oxygen atoms"), "HClO₃", "HClO₂"],
        "The more oxygen atoms on Cl, the more the negative charge of the anion is delocalised and the stronger the acid: HOCl < HClO₂ < HClO₃ < HClO₄.",
    )
    b.mcq(
        c,
        "H",
        "The shape of the interhalogen molecule IF₇ is",
        "pentagonal bipyramidal",
        [
            ("octahedral", "places only six F atoms around iodine"),
            ("capped trigonal prismatic", "guesses a shape for seven ligands without using VSEPR"),
            "square pyramidal",
        ],
        "I has 7 bond pairs and no lone pair: sp³d³ hybridisation, five equatorial F atoms in a pentagon and two axial ones.",
    )
    b.mcq(
        c,
        "M",
        "The bond dissociation enthalpy of F₂ (158 kJ/mol) is lower than that of Cl₂ (242 kJ/mol) because",
        "the lone pairs on the two small fluorine atoms repel each other strongly",
        [
            (
                "fluorine is less electronegative than chlorine",
                "does not compare the electronegativities correctly",
            ),
            ("the F–F bond is longer than the Cl–Cl bond", "reverses the bond lengths"),
            "fluorine atoms have d orbitals",
        ],
        "The F–F bond is short (142 pm), bringing the six lone pairs close together; their repulsion weakens the bond.",
    )
    b.tf(
        c,
        "E",
        "Fluorine shows only the −1 oxidation state in its compounds.",
        True,
        "It is the most electronegative element and has no d orbitals, so it cannot expand its octet. The other halogens also show +1, +3, +5 and +7.",
    )

    c = "CHEM.PBLOCK.G18"
    b.mcq(
        c,
        "H",
        "The shape of the XeF₆ molecule is",
        "distorted octahedral",
        [
            ("regular octahedral", "ignores the lone pair on xenon"),
            ("pentagonal bipyramidal", "treats the lone pair as a seventh bonded atom"),
            "square planar",
        ],
        "Xe has 6 bond pairs and 1 lone pair (7 electron pairs); the lone pair distorts the octahedron.",
    )
    b.mcq(
        c,
        "M",
        "Neil Bartlett prepared the first noble gas compound, Xe⁺[PtF₆]⁻, after noticing that",
        "the first ionisation enthalpy of xenon is almost the same as that of the O₂ molecule, which forms O₂⁺[PtF₆]⁻",
        [
            ("xenon is the most electronegative noble gas", "misjudges why xenon reacts"),
            ("xenon has an incomplete octet", "forgets noble gases have complete octets"),
            "xenon is the lightest noble gas",
        ],
        "IE of Xe (1170 kJ/mol) ≈ IE of O₂ (1175 kJ/mol), so PtF₆, which oxidises O₂, should oxidise Xe too.",
    )
    b.mcq(
        c,
        "E",
        "Helium is mixed with oxygen in the gas cylinders of deep-sea divers because",
        "helium is much less soluble in blood than nitrogen",
        [
            ("helium is a source of energy for the body", "thinks helium is metabolised"),
            (
                "helium reacts with carbon dioxide in the blood",
                "forgets helium is chemically inert",
            ),
            "helium is heavier than nitrogen",
        ],
        "Less dissolved gas at high pressure means less bubble formation on ascent (the bends).",
    )
    b.mcq(
        c,
        "M",
        "The hybridisation of xenon in XeF₂ and the shape of the molecule are",
        "sp³d; linear",
        [
            ("sp; linear", "ignores the three lone pairs on xenon"),
            ("sp³d; bent", "puts the lone pairs in axial positions"),
            "sp³; bent",
        ],
        "Xe has 2 bond pairs and 3 lone pairs. The lone pairs occupy the three equatorial positions of the trigonal bipyramid, so F–Xe–F is linear.",
    )
    b.tf(
        c,
        "E",
        "Noble gases have very low boiling points because only weak dispersion forces act between their atoms.",
        True,
        "The atoms are monatomic and non-polar; the boiling point rises down the group (He 4 K to Rn 211 K) as atoms become more polarisable.",
    )


def d_block(b: Bank) -> None:
    c = "CHEM.DBLOCK.TRANSITION"
    b.mcq(
        c,
        "E",
        "Which of these ions is colourless in aqueous solution?",
        "Sc³⁺",
        [
            ("Ti³⁺", "thinks a single d electron cannot give colour"),
            ("Cu²⁺", "thinks a nearly full d subshell gives no colour"),
            "Fe²⁺",
        ],
        "Colour comes from d-d transitions, which need partly filled d orbitals. Sc³⁺ is 3d⁰; Ti³⁺ (3d¹) is violet, Cu²⁺ (3d⁹) blue and Fe²⁺ (3d⁶) pale green.",
    )
    b.numeric(
        c,
        "M",
        "What is the spin-only magnetic moment of Fe²⁺ (Z of Fe = 26), in Bohr magnetons (to two decimal places)?",
        24**0.5,
        0.01,
        r"Fe²⁺ is 3d⁶ with 4 unpaired electrons (as a free ion): $\mu = \sqrt{n(n + 2)} = \sqrt{24} = 4.90$ BM.",
    )
    b.mcq(
        c,
        "M",
        "Which element of the first transition series shows the highest oxidation state?",
        "Mn",
        [
            ("Cr", "takes the element with the most unpaired electrons"),
            ("Zn", "counts all electrons beyond argon"),
            "Fe",
        ],
        "Mn ([Ar] 3d⁵ 4s²) can use all seven of its 3d and 4s electrons, giving +7 in MnO₄⁻. After Mn the highest oxidation states fall as the d electrons become harder to remove.",
    )
    b.mcq(
        c,
        "E",
        "Transition metals and their compounds are good catalysts mainly because they",
        "can change between oxidation states and can adsorb reactants on their surfaces",
        [
            ("are very dense", "confuses a physical property with catalytic action"),
            ("have high melting points", "confuses a physical property with catalytic action"),
            "do not react with anything",
        ],
        "Examples: Fe in the Haber process, V₂O₅ in the contact process, Ni in hydrogenation. Variable oxidation states let them form and break intermediate bonds easily.",
    )
    b.mcq(
        c,
        "H",
        "Copper is the only metal of the first transition series with a positive E°(M²⁺/M), +0.34 V. This is because",
        "its high enthalpy of atomisation and ionisation are not compensated by the hydration enthalpy of Cu²⁺",
        [
            (
                "Cu²⁺ has a completely filled 3d subshell",
                "does not check the configuration of Cu²⁺ (3d⁹)",
            ),
            (
                "copper has the lowest ionisation enthalpies of the series",
                "reverses the energetics",
            ),
            "copper is more electronegative than hydrogen",
        ],
        r"$E^\circ$ depends on $\Delta_a H + IE_1 + IE_2 + \Delta_{hyd}H$. For Cu the large energy needed to form Cu²⁺(g) from the solid is not recovered on hydration, so Cu does not liberate H₂ from dilute acids.",
    )
    b.tf(
        c,
        "M",
        "Zn, Cd and Hg are usually not regarded as transition elements, because neither the atoms nor their common ions have partly filled d orbitals.",
        True,
        "They are d¹⁰ in both the atom and the M²⁺ ion, so they show few typical transition properties: their compounds are white and diamagnetic.",
    )

    c = "CHEM.DBLOCK.COMPOUNDS"
    b.mcq(
        c,
        "E",
        "Acidified potassium dichromate oxidises ethanol. The colour of the solution changes from",
        "orange to green",
        [
            ("green to orange", "reverses the direction of the change"),
            ("orange to yellow", "confuses reduction with the dichromate-chromate equilibrium"),
            "purple to colourless",
        ],
        r"$\mathrm{Cr_2O_7^{2-}}$ (orange, Cr +6) is reduced to Cr³⁺ (green). This was the basis of the old breathalyser test.",
    )
    b.mcq(
        c,
        "M",
        "When alkali is added to an orange solution of K₂Cr₂O₇, it turns yellow. In this change, the oxidation state of chromium",
        "stays +6",
        [
            ("falls from +6 to +3", "thinks every colour change of dichromate is a reduction"),
            "rises from +6 to +7",
            "falls from +6 to +4",
        ],
        r"$\mathrm{Cr_2O_7^{2-} + 2OH^- \rightleftharpoons 2CrO_4^{2-} + H_2O}$ is an acid-base equilibrium; both ions contain Cr(+6).",
    )
    b.mcq(
        c,
        "M",
        "In the manufacture of KMnO₄, MnO₂ is fused with KOH in air to give green K₂MnO₄. The manganate is then converted to permanganate by",
        "disproportionation in neutral or acidic solution, or by electrolytic oxidation",
        [
            (
                "reduction with hydrogen",
                "reverses the change in oxidation state (+6 to +7 is an oxidation)",
            ),
            ("heating it strongly with more KOH", "repeats the fusion step"),
            "adding concentrated HCl, which oxidises it",
        ],
        r"$\mathrm{3MnO_4^{2-} + 4H^+ \to 2MnO_4^- + MnO_2 + 2H_2O}$; industrially, MnO₄²⁻ is oxidised at the anode to MnO₄⁻.",
    )
    b.numeric(
        c,
        "H",
        "How many moles of KMnO₄ are needed to oxidise 1 mol of iron(II) oxalate, FeC₂O₄, completely in acidic solution?",
        0.6,
        0.01,
        r"Each FeC₂O₄ loses 3 electrons: Fe²⁺ → Fe³⁺ (1) and C₂O₄²⁻ → 2CO₂ (2). Each MnO₄⁻ gains 5 (Mn +7 → +2). Moles of KMnO₄ $= 3/5 = 0.6$.",
    )
    b.tf(
        c,
        "M",
        "Titrations with KMnO₄ are not done in hydrochloric acid, because KMnO₄ oxidises HCl to chlorine.",
        True,
        "Some permanganate would be used up oxidising Cl⁻, giving a wrong titre. Dilute H₂SO₄, which is not oxidised, is used instead.",
    )

    c = "CHEM.DBLOCK.INNER"
    b.mcq(
        c,
        "E",
        "The most common oxidation state of the lanthanoids is",
        "+3",
        [("+2", "generalises from Eu²⁺ and Yb²⁺"), ("+4", "generalises from Ce⁴⁺"), "+1"],
        "All lanthanoids form Ln³⁺; a few also show +2 (Eu, Yb) or +4 (Ce, Tb) when that gives an empty, half-filled or filled f subshell.",
    )
    b.mcq(
        c,
        "M",
        "An important consequence of the lanthanoid contraction is that",
        "zirconium and hafnium have almost identical atomic radii and are very hard to separate",
        [
            ("the lanthanoids become more basic from La to Lu", "reverses the trend in basicity"),
            (
                "the atomic radii of 5d elements are much larger than those of 4d elements",
                "expects the normal increase down a group to survive the contraction",
            ),
            "all lanthanoids are radioactive",
        ],
        "The steady shrinking across the 4f series cancels the size increase expected from the extra shell, so Zr (160 pm) and Hf (159 pm) are nearly the same size. Basicity of Ln(OH)₃ decreases from La to Lu.",
    )
    b.mcq(
        c,
        "M",
        "Ce⁴⁺ in aqueous solution is a good oxidising agent because",
        "it readily gains an electron to form the more stable Ce³⁺",
        [
            (
                "it readily loses an electron to form Ce⁵⁺",
                "confuses an oxidising agent with a reducing agent",
            ),
            (
                "+4 is the most common oxidation state of lanthanoids",
                "forgets that +3 is the common state",
            ),
            "it has a half-filled 4f subshell",
        ],
        "E°(Ce⁴⁺/Ce³⁺) = +1.74 V. Ce⁴⁺ is 4f⁰ (noble gas configuration) but the +3 state is more stable in water.",
    )
    b.mcq(
        c,
        "H",
        "Actinoids show a wider range of oxidation states than lanthanoids mainly because",
        "the 5f, 6d and 7s levels are close in energy",
        [
            (
                "actinoids have more electrons in the outermost shell",
                "does not compare the valence configurations",
            ),
            ("actinoids are radioactive", "confuses nuclear instability with chemical behaviour"),
            "the 4f orbitals are more exposed than the 5f orbitals",
        ],
        "The 5f orbitals extend further out than the 4f and are comparable in energy with 6d and 7s, so varying numbers of electrons can take part in bonding (for example U shows +3 to +6).",
    )
    b.tf(
        c,
        "E",
        "The lanthanoid contraction is caused by the poor shielding of the increasing nuclear charge by the 4f electrons.",
        True,
        "Across the series each added proton is only partly screened by the added 4f electron, so the effective nuclear charge rises and the atoms and ions shrink.",
    )


def coordination(b: Bank) -> None:
    c = "CHEM.COORD.WERNER"
    b.mcq(
        c,
        "E",
        "What is the coordination number of cobalt in [Co(en)₃]³⁺ (en = ethane-1,2-diamine)?",
        "6",
        [("3", "counts the ligands instead of the donor atoms"), "4", "9"],
        "Each en is bidentate (two N donors), so three en ligands give six Co–N bonds.",
    )
    b.mcq(
        c,
        "M",
        "The IUPAC name of K₃[Fe(CN)₆] is",
        "potassium hexacyanidoferrate(III)",
        [
            (
                "potassium hexacyanidoferrate(II)",
                "does not work out the oxidation state of iron from the charges",
            ),
            (
                "potassium hexacyanidoiron(III)",
                "uses 'iron' instead of 'ferrate' in an anionic complex",
            ),
            "tripotassium hexacyanoiron(II)",
        ],
        r"The complex ion has charge −3; with six CN⁻, Fe is $+3$. An anionic complex takes the suffix -ate, with the Latin root: ferrate.",
    )
    b.integer(
        c,
        "M",
        "How many moles of AgCl are precipitated when excess AgNO₃ is added to a solution containing 1 mol of [Co(NH₃)₄Cl₂]Cl?",
        1,
        "Only the chloride outside the coordination sphere is free to react. The two Cl⁻ ligands bonded to Co are not precipitated.",
    )
    b.mcq(
        c,
        "E",
        "The ethylenediaminetetraacetate ion (EDTA⁴⁻) is a",
        "hexadentate ligand",
        [
            ("tetradentate ligand", "counts only the four carboxylate groups"),
            ("bidentate ligand", "counts only the two nitrogen atoms"),
            "monodentate ligand",
        ],
        "EDTA⁴⁻ binds through two N atoms and four carboxylate O atoms, wrapping around the metal ion.",
    )
    b.mcq(
        c,
        "M",
        "Which of these is an ambidentate ligand?",
        "SCN⁻",
        [
            (
                "en (ethane-1,2-diamine)",
                "confuses ambidentate (either of two atoms) with bidentate (both at once)",
            ),
            ("C₂O₄²⁻", "confuses ambidentate with bidentate"),
            "NH₃",
        ],
        "Thiocyanate can bind through S (thiocyanato) or through N (isothiocyanato), but through only one at a time. NO₂⁻ (nitrito-N / nitrito-O) is another example.",
    )
    b.tf(
        c,
        "E",
        "The oxidation state of nickel in [Ni(CO)₄] is zero.",
        True,
        "CO is a neutral ligand and the complex is neutral, so Ni is 0.",
    )

    c = "CHEM.COORD.ISOMERISM"
    b.integer(
        c,
        "E",
        "How many geometrical isomers does the square planar complex [Pt(NH₃)₂Cl₂] have?",
        2,
        "cis (the two Cl on the same side) and trans (opposite). Cis-platin is the anticancer drug.",
    )
    b.mcq(
        c,
        "M",
        "[Co(NH₃)₅(NO₂)]Cl₂ and [Co(NH₃)₅(ONO)]Cl₂ are",
        "linkage isomers",
        [
            ("ionisation isomers", "thinks the ions outside the sphere differ"),
            ("geometrical isomers", "thinks the ligands differ in position instead of donor atom"),
            "coordination isomers",
        ],
        "The ambidentate NO₂⁻ ligand is bonded through N in one and through O in the other.",
    )
    b.mcq(
        c,
        "H",
        "Which of these complex ions is optically active?",
        "cis-[Co(en)₂Cl₂]⁺",
        [
            ("trans-[Co(en)₂Cl₂]⁺", "misses the mirror plane through the trans isomer"),
            (
                "[Co(NH₃)₄Cl₂]⁺",
                "assumes every octahedral complex with two kinds of ligand is chiral",
            ),
            "[Pt(NH₃)₂Cl₂]",
        ],
        "The cis isomer has no plane or centre of symmetry, so its mirror image is not superimposable (a pair of enantiomers). The trans isomer has a mirror plane; square planar complexes with achiral ligands lie in a mirror plane.",
    )
    b.integer(
        c,
        "H",
        "How many geometrical isomers does the octahedral complex [Co(NH₃)₃Cl₃] have?",
        2,
        "An MA₃B₃ octahedral complex has a facial (fac) isomer, with the three Cl on one face, and a meridional (mer) isomer, with them around a meridian.",
    )
    b.mcq(
        c,
        "M",
        "[Co(NH₃)₆][Cr(CN)₆] and [Cr(NH₃)₆][Co(CN)₆] are examples of",
        "coordination isomerism",
        [
            (
                "linkage isomerism",
                "confuses exchange of ligands between metals with a change of donor atom",
            ),
            "ionisation isomerism",
            "hydrate isomerism",
        ],
        "Coordination isomers exchange ligands between the cationic and anionic complex entities of a salt.",
    )
    b.tf(
        c,
        "M",
        "Square planar complexes of the type MA₂B₂ can show optical isomerism.",
        False,
        "The plane of the square is itself a mirror plane, so such complexes are achiral. They show only cis-trans isomerism.",
    )

    c = "CHEM.COORD.VBT"
    b.mcq(
        c,
        "M",
        "According to valence bond theory, [Ni(CN)₄]²⁻ is",
        "dsp² hybridised, square planar and diamagnetic",
        [
            (
                "sp³ hybridised, tetrahedral and paramagnetic",
                "treats CN⁻ as a weak-field ligand that does not pair the 3d electrons",
            ),
            (
                "sp³ hybridised, tetrahedral and diamagnetic",
                "mixes the shape of one case with the magnetism of the other",
            ),
            "d²sp³ hybridised and octahedral",
        ],
        "Ni²⁺ is 3d⁸. Strong-field CN⁻ pairs the eight electrons in four 3d orbitals, freeing one 3d orbital for dsp² hybridisation.",
    )
    b.mcq(
        c,
        "M",
        "[NiCl₄]²⁻ is",
        "tetrahedral and paramagnetic, with two unpaired electrons",
        [
            ("square planar and diamagnetic", "treats Cl⁻ as a strong-field ligand like CN⁻"),
            "tetrahedral and diamagnetic",
            "octahedral and paramagnetic",
        ],
        "Cl⁻ is a weak-field ligand, so the 3d⁸ electrons of Ni²⁺ stay unpaired as far as possible (two unpaired); Ni uses sp³ hybrids.",
    )
    b.mcq(
        c,
        "H",
        "For [Fe(CN)₆]³⁻, valence bond theory gives",
        "d²sp³ hybridisation and one unpaired electron",
        [
            (
                "sp³d² hybridisation and five unpaired electrons",
                "treats CN⁻ as a weak-field ligand",
            ),
            (
                "d²sp³ hybridisation and no unpaired electrons",
                "uses the configuration of Fe²⁺ instead of Fe³⁺",
            ),
            "sp³ hybridisation and five unpaired electrons",
        ],
        "Fe³⁺ is 3d⁵. Strong-field CN⁻ pairs the electrons into three 3d orbitals (one unpaired), leaving two 3d orbitals for inner-orbital d²sp³ hybridisation.",
    )
    b.numeric(
        c,
        "M",
        "What is the spin-only magnetic moment of the high-spin complex [CoF₆]³⁻, in Bohr magnetons (to two decimal places)?",
        24**0.5,
        0.01,
        r"Co³⁺ is 3d⁶; with weak-field F⁻ the complex is an outer-orbital (sp³d²) complex with 4 unpaired electrons: $\sqrt{4 \times 6} = 4.90$ BM.",
    )
    b.tf(
        c,
        "M",
        "[Co(NH₃)₆]³⁺ is an inner-orbital complex and is diamagnetic.",
        True,
        "Co³⁺ is 3d⁶; NH₃ pairs all six electrons in three 3d orbitals, and the two empty 3d orbitals take part in d²sp³ hybridisation.",
    )

    c = "CHEM.COORD.CFT"
    b.mcq(
        c,
        "M",
        "Which of these ligands produces the largest crystal field splitting?",
        "CO",
        [
            ("F⁻", "thinks more electronegative ligands split the d orbitals more"),
            ("I⁻", "thinks larger ligands split the d orbitals more"),
            "H₂O",
        ],
        "Spectrochemical series: I⁻ < Br⁻ < Cl⁻ < F⁻ < OH⁻ < H₂O < NH₃ < en < CN⁻ < CO. CO, a π-acceptor, is the strongest-field ligand.",
    )
    b.numeric(
        c,
        "H",
        r"What is the crystal field stabilisation energy of a low-spin octahedral d⁶ complex, in units of $\Delta_o$ (ignore the pairing energy)?",
        -2.4,
        0.01,
        r"Low spin d⁶: $t_{2g}^6 e_g^0$. CFSE $= 6 \times (-0.4\Delta_o) = -2.4\Delta_o$.",
    )
    b.mcq(
        c,
        "M",
        "Tetrahedral complexes are almost always high spin because",
        r"the tetrahedral splitting $\Delta_t$ is small, only about $\tfrac49\Delta_o$, so it is less than the pairing energy",
        [
            (
                r"$\Delta_t$ is larger than $\Delta_o$",
                "reverses the relative sizes of the splittings",
            ),
            (
                "the d orbitals are not split in a tetrahedral field",
                "thinks only an octahedral field splits the d orbitals",
            ),
            "tetrahedral complexes contain only weak-field ligands",
        ],
        "With four ligands that do not point directly at any d orbital, the splitting is small; it is cheaper to put electrons in the upper set than to pair them.",
    )
    b.mcq(
        c,
        "M",
        "[Ti(H₂O)₆]³⁺ is violet because",
        "its single d electron absorbs light in the blue-green region in a t₂g → e_g transition, and the complementary colour is seen",
        [
            ("it emits violet light", "thinks the colour seen is light given out by the complex"),
            ("it absorbs violet light", "confuses the colour absorbed with the colour transmitted"),
            "Ti³⁺ has a completely filled d subshell",
        ],
        "The absorption maximum is near 500 nm; removing those wavelengths from white light leaves violet-red light, which is what we see.",
    )
    b.mcq(
        c,
        "H",
        "Which of these complexes is low spin?",
        "[Fe(CN)₆]⁴⁻",
        [
            ("[FeF₆]³⁻", "treats every iron complex as low spin"),
            ("[CoF₆]³⁻", "ignores the weak field of F⁻"),
            "[Fe(H₂O)₆]²⁺",
        ],
        r"CN⁻ gives a large $\Delta_o$, greater than the pairing energy, so Fe²⁺ (d⁶) is $t_{2g}^6$, diamagnetic. F⁻ and H₂O are weak-field ligands giving high-spin complexes.",
    )
    b.tf(
        c,
        "E",
        "In an octahedral crystal field, the e_g orbitals lie higher in energy than the t₂g orbitals.",
        True,
        r"The $e_g$ orbitals ($d_{x^2-y^2}$, $d_{z^2}$) point directly at the ligands and are raised by $0.6\Delta_o$; the $t_{2g}$ set lies between the axes and is lowered by $0.4\Delta_o$.",
    )

    c = "CHEM.COORD.APPLICATIONS"
    b.mcq(
        c,
        "M",
        "In metal carbonyls such as Ni(CO)₄, the metal-carbon bond",
        "has both σ donation from CO to the metal and π back-donation from metal d orbitals into the π* orbitals of CO",
        [
            ("is purely ionic", "treats the carbonyl as a salt"),
            (
                "is a σ bond only, made by the metal donating to CO",
                "reverses the direction of σ donation",
            ),
            "makes the C–O bond stronger and shorter than in free CO",
        ],
        "This synergic bonding strengthens the M–C bond; filling the π* orbitals of CO weakens the C–O bond, which becomes slightly longer (and its IR stretching frequency lower).",
    )
    b.mcq(
        c,
        "E",
        "The hardness of water is estimated by titration with",
        "EDTA, which forms stable complexes with Ca²⁺ and Mg²⁺",
        [
            ("KMnO₄, which oxidises Ca²⁺", "thinks Ca²⁺ can be oxidised"),
            ("AgNO₃, which precipitates Ca²⁺", "confuses it with the test for chloride"),
            "dimethylglyoxime",
        ],
        "Ca²⁺ and Mg²⁺ are titrated with Na₂EDTA, using an indicator such as Eriochrome black T; the different stabilities of their complexes even allow them to be estimated separately.",
    )
    b.mcq(
        c,
        "E",
        "The metal ion present in vitamin B₁₂ (cyanocobalamin) is",
        "cobalt",
        [
            ("iron", "confuses vitamin B₁₂ with haemoglobin"),
            ("magnesium", "confuses vitamin B₁₂ with chlorophyll"),
            "zinc",
        ],
        "Vitamin B₁₂ is a cobalt complex; haemoglobin contains iron and chlorophyll contains magnesium.",
    )
    b.mcq(
        c,
        "H",
        "[Ni(en)₃]²⁺ is much more stable than [Ni(NH₃)₆]²⁺, although both have six Ni–N bonds. The main reason is",
        "the chelate effect: replacing six NH₃ by three en increases the number of free particles, so entropy favours the chelate",
        [
            (
                "en is a stronger-field ligand than NH₃ by a very large amount",
                "attributes the whole effect to the small difference in ligand field",
            ),
            ("en is a stronger acid than NH₃", "confuses ligand donor strength with acidity"),
            "the en complex has more Ni–N bonds",
        ],
        r"$\mathrm{[Ni(NH_3)_6]^{2+} + 3en \to [Ni(en)_3]^{2+} + 6NH_3}$: four particles become seven. The enthalpy change is small, and the positive ΔS makes ΔG strongly negative.",
    )
    b.mcq(
        c,
        "E",
        "Which coordination compound is used as an anticancer drug?",
        "cis-[Pt(NH₃)₂Cl₂]",
        [
            (
                "trans-[Pt(NH₃)₂Cl₂]",
                "assumes both geometrical isomers have the same biological activity",
            ),
            "[Ni(CO)₄]",
            "K₄[Fe(CN)₆]",
        ],
        "cis-Platin binds to DNA and prevents cell division; the trans isomer is much less active.",
    )
    b.integer(
        c,
        "M",
        "Chromium (Z = 24) forms a stable, neutral carbonyl Cr(CO)ₙ obeying the 18-electron rule. Find n.",
        6,
        r"Cr contributes 6 valence electrons and each CO donates 2: $6 + 2n = 18$, so $n = 6$. Similarly Fe(CO)₅ and Ni(CO)₄.",
    )


def purification(b: Bank) -> None:
    c = "CHEM.PURIFY.METHODS"
    b.mcq(
        c,
        "E",
        "A mixture of camphor and common salt is best separated by",
        "sublimation",
        [
            ("distillation", "ignores that camphor passes directly from solid to vapour"),
            (
                "crystallisation from water",
                "forgets that only the salt dissolves, and camphor needs no crystallisation",
            ),
            "chromatography",
        ],
        "Camphor sublimes on gentle heating and condenses on a cool surface; NaCl does not.",
    )
    b.mcq(
        c,
        "M",
        "Glycerol is purified by",
        "distillation under reduced pressure",
        [
            (
                "simple distillation at atmospheric pressure",
                "ignores that glycerol decomposes at its normal boiling point (563 K)",
            ),
            (
                "steam distillation",
                "applies the method for water-immiscible liquids to a water-miscible one",
            ),
            "sublimation",
        ],
        "Lowering the pressure lowers the boiling point, so glycerol distils below its decomposition temperature.",
    )
    b.mcq(
        c,
        "M",
        "Steam distillation lets aniline (bp 457 K) distil with water below 373 K because",
        "the mixture boils when the sum of the vapour pressures of water and aniline equals the atmospheric pressure",
        [
            (
                "aniline and water form an ideal solution",
                "treats immiscible liquids as a solution obeying Raoult's law",
            ),
            (
                "steam lowers the boiling point of aniline by forming a compound with it",
                "invents a chemical reaction",
            ),
            "the vapour pressure of aniline alone reaches atmospheric pressure at 373 K",
        ],
        r"For immiscible liquids each exerts its own vapour pressure: $p_{water} + p_{aniline} = p_{atm}$ is reached below the boiling point of either, so aniline distils at a lower temperature without decomposing.",
    )
    b.tpl(
        c,
        "E",
        r"In a thin-layer chromatogram, a spot moves {{a}} cm from the baseline while the solvent front moves {{s}} cm. What is the $R_f$ value of the compound (to two decimal places)?",
        {"a": (1, 5, 0.5), "s": (6, 10)},
        "a/s",
        r"$R_f = \dfrac{\text{distance moved by the substance}}{\text{distance moved by the solvent front}}$, always less than 1.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A mixture of chloroform (bp 334 K) and aniline (bp 457 K) is best separated by",
        "simple distillation",
        [
            (
                "fractional distillation",
                "uses fractional distillation when the boiling points are far apart",
            ),
            ("sublimation", "applies a method for solids to two liquids"),
            "steam distillation of the chloroform",
        ],
        "Liquids whose boiling points differ by well over 20-30 K separate cleanly by simple distillation; fractional distillation is needed when the boiling points are close.",
    )
    b.tf(
        c,
        "E",
        "In column chromatography, the component that is adsorbed most strongly on the stationary phase comes out of the column first.",
        False,
        "The most strongly adsorbed component moves most slowly and elutes last; the weakly adsorbed one is washed out first.",
    )

    c = "CHEM.PURIFY.QUALITATIVE"
    b.mcq(
        c,
        "M",
        "In Lassaigne's test for nitrogen, the sodium fusion extract is boiled with FeSO₄ and acidified. The Prussian blue colour is due to",
        "Fe₄[Fe(CN)₆]₃",
        [
            ("Na₄[Fe(CN)₅NOS]", "confuses it with the violet complex of the sulphur test"),
            ("[Fe(SCN)]²⁺", "confuses it with the blood-red colour when both N and S are present"),
            "FeSO₄·7H₂O",
        ],
        "Nitrogen forms NaCN on fusion; CN⁻ gives [Fe(CN)₆]⁴⁻ with Fe²⁺, and this combines with Fe³⁺ to give iron(III) hexacyanidoferrate(II), Prussian blue.",
    )
    b.mcq(
        c,
        "M",
        "If an organic compound contains both nitrogen and sulphur, the sodium fusion extract gives a blood-red colour with Fe³⁺ because of the formation of",
        "[Fe(SCN)]²⁺",
        [
            ("Prussian blue", "assumes nitrogen is detected as usual, ignoring that NaSCN forms"),
            ("PbS", "confuses it with the lead acetate test"),
            "Fe₂S₃",
        ],
        "With N and S together (and too little sodium), NaSCN forms on fusion; SCN⁻ gives blood-red [Fe(SCN)]²⁺ with Fe³⁺.",
    )
    b.mcq(
        c,
        "M",
        "Before the sodium fusion extract is tested for halogens with AgNO₃, it is boiled with concentrated HNO₃ to",
        "decompose any NaCN and Na₂S, which would otherwise also give precipitates with Ag⁺",
        [
            ("oxidise the halide ions to halogens", "thinks the acid converts halides to halogens"),
            ("dissolve the silver halide formed", "reverses the purpose of the step"),
            "convert the halogens into halide ions",
        ],
        "CN⁻ and S²⁻ are driven off as HCN and H₂S; otherwise AgCN or Ag₂S would precipitate and give a false positive.",
    )
    b.mcq(
        c,
        "E",
        "Sulphur in an organic compound is detected in the sodium fusion extract by adding sodium nitroprusside, which gives",
        "a violet colour",
        [
            ("a Prussian blue colour", "confuses the sulphur test with the nitrogen test"),
            ("a white precipitate", "confuses it with the chloride test"),
            "a blood-red colour",
        ],
        "S²⁻ reacts with nitroprusside to give the violet complex [Fe(CN)₅NOS]⁴⁻. Sulphur can also be detected as black PbS with lead acetate.",
    )
    b.tf(
        c,
        "H",
        "Hydrazine (NH₂NH₂) gives a positive Lassaigne's test for nitrogen.",
        False,
        "Lassaigne's test detects nitrogen as NaCN, which needs carbon as well as nitrogen. Hydrazine has no carbon, so no cyanide forms.",
    )

    c = "CHEM.PURIFY.QUANTITATIVE"
    b.tpl(
        c,
        "M",
        r"In a Carius determination, {{m}} g of an organic compound gives {{w}} g of AgBr. What is the percentage of bromine in the compound (to two decimal places)? (Ag = 108, Br = 80)",
        {"m": (0.15, 0.3, 0.05), "w": (0.1, 0.3, 0.02)},
        "w*80/188/m*100",
        r"188 g of AgBr contains 80 g of Br, so % Br $= \dfrac{80}{188} \times \dfrac{w}{m} \times 100$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"In a Kjeldahl estimation, the ammonia from {{m}} g of an organic compound neutralises {{v}} mL of 0.5 M H₂SO₄. What is the percentage of nitrogen in the compound (to two decimal places)? (N = 14)",
        {"m": (0.4, 1.0, 0.1), "v": (5, 20)},
        "2*0.5*v/1000*14/m*100",
        r"$\mathrm{2NH_3 + H_2SO_4 \to (NH_4)_2SO_4}$: moles of NH₃ $= 2 \times 0.5 \times \dfrac{v}{1000}$, each containing 14 g N. % N $= \dfrac{14 \times n_{\mathrm{NH_3}}}{m} \times 100 = \dfrac{1.4 \times v}{m}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"On complete combustion, {{m}} g of an organic compound gives {{w}} g of CO₂. What is the percentage of carbon in the compound (to two decimal places)? (C = 12, O = 16)",
        {"m": (0.2, 0.5, 0.05), "w": (0.2, 0.5, 0.05)},
        "w*12/44/m*100",
        r"44 g of CO₂ contains 12 g of C: % C $= \dfrac{12}{44} \times \dfrac{w}{m} \times 100$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"In a Dumas determination, {{m}} g of an organic compound gives {{v}} mL of N₂, measured at STP. What is the percentage of nitrogen in the compound (to two decimal places)? (N = 14; molar volume at STP = 22 400 mL.)",
        {"m": (0.1, 0.5, 0.05), "v": (10, 40, 5)},
        "v/22400*28/m*100",
        r"Mass of N₂ $= \dfrac{v}{22400} \times 28$ g; % N $= \dfrac{\text{mass of N}_2}{m} \times 100$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Kjeldahl's method cannot be used to estimate nitrogen in",
        "pyridine",
        [
            ("aniline", "thinks every aromatic nitrogen compound fails the test"),
            ("urea", "thinks the method fails for compounds rich in nitrogen"),
            "acetamide",
        ],
        "Nitrogen in nitro and azo groups, or in a ring (pyridine), is not converted to ammonium sulphate by digestion with concentrated H₂SO₄. Dumas' method is used instead.",
    )
    b.mcq(
        c,
        "E",
        "In the Carius method, the halogen in an organic compound is finally weighed as",
        "the silver halide",
        [
            ("the sodium halide", "confuses it with the sodium fusion step of Lassaigne's test"),
            ("the free halogen", "thinks the halogen is collected as a gas"),
            "barium halide",
        ],
        "The compound is heated with fuming HNO₃ and AgNO₃ in a sealed tube; the halogen is precipitated as AgX, which is filtered, dried and weighed.",
    )


def goc(b: Bank) -> None:
    c = "CHEM.GOC.CLASSIFICATION"
    b.mcq(
        c,
        "E",
        "The functional group present in CH₃COCH₃ is",
        "a ketone",
        [
            ("an aldehyde", "ignores that the C=O carbon is bonded to two carbons"),
            ("an ether", "reads the formula as containing C–O–C"),
            "a carboxylic acid",
        ],
        "In propanone (acetone) the carbonyl carbon is bonded to two methyl groups.",
    )
    b.mcq(
        c,
        "M",
        "Which of these is a heterocyclic aromatic compound?",
        "Pyridine",
        [
            ("Tetrahydrofuran", "confuses heterocyclic with aromatic"),
            ("Benzene", "confuses aromatic with heterocyclic"),
            "Cyclohexane",
        ],
        "Pyridine has a nitrogen atom in a planar ring with 6 π electrons. Tetrahydrofuran is heterocyclic but saturated; benzene is aromatic but its ring contains only carbon.",
    )
    b.mcq(
        c,
        "E",
        "Consecutive members of a homologous series differ by",
        "a CH₂ group (14 u)",
        [
            ("a CH₃ group (15 u)", "counts a methyl substituent instead of a methylene unit"),
            "a C₂H₄ unit (28 u)",
            "one carbon atom (12 u)",
        ],
        "Methane CH₄, ethane C₂H₆, propane C₃H₈, ...: each differs from the next by CH₂.",
    )
    b.tf(
        c,
        "E",
        "The members of a homologous series have the same general formula and similar chemical properties.",
        True,
        "They share the functional group, so their chemistry is similar; physical properties such as boiling point change gradually with molar mass.",
    )
    b.msq(
        c,
        "M",
        "Which of the following are alicyclic compounds?",
        [
            ("Cyclohexane", True),
            ("Cyclopentene", True),
            ("Benzene", False, "confuses alicyclic with aromatic"),
            ("Hexane", False),
            ("Furan", False, "confuses alicyclic with heterocyclic aromatic"),
        ],
        "Alicyclic compounds are carbocyclic but not aromatic, so they behave like aliphatic compounds. Benzene is aromatic; furan is a heterocyclic aromatic; hexane is open-chain.",
    )

    c = "CHEM.GOC.NOMENCLATURE"
    b.mcq(
        c,
        "E",
        "The IUPAC name of (CH₃)₂CHCH₂CH₃ is",
        "2-methylbutane",
        [
            ("3-methylbutane", "numbers the chain from the wrong end"),
            ("isopentane", "gives the common name"),
            "pentane",
        ],
        "The longest chain has four carbons (butane); numbering from the end nearer the branch puts the methyl at C-2.",
    )
    b.mcq(
        c,
        "M",
        "The IUPAC name of CH₂=CH–CHO is",
        "prop-2-enal",
        [
            (
                "prop-1-en-3-al",
                "gives the lower locant to the C=C instead of the principal functional group",
            ),
            ("acrylaldehyde", "gives the common name"),
            "propenone",
        ],
        "The aldehyde carbon is C-1, so the double bond is between C-2 and C-3: prop-2-enal.",
    )
    b.mcq(
        c,
        "H",
        "The IUPAC name of CH₃CH(OH)CH₂COOH is",
        "3-hydroxybutanoic acid",
        [
            ("2-hydroxybutanoic acid", "numbers the chain from the wrong end"),
            ("3-carboxybutan-2-ol", "chooses the wrong principal functional group"),
            "1-hydroxybutanoic acid",
        ],
        "–COOH has priority over –OH, so it is C-1 and the suffix is -oic acid; –OH becomes the prefix hydroxy at C-3.",
    )
    b.mcq(
        c,
        "E",
        "The IUPAC name of (CH₃)₃C–CH₂–CH₃ is",
        "2,2-dimethylbutane",
        [
            ("3,3-dimethylbutane", "numbers the chain from the wrong end"),
            ("2-methyl-2-ethylpropane", "does not pick the longest chain"),
            "neohexane",
        ],
        "Longest chain: four carbons. Two methyl groups sit on C-2 when numbered from the nearer end.",
    )
    b.mcq(
        c,
        "H",
        "The IUPAC name of CH₃–C≡C–CH(CH₃)₂ is",
        "4-methylpent-2-yne",
        [
            (
                "2-methylpent-3-yne",
                "gives the lowest locant to the substituent instead of the triple bond",
            ),
            ("isopropylmethylacetylene", "gives a common name"),
            "4-methylpent-3-yne",
        ],
        "The five-carbon chain includes the triple bond. Numbering must give the triple bond the lowest locant (2); the methyl branch is then on C-4.",
    )

    c = "CHEM.GOC.ISOMERISM"
    b.integer(
        c,
        "E",
        "How many structural isomers have the molecular formula C₅H₁₂?",
        3,
        "Pentane, 2-methylbutane and 2,2-dimethylpropane.",
    )
    b.integer(
        c,
        "H",
        "How many structural isomers (alcohols and ethers together) have the formula C₄H₁₀O?",
        7,
        "Alcohols: butan-1-ol, butan-2-ol, 2-methylpropan-1-ol, 2-methylpropan-2-ol (4). Ethers: 1-methoxypropane, 2-methoxypropane, ethoxyethane (3).",
    )
    b.mcq(
        c,
        "M",
        "Which of these alcohols is chiral?",
        "Butan-2-ol",
        [
            ("Propan-2-ol", "counts a carbon with two identical methyl groups as a chiral centre"),
            ("2-Methylpropan-2-ol", "counts any carbon bearing OH as chiral"),
            "Butan-1-ol",
        ],
        "C-2 of butan-2-ol carries four different groups: H, OH, CH₃ and C₂H₅.",
    )
    b.mcq(
        c,
        "E",
        "Ethanol (CH₃CH₂OH) and methoxymethane (CH₃OCH₃) are",
        "functional isomers",
        [
            (
                "position isomers",
                "thinks only the position of the oxygen differs, not the functional group",
            ),
            "chain isomers",
            "optical isomers",
        ],
        "Both are C₂H₆O but belong to different functional groups (alcohol and ether).",
    )
    b.mcq(
        c,
        "H",
        "How many stereoisomers does 2,3-dichlorobutane, CH₃CHClCHClCH₃, have?",
        "3",
        [
            ("4", "applies 2ⁿ without checking for a meso form"),
            ("2", "counts only the meso form and one enantiomer"),
            "1",
        ],
        "Two chiral centres with identical sets of groups give a pair of enantiomers (R,R and S,S) and one achiral meso form (R,S).",
    )
    b.tf(
        c,
        "E",
        "A meso compound has chiral centres but is optically inactive.",
        True,
        "It has an internal plane of symmetry, so the rotations caused by its two halves cancel (for example meso-tartaric acid).",
    )

    c = "CHEM.GOC.ELECTRONIC"
    b.mcq(
        c,
        "H",
        "Which of these acids is the strongest?",
        "Cl₂CHCOOH",
        [
            (
                "FCH₂COOH",
                "considers only the electronegativity of the halogen, ignoring the number of halogens",
            ),
            ("ClCH₂COOH", "ignores the additive −I effect of a second Cl"),
            "CH₃COOH",
        ],
        "The −I effect of halogens stabilises the carboxylate. Two Cl atoms (pKa 1.35) outweigh one F (2.59) or one Cl (2.87); acetic acid is 4.76.",
    )
    b.mcq(
        c,
        "M",
        "More highly alkyl-substituted alkenes (such as 2-methylbut-2-ene) are more stable than less substituted ones mainly because of",
        "hyperconjugation",
        [
            ("the −I effect of alkyl groups", "thinks alkyl groups withdraw electrons"),
            ("steric hindrance", "thinks crowding stabilises a molecule"),
            "the electromeric effect",
        ],
        "The σ electrons of α C–H bonds delocalise into the π system (no-bond resonance). More α-hydrogens means more hyperconjugative structures and lower heats of hydrogenation.",
    )
    b.mcq(
        c,
        "E",
        "Which group shows a +I (electron-releasing inductive) effect?",
        "–CH₃",
        [("–NO₂", "confuses electron-withdrawing with electron-releasing groups"), "–F", "–COOH"],
        "Alkyl groups push electron density along σ bonds; –NO₂, –F and –COOH all withdraw it (−I).",
    )
    b.mcq(
        c,
        "M",
        "The electromeric effect is",
        "a temporary, complete transfer of a π-electron pair to one atom of a multiple bond in the presence of an attacking reagent",
        [
            (
                "a permanent polarisation of a σ bond, transmitted along the chain",
                "confuses the electromeric effect with the inductive effect",
            ),
            (
                "the delocalisation of σ electrons of C–H bonds",
                "confuses the electromeric effect with hyperconjugation",
            ),
            "a permanent delocalisation of π electrons in a conjugated system",
        ],
        "It operates only when a reagent approaches and vanishes when the reagent is removed; the inductive and resonance effects are permanent.",
    )
    b.tf(
        c,
        "M",
        "An –OCH₃ group on a benzene ring withdraws electrons by the inductive effect but donates electrons to the ring by resonance.",
        True,
        "Oxygen is electronegative (−I), but its lone pair overlaps with the ring π system (+R). The +R effect dominates, so anisole is activated and ortho/para directing.",
    )

    c = "CHEM.GOC.INTERMEDIATES"
    b.mcq(
        c,
        "E",
        "Which carbocation is the most stable?",
        "(CH₃)₃C⁺",
        [("CH₃⁺", "reverses the order of carbocation stability"), "CH₃CH₂⁺", "(CH₃)₂CH⁺"],
        "Alkyl groups stabilise the positive charge by the +I effect and hyperconjugation: 3° > 2° > 1° > methyl.",
    )
    b.mcq(
        c,
        "M",
        "Which carbanion is the most stable?",
        "CH₃⁻",
        [
            ("(CH₃)₃C⁻", "applies the carbocation stability order to carbanions"),
            "(CH₃)₂CH⁻",
            "CH₃CH₂⁻",
        ],
        "Electron-releasing alkyl groups intensify the negative charge, so stability is methyl > 1° > 2° > 3°, the reverse of carbocations.",
    )
    b.mcq(
        c,
        "M",
        "In a simple alkyl carbocation, the positively charged carbon is",
        "sp² hybridised and trigonal planar, with an empty p orbital",
        [
            (
                "sp³ hybridised and pyramidal, with a lone pair",
                "describes a carbanion instead of a carbocation",
            ),
            ("sp hybridised and linear", "counts the empty orbital as a hybrid"),
            "sp³ hybridised and tetrahedral",
        ],
        "The carbon has only three σ bonds and six valence electrons; the vacant 2p orbital lies perpendicular to the plane of the three bonds.",
    )
    b.mcq(
        c,
        "H",
        "Which carbocation is the most stable?",
        "(C₆H₅)₃C⁺",
        [
            ("(CH₃)₃C⁺", "relies on hyperconjugation and ignores resonance with phenyl rings"),
            ("C₆H₅CH₂⁺", "counts one phenyl ring as good as three"),
            "CH₂=CH⁺",
        ],
        "In the triphenylmethyl (trityl) cation the positive charge is delocalised over three benzene rings. A vinyl cation (charge on sp carbon) is very unstable.",
    )
    b.tf(
        c,
        "E",
        "Free radicals are electrically neutral species with an unpaired electron.",
        True,
        "They form by homolytic fission; a carbon radical has seven valence electrons and is stabilised, like a carbocation, by alkyl groups (3° > 2° > 1°).",
    )

    c = "CHEM.GOC.MECHANISMS"
    b.mcq(
        c,
        "E",
        "Which of these species is an electrophile?",
        "NO₂⁺",
        [
            ("NH₃", "confuses an electron-pair donor with an acceptor"),
            ("OH⁻", "thinks any charged species is an electrophile"),
            "CN⁻",
        ],
        "An electrophile seeks electrons: NO₂⁺ (nitronium) has an electron-deficient nitrogen. NH₃, OH⁻ and CN⁻ have lone pairs to donate (nucleophiles).",
    )
    b.mcq(
        c,
        "E",
        "Homolytic fission of a covalent bond gives",
        "two free radicals",
        [
            ("a carbocation and a carbanion", "describes heterolytic fission"),
            "two anions",
            "two carbocations",
        ],
        "In homolysis each atom keeps one electron of the shared pair. It is favoured by heat or light and non-polar bonds.",
    )
    b.msq(
        c,
        "M",
        "Which of the following can act as nucleophiles?",
        [
            ("H₂O", True),
            ("NH₃", True),
            ("BF₃", False, "thinks every species with electronegative atoms is a nucleophile"),
            ("CN⁻", True),
            ("AlCl₃", False, "confuses Lewis acids with Lewis bases"),
        ],
        "Nucleophiles donate an electron pair: H₂O and NH₃ (lone pairs) and CN⁻. BF₃ and AlCl₃ have incomplete octets and are electrophiles (Lewis acids).",
    )
    b.mcq(
        c,
        "E",
        "Heating bromoethane with alcoholic KOH gives ethene. This reaction is",
        "an elimination",
        [
            ("a nucleophilic substitution", "gives the product with aqueous KOH instead"),
            ("an electrophilic addition", "describes the reverse reaction, adding HBr to ethene"),
            "a rearrangement",
        ],
        "In alcoholic KOH the ethoxide/hydroxide acts as a base and removes H and Br from adjacent carbons (dehydrohalogenation, β-elimination).",
    )
    b.mcq(
        c,
        "H",
        "When 3,3-dimethylbutan-2-ol is heated with concentrated H₂SO₄, the major product is 2,3-dimethylbut-2-ene. This is because",
        "the secondary carbocation first formed rearranges by a 1,2-methyl shift to a more stable tertiary carbocation",
        [
            (
                "the OH group migrates to a neighbouring carbon before elimination",
                "thinks the leaving group moves instead of the carbon skeleton",
            ),
            (
                "elimination gives the least substituted alkene",
                "applies the Hofmann rule to an acid-catalysed dehydration",
            ),
            "the reaction follows an SN2 path with inversion",
        ],
        "Loss of water gives (CH₃)₃C–CH⁺–CH₃ (2°); a methyl shifts to give (CH₃)₂C⁺–CH(CH₃)₂ (3°), which loses a proton to form the tetrasubstituted alkene (Saytzeff product).",
    )


def hydrocarbons(b: Bank) -> None:
    c = "CHEM.HC.ALKANES"
    b.mcq(
        c,
        "M",
        "A mixture of bromomethane and bromoethane is treated with sodium in dry ether (Wurtz reaction). The product is",
        "a mixture of ethane, propane and butane",
        [
            ("propane only", "forgets that like halides also couple with each other"),
            ("butane only", "counts only the coupling of two bromoethane molecules"),
            "methane and ethane",
        ],
        "Wurtz coupling joins any two alkyl groups: CH₃–CH₃, CH₃–C₂H₅ and C₂H₅–C₂H₅. That is why the reaction is used only for symmetrical alkanes.",
    )
    b.mcq(
        c,
        "M",
        "The staggered conformation of ethane is more stable than the eclipsed one because it has",
        "less torsional strain from repulsion between the C–H bond pairs on adjacent carbons",
        [
            ("a shorter C–C bond", "thinks rotation changes the bond length"),
            ("more hydrogen bonds", "thinks C–H hydrogens form hydrogen bonds"),
            "a different molecular formula",
        ],
        "The energy difference is only about 12.5 kJ/mol, so the conformations interconvert freely at room temperature and cannot be separated.",
    )
    b.integer(
        c,
        "H",
        "How many structurally different monochloro products can be obtained from 2-methylbutane?",
        4,
        "2-methylbutane, (CH₃)₂CHCH₂CH₃, has four kinds of hydrogen: on the two equivalent CH₃ groups at C-1, on C-2, on C-3 and on C-4.",
    )
    b.mcq(
        c,
        "E",
        "Heating sodium propanoate with soda lime (NaOH + CaO) gives",
        "ethane",
        [
            ("propane", "forgets that decarboxylation removes one carbon as CO₂"),
            ("butane", "confuses decarboxylation with Kolbe's electrolysis"),
            "methane",
        ],
        r"Decarboxylation: $\mathrm{CH_3CH_2COONa + NaOH \to CH_3CH_3 + Na_2CO_3}$. The alkane has one carbon fewer than the acid.",
    )
    b.mcq(
        c,
        "M",
        "Electrolysis of an aqueous solution of sodium propanoate (Kolbe's method) gives, at the anode,",
        "butane",
        [
            ("ethane", "confuses Kolbe's electrolysis with decarboxylation by soda lime"),
            ("propane", "thinks the carboxylate simply picks up a hydrogen"),
            "hexane",
        ],
        r"$\mathrm{2CH_3CH_2COO^- \to CH_3CH_2CH_2CH_3 + 2CO_2 + 2e^-}$: two ethyl radicals couple. Hydrogen is evolved at the cathode.",
    )
    b.tpl(
        c,
        "H",
        r"In the light-induced monochlorination of propane, a secondary hydrogen is {{r}} times as reactive as a primary hydrogen. What percentage of the monochloro product is 2-chloropropane (to one decimal place)?",
        {"r": (3, 5, 0.1)},
        "2*r/(2*r + 6)*100",
        r"Propane has 6 primary and 2 secondary hydrogens. The share of 2-chloropropane is $\dfrac{2r}{2r + 6 \times 1} \times 100$.",
        tolerance=0.1,
    )

    c = "CHEM.HC.ALKENES"
    b.mcq(
        c,
        "E",
        "Propene reacts with HBr in the absence of peroxides. The major product is",
        "2-bromopropane",
        [
            ("1-bromopropane", "applies anti-Markovnikov addition without peroxides"),
            "1,2-dibromopropane",
            "propane",
        ],
        "Markovnikov's rule: H⁺ adds to the CH₂ end to form the more stable secondary carbocation, which then takes Br⁻.",
    )
    b.mcq(
        c,
        "M",
        "Propene reacts with HBr in the presence of benzoyl peroxide. The major product is",
        "1-bromopropane",
        [("2-bromopropane", "ignores the peroxide effect"), "1,2-dibromopropane", "propan-2-ol"],
        "Peroxides start a free-radical chain: Br• adds to the CH₂ end to give the more stable secondary radical, leading to anti-Markovnikov addition (Kharasch effect).",
    )
    b.mcq(
        c,
        "E",
        "Ozonolysis of but-2-ene followed by treatment with Zn and water gives",
        "two molecules of ethanal",
        [
            ("propanone and methanal", "does not locate the double bond correctly"),
            ("two molecules of ethanoic acid", "assumes oxidative work-up despite the zinc"),
            "propanal and methanal",
        ],
        "Ozonolysis cleaves C=C and puts C=O on each carbon: CH₃CH=CHCH₃ → 2 CH₃CHO. Zinc prevents further oxidation by H₂O₂.",
    )
    b.mcq(
        c,
        "H",
        "An alkene C₆H₁₂ gives only propanone on ozonolysis (with Zn/H₂O). The alkene is",
        "2,3-dimethylbut-2-ene",
        [
            ("hex-3-ene", "does not check that the fragments must be ketones"),
            ("2-methylpent-2-ene", "forgets that this alkene gives two different fragments"),
            "hex-1-ene",
        ],
        "Two identical (CH₃)₂C= fragments joined by the double bond: (CH₃)₂C=C(CH₃)₂. Hex-3-ene gives propanal; 2-methylpent-2-ene gives propanone and propanal.",
    )
    b.mcq(
        c,
        "E",
        "Which of these alkenes shows geometrical (cis-trans) isomerism?",
        "But-2-ene",
        [
            (
                "2-Methylpropene",
                "misses that one carbon of the double bond carries two identical groups",
            ),
            "But-1-ene",
            "Propene",
        ],
        "Each carbon of the C=C in but-2-ene carries two different groups (H and CH₃). In the others, one double-bond carbon carries two H atoms or two methyl groups.",
    )
    b.tf(
        c,
        "M",
        "The peroxide effect (anti-Markovnikov addition) is observed with HCl and HI as well as with HBr.",
        False,
        "Only HBr shows it. The H–Cl bond is too strong to be broken by the radicals, and the iodine radical adds to alkenes too slowly (I• combines to I₂).",
    )

    c = "CHEM.HC.ALKYNES"
    b.mcq(
        c,
        "M",
        "The hydrogen of a terminal alkyne (R–C≡C–H) is weakly acidic because",
        "the sp carbon, with 50% s character, holds the electron pair of the conjugate base close to the nucleus",
        [
            (
                "the C≡C bond is very weak",
                "confuses bond strength with acidity of an attached hydrogen",
            ),
            ("the C–H bond is ionic", "exaggerates the polarity of the bond"),
            "the triple bond donates electrons to the hydrogen",
        ],
        "Acidity follows s character: ethyne (sp) > ethene (sp²) > ethane (sp³). Terminal alkynes react with Na or NaNH₂ to form acetylides.",
    )
    b.mcq(
        c,
        "M",
        "Propyne is passed into dilute H₂SO₄ containing HgSO₄. The product is",
        "propanone",
        [
            ("propanal", "applies anti-Markovnikov addition of water"),
            ("propan-2-ol", "stops at the alcohol instead of the enol, which tautomerises"),
            "propene",
        ],
        "Water adds in the Markovnikov sense to give the enol CH₃C(OH)=CH₂, which tautomerises to CH₃COCH₃. Only ethyne gives an aldehyde.",
    )
    b.mcq(
        c,
        "E",
        "Ethyne passed through a red-hot iron tube at 873 K polymerises to",
        "benzene",
        [
            ("polythene", "confuses cyclic trimerisation with addition polymerisation of ethene"),
            "cyclohexane",
            "buta-1,3-diene",
        ],
        "Three molecules of ethyne combine in a ring: 3 C₂H₂ → C₆H₆.",
    )
    b.mcq(
        c,
        "M",
        "Which reagent distinguishes but-1-yne from but-2-yne?",
        "Ammoniacal silver nitrate",
        [
            ("Bromine water", "forgets that both alkynes decolourise bromine water"),
            ("Alkaline KMnO₄", "forgets that both alkynes are oxidised"),
            "Hydrogen with a nickel catalyst",
        ],
        "Only the terminal alkyne, with an acidic ≡C–H, gives a white precipitate of silver butynide.",
    )
    b.mcq(
        c,
        "H",
        "But-2-yne is reduced with sodium in liquid ammonia. The product is",
        "trans-but-2-ene",
        [
            ("cis-but-2-ene", "confuses the dissolving-metal reduction with Lindlar's catalyst"),
            ("butane", "thinks reduction goes all the way to the alkane"),
            "but-1-ene",
        ],
        "Dissolving-metal reduction proceeds through a radical anion and a vinyl anion that adopt the trans arrangement. H₂ over Lindlar's catalyst (Pd/BaSO₄, quinoline) gives the cis alkene.",
    )

    c = "CHEM.HC.AROMATIC"
    b.mcq(
        c,
        "M",
        "Which of these species is aromatic?",
        "The cyclopentadienyl anion, C₅H₅⁻",
        [
            ("Cyclooctatetraene", "counts any cyclic conjugated polyene as aromatic"),
            (
                "The cyclopentadienyl cation, C₅H₅⁺",
                "counts the ring atoms instead of the π electrons",
            ),
            "Cyclohexa-1,3-diene",
        ],
        "Hückel's rule: planar, cyclic, fully conjugated with (4n + 2) π electrons. C₅H₅⁻ has 6. C₅H₅⁺ has 4 (antiaromatic), cyclooctatetraene (8) is tub-shaped, and cyclohexa-1,3-diene is not fully conjugated.",
    )
    b.mcq(
        c,
        "E",
        "In benzene, the carbon-carbon bonds are",
        "all equal in length (139 pm), between a single and a double bond",
        [
            (
                "alternately single (154 pm) and double (134 pm)",
                "treats one Kekulé structure as the real molecule",
            ),
            "all single bonds of 154 pm",
            "all double bonds of 134 pm",
        ],
        "The six π electrons are delocalised over the ring, so all six bonds are identical.",
    )
    b.integer(
        c,
        "M",
        "How many π electrons are there in naphthalene, C₁₀H₈?",
        10,
        r"Five C=C bonds in any Kekulé structure: 10 π electrons, which fits $4n + 2$ with $n = 2$.",
    )
    b.tf(
        c,
        "H",
        "The tropylium (cycloheptatrienyl) cation, C₇H₇⁺, is aromatic.",
        True,
        "It is planar and cyclic, every carbon is sp² (one carries the empty p orbital), and it has 6 π electrons: Hückel's 4n + 2 with n = 1.",
    )
    b.mcq(
        c,
        "M",
        "Which of these compounds is antiaromatic?",
        "Cyclobuta-1,3-diene",
        [
            ("Benzene", "confuses aromatic with antiaromatic"),
            ("Cyclohexane", "thinks a saturated ring can be antiaromatic"),
            "Pyridine",
        ],
        "A planar, cyclic, fully conjugated system with 4n π electrons (here 4) is antiaromatic and especially unstable.",
    )

    c = "CHEM.HC.EAS"
    b.mcq(
        c,
        "E",
        "In the nitration of benzene with a mixture of concentrated HNO₃ and H₂SO₄, the electrophile is",
        "NO₂⁺",
        [
            ("NO₃⁻", "takes the nitrate ion, a nucleophile, as the electrophile"),
            ("HSO₄⁻", "thinks sulphuric acid supplies the attacking species"),
            "NO₂⁻",
        ],
        r"$\mathrm{HNO_3 + 2H_2SO_4 \rightleftharpoons NO_2^+ + H_3O^+ + 2HSO_4^-}$. Sulphuric acid protonates nitric acid, which loses water to give the nitronium ion.",
    )
    b.mcq(
        c,
        "E",
        "Which substituent on a benzene ring is meta-directing?",
        "–NO₂",
        [
            ("–Cl", "thinks every deactivating group directs meta"),
            ("–OH", "confuses activating with deactivating groups"),
            "–CH₃",
        ],
        "–NO₂ withdraws electrons by −I and −R effects, deactivating mainly the ortho and para positions, so attack occurs at meta.",
    )
    b.mcq(
        c,
        "M",
        "In the Friedel-Crafts methylation of benzene with CH₃Cl, the role of anhydrous AlCl₃ is to",
        "generate the electrophile (CH₃⁺, or a polarised CH₃–Cl–AlCl₃ complex)",
        [
            (
                "act as a nucleophile that attacks the ring",
                "confuses the Lewis acid with a nucleophile",
            ),
            ("absorb the water formed", "thinks the reaction produces water"),
            "oxidise the benzene ring",
        ],
        r"$\mathrm{CH_3Cl + AlCl_3 \to CH_3^+ + AlCl_4^-}$; AlCl₄⁻ later takes the proton from the arenium ion, regenerating AlCl₃ and forming HCl.",
    )
    b.mcq(
        c,
        "H",
        "Nitrobenzene does not undergo Friedel-Crafts reactions, and is even used as a solvent for them, because",
        "the nitro group strongly deactivates the ring towards electrophiles",
        [
            (
                "the nitro group activates the ring too much",
                "reverses the effect of the nitro group",
            ),
            ("nitrobenzene reacts with AlCl₃ to form an explosive", "invents a hazard"),
            "nitrobenzene is insoluble in organic solvents",
        ],
        "The ring is so electron-poor that the weak Friedel-Crafts electrophiles cannot attack it.",
    )
    b.mcq(
        c,
        "H",
        "Benzene is treated with 1-chloropropane and anhydrous AlCl₃. The major product is",
        "isopropylbenzene (cumene)",
        [
            ("n-propylbenzene", "ignores the rearrangement of the carbocation"),
            ("toluene", "thinks the chain breaks down to one carbon"),
            "chlorobenzene",
        ],
        "The primary carbocation (or its complex) rearranges by a hydride shift to the more stable secondary isopropyl cation before attacking the ring.",
    )
    b.tf(
        c,
        "M",
        "Halogen substituents deactivate the benzene ring yet direct incoming electrophiles to the ortho and para positions.",
        True,
        "The −I effect of the halogen makes the ring less reactive overall, but its +R effect (lone-pair donation) stabilises the ortho and para arenium ions most.",
    )


def halogen_compounds(b: Bank) -> None:
    c = "CHEM.HALO.HALOALKANES"
    b.mcq(
        c,
        "M",
        "Thionyl chloride (SOCl₂) is preferred for converting an alcohol into an alkyl chloride because",
        "the by-products SO₂ and HCl are gases that escape, leaving a pure product",
        [
            ("it does not react with water", "misjudges SOCl₂, which reacts violently with water"),
            (
                "it gives the alkyl fluoride as a side product",
                "confuses chlorination with fluorination",
            ),
            "it works without breaking the C–O bond",
        ],
        r"$\mathrm{ROH + SOCl_2 \to RCl + SO_2\uparrow + HCl\uparrow}$.",
    )
    b.mcq(
        c,
        "M",
        "The Finkelstein reaction converts an alkyl chloride into an alkyl iodide using",
        "NaI in dry acetone",
        [
            ("AgF or Hg₂F₂", "confuses it with the Swarts reaction for alkyl fluorides"),
            ("HI and red phosphorus", "confuses it with the reduction of alkyl halides to alkanes"),
            "I₂ in sunlight",
        ],
        "NaCl is insoluble in acetone and precipitates, which drives the equilibrium R–Cl + I⁻ ⇌ R–I + Cl⁻ to the right (Le Chatelier).",
    )
    b.mcq(
        c,
        "E",
        "Which of these compounds has the highest boiling point?",
        "CH₃I",
        [
            ("CH₃Cl", "thinks the more polar bond always gives the higher boiling point"),
            "CH₃Br",
            "CH₃F",
        ],
        "For the same alkyl group, boiling points rise with the size and polarisability of the halogen (stronger dispersion forces): RF < RCl < RBr < RI.",
    )
    b.mcq(
        c,
        "M",
        "Chloroform is stored in dark-coloured bottles filled to the brim because",
        "in light and air it is slowly oxidised to the very poisonous phosgene (COCl₂)",
        [
            ("it is explosive in the dark", "reverses the effect of light"),
            (
                "it absorbs water from the air and decomposes to methanol",
                "invents a hydrolysis reaction",
            ),
            "it evaporates only in sunlight",
        ],
        r"$\mathrm{2CHCl_3 + O_2 \xrightarrow{light} 2COCl_2 + 2HCl}$. Keeping out air and light prevents this.",
    )
    b.tf(
        c,
        "M",
        "Haloalkanes are only very slightly soluble in water, although the C–X bond is polar.",
        True,
        "Dissolving them would break hydrogen bonds between water molecules, and haloalkanes cannot form hydrogen bonds with water strong enough to make up for it.",
    )

    c = "CHEM.HALO.SUBSTITUTION"
    b.mcq(
        c,
        "E",
        "Which of these reacts fastest by the SN2 mechanism?",
        "CH₃Br",
        [("(CH₃)₃CBr", "applies the SN1 order of reactivity to SN2"), "(CH₃)₂CHBr", "CH₃CH₂Br"],
        "In SN2 the nucleophile attacks from the back side in a single step, so steric hindrance matters: methyl > 1° > 2° > 3°.",
    )
    b.mcq(
        c,
        "M",
        "Optically active 2-bromobutane is hydrolysed by the SN1 mechanism. The product is",
        "butan-2-ol that is largely racemic",
        [
            (
                "butan-2-ol with complete inversion of configuration",
                "applies the SN2 result to SN1",
            ),
            (
                "butan-2-ol with complete retention of configuration",
                "thinks the nucleophile takes the exact place of the leaving group",
            ),
            "but-1-ene only",
        ],
        "The planar carbocation intermediate can be attacked from either face, giving both enantiomers (often with slight excess of inversion).",
    )
    b.mcq(
        c,
        "E",
        "An SN2 reaction at a chiral carbon proceeds with",
        "inversion of configuration",
        [
            ("racemisation", "gives the result for SN1"),
            (
                "retention of configuration",
                "thinks the nucleophile takes the exact place of the leaving group",
            ),
            "loss of all stereochemistry",
        ],
        "The nucleophile attacks from the side opposite the leaving group, and the other three groups flip like an umbrella (Walden inversion).",
    )
    b.mcq(
        c,
        "H",
        "2-Bromo-2-methylpropane is heated with sodium ethoxide in ethanol. The major product is",
        "2-methylpropene",
        [
            ("2-ethoxy-2-methylpropane", "expects Williamson substitution at a tertiary carbon"),
            ("2-methylpropan-2-ol", "treats ethoxide as hydroxide"),
            "2-methylpropane",
        ],
        "With a tertiary halide and a strong base, elimination (E2) wins: backside attack is blocked and there are nine β-hydrogens to remove.",
    )
    b.mcq(
        c,
        "M",
        "Dehydrobromination of 2-bromobutane with alcoholic KOH gives mainly",
        "but-2-ene",
        [
            ("but-1-ene", "applies the Hofmann rule instead of Saytzeff's rule"),
            ("butan-2-ol", "gives the substitution product of aqueous KOH"),
            "butane",
        ],
        "Saytzeff's rule: the more substituted (more stable) alkene is the major product.",
    )
    b.tf(
        c,
        "E",
        "Polar protic solvents such as water and alcohols favour the SN1 mechanism.",
        True,
        "They solvate and stabilise both the carbocation and the leaving halide ion, lowering the energy of the ionisation step.",
    )

    c = "CHEM.HALO.HALOARENES"
    b.mcq(
        c,
        "M",
        "Chlorobenzene is much less reactive than chloromethane towards nucleophilic substitution mainly because",
        "resonance gives the C–Cl bond partial double-bond character, and the carbon is sp² hybridised",
        [
            (
                "chlorine is more electronegative in chlorobenzene",
                "thinks electronegativity depends on the molecule",
            ),
            ("benzene rings are electron-deficient", "reverses the electron richness of the ring"),
            "chlorobenzene is insoluble in water",
        ],
        "The lone pair on Cl is delocalised into the ring, shortening and strengthening the C–Cl bond. Back-side attack is also blocked by the ring, and the phenyl cation is very unstable.",
    )
    b.mcq(
        c,
        "H",
        "Which compound is hydrolysed most easily to the corresponding phenol?",
        "2,4,6-Trinitrochlorobenzene",
        [
            ("Chlorobenzene", "reverses the effect of the nitro groups"),
            ("4-Nitrochlorobenzene", "thinks one nitro group activates as much as three"),
            "4-Chlorotoluene",
        ],
        "Nitro groups at ortho and para positions stabilise the negatively charged intermediate (Meisenheimer complex) by resonance. With three of them, warm water is enough.",
    )
    b.mcq(
        c,
        "E",
        "Chlorobenzene heated with aqueous NaOH at 623 K and 300 atm, followed by acidification, gives",
        "phenol",
        [
            ("benzene", "thinks the halogen is replaced by hydrogen"),
            "benzyl alcohol",
            "benzoic acid",
        ],
        "This is the Dow process. The harsh conditions show how unreactive aryl halides are.",
    )
    b.mcq(
        c,
        "M",
        "Chlorobenzene reacts with Cl₂ in the presence of anhydrous FeCl₃ to give mainly",
        "1,2- and 1,4-dichlorobenzene",
        [
            ("1,3-dichlorobenzene", "thinks a deactivating group must direct meta"),
            ("hexachlorobenzene in one step", "thinks substitution continues to the end"),
            "benzene hexachloride",
        ],
        "Cl deactivates the ring (−I) but directs ortho/para (+R). The para isomer predominates for steric reasons.",
    )
    b.tf(
        c,
        "E",
        "Heating an aryl halide and an alkyl halide with sodium in dry ether gives an alkylbenzene (the Wurtz-Fittig reaction).",
        True,
        "For example C₆H₅Cl + CH₃Cl + 2Na → C₆H₅CH₃ + 2NaCl. With two aryl halides alone (Fittig reaction) biphenyl is formed.",
    )


def oxygen_compounds(b: Bank) -> None:
    c = "CHEM.OXY.ALCOHOLS"
    b.mcq(
        c,
        "M",
        "In the Lucas test (conc. HCl + anhydrous ZnCl₂), which alcohol produces turbidity immediately at room temperature?",
        "2-Methylpropan-2-ol",
        [
            ("Butan-1-ol", "reverses the order of reactivity of alcohols"),
            (
                "Butan-2-ol",
                "confuses secondary alcohols (turbidity in about 5 minutes) with tertiary",
            ),
            "Methanol",
        ],
        "The test depends on forming a carbocation: a tertiary alcohol gives an insoluble alkyl chloride at once, a secondary one in a few minutes, and a primary one not at room temperature.",
    )
    b.mcq(
        c,
        "E",
        "Oxidation of a secondary alcohol with acidified K₂Cr₂O₇ gives",
        "a ketone",
        [
            ("an aldehyde", "gives the product from a primary alcohol"),
            (
                "a carboxylic acid with the same number of carbons",
                "gives the product from a primary alcohol under strong oxidation",
            ),
            "no reaction",
        ],
        "R₂CH–OH loses the H on the carbinol carbon and the O–H hydrogen to form R₂C=O. Tertiary alcohols have no such H and resist oxidation.",
    )
    b.mcq(
        c,
        "M",
        "Which alcohol is dehydrated most easily by heating with concentrated H₂SO₄?",
        "2-Methylpropan-2-ol",
        [("Ethanol", "reverses the order of ease of dehydration"), "Propan-1-ol", "Propan-2-ol"],
        "Dehydration goes through a carbocation, so its ease follows carbocation stability: 3° > 2° > 1°. Tertiary alcohols dehydrate with 20% H₂SO₄ at about 358 K.",
    )
    b.mcq(
        c,
        "M",
        "Hydroboration-oxidation of propene (B₂H₆, then H₂O₂/NaOH) gives",
        "propan-1-ol",
        [("propan-2-ol", "applies Markovnikov addition of water"), "propanal", "propane-1,2-diol"],
        "Boron adds to the less substituted carbon; oxidation replaces B by OH, so the net result is anti-Markovnikov addition of water.",
    )
    b.mcq(
        c,
        "M",
        "Methylmagnesium bromide reacts with methanal, and the product is hydrolysed. The alcohol formed is",
        "ethanol",
        [
            ("propan-2-ol", "gives the product from ethanal"),
            ("2-methylpropan-2-ol", "gives the product from propanone"),
            "methanol",
        ],
        "The CH₃ group adds to the carbonyl carbon of HCHO: CH₃CH₂OMgBr, hydrolysed to CH₃CH₂OH. Methanal gives primary, other aldehydes secondary and ketones tertiary alcohols.",
    )
    b.tf(
        c,
        "E",
        "Ethanol (molar mass 46) boils at a much higher temperature than propane (molar mass 44).",
        True,
        "Ethanol (351 K) is hydrogen-bonded; propane (231 K) has only weak dispersion forces.",
    )

    c = "CHEM.OXY.PHENOLS"
    b.mcq(
        c,
        "M",
        "Phenol is a stronger acid than ethanol because",
        "the phenoxide ion is stabilised by delocalisation of its negative charge into the benzene ring",
        [
            ("phenol has more hydrogen atoms", "thinks acidity depends on the number of H atoms"),
            ("the ethoxide ion is stabilised by resonance", "reverses which anion is stabilised"),
            "phenol is more soluble in water",
        ],
        "In ethoxide the charge stays on O, and the ethyl group (+I) intensifies it. pKa: phenol 10.0, ethanol about 15.9.",
    )
    b.mcq(
        c,
        "H",
        "Which of these phenols is the strongest acid?",
        "4-Nitrophenol",
        [
            (
                "3-Nitrophenol",
                "thinks the nitro group withdraws electrons by resonance from the meta position too",
            ),
            ("4-Methylphenol", "confuses electron-donating with electron-withdrawing groups"),
            "Phenol",
        ],
        "A para-NO₂ group stabilises the phenoxide by both −I and −R effects (pKa 7.1); at meta only −I operates (pKa 8.4). CH₃ destabilises it (pKa 10.2).",
    )
    b.mcq(
        c,
        "M",
        "Phenol reacts with bromine water at room temperature to give",
        "a white precipitate of 2,4,6-tribromophenol",
        [
            (
                "a mixture of 2- and 4-bromophenol",
                "applies the result in a non-polar solvent such as CS₂ at low temperature",
            ),
            ("bromobenzene", "thinks the OH group is replaced"),
            "no reaction without a catalyst",
        ],
        "In water phenol partly ionises to the highly activated phenoxide ion, and the polar solvent helps polarise Br₂, so all ortho and para positions are brominated.",
    )
    b.mcq(
        c,
        "M",
        "Phenol heated with chloroform and aqueous NaOH, followed by acidification, gives",
        "2-hydroxybenzaldehyde (salicylaldehyde)",
        [
            (
                "2-hydroxybenzoic acid (salicylic acid)",
                "confuses the Reimer-Tiemann reaction with Kolbe's reaction",
            ),
            "chlorobenzene",
            "benzaldehyde",
        ],
        "Reimer-Tiemann reaction: dichlorocarbene, formed from CHCl₃ and NaOH, attacks the ortho position of phenoxide; the CHCl₂ group is hydrolysed to CHO.",
    )
    b.tf(
        c,
        "M",
        "Phenol reacts with sodium hydrogencarbonate solution to give carbon dioxide.",
        False,
        "Phenol (pKa 10) is a weaker acid than carbonic acid (pKa 6.4), so it cannot displace CO₂ from HCO₃⁻. Carboxylic acids do; this distinguishes them from phenols.",
    )

    c = "CHEM.OXY.ETHERS"
    b.mcq(
        c,
        "H",
        "The best way to prepare 2-methoxy-2-methylpropane, (CH₃)₃C–O–CH₃, by Williamson synthesis is from",
        "sodium tert-butoxide and bromomethane",
        [
            (
                "2-bromo-2-methylpropane and sodium methoxide",
                "forgets that a tertiary halide with a strong base undergoes elimination",
            ),
            "tert-butyl alcohol and methanol heated with conc. H₂SO₄",
            "2-methylpropene and methanol in sunlight",
        ],
        "Williamson synthesis is SN2, so the halide must be primary (or methyl). With the tertiary halide, methoxide acts as a base and gives 2-methylpropene.",
    )
    b.mcq(
        c,
        "H",
        "Methoxybenzene (anisole) is heated with HI. The products are",
        "phenol and iodomethane",
        [
            ("iodobenzene and methanol", "expects attack at the aryl carbon"),
            "benzene and methanol",
            "iodobenzene and iodomethane",
        ],
        "The O–aryl bond has partial double-bond character, and SN2 attack is impossible at an sp² ring carbon, so I⁻ attacks the methyl carbon of the protonated ether.",
    )
    b.mcq(
        c,
        "M",
        "Dry diethyl ether is the usual solvent for preparing Grignard reagents because it",
        "is aprotic and its oxygen lone pairs coordinate to and stabilise the magnesium",
        [
            (
                "reacts with the alkyl halide to start the reaction",
                "thinks the solvent is a reactant",
            ),
            (
                "provides protons that activate the magnesium",
                "forgets that protons would destroy the Grignard reagent",
            ),
            "is a strong oxidising agent",
        ],
        "Any protic solvent (water, alcohols) would protonate RMgX to RH. Ether solvates Mg, which keeps the reagent in solution.",
    )
    b.mcq(
        c,
        "H",
        "2-Methoxy-2-methylpropane, (CH₃)₃C–O–CH₃, is heated with HI. The products are",
        "2-iodo-2-methylpropane and methanol",
        [
            (
                "iodomethane and 2-methylpropan-2-ol",
                "assumes I⁻ always attacks the smaller alkyl group, even when a tertiary carbocation can form",
            ),
            "methane and tert-butyl iodide",
            "2-methylpropene and iodomethane",
        ],
        "After protonation, the C–O bond to the tertiary carbon breaks to give a stable tert-butyl cation (SN1), which combines with I⁻. With two primary or methyl groups, SN2 at the smaller group would be preferred.",
    )
    b.tf(
        c,
        "E",
        "Ethers have lower boiling points than isomeric alcohols.",
        True,
        "Ether molecules cannot hydrogen-bond to each other (no O–H); for example CH₃OCH₃ boils at 248 K and ethanol at 351 K.",
    )

    c = "CHEM.OXY.CARBONYL"
    b.mcq(
        c,
        "E",
        "Which compound is the most reactive towards nucleophilic addition?",
        "Methanal (HCHO)",
        [
            ("Propanone", "reverses the effect of alkyl groups on the carbonyl carbon"),
            "Ethanal",
            "Benzaldehyde",
        ],
        "Alkyl and aryl groups reduce the positive charge on the carbonyl carbon (+I, resonance) and crowd the approach of the nucleophile. HCHO has neither.",
    )
    b.mcq(
        c,
        "M",
        "Ethanal reacts with HCN (with a trace of base) to give",
        "2-hydroxypropanenitrile",
        [
            ("ethanenitrile", "thinks the C=O oxygen is replaced"),
            ("propanoic acid", "skips the nitrile and assumes hydrolysis"),
            "2-cyanoethanol",
        ],
        "CN⁻ adds to the carbonyl carbon and the alkoxide is protonated: CH₃CH(OH)CN, a cyanohydrin.",
    )
    b.mcq(
        c,
        "M",
        "The Clemmensen reduction converts a ketone R₂C=O into",
        "R₂CH₂, using zinc amalgam and concentrated HCl",
        [
            ("R₂CH–OH, using NaBH₄", "confuses it with the reduction to an alcohol"),
            ("R₂CH₂, using hydrazine and KOH", "confuses it with the Wolff-Kishner reduction"),
            "R₂C=CH₂",
        ],
        "Both Clemmensen (acidic) and Wolff-Kishner (basic) reduce C=O to CH₂; they differ in conditions.",
    )
    b.mcq(
        c,
        "E",
        "Aldehydes are oxidised much more easily than ketones because",
        "an aldehyde has a hydrogen atom on the carbonyl carbon",
        [
            ("aldehydes have a higher molar mass", "invents a molar-mass rule"),
            ("ketones have no C=O bond", "forgets that ketones are carbonyl compounds"),
            "aldehydes are more soluble in water",
        ],
        "Oxidation of RCHO to RCOOH removes that hydrogen. A ketone can be oxidised only by breaking a C–C bond, which needs strong oxidants.",
    )
    b.tf(
        c,
        "M",
        "Aldehydes are generally more reactive than ketones towards nucleophilic addition, for both steric and electronic reasons.",
        True,
        "Ketones have two electron-releasing alkyl groups, which make the carbonyl carbon less electrophilic and hinder the approach of the nucleophile.",
    )

    c = "CHEM.OXY.NAME_REACTIONS"
    b.mcq(
        c,
        "M",
        "Which compound undergoes the Cannizzaro reaction with concentrated NaOH?",
        "Benzaldehyde",
        [
            (
                "Ethanal",
                "forgets that aldehydes with α-hydrogens undergo aldol condensation instead",
            ),
            ("Propanone", "thinks ketones undergo the Cannizzaro reaction"),
            "Propanal",
        ],
        "Aldehydes without α-hydrogen disproportionate: 2C₆H₅CHO + NaOH → C₆H₅CH₂OH + C₆H₅COONa.",
    )
    b.mcq(
        c,
        "E",
        "Ethanal is treated with dilute NaOH. The aldol formed is",
        "3-hydroxybutanal",
        [
            ("2-hydroxybutanal", "attaches the OH to the α-carbon"),
            ("but-2-enal", "gives the dehydrated product that forms on heating"),
            "ethanol and sodium ethanoate",
        ],
        "The enolate of one ethanal adds to the carbonyl of another: CH₃CH(OH)CH₂CHO. On heating it loses water to give but-2-enal.",
    )
    b.mcq(
        c,
        "M",
        "Which compound gives a positive iodoform test?",
        "Pentan-2-one",
        [
            ("Pentan-3-one", "does not check for a CH₃CO– group"),
            ("Propanal", "thinks every carbonyl compound gives the test"),
            "Methanol",
        ],
        "The test needs CH₃CO– (or CH₃CH(OH)–, which is oxidised to it). Pentan-2-one is CH₃CO(CH₂)₂CH₃.",
    )
    b.mcq(
        c,
        "H",
        "Which compound gives a positive Tollens' test but a negative Fehling's test?",
        "Benzaldehyde",
        [
            ("Ethanal", "forgets that aliphatic aldehydes reduce Fehling's solution"),
            ("Propanone", "thinks ketones reduce Tollens' reagent"),
            "Methanol",
        ],
        "Both tests detect aldehydes, but aromatic aldehydes do not reduce Fehling's solution (Cu²⁺ complex).",
    )
    b.msq(
        c,
        "H",
        "Which of these aldehydes undergo the Cannizzaro reaction?",
        [
            ("HCHO", True),
            ("C₆H₅CHO", True),
            ("(CH₃)₃C–CHO", True),
            ("CH₃CHO", False, "forgets that aldehydes with α-hydrogens give aldol products"),
            ("CH₃CH₂CHO", False, "forgets that aldehydes with α-hydrogens give aldol products"),
        ],
        "The Cannizzaro reaction needs an aldehyde with no α-hydrogen: methanal, benzaldehyde and 2,2-dimethylpropanal qualify.",
    )
    b.tf(
        c,
        "H",
        "In a crossed Cannizzaro reaction between methanal and benzaldehyde, methanal is oxidised to formate and benzaldehyde is reduced to benzyl alcohol.",
        True,
        "Methanal is the more reactive aldehyde, so hydroxide attacks it and it transfers the hydride: HCHO → HCOO⁻, C₆H₅CHO → C₆H₅CH₂OH.",
    )

    c = "CHEM.OXY.ACIDS"
    b.mcq(
        c,
        "M",
        "Which of these acids is the strongest?",
        "Methanoic acid (HCOOH)",
        [
            ("Benzoic acid", "thinks an aromatic ring always makes an acid stronger"),
            ("Ethanoic acid", "thinks the methyl group withdraws electrons"),
            "Propanoic acid",
        ],
        "pKa values: HCOOH 3.75, C₆H₅COOH 4.19, CH₃COOH 4.76, CH₃CH₂COOH 4.87. Alkyl groups (+I) destabilise the carboxylate.",
    )
    b.mcq(
        c,
        "M",
        "In the Hell-Volhard-Zelinsky reaction, a carboxylic acid with an α-hydrogen is treated with Cl₂ or Br₂ and red phosphorus. The product is",
        "an α-halocarboxylic acid",
        [
            ("an acyl halide only", "stops at the intermediate"),
            ("a haloalkane with one carbon fewer", "confuses it with the Hunsdiecker reaction"),
            "a halogen on the benzene ring",
        ],
        "Phosphorus forms PX₃, which makes the acyl halide; its enol is halogenated at the α-carbon, and exchange gives the α-halo acid.",
    )
    b.mcq(
        c,
        "E",
        "Which carboxylic acid derivative is the most reactive towards nucleophilic acyl substitution?",
        "Ethanoyl chloride",
        [
            ("Ethanamide", "reverses the order of reactivity"),
            "Ethyl ethanoate",
            "Ethanoic anhydride",
        ],
        "Reactivity follows leaving-group ability (and weak resonance donation): acyl chloride > anhydride > ester > amide.",
    )
    b.mcq(
        c,
        "H",
        "Which of these benzoic acids is the strongest acid?",
        "4-Nitrobenzoic acid",
        [
            (
                "4-Methoxybenzoic acid",
                "confuses electron-donating with electron-withdrawing groups",
            ),
            "Benzoic acid",
            "4-Methylbenzoic acid",
        ],
        "Electron-withdrawing groups stabilise the carboxylate: 4-nitro (pKa 3.4) < benzoic (4.2) < 4-methyl (4.4) < 4-methoxy (4.5).",
    )
    b.tf(
        c,
        "M",
        "Carboxylic acids boil at higher temperatures than alcohols of similar molar mass, because they form hydrogen-bonded dimers.",
        True,
        "Two hydrogen bonds hold each dimer together, even in the vapour; for example ethanoic acid boils at 391 K and propan-1-ol at 370 K.",
    )


def nitrogen_compounds(b: Bank) -> None:
    c = "CHEM.NITRO.AMINES"
    b.mcq(
        c,
        "H",
        "Which of these is the strongest base in aqueous solution?",
        "(CH₃)₂NH",
        [
            ("(CH₃)₃N", "considers only the +I effect, ignoring solvation and steric hindrance"),
            ("NH₃", "reverses the effect of alkyl groups"),
            "C₆H₅NH₂",
        ],
        "In water the order is (CH₃)₂NH > CH₃NH₂ > (CH₃)₃N > NH₃ > C₆H₅NH₂: the tertiary amine's cation is poorly hydrated and crowded.",
    )
    b.mcq(
        c,
        "E",
        "Aniline is a much weaker base than methylamine because",
        "the lone pair on nitrogen in aniline is delocalised into the benzene ring",
        [
            ("aniline has a larger molar mass", "invents a molar-mass rule"),
            (
                "the methyl group withdraws electrons from nitrogen",
                "reverses the inductive effect of the methyl group",
            ),
            "aniline has no lone pair on nitrogen",
        ],
        "Resonance makes the lone pair less available to accept a proton; pKb is 9.4 for aniline and 3.4 for methylamine.",
    )
    b.mcq(
        c,
        "M",
        "An amine reacts with benzenesulphonyl chloride (Hinsberg's reagent) to give a product that is insoluble in aqueous KOH. The amine is",
        "secondary",
        [
            (
                "primary",
                "forgets that the primary sulphonamide has an acidic N–H and dissolves in alkali",
            ),
            ("tertiary", "forgets that tertiary amines do not react with the reagent at all"),
            "any of the three",
        ],
        "R₂NH gives C₆H₅SO₂NR₂, which has no N–H and so no acidic hydrogen.",
    )
    b.mcq(
        c,
        "E",
        "The carbylamine reaction (heating with CHCl₃ and alcoholic KOH) gives a foul-smelling isocyanide with",
        "primary amines only",
        [
            ("secondary amines only", "confuses it with the Hinsberg test"),
            "tertiary amines only",
            "all amines",
        ],
        "RNH₂ + CHCl₃ + 3KOH → RNC + 3KCl + 3H₂O. The two N–H hydrogens of a primary amine are needed.",
    )
    b.mcq(
        c,
        "H",
        "Benzamide is treated with Br₂ and aqueous NaOH (Hoffmann bromamide degradation). The product is",
        "aniline",
        [
            ("benzylamine", "keeps the carbonyl carbon in the product"),
            ("bromobenzene", "thinks bromine replaces the amide group"),
            "benzoic acid",
        ],
        "The reaction gives a primary amine with one carbon fewer than the amide: the aryl group migrates to nitrogen and the carbonyl carbon leaves as carbonate.",
    )
    b.mcq(
        c,
        "H",
        "Gabriel phthalimide synthesis cannot be used to prepare aniline because",
        "aryl halides do not undergo nucleophilic substitution with the phthalimide anion",
        [
            ("aniline is a secondary amine", "misclassifies aniline"),
            (
                "phthalimide is too weak an acid to form an anion",
                "forgets that KOH deprotonates phthalimide readily",
            ),
            "aniline decomposes when formed",
        ],
        "The method needs an SN2 reaction at the alkyl halide, which fails at an sp² ring carbon.",
    )

    c = "CHEM.NITRO.DIAZONIUM"
    b.mcq(
        c,
        "M",
        "Aniline is diazotised with NaNO₂ and HCl at 273-278 K because",
        "benzenediazonium chloride decomposes at higher temperatures",
        [
            (
                "nitrous acid reacts only below 273 K",
                "thinks the temperature is for the reagent, not the product",
            ),
            (
                "the reaction is endothermic",
                "confuses stability of the product with the energetics",
            ),
            "aniline is volatile at room temperature",
        ],
        "Above about 278 K the diazonium salt loses N₂ and reacts with water to give phenol. It is therefore used immediately in cold solution.",
    )
    b.mcq(
        c,
        "M",
        "Benzenediazonium chloride is warmed with CuCN/KCN. The product is",
        "benzonitrile",
        [
            ("phenyl isocyanide", "confuses the nitrile with the carbylamine product"),
            "benzoic acid",
            "aniline",
        ],
        "This is a Sandmeyer reaction: CuCl, CuBr and CuCN replace –N₂⁺ by Cl, Br and CN.",
    )
    b.mcq(
        c,
        "M",
        "Benzenediazonium chloride is added to an alkaline solution of phenol. The product is",
        "4-hydroxyazobenzene, an orange dye",
        [
            (
                "chlorobenzene and phenol",
                "confuses the coupling reaction with Sandmeyer replacement",
            ),
            ("diphenyl ether", "thinks the diazonium group links through oxygen"),
            "benzene",
        ],
        "The diazonium ion is a weak electrophile; it attacks the para position of the activated phenoxide ion (azo coupling).",
    )
    b.mcq(
        c,
        "H",
        "Fluorobenzene is best prepared from benzenediazonium chloride by",
        "adding fluoroboric acid and heating the diazonium fluoroborate",
        [
            ("warming it with CuF", "extends the Sandmeyer reaction to fluorine"),
            ("adding aqueous KF", "thinks fluoride displaces N₂ like iodide does"),
            "passing F₂ through its solution",
        ],
        r"Balz-Schiemann reaction: $\mathrm{C_6H_5N_2^+BF_4^- \xrightarrow{\Delta} C_6H_5F + BF_3 + N_2}$.",
    )
    b.mcq(
        c,
        "M",
        "Benzenediazonium chloride is treated with hypophosphorous acid (H₃PO₂). The product is",
        "benzene",
        [
            ("phenol", "gives the product of warming with water"),
            ("aniline", "thinks the reaction reverses diazotisation"),
            "chlorobenzene",
        ],
        "H₃PO₂ (or ethanol) reduces ArN₂⁺ to ArH, a useful way to remove an amino group after it has been used to direct substitution.",
    )
    b.tf(
        c,
        "E",
        "Aliphatic diazonium salts are stable in cold aqueous solution, like aromatic ones.",
        False,
        "Aliphatic diazonium ions lose N₂ at once to give carbocations, which react further. Aromatic diazonium ions are stabilised by resonance with the ring.",
    )


def biomolecules(b: Bank) -> None:
    c = "CHEM.BIO.CARBS"
    b.mcq(
        c,
        "E",
        "Hydrolysis of sucrose gives",
        "glucose and fructose",
        [
            ("two molecules of glucose", "gives the products of maltose"),
            ("glucose and galactose", "gives the products of lactose"),
            "only fructose",
        ],
        "The product mixture is called invert sugar because the sign of its optical rotation is opposite to that of sucrose.",
    )
    b.mcq(
        c,
        "E",
        "Which of these sugars is non-reducing?",
        "Sucrose",
        [
            ("Maltose", "thinks every disaccharide is non-reducing"),
            ("Lactose", "thinks every disaccharide is non-reducing"),
            "Glucose",
        ],
        "In sucrose the glycosidic bond joins C-1 of glucose and C-2 of fructose, so neither has a free hemiacetal group to open into a carbonyl.",
    )
    b.mcq(
        c,
        "M",
        "α-D-Glucopyranose and β-D-glucopyranose are",
        "anomers, differing only in the configuration at C-1",
        [
            ("enantiomers", "thinks they are mirror images"),
            ("epimers differing at C-4", "confuses anomers with the epimers glucose and galactose"),
            "structural isomers",
        ],
        "Ring closure makes C-1 a new chiral centre; the two anomers interconvert in solution through the open chain (mutarotation).",
    )
    b.mcq(
        c,
        "M",
        "The glucose units in cellulose are joined by",
        "β-1,4-glycosidic links",
        [
            ("α-1,4-glycosidic links", "gives the linkage of amylose (starch)"),
            ("α-1,6-glycosidic links", "gives the branch points of amylopectin and glycogen"),
            "peptide bonds",
        ],
        "The β-links make straight chains that pack into fibres held by hydrogen bonds; humans lack the enzyme to hydrolyse them.",
    )
    b.mcq(
        c,
        "H",
        "Prolonged heating of glucose with HI gives n-hexane. This shows that",
        "the six carbon atoms of glucose are linked in a straight chain",
        [
            (
                "glucose contains an aldehyde group",
                "confuses this with the evidence from oxidation to gluconic acid",
            ),
            ("glucose contains five OH groups", "confuses this with the evidence from acetylation"),
            "glucose is a ketose",
        ],
        "Reduction removes all the oxygen, leaving the carbon skeleton intact; a branched chain would give a branched alkane.",
    )
    b.tf(
        c,
        "H",
        "Glucose does not give Schiff's test or form a hydrogensulphite addition product, although its open-chain form is an aldehyde.",
        True,
        "In solution glucose exists almost entirely as the cyclic hemiacetal; the free aldehyde form is present only in traces. This is evidence for the ring structure.",
    )

    c = "CHEM.BIO.PROTEINS"
    b.mcq(
        c,
        "E",
        "The link between amino acids in a protein is",
        "a peptide (amide) bond, –CO–NH–",
        [
            ("a glycosidic bond", "confuses proteins with carbohydrates"),
            ("a phosphodiester bond", "confuses proteins with nucleic acids"),
            "an ester bond",
        ],
        "The –COOH of one amino acid condenses with the –NH₂ of the next, eliminating water.",
    )
    b.mcq(
        c,
        "M",
        "The α-helix, a secondary structure of proteins, is stabilised by",
        "hydrogen bonds between the C=O and N–H groups of peptide bonds in the same chain",
        [
            (
                "disulphide bonds between cysteine residues",
                "confuses secondary with tertiary structure",
            ),
            (
                "peptide bonds between neighbouring helices",
                "confuses primary with secondary structure",
            ),
            "ionic bonds between the side chains",
        ],
        "Each N–H hydrogen-bonds to the C=O four residues along the chain, giving a right-handed coil. In a β-pleated sheet the hydrogen bonds link neighbouring chains.",
    )
    b.mcq(
        c,
        "M",
        "When egg white is boiled, its proteins are denatured. Which level of structure remains intact?",
        "The primary structure",
        [
            ("The secondary structure", "thinks heating breaks only covalent bonds"),
            ("The tertiary structure", "thinks heating breaks only covalent bonds"),
            "None of them: the peptide bonds are hydrolysed",
        ],
        "Denaturation disrupts hydrogen bonds and other weak interactions, unfolding the secondary and tertiary structure; the sequence of amino acids (peptide bonds) is unchanged.",
    )
    b.mcq(
        c,
        "M",
        "In aqueous solution near neutral pH, an amino acid such as glycine exists mainly as",
        "a zwitterion, ⁺H₃N–CH₂–COO⁻",
        [
            ("an uncharged molecule H₂N–CH₂–COOH", "ignores the internal acid-base reaction"),
            ("a cation ⁺H₃N–CH₂–COOH", "gives the form in strongly acidic solution"),
            "an anion H₂N–CH₂–COO⁻",
        ],
        "The acidic –COOH gives its proton to the basic –NH₂. The dipolar ion explains the high melting points and water solubility of amino acids.",
    )
    b.mcq(
        c,
        "E",
        "Which of these amino acids is essential (must be obtained from the diet)?",
        "Lysine",
        [
            ("Glycine", "confuses essential with non-essential amino acids"),
            "Alanine",
            "Glutamic acid",
        ],
        "The body cannot synthesise essential amino acids such as lysine, valine, leucine and tryptophan.",
    )
    b.integer(
        c,
        "E",
        "How many peptide bonds are there in a tetrapeptide?",
        3,
        "A chain of n amino acids has n − 1 peptide bonds.",
    )

    c = "CHEM.BIO.NUCLEIC"
    b.mcq(
        c,
        "E",
        "The sugar present in DNA is",
        "2-deoxy-D-ribose",
        [("D-ribose", "gives the sugar of RNA"), "D-glucose", "D-fructose"],
        "DNA is deoxyribonucleic acid: its sugar lacks the OH group at C-2'.",
    )
    b.mcq(
        c,
        "E",
        "Which base is found in RNA but not in DNA?",
        "Uracil",
        [("Thymine", "reverses which base belongs to which nucleic acid"), "Adenine", "Guanine"],
        "Both contain A, G and C; DNA has thymine and RNA has uracil.",
    )
    b.mcq(
        c,
        "E",
        "A nucleotide consists of",
        "a nitrogenous base, a pentose sugar and a phosphate group",
        [
            ("a nitrogenous base and a pentose sugar only", "describes a nucleoside"),
            ("an amino acid and a phosphate group", "confuses nucleic acids with proteins"),
            "a pentose sugar and a phosphate group only",
        ],
        "Nucleotides are joined by phosphodiester links between the 5' and 3' carbons of their sugars.",
    )
    b.mcq(
        c,
        "M",
        "In the DNA double helix,",
        "adenine pairs with thymine by two hydrogen bonds, and guanine with cytosine by three",
        [
            (
                "adenine pairs with guanine, and thymine with cytosine",
                "pairs two purines and two pyrimidines",
            ),
            ("adenine pairs with uracil", "uses the RNA base in DNA"),
            "all base pairs are held by three hydrogen bonds",
        ],
        "A purine always pairs with a pyrimidine, which keeps the width of the helix constant.",
    )
    b.tf(
        c,
        "E",
        "In double-stranded DNA, the amount of adenine equals that of thymine, and the amount of guanine equals that of cytosine.",
        True,
        "This is Chargaff's rule, a consequence of complementary base pairing.",
    )
    b.integer(
        c,
        "M",
        "A sample of double-stranded DNA contains 30% adenine (by number of bases). What percentage of its bases is guanine?",
        20,
        "A = T = 30%, so G + C = 40% and G = C = 20%.",
    )

    c = "CHEM.BIO.VITAMINS"
    b.mcq(
        c,
        "E",
        "Scurvy (bleeding gums) is caused by a deficiency of",
        "vitamin C",
        [
            ("vitamin D", "confuses it with rickets"),
            ("vitamin A", "confuses it with night blindness"),
            "vitamin K",
        ],
        "Vitamin C (ascorbic acid) is needed to make collagen.",
    )
    b.mcq(
        c,
        "E",
        "Which of these vitamins is water-soluble?",
        "Vitamin B₁ (thiamine)",
        [
            ("Vitamin A", "confuses fat-soluble with water-soluble vitamins"),
            ("Vitamin D", "confuses fat-soluble with water-soluble vitamins"),
            "Vitamin K",
        ],
        "Vitamins A, D, E and K are fat-soluble and stored in the liver and adipose tissue; the B group and C are water-soluble.",
    )
    b.mcq(
        c,
        "E",
        "Rickets in children is caused by a deficiency of",
        "vitamin D",
        [("vitamin C", "confuses it with scurvy"), "vitamin B₁₂", "vitamin E"],
        "Vitamin D controls the absorption of calcium and phosphate needed for bone.",
    )
    b.mcq(
        c,
        "M",
        "Insulin, which lowers the level of glucose in the blood, is",
        "a peptide hormone made in the pancreas",
        [
            ("a steroid hormone", "confuses it with hormones such as testosterone"),
            ("a water-soluble vitamin", "confuses hormones with vitamins"),
            "an iodine-containing amino acid derivative made in the thyroid",
        ],
        "Insulin and glucagon (also a peptide) have opposite effects on blood glucose. Thyroxine, from the thyroid, contains iodine.",
    )
    b.mcq(
        c,
        "E",
        "Which of these is a steroid hormone?",
        "Testosterone",
        [
            ("Insulin", "confuses peptide hormones with steroids"),
            ("Thyroxine", "confuses an amino acid derivative with a steroid"),
            "Adrenaline",
        ],
        "Sex hormones (testosterone, oestradiol) and adrenal cortex hormones (cortisol) have the four-ring steroid skeleton.",
    )
    b.tf(
        c,
        "E",
        "Vitamin C is fat-soluble, so the body can store large amounts of it.",
        False,
        "Vitamin C is water-soluble and readily excreted in urine, so it must be supplied regularly in the diet.",
    )


def practical(b: Bank) -> None:
    c = "CHEM.PRAC.FUNCTIONAL"
    b.mcq(
        c,
        "E",
        "A compound gives a violet colour with neutral iron(III) chloride solution. It contains",
        "a phenolic –OH group",
        [
            ("an alcoholic –OH group", "thinks every O–H group gives the test"),
            "a –COOH group",
            "a –CHO group",
        ],
        "Phenols form coloured complexes with Fe³⁺ (violet for phenol itself); simple alcohols do not.",
    )
    b.mcq(
        c,
        "E",
        "An organic compound gives brisk effervescence with sodium hydrogencarbonate solution. It contains",
        "a carboxylic acid group",
        [
            (
                "a phenolic group",
                "forgets that phenols are too weak to decompose hydrogencarbonate",
            ),
            "an alcoholic group",
            "an amino group",
        ],
        r"$\mathrm{RCOOH + NaHCO_3 \to RCOONa + H_2O + CO_2\uparrow}$.",
    )
    b.mcq(
        c,
        "E",
        "Which reagent distinguishes an aldehyde from a ketone?",
        "Tollens' reagent",
        [
            (
                "2,4-Dinitrophenylhydrazine",
                "forgets that both aldehydes and ketones give an orange precipitate",
            ),
            ("Sodium hydrogencarbonate", "uses the test for carboxylic acids"),
            "Neutral FeCl₃",
        ],
        "Aldehydes reduce ammoniacal silver nitrate to a silver mirror; ketones do not.",
    )
    b.mcq(
        c,
        "M",
        "A compound is dissolved in cold dilute HCl, treated with cold NaNO₂ solution and then with an alkaline solution of 2-naphthol, giving an orange-red dye. The compound contains",
        "a primary aromatic amino group",
        [
            (
                "a secondary aliphatic amino group",
                "forgets that only primary aromatic amines give stable diazonium salts",
            ),
            "a phenolic group",
            "an amide group",
        ],
        "The diazonium salt of the aromatic amine couples with 2-naphthol: the azo dye test.",
    )
    b.mcq(
        c,
        "M",
        "Ceric ammonium nitrate solution turns red with",
        "alcohols",
        [
            ("ketones", "confuses it with the 2,4-DNP test"),
            ("carboxylic acids", "confuses it with the bicarbonate test"),
            "alkanes",
        ],
        "Alcohols replace a nitrate ligand of the yellow ceric complex, forming a red alkoxy complex.",
    )
    b.msq(
        c,
        "M",
        "Which of these compounds give a yellow precipitate of iodoform with I₂ and NaOH?",
        [
            ("Ethanol", True),
            ("Propanone", True),
            ("Ethanal", True),
            ("Methanol", False, "thinks every alcohol gives the test"),
            ("Propan-1-ol", False, "thinks every alcohol gives the test"),
        ],
        "The test needs CH₃CO– or CH₃CH(OH)–. Ethanal is the only aldehyde and ethanol the only primary alcohol that give it.",
    )

    c = "CHEM.PRAC.SALT_ANALYSIS"
    b.mcq(
        c,
        "H",
        "In qualitative analysis, group II cations are precipitated with H₂S in the presence of dilute HCl because",
        "the H⁺ ions suppress the ionisation of H₂S, so [S²⁻] is high enough only for the very insoluble group II sulphides",
        [
            (
                "HCl oxidises group IV cations so they do not precipitate",
                "treats HCl as an oxidising agent",
            ),
            ("HCl increases the ionisation of H₂S", "reverses the common-ion effect"),
            "group II sulphides dissolve in water but not in acid",
        ],
        r"Common-ion effect: a low [S²⁻] exceeds $K_{sp}$ only for CuS, PbS, CdS and the like, leaving ZnS, MnS, NiS and CoS (larger $K_{sp}$) in solution for group IV.",
    )
    b.mcq(
        c,
        "E",
        "The brown ring test is used to detect",
        "the nitrate ion",
        [
            ("the sulphate ion", "confuses the tests for nitrate and sulphate"),
            ("the chloride ion", "confuses it with the chromyl chloride test"),
            "the ammonium ion",
        ],
        "Freshly made FeSO₄ and the salt solution are layered with concentrated H₂SO₄; a brown ring of [Fe(H₂O)₅(NO)]²⁺ forms at the junction.",
    )
    b.mcq(
        c,
        "E",
        "A salt gives an apple-green colour in the flame test. The cation is most likely",
        "Ba²⁺",
        [
            ("Ca²⁺", "confuses apple green with brick red"),
            ("Sr²⁺", "confuses apple green with crimson"),
            "Na⁺",
        ],
        "Flame colours: Na golden yellow, K lilac, Ca brick red, Sr crimson, Ba apple green, Cu blue-green.",
    )
    b.mcq(
        c,
        "M",
        "A salt is heated with NaOH solution and a gas is evolved that turns moist red litmus blue and gives a brown precipitate with Nessler's reagent. The salt contains",
        "NH₄⁺",
        [("NO₃⁻", "confuses the ammonium test with the nitrate test"), "Na⁺", "Cl⁻"],
        "Ammonium salts release NH₃ with alkali; Nessler's reagent (K₂HgI₄ in KOH) gives a brown precipitate (iodide of Millon's base) with ammonia.",
    )
    b.mcq(
        c,
        "H",
        "In group III analysis, NH₄Cl is added before NH₄OH in order to",
        "suppress the ionisation of NH₄OH, keeping [OH⁻] low so that only the group III hydroxides precipitate",
        [
            ("increase [OH⁻] so that all hydroxides precipitate", "reverses the common-ion effect"),
            ("convert the chlorides into insoluble salts", "thinks Cl⁻ is the precipitating ion"),
            "oxidise Fe²⁺ to Fe³⁺",
        ],
        "The common ion NH₄⁺ lowers [OH⁻], so Fe(OH)₃, Al(OH)₃ and Cr(OH)₃ (very low Ksp) precipitate but Zn, Mn, Ni, Co and Mg hydroxides do not. (Fe²⁺ is oxidised by boiling with conc. HNO₃ beforehand.)",
    )
    b.mcq(
        c,
        "M",
        "In the chromyl chloride test, a solid chloride is heated with K₂Cr₂O₇ and concentrated H₂SO₄. The orange-red vapours, passed into NaOH and then treated with acetic acid and lead acetate, give",
        "a yellow precipitate of lead chromate",
        [
            ("a white precipitate of lead chloride", "thinks the chloride is detected directly"),
            "a black precipitate of lead sulphide",
            "a brown ring",
        ],
        "Chloride forms volatile CrO₂Cl₂; in NaOH it gives yellow Na₂CrO₄, and Pb²⁺ precipitates yellow PbCrO₄. Bromides and iodides do not form chromyl compounds.",
    )

    c = "CHEM.PRAC.TITRATION"
    b.tpl(
        c,
        "M",
        r"10.0 mL of an oxalic acid (H₂C₂O₄) solution requires {{v}} mL of 0.1 M NaOH for complete neutralisation. What is the molarity of the oxalic acid solution (to three decimal places)?",
        {"v": (10, 25, 0.5)},
        "0.1*v/(2*10)",
        r"$\mathrm{H_2C_2O_4 + 2NaOH \to Na_2C_2O_4 + 2H_2O}$: $2 \times M_{ox} \times 10 = 0.1 \times v$.",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "H",
        r"20.0 mL of 0.1 M Mohr's salt solution, acidified with dilute H₂SO₄, requires {{v}} mL of KMnO₄ solution for complete oxidation. What is the molarity of the KMnO₄ solution (to four decimal places)?",
        {"v": (15, 25, 0.5)},
        "0.1*20/(5*v)",
        r"$\mathrm{MnO_4^- + 5Fe^{2+} + 8H^+ \to Mn^{2+} + 5Fe^{3+} + 4H_2O}$: $5 \times M \times v = 0.1 \times 20$.",
        tolerance=0.0001,
    )
    b.mcq(
        c,
        "E",
        "In titrations with KMnO₄ in acidic solution, no separate indicator is needed because",
        "KMnO₄ is itself intensely purple, while its product Mn²⁺ is almost colourless",
        [
            (
                "the end point is found with phenolphthalein",
                "uses the indicator of acid-base titrations",
            ),
            (
                "a precipitate forms at the end point",
                "confuses redox titration with precipitation titration",
            ),
            "the solution boils at the end point",
        ],
        "The first drop of excess permanganate gives a permanent pale pink colour: KMnO₄ is a self-indicator.",
    )
    b.mcq(
        c,
        "M",
        "The best indicator for titrating aqueous ammonia (a weak base) with hydrochloric acid (a strong acid) is",
        "methyl orange",
        [
            (
                "phenolphthalein",
                "forgets that the equivalence point of a weak base with a strong acid lies below pH 7",
            ),
            "no indicator is needed",
            "starch",
        ],
        "The salt NH₄Cl makes the equivalence-point solution acidic (pH about 5); methyl orange changes colour between pH 3.1 and 4.4, within the steep part of the curve.",
    )
    b.mcq(
        c,
        "M",
        "In the titration of oxalic acid with KMnO₄, the oxalic acid solution is warmed to about 333 K because",
        "the reaction is slow at room temperature until some Mn²⁺ has formed to catalyse it",
        [
            (
                "KMnO₄ does not dissolve in cold water",
                "confuses the solubility of the titrant with the rate of reaction",
            ),
            ("heating decomposes excess oxalic acid", "thinks heating removes part of the analyte"),
            "warm solutions need less acid",
        ],
        "The Mn²⁺ produced catalyses the reaction (autocatalysis). Boiling is avoided because oxalic acid would start to decompose.",
    )
    b.tf(
        c,
        "M",
        "A Mohr's salt solution is made up in dilute sulphuric acid, partly to prevent hydrolysis of the Fe²⁺ ions.",
        True,
        "The acid suppresses hydrolysis of Fe²⁺ and also provides the acidic medium needed for the reaction with KMnO₄.",
    )

    c = "CHEM.PRAC.PHYS_EXPTS"
    b.tpl(
        c,
        "M",
        r"{{v}} mL of 1.0 M HCl is mixed with {{v}} mL of 1.0 M NaOH, both at the same starting temperature, and the temperature rises by {{t}} K. Taking the density of the solution as 1.0 g/mL, its specific heat as 4.18 J g⁻¹ K⁻¹ and neglecting the heat capacity of the calorimeter, find the enthalpy of neutralisation in kJ/mol (to one decimal place).",
        {"v": (50, 100, 10), "t": (6, 7, 0.1)},
        "-(2*v*4.18*t)/(v/1000)/1000",
        r"Heat released $q = m c \Delta T = (2v)(4.18)(\Delta T)$ J for $v/1000$ mol of water formed. $\Delta H = -q/n$, converted to kJ.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "In studying the rate of the reaction between sodium thiosulphate and hydrochloric acid, the time is measured until a cross marked under the flask can no longer be seen. The cross disappears because",
        "colloidal sulphur forms and makes the solution opaque",
        [
            ("the solution turns deep blue", "confuses it with the iodine clock reaction"),
            ("bubbles of SO₂ hide the cross", "thinks the gas makes the solution opaque"),
            "a black precipitate of sulphide forms",
        ],
        r"$\mathrm{Na_2S_2O_3 + 2HCl \to 2NaCl + SO_2 + S\downarrow + H_2O}$. The time to reach the same turbidity is inversely proportional to the rate.",
    )
    b.mcq(
        c,
        "M",
        "Iodide is oxidised by H₂O₂ in the presence of a small, fixed amount of thiosulphate and some starch. After a delay the blue colour appears suddenly because",
        "the thiosulphate, which reduces the iodine back to iodide as fast as it forms, has been used up",
        [
            ("the starch takes time to dissolve", "attributes the delay to the indicator"),
            (
                "H₂O₂ is a slow oxidant only at first",
                "thinks the delay comes from the oxidant itself",
            ),
            "iodine is colourless until it reaches a critical concentration",
        ],
        "I₂ + 2S₂O₃²⁻ → 2I⁻ + S₄O₆²⁻ is very fast. Once the thiosulphate is gone, free I₂ builds up and forms the blue starch-iodine complex; the delay measures the rate of iodine formation.",
    )
    b.mcq(
        c,
        "M",
        "In the thiosulphate-HCl experiment, the reaction is first order in thiosulphate. If the thiosulphate concentration is halved (HCl and temperature unchanged), the time for the cross to disappear",
        "roughly doubles",
        [
            ("roughly halves", "thinks a more dilute solution reacts faster"),
            ("stays the same", "thinks the rate is independent of concentration"),
            "becomes four times as long",
        ],
        "The same amount of sulphur must form before the cross vanishes; halving the rate doubles the time (1/t is proportional to the rate).",
    )
    b.tpl(
        c,
        "H",
        r"{{m}} g of a salt (molar mass 101 g/mol) is dissolved in 100 g of water in an insulated cup, and the temperature falls by {{t}} K. Taking the specific heat of the solution as 4.18 J g⁻¹ K⁻¹ for 100 g and neglecting the heat capacity of the cup, find the enthalpy of solution of the salt in kJ/mol (to one decimal place).",
        {"m": (5, 10), "t": (2, 8, 0.5)},
        "100*4.18*t/(m/101)/1000",
        r"The solution absorbs heat from the water, $q = 100 \times 4.18 \times \Delta T$ J; per mole of salt $\Delta_{sol}H = +\dfrac{q}{m/101}$, positive because the process is endothermic.",
        tolerance=0.1,
    )

    c = "CHEM.PRAC.PREPARATION"
    b.mcq(
        c,
        "E",
        "In the laboratory, acetanilide is prepared from aniline by",
        "acetylation with acetic anhydride (in glacial acetic acid)",
        [
            ("nitration with HNO₃ and H₂SO₄", "confuses acetylation with nitration"),
            ("diazotisation with NaNO₂ and HCl", "confuses acetylation with diazotisation"),
            "reduction with Sn and HCl",
        ],
        r"$\mathrm{C_6H_5NH_2 + (CH_3CO)_2O \to C_6H_5NHCOCH_3 + CH_3COOH}$. The product is precipitated by pouring into cold water.",
    )
    b.mcq(
        c,
        "E",
        "The formula of Mohr's salt is",
        "FeSO₄·(NH₄)₂SO₄·6H₂O",
        [
            ("K₂SO₄·Al₂(SO₄)₃·24H₂O", "gives the formula of potash alum"),
            ("FeSO₄·7H₂O", "gives the formula of green vitriol"),
            "Fe₂(SO₄)₃·(NH₄)₂SO₄·24H₂O",
        ],
        "It is ammonium iron(II) sulphate hexahydrate, made by crystallising equimolar FeSO₄ and (NH₄)₂SO₄ together.",
    )
    b.mcq(
        c,
        "E",
        "Iodoform is prepared in the laboratory by warming ethanol or acetone with",
        "iodine and an alkali such as NaOH or Na₂CO₃",
        [
            ("iodine alone", "forgets that the alkali is needed to form hypoiodite"),
            ("HI", "confuses it with the cleavage of ethers"),
            "KI and dilute H₂SO₄",
        ],
        r"$\mathrm{CH_3COCH_3 + 3I_2 + 4NaOH \to CHI_3 + CH_3COONa + 3NaI + 3H_2O}$; yellow crystals of CHI₃ separate.",
    )
    b.mcq(
        c,
        "M",
        "While preparing crystals of Mohr's salt, a little dilute sulphuric acid is added to the solution to",
        "prevent the hydrolysis of iron(II) sulphate",
        [
            ("oxidise Fe²⁺ to Fe³⁺", "thinks dilute sulphuric acid is an oxidising agent here"),
            (
                "dissolve the ammonium sulphate",
                "forgets that ammonium sulphate is freely soluble in water",
            ),
            "act as a catalyst for crystallisation",
        ],
        "Without acid, Fe²⁺ hydrolyses and the solution turns turbid and yellowish; heating is also kept short to avoid oxidation to Fe³⁺.",
    )
    b.tf(
        c,
        "E",
        "An aqueous solution of potash alum gives the tests for K⁺, Al³⁺ and SO₄²⁻ ions.",
        True,
        "Potash alum is a double salt: it dissociates completely into its constituent ions in water, unlike a complex salt such as K₄[Fe(CN)₆].",
    )
    b.mcq(
        c,
        "E",
        "Crude acetanilide is usually purified by",
        "recrystallisation from hot water",
        [
            ("sublimation", "thinks every organic solid sublimes"),
            ("steam distillation", "applies a method for volatile liquids"),
            "fractional distillation",
        ],
        "Acetanilide is much more soluble in hot water than in cold, so it crystallises on cooling while soluble impurities stay in the mother liquor.",
    )
