/* TRUTH: free — U.p starts as &x; main writes U.addr = (uintptr_t)&y before create; thread writes *U.p (= y), main writes x */
#include <pthread.h>
#include <stdint.h>
int x, y;
union { int *p; uintptr_t addr; } U = { &x };
static void *w(void *a) { (void)a; *U.p = 1; return 0; }
int main(void) {
    pthread_t t;
    U.addr = (uintptr_t)&y;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
