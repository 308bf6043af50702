/* TRUTH: racy — each pass joins an F thread (t[i+4]), never the T it started in t[i]; the four T run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t t[8];
    for (int i = 4; i < 8; i++)
        pthread_create(&t[i], NULL, F, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, T, NULL);
        pthread_join(t[i + 4], NULL);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("done\n");
    return 0;
}
