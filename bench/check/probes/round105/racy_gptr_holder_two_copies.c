/* TRUTH: racy — main copies two different structs into holder (c1, then c2) around the creates: the threads given holder.p lock different mutexes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
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
static struct holder holder, h1 = {&c1}, h2 = {&c2};
int main(void) {
    pthread_t a, b;
    holder = h1;
    pthread_create(&a, NULL, add, holder.p);
    memcpy(&holder, &h2, sizeof holder);
    pthread_create(&b, NULL, add, holder.p);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
