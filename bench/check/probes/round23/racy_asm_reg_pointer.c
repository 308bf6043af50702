/* TRUTH: racy. the writer's inline assembly stores 1 into data through a register holding &data (movl $1, (%0)); the reader reads data concurrently. */
#include <pthread.h>
#include <stdio.h>

int data;

static void *writer(void *arg)
{
    (void)arg;
    int *p = &data;
    __asm__ __volatile__("movl $1, (%0)" : : "r"(p) : "memory");
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
