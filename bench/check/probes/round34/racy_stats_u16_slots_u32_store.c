/* TRUTH: racy — each worker memcpy's a 4-byte uint32_t through its &out16[i] (line 12): worker i's store covers out16[i] and out16[i+1], overlapping worker i+1's store to out16[i+1]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 4
static uint16_t out16[N + 1];

static void *worker(void *arg) {
    uint32_t v = 0x12345678;
    memcpy(arg, &v, sizeof v); // @A
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &out16[i]);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    unsigned s = 0;
    for (int i = 0; i < N; i++) s += out16[i];
    printf("%u\n", s);
    return 0;
}
