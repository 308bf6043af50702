/* TRUTH: racy — holder.p starts at c1 (initializer); main copies a whole struct pointing at c2 into holder between the creates: two mutexes */
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
struct holder { struct counter *p; };
static struct holder holder = {&c1};
int main(void) {
    pthread_t a, b;
    struct holder h2 = {&c2};
    pthread_create(&a, NULL, add, holder.p);
    holder = h2;
    pthread_create(&b, NULL, add, holder.p);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
