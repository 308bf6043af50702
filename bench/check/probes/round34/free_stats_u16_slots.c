/* TRUTH: free — worker i copies a 16-bit value (memcpy of sizeof v = 2 bytes) into its own element out16[i] (line 12) through its argument &out16[i]; main reads all elements after joining. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 4
static uint16_t out16[N];

static void *worker(void *arg) {
    uint16_t v = 0x1234;
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
