/* TRUTH: free — parent thread creates child, joins it, then returns; main joins the parent before reading `leaf`, so child's write happens-before main's read (join is transitive). */
#include <pthread.h>
#include <stdio.h>
static int leaf;
static void *child(void *p) { (void)p; leaf = 5; return NULL; }
static void *parent(void *p) {
    (void)p;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, parent, NULL);
    pthread_join(t, NULL);
    printf("%d\n", leaf);
    return 0;
}
