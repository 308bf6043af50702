/* TRUTH: free — enter()/leave() lock and unlock a mutex that is a static local of lock_op(): one object for all threads, around n++. */
#include <pthread.h>
static int n;
static void lock_op(int on) {
    static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    if (on) pthread_mutex_lock(&m); else pthread_mutex_unlock(&m);
}
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lock_op(1); n++; lock_op(0); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
