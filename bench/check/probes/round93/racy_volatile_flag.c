// Publication through a volatile (not atomic) flag: volatile gives no
// happens-before in C11, so flag and data both race.
#include <pthread.h>
#include <stdio.h>
static volatile int ready;
static int data;
static void *producer(void *arg) { (void)arg; data = 42; ready = 1; return NULL; }
static void *consumer(void *arg) {
    while (!ready) ;
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
