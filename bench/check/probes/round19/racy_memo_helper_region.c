/* TRUTH: racy. bump() (unlocked x++) runs in pass 2 while pass 1's f (locked x++) may run; the same call also runs before the label. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void bump(void) { x++; }
void *f(void *a) {
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t[2];
    int i = 0;
    bump();
again:
    bump();
    pthread_create(&t[i], 0, f, 0);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
