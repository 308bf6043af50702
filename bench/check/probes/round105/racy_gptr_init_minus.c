/* TRUTH: racy — gp starts at &objs[1] - 1 = objs[0] (initializer) and main moves it to objs[1]: two mutexes */
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


static struct counter objs[2] = {{0, PTHREAD_MUTEX_INITIALIZER}, {0, PTHREAD_MUTEX_INITIALIZER}};
static struct counter *gp = &objs[1] - 1;
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, add, gp);
    gp = &objs[1];
    pthread_create(&b, NULL, add, gp);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
