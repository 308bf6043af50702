/* TRUTH: racy — the element has two mutexes a and b; one thread writes p->x holding a, the other holding b */
#include <pthread.h>
struct slot { pthread_mutex_t a, b; int x; };
struct slot slots[2];
static void *wa(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->a);
    p->x++;
    pthread_mutex_unlock(&p->a);
    return 0;
}
static void *wb(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->b);
    p->x++;
    pthread_mutex_unlock(&p->b);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].a, 0); pthread_mutex_init(&slots[k].b, 0); }
    pthread_create(&t[0], 0, wa, (void *)0L);
    pthread_create(&t[1], 0, wb, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
