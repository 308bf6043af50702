/* TRUTH: racy. Five threads (ids 0..4) each take every fourth element starting at their
   id: thread 0 and thread 4 both write v[4], v[8], ... */
#include <pthread.h>
#include <stdio.h>

#define NT 5
#define STEP 4
#define LEN 32

static int v[LEN];

static void *mark(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id; i < LEN; i += STEP)
        v[i] = id;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, mark, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", v[4]);
    return 0;
}
