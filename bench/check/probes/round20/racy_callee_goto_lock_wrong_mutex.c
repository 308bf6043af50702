/* TRUTH: racy. acquire() takes m2 on its goto path, but w protects x with m; main's x = 2 is unordered with w's write. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return a; }
static void acquire(void) {
    int n = 0;
L:
    if (n)
        return;
    n = 1;
    pthread_mutex_lock(&m2);
    goto L;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    acquire();
    x = 2;
    pthread_mutex_unlock(&m2);
    pthread_join(t, 0);
    return 0;
}
