/* TRUTH: free — nested struct fields and an embedded array of the element are touched only under the element's lock */
#include <pthread.h>
struct inner { int x; };
struct slot { pthread_mutex_t lock; struct inner inner; int arr[4]; };
struct slot slots[4];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[1];
    pthread_mutex_lock(&p->lock);
    p->inner.x++;
    for (int k = 0; k < 4; k++) p->arr[k] += i;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 4; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
