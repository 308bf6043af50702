/* TRUTH: racy — work() recurses between create and join, so a nested T starts while the outer T runs */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
static void work(int d)
{
    for (int i = 0; i < 2; i++) {
        pthread_t u;
        pthread_create(&u, NULL, T, NULL);
        if (d > 0)
            work(d - 1);
        pthread_join(u, NULL);
    }
}
int main(void)
{
    work(2);
    printf("done\n");
    return 0;
}
