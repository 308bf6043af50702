/* free: every access to o->refs goes through lock_obj(o)/unlock_obj(o), which lock the
   object's own mutex; both threads work on the same object and so the same mutex. */
#include <pthread.h>
struct conn { pthread_mutex_t lock; int refs; int state; };
static struct conn the_conn = { PTHREAD_MUTEX_INITIALIZER, 1, 0 };

static void lock_obj(struct conn *o) { pthread_mutex_lock(&o->lock); }
static void unlock_obj(struct conn *o) { pthread_mutex_unlock(&o->lock); }

static void conn_get(struct conn *c) { lock_obj(c); c->refs++; unlock_obj(c); }
static void conn_put(struct conn *c) {
    lock_obj(c);
    if (--c->refs == 0) c->state = 2;
    unlock_obj(c);
}
static void *worker(void *arg) {
    struct conn *c = arg;
    for (int i = 0; i < 100; i++) { conn_get(c); conn_put(c); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &the_conn);
    pthread_create(&b, NULL, worker, &the_conn);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return the_conn.state;
}
