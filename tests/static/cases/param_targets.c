// Accesses and locks through pointer parameters resolve to what each caller passed.
#include <pthread.h>

static int left, right, both;
static pthread_mutex_t lm = PTHREAD_MUTEX_INITIALIZER, rm = PTHREAD_MUTEX_INITIALIZER;

struct counter {
    pthread_mutex_t lock;
    int hits;
};
static struct counter counters[4];

static void bump(pthread_mutex_t *m, int *v)
{
    pthread_mutex_lock(m);
    *v += 1; // NORACE: left always under lm, right always under rm
    pthread_mutex_unlock(m);
}

static void hit(struct counter *c)
{
    pthread_mutex_lock(&c->lock);
    c->hits++; // NORACE: each element under its own lock
    pthread_mutex_unlock(&c->lock);
}

static void *worker(void *arg)
{
    (void)arg;
    bump(&lm, &left);
    hit(&counters[1]);
    both++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (int i = 0; i < 4; i++)
        pthread_mutex_init(&counters[i].lock, NULL);
    pthread_create(&t, NULL, worker, NULL);
    bump(&rm, &right);
    bump(&lm, &left);
    for (int i = 0; i < 4; i++)
        hit(&counters[i]);
    both = 2; // RACE
    pthread_join(t, NULL);
    return 0;
}
