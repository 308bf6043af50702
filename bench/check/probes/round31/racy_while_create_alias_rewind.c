/* TRUTH: racy. The while create loop rewinds its counter once through an alias, so cells[1] is handed to two workers, which both increment it unlocked. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long cells[N];

static void *worker(void *arg)
{
    long *c = arg;
    *c += 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N + 1];
    int j;
    int *pj = &j;
    int rewound = 0;
    int k = 0;
    j = 0;
    while (j < N) {
        pthread_create(&t[k], NULL, worker, &cells[j]);
        k++;
        if (j == 1 && !rewound) {
            rewound = 1;
            *pj -= 1;
        }
        j++;
    }
    for (int i = 0; i < k; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", cells[1]);
    return 0;
}
