/* race-free: p = &grp[0].in[1]; both threads write grp[0].in[1].data under
   grp[0].in[1].lock (thread a through p, thread b by name). */
#include <pthread.h>
struct obj { pthread_mutex_t lock; int data; };
struct group { struct obj in[2]; };
static struct group grp[2];
static void *ta(void *arg) {
    (void)arg;
    struct obj *p = &grp[0].in[1];
    pthread_mutex_lock(&p->lock);
    grp[0].in[1].data++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    pthread_mutex_lock(&grp[0].in[1].lock);
    grp[0].in[1].data++;
    pthread_mutex_unlock(&grp[0].in[1].lock);
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            pthread_mutex_init(&grp[i].in[j].lock, 0);
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return grp[0].in[1].data;
}
