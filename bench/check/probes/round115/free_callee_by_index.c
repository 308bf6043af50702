/* TRUTH: free — the caller holds p's element lock (p = &slots[i]) and the callee writes slots[i].count with the same index */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void work(int i) { slots[i].count++; }
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    work(i);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
