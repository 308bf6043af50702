/* TRUTH: racy — each pass joins the previous pass's thread, so two worker instances run at once */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
int g;
static void *worker(void *arg) { (void)arg; g++; usleep(1000); return NULL; }
static void *first(void *arg) { (void)arg; return NULL; }
int main(void)
{
    pthread_t t[5];
    pthread_create(&t[0], NULL, first, NULL);
    for (int i = 1; i < 5; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
        pthread_join(t[i - 1], NULL);
    }
    pthread_join(t[4], NULL);
    printf("done\n");
    return 0;
}
