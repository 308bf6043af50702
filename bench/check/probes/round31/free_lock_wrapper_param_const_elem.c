/* TRUTH: race-free. bump(3) locks m[3] through a lock wrapper given &m[i] with i == 3 in every call; the other thread locks m[3] directly; acc[3] is only written holding m[3]. */
#include <pthread.h>
#include <stdio.h>

#define N 8
static pthread_mutex_t m[N];
static long acc[N];

static void lock_it(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void unlock_it(pthread_mutex_t *l) { pthread_mutex_unlock(l); }

static void bump(int i)
{
    lock_it(&m[i]);
    acc[3] += 1;
    unlock_it(&m[i]);
}

static void *a_fn(void *arg) { (void)arg; bump(3); return NULL; }

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m[3]);
    acc[3] += 100;
    pthread_mutex_unlock(&m[3]);
    return NULL;
}

int main(void)
{
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&m[i], NULL);
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc[3]);
    return 0;
}
