/* TRUTH: racy — thread `setter` stores cfg = 5 (line 14) plainly; thread `getter` reads cfg through the plain helper atomic_get_cfg (line 8); nothing orders them. */
#include <pthread.h>

static int cfg;

static int atomic_get_cfg(void)
{
    return cfg;
}

static void *setter(void *arg)
{
    (void)arg;
    cfg = 5;
    return NULL;
}

static void *getter(void *arg)
{
    (void)arg;
    return (void *)(long)atomic_get_cfg();
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, setter, NULL);
    pthread_create(&b, NULL, getter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
