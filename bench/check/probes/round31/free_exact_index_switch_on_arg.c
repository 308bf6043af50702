/* TRUTH: race-free. Both threads start with slot = 0, then a switch on their own argument (1 or 2) sets slot to 5 or 6: they write counts[5] and counts[6]. */
#include <pthread.h>
#include <stdio.h>

static int counts[8];

static void *worker(void *arg)
{
    int slot = 0;
    switch ((int)(long)arg) {
    case 1: slot = 5; break;
    case 2: slot = 6; break;
    default: break;
    }
    counts[slot]++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", counts[5], counts[6]);
    return 0;
}
