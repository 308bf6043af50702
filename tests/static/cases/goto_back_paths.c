// After a goto back to a label, all the code from the label on runs again with the threads
// the first pass left running: an else branch or a later case the first pass did not take, a
// forward goto taken on the second pass, a helper's starts (each given an element: the two
// passes' threads share it), a thread whose starter was joined, two different threads of
// two passes, and gotos whose label cannot be told apart by name (round 19, session 12); a
// thread started before the label and again after it, and barrier waits in a goto loop
// (round 20); a helper called before the loop or label and again in it, while threads
// started there run (its run is not reused, its accesses not merged with the first call's);
// a goto forward into a loop's body over a join.
#include <pthread.h>

static int ea, ec, ed, slot[2], ge, gf, gh, gi, gj, gk, rs, bx, hm, hn, fj;
static pthread_barrier_t bar;

static void *read_ea(void *p)
{
    (void)p;
    return (void *)(long)(ea + ec);
}

static void else_arm(void)
{
    pthread_t t;
    int i = 0;
again:
    if (i == 0) {
        pthread_create(&t, 0, read_ea, 0);
        i = 1;
        goto again;
    } else {
        ea = 1; // RACE: the second pass takes the else branch while read_ea runs
    }
    pthread_join(t, 0);
}

static void forward_exit(void)
{
    pthread_t t;
    int i = 0;
loop:
    if (i > 0)
        goto done;
    pthread_create(&t, 0, read_ea, 0);
    i = 1;
    goto loop;
done:
    ec = 1; // RACE: reached on the second pass, read_ea started on the first
    pthread_join(t, 0);
}

static void *bump_slot(void *p)
{
    *(int *)p += 1; // RACE: the threads of the two rounds given &slot[0] run at once
    return 0;
}

static void spawn(pthread_t *t)
{
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, bump_slot, &slot[i]);
}

static void helper_rounds(void)
{
    pthread_t t[2][2];
    int r = 0;
again:
    spawn(t[r]);
    if (++r < 2)
        goto again;
    for (r = 0; r < 2; r++)
        for (int i = 0; i < 2; i++)
            pthread_join(t[r][i], 0);
}

static void *child_writes(void *p)
{
    (void)p;
    ed = 2; // RACE: a detached child of a joined parent, while the next pass writes ed
    return 0;
}

static void *parent(void *p)
{
    (void)p;
    pthread_t c;
    pthread_create(&c, 0, child_writes, 0);
    pthread_detach(c);
    return 0;
}

static void grandchild(void)
{
    pthread_t t;
    int i = 0;
again:
    ed = 1;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    if (++i < 2)
        goto again;
}

static void *write_ge(void *p)
{
    (void)p;
    ge = 1; // RACE: the second pass's write_ge runs while the first pass's read_ge may
    return 0;
}

static void *read_ge(void *p)
{
    (void)p;
    return (void *)(long)ge;
}

static void two_passes(void)
{
    pthread_t a, b[2];
    int i = 0;
again:
    pthread_create(&a, 0, write_ge, 0);
    pthread_join(a, 0);
    pthread_create(&b[i], 0, read_ge, 0);
    if (++i < 2)
        goto again;
    pthread_join(b[0], 0);
    pthread_join(b[1], 0);
}

static void *write_gf(void *p)
{
    (void)p;
    gf = 2;
    return 0;
}

/* l_rfpz and l_obcge share their names' hash: where the gotos go is not known by name. */
static int same_hash(void)
{
    pthread_t t;
    int i = 0;
l_rfpz:
    if (i == 1)
        gf = 1; // RACE: the second pass writes gf while write_gf runs
    if (i == 0)
        pthread_create(&t, 0, write_gf, 0);
    if (++i < 2)
        goto l_rfpz;
    if (i > 5)
        goto l_obcge;
    pthread_join(t, 0);
    return 0;
l_obcge:
    pthread_join(t, 0);
    return 1;
}

static void *read_gh(void *p)
{
    (void)p;
    return (void *)(long)(gh + gi + gj + gk);
}

static void label_in_loop(void)
{
    pthread_t t;
    for (int i = 0; i < 2; i++) {
        gh = i; // RACE: the next pass of the loop runs while read_gh does
    again:
        pthread_create(&t, 0, read_gh, 0);
        if (i == 5)
            goto again;
    }
}

static void label_in_branch(int a)
{
    pthread_t t;
    int n = 0;
    if (a) {
    again:
        gi = 1; // RACE: run again by the goto while read_gh runs
    }
    if (n++ < 1) {
        pthread_create(&t, 0, read_gh, 0);
        goto again;
    } else {
        gj = 2; // RACE: the else branch after the second pass through 'again'
    }
    pthread_join(t, 0);
}

static void into_loop_from_below(void)
{
    pthread_t t[4];
    int n = 0;
    for (int i = 0; i < 2; i++) {
        gk = i; // RACE: the loop's next passes after the goto into its body
    inside:
        n++;
    }
    if (n < 4) {
        pthread_create(&t[n], 0, read_gh, 0);
        goto inside;
    }
}

static void *write_rs(void *p)
{
    rs = 1; // RACE: the second start runs while the goto's pass writes rs again
    return p;
}

static void restart_same(void)
{
    pthread_t t;
    int done = 0;
    pthread_create(&t, 0, write_rs, 0);
    pthread_join(t, 0);
again:
    rs = 2;
    if (!done) {
        done = 1;
        pthread_create(&t, 0, write_rs, 0);
        goto again;
    }
    pthread_join(t, 0);
}

static void *bar_worker(void *p)
{
    int n = 0;
again:
    bx = 1; // RACE: the second generation's write, unordered with main's after the first
    pthread_barrier_wait(&bar);
    if (++n < 2)
        goto again;
    return p;
}

static void barrier_twice(void)
{
    pthread_t t;
    int n = 0;
    pthread_barrier_init(&bar, 0, 2);
    pthread_create(&t, 0, bar_worker, 0);
again:
    pthread_barrier_wait(&bar);
    if (n++ == 0) {
        bx = 2;
        goto again;
    }
    pthread_join(t, 0);
}

static void *read_hm(void *p)
{
    return (void *)(long)(hm + hn + (p != 0));
}

static void bump_hm(void)
{
    hm++; // RACE: the call inside the loop runs while read_hm does
}

static void bump_hn(void)
{
    hn++; // RACE: the call after the label runs again while read_hm does
}

static void helper_before_loop(void)
{
    pthread_t t[2];
    bump_hm();
    for (int i = 0; i < 2; i++) {
        bump_hm();
        pthread_create(&t[i], 0, read_hm, 0);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
}

static void helper_before_label(void)
{
    pthread_t t[2];
    int i = 0;
    bump_hn();
again:
    bump_hn();
    pthread_create(&t[i], 0, read_hm, 0);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}

static void *write_fj(void *p)
{
    fj = 1;
    return p;
}

static void into_loop_over_join(int skip)
{
    pthread_t t;
    pthread_create(&t, 0, write_fj, 0);
    if (skip)
        goto inside;
    pthread_join(t, 0);
    for (int i = 0; i < 1; i++) {
    inside:
        fj = 2; // RACE: the goto skipped the join, write_fj may still run
    }
}

int main(void)
{
    else_arm();
    forward_exit();
    helper_rounds();
    grandchild();
    two_passes();
    same_hash();
    label_in_loop();
    label_in_branch(1);
    into_loop_from_below();
    restart_same();
    barrier_twice();
    helper_before_loop();
    helper_before_label();
    into_loop_over_join(1);
    return 0;
}
