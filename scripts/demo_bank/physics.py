"""Demo bank: Physics (JEE Main). Constants are stated in each item where they are needed."""

from __future__ import annotations

from bank import Bank

NAME = "physics"


def build(b: Bank) -> None:
    units(b)
    kinematics(b)
    laws_of_motion(b)
    work_energy(b)
    rotation(b)
    gravitation(b)
    properties(b)
    thermodynamics(b)
    kinetic_theory(b)
    oscillations(b)
    waves(b)
    electrostatics(b)
    current(b)
    magnetism(b)
    induction(b)
    em_waves(b)
    optics(b)
    modern(b)
    semiconductors(b)
    experiments(b)


def units(b: Bank) -> None:
    c = "PHY.UNITS.SI_DIMENSIONS"
    b.mcq(
        c,
        "E",
        r"The dimensional formula of Planck's constant $h$ (from $E = h\nu$) is",
        r"$[ML^2T^{-1}]$",
        [
            (r"$[ML^2T^{-2}]$", "confuses the dimensions of h with those of energy"),
            (r"$[MLT^{-1}]$", "confuses the dimensions of h with those of linear momentum"),
            r"$[ML^2T^{-3}]$",
        ],
        r"$h = E/\nu$, so $[h] = [ML^2T^{-2}]/[T^{-1}] = [ML^2T^{-1}]$, the same as angular momentum.",
    )
    b.mcq(
        c,
        "M",
        "Which pair of physical quantities has the same dimensions?",
        "Torque and work",
        [
            ("Impulse and force", "forgets that impulse is force multiplied by time"),
            ("Pressure and force", "forgets that pressure is force per unit area"),
            ("Angular momentum and linear momentum", "treats rotational analogues as identical"),
        ],
        r"Torque $= rF$ and work $= Fs$ are both $[ML^2T^{-2}]$, though torque is a vector and work a scalar.",
    )
    b.integer(
        c,
        "M",
        r"The dimensional formula of the universal gravitational constant $G$ is $[M^{-1}L^{a}T^{-2}]$. Find $a$.",
        3,
        r"From $F = Gm_1m_2/r^2$: $[G] = [MLT^{-2}][L^2]/[M^2] = [M^{-1}L^3T^{-2}]$, so $a = 3$.",
    )
    b.tf(
        c,
        "E",
        "A dimensionally consistent equation is necessarily physically correct.",
        False,
        r"Dimensional analysis cannot detect wrong dimensionless factors: $s = ut + at^2$ is dimensionally consistent but wrong (the correct term is $\tfrac12 at^2$).",
    )

    c = "PHY.UNITS.ERRORS"
    b.mcq(
        c,
        "E",
        "How many significant figures are there in 0.003040?",
        "4",
        [
            ("7", "counts the leading zeros as significant"),
            ("3", "drops the trailing zero after the decimal point"),
            "6",
        ],
        r"Leading zeros only fix the decimal point. The significant figures are 3, 0, 4 and the trailing 0: four.",
    )
    b.tpl(
        c,
        "M",
        r"""The density of a cylinder is found from $\rho = \dfrac{m}{\pi r^2 l}$. The mass is measured
        with a percentage error of {{p}}%, the radius with {{q}}% and the length with {{s}}%.
        What is the maximum percentage error in $\rho$?""",
        {"p": (1, 4), "q": (1, 4), "s": (1, 4)},
        "p + 2*q + s",
        r"Relative errors add for products and quotients, each multiplied by its power: $\dfrac{\Delta\rho}{\rho} = \dfrac{\Delta m}{m} + 2\dfrac{\Delta r}{r} + \dfrac{\Delta l}{l}$.",
        integer=True,
    )
    b.integer(
        c,
        "M",
        r"A voltage $V = (10.0 \pm 0.2)$ V drives a current $I = (2.0 \pm 0.1)$ A through a resistor. The percentage error in $R = V/I$ is",
        7,
        r"$\dfrac{\Delta R}{R} = \dfrac{0.2}{10} + \dfrac{0.1}{2} = 2\% + 5\% = 7\%$. Errors add even in a quotient.",
    )
    b.mcq(
        c,
        "E",
        r"The product $4.2 \times 1.53$, written with the correct number of significant figures, is",
        "6.4",
        [
            ("6.426", "keeps all digits of the calculator result"),
            ("6.43", "keeps the significant figures of the more precise factor"),
            "6",
        ],
        r"$4.2 \times 1.53 = 6.426$. A product keeps as many significant figures as the least precise factor (4.2 has two), so 6.4.",
    )


def kinematics(b: Bank) -> None:
    c = "PHY.KIN.VECTORS"
    b.mcq(
        c,
        "E",
        r"The magnitude of the vector $\vec A = 3\hat i + 4\hat j$ is",
        "5",
        [("7", "adds the components instead of squaring them"), "1", "25"],
        r"$|\vec A| = \sqrt{3^2 + 4^2} = 5$.",
    )
    b.tpl(
        c,
        "M",
        r"Two forces of {{a}} N and {{b}} N act on a particle with an angle of $60^\circ$ between them. Find the magnitude of the resultant in newtons (to two decimal places).",
        {"a": (2, 12), "b": (2, 12)},
        "sqrt(a**2 + b**2 + a*b)",
        r"$R = \sqrt{A^2 + B^2 + 2AB\cos\theta}$ with $\cos 60^\circ = \tfrac12$ gives $R = \sqrt{A^2 + B^2 + AB}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"If $|\vec A + \vec B| = |\vec A - \vec B|$ for two non-zero vectors, the angle between $\vec A$ and $\vec B$ is",
        r"$90^\circ$",
        [
            r"$0^\circ$",
            (r"$180^\circ$", "assumes equal magnitudes force opposite vectors"),
            r"$45^\circ$",
        ],
        r"Squaring both sides: $A^2 + B^2 + 2\vec A\cdot\vec B = A^2 + B^2 - 2\vec A\cdot\vec B$, so $\vec A\cdot\vec B = 0$.",
    )
    b.msq(
        c,
        "M",
        "Which of the following are vector quantities?",
        [
            ("Displacement", True),
            ("Electric current", False, "treats current as a vector because it has a direction"),
            ("Torque", True),
            ("Pressure", False, "treats pressure as a vector because force has a direction"),
        ],
        r"Current has a direction along the wire but adds as a scalar (Kirchhoff's junction rule), and pressure is a scalar. Displacement and torque are vectors.",
    )

    c = "PHY.KIN.MOTION_1D"
    b.tpl(
        c,
        "E",
        r"A car moving at {{u}} m/s accelerates uniformly at {{a}} m/s² for {{t}} s. What is its final speed in m/s?",
        {"u": (0, 20), "a": (1, 5), "t": (2, 10)},
        "u + a*t",
        r"For uniform acceleration $v = u + at$.",
        integer=True,
    )
    b.tpl(
        c,
        "M",
        r"A train moving at {{u}} m/s brakes with a uniform retardation of {{a}} m/s². How far (in m, to one decimal place) does it travel before stopping?",
        {"u": (10, 30, 2), "a": (1, 5, 0.5)},
        "u**2 / (2*a)",
        r"From $v^2 = u^2 - 2as$ with $v = 0$: $s = \dfrac{u^2}{2a}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "A body starts from rest with uniform acceleration. The distances it covers in the 1st, 2nd and 3rd seconds are in the ratio",
        "1 : 3 : 5",
        [
            (
                "1 : 4 : 9",
                "uses total distances after 1, 2 and 3 s instead of distance in each second",
            ),
            ("1 : 2 : 3", "assumes distance grows in proportion to time"),
            r"$1 : \sqrt2 : \sqrt3$",
        ],
        r"Distance in the $n$th second: $s_n = u + \tfrac{a}{2}(2n - 1)$. With $u = 0$: $s_1 : s_2 : s_3 = 1 : 3 : 5$.",
    )
    b.mcq(
        c,
        "H",
        r"A ball is thrown vertically up at 20 m/s. Taking $g = 10$ m/s², what are its displacement and the distance it travels in the first 3 s?",
        "15 m and 25 m",
        [
            ("15 m and 15 m", "takes distance equal to displacement although the ball turned back"),
            ("25 m and 25 m", "adds the path after the top as further upward displacement"),
            ("−15 m and 25 m", "sign error: takes the ball to be below the launch point"),
        ],
        r"$s = ut - \tfrac12 gt^2 = 60 - 45 = 15$ m (above the start). The ball rises $u^2/2g = 20$ m in 2 s, then falls $\tfrac12 \cdot 10 \cdot 1^2 = 5$ m, so the distance is $25$ m.",
    )
    b.tf(
        c,
        "E",
        "A body can have zero velocity and a non-zero acceleration at the same instant.",
        True,
        r"At the top of a vertical throw the velocity is zero while the acceleration is $g$ downward.",
    )

    c = "PHY.KIN.PROJECTILE"
    b.tpl(
        c,
        "M",
        r"A projectile is launched from level ground at {{u}} m/s at {{th}}° above the horizontal. Taking $g = 10$ m/s², find its horizontal range in metres (to one decimal place).",
        {"u": (10, 40, 2), "th": (15, 75, 15)},
        "u**2 * sin(2*th*pi/180) / 10",
        r"$R = \dfrac{u^2 \sin 2\theta}{g}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        r"A projectile is fired at speed $u$ at angle $\theta$ above the horizontal (no air resistance). At the highest point,",
        r"its velocity is $u\cos\theta$ horizontally and its acceleration is $g$ downward",
        [
            (
                "its velocity and acceleration are both zero",
                "thinks a body at its highest point is momentarily at rest",
            ),
            (
                r"its velocity is zero and its acceleration is $g$ downward",
                "forgets the horizontal component of velocity is unchanged",
            ),
            (
                r"its velocity is $u\cos\theta$ and its acceleration is zero",
                "thinks acceleration vanishes where vertical velocity does",
            ),
        ],
        r"Only the vertical velocity becomes zero at the top; the horizontal component $u\cos\theta$ is unchanged and gravity acts throughout.",
    )
    b.tpl(
        c,
        "E",
        r"A stone is thrown horizontally from the top of a tower {{h}} m high. Taking $g = 10$ m/s², how long (in s, to two decimal places) does it take to reach the ground?",
        {"h": (5, 80, 5)},
        "sqrt(2*h/10)",
        r"The vertical motion starts from zero vertical velocity: $h = \tfrac12 g t^2$, so $t = \sqrt{2h/g}$, independent of the horizontal speed.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"Two projectiles are launched at the same speed at $30^\circ$ and $60^\circ$ to the horizontal. The ratio of their maximum heights is",
        "1 : 3",
        [
            ("1 : 1", "thinks equal ranges imply equal maximum heights"),
            (r"$1 : \sqrt3$", "uses sin θ instead of sin² θ"),
            "1 : 2",
        ],
        r"$H = \dfrac{u^2\sin^2\theta}{2g}$: $\sin^2 30^\circ : \sin^2 60^\circ = \tfrac14 : \tfrac34 = 1 : 3$. Their ranges are equal.",
    )

    c = "PHY.KIN.RELATIVE"
    b.mcq(
        c,
        "E",
        "Two cars move in the same direction on a straight road at 60 km/h and 40 km/h. The speed of the faster car relative to the slower one is",
        "20 km/h",
        [
            ("100 km/h", "adds velocities of bodies moving in the same direction"),
            "50 km/h",
            "0 km/h",
        ],
        r"$\vec v_{AB} = \vec v_A - \vec v_B = 60 - 40 = 20$ km/h.",
    )
    b.tpl(
        c,
        "M",
        r"A river {{d}} m wide flows at {{u}} m/s. A boat that moves at {{v}} m/s in still water is steered perpendicular to the bank to cross in the shortest time. How far downstream (in m, to one decimal place) does it land?",
        {"d": (100, 500, 50), "u": (1, 4), "v": (2, 6)},
        "u*d/v",
        r"Heading straight across, the crossing time is $t = d/v$; the current carries the boat $ut = ud/v$ downstream.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        r"Rain falls vertically at $10\sqrt3$ m/s. A man walks at 10 m/s. At what angle to the vertical should he hold his umbrella?",
        r"$30^\circ$, tilted forward",
        [
            (
                r"$30^\circ$, tilted backward",
                "tilts the umbrella away from the direction of walking",
            ),
            (
                r"$60^\circ$, tilted forward",
                "takes the angle with the horizontal instead of the vertical",
            ),
            r"$45^\circ$, tilted forward",
        ],
        r"Relative to the man the rain has a horizontal component 10 m/s towards him: $\tan\theta = \dfrac{10}{10\sqrt3}$, so $\theta = 30^\circ$ from the vertical, forward.",
    )
    b.tf(
        c,
        "M",
        "To reach the point directly opposite on the other bank of a flowing river, a swimmer should swim perpendicular to the current.",
        False,
        r"He must head upstream at angle $\sin^{-1}(u/v)$ to the perpendicular, so that his resultant velocity points straight across (possible only if $v > u$).",
    )

    c = "PHY.KIN.CIRCULAR"
    b.tpl(
        c,
        "E",
        r"A particle moves in a circle of radius {{r}} m at a constant speed of {{v}} m/s. Find its centripetal acceleration in m/s² (to two decimal places).",
        {"r": (1, 10), "v": (2, 20, 2)},
        "v**2 / r",
        r"$a_c = \dfrac{v^2}{r}$, directed towards the centre.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "For a particle in uniform circular motion, which quantity stays constant?",
        "Speed",
        [
            ("Velocity", "thinks constant speed means constant velocity"),
            ("Acceleration", "treats a vector of constant magnitude as constant"),
            "Linear momentum",
        ],
        r"The direction of motion changes continuously, so velocity, momentum and the centripetal acceleration (always towards the centre) all change; only the speed is constant.",
    )
    b.integer(
        c,
        "E",
        r"A wheel makes 120 revolutions per minute. Its angular speed is $k\pi$ rad/s. Find $k$.",
        4,
        r"$\omega = 2\pi f = 2\pi \times \dfrac{120}{60} = 4\pi$ rad/s.",
    )
    b.numeric(
        c,
        "M",
        "What is the angular speed of the second hand of a clock, in rad/s (to three decimal places)?",
        0.10472,
        0.001,
        r"It turns $2\pi$ rad in 60 s: $\omega = 2\pi/60 \approx 0.105$ rad/s.",
    )


def laws_of_motion(b: Bank) -> None:
    c = "PHY.LOM.NEWTON"
    b.tpl(
        c,
        "M",
        r"Two blocks of masses {{m1}} kg and {{m2}} kg are in contact on a frictionless horizontal floor. A horizontal force of {{f}} N pushes the {{m1}} kg block, which pushes the other. Find the force (in N, to two decimal places) between the blocks.",
        {"m1": (1, 10), "m2": (1, 10), "f": (10, 60, 5)},
        "m2*f/(m1 + m2)",
        r"Common acceleration $a = F/(m_1 + m_2)$; the contact force is what accelerates $m_2$: $N = m_2 a = \dfrac{m_2 F}{m_1 + m_2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"Masses of 3 kg and 2 kg hang from the ends of a light string over a frictionless pulley. With $g = 10$ m/s², the tension in the string is",
        "24 N",
        [
            ("30 N", "takes the tension equal to the weight of the heavier mass"),
            ("20 N", "takes the tension equal to the weight of the lighter mass"),
            ("25 N", "averages the two weights"),
        ],
        r"$a = \dfrac{(3 - 2)g}{5} = 2$ m/s². For the 2 kg mass: $T - 20 = 2 \times 2$, so $T = 24$ N (equivalently $T = \dfrac{2m_1m_2 g}{m_1 + m_2}$).",
    )
    b.mcq(
        c,
        "E",
        "Action and reaction forces do not cancel each other because they",
        "act on different bodies",
        [
            ("are unequal in magnitude", "thinks the reaction is smaller than the action"),
            ("act at different times", "thinks the reaction follows the action"),
            "act along different lines",
        ],
        r"Newton's third law pairs are equal, opposite, simultaneous and collinear, but act on two different bodies, so they never appear in the same free-body diagram.",
    )
    b.mcq(
        c,
        "M",
        r"A 60 kg man stands on a weighing scale in a lift that accelerates upward at 2 m/s². With $g = 10$ m/s², the scale reads",
        "720 N",
        [
            ("600 N", "ignores the acceleration of the lift"),
            ("480 N", "sign error: uses g − a for an upward acceleration"),
            "120 N",
        ],
        r"$N - mg = ma$, so $N = m(g + a) = 60 \times 12 = 720$ N.",
    )

    c = "PHY.LOM.MOMENTUM"
    b.tpl(
        c,
        "M",
        r"A gun of mass {{M}} kg fires a bullet of mass {{m}} g at {{v}} m/s. Find the recoil speed of the gun in m/s (to two decimal places).",
        {"M": (2, 10), "m": (10, 50, 10), "v": (200, 500, 50)},
        "m*v/(1000*M)",
        r"Momentum is conserved (initially zero): $MV = mv$, so $V = mv/M$, with $m$ in kilograms.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Impulse has the same dimensions as",
        "linear momentum",
        [("force", "confuses impulse with force"), "energy", "power"],
        r"Impulse $= F\Delta t = \Delta p$, so its dimensions are $[MLT^{-1}]$, those of momentum.",
    )
    b.integer(
        c,
        "M",
        "A ball of mass 0.2 kg hits a wall normally at 10 m/s and rebounds at 10 m/s. What is the magnitude of the impulse on the ball, in N s?",
        4,
        r"Taking the rebound direction as positive: $\Delta p = 0.2(10) - 0.2(-10) = 4$ N s. The answer 0 would forget that velocity reverses.",
    )
    b.tf(
        c,
        "E",
        "If no external force acts on a system of particles, its total linear momentum stays constant even while the particles collide with one another.",
        True,
        "Internal forces come in action-reaction pairs and cancel in the total, so only external forces change the total momentum.",
    )

    c = "PHY.LOM.FRICTION"
    b.tpl(
        c,
        "M",
        r"A block of mass {{m}} kg is pulled along a rough horizontal floor by a horizontal force of {{f}} N. The coefficient of kinetic friction is {{mu}}. With $g = 10$ m/s², find the acceleration in m/s² (to two decimal places).",
        {"m": (2, 10), "f": (60, 100, 10), "mu": (0.1, 0.5, 0.1)},
        "f/m - mu*10",
        r"Kinetic friction $\mu mg$ opposes the motion: $ma = F - \mu mg$, so $a = F/m - \mu g$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A 2 kg block rests on a horizontal floor with $\mu_s = 0.5$. A horizontal force of 6 N acts on it. With $g = 10$ m/s², the friction force on the block is",
        "6 N",
        [
            ("10 N", "thinks static friction always equals μN"),
            ("4 N", "subtracts the applied force from limiting friction"),
            ("0 N", "thinks there is no friction on a block at rest"),
        ],
        r"Limiting friction is $\mu_s mg = 10$ N, more than 6 N, so the block stays at rest and static friction just balances the applied force: 6 N.",
    )
    b.mcq(
        c,
        "M",
        r"A block on an inclined plane just begins to slide when the incline is raised to $30^\circ$. The coefficient of static friction is",
        r"$1/\sqrt3$",
        [
            (r"$\sqrt3$", "uses cot θ instead of tan θ"),
            ("1/2", "uses sin θ instead of tan θ"),
            (r"$\sqrt3/2$", "uses cos θ instead of tan θ"),
        ],
        r"At the angle of repose $mg\sin\theta = \mu_s mg\cos\theta$, so $\mu_s = \tan 30^\circ = 1/\sqrt3$.",
    )
    b.mcq(
        c,
        "M",
        "A block slides 5 m along a rough floor while a kinetic friction force of 4 N acts on it. The work done by friction on the block is",
        "−20 J",
        [
            ("+20 J", "sign error in work done by friction"),
            ("0 J", "thinks friction does no work"),
            ("−4 J", "forgets to multiply by the displacement"),
        ],
        r"Friction acts opposite to the displacement: $W = Fs\cos 180^\circ = -4 \times 5 = -20$ J.",
    )

    c = "PHY.LOM.CIRCULAR_DYN"
    b.tpl(
        c,
        "M",
        r"A car takes an unbanked circular turn of radius {{r}} m. The coefficient of static friction between tyres and road is {{mu}}. With $g = 10$ m/s², find the maximum safe speed in m/s (to two decimal places).",
        {"r": (20, 100, 10), "mu": (0.2, 0.6, 0.1)},
        "sqrt(mu*10*r)",
        r"Friction supplies the centripetal force: $\dfrac{mv^2}{r} \le \mu mg$, so $v_{max} = \sqrt{\mu g r}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A road of radius 40 m is to be banked so that a car at 20 m/s needs no friction. With $g = 10$ m/s², the banking angle is",
        r"$45^\circ$",
        [r"$30^\circ$", r"$60^\circ$", ("0°", "thinks friction is always needed on a curve")],
        r"$\tan\theta = \dfrac{v^2}{rg} = \dfrac{400}{400} = 1$, so $\theta = 45^\circ$.",
    )
    b.mcq(
        c,
        "E",
        "When a car turns on a level road, the centripetal force is provided by",
        "static friction between the tyres and the road",
        [
            (
                "the centrifugal force",
                "treats the pseudo-force of the rotating frame as the cause of circular motion",
            ),
            ("kinetic friction", "thinks tyres that do not skid rub with kinetic friction"),
            "the normal reaction of the road",
        ],
        r"The tyres do not slip sideways, so static friction, directed towards the centre, provides $mv^2/r$. The normal reaction is vertical on a level road.",
    )
    b.tf(
        c,
        "M",
        "In an inertial frame, a body moving in a circle is acted on by an outward centrifugal force that balances the centripetal force.",
        False,
        "In an inertial frame the net force is the centripetal force; there is no balancing outward force. Centrifugal force is a pseudo-force that appears only in the rotating frame.",
    )


def work_energy(b: Bank) -> None:
    c = "PHY.WEP.WORK_ENERGY"
    b.tpl(
        c,
        "E",
        r"Find the kinetic energy in joules of a {{m}} kg body moving at {{v}} m/s.",
        {"m": (1, 10), "v": (2, 20, 2)},
        "m*v**2/2",
        r"$K = \tfrac12 mv^2$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        r"A force $\vec F = (3\hat i + 4\hat j)$ N displaces a particle by $\vec s = (2\hat i - \hat j)$ m. The work done is",
        "2 J",
        [
            ("10 J", "adds the magnitudes of the products of components, ignoring sign"),
            "5 J",
            ("11 J", "multiplies the magnitudes of F and s"),
        ],
        r"$W = \vec F\cdot\vec s = 3(2) + 4(-1) = 2$ J.",
    )
    b.tpl(
        c,
        "M",
        r"A motor lifts a {{m}} kg load through {{h}} m at constant speed in {{t}} s. With $g = 10$ m/s², find the power delivered in watts (to one decimal place).",
        {"m": (10, 50, 10), "h": (2, 10), "t": (2, 10)},
        "m*10*h/t",
        r"At constant speed the work done equals the gain in potential energy $mgh$; power $P = mgh/t$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "H",
        r"A force $F = 2x$ N (x in metres) acts along the x-axis. The work it does as the particle moves from $x = 1$ m to $x = 3$ m is",
        "8 J",
        [
            ("4 J", "multiplies the force at the start by the displacement"),
            ("12 J", "multiplies the force at the end by the displacement"),
            ("6 J", "uses the force at the end times the final position"),
        ],
        r"For a variable force $W = \int_1^3 2x\,dx = [x^2]_1^3 = 9 - 1 = 8$ J.",
    )

    c = "PHY.WEP.POTENTIAL"
    b.tpl(
        c,
        "M",
        r"A spring of force constant {{k}} N/m is compressed by {{x}} m. Find the elastic potential energy stored, in joules (to two decimal places).",
        {"k": (100, 1000, 100), "x": (0.1, 0.5, 0.05)},
        "k*x**2/2",
        r"$U = \tfrac12 kx^2$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"A body slides from rest down a frictionless curved track through a vertical height of {{h}} m. With $g = 10$ m/s², find its speed at the bottom in m/s (to two decimal places).",
        {"h": (1, 20)},
        "sqrt(2*10*h)",
        r"Mechanical energy is conserved: $mgh = \tfrac12 mv^2$, so $v = \sqrt{2gh}$, whatever the shape of the track.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Which of these forces is non-conservative?",
        "Kinetic friction",
        [
            "Gravitational force",
            "Spring force",
            ("Electrostatic force", "thinks any force between moving charges is non-conservative"),
        ],
        r"The work done by friction depends on the path (it is always negative around a closed path), so no potential energy can be defined for it.",
    )
    b.mcq(
        c,
        "H",
        r"A 1 kg block moving at 10 m/s on a smooth floor hits a light spring of force constant 400 N/m. The maximum compression of the spring is",
        "0.5 m",
        [
            ("0.25 m", "uses kx² = mv² without the factors of one half on the correct sides"),
            ("0.025 m", "divides the speed by the force constant"),
            "1 m",
        ],
        r"$\tfrac12 mv^2 = \tfrac12 kx^2$, so $x = v\sqrt{m/k} = 10 \times \tfrac{1}{20} = 0.5$ m.",
    )

    c = "PHY.WEP.COLLISIONS"
    b.tpl(
        c,
        "M",
        r"A {{m1}} kg ball moving at {{u}} m/s collides with and sticks to a {{m2}} kg ball at rest. Find their common speed in m/s (to two decimal places).",
        {"m1": (1, 10), "m2": (1, 10), "u": (2, 20)},
        "m1*u/(m1 + m2)",
        r"In a perfectly inelastic collision momentum is conserved: $m_1 u = (m_1 + m_2)v$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "A ball collides head-on and elastically with an identical ball at rest. After the collision",
        "the first ball stops and the second moves off with the first ball's velocity",
        [
            (
                "both move together at half the initial velocity",
                "treats an elastic collision as perfectly inelastic",
            ),
            "the first ball rebounds with its initial speed",
            "both move forward at the initial velocity",
        ],
        r"For equal masses in a one-dimensional elastic collision the velocities are exchanged: $v_1 = 0$, $v_2 = u$.",
    )
    b.mcq(
        c,
        "M",
        "A ball dropped from height h rebounds to height h/4. The coefficient of restitution between the ball and the floor is",
        "1/2",
        [("1/4", "takes e as the ratio of heights instead of speeds"), "1/16", "3/4"],
        r"Speeds just before and after the bounce are $\sqrt{2gh}$ and $\sqrt{2g(h/4)}$, so $e = \sqrt{1/4} = 1/2$.",
    )
    b.msq(
        c,
        "M",
        "In a perfectly inelastic collision between two bodies, which statements are true?",
        [
            ("Total linear momentum is conserved", True),
            (
                "Total kinetic energy is conserved",
                False,
                "thinks kinetic energy is conserved in every collision",
            ),
            ("The bodies move with a common velocity afterwards", True),
            (
                "All the kinetic energy is always lost",
                False,
                "thinks perfectly inelastic means the bodies always stop",
            ),
        ],
        r"Momentum is always conserved in a collision; the bodies stick together, so kinetic energy is lost, but the kinetic energy of the common motion $\tfrac{p^2}{2(m_1 + m_2)}$ remains unless the total momentum is zero.",
    )

    c = "PHY.WEP.VERTICAL_CIRCLE"
    b.tpl(
        c,
        "M",
        r"A stone tied to a string of length {{r}} m is whirled in a vertical circle. With $g = 10$ m/s², find the least speed in m/s (to two decimal places) it must have at the lowest point to complete the circle.",
        {"r": (0.5, 5, 0.5)},
        "sqrt(5*10*r)",
        r"At the top the string can just go slack: $v_{top} = \sqrt{gr}$. Energy conservation over a height $2r$ gives $v_{bottom} = \sqrt{gr + 4gr} = \sqrt{5gr}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"For a body on a string to just complete a vertical circle of radius $r$, its speed at the top must be at least",
        r"$\sqrt{gr}$",
        [("0", "thinks a body on a string may stop at the top"), r"$\sqrt{2gr}$", r"$\sqrt{5gr}$"],
        r"At the top $T + mg = mv^2/r$ with $T \ge 0$, so $v \ge \sqrt{gr}$. Zero speed is possible only for a body on a rigid rod.",
    )
    b.mcq(
        c,
        "H",
        r"A body of mass $m$ on a string moves in a vertical circle. The difference between the tensions at the lowest and the highest points is",
        r"$6mg$",
        [
            (r"$2mg$", "accounts only for the weight at the two points"),
            (r"$4mg$", "forgets the weight term at one of the points"),
            r"$5mg$",
        ],
        r"$T_{low} = mv_l^2/r + mg$ and $T_{top} = mv_t^2/r - mg$, with $v_l^2 - v_t^2 = 4gr$: $T_{low} - T_{top} = 4mg + 2mg = 6mg$.",
    )


def rotation(b: Bank) -> None:
    c = "PHY.ROT.COM"
    b.tpl(
        c,
        "E",
        r"Masses of {{m1}} kg and {{m2}} kg are placed at $x = 0$ and $x = {{d}}$ m. Find the x-coordinate of their centre of mass in metres (to two decimal places).",
        {"m1": (1, 10), "m2": (1, 10), "d": (1, 6)},
        "m2*d/(m1 + m2)",
        r"$x_{cm} = \dfrac{m_1 x_1 + m_2 x_2}{m_1 + m_2} = \dfrac{m_2 d}{m_1 + m_2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The centre of mass of a uniform thin semicircular ring of radius $R$ lies on its axis of symmetry at a distance from the centre of",
        r"$\dfrac{2R}{\pi}$",
        [
            (r"$\dfrac{4R}{3\pi}$", "uses the result for a semicircular disc"),
            r"$\dfrac{R}{2}$",
            (r"$\dfrac{3R}{8}$", "uses the result for a solid hemisphere"),
        ],
        r"$y_{cm} = \dfrac{1}{\pi R}\int_0^\pi R\sin\theta\,R\,d\theta = \dfrac{2R}{\pi}$.",
    )
    b.tf(
        c,
        "E",
        "The centre of mass of a body always lies within the material of the body.",
        False,
        "The centre of mass of a ring is at its centre, where there is no material.",
    )
    b.mcq(
        c,
        "M",
        "A shell fired from a gun explodes into fragments in mid-air. Ignoring air resistance, the centre of mass of the fragments",
        "continues along the original parabolic path",
        [
            (
                "falls vertically from the point of explosion",
                "thinks the explosion destroys the horizontal momentum",
            ),
            "moves along a straight line",
            (
                "comes to rest at the point of explosion",
                "thinks internal forces can stop the centre of mass",
            ),
        ],
        "The explosion forces are internal; the only external force is gravity, so the centre of mass keeps its parabolic path.",
    )

    c = "PHY.ROT.MOI"
    b.mcq(
        c,
        "E",
        "The moment of inertia of a thin uniform ring of mass M and radius R about the axis through its centre perpendicular to its plane is",
        r"$MR^2$",
        [
            (r"$\tfrac12 MR^2$", "uses the result for a disc"),
            (r"$\tfrac25 MR^2$", "uses the result for a solid sphere"),
            r"$\tfrac14 MR^2$",
        ],
        r"All the mass is at distance $R$ from the axis: $I = \sum m R^2 = MR^2$.",
    )
    b.tpl(
        c,
        "M",
        r"A uniform disc of mass {{m}} kg and radius {{r}} m rotates about an axis perpendicular to its plane through a point on its rim. Find its moment of inertia in kg m² (to three decimal places).",
        {"m": (1, 10), "r": (0.1, 1, 0.1)},
        "1.5*m*r**2",
        r"Parallel axis theorem: $I = \tfrac12 MR^2 + MR^2 = \tfrac32 MR^2$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "The moment of inertia of a uniform disc of mass M and radius R about a diameter is",
        r"$\tfrac14 MR^2$",
        [
            (
                r"$\tfrac12 MR^2$",
                "takes the moment of inertia about a diameter equal to that about the central axis",
            ),
            r"$MR^2$",
            r"$\tfrac54 MR^2$",
        ],
        r"Perpendicular axis theorem: $I_x + I_y = I_z = \tfrac12 MR^2$, and by symmetry $I_x = I_y = \tfrac14 MR^2$.",
    )
    b.integer(
        c,
        "E",
        "What is the moment of inertia, in kg m², of a uniform solid sphere of mass 5 kg and radius 1 m about a diameter?",
        2,
        r"$I = \tfrac25 MR^2 = \tfrac25 \times 5 \times 1 = 2$ kg m².",
    )

    c = "PHY.ROT.DYNAMICS"
    b.tpl(
        c,
        "M",
        r"A uniform disc of mass {{m}} kg and radius {{r}} m can turn freely about its fixed axis. A string wound on its rim is pulled with a constant force of {{f}} N. Find the angular acceleration in rad/s² (to two decimal places).",
        {"m": (2, 10), "r": (0.1, 0.5, 0.1), "f": (1, 10)},
        "2*f/(m*r)",
        r"$\tau = FR = I\alpha$ with $I = \tfrac12 MR^2$, so $\alpha = \dfrac{2F}{MR}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"A force $\vec F = \hat j$ N acts at the point with position vector $\vec r = \hat i$ m. The torque about the origin is",
        r"$\hat k$ N m",
        [
            (r"$-\hat k$ N m", "takes the cross product in the wrong order (F × r)"),
            "zero",
            r"$\hat i + \hat j$ N m",
        ],
        r"$\vec\tau = \vec r \times \vec F = \hat i \times \hat j = \hat k$.",
    )
    b.mcq(
        c,
        "M",
        "A wheel starts from rest with a constant angular acceleration of 2 rad/s². The angle it turns through in the first 5 s is",
        "25 rad",
        [("10 rad", "uses θ = αt"), ("50 rad", "forgets the factor one half"), "5 rad"],
        r"$\theta = \omega_0 t + \tfrac12\alpha t^2 = \tfrac12 \times 2 \times 25 = 25$ rad.",
    )
    b.tf(
        c,
        "E",
        "A rigid body on which the net force is zero must also be in rotational equilibrium.",
        False,
        "A couple (two equal, opposite, non-collinear forces) has zero net force but a non-zero torque.",
    )

    c = "PHY.ROT.ANGMOM"
    b.mcq(
        c,
        "E",
        "A spinning ice skater pulls her arms in. Her angular speed",
        "increases, because her angular momentum is conserved while her moment of inertia decreases",
        [
            (
                "decreases, because her moment of inertia decreases",
                "thinks angular speed is proportional to moment of inertia",
            ),
            (
                "stays the same, because no external torque acts",
                "confuses conservation of angular momentum with constant angular speed",
            ),
            "increases, because her kinetic energy is conserved",
        ],
        r"No external torque acts about the vertical axis, so $I\omega$ is constant; smaller $I$ means larger $\omega$.",
    )
    b.tpl(
        c,
        "M",
        r"A body rotates freely at {{w}} rad/s with moment of inertia {{i1}} kg m². Without any external torque its moment of inertia changes to {{i2}} kg m². Find its new angular speed in rad/s (to two decimal places).",
        {"w": (2, 20), "i1": (1, 10), "i2": (1, 10)},
        "i1*w/i2",
        r"Conservation of angular momentum: $I_1\omega_1 = I_2\omega_2$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A particle of mass $m$ moves with constant velocity $v$ along the line $y = d$ in the xy-plane. The magnitude of its angular momentum about the origin is",
        r"$mvd$, constant",
        [
            (
                "zero, since it moves in a straight line",
                "thinks only rotating bodies have angular momentum",
            ),
            r"$mvd$, increasing with time",
            r"$mv$",
        ],
        r"$L = |\vec r \times m\vec v| = mv \times$ (perpendicular distance of the line from the origin) $= mvd$, the same at every point.",
    )
    b.tf(
        c,
        "M",
        "When a spinning skater pulls her arms in, her rotational kinetic energy stays constant.",
        False,
        r"$K = \dfrac{L^2}{2I}$: with $L$ fixed and $I$ smaller, $K$ increases; the extra energy comes from the work her muscles do pulling her arms in.",
    )

    c = "PHY.ROT.ROLLING"
    b.mcq(
        c,
        "M",
        "A solid sphere, a disc, a ring and a hollow sphere are released together from rest at the top of an incline and roll without slipping. Which reaches the bottom first?",
        "The solid sphere",
        [
            ("The ring", "thinks heavier-rimmed bodies roll faster"),
            "The hollow sphere",
            ("All reach together", "ignores rotational kinetic energy"),
        ],
        r"$a = \dfrac{g\sin\theta}{1 + I/MR^2}$; $I/MR^2$ is 2/5 (solid sphere), 1/2 (disc), 2/3 (hollow sphere), 1 (ring). The smallest ratio gives the largest acceleration.",
    )
    b.tpl(
        c,
        "M",
        r"A solid cylinder rolls without slipping from rest down an incline through a vertical height of {{h}} m. With $g = 10$ m/s², find its speed at the bottom in m/s (to two decimal places).",
        {"h": (1, 20)},
        "sqrt(4*10*h/3)",
        r"$mgh = \tfrac12 mv^2 + \tfrac12 \cdot \tfrac12 mR^2 \cdot \dfrac{v^2}{R^2} = \tfrac34 mv^2$, so $v = \sqrt{4gh/3}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "For a uniform disc rolling without slipping, the fraction of its kinetic energy that is rotational is",
        "1/3",
        ["1/2", "2/3", ("2/7", "uses the fraction for a solid sphere")],
        r"$K_{rot} = \tfrac14 mv^2$ and $K_{total} = \tfrac34 mv^2$, so the fraction is $1/3$.",
    )
    b.tf(
        c,
        "E",
        "For a wheel rolling without slipping on the ground, the point of contact is momentarily at rest.",
        True,
        r"The contact point has velocity $v_{cm} - \omega R = 0$; the top of the wheel moves at $2v_{cm}$.",
    )


def gravitation(b: Bank) -> None:
    c = "PHY.GRAV.LAW"
    b.mcq(
        c,
        "E",
        "If the distance between two masses is doubled, the gravitational force between them becomes",
        "one quarter",
        [
            ("one half", "takes the force as inversely proportional to distance"),
            "double",
            "four times",
        ],
        r"$F \propto 1/r^2$: doubling $r$ divides $F$ by 4.",
    )
    b.tpl(
        c,
        "M",
        r"Planet A orbits a star at {{k}} times the orbital radius of planet B. Planet B's period is {{t}} days. Using Kepler's third law, find A's period in days (to one decimal place).",
        {"k": (2, 9), "t": (10, 100, 10)},
        "t * k**1.5",
        r"$T^2 \propto r^3$, so $T_A = T_B\,k^{3/2}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "Kepler's second law (equal areas in equal times) follows from the conservation of",
        "angular momentum of the planet about the Sun",
        [
            ("mechanical energy", "links the law to energy, which fixes the orbit's size instead"),
            "linear momentum of the planet",
            "the planet's speed",
        ],
        r"The areal velocity is $\dfrac{dA}{dt} = \dfrac{L}{2m}$; gravity is a central force, so $L$ is constant.",
    )

    c = "PHY.GRAV.FIELD"
    b.tpl(
        c,
        "M",
        r"Taking $g = 10$ m/s² at the Earth's surface, find the acceleration due to gravity (in m/s², to two decimal places) at a height of {{k}} Earth radii above the surface.",
        {"k": (0.5, 4, 0.5)},
        "10/(1 + k)**2",
        r"$g' = g\left(\dfrac{R}{R + h}\right)^2 = \dfrac{g}{(1 + k)^2}$. The approximation $g(1 - 2h/R)$ holds only for $h \ll R$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Treating the Earth as a uniform sphere, the acceleration due to gravity at a depth of half the Earth's radius is",
        r"$g/2$",
        [(r"$g/4$", "applies the inverse-square law inside the Earth"), r"$2g$", "zero"],
        r"Inside a uniform sphere $g' = g(1 - d/R)$, so at $d = R/2$, $g' = g/2$.",
    )
    b.mcq(
        c,
        "E",
        "At the centre of the Earth, the acceleration due to gravity is",
        "zero",
        [
            ("maximum", "thinks gravity grows towards the centre as the mass is closer"),
            "equal to its surface value",
            "infinite",
        ],
        r"$g' = g(1 - d/R)$ vanishes at $d = R$: the pulls of the surrounding mass cancel.",
    )
    b.tf(
        c,
        "M",
        "If the Earth stopped rotating, the weight of a body at the equator would increase.",
        True,
        r"At the equator $g' = g - \omega^2 R$; with $\omega = 0$ the centrifugal reduction disappears.",
    )

    c = "PHY.GRAV.POTENTIAL"
    b.mcq(
        c,
        "E",
        r"The gravitational potential energy of two point masses $M$ and $m$ a distance $r$ apart (zero at infinity) is",
        r"$-\dfrac{GMm}{r}$",
        [
            (r"$+\dfrac{GMm}{r}$", "sign error: forgets that gravity is attractive"),
            (r"$-\dfrac{GMm}{r^2}$", "confuses potential energy with force"),
            r"$mgr$",
        ],
        r"Bringing $m$ in from infinity, gravity does positive work, so the potential energy is negative: $U = -GMm/r$.",
    )
    b.mcq(
        c,
        "M",
        r"The work needed to raise a body of mass $m$ from the Earth's surface to a height equal to the Earth's radius $R$ is",
        r"$\tfrac12 mgR$",
        [(r"$mgR$", "uses mgh for a height comparable with R"), r"$\tfrac14 mgR$", r"$2mgR$"],
        r"$\Delta U = -\dfrac{GMm}{2R} + \dfrac{GMm}{R} = \dfrac{GMm}{2R} = \tfrac12 mgR$ since $GM = gR^2$.",
    )
    b.tf(
        c,
        "M",
        "The gravitational potential inside a uniform thin spherical shell is zero.",
        False,
        r"The field inside is zero, so the potential is constant, equal to its surface value $-GM/R$, not zero.",
    )

    c = "PHY.GRAV.ORBITS"
    b.tpl(
        c,
        "M",
        r"A planet has radius {{r}} km and surface gravity {{g}} m/s². Find the escape speed from its surface in km/s (to two decimal places).",
        {"r": (1000, 7000, 500), "g": (2, 12)},
        "sqrt(2*g*r*1000)/1000",
        r"$v_e = \sqrt{2GM/R} = \sqrt{2gR}$ with $R$ in metres.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "The ratio of the escape speed from the Earth's surface to the speed of a satellite orbiting just above the surface is",
        r"$\sqrt2$",
        [("2", "compares the energies instead of the speeds"), "1", r"$1/\sqrt2$"],
        r"$v_e = \sqrt{2gR}$ and $v_o = \sqrt{gR}$.",
    )
    b.mcq(
        c,
        "H",
        r"A satellite in a circular orbit has kinetic energy $K$. Its total mechanical energy is",
        r"$-K$",
        [(r"$-2K$", "confuses the total energy with the potential energy"), r"$K$", r"$2K$"],
        r"$K = \dfrac{GMm}{2r}$, $U = -\dfrac{GMm}{r} = -2K$, so $E = K + U = -K$.",
    )
    b.tf(
        c,
        "E",
        "A geostationary satellite orbits in the Earth's equatorial plane, from west to east, with a period of 24 hours.",
        True,
        "To stay over one point it must turn with the Earth: same period, same sense, and in the equatorial plane.",
    )


def properties(b: Bank) -> None:
    c = "PHY.PROP.ELASTICITY"
    b.tpl(
        c,
        "M",
        r"A steel wire of length {{l}} m and cross-section 1 mm² hangs a load of {{m}} kg. Young's modulus of steel is $2 \times 10^{11}$ N/m² and $g = 10$ m/s². Find the extension in mm (to three decimal places).",
        {"l": (1, 3, 0.5), "m": (1, 10)},
        "m*10*l/(1e-6*2e11)*1000",
        r"$\Delta L = \dfrac{FL}{AY}$ with $F = mg$ and $A = 10^{-6}$ m².",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "Two wires of the same material carry the same load. Wire B is twice as long as wire A and has half its diameter. The ratio of the extension of A to that of B is",
        "1 : 8",
        [
            ("1 : 4", "takes extension as inversely proportional to diameter"),
            ("1 : 2", "considers only the lengths"),
            "8 : 1",
        ],
        r"$\Delta L \propto \dfrac{L}{d^2}$: $\dfrac{\Delta L_A}{\Delta L_B} = \dfrac{L}{d^2} \cdot \dfrac{(d/2)^2}{2L} = \dfrac18$.",
    )
    b.mcq(
        c,
        "E",
        "Hooke's law (stress proportional to strain) holds",
        "up to the proportional limit",
        [
            "up to the breaking point",
            ("only for gases", "confuses elastic moduli with gas laws"),
            "beyond the yield point",
        ],
        "Stress is proportional to strain only in the initial straight part of the stress-strain curve, up to the proportional limit.",
    )
    b.tf(
        c,
        "M",
        "In the physicist's sense, rubber is more elastic than steel.",
        False,
        "Elasticity is measured by the modulus: steel needs a much larger stress for the same strain (Y about 200 GPa against a few MPa for rubber), so steel is more elastic.",
    )

    c = "PHY.PROP.FLUIDS"
    b.tpl(
        c,
        "M",
        r"Water flows at {{v}} m/s through a pipe of diameter {{d1}} cm that narrows to {{d2}} cm. Find the speed in the narrow part in m/s (to two decimal places).",
        {"v": (1, 5, 0.5), "d1": (6, 12, 2), "d2": (2, 5)},
        "v*(d1/d2)**2",
        r"Continuity: $A_1v_1 = A_2v_2$ with $A \propto d^2$, so $v_2 = v_1(d_1/d_2)^2$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "E",
        r"A wooden block of density {{rho}} kg/m³ floats in water (density 1000 kg/m³). What percentage of its volume is under water?",
        {"rho": (400, 900, 50)},
        "rho/10",
        r"Floating: weight = buoyant force, $\rho V g = \rho_w V_{sub} g$, so $V_{sub}/V = \rho/\rho_w$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        "The hydraulic lift works on",
        "Pascal's law",
        [
            ("Archimedes' principle", "confuses the transmission of pressure with buoyancy"),
            "Bernoulli's principle",
            "Stokes' law",
        ],
        "Pressure applied to an enclosed liquid is transmitted undiminished, so a small force on a small piston gives a large force on a large one.",
    )
    b.mcq(
        c,
        "M",
        r"Water stands 5 m above a small hole in the side of a large open tank. With $g = 10$ m/s², the speed of efflux is",
        "10 m/s",
        [
            ("50 m/s", "uses v = gh"),
            ("5 m/s", "forgets the square root and the factor 2"),
            r"$\sqrt{50}$ m/s",
        ],
        r"Torricelli's theorem (from Bernoulli's equation): $v = \sqrt{2gh} = \sqrt{100} = 10$ m/s.",
    )

    c = "PHY.PROP.VISCOSITY"
    b.mcq(
        c,
        "M",
        "If the radius of a small sphere falling through a viscous liquid is doubled, its terminal velocity becomes",
        "four times",
        [("twice", "takes terminal velocity proportional to radius"), "half", "eight times"],
        r"$v_t = \dfrac{2r^2(\rho - \sigma)g}{9\eta} \propto r^2$.",
    )
    b.mcq(
        c,
        "E",
        r"Stokes' law gives the viscous drag on a small sphere of radius $r$ moving at speed $v$ through a fluid of viscosity $\eta$ as",
        r"$6\pi\eta r v$",
        [r"$6\pi\eta r^2 v$", r"$\dfrac{4}{3}\pi\eta r^3 v$", r"$6\pi\eta v/r$"],
        r"$F = 6\pi\eta rv$, valid for slow (streamline) motion.",
    )
    b.tf(
        c,
        "M",
        "The viscosity of liquids decreases as the temperature rises, while that of gases increases.",
        True,
        "In liquids, heating weakens intermolecular cohesion; in gases, viscosity comes from momentum carried by molecules, which move faster when hotter.",
    )

    c = "PHY.PROP.SURFACE_TENSION"
    b.mcq(
        c,
        "M",
        r"The excess pressure inside a soap bubble of radius $r$ made from a solution of surface tension $T$ is",
        r"$4T/r$",
        [(r"$2T/r$", "forgets that a soap film has two surfaces"), r"$T/r$", r"$8T/r$"],
        r"A bubble has an inner and an outer surface, each contributing $2T/r$.",
    )
    b.tpl(
        c,
        "M",
        r"Water (surface tension 0.07 N/m, density 1000 kg/m³, angle of contact 0°) rises in a clean glass capillary of radius {{r}} mm. With $g = 10$ m/s², find the height of rise in cm (to two decimal places).",
        {"r": (0.1, 1, 0.05)},
        "2*0.07/(r*1e-3*1000*10)*100",
        r"$h = \dfrac{2T\cos\theta}{r\rho g}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"The work done in blowing a soap bubble of radius $r$ (surface tension $T$) is",
        r"$8\pi r^2 T$",
        [
            (r"$4\pi r^2 T$", "forgets that a soap film has two surfaces"),
            r"$2\pi r^2 T$",
            r"$16\pi r^2 T$",
        ],
        r"Work = surface tension $\times$ increase in area $= T \times 2 \times 4\pi r^2$.",
    )
    b.tf(
        c,
        "E",
        "The surface tension of a liquid generally decreases as its temperature rises.",
        True,
        "Cohesive forces weaken with temperature; surface tension falls and vanishes at the critical temperature.",
    )

    c = "PHY.PROP.CALORIMETRY"
    b.tpl(
        c,
        "M",
        r"{{m1}} g of water at {{t1}} °C is mixed with {{m2}} g of water at {{t2}} °C. Ignoring heat losses, find the final temperature in °C (to one decimal place).",
        {"m1": (50, 300, 50), "t1": (10, 40, 5), "m2": (50, 300, 50), "t2": (50, 90, 5)},
        "(m1*t1 + m2*t2)/(m1 + m2)",
        r"Heat lost by the hot water equals heat gained by the cold: $m_1(T - t_1) = m_2(t_2 - T)$.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "M",
        r"How much heat, in joules, is needed to melt {{m}} g of ice at 0 °C and warm the water to {{t}} °C? (Latent heat of fusion 336 J/g, specific heat of water 4.2 J/g °C.)",
        {"m": (10, 100, 10), "t": (10, 50, 10)},
        "m*(336 + 4.2*t)",
        r"$Q = mL + mc\Delta T$.",
        integer=True,
    )
    b.mcq(
        c,
        "E",
        r"For an isotropic solid with coefficient of linear expansion $\alpha$, the coefficients of area and volume expansion are",
        r"$2\alpha$ and $3\alpha$",
        [
            (
                r"$\alpha^2$ and $\alpha^3$",
                "raises the coefficient to a power instead of multiplying",
            ),
            r"$\alpha$ and $\alpha$",
            r"$3\alpha$ and $2\alpha$",
        ],
        r"To first order, $(1 + \alpha\Delta T)^2 \approx 1 + 2\alpha\Delta T$ and $(1 + \alpha\Delta T)^3 \approx 1 + 3\alpha\Delta T$.",
    )
    b.mcq(
        c,
        "M",
        r"A 1 m metal rod with $\alpha = 1.2 \times 10^{-5}$ /°C is heated through 100 °C. Its length increases by",
        "1.2 mm",
        ["0.12 mm", "12 mm", "1.2 cm"],
        r"$\Delta L = L\alpha\Delta T = 1 \times 1.2 \times 10^{-5} \times 100 = 1.2 \times 10^{-3}$ m.",
    )

    c = "PHY.PROP.HEAT_TRANSFER"
    b.mcq(
        c,
        "M",
        "If the absolute temperature of a black body is doubled, the power it radiates becomes",
        "16 times",
        [("4 times", "takes radiated power proportional to T²"), "2 times", "8 times"],
        r"Stefan-Boltzmann law: $P = \sigma A T^4$, so $2^4 = 16$.",
    )
    b.mcq(
        c,
        "M",
        "As a black body is heated to a higher temperature, the wavelength at which it emits most strongly",
        "decreases",
        [
            ("increases", "inverts Wien's displacement law"),
            "stays the same",
            "first increases, then decreases",
        ],
        r"Wien's law: $\lambda_m T = b$, a constant.",
    )
    b.tpl(
        c,
        "M",
        r"A slab of thermal conductivity {{k}} W/m K, area {{a}} m² and thickness {{l}} cm has its faces at 100 °C and 20 °C. Find the rate of heat flow in watts (to one decimal place).",
        {"k": (0.5, 5, 0.5), "a": (1, 4), "l": (2, 10)},
        "k*a*80/(l/100)",
        r"Steady conduction: $\dfrac{Q}{t} = \dfrac{kA\Delta T}{L}$ with $L$ in metres.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "H",
        "A body cools from 80 °C to 50 °C in 5 minutes in a room at 20 °C. Assuming Newton's law of cooling, how long does it take to cool from 50 °C to 35 °C?",
        "5 minutes",
        [("2.5 minutes", "assumes the body cools at a constant rate"), "10 minutes", "7.5 minutes"],
        r"The excess over the room halves in each case (60 → 30 and 30 → 15). The excess decays exponentially, so equal fractions take equal times.",
    )


def thermodynamics(b: Bank) -> None:
    c = "PHY.THERMO.FIRST_LAW"
    b.tpl(
        c,
        "E",
        r"A gas absorbs {{q}} J of heat and does {{w}} J of work on its surroundings. By how many joules does its internal energy change?",
        {"q": (100, 1000, 50), "w": (50, 400, 50)},
        "q - w",
        r"First law: $\Delta U = Q - W$, with $W$ the work done by the gas.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "Which quantity is necessarily zero for a gas taken through a complete cycle?",
        "The change in its internal energy",
        [
            ("The heat it absorbs", "treats heat as a state function"),
            ("The work it does", "treats work as a state function"),
            "The heat it rejects",
        ],
        r"Internal energy is a state function, so $\Delta U = 0$ over a cycle; net work and net heat are equal but generally non-zero.",
    )
    b.mcq(
        c,
        "E",
        "The zeroth law of thermodynamics leads to the concept of",
        "temperature",
        ["internal energy", "entropy", "heat capacity"],
        "If A and B are each in thermal equilibrium with C, they are in equilibrium with each other; the property they share is temperature.",
    )
    b.tf(
        c,
        "M",
        "Heat and work are state functions.",
        False,
        "Both depend on the path between two states; only their difference, the change in internal energy, is path independent.",
    )

    c = "PHY.THERMO.PROCESSES"
    b.tpl(
        c,
        "E",
        r"A gas expands at a constant pressure of {{p}} kPa from a volume of 2 L to {{v}} L. Find the work done by the gas in joules.",
        {"p": (100, 500, 50), "v": (3, 12)},
        "p*(v - 2)",
        r"$W = P\Delta V$; kPa × L = J.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "When an ideal gas expands adiabatically,",
        "its temperature falls",
        [
            ("its temperature rises", "thinks expansion always absorbs heat"),
            (
                "it absorbs heat",
                "forgets that no heat crosses the boundary in an adiabatic process",
            ),
            "its internal energy stays constant",
        ],
        r"$Q = 0$, so $\Delta U = -W < 0$ for expansion: the internal energy, and hence the temperature, falls.",
    )
    b.tpl(
        c,
        "H",
        r"{{n}} mol of an ideal gas expands isothermally and reversibly at {{t}} K to {{r}} times its initial volume. With $R = 8.314$ J/mol K, find the work done by the gas in joules (to the nearest joule).",
        {"n": (1, 3), "t": (300, 500, 50), "r": (2, 5)},
        "n*8.314*t*log(r)",
        r"$W = nRT\ln\dfrac{V_2}{V_1}$.",
        tolerance=1,
    )
    b.mcq(
        c,
        "M",
        "On a P-V diagram, through a given point, the slope of an adiabatic curve of an ideal gas is",
        r"$\gamma$ times that of the isothermal",
        [
            (
                "equal to that of the isothermal",
                "ignores the temperature change in an adiabatic process",
            ),
            r"$1/\gamma$ times that of the isothermal",
            "always zero",
        ],
        r"Isothermal: $dP/dV = -P/V$; adiabatic: $dP/dV = -\gamma P/V$.",
    )

    c = "PHY.THERMO.SECOND_LAW"
    b.tpl(
        c,
        "M",
        r"A Carnot engine works between a source at {{th}} K and a sink at {{tc}} K. Find its efficiency as a percentage (to one decimal place).",
        {"th": (400, 800, 50), "tc": (250, 350, 25)},
        "100*(1 - tc/th)",
        r"$\eta = 1 - \dfrac{T_C}{T_H}$, temperatures in kelvin.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "The Kelvin-Planck statement of the second law says that",
        "no engine working in a cycle can convert all the heat it absorbs into work",
        [
            "energy can be neither created nor destroyed",
            (
                "heat can never flow from a cold body to a hot one",
                "drops the condition 'by itself' from the Clausius statement",
            ),
            "the entropy of a system always decreases",
        ],
        "Some heat must always be rejected to a colder sink.",
    )
    b.mcq(
        c,
        "M",
        "A Carnot refrigerator keeps its inside at 250 K in a room at 300 K. Its coefficient of performance is",
        "5",
        [
            ("6", "uses T_H/(T_H − T_C), the heat pump's coefficient"),
            ("1/6", "computes the engine efficiency"),
            "1.2",
        ],
        r"$\beta = \dfrac{T_C}{T_H - T_C} = \dfrac{250}{50} = 5$.",
    )
    b.tf(
        c,
        "M",
        "A heat engine with no friction or heat leaks could have an efficiency of 100%.",
        False,
        r"Even an ideal (Carnot) engine has $\eta = 1 - T_C/T_H < 1$ for any sink above absolute zero.",
    )


def kinetic_theory(b: Bank) -> None:
    c = "PHY.KTG.IDEAL_GAS"
    b.tpl(
        c,
        "E",
        r"A gas at {{p}} kPa occupies {{v1}} L. At constant temperature it is compressed to {{v2}} L. Find its new pressure in kPa (to one decimal place).",
        {"p": (100, 300, 20), "v1": (6, 12), "v2": (1, 5)},
        "p*v1/v2",
        r"Boyle's law: $P_1V_1 = P_2V_2$.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "M",
        r"How many moles of an ideal gas occupy {{v}} L at {{p}} kPa and {{t}} K? ($R = 8.314$ J/mol K; answer to three decimal places.)",
        {"v": (5, 50, 5), "p": (100, 300, 50), "t": (250, 400, 25)},
        "p*1000*v*1e-3/(8.314*t)",
        r"$n = \dfrac{PV}{RT}$ with $P$ in Pa and $V$ in m³.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "A gas at 27 °C is heated at constant pressure until its volume doubles. Its final temperature is",
        "327 °C",
        [("54 °C", "doubles the Celsius temperature"), "600 °C", "300 °C"],
        r"Charles' law uses kelvin: $T_2 = 2 \times 300 = 600$ K $= 327$ °C.",
    )
    b.tf(
        c,
        "E",
        "The ideal-gas model assumes that molecules exert no forces on one another except during collisions.",
        True,
        "Ideal molecules are point masses with no intermolecular forces; real gases approach this at low pressure and high temperature.",
    )

    c = "PHY.KTG.KINETIC"
    b.tpl(
        c,
        "M",
        r"Find the rms speed in m/s (to the nearest whole number) of the molecules of a gas of molar mass {{m}} g/mol at {{t}} K. ($R = 8.314$ J/mol K.)",
        {"m": (2, 44, 2), "t": (200, 600, 50)},
        "sqrt(3*8.314*t/(m/1000))",
        r"$v_{rms} = \sqrt{\dfrac{3RT}{M}}$ with $M$ in kg/mol.",
        tolerance=1,
    )
    b.mcq(
        c,
        "M",
        "If the absolute temperature of a gas is made four times, the rms speed of its molecules becomes",
        "twice",
        [("four times", "takes rms speed proportional to temperature"), "sixteen times", "half"],
        r"$v_{rms} \propto \sqrt T$.",
    )
    b.mcq(
        c,
        "E",
        "At the same temperature, molecules of hydrogen and oxygen have equal",
        "average translational kinetic energy",
        [("rms speed", "thinks equal temperature means equal speed"), "momentum", "mass"],
        r"The average translational kinetic energy per molecule is $\tfrac32 k_BT$, independent of the gas.",
    )
    b.mcq(
        c,
        "H",
        "At the same temperature, the ratio of the rms speed of hydrogen molecules to that of oxygen molecules is",
        "4 : 1",
        [("16 : 1", "takes rms speed inversely proportional to mass"), "1 : 4", r"$\sqrt2 : 1$"],
        r"$v_{rms} \propto 1/\sqrt M$: $\sqrt{32/2} = 4$.",
    )

    c = "PHY.KTG.EQUIPARTITION"
    b.integer(
        c,
        "E",
        r"At room temperature, the molar heat capacity at constant volume of a diatomic ideal gas is $kR/2$. Find $k$.",
        5,
        r"A rigid diatomic molecule has 3 translational and 2 rotational degrees of freedom, each contributing $R/2$.",
    )
    b.mcq(
        c,
        "M",
        r"The ratio $\gamma = C_p/C_v$ for a monatomic ideal gas is",
        "5/3",
        [("7/5", "uses the value for a diatomic gas"), "4/3", "3/2"],
        r"$C_v = \tfrac32 R$, $C_p = \tfrac52 R$.",
    )
    b.mcq(
        c,
        "H",
        r"One mole of a monatomic ideal gas is mixed with one mole of a diatomic ideal gas (rigid molecules). The molar heat capacity of the mixture at constant volume is",
        r"$2R$",
        [
            (r"$4R$", "adds the heat capacities instead of averaging them per mole"),
            r"$\tfrac52 R$",
            r"$\tfrac32 R$",
        ],
        r"$C_v = \dfrac{1 \cdot \tfrac32 R + 1 \cdot \tfrac52 R}{2} = 2R$.",
    )
    b.tf(
        c,
        "M",
        "By the law of equipartition, each quadratic degree of freedom of a molecule in equilibrium at temperature T has an average energy of $\\tfrac12 k_BT$.",
        True,
        "That is the statement of equipartition; translation contributes three such terms, hence $\\tfrac32 k_BT$.",
    )


def oscillations(b: Bank) -> None:
    c = "PHY.OSC.SHM"
    b.mcq(
        c,
        "E",
        "In simple harmonic motion the acceleration of the particle is",
        "proportional to its displacement from the mean position and directed towards it",
        [
            ("constant", "confuses SHM with uniformly accelerated motion"),
            "proportional to its velocity",
            (
                "proportional to its displacement and directed away from the mean position",
                "sign error in the restoring force",
            ),
        ],
        r"$a = -\omega^2 x$.",
    )
    b.tpl(
        c,
        "M",
        r"A particle executes SHM with amplitude {{a}} cm and frequency {{f}} Hz. Find its maximum speed in m/s (to two decimal places).",
        {"a": (1, 10), "f": (1, 10)},
        "2*pi*f*a/100",
        r"$v_{max} = A\omega = 2\pi fA$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "In SHM, when the displacement is half the amplitude, the kinetic energy is what fraction of the total energy?",
        "3/4",
        [("1/2", "assumes energy is shared in proportion to displacement"), "1/4", "1/3"],
        r"$K = \tfrac12 k(A^2 - x^2) = \tfrac12 k \cdot \tfrac34 A^2$, while $E = \tfrac12 kA^2$.",
    )
    b.mcq(
        c,
        "H",
        "In simple harmonic motion, the phase difference between velocity and displacement is",
        r"$\pi/2$",
        ["0", r"$\pi$", r"$\pi/4$"],
        r"$x = A\sin\omega t$, $v = A\omega\cos\omega t = A\omega\sin(\omega t + \pi/2)$. Acceleration differs from displacement by $\pi$.",
    )

    c = "PHY.OSC.SPRING"
    b.tpl(
        c,
        "M",
        r"A mass of {{m}} kg hangs from a spring of force constant {{k}} N/m. Find the period of its vertical oscillations in s (to three decimal places).",
        {"m": (0.1, 2, 0.1), "k": (10, 100, 10)},
        "2*pi*sqrt(m/k)",
        r"$T = 2\pi\sqrt{m/k}$; gravity shifts the equilibrium but does not change the period.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        r"A mass oscillates on a spring with period $T$. It is now hung from two such springs joined in series. The new period is",
        r"$\sqrt2\,T$",
        [(r"$T/\sqrt2$", "treats series springs as stiffer"), r"$2T$", r"$T$"],
        r"Series: $k_{eff} = k/2$, so $T' = 2\pi\sqrt{2m/k} = \sqrt2 T$.",
    )
    b.mcq(
        c,
        "E",
        r"A spring of force constant $k$ is cut into two equal halves. The force constant of each half is",
        r"$2k$",
        [(r"$k/2$", "thinks a shorter spring is softer"), r"$k$", r"$4k$"],
        r"$k \propto 1/L$ for a given spring: half the length stretches half as much under the same force.",
    )
    b.tf(
        c,
        "M",
        "A spring-mass oscillator taken to the Moon has a longer period than on the Earth.",
        False,
        r"$T = 2\pi\sqrt{m/k}$ does not depend on $g$ (a pendulum's period would change).",
    )

    c = "PHY.OSC.PENDULUM"
    b.tpl(
        c,
        "E",
        r"Find the period in seconds (to two decimal places) of a simple pendulum of length {{l}} m, taking $g = 10$ m/s².",
        {"l": (0.2, 2.5, 0.1)},
        "2*pi*sqrt(l/10)",
        r"$T = 2\pi\sqrt{L/g}$ for small amplitudes.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "The length of a simple pendulum is increased by 44%. Its period increases by",
        "20%",
        [
            ("44%", "takes the period proportional to length"),
            ("22%", "halves the percentage change, an approximation too rough here"),
            "12%",
        ],
        r"$T \propto \sqrt L$: $\sqrt{1.44} = 1.2$.",
    )
    b.mcq(
        c,
        "M",
        "A simple pendulum hangs in a lift. When the lift accelerates upward, the pendulum's period",
        "decreases",
        [
            ("increases", "sign error: uses g − a for an upward acceleration"),
            "stays the same",
            "becomes infinite",
        ],
        r"The effective gravity becomes $g + a$, and $T = 2\pi\sqrt{L/(g + a)}$.",
    )
    b.tf(
        c,
        "E",
        "For small oscillations, the period of a simple pendulum does not depend on the mass of the bob.",
        True,
        r"$T = 2\pi\sqrt{L/g}$; the mass cancels.",
    )


def waves(b: Bank) -> None:
    c = "PHY.WAVES.TRAVELLING"
    b.mcq(
        c,
        "M",
        r"A wave is described by $y = 0.05\sin(2x - 10t)$ in SI units. It travels",
        "along +x at 5 m/s",
        [
            ("along −x at 5 m/s", "sign error in the direction of travel of kx − ωt"),
            ("along +x at 20 m/s", "multiplies k and ω instead of dividing"),
            "along +x at 0.2 m/s",
        ],
        r"$v = \omega/k = 10/2 = 5$ m/s; the form $f(kx - \omega t)$ moves towards +x.",
    )
    b.tpl(
        c,
        "M",
        r"A string with linear mass density {{mu}} g/m is stretched with a tension of {{t}} N. Find the speed of transverse waves on it in m/s (to one decimal place).",
        {"mu": (1, 10), "t": (10, 100, 10)},
        "sqrt(t/(mu/1000))",
        r"$v = \sqrt{T/\mu}$ with $\mu$ in kg/m.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "Which of these cannot travel through a vacuum?",
        "Sound",
        ["Light", "Radio waves", "X-rays"],
        "Sound is a mechanical (longitudinal) wave that needs a medium; the others are electromagnetic.",
    )
    b.mcq(
        c,
        "M",
        "Newton's formula for the speed of sound in air gave a value about 15% too low because he assumed",
        "the compressions and rarefactions are isothermal",
        [
            "sound is a transverse wave",
            ("the compressions are adiabatic", "reverses Newton's and Laplace's assumptions"),
            "air has no inertia",
        ],
        r"Laplace corrected it: the changes are adiabatic, so $v = \sqrt{\gamma P/\rho}$ instead of $\sqrt{P/\rho}$.",
    )

    c = "PHY.WAVES.SUPERPOSITION"
    b.tpl(
        c,
        "E",
        r"Two tuning forks of frequencies {{f1}} Hz and {{f2}} Hz are sounded together. How many beats are heard per second?",
        {"f1": (250, 262), "f2": (240, 249)},
        "f1 - f2",
        r"Beat frequency $= |f_1 - f_2|$.",
        integer=True,
    )
    b.integer(
        c,
        "H",
        "Fork A (256 Hz) and fork B give 4 beats per second. When B is loaded with a little wax, they give 6 beats per second. What is B's original frequency in Hz?",
        252,
        r"B is 252 or 260 Hz. Wax lowers B's frequency; the beat rate rises, so B moves away from 256: B = 252 Hz.",
    )
    b.mcq(
        c,
        "M",
        r"Two coherent waves, each of intensity $I$, meet in phase. The resulting intensity is",
        r"$4I$",
        [(r"$2I$", "adds intensities instead of amplitudes"), r"$I$", "0"],
        r"Amplitudes add: $2a$, and intensity $\propto$ amplitude², so $4I$.",
    )

    c = "PHY.WAVES.STANDING"
    b.tpl(
        c,
        "M",
        r"A string {{l}} m long, fixed at both ends, carries waves at {{v}} m/s. Find its fundamental frequency in Hz (to one decimal place).",
        {"l": (0.5, 2, 0.25), "v": (100, 400, 20)},
        "v/(2*l)",
        r"The fundamental has nodes at the ends only: $L = \lambda/2$, so $f_1 = v/2L$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "A pipe closed at one end produces",
        "only odd harmonics",
        [
            ("only even harmonics", "inverts the closed-pipe result"),
            ("all harmonics", "uses the open-pipe result"),
            "only the fundamental",
        ],
        r"With a node at the closed end and an antinode at the open end, $L = (2n - 1)\lambda/4$.",
    )
    b.mcq(
        c,
        "H",
        r"An open pipe has fundamental frequency $f$. A pipe of the same length closed at one end has fundamental frequency",
        r"$f/2$",
        [(r"$2f$", "inverts the length-wavelength relation"), r"$f$", r"$f/4$"],
        r"Open: $\lambda = 2L$; closed: $\lambda = 4L$, so the closed pipe's fundamental is half.",
    )
    b.mcq(
        c,
        "E",
        "In a standing wave, the distance between two adjacent nodes is",
        r"$\lambda/2$",
        [(r"$\lambda$", "confuses node spacing with wavelength"), r"$\lambda/4$", r"$2\lambda$"],
        r"Nodes repeat every half wavelength; a node and the next antinode are $\lambda/4$ apart.",
    )

    c = "PHY.WAVES.DOPPLER"
    b.tpl(
        c,
        "M",
        r"A source emitting {{f}} Hz moves at {{vs}} m/s straight towards a stationary observer. With the speed of sound 340 m/s, find the frequency heard in Hz (to one decimal place).",
        {"f": (200, 1000, 50), "vs": (10, 50, 5)},
        "f*340/(340 - vs)",
        r"$f' = f\dfrac{v}{v - v_s}$ for an approaching source.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "As an ambulance with its siren on approaches a listener and then passes, the pitch heard",
        "is higher while it approaches and lower after it passes",
        [
            (
                "is lower while it approaches and higher after it passes",
                "inverts the Doppler shift",
            ),
            "stays the same throughout",
            "rises steadily throughout",
        ],
        "Waves are bunched ahead of a moving source and stretched behind it.",
    )
    b.mcq(
        c,
        "M",
        r"An observer moves at $v/10$ towards a stationary source of frequency $f$ ($v$ = speed of sound). The frequency heard is",
        r"$1.1f$",
        [(r"$f/0.9$", "uses the formula for a moving source"), r"$0.9f$", r"$f$"],
        r"$f' = f\dfrac{v + v_o}{v} = 1.1f$.",
    )
    b.tf(
        c,
        "M",
        "If a source and an observer move with the same velocity in the same direction through still air, the observer hears the source's own frequency.",
        True,
        r"$f' = f\dfrac{v - u}{v - u} = f$: there is no relative motion.",
    )


def electrostatics(b: Bank) -> None:
    c = "PHY.ES.CHARGE"
    b.tpl(
        c,
        "M",
        r"Point charges of {{q1}} μC and {{q2}} μC are {{r}} cm apart in air. With $\dfrac{1}{4\pi\varepsilon_0} = 9 \times 10^9$ N m²/C², find the force between them in millinewtons (to one decimal place).",
        {"q1": (1, 10), "q2": (1, 10), "r": (5, 50, 5)},
        "9e9*q1*q2*1e-12/(r/100)**2*1000",
        r"$F = \dfrac{1}{4\pi\varepsilon_0}\dfrac{q_1q_2}{r^2}$ in SI units.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        r"Which of these cannot be the charge on a body? ($e = 1.6 \times 10^{-19}$ C)",
        r"$2.4 \times 10^{-19}$ C",
        [r"$3.2 \times 10^{-19}$ C", r"$4.8 \times 10^{-19}$ C", r"$1.6 \times 10^{-18}$ C"],
        r"Charge is quantised: $q = ne$. $2.4 \times 10^{-19}$ C is $1.5e$.",
    )
    b.mcq(
        c,
        "M",
        r"Two identical small conducting spheres carry $+q$ and $-3q$. They are touched together and returned to their original separation. The force between them is now",
        "one third of the original, and repulsive",
        [
            ("the same, and attractive", "ignores the redistribution of charge"),
            ("one third of the original, and attractive", "keeps the original sign of the force"),
            "zero",
        ],
        r"After contact each has $\dfrac{q - 3q}{2} = -q$: force $\propto q^2$, against $3q^2$ before, and like charges repel.",
    )
    b.integer(
        c,
        "M",
        r"A body becomes charged to $+3.2$ μC when $k \times 10^{12}$ electrons are removed from it. Find $k$. ($e = 1.6 \times 10^{-19}$ C)",
        20,
        r"$n = q/e = 3.2 \times 10^{-6}/1.6 \times 10^{-19} = 2 \times 10^{13} = 20 \times 10^{12}$.",
    )

    c = "PHY.ES.FIELD"
    b.tpl(
        c,
        "E",
        r"Find the electric field in N/C (to the nearest whole number) at {{r}} cm from a point charge of {{q}} nC in air. ($\dfrac{1}{4\pi\varepsilon_0} = 9 \times 10^9$ N m²/C²)",
        {"q": (1, 20), "r": (5, 50, 5)},
        "9e9*q*1e-9/(r/100)**2",
        r"$E = \dfrac{1}{4\pi\varepsilon_0}\dfrac{q}{r^2}$.",
        tolerance=1,
    )
    b.mcq(
        c,
        "M",
        "The electric field at the centre of a uniformly charged ring is",
        "zero",
        [
            ("maximum", "confuses the field with the potential, which is largest there"),
            r"$kQ/R^2$",
            r"$kQ/R$",
        ],
        "Contributions from diametrically opposite elements cancel by symmetry.",
    )
    b.mcq(
        c,
        "E",
        "Electric field lines never cross each other because",
        "the field has a unique direction at each point",
        ["they repel each other", "they carry charge", "the field is zero where they would cross"],
        "At a crossing there would be two directions of the field at one point, which is impossible.",
    )
    b.mcq(
        c,
        "H",
        r"The electric field of a very long straight wire with uniform charge per unit length $\lambda$ varies with distance $r$ from the wire as",
        r"$1/r$",
        [
            (r"$1/r^2$", "uses the point-charge result for a line charge"),
            r"$1/r^3$",
            "independent of r",
        ],
        r"Gauss's law with a cylinder: $E \cdot 2\pi rl = \lambda l/\varepsilon_0$, so $E = \dfrac{\lambda}{2\pi\varepsilon_0 r}$.",
    )

    c = "PHY.ES.DIPOLE"
    b.mcq(
        c,
        "E",
        "An electric dipole placed in a uniform electric field experiences",
        "a torque but no net force",
        [
            ("a net force but no torque", "forgets that the forces on the two charges cancel"),
            "both a net force and a torque",
            "neither a force nor a torque",
        ],
        r"The forces $q\vec E$ and $-q\vec E$ cancel but form a couple: $\vec\tau = \vec p \times \vec E$.",
    )
    b.tpl(
        c,
        "M",
        r"A dipole of charges ±{{q}} μC separated by {{d}} mm makes an angle of 30° with a uniform field of {{ef}} × 10⁴ N/C. Find the torque on it in units of $10^{-5}$ N m (to two decimal places).",
        {"q": (1, 10), "d": (1, 5), "ef": (1, 10)},
        "q*1e-6*d*1e-3*ef*1e4*0.5*1e5",
        r"$\tau = pE\sin\theta$ with $p = qd$ and $\sin 30^\circ = \tfrac12$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "At the same large distance from a short dipole, the ratio of the field on its axis to the field on its equatorial line is",
        "2 : 1",
        ["1 : 2", "1 : 1", "4 : 1"],
        r"$E_{axial} = \dfrac{2kp}{r^3}$ and $E_{equatorial} = \dfrac{kp}{r^3}$.",
    )
    b.mcq(
        c,
        "H",
        r"The work needed to turn a dipole of moment $p$ from alignment with a uniform field $E$ to the opposite direction is",
        r"$2pE$",
        [
            ("0", "thinks work is zero because the dipole ends up parallel to the field line"),
            r"$pE$",
            r"$-2pE$",
        ],
        r"$W = U_f - U_i = (-pE\cos 180^\circ) - (-pE\cos 0^\circ) = 2pE$.",
    )

    c = "PHY.ES.GAUSS"
    b.mcq(
        c,
        "E",
        r"The electric flux through a closed surface enclosing a charge $q$ in vacuum is",
        r"$q/\varepsilon_0$",
        [
            r"$q\varepsilon_0$",
            ("zero", "thinks flux in and out always cancel"),
            r"$q/(4\pi\varepsilon_0)$",
        ],
        r"Gauss's law: $\oint \vec E\cdot d\vec A = q_{enc}/\varepsilon_0$, whatever the shape of the surface.",
    )
    b.mcq(
        c,
        "M",
        r"A point charge $q$ sits at the centre of a cube. The flux through one face is",
        r"$\dfrac{q}{6\varepsilon_0}$",
        [
            r"$\dfrac{q}{\varepsilon_0}$",
            r"$\dfrac{q}{8\varepsilon_0}$",
            r"$\dfrac{q}{24\varepsilon_0}$",
        ],
        "By symmetry the total flux is shared equally among the six faces.",
    )
    b.mcq(
        c,
        "H",
        r"Inside a uniformly charged solid (non-conducting) sphere, the electric field at distance $r$ from the centre is",
        r"proportional to $r$",
        [(r"proportional to $1/r^2$", "applies the outside result inside"), "zero", "constant"],
        r"The charge enclosed grows as $r^3$: $E \cdot 4\pi r^2 = \dfrac{Q r^3}{R^3\varepsilon_0}$, so $E \propto r$.",
    )
    b.tf(
        c,
        "M",
        r"In Gauss's law $\oint \vec E\cdot d\vec A = q_{enc}/\varepsilon_0$, the field $\vec E$ is the field due to the enclosed charges only.",
        False,
        "The field is the total field of all charges, inside and outside; outside charges contribute zero net flux, not zero field.",
    )

    c = "PHY.ES.POTENTIAL"
    b.tpl(
        c,
        "M",
        r"How much work, in millijoules (to one decimal place), is needed to bring a charge of {{q}} μC from infinity to a point {{r}} cm from a fixed charge of {{Q}} μC? ($\dfrac{1}{4\pi\varepsilon_0} = 9 \times 10^9$ N m²/C²)",
        {"q": (1, 10), "Q": (1, 10), "r": (5, 50, 5)},
        "9e9*Q*1e-6*q*1e-6/(r/100)*1000",
        r"$W = qV = \dfrac{1}{4\pi\varepsilon_0}\dfrac{Qq}{r}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "The work done in moving a charge along an equipotential surface is",
        "zero",
        ["positive", "negative", "equal to the charge times the field"],
        r"$W = q\Delta V$ and $\Delta V = 0$; the field is perpendicular to the surface.",
    )
    b.mcq(
        c,
        "M",
        r"Charges $+q, +q, -q, -q$ sit at the corners of a square, the like charges on adjacent corners. At the centre of the square,",
        "the potential is zero but the field is not",
        [
            (
                "both the potential and the field are zero",
                "thinks zero potential implies zero field",
            ),
            "the field is zero but the potential is not",
            "neither is zero",
        ],
        "The four equal distances make the potentials cancel, but the fields of the two positive charges both point towards the negative side and add.",
    )
    b.tf(
        c,
        "M",
        "Wherever the electric potential is zero, the electric field must also be zero.",
        False,
        "On the perpendicular bisector of a dipole the potential is zero but the field is not.",
    )

    c = "PHY.ES.CONDUCTORS"
    b.mcq(
        c,
        "E",
        "In electrostatic equilibrium, the electric field inside the material of a conductor is",
        "zero",
        ["maximum at the centre", "equal to the field just outside", "uniform and non-zero"],
        "Otherwise the free electrons would move; charge resides on the surface.",
    )
    b.mcq(
        c,
        "M",
        "On a charged conductor of irregular shape, the surface charge density is greatest",
        "at the sharpest points",
        [
            ("on the flattest parts", "inverts the curvature dependence"),
            "uniform everywhere",
            "at the centre of mass",
        ],
        "Charge density is largest where the radius of curvature is smallest; this is why lightning conductors are pointed.",
    )
    b.mcq(
        c,
        "M",
        r"A slab of dielectric constant $K$ fills the region between two parallel charged plates (charge held fixed). The field in the dielectric",
        r"is reduced by a factor $K$",
        [
            (r"increases by a factor $K$", "thinks a dielectric strengthens the field"),
            "is unchanged",
            "becomes zero",
        ],
        r"Polarisation charges on the dielectric's faces oppose the applied field: $E = E_0/K$.",
    )
    b.tf(
        c,
        "E",
        "Charges outside a closed hollow conductor produce no electric field in its empty cavity.",
        True,
        "This is electrostatic shielding: the induced surface charges cancel the outside field everywhere inside.",
    )

    c = "PHY.ES.CAPACITANCE"
    b.tpl(
        c,
        "M",
        r"A parallel-plate air capacitor has plates of area {{a}} cm² separated by {{d}} mm. With $\varepsilon_0 = 8.85 \times 10^{-12}$ F/m, find its capacitance in pF (to two decimal places).",
        {"a": (10, 200, 10), "d": (0.5, 5, 0.5)},
        "8.85e-12*a*1e-4/(d*1e-3)*1e12",
        r"$C = \dfrac{\varepsilon_0 A}{d}$ with $A$ in m² and $d$ in m.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        r"The space between the plates of a capacitor of capacitance $C$ is filled completely with a dielectric of constant $K$. The capacitance becomes",
        r"$KC$",
        [(r"$C/K$", "inverts the effect of the dielectric"), r"$C$", r"$K^2C$"],
        r"$C = \dfrac{K\varepsilon_0 A}{d}$.",
    )
    b.msq(
        c,
        "H",
        "A parallel-plate capacitor is charged and disconnected from the battery. Its plates are then pulled apart to twice the separation. Which statements are true?",
        [
            ("The charge on the plates is unchanged", True),
            ("The capacitance is halved", True),
            ("The potential difference doubles", True),
            (
                "The stored energy is halved",
                False,
                "applies ½CV² at constant V although the charge, not V, is fixed",
            ),
        ],
        r"Isolated plates keep $Q$. $C \propto 1/d$ halves, $V = Q/C$ doubles, and $U = Q^2/2C$ doubles (the work done pulling the plates apart).",
    )

    c = "PHY.ES.CAP_NETWORKS"
    b.tpl(
        c,
        "E",
        r"Capacitors of {{c1}} μF and {{c2}} μF are connected in series. Find the equivalent capacitance in μF (to two decimal places).",
        {"c1": (1, 12), "c2": (1, 12)},
        "c1*c2/(c1 + c2)",
        r"$\dfrac{1}{C} = \dfrac{1}{C_1} + \dfrac{1}{C_2}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"A {{c}} μF capacitor is charged to {{v}} V. How much energy does it store, in μJ?",
        {"c": (1, 10), "v": (10, 100, 10)},
        "c*v**2/2",
        r"$U = \tfrac12 CV^2$.",
        integer=True,
    )
    b.mcq(
        c,
        "M",
        "Capacitors of 2 μF and 4 μF are connected in parallel across a 10 V battery. The total charge drawn from the battery is",
        "60 μC",
        [("13.3 μC", "combines parallel capacitors like resistors in parallel"), "20 μC", "40 μC"],
        r"Parallel: $C = 6$ μF, $Q = CV = 60$ μC.",
    )
    b.mcq(
        c,
        "H",
        "A capacitor charged to V is connected across an identical uncharged capacitor. What fraction of the original stored energy is lost?",
        "1/2",
        [("0", "assumes energy is conserved when charge is shared"), "1/4", "3/4"],
        r"Charge is shared: each gets $V/2$. Energy: $2 \times \tfrac12 C(V/2)^2 = \tfrac14 CV^2$, half of $\tfrac12 CV^2$; the rest is lost as heat and radiation.",
    )


def current(b: Bank) -> None:
    c = "PHY.CE.OHM"
    b.mcq(
        c,
        "M",
        "A wire of resistance R is stretched uniformly to twice its length. Its new resistance is",
        r"$4R$",
        [
            (r"$2R$", "forgets that the cross-section shrinks as the wire is stretched"),
            r"$R$",
            r"$R/2$",
        ],
        r"Volume is constant: doubling $L$ halves $A$, and $R = \rho L/A$ becomes four times.",
    )
    b.tpl(
        c,
        "M",
        r"A copper wire of cross-section {{a}} mm² carries {{i}} A. Copper has $8.5 \times 10^{28}$ free electrons per m³ and $e = 1.6 \times 10^{-19}$ C. Find the drift speed in μm/s (to one decimal place).",
        {"a": (1, 5), "i": (1, 10)},
        "i/(8.5e28*1.6e-19*a*1e-6)*1e6",
        r"$I = neAv_d$, so $v_d = \dfrac{I}{neA}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "The resistivity of a metal wire depends on",
        "its material and temperature",
        [
            ("its length", "confuses resistivity with resistance"),
            "its cross-sectional area",
            "the current through it",
        ],
        r"Resistance $R = \rho L/A$ depends on the dimensions; the resistivity $\rho$ is a property of the material at a given temperature.",
    )
    b.tf(
        c,
        "M",
        "The resistance of a metal increases with temperature while that of a pure semiconductor decreases.",
        True,
        "In metals, more lattice vibration reduces the relaxation time; in semiconductors many more carriers are freed.",
    )

    c = "PHY.CE.COMBINATION"
    b.tpl(
        c,
        "E",
        r"Resistors of {{r1}} Ω and {{r2}} Ω are connected in parallel. Find the equivalent resistance in ohms (to two decimal places).",
        {"r1": (2, 30), "r2": (2, 30)},
        "r1*r2/(r1 + r2)",
        r"$\dfrac{1}{R} = \dfrac{1}{R_1} + \dfrac{1}{R_2}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "Using all three of three 6 Ω resistors, which equivalent resistance can NOT be obtained?",
        "3 Ω",
        ["2 Ω", "4 Ω", "9 Ω"],
        "All parallel: 2 Ω; all series: 18 Ω; one in series with two in parallel: 9 Ω; one in parallel with two in series: 4 Ω. 3 Ω needs only two resistors.",
    )
    b.integer(
        c,
        "M",
        "A uniform wire of resistance 12 Ω is bent into a circle. What is the resistance in ohms between two diametrically opposite points?",
        3,
        r"Two halves of 6 Ω each in parallel: $6 \times 6/12 = 3$ Ω.",
    )
    b.mcq(
        c,
        "H",
        "Twelve equal resistors R form the edges of a cube. The resistance between two diagonally opposite corners of the cube is",
        r"$\dfrac{5R}{6}$",
        [
            (r"$\dfrac{3R}{4}$", "uses the result for the ends of one face diagonal"),
            (r"$\dfrac{7R}{12}$", "uses the result for the ends of one edge"),
            r"$\dfrac{R}{2}$",
        ],
        r"By symmetry the current $I$ splits 3 ways, then 6 ways, then recombines 3 ways: $V = \tfrac{I}{3}R + \tfrac{I}{6}R + \tfrac{I}{3}R = \tfrac56 IR$.",
    )

    c = "PHY.CE.EMF"
    b.tpl(
        c,
        "M",
        r"A cell of emf {{emf}} V and internal resistance {{r}} Ω is connected to an external resistor of {{R}} Ω. Find the terminal voltage in volts (to two decimal places).",
        {"emf": (2, 12), "r": (0.5, 3, 0.5), "R": (2, 20)},
        "emf*R/(R + r)",
        r"$I = \dfrac{E}{R + r}$ and $V = E - Ir = \dfrac{ER}{R + r}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The terminal voltage of a cell equals its emf when",
        "no current is drawn from it",
        [
            ("it delivers maximum current", "thinks a larger current raises the terminal voltage"),
            "it is short-circuited",
            "its internal resistance is large",
        ],
        r"$V = E - Ir$ equals $E$ only when $I = 0$ (or $r = 0$).",
    )
    b.mcq(
        c,
        "M",
        r"$n$ identical cells, each of emf $E$ and internal resistance $r$, are connected in series across an external resistor $R$. The current is",
        r"$\dfrac{nE}{R + nr}$",
        [
            (r"$\dfrac{nE}{R + r}$", "adds the emfs but not the internal resistances"),
            r"$\dfrac{E}{R + nr}$",
            r"$\dfrac{nE}{nR + r}$",
        ],
        "In series both the emfs and the internal resistances add.",
    )
    b.tf(
        c,
        "M",
        "While a cell is being charged, its terminal voltage is greater than its emf.",
        True,
        r"The charging current flows into the positive terminal: $V = E + Ir$.",
    )

    c = "PHY.CE.KIRCHHOFF"
    b.integer(
        c,
        "M",
        "A 12 V battery in series with 2 Ω and a 6 V battery in series with 2 Ω are connected in parallel (positive terminals joined) across a 2 Ω load. The batteries have no internal resistance. Find the current in the load, in amperes.",
        3,
        r"Let the load voltage be $V$. Junction rule: $\dfrac{12 - V}{2} + \dfrac{6 - V}{2} = \dfrac{V}{2}$, so $V = 6$ V and $I = 3$ A. (The 6 V branch then carries no current.)",
    )
    b.mcq(
        c,
        "E",
        "Kirchhoff's junction rule is a consequence of the conservation of",
        "charge",
        [("energy", "confuses the junction rule with the loop rule"), "momentum", "mass"],
        "Charge cannot pile up at a junction, so the current in equals the current out. The loop rule expresses energy conservation.",
    )
    b.msq(
        c,
        "M",
        "Which statements about Kirchhoff's laws are correct?",
        [
            ("The junction rule follows from conservation of charge", True),
            ("The loop rule follows from conservation of energy", True),
            (
                "The loop rule holds only if every resistor obeys Ohm's law",
                False,
                "thinks Kirchhoff's laws need ohmic elements",
            ),
            ("Around any closed loop, the algebraic sum of potential changes is zero", True),
        ],
        "The laws concern charge and energy and hold for non-ohmic elements too; only the relation used for each element's voltage changes.",
    )

    c = "PHY.CE.BRIDGE"
    b.mcq(
        c,
        "M",
        "In a balanced Wheatstone bridge P = 10 Ω, Q = 20 Ω and R = 15 Ω. The fourth resistance S is",
        "30 Ω",
        [("7.5 Ω", "inverts the ratio P/Q"), "25 Ω", "45 Ω"],
        r"$\dfrac PQ = \dfrac RS$, so $S = \dfrac{QR}{P} = 30$ Ω.",
    )
    b.tpl(
        c,
        "M",
        r"In a metre bridge an unknown resistance X is in the left gap and {{r}} Ω in the right gap. The balance point is {{l}} cm from the left end. Find X in ohms (to two decimal places).",
        {"r": (2, 20), "l": (20, 80, 5)},
        "r*l/(100 - l)",
        r"$\dfrac XR = \dfrac{l}{100 - l}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "A potentiometer measures the emf of a cell more accurately than a voltmeter because",
        "it draws no current from the cell at balance",
        [
            "its wire has a high resistance",
            "it uses a sensitive galvanometer",
            "it measures current instead of voltage",
        ],
        "At the null point no current flows through the cell, so there is no drop across its internal resistance.",
    )
    b.mcq(
        c,
        "M",
        "On a potentiometer, a cell of emf 1.5 V balances at 300 cm. Another cell balances at 240 cm. Its emf is",
        "1.2 V",
        [("1.875 V", "inverts the ratio of balancing lengths"), "1.0 V", "0.6 V"],
        r"$\dfrac{E_1}{E_2} = \dfrac{l_1}{l_2}$: $E_2 = 1.5 \times 240/300 = 1.2$ V.",
    )

    c = "PHY.CE.POWER"
    b.tpl(
        c,
        "E",
        r"A resistor of {{r}} Ω is connected across {{v}} V. Find the power dissipated in watts (to two decimal places).",
        {"r": (5, 50, 5), "v": (10, 100, 10)},
        "v**2/r",
        r"$P = V^2/R$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A 100 W and a 60 W bulb, both rated for 220 V, are connected in series across 220 V. Which glows brighter?",
        "The 60 W bulb",
        [
            ("The 100 W bulb", "assumes the higher-rated bulb always glows brighter"),
            "Both equally",
            "Neither glows",
        ],
        r"$R = V^2/P$ is larger for the 60 W bulb. In series the same current flows, so $P = I^2R$ is larger in it.",
    )
    b.mcq(
        c,
        "E",
        "A 1.5 kW heater runs for 2 hours. The energy it uses is",
        "3 kWh",
        ["0.75 kWh", "3 kW", "3000 kWh"],
        r"$E = Pt = 1.5 \times 2 = 3$ kWh (a kWh is $3.6 \times 10^6$ J).",
    )
    b.mcq(
        c,
        "M",
        "A cell of internal resistance r delivers the maximum power to an external resistor R when",
        "R = r",
        [
            "R = 0",
            ("R is as large as possible", "thinks larger resistance always absorbs more power"),
            "R = 2r",
        ],
        r"$P = \dfrac{E^2R}{(R + r)^2}$ is maximum at $R = r$.",
    )


def magnetism(b: Bank) -> None:
    c = "PHY.MAG.BIOT_SAVART"
    b.tpl(
        c,
        "M",
        r"A circular coil of {{n}} turns and radius {{r}} cm carries {{i}} A. With $\mu_0 = 4\pi \times 10^{-7}$ T m/A, find the magnetic field at its centre in μT (to two decimal places).",
        {"n": (1, 50), "r": (2, 20), "i": (1, 5)},
        "4*pi*1e-7*n*i/(2*r/100)*1e6",
        r"$B = \dfrac{\mu_0 NI}{2R}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A wire bent into a semicircle of radius $R$ carries current $I$. The field at the centre due to the semicircle is",
        r"$\dfrac{\mu_0 I}{4R}$",
        [
            (r"$\dfrac{\mu_0 I}{2R}$", "uses the result for a full loop"),
            r"$\dfrac{\mu_0 I}{2\pi R}$",
            r"$\dfrac{\mu_0 I}{4\pi R}$",
        ],
        r"Each element contributes equally; half a loop gives half of $\mu_0 I/2R$.",
    )
    b.mcq(
        c,
        "H",
        r"The magnetic field on the axis of a current loop of radius $R$ at distance $R$ from its centre, compared with the field $B_0$ at the centre, is",
        r"$\dfrac{B_0}{2\sqrt2}$",
        [
            (r"$\dfrac{B_0}{2}$", "assumes the field falls in proportion to distance"),
            r"$\dfrac{B_0}{4}$",
            r"$\dfrac{B_0}{8}$",
        ],
        r"$B = \dfrac{\mu_0 IR^2}{2(R^2 + x^2)^{3/2}}$; at $x = R$ this is $\dfrac{\mu_0 I}{2R} \cdot \dfrac{1}{2^{3/2}}$.",
    )

    c = "PHY.MAG.AMPERE"
    b.tpl(
        c,
        "E",
        r"A long straight wire carries {{i}} A. With $\mu_0 = 4\pi \times 10^{-7}$ T m/A, find the magnetic field {{r}} cm from it in μT (to two decimal places).",
        {"i": (1, 20), "r": (1, 20)},
        "2e-7*i/(r/100)*1e6",
        r"$B = \dfrac{\mu_0 I}{2\pi r}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "If both the number of turns per unit length and the current of a long solenoid are doubled, the field inside becomes",
        "four times",
        [("twice", "doubles only one of the two factors"), "the same", "eight times"],
        r"$B = \mu_0 nI$.",
    )
    b.mcq(
        c,
        "M",
        "For an ideal toroid carrying current, the magnetic field is",
        "non-zero only inside the windings, and varies as 1/r there",
        [
            (
                "uniform everywhere inside and outside",
                "confuses the toroid with an infinite field region",
            ),
            "zero inside the windings",
            "strongest in the central hole",
        ],
        r"Ampere's law: inside the core $B \cdot 2\pi r = \mu_0 NI$; in the hole and outside the enclosed current is zero.",
    )
    b.mcq(
        c,
        "H",
        "A long hollow thin-walled metal tube carries a current along its length. The magnetic field inside the hollow is",
        "zero",
        [
            (r"$\mu_0 I/2\pi r$", "applies the outside result inside"),
            "uniform and non-zero",
            "maximum on the axis",
        ],
        "An Amperian circle inside the hollow encloses no current, and by symmetry the field is the same all round it, so it must be zero.",
    )

    c = "PHY.MAG.LORENTZ"
    b.tpl(
        c,
        "M",
        r"A proton ($m = 1.67 \times 10^{-27}$ kg, $q = 1.6 \times 10^{-19}$ C) moves at {{v}} × 10⁶ m/s perpendicular to a uniform field of {{bb}} T. Find the radius of its path in cm (to two decimal places).",
        {"v": (1, 10), "bb": (0.1, 1, 0.1)},
        "1.67e-27*v*1e6/(1.6e-19*bb)*100",
        r"$qvB = \dfrac{mv^2}{r}$, so $r = \dfrac{mv}{qB}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The work done by a magnetic field on a moving charged particle is",
        "always zero",
        [
            (
                "positive when the particle speeds up",
                "thinks a magnetic force can change the speed",
            ),
            "equal to qvB",
            "negative",
        ],
        r"$\vec F = q\vec v \times \vec B$ is always perpendicular to $\vec v$, so it changes only the direction of motion.",
    )
    b.mcq(
        c,
        "M",
        "In crossed electric and magnetic fields (E perpendicular to B, both perpendicular to the velocity), a charged particle passes undeflected when its speed is",
        r"$E/B$",
        [r"$B/E$", r"$EB$", r"$\sqrt{E/B}$"],
        r"Undeflected when $qE = qvB$; the speed does not depend on charge or mass.",
    )
    b.tf(
        c,
        "M",
        "The time a charged particle takes for one revolution in a uniform magnetic field does not depend on its speed.",
        True,
        r"$T = \dfrac{2\pi m}{qB}$; faster particles move on larger circles. This is the principle of the cyclotron.",
    )

    c = "PHY.MAG.FORCE_CONDUCTOR"
    b.mcq(
        c,
        "E",
        "Two long parallel wires carry currents in the same direction. They",
        "attract each other",
        [
            ("repel each other", "carries over 'like charges repel' to currents"),
            "exert no force on each other",
            "twist about each other",
        ],
        "Each wire sits in the other's field; the force on parallel currents is attractive.",
    )
    b.tpl(
        c,
        "M",
        r"Two long parallel wires {{d}} cm apart carry {{i1}} A and {{i2}} A. Find the force per metre of length between them in units of $10^{-5}$ N/m (to two decimal places). ($\mu_0 = 4\pi \times 10^{-7}$ T m/A)",
        {"d": (1, 20), "i1": (1, 20), "i2": (1, 20)},
        "2e-7*i1*i2/(d/100)*1e5",
        r"$\dfrac FL = \dfrac{\mu_0 I_1 I_2}{2\pi d}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A rectangular current loop in a uniform magnetic field experiences the largest torque when",
        "the plane of the loop is parallel to the field",
        [
            (
                "the plane of the loop is perpendicular to the field",
                "confuses the direction of the area vector with the plane",
            ),
            "the field is zero",
            "the loop is at 45° to the field",
        ],
        r"$\tau = NIAB\sin\theta$ with $\theta$ between the field and the loop's normal; it is largest at $\theta = 90^\circ$, when the plane contains the field.",
    )
    b.tpl(
        c,
        "E",
        r"A straight wire {{l}} m long carrying {{i}} A lies perpendicular to a uniform field of {{bb}} T. Find the force on it in newtons (to two decimal places).",
        {"l": (0.5, 2, 0.5), "i": (1, 10), "bb": (0.1, 1, 0.1)},
        "bb*i*l",
        r"$F = BIL\sin 90^\circ$.",
        tolerance=0.01,
    )

    c = "PHY.MAG.GALVANOMETER"
    b.mcq(
        c,
        "E",
        "A galvanometer is converted into an ammeter by connecting",
        "a low resistance in parallel with it",
        [
            (
                "a high resistance in series with it",
                "confuses the ammeter with the voltmeter conversion",
            ),
            "a low resistance in series",
            "a high resistance in parallel",
        ],
        "The shunt carries most of the current, and the low total resistance barely disturbs the circuit.",
    )
    b.tpl(
        c,
        "M",
        r"A galvanometer of resistance {{g}} Ω gives full-scale deflection at {{ig}} mA. Find the shunt resistance in milliohms (to two decimal places) that converts it into an ammeter reading up to {{i}} A.",
        {"g": (20, 100, 10), "ig": (1, 10), "i": (1, 5)},
        "ig/1000*g/(i - ig/1000)*1000",
        r"The shunt carries $I - I_g$ at the same voltage: $S = \dfrac{I_g G}{I - I_g}$.",
        tolerance=0.01,
    )
    b.tpl(
        c,
        "M",
        r"A galvanometer of resistance {{g}} Ω gives full-scale deflection at {{ig}} mA. What resistance in ohms (to one decimal place) must be put in series to make a voltmeter reading up to {{v}} V?",
        {"g": (50, 100, 10), "ig": (1, 5), "v": (5, 20)},
        "v/(ig/1000) - g",
        r"$I_g(G + R) = V$, so $R = V/I_g - G$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "In a moving coil galvanometer the magnetic field is made radial so that",
        "the deflection is proportional to the current",
        [
            "the coil does not heat up",
            "the galvanometer needs no spring",
            "the field is stronger near the coil's axis",
        ],
        r"In a radial field the plane of the coil always contains B, so the torque $NIAB$ does not depend on the angle and $\theta = \dfrac{NAB}{k}I$.",
    )

    c = "PHY.MAG.MAGNETISM"
    b.mcq(
        c,
        "E",
        "A diamagnetic material has a magnetic susceptibility that is",
        "small and negative",
        [
            ("small and positive", "confuses diamagnetism with paramagnetism"),
            "large and positive",
            "zero",
        ],
        "Diamagnets are weakly repelled by a magnet; their induced moment opposes the field.",
    )
    b.mcq(
        c,
        "M",
        "According to Curie's law, the susceptibility of a paramagnetic material is",
        "inversely proportional to its absolute temperature",
        [
            ("directly proportional to its absolute temperature", "inverts Curie's law"),
            "independent of temperature",
            "negative",
        ],
        r"$\chi = C/T$: thermal agitation works against the alignment of atomic moments.",
    )
    b.msq(
        c,
        "M",
        "Which statements about ferromagnetic materials are true?",
        [
            ("They contain magnetic domains", True),
            ("Above the Curie temperature they become paramagnetic", True),
            (
                "Their susceptibility is small and negative",
                False,
                "confuses ferromagnetism with diamagnetism",
            ),
            ("They show hysteresis", True),
        ],
        "Ferromagnets have large positive susceptibility from aligned domains; heating past the Curie temperature destroys the domain order.",
    )
    b.mcq(
        c,
        "M",
        "A bar magnet of magnetic moment M is cut into two equal halves perpendicular to its length. The magnetic moment of each half is",
        "M/2",
        [("M", "thinks each piece keeps the full pole strength and length"), "2M", "M/4"],
        r"Each half keeps the pole strength $m$ but has half the length: $m(l/2) = M/2$.",
    )


def induction(b: Bank) -> None:
    c = "PHY.EMI.FARADAY"
    b.tpl(
        c,
        "M",
        r"A coil of {{n}} turns and area {{a}} cm² lies perpendicular to a magnetic field that changes uniformly from 0 to {{bb}} T in {{t}} s. Find the induced emf in millivolts (to two decimal places).",
        {"n": (10, 200, 10), "a": (10, 100, 10), "bb": (0.1, 1, 0.1), "t": (0.1, 1, 0.1)},
        "n*a*1e-4*bb/t*1000",
        r"$|\varepsilon| = N\dfrac{\Delta\Phi}{\Delta t} = \dfrac{NA\Delta B}{\Delta t}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "Lenz's law is a consequence of the conservation of",
        "energy",
        [("charge", "confuses Lenz's law with the junction rule"), "momentum", "magnetic flux"],
        "If the induced current aided the change that caused it, energy would be created from nothing.",
    )
    b.mcq(
        c,
        "M",
        "A bar magnet is dropped through a horizontal copper ring. While falling towards and through the ring, its acceleration is",
        "less than g",
        [
            ("greater than g", "thinks the induced current pulls the magnet through"),
            "exactly g",
            "zero",
        ],
        "The induced current opposes the relative motion (Lenz's law), so the ring repels the approaching magnet and attracts the receding one.",
    )
    b.tf(
        c,
        "E",
        "A large but constant magnetic flux through a coil induces an emf in it.",
        False,
        r"Only a change of flux induces an emf: $\varepsilon = -d\Phi/dt$.",
    )

    c = "PHY.EMI.MOTIONAL"
    b.tpl(
        c,
        "E",
        r"A rod {{l}} m long moves at {{v}} m/s perpendicular to itself and to a uniform field of {{bb}} T. Find the emf across its ends in volts (to two decimal places).",
        {"l": (0.5, 2, 0.5), "v": (1, 20), "bb": (0.1, 1, 0.1)},
        "bb*l*v",
        r"Motional emf $\varepsilon = Blv$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        r"A rod of length $L$ rotates with angular speed $\omega$ about one end in a plane perpendicular to a uniform field $B$. The emf between its ends is",
        r"$\tfrac12 B\omega L^2$",
        [
            (r"$B\omega L^2$", "uses the speed of the far end for the whole rod"),
            r"$2B\omega L^2$",
            r"$B\omega L$",
        ],
        r"$\varepsilon = \int_0^L B\omega r\,dr = \tfrac12 B\omega L^2$ (the average speed is $\omega L/2$).",
    )
    b.mcq(
        c,
        "M",
        "Transformer cores are laminated in order to",
        "reduce eddy current losses",
        [
            ("increase the magnetic flux", "thinks laminations strengthen the core"),
            "reduce hysteresis loss",
            "increase the number of turns",
        ],
        "Thin insulated sheets break up the paths of eddy currents, reducing their heating.",
    )
    b.mcq(
        c,
        "H",
        r"A rod of length $l$ slides at constant speed $v$ on smooth rails joined by a resistor $R$, in a uniform field $B$ perpendicular to the plane. The external force needed to keep it moving is",
        r"$\dfrac{B^2l^2v}{R}$",
        [
            (
                "zero, since the speed is constant",
                "forgets the magnetic force on the induced current",
            ),
            r"$\dfrac{Blv}{R}$",
            r"$\dfrac{B^2l^2v^2}{R}$",
        ],
        r"$I = \dfrac{Blv}{R}$ and the magnetic force on the rod is $BIl = \dfrac{B^2l^2v}{R}$, opposing the motion.",
    )

    c = "PHY.EMI.INDUCTANCE"
    b.tpl(
        c,
        "M",
        r"A coil of self-inductance {{l}} mH carries {{i}} A. Find the energy stored in its magnetic field in mJ (to one decimal place).",
        {"l": (10, 200, 10), "i": (1, 10)},
        "l*i**2/2",
        r"$U = \tfrac12 LI^2$ (mH × A² = mJ).",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "If the number of turns of a long solenoid is doubled, keeping its length and area the same, its self-inductance becomes",
        "four times",
        [("twice", "takes inductance proportional to the number of turns"), "the same", "half"],
        r"$L = \mu_0 N^2A/l$.",
    )
    b.mcq(
        c,
        "E",
        "One henry equals",
        "one volt second per ampere",
        ["one ampere per volt second", "one ohm per second", "one weber per second"],
        r"$\varepsilon = L\,dI/dt$ gives $L$ in V s/A (equivalently Wb/A or Ω s).",
    )
    b.tpl(
        c,
        "E",
        r"The current in a coil of inductance {{l}} H changes at a steady {{r}} A/s. Find the magnitude of the self-induced emf in volts (to two decimal places).",
        {"l": (0.1, 2, 0.1), "r": (1, 20)},
        "l*r",
        r"$|\varepsilon| = L\dfrac{dI}{dt}$.",
        tolerance=0.01,
    )

    c = "PHY.EMI.AC"
    b.tpl(
        c,
        "E",
        r"An AC voltage has a peak value of {{v}} V. Find its rms value in volts (to two decimal places).",
        {"v": (10, 400, 10)},
        "v/sqrt(2)",
        r"$V_{rms} = V_0/\sqrt2$ for a sinusoid.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "In a purely inductive AC circuit, the current",
        r"lags the voltage by $\pi/2$",
        [
            (r"leads the voltage by $\pi/2$", "uses the capacitor's phase relation"),
            "is in phase with the voltage",
            r"lags the voltage by $\pi$",
        ],
        r"$v = L\,di/dt$: for $i = I_0\sin\omega t$, $v = \omega LI_0\cos\omega t$, a quarter-cycle ahead of the current.",
    )
    b.tpl(
        c,
        "M",
        r"Find the reactance in ohms (to one decimal place) of a {{c}} μF capacitor at {{f}} Hz.",
        {"c": (1, 20), "f": (50, 500, 50)},
        "1/(2*pi*f*c*1e-6)",
        r"$X_C = \dfrac{1}{2\pi fC}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "The average power consumed over a cycle by an ideal capacitor in an AC circuit is",
        "zero",
        [
            (r"$V_{rms}I_{rms}$", "ignores the phase difference between voltage and current"),
            r"$\tfrac12 V_0I_0$",
            "maximum at resonance",
        ],
        r"The phase difference is $\pi/2$, so $P = V_{rms}I_{rms}\cos 90^\circ = 0$.",
    )

    c = "PHY.EMI.LCR"
    b.tpl(
        c,
        "M",
        r"A series LCR circuit has L = {{l}} mH and C = {{c}} μF. Find its resonant frequency in Hz (to one decimal place).",
        {"l": (10, 200, 10), "c": (1, 20)},
        "1/(2*pi*sqrt(l*1e-3*c*1e-6))",
        r"$f_0 = \dfrac{1}{2\pi\sqrt{LC}}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "At resonance in a series LCR circuit,",
        "the impedance equals R and the power factor is 1",
        [
            ("the impedance is zero", "forgets the resistance"),
            "the current is minimum",
            "the voltage across L is zero",
        ],
        r"$X_L = X_C$, so $Z = R$, current is maximum and in phase with the voltage.",
    )
    b.tpl(
        c,
        "H",
        r"A series circuit has R = {{r}} Ω, $X_L$ = {{xl}} Ω and $X_C$ = {{xc}} Ω. Find its impedance in ohms (to two decimal places).",
        {"r": (10, 50, 5), "xl": (20, 100, 10), "xc": (10, 90, 10)},
        "sqrt(r**2 + (xl - xc)**2)",
        r"$Z = \sqrt{R^2 + (X_L - X_C)^2}$; the reactances subtract because their voltages are $\pi$ out of phase.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "H",
        r"The quality factor of a series LCR circuit with resonant angular frequency $\omega_0$ is",
        r"$\dfrac{\omega_0 L}{R}$",
        [r"$\dfrac{R}{\omega_0 L}$", r"$\omega_0 RC$", r"$\dfrac{1}{\omega_0 L}$"],
        r"$Q = \dfrac{\omega_0 L}{R} = \dfrac{1}{\omega_0 CR}$; a larger Q gives a sharper resonance.",
    )

    c = "PHY.EMI.TRANSFORMER"
    b.tpl(
        c,
        "E",
        r"An ideal transformer has {{np}} turns in the primary and {{ns}} turns in the secondary. With {{vp}} V across the primary, find the secondary voltage in volts (to one decimal place).",
        {"np": (100, 1000, 100), "ns": (50, 2000, 50), "vp": (110, 240, 10)},
        "vp*ns/np",
        r"$\dfrac{V_s}{V_p} = \dfrac{N_s}{N_p}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "A transformer does not work with a steady DC supply because",
        "a steady current produces no change of flux",
        [
            "DC would overheat the core",
            "DC cannot magnetise iron",
            "DC flows only in the secondary",
        ],
        "Mutual induction needs a changing flux in the core.",
    )
    b.mcq(
        c,
        "M",
        "An ideal step-up transformer",
        "raises the voltage and lowers the current in the same ratio",
        [
            ("raises both the voltage and the current", "thinks a transformer can increase power"),
            "raises the power",
            "raises the frequency",
        ],
        r"Power is conserved: $V_pI_p = V_sI_s$.",
    )
    b.mcq(
        c,
        "E",
        r"A coil of $N$ turns and area $A$ rotates at angular speed $\omega$ in a uniform field $B$. The peak emf generated is",
        r"$NBA\omega$",
        [r"$NBA$", r"$BA\omega$", r"$NBA/\omega$"],
        r"$\Phi = NBA\cos\omega t$, so $\varepsilon = NBA\omega\sin\omega t$.",
    )


def em_waves(b: Bank) -> None:
    c = "PHY.EMW.DISPLACEMENT"
    b.mcq(
        c,
        "M",
        "Maxwell's displacement current is",
        r"$\varepsilon_0\,\dfrac{d\Phi_E}{dt}$",
        [
            r"$\varepsilon_0\Phi_E$",
            (r"$\mu_0\,\dfrac{d\Phi_B}{dt}$", "mixes up electric and magnetic flux"),
            r"$\dfrac{dq}{dt}$ in the dielectric",
        ],
        "A changing electric flux (as between capacitor plates) produces a magnetic field just as a conduction current does.",
    )
    b.mcq(
        c,
        "E",
        "In an electromagnetic wave, the electric and magnetic fields are",
        "perpendicular to each other and to the direction of propagation",
        [
            ("parallel to each other", "pictures the two fields oscillating along one line"),
            "along the direction of propagation",
            "90° out of phase",
        ],
        r"EM waves are transverse; $\vec E$, $\vec B$ and the direction of travel form a right-handed set, with E and B in phase.",
    )
    b.tpl(
        c,
        "M",
        r"The electric field amplitude of a plane electromagnetic wave in vacuum is {{ef}} V/m. With $c = 3 \times 10^8$ m/s, find the magnetic field amplitude in nT (to two decimal places).",
        {"ef": (3, 300, 3)},
        "ef/3e8*1e9",
        r"$B_0 = E_0/c$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "E",
        "Electromagnetic waves need a material medium to travel.",
        False,
        "They are self-sustaining oscillations of electric and magnetic fields and travel through vacuum at c.",
    )

    c = "PHY.EMW.SPECTRUM"
    b.mcq(
        c,
        "E",
        "Which list is in order of increasing wavelength?",
        "X-rays, ultraviolet, visible, infrared",
        [
            "Infrared, visible, ultraviolet, X-rays",
            "Visible, X-rays, infrared, ultraviolet",
            "Ultraviolet, X-rays, infrared, visible",
        ],
        "Gamma rays < X-rays < UV < visible < IR < microwaves < radio waves.",
    )
    b.mcq(
        c,
        "E",
        "Night-vision devices and TV remote controls use",
        "infrared radiation",
        [
            ("ultraviolet radiation", "thinks 'beyond visible' means ultraviolet"),
            "microwaves",
            "X-rays",
        ],
        "Warm bodies emit infrared, and remotes use infrared LEDs.",
    )
    b.mcq(
        c,
        "M",
        "The ozone layer protects life on Earth mainly by absorbing",
        "ultraviolet radiation",
        ["infrared radiation", "visible light", "radio waves"],
        "Ozone absorbs most of the Sun's harmful UV (UV-B and UV-C).",
    )
    b.msq(
        c,
        "M",
        "Which of these have shorter wavelengths than visible light?",
        [
            ("X-rays", True),
            ("Ultraviolet rays", True),
            ("Microwaves", False, "confuses high frequency with long wavelength"),
            ("Gamma rays", True),
        ],
        "Wavelength decreases from radio through microwaves, IR, visible and UV to X-rays and gamma rays.",
    )


def optics(b: Bank) -> None:
    c = "PHY.OPT.REFLECTION"
    b.tpl(
        c,
        "M",
        r"An object stands {{u}} cm in front of a concave mirror of focal length {{f}} cm. Find the distance of the image from the mirror in cm (to one decimal place).",
        {"u": (30, 60, 5), "f": (10, 20, 5)},
        "u*f/(u - f)",
        r"Mirror formula $\dfrac1v + \dfrac1u = \dfrac1f$ with $u = -u_0$, $f = -f_0$: $|v| = \dfrac{u_0f_0}{u_0 - f_0}$ (a real image in front of the mirror).",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "The image formed by a plane mirror is",
        "virtual, upright, of the same size, and laterally inverted",
        [
            ("real and inverted", "confuses a plane mirror with a concave mirror"),
            "virtual and magnified",
            "real and of the same size",
        ],
        "Rays seem to diverge from a point as far behind the mirror as the object is in front.",
    )
    b.mcq(
        c,
        "M",
        "For a real object, a convex mirror always forms an image that is",
        "virtual, upright and diminished",
        [
            ("real and inverted", "applies the concave mirror result"),
            "virtual and magnified",
            "real and diminished",
        ],
        "That is why convex mirrors are used as rear-view mirrors: a wide, upright field of view.",
    )
    b.tf(
        c,
        "M",
        "The focal length of a spherical mirror changes when it is immersed in water.",
        False,
        r"Reflection does not depend on the medium: $f = R/2$ always. (A lens's focal length does change.)",
    )

    c = "PHY.OPT.REFRACTION"
    b.tpl(
        c,
        "M",
        r"Find the critical angle in degrees (to one decimal place) for light going from a medium of refractive index {{n}} into air.",
        {"n": (1.3, 2.4, 0.1)},
        "asin(1/n)*180/pi",
        r"$\sin C = \dfrac{1}{n}$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "E",
        "A coin lies at the bottom of a tank of water 12 cm deep (n = 4/3). Viewed from directly above, it appears to be at a depth of",
        "9 cm",
        [("16 cm", "multiplies by the refractive index instead of dividing"), "12 cm", "3 cm"],
        r"Apparent depth $= \dfrac{\text{real depth}}{n} = \dfrac{12}{4/3} = 9$ cm.",
    )
    b.mcq(
        c,
        "M",
        "Optical fibres carry light along their length by",
        "total internal reflection",
        [
            ("refraction at the walls", "thinks light leaks and re-enters"),
            "diffraction",
            "reflection at a silvered outer coating",
        ],
        "The core has a higher refractive index than the cladding, and light strikes the boundary above the critical angle.",
    )
    b.mcq(
        c,
        "E",
        "A ray of light passes obliquely from glass into air. It",
        "bends away from the normal",
        [
            ("bends towards the normal", "reverses the direction of bending"),
            "goes straight on",
            "is always totally reflected",
        ],
        r"Snell's law: $n_1\sin i = n_2\sin r$ with $n_2 < n_1$ gives $r > i$.",
    )

    c = "PHY.OPT.LENSES"
    b.tpl(
        c,
        "M",
        r"An object is placed {{u}} cm in front of a convex lens of focal length {{f}} cm. Find the image distance in cm (to one decimal place).",
        {"u": (25, 60, 5), "f": (10, 20, 5)},
        "u*f/(u - f)",
        r"Lens formula $\dfrac1v - \dfrac1u = \dfrac1f$ with $u = -u_0$: $v = \dfrac{u_0f}{u_0 - f}$, a real image on the other side.",
        tolerance=0.1,
    )
    b.tpl(
        c,
        "E",
        r"Find the power in dioptres (to two decimal places) of a converging lens of focal length {{f}} cm.",
        {"f": (10, 100, 5)},
        "100/f",
        r"$P = 1/f$ with $f$ in metres.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A biconvex lens has both radii of curvature 20 cm and refractive index 1.5. Its focal length in air is",
        "20 cm",
        [("10 cm", "uses R/2 as for a mirror"), "40 cm", "30 cm"],
        r"$\dfrac1f = (n - 1)\left(\dfrac{1}{R_1} - \dfrac{1}{R_2}\right) = 0.5\left(\dfrac{1}{20} + \dfrac{1}{20}\right) = \dfrac{1}{20}$.",
    )
    b.mcq(
        c,
        "H",
        "A convex glass lens (n = 1.5) of focal length f in air is immersed in water (n = 4/3). Its focal length becomes",
        r"$4f$",
        [
            (r"$f$", "thinks focal length does not depend on the surrounding medium"),
            r"$f/4$",
            r"$\tfrac43 f$",
        ],
        r"$\dfrac{f_w}{f_a} = \dfrac{n_g - 1}{n_g/n_w - 1} = \dfrac{0.5}{1.125 - 1} = 4$.",
    )

    c = "PHY.OPT.PRISM"
    b.mcq(
        c,
        "M",
        "A prism of angle 60° gives a minimum deviation of 30°. Its refractive index is",
        r"$\sqrt2$",
        [(r"$\sqrt3$", "uses the sine of the full angles"), "1.5", r"$2$"],
        r"$n = \dfrac{\sin\frac{A + \delta}{2}}{\sin\frac A2} = \dfrac{\sin 45^\circ}{\sin 30^\circ} = \sqrt2$.",
    )
    b.mcq(
        c,
        "E",
        "When white light passes through a glass prism, the colour deviated most is",
        "violet",
        [("red", "thinks longer wavelengths bend more"), "green", "yellow"],
        "The refractive index of glass is largest for the shortest visible wavelength.",
    )
    b.tpl(
        c,
        "M",
        r"A thin prism of angle {{a}}° is made of glass of refractive index {{n}}. Find its deviation in degrees (to two decimal places).",
        {"a": (2, 10), "n": (1.4, 1.7, 0.05)},
        "(n - 1)*a",
        r"For a thin prism $\delta = (n - 1)A$.",
        tolerance=0.01,
    )
    b.tf(
        c,
        "M",
        "At minimum deviation, the ray passes through a prism symmetrically, with equal angles of refraction at the two faces.",
        True,
        r"Then $r_1 = r_2 = A/2$ and the angles of incidence and emergence are equal.",
    )

    c = "PHY.OPT.INSTRUMENTS"
    b.mcq(
        c,
        "M",
        r"An astronomical telescope in normal adjustment has objective and eyepiece focal lengths $f_o$ and $f_e$. Its magnifying power and length are",
        r"$f_o/f_e$ and $f_o + f_e$",
        [
            (r"$f_e/f_o$ and $f_o + f_e$", "inverts the magnification"),
            r"$f_o/f_e$ and $f_o - f_e$",
            r"$f_of_e$ and $f_o + f_e$",
        ],
        "The final image is at infinity; the focal points of the two lenses coincide between them.",
    )
    b.tpl(
        c,
        "E",
        r"A telescope in normal adjustment has an objective of focal length {{fo}} cm and an eyepiece of focal length {{fe}} cm. Find its magnifying power (to two decimal places).",
        {"fo": (50, 200, 10), "fe": (2, 10)},
        "fo/fe",
        r"$M = f_o/f_e$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "A simple microscope (magnifying glass) of focal length 5 cm forms the image at the near point (25 cm). Its magnifying power is",
        "6",
        [("5", "uses D/f, the value for the image at infinity"), "25", "4"],
        r"$M = 1 + \dfrac Df = 1 + \dfrac{25}{5} = 6$.",
    )
    b.mcq(
        c,
        "H",
        "To improve the resolving power of an astronomical telescope, one should",
        "use an objective of larger aperture",
        [
            ("use an eyepiece of shorter focal length", "confuses magnification with resolution"),
            "use light of longer wavelength",
            "use an objective of smaller aperture",
        ],
        r"The smallest resolvable angle is $1.22\lambda/D$; a larger aperture $D$ resolves finer detail.",
    )

    c = "PHY.OPT.INTERFERENCE"
    b.tpl(
        c,
        "M",
        r"In Young's double-slit experiment, the slits are {{d}} mm apart, the screen is {{dd}} m away and the wavelength is {{l}} nm. Find the fringe width in mm (to three decimal places).",
        {"d": (0.1, 1, 0.1), "dd": (0.5, 2, 0.5), "l": (400, 700, 50)},
        "l*1e-9*dd/(d*1e-3)*1000",
        r"$\beta = \dfrac{\lambda D}{d}$.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "A Young's double-slit apparatus is immersed in water (n = 4/3). The fringe width",
        "decreases to 3/4 of its value in air",
        [
            ("increases to 4/3 of its value in air", "thinks wavelength grows in a denser medium"),
            "is unchanged",
            "becomes zero",
        ],
        r"The wavelength in water is $\lambda/n$, and $\beta \propto \lambda$.",
    )
    b.mcq(
        c,
        "E",
        "Two sources are coherent if they",
        "have a constant phase difference",
        [
            ("have the same amplitude", "thinks equal amplitude makes sources coherent"),
            "are equally bright",
            "are close together",
        ],
        "A steady interference pattern needs a phase difference that does not change with time.",
    )
    b.mcq(
        c,
        "H",
        r"In a double-slit pattern with maximum intensity $I_0$, the intensity at a point where the path difference is $\lambda/4$ is",
        r"$I_0/2$",
        [(r"$I_0/4$", "takes intensity proportional to the path difference"), "0", r"$3I_0/4$"],
        r"Phase difference $\pi/2$: $I = I_0\cos^2(\phi/2) = I_0\cos^2 45^\circ = I_0/2$.",
    )

    c = "PHY.OPT.DIFFRACTION"
    b.mcq(
        c,
        "M",
        r"In single-slit diffraction with slit width $a$, the first minimum occurs at angle $\theta$ given by",
        r"$a\sin\theta = \lambda$",
        [
            (r"$a\sin\theta = \lambda/2$", "confuses the condition with a double-slit minimum"),
            r"$a\sin\theta = 3\lambda/2$",
            r"$a\sin\theta = 0$",
        ],
        "Pairing the two halves of the slit, each pair cancels when the path difference across the whole slit is λ.",
    )
    b.mcq(
        c,
        "M",
        "If the width of the slit in a single-slit diffraction experiment is increased, the central maximum",
        "becomes narrower",
        [
            ("becomes wider", "thinks a wider opening spreads the light more"),
            "is unchanged",
            "disappears",
        ],
        r"Its angular width is $2\lambda/a$.",
    )
    b.tpl(
        c,
        "M",
        r"Light of wavelength {{l}} nm falls on a slit {{a}} μm wide. Find the angular width of the central maximum in milliradians (to one decimal place), using the small-angle approximation.",
        {"l": (400, 700, 50), "a": (50, 200, 10)},
        "2*l*1e-9/(a*1e-6)*1000",
        r"Angular width $= 2\lambda/a$ radians.",
        tolerance=0.1,
    )
    b.tf(
        c,
        "E",
        "We hear people talking round a corner but cannot see them because sound waves have wavelengths comparable with doorways and light waves do not.",
        True,
        "Diffraction is significant only when the wavelength is comparable with the size of the obstacle or opening.",
    )

    c = "PHY.OPT.POLARISATION"
    b.mcq(
        c,
        "M",
        r"Polarised light of intensity $I_0$ passes through a polaroid whose axis is at 60° to the plane of polarisation. The transmitted intensity is",
        r"$I_0/4$",
        [(r"$I_0/2$", "uses cos θ instead of cos² θ"), r"$3I_0/4$", "0"],
        r"Malus' law: $I = I_0\cos^2 60^\circ = I_0/4$.",
    )
    b.mcq(
        c,
        "M",
        "Unpolarised light is incident on glass at Brewster's angle. Then",
        "the reflected light is fully polarised and the reflected and refracted rays are perpendicular",
        [
            ("the refracted light is fully polarised", "swaps the reflected and refracted beams"),
            "no light is reflected",
            "the light is totally internally reflected",
        ],
        r"$\tan\theta_B = n$, and at this angle $\theta_B + r = 90^\circ$.",
    )
    b.mcq(
        c,
        "E",
        "Polarisation shows that light is",
        "a transverse wave",
        [
            ("a longitudinal wave", "thinks any wave can be polarised"),
            "a stream of particles",
            "a mechanical wave",
        ],
        "Only transverse waves have a direction of vibration perpendicular to their motion that can be selected.",
    )
    b.tpl(
        c,
        "M",
        r"Unpolarised light of intensity {{i}} W/m² passes through two polaroids whose axes are at {{th}}° to each other. Find the intensity that emerges in W/m² (to two decimal places).",
        {"i": (10, 100, 10), "th": (0, 90, 15)},
        "i/2*cos(th*pi/180)**2",
        r"The first polaroid passes $I_0/2$; the second, by Malus' law, passes $\tfrac{I_0}{2}\cos^2\theta$.",
        tolerance=0.01,
    )


def modern(b: Bank) -> None:
    c = "PHY.DUAL.PHOTOELECTRIC"
    b.tpl(
        c,
        "M",
        r"Light of wavelength {{l}} nm falls on a metal of work function {{w}} eV. Using $hc = 1240$ eV nm, find the maximum kinetic energy of the photoelectrons in eV (to two decimal places).",
        {"l": (200, 380, 20), "w": (1.5, 3, 0.1)},
        "1240/l - w",
        r"Einstein's equation: $K_{max} = \dfrac{hc}{\lambda} - \phi$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "E",
        "The stopping potential in a photoelectric experiment depends on",
        "the frequency of the light and the metal",
        [
            ("the intensity of the light", "thinks brighter light gives more energetic electrons"),
            "the area of the metal plate",
            "the time of exposure",
        ],
        r"$eV_0 = h\nu - \phi$.",
    )
    b.mcq(
        c,
        "M",
        "For light above the threshold frequency, increasing the intensity (at fixed frequency) increases",
        "the saturation photocurrent",
        [
            ("the stopping potential", "thinks intensity changes the energy of each photon"),
            "the threshold frequency",
            "the work function",
        ],
        "More photons per second eject more electrons per second; each photon's energy is unchanged.",
    )
    b.msq(
        c,
        "H",
        "Which statements about the photoelectric effect are correct?",
        [
            ("Emission starts without any measurable time lag", True),
            ("There is a threshold frequency below which no electrons are emitted", True),
            (
                "The maximum kinetic energy of photoelectrons increases with the intensity of light",
                False,
                "thinks intensity changes the energy of each photon",
            ),
            (
                "The number of photoelectrons emitted per second is proportional to the intensity",
                True,
            ),
        ],
        r"Each electron absorbs one photon: energy $h\nu$ fixes $K_{max}$, while the intensity fixes the number of photons.",
    )

    c = "PHY.DUAL.DE_BROGLIE"
    b.tpl(
        c,
        "M",
        r"An electron is accelerated from rest through {{v}} V. Using $\lambda = \dfrac{1.227}{\sqrt V}$ nm, find its de Broglie wavelength in nm (to four decimal places).",
        {"v": (25, 1000, 25)},
        "1.227/sqrt(v)",
        r"$\lambda = \dfrac{h}{\sqrt{2meV}}$, which for an electron is $\dfrac{1.227}{\sqrt V}$ nm.",
        tolerance=0.0001,
    )
    b.mcq(
        c,
        "M",
        "An electron and a proton have the same kinetic energy. Which has the longer de Broglie wavelength?",
        "The electron",
        [
            ("The proton", "thinks heavier particles have longer wavelengths"),
            "Both have the same wavelength",
            "It depends on their charges",
        ],
        r"$\lambda = \dfrac{h}{\sqrt{2mK}}$: the lighter particle has the longer wavelength.",
    )
    b.mcq(
        c,
        "E",
        "The Davisson-Germer experiment showed",
        "the wave nature of electrons",
        [
            ("the particle nature of light", "confuses it with the photoelectric effect"),
            "the existence of the nucleus",
            "the quantisation of charge",
        ],
        "Electrons scattered from a nickel crystal showed a diffraction peak at the angle predicted by the de Broglie wavelength.",
    )

    c = "PHY.ATOM.BOHR"
    b.tpl(
        c,
        "M",
        r"Using $E_n = -\dfrac{13.6}{n^2}$ eV for hydrogen, find the energy in eV (to three decimal places) of the photon emitted when the electron drops from n = {{a}} to n = 1.",
        {"a": (2, 7)},
        "13.6*(1 - 1/a**2)",
        r"$h\nu = E_a - E_1 = 13.6\left(1 - \dfrac{1}{a^2}\right)$ eV.",
        tolerance=0.001,
    )
    b.mcq(
        c,
        "M",
        "The Balmer series of hydrogen lies in",
        "the visible region (with some lines in the near ultraviolet)",
        [
            ("the ultraviolet region only", "confuses Balmer with Lyman"),
            "the infrared region",
            "the X-ray region",
        ],
        "Balmer lines end on n = 2; Lyman lines (ending on n = 1) are ultraviolet; Paschen (n = 3) are infrared.",
    )
    b.integer(
        c,
        "E",
        "In the Bohr model of hydrogen, the radius of the third orbit is how many times that of the first?",
        9,
        r"$r_n \propto n^2$.",
    )
    b.mcq(
        c,
        "H",
        "The ratio of the longest wavelength of the Lyman series to the longest wavelength of the Balmer series of hydrogen is",
        "5 : 27",
        [("27 : 5", "inverts the ratio"), "3 : 4", "1 : 4"],
        r"$\dfrac1\lambda = R\left(\dfrac{1}{n_1^2} - \dfrac{1}{n_2^2}\right)$: Lyman (2→1) $\tfrac34R$, Balmer (3→2) $\tfrac{5}{36}R$. So $\lambda_L/\lambda_B = \dfrac{5/36}{3/4} = \dfrac{5}{27}$.",
    )
    b.integer(
        c,
        "M",
        "Hydrogen atoms are excited to the n = 4 level. How many different spectral lines can they emit as they return to the ground state?",
        6,
        r"$\dfrac{n(n - 1)}{2} = \dfrac{4 \times 3}{2} = 6$.",
    )

    c = "PHY.ATOM.NUCLEUS"
    b.mcq(
        c,
        "E",
        "The ratio of the radii of the nuclei of Al-27 and Cu-64 is",
        "3 : 4",
        [("27 : 64", "takes radius proportional to mass number"), "9 : 16", r"$\sqrt{27} : 8$"],
        r"$R = R_0A^{1/3}$: $27^{1/3} : 64^{1/3} = 3 : 4$.",
    )
    b.tpl(
        c,
        "M",
        r"The mass defect of a nucleus is {{dm}} u. Taking 1 u = 931.5 MeV/c², find its binding energy in MeV (to one decimal place).",
        {"dm": (0.01, 0.5, 0.01)},
        "dm*931.5",
        r"$E_b = \Delta m c^2$.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "The binding energy per nucleon is greatest for nuclei with mass number around",
        "56 (iron)",
        [
            ("4 (helium)", "confuses the local peak of He-4 with the overall maximum"),
            "238 (uranium)",
            "1 (hydrogen)",
        ],
        "The curve peaks near Fe-56 at about 8.8 MeV; both fission of heavy nuclei and fusion of light ones move towards it.",
    )
    b.tf(
        c,
        "M",
        "All nuclei have roughly the same density, whatever their mass number.",
        True,
        r"Volume $\propto R^3 \propto A$, and mass $\propto A$, so density is independent of $A$ (about $2.3 \times 10^{17}$ kg/m³).",
    )

    c = "PHY.ATOM.FISSION_FUSION"
    b.mcq(
        c,
        "E",
        "The Sun's energy comes mainly from",
        "fusion of hydrogen into helium",
        [
            ("fission of uranium", "confuses the Sun with a nuclear reactor"),
            "burning of hydrogen in oxygen",
            "gravitational contraction",
        ],
        "In the core, the proton-proton chain fuses four protons into a helium nucleus.",
    )
    b.mcq(
        c,
        "M",
        "Nuclear fusion needs very high temperatures because",
        "the nuclei must overcome their electrostatic repulsion to come close enough to fuse",
        ["the nuclei must be ionised", "fusion is endothermic", "neutrons must be slowed down"],
        "Only at millions of kelvin do nuclei move fast enough to approach within the range of the strong force.",
    )
    b.tpl(
        c,
        "M",
        r"Each fission of U-235 releases 200 MeV. How many fissions per second, in units of $10^{16}$, are needed for a thermal power of {{p}} MW? ($1$ eV $= 1.6 \times 10^{-19}$ J; answer to two decimal places.)",
        {"p": (1, 100)},
        "p*1e6/(200e6*1.6e-19)/1e16",
        r"$N = \dfrac{P}{E_{fission}} = \dfrac{P}{200 \times 10^6 \times 1.6 \times 10^{-19}\ \text{J}}$.",
        tolerance=0.01,
    )
    b.mcq(
        c,
        "M",
        "In a thermal nuclear reactor, the moderator",
        "slows down fast neutrons",
        [
            (
                "absorbs neutrons to stop the reaction",
                "confuses the moderator with the control rods",
            ),
            "cools the core",
            "shields the operators",
        ],
        "Slow (thermal) neutrons are far more likely to cause fission of U-235. Control rods (cadmium, boron) absorb neutrons.",
    )


def semiconductors(b: Bank) -> None:
    c = "PHY.SEMI.BANDS"
    b.mcq(
        c,
        "E",
        "An n-type semiconductor is made by doping silicon with",
        "a pentavalent impurity such as phosphorus",
        [
            ("a trivalent impurity such as boron", "confuses n-type with p-type doping"),
            "a noble gas",
            "another tetravalent element",
        ],
        "The fifth valence electron of each donor atom becomes a free conduction electron.",
    )
    b.mcq(
        c,
        "M",
        "Which best describes the band gaps of an insulator and of a semiconductor?",
        "Insulator: more than about 3 eV; semiconductor: about 1 eV",
        [
            ("Both are zero", "confuses them with metals"),
            "Insulator about 1 eV; semiconductor more than 3 eV",
            "Both are more than 10 eV",
        ],
        "Silicon's gap is 1.1 eV and germanium's 0.7 eV; diamond's is about 5.5 eV.",
    )
    b.mcq(
        c,
        "M",
        "At absolute zero, a pure (intrinsic) semiconductor behaves as",
        "an insulator",
        [
            ("a conductor", "thinks low temperature always reduces resistance"),
            "a superconductor",
            "an n-type semiconductor",
        ],
        "With no thermal energy, no electrons are lifted across the gap into the conduction band.",
    )
    b.tf(
        c,
        "M",
        "An n-type semiconductor has far more free electrons than holes, yet it is electrically neutral.",
        True,
        "Each free electron comes from a donor atom that is left as a fixed positive ion.",
    )

    c = "PHY.SEMI.PN_JUNCTION"
    b.mcq(
        c,
        "E",
        "Forward biasing a p-n junction",
        "narrows the depletion layer and lowers the barrier",
        [
            ("widens the depletion layer", "confuses forward with reverse bias"),
            "stops the current entirely",
            "raises the barrier potential",
        ],
        "The applied voltage opposes the built-in potential, so majority carriers cross easily.",
    )
    b.mcq(
        c,
        "M",
        "The barrier potential of a silicon p-n junction is about",
        "0.7 V",
        [("0.3 V", "uses the value for germanium"), "7 V", "0.07 V"],
        "Silicon's barrier is about 0.7 V and germanium's about 0.3 V.",
    )
    b.mcq(
        c,
        "M",
        "The small current through a reverse-biased p-n junction (below breakdown) is due to",
        "minority carriers",
        [
            ("majority carriers", "confuses the reverse current with the forward current"),
            "the depletion layer's ions",
            "the external battery's electrons only",
        ],
        "The reverse bias sweeps minority carriers across; the current is nearly independent of voltage but grows with temperature.",
    )

    c = "PHY.SEMI.DIODE_APPS"
    b.mcq(
        c,
        "M",
        "A full-wave rectifier is fed from 50 Hz mains. The fundamental frequency of the ripple in its output is",
        "100 Hz",
        [("50 Hz", "uses the half-wave result"), "25 Hz", "0 Hz"],
        "Both halves of each input cycle give an output pulse.",
    )
    b.mcq(
        c,
        "M",
        "A Zener diode used as a voltage regulator is connected",
        "in reverse bias, in parallel with the load",
        [
            (
                "in forward bias, in series with the load",
                "treats the Zener as an ordinary forward-biased diode",
            ),
            "in reverse bias, in series with the load",
            "in forward bias, in parallel with the load",
        ],
        "In breakdown its voltage stays nearly constant over a wide range of currents.",
    )
    b.mcq(
        c,
        "M",
        "A photodiode is normally operated",
        "in reverse bias",
        [
            ("in forward bias", "thinks every diode is used forward-biased"),
            "without any bias",
            "above its breakdown voltage",
        ],
        "The fractional change in the small reverse current caused by light is much larger than in the forward current.",
    )
    b.tf(
        c,
        "E",
        "A light-emitting diode gives out light when it is reverse biased.",
        False,
        "An LED emits when forward biased: electrons and holes recombine at the junction and release photons.",
    )

    c = "PHY.SEMI.LOGIC"
    b.mcq(
        c,
        "E",
        "The output of a two-input NAND gate is 0 only when",
        "both inputs are 1",
        [
            ("both inputs are 0", "confuses NAND with OR"),
            "exactly one input is 1",
            "at least one input is 1",
        ],
        "NAND = NOT(AND): AND gives 1 only for inputs 1, 1.",
    )
    b.mcq(
        c,
        "M",
        "An OR gate followed by a NOT gate acts as",
        "a NOR gate",
        [("a NAND gate", "mixes up which gate is inverted"), "an AND gate", "an XOR gate"],
        r"$Y = \overline{A + B}$.",
    )
    b.msq(
        c,
        "M",
        "Which gates are universal (any logic circuit can be built from them alone)?",
        [
            ("NAND", True),
            ("NOR", True),
            ("AND", False, "thinks any basic gate is universal"),
            ("OR", False),
        ],
        "NOT, AND and OR can each be built from NAND gates alone, or from NOR gates alone.",
    )


def experiments(b: Bank) -> None:
    c = "PHY.EXP.MEASURING"
    b.tpl(
        c,
        "M",
        r"A vernier calliper has a least count of 0.01 cm and no zero error. The main scale reads {{m}} cm and the {{n}}th vernier division coincides with a main-scale division. Find the reading in cm (to two decimal places).",
        {"m": (1, 5, 0.1), "n": (1, 9)},
        "m + n*0.01",
        r"Reading = main scale reading + (coinciding division × least count).",
        tolerance=0.005,
    )
    b.mcq(
        c,
        "M",
        "A screw gauge has a pitch of 0.5 mm and 50 divisions on its circular scale. Its least count is",
        "0.01 mm",
        [("0.1 mm", "divides by 5 instead of 50"), "0.025 mm", "0.001 mm"],
        r"Least count $= \dfrac{\text{pitch}}{\text{number of divisions}} = \dfrac{0.5}{50}$ mm.",
    )
    b.mcq(
        c,
        "M",
        "A screw gauge has a positive zero error of +0.03 mm. An observed reading is 2.45 mm. The corrected reading is",
        "2.42 mm",
        [("2.48 mm", "sign error in applying the zero correction"), "2.45 mm", "2.39 mm"],
        "Corrected reading = observed reading − zero error = 2.45 − 0.03.",
    )
    b.mcq(
        c,
        "E",
        "The period of a simple pendulum is found by timing 20 oscillations instead of one mainly to",
        "reduce the percentage error from the reaction time",
        ["make the amplitude smaller", "keep the length constant", "reduce air resistance"],
        "The same timing error spread over 20 periods is 20 times smaller per period.",
    )

    c = "PHY.EXP.MECH_EXPTS"
    b.tpl(
        c,
        "M",
        r"In a resonance-tube experiment with a {{f}} Hz fork, the first and second resonances occur at {{l1}} cm and {{l2}} cm. Find the speed of sound in m/s (to one decimal place).",
        {"f": (256, 512, 64), "l1": (15, 20), "l2": (50, 60)},
        "2*f*(l2 - l1)/100",
        r"Successive resonances are $\lambda/2$ apart, so $v = f\lambda = 2f(l_2 - l_1)$; the end correction cancels.",
        tolerance=0.1,
    )
    b.mcq(
        c,
        "M",
        "In the resonance-tube experiment, using the difference of the first two resonance lengths instead of the first length alone",
        "eliminates the end correction",
        [
            "removes the effect of temperature",
            "doubles the frequency",
            "avoids using the tuning fork",
        ],
        r"$l_1 + e = \lambda/4$ and $l_2 + e = 3\lambda/4$; subtracting removes $e$.",
    )
    b.mcq(
        c,
        "M",
        "In Searle's experiment for Young's modulus, the extension is read against a reference wire hanging beside the test wire mainly to",
        "cancel the effects of temperature changes and sagging of the support",
        ["double the load", "measure the diameter", "find the breaking stress"],
        "Both wires are affected alike; only the test wire carries the extra load.",
    )
    b.mcq(
        c,
        "M",
        "In determining the specific heat of a solid by the method of mixtures, the basic assumption is that",
        "heat lost by the hot body equals heat gained by the water and calorimeter",
        [
            (
                "the temperature of the mixture equals the average of the two temperatures",
                "ignores the masses and specific heats",
            ),
            "no heat is gained by the calorimeter",
            "the specific heat of water is zero",
        ],
        r"$m_sc_s(T_s - T) = (m_wc_w + m_cc_c)(T - T_w)$, neglecting losses to the surroundings.",
    )

    c = "PHY.EXP.ELEC_OPT_EXPTS"
    b.mcq(
        c,
        "M",
        "In a metre-bridge experiment, the balance point is kept near the middle of the wire mainly to",
        "reduce the effect of end corrections and reading errors",
        [
            "increase the current",
            "protect the galvanometer from heat",
            "change the resistivity of the wire",
        ],
        "Near the middle both lengths are large, so fixed errors at the ends matter least.",
    )
    b.mcq(
        c,
        "M",
        "In the u-v method for a convex lens, the object and image distances are equal when both are",
        r"$2f$",
        [
            (r"$f$", "thinks the image forms at the focus for an object at the focus"),
            r"$f/2$",
            "infinite",
        ],
        r"$\dfrac1v - \dfrac1u = \dfrac1f$ with $v = |u| = x$ gives $\dfrac2x = \dfrac1f$, so $x = 2f$.",
    )
    b.mcq(
        c,
        "M",
        "In plotting the I-V characteristic of a p-n junction diode in reverse bias, the current is measured with",
        "a microammeter",
        [
            ("a milliammeter", "uses the forward-bias meter for the much smaller reverse current"),
            "an ammeter of range 0-10 A",
            "a voltmeter",
        ],
        "The reverse saturation current is of the order of microamperes.",
    )
    b.tf(
        c,
        "E",
        "In Ohm's law verification with a rheostat, the graph of V against I for a metallic wire at constant temperature is a straight line through the origin.",
        True,
        r"$V = IR$ with $R$ constant; the slope of the line is the resistance.",
    )
