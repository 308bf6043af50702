/* TRUTH: racy — __initcall expands to __attribute__((constructor)), so start_sampler runs before main; the sampler writes samples while main writes it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define __initcall __attribute__((constructor))

static pthread_t sampler;
static long samples;

static void *sample(void *arg)
{
    (void)arg;
    usleep(5000);
    samples++;
    return NULL;
}

__initcall static void start_sampler(void)
{
    pthread_create(&sampler, NULL, sample, NULL);
}

int main(void)
{
    samples = 0;
    usleep(10000);
    pthread_join(sampler, NULL);
    printf("%ld\n", samples);
    return 0;
}
