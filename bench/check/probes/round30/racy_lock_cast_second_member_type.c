/* TRUTH: racy. struct pair's first member is a mutex 'first' and second a mutex 'second'; one thread locks (pthread_mutex_t *)&p (= p.first), the other locks &p.second: different mutexes, both write p.val. */
#include <pthread.h>
#include <stdio.h>

struct pair {
    pthread_mutex_t first;
    pthread_mutex_t second;
    int val;
};

static struct pair p = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, 0};

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&p);
    p.val++;
    pthread_mutex_unlock((pthread_mutex_t *)&p);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&p.second);
    p.val++;
    pthread_mutex_unlock(&p.second);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", p.val);
    return 0;
}
