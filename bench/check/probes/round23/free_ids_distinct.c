/* TRUTH: race-free. ids[i] = i is stored before thread i starts and never changed; each thread writes only out[its id], ids are distinct; main reads out after joining. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

int out[NT];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id] = id * id;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++)
        printf("%d\n", out[i]);
    return 0;
}
