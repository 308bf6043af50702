/* TRUTH: racy — start_sampler (priority 101) runs before load_config (priority 102) although it comes later in the file, so the sampler reads cfg_rate while load_config writes it */
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

__attribute__((constructor(102))) static void load_config(void)
{
    usleep(1000);
    cfg_rate = 5;
}

__attribute__((constructor(101))) static void start_sampler(void)
{
    pthread_create(&sampler_t, NULL, sampler, NULL);
}

int main(void)
{
    pthread_join(sampler_t, NULL);
    printf("%ld\n", seen);
    return 0;
}
