/* TRUTH: race-free. spawn() hands its id on to the thread: the first thread gets 1 and writes slot[1], the second gets 2 and writes slot[2]. */
#include <pthread.h>
#include <stdio.h>

static int slot[4];

static void *worker(void *arg)
{
    long id = (long)arg;
    slot[id] = (int)id * 3;
    return NULL;
}

static pthread_t spawn(long id)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)id);
    return t;
}

int main(void)
{
    pthread_t a = spawn(1);
    pthread_t b = spawn(2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slot[1], slot[2]);
    return 0;
}
