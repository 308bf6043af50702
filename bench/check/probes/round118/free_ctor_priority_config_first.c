/* TRUTH: free — the priority-101 constructor writes cfg_rate before the plain constructor (which runs after all prioritised ones) starts the sampler */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int cfg_rate;
static pthread_t sampler_t;
static long seen;

static void *sampler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        seen += cfg_rate;
        usleep(200);
    }
    return NULL;
}

__attribute__((constructor)) static void start_sampler(void)
{
    pthread_create(&sampler_t, NULL, sampler, NULL);
}

__attribute__((constructor(101))) static void load_config(void)
{
    cfg_rate = 5;
}

int main(void)
{
    pthread_join(sampler_t, NULL);
    printf("%ld\n", seen);
    return 0;
}
