// A condition-variable hand-off: a wait loop that reads a zero-initialized flag under mutex m
// (while (!ready) pthread_cond_wait(&cv, &m);) ends only once the flag's one storer, holding
// m, set it: what the storer did before that store comes before what the waiter does after.
// A store without m, a read under another mutex, an if that waits once, or a second storer
// orders nothing.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, other = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, late_ready, bare_ready, other_ready, once_ready, two_ready;
static int item, late_item, bare_item, other_item, once_item, two_item;

static void *producer(void *a)
{
    (void)a;
    item = 41; // NORACE: before the store under m the consumer waits for
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&m);
    late_ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    late_item = 1; // RACE (possible): after the store
    bare_item = 1; // RACE (possible): bare_ready is stored without m
    bare_ready = 1; // RACE (possible): a store without m
    pthread_mutex_lock(&m);
    other_item = 1; // RACE (possible): the waiter reads other_ready under another mutex
    other_ready = 1;
    pthread_mutex_unlock(&m);
    once_item = 1; // RACE (possible): the waiter waits once, with an if
    pthread_mutex_lock(&m);
    once_ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return 0;
}

static void *second(void *a)
{
    (void)a;
    two_item = 2; // RACE (definite): the two 'second' threads write it before any synchronization
    pthread_mutex_lock(&m);
    two_ready = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return 0;
}

static void *consumer(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    while (late_ready != 1)
        pthread_cond_wait(&cv, &m);
    while (!bare_ready)
        pthread_cond_wait(&cv, &m);
    if (!once_ready)
        pthread_cond_wait(&cv, &m);
    while (!two_ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&other);
    while (!other_ready)
        pthread_cond_wait(&cv, &other);
    pthread_mutex_unlock(&other);
    item++;
    return (void *)(long)(late_item + bare_item + other_item + once_item + two_item);
}

int main(void)
{
    pthread_t t[4];
    pthread_create(&t[0], 0, consumer, 0);
    pthread_create(&t[1], 0, producer, 0);
    pthread_create(&t[2], 0, second, 0);
    pthread_create(&t[3], 0, second, 0);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], 0);
    return item;
}
