/* TRUTH: free. The worker breaks out of the loop while still holding m and updates finished before unlocking, so all accesses are under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next_item;
static int finished;

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&m);
        if (next_item >= 50)
            break;
        next_item++;
        pthread_mutex_unlock(&m);
    }
    finished++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", next_item, finished);
    return 0;
}
