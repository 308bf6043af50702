/* TRUTH: free — r.h.lo covers bytes 0..1 and r.b.b3 is byte 3: different union members, disjoint bytes, so the two writers never touch the same memory location */
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
        r.h.lo = (uint16_t)i;
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
