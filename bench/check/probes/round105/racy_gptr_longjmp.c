/* TRUTH: racy — a longjmp back to the setjmp runs main's one store of gp twice (c1, then c2) with a create after each: the threads lock different mutexes */
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
static jmp_buf env;
static pthread_t t[2];
int main(void) {
    int n = setjmp(env);
    gp = n ? &c2 : &c1;
    pthread_create(&t[n ? 1 : 0], NULL, add, gp);
    if (n == 0)
        longjmp(env, 1);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return total;
}
