/* TRUTH: racy — ptrs = {&c1, &c2}: the loop hands thread i ptrs[i], so the two threads lock different mutexes around total++ */
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
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, add, ptrs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return total;
}
