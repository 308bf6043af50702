/* racy: the monitor holds only objs[0].lock while reading every objs[k].count; workers write
   objs[1..3].count under their own locks, so reads of k!=0 race with those writes. */
#include <pthread.h>
#include <stdio.h>
#define NOBJ 4
struct obj { pthread_mutex_t lock; long count; };
static struct obj objs[NOBJ];

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int k = 0; k < 1000; k++) {
        struct obj *p = &objs[(id + k) % NOBJ];
        pthread_mutex_lock(&p->lock);
        p->count++;
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}
static void *monitor(void *arg) {
    long sum = 0;
    struct obj *first = &objs[0];
    (void)arg;
    pthread_mutex_lock(&first->lock);
    for (int k = 0; k < NOBJ; k++) {
        struct obj *q = objs + k;
        sum += q->count;
    }
    pthread_mutex_unlock(&first->lock);
    printf("%ld\n", sum);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < NOBJ; i++) pthread_mutex_init(&objs[i].lock, NULL);
    pthread_create(&t[0], NULL, worker, (void *)0L);
    pthread_create(&t[1], NULL, worker, (void *)1L);
    pthread_create(&t[2], NULL, monitor, NULL);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    return 0;
}
