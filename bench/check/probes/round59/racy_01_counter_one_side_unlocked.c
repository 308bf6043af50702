/* TRUTH: racy — inc_locked() writes hits under mtx in thread T1 while inc_plain() reads/writes hits with no lock in T2; unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void *inc_locked(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&mtx);
        hits++;
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}

static void *inc_plain(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        hits++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inc_locked, NULL);
    pthread_create(&b, NULL, inc_plain, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
