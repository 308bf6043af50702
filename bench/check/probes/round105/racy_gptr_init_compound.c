/* TRUTH: racy — gp starts at a compound-literal counter and main points it at c2 between the creates: two different mutexes guard total++ */
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


static struct counter c2 = {0, PTHREAD_MUTEX_INITIALIZER};
static struct counter *gp = &(struct counter){0, PTHREAD_MUTEX_INITIALIZER};
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, gp);
    gp = &c2;
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
