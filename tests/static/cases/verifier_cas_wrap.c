// A compare-and-swap of the program's own (an __VERIFIER_atomic_ function: if (*v == e)
// { *v = u; *r = 1; } else *r = 0;) spun on until it succeeds takes a lock on the word only
// if what it stores stays nonzero in the word's type: 65536 in an unsigned short is 0, so
// the word stays free and nothing is excluded.
#include <pthread.h>

static unsigned short narrow;
static unsigned int wide;
static int x, y;

void __VERIFIER_atomic_CAS(unsigned short *v, int e, int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}

void __VERIFIER_atomic_CASW(unsigned int *v, int e, int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}

void __VERIFIER_atomic_release(unsigned short *v)
{
    *v = 0;
}

void __VERIFIER_atomic_releasew(unsigned int *v)
{
    *v = 0;
}

static void *w(void *arg)
{
    (void)arg;
    int r;
    while (1) {
        __VERIFIER_atomic_CAS(&narrow, 0, 65536, &r);
        if (r)
            break;
    }
    x = x + 1; // RACE: the word stays 0, every thread gets in
    __VERIFIER_atomic_release(&narrow);
    while (1) {
        __VERIFIER_atomic_CASW(&wide, 0, 65536, &r);
        if (r)
            break;
    }
    y = y + 1; // NORACE: 65536 holds in an unsigned int
    __VERIFIER_atomic_releasew(&wide);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x + y;
}
