/* TRUTH: racy. The worker unlocks m through a function pointer to pthread_mutex_unlock and then writes level unprotected, racing with main. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int (*release_fn)(pthread_mutex_t *) = pthread_mutex_unlock;
static int level;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    level++;
    release_fn(&m);
    level++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    level += 10;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", level);
    return 0;
}
