/* race-free: o[0].lock is recursive; the thread holds it, bump(&o[0]) locks and unlocks
   it once more, so it is still held for the write of o[0].v after the call. */
#include <pthread.h>
struct obj { pthread_mutex_t lock; int v; };
static struct obj o[2];
static void bump(struct obj *p) { pthread_mutex_lock(&p->lock); pthread_mutex_unlock(&p->lock); }
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&o[0].lock);
    bump(&o[0]);
    o[0].v++;
    pthread_mutex_unlock(&o[0].lock);
    return 0;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_t a, b;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&o[0].lock, &at);
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return o[0].v;
}
