// Full fences around a plain int flag: the flag accesses are still non-atomic
// conflicting accesses -> data race on ready (and so on data) under C11.
#include <pthread.h>
#include <stdio.h>
static int ready;
static int data;
static void *producer(void *arg) { (void)arg; data = 42; __sync_synchronize(); ready = 1; return NULL; }
static void *consumer(void *arg) {
    while (!ready) __sync_synchronize();
    __sync_synchronize();
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
