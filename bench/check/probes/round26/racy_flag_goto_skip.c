/* TRUTH: racy. With --fast (fast_path set by main before the threads start), consumer jumps
   past its wait straight to `use:` and reads table[0] while producer may still be writing it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

static atomic_int ready;
static int table[4];
static int fast_path;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        table[i] = i * i;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    if (fast_path)
        goto use;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
use:
    printf("%d\n", table[0]);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t c, p;
    fast_path = argc > 1 && strcmp(argv[1], "--fast") == 0;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}
