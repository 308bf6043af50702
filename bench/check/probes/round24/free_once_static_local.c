/* TRUTH: race-free. get_config() runs init_config through one static pthread_once_t (a single object, never reset): every caller returns only after the callback finished, so config's write happens before every read. */
#include <pthread.h>
#include <stdio.h>

static int config;

static void init_config(void)
{
    config = 42;
}

static int get_config(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_config);
    return config;
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
