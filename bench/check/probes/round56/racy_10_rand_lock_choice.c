/* TRUTH: racy — use_lock is chosen by rand() in main; when 0, both workers do `total += v` unprotected; worker vs worker. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int use_lock;
static int total;

static void *worker(void *arg)
{
    int v = (int)(long)arg;
    if (use_lock)
        pthread_mutex_lock(&mu);
    total += v;
    if (use_lock)
        pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    srand((unsigned)time(NULL));
    use_lock = rand() % 2;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
