/* TRUTH: racy — message passing through a plain volatile int flag; flag and data accesses both race */
#include <pthread.h>
static volatile int ready;
static int data;
static void *writer(void *a) { (void)a; data = 7; ready = 1; return NULL; }
static void *reader(void *a) {
    (void)a;
    while (!ready) { }
    return (void *)(long)data;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
