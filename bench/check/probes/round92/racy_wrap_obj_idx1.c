/* racy: lk(o) locks o[1].lock, the next object's mutex; thread a passes &objs[0] and so
   holds objs[1].lock while writing objs[0].v, which thread b writes under objs[0].lock. */
#include <pthread.h>
struct obj { pthread_mutex_t lock; int v; };
static struct obj objs[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static void lk(struct obj *o) { pthread_mutex_lock(&o[1].lock); }
static void ul(struct obj *o) { pthread_mutex_unlock(&o[1].lock); }
static void *ta(void *arg) {
    (void)arg;
    lk(&objs[0]);
    objs[0].v++;
    ul(&objs[0]);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&objs[0].lock);
    objs[0].v++;
    pthread_mutex_unlock(&objs[0].lock);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return objs[0].v;
}
