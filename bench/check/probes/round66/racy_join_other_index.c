/* TRUTH: racy — each pass joins t[0] only (first pass), so later T instances run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
int main(void)
{
    pthread_t t[4];
    int j = 0;
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        if (i == 0)
            pthread_join(t[j], NULL);
    }
    for (int i = 1; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("done\n");
    return 0;
}
