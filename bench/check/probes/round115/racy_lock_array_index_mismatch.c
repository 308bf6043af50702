/* TRUTH: racy — parallel arrays locks[]/data[]: one thread holds locks[j] while writing data[i] (i != j); the other writes data[0] under locks[0] */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int data[2];
static void *wrong(void *arg) {
    (void)arg;
    int i = 0, j = 1;
    pthread_mutex_lock(&locks[j]);
    data[i]++;
    pthread_mutex_unlock(&locks[j]);
    return 0;
}
static void *right(void *arg) {
    (void)arg;
    int i = 0;
    pthread_mutex_lock(&locks[i]);
    data[i]++;
    pthread_mutex_unlock(&locks[i]);
    return 0;
}
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, wrong, 0);
    pthread_create(&t[1], 0, right, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
