/* TRUTH: racy — the forward goto skips the join, so the next pass starts a T while one runs */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t u;
    for (int i = 0; i < 3; i++) {
        pthread_create(&u, NULL, T, NULL);
        if (argc > 0)
            goto next;
        pthread_join(u, NULL);
    next:;
    }
    usleep(10000);
    printf("done\n");
    return 0;
}
