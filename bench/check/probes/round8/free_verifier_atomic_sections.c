/* TRUTH: free. Both threads update the shared pair only inside __VERIFIER_atomic_begin/end sections. */
#include <pthread.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);

static int lo, hi;

static void *updater(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        __VERIFIER_atomic_begin();
        lo++;
        if (lo == 100) {
            lo = 0;
            hi++;
        }
        __VERIFIER_atomic_end();
    }
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    if (__VERIFIER_nondet_int()) {
        __VERIFIER_atomic_begin();
        lo = 0;
        hi = 0;
        __VERIFIER_atomic_end();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, updater, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hi;
}
