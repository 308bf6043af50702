/* TRUTH: free — u is unsigned int, 65536 is stored, the CAS spin is a lock on lk: x = x + 1 runs under it in both threads */
#include <pthread.h>
static int lk;
static int x;
void __VERIFIER_atomic_CAS(int *v, int e, unsigned int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}
void __VERIFIER_atomic_release(int *v) { *v = 0; }
static void *w(void *arg)
{
    (void)arg;
    int r;
    while (1) {
        __VERIFIER_atomic_CAS(&lk, 0, 65536, &r);
        if (r)
            break;
    }
    x = x + 1;
    __VERIFIER_atomic_release(&lk);
    return 0;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, w, 0);
    pthread_create(&b, 0, w, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
