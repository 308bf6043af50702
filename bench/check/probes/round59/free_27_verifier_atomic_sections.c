/* TRUTH: free — every access to the shared x from both threads is inside a __VERIFIER_atomic_begin/__VERIFIER_atomic_end section, which executes without interleaving; main reads x only after joins. */
#include <pthread.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x;

void *incr(void *arg)
{
    __VERIFIER_atomic_begin();
    x = x + 1;
    __VERIFIER_atomic_end();
    return arg;
}

void *decr(void *arg)
{
    __VERIFIER_atomic_begin();
    x = x - 1;
    __VERIFIER_atomic_end();
    return arg;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, incr, 0);
    pthread_create(&b, 0, decr, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
