/* TRUTH: free. jobs is only touched when trylock returned 0 (lock acquired), and main touches it after joining. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int jobs;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            jobs++;
            pthread_mutex_unlock(&m);
        }
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
    printf("%d\n", jobs);
    return 0;
}
