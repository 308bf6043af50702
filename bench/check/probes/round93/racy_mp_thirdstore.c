// Producer: data=42 then release-store flag=1. A third thread relaxed-stores
// flag=2. The consumer may see 2, which does not synchronize -> race on data.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int flag;
static int data;
static void *producer(void *arg) { (void)arg; data = 42; atomic_store_explicit(&flag, 1, memory_order_release); return NULL; }
static void *other(void *arg) { (void)arg; atomic_store_explicit(&flag, 2, memory_order_relaxed); return NULL; }
static void *consumer(void *arg) {
    while (atomic_load_explicit(&flag, memory_order_acquire) == 0) ;
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t p, o, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&o, NULL, other, NULL);
    pthread_join(p, NULL); pthread_join(o, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
