/* TRUTH: racy — each worker copies the whole `struct shared_box` (including its mutex) by value and locks the copy's mutex, which excludes nobody; both then write through box.counter (a pointer to the same global int `hits`). */
#include <pthread.h>
#include <stdio.h>

struct shared_box { pthread_mutex_t lock; int *counter; };
static int hits;
static struct shared_box the_box = { PTHREAD_MUTEX_INITIALIZER, &hits };

static void *worker(void *arg)
{
    (void)arg;
    struct shared_box box = the_box;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&box.lock);
        (*box.counter)++;
        pthread_mutex_unlock(&box.lock);
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
    printf("%d\n", hits);
    return 0;
}
