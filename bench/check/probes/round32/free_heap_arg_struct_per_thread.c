/* TRUTH: race-free. Each thread gets its own malloc'd struct (allocated in the loop body), writes only its fields; main reads them after joining and frees them. */
#include <pthread.h>
#include <stdlib.h>
struct task { int in; int out; };
static void *worker(void *arg) {
    struct task *t = arg;
    t->out = t->in * 2;
    return NULL;
}
int main(void) {
    pthread_t th[3];
    struct task *ts[3];
    int i, s = 0;
    for (i = 0; i < 3; i++) {
        struct task *t = malloc(sizeof *t);
        if (!t)
            abort();
        t->in = i;
        ts[i] = t;
        pthread_create(&th[i], NULL, worker, t);
    }
    for (i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < 3; i++) {
        s += ts[i]->out;
        free(ts[i]);
    }
    return s;
}
