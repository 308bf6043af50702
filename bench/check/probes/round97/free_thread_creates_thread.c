/* FREE: parent thread writes `visits` before creating the child, and again only
   after joining it; main reads after joining the parent. */
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
    visits += 10;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    visits += 100;
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", visits);
    return 0;
}
