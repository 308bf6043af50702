/* TRUTH: racy — main writes g in its second pass while T, started by the W of the first pass, reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; usleep(1000); printf("%d\n", g); return NULL; }
static void *W(void *arg) { (void)arg; pthread_t t; pthread_create(&t, NULL, T, NULL); pthread_detach(t); return NULL; }
static void *X(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t x, w, t;
    pthread_create(&x, NULL, X, NULL);
    for (int i = 0; i < 3; i++) {
        g = i;
        pthread_create(&w, NULL, W, NULL);
        pthread_detach(w);
        usleep(2000);
    }
    pthread_create(&t, NULL, T, NULL);
    pthread_join(t, NULL);
    pthread_join(x, NULL);
    usleep(10000);
    return 0;
}
