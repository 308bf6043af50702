/* TRUTH: free — main's local struct holds the mutex; both workers get its address and guard the global total with lk(&c->m). */
#include <pthread.h>
struct ctx { int id; pthread_mutex_t m; };
static long total;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { struct ctx *c = arg; for (int i = 0; i < 20; i++) { lk(&c->m); total += i; ul(&c->m); } return NULL; }
int main(void) {
    struct ctx c;
    c.id = 1;
    pthread_mutex_init(&c.m, NULL);
    pthread_t x, y;
    pthread_create(&x, NULL, w, &c); pthread_create(&y, NULL, w, &c);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return (int)total;
}
