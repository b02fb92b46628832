"""Demo bank: Mathematics (JEE Main). Angles are in radians unless marked with a degree sign."""

# ruff: noqa: E501  (question text and explanations are long Markdown strings)

from __future__ import annotations

from bank import Bank

NAME = "mathematics"


def build(b: Bank) -> None:
    algebra(b)
    sets_functions(b)
    quadratics(b)
    complex_numbers(b)
    matrices(b)
    counting(b)
    binomial(b)
    sequences(b)
    trigonometry(b)
    differential_calculus(b)
    integral_calculus(b)
    differential_equations(b)
    coordinate_geometry(b)
    vectors(b)
    three_d(b)
    statistics(b)
    probability(b)


def algebra(b: Bank) -> None:
    c = "MATH.ALG.INDICES"
    b.mcq(
        c,
        "E",
        r"For every natural number $n$, $\dfrac{2^{n+2} - 2^{n}}{2^{n+1}}$ equals",
        r"$\dfrac{3}{2}$",
        [
            ("$2$", "drops the second term of the numerator"),
            ("$2^{1-n}$", "subtracts powers by subtracting their exponents"),
            "$2^n$",
        ],
        r"Take $2^n$ out of the numerator: $\dfrac{2^n(4 - 1)}{2 \cdot 2^n} = \dfrac{3}{2}$. The laws of indices apply to products and quotients, not to sums or differences.",
    )
    b.mcq(
        c,
        "E",
        r"Rationalising the denominator, $\dfrac{2}{\sqrt5 - \sqrt3}$ equals",
        r"$\sqrt5 + \sqrt3$",
        [
            (r"$\sqrt5 - \sqrt3$", "multiplies by the surd itself instead of its conjugate"),
            (r"$\dfrac{\sqrt5 + \sqrt3}{4}$", "takes the denominator as 5 + 3 instead of 5 − 3"),
            r"$2(\sqrt5 + \sqrt3)$",
        ],
        r"Multiply above and below by the conjugate $\sqrt5 + \sqrt3$: $\dfrac{2(\sqrt5 + \sqrt3)}{5 - 3} = \sqrt5 + \sqrt3$.",
    )
    b.tf(
        c,
        "E",
        r"$\sqrt{a^2} = a$ for every real number $a$.",
        False,
        r"$\sqrt{\phantom{x}}$ denotes the non-negative root, so $\sqrt{a^2} = |a|$. For $a = -3$: $\sqrt{9} = 3 \ne -3$.",
    )
    b.tpl(
        c,
        "M",
        r"If $x + \dfrac{1}{x} = {{a}}$, find the value of $x^3 + \dfrac{1}{x^3}$.",
        {"a": (2, 9)},
        "a**3 - 3*a",
        r"Cube the given relation: $\left(x + \dfrac1x\right)^3 = x^3 + \dfrac1{x^3} + 3\left(x + \dfrac1x\right)$, so $x^3 + \dfrac1{x^3} = a^3 - 3a$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        r"If $a^x = b^y = c^z$ (with $a, b, c > 0$, none equal to 1, and $x, y, z \ne 0$) and $b^2 = ac$, then",
        r"$\dfrac{2}{y} = \dfrac{1}{x} + \dfrac{1}{z}$",
        [
            ("$2y = x + z$", "assumes the exponents follow the same progression as the bases"),
            ("$y^2 = xz$", "assumes the exponents are in GP because the bases are"),
            "$xyz = 1$",
        ],
        r"Let $a^x = b^y = c^z = k$, so $a = k^{1/x}$, $b = k^{1/y}$, $c = k^{1/z}$. Then $b^2 = ac$ gives $k^{2/y} = k^{1/x + 1/z}$, so $\dfrac2y = \dfrac1x + \dfrac1z$: $x, y, z$ are in HP.",
    )
    b.tpl(
        c,
        "H",
        r"Find $\displaystyle\sum_{k=1}^{N} \frac{1}{\sqrt{k} + \sqrt{k+1}}$ where $N = {{m}}^2 - 1$.",
        {"m": (2, 12)},
        "m - 1",
        r"Rationalise each term: $\dfrac{1}{\sqrt{k} + \sqrt{k+1}} = \sqrt{k+1} - \sqrt{k}$. The sum telescopes to $\sqrt{N+1} - 1 = m - 1$.",
        integer=True,
    )

    c = "MATH.ALG.LOGARITHMS"
    b.tpl(
        c,
        "E",
        r"If $\log_{{{b}}} x = {{k}}$, find $x$.",
        {"b": (2, 6), "k": (2, 4)},
        "b**k",
        r"By definition, $\log_b x = k$ means $x = b^k$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"For positive numbers $m$ and $n$, $\log(mn)$ equals",
        r"$\log m + \log n$",
        [
            (
                r"$\log m \cdot \log n$",
                "confuses the logarithm of a product with a product of logarithms",
            ),
            (r"$\log(m + n)$", "thinks the logarithm turns products into sums inside the log"),
            r"$\dfrac{\log m}{\log n}$",
        ],
        r"Logarithms turn products into sums: $\log(mn) = \log m + \log n$.",
    )
    b.mcq(
        c,
        "M",
        r"The solution set of $\log_2 x + \log_2(x - 2) = 3$ is",
        r"$\{4\}$",
        [
            (r"$\{4, -2\}$", "keeps a root at which the argument of a logarithm is negative"),
            (r"$\{5\}$", "adds the arguments instead of multiplying them"),
            r"$\{-2\}$",
        ],
        r"$\log_2[x(x-2)] = 3$ gives $x^2 - 2x - 8 = 0$, so $x = 4$ or $x = -2$. The logarithms need $x > 2$, which leaves $x = 4$.",
    )
    b.tpl(
        c,
        "M",
        r"Using the change-of-base rule, find $\log_{{{a}}} {{n}}$ (to three decimal places).",
        {"a": (2, 9), "n": (3, 60, 3)},
        "log(n)/log(a)",
        r"$\log_a n = \dfrac{\ln n}{\ln a} = \dfrac{\log_{10} n}{\log_{10} a}$.",
        tolerance=0.001,
    )
    b.integer(
        c,
        "M",
        r"Given $\log_{10} 2 = 0.30103$, how many digits does $2^{100}$ have?",
        31,
        r"$\log_{10} 2^{100} = 30.103$, so $10^{30} < 2^{100} < 10^{31}$. A number whose logarithm has characteristic 30 has $30 + 1 = 31$ digits.",
    )
    b.tf(
        c,
        "E",
        r"For positive $a, b \ne 1$: $\log_a b \cdot \log_b a = 1$.",
        True,
        r"$\log_a b = \dfrac{\ln b}{\ln a}$ and $\log_b a = \dfrac{\ln a}{\ln b}$; their product is 1.",
    )
    b.mcq(
        c,
        "H",
        r"The real solution(s) of $\log_4 x = \log_2(x - 2)$ are",
        "$x = 4$ only",
        [
            (
                "$x = 1$ and $x = 4$",
                "keeps a root at which the argument of a logarithm is negative",
            ),
            "$x = 16$ only",
            "$x = 2$ only",
        ],
        r"$\log_4 x = \tfrac12 \log_2 x = \log_2 \sqrt x$, so $\sqrt x = x - 2$. Squaring: $x^2 - 5x + 4 = 0$, $x = 1$ or $4$. At $x = 1$, $x - 2 < 0$, so only $x = 4$ works.",
    )

    c = "MATH.ALG.INEQUALITIES"
    b.mcq(
        c,
        "E",
        r"The solution of $|x - 3| < 5$ is",
        r"$-2 < x < 8$",
        [
            (r"$x < 8$", "drops the lower bound of the modulus inequality"),
            (r"$-8 < x < 2$", "sign error when removing the modulus"),
            (r"$x < -2$ or $x > 8$", "reverses the inequality: solves |x − 3| > 5"),
        ],
        r"$|x - 3| < 5 \iff -5 < x - 3 < 5 \iff -2 < x < 8$.",
    )
    b.mcq(
        c,
        "M",
        r"The solution set of $\dfrac{x - 1}{x + 2} \ge 0$ is",
        r"$(-\infty, -2) \cup [1, \infty)$",
        [
            (
                r"$(-\infty, -2] \cup [1, \infty)$",
                "includes the point where the denominator vanishes",
            ),
            (r"$[1, \infty)$", "multiplies through by x + 2 without regard to its sign"),
            r"$(-2, 1]$",
        ],
        r"The critical points are $-2$ and $1$. The sign is $+$ on $(-\infty, -2)$, $-$ on $(-2, 1)$, $+$ on $(1, \infty)$. Include $x = 1$ (value 0) but never $x = -2$ (undefined).",
    )
    b.tpl(
        c,
        "E",
        r"How many integers $x$ satisfy $|x - {{a}}| \le {{r}}$?",
        {"a": (1, 20), "r": (1, 12)},
        "2*r + 1",
        r"$|x - a| \le r \iff a - r \le x \le a + r$, an interval containing $2r + 1$ integers.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        r"The solution set of $(x - 1)^2 (x - 2)(x + 3) < 0$ is",
        r"$(-3, 1) \cup (1, 2)$",
        [
            (r"$(-3, 2)$", "forgets that the squared factor makes the expression zero at x = 1"),
            (r"$(-\infty, -3) \cup (2, \infty)$", "reverses the sign pattern of the wavy curve"),
            r"$(-3, 1)$",
        ],
        r"$(x-1)^2 \ge 0$ does not change sign, so the sign is that of $(x-2)(x+3)$: negative on $(-3, 2)$. At $x = 1$ the expression is $0$, which is not $< 0$, so remove it.",
    )
    b.tf(
        c,
        "E",
        r"For all non-zero real numbers $a$ and $b$, if $a < b$ then $\dfrac1a > \dfrac1b$.",
        False,
        r"Taking reciprocals reverses an inequality only when both sides have the same sign. For $a = -1$, $b = 2$: $-1 < 2$ and also $-1 < \tfrac12$.",
    )
    b.integer(
        c,
        "M",
        r"How many integers $x$ satisfy $x^2 - 5|x| + 4 < 0$?",
        4,
        r"With $t = |x|$: $t^2 - 5t + 4 = (t - 1)(t - 4) < 0$, so $1 < |x| < 4$. The integers are $\pm2, \pm3$: four of them.",
    )


def sets_functions(b: Bank) -> None:
    c = "MATH.SETS.SETS"
    b.tpl(
        c,
        "E",
        r"If $n(A) = {{a}}$, $n(B) = {{p}}$ and $n(A \cap B) = {{k}}$, find $n(A \cup B)$.",
        {"a": (20, 40), "p": (15, 30), "k": (1, 14)},
        "a + p - k",
        r"$n(A \cup B) = n(A) + n(B) - n(A \cap B)$: the common elements would otherwise be counted twice.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        "How many subsets does a set with 4 elements have?",
        "16",
        [
            ("8", "uses 2n instead of 2 to the power n"),
            ("15", "leaves out the empty set"),
            ("24", "counts arrangements (4!) instead of subsets"),
        ],
        r"Each element is either in or out of a subset: $2^4 = 16$ subsets, including $\varnothing$ and the set itself.",
    )
    b.tpl(
        c,
        "M",
        r"In a class of {{n}} students, {{a}} study Physics, {{p}} study Chemistry and {{k}} study both. How many study neither?",
        {"n": (70, 90), "a": (20, 35), "p": (20, 35), "k": (5, 15)},
        "n - a - p + k",
        r"Those studying at least one: $n(P \cup C) = n(P) + n(C) - n(P \cap C)$. The rest study neither.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"For sets $A$ and $B$ in a universal set $U$, $A - B$ equals",
        r"$A \cap B'$",
        [
            (r"$A' \cap B$", "reverses the roles of the two sets"),
            (r"$A \cup B'$", "uses union where intersection is needed"),
            r"$(A \cup B) - A$",
        ],
        r"$A - B$ is the set of elements of $A$ that are not in $B$, i.e. in $A$ and in $B'$.",
    )
    b.tf(
        c,
        "M",
        r"For all sets $A$ and $B$: $(A \cup B)' = A' \cup B'$.",
        False,
        r"De Morgan's law gives $(A \cup B)' = A' \cap B'$: an element outside $A \cup B$ is outside both sets.",
    )
    b.msq(
        c,
        "M",
        r"Which of the following hold for all sets $A$ and $B$?",
        [
            (r"$A \cap (A \cup B) = A$", True),
            (r"$A \cup (A \cap B) = A$", True),
            (r"$A - B = B - A$", False, "treats set difference as symmetric"),
            (r"$A \subseteq A \cup B$", True),
        ],
        r"The first two are the absorption laws, and every set is a subset of its union with another. $A - B$ and $B - A$ are disjoint, so they are equal only when both are empty, i.e. $A = B$.",
    )

    c = "MATH.SETS.RELATIONS"
    b.mcq(
        c,
        "E",
        r"If $n(A) = 3$ and $n(B) = 2$, how many relations are there from $A$ to $B$?",
        "64",
        [
            ("6", "counts the ordered pairs in A × B instead of its subsets"),
            ("9", "computes 3 squared"),
            "32",
        ],
        r"A relation from $A$ to $B$ is any subset of $A \times B$, which has $3 \times 2 = 6$ elements, so there are $2^6 = 64$ relations.",
    )
    b.mcq(
        c,
        "M",
        r"The relation $R = \{(1,1), (2,2), (3,3), (1,2)\}$ on $\{1, 2, 3\}$ is",
        "reflexive and transitive, but not symmetric",
        [
            (
                "an equivalence relation",
                "thinks containing every (a, a) makes a relation an equivalence",
            ),
            (
                "reflexive and symmetric, but not transitive",
                "checks symmetry only for the pairs (a, a)",
            ),
            "symmetric and transitive, but not reflexive",
        ],
        r"All $(a, a)$ are present, so $R$ is reflexive. $(1,2) \in R$ but $(2,1) \notin R$: not symmetric. Every chain $(a,b), (b,c)$ in $R$ gives $(a,c) \in R$ (e.g. $(1,1),(1,2) \to (1,2)$): transitive.",
    )
    b.tf(
        c,
        "E",
        r"The relation $R = \{(a, b) : a < b\}$ on $\mathbb{R}$ is symmetric.",
        False,
        r"$(1, 2) \in R$ since $1 < 2$, but $(2, 1) \notin R$. The relation is transitive, but neither reflexive nor symmetric.",
    )
    b.tpl(
        c,
        "M",
        r"How many reflexive relations are there on a set with {{n}} elements?",
        {"n": (2, 4)},
        "2**(n*n - n)",
        r"A reflexive relation must contain the $n$ pairs $(a, a)$; each of the other $n^2 - n$ ordered pairs may be in or out, giving $2^{n^2 - n}$ relations.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"On $\mathbb{Z}$, define $a \mathrel{R} b$ when $a - b$ is divisible by 5. How many distinct equivalence classes does $R$ have?",
        "5",
        [
            ("Infinitely many", "thinks each integer forms its own class"),
            ("4", "forgets the class of multiples of 5"),
            "1",
        ],
        r"$R$ is congruence modulo 5. Its classes are the residues $[0], [1], [2], [3], [4]$: five classes.",
    )
    b.mcq(
        c,
        "H",
        r"Which relation on $\{1, 2, 3\}$ is symmetric and transitive but not reflexive?",
        r"$\{(1,1), (1,2), (2,1), (2,2)\}$",
        [
            (r"$\{(1,2), (2,1)\}$", "forgets that (1,2) and (2,1) force (1,1) for transitivity"),
            (r"$\{(1,1), (2,2), (3,3)\}$", "chooses a relation that is also reflexive"),
            r"$\{(1,2), (2,3), (1,3)\}$",
        ],
        r"The first set is symmetric and transitive, and it is not reflexive because $(3,3)$ is missing. $\{(1,2),(2,1)\}$ fails transitivity: $(1,2)$ and $(2,1)$ require $(1,1)$.",
    )

    c = "MATH.SETS.FUNCTIONS"
    b.mcq(
        c,
        "M",
        r"The domain of $f(x) = \dfrac{1}{\sqrt{4 - x^2}}$ is",
        r"$(-2, 2)$",
        [
            (r"$[-2, 2]$", "allows the denominator to vanish at the end points"),
            (
                r"$\mathbb{R} - \{-2, 2\}$",
                "only removes the zeros of the denominator and ignores the square root",
            ),
            r"$(-\infty, -2) \cup (2, \infty)$",
        ],
        r"We need $4 - x^2 > 0$ (strictly, since it is under a root in the denominator): $-2 < x < 2$.",
    )
    b.mcq(
        c,
        "M",
        r"The range of $f(x) = \dfrac{x^2}{1 + x^2}$, $x \in \mathbb{R}$, is",
        r"$[0, 1)$",
        [
            (r"$[0, 1]$", "includes a value that is approached but never reached"),
            (r"$(0, 1)$", "misses the value f(0) = 0"),
            r"$[0, \infty)$",
        ],
        r"$f(x) = 1 - \dfrac{1}{1 + x^2}$. As $x$ runs over $\mathbb R$, $\dfrac{1}{1+x^2}$ takes every value in $(0, 1]$, so $f$ takes every value in $[0, 1)$.",
    )
    b.tpl(
        c,
        "E",
        r"If $f(x) = {{a}}x^2 - {{p}}x + 1$, find $f({{k}})$.",
        {"a": (1, 5), "p": (1, 9), "k": (1, 6)},
        "a*k**2 - p*k + 1",
        r"Substitute $x = k$: $f(k) = ak^2 - pk + 1$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        "Which of the following functions is even?",
        r"$f(x) = x\sin x$",
        [
            (r"$f(x) = x\cos x$", "thinks a product with an even factor is even"),
            (r"$f(x) = \sin x + \cos x$", "thinks a sum containing an even function is even"),
            r"$f(x) = e^x$",
        ],
        r"$(-x)\sin(-x) = x\sin x$: a product of two odd functions is even. $x\cos x$ is odd (odd × even), and the other two are neither.",
    )
    b.tf(
        c,
        "M",
        r"$f(x) = \sqrt{x}\,\sqrt{x - 1}$ and $g(x) = \sqrt{x(x - 1)}$ are the same function.",
        False,
        r"They agree where both are defined, but the domains differ: $f$ needs $x \ge 1$, while $g$ is defined on $(-\infty, 0] \cup [1, \infty)$. Equal functions need equal domains.",
    )
    b.integer(
        c,
        "M",
        r"How many integers lie in the domain of $f(x) = \log(6 - x - x^2)$?",
        4,
        r"We need $6 - x - x^2 > 0$, i.e. $x^2 + x - 6 = (x + 3)(x - 2) < 0$, so $-3 < x < 2$. The integers are $-2, -1, 0, 1$.",
    )

    c = "MATH.SETS.COMPOSITION"
    b.mcq(
        c,
        "E",
        r"If $f(x) = x^2$ and $g(x) = x + 1$, then $(f \circ g)(x)$ is",
        r"$(x + 1)^2$",
        [
            (r"$x^2 + 1$", "composes in the wrong order: computes g(f(x))"),
            (r"$x^2(x + 1)$", "multiplies the functions instead of composing them"),
            r"$x^2 + x + 1$",
        ],
        r"$(f \circ g)(x) = f(g(x)) = f(x + 1) = (x + 1)^2$. Note $g \circ f$ gives $x^2 + 1$ instead: composition is not commutative.",
    )
    b.tpl(
        c,
        "E",
        r"Let $f(x) = {{a}}x + {{p}}$ and $g(x) = {{k}}x + {{q}}$. Find $(g \circ f)({{t}})$.",
        {"a": (1, 6), "p": (1, 9), "k": (1, 6), "q": (1, 9), "t": (1, 5)},
        "k*(a*t + p) + q",
        r"Apply $f$ first, then $g$: $(g \circ f)(t) = g(f(t)) = k(at + p) + q$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The inverse of $f(x) = \dfrac{2x + 3}{x - 1}$ ($x \ne 1$) is",
        r"$f^{-1}(x) = \dfrac{x + 3}{x - 2}$",
        [
            (
                r"$f^{-1}(x) = \dfrac{x - 1}{2x + 3}$",
                "takes the reciprocal instead of the inverse function",
            ),
            (r"$f^{-1}(x) = \dfrac{x - 3}{x + 2}$", "sign error when solving for x"),
            r"$f^{-1}(x) = \dfrac{2x - 3}{x + 1}$",
        ],
        r"Solve $y = \dfrac{2x+3}{x-1}$ for $x$: $xy - y = 2x + 3$, so $x(y - 2) = y + 3$ and $x = \dfrac{y+3}{y-2}$.",
    )
    b.msq(
        c,
        "M",
        r"Which of these functions from $\mathbb{R}$ to $\mathbb{R}$ are bijections?",
        [
            (r"$f(x) = x^3 + 1$", True),
            (r"$f(x) = 2x + 5$", True),
            (r"$f(x) = x^2$", False, "treats every polynomial as one-one"),
            (
                r"$f(x) = e^x$",
                False,
                "forgets that e^x only takes positive values, so it is not onto",
            ),
        ],
        r"$x^3 + 1$ and $2x + 5$ are strictly increasing and take every real value. $x^2$ is not one-one ($f(-1) = f(1)$); $e^x$ is one-one but misses $(-\infty, 0]$.",
    )
    b.integer(
        c,
        "M",
        r"How many onto functions are there from $\{1, 2, 3\}$ to $\{a, b\}$?",
        6,
        r"There are $2^3 = 8$ functions in all; the two constant functions miss an element, so $8 - 2 = 6$ are onto.",
    )
    b.tf(
        c,
        "H",
        r"If $g \circ f$ is one-one, then $f$ must be one-one.",
        True,
        r"If $f(x_1) = f(x_2)$ then $g(f(x_1)) = g(f(x_2))$, so $x_1 = x_2$ because $g \circ f$ is one-one. ($g$ need not be one-one.)",
    )
    b.mcq(
        c,
        "H",
        r"If $f(x) = \dfrac{x - 1}{x + 1}$, then $f(f(x))$ (where defined) equals",
        r"$-\dfrac{1}{x}$",
        [
            (r"$x$", "assumes a function of this form is its own inverse"),
            (r"$\dfrac{1}{x}$", "drops the sign when simplifying"),
            r"$-x$",
        ],
        r"$f(f(x)) = \dfrac{\frac{x-1}{x+1} - 1}{\frac{x-1}{x+1} + 1} = \dfrac{x - 1 - x - 1}{x - 1 + x + 1} = \dfrac{-2}{2x} = -\dfrac1x$.",
    )

    c = "MATH.SETS.GRAPHS"
    b.mcq(
        c,
        "E",
        r"The graph of $y = |x - 2|$ is a V-shape with its vertex at",
        r"$(2, 0)$",
        [
            (r"$(-2, 0)$", "shifts the graph the wrong way"),
            (r"$(0, 2)$", "shifts the graph vertically instead of horizontally"),
            r"$(0, -2)$",
        ],
        r"$|x - 2|$ is $|x|$ shifted 2 units to the right; its least value 0 is at $x = 2$.",
    )
    b.mcq(
        c,
        "E",
        r"If $[x]$ denotes the greatest integer less than or equal to $x$, then $[-2.3]$ equals",
        "$-3$",
        [
            ("$-2$", "truncates towards zero instead of taking the floor"),
            ("$2$", "drops the sign"),
            "$-2.3$",
        ],
        r"The greatest integer not exceeding $-2.3$ is $-3$ (since $-3 \le -2.3 < -2$).",
    )
    b.tpl(
        c,
        "M",
        r"Using $[\,\cdot\,]$ for the greatest integer function, find $\displaystyle\sum_{k=1}^{{{n}}} \left[\frac{k}{2}\right]$.",
        {"n": (4, 40)},
        "floor(n**2/4)",
        r"The terms are $0, 1, 1, 2, 2, 3, 3, \dots$: each value $j \ge 1$ appears for $k = 2j$ and $2j + 1$. Summing gives $\left[\dfrac{n^2}{4}\right]$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The range of the fractional-part function $f(x) = x - [x]$ is",
        r"$[0, 1)$",
        [
            (r"$[0, 1]$", "thinks the fractional part can reach 1"),
            (r"$(0, 1)$", "forgets the fractional part of an integer is 0"),
            r"$\mathbb{R}$",
        ],
        r"$[x] \le x < [x] + 1$, so $0 \le x - [x] < 1$; the value 0 occurs at integers.",
    )
    b.tf(
        c,
        "E",
        r"For $0 < a < 1$ the graph of $y = \log_a x$ falls from left to right.",
        True,
        r"$\log_a x = \dfrac{\ln x}{\ln a}$ with $\ln a < 0$, so it decreases as $x$ increases; its graph is that of $\log_{1/a} x$ reflected in the $x$-axis.",
    )
    b.mcq(
        c,
        "H",
        r"How many real solutions does $2^x = x^2$ have?",
        "3",
        [
            ("2", "finds only the two integer roots x = 2 and x = 4"),
            ("1", "compares the graphs only for x < 0"),
            "4",
        ],
        r"$x = 2$ and $x = 4$ are roots. For $x < 0$, $x^2$ falls from $\infty$ to 0 while $2^x$ rises from 0 to 1, so the graphs cross once more (near $x \approx -0.77$).",
    )


def quadratics(b: Bank) -> None:
    c = "MATH.QUAD.EQUATIONS"
    b.tpl(
        c,
        "E",
        r"Find the discriminant of ${{a}}x^2 + {{p}}x + {{k}} = 0$.",
        {"a": (1, 6), "p": (1, 12), "k": (1, 6)},
        "p**2 - 4*a*k",
        r"For $ax^2 + bx + c = 0$ the discriminant is $D = b^2 - 4ac$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"The roots of $x^2 + x + 1 = 0$ are",
        "non-real complex conjugates",
        [
            ("real and equal", "takes a zero discriminant for this equation"),
            ("real and distinct", "forgets to subtract 4ac in the discriminant"),
            "rational and distinct",
        ],
        r"$D = 1 - 4 = -3 < 0$, so the roots $\dfrac{-1 \pm i\sqrt3}{2}$ are non-real and conjugate.",
    )
    b.tpl(
        c,
        "M",
        r"Find the larger root of ${{a}}x^2 + {{p}}x - {{k}} = 0$ (to two decimal places).",
        {"a": (1, 5), "p": (1, 9), "k": (1, 12)},
        "(-p + sqrt(p**2 + 4*a*k)) / (2*a)",
        r"$x = \dfrac{-b \pm \sqrt{b^2 - 4ac}}{2a}$ with $c = -k$; the larger root takes the $+$ sign. Here $D = p^2 + 4ak > 0$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"If one root of $x^2 - 6x + k = 0$ is twice the other, then $k$ equals",
        "8",
        [
            ("9", "uses the condition for equal roots"),
            ("12", "takes the roots as 2 and 6"),
            "6",
        ],
        r"Let the roots be $\alpha$ and $2\alpha$. Then $3\alpha = 6$, so $\alpha = 2$, and $k = \alpha \cdot 2\alpha = 8$.",
    )
    b.tf(
        c,
        "E",
        "A quadratic equation with real coefficients can have exactly one non-real root.",
        False,
        r"Non-real roots of a real polynomial come in conjugate pairs: if $p + iq$ is a root, so is $p - iq$.",
    )
    b.integer(
        c,
        "M",
        r"How many real solutions does $x^2 - 5|x| + 6 = 0$ have?",
        4,
        r"With $t = |x| \ge 0$: $t^2 - 5t + 6 = 0$ gives $t = 2$ or $3$, so $x = \pm2, \pm3$.",
    )
    b.mcq(
        c,
        "H",
        r"The equation $x^2 - 2(k + 1)x + k^2 = 0$ has real roots exactly when",
        r"$k \ge -\tfrac12$",
        [
            (r"$k > -\tfrac12$", "excludes the case of equal roots"),
            (r"$k \le -\tfrac12$", "reverses the inequality from the discriminant"),
            r"$k \ge \tfrac12$",
        ],
        r"$\dfrac{D}{4} = (k+1)^2 - k^2 = 2k + 1 \ge 0$, so $k \ge -\tfrac12$ (equality gives equal real roots).",
    )

    c = "MATH.QUAD.ROOTS"
    b.tpl(
        c,
        "E",
        r"If $\alpha$ and $\beta$ are the roots of $x^2 - {{s}}x + {{p}} = 0$, find $\alpha^2 + \beta^2$.",
        {"s": (2, 12), "p": (1, 10)},
        "s**2 - 2*p",
        r"$\alpha + \beta = s$ and $\alpha\beta = p$, so $\alpha^2 + \beta^2 = (\alpha + \beta)^2 - 2\alpha\beta = s^2 - 2p$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"If $\alpha$ and $\beta$ are the roots of $x^2 - {{s}}x + {{p}} = 0$, find $\alpha^3 + \beta^3$.",
        {"s": (1, 9), "p": (1, 9)},
        "s**3 - 3*p*s",
        r"$\alpha^3 + \beta^3 = (\alpha + \beta)^3 - 3\alpha\beta(\alpha + \beta) = s^3 - 3ps$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"The sum of the roots of $2x^2 - 3x + 5 = 0$ is",
        r"$\dfrac{3}{2}$",
        [
            (r"$-\dfrac{3}{2}$", "forgets the minus sign in −b/a"),
            (r"$\dfrac{5}{2}$", "gives the product of the roots"),
            "$3$",
        ],
        r"For $ax^2 + bx + c = 0$ the sum of the roots is $-\dfrac{b}{a} = \dfrac{3}{2}$ (whether or not the roots are real).",
    )
    b.mcq(
        c,
        "M",
        r"The quadratic equation whose roots are the squares of the roots of $x^2 - 3x + 1 = 0$ is",
        r"$x^2 - 7x + 1 = 0$",
        [
            (r"$x^2 - 9x + 1 = 0$", "takes α² + β² as (α + β)²"),
            (r"$x^2 + 7x + 1 = 0$", "sign error: uses +sum for the coefficient of x"),
            r"$x^2 - 7x - 1 = 0$",
        ],
        r"$\alpha^2 + \beta^2 = 9 - 2 = 7$ and $\alpha^2\beta^2 = 1$, so the equation is $x^2 - 7x + 1 = 0$.",
    )
    b.mcq(
        c,
        "M",
        r"If $\alpha, \beta$ are the roots of $x^2 - px + q = 0$, then $(\alpha - \beta)^2$ equals",
        r"$p^2 - 4q$",
        [
            (r"$p^2 - 2q$", "confuses (α − β)² with α² + β²"),
            (r"$p^2 + 4q$", "sign error in expanding (α − β)²"),
            r"$p - 4q$",
        ],
        r"$(\alpha - \beta)^2 = (\alpha + \beta)^2 - 4\alpha\beta = p^2 - 4q$, the discriminant.",
    )
    b.tf(
        c,
        "E",
        r"If the roots of $ax^2 + bx + c = 0$ ($a, c \ne 0$) are reciprocals of each other, then $a = c$.",
        True,
        r"The product of the roots is $\alpha \cdot \dfrac1\alpha = 1 = \dfrac{c}{a}$, so $c = a$.",
    )
    b.integer(
        c,
        "H",
        r"If $\alpha$ and $\beta$ are the roots of $x^2 - x - 1 = 0$, find $\alpha^4 + \beta^4$.",
        7,
        r"$\alpha + \beta = 1$, $\alpha\beta = -1$: $\alpha^2 + \beta^2 = 1 + 2 = 3$ and $\alpha^4 + \beta^4 = (\alpha^2 + \beta^2)^2 - 2(\alpha\beta)^2 = 9 - 2 = 7$.",
    )

    b.msq(
        c,
        "M",
        r"$\alpha$ and $\beta$ are the roots of $x^2 - 5x + 6 = 0$. Which statements are true?",
        [
            (r"$\alpha + \beta = 5$", True),
            (r"$\alpha\beta = -6$", False, "takes the product of the roots as −c/a"),
            (r"$\alpha^2 + \beta^2 = 13$", True),
            (r"$\alpha^2 + \beta^2 = 25$", False, "takes α² + β² as (α + β)²"),
        ],
        r"$\alpha + \beta = -\dfrac ba = 5$, $\alpha\beta = \dfrac ca = 6$, and $\alpha^2 + \beta^2 = (\alpha + \beta)^2 - 2\alpha\beta = 25 - 12 = 13$ (the roots are 2 and 3).",
    )

    c = "MATH.QUAD.EXPRESSIONS"
    b.tpl(
        c,
        "M",
        r"Find the least value of ${{a}}x^2 - {{p}}x + {{k}}$ for real $x$ (to two decimal places).",
        {"a": (1, 6), "p": (1, 12), "k": (1, 20)},
        "k - p**2/(4*a)",
        r"For $a > 0$ the minimum is at the vertex $x = \dfrac{p}{2a}$: $-\dfrac{D}{4a} = k - \dfrac{p^2}{4a}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"For real $a \ne 0$, $b$, $c$, the quadratic expression $ax^2 + bx + c$ is positive for every real $x$ exactly when",
        r"$a > 0$ and $b^2 - 4ac < 0$",
        [
            (
                r"$a > 0$ and $b^2 - 4ac > 0$",
                "confuses a positive discriminant with a positive expression",
            ),
            (r"$a < 0$ and $b^2 - 4ac < 0$", "takes the parabola opening downwards"),
            r"$c > 0$",
        ],
        r"The parabola must open upwards and never meet the $x$-axis: $a > 0$ and $D < 0$. With $D = 0$ the expression vanishes at one point.",
    )
    b.mcq(
        c,
        "M",
        r"$x^2 - kx + 4 > 0$ for every real $x$ exactly when",
        r"$-4 < k < 4$",
        [
            (r"$-4 \le k \le 4$", "allows D = 0, where the expression vanishes at one point"),
            (r"$k < 4$", "keeps only one end of the condition k² < 16"),
            r"$k < -4$ or $k > 4$",
        ],
        r"We need $D = k^2 - 16 < 0$, i.e. $-4 < k < 4$. At $k = \pm4$ the expression is a perfect square and equals 0 at $x = \pm2$.",
    )
    b.mcq(
        c,
        "H",
        r"Both roots of $x^2 - 2kx + k^2 - 1 = 0$ lie in the interval $(-2, 4)$ exactly when",
        r"$-1 < k < 3$",
        [
            (r"$-2 < k < 4$", "places k, not the roots k ± 1, inside the interval"),
            (r"$-3 < k < 5$", "widens the interval instead of narrowing it"),
            r"$-1 \le k \le 3$",
        ],
        r"The roots are $k \pm 1$. We need $k - 1 > -2$ and $k + 1 < 4$, so $-1 < k < 3$.",
    )
    b.tpl(
        c,
        "H",
        r"How many integers $k$ make $x^2 - kx + {{m}} > 0$ for every real $x$?",
        {"m": (2, 30)},
        "2*ceil(2*sqrt(m)) - 1",
        r"We need $k^2 - 4m < 0$, i.e. $|k| < 2\sqrt m$. The integers with $|k| < 2\sqrt m$ are $0, \pm1, \dots, \pm(\lceil 2\sqrt m\rceil - 1)$: $2\lceil 2\sqrt m\rceil - 1$ of them.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"$x^2 + 2x + 3$ is positive for every real $x$.",
        True,
        r"$x^2 + 2x + 3 = (x + 1)^2 + 2 \ge 2$. Equivalently $a = 1 > 0$ and $D = 4 - 12 < 0$.",
    )


def complex_numbers(b: Bank) -> None:
    c = "MATH.COMPLEX.ALGEBRA"
    b.tpl(
        c,
        "E",
        r"Find the real part of $({{a}} + {{p}}i)({{k}} + {{q}}i)$.",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9), "q": (1, 9)},
        "a*k - p*q",
        r"$(a + pi)(k + qi) = ak + aqi + pki + pq\,i^2 = (ak - pq) + (aq + pk)i$, since $i^2 = -1$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"For any integer $k$, $i^{4k+3}$ equals",
        "$-i$",
        [
            ("$i$", "takes i³ to be i"),
            ("$-1$", "reduces the exponent modulo 2 instead of 4"),
            "$1$",
        ],
        r"$i^4 = 1$, so $i^{4k+3} = i^3 = i^2 \cdot i = -i$.",
    )
    b.mcq(
        c,
        "E",
        r"$\dfrac{1 + i}{1 - i}$ equals",
        "$i$",
        [
            ("$-i$", "sign slip when multiplying by the conjugate"),
            ("$1$", "cancels the i terms as if they were real"),
            "$0$",
        ],
        r"Multiply by the conjugate of the denominator: $\dfrac{(1+i)^2}{(1-i)(1+i)} = \dfrac{2i}{2} = i$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the imaginary part of $\dfrac{{{a}} + {{p}}i}{{{k}} + {{q}}i}$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9), "q": (1, 9)},
        "(p*k - a*q) / (k**2 + q**2)",
        r"Multiply by the conjugate: $\dfrac{(a + pi)(k - qi)}{k^2 + q^2} = \dfrac{(ak + pq) + (pk - aq)i}{k^2 + q^2}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        r"$\sqrt{a}\,\sqrt{b} = \sqrt{ab}$ holds for all real numbers $a$ and $b$.",
        False,
        r"It fails when both are negative: $\sqrt{-1}\,\sqrt{-1} = i \cdot i = -1$, but $\sqrt{(-1)(-1)} = \sqrt1 = 1$.",
    )
    b.mcq(
        c,
        "M",
        r"If $z + 2\bar z = 3 - i$, then $z$ equals",
        "$1 + i$",
        [
            (r"$1 - \tfrac{i}{3}$", "treats the conjugate of z as z itself"),
            ("$1 - i$", "sign slip in the imaginary part of the conjugate"),
            "$3 - i$",
        ],
        r"With $z = x + iy$: $x + iy + 2x - 2iy = 3x - iy = 3 - i$, so $x = 1$ and $y = 1$.",
    )
    b.integer(
        c,
        "H",
        r"How many complex numbers $z$ satisfy $z^2 + |z| = 0$?",
        3,
        r"$z^2 = -|z|$ is real and $\le 0$, so $z$ is $0$ or purely imaginary. With $z = iy$: $-y^2 + |y| = 0$, so $y = 0$ or $|y| = 1$. The solutions are $0, i, -i$.",
    )

    c = "MATH.COMPLEX.ARGAND"
    b.tpl(
        c,
        "E",
        r"Find $|{{a}} + {{p}}i|$ (to two decimal places).",
        {"a": (1, 12), "p": (1, 12)},
        "sqrt(a**2 + p**2)",
        r"$|x + iy| = \sqrt{x^2 + y^2}$, the distance of the point $(x, y)$ from the origin.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The principal argument of $z = -1 - i$ is",
        r"$-\dfrac{3\pi}{4}$",
        [
            (r"$\dfrac{\pi}{4}$", "takes tan⁻¹(y/x) without checking the quadrant"),
            (r"$\dfrac{5\pi}{4}$", "gives an argument outside the principal range (−π, π]"),
            r"$\dfrac{3\pi}{4}$",
        ],
        r"$z$ lies in the third quadrant with reference angle $\dfrac\pi4$, so $\arg z = -\pi + \dfrac\pi4 = -\dfrac{3\pi}{4}$.",
    )
    b.mcq(
        c,
        "M",
        r"The locus of $z$ satisfying $|z - 1| = |z + 1|$ is",
        "the imaginary axis",
        [
            ("a circle centred at the origin", "reads an equality of two distances as a circle"),
            (
                "the real axis",
                "confuses the perpendicular bisector with the line through the points",
            ),
            "the line $x = 1$",
        ],
        r"$z$ is equidistant from $1$ and $-1$, so it lies on the perpendicular bisector of the segment joining them: the line $x = 0$.",
    )
    b.mcq(
        c,
        "E",
        r"$|z - 2 - 3i| = 4$ represents a circle with",
        r"centre $(2, 3)$ and radius 4",
        [
            (r"centre $(-2, -3)$ and radius 4", "reads the centre with the signs flipped"),
            (r"centre $(2, 3)$ and radius 16", "squares the radius"),
            r"centre $(3, 2)$ and radius 4",
        ],
        r"$|z - z_0| = r$ is the circle of radius $r$ about $z_0$; here $z_0 = 2 + 3i$.",
    )
    b.tpl(
        c,
        "H",
        r"If $|z - ({{a}} + {{p}}i)| = {{r}}$, find the greatest value of $|z|$ (to two decimal places).",
        {"a": (1, 8), "p": (1, 8), "r": (1, 5)},
        "sqrt(a**2 + p**2) + r",
        r"By the triangle inequality $|z| \le |z - z_0| + |z_0| = r + |z_0|$, with equality where the line from the origin through $z_0$ meets the circle again.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "H",
        r"For non-zero $z_1, z_2$, $|z_1 + z_2| = |z_1| + |z_2|$ holds only when $\arg z_1 = \arg z_2$.",
        True,
        r"Equality in the triangle inequality needs the two vectors to point the same way: $z_2 = \lambda z_1$ with $\lambda > 0$, i.e. equal arguments.",
    )

    c = "MATH.COMPLEX.POLAR"
    b.mcq(
        c,
        "E",
        r"The polar form of $1 + i\sqrt3$ is",
        r"$2\left(\cos\dfrac{\pi}{3} + i\sin\dfrac{\pi}{3}\right)$",
        [
            (
                r"$2\left(\cos\dfrac{\pi}{6} + i\sin\dfrac{\pi}{6}\right)$",
                "swaps the real and imaginary parts when finding the angle",
            ),
            (
                r"$4\left(\cos\dfrac{\pi}{3} + i\sin\dfrac{\pi}{3}\right)$",
                "forgets the square root in the modulus",
            ),
            r"$\sqrt2\left(\cos\dfrac{\pi}{4} + i\sin\dfrac{\pi}{4}\right)$",
        ],
        r"$r = \sqrt{1 + 3} = 2$ and $\tan\theta = \sqrt3$ with $\theta$ in the first quadrant, so $\theta = \dfrac\pi3$.",
    )
    b.tpl(
        c,
        "M",
        r"Let $\omega$ be a non-real cube root of unity. Find $1 + \omega^{n} + \omega^{2n}$ for $n = {{n}}$.",
        {"n": (1, 30)},
        "3 - 3*ceil((n % 3) / 3)",
        r"If $3 \mid n$ every term is 1 and the sum is 3. Otherwise $\omega^n$ is $\omega$ or $\omega^2$ and the sum is $1 + \omega + \omega^2 = 0$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"$(\cos 15^\circ + i\sin 15^\circ)^6$ equals",
        "$i$",
        [
            (
                r"$\cos 21^\circ + i\sin 21^\circ$",
                "adds the power to the angle instead of multiplying",
            ),
            ("$1$", "thinks a power of a unit complex number is always 1"),
            "$-i$",
        ],
        r"By De Moivre's theorem the result is $\cos 90^\circ + i\sin 90^\circ = i$.",
    )
    b.tpl(
        c,
        "H",
        r"Find the real part of $(1 + i)^{{{n}}}$.",
        {"n": (2, 14)},
        "round(2**(n/2) * cos(n*pi/4))",
        r"$1 + i = \sqrt2\left(\cos\dfrac\pi4 + i\sin\dfrac\pi4\right)$, so $(1+i)^n = 2^{n/2}\left(\cos\dfrac{n\pi}{4} + i\sin\dfrac{n\pi}{4}\right)$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        r"If $1, \alpha, \alpha^2, \dots, \alpha^{n-1}$ are the $n$th roots of unity, then $(1 - \alpha)(1 - \alpha^2)\cdots(1 - \alpha^{n-1})$ equals",
        "$n$",
        [
            ("$0$", "includes the factor for the root 1 itself"),
            ("$1$", "pairs conjugate factors as if each pair gave 1"),
            "$n - 1$",
        ],
        r"$x^n - 1 = (x - 1)(x - \alpha)\cdots(x - \alpha^{n-1})$, so $(x - \alpha)\cdots(x - \alpha^{n-1}) = 1 + x + \dots + x^{n-1}$. Put $x = 1$: the product is $n$.",
    )
    b.tf(
        c,
        "E",
        r"If $\omega$ is a non-real cube root of unity, then $\omega^2 = \bar\omega$.",
        True,
        r"$\omega = e^{2\pi i/3}$ and $\omega^2 = e^{4\pi i/3} = e^{-2\pi i/3} = \bar\omega$; also $|\omega| = 1$, so $\bar\omega = 1/\omega = \omega^2$.",
    )
    b.mcq(
        c,
        "H",
        r"If $\omega$ is a non-real cube root of unity, $(1 + \omega - \omega^2)(1 - \omega + \omega^2)$ equals",
        "$4$",
        [
            ("$0$", "sets 1 + ω + ω² = 0 without adjusting the signs"),
            ("$-4$", "sign slip in the product of the two factors"),
            "$1$",
        ],
        r"$1 + \omega = -\omega^2$ and $1 + \omega^2 = -\omega$, so the factors are $-2\omega^2$ and $-2\omega$. Their product is $4\omega^3 = 4$.",
    )


def matrices(b: Bank) -> None:
    c = "MATH.MATRIX.MATRICES"
    b.mcq(
        c,
        "E",
        r"If $A$ is a $2 \times 3$ matrix and $B$ is a $3 \times 4$ matrix, then $AB$ is",
        r"a $2 \times 4$ matrix",
        [
            (r"a $4 \times 2$ matrix", "reverses the order of the dimensions in the product"),
            ("not defined", "thinks matrices must have the same order to be multiplied"),
            r"a $3 \times 3$ matrix",
        ],
        r"An $m \times n$ matrix times an $n \times p$ matrix is $m \times p$: here $2 \times 4$.",
    )
    b.tpl(
        c,
        "E",
        r"If $A = \begin{pmatrix} {{a}} & {{p}} \\ {{k}} & {{q}} \end{pmatrix}$, find the entry in the first row and first column of $A^2$.",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9), "q": (1, 9)},
        "a**2 + p*k",
        r"$(A^2)_{11} = (\text{row 1 of } A) \cdot (\text{column 1 of } A) = a \cdot a + p \cdot k$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"Every square matrix $A$ is the sum of a symmetric and a skew-symmetric matrix. The skew-symmetric part is",
        r"$\tfrac12(A - A^T)$",
        [
            (r"$\tfrac12(A + A^T)$", "gives the symmetric part"),
            (r"$A - A^T$", "forgets the factor one half"),
            r"$A^T - A$",
        ],
        r"$A = \tfrac12(A + A^T) + \tfrac12(A - A^T)$, and $\left[\tfrac12(A - A^T)\right]^T = \tfrac12(A^T - A) = -\tfrac12(A - A^T)$.",
    )
    b.tf(
        c,
        "E",
        r"For any two square matrices $A$ and $B$ of the same order, $AB = BA$.",
        False,
        r"Matrix multiplication is not commutative: $\begin{pmatrix}0&1\\0&0\end{pmatrix}\begin{pmatrix}0&0\\1&0\end{pmatrix} = \begin{pmatrix}1&0\\0&0\end{pmatrix}$, but in the other order the product is $\begin{pmatrix}0&0\\0&1\end{pmatrix}$.",
    )
    b.msq(
        c,
        "M",
        r"For matrices $A$ and $B$ for which the operations are defined, which statements are true?",
        [
            (r"$(AB)^T = B^T A^T$", True),
            (r"$(A + B)^T = A^T + B^T$", True),
            (
                r"$(AB)^T = A^T B^T$",
                False,
                "keeps the order of the factors when transposing a product",
            ),
            (r"$(A^T)^T = A$", True),
        ],
        r"Transposing reverses a product: $(AB)^T = B^TA^T$. (If $A$ is $2\times3$ and $B$ is $3\times2$, $A^TB^T$ is $3 \times 3$, while $(AB)^T$ is $2 \times 2$.)",
    )
    b.integer(
        c,
        "M",
        r"How many symmetric $3 \times 3$ matrices have every entry equal to 0 or 1?",
        64,
        r"A symmetric matrix is fixed by its diagonal (3 entries) and the entries above it (3 entries): $2^6 = 64$.",
    )
    b.tf(
        c,
        "M",
        r"If $A$ is a square matrix with $A^2 = O$, then $A = O$.",
        False,
        r"$A = \begin{pmatrix}0 & 1\\ 0 & 0\end{pmatrix} \ne O$ but $A^2 = O$. Matrices can have zero divisors.",
    )

    c = "MATH.MATRIX.DETERMINANTS"
    b.tpl(
        c,
        "E",
        r"Evaluate $\begin{vmatrix} {{a}} & {{p}} \\ {{k}} & {{q}} \end{vmatrix}$.",
        {"a": (1, 12), "p": (1, 12), "k": (1, 12), "q": (1, 12)},
        "a*q - p*k",
        r"$\begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\begin{vmatrix} {{a}} & 1 & 0 \\ 1 & {{p}} & 1 \\ 0 & 1 & {{k}} \end{vmatrix}$.",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9)},
        "a*p*k - a - k",
        r"Expand along the first row: $a(pk - 1) - 1(k - 0) + 0 = apk - a - k$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"$A$ is a $3 \times 3$ matrix with $|A| = 4$. Then $|2A|$ equals",
        "32",
        [
            ("8", "multiplies the determinant by k instead of k to the power n"),
            ("16", "uses k squared for a third-order determinant"),
            "64",
        ],
        r"Multiplying $A$ by $k$ multiplies each of the $n$ rows by $k$: $|kA| = k^n|A| = 2^3 \cdot 4 = 32$.",
    )
    b.mcq(
        c,
        "E",
        "Interchanging two rows of a determinant",
        "changes its sign but not its absolute value",
        [
            (
                "leaves it unchanged",
                "treats a row swap like adding a multiple of one row to another",
            ),
            ("makes it zero", "confuses swapping rows with having two equal rows"),
            "multiplies it by 2",
        ],
        r"Each interchange of two rows (or columns) multiplies the determinant by $-1$.",
    )
    b.tf(
        c,
        "E",
        r"$|A^T| = |A|$ for every square matrix $A$.",
        True,
        r"Expanding along a row of $A^T$ is the same as expanding along the corresponding column of $A$.",
    )
    b.mcq(
        c,
        "H",
        r"$\begin{vmatrix} 1 & a & a^2 \\ 1 & b & b^2 \\ 1 & c & c^2 \end{vmatrix}$ equals",
        r"$(a - b)(b - c)(c - a)$",
        [
            (r"$(a - b)(b - c)(a - c)$", "sign error in the factored product"),
            (
                r"$(a + b)(b + c)(c + a)$",
                "uses sums where the determinant vanishes for equal variables",
            ),
            "$0$",
        ],
        r"$R_2 - R_1$ and $R_3 - R_1$ give rows $(0, b - a, b^2 - a^2)$ and $(0, c - a, c^2 - a^2)$. Taking out $(b - a)(c - a)$ leaves $\begin{vmatrix}1 & b + a\\1 & c + a\end{vmatrix} = c - b$. So the value is $(b - a)(c - a)(c - b) = (a - b)(b - c)(c - a)$.",
    )
    b.integer(
        c,
        "M",
        r"Find the cofactor of the entry in row 1, column 2 of $\begin{pmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 10 \end{pmatrix}$.",
        2,
        r"The minor is $\begin{vmatrix} 4 & 6 \\ 7 & 10 \end{vmatrix} = 40 - 42 = -2$, and the cofactor is $(-1)^{1+2}(-2) = 2$.",
    )

    b.msq(
        c,
        "M",
        r"$A$ is a $3 \times 3$ matrix with $|A| = 2$. Which statements are true?",
        [
            (r"$|A^T| = 2$", True),
            (r"$|-A| = -2$", True),
            (r"$|3A| = 6$", False, "multiplies the determinant by k instead of k to the power n"),
            (r"$|A^2| = 4$", True),
        ],
        r"$|A^T| = |A|$; $|kA| = k^3|A|$ for order 3, so $|-A| = -2$ and $|3A| = 54$; $|A^2| = |A|^2 = 4$.",
    )

    c = "MATH.MATRIX.INVERSE"
    b.mcq(
        c,
        "E",
        r"A square matrix $A$ has an inverse exactly when",
        r"$|A| \ne 0$",
        [
            (r"$A \ne O$", "thinks any non-zero matrix is invertible"),
            (r"$A$ is symmetric", "confuses symmetry with invertibility"),
            r"$|A| = 1$",
        ],
        r"$A^{-1} = \dfrac{1}{|A|}\,\operatorname{adj} A$ exists precisely when $A$ is non-singular, i.e. $|A| \ne 0$.",
    )
    b.tpl(
        c,
        "M",
        r"If $A = \begin{pmatrix} {{a}} & {{p}} \\ {{k}} & {{q}} \end{pmatrix}$, find the entry in the first row and first column of $A^{-1}$ (to two decimal places).",
        {"a": (3, 6), "p": (1, 2), "k": (1, 2), "q": (3, 6)},
        "q / (a*q - p*k)",
        r"$A^{-1} = \dfrac{1}{aq - pk}\begin{pmatrix} q & -p \\ -k & a \end{pmatrix}$: swap the diagonal entries, negate the others, divide by the determinant.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"$A$ is a $3 \times 3$ matrix with $|A| = 5$. Then $|\operatorname{adj} A|$ equals",
        "25",
        [
            ("5", "thinks the adjoint has the same determinant as A"),
            ("125", "uses |A| to the power n instead of n − 1"),
            (r"$\tfrac15$", "confuses the adjoint with the inverse"),
        ],
        r"$A \operatorname{adj}A = |A| I$ gives $|A|\,|\operatorname{adj} A| = |A|^3$, so $|\operatorname{adj} A| = |A|^{2} = 25$.",
    )
    b.tpl(
        c,
        "M",
        r"$A$ is a square matrix of order {{n}} with $|A| = {{d}}$. Find $|\operatorname{adj} A|$.",
        {"n": (2, 4), "d": (2, 6)},
        "d**(n - 1)",
        r"From $A\operatorname{adj}A = |A|I_n$: $|A|\,|\operatorname{adj}A| = |A|^n$, so $|\operatorname{adj}A| = |A|^{n-1}$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"For invertible matrices $A$ and $B$ of the same order, $(AB)^{-1} = A^{-1}B^{-1}$.",
        False,
        r"$(AB)(B^{-1}A^{-1}) = A(BB^{-1})A^{-1} = I$, so $(AB)^{-1} = B^{-1}A^{-1}$: the order reverses.",
    )
    b.mcq(
        c,
        "H",
        r"If a square matrix $A$ satisfies $A^2 - 5A + 7I = O$, then $A^{-1}$ equals",
        r"$\tfrac17(5I - A)$",
        [
            (r"$\tfrac17(A - 5I)$", "sign slip when isolating the inverse"),
            (r"$7(5I - A)$", "multiplies by 7 instead of dividing"),
            r"$\tfrac17(5A - I)$",
        ],
        r"$A(5I - A) = 5A - A^2 = 7I$, so $A \cdot \tfrac17(5I - A) = I$. The relation also shows $A$ is invertible.",
    )
    b.integer(
        c,
        "E",
        r"Find the sum of all the entries of $A^{-1}$, where $A = \begin{pmatrix} 2 & 1 \\ 1 & 1 \end{pmatrix}$.",
        1,
        r"$|A| = 1$ and $A^{-1} = \begin{pmatrix} 1 & -1 \\ -1 & 2 \end{pmatrix}$; the entries sum to $1$.",
    )

    c = "MATH.MATRIX.SYSTEMS"
    b.mcq(
        c,
        "E",
        r"A homogeneous system $AX = O$ of $n$ equations in $n$ unknowns with $|A| \ne 0$ has",
        "only the trivial solution",
        [
            ("infinitely many solutions", "confuses the conditions |A| ≠ 0 and |A| = 0"),
            ("no solution", "forgets that X = O always solves a homogeneous system"),
            "exactly two solutions",
        ],
        r"$|A| \ne 0$ means $A^{-1}$ exists, so $X = A^{-1}O = O$ is the only solution.",
    )
    b.mcq(
        c,
        "M",
        r"The system $x + y = 2$, $2x + ky = 4$ has infinitely many solutions when",
        "$k = 2$",
        [
            (r"$k \ne 2$", "gives the condition for a unique solution"),
            ("$k = 4$", "matches the constant terms instead of the coefficients"),
            "$k = -2$",
        ],
        r"For $k = 2$ the second equation is twice the first, so every point of $x + y = 2$ is a solution. For $k \ne 2$ the determinant $k - 2 \ne 0$ and the solution is unique.",
    )
    b.tpl(
        c,
        "M",
        r"Solve ${{a}}x + {{p}}y = {{g}}$, ${{k}}x + {{q}}y = {{h}}$ by Cramer's rule and give $x$ (to two decimal places).",
        {"a": (3, 6), "p": (1, 2), "g": (1, 20), "k": (1, 2), "q": (3, 6), "h": (1, 20)},
        "(g*q - p*h) / (a*q - p*k)",
        r"$D = \begin{vmatrix} a & p \\ k & q \end{vmatrix} = aq - pk$ and $D_x = \begin{vmatrix} g & p \\ h & q \end{vmatrix} = gq - ph$; $x = D_x / D$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        r"A non-homogeneous system $AX = B$ with $|A| = 0$ always has infinitely many solutions.",
        False,
        r"It may be inconsistent: $x + y = 1$, $x + y = 2$ has $|A| = 0$ and no solution. With $|A| = 0$ one must check $(\operatorname{adj}A)B$ or the ranks.",
    )
    b.mcq(
        c,
        "H",
        r"The system $x + y + z = 0$, $x + 2y + 3z = 0$, $x + 3y + \lambda z = 0$ has a non-trivial solution when",
        r"$\lambda = 5$",
        [
            (r"$\lambda \ne 5$", "gives the condition for only the trivial solution"),
            (r"$\lambda = 4$", "extends the pattern 1, 2, 3 in the third column as 3, 4"),
            r"$\lambda = 6$",
        ],
        r"A homogeneous system has non-trivial solutions iff the determinant is zero: $\begin{vmatrix}1&1&1\\1&2&3\\1&3&\lambda\end{vmatrix} = (2\lambda - 9) - (\lambda - 3) + (3 - 2) = \lambda - 5 = 0$.",
    )
    b.integer(
        c,
        "H",
        r"For how many real values of $k$ does the system $kx + y = 1$, $x + ky = 1$ have no solution?",
        1,
        r"$D = k^2 - 1 = 0$ at $k = \pm1$. For $k = 1$ both equations are $x + y = 1$ (infinitely many solutions). For $k = -1$: $-x + y = 1$ and $x - y = 1$ are inconsistent. So only $k = -1$.",
    )


def counting(b: Bank) -> None:
    c = "MATH.PNC.COUNTING"
    b.tpl(
        c,
        "E",
        "A student has {{a}} shirts and {{p}} pairs of trousers. How many different outfits of one shirt and one pair of trousers can she wear?",
        {"a": (3, 12), "p": (2, 9)},
        "a*p",
        r"By the multiplication principle, each of the $a$ shirts goes with each of the $p$ trousers: $ap$ outfits.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        "How many 3-digit numbers can be formed from the digits 1 to 9 if digits may repeat?",
        "729",
        [
            ("504", "forbids repetition although it is allowed"),
            ("27", "multiplies 9 by 3 instead of raising it to the power 3"),
            "81",
        ],
        r"Each of the three places can be filled in 9 ways: $9^3 = 729$.",
    )
    b.mcq(
        c,
        "M",
        "How many positive divisors does 360 have?",
        "24",
        [
            ("6", "uses the exponents 3, 2, 1 without adding 1 to each"),
            ("22", "leaves out 1 and 360 itself"),
            "12",
        ],
        r"$360 = 2^3 \cdot 3^2 \cdot 5$. A divisor is $2^a3^b5^c$ with $0 \le a \le 3$, $0 \le b \le 2$, $0 \le c \le 1$: $4 \cdot 3 \cdot 2 = 24$.",
    )
    b.tpl(
        c,
        "M",
        r"How many positive divisors does $2^{{{a}}} \cdot 3^{{{p}}} \cdot 5^{{{k}}}$ have?",
        {"a": (1, 8), "p": (1, 6), "k": (1, 5)},
        "(a + 1)*(p + 1)*(k + 1)",
        r"Each prime's exponent in a divisor can be chosen from $0$ up to its exponent in the number: $(a+1)(p+1)(k+1)$ choices.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"$0! = 1$.",
        True,
        r"This keeps $n! = n \cdot (n-1)!$ true for $n = 1$ and makes $\binom{n}{0} = \dfrac{n!}{0!\,n!} = 1$.",
    )
    b.tpl(
        c,
        "H",
        r"How many zeros does ${{n}}!$ end with?",
        {"n": (25, 160)},
        "floor(n/5) + floor(n/25) + floor(n/125)",
        r"Each trailing zero needs a factor $10 = 2 \cdot 5$, and factors 2 are plentiful. Count factors of 5: $\left[\dfrac n5\right] + \left[\dfrac n{25}\right] + \left[\dfrac n{125}\right] + \cdots$.",
        integer=True,
    )

    c = "MATH.PNC.PERMUTATIONS"
    b.tpl(
        c,
        "E",
        "In how many ways can a gold, a silver and a bronze medal be awarded among {{n}} runners (no runner gets two medals)?",
        {"n": (4, 15)},
        "n*(n - 1)*(n - 2)",
        r"An ordered choice of 3 from $n$: ${}^nP_3 = n(n-1)(n-2)$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "How many different arrangements are there of the letters of the word BANANA?",
        "60",
        [
            ("720", "ignores the repeated letters"),
            ("360", "divides only for the repeated N's"),
            "120",
        ],
        r"6 letters with A three times and N twice: $\dfrac{6!}{3!\,2!} = \dfrac{720}{12} = 60$.",
    )
    b.mcq(
        c,
        "E",
        "In how many ways can 5 people sit around a round table (only their relative positions matter)?",
        "24",
        [
            ("120", "counts rotations of the same seating as different"),
            ("12", "also identifies mirror images, as for a necklace"),
            "60",
        ],
        r"Fix one person's seat to remove rotations; the other 4 can be arranged in $4! = 24$ ways.",
    )
    b.tpl(
        c,
        "E",
        "How many {{r}}-letter code words can be made from an alphabet of {{n}} letters if letters may repeat?",
        {"r": (2, 5), "n": (3, 10)},
        "n**r",
        r"Each of the $r$ positions can be filled in $n$ ways: $n^r$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "How many 4-digit numbers have all their digits different?",
        "4536",
        [
            ("5040", "allows 0 in the leading place"),
            ("3024", "leaves out the digit 0 altogether"),
            ("9000", "counts all 4-digit numbers, ignoring the condition"),
        ],
        r"The first digit: 9 choices (1-9). Then 9, 8 and 7 choices from the remaining digits, 0 now included: $9 \cdot 9 \cdot 8 \cdot 7 = 4536$.",
    )
    b.mcq(
        c,
        "H",
        "In how many ways can the letters of EQUATION be arranged so that the three consonants are together?",
        "4320",
        [
            ("720", "forgets to arrange the consonants within their block"),
            ("40320", "ignores the condition"),
            "2880",
        ],
        r"Tie Q, T, N into one block: 5 vowels + 1 block $= 6$ units, $6!$ ways, times $3!$ orders inside the block: $720 \cdot 6 = 4320$.",
    )
    b.tf(
        c,
        "E",
        r"${}^nP_r = r! \cdot {}^nC_r$.",
        True,
        r"Choose the $r$ objects (${}^nC_r$ ways), then order them ($r!$ ways).",
    )

    c = "MATH.PNC.COMBINATIONS"
    b.tpl(
        c,
        "E",
        "At a meeting of {{n}} people, everyone shakes hands once with everyone else. How many handshakes are there?",
        {"n": (4, 40)},
        "n*(n - 1)/2",
        r"A handshake is an unordered pair of people: ${}^nC_2 = \dfrac{n(n-1)}{2}$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        "How many diagonals does a convex polygon with {{n}} sides have?",
        {"n": (4, 30)},
        "n*(n - 3)/2",
        r"Each pair of vertices gives a side or a diagonal: ${}^nC_2 - n = \dfrac{n(n-3)}{2}$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        "A committee of 5 is chosen from 6 men and 4 women. In how many ways can it be chosen if it must contain at least 3 women?",
        "66",
        [
            ("84", "picks 3 women first and then any 2 others, counting some committees twice"),
            ("60", "counts only committees with exactly 3 women"),
            "252",
        ],
        r"Exactly 3 women: ${}^4C_3 \cdot {}^6C_2 = 4 \cdot 15 = 60$. Exactly 4 women: ${}^4C_4 \cdot {}^6C_1 = 6$. Total $66$.",
    )
    b.mcq(
        c,
        "E",
        r"If ${}^nC_4 = {}^nC_6$, then $n$ equals",
        "10",
        [
            ("24", "multiplies the lower indices"),
            ("2", "subtracts the lower indices"),
            "5",
        ],
        r"${}^nC_r = {}^nC_s$ with $r \ne s$ means $r + s = n$, so $n = 4 + 6 = 10$.",
    )
    b.tf(
        c,
        "H",
        "Four different books can be split into two unlabelled piles of two books each in 6 ways.",
        False,
        r"Choosing 2 books for 'the first pile' (${}^4C_2 = 6$) counts each split twice, since the piles are not labelled: $6 / 2 = 3$ ways.",
    )
    b.tpl(
        c,
        "H",
        r"How many solutions in non-negative integers does $x + y + z = {{n}}$ have?",
        {"n": (3, 30)},
        "(n + 1)*(n + 2)/2",
        r"By stars and bars: arrange $n$ stars and 2 bars in a row: ${}^{n+2}C_2 = \dfrac{(n+1)(n+2)}{2}$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        "Ten points lie in a plane, and no three of them are collinear except four, which lie on one line. How many triangles have their vertices among these points?",
        "116",
        [
            ("120", "forgets that collinear points do not form a triangle"),
            ("114", "subtracts the pairs from the four collinear points instead of the triples"),
            "112",
        ],
        r"${}^{10}C_3 - {}^4C_3 = 120 - 4 = 116$: remove the triples taken from the four collinear points.",
    )


def binomial(b: Bank) -> None:
    c = "MATH.BINOM.THEOREM"
    b.tpl(
        c,
        "E",
        r"How many terms are there in the expansion of $(a + b)^{{{n}}}$?",
        {"n": (3, 30)},
        "n + 1",
        r"The terms are $\binom{n}{r}a^{n-r}b^r$ for $r = 0, 1, \dots, n$: $n + 1$ terms.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"The coefficient of $x^2$ in $(1 + x)^5$ is",
        "10",
        [
            ("5", "uses n instead of nC2"),
            ("20", "uses nP2, counting ordered choices"),
            "25",
        ],
        r"The coefficient of $x^r$ in $(1 + x)^n$ is $\binom{n}{r}$: $\binom52 = 10$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the coefficient of $x^2$ in $(1 + {{a}}x)^{{{n}}}$.",
        {"a": (2, 5), "n": (3, 10)},
        "n*(n - 1)/2 * a**2",
        r"The term in $x^2$ is $\binom{n}{2}(ax)^2$, so the coefficient is $\dfrac{n(n-1)}{2}a^2$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"The coefficients in the expansions of $(a + b)^n$ and $(a - b)^n$ are the same up to sign.",
        True,
        r"The general term of $(a - b)^n$ is $\binom nr a^{n-r}(-b)^r = (-1)^r\binom nr a^{n-r}b^r$.",
    )
    b.mcq(
        c,
        "H",
        r"$(\sqrt2 + 1)^6 + (\sqrt2 - 1)^6$ equals",
        "198",
        [
            ("99", "forgets to double the terms common to both expansions"),
            ("0", "thinks all terms cancel between the two expansions"),
            "396",
        ],
        r"The odd-power terms cancel and the even ones double: $2\left[(\sqrt2)^6 + \binom62(\sqrt2)^4 + \binom64(\sqrt2)^2 + 1\right] = 2[8 + 60 + 30 + 1] = 198$.",
    )
    b.integer(
        c,
        "H",
        r"Find the number formed by the last two digits of $11^9$.",
        91,
        r"$11^9 = (1 + 10)^9 = 1 + 9 \cdot 10 + \binom92 10^2 + \cdots$. Every term after the second is a multiple of 100, so the last two digits are those of $91$.",
    )
    b.mcq(
        c,
        "E",
        r"For $1 \le r \le n$, ${}^nC_{r-1} + {}^nC_r$ equals",
        r"${}^{n+1}C_r$",
        [
            (r"${}^{n}C_{r+1}$", "shifts the lower index instead of the upper"),
            (r"${}^{n+1}C_{r+1}$", "raises both indices"),
            r"${}^{2n}C_{2r-1}$",
        ],
        r"Pascal's rule: each entry of Pascal's triangle is the sum of the two above it, ${}^nC_{r-1} + {}^nC_r = {}^{n+1}C_r$.",
    )

    c = "MATH.BINOM.TERMS"
    b.mcq(
        c,
        "E",
        r"The general term of $(x + a)^n$ is",
        r"$T_{r+1} = \binom{n}{r}x^{n-r}a^r$",
        [
            (r"$T_r = \binom{n}{r}x^{n-r}a^r$", "labels the term with r instead of r + 1"),
            (r"$T_{r+1} = \binom{n}{r}x^{r}a^{r}$", "gives both parts the same power"),
            r"$T_{r+1} = {}^nP_r\,x^{n-r}a^r$",
        ],
        r"The first term corresponds to $r = 0$, so the term with $a^r$ is the $(r+1)$th: $T_{r+1} = \binom nr x^{n-r}a^r$.",
    )
    b.mcq(
        c,
        "M",
        r"The middle term of $\left(x + \dfrac{1}{x}\right)^{10}$ is",
        "252",
        [
            ("210", "takes the 5th term as the middle term"),
            ("126", "halves the central coefficient"),
            "1024",
        ],
        r"There are 11 terms; the middle one is $T_6 = \binom{10}{5}x^5x^{-5} = 252$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the term independent of $x$ in $\left(x + \dfrac{{{a}}}{x}\right)^6$.",
        {"a": (1, 6)},
        "20*a**3",
        r"$T_{r+1} = \binom6r x^{6-r}\left(\dfrac ax\right)^r = \binom6r a^r x^{6-2r}$. It is constant for $r = 3$: $\binom63a^3 = 20a^3$.",
        integer=True,
    )
    b.tpl(
        c,
        "H",
        r"Find the term independent of $x$ in $\left(x^2 + \dfrac{{{a}}}{x}\right)^9$.",
        {"a": (1, 4)},
        "84*a**6",
        r"$T_{r+1} = \binom9r x^{2(9-r)} a^r x^{-r} = \binom9r a^r x^{18 - 3r}$. Constant for $r = 6$: $\binom96a^6 = 84a^6$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        r"The coefficient of $x^4$ in $\left(x^2 - \dfrac{2}{x}\right)^8$ is",
        "1120",
        [
            ("$-1120$", "loses track of the sign of (−2)^r"),
            ("70", "forgets the factor (−2)^r"),
            "560",
        ],
        r"$T_{r+1} = \binom8r(x^2)^{8-r}\left(-\dfrac2x\right)^r = \binom8r(-2)^rx^{16-3r}$. $16 - 3r = 4$ gives $r = 4$: $\binom84 \cdot 16 = 1120$.",
    )
    b.tf(
        c,
        "E",
        r"The expansion of $(x + y)^{11}$ has two middle terms.",
        True,
        r"It has 12 terms, an even number, so the 6th and 7th terms are both middle terms.",
    )
    b.integer(
        c,
        "M",
        r"Which term (give its position) of $\left(x - \dfrac{1}{x^2}\right)^{12}$ is independent of $x$?",
        5,
        r"$T_{r+1} = \binom{12}{r}x^{12-r}(-1)^rx^{-2r}$, constant when $12 - 3r = 0$, i.e. $r = 4$: the 5th term.",
    )

    c = "MATH.BINOM.COEFFICIENTS"
    b.tpl(
        c,
        "E",
        r"Find the sum of the coefficients in the expansion of $({{a}}x + {{p}})^{{{n}}}$.",
        {"a": (1, 3), "p": (1, 3), "n": (2, 6)},
        "(a + p)**n",
        r"Put $x = 1$: the sum of the coefficients of a polynomial $f(x)$ is $f(1) = (a + p)^n$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"$\binom{10}{0} + \binom{10}{2} + \binom{10}{4} + \dots + \binom{10}{10}$ equals",
        "512",
        [
            ("1024", "adds all the coefficients, not only the even-indexed ones"),
            ("511", "subtracts 1 as for the sum of the odd ones"),
            "256",
        ],
        r"Adding $(1+1)^{10}$ and $(1-1)^{10}$ doubles the even-indexed coefficients: their sum is $\dfrac{2^{10} + 0}{2} = 2^9 = 512$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\sum_{r=0}^{n} r\binom{n}{r}$ equals",
        r"$n\,2^{n-1}$",
        [
            (r"$n\,2^n$", "does not reduce the power after differentiating"),
            (r"$2^{n-1}$", "drops the factor n"),
            r"$(n + 1)2^n$",
        ],
        r"$r\binom nr = n\binom{n-1}{r-1}$, so the sum is $n\sum\binom{n-1}{r-1} = n2^{n-1}$. (Or differentiate $(1+x)^n$ and put $x = 1$.)",
    )
    b.tpl(
        c,
        "H",
        r"Find $\displaystyle\sum_{r=1}^{{{n}}} r\binom{{{n}}}{r}$.",
        {"n": (3, 12)},
        "n*2**(n - 1)",
        r"Differentiate $(1 + x)^n = \sum\binom nr x^r$ and put $x = 1$: $\sum r\binom nr = n2^{n-1}$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The greatest binomial coefficient in the expansion of $(1 + x)^9$ is",
        "126",
        [
            ("84", "takes the 4th coefficient as the largest"),
            ("252", "uses the central coefficient for n = 10"),
            "36",
        ],
        r"For odd $n = 9$ the two middle coefficients are largest: $\binom94 = \binom95 = 126$.",
    )
    b.tf(
        c,
        "E",
        r"For $n \ge 1$, $\binom{n}{0} - \binom{n}{1} + \binom{n}{2} - \dots + (-1)^n\binom{n}{n} = 0$.",
        True,
        r"It is $(1 - 1)^n = 0$.",
    )
    b.integer(
        c,
        "M",
        r"Find $\binom40 + 3\binom41 + 9\binom42 + 27\binom43 + 81\binom44$.",
        256,
        r"It is $\sum\binom4r3^r = (1 + 3)^4 = 256$.",
    )


def sequences(b: Bank) -> None:
    c = "MATH.SEQ.AP"
    b.tpl(
        c,
        "E",
        "An arithmetic progression has first term {{a}} and common difference {{d}}. Find its {{n}}th term.",
        {"a": (1, 20), "d": (2, 9), "n": (5, 30)},
        "a + (n - 1)*d",
        r"$a_n = a + (n - 1)d$: there are $n - 1$ steps from the first term to the $n$th.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        "Find the sum of the first {{n}} terms of the arithmetic progression with first term {{a}} and common difference {{d}}.",
        {"n": (5, 30), "a": (1, 20), "d": (1, 9)},
        "n*(2*a + (n - 1)*d)/2",
        r"$S_n = \dfrac n2\left[2a + (n - 1)d\right]$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "The 3rd term of an AP is 7 and its 7th term is 19. Its 10th term is",
        "28",
        [
            ("31", "counts 10 steps from the first term instead of 9"),
            ("25", "counts 3 steps from the 7th term as 2"),
            "30",
        ],
        r"$4d = 19 - 7$, so $d = 3$ and $a = 7 - 2d = 1$. $a_{10} = 1 + 9 \cdot 3 = 28$.",
    )
    b.mcq(
        c,
        "H",
        r"The sum of the first $n$ terms of an AP is $3n^2 + 2n$. Its common difference is",
        "6",
        [
            ("3", "reads the coefficient of n² as the common difference"),
            ("5", "takes S₁ as the common difference"),
            "2",
        ],
        r"$a_n = S_n - S_{n-1} = 3n^2 + 2n - [3(n-1)^2 + 2(n-1)] = 6n - 1$, so $d = 6$. In general $S_n = \tfrac d2 n^2 + \dots$, so $d$ is twice the coefficient of $n^2$.",
    )
    b.tf(
        c,
        "E",
        r"If $a, b, c$ are in arithmetic progression, then $2b = a + c$.",
        True,
        r"$b - a = c - b$ rearranges to $2b = a + c$: the middle term is the mean of its neighbours.",
    )
    b.integer(
        c,
        "M",
        r"How many terms of the AP $3, 7, 11, \dots$ must be added to get a sum of 210?",
        10,
        r"$S_n = \dfrac n2[6 + 4(n-1)] = n(2n + 1) = 210$, so $2n^2 + n - 210 = 0$ and $n = \dfrac{-1 + 41}{4} = 10$.",
    )

    c = "MATH.SEQ.GP"
    b.tpl(
        c,
        "E",
        "A geometric progression has first term {{a}} and common ratio {{r}}. Find its {{n}}th term.",
        {"a": (1, 5), "r": (2, 4), "n": (3, 8)},
        "a*r**(n - 1)",
        r"$a_n = ar^{n-1}$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"Find the sum to infinity of the geometric progression ${{a}}, \dfrac{{{a}}}{{{k}}}, \dfrac{{{a}}}{{{k}}^2}, \dots$ (to two decimal places).",
        {"a": (1, 20), "k": (2, 9)},
        "a*k/(k - 1)",
        r"With $r = \dfrac1k$ and $|r| < 1$: $S_\infty = \dfrac{a}{1 - r} = \dfrac{ak}{k - 1}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"The sum $1 + 2 + 4 + \dots$ of the first 10 terms of this GP is",
        "1023",
        [
            ("1024", "uses 2^n instead of 2^n − 1"),
            ("512", "gives the 10th term"),
            "2047",
        ],
        r"$S_n = \dfrac{a(r^n - 1)}{r - 1} = \dfrac{2^{10} - 1}{1} = 1023$.",
    )
    b.mcq(
        c,
        "H",
        "Three numbers in GP have product 216 and sum 19. The numbers are",
        "4, 6, 9",
        [
            ("6, 6, 6", "uses only the product condition"),
            ("2, 6, 18", "uses the product but a wrong ratio"),
            "3, 6, 12",
        ],
        r"Take them as $\dfrac ar, a, ar$: $a^3 = 216$, so $a = 6$. Then $\dfrac6r + 6 + 6r = 19$ gives $6r^2 - 13r + 6 = 0$, $r = \dfrac32$ or $\dfrac23$: the numbers are 4, 6, 9.",
    )
    b.tf(
        c,
        "M",
        r"The series $1 - 1 + 1 - 1 + \cdots$ is a geometric series whose sum to infinity is $\dfrac12$.",
        False,
        r"It is a GP with $r = -1$, but $S_\infty = \dfrac{a}{1-r}$ needs $|r| < 1$. Its partial sums alternate between 1 and 0, so it has no sum.",
    )
    b.integer(
        c,
        "M",
        r"Written as a fraction $\dfrac pq$ in lowest terms, $0.\overline{27} = 0.272727\ldots$ has $p + q$ equal to",
        14,
        r"$0.\overline{27} = \dfrac{27}{100} + \dfrac{27}{100^2} + \cdots = \dfrac{27/100}{1 - 1/100} = \dfrac{27}{99} = \dfrac{3}{11}$, so $p + q = 14$.",
    )

    b.msq(
        c,
        "E",
        "Which of these sequences are geometric progressions?",
        [
            ("3, 6, 12, 24, ...", True),
            ("1, −1, 1, −1, ...", True),
            ("2, 4, 6, 8, ...", False, "confuses a constant difference with a constant ratio"),
            (r"$1, \dfrac12, \dfrac14, \dfrac18, \dots$", True),
        ],
        r"A GP has a constant ratio of consecutive terms: $2$, $-1$ and $\tfrac12$ here. $2, 4, 6, 8$ has a constant difference (an AP): $4/2 \ne 6/4$.",
    )

    c = "MATH.SEQ.MEANS"
    b.tpl(
        c,
        "E",
        "Find the geometric mean of {{a}} and {{p}} (to two decimal places).",
        {"a": (1, 20), "p": (1, 50)},
        "sqrt(a*p)",
        r"The geometric mean of positive $a$ and $b$ is $\sqrt{ab}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The least value of $x + \dfrac{4}{x}$ for $x > 0$ is",
        "4",
        [
            ("2", "applies AM ≥ GM but forgets the factor 2"),
            ("5", "evaluates at x = 1 instead of minimising"),
            "0",
        ],
        r"AM $\ge$ GM: $\dfrac{x + 4/x}{2} \ge \sqrt{x \cdot \dfrac4x} = 2$, so $x + \dfrac4x \ge 4$, with equality at $x = 2$.",
    )
    b.tpl(
        c,
        "M",
        "{{n}} arithmetic means are inserted between {{a}} and {{p}}. Find the sum of these means.",
        {"n": (2, 10), "a": (2, 20, 2), "p": (30, 60, 2)},
        "n*(a + p)/2",
        r"The means with $a$ and $b$ form an AP of $n + 2$ terms; the $n$ means alone have the same average $\dfrac{a+b}{2}$, so their sum is $n \cdot \dfrac{a+b}{2}$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        "Two positive numbers have arithmetic mean $A$ and geometric mean $G$. The numbers are",
        r"$A \pm \sqrt{A^2 - G^2}$",
        [
            (r"$A \pm \sqrt{G^2 - A^2}$", "sign error under the root"),
            (r"$G \pm \sqrt{A^2 - G^2}$", "centres the numbers on G instead of A"),
            r"$A \pm (A - G)$",
        ],
        r"The numbers are the roots of $x^2 - 2Ax + G^2 = 0$ (sum $2A$, product $G^2$): $x = A \pm \sqrt{A^2 - G^2}$.",
    )
    b.tf(
        c,
        "E",
        "For two distinct positive numbers, AM > GM > HM.",
        True,
        r"$\dfrac{a+b}{2} - \sqrt{ab} = \tfrac12(\sqrt a - \sqrt b)^2 > 0$, and $GM^2 = AM \cdot HM$ then gives $GM > HM$.",
    )
    b.mcq(
        c,
        "M",
        r"If $a, b, c > 0$ and $a + b + c = 9$, the greatest value of $abc$ is",
        "27",
        [
            ("729", "cubes the sum instead of the mean"),
            ("9", "takes the product to be at most the sum"),
            "81",
        ],
        r"AM $\ge$ GM: $\sqrt[3]{abc} \le \dfrac{a+b+c}{3} = 3$, so $abc \le 27$, with equality at $a = b = c = 3$.",
    )
    b.integer(
        c,
        "M",
        "Two positive numbers have arithmetic mean 10 and harmonic mean 6.4. Find their geometric mean.",
        8,
        r"For two positive numbers $G^2 = AH = 10 \times 6.4 = 64$, so $G = 8$ (the numbers are 4 and 16).",
    )

    c = "MATH.SEQ.SPECIAL"
    b.tpl(
        c,
        "E",
        r"Find $1 + 2 + 3 + \dots + {{n}}$.",
        {"n": (10, 200)},
        "n*(n + 1)/2",
        r"$\sum_{k=1}^n k = \dfrac{n(n+1)}{2}$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Find $1^2 + 2^2 + 3^2 + \dots + {{n}}^2$.",
        {"n": (5, 40)},
        "n*(n + 1)*(2*n + 1)/6",
        r"$\sum_{k=1}^n k^2 = \dfrac{n(n+1)(2n+1)}{6}$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Find $1^3 + 2^3 + 3^3 + \dots + {{n}}^3$.",
        {"n": (5, 30)},
        "(n*(n + 1)/2)**2",
        r"$\sum_{k=1}^n k^3 = \left[\dfrac{n(n+1)}{2}\right]^2$, the square of the sum of the first $n$ natural numbers.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\sum_{k=1}^{n} \frac{1}{k(k+1)}$ equals",
        r"$\dfrac{n}{n+1}$",
        [
            ("$1$", "gives the sum to infinity instead of the partial sum"),
            (r"$\dfrac{1}{n(n+1)}$", "gives the last term instead of the sum"),
            r"$\dfrac{n-1}{n}$",
        ],
        r"$\dfrac{1}{k(k+1)} = \dfrac1k - \dfrac1{k+1}$, so the sum telescopes to $1 - \dfrac{1}{n+1} = \dfrac{n}{n+1}$.",
    )
    b.tpl(
        c,
        "H",
        r"Find $\displaystyle\sum_{k=1}^{\infty} \frac{k}{{{r}}^k}$ (to two decimal places).",
        {"r": (2, 10)},
        "r/(r - 1)**2",
        r"For $|x| < 1$, $S = \sum kx^k$ satisfies $S - xS = x + x^2 + \cdots = \dfrac{x}{1-x}$, so $S = \dfrac{x}{(1-x)^2}$. With $x = \dfrac1r$: $S = \dfrac{r}{(r-1)^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"$1 + 3 + 5 + \dots + (2n - 1)$ equals",
        "$n^2$",
        [
            ("$n(n+1)$", "sums the first n even numbers instead"),
            ("$n^2 - 1$", "subtracts 1 for the first term"),
            "$2n - 1$",
        ],
        r"$\sum_{k=1}^{n}(2k - 1) = 2 \cdot \dfrac{n(n+1)}{2} - n = n^2$.",
    )
    b.tf(
        c,
        "M",
        r"The $n$th term of the sequence $1, 3, 7, 13, 21, \dots$ is $n^2 - n + 1$.",
        True,
        r"The differences $2, 4, 6, 8, \dots$ form an AP, so $a_n = 1 + \sum_{k=1}^{n-1} 2k = 1 + n(n-1) = n^2 - n + 1$.",
    )


def trigonometry(b: Bank) -> None:
    c = "MATH.TRIG.RATIOS"
    b.tpl(
        c,
        "E",
        r"Convert ${{d}}^\circ$ to radians (to two decimal places).",
        {"d": (10, 350, 5)},
        "d*pi/180",
        r"$180^\circ = \pi$ radians, so $d^\circ = \dfrac{d\pi}{180}$ radians.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"$\cos 240^\circ$ equals",
        r"$-\dfrac12$",
        [
            (r"$\dfrac12$", "forgets that cosine is negative in the third quadrant"),
            (r"$-\dfrac{\sqrt3}{2}$", "uses the sine value of the reference angle"),
            r"$\dfrac{\sqrt3}{2}$",
        ],
        r"$240^\circ = 180^\circ + 60^\circ$ is in the third quadrant, where cosine is negative: $\cos 240^\circ = -\cos 60^\circ = -\tfrac12$.",
    )
    b.mcq(
        c,
        "M",
        r"If $\tan\theta = \dfrac34$ and $\theta$ lies in the third quadrant, then $\sin\theta$ equals",
        r"$-\dfrac35$",
        [
            (r"$\dfrac35$", "ignores the sign of sine in the third quadrant"),
            (r"$-\dfrac45$", "gives the cosine instead of the sine"),
            r"$\dfrac45$",
        ],
        r"A 3-4-5 triangle gives $|\sin\theta| = \dfrac35$; in the third quadrant both sine and cosine are negative.",
    )
    b.tpl(
        c,
        "E",
        "An arc of a circle of radius {{r}} cm subtends an angle of {{d}}° at the centre. Find the length of the arc in cm (to two decimal places).",
        {"r": (2, 20), "d": (15, 180, 15)},
        "r*d*pi/180",
        r"$s = r\theta$ with $\theta$ in radians: $\theta = \dfrac{d\pi}{180}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"There is a real angle $\theta$ with $\sin\theta = \dfrac43$.",
        False,
        r"$-1 \le \sin\theta \le 1$ for every real $\theta$.",
    )
    b.integer(
        c,
        "M",
        r"Find $\sin^2 10^\circ + \sin^2 20^\circ + \sin^2 30^\circ + \dots + \sin^2 80^\circ$.",
        4,
        r"Pair $\sin^2 x$ with $\sin^2(90^\circ - x) = \cos^2 x$: $(10^\circ, 80^\circ)$, $(20^\circ, 70^\circ)$, $(30^\circ, 60^\circ)$, $(40^\circ, 50^\circ)$ each give 1. Total 4.",
    )
    b.mcq(
        c,
        "H",
        r"If $\sec\theta + \tan\theta = 2$, then $\sin\theta$ equals",
        r"$\dfrac35$",
        [
            (r"$\dfrac45$", "swaps sine and cosine"),
            (r"$\dfrac34$", "gives the tangent"),
            (r"$\dfrac54$", "gives the secant"),
        ],
        r"$\sec^2\theta - \tan^2\theta = 1$ gives $\sec\theta - \tan\theta = \dfrac12$. Adding and subtracting: $\sec\theta = \dfrac54$, $\tan\theta = \dfrac34$, so $\sin\theta = \dfrac{\tan\theta}{\sec\theta} = \dfrac35$.",
    )

    c = "MATH.TRIG.FUNCTIONS"
    b.mcq(
        c,
        "E",
        r"The fundamental period of $\sin 2x$ is",
        r"$\pi$",
        [
            (r"$2\pi$", "ignores the factor 2 in the argument"),
            (r"$4\pi$", "multiplies the period by 2 instead of dividing"),
            r"$\dfrac{\pi}{2}$",
        ],
        r"$\sin kx$ has period $\dfrac{2\pi}{k}$; for $k = 2$ that is $\pi$.",
    )
    b.mcq(
        c,
        "E",
        r"The range of $3\sin x + 4\cos x$ is",
        r"$[-5, 5]$",
        [
            (r"$[-7, 7]$", "adds the amplitudes, as if both terms peak together"),
            (r"$[-1, 1]$", "takes the range of sine alone"),
            r"$[-4, 3]$",
        ],
        r"$3\sin x + 4\cos x = 5\sin(x + \alpha)$ with $\tan\alpha = \dfrac43$, so it ranges over $[-5, 5]$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the least value of ${{a}}\sin x + {{p}}\cos x + {{k}}$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 10)},
        "k - sqrt(a**2 + p**2)",
        r"$a\sin x + p\cos x = \sqrt{a^2 + p^2}\,\sin(x + \alpha)$ lies between $\pm\sqrt{a^2 + p^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The fundamental period of $|\sin x|$ is",
        r"$\pi$",
        [
            (r"$2\pi$", "thinks taking the modulus keeps the period"),
            (r"$\dfrac{\pi}{2}$", "halves the period twice"),
            r"$4\pi$",
        ],
        r"$|\sin(x + \pi)| = |-\sin x| = |\sin x|$, and no smaller positive shift works.",
    )
    b.tf(
        c,
        "E",
        r"The domain of $\tan x$ is the set of all real numbers.",
        False,
        r"$\tan x = \dfrac{\sin x}{\cos x}$ is undefined where $\cos x = 0$, i.e. at the odd multiples of $\dfrac\pi2$.",
    )
    b.mcq(
        c,
        "H",
        r"The fundamental period of $\sin^4 x + \cos^4 x$ is",
        r"$\dfrac{\pi}{2}$",
        [
            (r"$\pi$", "takes the period of sin² x"),
            (r"$2\pi$", "keeps the period of sin x"),
            r"$\dfrac{\pi}{4}$",
        ],
        r"$\sin^4x + \cos^4x = 1 - 2\sin^2x\cos^2x = 1 - \tfrac12\sin^22x = \tfrac34 + \tfrac14\cos4x$, whose period is $\dfrac{2\pi}{4} = \dfrac\pi2$.",
    )
    b.msq(
        c,
        "M",
        "Which of these functions are even?",
        [
            (r"$\cos x$", True),
            (r"$\sec x$", True),
            (r"$\sin x$", False),
            (r"$\tan x$", False, "thinks every trigonometric function is even"),
        ],
        r"$\cos(-x) = \cos x$, and so $\sec(-x) = \sec x$. Sine and tangent are odd: $\sin(-x) = -\sin x$, $\tan(-x) = -\tan x$.",
    )

    c = "MATH.TRIG.IDENTITIES"
    b.mcq(
        c,
        "E",
        r"$\sin(A + B)$ equals",
        r"$\sin A\cos B + \cos A\sin B$",
        [
            (r"$\sin A + \sin B$", "treats sine as a linear function"),
            (r"$\sin A\cos B - \cos A\sin B$", "uses the formula for sin(A − B)"),
            r"$\cos A\cos B - \sin A\sin B$",
        ],
        r"The compound-angle formula: $\sin(A \pm B) = \sin A\cos B \pm \cos A\sin B$.",
    )
    b.tpl(
        c,
        "M",
        r"If $\tan\theta = {{t}}$, find $\cos 2\theta$ (to three decimal places).",
        {"t": (0.5, 4, 0.5)},
        "(1 - t**2)/(1 + t**2)",
        r"$\cos2\theta = \dfrac{\cos^2\theta - \sin^2\theta}{\cos^2\theta + \sin^2\theta} = \dfrac{1 - \tan^2\theta}{1 + \tan^2\theta}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        r"$\sin 75^\circ$ equals",
        r"$\dfrac{\sqrt6 + \sqrt2}{4}$",
        [
            (r"$\dfrac{\sqrt6 - \sqrt2}{4}$", "uses the formula for sin(45° − 30°)"),
            (r"$\dfrac12 + \dfrac{\sqrt2}{2}$", "adds sin 30° and sin 45° as if sine were linear"),
            r"$\dfrac{\sqrt3 + 1}{2}$",
        ],
        r"$\sin(45^\circ + 30^\circ) = \dfrac{1}{\sqrt2}\cdot\dfrac{\sqrt3}{2} + \dfrac{1}{\sqrt2}\cdot\dfrac12 = \dfrac{\sqrt3 + 1}{2\sqrt2} = \dfrac{\sqrt6 + \sqrt2}{4}$.",
    )
    b.mcq(
        c,
        "H",
        r"$\cos 20^\circ \cos 40^\circ \cos 80^\circ$ equals",
        r"$\dfrac18$",
        [
            (r"$\dfrac{\sqrt3}{8}$", "uses the value of sin 20° sin 40° sin 80°"),
            (r"$\dfrac14$", "applies the double-angle step one time too few"),
            r"$\dfrac{1}{16}$",
        ],
        r"Multiply and divide by $\sin20^\circ$ and use $2\sin x\cos x = \sin 2x$ three times: $\dfrac{\sin160^\circ}{8\sin20^\circ} = \dfrac18$.",
    )
    b.tf(
        c,
        "E",
        r"$\tan(A + B) = \dfrac{\tan A + \tan B}{1 - \tan A\tan B}$ wherever both sides are defined.",
        True,
        r"Divide $\sin(A+B) = \sin A\cos B + \cos A\sin B$ by $\cos(A+B) = \cos A\cos B - \sin A\sin B$, then divide above and below by $\cos A\cos B$.",
    )
    b.integer(
        c,
        "H",
        r"Find $(1 + \tan 22^\circ)(1 + \tan 23^\circ)$.",
        2,
        r"$22^\circ + 23^\circ = 45^\circ$, so $\tan22^\circ + \tan23^\circ = 1 - \tan22^\circ\tan23^\circ$. Then the product is $1 + (\tan22^\circ + \tan23^\circ) + \tan22^\circ\tan23^\circ = 2$.",
    )
    b.mcq(
        c,
        "M",
        r"$\sin 5x - \sin 3x$ equals",
        r"$2\cos 4x \sin x$",
        [
            (r"$2\sin 4x\cos x$", "uses the formula for the sum instead of the difference"),
            (r"$\sin 2x$", "subtracts the angles as if sine were linear"),
            r"$2\cos 4x\cos x$",
        ],
        r"$\sin C - \sin D = 2\cos\dfrac{C + D}{2}\sin\dfrac{C - D}{2} = 2\cos4x\sin x$.",
    )

    c = "MATH.TRIG.EQUATIONS"
    b.mcq(
        c,
        "E",
        r"The general solution of $\sin x = 0$ is ($n \in \mathbb{Z}$)",
        r"$x = n\pi$",
        [
            (r"$x = 2n\pi$", "misses the zeros at odd multiples of π"),
            (r"$x = (2n + 1)\dfrac{\pi}{2}$", "gives the zeros of cosine"),
            r"$x = \dfrac{n\pi}{2}$",
        ],
        r"Sine vanishes at every integer multiple of $\pi$.",
    )
    b.mcq(
        c,
        "M",
        r"The general solution of $\cos x = \dfrac12$ is ($n \in \mathbb{Z}$)",
        r"$x = 2n\pi \pm \dfrac{\pi}{3}$",
        [
            (r"$x = n\pi + (-1)^n\dfrac{\pi}{3}$", "uses the general solution of a sine equation"),
            (r"$x = 2n\pi + \dfrac{\pi}{3}$", "misses the solutions in the fourth quadrant"),
            r"$x = n\pi \pm \dfrac{\pi}{3}$",
        ],
        r"$\cos x = \cos\alpha \iff x = 2n\pi \pm \alpha$; here $\alpha = \dfrac\pi3$.",
    )
    b.tpl(
        c,
        "M",
        r"How many solutions does $\sin({{k}}x) = 0$ have in the interval $[0, \pi]$?",
        {"k": (1, 20)},
        "k + 1",
        r"$\sin kx = 0 \iff x = \dfrac{m\pi}{k}$; in $[0, \pi]$ that means $m = 0, 1, \dots, k$: $k + 1$ solutions.",
        integer=True,
    )
    b.integer(
        c,
        "H",
        r"How many solutions does $2\cos^2 x - 3\cos x + 1 = 0$ have in $[0, 2\pi]$?",
        4,
        r"$(2\cos x - 1)(\cos x - 1) = 0$. $\cos x = 1$: $x = 0, 2\pi$. $\cos x = \dfrac12$: $x = \dfrac\pi3, \dfrac{5\pi}3$. Four solutions in the closed interval.",
    )
    b.mcq(
        c,
        "M",
        r"The general solution of $\tan x + \cot x = 2$ is ($n \in \mathbb{Z}$)",
        r"$x = n\pi + \dfrac{\pi}{4}$",
        [
            (
                r"$x = 2n\pi + \dfrac{\pi}{4}$",
                "uses the period 2π instead of the period π of tangent",
            ),
            (r"$x = n\pi - \dfrac{\pi}{4}$", "sign error in solving tan x = 1"),
            r"$x = \dfrac{n\pi}{2} + \dfrac{\pi}{4}$",
        ],
        r"With $t = \tan x$: $t + \dfrac1t = 2$, so $(t - 1)^2 = 0$ and $\tan x = 1$.",
    )
    b.tf(
        c,
        "E",
        "Squaring both sides of a trigonometric equation can introduce solutions that do not satisfy the original equation.",
        True,
        r"Squaring $\sin x = -\tfrac12$ gives $\sin^2x = \tfrac14$, which also admits $\sin x = \tfrac12$. Always check solutions in the original equation.",
    )
    b.mcq(
        c,
        "H",
        r"The solutions of $\sin x + \cos x = 1$ in $[0, 2\pi)$ are",
        r"$0$ and $\dfrac{\pi}{2}$",
        [
            (
                r"$0, \dfrac{\pi}{2}, \pi, \dfrac{3\pi}{2}$",
                "keeps the extra roots introduced by squaring",
            ),
            (r"$\dfrac{\pi}{2}$ only", "overlooks the solution x = 0"),
            r"$\dfrac{\pi}{4}$ only",
        ],
        r"$\sqrt2\sin\left(x + \dfrac\pi4\right) = 1$, so $x + \dfrac\pi4 = \dfrac\pi4$ or $\dfrac{3\pi}4$ (within $[\tfrac\pi4, \tfrac{9\pi}4)$): $x = 0, \dfrac\pi2$.",
    )

    c = "MATH.TRIG.INVERSE"
    b.mcq(
        c,
        "E",
        r"The principal value of $\sin^{-1}\left(-\dfrac12\right)$ is",
        r"$-\dfrac{\pi}{6}$",
        [
            (r"$\dfrac{7\pi}{6}$", "gives an angle outside the principal range [−π/2, π/2]"),
            (r"$-\dfrac{\pi}{3}$", "uses the cosine value of the standard angle"),
            r"$\dfrac{5\pi}{6}$",
        ],
        r"The principal value lies in $\left[-\dfrac\pi2, \dfrac\pi2\right]$, and $\sin\left(-\dfrac\pi6\right) = -\dfrac12$.",
    )
    b.mcq(
        c,
        "M",
        r"The principal value of $\cos^{-1}\left(-\dfrac12\right)$ is",
        r"$\dfrac{2\pi}{3}$",
        [
            (r"$-\dfrac{\pi}{3}$", "uses the rule sin⁻¹(−x) = −sin⁻¹x for cos⁻¹"),
            (r"$\dfrac{4\pi}{3}$", "gives an angle outside the principal range [0, π]"),
            r"$\dfrac{\pi}{3}$",
        ],
        r"$\cos^{-1}(-x) = \pi - \cos^{-1}x$, so the value is $\pi - \dfrac\pi3 = \dfrac{2\pi}3$.",
    )
    b.mcq(
        c,
        "M",
        r"$\sin^{-1}\left(\sin\dfrac{2\pi}{3}\right)$ equals",
        r"$\dfrac{\pi}{3}$",
        [
            (r"$\dfrac{2\pi}{3}$", "cancels sin⁻¹ and sin outside the principal range"),
            (r"$-\dfrac{\pi}{3}$", "reflects the angle to the wrong side"),
            r"$\dfrac{\pi}{6}$",
        ],
        r"$\sin\dfrac{2\pi}3 = \sin\dfrac\pi3$, and $\dfrac\pi3$ lies in $\left[-\dfrac\pi2, \dfrac\pi2\right]$.",
    )
    b.tpl(
        c,
        "M",
        r"Find $\sin\left(\tan^{-1}\dfrac{{{a}}}{{{p}}}\right)$ (to three decimal places).",
        {"a": (1, 12), "p": (1, 12)},
        "a / sqrt(a**2 + p**2)",
        r"If $\theta = \tan^{-1}\dfrac ap$ then $\theta \in \left(0, \dfrac\pi2\right)$ and a right triangle with legs $a$ and $p$ gives $\sin\theta = \dfrac{a}{\sqrt{a^2 + p^2}}$.",
        tolerance=0.001,
    )
    b.tf(
        c,
        "E",
        r"$\sin^{-1}x + \cos^{-1}x = \dfrac{\pi}{2}$ for every $x \in [-1, 1]$.",
        True,
        r"If $\theta = \sin^{-1}x \in \left[-\dfrac\pi2, \dfrac\pi2\right]$ then $\cos\left(\dfrac\pi2 - \theta\right) = x$ with $\dfrac\pi2 - \theta \in [0, \pi]$, so $\cos^{-1}x = \dfrac\pi2 - \theta$.",
    )
    b.integer(
        c,
        "H",
        r"If $\tan^{-1}1 + \tan^{-1}2 + \tan^{-1}3 = \dfrac{k\pi}{4}$, find $k$.",
        4,
        r"$\tan^{-1}2 + \tan^{-1}3 = \pi + \tan^{-1}\dfrac{2 + 3}{1 - 6} = \pi - \dfrac\pi4$ (the product $2 \cdot 3 > 1$ adds $\pi$). Adding $\dfrac\pi4$ gives $\pi = \dfrac{4\pi}4$.",
    )
    b.msq(
        c,
        "H",
        "Which statements about the inverse trigonometric functions are true?",
        [
            (r"The domain of $\sin^{-1}x$ is $[-1, 1]$", True),
            (r"The range of $\cos^{-1}x$ is $[0, \pi]$", True),
            (
                r"$\tan^{-1}(\tan x) = x$ for every $x$ where $\tan x$ is defined",
                False,
                "ignores the principal range of tan⁻¹",
            ),
            (r"$\sin^{-1}\dfrac1x = \operatorname{cosec}^{-1}x$ for $|x| \ge 1$", True),
        ],
        r"$\tan^{-1}(\tan x) = x$ only for $x \in \left(-\dfrac\pi2, \dfrac\pi2\right)$; e.g. $\tan^{-1}(\tan\pi) = 0$.",
    )


def differential_calculus(b: Bank) -> None:
    c = "MATH.CALC.LIMITS"
    b.tpl(
        c,
        "E",
        r"Evaluate $\displaystyle\lim_{x \to {{a}}} \frac{x^2 - {{a}}^2}{x - {{a}}}$.",
        {"a": (1, 20)},
        "2*a",
        r"For $x \ne a$, $\dfrac{x^2 - a^2}{x - a} = x + a \to 2a$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Evaluate $\displaystyle\lim_{x \to 0} \frac{\sin {{a}}x}{{{p}}x}$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9)},
        "a/p",
        r"$\dfrac{\sin ax}{px} = \dfrac ap \cdot \dfrac{\sin ax}{ax} \to \dfrac ap$, using $\lim_{t \to 0}\dfrac{\sin t}{t} = 1$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\lim_{x \to 0} \frac{1 - \cos x}{x^2}$ equals",
        r"$\dfrac12$",
        [
            ("$0$", "takes the limit of the numerator alone"),
            ("$1$", "treats 1 − cos x like sin x"),
            "$2$",
        ],
        r"$1 - \cos x = 2\sin^2\dfrac x2$, so the ratio is $\dfrac12\left(\dfrac{\sin(x/2)}{x/2}\right)^2 \to \dfrac12$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\lim_{x \to \infty} \left(1 + \frac{2}{x}\right)^x$ equals",
        "$e^2$",
        [
            ("$1$", "evaluates the indeterminate form 1^∞ as 1"),
            ("$e$", "ignores the 2 in the numerator"),
            "$\\infty$",
        ],
        r"For the form $1^\infty$: $\lim(1 + f)^g = e^{\lim fg} = e^{\lim 2x/x} = e^2$.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\lim_{x \to 0} \frac{{{a}}^x - 1}{x}$ (to three decimal places).",
        {"a": (2, 20)},
        "log(a)",
        r"The standard limit $\lim_{x \to 0}\dfrac{a^x - 1}{x} = \ln a$ (it is the derivative of $a^x$ at 0).",
        tolerance=0.001,
    )
    b.tpl(
        c,
        "H",
        r"Evaluate $\displaystyle\lim_{x \to \infty} \left(\sqrt{x^2 + {{a}}x} - x\right)$ (to two decimal places).",
        {"a": (1, 15)},
        "a/2",
        r"Rationalise: $\dfrac{ax}{\sqrt{x^2 + ax} + x} = \dfrac{a}{\sqrt{1 + a/x} + 1} \to \dfrac a2$. The form $\infty - \infty$ is not 0.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"$\displaystyle\lim_{x \to 0} \frac{|x|}{x}$ exists.",
        False,
        r"The right-hand limit is $1$ and the left-hand limit is $-1$; they differ, so the limit does not exist.",
    )
    b.mcq(
        c,
        "H",
        r"$\displaystyle\lim_{x \to 0} \frac{\tan x - \sin x}{x^3}$ equals",
        r"$\dfrac12$",
        [
            ("$0$", "replaces tan x and sin x by x before subtracting"),
            (r"$\dfrac16$", "uses only the series of sin x"),
            "$1$",
        ],
        r"$\tan x - \sin x = \tan x(1 - \cos x)$, so the ratio is $\dfrac{\tan x}{x}\cdot\dfrac{1 - \cos x}{x^2} \to 1 \cdot \dfrac12$.",
    )

    c = "MATH.CALC.DERIVATIVE"
    b.tpl(
        c,
        "E",
        r"If $f(x) = x^{{{n}}}$, find $f'({{a}})$.",
        {"n": (2, 6), "a": (1, 5)},
        "n*a**(n - 1)",
        r"Power rule: $\dfrac{d}{dx}x^n = nx^{n-1}$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"If $f(x) = {{p}}x^3 + {{q}}x^2 + {{r}}x$, find $f'({{a}})$.",
        {"p": (1, 5), "q": (1, 9), "r": (1, 9), "a": (1, 4)},
        "3*p*a**2 + 2*q*a + r",
        r"$f'(x) = 3px^2 + 2qx + r$; substitute $x = a$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"$\dfrac{d}{dx}(x\sin x)$ equals",
        r"$\sin x + x\cos x$",
        [
            (r"$\cos x$", "takes the derivative of a product to be the product of the derivatives"),
            (r"$x\cos x$", "differentiates only one factor"),
            r"$\sin x - x\cos x$",
        ],
        r"Product rule: $(uv)' = u'v + uv' = 1 \cdot \sin x + x\cos x$.",
    )
    b.mcq(
        c,
        "M",
        r"$\dfrac{d}{dx}\left(\dfrac{e^x}{x}\right)$ equals",
        r"$\dfrac{(x - 1)e^x}{x^2}$",
        [
            (r"$\dfrac{(1 - x)e^x}{x^2}$", "reverses the order of the terms in the quotient rule"),
            (r"$e^x$", "divides the derivatives of numerator and denominator"),
            r"$\dfrac{e^x}{x^2}$",
        ],
        r"Quotient rule: $\left(\dfrac uv\right)' = \dfrac{u'v - uv'}{v^2} = \dfrac{xe^x - e^x}{x^2}$.",
    )
    b.integer(
        c,
        "M",
        r"Evaluate $\displaystyle\lim_{h \to 0} \frac{(2 + h)^3 - 8}{h}$.",
        12,
        r"This is $f'(2)$ for $f(x) = x^3$ from first principles: $3 \cdot 2^2 = 12$. Directly: $\dfrac{12h + 6h^2 + h^3}{h} \to 12$.",
    )
    b.tf(
        c,
        "E",
        r"$\dfrac{d}{dx}\left(e^2\right) = 2e$.",
        False,
        r"$e^2$ is a constant, so its derivative is $0$. The power rule applies to $x^n$, not to a constant raised to a constant.",
    )
    b.tpl(
        c,
        "E",
        "How fast does the area of a circle change with respect to its radius when the radius is {{r}} cm? (in cm² per cm, to two decimal places)",
        {"r": (1, 30)},
        "2*pi*r",
        r"$A = \pi r^2$, so $\dfrac{dA}{dr} = 2\pi r$, the circumference.",
        tolerance=0.01,
    )

    c = "MATH.CALC.CONTINUITY"
    b.mcq(
        c,
        "E",
        r"At $x = 0$, the function $f(x) = |x|$ is",
        "continuous but not differentiable",
        [
            ("differentiable", "thinks a continuous function must be differentiable"),
            ("discontinuous", "takes the corner of the graph for a break"),
            "neither continuous nor differentiable",
        ],
        r"$\lim_{x \to 0}|x| = 0 = f(0)$, but the left and right derivatives are $-1$ and $1$.",
    )
    b.mcq(
        c,
        "M",
        r"$f(x) = \dfrac{\sin 3x}{x}$ for $x \ne 0$ and $f(0) = k$. For $f$ to be continuous at 0, $k$ must be",
        "$3$",
        [
            ("$1$", "uses sin x / x → 1 without the factor 3"),
            (r"$\dfrac13$", "inverts the factor 3"),
            "$0$",
        ],
        r"$\dfrac{\sin3x}{x} = 3\cdot\dfrac{\sin3x}{3x} \to 3$, so $k = 3$.",
    )
    b.tpl(
        c,
        "M",
        r"$f(x) = {{a}}x + k$ for $x < 2$ and $f(x) = {{p}}x^2$ for $x \ge 2$. Find $k$ so that $f$ is continuous at $x = 2$.",
        {"a": (1, 9), "p": (1, 6)},
        "4*p - 2*a",
        r"The left limit $2a + k$ must equal $f(2) = 4p$, so $k = 4p - 2a$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        "Every function that is differentiable at a point is continuous there.",
        True,
        r"$f(a + h) - f(a) = \dfrac{f(a+h) - f(a)}{h}\cdot h \to f'(a) \cdot 0 = 0$. The converse fails ($|x|$ at 0).",
    )
    b.integer(
        c,
        "M",
        r"At how many points is $f(x) = |x| + |x - 1| + |x - 2|$ not differentiable?",
        3,
        r"Each $|x - c|$ has a corner at $c$, and corners at different points cannot cancel: $x = 0, 1, 2$.",
    )
    b.mcq(
        c,
        "H",
        r"At $x = 0$, the function $f(x) = x|x|$ is",
        r"differentiable, with $f'(0) = 0$",
        [
            (
                "continuous but not differentiable",
                "assumes any function containing |x| has a corner at 0",
            ),
            ("discontinuous", "confuses a change of formula with a break"),
            (r"differentiable, with $f'(0) = 1$", "differentiates x|x| as |x| + x"),
        ],
        r"$\dfrac{f(h) - f(0)}{h} = |h| \to 0$ from both sides. ($f(x) = x^2$ for $x \ge 0$ and $-x^2$ for $x < 0$.)",
    )

    b.msq(
        c,
        "H",
        r"Which of these functions are differentiable at $x = 0$?",
        [
            (r"$x|x|$", True),
            (r"$|x|$", False, "thinks a function continuous at a point is differentiable there"),
            (r"$x^2$", True),
            (r"$|\sin x|$", False, "thinks the modulus of a smooth function is smooth"),
        ],
        r"$x|x|$ has one-sided derivatives $\lim |h| = 0$ on both sides. $|x|$ and $|\sin x|$ have left and right derivatives $-1$ and $1$ at 0: a corner.",
    )

    c = "MATH.CALC.TECHNIQUES"
    b.mcq(
        c,
        "E",
        r"$\dfrac{d}{dx}\sin(x^2)$ equals",
        r"$2x\cos(x^2)$",
        [
            (r"$\cos(x^2)$", "forgets the chain-rule factor"),
            (r"$2x\cos x$", "differentiates the inside but not the outside correctly"),
            r"$\cos(2x)$",
        ],
        r"Chain rule: $\dfrac{d}{dx}\sin u = \cos u\,\dfrac{du}{dx}$ with $u = x^2$.",
    )
    b.tpl(
        c,
        "M",
        r"If $f(x) = ({{a}}x + {{p}})^{{{n}}}$, find $f'(0)$.",
        {"a": (1, 5), "p": (1, 4), "n": (2, 6)},
        "n*a*p**(n - 1)",
        r"Chain rule: $f'(x) = n(ax + p)^{n-1}\cdot a$, so $f'(0) = nap^{n-1}$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"If $x^2 + y^2 = 25$, then $\dfrac{dy}{dx}$ equals",
        r"$-\dfrac{x}{y}$",
        [
            (r"$\dfrac{x}{y}$", "sign error when moving the x-term across"),
            (r"$-\dfrac{y}{x}$", "inverts the ratio"),
            r"$-2x$",
        ],
        r"Differentiate implicitly: $2x + 2y\dfrac{dy}{dx} = 0$.",
    )
    b.mcq(
        c,
        "M",
        r"If $x = t^2$ and $y = t^3$, then $\dfrac{dy}{dx}$ equals",
        r"$\dfrac{3t}{2}$",
        [
            (r"$\dfrac{2t}{3}$", "divides dx/dt by dy/dt"),
            (r"$3t^2$", "gives dy/dt instead of dy/dx"),
            r"$\dfrac{3t^2}{2}$",
        ],
        r"$\dfrac{dy}{dx} = \dfrac{dy/dt}{dx/dt} = \dfrac{3t^2}{2t} = \dfrac{3t}{2}$.",
    )
    b.mcq(
        c,
        "M",
        r"For $x > 0$, $\dfrac{d}{dx}\left(x^x\right)$ equals",
        r"$x^x(1 + \ln x)$",
        [
            (r"$x \cdot x^{x-1}$", "applies the power rule to a variable exponent"),
            (r"$x^x\ln x$", "treats the base as a constant"),
            r"$x^x$",
        ],
        r"Take logs: $\ln y = x\ln x$, so $\dfrac{y'}{y} = \ln x + 1$.",
    )
    b.tpl(
        c,
        "M",
        r"If $y = e^{{{a}}x} + e^{-{{a}}x}$ and $\dfrac{d^2y}{dx^2} = ky$, find $k$.",
        {"a": (1, 12)},
        "a**2",
        r"Each term gains a factor $\pm a$ per differentiation, so $y'' = a^2e^{ax} + a^2e^{-ax} = a^2y$.",
        integer=True,
    )
    b.tf(
        c,
        "H",
        r"$\dfrac{d^2y}{dx^2} = \dfrac{1}{d^2x/dy^2}$ whenever both second derivatives exist and are non-zero.",
        False,
        r"Only first derivatives invert: $\dfrac{dy}{dx} = \dfrac{1}{dx/dy}$. For $y = x^2$ ($x > 0$): $y'' = 2$, but $x = \sqrt y$ gives $\dfrac{d^2x}{dy^2} = -\tfrac14y^{-3/2}$.",
    )

    c = "MATH.CALC.MVT"
    b.mcq(
        c,
        "M",
        r"Rolle's theorem does not apply to $f(x) = |x|$ on $[-1, 1]$ because",
        r"$f$ is not differentiable at $x = 0$",
        [
            (r"$f(-1) \ne f(1)$", "miscomputes |−1|"),
            (r"$f$ is not continuous on $[-1, 1]$", "takes the corner for a discontinuity"),
            r"$f$ is not defined at $x = 0$",
        ],
        r"$f$ is continuous and $f(-1) = f(1) = 1$, but differentiability on $(-1, 1)$ fails at $0$, and indeed $f'$ is never $0$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the value of $c$ given by Lagrange's mean value theorem for $f(x) = x^3$ on $[0, {{p}}]$ (to two decimal places).",
        {"p": (1, 12)},
        "p / sqrt(3)",
        r"$f'(c) = \dfrac{f(p) - f(0)}{p - 0}$: $3c^2 = p^2$, so $c = \dfrac{p}{\sqrt3}$, which lies in $(0, p)$.",
        tolerance=0.01,
    )
    b.integer(
        c,
        "E",
        r"Find the value of $c$ in Rolle's theorem for $f(x) = x^2 - 4x + 3$ on $[1, 3]$.",
        2,
        r"$f(1) = f(3) = 0$ and $f'(c) = 2c - 4 = 0$ gives $c = 2 \in (1, 3)$.",
    )
    b.tpl(
        c,
        "H",
        r"Find the value of $c$ given by the mean value theorem for $f(x) = \ln x$ on $[1, {{p}}]$ (to two decimal places).",
        {"p": (2, 20)},
        "(p - 1) / log(p)",
        r"$\dfrac1c = \dfrac{\ln p - \ln 1}{p - 1}$, so $c = \dfrac{p - 1}{\ln p}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"If $f$ is continuous on $[a, b]$ and $f'(x) = 0$ for all $x$ in $(a, b)$, then $f$ is constant on $[a, b]$.",
        True,
        r"For any $x$ in $(a, b]$, the mean value theorem gives $f(x) - f(a) = f'(c)(x - a) = 0$.",
    )
    b.mcq(
        c,
        "H",
        r"The values of $c$ in Rolle's theorem for $f(x) = x(x - 1)(x - 2)$ on $[0, 2]$ are",
        r"$1 \pm \dfrac{1}{\sqrt3}$",
        [
            ("$1$ only", "stops at the zero of f in the middle"),
            ("$0$ and $2$", "picks the end points where f vanishes"),
            r"$1 + \dfrac{1}{\sqrt3}$ only",
        ],
        r"$f(x) = x^3 - 3x^2 + 2x$, $f'(x) = 3x^2 - 6x + 2 = 0$ at $x = 1 \pm \dfrac1{\sqrt3}$, both inside $(0, 2)$. Rolle's theorem guarantees at least one $c$, not exactly one.",
    )

    c = "MATH.CALC.TANGENTS"
    b.tpl(
        c,
        "E",
        r"Find the slope of the tangent to $y = x^2 + {{a}}x$ at the point where $x = {{p}}$.",
        {"a": (1, 9), "p": (1, 9)},
        "2*p + a",
        r"The slope is $\dfrac{dy}{dx} = 2x + a$ at $x = p$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The tangent to $y = x^3$ at $(1, 1)$ is",
        r"$y = 3x - 2$",
        [
            (r"$y = -\dfrac{x}{3} + \dfrac43$", "gives the normal instead of the tangent"),
            (r"$y = 3x + 2$", "sign error in the point-slope form"),
            (r"$y = x$", "uses the slope of the chord from the origin"),
        ],
        r"Slope $3x^2 = 3$ at $x = 1$: $y - 1 = 3(x - 1)$.",
    )
    b.mcq(
        c,
        "E",
        r"The slope of the normal to $y = x^2$ at $x = 2$ is",
        r"$-\dfrac14$",
        [
            ("$4$", "gives the slope of the tangent"),
            ("$-4$", "takes the negative, not the negative reciprocal"),
            r"$\dfrac14$",
        ],
        r"The tangent has slope $2x = 4$; the normal is perpendicular, with slope $-\dfrac14$.",
    )
    b.tpl(
        c,
        "M",
        "The radius of a spherical balloon grows at {{k}} cm/s. How fast is its volume growing, in cm³/s, when the radius is {{r}} cm? (to one decimal place)",
        {"k": (1, 5), "r": (2, 20)},
        "4*pi*r**2*k",
        r"$V = \tfrac43\pi r^3$, so $\dfrac{dV}{dt} = 4\pi r^2\dfrac{dr}{dt}$.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "H",
        "A ladder {{L}} m long leans against a wall. Its foot slides away from the wall at {{v}} m/s. How fast (in m/s, to two decimal places) is the top sliding down when the foot is {{x}} m from the wall?",
        {"L": (10, 15), "v": (1, 4), "x": (3, 8)},
        "x*v / sqrt(L**2 - x**2)",
        r"$x^2 + y^2 = L^2$ gives $x\dot x + y\dot y = 0$, so $|\dot y| = \dfrac{x\dot x}{y} = \dfrac{xv}{\sqrt{L^2 - x^2}}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        "The normal to a curve at a point is perpendicular to the tangent at that point.",
        True,
        r"By definition. If the tangent has slope $m \ne 0$, the normal has slope $-\dfrac1m$.",
    )
    b.integer(
        c,
        "M",
        r"At which point of $y = x^2 - 4x + 5$ is the tangent parallel to $y = 2x$? Give its $y$-coordinate.",
        2,
        r"$2x - 4 = 2$ gives $x = 3$, and $y = 9 - 12 + 5 = 2$.",
    )

    c = "MATH.CALC.MONOTONICITY"
    b.mcq(
        c,
        "E",
        r"$f(x) = x^3$ is",
        r"increasing on all of $\mathbb{R}$",
        [
            (r"decreasing for $x < 0$", "reads the sign of f instead of the sign of f′"),
            (
                r"increasing only for $x > 0$",
                "thinks a zero derivative at one point breaks monotonicity",
            ),
            "neither increasing nor decreasing",
        ],
        r"$f'(x) = 3x^2 \ge 0$ and vanishes only at $x = 0$, so $f$ is strictly increasing on $\mathbb R$.",
    )
    b.mcq(
        c,
        "E",
        r"$f(x) = x^2 - 4x$ is decreasing on",
        r"$(-\infty, 2)$",
        [
            (r"$(2, \infty)$", "reverses the sign analysis of f′"),
            (r"$(0, 4)$", "uses where f is negative instead of where f′ is"),
            r"$(-\infty, 0)$",
        ],
        r"$f'(x) = 2x - 4 < 0 \iff x < 2$.",
    )
    b.mcq(
        c,
        "M",
        r"$f(x) = x - \ln x$ ($x > 0$) is increasing on",
        r"$(1, \infty)$",
        [
            (r"$(0, 1)$", "reverses the sign of f′"),
            (r"$(0, \infty)$", "ignores the sign of the derivative"),
            r"$(e, \infty)$",
        ],
        r"$f'(x) = 1 - \dfrac1x = \dfrac{x - 1}{x} > 0 \iff x > 1$ (for $x > 0$).",
    )
    b.tpl(
        c,
        "M",
        r"$f(x) = x^3 - 3ax^2$ with $a = {{a}}$ is decreasing exactly on $(0, p)$. Find $p$.",
        {"a": (1, 15)},
        "2*a",
        r"$f'(x) = 3x^2 - 6ax = 3x(x - 2a) < 0$ for $0 < x < 2a$.",
        integer=True,
    )
    b.tf(
        c,
        "H",
        r"If $f'(x) > 0$ on $(a, b)$ except at finitely many points where $f'(x) = 0$, then $f$ is strictly increasing on $(a, b)$.",
        True,
        r"On each sub-interval between those points $f$ is strictly increasing, and the pieces join up because $f$ is continuous. ($x^3$ is an example.)",
    )
    b.mcq(
        c,
        "H",
        r"$f(x) = x^3 + kx^2 + 3x$ is increasing on $\mathbb{R}$ exactly when",
        r"$-3 \le k \le 3$",
        [
            (r"$-3 < k < 3$", "excludes k = ±3, where f′ vanishes at only one point"),
            (r"$k > 0$", "looks only at the sign of the coefficient"),
            r"$k \ge 3$",
        ],
        r"$f'(x) = 3x^2 + 2kx + 3 \ge 0$ for all $x$ iff $4k^2 - 36 \le 0$. At $k = \pm3$, $f' = 3(x \pm 1)^2$ vanishes only at one point, so $f$ is still increasing.",
    )

    c = "MATH.CALC.EXTREMA"
    b.tpl(
        c,
        "E",
        "A rectangle has a perimeter of {{p}} m. What is the largest area (in m²) it can have?",
        {"p": (20, 120, 4)},
        "(p/4)**2",
        r"With sides $x$ and $\tfrac p2 - x$: $A' = \tfrac p2 - 2x = 0$ at $x = \tfrac p4$, a square, with area $\left(\tfrac p4\right)^2$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The local maximum value of $f(x) = x^3 - 3x$ is",
        "$2$",
        [
            ("$-2$", "gives the local minimum value"),
            ("$-1$", "gives the point of maximum instead of the value"),
            "$0$",
        ],
        r"$f'(x) = 3x^2 - 3 = 0$ at $x = \pm1$; $f''(-1) = -6 < 0$, so the local maximum is $f(-1) = -1 + 3 = 2$.",
    )
    b.tf(
        c,
        "E",
        r"If $f'(c) = 0$, then $f$ has a local maximum or a local minimum at $c$.",
        False,
        r"$f(x) = x^3$ has $f'(0) = 0$ but increases through $0$: a stationary point need not be an extremum.",
    )
    b.tpl(
        c,
        "H",
        "An open box is made from a square sheet of side {{a}} cm by cutting equal squares from the corners and folding up the sides. Find the largest possible volume in cm³ (to two decimal places).",
        {"a": (6, 36)},
        "2*a**3/27",
        r"$V(x) = x(a - 2x)^2$; $V'(x) = (a - 2x)(a - 6x) = 0$ at $x = \dfrac a6$ (the other root gives no box). $V\left(\dfrac a6\right) = \dfrac a6\cdot\dfrac{4a^2}{9} = \dfrac{2a^3}{27}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The largest area of a rectangle inscribed in a circle of radius $r$ is",
        r"$2r^2$",
        [
            (r"$4r^2$", "takes the side of the square equal to the diameter"),
            (r"$r^2$", "uses the radius as the diagonal"),
            r"$\dfrac{\pi r^2}{2}$",
        ],
        r"With diagonal $2r$ and sides $2r\cos\theta$, $2r\sin\theta$: area $= 2r^2\sin2\theta \le 2r^2$, at $\theta = 45^\circ$ (a square).",
    )
    b.mcq(
        c,
        "M",
        r"The absolute maximum of $f(x) = x^3 - 3x$ on $[-2, 3]$ is",
        "18",
        [
            ("2", "checks only the critical points, not the end points"),
            ("27", "evaluates only the cubic term at the end point"),
            "$-2$",
        ],
        r"Compare $f$ at the critical points and end points: $f(-2) = -2$, $f(-1) = 2$, $f(1) = -2$, $f(3) = 18$.",
    )
    b.integer(
        c,
        "M",
        r"Find the local minimum value of $f(x) = 2x^3 - 9x^2 + 12x + 1$.",
        5,
        r"$f'(x) = 6(x - 1)(x - 2)$ and $f''(x) = 12x - 18$. $f''(2) = 6 > 0$, so the local minimum is $f(2) = 16 - 36 + 24 + 1 = 5$.",
    )
    b.mcq(
        c,
        "H",
        r"The points of the parabola $y^2 = 4x$ nearest to $(5, 0)$ are",
        r"$(3, \pm2\sqrt3)$",
        [
            (
                r"$(5, \pm2\sqrt5)$",
                "takes the points with the same x-coordinate as the given point",
            ),
            (r"$(0, 0)$", "assumes the vertex is always the nearest point"),
            r"$(1, \pm2)$",
        ],
        r"$D^2 = (x - 5)^2 + 4x = x^2 - 6x + 25$, least at $x = 3$ where $y^2 = 12$. The least distance is $\sqrt{16} = 4$.",
    )


def integral_calculus(b: Bank) -> None:
    c = "MATH.INT.INDEFINITE"
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int \frac{dx}{x}$ ($x \ne 0$) equals",
        r"$\ln|x| + C$",
        [
            (r"$-\dfrac{1}{x^2} + C$", "differentiates instead of integrating"),
            (r"$\dfrac{x^0}{0} + C$", "applies the power rule at n = −1"),
            r"$e^x + C$",
        ],
        r"$\dfrac{d}{dx}\ln|x| = \dfrac1x$ for $x > 0$ and for $x < 0$. The power rule $\int x^n\,dx = \dfrac{x^{n+1}}{n+1}$ needs $n \ne -1$.",
    )
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int \sec^2 x\,dx$ equals",
        r"$\tan x + C$",
        [
            (r"$\sec x\tan x + C$", "gives the derivative of sec x"),
            (r"$\dfrac{\sec^3 x}{3} + C$", "uses the power rule as if sec x were x"),
            r"$2\sec x + C$",
        ],
        r"$\dfrac{d}{dx}\tan x = \sec^2 x$.",
    )
    b.tpl(
        c,
        "M",
        r"$F'(x) = {{a}}x^2$ and $F(0) = {{p}}$. Find $F({{k}})$.",
        {"a": (3, 12, 3), "p": (1, 20), "k": (1, 5)},
        "a*k**3/3 + p",
        r"$F(x) = \dfrac{a x^3}{3} + C$, and $F(0) = p$ fixes $C = p$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \frac{x^2 + 1}{x}\,dx$ equals",
        r"$\dfrac{x^2}{2} + \ln|x| + C$",
        [
            (
                r"$\dfrac{x^3/3 + x}{x^2/2} + C$",
                "integrates the numerator and the denominator separately",
            ),
            (r"$\dfrac{x^2}{2} + C$", "drops the term 1/x"),
            r"$x^2 + \ln|x| + C$",
        ],
        r"Divide first: $\dfrac{x^2 + 1}{x} = x + \dfrac1x$.",
    )
    b.tf(
        c,
        "E",
        r"$\displaystyle\int f(x)g(x)\,dx = \int f(x)\,dx \cdot \int g(x)\,dx$ for all integrable $f$ and $g$.",
        False,
        r"For $f = g = 1$: $\int 1\,dx = x$, but $\left(\int 1\,dx\right)^2 = x^2$. Products need integration by parts or substitution.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \sin^2 x\,dx$ equals",
        r"$\dfrac{x}{2} - \dfrac{\sin 2x}{4} + C$",
        [
            (r"$\dfrac{\sin^3 x}{3} + C$", "uses the power rule as if sin x were x"),
            (r"$\dfrac{x}{2} + \dfrac{\sin 2x}{4} + C$", "uses the identity for cos² x"),
            r"$-\cos^2 x + C$",
        ],
        r"$\sin^2x = \dfrac{1 - \cos2x}{2}$, which integrates to $\dfrac x2 - \dfrac{\sin2x}{4}$.",
    )

    c = "MATH.INT.SUBSTITUTION"
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int 2x\cos(x^2)\,dx$ equals",
        r"$\sin(x^2) + C$",
        [
            (r"$2x\sin(x^2) + C$", "integrates the cosine and leaves the factor 2x alone"),
            (r"$-\sin(x^2) + C$", "sign error: integrates cosine to −sine"),
            r"$x^2\sin(x^2) + C$",
        ],
        r"Put $u = x^2$, $du = 2x\,dx$: $\int\cos u\,du = \sin u + C$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \frac{dx}{x^2 - 1}$ equals",
        r"$\dfrac12\ln\left|\dfrac{x - 1}{x + 1}\right| + C$",
        [
            (
                r"$\dfrac12\ln\left|\dfrac{x + 1}{x - 1}\right| + C$",
                "swaps the signs in the partial fractions",
            ),
            (r"$\tan^{-1}x + C$", "treats x² − 1 like x² + 1"),
            r"$\ln|x^2 - 1| + C$",
        ],
        r"$\dfrac{1}{x^2 - 1} = \dfrac12\left(\dfrac{1}{x - 1} - \dfrac{1}{x + 1}\right)$.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{{{a}}} \frac{2x}{1 + x^2}\,dx$ (to three decimal places).",
        {"a": (1, 10)},
        "log(1 + a**2)",
        r"With $u = 1 + x^2$, $du = 2x\,dx$: $\int\dfrac{du}{u} = \ln u$, so the value is $\ln(1 + a^2)$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int \tan x\,dx$ equals",
        r"$\ln|\sec x| + C$",
        [
            (r"$\ln|\cos x| + C$", "loses the minus sign from the substitution u = cos x"),
            (r"$\sec^2 x + C$", "differentiates instead of integrating"),
            r"$\dfrac{\tan^2 x}{2} + C$",
        ],
        r"$\int\dfrac{\sin x}{\cos x}dx$ with $u = \cos x$, $du = -\sin x\,dx$ gives $-\ln|\cos x| = \ln|\sec x|$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \frac{dx}{(x - 1)(x - 2)}$ equals",
        r"$\ln\left|\dfrac{x - 2}{x - 1}\right| + C$",
        [
            (
                r"$\ln|(x - 1)(x - 2)| + C$",
                "integrates the reciprocal of a product as the log of the product",
            ),
            (r"$\ln\left|\dfrac{x - 1}{x - 2}\right| + C$", "sign error in the partial fractions"),
            r"$\dfrac{1}{(x - 1)(x - 2)} + C$",
        ],
        r"$\dfrac{1}{(x-1)(x-2)} = \dfrac{1}{x - 2} - \dfrac{1}{x - 1}$ (cover-up rule).",
    )
    b.tf(
        c,
        "E",
        r"The substitution $x = a\sin\theta$ suits integrals containing $\sqrt{a^2 - x^2}$.",
        True,
        r"$a^2 - a^2\sin^2\theta = a^2\cos^2\theta$, so the root becomes $a\cos\theta$.",
    )
    b.tpl(
        c,
        "H",
        r"Evaluate $\displaystyle\int_2^{{{p}}} \frac{dx}{x(x - 1)}$ (to three decimal places).",
        {"p": (3, 12)},
        "log(2*(p - 1)/p)",
        r"$\dfrac{1}{x(x-1)} = \dfrac1{x-1} - \dfrac1x$, so the integral is $\left[\ln\dfrac{x - 1}{x}\right]_2^p = \ln\dfrac{p - 1}{p} - \ln\dfrac12$.",
        tolerance=0.001,
    )

    c = "MATH.INT.PARTS"
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int xe^x\,dx$ equals",
        r"$(x - 1)e^x + C$",
        [
            (r"$(x + 1)e^x + C$", "sign error in the second term of integration by parts"),
            (r"$\dfrac{x^2}{2}e^x + C$", "integrates x and keeps e^x unchanged"),
            r"$xe^x + C$",
        ],
        r"$\int u\,dv = uv - \int v\,du$ with $u = x$, $dv = e^xdx$: $xe^x - \int e^x\,dx = xe^x - e^x + C$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \ln x\,dx$ equals",
        r"$x\ln x - x + C$",
        [
            (r"$x\ln x + C$", "forgets the term −∫x · (1/x) dx"),
            (r"$\dfrac{1}{x} + C$", "differentiates instead of integrating"),
            r"$\dfrac{(\ln x)^2}{2} + C$",
        ],
        r"Take $u = \ln x$, $dv = dx$: $x\ln x - \int x \cdot \dfrac1x\,dx = x\ln x - x + C$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int e^x(\sin x + \cos x)\,dx$ equals",
        r"$e^x\sin x + C$",
        [
            (r"$e^x\cos x + C$", "takes the wrong function as f in e^x(f + f′)"),
            (r"$e^x(\sin x - \cos x) + C$", "integrates each term as if e^x were a constant"),
            r"$e^x(\sin x + \cos x) + C$",
        ],
        r"$\int e^x(f + f')\,dx = e^xf + C$ with $f = \sin x$, $f' = \cos x$.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{{{a}}} xe^x\,dx$ (to two decimal places).",
        {"a": (1, 5)},
        "(a - 1)*exp(a) + 1",
        r"$\int xe^x\,dx = (x - 1)e^x$, so the value is $(a - 1)e^a - (-1) = (a - 1)e^a + 1$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"Evaluate $\displaystyle\int_1^{{{p}}} \ln x\,dx$ (to three decimal places).",
        {"p": (2, 20)},
        "p*log(p) - p + 1",
        r"$\int\ln x\,dx = x\ln x - x$, so the value is $(p\ln p - p) - (0 - 1)$.",
        tolerance=0.001,
    )
    b.tf(
        c,
        "E",
        r"To integrate $x\ln x$ by parts, one should differentiate $\ln x$ and integrate $x$.",
        True,
        r"$\ln x$ is easy to differentiate but not to integrate (the ILATE order puts the logarithm first): $\int x\ln x\,dx = \dfrac{x^2}{2}\ln x - \dfrac{x^2}{4} + C$.",
    )
    b.mcq(
        c,
        "H",
        r"$\displaystyle\int e^x\left(\frac1x - \frac{1}{x^2}\right)dx$ equals",
        r"$\dfrac{e^x}{x} + C$",
        [
            (r"$e^x\ln|x| + C$", "integrates only the 1/x term"),
            (r"$\dfrac{e^x}{x^2} + C$", "takes −1/x² as f instead of f′"),
            r"$-\dfrac{e^x}{x} + C$",
        ],
        r"This is $e^x(f + f')$ with $f = \dfrac1x$, $f' = -\dfrac1{x^2}$.",
    )

    c = "MATH.INT.STANDARD_FORMS"
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int \frac{dx}{x^2 + a^2}$ ($a > 0$) equals",
        r"$\dfrac1a\tan^{-1}\dfrac{x}{a} + C$",
        [
            (r"$\tan^{-1}\dfrac{x}{a} + C$", "drops the factor 1/a"),
            (
                r"$\dfrac{1}{2a}\ln\left|\dfrac{x - a}{x + a}\right| + C$",
                "uses the form for x² − a²",
            ),
            r"$\sin^{-1}\dfrac{x}{a} + C$",
        ],
        r"Substitute $x = a\tan\theta$: $\int\dfrac{a\sec^2\theta\,d\theta}{a^2\sec^2\theta} = \dfrac\theta a$.",
    )
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int \frac{dx}{\sqrt{a^2 - x^2}}$ ($a > 0$) equals",
        r"$\sin^{-1}\dfrac{x}{a} + C$",
        [
            (r"$\dfrac1a\sin^{-1}\dfrac{x}{a} + C$", "adds a factor 1/a as in the tan⁻¹ form"),
            (r"$\ln\left|x + \sqrt{x^2 - a^2}\right| + C$", "uses the form for √(x² − a²)"),
            r"$\dfrac1a\tan^{-1}\dfrac{x}{a} + C$",
        ],
        r"With $x = a\sin\theta$: $\int\dfrac{a\cos\theta\,d\theta}{a\cos\theta} = \theta$.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{{{p}}} \frac{dx}{x^2 + {{a}}^2}$ (to three decimal places).",
        {"p": (1, 10), "a": (1, 6)},
        "atan(p/a)/a",
        r"$\int\dfrac{dx}{x^2 + a^2} = \dfrac1a\tan^{-1}\dfrac xa$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\int \frac{dx}{x^2 + 4x + 13}$ equals",
        r"$\dfrac13\tan^{-1}\dfrac{x + 2}{3} + C$",
        [
            (r"$\dfrac19\tan^{-1}\dfrac{x + 2}{3} + C$", "uses a² instead of a in the factor"),
            (r"$\dfrac13\tan^{-1}\dfrac{x - 2}{3} + C$", "sign error in completing the square"),
            r"$\tan^{-1}(x + 2) + C$",
        ],
        r"Complete the square: $x^2 + 4x + 13 = (x + 2)^2 + 3^2$.",
    )
    b.tpl(
        c,
        "H",
        r"Evaluate $\displaystyle\int_0^{{{a}}} \sqrt{{{a}}^2 - x^2}\,dx$ (to two decimal places).",
        {"a": (1, 10)},
        "pi*a**2/4",
        r"$\int\sqrt{a^2 - x^2}\,dx = \dfrac x2\sqrt{a^2 - x^2} + \dfrac{a^2}{2}\sin^{-1}\dfrac xa$; from $0$ to $a$ this is $\dfrac{\pi a^2}{4}$, a quarter of the disc.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        r"$\displaystyle\int \frac{dx}{\sqrt{x^2 + a^2}} = \ln\left|x + \sqrt{x^2 + a^2}\right| + C$.",
        True,
        r"Differentiate: $\dfrac{1 + \frac{x}{\sqrt{x^2 + a^2}}}{x + \sqrt{x^2 + a^2}} = \dfrac{1}{\sqrt{x^2 + a^2}}$.",
    )

    c = "MATH.INT.DEFINITE"
    b.tpl(
        c,
        "E",
        r"Evaluate $\displaystyle\int_{{{a}}}^{{{p}}} 2x\,dx$.",
        {"a": (0, 5), "p": (6, 15)},
        "p**2 - a**2",
        r"$\int_a^b 2x\,dx = [x^2]_a^b = b^2 - a^2$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Evaluate $\displaystyle\int_0^{{{a}}} e^x\,dx$ (to two decimal places).",
        {"a": (1, 6)},
        "exp(a) - 1",
        r"$[e^x]_0^a = e^a - 1$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int_0^{\pi} \sin x\,dx$ equals",
        "$2$",
        [
            ("$0$", "thinks the integral over a half-period cancels to zero"),
            ("$-2$", "sign error in the antiderivative −cos x"),
            "$1$",
        ],
        r"$[-\cos x]_0^\pi = -(-1) - (-1) = 2$; $\sin x \ge 0$ on $[0, \pi]$.",
    )
    b.mcq(
        c,
        "M",
        r"$\dfrac{d}{dx}\displaystyle\int_0^{x^2} \cos t\,dt$ equals",
        r"$2x\cos(x^2)$",
        [
            (r"$\cos(x^2)$", "forgets the chain-rule factor from the upper limit"),
            (r"$\sin(x^2)$", "evaluates the integral instead of differentiating it"),
            r"$\cos x$",
        ],
        r"By the fundamental theorem, $\dfrac{d}{dx}\int_0^{g(x)}f(t)\,dt = f(g(x))\,g'(x)$.",
    )
    b.tpl(
        c,
        "E",
        r"Evaluate $\displaystyle\int_0^{\pi/{{k}}} \cos x\,dx$ (to three decimal places).",
        {"k": (2, 12)},
        "sin(pi/k)",
        r"$[\sin x]_0^{\pi/k} = \sin\dfrac\pi k$.",
        tolerance=0.001,
    )
    b.tf(
        c,
        "E",
        r"If $\displaystyle\int_a^b f(x)\,dx = 0$ for a continuous $f$, then $f(x) = 0$ for every $x$ in $[a, b]$.",
        False,
        r"Positive and negative parts can cancel: $\int_0^{2\pi}\sin x\,dx = 0$. (It is true if $f \ge 0$ throughout.)",
    )
    b.integer(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{2} |x - 1|\,dx$.",
        1,
        r"Split at $x = 1$: $\int_0^1(1 - x)\,dx + \int_1^2(x - 1)\,dx = \tfrac12 + \tfrac12 = 1$.",
    )

    c = "MATH.INT.PROPERTIES"
    b.mcq(
        c,
        "E",
        r"$\displaystyle\int_{-1}^{1} x^3\cos x\,dx$ equals",
        "$0$",
        [
            (r"$2\displaystyle\int_0^1 x^3\cos x\,dx$", "treats an odd integrand as even"),
            ("$1$", "evaluates only the x³ part at the upper limit"),
            "$2$",
        ],
        r"$x^3\cos x$ is odd (odd × even), and $\int_{-a}^{a}f = 0$ for odd $f$.",
    )
    b.mcq(
        c,
        "H",
        r"$\displaystyle\int_0^{\pi/2} \frac{\sin x}{\sin x + \cos x}\,dx$ equals",
        r"$\dfrac{\pi}{4}$",
        [
            (r"$\dfrac{\pi}{2}$", "forgets to halve after adding the integral to itself"),
            ("$1$", "cancels sin x from the numerator and denominator"),
            r"$\dfrac{\pi}{8}$",
        ],
        r"Replacing $x$ by $\dfrac\pi2 - x$ turns it into $I = \int_0^{\pi/2}\dfrac{\cos x}{\cos x + \sin x}dx$. Adding, $2I = \int_0^{\pi/2}dx = \dfrac\pi2$.",
    )
    b.mcq(
        c,
        "M",
        r"$\displaystyle\lim_{n \to \infty} \frac{1}{n}\sum_{r=1}^{n} \left(\frac{r}{n}\right)^2$ equals",
        r"$\dfrac13$",
        [
            ("$0$", "lets each term tend to zero and ignores how many terms there are"),
            (r"$\dfrac12$", "integrates x instead of x²"),
            "$1$",
        ],
        r"It is a Riemann sum for $\int_0^1 x^2\,dx = \dfrac13$.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{{{a}}} [x]\,dx$, where $[x]$ is the greatest integer not exceeding $x$.",
        {"a": (2, 20)},
        "a*(a - 1)/2",
        r"On $[k, k+1)$, $[x] = k$, so the integral is $0 + 1 + \dots + (a - 1) = \dfrac{a(a-1)}{2}$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"$\displaystyle\int_a^b f(x)\,dx = \int_a^b f(a + b - x)\,dx$.",
        True,
        r"Substitute $t = a + b - x$: the limits swap and $dx = -dt$, which swaps them back.",
    )
    b.tpl(
        c,
        "M",
        r"Evaluate $\displaystyle\int_0^{{{n}}\pi} |\sin x|\,dx$.",
        {"n": (1, 20)},
        "2*n",
        r"$|\sin x|$ has period $\pi$ and $\int_0^\pi|\sin x|\,dx = 2$, so the integral over $n$ periods is $2n$.",
        integer=True,
    )
    b.mcq(
        c,
        "H",
        r"$\displaystyle\int_0^{\pi/2} \ln(\tan x)\,dx$ equals",
        "$0$",
        [
            (r"$\dfrac{\pi}{2}\ln 2$", "confuses it with the integral of ln(sin x) up to sign"),
            (r"$-\dfrac{\pi}{2}\ln 2$", "gives the value of the integral of ln(sin x)"),
            r"$\dfrac{\pi}{4}$",
        ],
        r"Under $x \to \dfrac\pi2 - x$, $\ln\tan x \to \ln\cot x = -\ln\tan x$. So $I = -I$, and $I = 0$.",
    )

    c = "MATH.INT.AREA"
    b.tpl(
        c,
        "E",
        r"Find the area between $y = x^2$, the $x$-axis and the line $x = {{a}}$ (to two decimal places).",
        {"a": (1, 10)},
        "a**3/3",
        r"Area $= \int_0^a x^2\,dx = \dfrac{a^3}{3}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The area enclosed between $y = x^2$ and $y = x$ is",
        r"$\dfrac16$",
        [
            (r"$\dfrac12$", "uses only the area under y = x"),
            (r"$\dfrac13$", "uses only the area under y = x²"),
            (r"$\dfrac56$", "adds the two areas instead of subtracting"),
        ],
        r"They meet at $x = 0$ and $x = 1$, where $x \ge x^2$: $\int_0^1(x - x^2)\,dx = \dfrac12 - \dfrac13 = \dfrac16$.",
    )
    b.mcq(
        c,
        "E",
        r"The area enclosed by the ellipse $\dfrac{x^2}{a^2} + \dfrac{y^2}{b^2} = 1$ is",
        r"$\pi ab$",
        [
            (r"$\pi a^2$", "uses the circle formula with the major semi-axis"),
            (r"$\dfrac{\pi ab}{4}$", "gives the area of one quadrant only"),
            r"$2\pi ab$",
        ],
        r"$4\int_0^a\dfrac ba\sqrt{a^2 - x^2}\,dx = 4\cdot\dfrac ba\cdot\dfrac{\pi a^2}{4} = \pi ab$.",
    )
    b.tpl(
        c,
        "H",
        r"Find the area bounded by the parabola $y^2 = 4ax$ and its latus rectum, where $a = {{a}}$ (to two decimal places).",
        {"a": (1, 10)},
        "8*a**2/3",
        r"The latus rectum is $x = a$. Area $= 2\int_0^a 2\sqrt{ax}\,dx = 4\sqrt a\cdot\dfrac23a^{3/2} = \dfrac{8a^2}{3}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"$\displaystyle\int_0^{2\pi}\sin x\,dx$ is the area between the curve $y = \sin x$ and the $x$-axis from $0$ to $2\pi$.",
        False,
        r"The integral is $0$ because the part below the axis counts negatively. The area is $\int_0^{2\pi}|\sin x|\,dx = 4$.",
    )
    b.tpl(
        c,
        "H",
        r"Find the area enclosed between $y = x^2$ and $y = {{k}}x$ (to two decimal places).",
        {"k": (1, 10)},
        "k**3/6",
        r"They meet at $x = 0$ and $x = k$: $\int_0^k(kx - x^2)\,dx = \dfrac{k^3}{2} - \dfrac{k^3}{3} = \dfrac{k^3}{6}$.",
        tolerance=0.01,
    )
    b.integer(
        c,
        "M",
        r"Find the area enclosed by $y = |x|$ and $y = 2$.",
        4,
        r"The region is the triangle with vertices $(0, 0)$, $(-2, 2)$, $(2, 2)$: $\tfrac12 \cdot 4 \cdot 2 = 4$.",
    )


def differential_equations(b: Bank) -> None:
    c = "MATH.DE.FORMATION"
    b.mcq(
        c,
        "E",
        r"The order and degree of $\left(\dfrac{d^2y}{dx^2}\right)^3 + \left(\dfrac{dy}{dx}\right)^4 + y = 0$ are",
        "order 2, degree 3",
        [
            ("order 2, degree 4", "takes the highest power of any derivative as the degree"),
            ("order 3, degree 2", "swaps order and degree"),
            "order 4, degree 2",
        ],
        r"The order is that of the highest derivative ($y''$); the degree is the power of that derivative, 3.",
    )
    b.mcq(
        c,
        "H",
        r"The degree of $\left(\dfrac{d^2y}{dx^2}\right)^2 = \left(1 + \left(\dfrac{dy}{dx}\right)^2\right)^{3/2}$ is",
        "4",
        [
            ("2", "reads the degree before clearing the fractional power"),
            ("not defined", "thinks any fractional power makes the degree undefined"),
            "3",
        ],
        r"Squaring gives $(y'')^4 = (1 + y'^2)^3$, a polynomial in the derivatives; the highest derivative $y''$ appears to the power 4.",
    )
    b.mcq(
        c,
        "H",
        r"The degree of $\dfrac{dy}{dx} + \sin\left(\dfrac{dy}{dx}\right) = 0$ is",
        "not defined",
        [
            ("1", "ignores that the derivative appears inside a sine"),
            ("0", "confuses degree with the power of y"),
            "2",
        ],
        r"The degree is defined only when the equation is a polynomial in the derivatives; $\sin(y')$ is not.",
    )
    b.integer(
        c,
        "M",
        "What is the order of the differential equation of all circles in a plane?",
        3,
        r"$(x - h)^2 + (y - k)^2 = r^2$ has three arbitrary constants $h, k, r$; eliminating them needs three differentiations.",
    )
    b.mcq(
        c,
        "M",
        r"The differential equation of the family $y = A\cos x + B\sin x$ is",
        r"$\dfrac{d^2y}{dx^2} + y = 0$",
        [
            (r"$\dfrac{d^2y}{dx^2} - y = 0$", "sign error in the second derivative of cos and sin"),
            (r"$\dfrac{dy}{dx} + y = 0$", "eliminates only one of the two constants"),
            r"$\dfrac{d^2y}{dx^2} = 0$",
        ],
        r"$y'' = -A\cos x - B\sin x = -y$. Two constants need a second-order equation.",
    )
    b.tf(
        c,
        "E",
        r"The general solution of an $n$th-order differential equation contains $n$ arbitrary constants.",
        True,
        r"Each integration introduces one constant; a particular solution fixes them.",
    )
    b.integer(
        c,
        "H",
        r"Find the sum of the order and the degree of the differential equation of the family $y = c(x - c)^2$, where $c$ is an arbitrary constant.",
        4,
        r"$y' = 2c(x - c)$, so $\dfrac{y'}{y} = \dfrac{2}{x - c}$ and $c = x - \dfrac{2y}{y'}$. Then $y'^2 = 4c^2(x - c)^2 = 4cy$, which gives $y'^3 = 4y(xy' - 2y)$: order 1, degree 3.",
    )

    c = "MATH.DE.SEPARABLE"
    b.mcq(
        c,
        "E",
        r"The general solution of $\dfrac{dy}{dx} = y$ is",
        r"$y = Ce^x$",
        [
            (r"$y = e^x + C$", "adds the constant in the wrong place after exponentiating"),
            (r"$y = x + C$", "integrates the right side as if y were a constant 1"),
            r"$y = Cx$",
        ],
        r"Separate: $\dfrac{dy}{y} = dx$, so $\ln|y| = x + c$ and $y = Ce^x$.",
    )
    b.tpl(
        c,
        "M",
        r"If $\dfrac{dy}{dx} = {{k}}y$ and $y(0) = {{a}}$, find $y(1)$ (to two decimal places).",
        {"k": (0.1, 1, 0.1), "a": (1, 20)},
        "a*exp(k)",
        r"$y = y(0)e^{kx}$, so $y(1) = ae^k$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"The general solution of the homogeneous equation $\dfrac{dy}{dx} = \dfrac{x + y}{x}$ is",
        r"$y = x\ln|x| + Cx$",
        [
            (r"$y = \ln|x| + C$", "forgets to multiply back by x after solving for v = y/x"),
            (r"$y = x\ln|x| + C$", "adds the constant after multiplying by x"),
            r"$y = \dfrac{x^2}{2} + C$",
        ],
        r"Put $y = vx$: $v + xv' = 1 + v$, so $v' = \dfrac1x$, $v = \ln|x| + C$ and $y = x\ln|x| + Cx$.",
    )
    b.mcq(
        c,
        "E",
        r"The general solution of $x\,dy = y\,dx$ is",
        r"$y = Cx$",
        [
            (r"$y = x + C$", "adds the constants instead of combining the logarithms"),
            (r"$xy = C$", "sign error when integrating"),
            r"$y = Cx^2$",
        ],
        r"$\dfrac{dy}{y} = \dfrac{dx}{x}$ gives $\ln|y| = \ln|x| + c$, so $y = Cx$.",
    )
    b.tf(
        c,
        "M",
        r"$\dfrac{dy}{dx} = \dfrac{y^2 + xy}{x^2}$ is a homogeneous differential equation.",
        True,
        r"The right side equals $\left(\dfrac yx\right)^2 + \dfrac yx$, a function of $\dfrac yx$ alone (numerator and denominator both of degree 2).",
    )
    b.tpl(
        c,
        "M",
        r"Solve $\dfrac{dy}{dx} = \dfrac{x}{y}$ with $y(0) = {{a}}$ ($y > 0$), and find $y({{p}})$ (to two decimal places).",
        {"a": (1, 10), "p": (1, 10)},
        "sqrt(a**2 + p**2)",
        r"$y\,dy = x\,dx$ gives $y^2 = x^2 + C$, and $y(0) = a$ gives $C = a^2$.",
        tolerance=0.01,
    )

    c = "MATH.DE.LINEAR"
    b.mcq(
        c,
        "E",
        r"The integrating factor of $\dfrac{dy}{dx} + \dfrac{2}{x}y = x$ ($x > 0$) is",
        "$x^2$",
        [
            (r"$2\ln x$", "forgets to exponentiate the integral of P"),
            (r"$e^{2/x}$", "exponentiates P instead of its integral"),
            r"$\dfrac{1}{x^2}$",
        ],
        r"$\text{IF} = e^{\int P\,dx} = e^{2\ln x} = x^2$.",
    )
    b.mcq(
        c,
        "M",
        r"The general solution of $\dfrac{dy}{dx} + y = 1$ is",
        r"$y = 1 + Ce^{-x}$",
        [
            (r"$y = 1 + Ce^{x}$", "sign error in the integrating factor"),
            (r"$y = Ce^{-x}$", "drops the particular solution"),
            r"$y = x + C$",
        ],
        r"With $\text{IF} = e^x$: $(ye^x)' = e^x$, so $ye^x = e^x + C$.",
    )
    b.tpl(
        c,
        "M",
        r"Solve $\dfrac{dy}{dx} + y = {{a}}$ with $y(0) = 0$, and find $y({{p}})$ (to two decimal places).",
        {"a": (1, 20), "p": (1, 5)},
        "a*(1 - exp(-p))",
        r"$(ye^x)' = ae^x$ gives $y = a + Ce^{-x}$; $y(0) = 0$ gives $C = -a$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "H",
        r"Solve $\dfrac{dy}{dx} - \dfrac{y}{x} = x$ ($x > 0$) with $y(1) = {{a}}$, and find $y({{p}})$.",
        {"a": (1, 10), "p": (2, 10)},
        "p**2 + (a - 1)*p",
        r"$\text{IF} = e^{-\ln x} = \dfrac1x$: $\left(\dfrac yx\right)' = 1$, so $y = x^2 + Cx$ and $y(1) = 1 + C = a$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        r"For $\dfrac{dy}{dx} + P(x)y = Q(x)$ with integrating factor $I = e^{\int P\,dx}$, the solution is $yI = \int QI\,dx + C$.",
        True,
        r"Multiplying by $I$ turns the left side into $(yI)'$, since $I' = PI$.",
    )
    b.mcq(
        c,
        "H",
        r"The general solution of $\dfrac{dx}{dy} + \dfrac{x}{y} = y^2$ ($y > 0$) is",
        r"$xy = \dfrac{y^4}{4} + C$",
        [
            (r"$xy = \dfrac{y^3}{3} + C$", "forgets to multiply Q by the integrating factor"),
            (r"$x = \dfrac{y^3}{3} + C$", "ignores the x/y term"),
            r"$\dfrac{x}{y} = \dfrac{y^2}{2} + C$",
        ],
        r"It is linear in $x$: $\text{IF} = e^{\int dy/y} = y$, so $(xy)' = y^3$ and $xy = \dfrac{y^4}{4} + C$.",
    )


def coordinate_geometry(b: Bank) -> None:
    c = "MATH.COORD.CARTESIAN"
    b.tpl(
        c,
        "E",
        r"Find the distance between the points $({{a}}, {{p}})$ and $({{k}}, {{q}})$ (to two decimal places).",
        {"a": (-6, -1), "p": (-6, 6), "k": (1, 6), "q": (-6, 6)},
        "sqrt((k - a)**2 + (q - p)**2)",
        r"$d = \sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"The point $P$ divides the segment from $A({{a}}, 1)$ to $B({{k}}, 7)$ internally in the ratio ${{m}} : {{n}}$. Find the $x$-coordinate of $P$ (to two decimal places).",
        {"a": (-5, 5), "k": (6, 15), "m": (1, 5), "n": (1, 5)},
        "(m*k + n*a)/(m + n)",
        r"Section formula: $x = \dfrac{mx_2 + nx_1}{m + n}$, the weight $m$ going with the far end $B$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"The centroid of the triangle with vertices $(1, 2)$, $(3, 4)$ and $(5, 0)$ is",
        r"$(3, 2)$",
        [
            (r"$(9, 6)$", "adds the coordinates without dividing by 3"),
            (r"$(4.5, 3)$", "divides by 2 as for a midpoint"),
            r"$(3, 3)$",
        ],
        r"$\left(\dfrac{1 + 3 + 5}{3}, \dfrac{2 + 4 + 0}{3}\right) = (3, 2)$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the area of the triangle with vertices $(0, 0)$, $({{a}}, {{p}})$ and $({{k}}, {{q}})$ (to two decimal places).",
        {"a": (1, 10), "p": (1, 10), "k": (-10, -1), "q": (1, 10)},
        "abs(a*q - p*k)/2",
        r"Area $= \tfrac12\left|x_1y_2 - x_2y_1\right|$ when one vertex is the origin (the shoelace formula).",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"The locus of a point whose distance from $(2, 0)$ is twice its distance from the $y$-axis is",
        r"$3x^2 - y^2 + 4x - 4 = 0$",
        [
            (r"$(x - 2)^2 + y^2 = 2|x|$", "equates the squared distance to the unsquared distance"),
            (r"$5x^2 + y^2 - 4x + 4 = 0$", "adds 4x² instead of subtracting it"),
            r"$3x^2 + y^2 + 4x - 4 = 0$",
        ],
        r"$\sqrt{(x - 2)^2 + y^2} = 2|x|$; squaring, $x^2 - 4x + 4 + y^2 = 4x^2$, i.e. $3x^2 - y^2 + 4x - 4 = 0$ (a hyperbola).",
    )
    b.tf(
        c,
        "E",
        r"The points $(1, 1)$, $(2, 3)$ and $(3, 5)$ are collinear.",
        True,
        r"The slopes of the two segments are $\dfrac{3-1}{2-1} = 2$ and $\dfrac{5-3}{3-2} = 2$; equivalently the area of the triangle is 0.",
    )

    c = "MATH.COORD.LINES"
    b.tpl(
        c,
        "E",
        r"Find the slope of the line through $({{a}}, {{p}})$ and $({{k}}, {{q}})$ (to two decimal places).",
        {"a": (0, 3), "p": (-5, 5), "k": (5, 9), "q": (-5, 5)},
        "(q - p)/(k - a)",
        r"$m = \dfrac{y_2 - y_1}{x_2 - x_1}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"Find the distance of the point $({{h}}, {{k}})$ from the line ${{a}}x + {{p}}y + {{q}} = 0$ (to two decimal places).",
        {"h": (-5, 5), "k": (-5, 5), "a": (1, 6), "p": (1, 6), "q": (1, 10)},
        "abs(a*h + p*k + q)/sqrt(a**2 + p**2)",
        r"$d = \dfrac{|ax_1 + by_1 + c|}{\sqrt{a^2 + b^2}}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The acute angle between the lines $y = 2x + 3$ and $y = -3x + 1$ is",
        r"$45^\circ$",
        [
            (r"$135^\circ$", "gives the obtuse angle"),
            (r"$\tan^{-1}5$", "forgets the denominator 1 + m₁m₂"),
            r"$90^\circ$",
        ],
        r"$\tan\theta = \left|\dfrac{m_1 - m_2}{1 + m_1m_2}\right| = \left|\dfrac{5}{1 - 6}\right| = 1$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the distance between the parallel lines ${{a}}x + {{p}}y + {{k}} = 0$ and ${{a}}x + {{p}}y + {{q}} = 0$ (to two decimal places).",
        {"a": (1, 6), "p": (1, 6), "k": (1, 8), "q": (10, 20)},
        "abs(q - k)/sqrt(a**2 + p**2)",
        r"$d = \dfrac{|c_1 - c_2|}{\sqrt{a^2 + b^2}}$ for $ax + by + c_1 = 0$ and $ax + by + c_2 = 0$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The lines $x + y = 2$, $x - y = 0$ and $kx + 2y = 5$ are concurrent when $k$ equals",
        "3",
        [
            ("5", "substitutes the point into the constant term only"),
            ("$-3$", "sign error when solving for k"),
            "1",
        ],
        r"The first two lines meet at $(1, 1)$. It lies on the third when $k + 2 = 5$.",
    )
    b.tf(
        c,
        "E",
        r"Two non-vertical lines with slopes $m_1$ and $m_2$ are perpendicular exactly when $m_1m_2 = -1$.",
        True,
        r"The lines make angles $\theta$ and $\theta + 90^\circ$ with the $x$-axis, and $\tan\theta\tan(\theta + 90^\circ) = -1$.",
    )
    b.mcq(
        c,
        "M",
        r"The foot of the perpendicular from $(1, 2)$ to the line $x + y = 5$ is",
        r"$(2, 3)$",
        [
            (r"$(3, 4)$", "gives the image (reflection) instead of the foot"),
            (r"$(3, 2)$", "swaps the coordinates"),
            r"$(0, 5)$",
        ],
        r"Move along the normal direction $(1, 1)$: $(1 + t, 2 + t)$ lies on the line when $3 + 2t = 5$, i.e. $t = 1$.",
    )

    c = "MATH.COORD.CIRCLES"
    b.tpl(
        c,
        "M",
        r"Find the radius of the circle $x^2 + y^2 - {{a}}x - {{p}}y + {{k}} = 0$ (to two decimal places).",
        {"a": (4, 10), "p": (4, 10), "k": (1, 6)},
        "sqrt(a**2/4 + p**2/4 - k)",
        r"For $x^2 + y^2 + 2gx + 2fy + c = 0$ the centre is $(-g, -f)$ and $r = \sqrt{g^2 + f^2 - c}$; here $g = -\dfrac a2$, $f = -\dfrac p2$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"The circle $(x - 2)^2 + (y + 3)^2 = 16$ has",
        r"centre $(2, -3)$ and radius 4",
        [
            (r"centre $(-2, 3)$ and radius 4", "reads the centre with the signs flipped"),
            (r"centre $(2, -3)$ and radius 16", "takes r² as the radius"),
            r"centre $(2, 3)$ and radius 4",
        ],
        r"$(x - h)^2 + (y - k)^2 = r^2$ has centre $(h, k)$ and radius $r$; here $k = -3$ and $r^2 = 16$.",
    )
    b.mcq(
        c,
        "M",
        r"The tangent to $x^2 + y^2 = 25$ at $(3, 4)$ is",
        r"$3x + 4y = 25$",
        [
            (r"$4x - 3y = 0$", "gives the normal, the line through the centre"),
            (r"$3x + 4y = 5$", "uses r instead of r²"),
            r"$4x + 3y = 25$",
        ],
        r"The tangent to $x^2 + y^2 = a^2$ at $(x_1, y_1)$ is $xx_1 + yy_1 = a^2$.",
    )
    b.tpl(
        c,
        "E",
        r"Find the length of the tangent from $({{h}}, {{k}})$ to the circle $x^2 + y^2 = {{r}}^2$ (to two decimal places).",
        {"h": (5, 10), "k": (0, 6), "r": (1, 4)},
        "sqrt(h**2 + k**2 - r**2)",
        r"The tangent, the radius to the point of contact and the line to the centre form a right triangle: $L = \sqrt{x_1^2 + y_1^2 - r^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The line $y = mx + c$ touches the circle $x^2 + y^2 = a^2$ exactly when",
        r"$c^2 = a^2(1 + m^2)$",
        [
            (r"$c^2 = a^2(1 - m^2)$", "sign error in the distance formula"),
            (r"$c^2 = a^2m^2$", "forgets the 1 from the coefficient of y"),
            r"$c = a(1 + m)$",
        ],
        r"The distance from the centre to the line, $\dfrac{|c|}{\sqrt{1 + m^2}}$, must equal the radius $a$.",
    )
    b.tf(
        c,
        "E",
        "Two circles touch externally when the distance between their centres equals the sum of their radii.",
        True,
        r"They then meet at exactly one point, on the segment joining the centres. (Touching internally: the distance equals the difference of the radii.)",
    )
    b.integer(
        c,
        "H",
        r"How many common tangents do the circles $x^2 + y^2 = 4$ and $(x - 5)^2 + y^2 = 9$ have?",
        3,
        r"The centres are 5 apart and $r_1 + r_2 = 2 + 3 = 5$: the circles touch externally, so they have two direct common tangents and one transverse tangent at the point of contact.",
    )
    b.tpl(
        c,
        "E",
        r"The line $x = {{d}}$ cuts the circle $x^2 + y^2 = {{r}}^2$. Find the length of the chord (to two decimal places).",
        {"d": (1, 4), "r": (5, 10)},
        "2*sqrt(r**2 - d**2)",
        r"A chord at distance $d$ from the centre has half-length $\sqrt{r^2 - d^2}$.",
        tolerance=0.01,
    )

    b.msq(
        c,
        "M",
        r"For the circle $x^2 + y^2 - 4x + 6y - 3 = 0$, which statements are true?",
        [
            (r"Its centre is $(2, -3)$", True),
            ("Its radius is 4", True),
            (
                "It passes through the origin",
                False,
                "thinks every circle of this form passes through the origin",
            ),
            (
                r"Its centre is $(-2, 3)$",
                False,
                "reads the centre from the coefficients with the wrong signs",
            ),
        ],
        r"With $2g = -4$, $2f = 6$, $c = -3$: centre $(-g, -f) = (2, -3)$ and $r = \sqrt{4 + 9 + 3} = 4$. It passes through the origin only if $c = 0$.",
    )

    c = "MATH.COORD.PARABOLA"
    b.mcq(
        c,
        "E",
        r"The focus of the parabola $y^2 = 12x$ is",
        r"$(3, 0)$",
        [
            (r"$(12, 0)$", "takes 4a as a"),
            (r"$(0, 3)$", "puts the focus on the wrong axis"),
            r"$(-3, 0)$",
        ],
        r"$y^2 = 4ax$ with $4a = 12$, so $a = 3$ and the focus is $(a, 0)$.",
    )
    b.tpl(
        c,
        "E",
        r"A point on the parabola $y^2 = {{k}}x$ has $x$-coordinate {{h}}. Find its distance from the focus.",
        {"k": (4, 24, 4), "h": (1, 20)},
        "h + k/4",
        r"$4a = k$. The focal distance equals the distance to the directrix $x = -a$: $h + a$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"The line $y = mx + c$ ($m \ne 0$) touches the parabola $y^2 = 4ax$ when $c$ equals",
        r"$\dfrac{a}{m}$",
        [
            (r"$am$", "inverts the slope in the intercept"),
            (r"$a\sqrt{1 + m^2}$", "uses the tangency condition for a circle"),
            r"$-\dfrac{a}{m}$",
        ],
        r"Substituting $x = \dfrac{y - c}{m}$: $my^2 - 4ay + 4ac = 0$, which has equal roots when $16a^2 = 16amc$, i.e. $c = \dfrac am$.",
    )
    b.tpl(
        c,
        "M",
        r"For the parabola $y^2 = 4ax$ with $a = {{a}}$, find the focal distance of the point with parameter $t = {{t}}$.",
        {"a": (1, 10), "t": (1, 6)},
        "a*(1 + t**2)",
        r"The point is $(at^2, 2at)$; its focal distance is $at^2 + a = a(1 + t^2)$.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        "The focal chord of a parabola perpendicular to its axis is the latus rectum.",
        True,
        r"For $y^2 = 4ax$ it is the chord $x = a$, of length $4a$.",
    )
    b.mcq(
        c,
        "H",
        r"The tangents at the ends of any focal chord of $y^2 = 4ax$ meet",
        "at right angles, on the directrix",
        [
            ("at right angles, at the focus", "places the meeting point at the focus"),
            (
                "on the axis, at an acute angle",
                "assumes the figure is symmetric about the axis for every chord",
            ),
            (
                "nowhere: they are parallel",
                "thinks the tangents at the two ends of a chord are parallel",
            ),
        ],
        r"For the ends $t_1, t_2$ of a focal chord, $t_1t_2 = -1$. The tangents have slopes $\dfrac1{t_1}, \dfrac1{t_2}$ (product $-1$) and meet at $(at_1t_2, a(t_1 + t_2))$, whose $x$-coordinate is $-a$.",
    )
    b.integer(
        c,
        "H",
        r"Find the length of the focal chord of $y^2 = 8x$ that is inclined at $45^\circ$ to the axis.",
        16,
        r"The chord is $y = x - 2$: $(x - 2)^2 = 8x$, i.e. $x^2 - 12x + 4 = 0$, so $x_1 + x_2 = 12$. The length is $x_1 + x_2 + 2a = 12 + 4 = 16$ (also $4a\operatorname{cosec}^2 45^\circ$).",
    )

    c = "MATH.COORD.ELLIPSE"
    b.tpl(
        c,
        "E",
        r"Find the eccentricity of the ellipse $\dfrac{x^2}{{{a}}^2} + \dfrac{y^2}{{{p}}^2} = 1$ (to three decimal places).",
        {"a": (4, 9), "p": (1, 3)},
        "sqrt(1 - p**2/a**2)",
        r"With $a > b$: $b^2 = a^2(1 - e^2)$, so $e = \sqrt{1 - \dfrac{b^2}{a^2}}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "E",
        r"The foci of $\dfrac{x^2}{25} + \dfrac{y^2}{9} = 1$ are",
        r"$(\pm4, 0)$",
        [
            (r"$(\pm\sqrt{34}, 0)$", "adds a² and b² as for a hyperbola"),
            (r"$(0, \pm4)$", "puts the foci on the minor axis"),
            r"$(\pm3, 0)$",
        ],
        r"$c^2 = a^2 - b^2 = 25 - 9 = 16$, and the foci lie on the major ($x$-) axis.",
    )
    b.tpl(
        c,
        "M",
        r"Find the length of the latus rectum of $\dfrac{x^2}{{{a}}^2} + \dfrac{y^2}{{{p}}^2} = 1$ (to two decimal places).",
        {"a": (4, 9), "p": (1, 3)},
        "2*p**2/a",
        r"At $x = ae$, $y^2 = b^2(1 - e^2) = \dfrac{b^4}{a^2}$, so the latus rectum is $\dfrac{2b^2}{a}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"For every point on $\dfrac{x^2}{16} + \dfrac{y^2}{7} = 1$, the sum of its distances from the two foci is",
        "8",
        [
            ("6", "gives the distance between the foci"),
            ("4", "uses a instead of 2a"),
            r"$2\sqrt7$",
        ],
        r"The sum of the focal distances on an ellipse is the major axis, $2a = 8$.",
    )
    b.tf(
        c,
        "E",
        "The eccentricity of an ellipse that is not a circle satisfies $0 < e < 1$.",
        True,
        r"$e^2 = 1 - \dfrac{b^2}{a^2}$ with $0 < b < a$. A circle has $e = 0$; $e = 1$ is a parabola.",
    )
    b.mcq(
        c,
        "M",
        r"The ellipse with foci $(\pm3, 0)$ and eccentricity $\dfrac12$ is",
        r"$\dfrac{x^2}{36} + \dfrac{y^2}{27} = 1$",
        [
            (r"$\dfrac{x^2}{36} + \dfrac{y^2}{45} = 1$", "adds c² to a² as for a hyperbola"),
            (r"$\dfrac{x^2}{9} + \dfrac{y^2}{27} = 1$", "takes a = c"),
            r"$\dfrac{x^2}{12} + \dfrac{y^2}{3} = 1$",
        ],
        r"$ae = 3$ and $e = \dfrac12$ give $a = 6$; $b^2 = a^2 - a^2e^2 = 36 - 9 = 27$.",
    )
    b.tpl(
        c,
        "H",
        r"The line $y = {{m}}x + c$ ($c > 0$) touches the ellipse $\dfrac{x^2}{{{a}}^2} + \dfrac{y^2}{{{p}}^2} = 1$. Find $c$ (to two decimal places).",
        {"m": (1, 5), "a": (2, 8), "p": (1, 6)},
        "sqrt(a**2*m**2 + p**2)",
        r"$y = mx + c$ is tangent to $\dfrac{x^2}{a^2} + \dfrac{y^2}{b^2} = 1$ iff $c^2 = a^2m^2 + b^2$.",
        tolerance=0.01,
    )

    c = "MATH.COORD.HYPERBOLA"
    b.tpl(
        c,
        "E",
        r"Find the eccentricity of the hyperbola $\dfrac{x^2}{{{a}}^2} - \dfrac{y^2}{{{p}}^2} = 1$ (to three decimal places).",
        {"a": (1, 9), "p": (1, 9)},
        "sqrt(1 + p**2/a**2)",
        r"For a hyperbola $b^2 = a^2(e^2 - 1)$, so $e = \sqrt{1 + \dfrac{b^2}{a^2}}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        r"The asymptotes of $\dfrac{x^2}{16} - \dfrac{y^2}{9} = 1$ are",
        r"$y = \pm\dfrac34x$",
        [
            (r"$y = \pm\dfrac43x$", "inverts the ratio b/a"),
            (r"$y = \pm\dfrac{9}{16}x$", "uses the squares of a and b"),
            r"$x = \pm4$",
        ],
        r"The asymptotes of $\dfrac{x^2}{a^2} - \dfrac{y^2}{b^2} = 1$ are $y = \pm\dfrac bax$.",
    )
    b.mcq(
        c,
        "E",
        "The eccentricity of a rectangular hyperbola is",
        r"$\sqrt2$",
        [
            ("$1$", "confuses the hyperbola with a parabola"),
            (r"$\dfrac{1}{\sqrt2}$", "inverts the value"),
            "$2$",
        ],
        r"A rectangular hyperbola has $a = b$, so $e = \sqrt{1 + 1} = \sqrt2$.",
    )
    b.tf(
        c,
        "E",
        "The eccentricity of every hyperbola is greater than 1.",
        True,
        r"$e^2 = 1 + \dfrac{b^2}{a^2} > 1$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the distance between the foci of $\dfrac{x^2}{{{a}}^2} - \dfrac{y^2}{{{p}}^2} = 1$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9)},
        "2*sqrt(a**2 + p**2)",
        r"The foci are $(\pm ae, 0)$ with $a^2e^2 = a^2 + b^2$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The conjugate hyperbola of $\dfrac{x^2}{a^2} - \dfrac{y^2}{b^2} = 1$ is",
        r"$-\dfrac{x^2}{a^2} + \dfrac{y^2}{b^2} = 1$",
        [
            (r"$\dfrac{x^2}{b^2} - \dfrac{y^2}{a^2} = 1$", "swaps a and b instead of the signs"),
            (r"$\dfrac{x^2}{a^2} + \dfrac{y^2}{b^2} = 1$", "changes the hyperbola into an ellipse"),
            (
                r"$\dfrac{y^2}{a^2} - \dfrac{x^2}{b^2} = 1$",
                "interchanges x and y instead of changing the signs",
            ),
        ],
        r"The conjugate hyperbola has the transverse and conjugate axes interchanged: $\dfrac{x^2}{a^2} - \dfrac{y^2}{b^2} = -1$.",
    )
    b.integer(
        c,
        "H",
        r"If $e$ and $e'$ are the eccentricities of a hyperbola and its conjugate, find $\dfrac{1}{e^2} + \dfrac{1}{e'^2}$.",
        1,
        r"$e^2 = \dfrac{a^2 + b^2}{a^2}$ and $e'^2 = \dfrac{a^2 + b^2}{b^2}$, so the sum is $\dfrac{a^2 + b^2}{a^2 + b^2} = 1$.",
    )


def vectors(b: Bank) -> None:
    c = "MATH.VEC.BASICS"
    b.tpl(
        c,
        "E",
        r"Find the magnitude of ${{a}}\hat i + {{p}}\hat j + {{k}}\hat k$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9)},
        "sqrt(a**2 + p**2 + k**2)",
        r"$|x\hat i + y\hat j + z\hat k| = \sqrt{x^2 + y^2 + z^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"The unit vector in the direction of $3\hat i + 4\hat j$ is",
        r"$\dfrac{3\hat i + 4\hat j}{5}$",
        [
            (r"$3\hat i + 4\hat j$", "forgets to divide by the magnitude"),
            (r"$\dfrac{3\hat i + 4\hat j}{7}$", "divides by the sum of the components"),
            r"$\dfrac{4\hat i + 3\hat j}{5}$",
        ],
        r"$\hat a = \dfrac{\vec a}{|\vec a|}$ and $|\vec a| = 5$.",
    )
    b.tpl(
        c,
        "M",
        r"The vectors ${{a}}\hat i + {{p}}\hat j$ and $\lambda\hat i + {{k}}\hat j$ are collinear. Find $\lambda$ (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 20)},
        "a*k/p",
        r"Collinear vectors have proportional components: $\dfrac{\lambda}{a} = \dfrac{k}{p}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"If $A$ and $B$ have position vectors $\vec a$ and $\vec b$, then $\overrightarrow{AB}$ is",
        r"$\vec b - \vec a$",
        [
            (r"$\vec a - \vec b$", "subtracts in the wrong order"),
            (r"$\dfrac{\vec a + \vec b}{2}$", "gives the position vector of the midpoint"),
            r"$\vec a + \vec b$",
        ],
        r"$\overrightarrow{OA} + \overrightarrow{AB} = \overrightarrow{OB}$, so $\overrightarrow{AB} = \vec b - \vec a$: head minus tail.",
    )
    b.tf(
        c,
        "E",
        "Two vectors of equal magnitude are equal.",
        False,
        r"Equal vectors need the same magnitude and the same direction: $\hat i$ and $\hat j$ both have magnitude 1.",
    )
    b.mcq(
        c,
        "H",
        r"$ABCDEF$ is a regular hexagon. $\overrightarrow{AB} + \overrightarrow{AC} + \overrightarrow{AD} + \overrightarrow{AE} + \overrightarrow{AF}$ equals",
        r"$3\overrightarrow{AD}$",
        [
            (r"$\vec 0$", "thinks vectors around a polygon always cancel"),
            (r"$5\overrightarrow{AD}$", "treats every vector as equal to AD"),
            r"$2\overrightarrow{AD}$",
        ],
        r"By symmetry about $AD$, $\overrightarrow{AB} + \overrightarrow{AF}$ and $\overrightarrow{AC} + \overrightarrow{AE}$ lie along $AD$. $\overrightarrow{AB} + \overrightarrow{AF} = \overrightarrow{AO} = \tfrac12\overrightarrow{AD}$ ($O$ the centre) and $\overrightarrow{AC} + \overrightarrow{AE} = \tfrac32\overrightarrow{AD}$. Total $\left(\tfrac12 + \tfrac32 + 1\right)\overrightarrow{AD} = 3\overrightarrow{AD}$.",
    )
    b.integer(
        c,
        "E",
        r"Find the magnitude of $2\hat i - \hat j + 2\hat k$.",
        3,
        r"$\sqrt{4 + 1 + 4} = 3$.",
    )

    c = "MATH.VEC.DOT"
    b.tpl(
        c,
        "E",
        r"Find $({{a}}\hat i + {{p}}\hat j + {{k}}\hat k) \cdot ({{u}}\hat i + {{v}}\hat j + {{w}}\hat k)$.",
        {"a": (1, 6), "p": (1, 6), "k": (1, 6), "u": (1, 6), "v": (1, 6), "w": (1, 6)},
        "a*u + p*v + k*w",
        r"$\vec a \cdot \vec b = a_1b_1 + a_2b_2 + a_3b_3$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"Find the angle in degrees between ${{a}}\hat i + {{p}}\hat j$ and ${{u}}\hat i + {{v}}\hat j$ (to one decimal place).",
        {"a": (1, 9), "p": (1, 9), "u": (1, 9), "v": (1, 9)},
        "acos(min(1, (a*u + p*v)/(sqrt(a**2 + p**2)*sqrt(u**2 + v**2))))*180/pi",
        r"$\cos\theta = \dfrac{\vec a\cdot\vec b}{|\vec a||\vec b|}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        r"The scalar projection of $\vec a = 2\hat i + 3\hat j$ on $\vec b = \hat i + \hat j$ is",
        r"$\dfrac{5}{\sqrt2}$",
        [
            (r"$\dfrac{5}{\sqrt{13}}$", "divides by |a| instead of |b|"),
            (r"$\dfrac52$", "divides by |b|² and so gives the multiple of b, not the length"),
            "$5$",
        ],
        r"The projection of $\vec a$ on $\vec b$ is $\dfrac{\vec a\cdot\vec b}{|\vec b|} = \dfrac{5}{\sqrt2}$.",
    )
    b.mcq(
        c,
        "E",
        r"$\hat i + \lambda\hat j + \hat k$ is perpendicular to $2\hat i - \hat j + 3\hat k$ when $\lambda$ equals",
        "$5$",
        [
            ("$-5$", "sign error when solving the dot-product equation"),
            ("$1$", "makes the middle components equal"),
            "$0$",
        ],
        r"Perpendicular means the dot product is zero: $2 - \lambda + 3 = 0$.",
    )
    b.tf(
        c,
        "E",
        r"$|\vec a + \vec b|^2 = |\vec a|^2 + |\vec b|^2 + 2\,\vec a\cdot\vec b$ for all vectors $\vec a, \vec b$.",
        True,
        r"$(\vec a + \vec b)\cdot(\vec a + \vec b)$ expands like a square because the dot product is commutative and distributive.",
    )
    b.integer(
        c,
        "M",
        r"If $|\vec a| = 3$, $|\vec b| = 4$ and $|\vec a + \vec b| = 5$, find $|\vec a - \vec b|$.",
        5,
        r"$25 = 9 + 16 + 2\vec a\cdot\vec b$ gives $\vec a\cdot\vec b = 0$, so $|\vec a - \vec b|^2 = 9 + 16 - 0 = 25$.",
    )
    b.mcq(
        c,
        "H",
        r"If $|\vec a + \vec b| = |\vec a| = |\vec b|$ (non-zero vectors), the angle between $\vec a$ and $\vec b$ is",
        r"$120^\circ$",
        [
            (r"$60^\circ$", "drops the minus sign of cos θ"),
            (r"$90^\circ$", "assumes the Pythagorean case"),
            r"$30^\circ$",
        ],
        r"$|\vec a|^2 = 2|\vec a|^2 + 2|\vec a|^2\cos\theta$, so $\cos\theta = -\tfrac12$.",
    )

    c = "MATH.VEC.CROSS"
    b.mcq(
        c,
        "E",
        r"$\hat j \times \hat i$ equals",
        r"$-\hat k$",
        [
            (r"$\hat k$", "treats the cross product as commutative"),
            (r"$0$", "confuses the cross product with the dot product of perpendicular vectors"),
            r"$\hat i$",
        ],
        r"$\hat i \times \hat j = \hat k$ and the cross product is anticommutative.",
    )
    b.tpl(
        c,
        "E",
        r"Find the $\hat k$-component of $({{a}}\hat i + {{p}}\hat j) \times ({{u}}\hat i + {{v}}\hat j)$.",
        {"a": (1, 9), "p": (1, 9), "u": (1, 9), "v": (1, 9)},
        "a*v - p*u",
        r"$\vec a \times \vec b = \begin{vmatrix}\hat i & \hat j & \hat k\\ a & p & 0\\ u & v & 0\end{vmatrix} = (av - pu)\hat k$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"Find the area of the parallelogram with adjacent sides ${{a}}\hat i + {{p}}\hat j + \hat k$ and $\hat i + {{u}}\hat j + {{v}}\hat k$ (to two decimal places).",
        {"a": (1, 5), "p": (1, 5), "u": (1, 5), "v": (1, 5)},
        "sqrt((p*v - u)**2 + (1 - a*v)**2 + (a*u - p)**2)",
        r"Area $= |\vec a \times \vec b|$ with $\vec a \times \vec b = (pv - u)\hat i + (1 - av)\hat j + (au - p)\hat k$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A unit vector perpendicular to both $\hat i + \hat j$ and $\hat j + \hat k$ is",
        r"$\dfrac{\hat i - \hat j + \hat k}{\sqrt3}$",
        [
            (
                r"$\dfrac{\hat i + \hat j + \hat k}{\sqrt3}$",
                "sign slip in the middle component of the cross product",
            ),
            (r"$\hat i - \hat j + \hat k$", "forgets to normalise"),
            r"$\dfrac{\hat i + 2\hat j + \hat k}{\sqrt6}$",
        ],
        r"$(\hat i + \hat j) \times (\hat j + \hat k) = \hat i - \hat j + \hat k$, of magnitude $\sqrt3$.",
    )
    b.tf(
        c,
        "E",
        r"$\vec a \times \vec a = \vec 0$ for every vector $\vec a$.",
        True,
        r"$|\vec a \times \vec a| = |\vec a|^2\sin 0 = 0$.",
    )
    b.mcq(
        c,
        "M",
        r"If $|\vec a| = 2$, $|\vec b| = 5$ and $\vec a \cdot \vec b = 6$, then $|\vec a \times \vec b|$ equals",
        "8",
        [
            ("4", "subtracts before squaring: 10 − 6"),
            ("64", "forgets the square root"),
            r"$\sqrt{136}$",
        ],
        r"$|\vec a \times \vec b|^2 + (\vec a\cdot\vec b)^2 = |\vec a|^2|\vec b|^2$ (Lagrange's identity): $100 - 36 = 64$.",
    )
    b.mcq(
        c,
        "H",
        r"The diagonals of a parallelogram are $3\hat i + \hat j - 2\hat k$ and $\hat i - 3\hat j + 4\hat k$. Its area is",
        r"$5\sqrt3$",
        [
            (r"$10\sqrt3$", "forgets the factor ½ when the diagonals are given"),
            (r"$\dfrac{5\sqrt3}{2}$", "halves twice"),
            r"$20\sqrt3$",
        ],
        r"With diagonals $\vec d_1, \vec d_2$ the area is $\tfrac12|\vec d_1 \times \vec d_2|$; $\vec d_1 \times \vec d_2 = -2\hat i - 14\hat j - 10\hat k$, of magnitude $\sqrt{300} = 10\sqrt3$.",
    )

    c = "MATH.VEC.TRIPLE"
    b.tpl(
        c,
        "M",
        r"Find $[\vec a\ \vec b\ \vec c]$ for $\vec a = \hat i + {{p}}\hat j$, $\vec b = \hat j + {{q}}\hat k$, $\vec c = {{r}}\hat i + \hat k$.",
        {"p": (1, 6), "q": (1, 6), "r": (1, 6)},
        "1 + p*q*r",
        r"$[\vec a\ \vec b\ \vec c] = \begin{vmatrix} 1 & p & 0 \\ 0 & 1 & q \\ r & 0 & 1 \end{vmatrix} = 1(1 - 0) - p(0 - qr) + 0 = 1 + pqr$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"For non-zero vectors, $[\vec a\ \vec b\ \vec c] = 0$ means that $\vec a, \vec b, \vec c$ are",
        "coplanar",
        [
            ("mutually perpendicular", "confuses a zero box product with zero dot products"),
            ("of equal magnitude", "thinks the product compares lengths"),
            "all parallel to the same axis",
        ],
        r"$|[\vec a\ \vec b\ \vec c]|$ is the volume of the parallelepiped on the three vectors, which is zero exactly when they lie in one plane.",
    )
    b.mcq(
        c,
        "E",
        r"If $[\vec a\ \vec b\ \vec c] = 5$, then $[\vec b\ \vec c\ \vec a]$ equals",
        "5",
        [
            ("$-5$", "thinks any reordering changes the sign"),
            ("15", "adds the three cyclic values"),
            "0",
        ],
        r"A cyclic permutation leaves the box product unchanged; swapping two vectors changes its sign.",
    )
    b.tpl(
        c,
        "M",
        r"Find $\lambda$ for which $\hat i + \hat j + \hat k$, $\hat i + 2\hat j + 3\hat k$ and $2\hat i + \lambda\hat j + {{k}}\hat k$ are coplanar.",
        {"k": (2, 20, 2)},
        "(k + 2)/2",
        r"$\begin{vmatrix} 1 & 1 & 1 \\ 1 & 2 & 3 \\ 2 & \lambda & k \end{vmatrix} = (2k - 3\lambda) - (k - 6) + (\lambda - 4) = k - 2\lambda + 2 = 0$.",
        integer=True,
    )
    b.tpl(
        c,
        "E",
        r"Find the volume of the tetrahedron with edges ${{a}}\hat i$, ${{p}}\hat j$ and ${{k}}\hat k$ from one vertex (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9)},
        "a*p*k/6",
        r"The tetrahedron on $\vec a, \vec b, \vec c$ has volume $\tfrac16|[\vec a\ \vec b\ \vec c]|$, here $\tfrac16 apk$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        r"$\vec a\cdot(\vec b \times \vec c) = (\vec a \times \vec b)\cdot\vec c$.",
        True,
        r"Both equal the determinant of the components of $\vec a, \vec b, \vec c$: dot and cross can be interchanged in a box product.",
    )
    b.mcq(
        c,
        "H",
        r"$[\vec a + \vec b\ \ \vec b + \vec c\ \ \vec c + \vec a]$ equals",
        r"$2[\vec a\ \vec b\ \vec c]$",
        [
            ("$0$", "thinks the three sums are always coplanar"),
            (r"$[\vec a\ \vec b\ \vec c]$", "keeps only one of the two surviving terms"),
            r"$3[\vec a\ \vec b\ \vec c]$",
        ],
        r"Expanding, every term with a repeated vector vanishes; the survivors are $[\vec a\ \vec b\ \vec c] + [\vec b\ \vec c\ \vec a] = 2[\vec a\ \vec b\ \vec c]$.",
    )


def three_d(b: Bank) -> None:
    c = "MATH.GEO3D.COORDS"
    b.tpl(
        c,
        "E",
        r"Find the distance between $({{a}}, {{p}}, {{k}})$ and $({{u}}, {{v}}, {{w}})$ (to two decimal places).",
        {"a": (-5, 0), "p": (-5, 5), "k": (-5, 5), "u": (1, 6), "v": (-5, 5), "w": (-5, 5)},
        "sqrt((u - a)**2 + (v - p)**2 + (w - k)**2)",
        r"$d = \sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2 + (z_2 - z_1)^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The direction cosines of a line with direction ratios 1, 2, 2 are",
        r"$\dfrac13, \dfrac23, \dfrac23$",
        [
            ("1, 2, 2", "uses the direction ratios as direction cosines"),
            (
                r"$\dfrac15, \dfrac25, \dfrac25$",
                "divides by the sum of the ratios instead of the root of the sum of squares",
            ),
            r"$\dfrac{1}{\sqrt3}, \dfrac{1}{\sqrt3}, \dfrac{1}{\sqrt3}$",
        ],
        r"Divide each ratio by $\sqrt{1^2 + 2^2 + 2^2} = 3$; then $l^2 + m^2 + n^2 = 1$.",
    )
    b.mcq(
        c,
        "M",
        r"A line makes angles $\alpha, \beta, \gamma$ with the coordinate axes. Then $\sin^2\alpha + \sin^2\beta + \sin^2\gamma$ equals",
        "2",
        [
            ("1", "applies the direction-cosine identity to sines"),
            ("3", "takes each sine squared to be 1"),
            "0",
        ],
        r"$\cos^2\alpha + \cos^2\beta + \cos^2\gamma = 1$, so $\sum\sin^2 = 3 - 1 = 2$.",
    )
    b.tpl(
        c,
        "H",
        r"The $xy$-plane divides the segment joining $(1, 2, {{p}})$ and $(3, 4, -{{q}})$ in the ratio $\lambda : 1$. Find $\lambda$ (to two decimal places).",
        {"p": (1, 9), "q": (1, 9)},
        "p/q",
        r"The dividing point has $z = \dfrac{\lambda(-q) + p}{\lambda + 1} = 0$, so $\lambda = \dfrac pq$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        r"Some line makes angles of $45^\circ$, $60^\circ$ and $45^\circ$ with the $x$-, $y$- and $z$-axes.",
        False,
        r"Direction cosines satisfy $l^2 + m^2 + n^2 = 1$, but $\tfrac12 + \tfrac14 + \tfrac12 = \tfrac54$.",
    )
    b.integer(
        c,
        "M",
        r"A line has direction cosines $\dfrac{1}{\sqrt2}, \dfrac12, n$ with $n > 0$. Find the angle in degrees that it makes with the $z$-axis.",
        60,
        r"$n^2 = 1 - \tfrac12 - \tfrac14 = \tfrac14$, so $n = \tfrac12 = \cos 60^\circ$.",
    )

    c = "MATH.GEO3D.LINES"
    b.mcq(
        c,
        "E",
        r"The line through $(1, 2, 3)$ parallel to $2\hat i - \hat j + 4\hat k$ is",
        r"$\dfrac{x - 1}{2} = \dfrac{y - 2}{-1} = \dfrac{z - 3}{4}$",
        [
            (
                r"$\dfrac{x - 2}{1} = \dfrac{y + 1}{2} = \dfrac{z - 4}{3}$",
                "swaps the point and the direction",
            ),
            (
                r"$\dfrac{x + 1}{2} = \dfrac{y + 2}{-1} = \dfrac{z + 3}{4}$",
                "sign error in the coordinates of the point",
            ),
            r"$\dfrac{x - 1}{2} = \dfrac{y - 2}{1} = \dfrac{z - 3}{4}$",
        ],
        r"$\dfrac{x - x_1}{a} = \dfrac{y - y_1}{b} = \dfrac{z - z_1}{c}$ with the point $(x_1, y_1, z_1)$ and direction ratios $a, b, c$.",
    )
    b.tpl(
        c,
        "M",
        r"Find the acute angle in degrees between lines with direction ratios ${{a}}, {{p}}, {{k}}$ and ${{u}}, {{v}}, {{w}}$ (to one decimal place).",
        {"a": (1, 5), "p": (1, 5), "k": (1, 5), "u": (1, 5), "v": (-5, -1), "w": (1, 5)},
        "acos(min(1, abs(a*u + p*v + k*w)/(sqrt(a**2 + p**2 + k**2)*sqrt(u**2 + v**2 + w**2))))*180/pi",
        r"$\cos\theta = \dfrac{|a_1a_2 + b_1b_2 + c_1c_2|}{\sqrt{a_1^2 + b_1^2 + c_1^2}\sqrt{a_2^2 + b_2^2 + c_2^2}}$; the modulus gives the acute angle.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        r"The lines $\dfrac{x - 1}{2} = \dfrac{y + 1}{3} = \dfrac{z}{k}$ and $\dfrac{x}{1} = \dfrac{y}{2} = \dfrac{z}{3}$ are perpendicular when $k$ equals",
        r"$-\dfrac83$",
        [
            (r"$\dfrac83$", "sign error when solving the dot-product equation"),
            ("$-3$", "uses only part of the dot product"),
            "$-2$",
        ],
        r"Perpendicular directions: $2 \cdot 1 + 3 \cdot 2 + k \cdot 3 = 0$, so $k = -\dfrac83$.",
    )
    b.tf(
        c,
        "E",
        "Two lines in space that are not parallel must intersect.",
        False,
        r"In space, non-parallel lines may be skew: the $x$-axis and the line $z = 1$, $x = 0$ (parallel to the $y$-axis) never meet.",
    )
    b.tpl(
        c,
        "E",
        r"Find the distance of the point $({{a}}, {{p}}, {{k}})$ from the $x$-axis (to two decimal places).",
        {"a": (1, 9), "p": (1, 9), "k": (1, 9)},
        "sqrt(p**2 + k**2)",
        r"The foot of the perpendicular on the $x$-axis is $(a, 0, 0)$, so the distance is $\sqrt{y^2 + z^2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The line $\dfrac{x - 1}{2} = \dfrac{y - 2}{3} = \dfrac{z - 3}{4}$ meets the $xy$-plane at",
        r"$\left(-\dfrac12, -\dfrac14, 0\right)$",
        [
            (r"$(1, 2, 0)$", "drops the z-coordinate of the given point"),
            (
                r"$\left(\dfrac52, \dfrac{17}{4}, 0\right)$",
                "moves along the line in the wrong direction",
            ),
            r"$(-1, -1, 0)$",
        ],
        r"The general point is $(1 + 2t, 2 + 3t, 3 + 4t)$; $z = 0$ at $t = -\dfrac34$.",
    )

    c = "MATH.GEO3D.SKEW"
    b.mcq(
        c,
        "E",
        "Skew lines are lines that",
        "are neither parallel nor intersecting",
        [
            ("are perpendicular", "thinks skew means perpendicular"),
            ("intersect at an acute angle", "thinks skew means oblique"),
            "are parallel but lie in different planes",
        ],
        r"Skew lines exist only in space: they do not lie in one plane, so they neither meet nor are parallel.",
    )
    b.mcq(
        c,
        "M",
        r"The shortest distance between the skew lines $\vec r = \vec a_1 + \lambda\vec b_1$ and $\vec r = \vec a_2 + \mu\vec b_2$ is",
        r"$\dfrac{\left|(\vec a_2 - \vec a_1)\cdot(\vec b_1 \times \vec b_2)\right|}{|\vec b_1 \times \vec b_2|}$",
        [
            (
                r"$\dfrac{\left|(\vec a_2 - \vec a_1) \times \vec b_1\right|}{|\vec b_1|}$",
                "uses the formula for parallel lines",
            ),
            (
                r"$\left|(\vec a_2 - \vec a_1)\cdot(\vec b_1 \times \vec b_2)\right|$",
                "forgets to divide by |b₁ × b₂|",
            ),
            (r"$|\vec a_2 - \vec a_1|$", "takes the distance between the two given points"),
        ],
        r"The common perpendicular is along $\vec b_1 \times \vec b_2$; the shortest distance is the projection of $\vec a_2 - \vec a_1$ on it.",
    )
    b.tpl(
        c,
        "H",
        r"Find the shortest distance between the $x$-axis and the line through $(0, {{p}}, {{q}})$ with direction $\hat j + \hat k$ (to two decimal places).",
        {"p": (1, 4), "q": (5, 9)},
        "abs(q - p)/sqrt(2)",
        r"$\vec b_1 \times \vec b_2 = \hat i \times (\hat j + \hat k) = -\hat j + \hat k$ and $\vec a_2 - \vec a_1 = p\hat j + q\hat k$, so $d = \dfrac{|q - p|}{\sqrt2}$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        r"The distance between the parallel lines $\vec r = \vec a_1 + \lambda\vec b$ and $\vec r = \vec a_2 + \mu\vec b$ is $\dfrac{|(\vec a_2 - \vec a_1) \times \vec b|}{|\vec b|}$.",
        True,
        r"It is the distance of a point of one line from the other: the component of $\vec a_2 - \vec a_1$ perpendicular to $\vec b$.",
    )
    b.mcq(
        c,
        "H",
        r"The shortest distance between $\dfrac{x - 1}{2} = \dfrac{y - 2}{3} = \dfrac{z - 3}{4}$ and $\dfrac{x - 2}{3} = \dfrac{y - 4}{4} = \dfrac{z - 5}{5}$ is",
        r"$\dfrac{1}{\sqrt6}$",
        [
            ("$1$", "forgets to divide by |b₁ × b₂|"),
            ("$0$", "assumes the lines intersect"),
            r"$\sqrt6$",
        ],
        r"$\vec a_2 - \vec a_1 = (1, 2, 2)$ and $\vec b_1 \times \vec b_2 = (-1, 2, -1)$. The dot product is $1$ and $|\vec b_1 \times \vec b_2| = \sqrt6$.",
    )
    b.mcq(
        c,
        "M",
        r"Two non-parallel lines $\vec r = \vec a_1 + \lambda\vec b_1$ and $\vec r = \vec a_2 + \mu\vec b_2$ intersect exactly when",
        r"$(\vec a_2 - \vec a_1)\cdot(\vec b_1 \times \vec b_2) = 0$",
        [
            (r"$\vec b_1 \cdot \vec b_2 = 0$", "confuses intersecting with perpendicular"),
            (r"$\vec b_1 \times \vec b_2 = \vec 0$", "gives the condition for parallel lines"),
            r"$\vec a_1 \cdot \vec a_2 = 0$",
        ],
        r"They intersect iff they are coplanar, i.e. the shortest distance $\dfrac{|(\vec a_2 - \vec a_1)\cdot(\vec b_1\times\vec b_2)|}{|\vec b_1\times\vec b_2|}$ is zero.",
    )


def statistics(b: Bank) -> None:
    c = "MATH.STATS.CENTRAL"
    b.tpl(
        c,
        "E",
        "The mean of {{n}} observations is {{m}}. An observation {{x}} is added. Find the new mean (to two decimal places).",
        {"n": (5, 30), "m": (10, 50), "x": (0, 100, 5)},
        "(n*m + x)/(n + 1)",
        r"The new total is $nm + x$ and there are $n + 1$ observations.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The median of 3, 8, 1, 9, 5, 12 is",
        "6.5",
        [
            ("5", "takes the middle values of the list without sorting it"),
            (r"$\dfrac{19}{3}$", "computes the mean instead of the median"),
            "8",
        ],
        r"Sorted: 1, 3, 5, 8, 9, 12. With six values the median is the mean of the 3rd and 4th: $\dfrac{5 + 8}{2} = 6.5$.",
    )
    b.tpl(
        c,
        "M",
        "A class has {{n1}} boys with mean mark {{m1}} and {{n2}} girls with mean mark {{m2}}. Find the mean mark of the whole class (to two decimal places).",
        {"n1": (10, 40), "m1": (40, 80), "n2": (10, 40), "m2": (40, 80)},
        "(n1*m1 + n2*m2)/(n1 + n2)",
        r"Combined mean $= \dfrac{n_1\bar x_1 + n_2\bar x_2}{n_1 + n_2}$, a weighted average, not the plain average of the two means.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The mean of a data set is 10. Each observation is multiplied by 3 and then 5 is added. The new mean is",
        "35",
        [
            ("30", "forgets to add the shift"),
            ("15", "forgets to apply the scaling"),
            "45",
        ],
        r"For $y = ax + b$: $\bar y = a\bar x + b = 3 \cdot 10 + 5$.",
    )
    b.tf(
        c,
        "M",
        r"For grouped data, the mode is $l + \dfrac{f_1 - f_0}{2f_1 - f_0 - f_2}\,h$, where $l$ is the lower limit of the modal class, $f_1$ its frequency, $f_0$ and $f_2$ the frequencies of the classes before and after it, and $h$ the class width.",
        True,
        r"This is the standard interpolation formula for the mode of a grouped frequency distribution.",
    )
    b.mcq(
        c,
        "M",
        "For a moderately skewed distribution the mean is 20 and the median is 22. By the empirical relation, the mode is about",
        "26",
        [
            ("16", "swaps the mean and the median in the relation"),
            ("21", "averages the mean and the median"),
            "24",
        ],
        r"Mode $\approx 3\,\text{median} - 2\,\text{mean} = 66 - 40 = 26$.",
    )
    b.numeric(
        c,
        "H",
        r"Find the median (to two decimal places) of the distribution with classes 0-10, 10-20, 20-30, 30-40, 40-50 and frequencies 5, 8, 12, 10, 5.",
        25.8333333333,
        0.01,
        r"$N = 40$, $N/2 = 20$. Cumulative frequencies 5, 13, 25, ... put the median in 20-30: $20 + \dfrac{20 - 13}{12} \times 10 \approx 25.83$.",
    )

    c = "MATH.STATS.DISPERSION"
    b.tpl(
        c,
        "M",
        "Find the variance of the first {{n}} natural numbers (to two decimal places).",
        {"n": (3, 50)},
        "(n**2 - 1)/12",
        r"$\sigma^2 = \dfrac{\sum k^2}{n} - \left(\dfrac{\sum k}{n}\right)^2 = \dfrac{(n+1)(2n+1)}{6} - \dfrac{(n+1)^2}{4} = \dfrac{n^2 - 1}{12}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "If 5 is added to every observation, the variance",
        "does not change",
        [
            ("increases by 5", "thinks shifting the data changes its spread"),
            ("increases by 25", "squares the shift"),
            "doubles",
        ],
        r"Every deviation from the mean is unchanged by a shift, so the variance is too.",
    )
    b.mcq(
        c,
        "M",
        "The standard deviation of 2, 4, 6, 8, 10 is",
        r"$2\sqrt2$",
        [
            ("8", "gives the variance instead of the standard deviation"),
            (r"$\sqrt{10}$", "divides by n − 1 instead of n"),
            "2",
        ],
        r"Mean 6; squared deviations 16, 4, 0, 4, 16 sum to 40; variance $40/5 = 8$; SD $= \sqrt8 = 2\sqrt2$.",
    )
    b.tpl(
        c,
        "M",
        "A data set has standard deviation {{s}}. Each observation is multiplied by {{k}} and then {{c}} is added. Find the new variance.",
        {"s": (1, 9), "k": (2, 6), "c": (1, 20)},
        "k**2 * s**2",
        r"For $y = kx + c$: $\sigma_y = |k|\sigma_x$, so the variance becomes $k^2\sigma^2$. Adding $c$ changes nothing.",
        integer=True,
    )
    b.tf(
        c,
        "E",
        "The variance of a data set can be negative.",
        False,
        r"It is a mean of squares $\dfrac1n\sum(x_i - \bar x)^2 \ge 0$, and zero only when all observations are equal.",
    )
    b.mcq(
        c,
        "M",
        "The mean deviation about the mean of 1, 3, 5, 7, 9 is",
        "2.4",
        [
            ("0", "forgets the absolute values, so the deviations cancel"),
            ("8", "gives the variance"),
            "2",
        ],
        r"Mean 5; absolute deviations 4, 2, 0, 2, 4 sum to 12; $12/5 = 2.4$.",
    )
    b.tpl(
        c,
        "H",
        "Ten observations have mean {{m}}, and the sum of their squares is {{q}}. Find their standard deviation (to two decimal places).",
        {"m": (2, 6), "q": (400, 600, 10)},
        "sqrt(q/10 - m**2)",
        r"$\sigma^2 = \dfrac{\sum x_i^2}{n} - \bar x^2$.",
        tolerance=0.01,
    )


def probability(b: Bank) -> None:
    c = "MATH.PROB.BASICS"
    b.tpl(
        c,
        "E",
        "A bag has {{r}} red and {{k}} blue balls. One ball is drawn at random. Find the probability that it is red (to three decimal places).",
        {"r": (1, 20), "k": (1, 20)},
        "r/(r + k)",
        r"All balls are equally likely: $P = \dfrac{\text{favourable}}{\text{total}}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "E",
        "Two fair dice are thrown. The probability that the sum is 7 is",
        r"$\dfrac16$",
        [
            (r"$\dfrac{1}{11}$", "treats the 11 possible sums as equally likely"),
            (r"$\dfrac{7}{36}$", "uses the sum itself as the number of favourable outcomes"),
            r"$\dfrac{1}{12}$",
        ],
        r"Of the 36 equally likely ordered pairs, six give 7: $(1,6), (2,5), \dots, (6,1)$.",
    )
    b.mcq(
        c,
        "E",
        r"If $P(A) = 0.5$, $P(B) = 0.4$ and $P(A \cap B) = 0.2$, then $P(A \cup B)$ is",
        "0.7",
        [
            ("0.9", "adds the probabilities without subtracting the overlap"),
            ("0.2", "gives the probability of the intersection"),
            "0.5",
        ],
        r"Addition theorem: $P(A \cup B) = 0.5 + 0.4 - 0.2$.",
    )
    b.tpl(
        c,
        "M",
        "A bag has {{r}} red and {{k}} blue balls. Two balls are drawn at random without replacement. Find the probability that both are red (to three decimal places).",
        {"r": (2, 12), "k": (1, 12)},
        "r*(r - 1)/((r + k)*(r + k - 1))",
        r"$P = \dfrac{{}^rC_2}{{}^{r+k}C_2} = \dfrac{r(r-1)}{(r+k)(r+k-1)}$.",
        tolerance=0.001,
    )
    b.tf(
        c,
        "M",
        "Two mutually exclusive events, each with positive probability, are independent.",
        False,
        r"Independence needs $P(A \cap B) = P(A)P(B) > 0$, but mutually exclusive events have $P(A \cap B) = 0$.",
    )
    b.mcq(
        c,
        "E",
        "A fair coin is tossed 3 times. The probability of at least one head is",
        r"$\dfrac78$",
        [
            (r"$\dfrac38$", "counts exactly one head instead of at least one"),
            (r"$\dfrac12$", "uses the probability for a single toss"),
            r"$\dfrac18$",
        ],
        r"$P(\text{at least one head}) = 1 - P(\text{no head}) = 1 - \dfrac18$.",
    )
    b.mcq(
        c,
        "H",
        "A number is chosen at random from 1 to 100. The probability that it is divisible by 3 or by 5 is",
        r"$\dfrac{47}{100}$",
        [
            (r"$\dfrac{53}{100}$", "adds the two counts without removing the multiples of 15"),
            (r"$\dfrac{8}{15}$", "adds 1/3 and 1/5, which ignores both the range and the overlap"),
            r"$\dfrac{6}{100}$",
        ],
        r"33 multiples of 3, 20 of 5 and 6 of 15: $\dfrac{33 + 20 - 6}{100}$.",
    )

    b.msq(
        c,
        "M",
        r"$A$ and $B$ are mutually exclusive with $P(A) = 0.3$ and $P(B) = 0.5$. Which statements are true?",
        [
            (r"$P(A \cup B) = 0.8$", True),
            (r"$P(A \cap B) = 0$", True),
            (r"$P(A') = 0.7$", True),
            (r"$P(A \cap B) = 0.15$", False, "treats mutually exclusive events as independent"),
        ],
        r"Mutually exclusive means $A \cap B = \varnothing$, so $P(A \cup B) = P(A) + P(B)$. $P(A') = 1 - P(A)$.",
    )

    c = "MATH.PROB.CONDITIONAL"
    b.tpl(
        c,
        "E",
        r"If $P(A \cap B) = {{p}}$ and $P(B) = {{q}}$, find $P(A \mid B)$ (to three decimal places).",
        {"p": (0.05, 0.25, 0.05), "q": (0.3, 0.9, 0.1)},
        "p/q",
        r"$P(A \mid B) = \dfrac{P(A \cap B)}{P(B)}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "Two cards are drawn one after the other without replacement from a standard pack of 52. The probability that both are aces is",
        r"$\dfrac{1}{221}$",
        [
            (r"$\dfrac{1}{169}$", "treats the draws as with replacement"),
            (r"$\dfrac{2}{13}$", "adds the probabilities of the two draws"),
            r"$\dfrac{1}{26}$",
        ],
        r"Multiplication theorem: $\dfrac{4}{52} \cdot \dfrac{3}{51} = \dfrac{1}{221}$.",
    )
    b.mcq(
        c,
        "E",
        r"$A$ and $B$ are independent with $P(A) = 0.3$ and $P(B) = 0.4$. Then $P(A \cup B)$ is",
        "0.58",
        [
            ("0.7", "ignores the overlap"),
            ("0.12", "gives the probability of both"),
            "0.42",
        ],
        r"$P(A \cup B) = 0.3 + 0.4 - 0.3 \times 0.4 = 0.58$.",
    )
    b.tf(
        c,
        "M",
        r"If $A$ and $B$ are independent, then so are their complements $A'$ and $B'$.",
        True,
        r"$P(A' \cap B') = 1 - P(A \cup B) = 1 - P(A) - P(B) + P(A)P(B) = (1 - P(A))(1 - P(B))$.",
    )
    b.mcq(
        c,
        "H",
        "A family has two children. Given that at least one is a boy, the probability that both are boys is",
        r"$\dfrac13$",
        [
            (r"$\dfrac12$", "assumes the other child is unaffected by the condition"),
            (r"$\dfrac14$", "ignores the condition"),
            r"$\dfrac23$",
        ],
        r"The condition leaves BB, BG, GB, equally likely; only BB has two boys.",
    )
    b.tpl(
        c,
        "M",
        "Two independent events have probabilities {{p}} and {{q}}. Find the probability that at least one of them happens (to three decimal places).",
        {"p": (0.1, 0.9, 0.1), "q": (0.1, 0.9, 0.1)},
        "1 - (1 - p)*(1 - q)",
        r"$P(\text{at least one}) = 1 - P(\text{neither}) = 1 - (1 - p)(1 - q)$.",
        tolerance=0.001,
    )

    c = "MATH.PROB.BAYES"
    b.mcq(
        c,
        "M",
        "Urn I has 3 red and 2 black balls; urn II has 2 red and 3 black. An urn is chosen at random and a ball drawn from it is red. The probability that urn I was chosen is",
        r"$\dfrac35$",
        [
            (r"$\dfrac12$", "ignores the evidence of the red ball"),
            (r"$\dfrac{3}{10}$", "gives P(urn I and red) instead of the conditional probability"),
            r"$\dfrac25$",
        ],
        r"$P(\text{I} \mid R) = \dfrac{\tfrac12 \cdot \tfrac35}{\tfrac12 \cdot \tfrac35 + \tfrac12 \cdot \tfrac25} = \dfrac35$.",
    )
    b.tpl(
        c,
        "H",
        "A disease affects a fraction {{p}} of a population. A test detects it with probability {{s}} and gives a false positive with probability {{f}}. A person tests positive. Find the probability that the person has the disease (to three decimal places).",
        {"p": (0.01, 0.1, 0.01), "s": (0.9, 0.99, 0.01), "f": (0.01, 0.1, 0.01)},
        "p*s/(p*s + (1 - p)*f)",
        r"Bayes' theorem: $P(D \mid +) = \dfrac{P(D)P(+ \mid D)}{P(D)P(+ \mid D) + P(D')P(+ \mid D')}$. A rare disease keeps this surprisingly small.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "E",
        "Machine A makes 60% of a factory's bolts, 2% of them defective; machine B makes the rest, 5% of them defective. The probability that a random bolt is defective is",
        "0.032",
        [
            ("0.035", "averages the two defect rates without weighting"),
            ("0.07", "adds the two defect rates"),
            "0.02",
        ],
        r"Total probability: $0.6 \times 0.02 + 0.4 \times 0.05 = 0.012 + 0.020 = 0.032$.",
    )
    b.tpl(
        c,
        "M",
        "Machine A makes {{a}}% of the items with a defect rate of {{p}}%; machine B makes the rest with a defect rate of {{q}}%. What percentage of all items is defective? (to two decimal places)",
        {"a": (10, 90, 5), "p": (1, 9), "q": (1, 9)},
        "(a*p + (100 - a)*q)/100",
        r"Law of total probability: $P(D) = P(A)P(D \mid A) + P(B)P(D \mid B)$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        "In Bayes' theorem, the posterior probabilities of a set of mutually exclusive and exhaustive hypotheses add up to 1.",
        True,
        r"They share the denominator $P(E) = \sum P(H_i)P(E \mid H_i)$, which is the sum of their numerators.",
    )
    b.mcq(
        c,
        "H",
        r"A student knows the answer to a multiple-choice question (4 options) with probability $\dfrac34$ and otherwise guesses. Given that the answer is correct, the probability that the student knew it is",
        r"$\dfrac{12}{13}$",
        [
            (r"$\dfrac34$", "ignores the evidence of the correct answer"),
            (r"$\dfrac{13}{16}$", "gives the probability of a correct answer"),
            r"$\dfrac{1}{13}$",
        ],
        r"$\dfrac{\tfrac34 \cdot 1}{\tfrac34 \cdot 1 + \tfrac14 \cdot \tfrac14} = \dfrac{3/4}{13/16} = \dfrac{12}{13}$.",
    )

    c = "MATH.PROB.RANDOM_VARIABLES"
    b.tpl(
        c,
        "M",
        r"$X$ is binomial with $n = {{n}}$ and $p = {{p}}$. Find the variance of $X$ (to two decimal places).",
        {"n": (5, 50), "p": (0.1, 0.9, 0.1)},
        "n*p*(1 - p)",
        r"For $B(n, p)$: mean $np$, variance $npq$ with $q = 1 - p$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"$P(X = x) = kx$ for $x = 1, 2, 3, 4$ (and 0 otherwise). Then $k$ is",
        r"$\dfrac{1}{10}$",
        [
            (r"$\dfrac14$", "makes each probability equal"),
            ("$10$", "inverts the condition that the probabilities sum to 1"),
            r"$\dfrac{1}{24}$",
        ],
        r"The probabilities add up to 1: $k(1 + 2 + 3 + 4) = 10k = 1$.",
    )
    b.mcq(
        c,
        "M",
        "$X$ is the number shown by a fair die. The variance of $X$ is",
        r"$\dfrac{35}{12}$",
        [
            (r"$\dfrac{91}{6}$", "gives E(X²) without subtracting the square of the mean"),
            (r"$\dfrac72$", "gives the mean"),
            r"$\dfrac{49}{4}$",
        ],
        r"$E(X) = \dfrac72$, $E(X^2) = \dfrac{91}{6}$; $\operatorname{Var}X = \dfrac{91}{6} - \dfrac{49}{4} = \dfrac{35}{12}$.",
    )
    b.tpl(
        c,
        "H",
        r"$X$ is binomial with $n = {{n}}$ and $p = {{p}}$. Find $P(X = 2)$ (to three decimal places).",
        {"n": (4, 10), "p": (0.1, 0.5, 0.1)},
        "n*(n - 1)/2 * p**2 * (1 - p)**(n - 2)",
        r"$P(X = r) = {}^nC_r\,p^rq^{n-r}$ with $r = 2$.",
        tolerance=0.001,
    )
    b.tf(
        c,
        "E",
        "For a binomial distribution with $0 < p < 1$, the mean is greater than the variance.",
        True,
        r"$npq = np(1 - p) < np$.",
    )
    b.integer(
        c,
        "M",
        "A binomial random variable has mean 4 and variance 2. Find the number of trials $n$.",
        8,
        r"$q = \dfrac{npq}{np} = \dfrac12$, so $p = \dfrac12$ and $n = \dfrac{4}{1/2} = 8$.",
    )
    b.mcq(
        c,
        "H",
        r"$X$ is the number of heads in 3 tosses of a fair coin. $E(X^2)$ equals",
        "3",
        [
            (r"$\dfrac94$", "squares the mean: takes E(X²) = (E X)²"),
            (r"$\dfrac34$", "gives the variance"),
            r"$\dfrac32$",
        ],
        r"$E(X^2) = \operatorname{Var}X + (EX)^2 = \dfrac34 + \dfrac94 = 3$.",
    )
