/* TRUTH: racy — the pass joins t[k] where k stays 0; T of passes 1..3 run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t t[5];
    int k = 0;
    pthread_create(&t[0], NULL, F, NULL);
    for (int i = 1; i < 5; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        pthread_join(t[k], NULL);
        k = i;
    }
    pthread_join(t[4], NULL);
    printf("done\n");
    return 0;
}
