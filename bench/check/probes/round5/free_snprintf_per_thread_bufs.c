/* TRUTH: race-free - thread id formats into names[id] only; main prints after joining */
#include <pthread.h>
#include <stdio.h>
#define N 3
static char names[N][32];
static void *namer(void *arg)
{
    int id = *(int *)arg;
    snprintf(names[id], sizeof names[id], "worker-%d", id);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, namer, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        puts(names[i]);
    return 0;
}
