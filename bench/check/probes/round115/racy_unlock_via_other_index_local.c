/* TRUTH: racy — lock via p = &slots[i], unlock via q = &slots[j] with j == i at run time (same mutex); p->count is then written unlocked */
#include <pthread.h>
#include <unistd.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
struct arg { int i, j; };
static void *early(void *v) {
    struct arg *a = v;
    int i = a->i, j = a->j;
    struct slot *p = &slots[i];
    struct slot *q = &slots[j];
    pthread_mutex_lock(&p->lock);
    pthread_mutex_unlock(&q->lock);
    usleep(1000);
    p->count++;
    return 0;
}
static void *proper(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    struct arg a = { 0, 0 };
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, early, &a);
    pthread_create(&t[1], 0, proper, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
