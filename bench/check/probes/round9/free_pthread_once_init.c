/* TRUTH: free. table is initialized exactly once via pthread_once, which synchronizes with every caller before they read it; nobody writes table afterwards. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];

static void init_table(void)
{
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static void *lookup(void *arg)
{
    int k = *(int *)arg;
    pthread_once(&once, init_table);
    return (void *)(long)table[k];
}

int main(void)
{
    pthread_t a, b;
    int ka = 2, kb = 5;
    pthread_create(&a, NULL, lookup, &ka);
    pthread_create(&b, NULL, lookup, &kb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[7]);
    return 0;
}
