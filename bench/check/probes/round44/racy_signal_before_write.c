/* TRUTH: racy — the worker sets ready and signals under the lock, but writes the reply after unlocking; main reads reply right after waking */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int reply;
static void *worker(void *a) {
    (void)a;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    reply = 99;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    while (!ready) pthread_cond_wait(&cv, &m);
    int r = reply;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return r;
}
