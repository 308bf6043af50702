/* RACY: consumer spins on a plain int `ready` that the producer sets; both `ready`
   and `data` are accessed without any synchronization. */
#include <pthread.h>
#include <stdio.h>
static int data;
static int ready;
static void *producer(void *a) {
    (void)a;
    data = 123;
    ready = 1;
    return NULL;
}
static void *consumer(void *a) {
    (void)a;
    while (!ready) { }
    printf("%d\n", data);
    return NULL;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
