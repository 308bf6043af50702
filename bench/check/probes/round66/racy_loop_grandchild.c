/* TRUTH: racy — main writes g in pass 2 while the grandchild T started in pass 1 reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *T(void *arg) { (void)arg; usleep(1000); printf("%d\n", g); return NULL; }
static void *W(void *arg) { (void)arg; pthread_t t; pthread_create(&t, NULL, T, NULL); pthread_detach(t); return NULL; }
int main(void)
{
    pthread_t w;
    for (int i = 0; i < 3; i++) {
        g = i;
        pthread_create(&w, NULL, W, NULL);
        pthread_detach(w);
        usleep(500);
    }
    usleep(10000);
    return 0;
}
