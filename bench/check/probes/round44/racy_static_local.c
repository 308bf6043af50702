/* TRUTH: racy — function-static counter (shared by all threads) is incremented without a lock */
#include <pthread.h>
static int next_id(void) {
    static int id;
    return ++id;
}
static void *worker(void *arg) {
    int *out = arg;
    *out = next_id();
    return NULL;
}
int main(void) {
    int ids[2];
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &ids[0]);
    pthread_create(&b, NULL, worker, &ids[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return ids[0] == ids[1];
}
