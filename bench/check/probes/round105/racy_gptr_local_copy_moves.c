/* TRUTH: racy — main copies gp into a local before each create, and gp itself starts at objs + 0 and is moved once to objs[1]: two mutexes */
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


static struct counter objs[2] = {{0, PTHREAD_MUTEX_INITIALIZER}, {0, PTHREAD_MUTEX_INITIALIZER}};
static struct counter *gp = objs + 0;
int main(void) {
    pthread_t a, b;
    struct counter *p = gp;
    pthread_create(&a, NULL, add, p);
    gp = &objs[1];
    struct counter *q = gp;
    pthread_create(&b, NULL, add, q);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
