/* TRUTH: free — workers update under the element lock; main reads and resets the elements only after joining them */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].lock, 0); slots[k].count = 0; }
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    int s = 0;
    for (int k = 0; k < 2; k++) { s += slots[k].count; slots[k].count = 0; }
    return s == 4 ? 0 : 1;
}
