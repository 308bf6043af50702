// Four holes found by an adversarial review: a do { ... if (r) break; } while (1) poll is a
// wait for another thread, not a plain loop; the lock of an element passed by address
// (&accts[0]) guards that element only, not another passed beside it; and a pointer given
// a fresh object in one case of a switch still holds the shared one when entered at a
// later case.
#include <pthread.h>
#include <stdlib.h>

struct account { pthread_mutex_t lock; long balance; };
struct st { long hits; };
static struct account accts[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static int data, ready;
static struct st *shared;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void deposit(struct account *held, struct account *to)
{
    pthread_mutex_lock(&held->lock);
    to->balance++; // RACE: t1 holds accts[0]'s lock, t2 accts[1]'s, both write accts[1]
    pthread_mutex_unlock(&held->lock);
}

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    deposit(&accts[0], &accts[1]);
    return NULL;
}

static void *consumer(void *arg)
{
    int r;
    do {
        pthread_mutex_lock(&m);
        r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
    } while (1);
    deposit(&accts[1], &accts[1]);
    return (void *)(long)data; // RACE (possible): ordered by the poll on ready, which is not followed
}

static void *worker(void *arg)
{
    struct st *s = shared;
    switch ((long)arg) {
    case 0:
        s = malloc(sizeof *s);
        /* fall through */
    case 1:
        s->hits++; // not proved race-free: both threads enter at case 1 and share *shared
    }
    return NULL;
}

int main(void)
{
    pthread_t p, c, a, b;
    shared = calloc(1, sizeof *shared);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
