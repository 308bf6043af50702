/* TRUTH: racy — each pass overwrites u's T handle with V's; T of one pass runs on into the next */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *V(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t u;
    for (int i = 0; i < 4; i++) {
        pthread_create(&u, NULL, T, NULL);
        pthread_create(&u, NULL, V, NULL);
        pthread_join(u, NULL);
    }
    usleep(10000);
    return 0;
}
