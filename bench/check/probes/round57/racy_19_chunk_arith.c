/* TRUTH: racy — off-by-one: each thread writes base[0..CHUNK], so thread i writes buf[(i+1)*CHUNK], which thread i+1 also writes as its base[0]. */
#include <pthread.h>
#include <stdio.h>
#define NT 4
#define CHUNK 16
static int buf[NT * CHUNK + 1];
static void *fillchunk(void *p) {
    int *base = p;
    for (int k = 0; k <= CHUNK; k++) base[k] = k;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, fillchunk, buf + i * CHUNK);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < NT * CHUNK; i++) s += buf[i];
    printf("%ld\n", s);
    return 0;
}
