/* TRUTH: racy. main points gp at b before starting the threads, so the writer's *gp = 1 writes b while the other thread writes b directly. */
#include <pthread.h>
int a, b;
int *gp = &a;
static void *via_ptr(void *arg) { (void)arg; *gp = 1; return NULL; }
static void *direct(void *arg) { (void)arg; b = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    gp = &b;
    pthread_create(&x, NULL, via_ptr, NULL);
    pthread_create(&y, NULL, direct, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return a + b;
}
