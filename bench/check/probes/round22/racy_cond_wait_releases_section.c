/* TRUTH: racy. main holds m while it starts and joins `bumper`, but in between it calls pthread_cond_wait, which RELEASES m; `setter` then takes m and writes `g` while bumper writes g without any lock. setter's g = 2 and bumper's g = 1 can run at the same time (when main locked m before setter). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int ready;
static int g;

static void *bumper(void *arg)
{
    (void)arg;
    g = 1; /* "main holds m for us" */
    return NULL;
}

static void *setter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    g = 2;
    ready = 1;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t b, s;
    pthread_create(&s, NULL, setter, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&b, NULL, bumper, NULL);
    while (!ready)
        pthread_cond_wait(&c, &m);
    pthread_join(b, NULL);
    pthread_mutex_unlock(&m);
    pthread_join(s, NULL);
    printf("%d\n", g);
    return 0;
}
