/* TRUTH: racy. Pass 1's reader passes m after main's unlock and reads x unlocked; main's pass-2 x = 2 (after the goto back) is unordered with that read. */
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
L:
    pthread_mutex_lock(&m);
    pthread_create(&t[n], 0, reader, 0);
    x = 2;
    pthread_mutex_unlock(&m);
    if (++n < 2)
        goto L;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
