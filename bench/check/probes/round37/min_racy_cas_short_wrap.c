/* TRUTH: racy — the lock word l is an unsigned short and the "take" stores 65536, which converts to 0: the CAS always succeeds and leaves l free, so both threads run x = x + 1 (line 28) at once. */
#include <pthread.h>

static unsigned short l;
static int x;

void __VERIFIER_atomic_CAS(unsigned short *v, int e, int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}

void __VERIFIER_atomic_release(unsigned short *v) { *v = 0; }

static void *w(void *arg)
{
    (void)arg;
    int r;
    while (1) {
        __VERIFIER_atomic_CAS(&l, 0, 65536, &r);
        if (r)
            break;
    }
    x = x + 1;
    __VERIFIER_atomic_release(&l);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, w, NULL);
    pthread_create(&t2, NULL, w, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x;
}
