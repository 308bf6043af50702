/* TRUTH: racy. Both readers use a LOAD macro around __atomic_load that stores the value read into the shared plain variable 'last' (the generic form writes its result object plainly): the two writes of last race. */
#include <pthread.h>
#include <stdio.h>

#define LOAD(src, dst) __atomic_load((src), (dst), __ATOMIC_ACQUIRE)

static long counter = 5;
static long last;

static void *reader(void *arg)
{
    (void)arg;
    LOAD(&counter, &last);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", last);
    return 0;
}
