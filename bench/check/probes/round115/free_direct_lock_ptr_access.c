/* TRUTH: free — the lock is taken as &slots[i].lock and the element is accessed through p = &slots[i]; all threads do the same */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[4];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&slots[i].lock);
    p->count++;
    pthread_mutex_unlock(&slots[i].lock);
    return 0;
}
int main(void) {
    pthread_t t[3];
    for (int k = 0; k < 4; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 3; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return 0;
}
