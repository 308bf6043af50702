// The race-free twin of nondet_local_branches.c: every access that would race sits behind
// a test of a nondeterministic local that contradicts the path's earlier test of it, or holds
// the lock an earlier test of the same local took.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
extern unsigned __VERIFIER_nondet_uint(void);
extern long __VERIFIER_nondet_long(void);
extern void __VERIFIER_assume(int);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g1, g2, g3, g4, g5, g6;

static void *locked(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    g1++; // NORACE
    pthread_mutex_unlock(&m);
    return 0;
}

static void *other(void *arg)
{
    (void)arg;
    g2++; // NORACE: started only when i != 0
    g3++; // NORACE
    return 0;
}

static void *ranged(void *arg)
{
    (void)arg;
    unsigned u = __VERIFIER_nondet_uint();
    long v = __VERIFIER_nondet_long();
    int a = __VERIFIER_nondet_int();
    __VERIFIER_assume(a > 10);
    if (a == 5)
        g6++; // NORACE: the assumption keeps a above 10
    if (u <= 3)
        return 0;
    if (u == 2)
        g4++; // NORACE: u is above 3 here
    if (v != 7)
        return 0;
    if (v == 7)
        return 0;
    g5++; // NORACE: never reached (v is 7 past the first return, so the second returns)
    return 0;
}

int main(void)
{
    int i = __VERIFIER_nondet_int(), j = __VERIFIER_nondet_int();
    pthread_t a, b;
    pthread_create(&a, 0, locked, 0);
    pthread_create(&b, 0, ranged, 0);
    if (i)
        pthread_mutex_lock(&m);
    if (i)
        g1++; // NORACE: m is held when i != 0
    if (i)
        pthread_mutex_unlock(&m);
    if (j)
        return 0;
    if (i)
        pthread_create(&b, 0, other, 0);
    if (!i)
        g2 = 1; // NORACE: the thread runs only when i != 0
    if (j)
        g3 = 1; // NORACE: j == 0 past the return
    g4 = g5 = g6 = 1; // NORACE
    pthread_join(a, 0);
    return 0;
}
