/* TRUTH: racy. main changes cur from &m1 to &m2 between creating the workers, so worker a locks m1 and worker b locks m2 while both write value. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *cur = &m1;
static int value;

static void *worker(void *arg)
{
    pthread_mutex_t *l = arg;
    pthread_mutex_lock(l);
    value++;
    pthread_mutex_unlock(l);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, cur);
    cur = &m2;
    pthread_create(&b, NULL, worker, cur);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", value);
    return 0;
}
