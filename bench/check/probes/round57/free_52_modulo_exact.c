/* TRUTH: free — 4 threads with ids 0..3 write bins[id % 4], which is a bijection, so each bin has one writer. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NT 4
#define NB 4
static long bins[NB];
static void *w(void *a) {
    unsigned id = (unsigned)(uintptr_t)a;
    for (int k = 0; k < 100; k++) bins[id % NB] += k;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (unsigned i = 0; i < NT; i++) pthread_create(&t[i], NULL, w, (void *)(uintptr_t)i);
    for (unsigned i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("%ld\n", bins[0] + bins[1] + bins[2] + bins[3]);
    return 0;
}
