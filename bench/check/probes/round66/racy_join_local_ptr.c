/* TRUTH: racy — each pass joins the previous job's thread through a local pointer; the new T overlaps it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
struct job { pthread_t th; };
int g;
static void *T(void *arg) { (void)arg; g++; usleep(2000); return NULL; }
static void *F(void *arg) { (void)arg; return NULL; }
int main(void)
{
    struct job jobs[5];
    pthread_create(&jobs[0].th, NULL, F, NULL);
    for (int i = 1; i < 5; i++) {
        struct job *cur = &jobs[i], *prev = &jobs[i - 1];
        pthread_create(&cur->th, NULL, T, NULL);
        pthread_join(prev->th, NULL);
    }
    pthread_join(jobs[4].th, NULL);
    printf("done\n");
    return 0;
}
