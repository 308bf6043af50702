/* TRUTH: free — main's local ctx (mutex + counter) is passed by pointer to both workers; each increments c->count under lk(&c->m). */
#include <pthread.h>
struct ctx { pthread_mutex_t m; int count; };
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *w(void *arg) { struct ctx *c = arg; for (int i = 0; i < 20; i++) { lk(&c->m); c->count++; ul(&c->m); } return NULL; }
int main(void) {
    struct ctx c = { PTHREAD_MUTEX_INITIALIZER, 0 };
    pthread_t x, y;
    pthread_create(&x, NULL, w, &c); pthread_create(&y, NULL, w, &c);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return c.count;
}
