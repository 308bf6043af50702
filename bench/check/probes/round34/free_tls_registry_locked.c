/* TRUTH: free — like racy_tls_registry.c, but every worker's update of its own __thread counter (line 18) and main's read of it through the registry (line 36) hold reg_mu. */
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
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&reg_mu);
        tls_hits++; // @A
        pthread_mutex_unlock(&reg_mu);
    }
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
        if (p) sum += *p; // @B
        pthread_mutex_unlock(&reg_mu);
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
