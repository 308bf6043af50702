/* TRUTH: racy — thread A writes p->part[1].x holding p->part[0].m, thread B holding p->part[1].m (same element, different sub-locks) */
#include <pthread.h>
struct part { pthread_mutex_t m; int x; };
struct slot { struct part part[2]; };
struct slot slots[2];
static void *wa(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->part[0].m);
    p->part[1].x++;
    pthread_mutex_unlock(&p->part[0].m);
    return 0;
}
static void *wb(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->part[1].m);
    p->part[1].x++;
    pthread_mutex_unlock(&p->part[1].m);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) pthread_mutex_init(&slots[a].part[b].m, 0);
    pthread_create(&t[0], 0, wa, (void *)0L);
    pthread_create(&t[1], 0, wb, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
