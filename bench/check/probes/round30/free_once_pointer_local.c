/* TRUTH: race-free. get_config() calls pthread_once through a local pointer to the global once object; load_config's write of cfg happens before every return of pthread_once; the callers then only read cfg. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static int cfg;

static void load_config(void)
{
    cfg = 17;
}

static int get_config(void)
{
    pthread_once_t *o = &cfg_once;
    pthread_once(o, load_config);
    return cfg;
}

static void *user(void *arg)
{
    (void)arg;
    printf("%d\n", get_config());
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
