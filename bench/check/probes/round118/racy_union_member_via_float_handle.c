/* TRUTH: racy — the sampler writes sample.f through a float* kept as an integer handle while main reads sample.bits, the other member of the same union */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

union sample { float f; uint32_t bits; };
static union sample sample;
static uintptr_t out_handle;          /* where the sampler stores its value */

static void *sampler(void *arg)
{
    (void)arg;
    float *out = (float *)out_handle;
    for (int i = 0; i < 40; i++) {
        *out = 0.5f * (float)i;
        usleep(300);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    out_handle = (uintptr_t)&sample.f;
    pthread_create(&t, NULL, sampler, NULL);
    uint32_t mix = 0;
    for (int i = 0; i < 40; i++) {
        mix ^= sample.bits;           /* raw bits of the current sample */
        usleep(300);
    }
    pthread_join(t, NULL);
    printf("%08x\n", (unsigned)mix);
    return 0;
}
