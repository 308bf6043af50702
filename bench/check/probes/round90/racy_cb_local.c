/* racy: producer publishes &local in the global 'current' (under lock) and then its callback
   updates *p without the lock; the observer thread fetches 'current' and writes through it. */
#include <pthread.h>
#include <stddef.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int *current;

static void add_one(int *p) { *p += 1; }
static void run_cb(void (*cb)(int *), int *arg) { cb(arg); }

static void *producer(void *arg) {
    int local = 0;
    (void)arg;
    pthread_mutex_lock(&mu);
    current = &local;
    pthread_mutex_unlock(&mu);
    for (int i = 0; i < 1000; i++) run_cb(add_one, &local);
    pthread_mutex_lock(&mu);
    current = NULL;
    pthread_mutex_unlock(&mu);
    return NULL;
}
static void *observer(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&mu);
        int *p = current;
        if (p) { pthread_mutex_unlock(&mu); *p = 0; continue; }
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, observer, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return 0;
}
