/* TRUTH: racy — thread a is created while gp is still null and falls back to fallback.mutex; thread b gets c1: two different mutexes guard total */
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


static struct counter c1 = {0, PTHREAD_MUTEX_INITIALIZER}, fallback = {0, PTHREAD_MUTEX_INITIALIZER};
static struct counter *gp;
static int sum;
static void *add2(void *arg) {
    struct counter *c = arg ? arg : &fallback;
    pthread_mutex_lock(&c->mutex);
    sum++;
    pthread_mutex_unlock(&c->mutex);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add2, gp);
    gp = &c1;
    pthread_create(&b, NULL, add2, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return sum;
}
