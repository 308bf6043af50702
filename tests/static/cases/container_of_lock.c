// A lock reached back from a member (container_of(&o.v, struct obj, v)->mu) is some lock of
// the whole object, which one not known: it neither protects an access nor can a race on
// what it guards be certain. Before, its key was the member's ("o.v"): a sure race on o.v
// that both threads guard with o.mu, and none on data below.
#include <pthread.h>
#include <stddef.h>

#define container_of(p, T, m) ((T *)((char *)(p)-offsetof(T, m)))

struct obj {
    pthread_mutex_t mu;
    pthread_mutex_t other;
    int v;
};
struct obj o = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 0};
int data;

static void *direct(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&o.mu);
    o.v++; // RACE (possible): the other thread's lock may be o.mu (it is)
    pthread_mutex_unlock(&o.mu);
    return NULL;
}

static void *back_from_member(void *arg)
{
    (void)arg;
    struct obj *q = container_of(&o.v, struct obj, v);
    pthread_mutex_lock(&q->mu);
    o.v++; // RACE (possible)
    pthread_mutex_unlock(&q->mu);
    pthread_mutex_lock(&q->other);
    data++; // RACE (possible): o.other here, o.mu in the next thread
    pthread_mutex_unlock(&q->other);
    return NULL;
}

static void *other_lock(void *arg)
{
    (void)arg;
    struct obj *q = container_of(&o.v, struct obj, v);
    pthread_mutex_lock(&q->mu);
    data++; // RACE (possible)
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, direct, NULL);
    pthread_create(&b, NULL, back_from_member, NULL);
    pthread_create(&c, NULL, other_lock, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
