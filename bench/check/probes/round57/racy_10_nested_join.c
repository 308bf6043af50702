/* TRUTH: racy — parent detaches the child instead of joining it; main joins only the parent, so main's read of `leaf` races with child's write. */
#include <pthread.h>
#include <stdio.h>
static int leaf;
static void *child(void *p) { (void)p; leaf = 5; return NULL; }
static void *parent(void *p) {
    (void)p;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_detach(c);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, parent, NULL);
    pthread_join(t, NULL);
    printf("%d\n", leaf);
    return 0;
}
