/* RACY: one thread assigns the whole `pos` struct, another concurrently updates
   pos.x; no common lock. */
#include <pthread.h>
#include <stdio.h>
struct point { int x, y; };
static struct point pos;
static void *teleport(void *a) {
    (void)a;
    struct point p = { 100, 200 };
    pos = p;
    return NULL;
}
static void *nudge(void *a) {
    (void)a;
    pos.x += 1;
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, teleport, NULL);
    pthread_create(&t2, NULL, nudge, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %d\n", pos.x, pos.y);
    return 0;
}
