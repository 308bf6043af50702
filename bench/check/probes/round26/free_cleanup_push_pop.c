/* TRUTH: race-free. Each worker increments shared between pthread_mutex_lock(&m) and
   pthread_cleanup_pop(1), which runs unlock_cb(&m); main reads shared after both joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void unlock_cb(void *p)
{
    pthread_mutex_unlock(p);
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_cleanup_push(unlock_cb, &m);
    shared++;
    pthread_cleanup_pop(1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
