/* racy: p = &objs[1] - 1 points at objs[0]; thread a holds objs[0].lock while writing
   objs[1].data, thread b writes objs[1].data under objs[1].lock: different mutexes. */
#include <pthread.h>
struct obj { pthread_mutex_t lock; int data; };
static struct obj objs[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static void *ta(void *arg) {
    (void)arg;
    struct obj *p = &objs[1] - 1;
    pthread_mutex_lock(&p->lock);
    objs[1].data++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&objs[1].lock);
    objs[1].data++;
    pthread_mutex_unlock(&objs[1].lock);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return objs[1].data;
}
