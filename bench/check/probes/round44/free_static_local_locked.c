/* TRUTH: free — function-static sequence counter only touched while the caller holds seq_lock */
#include <pthread.h>
static pthread_mutex_t seq_lock = PTHREAD_MUTEX_INITIALIZER;
static int next_id_locked(void) {
    static int id;
    return ++id;
}
static void *worker(void *arg) {
    int *out = arg;
    pthread_mutex_lock(&seq_lock);
    *out = next_id_locked();
    pthread_mutex_unlock(&seq_lock);
    return NULL;
}
int main(void) {
    int ids[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    return ids[0] + ids[1] + ids[2] + ids[3] == 10 ? 0 : 1;
}
