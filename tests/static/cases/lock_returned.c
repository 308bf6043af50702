// A function returns holding the lock; its caller releases it later.
#include <pthread.h>

struct queue {
    pthread_mutex_t lock;
    int items;
};

static struct queue q = {PTHREAD_MUTEX_INITIALIZER, 0};
static int unprotected;

static struct queue *queue_acquire(void)
{
    pthread_mutex_lock(&q.lock);
    return &q;
}

static void queue_release(void)
{
    pthread_mutex_unlock(&q.lock);
}

static void *producer(void *arg)
{
    (void)arg;
    queue_acquire();
    q.items++; // NORACE
    queue_release();
    unprotected++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
