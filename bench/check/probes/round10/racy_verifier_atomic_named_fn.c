/* racy: thread a updates g via a function named __VERIFIER_atomic_inc
   (executed atomically by convention), but thread b writes g directly,
   outside any atomic section. */
#include <pthread.h>
static int g;
void __VERIFIER_atomic_inc(void) { g = g + 1; }
static void *a(void *x) { (void)x; __VERIFIER_atomic_inc(); return 0; }
static void *b(void *x) { (void)x; g = 10; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return g;
}
