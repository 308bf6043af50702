/* TRUTH: racy. The writer stores to 'level' with 'movl $3, level(%rip)' in inline asm (a plain store); the reader reads level in C; nothing orders them. */
#include <pthread.h>
#include <stdio.h>

int level;

static void *writer(void *arg)
{
    (void)arg;
    __asm__ __volatile__("movl $3, level(%%rip)" ::: "memory");
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", level);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
