/* TRUTH: racy — the loader sets ready under log_mu (line 15), the wrong one of two mutexes, while the user reads ready under mu (line 24): ready itself races, and config_value (line 13/line 27) is not ordered either. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int config_value;

static void *loader(void *arg) {
    (void)arg;
    config_value = 42; // @A
    pthread_mutex_lock(&log_mu);
    ready = 1; // @C
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&log_mu);
    return NULL;
}

static void *user(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    while (!ready) // @D
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    return (void *)(long)config_value; // @B
}

int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, user, NULL);
    pthread_create(&a, NULL, loader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
