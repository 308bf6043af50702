// "p->f under p->m: the lock of the object it reaches" holds for a field of p's own object
// only. p->s.n under p->lock and q->n under q->lock (q = &p->s, whose struct has a lock of
// the same name) hold two different mutexes. Before, both counted as holding "their own
// object's lock" and the race was missed: proved race-free.
#include <pthread.h>

struct sub {
    pthread_mutex_t lock;
    int n;
};
struct dev {
    pthread_mutex_t lock;
    struct sub s;
};
static struct dev d0;

static void outer(struct dev *p)
{
    pthread_mutex_lock(&p->lock);
    p->s.n++; // RACE (definite)
    pthread_mutex_unlock(&p->lock);
}

static void inner(struct sub *q)
{
    pthread_mutex_lock(&q->lock);
    q->n++; // RACE (definite)
    pthread_mutex_unlock(&q->lock);
}

static void *t1(void *a)
{
    outer(a);
    return 0;
}

static void *t2(void *a)
{
    inner(a);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutex_init(&d0.lock, 0);
    pthread_mutex_init(&d0.s.lock, 0);
    pthread_create(&a, 0, t1, &d0);
    pthread_create(&b, 0, t2, &d0.s);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return d0.s.n;
}
