/* TRUTH: racy. The mutex is an automatic variable of the thread function, so each thread locks its own private mutex and counter++ is unprotected. */
#include <pthread.h>
#include <stdio.h>

static int counter;

static void *worker(void *arg)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        counter++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
