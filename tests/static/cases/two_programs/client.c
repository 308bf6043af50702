// One program of two in the database: client's own main, threads and state.
#include <pthread.h>

#include "lib.h"

static int replies;

static void *reader(void *arg)
{
    (void)arg;
    lib_bump();
    replies++; // RACE: client's main writes it too while reader runs
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, reader, NULL);
    replies = 0; // RACE
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_t w;
    lib_start(&w);
    pthread_join(w, NULL);
    return replies;
}
