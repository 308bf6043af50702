// Elements of a global array named by constant indexes (or by a parameter the caller gives
// a constant) are told apart, and an element accessed under its own lock agrees with code
// reaching elements through pointers.
#include <pthread.h>

struct slot {
    pthread_mutex_t lock;
    int hits;
};

static struct slot slots[4];
static int data[4], other[4];
static pthread_mutex_t locks[4];

static void bump(struct slot *s)
{
    pthread_mutex_lock(&s->lock);
    s->hits++; // NORACE: each slot under its own lock
    pthread_mutex_unlock(&s->lock);
}

static int counts[4];

static void count(int i)
{
    pthread_mutex_lock(&locks[i]);
    counts[i]++; // NORACE: each call's element under that element's lock
    pthread_mutex_unlock(&locks[i]);
}

static void *worker(void *arg)
{
    (void)arg;
    count(2);
    count(3);
    for (int i = 0; i < 4; i++)
        bump(&slots[i]);
    pthread_mutex_lock(&locks[1]);
    data[1]++; // NORACE: main touches data[1] under the same lock only
    pthread_mutex_unlock(&locks[1]);
    other[2] = 1; // RACE: main writes other[i], some element
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_init(&slots[i].lock, NULL);
        pthread_mutex_init(&locks[i], NULL);
    }
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&slots[2].lock);
    slots[2].hits = 0; // NORACE: slot 2's own lock
    pthread_mutex_unlock(&slots[2].lock);
    data[0] = 5; // NORACE: the worker touches data[1] only
    count(3);
    pthread_mutex_lock(&locks[2]);
    counts[2] = 0; // NORACE
    pthread_mutex_unlock(&locks[2]);
    pthread_mutex_lock(&locks[1]);
    data[1] = 0; // NORACE
    pthread_mutex_unlock(&locks[1]);
    for (int i = 0; i < 4; i++)
        other[i] = 0; // RACE
    pthread_join(t, NULL);
    return 0;
}
