/* TRUTH: racy. Each thread initialises and locks its own stack-allocated mutex, so the two increments of the global counter are not mutually excluded. */
#include <pthread.h>

static int counter;

static void *worker(void *arg)
{
    pthread_mutex_t l;
    (void)arg;
    pthread_mutex_init(&l, 0);
    pthread_mutex_lock(&l);
    counter++;
    pthread_mutex_unlock(&l);
    pthread_mutex_destroy(&l);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
