/* TRUTH: racy — the handles are swapped each pass, so main joins the previous pass's T and the new T overlaps it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t a, b, tmp;
    pthread_create(&b, NULL, F, NULL);
    for (int i = 0; i < 4; i++) {
        pthread_create(&a, NULL, T, NULL);
        tmp = a; a = b; b = tmp;
        pthread_join(a, NULL);
    }
    pthread_join(b, NULL);
    printf("done\n");
    return 0;
}
