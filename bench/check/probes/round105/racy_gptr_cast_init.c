/* TRUTH: racy — gp starts at c1 through a cast in its initializer and main points it at c2 between the creates: two mutexes */
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
static struct counter *gp = (struct counter *)(void *)&c1;
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, gp);
    gp = &c2;
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
