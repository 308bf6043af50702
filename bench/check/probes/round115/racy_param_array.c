/* TRUTH: racy — the array comes in as a pointer parameter; lock is arr[i].lock but arr[j].count (j != i) is written */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void work(struct slot *arr, int i, int j) {
    struct slot *p = &arr[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    arr[j].count++;
    pthread_mutex_unlock(&p->lock);
}
static void *worker(void *arg) {
    int i = (int)(long)arg;
    work(slots, i, 1 - i);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
