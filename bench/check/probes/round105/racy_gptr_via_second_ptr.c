/* TRUTH: racy — main stores gp once, but also writes through pp (a global copy of &gp in an initializer) to move it before the second create: two mutexes */
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
static struct counter *gp;
static struct counter **pp = &gp;
int main(void) {
    pthread_t a, b;
    gp = &c1;
    pthread_create(&a, NULL, add, gp);
    *pp = &c2;
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
