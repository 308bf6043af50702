/* TRUTH: racy — each worker publishes the address of its own __thread counter in registry[] (under reg_mu) and keeps incrementing it without a lock (line 17); main reads the counters through the registry (line 34) while the workers are still counting (they only exit after main sets reported), so main's read and a worker's write of that thread's tls_hits are unordered. */
#include <pthread.h>
#include <stdio.h>

static __thread long tls_hits;
static long *registry[2];
static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t reg_cv = PTHREAD_COND_INITIALIZER;
static int reported;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    pthread_mutex_lock(&reg_mu);
    registry[id] = &tls_hits;
    pthread_mutex_unlock(&reg_mu);
    for (int i = 0; i < 100000; i++)
        tls_hits++; // @A
    pthread_mutex_lock(&reg_mu);
    while (!reported)
        pthread_cond_wait(&reg_cv, &reg_mu);
    pthread_mutex_unlock(&reg_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0);
    pthread_create(&b, NULL, worker, (void *)1);
    long sum = 0;
    for (int i = 0; i < 2; i++) {
        pthread_mutex_lock(&reg_mu);
        long *p = registry[i];
        pthread_mutex_unlock(&reg_mu);
        if (p) sum += *p; // @B
    }
    pthread_mutex_lock(&reg_mu);
    reported = 1;
    pthread_cond_broadcast(&reg_cv);
    pthread_mutex_unlock(&reg_mu);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
