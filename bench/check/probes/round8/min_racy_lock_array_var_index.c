/* TRUTH: racy. Thread 0 locks devs[0].lock and thread 1 locks devs[1].lock (index from the thread argument), so their increments of the global counter race. */
#include <pthread.h>

struct dev { pthread_mutex_t lock; int x; };
static struct dev devs[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
static int counter;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    pthread_mutex_lock(&devs[id].lock);
    counter++;
    pthread_mutex_unlock(&devs[id].lock);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
