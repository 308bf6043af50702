/* TRUTH: free — thread k only ever touches slots[k] (no locks needed, elements are disjoint) */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    for (int n = 0; n < 10; n++) p->count++;
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return slots[0].count + slots[1].count == 20 ? 0 : 1;
}
