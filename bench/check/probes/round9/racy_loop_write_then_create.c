/* TRUTH: racy. In the second iteration main writes current while the first worker may still be reading it. */
#include <pthread.h>
#include <stdio.h>

static int current;
static int got[2];

static void *worker(void *arg)
{
    int slot = *(int *)arg;
    got[slot] = current;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++) {
        current = i * 10;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
