/* TRUTH: racy — the element holds an array of sub-locks; one thread writes p->part[1].x under part[0].m, the other under part[1].m */
#include <pthread.h>
struct part { pthread_mutex_t m; int x; };
struct slot { struct part part[2]; };
struct slot slots[2];
static void *worker(void *arg) {
    int k = (int)(long)arg;
    int i = 0;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->part[k].m);
    p->part[1].x++;
    pthread_mutex_unlock(&p->part[k].m);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) pthread_mutex_init(&slots[a].part[b].m, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
