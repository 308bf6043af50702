/* TRUTH: racy. BUMP() is a macro whose body is one asm statement incrementing the global 'events' by symbol without lock prefix; two workers run it concurrently. */
#include <pthread.h>
#include <stdio.h>

#define BUMP() __asm__ __volatile__("incl events(%%rip)" ::: "memory", "cc")

int events;

static void *worker(void *arg)
{
    (void)arg;
    BUMP();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", events);
    return 0;
}
