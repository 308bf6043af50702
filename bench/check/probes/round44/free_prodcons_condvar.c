/* TRUTH: free — single-slot mailbox: slot/full only touched under mtx; condvars with predicate loops */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static int slot;
static int full;
static void *producer(void *arg) {
    (void)arg;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&mtx);
        while (full) pthread_cond_wait(&not_full, &mtx);
        slot = i;
        full = 1;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}
static void *consumer(void *arg) {
    long *sum = arg;
    for (int i = 1; i <= 20; i++) {
        pthread_mutex_lock(&mtx);
        while (!full) pthread_cond_wait(&not_empty, &mtx);
        *sum += slot;
        full = 0;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mtx);
    }
    return NULL;
}
int main(void) {
    long sum = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
