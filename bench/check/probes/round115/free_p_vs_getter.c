/* TRUTH: free — one thread uses p = &slots[i], another gets the same element from get_slot(i); both hold that element's mutex while writing count */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static struct slot *get_slot(int i) { return &slots[i]; }
static void *via_ptr(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *via_getter(void *arg) {
    int i = (int)(long)arg;
    struct slot *s = get_slot(i);
    pthread_mutex_lock(&s->lock);
    s->count++;
    pthread_mutex_unlock(&s->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, via_ptr, (void *)0L);
    pthread_create(&t[1], 0, via_getter, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
