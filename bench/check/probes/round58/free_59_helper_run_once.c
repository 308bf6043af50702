/* TRUTH: free — run() is called once by main; its local mutex m is passed to both workers, which guard n with lk(arg). */
#include <pthread.h>
static int n;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { for (int i = 0; i < 20; i++) { lk(arg); n++; ul(arg); } return NULL; }
static void run(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t x, y;
    pthread_create(&x, NULL, w, &m); pthread_create(&y, NULL, w, &m);
    pthread_join(x, NULL); pthread_join(y, NULL);
}
int main(void) { run(); return n; }
