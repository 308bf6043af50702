/* TRUTH: race-free. Both threads loop by goto and touch cnt only under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int cnt;
void *w(void *a) {
    int n = 0;
L:
    pthread_mutex_lock(&m);
    cnt++;
    pthread_mutex_unlock(&m);
    if (++n < 3)
        goto L;
    return a;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
