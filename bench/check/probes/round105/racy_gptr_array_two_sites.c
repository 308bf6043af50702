/* TRUTH: racy — ptrs = {&c1, &c2}: thread a gets ptrs[0], thread b ptrs[1], two different mutexes */
#include <pthread.h>
#include <stdlib.h>
struct counter { int count; pthread_mutex_t mutex; };
static int total;
static void *add(void *arg) {
    struct counter *c = arg;
    pthread_mutex_lock(&c->mutex);
    total++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}


static struct counter c1 = {0, PTHREAD_MUTEX_INITIALIZER}, c2 = {0, PTHREAD_MUTEX_INITIALIZER};
static struct counter *ptrs[2] = {&c1, &c2};
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, ptrs[0]);
    pthread_create(&b, NULL, add, ptrs[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
