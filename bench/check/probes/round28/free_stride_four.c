/* TRUTH: race-free. Four threads (ids 0..3) each take every fourth element starting at
   their id: residues mod 4 differ, so no element is shared. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define LEN 32

static int v[LEN];

static void *mark(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id; i < LEN; i += NT)
        v[i] = id;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, mark, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", v[4]);
    return 0;
}
