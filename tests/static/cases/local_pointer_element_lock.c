// A lock reached through a local pointer to an element of a global array (p = &objs[1];
// lock(&p->lock)) is that element's lock: two threads holding different elements' locks
// share none. Through the same element they do.
#include <pthread.h>

struct obj {
    pthread_mutex_t lock;
    long n;
};
static struct obj objs[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static long total, same;

static void *first(void *a)
{
    struct obj *p = &objs[0];
    (void)a;
    pthread_mutex_lock(&p->lock);
    total++; // RACE
    same++;  // NORACE
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void *second(void *a)
{
    struct obj *p = &objs[1], *q = &objs[0];
    (void)a;
    pthread_mutex_lock(&p->lock);
    total++; // RACE
    pthread_mutex_unlock(&p->lock);
    pthread_mutex_lock(&q->lock);
    same++; // NORACE
    pthread_mutex_unlock(&q->lock);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    pthread_create(&t[0], NULL, first, NULL);
    pthread_create(&t[1], NULL, second, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)(total + same);
}
