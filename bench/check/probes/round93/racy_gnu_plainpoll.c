// Producer publishes with __atomic_store_n, but the consumer polls the plain
// int with a normal load -> data race on ready (and no ordering for data).
#include <pthread.h>
#include <stdio.h>
static int ready;
static int data;
static void *producer(void *arg) { (void)arg; data = 7; __atomic_store_n(&ready, 1, __ATOMIC_RELEASE); return NULL; }
static void *consumer(void *arg) {
    while (!ready) ;
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
