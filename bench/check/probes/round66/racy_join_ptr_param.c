/* TRUTH: racy — each pass joins *h, the previous pass's handle; the new T overlaps the one before */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
static void spawn(pthread_t *h) { pthread_create(h, NULL, T, NULL); }
static void reap(pthread_t *h) { pthread_join(*h, NULL); }
int main(void)
{
    pthread_t hs[5];
    pthread_create(&hs[0], NULL, F, NULL);
    for (int i = 1; i < 5; i++) {
        spawn(&hs[i]);
        reap(&hs[i - 1]);
    }
    reap(&hs[4]);
    printf("done\n");
    return 0;
}
