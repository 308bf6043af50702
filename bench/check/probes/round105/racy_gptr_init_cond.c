/* TRUTH: racy — gp starts at c1 (a constant conditional in its initializer) and main moves it to c2 between the creates: two mutexes */
#include <pthread.h>
#include <stdlib.h>
#include <setjmp.h>
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
static struct counter *gp = 1 ? &c1 : &c2;
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, gp);
    gp = &c2;
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
