// Double-checked locking with a plain pointer: the unlocked first check reads
// inst while another thread writes it under the lock -> race (and on inst->v).
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
struct obj { int v; };
static struct obj *inst;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct obj *get(void) {
    if (!inst) {
        pthread_mutex_lock(&m);
        if (!inst) {
            struct obj *o = malloc(sizeof *o);
            o->v = 42;
            inst = o;
        }
        pthread_mutex_unlock(&m);
    }
    return inst;
}
static void *user(void *arg) { *(int *)arg = get()->v; return NULL; }
int main(void) {
    int r[2];
    pthread_t a, b;
    pthread_create(&a, NULL, user, &r[0]);
    pthread_create(&b, NULL, user, &r[1]);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", r[0] + r[1]);
    return 0;
}
