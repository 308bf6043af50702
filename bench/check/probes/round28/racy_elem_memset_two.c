/* TRUTH: racy. Worker i is handed &buf[i] and clears two ints from there (buf[i] and
   buf[i+1]) with memset; worker i+1 writes buf[i+1] as its own first element. No lock. */
#include <pthread.h>
#include <string.h>
#include <stdio.h>

#define NW 3

static int buf[NW + 1];

static void clear_window(int *w)
{
    memset(w, 0, 2 * sizeof *w);
}

static void *worker(void *arg)
{
    int *w = arg;
    clear_window(w);
    w[0] = 7;
    return NULL;
}

int main(void)
{
    pthread_t th[NW];
    for (int i = 0; i < NW; i++)
        pthread_create(&th[i], NULL, worker, buf + i);
    for (int i = 0; i < NW; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", buf[1]);
    return 0;
}
