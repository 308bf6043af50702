/* TRUTH: race-free. `settings` is written only by init_settings, which pthread_once runs exactly once; each thread reads settings only after its own pthread_once call on the same static once object returned, which happens after init_settings completed. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int settings[3];

static void init_settings(void)
{
    settings[0] = 1;
    settings[1] = 2;
    settings[2] = 3;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&once, init_settings);
    printf("%d %d %d\n", settings[0], settings[1], settings[2]);
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
