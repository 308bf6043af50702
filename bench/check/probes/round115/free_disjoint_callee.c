/* TRUTH: free — each thread passes its own element (p = &slots[i], distinct i) to fill(); no element is shared */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; int data[4]; };
struct slot slots[3];
static void fill(struct slot *s, int v) {
    for (int k = 0; k < 4; k++) s->data[k] = v + k;
    s->count = 4;
}
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    fill(p, i * 10);
    return 0;
}
int main(void) {
    pthread_t t[3];
    for (long k = 0; k < 3; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return slots[2].data[3] == 23 ? 0 : 1;
}
