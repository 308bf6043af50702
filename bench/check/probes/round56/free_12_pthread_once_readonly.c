/* TRUTH: free — the table is written only inside init_table run via pthread_once (which synchronizes with every caller's return from pthread_once); afterwards it is only read. */
#include <pthread.h>
#include <stdio.h>

static int squares[32];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static void init_table(void)
{
    for (int i = 0; i < 32; i++)
        squares[i] = i * i;
}

static void *lookup(void *arg)
{
    int k = (int)(long)arg;
    pthread_once(&table_once, init_table);
    return (void *)(long)squares[k];
}

int main(void)
{
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, lookup, (void *)(i * 5));
    long total = 0;
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        total += (long)r;
    }
    printf("%ld\n", total);
    return 0;
}
