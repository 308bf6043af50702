/* RACY: a thread creates a detached helper; helper and creator both update the
   heap-allocated stats->events field with no lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
struct stats { int events; };
static void *helper(void *a) {
    struct stats *s = a;
    s->events++;
    return NULL;
}
static void *manager(void *a) {
    struct stats *s = a;
    pthread_t h;
    pthread_create(&h, NULL, helper, s);
    pthread_detach(h);
    s->events += 2;
    return NULL;
}
int main(void) {
    struct stats *s = calloc(1, sizeof *s);
    pthread_t m;
    pthread_create(&m, NULL, manager, s);
    pthread_join(m, NULL);
    sleep(1);
    return 0;
}
