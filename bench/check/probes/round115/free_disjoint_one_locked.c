/* TRUTH: free — thread 0 writes slots[0] (under its lock), thread 1 writes slots[1] (no lock); different elements never conflict */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *locked(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *bare(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    p->count++;
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, locked, (void *)0L);
    pthread_create(&t[1], 0, bare, (void *)1L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
