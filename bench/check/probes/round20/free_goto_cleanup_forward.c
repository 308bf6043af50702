/* TRUTH: race-free. Forward error gotos unlock at out; every access to bal is under m in both threads. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int bal;
static int withdraw(int v) {
    int rc = -1;
    pthread_mutex_lock(&m);
    if (v <= 0)
        goto out;
    if (bal < v)
        goto out;
    bal -= v;
    rc = 0;
out:
    pthread_mutex_unlock(&m);
    return rc;
}
void *w(void *a) { withdraw(3); return a; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    pthread_mutex_lock(&m);
    bal += 10;
    pthread_mutex_unlock(&m);
    withdraw(2);
    pthread_join(t, 0);
    return 0;
}
