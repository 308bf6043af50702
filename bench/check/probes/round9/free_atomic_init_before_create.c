/* TRUTH: free. atomic_init runs in main before the threads are created; afterwards only atomic operations touch gauge. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int gauge;

static void *bump(void *arg) { (void)arg; atomic_fetch_add(&gauge, 1); return NULL; }
static void *reader(void *arg) { (void)arg; return (void *)(long)atomic_load(&gauge); }

int main(void)
{
    pthread_t a, b;
    atomic_init(&gauge, 5);
    pthread_create(&a, NULL, bump, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", atomic_load(&gauge));
    return 0;
}
