// A helper that releases the object's lock and takes another object's: after it returns the
// caller holds the other object's lock only: its writes before and after race.
#include <pthread.h>

struct obj {
    pthread_mutex_t lock;
    long n;
};
static struct obj objs[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void hand_over(struct obj *from, struct obj *to)
{
    pthread_mutex_unlock(&from->lock);
    pthread_mutex_lock(&to->lock);
}

static void *worker(void *a)
{
    struct obj *p = &objs[0], *q = &objs[1];
    (void)a;
    pthread_mutex_lock(&p->lock);
    p->n++; // RACE (with the write after the hand-over, under the other lock)
    hand_over(p, q);
    p->n++; // RACE
    pthread_mutex_unlock(&q->lock);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
