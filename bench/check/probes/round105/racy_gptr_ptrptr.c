/* TRUTH: racy — threads get *gpp, which main changes (through slot) between the creates: c1 then c2, two mutexes */
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
static struct counter *slot;
static struct counter **gpp;
int main(void) {
    pthread_t a, b;
    gpp = &slot;
    slot = &c1;
    pthread_create(&a, NULL, add, *gpp);
    slot = &c2;
    pthread_create(&b, NULL, add, *gpp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
