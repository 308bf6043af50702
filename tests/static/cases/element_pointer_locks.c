// A local pointer that always points at one element of a global array (struct slot *p =
// &slots[i], never changed) names that element: &p->lock is the element's own mutex, and
// what p reaches (p->count, and slots[i].count while i keeps its value) holds it, whatever
// happens to i after p was given its value. Before, only &slots[i].lock written out was an
// element lock, so every access through p was unguarded. A pointer to another element
// (p[1], slots[i] after i changed), or one that may change, is not guarded so.
#include <pthread.h>

#define N 8

struct slot {
    int count;
    int hits;
    int next_hits;
    int moved;
    pthread_mutex_t lock;
};
static struct slot slots[N];

static void bump(struct slot *s) { s->hits++; } // NORACE: every caller holds s's lock

static void *worker(void *arg)
{
    int i = (int)(long)arg % (N - 1);
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++; // NORACE
    bump(p);
    pthread_mutex_unlock(&p->lock);

    int j = (int)(long)arg % (N - 1);
    struct slot *q = &slots[j];
    pthread_mutex_lock(&q->lock);
    slots[j].count++; // NORACE: j never changes, slots[j] is *q
    q[1].next_hits++; // RACE (possible): the next element, its own lock not held
    pthread_mutex_unlock(&q->lock);

    int k = (int)(long)arg % (N - 1);
    struct slot *r = &slots[k];
    pthread_mutex_lock(&r->lock);
    k++;
    r->count++; // NORACE: r still points at the locked element
    slots[k].moved++; // RACE (possible): k moved on
    pthread_mutex_unlock(&r->lock);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&slots[i].lock, NULL);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    int m = 3;
    pthread_mutex_lock(&slots[m].lock);
    slots[m].count--; // NORACE
    bump(&slots[m]);
    pthread_mutex_unlock(&slots[m].lock);
    slots[1].next_hits = 0; // RACE (possible): worker 0's q[1]
    slots[1].moved = 0; // RACE (possible): worker 0's slots[k] after k++
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
