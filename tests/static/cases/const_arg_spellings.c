// A thread handed a number, whatever its spelling ((void *)1L, (void *)2u, (void *)(intptr_t)3,
// an enumerator): threads handed different numbers index different elements; two handed the
// same number, or numbers that are the same once narrowed to the int the thread reads, do not.
#include <pthread.h>
#include <stdint.h>

enum { FIRST = 4 };
static int seen[8], dup[8], narrow[8];

static void *reader(void *a)
{
    int id = (int)(long)a;
    seen[id] = 1; // NORACE: the four threads were handed 1, 2, 3 and 4
    return 0;
}

static void *twice(void *a)
{
    int id = (int)(intptr_t)a;
    dup[id]++; // RACE: both threads were handed 5
    return 0;
}

static void *narrowed(void *a)
{
    int id = (int)(long)a;
    narrow[id & 7]++; // RACE: 0x100000001 read as an int is 1, as the other thread's
    return 0;
}

int main(void)
{
    pthread_t t[8];
    pthread_create(&t[0], 0, reader, (void *)1L);
    pthread_create(&t[1], 0, reader, (void *)2u);
    pthread_create(&t[2], 0, reader, (void *)(intptr_t)3);
    pthread_create(&t[3], 0, reader, (void *)FIRST);
    pthread_create(&t[4], 0, twice, (void *)5L);
    pthread_create(&t[5], 0, twice, (void *)(intptr_t)5);
    pthread_create(&t[6], 0, narrowed, (void *)0x100000001L);
    pthread_create(&t[7], 0, narrowed, (void *)1L);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], 0);
    return seen[1] + dup[5] + narrow[1];
}
