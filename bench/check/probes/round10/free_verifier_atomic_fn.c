/* free: both threads update g only inside __VERIFIER_atomic_begin/end
   blocks, which execute atomically with respect to each other; main reads
   after joins. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static int g;
static void *t(void *a) { (void)a; __VERIFIER_atomic_begin(); g = g + 1; __VERIFIER_atomic_end(); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t, 0);
    pthread_create(&b, 0, t, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g;
}
