/* TRUTH: racy — on a heap array, m is &arr[0].mutex and d is &arr[1].datum; the helper thread writes arr[1].datum under arr[1].mutex. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct acct { pthread_mutex_t mutex; int datum; };

static void *helper(void *arg)
{
    struct acct *b = arg;
    pthread_mutex_lock(&b->mutex);
    b->datum += 10;
    pthread_mutex_unlock(&b->mutex);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    struct acct *arr = malloc(2 * sizeof *arr);
    if (!arr) return 1;
    for (int k = 0; k < 2; k++) {
        pthread_mutex_init(&arr[k].mutex, NULL);
        arr[k].datum = 0;
    }
    pthread_t t;
    pthread_create(&t, NULL, helper, &arr[1]);
    int i = argc > 5, j = argc > 0;
    pthread_mutex_t *m = &arr[i].mutex;
    int *d = &arr[j].datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", arr[0].datum, arr[1].datum);
    return 0;
}
