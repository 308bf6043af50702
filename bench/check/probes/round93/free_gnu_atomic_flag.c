// Plain int flag accessed only through __atomic builtins (release store /
// acquire load) publishes data -> race-free.
#include <pthread.h>
#include <stdio.h>
static int ready;
static int data;
static void *producer(void *arg) { (void)arg; data = 7; __atomic_store_n(&ready, 1, __ATOMIC_RELEASE); return NULL; }
static void *consumer(void *arg) {
    while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE)) ;
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
