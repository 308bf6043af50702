/* TRUTH: free — a thread spawns a child, joins it, then publishes; main joins the parent thread before reading */
#include <pthread.h>
static int stage1, stage2;
static void *child(void *a) { (void)a; stage2 = stage1 + 5; return NULL; }
static void *parent(void *a) {
    (void)a;
    pthread_t c;
    stage1 = 10;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    stage1 = stage2 * 2;
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return stage1 + stage2;
}
