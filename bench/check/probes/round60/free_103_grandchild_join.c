/* TRUTH: free — the child creates a grandchild that fills buf, joins it, then reads buf; main reads buf after joining the child; all ordered by create/join. */
#include <pthread.h>
#include <stdio.h>
static int buf[8];
static int total;
static void *grandchild(void *arg) {
    for (int i = 0; i < 8; i++) buf[i] = i;
    return arg;
}
static void *child(void *arg) {
    pthread_t g;
    pthread_create(&g, NULL, grandchild, NULL);
    pthread_join(g, NULL);
    for (int i = 0; i < 8; i++) total += buf[i];
    return arg;
}
int main(void) {
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    printf("%d %d\n", total, buf[7]);
    return 0;
}
