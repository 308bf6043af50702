/* TRUTH: free — config is written only inside load_config, run exactly once via pthread_once; pthread_once guarantees completion of the init routine happens-before return in every caller, and afterwards config is only read. */
#include <pthread.h>
#include <stdio.h>

struct cfg { int verbose; int limit; };
static struct cfg config;
static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;

static void load_config(void)
{
    config.verbose = 1;
    config.limit = 64;
}

static int get_limit(void)
{
    pthread_once(&cfg_once, load_config);
    return config.limit;
}

static void *client(void *a)
{
    int *out = a;
    *out = get_limit() * 2;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    int r1 = 0, r2 = 0;
    pthread_create(&t1, NULL, client, &r1);
    pthread_create(&t2, NULL, client, &r2);
    int mine = get_limit();
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d %d %d\n", mine, r1, r2, config.verbose);
    return 0;
}
