/* TRUTH: racy. Each shard thread uses its own once object once_tab[shard], so init_config
   runs once per object: twice, in two threads at once, both writing config (and each thread's
   read of config after its pthread_once races with the other's write). */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_tab[2] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT};
static int config;

static void init_config(void)
{
    config = 42;
}

static void *shard(void *arg)
{
    long s = (long)arg;
    pthread_once(&once_tab[s], init_config);
    return (void *)(long)config;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, shard, (void *)0);
    pthread_create(&b, NULL, shard, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", config);
    return 0;
}
