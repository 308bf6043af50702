/* TRUTH: race-free. config is written only inside the pthread_once routine; every reader calls pthread_once first, which orders the write before the reads. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
int config;
static void init(void) { config = 7; }
static void *worker(void *arg) {
    (void)arg;
    pthread_once(&once, init);
    return (void *)(long)config;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
