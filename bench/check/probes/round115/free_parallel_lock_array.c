/* TRUTH: free — parallel arrays: data[i] is only touched while holding locks[i] with the same never-changed i */
#include <pthread.h>
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int data[2];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    pthread_mutex_lock(&locks[i]);
    data[i]++;
    pthread_mutex_unlock(&locks[i]);
    return 0;
}
int main(void) {
    pthread_t t[3];
    for (long k = 0; k < 3; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return data[0] == 2 ? 0 : 1;
}
