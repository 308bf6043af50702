/* TRUTH: racy — main calls itself once, so its one store of gp runs twice (c1, then c2), each followed by a create: two mutexes guard total++ */
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
static struct counter *gp;
static int round_;
int main(void) {
    pthread_t t;
    gp = round_ ? &c2 : &c1;
    pthread_create(&t, NULL, add, gp);
    if (round_++ == 0)
        main();
    pthread_join(t, NULL);
    return total;
}
