/* TRUTH: racy — each pass joins the previous pass's thread through a pointer, so two T run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t t0, t[4];
    pthread_t *prev = &t0;
    pthread_create(&t0, NULL, F, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        pthread_join(*prev, NULL);
        prev = &t[i];
    }
    pthread_join(*prev, NULL);
    printf("done\n");
    return 0;
}
