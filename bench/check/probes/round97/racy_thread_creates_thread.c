/* RACY: a parent thread spawns a child and then both update the global `visits`
   without a lock (the parent joins the child only afterwards). */
#include <pthread.h>
#include <stdio.h>
static int visits;
static void *child(void *a) {
    (void)a;
    visits += 1;
    return NULL;
}
static void *parent(void *a) {
    (void)a;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    visits += 10;
    pthread_join(c, NULL);
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", visits);
    return 0;
}
