/* TRUTH: racy. `user` calls pthread_once before reading settings, but `peeker` reads settings directly without calling pthread_once: peeker's read can overlap init_settings' write (running in user). */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int settings;

static void init_settings(void)
{
    settings = 7;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&once, init_settings);
    printf("user %d\n", settings);
    return NULL;
}

static void *peeker(void *arg)
{
    (void)arg;
    printf("peeker %d\n", settings); /* no pthread_once */
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, peeker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
