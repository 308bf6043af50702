/* TRUTH: race-free. The first member of struct cache is an anonymous struct whose first member is the mutex; (pthread_mutex_t *)&c is &c.mu; both threads hold that mutex while updating c.entries. */
#include <pthread.h>
#include <stdio.h>

struct cache {
    struct {
        pthread_mutex_t mu;
        int flags;
    };
    int entries;
};

static struct cache c = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&c);
    c.entries += 2;
    pthread_mutex_unlock((pthread_mutex_t *)&c);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&c.mu);
    c.entries -= 1;
    pthread_mutex_unlock(&c.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", c.entries);
    return 0;
}
