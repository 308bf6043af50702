/* TRUTH: race-free. The constructor fills table before main runs; afterwards the two threads only read table, and main writes it only after joining both. */
#include <pthread.h>
#include <stdio.h>

int table[16];

__attribute__((constructor)) static void fill(void)
{
    for (int i = 0; i < 16; i++)
        table[i] = i * 3;
}

void *reader(void *arg)
{
    int k = (int)(long)arg;
    printf("%d\n", table[k]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, (void *)1);
    pthread_create(&b, NULL, reader, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    table[0] = -1;
    return 0;
}
