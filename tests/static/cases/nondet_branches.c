// A branch on a fresh nondeterministic value (__VERIFIER_nondet_int(), as verification
// harnesses write them) is taken on some run whatever came before: an access inside it, or a
// thread started there, is reached on some run, and its race is definite; so is one on a
// local given such a value, compared with a small literal (a test its earlier tests on the
// path decide takes that branch only: nondet_local_branches.c). A branch on
// anything else (a value read from memory, rand(), a local computed earlier) may never be
// taken: possible.
#include <pthread.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);
extern unsigned __VERIFIER_nondet_uint(void);
extern void __VERIFIER_assume(int);
extern unsigned char __VERIFIER_nondet_uchar(void);

static int a, b, c, d, e, f, g, h, k, flag;

static void *worker(void *arg)
{
    (void)arg;
    if (__VERIFIER_nondet_int())
        a = 1; // RACE (definite): taken on some run
    if (!__VERIFIER_nondet_int())
        b = 1; // RACE (definite)
    if (flag)
        c = 1; // RACE (possible): flag may never be set when this runs
    int r = rand();
    if (r > 5)
        d = 1; // RACE (possible)
    int v = __VERIFIER_nondet_int();
    if (v < 0)
        e = 1; // RACE (definite): a nondeterministic local tested once
    int w = __VERIFIER_nondet_int();
    if (w > 5)
        if (w < 3)
            f = 1; // NORACE: w > 5 and w < 3 never both hold (the path's tests of w narrow it)
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n > 10);
    if (n < 0)
        h = 1; // NORACE: the assumption excludes it (it narrows n as an if would)
    int small = __VERIFIER_nondet_uchar();
    if (small > 255)
        k = 1; // RACE (possible): an unsigned char is never above 255 (not proved)
    unsigned u = __VERIFIER_nondet_uint();
    if (u < 0)
        g = 1; // NORACE: never (an unsigned is not below 0)
    return NULL;
}

int main(void)
{
    pthread_t t, u;
    pthread_create(&t, NULL, worker, NULL);
    if (__VERIFIER_nondet_int())
        pthread_create(&u, NULL, worker, NULL);
    a = b = 2;
    c = d = 2;
    e = f = g = h = k = 2;
    flag = 1;
    pthread_join(t, NULL);
    return a + b + c + d;
}
