/* TRUTH: racy — r.h.hi (bytes 2..3) and r.b.b3 (byte 3) are different union members that overlap in byte 3 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

union reg {
    uint32_t word;
    struct { uint16_t lo, hi; } h;
    struct { uint8_t b0, b1, b2, b3; } b;
};
static union reg r;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 2000; i++)
        r.h.hi = (uint16_t)i;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    for (int i = 0; i < 2000; i++)
        r.b.b3 = (uint8_t)i;
    pthread_join(t, NULL);
    printf("%08x\n", (unsigned)r.word);
    return 0;
}
