/* TRUTH: free — one thread locks element 0 through p = &slots[i] (i == 0), the other through &slots[0].lock directly; both write slots[0].count only under that same mutex */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *via_ptr(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *via_const(void *arg) {
    (void)arg;
    pthread_mutex_lock(&slots[0].lock);
    slots[0].count++;
    pthread_mutex_unlock(&slots[0].lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, via_ptr, (void *)0L);
    pthread_create(&t[1], 0, via_const, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
