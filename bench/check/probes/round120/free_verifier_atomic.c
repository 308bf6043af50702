/* TRUTH: free — every access of x by the threads is inside __VERIFIER_atomic_begin/end, and main reads x only after joining them */
#include <pthread.h>

extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        __VERIFIER_atomic_begin();
        x = x + 1;
        __VERIFIER_atomic_end();
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x == 100 ? 0 : 1;
}
