/* TRUTH: race-free. obj_lock(void *o) locks the mutex at the start of the object; the queue
   struct starts with its mutex, so obj_lock(&q) takes q.mu, the same mutex the consumer
   takes by name. Both threads touch q.len only while
   holding it. */
#include <pthread.h>
#include <stdio.h>

struct queue {
    pthread_mutex_t mu;
    int len;
    int items[8];
};

static struct queue q = {PTHREAD_MUTEX_INITIALIZER, 0, {0}};

static void obj_lock(void *o)
{
    pthread_mutex_lock((pthread_mutex_t *)o);
}

static void obj_unlock(void *o)
{
    pthread_mutex_unlock((pthread_mutex_t *)o);
}

static void *producer(void *arg)
{
    (void)arg;
    for (int k = 0; k < 4; k++) {
        obj_lock(&q);
        q.items[k] = k;
        q.len++;
        obj_unlock(&q);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    int got = 0;
    for (int k = 0; k < 4; k++) {
        pthread_mutex_lock(&q.mu);
        got += q.len;
        q.len--;
        pthread_mutex_unlock(&q.mu);
    }
    return (void *)(long)got;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", q.len);
    return 0;
}
