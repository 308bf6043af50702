/* race-free: objs[0].lock is recursive; the thread locks it, then bump(&objs[0]) locks and
   unlocks it once more, so it is still held when the thread writes objs[0].v after. */
#include <pthread.h>
struct obj { pthread_mutex_t lock; int v; };
static struct obj objs[2];
static void bump(struct obj *o) { pthread_mutex_lock(&o->lock); o->v++; pthread_mutex_unlock(&o->lock); }
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&objs[0].lock);
    bump(&objs[0]);
    objs[0].v += 10;
    pthread_mutex_unlock(&objs[0].lock);
    return 0;
}
int main(void) {
    pthread_mutexattr_t at;
    pthread_t a, b;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&objs[0].lock, &at);
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return objs[0].v;
}
