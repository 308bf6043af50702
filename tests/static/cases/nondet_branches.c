// A branch on a fresh nondeterministic value (__VERIFIER_nondet_int(), as verification
// harnesses write them) is taken on some run whatever came before: an access inside it, or a
// thread started there, is reached on some run, and its race is definite. A branch on
// anything else (a value read from memory, rand(), a local computed earlier) may never be
// taken: possible.
#include <pthread.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);

static int a, b, c, d, flag;

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
    flag = 1;
    pthread_join(t, NULL);
    return a + b + c + d;
}
