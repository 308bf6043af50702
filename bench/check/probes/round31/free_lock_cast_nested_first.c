/* TRUTH: race-free. struct outer's first member is struct inner whose first member is the mutex: (pthread_mutex_t *)&o and &o.in.mu are the same lock; total is only written holding it. */
#include <pthread.h>
#include <stdio.h>

struct inner { pthread_mutex_t mu; int flags; };
struct outer { struct inner in; long total; };
static struct outer o = { { PTHREAD_MUTEX_INITIALIZER, 0 }, 0 };

static void *adder(void *arg)
{
    (void)arg;
    pthread_mutex_t *l = (pthread_mutex_t *)&o;
    pthread_mutex_lock(l);
    o.total += 5;
    pthread_mutex_unlock(l);
    return NULL;
}

static void *doubler(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&o.in.mu);
    o.total *= 2;
    pthread_mutex_unlock(&o.in.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&b, NULL, doubler, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", o.total);
    return 0;
}
