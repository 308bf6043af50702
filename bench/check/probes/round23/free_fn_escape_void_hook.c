/* TRUTH: race-free. the hook installed through a void * is locked_count, which updates stats only under mu; both workers call it, and main reads stats after joining. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

int stats;
pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void locked_count(void)
{
    pthread_mutex_lock(&mu);
    stats++;
    pthread_mutex_unlock(&mu);
}

static void nop(void) {}

static void (*hook)(void) = nop;
static void *saved;

static void *worker(void *arg)
{
    (void)arg;
    hook();
    return NULL;
}

int main(void)
{
    saved = (void *)locked_count;
    memcpy(&hook, &saved, sizeof hook);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stats);
    return 0;
}
