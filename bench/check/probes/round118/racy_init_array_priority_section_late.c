/* TRUTH: racy — load_config sits in .init_array.00103 and so runs after the priority-102 constructor that starts the sampler, which reads cfg_rate meanwhile */
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

__attribute__((constructor(102))) static void start_sampler(void)
{
    pthread_create(&sampler_t, NULL, sampler, NULL);
}

static void load_config(void)
{
    usleep(1000);
    cfg_rate = 5;
}
static void (*const load_hook)(void) __attribute__((section(".init_array.00103"), used)) = load_config;

int main(void)
{
    pthread_join(sampler_t, NULL);
    printf("%ld\n", seen);
    return 0;
}
