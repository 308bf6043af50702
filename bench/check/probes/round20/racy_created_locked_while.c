/* TRUTH: racy. Same as the goto version with a while loop: iteration 2's x = 2 is unordered with iteration 1's reader's unlocked read. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *reader(void *a) {
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)x;
}
int main(void) {
    pthread_t t[2];
    int n = 0;
    while (n < 2) {
        pthread_mutex_lock(&m);
        pthread_create(&t[n], 0, reader, 0);
        x = 2;
        pthread_mutex_unlock(&m);
        n++;
    }
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
