/* TRUTH: free — the_lock() returns the address of its static local mutex, one object for all callers; both threads do n++ under lk(the_lock()). */
#include <pthread.h>
static int n;
static pthread_mutex_t *the_lock(void) { static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; return &m; }
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { (void)arg; for (int i = 0; i < 20; i++) { lk(the_lock()); n++; ul(the_lock()); } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return n;
}
