// An unlock through a pointer the analysis cannot follow releases every lock the pointer may
// name: not a global lock whose address only ever goes straight to lock calls (&big), so
// 'big' stays held across pthread_mutex_unlock(&item_locks[i]) with item_locks a pointer to
// allocated locks. A lock whose address is stored (cur_lock = &big2), or passed on
// (cb_arg = &p->m, released by a wrapper), may be the one released.
#include <pthread.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t other = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t big2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *item_locks;
pthread_mutex_t *cur_lock;
struct dev { int n; pthread_mutex_t m; };
static struct dev d0 = {0, PTHREAD_MUTEX_INITIALIZER};
static void *cb_arg;
int count, stolen;

static void release(void *l) { pthread_mutex_unlock(l); }

static void *worker(void *arg)
{
    unsigned hv = (unsigned)(long)arg;
    pthread_mutex_lock(&big);
    pthread_mutex_lock(&item_locks[hv & 7]);
    pthread_mutex_unlock(&item_locks[hv & 7]);
    count++; // NORACE: big is still held
    pthread_mutex_unlock(&big);
    pthread_mutex_lock(&big2);
    pthread_mutex_unlock(cur_lock);
    stolen++; // RACE (possible): cur_lock may be big2
    pthread_mutex_unlock(&big2);
    pthread_mutex_lock(&d0.m);
    release(cb_arg);
    d0.n++; // RACE (possible): cb_arg is d0.m
    pthread_mutex_unlock(&d0.m);
    return 0;
}

int main(void)
{
    item_locks = calloc(8, sizeof(pthread_mutex_t));
    if (!item_locks)
        return 1;
    for (int i = 0; i < 8; i++)
        pthread_mutex_init(&item_locks[i], NULL);
    cur_lock = __VERIFIER_nondet_int() ? &big2 : &other;
    struct dev *p = &d0;
    cb_arg = &p->m;
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)1L);
    pthread_create(&b, 0, worker, (void *)2L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return count + stolen;
}
