/* TRUTH: race-free. table is written only by init_table, run once under the global once object that is never reset; each worker reads table only after its pthread_once call returned (after init_table finished). */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];

static void init_table(void)
{
    for (int i = 0; i < 4; i++)
        table[i] = i * 3;
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init_table);
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += table[i];
    printf("%d\n", s);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
