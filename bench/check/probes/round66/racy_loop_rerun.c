/* TRUTH: racy — the four T threads are never joined inside the loop and all write g at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void *T(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
int main(void)
{
    pthread_t t[4];
    pthread_mutex_lock(&m);
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        if (i == 0)
            pthread_mutex_unlock(&m);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("done\n");
    return 0;
}
