/* racy: update(o) takes o->rw for reading only and writes o->count; two threads call it
   on the same object: read locks do not exclude each other. */
#include <pthread.h>
struct obj { pthread_rwlock_t rw; int count; };
static struct obj shared = {PTHREAD_RWLOCK_INITIALIZER, 0};
static struct obj other = {PTHREAD_RWLOCK_INITIALIZER, 0};
static void update(struct obj *o, struct obj *x) {
    pthread_rwlock_wrlock(&x->rw);
    pthread_rwlock_rdlock(&o->rw);
    o->count++;
    pthread_rwlock_unlock(&o->rw);
    pthread_rwlock_unlock(&x->rw);
}
static void *worker(void *arg) { struct obj *x = arg; update(&shared, x); return 0; }
int main(void) {
    pthread_t a, b;
    static struct obj o2 = {PTHREAD_RWLOCK_INITIALIZER, 0};
    pthread_create(&a, 0, worker, &other);
    pthread_create(&b, 0, worker, &o2);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return shared.count;
}
