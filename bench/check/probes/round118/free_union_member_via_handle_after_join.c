/* TRUTH: free — the sampler writes sample.f through a float* handle, and main reads sample.bits only after joining it */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

union sample { float f; uint32_t bits; };
static union sample sample;
static uintptr_t out_handle;

static void *sampler(void *arg)
{
    (void)arg;
    float *out = (float *)out_handle;
    for (int i = 0; i < 40; i++)
        *out = 0.5f * (float)i;
    return NULL;
}

int main(void)
{
    pthread_t t;
    out_handle = (uintptr_t)&sample.f;
    pthread_create(&t, NULL, sampler, NULL);
    pthread_join(t, NULL);
    printf("%08x\n", (unsigned)sample.bits);
    return 0;
}
