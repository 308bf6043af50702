/* TRUTH: free — lock_slot(p)/unlock_slot(p) wrap the element mutex; p->count is written between them */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void lock_slot(struct slot *s) { pthread_mutex_lock(&s->lock); }
static void unlock_slot(struct slot *s) { pthread_mutex_unlock(&s->lock); }
static void *worker(void *arg) {
    (void)arg;
    int i = 1;
    struct slot *p = &slots[i];
    lock_slot(p);
    p->count++;
    unlock_slot(p);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (int k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
