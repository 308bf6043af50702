/* TRUTH: racy — one heap object is passed to two threads which both increment obj->count without a lock */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

struct obj {
    int id;
    int count;
};

void *worker(void *arg)
{
    struct obj *o = arg;
    for (int i = 0; i < 20; i++) {
        o->count++;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    struct obj *o = malloc(sizeof *o);
    if (!o)
        return 1;
    o->id = 7;
    o->count = 0;
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, o);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    int r = o->count;
    free(o);
    return r == 40 ? 0 : 1;
}
