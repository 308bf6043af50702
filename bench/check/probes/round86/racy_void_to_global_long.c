/* TRUTH: racy — vbuf points at g; ((long *)vbuf)[1] is g[1], which T2 also writes. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
long g[4]; void *vbuf; static void init(void) { vbuf = g; }
void *t1(void *a) { ((long *)vbuf)[1] = 1; return 0; }
void *t2(void *a) { g[1] = 2; return 0; }
int main(void) {
    init();
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0); pthread_join(b, 0);
    return 0;
}
