/* TRUTH: racy — U.addr = &y repoints U.p; thread writes y through U.p, main writes y unordered */
#include <pthread.h>
#include <stdint.h>
int x, y;
union { int *p; uintptr_t addr; } U = { &x };
static void *w(void *a) { (void)a; *U.p = 1; return 0; }
int main(void) {
    pthread_t t;
    U.addr = (uintptr_t)&y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
