/* TRUTH: free — `stat` is only updated when pthread_mutex_trylock succeeded (returns 0), i.e. with the mutex held; failures skip the update. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int stat;
static _Atomic int skipped;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            stat += 1;
            pthread_mutex_unlock(&m);
        } else {
            skipped++;
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", stat, (int)skipped);
    return 0;
}
