// A thread handed a global pointer's value takes the lock of the object it points at.
// Given one object before the loop that starts the threads, every instance locks the same
// mutex: no race. Given a fresh object on each pass of that loop, each instance locks its
// own: no common lock, and which object each got is not followed, so the race is possible.
#include <pthread.h>
#include <stdlib.h>

struct counter {
    int count;
    pthread_mutex_t mutex;
};

static int shared_total, fresh_total;
static struct counter *one, *each;

static void *add_shared(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    shared_total++; // NORACE: every instance holds one->mutex
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}

static void *add_fresh(void *arg)
{
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    fresh_total++; // RACE (possible): each instance holds its own object's mutex
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}

int main(void)
{
    pthread_t a[3], b[3];
    one = malloc(sizeof *one);
    if (one == NULL)
        return 1;
    pthread_mutex_init(&one->mutex, NULL);
    for (int i = 0; i < 3; i++)
        pthread_create(&a[i], NULL, add_shared, one);
    for (int i = 0; i < 3; i++) {
        each = malloc(sizeof *each);
        if (each == NULL)
            return 1;
        pthread_mutex_init(&each->mutex, NULL);
        pthread_create(&b[i], NULL, add_fresh, each);
    }
    for (int i = 0; i < 3; i++) {
        pthread_join(a[i], NULL);
        pthread_join(b[i], NULL);
    }
    return shared_total + fresh_total;
}
