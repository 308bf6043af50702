/* TRUTH: racy. The worker releases m through the alias pointer guard and then increments count, which is unprotected and races with main's locked increment. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *guard = &m;
static int count;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(guard);
    count++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    count++;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", count);
    return 0;
}
