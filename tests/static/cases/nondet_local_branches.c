// A verifier's nondeterministic local tested several times: its first test may take either
// branch, and every later test on that path takes the branch its value gives. So an access
// behind such tests runs on some run for sure (a definite race), a test that contradicts an
// earlier one is never entered.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g1, g2, g3, g4, g5, g6, g7, g8, g9;

static void *locked(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    g1++; // RACE: main writes it when i == 0, without m
    g6++; // RACE
    pthread_mutex_unlock(&m);
    return 0;
}

static void *twice(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k)
        g2++; // RACE (definite): two instances, each may take the branch
    return 0;
}

static void *late(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k)
        return 0;
    if (!k)
        g3++; // RACE (definite): the path past the return has k == 0
    g4 = 1; // NORACE: main's write of g4 is never run
    return 0;
}

static void *ranged(void *arg)
{
    (void)arg;
    int v = __VERIFIER_nondet_int();
    if (v < 0)
        return 0;
    if (v > 10)
        return 0;
    if (v == 5)
        g5++; // RACE (definite): v in 0..10 here, 5 among them
    if (v > 20)
        g7++; // NORACE: v is at most 10 here
    return 0;
}

static void *assumed(void *arg)
{
    (void)arg;
    int v = __VERIFIER_nondet_int(), w = __VERIFIER_nondet_int();
    __VERIFIER_assume(v >= 0 && v < 4);
    if (v == 3)
        g8++; // RACE (definite): the assumption keeps 0..3
    if (w < 0)
        g9++; // RACE (definite): runs before the assumption below ends the runs with w < 0
    __VERIFIER_assume(w >= 0);
    return 0;
}

int main(void)
{
    int i = __VERIFIER_nondet_int();
    pthread_t a, b, c, d;
    pthread_create(&a, 0, locked, 0);
    pthread_create(&b, 0, twice, 0);
    pthread_create(&c, 0, twice, 0);
    pthread_create(&d, 0, late, 0);
    pthread_create(&d, 0, ranged, 0);
    pthread_create(&d, 0, assumed, 0);
    if (i)
        pthread_mutex_lock(&m);
    if (!i)
        g1++; // RACE (possible): a lock may be held forever (a thread may end holding it), so past
              // the branch that takes it, what the path said of i is a hull: it opens no test
    if (i) {
        g6++; // NORACE: m is held here
        pthread_mutex_unlock(&m);
    } else
        g6++; // RACE (possible)
    if (i) {
        if (!i)
            g4 = 2; // NORACE: never run
    }
    g3 = 1; // RACE (definite)
    g5 = 1; // RACE (definite)
    g7 = 1; // NORACE
    g8 = g9 = 1; // RACE (definite)
    return 0;
}
