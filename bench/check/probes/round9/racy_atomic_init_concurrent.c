/* TRUTH: racy. atomic_init is a non-atomic initialization; the resetter calls it while the reader performs atomic_load on the same object. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int gauge;

static void *resetter(void *arg) { (void)arg; atomic_init(&gauge, 0); return NULL; }
static void *reader(void *arg) { (void)arg; return (void *)(long)atomic_load(&gauge); }

int main(void)
{
    pthread_t a, b;
    atomic_init(&gauge, 5);
    pthread_create(&a, NULL, resetter, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", atomic_load(&gauge));
    return 0;
}
