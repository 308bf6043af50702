// Which mutex a lock call names: the element a thread was handed (&locks[0] or &locks[1],
// two mutexes even in a file-scoped array), a local mutex (each call's own), the mutex inside
// an object the analysis cannot name (each thread's may be another), devs[id].lock with id
// the thread's argument, an array decaying to its first element (lock(row) is lock(&row[0])),
// and the rows of a 2-D array of mutexes (grid[0][0] is not grid[1][0]).
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static pthread_mutex_t grid[2][2];
struct dev { pthread_mutex_t lock; int x; };
static struct dev devs[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
struct obj { pthread_mutex_t lock; };
static int by_elem, by_local, by_obj, by_dev, by_decay, by_row;

static void *elem(void *arg)
{
    pthread_mutex_t *l = arg;
    pthread_mutex_lock(l);
    by_elem++; // RACE: two threads, two mutexes
    pthread_mutex_unlock(l);
    return 0;
}

static void *local(void *arg)
{
    pthread_mutex_t l;
    (void)arg;
    pthread_mutex_init(&l, 0);
    pthread_mutex_lock(&l);
    by_local++; // RACE: each thread's own mutex
    pthread_mutex_unlock(&l);
    pthread_mutex_destroy(&l);
    return 0;
}

static void *object(void *arg)
{
    struct obj *o = arg;
    pthread_mutex_lock(&o->lock);
    by_obj++; // RACE (possible): the objects' mutexes may be two
    pthread_mutex_unlock(&o->lock);
    return 0;
}

static void *dev(void *arg)
{
    int id = (int)(long)arg;
    pthread_mutex_lock(&devs[id].lock);
    by_dev++; // RACE (definite): devs[0].lock and devs[1].lock
    pthread_mutex_unlock(&devs[id].lock);
    return 0;
}

static void *decay_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[0]);
    by_decay++; // NORACE: locks is &locks[0]
    pthread_mutex_unlock(&locks[0]);
    pthread_mutex_lock(&grid[0][0]);
    by_row++; // RACE: grid[1][0] is another mutex
    pthread_mutex_unlock(&grid[0][0]);
    return 0;
}

static void *decay_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(locks);
    by_decay++;
    pthread_mutex_unlock(locks);
    pthread_mutex_lock(grid[1]);
    by_row++;
    pthread_mutex_unlock(grid[1]);
    return 0;
}

int main(void)
{
    pthread_t t[10];
    struct obj *o = calloc(2, sizeof *o);
    if (!o)
        return 1;
    for (int i = 0; i < 2; i++)
        pthread_mutex_init(&o[i].lock, 0);
    pthread_create(&t[0], 0, elem, &locks[0]);
    pthread_create(&t[1], 0, elem, &locks[1]);
    pthread_create(&t[2], 0, local, 0);
    pthread_create(&t[3], 0, local, 0);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[4 + i], 0, object, &o[i]);
    pthread_create(&t[6], 0, dev, (void *)0L);
    pthread_create(&t[7], 0, dev, (void *)1L);
    pthread_create(&t[8], 0, decay_a, 0);
    pthread_create(&t[9], 0, decay_b, 0);
    for (int i = 0; i < 10; i++)
        pthread_join(t[i], 0);
    return 0;
}
