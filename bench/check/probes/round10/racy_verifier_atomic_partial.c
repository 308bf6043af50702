/* racy: thread 1 updates g inside a __VERIFIER_atomic_begin/end block but
   thread 2 writes g outside any atomic block (plain write), so the accesses
   are unordered. (atomic blocks only exclude each other.) */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static int g;
static void *t1(void *a) { (void)a; __VERIFIER_atomic_begin(); g = g + 1; __VERIFIER_atomic_end(); return 0; }
static void *t2(void *a) { (void)a; g = 5; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g;
}
