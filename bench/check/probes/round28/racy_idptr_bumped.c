/* TRUTH: racy. ids[i] = i, thread gets &ids[i]; it adds 1 to its id through the pointer
   and then writes part[*idp]: thread 0 writes part[1] while thread 1 writes part[1]
   (before its own bump). */
#include <pthread.h>
#include <stdio.h>

#define NT 3

static int ids[NT];
static long part[NT + 1];

static void *sum_part(void *arg)
{
    int *idp = arg;
    part[*idp] += 1;
    *idp += 1;
    part[*idp] += 2;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int j;
    for (j = 0; j < NT; j++) {
        ids[j] = j;
        pthread_create(&t[j], NULL, sum_part, &ids[j]);
    }
    for (j = 0; j < NT; j++)
        pthread_join(t[j], NULL);
    printf("%ld\n", part[1]);
    return 0;
}
