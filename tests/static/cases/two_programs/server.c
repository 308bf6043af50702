// The other program: its main is analyzed on its own, with the library TU it calls.
#include <pthread.h>

#include "lib.h"

static int served;

static void *handler(void *arg)
{
    (void)arg;
    lib_bump();
    served += lib_get(); // RACE: two handlers at once
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    lib_set(1);
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, handler, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_t w;
    lib_start(&w);
    pthread_join(w, NULL);
    return served;
}
