/* TRUTH: free — p = &slots[i + 1] is locked and the direct accesses are slots[i + 1].count with the same never-changed i */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[3];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i + 1];
    pthread_mutex_lock(&p->lock);
    slots[i + 1].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 3; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
