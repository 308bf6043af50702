/* TRUTH: free — cfg is written only by main (line 26) before either thread is created; the getter's read through atomic_get_cfg (line 8) is ordered after it by pthread_create. */
#include <pthread.h>

static int cfg;

static int atomic_get_cfg(void)
{
    return cfg;
}

static void *setter(void *arg)
{
    (void)arg;
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
    cfg = 5;
    pthread_create(&a, NULL, setter, NULL);
    pthread_create(&b, NULL, getter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
