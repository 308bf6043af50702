/* TRUTH: racy. join_all's count is an unsigned char: 259 becomes 3, so only t[0..2] are joined; the threads in t[3] and t[4] may still write cells[3]/cells[4] while main reads them. */
#include <pthread.h>
#include <stdio.h>

static int cells[5];

static void *work(void *arg)
{
    long i = (long)arg;
    cells[i] = 100 + (int)i;
    return NULL;
}

static void join_all(pthread_t *t, unsigned char n)
{
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    pthread_t t[5];
    for (long i = 0; i < 5; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    join_all(t, 259);
    int s = 0;
    for (int i = 0; i < 5; i++)
        s += cells[i];
    printf("%d\n", s);
    pthread_join(t[3], NULL);
    pthread_join(t[4], NULL);
    return 0;
}
