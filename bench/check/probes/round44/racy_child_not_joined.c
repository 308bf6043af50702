/* TRUTH: racy — the parent thread spawns a child and returns without joining it; main reads the child's result after joining only the parent */
#include <pthread.h>
static int result;
static void *child(void *a) { (void)a; result = 42; return NULL; }
static void *parent(void *a) {
    (void)a;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_detach(c);
    return NULL;
}
int main(void) {
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return result;
}
