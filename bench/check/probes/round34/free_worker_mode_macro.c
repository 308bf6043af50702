/* TRUTH: free — both workers run in MODE_MT (1): each takes stats_mu (mode == MODE_MT) around st_requests++ under if (mode == 1) (line 16); the if (mode == 0) branch never runs. */
#include <pthread.h>
#include <stdio.h>

#define MODE_ST 0
#define MODE_MT 1

static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;
static long st_requests;

static void *worker(void *arg) {
    int mode = (int)(long)arg;
    if (mode == MODE_MT)
        pthread_mutex_lock(&stats_mu);
    if (mode == 1)
        st_requests++; // @A
    if (mode == MODE_MT)
        pthread_mutex_unlock(&stats_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)MODE_MT);
    pthread_create(&b, NULL, worker, (void *)MODE_MT);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", st_requests);
    return 0;
}
