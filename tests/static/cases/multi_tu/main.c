// main starts the server threads; it reads requests while they run.
#include "shared.h"
#include <stdio.h>

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, serve, NULL);
    printf("%d\n", requests); // RACE
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", served); // NORACE
    return 0;
}
