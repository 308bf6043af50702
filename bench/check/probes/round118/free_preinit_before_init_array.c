/* TRUTH: free — .preinit_array functions run before all .init_array ones, so cfg_rate is written before the sampler thread exists */
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

static void start_sampler(void) { pthread_create(&sampler_t, NULL, sampler, NULL); }
static void load_config(void) { cfg_rate = 5; }

static void (*const start_hook)(void) __attribute__((section(".init_array"), used)) = start_sampler;
static void (*const load_hook)(void) __attribute__((section(".preinit_array"), used)) = load_config;

int main(void)
{
    pthread_join(sampler_t, NULL);
    printf("%ld\n", seen);
    return 0;
}
