/* TRUTH: racy — 4 threads write bins[id % 2]; threads 0 and 2 both do bins[0] += k concurrently. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NT 4
#define NB 2
static long bins[4];
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
