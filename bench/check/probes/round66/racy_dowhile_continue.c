/* TRUTH: racy — a continue in the do-while skips the join, so the next pass starts a T while one runs */
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
    int i = 0;
    do {
        pthread_create(&u, NULL, T, NULL);
        if (argc > 0)
            continue;
        pthread_join(u, NULL);
    } while (++i < 3);
    usleep(10000);
    printf("done\n");
    return 0;
}
