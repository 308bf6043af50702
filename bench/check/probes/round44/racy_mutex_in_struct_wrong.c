/* TRUTH: racy — each thread gets a different stats struct's lock but they all update the same shared total through a pointer member */
#include <pthread.h>
typedef struct { pthread_mutex_t lock; long *total; int id; } part_t;
static long grand_total;
static void *adder(void *arg) {
    part_t *p = arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&p->lock);
        *p->total += p->id;
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}
int main(void) {
    part_t parts[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&parts[i].lock, NULL);
        parts[i].total = &grand_total;
        parts[i].id = i + 1;
        pthread_create(&t[i], NULL, adder, &parts[i]);
    }
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return (int)grand_total;
}
