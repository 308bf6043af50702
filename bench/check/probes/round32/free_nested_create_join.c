/* TRUTH: race-free. The parent writes v, starts the child (which writes v), joins it, then writes v again; main reads v only after joining the parent. */
#include <pthread.h>
int v;
static void *child(void *arg) { (void)arg; v += 2; return NULL; }
static void *parent(void *arg) {
    pthread_t c;
    (void)arg;
    v = 1;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    v *= 3;
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return v;
}
